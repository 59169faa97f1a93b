"""Merge: the passes over one sentence's events once they are found. A participle clause that
tells the same event, what a protest says, and the terms of an agreement signed are one row with
their clause's event; then one event per code, source and target; then the events PLOVER does
not allow are dropped: a consultation with no counterpart or by a private traveller, and
COOPERATE, AID or SANCTION with no recipient."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Span

from coder.clauses import NAMING_VERBS, _means_of
from coder.types import Actor, CameoCode, Event, Trace

# Types a participle may restate each other in: "will reopen the crossing, ending a closure"
YIELDING = frozenset({"CONCEDE", "RETREAT"})
DISAPPROVING = frozenset({"ACCUSE", "REJECT"})
MESSAGE_VERBS = frozenset({"send", "write", "deliver"})  # "sent a note to India, asking for ...": one request
ADDRESSED = frozenset({"REQUEST", "ACCUSE", "REJECT", "AGREE", "THREATEN", "SUPPORT"})  # said to someone
PROTEST_VOICES = frozenset({"REQUEST", "ACCUSE", "REJECT"})  # what a protest demands or defies
PRIVATE_SECTORS = frozenset({"BUS", "CVL", "CRM", "REF"})  # their travels are no visit (CONSULT)
RESULT_PARTICIPLES = frozenset({"end", "ease"})  # "..., ending a freeze": what the act ended
CALLED_OFF = frozenset({"cancel", "call", "scrap", "postpone", "delay", "defer", "put", "pull"})  # 125 verbs
# of one's own plans
RECIPIENT_REQUIRED = frozenset({"COOPERATE", "AID", "SANCTION"})  # the manual's "Requires recipient: Yes"
FORCE_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence: PLOVER's ASSAULT
DONE_TO = frozenset({"07", "08", "17"})  # aid (asylum), release, expulsion: whose travel after is no visit
VERBAL_ROOTS = frozenset({"03", "04", "05", "10", "11", "12", "13"})  # said, not done


def _one_event_with_its_participle(sent: Span, events: list[Event], traces: list[Trace],
                                   cameo: Mapping[str, CameoCode]) -> list[Event]:
    """"struck a car near Tyre, killing two men": a participle clause of the same type (a
    concession and its carrying out count as one: "will reopen the crossing, ending a closure")
    and source tells the same event; the row with a target stays, the more specific one when both
    name the same country (two countries' victims are two events)."""
    doc = sent.doc
    drop: set[int] = set()
    for k, part in enumerate(events):
        tok = doc[part.trigger]
        second = tok.dep_ == "conj" and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG"  # "..., hitting
        if (tok.dep_ != "advcl" and not second) or tok.tag_ != "VBG":  # X and killing Y"
            continue
        kind = cameo[part.cameo].plover_type
        naming = tok.lemma_.lower() in NAMING_VERBS
        anchors = {tok.head.i}  # "fired missiles at Ukraine, hitting energy facilities and killing four
        if tok.head.dep_ in {"advcl", "conj"} and tok.head.tag_ == "VBG":  # people": up the participles
            anchors.add(tok.head.head.i)
        for j, head in enumerate(events):
            if (head.trigger not in anchors or head.source.code != part.source.code
                    or _family(cameo[head.cameo].plover_type, naming) != _family(kind, naming) or j in drop):
                continue
            if kind == "PROTEST" and head.target is not None:
                drop.add(k)  # "rallied outside the Israeli embassy, chanting slogans against the war in
                # Gaza": what the crowd chants is what its protest says, aimed where the protest is
            elif head.target is not None and part.target is not None:
                guess = "article's main country" in part.target.sources  # "killing 12 people"
                if (head.target.country != part.target.country and doc[part.target.head].pos_ != "PRON"
                        and not guess):
                    continue  # two victims: two events ("condemned X, calling it ...": one)
                # the same country: the more specific target stays ("killing two members of Hezbollah")
                drop.add(j if part.target.sector and not head.target.sector and not guess else k)
            else:
                drop.add(k if part.target is None else j)
            traces.append(Trace(tok.i, tok.text, f"'{tok.text}' tells the same {kind} as "
                                                 f"'{doc[head.trigger].text}': one row"))
            break
    for k, part in enumerate(events):  # "agreed to resume joint patrols, ending a freeze in security ties":
        tok = doc[part.trigger]  # what the act ended is its result, told of no one, not an event of its own
        acts = {tok.head.i, tok.head.head.i} if tok.head.dep_ == "xcomp" else {tok.head.i}  # "agreed to
        # appoint new envoys, easing a diplomatic freeze"
        if (k not in drop and part.target is None and tok.dep_ == "advcl" and tok.tag_ == "VBG"
                and tok.lemma_.lower() in RESULT_PARTICIPLES and any(
                    e.trigger in acts and e.source.code == part.source.code for e in events)):
            drop.add(k)
            traces.append(Trace(tok.i, tok.text, f"'{tok.text}' tells what '{tok.head.text}' ended, with no "
                                                 "one named: no row of its own"))
    for k, part in enumerate(events):  # "rallied ..., demanding better schools", "defying a ban"
        tok = anchor = doc[part.trigger]
        while anchor.dep_ == "conj" and anchor.head.tag_ == "VBG":  # "demanding X and denouncing Y"
            anchor = anchor.head
        if (k in drop or anchor.dep_ != "advcl" or tok.tag_ != "VBG"
                or cameo[part.cameo].plover_type not in PROTEST_VOICES):
            continue
        clause = anchor.head
        if any((head.trigger == clause.i or clause in doc[head.trigger].ancestors
                or doc[head.trigger] in clause.ancestors)  # "took to the streets to protest, defying
               and head.source.code == part.source.code  # not "troops surrounding parliament" under
               and cameo[head.cameo].plover_type == "PROTEST" for head in events):  # a president's decree
            drop.add(k)
            traces.append(Trace(tok.i, tok.text, f"'{tok.text}' tells what the protest says: one row"))
    for k, part in enumerate(events):  # "protesters defied a curfew and stormed her residence": the
        tok = doc[part.trigger]  # defiance is the protest's
        if k in drop or part.target is not None or cameo[part.cameo].plover_type not in PROTEST_VOICES:
            continue
        if any(head.source.code == part.source.code and cameo[head.cameo].plover_type == "PROTEST"
               and ((doc[head.trigger].dep_ == "conj" and doc[head.trigger].head.i == tok.i)
                    or (tok.dep_ == "conj" and tok.head.i == head.trigger)) for head in events):
            drop.add(k)
            traces.append(Trace(tok.i, tok.text, f"'{tok.text}' is part of the protest beside it: one row"))
    for k, part in enumerate(events):  # "resigned, saying he wanted to calm tensions": the reason given
        anchor = doc[part.trigger]
        while (anchor.dep_ in {"xcomp", "ccomp", "conj"} and anchor.head.i != anchor.i
               and anchor.tag_ != "VBG"):
            anchor = anchor.head
        if (k in drop or not part.cameo.startswith("03") or anchor.dep_ != "advcl" or anchor.tag_ != "VBG"
                or anchor.lemma_.lower() not in {"say", "add", "explain"}):
            continue
        if any(head.trigger == anchor.head.i and head.source.country == part.source.country
               and cameo[head.cameo].plover_type in YIELDING for head in events):
            drop.add(k)
            traces.append(Trace(part.trigger, doc[part.trigger].text,
                                f"the reason '{doc[anchor.head.i].text}' is given for: no row of its own"))
    for k, part in enumerate(events):  # "signed a pact, pledging mutual assistance": its terms
        anchor = doc[part.trigger]
        while anchor.dep_ in {"xcomp", "pcomp", "prep", "conj"} and anchor.head.i != anchor.i:
            anchor = anchor.head
        if (k in drop or anchor.dep_ != "advcl" or anchor.tag_ != "VBG"
                or cameo[part.cameo].plover_type not in {"AGREE", "CONCEDE"}):
            continue
        if any(head.trigger == anchor.head.i and head.source.code == part.source.code
               and cameo[head.cameo].plover_type in {"SUPPORT", "AGREE"}
               and (part.target is None or (cameo[head.cameo].plover_type == "SUPPORT"  # "signed a peace
                                            and head.target is not None  # agreement, pledging to ..."
                                            and head.target.country == part.target.country))
               for head in events):
            drop.add(k)
            traces.append(Trace(part.trigger, doc[part.trigger].text,
                                "the terms of the agreement signed: one row"))
    for k, part in enumerate(events):  # "adopted sanctions against Russia, targeting its shadow fleet"
        tok = doc[part.trigger]
        if (k in drop or tok.lemma_.lower() != "target" or tok.dep_ != "advcl" or tok.tag_ != "VBG"
                or cameo[part.cameo].plover_type != "ASSAULT"):
            continue
        if any(h.trigger == tok.head.i and h.source.code == part.source.code
               and cameo[h.cameo].plover_type not in {"ASSAULT", None} for h in events):
            drop.add(k)
            traces.append(Trace(tok.i, tok.text, f"'{tok.text}' tells whom '{tok.head.text}' is aimed at: "
                                                 "one row"))
    for k, part in enumerate(events):  # "expelled the ambassador and gave him 48 hours to leave": one act
        tok = doc[part.trigger]  # so is "expelled two diplomats and ordered them to leave" (174)
        leave = part.cameo.startswith("174") and tok.lemma_.lower() == "order"
        if (k in drop or tok.dep_ not in {"conj", "advcl"} or not leave and (
                cameo[part.cameo].plover_type != "REQUEST" or tok.lemma_.lower() != "give")):
            continue
        if any(h.trigger == tok.head.i and h.source.code == part.source.code and h is not part
               and cameo[h.cameo].plover_type in {"SANCTION", "COERCE"}
               and (not leave or (h.target is not None and part.target is not None  # the same people
                                  and h.target.code == part.target.code)) for h in events):
            drop.add(k)
            traces.append(Trace(tok.i, tok.text, f"the time given to leave is part of "
                                                 f"'{tok.head.text}': one row"))
    for k, part in enumerate(events):  # "drones launched by the RSF struck an air base": one attack
        tok = doc[part.trigger]
        if k in drop or tok.dep_ != "acl" or tok.head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        for j, head in enumerate(events):
            if (j not in drop and head.trigger == tok.head.head.i and head.source.code == part.source.code
                    and cameo[head.cameo].plover_type == cameo[part.cameo].plover_type
                    and (head.target is None or part.target is None or head.target.code == part.target.code)):
                specific = len(part.cameo) > len(head.cameo) or head.target is None
                drop.add(j if specific else k)
                traces.append(Trace(tok.i, tok.text, f"'{tok.text}' tells the same attack as its weapon's "
                                                     f"'{doc[head.trigger].text}': one row"))
                break
    for k, head in enumerate(events):  # "hit back by expelling six diplomats": the expulsion
        means = {c.i for c in _means_of(doc[head.trigger])}
        if (k not in drop and head.target is None and means
                and any(e.trigger in means and e.source.code == head.source.code for e in events)):
            drop.add(k)
            traces.append(Trace(head.trigger, doc[head.trigger].text, "told by its means: one row"))
    for k, part in enumerate(events):  # "sent a note to India, asking for Hasina's extradition"
        tok = doc[part.trigger]
        if (k in drop or part.target is not None or tok.dep_ not in {"advcl", "acl"} or tok.tag_ != "VBG"
                or cameo[part.cameo].plover_type not in ADDRESSED):
            continue
        carrier = tok.head.head if tok.dep_ == "acl" and tok.head.dep_ in {"dobj", "obj"} else tok.head
        aimed = next((h for j, h in enumerate(events) if j not in drop and h.trigger == carrier.i  # "sent
                      and h.source.code == part.source.code and h.target is not None  # Germany a note
                      and cameo[h.cameo].plover_type != cameo[part.cameo].plover_type), None)  # demanding"
        blamed = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        if aimed is not None and cameo[part.cameo].plover_type == "ACCUSE" and cameo[
                aimed.cameo].plover_type in {"COERCE", "SANCTION", "MOBILIZE"} and blamed and all(
                c.pos_ == "NOUN" for c in blamed):
            drop.add(k)  # "restricted internet access, blaming the spread of hateful messages"
            traces.append(Trace(tok.i, tok.text, f"blames no one: the reason given for "
                                                 f"'{doc[aimed.trigger].text}', one row"))
        elif aimed is not None and aimed.target is not None:
            events[k] = replace(part, target=aimed.target,
                                rule=f"{part.rule} | target {aimed.target.code}: the one its clause's "
                                     f"'{doc[aimed.trigger].text}' is aimed at")
            if aimed.cameo == "040" and doc[aimed.trigger].lemma_.lower() in MESSAGE_VERBS:  # how it asked
                drop.update(j for j, h in enumerate(events) if h is aimed)
                traces.append(Trace(aimed.trigger, doc[aimed.trigger].text, f"the message says what "
                                                                            f"'{tok.text}' says: one row"))
    return [e for k, e in enumerate(events) if k not in drop]


def _dedupe(events: list[Event], traces: list[Trace]) -> list[Event]:
    """One event per (code, source, target), and one meeting per pair ("visited Minsk, where he
    met Lukashenko"); a source's targetless event is dropped when the sentence gives the same
    source (for a statement, the same country) an event of the same CAMEO root with a target:
    "met X to discuss ..." (the discussion is the meeting); "the Kremlin rejected a proposal by
    Ukraine, with Lavrov saying Russia would not accept any deal" (one rejection). Also one row for
    one verb's act on several of one country, one protest per protester and target, a bare threat
    (130) given way to a finer one, and a threat with no one named aimed at the one its source makes
    a demand of."""
    seen: set[tuple[str, str, str | None]] = set()
    with_target = {(_root(e.cameo), _speaker(e)) for e in events if e.target is not None}
    out: list[Event] = []
    for e in events:
        if e.cameo.startswith("04") and not _within_a_country(e):
            key = (e.cameo[:2], e.source.country, e.target.country if e.target else None)  # a meeting:
            # one per pair of countries
        elif e.cameo.startswith("14"):  # "Protesters camped outside the secretariat kept up their sit-in":
            key = (e.cameo[:2], e.source.code, e.target.country if e.target else None)  # one protest by
            # each (a march and a strike by workers are two)
        elif e.cameo.startswith("04"):  # a state's talks with its own rebels go both ways; a mediator
            key = (e.cameo[:2], e.source.code, e.target.code if e.target else None)  # meets each side
        else:
            key = (e.cameo, e.source.code, e.target.code if e.target else None)
        if key in seen or (e.target is None and (_root(e.cameo), _speaker(e)) in with_target):
            continue
        if not e.cameo.startswith("04") and any(
                (_same_act(e, kept) and not _within_a_country(e)) or _one_act_on_many(e, kept)
                for kept in out):
            continue  # "ordered Russia's first mobilisation, calling up 300,000 reservists": RUS and
            # RUSGOV tell one act
        seen.add(key)
        out.append(e)
    better = [e for e in out if _told_better(e, out)]
    for e in better:
        traces.append(Trace(e.trigger, e.trigger_text, f"{e.rule}: a bare threat the same speaker's finer "
                                                       "threat to the same one tells: one row"))
    return [_to_the_one_asked(e, out) for e in out if e not in better]


def _to_the_one_asked(e: Event, events: list[Event]) -> Event:
    """A threat with no one named is to the one the same source makes a demand of in the sentence:
    "gave Israel four days to let aid back into Gaza, threatening to resume naval attacks"."""
    if e.target is not None or not e.cameo.startswith("13"):
        return e
    asked = {o.target.code: o.target for o in events if o.cameo.startswith("10") and o.target is not None
             and o.source.country == e.source.country and o.target.country != e.source.country}
    if len(asked) != 1:
        return e
    target = next(iter(asked.values()))
    return replace(e, target=target, rule=f"{e.rule} | target '{target.text}' = {target.code} (the one "
                                           f"the same source makes a demand of)")


def _told_better(e: Event, events: list[Event]) -> bool:
    """A bare threat (130) that the same country's finer threat to the same one tells: "Egypt could
    suspend its peace treaty with Israel if ..., two Egyptian officials warned" is one threat (1313)."""
    return e.cameo == "130" and any(
        o.cameo.startswith("13") and o.cameo != "130" and o.source.country == e.source.country
        and (o.target.country if o.target else None) == (e.target.country if e.target else None)
        for o in events)


def _root(cameo: str) -> str:
    """A CAMEO root for _dedupe, the three roots of force as one: "struck Iran's nuclear sites and
    killed top commanders" (190 with a target, 186 without) is one assault."""
    return "19" if _assault(cameo) else cameo[:2]


def _assault(cameo: str) -> bool:
    """A code of force that PLOVER counts as ASSAULT: not a blockade (191) or an occupation (192)."""
    return cameo[:2] in FORCE_ROOTS and cameo[:3] not in {"191", "192"}


def _same_act(e: Event, kept: Event) -> bool:
    """The same code by the same actor at the same one, one of them named without its sector
    ("Russia" and "Putin", "Sweden" and "the Swedish government"); the army and the RSF stay two."""
    def same(a: Actor | None, b: Actor | None) -> bool:
        return (a is None and b is None) or (a is not None and b is not None and a.country == b.country
                                             and (a.sector == b.sector or not a.sector or not b.sector))
    force = _assault(e.cameo) and _assault(kept.cameo)  # "struck Iran's nuclear sites and
    # killed several of its commanders": one assault
    return (e.cameo == kept.cameo or force) and same(e.source, kept.source) and same(e.target, kept.target)


def _one_act_on_many(e: Event, kept: Event) -> bool:
    """One verb's act on several of one country ("freed reporter Evan Gershkovich and former US Marine
    Paul Whelan", "detained opposition leader Rahul Gandhi and dozens of lawmakers"): one row for
    the pair of countries, as it is one act."""
    return (e.trigger == kept.trigger and e.cameo == kept.cameo and e.source.country == kept.source.country
            and (e.source.code == kept.source.code or e.target is None or kept.target is None
                 or e.target.code == kept.target.code)  # "Gandhi and dozens of lawmakers marched": one
            and (e.target.country if e.target else None) == (kept.target.country if kept.target else None))


def _within_a_country(e: Event) -> bool:
    """A meeting of two actors of one country ("Colombia's government held talks with the ELN"), or
    a mediation between such actors ("Norway brokered talks between Colombia's government and the
    ELN"): the actors, not their countries, tell the rows apart."""
    return e.target is not None and (e.target.country == e.source.country or e.cameo.startswith("045"))


def _speaker(e: Event) -> str:
    """Who a statement is by for _dedupe: the country for verbal events (a government and its
    minister say one thing), the actor for material ones (a president's release and a prime
    minister's resignation are two events)."""
    return e.source.country if e.cameo[:2] in VERBAL_ROOTS else e.source.code


def _consultations(events: list[Event], traces: list[Trace]) -> list[Event]:
    """A consultation is between political actors and has a counterpart: a visit, meeting or
    mediation with none named ("visited Bucha", "greeted supporters", "a deal brokered by
    the Vatican") and the travels of private people ("a Canadian businessman arrived in New
    Delhi after being extradited") are none; their meetings with officials stay."""
    kept: list[Event] = []
    for e in events:
        if not e.cameo.startswith("04"):
            kept.append(e)
            continue
        if e.cameo.startswith("042") and e.source.sector in PRIVATE_SECTORS:
            traces.append(Trace(e.trigger, e.trigger_text, f"{e.rule}: a private person's travel, no "
                                                           "visit; not coded"))
            continue
        if e.cameo.startswith("042") and any(
                o.target is not None and o.target.code == e.source.code and o.cameo[:2] in DONE_TO
                for o in events):  # "Spain granted asylum to Edmundo Gonzalez, who flew to Madrid"
            traces.append(Trace(e.trigger, e.trigger_text, f"{e.rule}: the travel of one released, "
                                                           "sheltered or sent away; no visit, not coded"))
            continue
        if e.target is not None:
            kept.append(e)
            continue
        traces.append(Trace(e.trigger, e.trigger_text, f"{e.rule}: a consultation with no counterpart "
                                                       "named; not coded"))
    return kept


def _with_recipients(events: list[Event], traces: list[Trace], cameo: Mapping[str, CameoCode]) -> list[Event]:
    """The PLOVER manual's types that require a recipient (COOPERATE, AID, SANCTION) are no
    event without one: "imposed new sanctions" with no one named says nothing dyadic. Nor is a meeting
    or trip one calls off (125) when no one is named to meet: a refusal ("snubbed the talks") stays."""
    kept = []
    for e in events:
        ptype = cameo[e.cameo].plover_type
        if e.target is None and ptype in RECIPIENT_REQUIRED:
            why = f"{e.rule}: {ptype} requires a recipient (PLOVER manual) and none is named; not coded"
            traces.append(Trace(e.trigger, e.trigger_text, why))
            continue
        if e.target is None and e.cameo.startswith("125") and e.pattern.words[-1] in CALLED_OFF:
            why = f"{e.rule}: one's own meeting or trip called off, no one named to meet; not coded"
            traces.append(Trace(e.trigger, e.trigger_text, why))  # "cancelled a planned trip to Central Asia"
            continue
        kept.append(e)
    return kept


def _family(ptype: str | None, naming: bool = False) -> str | None:
    """The participle pass's notion of the same type: a concession and its carrying out are one;
    so are a rejection and the name a `naming` participle gives what it rejects ("dismissed
    Putin's demand, calling it an ultimatum")."""
    if naming and ptype in DISAPPROVING:
        return "disapprove"
    return "yield" if ptype in YIELDING else ptype
