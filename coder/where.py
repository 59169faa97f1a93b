"""Where: the event location from the sentence ("in Istanbul", "inside Afghanistan"),
resolved with the gazetteer in dictionaries/places.tsv. A capital as subject is an actor;
after a place preposition it is a place."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from coder.actors import PhraseTrie
from coder.lexicon import Lexicon
from coder.types import AgentEntry, Location, Place

PLACE_PREPS = frozenset({"in", "inside", "at", "near", "outside", "across", "along", "into",
                         "within", "around", "throughout"})


class Gazetteer:
    """Place names matched on tokens, with coder's case rule."""

    def __init__(self, lexicon: Lexicon, tokenize: Callable[[str], list[str]]) -> None:
        self.trie = PhraseTrie()
        # The trie stores entries; each place gets a marker entry that maps back to it.
        self.places: dict[AgentEntry, Place] = {}
        for place in lexicon.places:
            marker = AgentEntry(place.name, "UNK", place.source)
            self.places.setdefault(marker, place)
            self.trie.add(tokenize(place.name), marker)

    def place_at(self, sent: Span, token: Token) -> tuple[Place, str] | None:
        """The place whose name covers `token` (the object of a preposition)."""
        words = [t.text for t in sent]
        offset = sent.start
        for start in range(max(0, token.i - offset - 3), token.i - offset + 1):
            hit = self.trie.longest(words, start)
            if hit is not None and start <= token.i - offset < hit[0]:
                place = self.places[hit[1]]  # type: ignore[index]
                return place, " ".join(words[start:hit[0]])
        return None


def event_location(trigger: Token, sent: Span, gazetteer: Gazetteer) -> Location | None:
    """The nearest place attached to the trigger, its object, or the words governing it."""
    node: Token | None = trigger
    seen: set[int] = set()
    while node is not None and node.i not in seen:
        seen.add(node.i)
        owners = [node]
        if node.i == trigger.i:
            owners += [c for c in node.children if c.dep_ in {"dobj", "pobj"}]
        for owner in owners:
            found = _place_prep(owner, sent, gazetteer)
            if found is not None:
                return found
        if node.dep_ in {"ROOT", "advcl", "conj", "relcl", "acl", "ccomp"}:
            break
        node = node.head
    return None


def _place_prep(owner: Token, sent: Span, gazetteer: Gazetteer) -> Location | None:
    for prep in owner.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            hit = gazetteer.place_at(sent, obj)
            if hit is not None:
                place, text = hit
                return Location(place.name, place.country, place.latitude, place.longitude, text)
    return None
