"""Mentions: dictionary matches in a sentence, found on tokens (no parse needed).

Named actors from dictionaries/actors, agent nouns from dictionaries/agents.txt, with coder's
case rule (dictionaries/README.md); the backer test ("Russian-backed", "pro-Russian").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from coder.lexicon import Lexicon
from coder.types import Actor, ActorEntry, AgentEntry, Date, Words

Tokenize = Callable[[str], list[str]]

ORG_KINDS = frozenset({"country", "metonym", "igo", "group"})


@dataclass(frozen=True)
class Mention:
    """A dictionary match: tokens [start, end) of the doc. `backer`: the named actor backs or
    opposes the phrase it is in ("Russian-backed", "pro-Russian"), set by ActorIndex.mentions."""

    start: int
    end: int
    entry: ActorEntry | AgentEntry
    backer: bool = False

    @property
    def is_agent(self) -> bool:
        return isinstance(self.entry, AgentEntry)


class _Node:
    __slots__ = ("exact", "folded", "caps", "payload")

    def __init__(self) -> None:
        self.exact: dict[str, _Node] = {}
        self.folded: dict[str, _Node] = {}
        self.caps: dict[str, _Node] = {}
        self.payload: ActorEntry | AgentEntry | None = None


class PhraseTrie:
    """Token-sequence matcher with coder's case rule (dictionaries/README.md)."""

    def __init__(self) -> None:
        self.root = _Node()

    def add(self, tokens: list[str], payload: ActorEntry | AgentEntry) -> None:
        node = self.root
        for tok in tokens:
            table = node.folded if tok == tok.lower() else node.exact
            node = table.setdefault(tok, _Node())
        node.payload = node.payload or payload
        self._add_caps(tokens, payload)

    def _add_caps(self, tokens: list[str], payload: ActorEntry | AgentEntry) -> None:
        if all(t == t.upper() for t in tokens):
            return
        node = self.root
        for tok in tokens:
            node = node.caps.setdefault(tok.upper(), _Node())
        node.payload = node.payload or payload

    def longest(self, words: list[str], start: int) -> tuple[int, ActorEntry | AgentEntry] | None:
        """The longest match starting at words[start]: (end, payload)."""
        best = None
        frontier = [self.root]
        i = start
        while frontier and i < len(words):
            word = words[i]
            nxt = []
            for node in frontier:
                for child in (node.exact.get(word), node.folded.get(word.lower()),
                              node.caps.get(word) if word.isupper() else None):
                    if child is not None:
                        nxt.append(child)
            i += 1
            for node in nxt:
                if node.payload is not None:
                    best = (i, node.payload)
            frontier = nxt
        return best


@dataclass
class ActorIndex:
    """Compiled matchers for one Lexicon."""

    named: PhraseTrie
    agents: PhraseTrie
    country_names: dict[str, str]
    agent_heads: dict[str, AgentEntry]
    words: Words

    @classmethod
    def build(cls, lexicon: Lexicon, tokenize: Tokenize) -> ActorIndex:
        named, agents = PhraseTrie(), PhraseTrie()
        country_names: dict[str, str] = {}
        for entry in lexicon.actors:
            if entry.kind == "country":
                for role in entry.roles:
                    country_names.setdefault(role.code, entry.name)
            for alias in entry.aliases:
                named.add(tokenize(alias), entry)
        heads: dict[str, AgentEntry] = {}
        for agent in lexicon.agents:
            words = tokenize(agent.phrase)
            agents.add(words, agent)
            if len(words) == 1:
                heads.setdefault(words[0], agent)
        return cls(named, agents, country_names, heads, lexicon.words)

    def mentions(self, doc: Doc | Span, surnames: dict[str, ActorEntry]) -> list[Mention]:
        """Non-overlapping longest matches, left to right; named actors before agents."""
        words = [t.text for t in doc]
        offset = doc[0].i if len(doc) else 0
        found: list[Mention] = []
        i = 0
        while i < len(words):
            hit = self.named.longest(words, i) or self.agents.longest(words, i)
            if hit is None and words[i] in surnames and doc[i].pos_ == "PROPN":
                hit = (i + 1, surnames[words[i]])
            if hit is None:
                i += 1
                continue
            end, entry = hit
            mention = Mention(offset + i, offset + end, entry)
            found.append(replace(mention, backer=is_backer(doc.doc, mention, self.words)))
            i = end
        return found


def _word(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def is_backer(doc: Doc, mention: Mention, words: Words) -> bool:
    """"Russian-backed", "Iran-funded", "pro-Russian", "anti-American": the named actor is
    the backer or the object of a stance, not the owner of the phrase."""
    after = _word(doc, mention.end + 1) if _word(doc, mention.end) == "-" else ""
    before = _word(doc, mention.start - 2) if _word(doc, mention.start - 1) == "-" else _word(
        doc, mention.start - 1)
    return after in words.backers or before in {"pro", "anti"}


# Heads of organisation names that "the X" does not take back: "the army" after the Arakan Army is
# more often the state's army.
GENERIC_HEADS = frozenset({"army", "government", "police", "military", "navy", "force", "forces", "guard",
                           "state", "people", "front"})


def _named_head(mention: Mention) -> str | None:
    """The last word of a named organisation's name, which "the ..." may take up later: "court"
    for the International Criminal Court, "fund" for the International Monetary Fund."""
    entry = mention.entry
    if not isinstance(entry, ActorEntry) or entry.kind not in {"igo", "group"} or mention.backer:
        return None
    words = entry.name.split()
    word = words[-1].lower() if len(words) > 1 else ""
    return word if word.isalpha() and word not in GENERIC_HEADS else None


def _named_actor(entry: ActorEntry, mention: Mention, doc: Doc, date: Date) -> Actor:
    """The actor a dictionary entry names on its date, as the mention's words name it."""
    return Actor(entry.code_on(date), entry.name, doc[mention.start:mention.end].text, mention.start,
                 entry.kind, (entry.source,))
