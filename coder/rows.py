"""Rows: the Events of one trigger, once its pattern, sources and targets are decided. The
source-target pairs (both ways for a reciprocal event), the default recipient when none is named,
the date and place, and the pairs that are no political event (businesses only, private crime,
two people clashing in words), each with its trace."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from coder.actors import ArticleContext, SentenceActors
from coder.targets import _same_actor
from coder.triggers import Triggers
from coder.types import Actor, Event, Pattern, Trace
from coder.when import event_date
from coder.where import event_location


class Rows(Triggers):
    """Makes the rows of an event from its decided parts."""

    def _emit(self, trigger: Token, pattern: Pattern, sources: list[Actor], targets: list[Actor],
              sent: Span, index: int, actors: SentenceActors, context: ArticleContext,
              traces: list[Trace], how: str) -> list[Event]:
        if not sources:
            traces.append(Trace(trigger.i, trigger.text,
                                f"{pattern.source} {pattern.code}: no source actor ({how}), not coded"))
            return []
        sources, targets = _unique(sources), _unique(targets)
        when = event_date(trigger, sent, context.date)
        hosts = targets if pattern.code.startswith("04") else []  # consultations: visits, meetings
        where = event_location(trigger, sent, self.gazetteer, [*sources, *targets], hosts)
        pairs = _pairs(sources, targets, recip=pattern.recip, one_way=pattern.neg)
        if all(t is None for _, t in pairs):  # none named, or only the source itself
            default = self.targets.default_recipient(pattern, sources, where, actors, trigger)
            pairs = [(s, t) for s in sources for t in default] or pairs
        business = [(s, t) for s, t in pairs
                    if _business(s) and (t is None or _business(t) or _only_a_place(t))]
        if business:  # "Glencore agreed to sell its stake to a Japanese trading house"
            traces.append(Trace(trigger.i, trigger.text, f"{pattern.source} {pattern.code}: between "
                                                         "businesses only, no political event"))
            pairs = [pair for pair in pairs if pair not in business]
        crime = [(s, t) for s, t in pairs if self._private_violence(pattern, s, t, trigger.doc)]
        if crime:  # "A woman stabbed 18 people", "Armed robbers ambushed a cash van": no politics
            traces.append(Trace(trigger.i, trigger.text, f"{pattern.source} {pattern.code}: violence "
                                                         "among private people at home, no political event"))
            pairs = [pair for pair in pairs if pair not in crime]
        verbal = [(s, t) for s, t in pairs if t is not None and s.kind == t.kind == "person"
                  and self.lexicon.cameo[pattern.code].plover_type == "ASSAULT"]
        if verbal:  # "Trump's heated Oval Office clash with Zelenskiy": two people clash in words
            traces.append(Trace(trigger.i, trigger.text, f"{pattern.source} {pattern.code}: one person "
                                                         "against another, words and not force, not coded"))
            pairs = [pair for pair in pairs if pair not in verbal]
        if pattern.recip and len({a.code for a in [*sources, *targets]}) >= 2:
            context.last_recip = tuple(_unique([*sources, *targets]))
        group = f"{index}:{trigger.i}:{pattern.code}"
        events = []
        for src, tgt in pairs:
            rule = (f"{pattern.source} {pattern.kind} '{' '.join(pattern.words)}' -> {pattern.code}"
                    f" | source {src.text!r} = {src.code} [{', '.join(src.sources)}] ({how})")
            if tgt is not None:
                rule += f" | target {tgt.text!r} = {tgt.code} [{', '.join(tgt.sources)}]"
            events.append(Event(pattern.code, src, tgt, trigger.i, trigger.text, pattern, rule,
                                group, when, where))
            traces.append(Trace(trigger.i, trigger.text, "EVENT " + rule))
        context.acts.extend((e.source, e.target) for e in events)
        return events

    def _private_violence(self, pattern: Pattern, source: Actor, target: Actor | None, doc: Doc) -> bool:
        """An attack by civilians or common criminals on private people of their own country is
        crime, not a political event (gangs and armed groups stay: they are sector CRM or UAF);
        so is looting or theft by common criminals at home."""
        ptype = self.lexicon.cameo[pattern.code].plover_type
        head = doc[source.head]
        crime = source.kind == "agent" and head.lemma_.lower() in self.words.common_crime
        lone = (source.kind == "agent" and head.lemma_.lower() in self.words.lone_attackers
                and head.tag_ == "NN")
        terror = any(t.lemma_.lower() in self.words.terror_words and not _denied(t) for t in head.sent)
        if lone and not terror:
            crime = True  # "A gunman killed three people at a shopping centre": a shooting, not politics
        if ptype == "COERCE":  # "looters ransacked shops in Port Moresby"
            return crime and (target is None or target.country == source.country)
        if ptype != "ASSAULT":
            return False
        private = source.sector in CIVIL_SECTORS or crime  # "rescuers used boats and helicopters to reach
        # stranded residents", "the archbishop struck its great doors": no one's political violence
        place = target is not None and target.kind == "metonym" and doc[target.head].dep_ == "pobj" and (
            doc[target.head].head.lower_ in {"in", "at"})  # "shot dead 14 people at Charles University in
        # Prague": the capital is where, not a government attacked
        return private and (target is None or (target.country == source.country
                                                and (target.sector in {None, "CVL", "CRM", "BUS"} or place)))


CIVIL_SECTORS = frozenset({"CVL", "MED", "REL", "EDU", "JRN"})  # people with no arms of their own


def _denied(word: Token) -> bool:
    """A word said not to apply: "there was no sign of terrorism", "not terror-related", "ruled out
    terrorism", "nothing to suggest an act of terrorism"."""
    for node in (word, word.head, word.head.head):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in node.children):
            return True
        if node.lemma_.lower() in {"rule", "exclude"}:
            return True
    return any(node.lower_ == "nothing" for node in list(word.ancestors)[:5])


def _pairs(sources: list[Actor], targets: list[Actor], *, recip: bool,
           one_way: bool = False) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs; a reciprocal event also runs from each target back to the sources,
    unless it is `one_way` (a refusal is the refuser's: "would not negotiate with the gangs")."""
    pairs: list[tuple[Actor, Actor | None]] = []
    if recip and not targets and len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    elif targets:
        pairs = [(s, t) for s in sources for t in targets]
        if recip and not one_way:
            pairs += [(t, s) for s in sources for t in targets]
    pairs = [(s, t) for s, t in pairs if t is None or not _same_actor(s, t)]
    if not pairs:
        pairs = [(s, None) for s in sources]
    return pairs


def _only_a_place(actor: Actor) -> bool:
    """A target named only as a place or a place's adjective ("a factory in the Hungarian city of
    Szeged"): where a company acts, not a party it acts on."""
    return actor.kind == "place" or "adjective of the target noun" in actor.sources  # place_targets' kind


def _business(actor: Actor) -> bool:
    """A company or a business sector: events among them alone are not political."""
    return actor.country == "MNC" or actor.sector == "BUS"


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for a in actors:
        seen.setdefault(a.code, a)
    return list(seen.values())
