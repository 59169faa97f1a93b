"""Parties of a verb event beyond its own slots: who says or reports it, who claims an attack, the
state that acts when a passive names no one, the one summoned, the other side of a coordinated
concession, whether a deployment helps; and the target looked for in order when the pattern's
slots name no one (_fallback_targets)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from coder.actors import ArticleContext, SentenceActors
from coder.clauses import Features, _judged_act, _pobjs, _purpose, _slot_tokens, features, subject_of
from coder.targets import ANSWER_TYPES, FORCE_SECTORS, _others, _own_forces, _same_actor
from coder.triggers import Triggers
from coder.types import NON_STATE_COUNTRIES, Actor, Pattern

ALLEGING = frozenset({"claim", "allege", "accuse", "charge", "insist", "contend"})  # an adversary's word
YIELDS = frozenset({"CONCEDE", "RETREAT"})
SUMMONS = frozenset({"summon", "call", "tell", "meet", "receive"})  # "summoned X and demanded ...": of X
CLAIM_VERBS = frozenset({"claim", "admit", "accept"})  # "... claimed responsibility": the attacker
OFFERS = frozenset({"AGREE", "SUPPORT"})  # an offer naming no one, after a meeting: to the one met
# A passive with no by-agent: who did it. Deployments and alerts are the subject's own;
# arrests, bans and legal charges are the state's, in the target's own country.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
SELF_PASSIVE_TYPES = frozenset({"MOBILIZE"})
STATE_PASSIVE_TYPES = frozenset({"COERCE"})
# Unnamed forces in these events' slots are the source's own: "sent troops", "withdrew soldiers"
OWN_FORCE_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID", "COOPERATE", "AGREE", "SUPPORT"})
# Where a verb's target is looked for when the pattern's own slots name no actor.
FALLBACK_SLOTS = ("dobj", "against", "on", "with", "to", "toward", "towards", "at", "into", "over", "between")
TOPIC_PREPS = frozenset({"on", "over", "about"})  # what a meeting is about, not who is at it
POSTURE_SLOTS = ("around", "off")  # a show of force aims at: "drills around Taiwan", "ships off Venezuela"
VENUE_TYPES = frozenset({"CONSULT", "SUPPORT", "AGREE"})  # a place in their phrase is where, not who


class Parties(Triggers):
    """Picks the sources and targets of a verb event that its own slots do not give."""

    def _fallback_targets(self, verb: Token, pattern: Pattern, ptype: str | None, feats: Features, sent: Span,
                          actors: SentenceActors, context: ArticleContext, sources: list[Actor],
                          slot_tokens: list[Token], used: set[int], victims: str | None
                          ) -> tuple[list[Actor], str]:
        """The target of a verb event whose own slots name no one, looked for in order: the other
        slots and what the complement acts on, a place, the actors deep in the target phrases, the
        one told, the other side's speaker, the one a warning or reaction answers, the one met
        before an offer (the first and the last steps are _other_slot_targets and _counterpart).
        Returns the targets and what the rule trace should add."""
        head = verb.head.lemma_.lower()
        if _judged_act(verb, self.words) or (  # "in a move the Taliban government called cruel": the doer;
                ptype in ANSWER_TYPES and verb.dep_ == "relcl"  # "after a trial that the U.S. government
                and (head in self.words.act_references or head in self.lexicon.noun_patterns)):  # denounced"
            targets = self.targets.judged_doer(verb, actors, sources)
            if targets:
                return targets, "; the doer of the act it names"
        targets, fallback = self._other_slot_targets(verb, ptype, feats, actors, context, sources,
                                                     slot_tokens, used, victims)
        if not targets and not pattern.code.startswith("125"):  # "snubbed the talks in Geneva": a venue
            home = {a.country for a in sources}  # one source's own place is another's target
            targets = self.targets.place_targets(slot_tokens, sent, home if len(home) == 1 else ())
        if not targets and any(t.dep_ in {"dobj", "obj"} for t in slot_tokens):
            # "struck energy facilities in Kharkiv": a thing hit in another country targets it
            targets = [a for a in self.targets.place_targets([verb], sent)
                       if not sources or a.code[:3] != sources[0].code[:3]]
        if not targets:
            comps = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
            objs = [o for o in feats.objs if o not in slot_tokens and o not in fallback]
            named = {word for word, _ in pattern.preps} if ptype in {"THREATEN", "REQUEST"} else set()
            prep_objs = [t for w, t in feats.preps if t is not None and w in named]  # "warned of a
            # harsh response to any Israeli attack"; "pulled out of the Paris agreement" names no one
            targets = self.targets.deep_targets([*slot_tokens, *fallback, *objs, *comps, *prep_objs],
                                                actors, sources, venue=ptype in VENUE_TYPES
                                                or pattern.code.startswith("125"))
        how = ""
        if not targets:
            targets, how = self._counterpart(verb, pattern, ptype, feats, actors, context, sources,
                                             slot_tokens)
        if pattern.code.startswith("115"):  # "filed a case at the International Court of Justice accusing
            targets = [a for a in targets if a.sector != "JUD"]  # Israel": the court is where, not whom
        return targets, how

    def _other_slot_targets(self, verb: Token, ptype: str | None, feats: Features, actors: SentenceActors,
                            context: ArticleContext, sources: list[Actor], slot_tokens: list[Token],
                            used: set[int], victims: str | None) -> tuple[list[Actor], list[Token]]:
        """The first fallback: the verb's other slots (FALLBACK_SLOTS, a show of force's POSTURE_SLOTS,
        not what a meeting is about), then what its complement or purpose clause acts on; the first
        that names someone other than the sources and their own forces. Returns the targets and the
        tokens looked in."""
        targets: list[Actor] = []
        own = ptype in OWN_FORCE_TYPES
        slots = FALLBACK_SLOTS + (POSTURE_SLOTS if ptype == "MOBILIZE" else ())
        if ptype == "CONSULT":  # "held an emergency summit in Cairo on Gaza": what it is about
            slots = tuple(w for w in slots if w not in TOPIC_PREPS)
        fallback = [t for t in _slot_tokens(verb, slots, feats, default=())
                    if t.i not in used and t not in slot_tokens]
        inner: list[Token] = []
        for comp in (c for c in verb.children if c.dep_ == "xcomp" or _purpose(c)):
            # "threatened to attack X", "sent doctors to help Moldova fight the outbreak"
            inner += _slot_tokens(comp, (*FALLBACK_SLOTS, "ccomp"), features(comp, self.words),
                                  default=())
            inner += [s for x in comp.children if x.dep_ in {"xcomp", "ccomp"}  # "promised to help Bolivia
                      and comp.lemma_.lower() in self.words.help_verbs  # fight the wildfires": the one helped
                      for s in x.children if s.dep_ == "nsubj"]
        fallback += inner
        for tok in fallback:
            found = _others(
                actors.resolve_target(tok, self.targets.default_country(tok, sources, victims))
                or self.targets.participants(tok, actors, context, recent=False), sources)
            if own or tok in inner:  # "agreed to buy 355 Airbus jets", "refused to send Taurus
                # missiles to Ukraine": the source's own jets and missiles, no target
                found = [a for a in found if not _own_forces(a, sources)]
            if found:
                targets = found
                break
        return targets, fallback

    def _counterpart(self, verb: Token, pattern: Pattern, ptype: str | None, feats: Features,
                     actors: SentenceActors, context: ArticleContext, sources: list[Actor],
                     slot_tokens: list[Token]) -> tuple[list[Actor], str]:
        """The last fallbacks, when no phrase of the verb names a target: the one told, the other side
        of a coordinated concession, the other side's speaker, the one a warning or reaction answers,
        the one met before an offer. Returns the targets and what the rule trace should add."""
        how = ""
        targets = self.targets.addressee(verb, actors, sources)  # "told Burkina Faso's leader that Accra
        # would help patrol"
        if not targets and ptype in YIELDS:  # "Israel will withdraw ... and Hezbollah will pull its
            targets = self._other_party(verb, actors, sources)  # fighters back": to each other
            how += "; a concession coordinated with the other side's: to it" if targets else ""
        if not targets and ptype in OFFERS | YIELDS:  # "Hun Manet said Bangkok had
            targets = self.targets.reporting_party(verb, actors, sources)  # promised to return the prisoners"
            how += "; told by the other side: made to it" if targets else ""
        warning = ptype == "THREATEN" and verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if not targets and warning:  # "gave Niger's junta one week ..., warning it
            acted_on = [c for c in verb.head.children if c.dep_ in {"dative", "dobj"}]  # could use force"
            targets = _others([a for t in acted_on for a in actors.resolve(t)], sources)
            how += "; a warning while acting on someone: at them" if targets else ""
        if not targets and sources:  # "Tehran vowed a harsh response": to Israel
            targets = self.targets.answered(verb, ptype, [*slot_tokens, *feats.objs], sources, context,
                                                actors)
            how += "; a reaction: aimed at the one whose act it answers" if targets else ""
        offer = self.lexicon.cameo[pattern.code].plover_type in OFFERS  # after the intent step
        if not targets and sources and offer:
            met = [a for a in context.last_recip if a.country not in {s.country for s in sources}]
            if met and any(_same_actor(a, s) for a in context.last_recip for s in sources):
                targets = met[:1]  # "Modi spoke by telephone with Dissanayake. He offered India's support"
                how += "; an offer after a meeting: to the one met"
        return targets, how

    def _other_party(self, verb: Token, actors: SentenceActors, sources: list[Actor]) -> list[Actor]:
        """The subject of the clause coordinated with this one, when it is another state's."""
        others = [verb.head] if verb.dep_ == "conj" else [c for c in verb.children if c.dep_ == "conj"]
        home = {a.country for a in sources}
        for other in others:
            subject = next((c for c in other.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            found = actors.resolve(subject) if subject is not None else []
            found = [a for a in found if a.country not in home and a.country not in NON_STATE_COUNTRIES]
            if found:
                return found[:1]
        return []

    def _to_help(self, verb: Token, actors: SentenceActors, home: Collection[str] = ()) -> bool:
        """A deployment that helps: its purpose is to help, assist, reinforce ... someone ("to help
        Argentina contain the wildfires", "to help fight the gangs"), or what it sends is police,
        engineers, medics. Reinforcing a thing or people no actor names is the sender's own
        deployment: "to reinforce its border with Syria", "to assist a flotilla of activists", and so is
        reinforcing the sender's own (`home`) forces: "sent soldiers to reinforce border guards"."""
        purposes = [c for c in verb.children if c.dep_ == "xcomp" or _purpose(c)]
        sent = [o for o in verb.children if o.dep_ in {"dobj", "obj"}]
        if not sent:  # "The first contingent of Kenyan police officers landed in Port-au-Prince"
            sent = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *_pobjs(c, {"of"}))]
        sent += [c for o in sent for c in o.conjuncts]
        helped = [p for p in purposes if p.lemma_.lower() in self.words.help_verbs
                  and all(o.i in actors.by_token or o.lemma_.lower() in self.words.helped_bodies
                          for o in p.children if o.dep_ in {"dobj", "obj"})
                  and not (home and (objs := [a for o in p.children if o.dep_ in {"dobj", "obj"}
                                              for a in actors.resolve(o)])
                           and all(a.country in home for a in objs))]
        roles = [t for p in verb.children if p.dep_ == "prep" and p.lower_ in {"as", "for"}
                 for t in p.subtree]
        return bool(helped) or any(o.lemma_.lower() in self.words.help_forces for o in sent) or any(
            t.lemma_.lower() in self.words.help_forces | {"peacekeeping"} for t in roles)  # "send troops to
        # Gaza as part of a peacekeeping force"

    def _summoned(self, verb: Token, actors: SentenceActors, sources: list[Actor]) -> list[Actor]:
        """The one a demand coordinated with a summons or meeting is made of: its object."""
        if verb.dep_ != "conj" or verb.head.lemma_.lower() not in SUMMONS:
            return []
        home = {a.country for a in sources}
        return [a for o in verb.head.children if o.dep_ in {"dobj", "obj"}
                for a in actors.resolve_target(o, None) if a.country not in home]

    def _reporters(self, sent: Span, actors: SentenceActors) -> list[Actor]:
        """Who reports the sentence: the subject of its main verb when that is a verb of saying
        ("..., Bolivian police said")."""
        root = sent.root
        subject = subject_of(root, self.words) if root.lemma_.lower() in self.words.report_verbs else None
        return actors.resolve(subject) if subject is not None else []

    def _sayers(self, verb: Token, sent: Span, actors: SentenceActors) -> list[Actor]:
        """Who says what the clause of `verb` tells: the subject of the verb of saying it hangs on
        ("The White House said Beijing was to blame"), else the reporter of the sentence."""
        node = verb
        while node.dep_ in {"ccomp", "conj"} and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in self.words.report_verbs:
                subject = subject_of(node, self.words)
                return actors.resolve(subject) if subject is not None else []
        return self._reporters(sent, actors) if verb.i != sent.root.i else []

    def _claimers(self, sent: Span, actors: SentenceActors) -> list[Actor]:
        """Who claims responsibility (or credit) for the attack the sentence tells."""
        for verb in sent:
            if verb.lemma_.lower() in CLAIM_VERBS and any(
                    c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in {"responsibility", "credit"}
                    for c in verb.children):
                subject = subject_of(verb, self.words)
                found = actors.resolve(subject) if subject is not None else []
                if found:
                    return found
        return []

    def _by_the_state(self, verb: Token, pattern: Pattern, ptype: str | None, actors: SentenceActors,
                      target: Actor) -> bool:
        """A passive with no agent done by the state where it happens: arrests, bans and legal
        steps ("was detained", "was charged with"), an eased curfew ("the curfew in Imphal was
        relaxed"); a release or an asylum abroad ("French citizens held in Iran were released",
        "given asylum in Moscow"), but not inside what an adversary claims ("Islamabad claims that
        the TTP has been given sanctuary in Afghanistan")."""
        if ptype in STATE_PASSIVE_TYPES or verb.lemma_.lower() in self.words.legal_verbs:
            return True
        if pattern.code.startswith(("0813", "0814")):
            return True
        if not pattern.code.startswith(("084", "075")) or actors.place_country in (None, target.country):
            return False
        claimed = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ALLEGING
        return pattern.code.startswith("084") or not claimed

    def _forces(self, actor: Actor, actors: SentenceActors) -> bool:
        """Unnamed forces, not a commander: "Indian troops", "a contingent of 217 Kenyan police
        officers" (a plural agent noun of a force sector)."""
        head = self._group_member(actors.sent.doc[actor.head])
        m = actors.by_token.get(head.i)
        return actor.sector in FORCE_SECTORS and head.tag_ == "NNS" and m is not None and m.is_agent

    def _protesting(self, actor: Actor, doc: Doc) -> bool:
        """The actor is named by a protester noun, or a crowd of them ("hundreds of protesters")."""
        head = doc[actor.head]
        return actor.kind == "agent" and (head.lemma_.lower() in self.words.protesters or any(
            o.lemma_.lower() in self.words.protesters for o in _pobjs(head, {"of"})))


def _split_subjects(subject: Token) -> list[Token]:
    """"Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed": the parser
    makes both names subjects of the verb, the first with a dangling "and"."""
    if subject.dep_ != "nsubj" or any(c.dep_ == "conj" for c in subject.children) or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return []
    return [t for t in subject.head.children if t.dep_ == "nsubj" and t.i > subject.i]


def _the_state_of(target: Actor, verb: Token, actors: SentenceActors) -> list[Actor]:
    """The unnamed authorities of the country where it happened, else of the target's own, who
    detain, charge or ban it when a passive names no one ("was detained", "was charged with")."""
    country = actors.place_country or target.country  # "was arrested in Santa Cruz": Bolivia's
    if country in NON_STATE_COUNTRIES:
        return []
    return [Actor(country + "GOV", actors.index.country_names.get(country, country),
                  "(unnamed authorities)", verb.i, "default",
                  ("the state where it happened" if actors.place_country else "the state of the target",))]
