"""Verb events: a verb trigger's source from the parse (subject, passive by-agent, the attack a
passive happened in, a crowd, an event noun as subject), its target from the pattern's slots
(else parties.py's fallback search), then the code refined by what the clause says (intent or
threat, a violent protest, a deployment to help, aid carried) and the cases that are no event."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from coder.actors import ArticleContext, SentenceActors
from coder.clauses import (
    FUTURE_AUX,
    MODALS,
    NAMING_VERBS,
    VERB_POS,
    Features,
    _agents,
    _aux_in,
    _cargo,
    _conditions,
    _mutual,
    _passive_targets,
    _pobjs,
    _promised,
    _purpose,
    _slot_tokens,
    subject_of,
)
from coder.intent import Intents
from coder.noun_events import NOUN_TARGET_PREPS, NounEvents
from coder.parties import (
    OWN_FORCE_TYPES,
    SELF_PASSIVE_TYPES,
    STATE_SECTORS,
    Parties,
    _split_subjects,
    _the_state_of,
)
from coder.targets import FORCE_SECTORS, TARGET_PLACE_PREPS, _abroad, _others, _own_forces
from coder.triggers import _best
from coder.types import NON_STATE_COUNTRIES, Actor, Event, Pattern, Trace, Words

RELIEF_CODES = frozenset({"070", "073"})  # aid a vehicle that arrives carrying it brings
PEOPLE_WORDS = frozenset({"people", "person", "resident", "citizen", "local", "villager", "inhabitant"})
FLIGHT = frozenset({"flee", "escape"})  # travels on from these are no visit
GATHERINGS = frozenset({"gather", "assemble", "converge"})  # a protest only when protesters gather
PROTEST_AIMS = frozenset({"protest", "demonstrate", "denounce", "condemn", "demand", "oppose", "decry",
                          "press", "call", "urge", "voice", "rally", "chant"})  # or gather to do one of these
MUTUAL_INTENTS = frozenset({"030", "031", "032", "036", "037"})  # ties, cooperation, talks: with each other
UNILATERAL = frozenset({"unilateral", "unilaterally", "one-sided"})
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})  # unnamed targets are victims where it happens
PRAISE_CODES = frozenset({"050", "051"})  # praise or cooperation: with no one named, a statement
MATERIAL_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "COOPERATE", "RETREAT",
                            "CONCEDE", "PROTEST"})  # acts done, not said


@dataclass
class _VerbDraft:
    """A verb event as its steps decide it: the pattern (its code refined step by step), the PLOVER
    type of the trigger's own pattern, the sources, the slot tokens the target is looked for in, the
    rule trace so far, the tokens the event uses up, the targets; and what later steps read: the
    country an attack struck, the event noun that is the subject, "each"/"each other"."""

    pattern: Pattern
    ptype: str | None
    sources: list[Actor]
    slot_tokens: list[Token]
    how: str
    used: set[int]
    targets: list[Actor] = field(default_factory=list)
    struck: str | None = None  # the country an attack a passive event happened in struck
    noun_subject: Token | None = None  # "Israeli air strikes killed ...": the subject is an event
    mutual: str | None = None


WORKING_SECTORS = frozenset({"LAB", "MED", "EDU", "AGR"})  # who strike by stopping work


class VerbEvents(NounEvents, Parties, Intents):
    """Codes the events of verb triggers."""

    def _verb_events(self, verb: Token, pattern: Pattern, feats: Features, sent: Span, index: int,
                     actors: SentenceActors, context: ArticleContext,
                     traces: list[Trace]) -> tuple[list[Event], set[int]]:
        """The events of a verb trigger, decided in steps: whether the verb tells an act at all
        (_not_done), its sources (_verb_sources), its targets (_verb_targets), who does it after all
        (_verb_doers), then its code refined by what the clause says (_refine_code, _no_threat,
        _help_or_cargo), each of which can still find it is no event. Returns the events and the
        tokens they use up (a noun trigger among them is no event of its own)."""
        used: set[int] = {t.i for t in feats.objs}
        pattern = self._claim_of_another(verb, pattern, feats, actors, traces)
        ptype = self.lexicon.cameo[pattern.code].plover_type
        if self._not_done(verb, pattern, ptype, sent, traces):
            return [], used
        bought = self._company_bought(verb, actors)
        if bought is not None:  # "Gold Fields agreed to buy Canada's Osisko Mining": a takeover, no politics
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: an agreement to buy "
                                                   f"a company ('{bought.text}'), business, not coded"))
            return [], used
        d = self._verb_sources(verb, pattern, ptype, feats, sent, actors, context, used)
        self._verb_targets(verb, feats, sent, actors, context, d)
        self._verb_doers(verb, feats, sent, actors, d)
        # "hailed 'an important moment'", "praising her poetic prose": praise of no one; not "welcomed the
        # resolution" (its authors'), nor "Manila and Washington deepen their alliance" (each other's)
        mutual = d.pattern.recip and len({a.country for a in d.sources}) >= 2
        if not d.targets and d.pattern.code in PRAISE_CODES and not mutual:
            praised = self.words.act_references | self.words.endorsed_texts
            if not any(o.lemma_.lower() in praised for o in feats.objs):
                traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: praise of no one "
                                                       "named and of no one's act, a statement; not coded"))
                return [], d.used
        if (not d.targets and verb.lemma_.lower() in NAMING_VERBS
                and self.lexicon.cameo[d.pattern.code].plover_type == "ACCUSE"
                and (_denial(verb, self.words)
                     or any(c.dep_ in {"dobj", "obj"} and c.pos_ == "PRON" for c in verb.children))):
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a name given to an "
                                                   "act of no one named, or to what is denied; not coded"))
            return [], d.used  # "launched drills around Taiwan, calling them a stern warning", "denied
            # its troops were fighting alongside M23, calling the allegations baseless"
        if (self._refine_code(verb, feats, d, traces) or self._no_threat(verb, actors, d, traces)
                or self._help_or_cargo(verb, actors, d, traces)):
            return [], d.used
        events = self._emit(verb, d.pattern, d.sources, d.targets, sent, index, actors, context, traces,
                            d.how)
        talks = self._mediated_talks(verb, d.pattern, d.slot_tokens, d.targets, sent, index, actors, context,
                                     traces)
        talks += self._mediators(verb, d.pattern, [*d.sources, *d.targets], sent, index, actors, context,
                                 traces) if events else []
        return events + talks, d.used

    def _claim_of_another(self, verb: Token, pattern: Pattern, feats: Features, actors: SentenceActors,
                          traces: list[Trace]) -> Pattern:
        """A denial (016) that rejects a claim someone made is a rejection of that one (120): "Nigeria
        rejected Trump's claim that ...", "Greece dismissed Turkish claims"; "denied reports of ..." and
        "rejected the allegation" stay denials."""
        if (pattern.code != "016" or "120" not in self.lexicon.cameo
                or verb.lemma_.lower() not in self.words.claim_rebuttals):
            return pattern
        for claim in (o for o in feats.objs if o.lemma_.lower() in self.words.claims_made):
            owners = [c for c in claim.children if (c.dep_ == "poss" or (
                c.dep_ in {"amod", "compound"} and actors.resolve(c))) and c.pos_ != "PRON"]
            if owners:
                why = f"'{owners[0].text}'s {claim.text}' rejected: a rejection of its maker, 120"
                traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: {why}"))
                return replace(pattern, code="120")
        return pattern

    def _not_done(self, verb: Token, pattern: Pattern, ptype: str | None, sent: Span,
                  traces: list[Trace]) -> bool:
        """Step 1: the verb tells no act to code (True, with a trace): a gathering to mourn, the aim
        of a noun, what a demand asks for, deaths in an accident, a natural disaster."""
        if ptype == "MOBILIZE" and verb.lemma_.lower() in self.words.stationed_verbs and any(
                c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: forces that are "
                                                   "stationed somewhere, a state, not a move"))
            return True  # "About 28,500 American troops are stationed in South Korea"
        if pattern.code.startswith("042") and verb.dep_ == "conj" and verb.head.lemma_.lower() in FLIGHT:
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a flight on from "
                                                   f"'{verb.head.text}', no visit"))
            return True  # "fled to the Maldives on Wednesday and flew on to Singapore"
        mourned = next((c for c in verb.children if ptype == "PROTEST" and _purpose(c)
                        and c.lemma_.lower() in self.words.gathering_aims), None)
        if mourned is not None:  # "marched in Belgrade to mourn the victims": a march of mourning
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a gathering to "
                                                   f"'{mourned.text}', no protest"))
            return True
        subject = subject_of(verb, self.words) if ptype == "PROTEST" else None
        crowd = [subject, *_pobjs(subject, {"of"})] if subject is not None else []
        mourners = next((t for t in crowd if t.lemma_.lower() in self.words.gathering_people), None)
        if mourners is not None and not any(c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PROTEST_AIMS
                                            for c in verb.children):  # "Mourners marched through Tehran"
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a march of "
                                                   f"'{mourners.text}', no protest"))
            return True
        if _aim_of_a_noun(verb):  # "Ukraine's bid to join the EU", "a plan to disarm Hezbollah"
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: the aim of "
                                                   f"'{verb.head.text}', not coded"))
            return True
        asked = self._asked_for(verb)
        if asked is not None:  # "a Russian demand that it withdraw its forces"
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: what "
                                                   f"'{asked.text}' asks for, not done"))
            return True
        if (ptype == "ASSAULT" and verb.dep_ in {"advcl", "conj", "xcomp"}
                and verb.head.lemma_.lower() in self.words.accident_verbs):  # "crashed ..., killing 241"
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: deaths in an accident "
                                                   f"('{verb.head.text}'), not coded"))
            return True
        before = verb.doc[verb.i - 1] if verb.i > sent.start else verb
        nature = [t for t in (before, *(c for c in verb.children if c.dep_ in {"nsubj", "agent"}),
                              *(o for c in verb.children if c.dep_ == "agent" for o in c.children))
                  if t.lemma_.lower() in self.words.disasters]
        if ptype in VICTIM_TYPES and nature:  # "a day after a magnitude 7.3 earthquake struck Vanuatu"
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a natural disaster "
                                                   f"('{nature[0].text}'), not coded"))
            return True
        backing = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lower_ in self.words.backers
        if ptype == "SUPPORT" and backing and any(  # "M23 rebels backed by Rwanda", "candidates
                c.dep_ == "agent" for c in verb.children):
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: who backs whom, told "
                                                   f"to name '{verb.head.text}', no event"))
            return True  # backed by jailed former premier Imran Khan": a description, not an act
        if (ptype == "ASSAULT" and verb.dep_ == "acl" and verb.tag_ == "VBG"  # "to reinforce the
                and verb.head.dep_ in {"dobj", "obj", "pobj"}):  # multinational mission fighting gangs"
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: what "
                                                   f"'{verb.head.text}' does, told to name it, not coded"))
            return True
        if self._names_own_act(verb, ptype):  # "began exercises around Taiwan, calling them punishment"
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: what the doer calls "
                                                   f"its own act, no judgement of another"))
            return True
        launch = ptype == "ASSAULT" and verb.lemma_.lower() in self.words.launches
        space = next((t for t in verb.subtree if t.lemma_.lower() in self.words.space_words),
                     None) if launch else None
        if space is not None:
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a launch into space "
                                                   f"('{space.text}'), no attack"))
            return True  # "launched a rocket carrying its lander towards the moon"
        return False

    def _company_bought(self, verb: Token, actors: SentenceActors) -> Token | None:
        """The company an agreement or plan is to buy: the object of "buy", "acquire" or "purchase"
        under the verb is a name no dictionary knows ("Osisko Mining") or a company noun ("chemicals
        maker Covestro", "a stake in ..."). "agreed to buy Apache helicopters" stays a deal."""
        for comp in verb.children:
            if comp.dep_ != "xcomp" or comp.lemma_.lower() not in self.words.buying_verbs:
                continue
            for obj in (c for c in comp.children if c.dep_ in {"dobj", "obj"}):
                unknown = obj.pos_ == "PROPN" and obj.i not in actors.by_token
                if unknown or obj.lemma_.lower() in self.words.company_nouns:
                    return obj
        return None

    def _head_struck(self, verb: Token, actors: SentenceActors, sources: list[Actor]) -> str | None:
        """The country of another party the clause a participle hangs on acts on: "burst through
        Israel's border fence from Gaza, killing about 1,200 people" → ISR, where the victims are."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG":
            return None
        slots = [c for c in verb.head.children if c.dep_ in {"dobj", "obj"}]
        slots += [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ not in {"from", "by", "with"}
                  for o in p.children if o.dep_ == "pobj"]
        found = self.targets.deep_targets(slots, actors, sources)
        return found[0].country if found else None

    def _names_own_act(self, verb: Token, ptype: str | None) -> bool:
        """A participle naming "it" or "them" after a material act of the same subject names that
        act: "China began exercises around Taiwan, calling them strong punishment" judges no one."""
        if ptype not in {"ACCUSE", "SUPPORT"} or verb.lemma_.lower() not in NAMING_VERBS or (
                verb.tag_ != "VBG"):
            return False
        if verb.dep_ != "advcl" or not any(c.dep_ in {"dobj", "obj"} and c.lower_ in {"it", "them"}
                                           for c in verb.children):
            return False
        done = self._pattern_of(verb.head, "verb")
        if done is None or self.lexicon.cameo[done.code].plover_type not in MATERIAL_TYPES:
            return False
        objs = [c for c in verb.head.children if c.dep_ in {"dobj", "obj"}]  # "began two days of exercises":
        acts = [*objs, *(o for obj in objs for o in _pobjs(obj, {"of"}))]  # the act, not "withdraw from
        return any(a.lemma_.lower() in self.lexicon.noun_patterns for a in acts)  # the ICC, calling it ..."

    def _verb_sources(self, verb: Token, pattern: Pattern, ptype: str | None, feats: Features, sent: Span,
                      actors: SentenceActors, context: ArticleContext, used: set[int]) -> _VerbDraft:
        """Step 2: who does it. A passive's by-agent, else the attack it happened in, else (a
        deployment) its subject; an active verb's subject, else the people where a protest happens,
        else the event noun that is the subject, else who claimed responsibility for an attack. Also
        the slots the target is looked for in, and the country an attack struck."""
        struck: str | None = None  # the country an attack a passive event happened in struck
        noun_subject: Token | None = None  # "Israeli air strikes killed ...": the subject is an event
        if feats.passive:
            sources = [a for t in _agents(verb) for a in actors.resolve(t)]
            slot_tokens = [t for t in _passive_targets(verb)  # "Iranian drones were launched at Israel":
                           if t.lemma_.lower() not in self.words.arriving_arms]  # what is fired is no target
            slot_tokens += _slot_tokens(verb, pattern.tgt, feats, default=())
            how = "passive: by-agent is the source"
            attack = self._attack_in(verb) if ptype in VICTIM_TYPES else None
            if not sources and not _agents(verb) and attack is not None:
                sources = self._noun_sources(attack, actors)  # "was killed in an Israeli air strike on
                how = f"passive: '{attack.text}', the attack it happened in, is the source"  # Beirut"
                struck = self._struck(attack, sent)  # the victims are where the attack struck
            if not sources and not _agents(verb) and ptype in SELF_PASSIVE_TYPES:
                # "riot police were deployed", "the army was placed on alert": they did it
                sources = [a for t in _passive_targets(verb) for a in actors.resolve(t)]
                slot_tokens = _slot_tokens(verb, pattern.tgt, feats, default=())
                how = "passive with no agent: the subject deploys itself"
        else:
            subject = subject_of(verb, self.words)
            sources = actors.resolve(subject) if subject is not None else []
            if subject is not None and subject.lemma_.lower() in self.lexicon.noun_patterns:
                sources = [self._armed(subject, a, actors) for a in sources]  # "A Myanmar military strike"
            if subject is not None and not sources[1:]:  # "X and Y signed" parsed as two subjects
                sources += [a for t in _split_subjects(subject) for a in actors.resolve(t)]
            if (not sources and ptype == "AID" and subject is not None
                    and subject.lemma_.lower() in self.words.transports):
                sources = actors.resolve_target(subject)  # "Jordanian and Emirati aircraft dropped food
                # parcels": the vehicles' countries (not "Chinese aircraft crossed the median line")
            slot_tokens = _slot_tokens(verb, pattern.tgt, feats, default=("dobj",))
            how = f"subject '{subject.text}'" if subject is not None else "no subject"
            if (subject is None and ptype == "PROTEST" and verb.tag_ == "VBG"
                    and verb.dep_ in {"nsubj", "ROOT"}):
                sources = self._crowd(verb, actors, context)  # "Rioting raged for a fifth night in ..."
                how = "a protest with no one named: the people where it happens"
            crowd = subject is not None and subject.lemma_.lower() in self.words.crowd_words and all(
                o.lemma_.lower() in PEOPLE_WORDS for o in _pobjs(subject, {"of"}))  # "thousands of people"
            if not sources and ptype == "PROTEST" and crowd and subject is not None:  # "Thousands marched
                # in Tbilisi": the people where it happens
                sources = self._crowd(verb, actors, context)
                how = f"subject '{subject.text}', a crowd: the people where it happens"
            if not sources and subject is not None and subject.lemma_.lower() in self.lexicon.noun_patterns:
                noun_subject = subject
                sources = self._noun_sources(subject, actors)
                how = f"subject '{subject.text}', an event noun: its own source"
            unnamed = all(a.kind == "agent" and a.sector == "UAF" for a in sources)  # "a suicide bomber"
            claimers = self._claimers(sent, actors) if ptype in VICTIM_TYPES and unnamed else []
            if claimers:  # "A bomb exploded ..., killing two Chinese nationals, and the Baloch Liberation
                sources = claimers  # Army claimed responsibility"
                how += "; the one who claimed responsibility"
            attack = verb.head if verb.dep_ == "relcl" and ptype in VICTIM_TYPES else None
            if attack is not None and self._pattern_of(attack, "noun") is not None:  # "the strike on Sumy
                struck = self._struck(attack, sent)  # that killed 35 people": the victims are where it struck
            if subject is not None and sources:
                used.add(subject.i)  # "A car bomb exploded ..., killing five": one attack, the verb's
        return _VerbDraft(pattern, ptype, sources, slot_tokens, how, used, struck=struck,
                          noun_subject=noun_subject)

    def _verb_targets(self, verb: Token, feats: Features, sent: Span, actors: SentenceActors,
                      context: ArticleContext, d: _VerbDraft) -> None:
        """Step 3: whom it is aimed at. "Each other" and a treaty signed by several make the parties
        each other's target; a demand after a summons is of the one summoned; else the first slot
        naming someone other than the sources (not their own forces), else the fallback search
        (parties.py); a release is demanded from the state that holds them; an event noun subject's
        own target."""
        pattern, ptype, sources, slot_tokens, how = d.pattern, d.ptype, d.sources, d.slot_tokens, d.how
        used, struck, noun_subject = d.used, d.struck, d.noun_subject
        targets: list[Actor] = []
        victims = (struck or _abroad(actors, sources[0]) or self._head_struck(verb, actors, sources)
                   ) if ptype in VICTIM_TYPES and sources else None
        own = ptype in OWN_FORCE_TYPES
        several = len({a.code[:3] for a in sources}) >= 2 and not feats.passive
        mutual = _mutual(verb, self.words) if several else None
        if mutual == "each other":  # "accused each other", "expelled each other's diplomats"
            pattern, slot_tokens = replace(pattern, recip=True), []
            how += "; 'each other': the parties are each other's target"
        elif several and pattern.code.startswith("057") and not pattern.recip:
            pattern = replace(pattern, recip=True)  # "Kyrgyzstan and Tajikistan ratified a treaty"
            how += "; signed by two countries or more: each other's party"
        summoned = self._summoned(verb, actors, sources) if ptype == "REQUEST" else []
        if summoned:  # "summoned the Afghan charge d'affaires and demanded action against militants": of him
            targets, slot_tokens = summoned, []
            how += "; demanded of the one summoned"
        for tok in slot_tokens:  # "recalled its ambassador": Spain's own envoy is no target
            doers = [a for o in _pobjs(tok, {"of"}) for a in actors.resolve(o)] if (
                ptype in {"ACCUSE", "REJECT"} and tok.lemma_.lower() in self.lexicon.noun_patterns
                and not any(c.dep_ in {"poss", "compound", "amod"} and actors.resolve(c)  # "the US boycott of
                            for c in tok.children)) else []  # the G20 summit": the US's
            found = _others(doers  # "denounced the visit of US House Speaker Nancy Pelosi to Taiwan": hers
                            or actors.resolve_target(tok, self.targets.default_country(tok, sources, victims))
                            or self.targets.participants(tok, actors, context), sources)
            if own:  # "sent troops": the source's own forces, not a target
                found = [a for a in found if not _own_forces(a, sources)]
            used.add(tok.i)
            if found:
                targets = found
                break
        inner = [t for tok in slot_tokens for t in tok.subtree if t.dep_ == "nsubj" and t.head.i != verb.i]
        if not targets and inner and verb.lemma_.lower() in self.words.declaring_verbs:  # "declared all
            found = _others([a for t in inner for a in actors.resolve_target(t)], sources)  # American and
            if found:  # British interests legitimate targets": the small clause the parser hung on the name
                targets = found
        for obj in [*slot_tokens, *feats.objs]:  # "hosted talks between Iran and the US": theirs too
            if self.targets.between_parties(obj, actors, context):
                used.discard(obj.i)
        if (not targets and several and not pattern.recip and ptype in MATERIAL_TYPES
                and any(c.dep_ == "poss" and c.lower_ == "their" for o in feats.objs for c in o.children)):
            pattern = replace(pattern, recip=True)  # "Venezuela and Colombia reopened their shared border":
            how += "; what is theirs together: each other's target"  # each to the other
        partners = pattern.recip and len({a.code for a in sources}) >= 2  # each other's targets, also two
        # parties of one state ("Ethiopia's government and Tigrayan forces agreed to a cessation of
        # hostilities after African Union-led talks": not with the AU)
        if not targets and not partners:
            targets, found_how = self._fallback_targets(verb, pattern, ptype, feats, sent, actors, context,
                                                        sources, slot_tokens, used, victims)
            if own:  # "Kyiv withdrew its troops": its own forces, not a target
                targets = [a for a in targets if not _own_forces(a, sources)]
            how += found_how if targets else ""
        held = actors.place_country  # "demanded the release of Gershkovich, who is detained in Russia"
        if (pattern.code.startswith("1053") and held and sources and (
                all(t.country != held and t.sector not in STATE_SECTORS for t in targets) if targets
                else held not in {a.country for a in sources})):  # or held with no one named
            targets = _the_state_of(targets[0] if targets else sources[0], verb, actors)
            how += "; a release is demanded from the state that holds them"
        if not targets and ptype in {"AID", "AGREE"}:  # "sent firefighting aircraft to help Turkey battle
            # wildfires"; "offered to lead a police force to help Haiti fight armed gangs"
            offered = [verb, *(c for c in verb.children if c.dep_ == "xcomp")] if ptype == "AGREE" else [verb]
            helped = [c for v in offered for h in v.children if h.dep_ in {"advcl", "xcomp"}
                      and h.lemma_.lower() in self.words.help_verbs
                      for c in h.children if c.dep_ in {"dobj", "ccomp", "xcomp", "dative"}]
            promised = [r for o in feats.objs for r in o.children if r.dep_ == "relcl"]  # "delivered the
            targets = self.targets.deep_targets(helped, actors, sources) or _others(  # last of the jets it
                [a for r in promised for t in _pobjs(r, {"to"}) for a in actors.resolve(t)], sources)
            # promised to Ukraine"
        if not targets and ptype in {"REJECT", "ACCUSE", "SUPPORT"}:  # "rejected the port deal
            makers = [c for o in feats.objs for r in o.children if r.dep_ == "relcl"  # Ethiopia signed"
                      for c in r.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            targets = _others([a for m in makers for a in actors.resolve(m)], sources)
            how += f"; the maker of what it is aimed at: '{makers[0].text}'" if targets else ""
        if not targets and noun_subject is not None:  # "strikes on Khan Younis killed ..."
            objs = _pobjs(noun_subject, NOUN_TARGET_PREPS)
            targets = [a for o in objs for a in actors.resolve(o)] or self.targets.place_targets(objs, sent)
        home = {a.country for a in sources}
        if ptype in {"CONCEDE", "RETREAT"} and any(t.country not in home for t in targets):
            targets = [t for t in targets  # "Hamas will free all remaining living hostages" to Israel:
                       if not (t.country in home and "article's main country" in t.sources)]  # not to its own
        d.pattern, d.targets, d.slot_tokens, d.how, d.mutual = pattern, targets, slot_tokens, how, mutual

    def _verb_doers(self, verb: Token, feats: Features, sent: Span, actors: SentenceActors,
                    d: _VerbDraft) -> None:
        """Step 4: the source once the target is known. A passive with no agent is done by the state
        (arrests, bans, charges) or, an extradition, by the state that reports sending; a pattern's
        src= names the giver or the reporter as source, the subject becoming the target; "each" with
        no other target makes the parties each other's."""
        pattern, ptype, sources, targets, how = d.pattern, d.ptype, d.sources, d.targets, d.how
        mutual = d.mutual
        if (feats.passive and not sources and not _agents(verb) and targets
                and verb.dep_ not in {"acl", "relcl"}  # "jailed Americans", "who had been arrested"
                and not pattern.code.startswith("174")  # a deportation is by a foreign state
                and self._by_the_state(verb, pattern, ptype, actors, targets[0])):
            sources = _the_state_of(targets[0], verb, actors)  # "was detained", "was charged with"
            how = "passive with no agent: the authorities of the target's country"
        if (feats.passive and not sources and not _agents(verb) and targets
                and verb.dep_ not in {"acl", "relcl"} and pattern.code[:3] in {"161", "174"}):
            left = [t for w, t in feats.preps if w in {"from", "of"} and t is not None]  # "45 Russian
            hosts = [a for t in left for a in actors.resolve(t)  # diplomats were expelled from Moldova",
                     if a.kind in {"country", "metonym"}  # "ordered out of Moldova": the state they leave
                     and a.country not in {t.country for t in targets}]
            if hosts:
                sources, how = hosts[:1], "passive with no agent: the state they are expelled from"
        if feats.passive and not sources and not _agents(verb) and pattern.code.startswith("063"):
            receivers = {t.country for t in targets}
            sender = [a for a in self._reporters(sent, actors) if a.country not in receivers]
            if sender:  # "... was extradited to Brazil on Friday, Bolivian police said": Bolivia sent him
                sources, how = sender[:1], "passive with no agent: the state that reports sending"
        if pattern.src == ("reporter",):  # "Thailand's army said Cambodia was responsible for the blast"
            givers = self._sayers(verb, sent, actors)
            targets = _others(sources, givers)
            sources = givers if targets else []
            how = "the one who says it is the source, the subject the target"
        elif pattern.src and not feats.passive:  # "Haiti received vehicles from Canada"
            givers = [a for t in _slot_tokens(verb, pattern.src, feats, default=())
                      for a in actors.resolve(t)]
            if givers:
                sources, targets = givers, _others(sources, givers)
                how = f"the giver in {'|'.join(pattern.src)} is the source, the subject the target"
                move = verb.head if verb.dep_ == "relcl" else None
                if not targets and move is not None and move.lemma_.lower() in self.words.act_references:
                    # "suspended university education ..., a move that drew condemnation from the US"
                    act = next((a for a in move.ancestors if a.pos_ in VERB_POS and a.dep_ != "prep"), None)
                    doer = subject_of(act, self.words) if act is not None else None
                    targets = _others(actors.resolve(doer), givers) if doer is not None else []
                    how += "; the move's maker" if targets else ""
        if mutual == "each" and not targets:  # "Russia and Ukraine each freed 390 soldiers"
            pattern = replace(pattern, recip=True)
            how += "; 'each' with no other target: the parties are each other's target"
        subject = subject_of(verb, self.words) if not sources and ptype == "ASSAULT" and targets else None
        if (subject is not None and not feats.passive and subject.lemma_.lower() in self.words.lone_attackers
                and subject.tag_ == "NN" and targets[0].kind in {"person", "agent"}):  # "A gunman shot
            # Slovak Prime Minister Robert Fico": a lone attacker of the country of the one attacked
            sources = [Actor(targets[0].country + "UAF", targets[0].name, subject.text, subject.i, "agent",
                             ("an attacker of no country named: the one attacked's",))]
            how = f"subject '{subject.text}', of no country named: the country of the one attacked"
        d.pattern, d.sources, d.targets, d.how = pattern, sources, targets, how

    def _refine_code(self, verb: Token, feats: Features, d: _VerbDraft, traces: list[Trace]) -> bool:
        """Step 5: the code by what the clause says: future or promised, an intent or a threat; a
        gathering not of protesters is no protest (True, with a trace); force used by protesters is
        a violent protest; an intent of two states to no one else is to each other; one side's
        offer, threat or promise is not reciprocal."""
        pattern, ptype, sources, targets, how = d.pattern, d.ptype, d.sources, d.targets, d.how
        if (pattern.code[:2] == "19" and verb.lemma_.lower() == "strike" and "143" in self.lexicon.cameo
                and sources and all(a.code[3:6] in WORKING_SECTORS for a in sources)
                and not any(c.dep_ in {"dobj", "obj"} for c in verb.children)):
            pattern = replace(pattern, code="143")  # "Nigerian doctors struck over unpaid wages", "unions
            how += "; workers who strike: a labour strike, 143"  # will strike next Thursday"
        pattern, how = self._as_intent(verb, pattern, how)
        if (pattern.code == "051" and verb.lemma_.lower() in self.words.welcoming_verbs and targets
                and "043" in self.lexicon.cameo and all(t.kind == "person" and any(
                    c.i == t.head and c.dep_ in {"dobj", "obj"} and c.pos_ == "PROPN" for c in verb.children)
                    for t in targets)):
            pattern = replace(pattern, code="043", recip=True)  # "welcomed Vladimir Putin in Ulaanbaatar":
            how += "; a leader welcomed: hosting a visit, 043"  # a visit received, not praise
        if (pattern.code == "010" and targets and "130" in self.lexicon.cameo
                and verb.lemma_.lower() in self.words.warning_verbs
                and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                                  for m in c.children) for c in verb.children)):
            pattern = replace(pattern, code="130")  # "warned South Korea of a 'horrible disaster' if
            how += "; a warning to someone, on a condition: a threat, 130"  # drones were spotted again"
        voiced = any(_purpose(c) and c.lemma_.lower() in PROTEST_AIMS for c in verb.children)  # "gathered
        if (pattern.code == "141" and verb.lemma_.lower() in GATHERINGS and not voiced  # ... to protest"
                and not (sources and all(self._protesting(a, verb.doc) for a in sources))):
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a gathering, not "
                                                   "of protesters: no protest"))
            return True
        if (ptype == "ASSAULT" and sources and "145" in self.lexicon.cameo
                and all(a.kind == "agent" and verb.doc[a.head].lemma_.lower() in self.words.protesters
                        for a in sources)):
            pattern = replace(pattern, code="145")  # "Protesters stormed the parliament building in
            how += "; force used by protesters: a violent protest, 145"  # Nairobi"
        if (pattern.code == "145" and sources and "170" in self.lexicon.cameo
                and all(a.code[3:6] in FORCE_SECTORS for a in sources)):
            pattern = replace(pattern, code="170")  # "Ecuadorian police stormed the Mexican embassy": a
            how += "; stormed by a state force: a raid (coercion), 170, no riot"  # raid, not a riot
        rivals = len({a.code for a in sources}) >= 2 and any(a.code[3:6] in {"REB", "UAF"} for a in sources)
        if (not targets and not pattern.recip and (len({a.country for a in sources}) >= 2 or rivals)
                and pattern.code[:3] in MUTUAL_INTENTS):
            pattern = replace(pattern, recip=True)  # "Russia and China pledged to deepen their strategic
            how += "; promised by two parties to no one else: to each other"  # partnership"; "Congo's
            # government and the M23 signed a declaration, committing to a permanent ceasefire"
        home = {a.country for a in sources}
        threat = self.lexicon.cameo[pattern.code].plover_type == "THREATEN"  # as coded now
        with_party = any(w == "with" and t is not None for w, t in feats.preps)  # "reached an agreement
        # with Sri Lanka": the party may hang on the agreement
        one_side = ((verb.lemma_.lower() in self.words.agree_heads | self.words.declaring_verbs
                     and len(home) == 1 and not with_party)  # "EU leaders agreed to open talks with
                    # Ukraine", "Putin declared a 30-hour Easter ceasefire in Ukraine"
                    or any(w.lower_ in UNILATERAL for t in [verb, *feats.objs] for w in t.children))
        # "declared a unilateral ceasefire": the declarer's alone
        promised = (pattern.code[:2] == "03" and len(home) == 1  # "Trump said he would meet Xi": his
                    and not (verb.lemma_.lower() in self.words.agree_heads  # intent; "agreed with Ukraine to
                             and with_party))  # exchange prisoners" is both sides
        if pattern.recip and targets and (threat or one_side or promised or (
                verb.dep_ == "xcomp" and verb.head.lemma_.lower() in (
                    self.words.promise_heads | self.words.raising_heads))):  # "offered to work with both"
            pattern = replace(pattern, recip=False)  # one offer or threat, the speaker's
        d.pattern, d.how = pattern, how
        return False

    def _no_threat(self, verb: Token, actors: SentenceActors, d: _VerbDraft, traces: list[Trace]) -> bool:
        """Step 6: a warning that is no threat (True, with a trace): what is warned of is a present
        fact, or what another party will do."""
        pattern = d.pattern
        home = {a.country for a in d.sources}
        threat = self.lexicon.cameo[pattern.code].plover_type == "THREATEN"  # as coded now
        warned = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if (threat and warned is not None
                and verb.lemma_.lower() in self.words.warning_verbs and not _conditions(verb, self.words)
                and not _aux_in(warned, FUTURE_AUX | MODALS | {"ca", "wo", "can"})):
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a warning that "
                                                   f"'{warned.text}' is no threat, not coded"))
            return True  # "warned that the disease was spreading", "that leaders were drifting"
        told = subject_of(warned, self.words) if threat and warned is not None else None
        others = [a for a in actors.resolve(told) if a.country not in home] \
            if told is not None and told.pos_ != "PRON" else []  # "warned Finland that it would respond"
        if told is not None and _own_side(told, actors, home):
            others = []  # "warned that otherwise the army would resume fighting": the speaker's own army
        conditional = told is not None and any(c.dep_ == "det" and c.lower_ == "any" for c in told.children)
        if (others and verb.lemma_.lower() in self.words.warning_verbs and not conditional  # "warned that any
                # U.S. intervention would cause irreparable damage": a threat to the one who might act
                and warned is not None and warned.lemma_.lower() not in self.words.warned_fates):
            traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: a warning of what "
                                                   f"'{others[0].text}' will do: no threat"))
            return True  # "commanders warned that Islamic State could regroup"
        return False

    def _help_or_cargo(self, verb: Token, actors: SentenceActors, d: _VerbDraft, traces: list[Trace]) -> bool:
        """Step 7: a deployment to help another state is military protection (or its intent); a
        vehicle arriving with aid brings that aid; forces arriving are no visit (True, with a trace)
        unless they come to help; a threat whose targets are all its own side's is aimed at the one
        its conditions name."""
        pattern, sources, targets, how = d.pattern, d.sources, d.targets, d.how
        home = {a.country for a in sources}  # the sources and the code as steps 5 and 6 left them
        threat = self.lexicon.cameo[pattern.code].plover_type == "THREATEN"
        offered = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.words.offer_heads
        if (self.lexicon.cameo[pattern.code].plover_type == "MOBILIZE"  # still one after the intent step
                and any(t.country not in home for t in targets)
                and (offered or self._to_help(verb, actors, home))):  # "was ready to station a brigade
            # permanently in Lithuania": troops offered to another state are its protection
            promised = offered or _promised(verb, self.words)
            code = "0334" if promised else "074"  # "will send engineers to help Lithuania", police
            if code in self.lexicon.cameo:
                pattern = replace(pattern, code=code)
                how += (f"; a {'promised ' if promised else ''}deployment to help another state: "
                        f"{'intent ' if promised else 'military protection '}{code}")
        aid = self._carried_aid(verb) if pattern.code.startswith("042") else None
        if aid is not None:  # "a New Zealand air force plane carrying relief supplies landed in Port Vila"
            pattern, how = replace(pattern, code=aid.code), how + f"; carrying aid ({aid.source}): {aid.code}"
            subject = subject_of(verb, self.words)
            if not sources and subject is not None:  # "A Saudi relief plane carrying tents ... landed":
                sources = actors.resolve_target(subject)  # the vehicle's country sends it
                how += "; the vehicle's country" if sources else ""
        if (pattern.code.startswith("042") and sources and "073" in self.lexicon.cameo
                and all(a.code[3:6] == "MED" for a in sources)
                and targets and all(t.code[:3] not in home for t in targets)):
            pattern = replace(pattern, code="073")  # "Turkish rescue teams arrived in Myanmar", "a
            how += "; rescuers or medics arriving abroad: humanitarian aid, 073"  # Chinese medical team"
        if pattern.code.startswith("042") and sources and all(self._forces(a, actors) for a in sources):
            if not self._to_help(verb, actors) or "074" not in self.lexicon.cameo:  # arriving troops
                abroad = [t for t in targets if t.country not in home | NON_STATE_COUNTRIES]
                if abroad and "154" in self.lexicon.cameo and not _promised(verb, self.words):
                    pattern = replace(pattern, code="154")  # "Russian warships arrived in Havana": deployed
                    how += "; forces arriving abroad: a deployment, 154"
                    d.pattern, d.sources, d.targets, d.how = pattern, sources, abroad, how
                    return False
                traces.append(Trace(verb.i, verb.text, f"{pattern.source} {pattern.code}: forces arriving "
                                                       "are no visit, not coded"))
                return True
            pattern = replace(pattern, code="074")  # "Kenyan police arrived in Haiti to help fight gangs"
            how += "; forces arriving to help: military protection, 074"
        if threat and all(t.code[:3] in home for t in targets):
            # "warned that North Korea would respond with force if South Korean drones entered": KOR
            conditions = [a for t in _conditions(verb, self.words) for a in actors.resolve_target(t)]
            targets = _others(conditions, sources) or self._struck_by_own(verb, actors, home) or targets
        d.pattern, d.sources, d.targets, d.how = pattern, sources, targets, how
        return False

    def _struck_by_own(self, verb: Token, actors: SentenceActors, home: set[str]) -> list[Actor]:
        """Where a warning says the speaker's own forces would strike: "warned that otherwise the
        army would resume intense fighting in Gaza" is a threat to Gaza's country."""
        warned = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        told = subject_of(warned, self.words) if warned is not None else None
        if warned is None or told is None or not _own_side(told, actors, home):
            return []
        acts = [warned, *(c for c in warned.children if c.dep_ in {"dobj", "obj"})]
        return self.targets.place_targets([p for a in acts for p in _pobjs(a, TARGET_PLACE_PREPS)],
                                          verb.sent, avoid=home)

    def _mediated_talks(self, verb: Token, pattern: Pattern, slots: list[Token], parties: list[Actor],
                        sent: Span, index: int, actors: SentenceActors, context: ArticleContext,
                        traces: list[Trace]) -> list[Event]:
        """Talks mediated or brokered between parties are the parties' consultation as well:
        "agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey" → PAK ↔ AFG."""
        hosted = verb.lemma_.lower() == "host" and verb.dep_ == "acl"  # "agreed to a ceasefire at talks
        # hosted by Malaysian Prime Minister Anwar Ibrahim": the talks are the parties' own
        if (not (pattern.code.startswith("045") or hosted) or len({a.country for a in parties}) < 2
                or verb.tag_ not in {"VBD", "VBN"}):  # held: "mediated by"; not "trying to mediate talks"
            return []
        for tok in [*slots, *([verb.head] if hosted else [])]:
            talks = self._plain_noun_pattern(tok.lemma_.lower(), "04")  # "talks", not "phone talks"
            if talks is not None:
                how = f"talks that '{verb.text}' names: the parties' own"
                return self._emit(tok, replace(talks, recip=True), parties, [], sent, index, actors,
                                  context, traces, how)
        return []

    def _mediators(self, verb: Token, pattern: Pattern, parties: list[Actor], sent: Span, index: int,
                   actors: SentenceActors, context: ArticleContext, traces: list[Trace]) -> list[Event]:
        """The mediators talks were held under are consulting each party: "held talks in Jeddah
        under US and Saudi mediation" → USA and SAU to each side."""
        if not pattern.code.startswith("04") or not parties:
            return []
        for first in _pobjs(verb, {"under", "with"}):
            noun, mediation = next(((c, p) for c in (first, *first.conjuncts)
                                    if (p := self._plain_noun_pattern(c.lemma_.lower(), "045")) is not None),
                                   (None, None))
            if noun is None or mediation is None:
                continue
            named = [c for m in noun.children if m.dep_ in {"amod", "compound", "poss"}
                     for c in (m, *m.conjuncts)]
            named += [c for c in (first, *first.conjuncts) if c is not noun]  # "under US and Saudi mediation"
            mediators = _others([a for c in named for a in actors.resolve_target(c)], parties)
            sides = list({a.country: a for a in reversed(parties)}.values())[::-1]  # each side's country once
            if mediators:
                how = f"mediators of the talks '{verb.text}' tells ('{noun.text}'): to each side"
                return self._emit(noun, replace(mediation, recip=False), mediators, sides, sent, index,
                                  actors, context, traces, how)
        return []

    def _asked_for(self, verb: Token) -> Token | None:
        """The demand, request or proposal noun whose clause this verb is in, up through
        complements: "a Russian demand that it withdraw", "a proposal that would have required the
        group to disarm"."""
        node = verb
        for _ in range(4):
            if node.dep_ in {"acl", "relcl", "ccomp"} and node.head.lemma_.lower() in self.words.demand_nouns:
                return node.head
            if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _carried_aid(self, verb: Token) -> Pattern | None:
        """The aid pattern of what the arriving subject carries: "a plane carrying relief supplies
        landed", also when the parser makes "carrying" the subject itself."""
        cargo: list[Token] = []
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in self.words.arriving_arms:  # "Britain's first Challenger 2 tanks
                arms = _best(self.lexicon.verb_patterns.get("deliver", ()), Features(objs=[subject]))
                if arms is not None and arms.code[:3] == "072":  # have arrived in Ukraine": delivered
                    return arms
            if subject.lemma_.lower() in self.words.carrying:
                cargo += [o for c in subject.children if c.dep_ in {"dobj", "obj"} for o in (c, *c.conjuncts)]
            cargo += _cargo(subject, self.words)
        cargo += [o for t in list(cargo) if t.lemma_.lower() in self.words.quantity_objects
                  for o in _pobjs(t, {"of"})]  # "carrying 15 tonnes of tents, blankets and medicines"
        cargo += [c for t in list(cargo) for c in t.conjuncts]
        for tok in cargo:
            found = self._pattern_of(tok, "noun")
            if found is not None and found.code[:3] in RELIEF_CODES:
                return found
        delivered = _best(self.lexicon.verb_patterns.get("deliver", ()), Features(objs=cargo))
        if delivered is not None and delivered.code[:3] in RELIEF_CODES:
            return delivered  # what delivering the cargo would be: "tents, blankets and medicines"
        if delivered is not None and delivered.code[:3] == "072" and any(  # "military planes carrying
                c.dep_ == "nsubj" and c.lemma_.lower() in self.words.transports for c in verb.children):
            return delivered  # weapons and ammunition landed in Mogadishu": an arms delivery
        return None  # a warship carrying missiles that arrives brings no aid


def _denial(verb: Token, words: Words) -> bool:
    """A participle of a denial, also hung on the clause denied: "denied its troops were fighting
    alongside M23, calling the allegations baseless"."""
    denying = words.claim_rebuttals | {"deny"}
    return verb.dep_ == "advcl" and any(h.lemma_.lower() in denying for h in (verb.head, verb.head.head))


def _aim_of_a_noun(verb: Token) -> bool:
    """An infinitive that says what a noun aims at is not done: "Ukraine's bid to join the EU",
    "a plan to disarm Hezbollah" (spaCy makes "the first leader to visit Kyiv" a relcl, so it
    is not caught here)."""
    return verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_side(told: Token, actors: SentenceActors, home: set[str]) -> bool:
    """The ones a warning says will act are the speaker's own: of its country, or forces named
    with no country of their own ("warned that otherwise the army would resume fighting")."""
    found = actors.resolve(told)
    if found and all(a.country in home for a in found):
        return True
    return bool(found) and all(a.kind == "agent" for a in found) and not any(
        c.dep_ in {"amod", "compound", "poss"} and actors.resolve_one(c) is not None for c in told.children)
