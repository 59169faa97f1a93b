"""Noun events: an event noun's own source (its possessor, its by-agent, its own actor word, who
holds the meeting it is a circumstance of, the subject of the support verb that carries it) and
target (its prepositional slots, a place, an actor deep inside them); a protest no one is named
for is the people's where it happens."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from coder.actors import ArticleContext, SentenceActors
from coder.clauses import Features, _agents, _meeting_clause, _pobjs, is_negated, subject_of
from coder.intent import INTENT_CODES
from coder.rows import Rows
from coder.targets import FORCE_SECTORS, _others
from coder.types import NON_STATE_COUNTRIES, Actor, AgentEntry, Event, Pattern, Trace

NOUN_TARGET_PREPS = ("against", "on", "with", "at", "toward", "towards", "between")
MEETING_TARGET_PREPS = ("with", "between")  # "talks with Egyptian officials on the Gaza ceasefire": "on"
# names what a meeting is about, not who it is held with
BLOC_COUNTRIES = frozenset({"IGO", "UNO", "EUR"})  # organisations of states, whose summits they are
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class NounEvents(Rows):
    """Codes the events of noun triggers."""

    def _noun_events(self, noun: Token, pattern: Pattern, feats: Features, sent: Span, index: int,
                     actors: SentenceActors, context: ArticleContext,
                     traces: list[Trace]) -> tuple[list[Event], set[int]]:
        nature = next((c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}
                       and c.lemma_.lower() in self.words.disasters), None)
        if nature is not None:  # "Lightning strikes sparked dozens of new wildfires"
            traces.append(Trace(noun.i, noun.text, f"{pattern.source} {pattern.code}: a natural disaster "
                                                   f"('{nature.text}'), not coded"))
            return [], set()
        market = next((t for t in noun.subtree if t.lemma_.lower() in self.words.economy_heads), None) if (
            self.lexicon.cameo[pattern.code].plover_type == "PROTEST") else None
        if market is not None:
            traces.append(Trace(noun.i, noun.text, f"{pattern.source} {pattern.code}: a market's "
                                                   f"('{market.text}'), no protest"))
            return [], set()  # "a record-breaking rally driven by chip-related stocks", "a rally in the
            # naira"
        sources = self._noun_sources(noun, actors, pattern)
        ready = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
        if (not sources and ready is not None and ready.dep_ == "acomp"
                and ready.lemma_.lower() in self.words.promise_heads | {"open"}):
            holder = next((c for c in ready.head.children if c.dep_ == "nsubj"), None)
            code = INTENT_CODES.get(self.lexicon.cameo[pattern.code].plover_type or "")
            if holder is not None and code in self.lexicon.cameo:  # "Iran signalled it was open to talks
                sources = actors.resolve(holder)  # with the United States": an intent to meet
                pattern = replace(pattern, code=code, recip=False)  # one side's openness
        between = [a for _, t in feats.preps if _ == "between" and t is not None
                   for a in actors.resolve(t)]
        if not between and pattern.recip:  # "hosted the first round of talks between Iran and the US"
            between = [a for inner in _pobjs(noun, {"of"}) for t in _pobjs(inner, {"between"})
                       for a in actors.resolve(t)]
        if not between and pattern.recip and noun.dep_ in {"nsubj", "nsubjpass"}:  # "fighting broke out in
            between = [a for t in _pobjs(noun.head, {"between"}) for a in actors.resolve(t)]  # Khartoum
            # between Sudan's army and the RSF", "talks were held between X and Y"
        targets: list[Actor] = []
        preps = pattern.tgt or (MEETING_TARGET_PREPS if pattern.code[:2] == "04" and pattern.recip
                                else NOUN_TARGET_PREPS)
        for prep in preps:
            if prep == "poss":
                targets = [a for c in noun.children if c.dep_ == "poss" for a in actors.resolve(c)]
            else:
                targets = [a for w, t in feats.preps if w == prep and t is not None and prep != "between"
                           for a in actors.resolve_target(t, self.targets.default_country(t, sources))]
            if targets:
                break
        slots = [t for w, t in feats.preps if t is not None and w in preps
                 and w != "between"]
        partners = pattern.recip and len({a.country for a in sources}) >= 2  # each other's targets
        if not targets and not partners:
            targets = self.targets.place_targets(slots, sent)
        if not targets and not between and not partners:  # "a strike against the government's reforms"
            targets = self.targets.deep_targets(slots, actors, sources)
        how = "noun"
        clause = _meeting_clause(noun, pattern)
        if clause is not None and is_negated(clause):  # "No Russian officials took part in the summit"
            traces.append(Trace(noun.i, noun.text, f"{pattern.source} {pattern.code}: a meeting in a "
                                                   f"negated clause ('{clause.text}'), not coded"))
            return [], set()
        if clause is not None and not between and not partners and sources and all(
                a.country in BLOC_COUNTRIES for a in sources) and any(
                c.dep_ in {"poss", "compound"} for c in noun.children):  # "said during the bloc's summit"
            traces.append(Trace(noun.i, noun.text, f"{pattern.source} {pattern.code}: an organisation's "
                                                   "own meeting as a circumstance, no counterpart named, "
                                                   "not coded"))
            return [], set()
        if clause is not None and not between and not partners:
            subject = subject_of(clause, self.words)
            holders = actors.resolve(subject) if subject is not None else []
            how = f"a meeting as a circumstance of '{clause.text}'"
            if not sources and pattern.code.startswith("042"):  # "said during a visit to Kyiv": the speaker's
                sources, how = holders, how + ": the visit of its subject"
            if pattern.code.startswith("042") and holders and not _others(sources, holders):
                objs = [c for c in clause.children if c.dep_ in {"dobj", "dative"}]
                objs += _pobjs(clause, {"on", "to", "with"}) + [p for o in objs for p in _pobjs(o, {"on"})]
                guests = _others([a for o in objs for a in actors.resolve(o)], holders)
                if guests and all(t.country in {a.country for a in holders} for t in targets):
                    sources, targets = guests, targets or holders  # "an honour on Modi during a visit"
                    how += ": a visit to the subject's country, by its guest"
            if not targets and len({a.country for a in sources}) >= 2:  # "X and Y agreed at a summit"
                pattern = replace(pattern, recip=True)
            elif not targets and not _others(sources, holders):  # the clause's subject held it
                if pattern.code.startswith("041") or clause.lemma_.lower() in self.words.control_verbs:
                    # "told Trump in a phone call", "asked Trump ... during their talks", "apologised to
                    told = [c for c in clause.children if c.dep_ in {"dobj", "dative"}]  # Aliyev in a call"
                    told += _pobjs(clause, {"to", "with"})
                    targets = _others([a for c in told for a in actors.resolve(c)], sources)
            elif not targets:  # "freed 52 prisoners after a visit by a US envoy": Belarus hosted it
                targets = _others(holders, sources)
            if sources and all(t.country in {a.country for a in sources} for t in targets) and not (
                    pattern.recip and len({a.country for a in sources}) >= 2):  # "ministers ... at a meeting"
                traces.append(Trace(noun.i, noun.text, f"{pattern.source} {pattern.code}: a meeting "
                                                       "in a circumstance with no counterpart, not coded"))
                return [], set()
        if between:
            sources, targets, how = between, [], "between X and Y"
        if (not sources and not between and self.lexicon.cameo[pattern.code].plover_type == "PROTEST"
                and (noun.is_lower or (noun.i == sent.start and noun.lower_ != "march"))):
            sources = self._crowd(noun, actors, context)  # "protests erupted"; not "sales rose in March"
            how = "a protest with no one named: the people where it happens"
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
        ended = self._ended(noun)  # "talks aimed at ending five days of border clashes": what is to end
        if (not sources and not targets and pattern.recip and context.last_recip and not definite
                and not ended):
            sources, how = list(context.last_recip), "parties of the article's last reciprocal event"
        return self._emit(noun, pattern, sources, targets, sent, index, actors, context, traces,
                          how), set()

    def _ended(self, noun: Token) -> bool:
        """The noun is what a verb of ending is to end ("aimed at ending five days of border
        clashes", "to halt the fighting"): a state of affairs named as background, not an event."""
        node = noun
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ in {"dobj", "obj"}:
            node = node.head.head  # "five days of clashes"
        return node.dep_ in {"dobj", "obj"} and node.head.lemma_.lower() in self.words.ending_verbs

    def _trip_of(self, noun: Token) -> Token | None:
        """The trip (CAMEO 042, 043) a noun is what it was made for: "flew to Muscat for talks"."""
        trip = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if trip is None or trip.pos_ != "VERB":
            return None
        went = self._pattern_of(trip, "verb")
        return trip if went is not None and went.code[:3] in {"042", "043"} else None

    def _armed(self, noun: Token, actor: Actor, actors: SentenceActors) -> Actor:
        """A country's attack named with its force ("A Myanmar military air strike", "Russian navy
        shelling") is that force's: MMRMIL, not the state alone."""
        if actor.sector is not None or actor.kind not in {"country", "metonym"}:
            return actor
        force = next((m.entry for t in noun.subtree if t.i < noun.i and t.dep_ in {"amod", "compound"}
                      for m in [actors.by_token.get(t.i)] if m is not None and isinstance(m.entry, AgentEntry)
                      and m.entry.sector in FORCE_SECTORS), None)
        if force is None:
            return actor
        return Actor(actor.code + force.sector, actor.name, actor.text, actor.head, actor.kind,
                     (*actor.sources, force.source))

    def _crowd(self, trigger: Token, actors: SentenceActors, context: ArticleContext) -> list[Actor]:
        """The people of the place a protest happens in, of the dateline, else of the article's
        main country: "Protests erupted in Lahore" → PAKCVL, "rioting raged in the Paris suburbs"
        → FRACVL."""
        country = actors.place_country or context.dateline_country or context.main_country()
        if country is None or country in NON_STATE_COUNTRIES:
            return []
        name = actors.index.country_names.get(country, country)
        return [Actor(country + "CVL", name, trigger.text, trigger.i, "agent",
                      ("the people where it happens",))]

    def _struck(self, attack: Token, sent: Span) -> str | None:
        """The country of the place an attack noun names as struck ("an air strike on Beirut")."""
        hit = self.targets.place_targets(_pobjs(attack, NOUN_TARGET_PREPS), sent)
        return hit[0].country if hit else None

    def _attack_in(self, verb: Token) -> Token | None:
        """The attack noun after "in" that a passive event happened in: "was killed in an Israeli
        air strike", "were wounded in a Russian missile attack"."""
        for noun in _pobjs(verb, {"in"}):
            found = self._pattern_of(noun, "noun")
            if found is not None and self.lexicon.cameo[found.code].plover_type == "ASSAULT":
                return noun
        return None

    def _noun_sources(self, noun: Token, actors: SentenceActors,
                      pattern: Pattern | None = None) -> list[Actor]:
        for child in noun.children:
            if child.dep_ == "poss":
                owners = actors.resolve(child)
                clause = _meeting_clause(noun, pattern) if pattern is not None and not owners else None
                if clause is None or clause.lemma_.lower() not in self.words.control_verbs:
                    return owners  # "asked Trump to lift sanctions during their talks", "their" with no
                    # "they" before: the asker and the one asked hold them (below)
        for prep in noun.children:
            if prep.dep_ in {"prep", "agent"} and prep.lower_ == "by":
                return [a for o in prep.children if o.dep_ == "pobj" for a in actors.resolve(o)]
        for claimed in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "claim"):
            if _agents(claimed):  # "a suicide bombing near Karachi airport claimed by the Balochistan
                return [a for t in _agents(claimed) for a in actors.resolve(t)]  # Liberation Army"
        own = actors.resolve_one(noun)
        if own is None:
            own = next((a for c in noun.children if c.dep_ in {"amod", "compound"}
                        for a in [actors.resolve_one(c)] if a is not None and a.kind != "metonym"
                        and not (a.kind == "agent" and c.pos_ == "ADJ")), None)  # "a general strike"
        if own is not None:
            return [self._armed(noun, own, actors)]
        clause = _meeting_clause(noun, pattern) if pattern is not None else None
        if clause is not None:  # "said after talks with US officials": the sayer held them
            subject = subject_of(clause, self.words)
            return actors.resolve(subject) if subject is not None else []
        trip = self._trip_of(noun) if pattern is not None and pattern.code[:2] == "04" else None
        if trip is not None:  # "flew to Muscat for talks with US envoy Witkoff": the traveller holds them
            subject = subject_of(trip, self.words)
            return actors.resolve(subject) if subject is not None else []
        carrier = noun.head
        if noun.dep_ in {"dobj", "nsubjpass"} and carrier.lemma_.lower() in self.lexicon.support_verbs:
            if noun.dep_ == "nsubjpass":
                return [a for t in _agents(carrier) for a in actors.resolve(t)]
            subject = subject_of(carrier, self.words)
            return actors.resolve(subject) if subject is not None else []
        return []
