"""Typed, frozen records shared by the pipeline stages, and the dependency-label groups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

Date = dt.date

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
NON_STATE_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "PTY", "CVL", "JRN", "BUS", "LAB", "EDU",
    "REL", "MED", "REF", "SPY", "UAF", "PRE", "ELI", "AGR", "CRM", "SOC", "PRM", "UNK",
})


@dataclass(frozen=True)
class Article:
    """One news article, normalised by ingest."""

    id: str
    text: str
    date: Date
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    path: str = ""
    line: int | None = None
    notes: tuple[str, ...] = ()  # warnings for the user, e.g. an over-long sentence was cut


@dataclass(frozen=True)
class InputIssue:
    """An input that was rejected (with a reason) or skipped (not a supported type)."""

    path: str
    status: str  # "rejected" or "skipped"
    reason: str
    line: int | None = None
    doc_id: str | None = None

    def message(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.status}: {self.reason}"


@dataclass(frozen=True)
class Role:
    """An actor code valid from `start` to `end` (inclusive; None is open)."""

    code: str
    start: Date | None = None
    end: Date | None = None

    def holds(self, day: Date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: Date) -> int:
        if self.holds(day):
            return 0
        if self.start is not None and day < self.start:
            return (self.start - day).days
        return (day - self.end).days if self.end is not None else 0


@dataclass(frozen=True)
class ActorEntry:
    """A named actor from dictionaries/actors/*.txt."""

    name: str
    kind: str
    roles: tuple[Role, ...]
    aliases: tuple[str, ...]
    source: str  # file:line
    surname: str | None = None

    def code_on(self, day: Date) -> str:
        """The code on `day`; "" for a region, which names no actor."""
        if not self.roles:
            return ""
        for role in self.roles:
            if (role.start is not None or role.end is not None) and role.holds(day):
                return role.code
        undated = [r for r in self.roles if r.start is None and r.end is None]
        if undated:
            return undated[0].code
        return min(self.roles, key=lambda r: r.distance(day)).code


@dataclass(frozen=True)
class AgentEntry:
    """An agent noun phrase from dictionaries/agents.txt giving a sector."""

    phrase: str
    sector: str
    source: str


@dataclass(frozen=True)
class Pattern:
    """An event pattern from verbs*.txt or nouns*.txt."""

    code: str
    words: tuple[str, ...]  # trigger lemma(s); the last is the head
    kind: str  # "verb" or "noun"
    source: str  # file:line
    obj: frozenset[str] | None = None
    xcomp: frozenset[str] | None = None
    pred: frozenset[str] | None = None  # the object's predicate: "called X unjust", "held X responsible"
    prt: frozenset[str] | None = None
    preps: tuple[tuple[str, frozenset[str] | None], ...] = ()
    neg: bool = False
    recip: bool = False
    future: bool = False  # with neg: "will not meet" is a refusal, a past "did not meet" no event
    tgt: tuple[str, ...] = ()
    src: tuple[str, ...] = ()  # "received aid from X": the source is here, the subject the target

    @property
    def lemma(self) -> str:
        return self.words[-1]

    @cached_property  # asked for at every comparison while a trigger's patterns are chosen
    def weight(self) -> int:
        named = [*(self.obj or ()), *(v for _, values in self.preps for v in values or ())]
        return (
            (self.obj is not None) + (self.xcomp is not None) + (self.prt is not None)
            + (self.pred is not None) + len(self.preps) + len(self.words) - 1 + self.neg
            + any("_" in v for v in named)  # "obj=military_aid" says more than "obj=aid"
        )


@dataclass(frozen=True)
class CameoCode:
    """A row of dictionaries/cameo.tsv."""

    code: str
    name: str
    goldstein: float
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        root = int(self.root)
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True)
class Recipient:
    """A row of dictionaries/recipients.tsv: where an event of `plover_type` whose text names
    no recipient finds one. `steps` are tried in order: ("place", None) is the country where
    the event happened, ("source", SECTORS) the source's own country (any source when SECTORS
    is None, else only a source of one of these sectors). A recipient in the source's own
    country is that country's `domestic` sector ("Israelis rallied in Tel Aviv": ISRGOV)."""

    plover_type: str
    domestic: str
    steps: tuple[tuple[str, frozenset[str] | None], ...]
    where: str


@dataclass(frozen=True)
class Words:
    """The word lists of dictionaries/words.txt that the engine's rules test words against,
    one field per list (the file's comments say what each one does). Lower-case lemmas, or
    lower-case word forms for `backers` and `leaders`."""

    # events (coder/events.py and its stages, clauses.py, targets.py)
    negator_lemmas: frozenset[str]
    hypothetical_heads: frozenset[str]
    sport_words: frozenset[str]
    result_verbs: frozenset[str]
    address_verbs: frozenset[str]
    background_heads: frozenset[str]
    obituary_verbs: frozenset[str]
    report_nouns: frozenset[str]
    denials: frozenset[str]
    works: frozenset[str]
    legal_verbs: frozenset[str]
    report_verbs: frozenset[str]
    permit_verbs: frozenset[str]
    control_verbs: frozenset[str]
    order_heads: frozenset[str]
    raising_heads: frozenset[str]
    promise_heads: frozenset[str]
    offer_heads: frozenset[str]
    unheld_modifiers: frozenset[str]
    blocking_verbs: frozenset[str]
    demand_nouns: frozenset[str]
    proposal_heads: frozenset[str]
    agree_heads: frozenset[str]
    declaring_verbs: frozenset[str]
    joint_words: frozenset[str]
    joint_verbs: frozenset[str]
    joint_statements: frozenset[str]
    force_objects: frozenset[str]
    quantity_objects: frozenset[str]
    carrying: frozenset[str]
    transports: frozenset[str]
    arriving_arms: frozenset[str]
    place_nouns: frozenset[str]
    # actors (coder/actors.py, pronouns.py) and verb_events.py's space launches
    launches: frozenset[str]
    space_words: frozenset[str]
    leader_roles: frozenset[str]
    backers: frozenset[str]
    leaders: frozenset[str]
    sport_teams: frozenset[str]
    economy_heads: frozenset[str]
    sports: frozenset[str]
    relational: frozenset[str]
    group_heads: frozenset[str]
    pair_heads: frozenset[str]
    bloc_heads: frozenset[str]
    person_roles: frozenset[str]
    common_crime: frozenset[str]
    lone_attackers: frozenset[str]
    terror_words: frozenset[str]
    help_verbs: frozenset[str]
    helped_bodies: frozenset[str]
    help_forces: frozenset[str]
    warning_verbs: frozenset[str]
    warned_fates: frozenset[str]
    crowd_words: frozenset[str]
    gathering_aims: frozenset[str]
    gathering_people: frozenset[str]
    protesters: frozenset[str]
    speaker_participles: frozenset[str]
    accident_verbs: frozenset[str]
    disasters: frozenset[str]
    reprisal_words: frozenset[str]
    act_references: frozenset[str]
    claim_rebuttals: frozenset[str]
    claims_made: frozenset[str]
    enacted_texts: frozenset[str]
    endorsed_texts: frozenset[str]
    ending_verbs: frozenset[str]
    release_demands: frozenset[str]
    asking_verbs: frozenset[str]
    company_heads: frozenset[str]
    buying_verbs: frozenset[str]
    company_nouns: frozenset[str]
    force_movers: frozenset[str]
    cup_games: frozenset[str]
    stationed_verbs: frozenset[str]
    welcoming_verbs: frozenset[str]
    seizing_verbs: frozenset[str]


@dataclass(frozen=True)
class Place:
    """A gazetteer row from dictionaries/places.tsv."""

    name: str
    country: str
    latitude: float
    longitude: float
    kind: str
    source: str = ""


@dataclass(frozen=True)
class Actor:
    """An actor resolved in a sentence: a code (country + sector) and how it was found."""

    code: str
    name: str
    text: str
    head: int  # token index in the sentence doc
    kind: str  # country, metonym, igo, group, person, agent
    sources: tuple[str, ...] = ()

    @property
    def country(self) -> str:
        return self.code[:3]

    @property
    def sector(self) -> str | None:
        return self.code[3:6] or None


@dataclass(frozen=True)
class EventDate:
    day: Date
    precision: str  # day, week, month, year
    source: str  # sentence or article
    text: str | None = None


@dataclass(frozen=True)
class Location:
    name: str
    country: str
    latitude: float
    longitude: float
    text: str
    kind: str = ""  # the gazetteer's kind: "waters" is a sea several states border


@dataclass(frozen=True)
class Event:
    """One directed dyadic event found in a sentence."""

    cameo: str
    source: Actor
    target: Actor | None
    trigger: int
    trigger_text: str
    pattern: Pattern
    rule: str
    group_key: str
    date: EventDate
    location: Location | None = None
    notes: tuple[str, ...] = field(default=())


@dataclass
class Trace:
    """One line of explanation for `coder explain`."""

    token: int
    text: str
    message: str
