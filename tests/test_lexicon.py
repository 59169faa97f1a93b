"""Dictionaries: every shipped file loads; problems are listed all at once with file:line."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from coder.errors import DictionaryError
from coder.lexicon import load_dictionaries, plural
from coder.paths import data_dir


@pytest.fixture(scope="module")
def shipped():
    return load_dictionaries()


def test_shipped_dictionaries_load_without_problems(shipped):
    files = {p.split("/")[0] for p in shipped.files}
    assert {"actors", "agents.txt", "cameo.tsv", "plover.tsv", "places.tsv"} <= files
    assert any(f.startswith("verbs") for f in shipped.files)
    assert any(f.startswith("nouns") for f in shipped.files)


def test_every_sovereign_state_has_a_name(shipped):
    codes = {r.code for e in shipped.actors if e.kind == "country" for r in e.roles}
    for code in ("PAK", "AFG", "QAT", "TUR", "USA", "CHN", "RUS", "UKR", "SDN", "XKX", "TWN", "PSE"):
        assert code in codes, code
    assert len({c for c in codes if len(c) == 3}) >= 195


@pytest.mark.parametrize("name, day, code", [
    ("Taliban", "2000-01-01", "AFGGOV"),
    ("Taliban", "2010-01-01", "AFGREB"),
    ("Taliban", "2025-10-29", "AFGGOV"),
    ("Imran Khan", "2020-01-01", "PAKGOV"),
    ("Imran Khan", "2024-01-01", "PAKOPP"),
    ("Attaullah Tarar", "2025-10-29", "PAKGOV"),
])
def test_date_bounded_roles(shipped, name, day, code):
    entry = next(e for e in shipped.actors if e.name == name)
    assert entry.code_on(dt.date.fromisoformat(day)) == code


def test_cameo_table_gives_plover_types_and_quad_classes(shipped):
    assert shipped.cameo["163"].plover_type == "SANCTION"
    assert shipped.cameo["0871"].plover_type == "RETREAT"
    assert shipped.cameo["010"].plover_type is None
    assert [shipped.cameo[c].quad_class for c in ("036", "073", "112", "190")] == [1, 2, 3, 4]
    assert shipped.intensity("ACCUSE", None) == -3.0


@pytest.mark.parametrize("word, expected", [
    ("minister", "ministers"), ("militia", "militias"), ("party", "parties"),
    ("policeman", "policemen"), ("attorney", "attorneys"), ("interior minister", "interior ministers"),
])
def test_plural(word, expected):
    assert plural(word) == expected


def test_every_problem_is_reported_with_file_and_line(tmp_path):
    root = tmp_path / "dict"
    shutil.copytree(data_dir("dictionaries"), root)
    with (root / "actors" / "countries.txt").open("a") as f:
        f.write("Atlantis [ATL 2020-01-01..2019-01-01]: Atlantis\n")
        f.write("Lemuria LEM: Lemuria\n")
    with (root / "verbs-zz.txt").open("w") as f:
        f.write("999 attack\n0871 agree to=ceasefire bogus\n")
    n = len((root / "actors" / "countries.txt").read_text().splitlines())
    with pytest.raises(DictionaryError) as caught:
        load_dictionaries(root)
    problems = caught.value.problems
    assert any(p.startswith(f"actors/countries.txt:{n - 1}: role 'ATL 2020-01-01..2019-01-01' ends before")
               for p in problems)
    assert any(p.startswith(f"actors/countries.txt:{n}: cannot read") for p in problems)
    assert any(p.startswith("verbs-zz.txt:1: unknown CAMEO code '999'") for p in problems)
    assert any(p.startswith("verbs-zz.txt:2: bad condition 'bogus'") for p in problems)


def test_shipped_coverage_meets_the_targets(shipped):
    from coder.coverage import coverage

    cov = coverage(shipped)
    assert cov.kinds["igo"] >= 150 and cov.kinds["group"] >= 200 and cov.kinds["person"] >= 600
    written = []
    for line in (shipped.root / "agents.txt").read_text().splitlines():
        content = line.partition("#")[0]
        if content.strip():
            body = content if content[0].isspace() else content.partition(":")[2]
            written += [p for p in body.split(";") if p.strip()]
    assert len(written) >= 300  # agent phrases as written, before plurals
    assert cov.verb_patterns >= 1500 and cov.noun_triggers >= 300
    assert cov.uncovered == ()  # every CAMEO event code with a PLOVER type has a pattern
    three_digit = {c for c, row in shipped.cameo.items() if row.plover_type and len(c) == 3}
    assert len(three_digit) >= 120 and three_digit <= set(cov.codes)


def test_check_prints_coverage_and_json():
    import json

    from click.testing import CliRunner

    from coder.cli import cli

    text = CliRunner().invoke(cli, ["dictionaries", "check"])
    assert text.exit_code == 0, text.output
    for heading in ("entries per file:", "per sector:", "per country", "per PLOVER type:",
                    "per CAMEO code", "has at least one pattern"):
        assert heading in text.output
    doc = json.loads(CliRunner().invoke(cli, ["dictionaries", "check", "--json"]).output)
    assert doc["countries"]["PAK"] > 10 and doc["plover_types"]["ASSAULT"] > 100
    assert doc["codes_without_pattern"] == []


def test_recipients_table_problems_are_reported_with_file_and_line(tmp_path):
    root = tmp_path / "dict"
    shutil.copytree(data_dir("dictionaries"), root)
    with (root / "recipients.tsv").open("a") as f:
        f.write("PROTEST\tGOV\tplace\ttwice\n")
        f.write("RIOT\tGOV\tplace\tnot a type\n")
        f.write("SUPPORT\tXYZ\tsource\tnot a sector\n")
        f.write("RETREAT\tGOV\tsomewhere source:ABC\tno such step or sector\n")
    n = len((root / "recipients.tsv").read_text().splitlines())
    with pytest.raises(DictionaryError) as caught:
        load_dictionaries(root)
    problems = caught.value.problems
    assert problems[0].startswith(f"recipients.tsv:{n - 3}: PROTEST given twice")
    assert problems[1].startswith(f"recipients.tsv:{n - 2}: unknown PLOVER type 'RIOT'")
    assert problems[2].startswith(f"recipients.tsv:{n - 1}: unknown sector 'XYZ'")
    assert problems[3].startswith(f"recipients.tsv:{n}: unknown step 'somewhere'")
    assert problems[4].startswith(f"recipients.tsv:{n}: unknown step 'source:ABC'")
    assert len(problems) == 6  # and RETREAT is left with no steps


def test_shipped_recipients_table(shipped):
    protest = shipped.recipients["PROTEST"]
    assert protest.domestic == "GOV" and protest.steps == (("place", None), ("source", None))
    assert "MOBILIZE" not in shipped.recipients  # a deployment names no one: its target stays null
