"""Parse articles of any length with bounded memory: long texts go through spaCy in pieces.

spaCy's memory grows with the characters of a batch (about 2.5 GB for one 1,000,000-character
text with en_core_web_sm), and `nlp.max_length` refuses longer texts outright. A text over
PIECE_CHARS is cut at line breaks (else after a sentence end, else at a space), the pieces
are parsed in the same `nlp.pipe` stream as everything else, and joined back into one Doc
with `Doc.from_docs`, so the article is still coded as one document with one context.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from coder.types import Article

PIECE_CHARS = 20_000


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Cut text into pieces of at most `limit` characters that join back to the text."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        cut = text.rfind("\n", start, window_end)
        if cut == -1:
            cut = text.rfind(". ", start, window_end - 1) + 1 or -1
        if cut == -1:
            cut = text.rfind(" ", start, window_end)
        if cut == -1:
            cut = window_end - 1
        pieces.append(text[start:cut + 1])
        start = cut + 1
    pieces.append(text[start:])
    return pieces


def parse_articles(nlp: Language, articles: Iterable[Article], *, batch_size: int
                   ) -> Iterator[tuple[Article, Doc]]:
    """Parse articles with nlp.pipe, in order; long ones in pieces joined into one Doc."""
    stream = (
        (piece, (article, i, len(pieces)))
        for article in articles
        for pieces in [split_text(article.text)]
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
