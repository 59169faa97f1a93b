"""A broken dictionary stops a run before anything is written, with every problem as file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from coder.cli import cli
from coder.errors import DictionaryError
from coder.lexicon import load_dictionaries

FIXTURE_DICT = Path(__file__).parent / "fixtures" / "dict"
PROBLEMS = (
    "2 problem(s) in the dictionaries; nothing was coded:\n"
    "  actors/countries.txt:6: cannot read 'Bogus line without brackets' "
    "(hint: Name [CODE]: alias; alias)\n"
    "  verbs-test.txt:2: unknown CAMEO code '999' (hint: codes come from cameo.tsv)"
)


@pytest.fixture()
def broken(tmp_path: Path) -> Path:
    """A copy of the fixture dictionaries with two errors in two files."""
    folder = tmp_path / "dict"
    shutil.copytree(FIXTURE_DICT, folder)
    verbs = folder / "verbs-test.txt"
    lines = verbs.read_text().splitlines()
    assert lines[1].split()[0] == "1123"
    lines[1] = "999   accuse  of=attack"
    verbs.write_text("\n".join(lines) + "\n")
    countries = folder / "actors" / "countries.txt"
    assert len(countries.read_text().splitlines()) == 5
    countries.write_text(countries.read_text() + "Bogus line without brackets\n")
    return folder


def test_loader_lists_every_problem(broken):
    with pytest.raises(DictionaryError) as info:
        load_dictionaries(broken)
    assert str(info.value) == PROBLEMS
    assert len(info.value.problems) == 2


def test_code_stops_before_writing_anything(broken, tmp_path):
    (tmp_path / "a.txt").write_text("Date: 2025-10-29\nFreedonia accused Sylvania.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["code", str(tmp_path / "a.txt"), "--out", str(out),
                                      "--dictionaries", str(broken)])
    assert result.exit_code == 2
    assert result.output == f"Error: {PROBLEMS}\n"
    assert not out.exists()


def test_code_into_an_existing_output_leaves_it_unchanged(broken, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".coder-output").write_text("x")
    (tmp_path / "a.txt").write_text("Date: 2025-10-29\nFreedonia accused Sylvania.\n")
    result = CliRunner().invoke(cli, ["code", str(tmp_path / "a.txt"), "--out", str(out),
                                      "--dictionaries", str(broken)])
    assert result.exit_code == 2
    assert sorted(p.name for p in out.iterdir()) == [".coder-output"]


def test_dictionaries_check_lists_the_same_problems(broken):
    result = CliRunner().invoke(cli, ["dictionaries", "check", str(broken)])
    assert result.exit_code == 2
    assert result.output == f"Error: {PROBLEMS}\n"
