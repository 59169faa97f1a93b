"""Actors: the actor code of a noun phrase, resolved on the parse.

A phrase's head with its possessive, compound, adjective and appositive modifiers gives one actor
(country + sector); coordination gives several; surnames and bare agent nouns are resolved from
the article so far, pronouns and role words by coder/pronouns.py. The dictionary mentions are
found by coder/mentions.py, what the article has said so far is coder/context.py; their names
are importable from here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from coder.clauses import subject_of
from coder.context import ArticleContext
from coder.mentions import (
    ORG_KINDS,
    ActorIndex,
    Mention,
    PhraseTrie,
    Tokenize,
    _named_actor,
    _named_head,
    _word,
    is_backer,
)
from coder.phrases import _conjuncts, _phrase, _phrase_head, _text
from coder.pronouns import PERSON_PRONOUNS, PronounResolver
from coder.types import NON_STATE_COUNTRIES, Actor, ActorEntry, AgentEntry

__all__ = ["ORG_KINDS", "PERSON_PRONOUNS", "ActorIndex", "ArticleContext", "Mention", "PhraseTrie",
           "SentenceActors", "Tokenize", "is_backer"]  # importable from here (coder/prefilter.py, ...)

NAMED_MODIFIER_DEPS = frozenset({"compound", "poss", "appos", "flat", "nmod"})
AGENT_PREPS = frozenset({"of", "in", "from"})
RULING = frozenset({"rule", "run", "govern", "lead", "control"})  # "the juntas ruling Niger and Mali"
LOCAL_PREPS = frozenset({"in", "at", "near", "across", "inside"})  # a place an unnamed agent is in
KIN = frozenset({"family", "wife", "husband", "child", "children", "son", "daughter", "relative", "relatives",
                 "entourage", "aide", "aides"})  # "X and his family": X's party, not another
ARMED_SECTORS = frozenset({"REB", "MIL", "UAF", "PRM"})
KIND_RANK = {"person": 0, "group": 1, "igo": 1, "metonym": 2, "country": 3}


class SentenceActors(PronounResolver):
    """Resolves noun-phrase heads of one sentence to actors."""

    def __init__(self, sent: Span, mentions: list[Mention], index: ActorIndex,
                 context: ArticleContext) -> None:
        self.sent = sent
        self.index = index
        self.context = context
        self.words = index.words
        self.mentions = sorted(mentions, key=lambda m: m.start)  # left to right
        self.by_token: dict[int, Mention] = {}
        # While a target is resolved: the source's country, which an unnamed agent target
        # ("threatened opposition leaders") is taken to share.
        self.target_default: str | None = None
        self.place_country: str | None = None  # set by the event finder: the sentence's first place
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def resolve(self, token: Token) -> list[Actor]:
        """Actors named by the phrase headed by `token`, one per coordinated member."""
        if token.lower_ == "they" and token.pos_ == "PRON":
            return self._they(token)
        if token.lower_ == "them" and token.pos_ == "PRON":
            return self._them(token)
        both = self._the_two(token) or self._their_countries(token)
        if both:
            return both
        actors: list[Actor] = []
        listed = self._listed_appos(token)
        members = [token, *((listed, *_conjuncts(listed)) if listed is not None else ()), *_conjuncts(token)]
        if listed is None and not _conjuncts(token):  # "Ethiopia's Prime Minister Abiy Ahmed and Somali
            members += [c for a in token.children if a.dep_ == "appos" and self._names_person(a)  # President
                        for c in _conjuncts(a)]  # Hassan Sheikh Mohamud": the second person hangs on the
            # first one's apposition (a country's companies, "Rosneft and Lukoil", stay the country's)
        for member in members:
            if actors and member.lemma_.lower() in KIN and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in member.children):
                continue  # "granted asylum to Bashar al-Assad and his family": one party, his
            actor = self.resolve_one(member)
            included = self._included(member)  # "seven European leaders, including Macron and Starmer":
            if included and (actor is None or "article's main country" in actor.sources):  # the ones named
                members += included
                continue
            if (actor is not None and actors and actor.kind == "agent"
                    and "article's main country" in actor.sources):
                first = actors[0]  # "Russian drones and missiles": the missiles are Russian too
                actor = Actor(first.code[:3] + actor.code[3:], first.name, actor.text, actor.head, "agent",
                              (*first.sources[:1], *actor.sources[:1], "shared with the first conjunct"))
            if actor is not None:
                actors.append(actor)
                actors.extend(self._coordinated_modifiers(member, actor))
                if actor.kind == "agent":
                    actors.extend(self._coordinated_owners(member, actor))
        if len(actors) == 1 and actors[0].kind == "person" and not _conjuncts(token):
            actors = self._bundled_people(token) or actors
        return self._members_for_bloc(token, actors)

    def _their_countries(self, token: Token) -> list[Actor]:
        """"their countries" after several states: each of them. "The military governments of Mali,
        Burkina Faso and Niger announced that their countries would leave ECOWAS" → MLI, BFA, NER."""
        if token.tag_ != "NNS" or token.lemma_.lower() not in {"country", "nation"} or not any(
                c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            return []
        owner = self._reported_speaker(token.head) if token.dep_ in {"nsubj", "nsubjpass"} else None
        if owner is None:
            owner = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
        found = self.resolve(owner) if owner is not None else []
        countries = _unique_countries(found)
        if len(countries) < 2:
            return []
        return [Actor(a.code[:3], self.index.country_names.get(a.code[:3], a.name), _text(self.sent, [token]),
                      token.i, "country", (*a.sources, "their countries")) for a in countries]

    def _included(self, member: Token) -> list[Token]:
        """The ones named after "including" in a plural phrase that names no one itself."""
        if member.tag_ not in {"NNS", "NNPS"}:
            return []
        holders = [member]
        if member.dep_ in {"dobj", "obj"}:  # "freed 24 hostages held in Gaza on Friday, including 13
            holders.append(member.head)  # Israelis": the parser hangs "including" on the verb
        return [t for holder in holders for prep in holder.children
                if prep.dep_ == "prep" and prep.lower_ == "including"
                for obj in prep.children if obj.dep_ == "pobj" for t in (obj, *_conjuncts(obj))]

    def _members_for_bloc(self, token: Token, actors: list[Actor]) -> list[Actor]:
        """An organisation whose members are listed beside it is those members: "Foreign ministers
        of the Quad - Australia, India, Japan and the United States - met" is the four states, not
        the Quad as a fifth party."""
        doc = self.sent.doc
        if not any(isinstance(m.entry, ActorEntry) and m.entry.kind == "igo"
                   and token.left_edge.i <= m.start <= token.right_edge.i for m in self.mentions):
            return actors  # no organisation named in the phrase: nothing to look for
        for tok in token.subtree:
            m = self.by_token.get(tok.i)
            if m is None or m.start != tok.i or not isinstance(m.entry, ActorEntry) or m.entry.kind != "igo":
                continue
            first = next((t for t in doc[m.end:min(m.end + 3, token.right_edge.i + 1)]
                          if self._country_at(t) is not None or t.pos_ == "PROPN"), None)
            if first is None or any(t.pos_ not in {"PUNCT", "NOUN"} for t in doc[m.end:first.i]):
                continue
            first = _phrase_head(first) if self._country_at(first) is None else first
            listed = [t for t in (first, *first.conjuncts)
                      if t.i >= first.i and self._country_at(t) is not None]
            if len(listed) < 2:
                continue
            bloc = self.resolve_one(doc[m.end - 1])
            if bloc is None:
                continue
            kept = [a for a in actors if a.country != bloc.country]
            sector = next((a.code[3:] for a in actors if a.country == bloc.country), "")
            sector = "" if sector == bloc.code[3:] else sector  # NATO's own sector is not its members'
            for member in listed:
                code = self._country_at(member) or ""
                if code and all(a.country != code for a in kept):
                    kept.append(Actor(code + sector, member.text, member.text, member.i,
                                      "agent" if sector else "country",
                                      (bloc.sources[0], "a member listed beside its organisation")))
            return sorted(kept, key=lambda a: a.head) if len(kept) != len(actors) else kept
        return actors

    def _bundled_people(self, head: Token) -> list[Actor]:
        """"U.S. President Donald Trump and Russian President Vladimir Putin spoke": the parser
        makes the first person a modifier of the second; people named on both sides of an "and"
        inside one phrase are one actor each."""
        phrase = list(self.sent.doc[head.left_edge.i:head.i + 1])
        ands = [t.i for t in phrase if t.dep_ == "cc" and t.lower_ == "and"]
        people = [(m, m.entry) for m in self._mentions_in(phrase)
                  if isinstance(m.entry, ActorEntry) and m.entry.kind == "person"]
        pairs = zip(people, people[1:], strict=False)
        if not ands or len({e.name for _, e in people}) < 2 or not any(
                a.end <= i < b.start for (a, _), (b, _) in pairs for i in ands):
            return []
        return [Actor(e.code_on(self.context.date), e.name, _text(self.sent, phrase), m.end - 1, "person",
                      (e.source, "people joined by 'and' in one phrase")) for m, e in people]

    def _names_person(self, tok: Token) -> bool:
        m = self.by_token.get(tok.i)
        return m is not None and isinstance(m.entry, ActorEntry) and m.entry.kind == "person"

    def _coordinated_owners(self, head: Token, actor: Actor) -> list[Actor]:
        """"The presidents of Kenya and Uganda", "the juntas ruling Niger, Mali and Burkina Faso": each
        owner gives one actor of the agent's sector."""
        extra = []
        owners = [*(o for p in head.children if p.dep_ == "prep" and p.lower_ in AGENT_PREPS
                    for o in p.children if o.dep_ == "pobj"), *_ruled(head)[:1]]
        for conj in (c for obj in owners for c in _conjuncts(obj)):
            owner = self.resolve_one(conj)
            if owner is not None and owner.code[:3] != actor.code[:3]:
                extra.append(Actor(owner.code[:3] + actor.code[3:], owner.name, actor.text, head.i,
                                   "agent", (*owner.sources, *actor.sources[-1:])))
        return extra

    def resolve_target(self, token: Token, default: str | None = None) -> list[Actor]:
        """Like resolve, but in a target slot a country adjective of any noun names the target
        ("shelled Cambodian military positions" → KHM, "tariffs on Japanese seafood" → JPN),
        and an unnamed agent takes the `default` country (the events' choice: a place in the
        phrase, else the source's country: "arrested protesters")."""
        self.target_default = default or None
        try:
            found = self.resolve(token)
        finally:
            self.target_default = None
        if found:
            return found
        if (token.lemma_.lower() == "country" and token.dep_ in {"dobj", "pobj"}
                and [c.lower_ for c in token.children] == ["the"]):  # "condemned the takeover in Gabon
            named = [m.entry for m in self.mentions if m.end <= token.i and isinstance(m.entry, ActorEntry)
                     and m.entry.kind in {"country", "metonym"}  # and suspended the country"
                     and m.entry.code_on(self.context.date)[:3] not in NON_STATE_COUNTRIES]
            if named:
                return [Actor(named[-1].code_on(self.context.date)[:3], named[-1].name, token.text, token.i,
                              "country", (named[-1].source, "the country named before it"))]
        members = [token, *_conjuncts(token)]
        members += [p for m in members for p in m.children  # "an Israeli-linked container ship" → ISR
                    if p.dep_ == "amod" and (p.tag_ == "VBN" or (p.tag_ == "JJ" and p.lower_.endswith("ed")))
                    and p.lower_ not in self.words.backers  # "a Greek-flagged tanker"
                    and any(c.dep_ == "punct" and c.text == "-" for c in p.children)]
        return [Actor(entry.code_on(self.context.date), entry.name, _text(self.sent, _phrase(member)),
                      member.i, entry.kind, (entry.source, "adjective of the target noun"))
                for member in members
                for entry in self._modifier_names(member, {"amod", "compound", "poss", "nmod", "npadvmod"},
                                                  ORG_KINDS, first=True)]

    def _coordinated_modifiers(self, head: Token, actor: Actor) -> list[Actor]:
        """"Indian and British warships": the adjective's conjuncts name more actors of the
        same sector as the first ("British" → GBRMIL beside INDMIL)."""
        extra = []
        seen = {actor.code[:3]}
        owners = [head, *(c for c in head.children if c.dep_ == "compound" and c.i < head.i)]
        coordinated = any(c.dep_ in {"amod", "compound", "nmod"}  # "Egyptian and Chinese air forces": "and"
                          and (_conjuncts(c) or any(g.dep_ == "cc" for g in c.children))  # under the first
                          for o in owners for c in o.children)
        for entry in (e for owner in owners  # "Chinese and Pakistani air force pilots": under "force"
                      for e in self._modifier_names(owner, {"amod", "compound", "nmod"},
                                                    {"country", "metonym", "igo", "group"},
                                                    first=coordinated)):
            code = entry.code_on(self.context.date)[:3] + actor.code[3:]
            if code[:3] in seen:  # "Australian and Papua New Guinean police": the parser splits the name
                continue
            seen.add(code[:3])
            extra.append(Actor(code, self.index.country_names.get(code[:3], entry.name), actor.text, head.i,
                               entry.kind, (entry.source, *actor.sources[1:])))
        return extra

    def _modifier_names(self, head: Token, deps: set[str], kinds: Iterable[str], *, first: bool
                        ) -> Iterator[ActorEntry]:
        """Named actors among the modifiers before `head` and their conjuncts (`first`: the
        modifier itself too, not only the conjuncts after it)."""
        for child in head.children:
            if child.dep_ not in deps or child.i > head.i:
                continue
            for tok in [child, *_conjuncts(child)] if first else _conjuncts(child):
                m = self.by_token.get(tok.i)
                if m is not None and isinstance(m.entry, ActorEntry) and m.entry.kind in kinds:
                    yield m.entry

    def resolve_one(self, head: Token) -> Actor | None:
        if head.lower_ in PERSON_PRONOUNS and head.pos_ == "PRON":
            return self._pronoun(head)
        if head.lower_ == "it" and head.pos_ == "PRON":
            return self._it(head)
        own = self.by_token.get(head.i)
        agent_phrase = own is not None and own.is_agent and own.end - own.start > 1  # "rescue teams"
        group = self._the_group(head) if own is None or own.is_agent else None
        if group is not None and not (own is None and any(  # "the bloc", not "the South American bloc
                c.dep_ == "appos" and (m := self.by_token.get(c.i)) is not None and not m.is_agent
                for c in head.children)):  # Mercosur", a bloc named in apposition
            return group
        if head.lemma_.lower() in self.words.economy_heads and not agent_phrase:
            return None
        if (head.lemma_.lower() in self.words.sport_teams and not agent_phrase) or any(
                c.lemma_.lower() in self.words.sports
                for c in head.children if c.dep_ in {"compound", "amod"}):
            return None  # "Morocco's national football team", "the Pakistan squad": not the state
        if head.tag_ == "WDT" or (head.lower_ in {"who", "which", "that"} and head.pos_ == "PRON"):
            return self.resolve_one(head.head.head) if head.head.dep_ == "relcl" else None
        phrase = _phrase(head)
        listed = self._listed_appos(head)
        if listed is not None:  # "Mali, Burkina Faso and Niger": the list's first member alone
            rest = {t.i for t in _phrase(listed)} | {t.i for c in _conjuncts(listed) for t in _phrase(c)}
            phrase = [t for t in phrase if t.i not in rest]
        mentions = self._mentions_in(phrase)
        named = [m for m in mentions if not m.is_agent and self._named_counts(m, head)]
        regional = [m for m in named if isinstance(m.entry, ActorEntry) and m.entry.kind == "region"]
        if regional and len(regional) == len(named):
            return None  # "Latin American leaders": a region names no actor
        named = [m for m in named if m not in regional]  # "the South American bloc Mercosur": the bloc
        agents = [m for m in mentions if m.is_agent]
        head_agent = next((m for m in agents if m.start <= head.i < m.end), None)
        if not named and head_agent is None and head.lemma_.lower() in self.words.group_heads:
            return self._group_of(head)
        if head.lemma_.lower() in KIN and head_agent is None:  # "the wife of jailed former Peruvian
            kin = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"  # president
                        for o in p.children if o.dep_ == "pobj"), None)  # Ollanta Humala": his country's
            relative = self.resolve_one(kin) if kin is not None else None
            if relative is not None and relative.code[:3] not in NON_STATE_COUNTRIES:
                return Actor(relative.code[:3], relative.name, _text(self.sent, phrase), head.i, "agent",
                             (*relative.sources, "a relative of"))
        origin = self._launched_from(head) if not named and head_agent is None else None
        if origin is not None:  # "a missile launched from Yemen": Yemen's
            return Actor(origin.code, origin.name, _text(self.sent, phrase), head.i, origin.kind,
                         (*origin.sources, "launched from"))
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        unknown_name = own is None and head.pos_ == "PROPN"  # "Tahawwur Rana, a Canadian businessman"
        if (unknown_name or not named) and head_agent is None and appos is not None:
            # "Tundu Lissu, the leader of ...", an unknown name: what its apposition says it is
            found = self.resolve_one(appos)
            if found is not None:
                return Actor(found.code, found.name, _text(self.sent, phrase), head.i, found.kind,
                             (*found.sources, "apposition"))
        if not named and head_agent is None:  # "the government's reforms": the possessor acts
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            owner_agent = self.by_token.get(owner.i) if owner is not None else None
            if owner is not None and owner_agent is not None and owner_agent.is_agent:
                return self._agent_only(owner, owner_agent, phrase)
        if not named and head_agent is None and head.lemma_.lower() in {"country", "nation"}:
            possessor = self._possessive_owner(head)  # "Milei told Israeli leaders that his country ..."
            if possessor is not None and possessor.code[:3] not in NON_STATE_COUNTRIES:
                country = possessor.code[:3]
                return Actor(country, self.index.country_names.get(country, possessor.name),
                             _text(self.sent, phrase), head.i, "country", (*possessor.sources, "his country"))
        if not named and head_agent is None:
            name = self._name_after(head)
            if name is not None:  # "the West African bloc ECOWAS", ECOWAS parsed as a verb
                return self.resolve_one(name)
        if not named and head_agent is None and head.pos_ == "PROPN":  # "Foreign Minister Tomas Hrdlo"
            head_agent = next((m for m in agents if self.sent.doc[m.end - 1].head.i == head.i
                               and m.end < head.i and all(t.pos_ == "PROPN" and t.dep_ == "compound"
                                                          for t in self.sent.doc[m.end:head.i])),
                              None)  # an unknown name after a title: the title's sector
        if not named:
            return self._agent_only(head, head_agent, phrase)
        best = min(named, key=self._rank)
        entry = best.entry
        assert isinstance(entry, ActorEntry)
        code = entry.code_on(self.context.date)
        if (unknown_name and head.lower_ in self.words.company_heads and head_agent is None and not agents
                and entry.kind == "country" and best.end <= head.i):
            # "Japan's Nippon Steel", "U.S. Steel", "Seven & i Holdings": a name the dictionaries do not
            # know that ends like a company's, after a country, is one of its companies, not the state
            country = code[:3]
            return Actor(country + "BUS", self.index.country_names.get(country, entry.name),
                         _text(self.sent, phrase), head.i, "agent",
                         (entry.source, "an unknown organisation of the country: a company"))
        agent = (head_agent or (agents[-1] if agents and best.start <= head.i < best.end else None)
                 or next((m for m in agents if _modifier_of(self.sent.doc[m.end - 1], head)), None))
        sources = [entry.source]
        owning = self._possessor_country(head) if code[3:6] in {"PTY", "OPP"} else None
        if owning is not None and owning != code[:3] and code[:3] not in NON_STATE_COUNTRIES:
            code = owning + code[3:]  # "South Korea's main opposition Democratic Party": Korea's, not
            sources.append("the possessor's country")  # the US party of that name
        if agent is not None and isinstance(agent.entry, AgentEntry) and entry.kind != "person":
            code = _with_agent(code, entry.kind, agent.entry.sector)
            sources.append(agent.entry.source)
        elif agent is not None and isinstance(agent.entry, AgentEntry) and len(code) == 3:
            code = code + agent.entry.sector
        actor = Actor(code=code, name=entry.name if entry.kind != "country" or len(code) == 3
                      else self.index.country_names.get(code[:3], entry.name),
                      text=_text(self.sent, phrase), head=head.i, kind=entry.kind,
                      sources=tuple(sources))
        self._remember(head, head_agent, actor)
        return actor

    def _possessor_country(self, head: Token) -> str | None:
        """The country a possessive before the phrase names ("South Korea's ...")."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        return self._country_at(poss) if poss is not None else None

    def _country_at(self, tok: Token) -> str | None:
        m = self.by_token.get(tok.i)
        if m is None or not isinstance(m.entry, ActorEntry) or m.entry.kind != "country":
            return None
        return m.entry.code_on(self.context.date)[:3]

    def _listed_appos(self, head: Token) -> Token | None:
        """A country "in apposition" to another country is the next member of a list the
        parser misread: "Mali, Burkina Faso and Niger" (Faso an appos of Mali)."""
        own = self._country_at(head)
        if own is None:
            return None
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                other = self._country_at(child)
                return child if other is not None and other != own else None
        return None

    def _name_after(self, head: Token) -> Token | None:
        """A named actor right after a common noun that the parser hung elsewhere is the noun's
        name: "left the West African bloc ECOWAS" (ECOWAS an xcomp of the verb)."""
        doc = self.sent.doc
        if head.pos_ != "NOUN" or head.i + 1 >= self.sent.end:
            return None
        nxt = doc[head.i + 1]
        m = self.by_token.get(nxt.i)
        if (m is None or m.start != nxt.i or not isinstance(m.entry, ActorEntry)
                or m.entry.kind not in {"igo", "group", "country"}):
            return None
        name = doc[m.end - 1]
        if name.head.i in (head.i, head.head.i) and name.dep_ in {"xcomp", "npadvmod", "appos", "dobj", "dep",
                                                                   "attr", "oprd", "ccomp", "advcl"}:
            return name
        return None

    def _rank(self, mention: Mention) -> tuple[int, int]:
        """Which named actor of a phrase names it: a person before a group before a capital before
        a country; a company only after its country ("Russia's oil companies, Rosneft and Lukoil")."""
        entry = mention.entry
        assert isinstance(entry, ActorEntry)
        company = entry.code_on(self.context.date)[:3] == "MNC"
        rank = len(KIND_RANK) + 1 if company else KIND_RANK.get(entry.kind, 9)
        return rank, -(mention.end - mention.start)

    def _named_counts(self, mention: Mention, head: Token) -> bool:
        """A named actor inside a phrase counts unless it is only an adjective of a non-agent
        noun ("Afghan soil") or a capital naming a place ("the Doha talks")."""
        if mention.backer:
            return False  # "Russian-backed separatists", "pro-Russian militias": not Russia's
        if mention.start <= head.i < mention.end:
            return True
        doc = self.sent.doc
        if _word(doc, mention.end) == "-" and _word(doc, mention.end + 1) in self.words.leaders:
            return True  # "the Taliban-led government", "the Hamas-run ministry"
        tok = doc[mention.end - 1]
        entry = mention.entry
        head_is_agent = any(t.i in self.by_token and self.by_token[t.i].is_agent  # "navy pilots" too
                            for t in [head, *(c for c in head.children if _modifier_of(c, head))])
        if head_is_agent:
            return True
        if isinstance(entry, ActorEntry) and entry.kind == "metonym" and tok.dep_ == "compound":
            return False
        if isinstance(entry, ActorEntry) and entry.kind == "group" and tok.head.i == head.i:
            return True  # "a FARC dissident faction", "a Hamas cell": the group's own unit
        if tok.dep_ == "amod" and tok.head.i != head.i and not (
                tok.head.i in self.by_token and self.by_token[tok.head.i].is_agent):
            return False  # "Italian fashion house Prada": the adjective belongs to "house"
        return _modifier_dep(tok, head) in NAMED_MODIFIER_DEPS

    def _mentions_in(self, phrase: list[Token]) -> list[Mention]:
        seen: dict[int, Mention] = {}
        for tok in phrase:
            m = self.by_token.get(tok.i)
            if m is not None:
                seen[m.start] = m
        return [seen[k] for k in sorted(seen)]

    def _group_of(self, head: Token) -> Actor | None:
        """"Thousands of protesters", "members of the Sinaloa Cartel", "supporters of Imran
        Khan": a quantity or membership noun stands for what it is made of."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = self.resolve_one(obj)
                        if found is not None:
                            return Actor(found.code, found.name, _text(self.sent, [head, *obj.subtree]),
                                         head.i, found.kind, found.sources)
        return None

    def _agent_only(self, head: Token, agent: Mention | None, phrase: list[Token]) -> Actor | None:
        if agent is None or not isinstance(agent.entry, AgentEntry):
            return None
        sector = agent.entry.sector
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in AGENT_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        owner = self.resolve_one(obj)
                        if owner is not None:
                            if head.lemma_.lower() in self.words.leader_roles and owner.code[3:]:
                                sector = owner.code[3:6]  # "the leader of the opposition party": OPP
                            actor = Actor(owner.code[:3] + sector, owner.name,
                                          _text(self.sent, [*phrase, prep, *obj.subtree]), head.i,
                                          "agent", (*owner.sources, agent.entry.source))
                            self._remember(head, agent, actor)
                            return actor
        for obj in _ruled(head):  # "the military juntas ruling Niger, Mali and Burkina Faso"
            owner = self.resolve_one(obj)
            if owner is not None and owner.kind in {"country", "metonym"}:
                return Actor(owner.code[:3] + sector, owner.name, _text(self.sent, [*phrase, *obj.subtree]),
                             head.i, "agent", (*owner.sources, agent.entry.source, "the country it rules"))
        launcher = self._launched_from(head, by=True)
        if launcher is not None:  # "drones launched by the RSF struck ...": the weapon stands for its user
            return Actor(launcher.code, launcher.name, _text(self.sent, phrase), head.i, launcher.kind,
                         (*launcher.sources, "launched by"))
        owner = self._possessive_owner(head) or self._launched_from(head)
        if owner is not None:  # "ordering his forces", "two of its employees", "a drone launched from Yemen"
            return Actor(owner.code[:3] + sector, owner.name, _text(self.sent, phrase), head.i, "agent",
                         (*owner.sources, agent.entry.source, "possessive pronoun"))
        remembered = self.context.agent_memory.get(head.lemma_.lower())
        if remembered is not None:
            return Actor(remembered.code[:3] + sector, remembered.name, _text(self.sent, phrase),
                         head.i, "agent", (*remembered.sources, agent.entry.source, "context"))
        if head.lemma_.lower() in self.words.relational:
            return None  # "Western allies", "its neighbours": by definition not the owner's country
        group = self._last_armed_group(head) if sector in {"REB", "UAF"} else None
        if group is not None:  # "... Houthi-held areas ..., warned the Iran-backed rebels"
            return Actor(group.code, group.name, _text(self.sent, phrase), head.i, "agent",
                         (*group.sources, agent.entry.source, "the armed group named last"))
        country = (self.target_default or self.context.main_country() or self._local_country()
                   or self.place_country)
        filed = country is None and self.context.dateline_country is not None
        country = country or self.context.dateline_country
        if country is not None:  # "LAHORE: Police arrested ...": else where the report was filed
            return Actor(country + sector, self.index.country_names.get(country, country),
                         _text(self.sent, phrase), head.i, "agent",
                         (agent.entry.source, "article's main country",
                          *(["the dateline's"] if filed else [])))
        return None

    def _last_armed_group(self, head: Token) -> Actor | None:
        """The armed group named last before an unnamed "rebels" or "militants": earlier in the
        sentence, else in the article."""
        before = (self._armed_group(m) for m in reversed(self.mentions) if m.end <= head.i)
        return next((group for group in before if group is not None), self.context.last_armed)

    def _named_group(self, mention: Mention) -> Actor | None:
        """The actor of a mention that names a group (an armed group, movement or party)."""
        return self._named_kind(mention, "group")

    def _named_kind(self, mention: Mention, kind: str) -> Actor | None:
        """The actor of a mention that names an actor of this kind, not as a backer."""
        entry = mention.entry
        if not isinstance(entry, ActorEntry) or entry.kind != kind or mention.backer:
            return None
        return _named_actor(entry, mention, self.sent.doc, self.context.date)

    def _armed_group(self, mention: Mention) -> Actor | None:
        """The actor of a mention that names an armed group (REB or UAF), not as its backer."""
        group = self._named_group(mention)
        return group if group is not None and group.code[3:6] in {"REB", "UAF"} else None

    def _launched_from(self, head: Token, by: bool = False) -> Actor | None:
        """The state or group a weapon was launched or fired from ("a drone launched from Yemen"),
        or that agents work for ("hackers working for Russia's GRU"); with `by`, the one that
        launched it ("drones launched by the Rapid Support Forces")."""
        pairs = {("by", v) for v in self.words.launches} if by else {
            *(("from", v) for v in self.words.launches), ("for", "work"), ("for", "spy")}
        origin = next((o for acl in head.children if acl.dep_ == "acl"
                       for p in acl.children if p.dep_ in {"prep", "agent"}
                       and (p.lower_, acl.lemma_.lower()) in pairs
                       for o in p.children if o.dep_ == "pobj"), None)
        found = self.resolve_one(origin) if origin is not None else None
        return found if found is not None and found.kind in ORG_KINDS else None

    def _local_country(self) -> str | None:
        """In an article's first sentence with countries, the country of a place in it ("police
        in Nairobi"); a country that is only an object or target gives no one its nationality."""
        for m in sorted(set(self.by_token.values()), key=lambda m: m.start):
            entry = m.entry
            if not isinstance(entry, ActorEntry):
                continue
            country = entry.code_on(self.context.date)[:3]
            tok = self.sent.doc[m.end - 1]
            place = _phrase_head(tok)  # the place phrase the name is in
            if (country in NON_STATE_COUNTRIES  # "farmers drove tractors into Brussels": the EU's seat
                    or place.dep_ != "pobj" or place.head.lower_ not in LOCAL_PREPS):
                continue
            if place.i == tok.i and entry.kind in {"country", "metonym"}:  # "police in Nairobi"
                return country
            if (tok.dep_ in {"amod", "compound"} and entry.kind == "country"  # "in several Indonesian
                    and tok.head.lemma_.lower() in self.words.place_nouns):  # cities", "the Pakistani city"
                return country
            if (place.i != tok.i and entry.kind in {"country", "metonym"}  # "in Damascus's Umayyad
                    and any(c.dep_ == "poss" for c in place.children)):  # Square", "in Nigeria's Kebbi state"
                return country
        for m in sorted(set(self.by_token.values()), key=lambda m: m.start):  # "farmers marching on New
            entry = m.entry  # Delhi": a capital marched on or gathered around is a place too
            tok = self.sent.doc[m.end - 1]
            if (isinstance(entry, ActorEntry) and entry.kind == "metonym" and tok.dep_ == "pobj"
                    and tok.head.lower_ in {"on", "toward", "towards", "outside", "around", "through"}):
                return entry.code_on(self.context.date)[:3]
        return None

    def _remember(self, head: Token, agent: Mention | None, actor: Actor) -> None:
        if agent is not None:
            self.context.agent_memory[head.lemma_.lower()] = actor

    def _main_plural_subject(self) -> list[Actor]:
        """The actors of the main verb's subject when it is plural ("Serbia and Hungary", "thousands
        of farmers"), the antecedent of a "they" that opens the next sentence."""
        root = self.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        if subject.tag_ not in {"NNS", "NNPS"} and not _conjuncts(subject) and subject.lower_ != "police":
            return []
        return [a for a in self.resolve(subject) if a.kind in ORG_KINDS | {"agent"}]

    def _main_subject_person(self) -> Actor | None:
        """The person who is the subject of the sentence's main verb, if it names one."""
        root = self.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        pronoun = subject.lower_ in {"he", "she"} and subject.pos_ == "PRON"
        if not self._names_person(subject) and not pronoun:
            return None
        found = self.resolve_one(subject)
        return found if found is not None and found.kind == "person" else None

    def note_people(self) -> None:
        """After the sentence: the last person named becomes the antecedent of "he" and "she",
        the first state or organisation named that of "it"."""
        for i in sorted(self.by_token):
            m = self.by_token[i]
            if isinstance(m.entry, ActorEntry) and m.entry.kind in ORG_KINDS:
                actor = self.resolve_one(_phrase_head(self.sent.doc[m.end - 1]))
                if actor is not None:
                    self.context.last_org = actor
                    break
        root = self.sent.root  # "A Chinese ship fired water cannon at a Philippine boat, the Philippine
        speaker = subject_of(root, self.words) if root.lemma_.lower() in self.words.report_verbs else None
        reporter = self.resolve_one(speaker) if speaker is not None and speaker.pos_ != "PRON" else None
        if reporter is not None and speaker is not None and reporter.kind in ORG_KINDS | {"agent"} and any(
                c.dep_ == "ccomp" and c.i < speaker.i for c in root.children):  # coast guard said. It called
            # the action ...": the reporter
            self.context.last_org = reporter
        self.context.last_subject = self._main_subject_person()
        self.context.last_plural = self._main_plural_subject()
        named = [group for m in self.mentions if (group := self._named_group(m)) is not None]
        if named:  # "the group" in later sentences
            self.context.last_group = named[-1]
        for m in self.mentions:  # "the court" in later sentences: the International Criminal Court
            head = _named_head(m)
            actor = self.resolve_one(self.sent.doc[m.end - 1]) if head else None
            if head and actor is not None:
                self.context.named_heads[head] = actor
        for m in self.mentions:  # "Chad declared the German ambassador persona non grata. It accused
            tok = self.sent.doc[m.end - 1]  # him ...": a single official, unnamed
            if m.is_agent and tok.tag_ == "NN" and tok.lemma_.lower() in self.words.person_roles:
                official = self.resolve_one(tok)
                if official is not None:
                    self.context.last_official = official
        armed = [group for m in self.mentions if (group := self._armed_group(m)) is not None]
        if armed:  # the last armed group named: "the rebels" in later sentences
            self.context.last_armed = armed[-1]
        for m in self.mentions:
            if not (isinstance(m.entry, ActorEntry) and m.entry.kind == "person"):
                continue
            actor = self.resolve_one(self.sent.doc[m.end - 1])
            if actor is not None:
                people = self.context.recent_people
                people[:] = [p for p in people if p.name != actor.name][-7:] + [actor]
        for i in sorted(self.by_token, reverse=True):
            m = self.by_token[i]
            if isinstance(m.entry, ActorEntry) and m.entry.kind == "person":
                actor = self.resolve_one(self.sent.doc[m.end - 1])
                if actor is not None:
                    self.context.last_person = actor
                return


def _with_agent(code: str, kind: str, sector: str) -> str:
    """A named actor's code with an agent noun's sector. A group's or organisation's own sector
    stays ("Houthi spokesman" is YEMREB, "Wagner fighters" RUSUAF), except that the fighters of
    a governing group are its military ("Taliban fighters" in 2025: AFGMIL); a partially
    recognised entity stays PRE ("Somaliland's president")."""
    own = code[3:]
    if own == "PRE":
        return code
    if kind in {"group", "igo"} and own:
        return code[:3] + "MIL" if own == "GOV" and sector in ARMED_SECTORS else code
    return code[:3] + sector


def _modifier_dep(tok: Token, head: Token) -> str:
    """The dependency that attaches tok's branch to the phrase head."""
    while tok.head.i != head.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_


def _modifier_of(tok: Token, head: Token) -> bool:
    """`tok` is a compound noun before `head` ("air force" in "air force pilots")."""
    return tok.dep_ == "compound" and tok.head.i == head.i and tok.i < head.i


def _unique_countries(actors: list[Actor]) -> list[Actor]:
    """The first actor of each state among `actors`, organisations left out."""
    seen: dict[str, Actor] = {}
    for a in actors:
        if a.code[:3] not in NON_STATE_COUNTRIES:
            seen.setdefault(a.code[:3], a)
    return list(seen.values())


def _ruled(head: Token) -> list[Token]:
    """The countries an agent noun's participle says it rules: "the military juntas ruling Niger,
    Mali and Burkina Faso" → Niger (its conjuncts are the others)."""
    return [o for a in head.children if a.dep_ == "acl" and a.lemma_.lower() in RULING
            for o in a.children if o.dep_ in {"dobj", "obj"}]
