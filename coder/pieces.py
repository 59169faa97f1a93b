"""Parse articles of any length with bounded memory: long texts go through spaCy in pieces.

spaCy's memory grows with the characters of a batch (about 2.5 GB for one 1,000,000-character
text with en_core_web_sm), and `nlp.max_length` refuses longer texts outright. A text over
PIECE_CHARS is cut at line breaks (else after a sentence end, else at a space), the pieces
are parsed in the same `nlp.pipe` stream as everything else, and joined back into one Doc
with `Doc.from_docs`, so the article is still coded as one document with one context.
Stretches without sentence punctuation are cut as ingest cuts them (`bound_sentences`), so
texts given to the library code as the same texts read from files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from coder.ingest import bound_sentences
from coder.types import Article

PIECE_CHARS = 20_000


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Cut text into pieces of at most `limit` characters that join back to the text.

    Each piece ends after the last line break in the second half of its window, else after
    the last sentence end (". "), else after the last space, else at the limit.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        pieces.append(text[start:_cut(text, start, start + limit)])
        start += len(pieces[-1])
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece text[start:end] should end (exclusive)."""
    low = start + (end - start) // 2
    for mark in ("\n", ". ", " "):
        found = text.rfind(mark, low, end)
        if found != -1:
            return found + len(mark)
    return end


def parse_articles(nlp: Language, articles: Iterable[Article], *, batch_size: int
                   ) -> Iterator[tuple[Article, Doc]]:
    """Parse articles with nlp.pipe, in order; long ones in pieces joined into one Doc."""
    stream = (
        (piece, (article, i, len(pieces)))
        for article in articles
        for pieces in [split_text(bound_sentences(article.text)[0])]  # as `coder code` reads it
        for i, piece in enumerate(pieces)
    )
    parts: list[Doc] = []
    for doc, (article, i, n) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        if n == 1:
            yield article, doc
            continue
        parts.append(doc)
        if i == n - 1:
            yield article, Doc.from_docs(parts, ensure_whitespace=False)
            parts = []
