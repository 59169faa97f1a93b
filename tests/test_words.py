"""The word lists of the engine's rules (dictionaries/words.txt): the shipped file loads, problems
are reported with file:line, a user folder without words.txt takes the shipped lists, and one with
its own words.txt changes what the engine does."""

from __future__ import annotations

import re
import shutil
from dataclasses import fields

import pytest
from click.testing import CliRunner
from conftest import FIXTURE_DICT as FIXTURE

from coder.api import Coder, CoderConfig
from coder.cli import cli
from coder.errors import DictionaryError
from coder.lexicon import load_dictionaries
from coder.paths import data_dir
from coder.types import Words

NAMES = [f.name for f in fields(Words)]


@pytest.fixture(scope="module")
def shipped():
    return load_dictionaries()


@pytest.fixture()
def words_only(tmp_path):
    """A user folder holding only a copy of the shipped words.txt."""
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(data_dir("dictionaries") / "words.txt", folder / "words.txt")
    return folder


def problems_of(folder):
    with pytest.raises(DictionaryError) as caught:
        load_dictionaries(folder)
    return caught.value.problems


def test_shipped_words_load_and_every_list_has_words(shipped):
    assert "words.txt" in shipped.files
    for name in NAMES:
        words = getattr(shipped.words, name)
        assert isinstance(words, frozenset) and words, name
        assert all(w == w.lower() and len(w.split()) == 1 for w in words), name
    assert "wicket" in shipped.words.sport_words
    assert "backed" in shipped.words.backers
    assert "plan" in shipped.words.raising_heads and "pledge" in shipped.words.promise_heads


def test_every_list_is_in_the_file_in_the_order_of_words(shipped):
    text = (data_dir("dictionaries") / "words.txt").read_text(encoding="utf-8")
    given = [line.split(":", 1)[0] for line in text.splitlines()
             if line and not line[0].isspace() and not line.startswith("#")]
    assert given == NAMES


def test_unknown_list_is_reported_with_file_and_line(words_only):
    path = words_only / "words.txt"
    with path.open("a") as f:
        f.write("sport: cricket\n")
    n = len(path.read_text().splitlines())
    problems = problems_of(words_only)
    assert problems == [f"words.txt:{n}: unknown list 'sport' (hint: did you mean 'sports'?)"]


def test_word_problems_are_reported_with_file_and_line(words_only):
    path = words_only / "words.txt"
    text = path.read_text()
    text = text.replace("carrying: carry; load; lade; pack; fill",
                        "carrying: carry; load;; Lade; pack up; fill; carry")
    text = text.replace("\nsports: ", "\n# sports: ")  # the list is missing
    text += "works: film\nno colon here\n"
    path.write_text(text)
    lines = text.splitlines()
    carrying = next(i for i, line in enumerate(lines, start=1) if line.startswith("carrying:"))
    works = next(i for i, line in enumerate(lines, start=1) if line.startswith("works:"))
    n = len(lines)
    problems = problems_of(words_only)
    assert problems == [
        f"words.txt:{carrying}: empty word in list 'carrying' (hint: nothing between two ';')",
        f"words.txt:{carrying}: word 'Lade' is not lower case (hint: rules compare lower-case words)",
        f"words.txt:{carrying}: 'pack up' is more than one word (hint: rules compare one token at a time)",
        f"words.txt:{carrying}: 'carry' already given in 'carrying' at words.txt:{carrying}",
        f"words.txt:{n - 1}: list 'works' already given at words.txt:{works} "
        "(hint: give each list once; indent a line to continue it)",
        f"words.txt:{n}: cannot read 'no colon here' (hint: list_name: word; word)",
        f"words.txt:{n}: list 'sports' is missing (hint: add a line `sports: word; word`)",
    ]


def test_continuation_lines_an_empty_list_and_a_trailing_semicolon(words_only):
    path = words_only / "words.txt"
    text = path.read_text()
    text = text.replace("carrying: carry; load; lade; pack; fill",
                        "carrying: carry; load;\n    lade;\n  fill")
    text = re.sub(r"\nsports: .*\n(    .*\n)*", "\nsports:\n", text)
    path.write_text(text)
    words = load_dictionaries(words_only).words
    assert words.carrying == {"carry", "load", "lade", "fill"}
    assert words.sports == frozenset()  # the rule is switched off


def test_a_user_folder_without_words_txt_takes_the_shipped_lists(shipped):
    assert not (FIXTURE / "words.txt").exists()
    lexicon = load_dictionaries(FIXTURE)
    assert lexicon.parts["words"] == str(data_dir("dictionaries"))
    assert lexicon.words == shipped.words
    result = CliRunner().invoke(cli, ["dictionaries", "check", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    borrowed = next(line for line in result.output.splitlines() if "from the shipped dictionaries" in line)
    assert borrowed.rstrip().endswith("words")


def test_a_user_folder_with_only_words_txt_takes_the_rest_shipped(words_only, shipped):
    path = words_only / "words.txt"
    path.write_text(path.read_text().replace("backers: backed;", "backers: financed; backed;"))
    lexicon = load_dictionaries(words_only)
    assert lexicon.parts["words"] == str(words_only)
    assert lexicon.parts["verbs"] == str(data_dir("dictionaries"))
    assert lexicon.words.backers == shipped.words.backers | {"financed"}
    assert lexicon.verb_patterns == shipped.verb_patterns


@pytest.mark.slow
def test_the_engine_reads_the_users_lists(real_coder, words_only):
    text = "Russian-financed separatists attacked Ukrainian positions."

    def dyads(coder):
        return {(r["source_actor"], r["target_actor"], r["cameo_code"])
                for r in coder.code_text(text, date="2025-10-29")}

    assert dyads(real_coder) == {("RUSREB", "UKR", "190")}
    path = words_only / "words.txt"
    path.write_text(path.read_text().replace("backers: backed;", "backers: financed; backed;"))
    mine = Coder(real_coder.nlp, load_dictionaries(words_only), CoderConfig(dictionaries=words_only))
    assert dyads(mine) == set()  # "Russian-financed": Russia backs the separatists, it is not theirs
