"""What the article has said so far: the antecedents that pronouns, surnames, bare agent
nouns and "the group" resolve to in later sentences."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from coder.mentions import Mention, _named_actor, _named_head
from coder.types import Actor, ActorEntry, Date


@dataclass
class ArticleContext:
    """What the article has said so far: people, surnames, agents and the last reciprocal dyad."""

    date: Date
    surnames: dict[str, ActorEntry] = field(default_factory=dict)
    last_person: Actor | None = None
    last_subject: Actor | None = None  # the person the last sentence was about (its main subject)
    last_org: Actor | None = None
    agent_memory: dict[str, Actor] = field(default_factory=dict)
    last_recip: tuple[Actor, ...] = ()
    country_counts: dict[str, int] = field(default_factory=dict)
    dateline_country: str | None = None  # where the report was filed ("LAHORE:")
    recent_countries: list[str] = field(default_factory=list)  # by last mention, the latest last
    recent_people: list[Actor] = field(default_factory=list)  # the people named, the latest last
    last_armed: Actor | None = None  # the armed group named last ("the rebels" later)
    last_group: Actor | None = None  # the group, movement or party named last ("the group" later)
    last_igo: Actor | None = None  # the international organisation named last ("the bloc" later)
    last_official: Actor | None = None  # a single official named by role ("the German ambassador")
    last_plural: list[Actor] = field(default_factory=list)  # the last plural main subject ("they" later)
    named_heads: dict[str, Actor] = field(default_factory=dict)  # "court" → the ICC named before
    acts: list[tuple[Actor, Actor | None]] = field(default_factory=list)  # (source, target) coded so far

    def note_mentions(self, mentions: Iterable[Mention], doc: Doc) -> None:
        for m in sorted(mentions, key=lambda m: m.start):
            entry = m.entry
            if m.backer:
                continue
            if isinstance(entry, ActorEntry) and entry.kind == "person" and entry.surname:
                self.surnames[entry.surname] = entry
            if isinstance(entry, ActorEntry) and entry.kind == "igo":  # "the bloc" in later sentences
                self.last_igo = _named_actor(entry, m, doc, self.date)
            head = _named_head(m)  # "the council" in later sentences, also after a sentence not parsed
            if head and isinstance(entry, ActorEntry):
                self.named_heads[head] = _named_actor(entry, m, doc, self.date)
            country = entry.code_on(self.date)[:3] if isinstance(entry, ActorEntry) else ""
            if isinstance(entry, ActorEntry) and entry.kind in {"country", "metonym"}:
                self.country_counts[country] = self.country_counts.get(country, 0) + 1
            if country:
                _to_end(self.recent_countries, country)

    def main_country(self) -> str | None:
        """The country the article names most so far (first named wins a tie)."""
        if not self.country_counts:
            return None
        return max(self.country_counts, key=lambda c: self.country_counts[c])


def _to_end(items: list[str], item: str) -> None:
    if item in items:
        items.remove(item)
    items.append(item)
