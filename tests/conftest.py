"""Shared fixtures: the fixture dictionaries, a blank-English coder for hand-built parses,
and (for tests marked slow) the real model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from coder.api import Coder, CoderConfig
from coder.lexicon import load_dictionaries
from coder.nlp import paragraph_breaks  # noqa: F401  (registers coder_paragraphs)
from coder.types import Article

HERE = Path(__file__).parent
FIXTURE_DICT = HERE / "fixtures" / "dict"
SHARED = HERE.parent.parent / "shared"
SEED_ARTICLE = SHARED / "seeds" / "000_b64a54dddd083d4b.txt"


@pytest.fixture(scope="session")
def fixture_coder() -> Coder:
    """A coder over the fixture dictionaries with a blank tokenizer: no model needed."""
    nlp = spacy.blank("en")
    return Coder(nlp, load_dictionaries(FIXTURE_DICT), CoderConfig(dictionaries=FIXTURE_DICT))


@pytest.fixture(scope="session")
def real_coder() -> Coder:
    """The shipped dictionaries and the real spaCy model."""
    return Coder.load()


def parsed(coder: Coder, rows: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """Build a parsed Doc from (word, lemma, head, dep, pos, tag) rows; heads are absolute."""
    words = [r[0] for r in rows]
    return Doc(
        coder.nlp.vocab, words=words, lemmas=[r[1] for r in rows], heads=[r[2] for r in rows],
        deps=[r[3] for r in rows], pos=[r[4] for r in rows], tags=[r[5] for r in rows],
        spaces=[True] * (len(words) - 1) + [False],
    )


def code_parse(coder: Coder, rows: list[tuple[str, str, int, str, str, str]],
               date: str = "2025-10-29") -> list[dict]:
    doc = parsed(coder, rows)
    article = Article("t", doc.text, dt.date.fromisoformat(date))
    return coder.code_doc(article, doc).rows


def triples(rows: list[dict]) -> set[tuple[str, str | None, str]]:
    return {(r["source_actor"], r["target_actor"], r["cameo_code"]) for r in rows}


@pytest.fixture(scope="session")
def blank_coder() -> Coder:
    """The fixture dictionaries with a blank tokenizer and a rule sentencizer: codes any text
    quickly (no parse, so few events); for tests of inputs, storage and properties."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("coder_paragraphs")  # a line break ends a sentence, as with the real model
    return Coder(nlp, load_dictionaries(FIXTURE_DICT), CoderConfig(dictionaries=FIXTURE_DICT))
