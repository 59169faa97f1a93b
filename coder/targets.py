"""Targets: whom an event is aimed at when the slot of its pattern names no actor straight. The
parties of an event noun in a slot, a place that stands for its country, the nearest actor named
inside the slot's phrase, the one told of it, and the recipient the context gives; the unnamed
agents of a target phrase take the country the sentence puts them in."""

from __future__ import annotations

import itertools
from collections.abc import Collection

from spacy.tokens import Span, Token

from coder.actors import ArticleContext, SentenceActors
from coder.clauses import NOUN_POS, _means_of, _pobjs, subject_of
from coder.lexicon import Lexicon
from coder.types import NON_STATE_COUNTRIES, Actor, ActorEntry, Location, Pattern
from coder.where import Gazetteer

AGENT_PLACE_PREPS = frozenset({"in", "at", "near", "from"})  # "civilians in Kharkiv"
TARGET_PLACE_PREPS = frozenset({"in", "near", "inside", "into"})  # "struck facilities in Kharkiv"
OF = frozenset({"of"})
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "PRM"})
VENUES = frozenset({"venue", "host", "site", "location", "place"})  # where talks between others are held
ANSWER_TYPES = frozenset({"THREATEN", "ACCUSE", "REJECT", "SUPPORT"})  # reactions to an act told before
REFERRING = frozenset({"the", "this", "these", "that", "those", "such"})


JAILS = frozenset({"jail", "prison", "detention", "custody"})  # where prisoners protest against their jailer

# Prepositions deep target search does not go through: "mediation between X and Y" names the
# parties, "the first such raid since the fall of Bashar al-Assad" a time.
DEEP_STOPS = frozenset({"between", "since", "until", "amid"})


class TargetSearch:
    """The target searches that need the dictionaries; holds nothing but them."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.words = lexicon.words

    def default_country(self, tok: Token, sources: list[Actor], victims: str | None = None) -> str | None:
        """The country an unnamed agent in a target phrase belongs to: a place in its own phrase
        ("civilians in Kharkiv" → UKR), else the `victims` country of an attack, else the
        source's ("arrested protesters")."""
        for _, _, place, _ in self.gazetteer.places_under(tok.sent, tok, AGENT_PLACE_PREPS):
            return place.country
        if victims is not None:
            return victims
        return sources[0].code[:3] if sources and sources[0].code[:3] else None

    def participants(self, tok: Token, actors: SentenceActors,
                     context: ArticleContext, recent: bool = True) -> list[Actor]:
        """The parties of an event noun in a target slot ("mediated the talks", "offered to host
        talks between X and Y"); else, when `recent`, those of the article's last reciprocal event."""
        if tok.lemma_.lower() in VENUES:  # "offered itself as a venue for talks between Russia and Ukraine"
            return next((found for inner in _pobjs(tok, {"for"})
                         if (found := self.participants(inner, actors, context, recent=False))), [])
        patterns = self.lexicon.noun_patterns.get(tok.lemma_.lower(), ())
        if not any(p.recip or p.code[:2] == "04" for p in patterns):
            return []
        for inner in _pobjs(tok, {"of"}):  # "a new round of talks between X and Y"
            found = self.participants(inner, actors, context, recent=False)
            if found:
                return found
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"between", "with"}:
                found = [a for o in prep.children if o.dep_ == "pobj" for a in actors.resolve(o)]
                if found:
                    return found
        return list(context.last_recip) if recent else []

    def between_parties(self, tok: Token, actors: SentenceActors, context: ArticleContext) -> bool:
        """An event noun whose own parties, two states or more, or two sides of one state (its
        government and rebels: "talks between Congolese government officials and M23 rebels"), are
        named with it."""
        found = self.participants(tok, actors, context, recent=False)
        return len({a.country for a in found}) >= 2 or len({a.code for a in found if a.sector}) >= 2

    def place_targets(self, tokens: list[Token], sent: Span, avoid: Collection[str] = ()) -> list[Actor]:
        """A place in the target slot stands for its country: "shelled Kherson" → UKR, "struck
        energy facilities in Kharkiv" → UKR; not one in the source's own country (`avoid`) when
        the slot names another ("sites in Pakistan and Pakistani Kashmir"); a place word's "of" names
        the place ("from the city of Kherson" → UKR)."""
        named = ((tok, hit) for tok in tokens if (hit := self.gazetteer.place_at(sent, tok)) is not None)
        located = ((obj, (place, text)) for tok in tokens
                   for _, obj, place, text in self.gazetteer.places_under(sent, tok, TARGET_PLACE_PREPS))
        named_of = ((obj, (place, text)) for tok in tokens if tok.lemma_.lower() in self.words.place_nouns
                    for _, obj, place, text in self.gazetteer.places_under(sent, tok, OF))
        for tok, (place, text) in itertools.chain(named, located, named_of):
            if place.country not in avoid and place.kind != "waters":  # a sea several states border
                return [Actor(place.country, place.name, text, tok.i, "place",
                              (place.source, "place as target"))]
        return []

    def judged_doer(self, verb: Token, actors: SentenceActors, sources: list[Actor]) -> list[Actor]:
        """Who did the act a naming verb judges: the subject of the clause "in a move ..." or "in
        what ..." hangs on ("Pakistan began deporting migrants, in a move the Taliban government
        called cruel" → PAK)."""
        node = verb.head  # "move" or "in"
        while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
            node = node.head
        doer = subject_of(node, self.words) if node.i != verb.i else None
        return _others(actors.resolve(doer), sources) if doer is not None else []

    def deep_targets(self, tokens: list[Token], actors: SentenceActors, sources: list[Actor],
                     venue: bool = False) -> list[Actor]:
        """The nearest named actor inside the target phrases, when their heads name none:
        "rejected the deployment of US warships" → USA, "banned imports of Japanese seafood" → JPN.
        For a meeting or a deal (`venue`), a capital or country after "in" is where it is held,
        not a party."""
        source_heads = {a.head for a in sources}
        helping = self.words.help_verbs | self.words.permit_verbs
        for tok in tokens:
            layer = [tok]
            while layer:
                for node in layer:
                    if node.i in source_heads or node.pos_ not in NOUN_POS | {"PRON"}:
                        continue
                    if venue and _venue(node, actors):
                        continue  # "resumed peace negotiations in Caracas": a capital after "in" is a place
                    named = actors.resolve_target(node, self.default_country(node, sources))
                    found = [a for a in _others(named, sources)
                             if a.head not in source_heads and "article's main country" not in a.sources]
                    if found:
                        return found
                    if (node.dep_ == "poss" and named and node.head in tokens
                            and all(a.country in {s.country for s in sources} for a in named)):
                        return []  # "rallied against the government's decision to suspend talks on joining
                        # the European Union": their own government's act, not the EU's
                layer = [c for n in layer if not (venue and _venue(n, actors))  # nor inside it: "in
                         for c in n.children  # Saudi Arabia", the parser's "Saudi" a compound
                         if (c.dep_ not in {"nsubj", "nsubjpass", "relcl", "advcl", "appos"}
                             or (c.dep_ == "nsubj" and n.dep_ in {"xcomp", "ccomp"}  # "to help Sri Lanka
                                 and n.head.lemma_.lower() in helping)  # restructure its debt", "a deal
                             # allowing Ukraine to export grain"
                             or (c.dep_ == "relcl" and (c.lemma_.lower() in helping or any(
                                 g.dep_ == "nsubj" and g.tag_ == "PRP" for g in c.children)))  # "lifted the
                             # sanctions it had imposed on Niger", "the grain deal that had let Ukraine
                             # export grain"; not "a deal that would bring home the hostages held in Gaza"
                             or (c.dep_ == "advcl" and n.pos_ in NOUN_POS))  # "an invitation for Argentina
                         # to join the BRICS bloc"
                         and c.lower_ not in DEEP_STOPS]
        return []

    def reporting_party(self, verb: Token, actors: SentenceActors, sources: list[Actor]) -> list[Actor]:
        """A promise or concession that names no one, told by another country's speaker, is made
        to the speaker's side: "Cambodian Prime Minister Hun Manet said Bangkok had promised to
        return the remaining prisoners" → KHM."""
        clause = verb
        while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.words.report_verbs:
            return []
        speaker = subject_of(clause.head, self.words)
        found = actors.resolve(speaker) if speaker is not None and speaker.pos_ != "PRON" else []
        home = {a.country for a in sources}
        return [a for a in found if a.country not in home and a.country not in NON_STATE_COUNTRIES][:1]

    def addressee(self, verb: Token, actors: SentenceActors, sources: list[Actor]) -> list[Actor]:
        """The one told, assured or warned that the event will happen is its target: "Mahama
        told Burkina Faso's junta leader that Accra would help patrol the border" → BFA."""
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        head = clause.head
        if clause.dep_ != "ccomp" or head.lemma_.lower() not in self.words.address_verbs:
            return []
        told = [c for c in head.children if c.dep_ in {"dobj", "dative"}] + _pobjs(head, {"to"})
        found = [a for t in told for a in actors.resolve(t)]
        return [a for a in _others(found, sources) if "article's main country" not in a.sources]

    def answered(self, verb: Token, ptype: str | None, objs: list[Token], sources: list[Actor],
                 context: ArticleContext, actors: SentenceActors) -> list[Actor]:
        """A reaction that names no one is aimed at the one whose act it answers: a reprisal
        ("vowed a harsh response", "vowed to strike back") at the source of the last act against
        the reactor's country, else of the last act by another country ("Finland joined NATO.
        Moscow warned it would take counter-measures"); an accusation, rejection or welcome of
        "the decision", "the strikes" at the source of the last act by another country."""
        home = {a.country for a in sources}
        comps = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
        words = [verb, *objs, *comps, *(o for c in comps for o in c.children if o.dep_ in {"dobj", "obj"})]
        reprisal = ptype in ANSWER_TYPES | {"ASSAULT", "SANCTION"} and (
            any(t.lemma_.lower() in self.words.reprisal_words for t in words)
            or any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back"  # "vowed to strike back"
                   for t in [verb, *comps] for c in t.children))
        referred = ptype in ANSWER_TYPES and any(
            o.pos_ == "NOUN" and (o.lemma_.lower() in self.words.act_references
                                  or o.lemma_.lower() in self.lexicon.noun_patterns)
            and any(d.lower_ in REFERRING for d in o.children if d.dep_ == "det") for o in objs) or (
            ptype in ANSWER_TYPES and verb.dep_ == "relcl"  # "sent three destroyers off Venezuela, a move
            and verb.head.lemma_.lower() in self.words.act_references)  # the government in Caracas denounced"
        freed = ptype == "REQUEST" and any(o.lemma_.lower() in self.words.release_demands for o in objs)
        if not (reprisal or referred or freed) or _means_of(verb):  # "hit back by expelling ...": the means
            return []
        others = [(s, t) for s, t in reversed(context.acts) if not any(_same_actor(s, a) for a in sources)]
        answer = next((s for s, t in others if (reprisal or freed) and t is not None and t.country in home),
                      None) \
            or next((s for s, _ in others if s.country not in home), None) \
            or (next((s for s, _ in others), None) if referred and not reprisal else None)  # "Guatemalan
        # prosecutors raided the electoral tribunal. Arevalo called the raid an attempted coup": at home
        if answer is None and reprisal:  # "Iran accused Israel of bombing its embassy ... and vowed
            answer = next((t for s, t in reversed(context.acts)  # to take revenge": at the accused
                           if t is not None and t.country not in home
                           and any(_same_actor(s, a) for a in sources)), None)
        if answer is None and reprisal and not context.acts:  # "Finland became NATO's 31st member.
            # Moscow warned it would take counter-measures"; also earlier in the sentence: "Finland
            # joined NATO, and the Kremlin said Moscow would take counter-measures"
            named = [m.entry.code_on(context.date)[:3] for m in actors.mentions  # kept left to right
                     if m.end <= verb.i and isinstance(m.entry, ActorEntry)
                     and m.entry.kind in {"country", "metonym"}]
            country = next((c for c in reversed([*context.recent_countries, *named])
                            if c not in home and c not in NON_STATE_COUNTRIES), None)
            if country is not None:
                answer = Actor(country, actors.index.country_names.get(country, country), "", verb.i,
                               "country", ("the last other country named",))
        return [answer] if answer is not None else []

    def _jailer(self, source: Actor, actors: SentenceActors) -> str | None:
        """The country whose jails the source is in: "Palestinian prisoners in Israeli jails" → ISR."""
        head = actors.sent.doc[source.head]
        held = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"  # "hundreds of
                        for o in p.children if o.dep_ == "pobj")]  # Palestinian prisoners in Israeli jails"
        for jail in (o for h in held for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in JAILS):
            owner = next((a for c in jail.children if c.dep_ in {"amod", "compound", "poss"}
                          for a in actors.resolve_target(c)), None)
            if owner is not None and owner.code[:3] not in NON_STATE_COUNTRIES:
                return owner.code[:3]
        return None

    def default_recipient(self, pattern: Pattern, sources: list[Actor], where: Location | None,
                          actors: SentenceActors, trigger: Token) -> list[Actor]:
        """The recipient the context gives an event whose text names none (recipients.tsv):
        the country where it happened, or the source's own country; at home, the country's
        domestic sector ("Israelis rallied in Tel Aviv" → ISRGOV)."""
        ptype = self.lexicon.cameo[pattern.code].plover_type
        family = next((pattern.code[:n] for n in range(len(pattern.code), 1, -1)
                       if pattern.code[:n] in self.lexicon.recipients), None)  # "0813" before "RETREAT"
        rule = self.lexicon.recipients.get(family or ptype or "")
        countries = {a.country for a in sources}
        if rule is None or len(countries) != 1:
            return []
        home = sources[0]
        jailer = self._jailer(home, actors) if ptype == "PROTEST" else None
        if jailer is not None and jailer != home.country:  # "Palestinian prisoners in Israeli jails began a
            why = f"{ptype} by prisoners: against the state that holds them"  # hunger strike"
            return [Actor(jailer + "GOV", actors.index.country_names.get(jailer, jailer), "", trigger.i,
                          "default", (rule.where, why))]
        abroad = _abroad(actors, home)
        for step, sectors in rule.steps:
            if step == "place" and where is not None and where.kind != "waters":
                country, text, why = where.country, where.text, f"{ptype} at the place of the event"
            elif step == "place" and abroad is not None:  # "in Russia's Bryansk region"
                country, text, why = abroad, "", f"{ptype} in the sentence's place or its reporter's country"
            elif step == "source" and home.country not in NON_STATE_COUNTRIES and (
                    sectors is None or home.sector in sectors):  # the UN has no home
                country, text, why = home.country, "", f"{ptype} by a source at home"
            else:
                continue
            code = country + rule.domestic if country == home.country else country
            if code == home.code:
                return []
            return [Actor(code, actors.index.country_names.get(country, country), text, trigger.i,
                          "default", (rule.where, why))]
        return []


def _abroad(actors: SentenceActors, source: Actor) -> str | None:
    """The sentence's place or reporter when it is another country than the source's: where
    the unnamed victims of an attack are ("a Russian missile killed 18 people, Ukrainian
    officials said" → UKR, not RUS), and where a recipient with no place of its own is."""
    place = actors.place_country
    return place if place is not None and place != source.country else None


def _own_forces(actor: Actor, sources: list[Actor]) -> bool:
    """Unnamed forces that took a source's country by default ("Peru sent troops") or from a
    possessive pronoun ("Kyiv withdrew its troops")."""
    return (actor.kind == "agent" and actor.sector in FORCE_SECTORS
            and ("article's main country" in actor.sources or "possessive pronoun" in actor.sources)
            and any(actor.country == s.country for s in sources))


def _others(found: list[Actor], sources: list[Actor]) -> list[Actor]:
    """The found targets that are not one of the sources: a pair of the two is never written."""
    return [a for a in found if not any(_same_actor(s, a) for s in sources)]


def _same_actor(a: Actor, b: Actor) -> bool:
    return a.code == b.code or (a.country == b.country and (a.sector is None or b.sector is None))


def _venue(tok: Token, actors: SentenceActors) -> bool:
    """A capital or a country named after "in", "at" or "near" inside a meeting's or a deal's
    phrase is where it is held, not a party ("talks due to begin in Switzerland", "signed an
    election deal in Barbados")."""
    names = [m for t in (tok, *(c for c in tok.children if c.dep_ == "compound"))  # "Saudi Arabia"
             if (m := actors.by_token.get(t.i)) is not None]
    return (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "near", "inside"} and any(
        isinstance(m.entry, ActorEntry) and m.entry.kind in {"metonym", "country"} for m in names))
