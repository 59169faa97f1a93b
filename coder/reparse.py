"""Mend one parser failure: a name opening the sentence, with the verb after it read as an adjective.

The small English model tags "lifted" in "ECOWAS lifted sanctions on Niger" as a past-tense verb
(VBD) but attaches it as an adjective of "sanctions" (`amod`), so the sentence has no verb and
no subject: ECOWAS is the root, or the subject of a later clause ("South Korea scrambled fighter
jets after Chinese warplanes entered its air defence zone" hangs both "Korea" and "jets" on
"entered"). The same words with a pronoun for the name parse correctly ("It lifted sanctions on
Niger"). So where a name (proper nouns only) opens the sentence and is directly followed by such a
verb, the sentence is parsed again with "It" in the name's place; when that parse makes the
verb a verb with the pronoun as its subject, its tree is taken, with the name where the pronoun
was. Otherwise the first parse stands. Tags and lemmas are the tagger's either way.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc

NAME_TAGS = frozenset({"NNP", "NNPS"})
ADJECTIVE_DEPS = frozenset({"amod", "compound", "nmod"})
VERB_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl"})
PLACEHOLDER = "It"


def name_before_verb(doc: Doc) -> tuple[int, int] | None:
    """Tokens [start, end) of a name opening `doc` that is directly followed by a past-tense verb
    the parser made an adjective; None when the sentence has no such opening."""
    start = 1 if len(doc) and doc[0].tag_ == "DT" else 0
    end = start
    while end < len(doc) and doc[end].tag_ in NAME_TAGS:
        end += 1
    if end == start or end >= len(doc):
        return None
    verb = doc[end]
    return (start, end) if verb.tag_ == "VBD" and verb.dep_ in ADJECTIVE_DEPS else None


def mend(nlp: Language, doc: Doc) -> Doc:
    """`doc` with the tree of its parse with a pronoun for its opening name (module docstring),
    or `doc` unchanged."""
    name = name_before_verb(doc)
    if name is None:
        return doc
    start, end = name
    words = [t.text for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    stand_in = PLACEHOLDER if start == 0 else PLACEHOLDER.lower()
    starts: list[bool | int | None] = [False] * (len(words) - (end - start) + 1)
    starts[0] = True
    again = nlp(Doc(doc.vocab, words=[*words[:start], stand_in, *words[end:]],
                    spaces=[*spaces[:start], True, *spaces[end:]], sent_starts=starts))
    verb, pronoun = again[start + 1], again[start]
    if verb.dep_ not in VERB_DEPS or pronoun.dep_ != "nsubj" or pronoun.head.i != verb.i:
        return doc
    shift = end - start - 1

    def original(i: int) -> int:  # a token of `again` -> its index in `doc`; the pronoun -> the name's head
        return i if i < start else end - 1 if i == start else i + shift

    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for t in again:
        if t.i != start:
            heads[original(t.i)], deps[original(t.i)] = original(t.head.i), t.dep_
    for k in range(start, end - 1):  # the name's words hang together, on its last word
        if not start <= heads[k] < end:
            heads[k], deps[k] = end - 1, "compound"
    heads[end - 1], deps[end - 1] = original(pronoun.head.i), pronoun.dep_
    array = numpy.array([[heads[k] - k, doc.vocab.strings.add(deps[k])] for k in range(len(doc))],
                        dtype="int64").astype("uint64")  # spaCy keeps head offsets as unsigned
    doc.from_array([HEAD, DEP], array)  # type: ignore[arg-type]
    return doc
