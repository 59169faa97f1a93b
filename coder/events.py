"""Events: trigger words matched against verb and noun patterns; source and target from the
parse (subject/object, passive agent, prepositional objects, coordination, reported speech,
negation). One sentence in, a list of Events out, with a trace of every decision.

This module keeps the sentence-level orchestration (EventFinder.find: questions and sports reports,
the pattern of each trigger, what is nested under what, joint action, protesters acted on, the
merges). The stages it builds on, each importing only from those before it:
triggers.py (trigger words and their patterns) -> rows.py (an event's rows) -> intent.py (intent
and threat) -> noun_events.py (noun triggers) -> parties.py (a verb event's other parties and its
fallback target) -> verb_events.py (verb triggers) -> events.py."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from coder.actors import ArticleContext, SentenceActors
from coder.clauses import (
    FUTURE_AUX,
    VERB_POS,
    Features,
    _aux_in,
    _blocker,
    _conditional,
    _hypothetical,
    _meeting_clause,
    _modal,
    _pobjs,
    _promised,
    _sport,
    is_negated,
    subject_of,
)
from coder.intent import INTENT_CODES
from coder.lexicon import Lexicon
from coder.merge import (
    RECIPIENT_REQUIRED,
    _consultations,
    _dedupe,
    _one_event_with_its_participle,
    _with_recipients,
)
from coder.rows import _unique
from coder.targets import FORCE_SECTORS
from coder.types import Event, Pattern, Trace
from coder.verb_events import MATERIAL_TYPES, VerbEvents

MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})  # agreed to: the measure is taken
PLACE_PREPS_FOR_AGENTS = frozenset({"in", "at", "near", "inside", "outside", "across", "of", "into"})
SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})  # what they tell is not told as done
WHILE_PREPS = frozenset({"during", "amid"})  # an act at the same time as another, not nested in it
CONFLICT_ROOTS = frozenset({"16", "17", "18", "19", "20"})  # on a condition, a possible one is a threat


@dataclass
class SentenceResult:
    events: list[Event]
    traces: list[Trace]


class EventFinder(VerbEvents):
    """Finds the events of one sentence; holds nothing but the compiled dictionaries."""

    def find(self, sent: Span, index: int, actors: SentenceActors,
             context: ArticleContext) -> SentenceResult:
        traces: list[Trace] = []
        if sent.text.strip().endswith("?"):
            return SentenceResult([], [Trace(sent.start, sent.text[:40], "a question: no events")])
        sport = _sport(sent, self.words)
        if sport is not None:
            return SentenceResult([], [Trace(sport.i, sport.text, "a sports report: no events")])
        actors.place_country = self._sentence_place(sent, actors)
        triggers = self._triggers(sent, actors)
        chosen = {i: self._choose(tok, kind, sent) for i, (tok, kind) in triggers.items()}
        for i, (tok, kind) in triggers.items():  # "launched a drone strike on X": the noun's code
            verb, feats = chosen[i]
            if kind != "verb" or verb is None:
                continue
            carried = self._carried_compound(tok, feats, triggers, chosen)
            if carried is not None and carried.code != verb.code and not verb.code.startswith("057") \
                    and not any(values for _, values in verb.preps):  # "held the trade agreement in
                # abeyance": the verb's own words say what was done with it
                # signing is the event whatever is signed: "signed a ceasefire agreement" (SUPPORT)
                more = replace(verb, code=carried.code, source=f"{verb.source} + {carried.source}")
                chosen[i] = (more, feats)
                traces.append(Trace(i, tok.text, f"carries '{' '.join(carried.words)}': its code "
                                                 f"{carried.code} is more specific than {verb.code}"))
        decided = self._decided_measures(triggers, chosen)  # "agreed to ban imports of Russian gas"
        blocking = {i for i, (pattern, feats) in chosen.items()
                    if ((pattern is not None and pattern.code[:2] != "01")
                        or (pattern is None and feats.negated)) and i not in decided}
        said = frozenset(i for i in blocking if (p := chosen[i][0]) is not None  # accusations, demands,
                         and self.lexicon.cameo[p.code].plover_type in SAID_TYPES)  # threats, refusals
        consumed: set[int] = set()
        events: list[Event] = []
        for i, (tok, kind) in sorted(triggers.items(), key=lambda kv: (kv[1][1] != "verb", kv[0])):
            pattern, feats = chosen[i]
            if kind == "noun" and i in consumed:
                traces.append(Trace(i, tok.text, "noun trigger used as a slot of a verb event"))
                continue
            blocker = _blocker(tok, blocking, self.words, said)
            if (blocker is not None and kind == "noun" and blocker.i == tok.head.i
                    and not _promised(blocker, self.words) and _consults(chosen.get(blocker.i))
                    and tok.dep_ in {"dobj", "obj"} and self.targets.between_parties(tok, actors, context)
                    and not self._only_promised(blocker, blocking, said)):
                blocker = None  # "hosted talks between Iran and the US": the talks are the parties' own;
                # not "postponed", "rejected", "proposed" or "demanded talks between X and Y", nor
                # "agreed to open membership talks with Ukraine" (the opening is agreed to, not done)
            if (blocker is not None and kind == "noun" and pattern is not None and tok.dep_ == "pobj"
                    and tok.head.lower_ in WHILE_PREPS and tok.head.head.i == blocker.i
                    and _other_act(pattern, chosen.get(blocker.i), self.lexicon)):
                blocker = None  # "drones that entered its airspace during a Russian attack on Ukraine": an
                # act of its own, at the same time
            if (blocker is not None and kind == "noun" and pattern is not None
                    and self._talks_abroad(tok, pattern, blocker, actors)):
                blocker = None  # "flew to Muscat for indirect talks with US envoy Witkoff": the talks
                # the trip was for are held, with their own party
            clause = _meeting_clause(tok, pattern) if kind == "noun" and pattern is not None else None
            if blocker is not None and clause is not None and not is_negated(clause) \
                    and not _modal(clause) and not _hypothetical(clause) and not _aux_in(clause, FUTURE_AUX):
                blocker = None  # "ready to accept the plan after talks with US officials": talks held
            if (blocker is not None and blocker.i == tok.i and kind == "verb" and pattern is not None
                    and not pattern.neg and pattern.code[:2] in CONFLICT_ROOTS
                    and _conditional(tok, self.words) and self._says_of_itself(tok, actors)):
                blocker = None  # "could use force if the soldiers refused": a threat (intent.py), not a
                # possibility only
            if (blocker is not None and kind == "verb" and pattern is not None and tok.tag_ == "VBG"
                    and (tok.dep_ == "acl"
                         or (tok.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in tok.children)))
                    and self.lexicon.cameo[pattern.code].plover_type == "PROTEST"):
                blocker = None  # "fired tear gas at thousands of farmers marching on New Delhi": the
                # march goes on as they are fired at
            if pattern is None:
                why = "negated, no negated pattern" if feats.negated else "no pattern's conditions hold"
                traces.append(Trace(i, tok.text, f"trigger '{tok.lemma_}': {why}"))
                continue
            if blocker is not None:
                traces.append(Trace(i, tok.text, f"{pattern.source} {pattern.code}: nested under "
                                                 f"'{blocker.text}', not coded"))
                continue
            if i in decided:
                traces.append(Trace(i, tok.text, f"{pattern.source} {pattern.code}: agreed to "
                                                 f"'{decided[i].text}', a measure: the measure is the event"))
                continue
            build = self._verb_events if kind == "verb" else self._noun_events
            found, used = build(tok, pattern, feats, sent, index, actors, context, traces)
            consumed.update(used)
            events.extend(found)
        for i, measure in decided.items():  # "Brazil and Paraguay agreed to raise the tariff for power":
            if any(e.trigger == measure.i and (e.target is not None or self.lexicon.cameo[e.cameo].plover_type
                                               not in RECIPIENT_REQUIRED) for e in events):  # a measure
                continue  # against no one; the agreement is the event
            tok = triggers[i][0]
            pattern, feats = chosen[i]
            if pattern is None or _blocker(tok, blocking - {i}, self.words, said) is not None:
                continue
            traces.append(Trace(i, tok.text, f"{pattern.source} {pattern.code}: the measure agreed to "
                                             f"('{measure.text}') is not coded; the agreement is, between "
                                             "its parties"))
            found, _ = self._verb_events(tok, pattern, feats, sent, index, actors, context, traces)
            events.extend(e for e in found if e.target is not None)  # between parties, not "OPEC+ agreed to
            if any(e.target is None for e in found):  # raise output"
                traces.append(Trace(i, tok.text, f"{pattern.source} {pattern.code}: an agreement with no "
                                                 "party named, not coded"))
        events = self._not_yet(events, context, traces)
        events = self._joint_events(sent, index, actors, context, events, traces)
        events += self._protest_acted_on(sent, index, actors, context, events, traces)
        events = _one_event_with_its_participle(sent, events, traces, self.lexicon.cameo)
        events = _consultations(_dedupe(events, traces), traces)
        return SentenceResult(_with_recipients(events, traces, self.lexicon.cameo), traces)

    def _not_yet(self, events: list[Event], context: ArticleContext, traces: list[Trace]) -> list[Event]:
        """A protest the sentence sets for a later day than the article's has not been held:
        "unions have called a nationwide day of strikes for next Thursday" is no protest yet."""
        kept = []
        for e in events:
            if (e.date.source == "sentence" and e.date.day > context.date
                    and self.lexicon.cameo[e.cameo].plover_type == "PROTEST"):
                traces.append(Trace(e.trigger, e.trigger_text, f"a protest set for {e.date.day}, after the "
                                                               "article's date: not held yet, not coded"))
                continue
            kept.append(e)
        return kept

    def _says_of_itself(self, verb: Token, actors: SentenceActors) -> bool:
        """The clause is said or warned by the one who would act ("ECOWAS said it could use force",
        "Putin warned that Moscow could use nuclear weapons"), not a forecast by others ("analysts
        say China could blockade Taiwan")."""
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        saying = clause.head
        saying_verbs = self.words.report_verbs | self.words.warning_verbs
        if clause.dep_ != "ccomp" or saying.lemma_.lower() not in saying_verbs:
            return False
        speaker, subject = subject_of(saying, self.words), subject_of(verb, self.words)
        said_by = actors.resolve_one(speaker) if speaker is not None else None
        actor = actors.resolve_one(subject) if subject is not None else None
        return said_by is not None and actor is not None and said_by.country == actor.country

    def _only_promised(self, verb: Token, blocking: set[int], said: frozenset[int]) -> bool:
        """The verb is agreed to, offered or proposed, not done: "agreed to open membership talks",
        "offered on Friday to host peace talks" (the parser may hang it as a purpose)."""
        outer = _blocker(verb, blocking, self.words, said)
        heads = self.words.agree_heads | self.words.promise_heads | self.words.proposal_heads
        return outer is not None and outer.lemma_.lower() in heads

    def _forces_move(self, verb: Token, actors: SentenceActors) -> bool:
        """The one who goes into a place is an armed force or moves one ("tanks pushed into")."""
        subject = subject_of(verb, self.words) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is None:
            return False
        goers = [subject, *subject.conjuncts, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
        return any(a.sector in FORCE_SECTORS for g in goers for a in actors.resolve(g)) or any(
            g.lemma_.lower() in self.words.force_objects | self.words.force_movers for g in goers)

    def _talks_abroad(self, talks: Token, pattern: Pattern, trip: Token, actors: SentenceActors) -> bool:
        """The talks a trip (CAMEO 042, 043) was made for are held with someone of another
        country than the one travelled to ("flew to Muscat for talks with US envoy Witkoff");
        talks with the host ("travelled to Beijing for talks with Xi") are the visit itself, and
        a trip to come, denied or supposed holds no talks yet."""
        if pattern.code[:2] != "04" or talks.head.head.i != trip.i or self._trip_of(talks) is None:
            return False
        if is_negated(trip) or _modal(trip) or _hypothetical(trip) or _promised(trip, self.words):
            return False
        partners = {a.code[:3] for p in _pobjs(talks, {"with"}) for a in actors.resolve(p)}
        places = _pobjs(trip, {"to", "in"}) + [c for c in trip.children if c.dep_ in {"dobj", "obj"}]
        visited = {a.code[:3] for p in places for a in actors.resolve(p)}
        return bool(partners - visited)

    def _decided_measures(self, triggers: dict[int, tuple[Token, str]],
                          chosen: dict[int, tuple[Pattern | None, Features]]) -> dict[int, Token]:
        """Agreeing to take a measure against someone is taking it: "EU governments agreed to ban
        imports of Russian gas" is the ban (SANCTION), not an agreement with Russia. A deployment
        agreed to is an agreement ("Mexico agreed to send 10,000 troops to its border with the United
        States"). By the agree verb's index, the measure it agreed to."""
        decided: dict[int, Token] = {}
        for i, (tok, kind) in triggers.items():
            pattern = chosen[i][0]
            if kind != "verb" or pattern is None or tok.lemma_.lower() not in self.words.agree_heads:
                continue
            for comp in (c for c in tok.children if c.dep_ == "xcomp"):
                inner = chosen[comp.i][0] if comp.i in chosen else None
                ptype = self.lexicon.cameo[inner.code].plover_type if inner is not None else None
                if ptype in MEASURE_TYPES and not _aux_in(comp, FUTURE_AUX):
                    decided[i] = comp
        return decided

    def _protest_acted_on(self, sent: Span, index: int, actors: SentenceActors, context: ArticleContext,
                          events: list[Event], traces: list[Trace]) -> list[Event]:
        """Protesters an event falls on were protesting: "police used water cannon to disperse
        protesters" is also their PROTEST, against the authorities where it happens (one row,
        unless the sentence already codes a protest by them)."""
        protest = self._plain_noun_pattern("protest", "141")  # demonstrate or rally
        if protest is None:
            return []
        for e in events:
            if e.target is None or self.lexicon.cameo[e.cameo].plover_type not in {"ASSAULT", "COERCE"}:
                continue
            head = self._group_member(sent.doc[e.target.head])  # "thousands of protesters"
            country = e.target.country
            if head.lemma_.lower() not in self.words.protesters or any(
                    self.lexicon.cameo[o.cameo].plover_type == "PROTEST" and o.source.country == country
                    for o in events):
                continue
            return self._emit(head, protest, [e.target], [], sent, index, actors, context, traces,
                              f"protesters that '{e.trigger_text}' fell on: their protest")
        return []

    def _joint_events(self, sent: Span, index: int, actors: SentenceActors, context: ArticleContext,
                      events: list[Event], traces: list[Trace]) -> list[Event]:
        """"Indian and British warships held joint exercises", "X and Y jointly dismantled",
        "X trained alongside Y": doing something together is material cooperation between
        the partners (CAMEO 062 when forces are involved, else 060), whatever the verb codes
        alone; the verb's own event stays when it has a target ("jointly attacked ISIS")."""
        for verb in (t for t in sent if t.pos_ in VERB_POS):
            objects = [c for c in verb.children if c.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}]
            objects += _pobjs(verb, {"in", "during", "as"})  # "in a joint operation"
            objects += [p for o in objects if o.lemma_.lower() in self.words.quantity_objects
                        for p in _pobjs(o, {"of"})]  # "wrapped up two weeks of joint exercises"
            shared = [o for o in objects  # "a joint raid", "bilateral talks"; not "in a joint statement"
                      if any(g.lemma_.lower() in self.words.joint_words and g.dep_ == "amod"
                             for g in o.children) and o.lemma_.lower() not in self.words.joint_statements]
            joint = (any(c.lemma_.lower() in {"jointly", "together"} for c in verb.children)
                     or any(self._plain_noun_pattern(o.lemma_.lower(), "04") is None  # not "held
                            for o in shared)  # bilateral talks"
                     or any(o.dep_ in {"dobj", "obj", "pobj"} and o.lemma_.lower() in self.words.force_objects
                            for o in objects))  # two states' troops "began the exercise", "sank a
            # decommissioned warship in a live-fire drill"
            partners = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"alongside", "with"}
                        for p in c.children if p.dep_ == "pobj"
                        ] if verb.lemma_.lower() in self.words.joint_verbs else []
            partners += [p for o in shared for p in _pobjs(o, {"with"})]  # "arrested him in a joint
            # operation with UN investigators"
            subject = subject_of(verb, self.words)
            acts = [e for e in events if e.trigger == verb.i  # enforcement together, on a third party:
                    and self.lexicon.cameo[e.cameo].plover_type is not None]
            enforcing = (acts and all(  # "French and Moroccan police dismantled a network, arresting 23
                self.lexicon.cameo[e.cameo].plover_type == "COERCE" and not e.pattern.recip for e in acts)
            ) or (not acts and verb.lemma_.lower() in self.words.seizing_verbs) or (  # people"; drugs seized
                acts and all(self.lexicon.cameo[e.cameo].plover_type == "ASSAULT" and e.target is None
                             for e in acts))  # "Troops from the Philippines and the United States fired
            # missiles at a decommissioned ship": two states' forces firing at no one train together
            if subject is not None and not (joint or partners) and enforcing:
                crew = actors.resolve(subject)
                joint = (len({a.code[:3] for a in crew}) >= 2
                         and all(a.code[3:] in FORCE_SECTORS for a in crew))
            if subject is None or not (joint or partners) or verb.lemma_.lower() in self.words.report_verbs:
                continue  # "the two governments said in a joint statement": a statement
            parties = _unique(actors.resolve(subject)
                              + [a for p in partners for a in actors.resolve_target(p)])
            if len({a.code[:3] for a in parties}) < 2:
                continue
            forces = any(a.code[3:] in FORCE_SECTORS for a in parties) or any(
                o.lemma_.lower() in self.words.force_objects for o in objects)
            code = "062" if forces else "060"
            how = "done jointly: the partners cooperate"
            clause = verb
            while clause.dep_ == "conj" and clause.head.i != clause.i:  # "agreed to exchange prisoners and
                clause = clause.head  # to take steps": the second complement is agreed to as well
            if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in (
                    self.words.agree_heads | self.words.promise_heads | self.words.raising_heads):
                continue  # "agreed to set up a joint commission", "offered to work with": the verb's
            if _promised(verb, self.words):  # "will hold joint patrols"
                code, how = INTENT_CODES["COOPERATE"], how + "; future or promised: intent"
            pattern = Pattern(code=code, words=(verb.lemma_.lower(),), kind="verb", recip=True,
                              source="rule:joint")
            events = [e for e in events if not (e.trigger == verb.i and (
                e.target is None or self.lexicon.cameo[e.cameo].plover_type in {"MOBILIZE", "COOPERATE"}))]
            events += self._emit(verb, pattern, parties, [], sent, index, actors, context, traces, how)
        return events

    def _sentence_place(self, sent: Span, actors: SentenceActors) -> str | None:
        """The country of the first place the sentence puts something in ("in Maiduguri", "in
        Nigeria's Kebbi state"), else of the one who reports it ("..., Haitian police said")."""
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS_FOR_AGENTS:
                if tok.head.lower_ == "into" and self._forces_move(tok.head.head, actors):
                    continue  # "Israeli tanks pushed deeper into Gaza City": the place entered is not theirs
                hit = self.gazetteer.place_at(sent, tok)
                if hit is not None and hit[0].kind != "waters":  # a sea is no one's place
                    return hit[0].country
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                country = actors.resolve_one(owner) if owner is not None else None
                if country is not None and country.kind == "country":
                    return country.code[:3]
        for verb in sent:
            if verb.lemma_.lower() in self.words.report_verbs and verb.pos_ == "VERB":
                speaker = subject_of(verb, self.words)
                found = actors.resolve_one(speaker) if speaker is not None else None
                if (found is not None and found.code[:3] and found.kind in {"country", "agent", "metonym"}
                        and "the dateline's" not in found.sources):  # "DUBAI (Reuters) - ..., a monitoring
                    return found.code[:3]  # group said": a reporter known only by the dateline is no place
        return None


def _consults(choice: tuple[Pattern | None, Features] | None) -> bool:
    """The verb is itself a meeting act (hosts, brokers, attends the talks it governs), so the talks
    it carries took place; a verb of any other kind ("postponed", "proposed") keeps them unheld."""
    return choice is not None and choice[0] is not None and choice[0].code.startswith("04")


def _other_act(pattern: Pattern, choice: tuple[Pattern | None, Features] | None, lexicon: Lexicon) -> bool:
    """The trigger is an act done (an attack, a deployment, aid), not one said (an accusation, a
    demand, a threat), and of another type than `pattern`'s, so an act told beside it is not nested
    in it ("set fire to a police station during protests" is one protest)."""
    if choice is None or choice[0] is None:
        return False
    done = lexicon.cameo[choice[0].code].plover_type
    return done in MATERIAL_TYPES and done != lexicon.cameo[pattern.code].plover_type
