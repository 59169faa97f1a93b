"""Actors: dictionary mentions in a sentence, and the actor code of a noun phrase.

Matching runs on tokens (no parse needed): named actors from dictionaries/actors, agent nouns
from dictionaries/agents.txt. Resolution uses the parse: a phrase's head with its possessive,
compound, adjective and appositive modifiers gives one actor (country + sector); coordination
gives several; pronouns, surnames and bare agent nouns are resolved from the article so far.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from coder.clauses import subject_of
from coder.context import ArticleContext, _to_end
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
from coder.phrases import _conjuncts, _phrase, _phrase_head, _standing_for, _text
from coder.types import NON_STATE_COUNTRIES, Actor, ActorEntry, AgentEntry

__all__ = ["ORG_KINDS", "PERSON_PRONOUNS", "ActorIndex", "ArticleContext", "Mention", "PhraseTrie",
           "SentenceActors", "Tokenize", "is_backer"]  # importable from here (coder/prefilter.py, ...)

NAMED_MODIFIER_DEPS = frozenset({"compound", "poss", "appos", "flat", "nmod"})
AGENT_PREPS = frozenset({"of", "in", "from"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
KIN = frozenset({"family", "wife", "husband", "child", "children", "son", "daughter", "relative", "relatives",
                 "entourage", "aide", "aides"})  # "X and his family": X's party, not another
ALLEGING_VERBS = frozenset({"accuse", "charge", "suspect"})  # "accused the bloc of ...": of the charge
ARMED_SECTORS = frozenset({"REB", "MIL", "UAF", "PRM"})
KIND_RANK = {"person": 0, "group": 1, "igo": 1, "metonym": 2, "country": 3}


class SentenceActors:
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
        both = self._the_two(token)
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

    def _included(self, member: Token) -> list[Token]:
        """The ones named after "including" in a plural phrase that names no one itself."""
        if member.tag_ not in {"NNS", "NNPS"}:
            return []
        return [t for prep in member.children if prep.dep_ == "prep" and prep.lower_ == "including"
                for obj in prep.children if obj.dep_ == "pobj" for t in (obj, *_conjuncts(obj))]

    def _members_for_bloc(self, token: Token, actors: list[Actor]) -> list[Actor]:
        """An organisation whose members are listed beside it is those members: "Foreign ministers
        of the Quad - Australia, India, Japan and the United States - met" is the four states, not
        the Quad as a fifth party."""
        doc = self.sent.doc
        subtree = list(token.subtree)
        for tok in subtree:
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
        """"The presidents of Kenya and Uganda": each owner gives one actor of the agent's sector."""
        extra = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in AGENT_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for conj in _conjuncts(obj):
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
        return [Actor(entry.code_on(self.context.date), entry.name, _text(self.sent, _phrase(member)),
                      member.i, entry.kind, (entry.source, "adjective of the target noun"))
                for member in [token, *_conjuncts(token)]
                for entry in self._modifier_names(member, {"amod", "compound", "poss", "nmod"}, ORG_KINDS,
                                                  first=True)]

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
        if group is not None:
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
        if any(isinstance(m.entry, ActorEntry) and m.entry.kind == "region" for m in named):
            return None  # "Latin American leaders": a region names no actor
        agents = [m for m in mentions if m.is_agent]
        head_agent = next((m for m in agents if m.start <= head.i < m.end), None)
        if not named and head_agent is None and head.lemma_.lower() in self.words.group_heads:
            return self._group_of(head)
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
                   or self.place_country or self.context.dateline_country)
        if country is not None:
            return Actor(country + sector, self.index.country_names.get(country, country),
                         _text(self.sent, phrase), head.i, "agent",
                         (agent.entry.source, "article's main country"))
        return None

    def _last_armed_group(self, head: Token) -> Actor | None:
        """The armed group named last before an unnamed "rebels" or "militants": earlier in the
        sentence, else in the article."""
        before = (self._armed_group(m) for m in reversed(self.mentions) if m.end <= head.i)
        return next((group for group in before if group is not None), self.context.last_armed)

    def _named_group(self, mention: Mention) -> Actor | None:
        """The actor of a mention that names a group (an armed group, movement or party)."""
        return self._named_kind(mention, "group")

    def _igo(self, mention: Mention) -> Actor | None:
        """The actor of a mention that names an international organisation."""
        return self._named_kind(mention, "igo")

    def _named_kind(self, mention: Mention, kind: str) -> Actor | None:
        """The actor of a mention that names an actor of this kind, not as a backer."""
        entry = mention.entry
        if not isinstance(entry, ActorEntry) or entry.kind != kind or mention.backer:
            return None
        return _named_actor(entry, mention, self.sent.doc, self.context.date)

    def _the_group(self, head: Token) -> Actor | None:
        """"the group" alone: the group named last before it, in the sentence or the article
        ("The Afghan Taliban's chief negotiator said the group would not accept ..."); "the court",
        "the fund", "the bank" alone: the organisation named before whose name ends in that word
        ("... withdraw from the International Criminal Court. The juntas called the court ...")."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        lemma = head.lemma_.lower()
        accused = lemma in self.words.bloc_heads and head.head.lemma_.lower() in ALLEGING_VERBS
        if not definite or any(c.dep_ == "poss" or (c.dep_ == "prep" and any(
                g.dep_ == "pobj" for g in c.children) and not (accused and c.lower_ == "of"))
                for c in head.children):
            return None  # "the group of seven", "the bloc's leaders": not alone ("accused the bloc
            # of bias": the charge, parsed on the noun)
        described = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod", "npadvmod", "nummod"}]
        if any(self._named_modifier(c) for c in described):
            return None  # "the Palestinian group", "the Hamas group": the name says who
        if lemma in self.words.bloc_heads:
            return self._the_bloc(head)
        if described and (lemma != "group" or self.by_token.get(head.i) is not None):
            return None  # "the militant group": an agent noun, the armed group named last
        if any(c.dep_ == "prep" for c in head.children):
            return None
        if lemma != "group":
            named = next((m for m in reversed(self.mentions) if m.end <= head.i and _named_head(m) == lemma),
                         None)
            owner = self.resolve_one(self.sent.doc[named.end - 1]) if named is not None else None
            owner = owner or self.context.named_heads.get(lemma)
            if owner is None:
                return None
            return _standing_for(owner, head, "the organisation named before")
        groups = (self._named_group(m) for m in reversed(self.mentions) if m.end <= head.i)
        found = next((g for g in groups if g is not None), self.context.last_group)
        if found is None:
            return None
        return _standing_for(found, head, "the group named last")

    def _the_bloc(self, head: Token) -> Actor | None:
        """"the bloc", "the lender": the international organisation named last, in the sentence
        or the article."""
        before = (self._igo(m) for m in reversed(self.mentions) if m.end <= head.i)
        found = next((o for o in before if o is not None), self.context.last_igo)
        return _standing_for(found, head, "the organisation named last") if found is not None else None

    def _named_modifier(self, modifier: Token) -> bool:
        """A modifier that names an actor other than as a backer, leader or base ("Iran-backed",
        "Russian-led", "Washington-based" describe; "Palestinian" and "Hamas" name)."""
        if modifier.tag_ == "VBN" and any(c.dep_ == "npadvmod" for c in modifier.children):
            return False
        return any(isinstance(m.entry, ActorEntry) and m.entry.kind != "region" and not m.backer
                   for m in self._mentions_in(list(modifier.subtree)))

    def _armed_group(self, mention: Mention) -> Actor | None:
        """The actor of a mention that names an armed group (REB or UAF), not as its backer."""
        group = self._named_group(mention)
        return group if group is not None and group.code[3:6] in {"REB", "UAF"} else None

    def _the_two(self, head: Token) -> list[Actor]:
        """"the two leaders", "both countries", "the two sides": the last two countries named
        before them, in the sentence or the article ("Trump spoke with Putin ... the two leaders
        agreed" → USAGOV, RUSGOV)."""
        words = {c.lower_ for c in head.children if c.dep_ in {"nummod", "det", "predet"}}
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            words.add("the")  # "hosting his two counterparts"
        alone = head.lower_ == "two" and head.pos_ == "NUM" and "the" in words  # "when the two met"
        if not alone and (head.tag_ != "NNS" or not ({"both"} & words or {"the", "two"} <= words)):
            return []
        if not alone and head.lemma_.lower() not in self.words.pair_heads and not (
                head.i in self.by_token and self.by_token[head.i].is_agent):
            return []
        mention = self.by_token.get(head.i)
        sector = mention.entry.sector if mention is not None and isinstance(mention.entry, AgentEntry) else ""
        recent = list(self.context.recent_countries)
        for m in self.mentions:
            place = self.sent.doc[m.end - 1].dep_ == "pobj" and self.sent.doc[m.end - 1].head.lower_ in {
                "in", "at", "near", "to", "from"}  # "met in Abu Dhabi": a place, not a party
            if m.end <= head.i and not place and isinstance(m.entry, ActorEntry) \
                    and m.entry.code_on(self.context.date)[:3]:
                _to_end(recent, m.entry.code_on(self.context.date)[:3])
        parties = list(dict.fromkeys(a.code[:3] for a in self.context.last_recip))
        if len(parties) == 2:  # "Armenia and Azerbaijan met ... Both sides agreed"
            recent = parties
        pair = list({a.code: a for a in self.context.last_recip}.values())
        if len(parties) == 1 and len(pair) == 2:  # "Chapo met opposition leader Mondlane. The two"
            return [Actor(a.code, a.name, _text(self.sent, _phrase(head)), head.i, a.kind,
                          (*a.sources, "the parties of the last meeting")) for a in pair]
        actor = self._clause_subject(head)  # "Trump offered to work with both countries": not the US
        recent = [c for c in recent if actor is None or c != actor.code[:3]]
        if len(recent) < 2:
            return []
        return [Actor(country + sector, self.index.country_names.get(country, country),
                      _text(self.sent, _phrase(head)), head.i, "agent", ("the last two countries named",))
                for country in recent[-2:]]

    def _clause_subject(self, head: Token) -> Actor | None:
        """The named subject of the clause a phrase is an object in, through control verbs."""
        for anc in head.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subject = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return None if subject.i == head.i else self.resolve_one(subject)
            if anc.dep_ != "xcomp":
                return None
        return None

    def _they(self, head: Token) -> list[Actor]:
        """"Manila and Tokyo said they would begin joint patrols": "they" in a reported clause is
        the coordinated subject of the verb that reports it, each member one actor."""
        clause = head.head
        while clause.dep_ in {"ccomp", "xcomp", "conj", "advcl", "relcl"} and clause.head.i != clause.i:
            clause = clause.head  # "visited Kyiv, where they demanded ...": up to the verb of "Kyiv"
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i != head.i:  # "Manila and Tokyo", "the leaders of X and Y"
                found = self.resolve(subject)
                if len({a.code[:3] for a in found}) >= 2:
                    return [_standing_for(a, head, "pronoun they") for a in found]
        speaker = self._plural_reporter(head)
        if speaker is not None:
            return [_standing_for(speaker, head, "pronoun they: the ones who say it")]
        if head.dep_ == "nsubj" and head.head.dep_ == "ROOT" and not self._named_before(head):
            # "Thousands of farmers marched on parliament. They demanded ...": the plural subject before
            return [_standing_for(a, head, "pronoun they: the plural subject before")
                    for a in self.context.last_plural]
        return []

    def _named_before(self, head: Token) -> bool:
        """The sentence names a state, organisation or agent before this word."""
        return any(m.end <= head.i for m in self.mentions)

    def _plural_reporter(self, head: Token) -> Actor | None:
        """"Police said they had begun rounding up ...", "Jordanian authorities said they had
        seized ...": "they" subject of a reported clause is the plural speaker that reports it."""
        speaker = self._reported_speaker(head.head) if head.dep_ in {"nsubj", "nsubjpass"} else None
        if speaker is None or _conjuncts(speaker) or speaker.i > head.i:
            return None  # "They also hit a village, Iraqi officials said": the ones before
        plural = speaker.tag_ in {"NNS", "NNPS"} or speaker.lower_ == "police"
        found = self.resolve_one(speaker) if plural else None
        return found if found is not None and found.kind in ORG_KINDS | {"agent"} else None

    def _them(self, head: Token) -> list[Actor]:
        """"expelled two British diplomats and ordered them to leave": "them" after a verb
        coordinated with one that has an object is that object."""
        verb = head.head
        if head.dep_ not in {"dobj", "dative"} or verb.dep_ != "conj":
            return []
        first = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"}), None)
        if first is None:
            return []
        return [_standing_for(a, head, "pronoun them") for a in self.resolve(first)]

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

    def _possessive_owner(self, head: Token) -> Actor | None:
        """The owner a possessive pronoun names: "his" the last person, "its" and "their" the
        nearest state or organisation before it (its own clause's subject included: "Russia
        moved its troops")."""
        bloc = next((c for c in head.children if c.dep_ == "poss"
                     and c.lemma_.lower() in self.words.bloc_heads
                     and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if bloc is not None:  # "the bloc's other leaders": the organisation named last
            return self._the_bloc(bloc)
        pron = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is None:
            return None
        if pron.lower_ in {"his", "her"}:
            return self._pronoun(pron)
        if pron.lower_ not in {"its", "their"}:
            return None
        reporter = self._reporter(pron)
        if reporter is not None:  # "The Israeli military said its troops had fired"
            return reporter
        for i in range(pron.i - 1, self.sent.start - 1, -1):
            m = self.by_token.get(i)
            if (m is not None and isinstance(m.entry, ActorEntry) and m.entry.kind in ORG_KINDS
                    and self.sent.doc[m.end - 1].dep_ not in {"amod", "compound"}):  # "Colombian fisherman"
                return self.resolve_one(_phrase_head(self.sent.doc[m.end - 1]))
        return self.context.last_org

    def _reported_speaker(self, clause: Token) -> Token | None:
        """The named subject of the verb of saying a that-clause hangs on ("Nauru cut ties ... and
        said it would": Nauru), not a pronoun; also of a second that-clause ("saying that the waterway
        is Panama's and that his country would not negotiate")."""
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX"}:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.words.report_verbs:
            return None
        speaker = subject_of(clause.head, self.words)
        return speaker if speaker is not None and speaker.pos_ != "PRON" else None

    def _reporter(self, pron: Token, people: bool = False) -> Actor | None:
        """The state or organisation that says the clause a pronoun is in: "The Israeli military
        said its troops had fired" → ISRMIL; "Beijing said it would respond" → CHNGOV. With
        `people`, the person or office holder instead, for "he" and "she": "Kenya's president
        said he would withdraw the bill" → KENGOV."""
        clause = pron.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        speaker = self._reported_speaker(clause)
        if speaker is None:
            return None
        found = self.resolve_one(speaker)
        if found is None:
            return None
        own = self.by_token.get(speaker.i)
        if people:  # a person's name or an office ("president", "minister"), not a state
            human = own is not None and (own.is_agent or (isinstance(own.entry, ActorEntry)
                                                           and own.entry.kind == "person"))
            return found if human else None
        return found if found.kind in ORG_KINDS | {"agent"} else None

    def _local_country(self) -> str | None:
        """In an article's first sentence with countries, the country of a place in it ("police
        in Nairobi"); a country that is only an object or target gives no one its nationality."""
        for m in sorted(set(self.by_token.values()), key=lambda m: m.start):
            entry = m.entry
            tok = self.sent.doc[m.end - 1]
            if not isinstance(entry, ActorEntry) or (
                    entry.code_on(self.context.date)[:3] in NON_STATE_COUNTRIES):
                continue  # "farmers drove tractors into Brussels": the EU's seat, not their nation
            if (entry.kind in {"country", "metonym"}
                    and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "near", "across", "inside"}):
                return entry.code_on(self.context.date)[:3]
            place = tok.head  # "in several Indonesian cities", "in the Pakistani city of Lahore", "in
            owner = _phrase_head(tok)  # Damascus's Umayyad Square", "in Nigeria's Kebbi state"
            named_place = (tok.dep_ in {"amod", "compound"} and entry.kind == "country"
                           and place.lemma_.lower() in self.words.place_nouns) or (
                owner.dep_ == "pobj" and owner.i != tok.i and any(c.dep_ == "poss" for c in owner.children)
                and entry.kind in {"country", "metonym"})
            if named_place and owner.dep_ == "pobj" and owner.head.lower_ in {"in", "at", "near", "across",
                                                                              "inside"}:
                return entry.code_on(self.context.date)[:3]
        for m in sorted(set(self.by_token.values()), key=lambda m: m.start):  # "farmers marching on New
            entry = m.entry  # Delhi": a capital marched on or gathered around is a place too
            tok = self.sent.doc[m.end - 1]
            if (isinstance(entry, ActorEntry) and entry.kind == "metonym" and tok.dep_ == "pobj"
                    and tok.head.lower_ in {"on", "toward", "towards", "outside", "around", "through"}):
                return entry.code_on(self.context.date)[:3]
        return None

    def _it(self, head: Token) -> Actor | None:
        """"It" is the nearest named state or organisation before it that is not its own
        clause's subject ("cut ties with Belgium, accusing it" → Belgium); a subject "it"
        without one takes the first such actor of the sentence before."""
        verb = head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if head.dep_ == "nsubj" and any(c.lower_ == "what" for c in verb.children):
            owner, said = verb, None  # "staged drills around Taiwan, surrounding the island ..., in
            while said is None and owner.head.i != owner.i:  # what it called a stern warning": the subject
                owner = owner.head  # of the nearest clause above that has one
                said = next((c for c in owner.children if c.dep_ == "nsubj"), None)
            found = self.resolve_one(said) if said is not None and said.lower_ != "it" else None
            if found is not None:
                return _standing_for(found, head, "pronoun it: the subject of what it says")
        named = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "dobj" else None
        thing = next((c for c in named.children if c.dep_ == "dobj"), None) if named is not None else None
        found = self.resolve_one(thing) if thing is not None and thing.pos_ == "NOUN" else None
        if found is not None:  # "dismissed Putin's demand ..., calling it an ultimatum"
            return _standing_for(found, head, "pronoun it: what its clause acted on")
        reporter = self._reporter(head) if head.dep_ in {"nsubj", "nsubjpass"} else None
        if reporter is not None:  # "The military said it had targeted Hamas command centres"
            return _standing_for(reporter, head, "pronoun it: the one who says it")
        subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        # a subject "it" is first the nearest subject before it ("demanded that Iran stop sending
        # drones to Russia, and warned of sanctions if it did not" → Iran), then any actor
        for subjects_only in ((True, False) if head.dep_ == "nsubj" else (False,)):
            for i in range(head.i - 1, self.sent.start - 1, -1):
                m = self.by_token.get(i)
                if (m is None or not isinstance(m.entry, ActorEntry) or m.entry.kind not in ORG_KINDS
                        or i in subject):
                    continue
                phrase_head = _phrase_head(self.sent.doc[m.end - 1])
                if subjects_only and phrase_head.dep_ != "nsubj":
                    continue
                found = self.resolve_one(phrase_head)
                if found is not None:
                    return _standing_for(found, head, "pronoun it")
        last = self.context.last_org
        if last is None:
            return None
        return _standing_for(last, head, "pronoun it")

    def _pronoun(self, head: Token) -> Actor | None:
        person = None
        objective = head.lower_ in {"him", "her"} and head.dep_ in {"dobj", "dative", "pobj"}
        speaker = None if objective else self._reporter(head, people=True)
        if speaker is not None:  # "Kenya's president said he would withdraw the bill"
            return _standing_for(speaker, head, "pronoun: the one who says it")
        subject = self._clause_subject(head) if objective else None  # "Starmer promised him": not Starmer
        candidates: list[Actor] = []
        for i in range(head.i - 1, self.sent.start - 1, -1):
            m = self.by_token.get(i)
            if m is not None and isinstance(m.entry, ActorEntry) and m.entry.kind == "person":
                found = self.resolve_one(self.sent.doc[m.end - 1])
                if found is not None and found not in candidates:
                    candidates.append(found)
        topic = self.context.last_subject  # "Modi spoke with Dissanayake. He offered ...": Modi
        if (not candidates and topic is not None and head.dep_ == "nsubj" and head.lower_ in {"he", "she"}
                and (head.i == self.sent.start or head.head.i == self.sent.root.i)):  # "..., he warned"
            candidates.append(topic)
        candidates += [p for p in reversed(self.context.recent_people) if p not in candidates]
        if subject is not None:
            person = next((p for p in candidates if p.code != subject.code), None)
        elif candidates:
            person = candidates[0]
        person = person or (None if subject is not None else self.context.last_person)
        official = self.context.last_official
        if person is None and not candidates and official is not None and (
                subject is None or official.code != subject.code):
            return _standing_for(official, head, "pronoun: the official named last")
        if person is None:
            return None
        return Actor(person.code, person.name, head.text, head.i, "person",
                     (*person.sources, "pronoun"))

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
