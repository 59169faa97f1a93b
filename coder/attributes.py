"""A faster attribute ruler with the same output as spaCy's.

The model's attribute_ruler (tag → POS and morphology, lemma and morphology exceptions) runs a
Matcher over 179 patterns at every token; on coder's sentences it costs more than the parser.
Most of its patterns are one token matched on TAG and/or LOWER, which a dictionary lookup
finds; the others (dependencies, regular expressions, several tokens) still go through a
Matcher of their own. Every match is applied as spaCy applies it: by `set_token_attrs`, in the
order of the patterns, so later patterns override earlier ones. tests/test_attributes.py checks
that the annotations are identical to the original component's.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

SIMPLE_KEYS = frozenset({"TAG", "LOWER"})


class FastAttributeRuler:
    """Applies an AttributeRuler's patterns; see the module docstring."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.lookup: dict[tuple[int, int], list[int]] = {}  # (tag or 0, lower or 0) -> pattern ids
        self.matcher = Matcher(ruler.vocab)
        specs: list[dict[str, Any]] = list(ruler.patterns)
        for i, spec in enumerate(specs):
            for pattern in spec["patterns"]:
                keys = _simple_keys(pattern)
                if keys is None:
                    self.matcher.add(str(i), [pattern])
                    continue
                for key in keys:
                    self.lookup.setdefault((strings.add(key[0]) if key[0] else 0,
                                            strings.add(key[1]) if key[1] else 0), []).append(i)
        self.cache: dict[tuple[int, int], list[int]] = {}

    @property
    def patterns(self) -> list[Any]:
        return self.ruler.patterns

    def __call__(self, doc: Doc) -> Doc:
        rare: dict[int, list[int]] = {}
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            i = int(self.ruler.vocab.strings[match_id])
            token = Span(doc, start, end)[self.ruler.indices[i]]
            rare.setdefault(token.i, []).append(i)
        attrs = self.ruler.attrs
        for token in doc:
            key = (token.tag, token.lower)
            ids = self.cache.get(key)
            if ids is None:
                ids = self.cache[key] = sorted(
                    {*self.lookup.get(key, ()), *self.lookup.get((key[0], 0), ()),
                     *self.lookup.get((0, key[1]), ())})
            if token.i in rare:
                ids = sorted([*ids, *rare[token.i]])
            for i in ids:
                set_token_attrs(token, attrs[i])
        return doc


def _simple_keys(pattern: list[dict[str, Any]]) -> list[tuple[str, str]] | None:
    """(TAG, LOWER) pairs ("" for any) a one-token pattern on TAG and LOWER matches; None for
    every other pattern."""
    if len(pattern) != 1 or not pattern[0] or not set(pattern[0]) <= SIMPLE_KEYS:
        return None
    values: dict[str, list[str]] = {}
    for key in ("TAG", "LOWER"):
        value = pattern[0].get(key)
        if value is None:
            values[key] = [""]
        elif isinstance(value, str):
            values[key] = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            values[key] = list(value["IN"])
        else:
            return None
    return [(tag, lower) for tag in values["TAG"] for lower in values["LOWER"]]


@Language.factory("coder_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """Built from the pipeline's attribute_ruler, which must be present when it is added."""
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise TypeError("coder_attribute_ruler needs the model's attribute_ruler")
    return FastAttributeRuler(ruler)


def use_fast_attribute_ruler(nlp: Language) -> None:
    """Put the fast ruler in the place of the model's attribute_ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    nlp.add_pipe("coder_attribute_ruler", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
