"""Clauses: what a trigger governs (its objects, complements, particles and prepositions, as the
patterns' conditions ask for them) and what governs it (negation, mood, conditions, the clause
it is a circumstance of); the subject a verb inherits. Tokens in, tokens or flags out."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from coder.types import Pattern, Words

# Edges that start an independent clause: a trigger below one is not nested in the trigger above.
CLAUSE_EDGES = frozenset({"advcl", "conj", "parataxis", "relcl", "acl", "ROOT", "appos"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
PENDING_MARKS = frozenset({"before", "until", "till", "once"})  # with a present tense: not yet
CONDITION_MARKS = frozenset({"if", "unless", "until", "till"})  # a threat's condition
# Modal auxiliaries of a possibility or advice ("could blockade", "should start talking"); "would"
# is a future in reported speech ("said it would send aid"), a possibility only for an event noun.
MODALS = frozenset({"could", "might", "may", "should"})
SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")
HIDDEN_PARTICLES = frozenset({"out", "back", "away", "off"})
# Particles the parser tags as a bare adverb right after the verb: "stepped down", "turned back a delegation"
ADVERB_PARTICLES = frozenset({"down", "back", "aside", "out"})
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
POSSIBLE_AUX = frozenset({"could", "might", "may"})  # with a condition, a threat: "could use force if"
RECEIVING = frozenset({"receive", "get", "obtain", "secure", "accept"})  # the giver is "from" someone
CIRCUMSTANCE_PREPS = frozenset({"after", "during", "before", "following", "upon", "while", "ahead"})
CONTINUING = frozenset({"keep", "continue", "resume", "maintain", "step"})  # "vowed to keep fighting"
MEANS_PREPS = frozenset({"by"})  # "retaliated by expelling six diplomats": the means is the event
VERB_POS = frozenset({"VERB"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
NEARER = frozenset({"closer", "nearer", "close", "near"})  # an adverb whose preposition is the verb's
TIME_SPANS = frozenset({"hour", "day", "week", "month"})  # "gave the junta one week to ..."
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "describe"})  # "called X a terrorist"
# Objects of "on"/"at" that are times, which a PREP=* condition does not take: "fired on Thursday"
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day",
                        "night", "morning", "evening", "afternoon", "weekend", "eve", "dawn", "midnight",
                        "noon", "date", "occasion", "anniversary", "week", "month", "year"})


@dataclass
class Features:
    """What a trigger governs, as the patterns' conditions ask for it."""

    objs: list[Token] = field(default_factory=list)
    xcomps: list[Token] = field(default_factory=list)
    preds: list[Token] = field(default_factory=list)  # the object's predicate ("called X unjust")
    prts: list[str] = field(default_factory=list)
    preps: list[tuple[str, Token | None]] = field(default_factory=list)
    modifiers: set[str] = field(default_factory=set)
    negated: bool = False
    passive: bool = False
    future: bool = False  # "will not", "would not", "won't": a refusal, not a past non-event
    places: set[str] = field(default_factory=set)  # kinds of place its objects name ("captured Goma": city)
    small_clause: list[Token] = field(default_factory=list)  # "allowed UN inspectors back in": the inspectors
    pending: bool = False  # "has yet to ratify", "has not yet agreed": not done, nor refused


def _judged_act(tok: Token, words: Words) -> bool:
    """A naming verb whose object is an act told in its sentence: "(in) a move the State
    Department called a constructive step", "in what Congolese officials called a declaration of
    war"; what it is called judges the act and the one who did it."""
    if tok.lemma_.lower() not in NAMING_VERBS:
        return False
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in words.act_references:
        return True
    return tok.dep_ == "pcomp" and tok.head.lower_ == "in" and any(  # not "jailed for what prosecutors
        c.dep_ in {"dobj", "obj"} and c.lower_ == "what" for c in tok.children)  # called extremism"


def features(tok: Token, words: Words, support: frozenset[str] = frozenset()) -> Features:
    """Collect what a trigger governs: objects, complements, particles, prepositions."""
    feats = Features()
    feats.passive = _is_passive(tok)
    has_dobj = any(c.dep_ in {"dobj", "obj"} for c in tok.children)
    has_object = has_dobj or any(c.dep_ == "dative" for c in tok.children)  # "called him a traitor"
    first_oprd = next((c for c in tok.children if c.dep_ == "oprd"), None)
    judged = _judged_act(tok, words)
    for child in tok.children:
        dep = child.dep_
        if judged and dep in {"dobj", "obj", "oprd"}:  # "in a move the State Department called a
            if child.lower_ != "what":  # constructive step": the name is the judgement of the act
                feats.preds.append(child)
            continue
        # "Macron called Putin": an object the parser missed; "called the court an instrument of
        # repression", both parsed oprd: the first is the object, the second the predicate
        missed = dep == "oprd" and not has_object and first_oprd is not None and child.i == first_oprd.i
        if (dep in {"dobj", "obj"} and tok.lemma_.lower() in NAMING_VERBS and child.pos_ != "PROPN"
                and any(c.dep_ in {"dobj", "obj"} and c.i < child.i for c in tok.children)):
            feats.preds.append(child)  # "calling them strong punishment": two objects, the second the name
        elif dep in {"dobj", "obj"} or (dep == "nsubjpass" and feats.passive) or missed:
            feats.objs.extend([child, *child.conjuncts])
        elif dep == "oprd" and child.pos_ != "PROPN":  # "called the operation Rising Lion" judges nothing
            feats.preds.append(child)
        elif dep in {"xcomp", "ccomp", "advcl"} and child.pos_ in {"VERB", "AUX"} and (
                dep == "xcomp" or (dep in {"advcl", "ccomp"} and tok.lemma_.lower() in words.control_verbs
                                   and (has_object or dep == "ccomp")
                                   and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))):
            # "to press the university to cut its ties": the parser hangs the infinitive as a purpose;
            # "ordered some 1.1 million people in northern Gaza to move south": as a clause of its own
            feats.xcomps.extend([child, *(c for c in child.conjuncts)])
            if child.lemma_.lower() == "help":  # "offered to help mediate", "pledged to help end the war":
                feats.xcomps.extend(c for c in child.children if c.dep_ == "xcomp")  # the act helped with
            if dep == "ccomp":
                told = [c for c in child.children if c.dep_ == "nsubj"]
                feats.small_clause.extend(told)
                feats.objs.extend(told)
        elif dep == "ccomp" and child.pos_ == "ADJ" and any(c.dep_ == "nsubj" for c in child.children):
            told = [c for c in child.children if c.dep_ == "nsubj"]  # "declared the Shor party
            feats.objs.extend(told)  # unconstitutional": a small clause, its subject the object and
            feats.small_clause.extend(told)  # the adjective its predicate
            feats.preds.append(child)
        elif dep == "prt":
            feats.prts.append(child.lower_)
            if not has_object:  # "sealed off the area": the parser hangs the object on the particle
                feats.objs.extend(o for c in child.children if c.dep_ == "pobj" for o in (c, *c.conjuncts))
        elif _hidden_particle(child):  # "pulled out of the town", "handed the villages back to X"
            feats.prts.append(child.lower_)
            for inner in (c for c in child.children if c.dep_ == "prep"):
                feats.preps.extend(_prep_objects(inner))
        elif (dep == "advmod" and child.lower_ in ADVERB_PARTICLES and child.i == tok.i + 1
              and not any(True for _ in child.children)):  # "stepped down", "turned back a delegation"
            feats.prts.append(child.lower_)
        elif dep in {"prep", "agent", "dative"} and child.pos_ == "ADP" and _of_solidarity(child):
            for other in (c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP"):
                feats.preps.extend(_prep_objects(other))  # "marched in solidarity with the Palestinians and
                # against Israel's bombardment": the ones stood with are no party of the act
        elif dep in {"prep", "agent", "dative"} and child.pos_ == "ADP":
            feats.preps.extend(_prep_objects(child))
        elif dep == "advmod" and any(g.dep_ == "advmod" and g.lower_ in {"back", "out"}
                                     for g in child.children):  # "pull its fighters back north of the
            feats.prts.extend(g.lower_ for g in child.children if g.lower_ in {"back", "out"})  # Litani"
        elif dep == "advmod" and child.lower_ in NEARER:  # "moved troops closer to the border with Kosovo"
            for inner in (c for c in child.children if c.dep_ == "prep"):
                feats.preps.extend(_prep_objects(inner))
        elif dep in {"compound", "amod"}:
            feats.modifiers.update({child.lemma_.lower(), child.lower_})
    if tok.lemma_.lower() in RECEIVING and not any(w == "from" for w, _ in feats.preps):  # "received a
        for obj in list(feats.objs):  # package of military aid from Sweden": the parser hangs the giver
            for inner in (obj, *_pobjs(obj, {"of"})):  # on the thing given
                givers = [prep for prep in inner.children if prep.dep_ == "prep" and prep.lower_ == "from"]
                feats.preps.extend(p for prep in givers for p in _prep_objects(prep))
    if tok.lemma_.lower() == "be":  # "was responsible for", "was to blame", "was behind the plot"
        feats.preds.extend(c for c in tok.children if c.dep_ in {"acomp", "xcomp", "prep"})
    if not feats.preds and tok.lemma_.lower() in NAMING_VERBS:  # "calling its president, Petro, an 'illegal
        for obj in list(feats.objs):  # drug leader'": the judgement parsed as an apposition of the name
            chain = [obj]        # ("called Putin, a longtime ally," is a phone call: one apposition only)
            while len(chain) < 4:
                nxt = next((c for c in chain[-1].children if c.dep_ == "appos"), None)
                if nxt is None:
                    break
                chain.append(nxt)
            feats.preds.extend(a for a in chain[2:] if any(d.dep_ == "det" and d.lower_ in {"a", "an"}
                                                           for d in a.children))
    if not has_object and tok.lemma_.lower() in words.permit_verbs:  # "allowed monitors to patrol"
        for comp in (c for c in tok.children if c.dep_ == "ccomp"):
            who = [c for c in comp.children if c.dep_ == "nsubj"]
            if comp.pos_ in NOUN_POS:  # "declared the ambassador persona non grata": both count
                feats.objs.append(comp)
                who = who or [comp]
            feats.small_clause.extend(who)
            feats.objs.extend(who)
            for child in (c for c in comp.children if c.dep_ == "prep" and comp.pos_ not in NOUN_POS):
                feats.preps.extend(_prep_objects(child))  # "let a convoy carrying flour into Karabakh"
    if tok.dep_ == "acl" and feats.passive:
        feats.objs.append(tok.head)
    if not has_object and not feats.passive:
        feats.objs.extend(_shared_verb_objects(tok))
    datives = [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    if len(datives) >= 2 and not has_dobj:
        feats.objs.append(datives[-1])  # "will give Ukraine 49 retired Abrams tanks": two datives parsed
    if not feats.passive and has_object and not has_dobj:  # "gave French troops a month to leave"
        feats.objs.extend(c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN")
    elif not feats.passive and has_dobj and any(  # "gave the junta one week to reinstate Bazoum": the
            c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children):  # time given, the one given it parsed as the object
        feats.objs.extend(c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                          and c.lemma_.lower() in TIME_SPANS)
    for obj in list(feats.objs):  # "treated hundreds of wounded civilians": the civilians
        if obj.lemma_.lower() in words.quantity_objects:  # "30 billion yen in loans", "tonnes of food"
            feats.objs.extend(_pobjs(obj, {"of", "in"}))
            feats.objs.extend(_pobjs(tok, {"in"}))  # "sent 4 million euros in aid"
        feats.objs.extend(_cargo(obj, words))
    for obj in list(feats.objs):  # "tonnes of rice" carried by a ship; "expelled six of their diplomats"
        if obj.lemma_.lower() in words.quantity_objects or (obj.tag_ == "CD" and obj.dep_ in {"dobj", "obj"}):
            feats.objs.extend(o for o in _pobjs(obj, {"of"}) if o not in feats.objs)
    for obj in list(feats.objs):
        for child in obj.children:
            if child.dep_ == "prep":
                feats.preps.extend(_prep_objects(child))
        for inner in obj.subtree:  # "treat any attempt to divert the river as an act of war"
            if inner.dep_ == "prep" and inner.lower_ == "as" and inner.head.dep_ == "acl":
                feats.preps.extend(_prep_objects(inner))
    if tok.pos_ in NOUN_POS and tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in support:
        for child in tok.head.children:
            if child.dep_ == "prep":
                feats.preps.extend(_prep_objects(child))
        feats.negated = is_negated(tok.head)
    for word, value in list(feats.preps):  # "supplied Russia with hundreds of Shahed drones"
        if value is not None and value.lemma_.lower() in words.quantity_objects:
            feats.preps.extend((word, o) for o in _pobjs(value, {"of"}) if (word, o) not in feats.preps)
    feats.negated = feats.negated or is_negated(tok) or any(  # "held no bilateral talks"
        c.dep_ == "det" and c.lower_ == "no" for o in feats.objs if o.head.i == tok.i for c in o.children)
    feats.future = _aux_in(tok, FUTURE_AUX | {"wo", "ca", "can", "could"})
    feats.pending = _pending(tok)
    return feats


def _pending(tok: Token) -> bool:
    """"Hungary has yet to ratify", "Israel has not yet agreed", "is yet to respond": the act is
    still awaited."""
    def yet(node: Token) -> bool:
        return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in node.children)
    if yet(tok) and any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"have", "be"} and yet(tok.head)


def _shared_verb_objects(verb: Token) -> list[Token]:
    """The object a verb with none shares with the verb coordinated after it, when that one has
    no subject of its own: "attacked and sank the Greek-operated carrier"."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "obj", "dative"} for c in verb.children):
        return []
    return [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            for o in c.children if o.dep_ in {"dobj", "obj"}]


def _hidden_particle(tok: Token) -> bool:
    """A particle the parser takes for a preposition or adverb because a preposition follows:
    "out" in "pulled out of the town", "back" in "handed the villages back to Azerbaijan"."""
    return (tok.dep_ in {"prep", "advmod"} and tok.lower_ in HIDDEN_PARTICLES
            and not any(c.dep_ == "pobj" for c in tok.children)
            and any(c.dep_ == "prep" for c in tok.children))


def _cargo(obj: Token, words: Words) -> list[Token]:
    """What a vehicle object carries: "a navy ship carrying rice", "ships loaded with food"."""
    cargo: list[Token] = []
    for acl in (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in words.carrying):
        cargo += [c for c in acl.children if c.dep_ in {"dobj", "obj"}] + _pobjs(acl, {"with"})
    return cargo


def _pobjs(head: Token, preps: Collection[str]) -> list[Token]:
    """The objects of the given prepositions under `head` ("tonnes of food": food)."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for o in _shared_objects(p, {"pobj"})]


def _shared_objects(prep: Token, deps: Collection[str]) -> list[Token]:
    """A preposition's objects; one coordinated with another shares its objects: "flights to
    and from Panama"."""
    own = [c for c in prep.children if c.dep_ in deps]
    return own or [o for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"
                   for o in c.children if o.dep_ in deps]


def _of_solidarity(prep: Token) -> bool:
    """A "with" the parser hangs on the verb that belongs to "in solidarity with" before it."""
    return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() == "solidarity"


def _prep_objects(prep: Token) -> list[tuple[str, Token | None]]:
    objs = _shared_objects(prep, {"pobj", "pcomp"})
    word = prep.lower_
    if word == "with":  # "held indirect talks in Muscat, with Oman mediating": a clause, no partner
        objs = [o for o in objs if not (o.lower_.endswith("ing") and o.tag_ in {"VBG", "NN"}
                                        and any(c.dep_ in {"compound", "nsubj"} for c in o.children))]
    if not objs:
        return [(word, None)]
    return [(word, o) for obj in objs for o in [obj, *obj.conjuncts]]


def _holds(pattern: Pattern, feats: Features) -> bool:
    if feats.pending or pattern.neg != feats.negated or (pattern.future and not feats.future):
        return False
    if pattern.obj is not None and not (_lemma_in(feats.objs, pattern.obj) or feats.places & pattern.obj):
        return False
    if pattern.xcomp is not None and not _lemma_in(feats.xcomps, pattern.xcomp):
        return False
    if pattern.pred is not None and not (
            feats.preds and ("*" in pattern.pred or _lemma_in(feats.preds, pattern.pred))):
        return False
    if pattern.prt is not None and not (set(feats.prts) & pattern.prt or ("*" in pattern.prt and feats.prts)):
        return False
    if len(pattern.words) > 1 and not set(pattern.words[:-1]) <= feats.modifiers:
        return False
    for word, values in pattern.preps:
        objs = [t for w, t in feats.preps if w == word]
        if not objs:
            return False
        if values is not None and not _lemma_in([t for t in objs if t is not None], values):
            return False
        if values is None and word in {"on", "at"} and all(  # "fired on Thursday" fires on no one
                t.lemma_.lower() in TIME_WORDS for t in objs if t is not None):
            return False
    return True


def _lemma_in(tokens: list[Token], values: frozenset[str]) -> bool:
    """A value is a lemma or word ("aid"), a modifier and its noun joined by "_"
    ("military_aid", "war_crime", "hunger_strike"), or a verb and its particle ("step_down")."""
    if not tokens:
        return False
    return "*" in values or any(
        t.lemma_.lower() in values or t.lower_ in values
        or any(f"{w}_{t.lemma_.lower()}" in values for m in t.children if m.dep_ in {"compound", "amod"}
               for w in (m.lemma_.lower(), m.lower_))
        or any(f"{t.lemma_.lower()}_{m.lower_}" in values for m in t.children if m.dep_ == "prt")
        for t in tokens)


def is_negated(tok: Token) -> bool:
    """Negated itself, or through the words that control it ("was not willing to accept")."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in node.children):
            return True
        if any(d.dep_ == "det" and d.lower_ == "no"  # "No Russian officials took part in the summit"
               for c in node.children if c.dep_ in {"nsubj", "nsubjpass"} for d in c.children):
            return True
        if node.dep_ not in {"xcomp", "acomp"}:
            return False
        node = node.head
    return False


def _sport(sent: Span, words: Words) -> Token | None:
    """The word that makes the sentence a sports report: a sport's own vocabulary ("six wickets",
    "World Cup qualifier"), or a score ("21-18") with a result verb ("beat", "defeat", "win")."""
    score = SCORE.search(sent.text)
    for tok in sent:
        if tok.lemma_.lower() in words.sport_words and tok.pos_ in NOUN_POS:
            return tok
        if tok.lemma_.lower() == "set" and any(c.lower_ == "straight" for c in tok.children):
            return tok  # "won in straight sets"
        if tok.text == "Cup" and tok.head.lemma_.lower() in words.cup_games:
            return tok  # "clashed in a rain-hit Asia Cup match"; not "stadiums for the 2030 World Cup"
        if score is not None and tok.lemma_.lower() in words.result_verbs:
            return tok
    return None


def _background(tok: Token, clause: Token, words: Words) -> Token | None:
    """A life or a past told as background: a relative clause on the one whose death is
    reported ("Fujimori, who ordered troops to storm the residence, died"), or anything under
    an anniversary or commemoration ("marked the anniversary of the Uprising, when ..."), or what
    something is "since"."""
    history = next((a for a in tok.ancestors if a.lemma_.lower() in words.background_heads), None)
    if history is not None:
        return history
    if tok.dep_ == "pobj" and tok.head.lower_ == "since":  # "marked 35 years since the Iraqi invasion", "the
        return tok.head  # biggest protests since the 2019 uprising": a past event that dates the present
    for node in (tok, *tok.ancestors):  # "Seventy years ago this week, leaders ... met in Bandung"
        ago = next((c for c in node.children if c.lower_ == "ago" and any(
            g.lemma_.lower() in {"year", "decade", "century"} for g in c.children)), None)
        if ago is not None:
            return ago
        if node.dep_ in CLAUSE_EDGES - {"conj"} and not (node.dep_ == "advcl" and node.tag_ == "VBG"):
            break  # a participle ("..., killing 140,000 people") shares its clause's time
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "who was jailed and tortured"
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    owner = clause.head
    while owner.dep_ in {"appos", "conj"} and owner.head.i != owner.i:
        owner = owner.head
    if owner.dep_ in {"nsubj", "nsubjpass"} and owner.head.lemma_.lower() in words.obituary_verbs:
        return owner.head
    return None


def _in_a_work(tok: Token, words: Words) -> bool:
    """The trigger's clause is set in a film, book or show ("In the film, marines storm ...")."""
    clause = tok
    while clause.dep_ not in CLAUSE_EDGES and clause.head.i != clause.i:
        clause = clause.head
    if any(o.lemma_.lower() in words.works for o in _pobjs(clause, {"in"})):
        return True
    # "a dystopian novel in which a mother searches for her family after the police arrest her husband"
    return any(a.dep_ in {"relcl", "acl"} and a.head.lemma_.lower() in words.works for a in tok.ancestors)


def _hypothetical(node: Token) -> bool:
    """A condition ("if Rwanda attacked"), or a time to come: "before the two countries sign a
    peace treaty", "once Addis Ababa completes its debt restructuring" (present tense)."""
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    return bool(marks & HYPOTHETICAL_MARKS) or (bool(marks & PENDING_MARKS) and node.tag_ in {"VBP", "VBZ"})


def _conditions(verb: Token, words: Words) -> list[Token]:
    """The subjects of the conditions a threat sets, in its own clause or the clauses it
    governs: "threatened to close the strait if the United States attacked" → United States;
    "warned that the city would be razed unless Hamas disarmed" → Hamas."""
    clauses: list[Token] = [verb]
    conditions: list[Token] = []
    for clause in clauses:
        for child in clause.children:
            if child.dep_ in {"ccomp", "xcomp", "conj"} and len(clauses) < 8:
                clauses.append(child)
            elif child.dep_ == "advmod" and child.lower_ == "long":  # "as long as the blockade continues"
                conditions.extend(g for g in child.children if g.dep_ == "advcl")
            elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                               for m in child.children):
                conditions.append(child)
    return [s for c in conditions for s in [subject_of(c, words)] if s is not None]


def _conditional(verb: Token, words: Words) -> bool:
    """A possibility on a condition: "said it could use force if the soldiers refused" is a threat,
    not a hypothetical."""
    return _aux_in(verb, POSSIBLE_AUX) and bool(_conditions(verb, words))


def _aux_in(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def _modal(verb: Token, *, noun_subject: bool = False) -> bool:
    return _aux_in(verb, MODALS | {"would"} if noun_subject else MODALS)


def _purpose(node: Token) -> bool:
    """An infinitive of purpose ("sent troops to fight the cartels") belongs to its verb."""
    return node.dep_ == "advcl" and _aux_in(node, frozenset({"to"}))


def _promised(verb: Token, words: Words) -> bool:
    """The verb is future ("will visit", "would send") or promised ("pledged to invest")."""
    if _aux_in(verb, FUTURE_AUX):
        return True
    if (verb.dep_ == "xcomp" or _purpose(verb)) and verb.head.pos_ in VERB_POS \
            and _aux_in(verb.head, FUTURE_AUX):
        return True  # "will send engineers to help Lithuania": the help is future too; "would withdraw
        # from the ICC, hours after Netanyahu arrived" is not
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words.proposal_heads:
        return True  # "proposed that Russia and Ukraine resume talks"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and _aux_in(verb, frozenset({"to"})):
        return True  # "The European Union is to give Moldova a further 145 million euros"
    node = verb  # "promised to keep supporting Ukraine", "pledged to continue delivering aid"
    while node.dep_ == "xcomp" and node.head.lemma_.lower() in CONTINUING and node.head.i != node.i:
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in words.promise_heads | words.raising_heads


def _vowed(verb: Token, words: Words) -> bool:
    """The verb is vowed or promised, through verbs of going on: "vowed to keep fighting Israel",
    "pledged to continue attacking ships"."""
    node = verb
    while node.dep_ == "xcomp" and node.head.lemma_.lower() in CONTINUING and node.head.i != node.i:
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in words.promise_heads


def _mutual(verb: Token, words: Words) -> str | None:
    """What marks the coordinated subjects of a verb as acting on each other: "each other" or
    "one another" in its clause ("accused each other", "expelled each other's envoys"), or
    "each" on the verb or its subject ("Russia and Ukraine each freed 390 soldiers"), which
    names no target of its own ("each sent troops to Mali" does)."""
    subject = subject_of(verb, words)
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_EDGES - {"conj"} and c is not subject]
    while stack:
        tok = stack.pop()
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and (tok.lower_, nxt.lower_) in {("each", "other"), ("one", "another")}:
            return "each other"
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_EDGES)
    heads = {verb.i} | ({subject.i} if subject is not None else set())
    if any(t.lower_ == "each" and t.head.i in heads for t in verb.sent):
        return "each"
    return None


def _is_passive(tok: Token) -> bool:
    """Passive voice, also reduced ("the talks, mediated by Qatar", "blamed on the TTP")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        return True
    has_subject = any(c.dep_ in {"nsubj", "csubj"} for c in tok.children)
    has_object = any(c.dep_ in {"dobj", "obj"} for c in tok.children)  # "strikes killed 30 people"
    return tok.dep_ in {"acl", "advcl"} and tok.tag_ == "VBN" and not has_subject and not has_object


def _comma_participle(verb: Token) -> bool:
    """", first engaging with X": a participle after a comma belongs to the clause, not to the
    noun before it, whatever the parser attached it to."""
    start = verb.left_edge.i
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and start > 0 and verb.doc[start - 1].text == ","


def _speaker_clause(verb: Token, words: Words) -> Token:
    """", accusing Kigali of ...": a speaker's participle after a comma hung on a subordinate
    clause ("if Rwanda attacked", "that the mission leave") belongs to the clause above it."""
    start = verb.left_edge.i
    if (verb.dep_ != "advcl" or verb.tag_ != "VBG" or start == 0 or verb.doc[start - 1].text != ","
            or verb.lemma_.lower() not in words.speaker_participles
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):  # "each side blaming"
        return verb
    node = verb.head
    while (node.dep_ in {"advcl", "ccomp"} and node.head.i != node.i
           and any(c.dep_ == "mark" for c in node.children)):
        node = node.head
    return node if node.i != verb.head.i else verb


def _stray_modifier(first: Token, second: Token) -> bool:
    """`first` stands right before `second`'s own phrase, everything between belonging to it."""
    between = range(first.i + 1, second.left_edge.i)
    return (first.i + 1 <= second.left_edge.i and not any(c.dep_ != "punct" for c in first.children)
            and all(first.doc[i].head.i in {t.i for t in second.subtree} for i in between)
            and second.left_edge.i == first.i + 1 + len(between))


def subject_of(verb: Token, words: Words) -> Token | None:
    """The subject of a verb, inherited through control, participles and coordination."""
    node = _speaker_clause(verb, words)
    for _ in range(8):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if len(subjects) >= 2 and _stray_modifier(subjects[0], subjects[1]):
            return subjects[1]  # "Thai acting Prime Minister Phumtham Wechayachai and ... met": "Thai" a
            # second subject the parser split off the first one's phrase
        for child in node.children:
            if child.dep_ in {"nsubj", "csubj"} or (
                    child.dep_ == "nsubjpass" and node is not verb
                    and node.lemma_.lower() in words.raising_heads):
                return child
        before = node.doc[node.i - 1] if node.i > node.sent.start else None
        if (node.dep_ == "conj" and before is not None and before.pos_ == "PROPN" and before.dep_ == "conj"
                and before.left_edge.i > node.sent.start and node.doc[before.left_edge.i - 1].lower_ == "and"
                and before.head.i < before.i and before.head.i != node.head.i):
            return before  # "Hamas freed 13 hostages on Friday and Israel released 39 prisoners": the
            # parser hangs "Israel" on "Friday"; the name before the second verb is its subject
        controlled = node.dep_ == "advcl" and node.head.lemma_.lower() in words.control_verbs and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children)  # "prompting the United States
        if node.dep_ == "xcomp" or controlled:  # and Canada to scramble fighter jets": the object acts
            objs = [c for c in node.head.children if c.dep_ in {"dobj", "dative"}]
            if objs:
                return objs[0]
        if _comma_participle(node):
            clause = next((a for a in node.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if clause is None:
                return None
            node = clause
            continue
        if (node.dep_ == "acl" and node.head.dep_ in {"dobj", "obj"} and node.head.head.pos_ == "VERB"
                and node.head.lemma_.lower() in words.enacted_texts):
            node = node.head.head  # "passed a law banning UNRWA": the ones who passed it ban it
            continue
        if node.dep_ in {"acl", "relcl"}:
            return node.head
        if (node.dep_ == "pcomp" and node.head.lower_ in CIRCUMSTANCE_PREPS | MEANS_PREPS
                and node.head.dep_ == "prep"):
            node = node.head.head  # "said after meeting Rubio": the one who said met him
            continue
        if node.dep_ == "ROOT":  # "Nauru cut diplomatic ties with Taiwan", "Nauru" parsed as an adverb
            lead = next((c for c in node.children if c.dep_ in {"advmod", "npadvmod"} and c.pos_ == "PROPN"
                         and c.i == node.sent.start), None)
            if lead is not None:
                return lead
        if (node.dep_ == "ccomp" and node is not verb and verb.dep_ == "conj" and verb.head.i == node.i
                and any(c.dep_ == "nsubjpass" for c in node.children) and not _is_passive(verb)):
            node = node.head  # "Pakistan said civilians had been killed and vowed to retaliate": the
            continue  # parser hangs "vowed" on the passive it reports; its subject is the speaker's
        if node.dep_ not in {"xcomp", "acomp", "advcl", "conj", "pcomp"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _meeting_clause(noun: Token, pattern: Pattern) -> Token | None:
    """The clause a meeting is a circumstance of: "accepted the plan after talks with US
    officials", "said during a visit to Kyiv", "told Trump in a phone call". The meeting is an
    event of its own, held by that clause's subject."""
    prep = noun.head
    if (not pattern.code.startswith("04") or noun.dep_ != "pobj" or prep.dep_ != "prep"
            or prep.lower_ not in CIRCUMSTANCE_PREPS | {"at", "in"}):
        return None
    host = prep.head
    if host.pos_ in NOUN_POS and host.dep_ == "pobj" and host.head.dep_ == "prep":
        host = host.head.head  # "congratulated Trump on his election victory in a phone call": the
        # parser hangs the call on the victory
    if host.pos_ not in {"VERB", "AUX"} or host.dep_ in {"acl", "relcl"}:  # "Moldova's bid to join the
        return None  # EU during a visit"
    while (host.dep_ == "xcomp" or _purpose(host)) and host.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"dobj", "obj"} for c in host.head.children):
        host = host.head  # "asked Trump to lift sanctions during their talks", "pressed Netanyahu to agree to
        # pauses during talks in Tel Aviv": the parser hangs the talks on what was asked
    return host


def _agents(verb: Token) -> list[Token]:
    """The by-agents of a passive, also one the parser hangs on its predicate ("were declared
    persona non grata by Estonia")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "oprd")]
    found = [o for h in heads for c in h.children
             if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
             for o in c.children if o.dep_ == "pobj"]
    if not found:  # "were shipped to Somalia by Ukraine": the agent hung on the place before it
        found = [o for p in _pobjs(verb, {"to", "from", "into"}) if p.pos_ == "PROPN"
                 for c in p.children if c.dep_ == "prep" and c.lower_ == "by"
                 for o in c.children if o.dep_ == "pobj"]
    return found


def _passive_targets(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        subjects.append(verb.head)
    return subjects


# Prepositions whose object can carry the "with" party of the verb: the talks pulled out of, the
# deal withdrawn from, the telephone spoken by.
WITH_HOSTS = frozenset({"of", "from", "by", "via", "over"})


def _absolute(obj: Token) -> bool:
    """A "with" phrase that is a clause of its own, its object doing something ("held indirect talks
    in Muscat, with Oman's foreign minister carrying messages"): no party of the verb."""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in obj.children)


def _slot_tokens(verb: Token, slots: tuple[str, ...], feats: Features,
                 default: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for slot in slots or default:
        if slot == "dobj":
            out.extend(c for c in verb.children if c.dep_ in {"dobj", "obj"})
            out.extend(feats.small_clause)
            if not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
                out.extend(c for c in verb.children if c.dep_ == "oprd")  # "called Putin"
                out.extend(_shared_verb_objects(verb))  # "attacked and sank the carrier"
        elif slot == "dative":
            out.extend(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP")
            out.extend(t for w, t in feats.preps if w == "to" and t is not None)
        elif slot == "ccomp":
            for comp in (c for c in verb.children if c.dep_ == "ccomp"):
                out.extend(c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"})
        elif slot == "xcomp":
            out.extend(c for c in verb.children if c.dep_ == "xcomp")
        else:
            direct = [t for w, t in feats.preps if w == slot and t is not None
                      and not (slot == "with" and _absolute(t))]
            if not direct and slot == "between":  # "offered to help mediate between Israel and Iran"
                direct = [p for x in feats.xcomps for p in _pobjs(x, {"between"})]
            if not direct and slot == "with":  # "pulled out of talks with Ukraine", "withdrew from the
                direct = [p for w, t in feats.preps  # deal with Iran", "spoke by telephone with Putin":
                          if w in WITH_HOSTS and t is not None  # the party hangs on the talks or the line
                          for p in _pobjs(t, {"with"})]
            out.extend(direct)
    return out


def _means(node: Token) -> bool:
    """A gerund that tells how its clause's action was done: "responded by expelling". Under a
    verb with a charge ("accuses the Emirates of complicity in genocide by arming the RSF") it
    tells what the charge is, not how the verb was done."""
    verb = node.head.head
    return (node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in MEANS_PREPS
            and node.head.dep_ == "prep" and verb.pos_ == "VERB"
            and not any(p.dep_ == "prep" and p.lower_ == "of" for t in [verb, *verb.children]
                        if t.i == verb.i or t.dep_ in {"dobj", "obj"} for p in t.children))


def _means_of(verb: Token) -> list[Token]:
    """The gerunds that tell how `verb` was done ("hit back by expelling six diplomats")."""
    return [c for p in verb.children if p.dep_ == "prep" for c in p.children if _means(c)]


def _through_ccomp(node: Token, top: Token) -> bool:
    """A that-clause (ccomp) lies on the way from `node` up to `top`."""
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ == "ccomp":
            return True
        node = node.head
    return False


def _blocker(tok: Token, blocking: set[int], words: Words,
             said: frozenset[int] = frozenset()) -> Token | None:
    """The trigger or negating word that this trigger is nested under, if any. Statements
    (CAMEO 01: "announced", "said") are transparent; accusations, rejections, requests,
    threats and negations are not: "accused X of attacking Y" is only an accusation."""
    node = tok
    if _modal(tok) or (tok.dep_ in {"nsubj", "nsubjpass"} and _modal(tok.head, noun_subject=True)):
        return tok  # "China could blockade Taiwan", "a blockade would choke off imports"
    if _hypothetical(tok):
        return tok  # "has not said whether it will take part", "if Hezbollah attacked"
    if tok.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
        return tok  # "would respond decisively to any Israeli attack": none has happened
    if tok.pos_ in NOUN_POS and any(c.dep_ in {"amod", "compound"} and c.lower_ in words.unheld_modifiers
                                    for c in tok.children):
        return tok  # "Planned talks between Israel and Hamas collapsed before they began"
    if tok.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "acomp" and c.lemma_.lower() in words.hypothetical_heads for c in tok.head.children):
        return tok  # "a meeting between Xi and Trump was likely", "Beijing's support is unlikely to waver"
    if (tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in words.raising_heads) or (
            tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in words.raising_heads
                                        for c in tok.head.children)):
        return tok.head  # "talks between Russia and Ukraine are expected next week", "a meeting is
        # scheduled for Friday", "talks are due on Monday": planned, not held
    if tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in words.proposal_heads:
        return tok.head  # "Turkey suggested talks between Russia and Ukraine": proposed, not held
    if _in_a_work(tok, words):
        return tok  # "In the new war film, American marines storm a beach"
    if (tok.dep_ in {"acl", "relcl"} and tok.head.dep_ in {"dobj", "obj", "nsubjpass"}
            and tok.head.head.lemma_.lower() in words.blocking_verbs):
        return tok.head.head  # "vetoed a resolution demanding a ceasefire", "a draft that demanded": the
        # demand never passed
    judged = _judged_act(tok, words)
    what = tok.lemma_.lower() in NAMING_VERBS and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "what"
                                                      for c in tok.children)
    if judged or what:  # "cut ties with Rwanda, in what Congolese officials called a declaration of war"
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":  # "in what it called a stern warning": the
            return tok  # doer names its own act; "in response to what he called a threat": his reason
        if judged:
            return None
    while node.dep_ == "conj" and node.pos_ in NOUN_POS and node.head.pos_ in NOUN_POS \
            and node.head.i != node.i:
        node = node.head  # "agreed to step up joint training and intelligence sharing": a noun's
        # conjunct is nested where the noun is
    via_purpose = False
    while (node.dep_ not in CLAUSE_EDGES or _purpose(node)) and node.head.i != node.i:
        via_purpose = via_purpose or _purpose(node)
        if _means(node):
            return None  # "hit back by expelling six Canadian diplomats": the expulsion happened
        if (node.dep_ == "pcomp" and node.head.lower_ == "with" and node.head.i > 0
                and node.doc[node.head.i - 1].text == "," and any(c.dep_ == "nsubj" for c in node.children)):
            return None  # "broke off relations with Israel, with Vice President Murillo calling the
            # Israeli government 'fascist'": a clause with its own subject, its own event
        node = node.head
        if node.i in blocking or node.lemma_.lower() in (words.negator_lemmas
                                                         | words.hypothetical_heads):
            return node
        if _hypothetical(node) or _modal(node):
            return node
    if _hypothetical(node):
        return node
    if via_purpose and node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.i in blocking:
        return node.head  # "began a general strike, shutting down the grid, to press for a higher wage":
        # the aim of the act a comma participle goes on telling
    if node.dep_ == "conj" and _hypothetical(node.head):
        return node.head  # "unless Hamas disarmed and freed the hostages"
    if node.dep_ == "conj" and _modal(node.head):
        return node.head  # "should stop treating ... and start talking"
    if node.dep_ == "conj" and node.head.pos_ in {"VERB", "AUX"} and node.head.i != node.i:
        inherited = _blocker(node.head, blocking, words, said)  # a conjunct in a that-clause shares its
        if inherited is not None and inherited.i != node.head.i and (
                _through_ccomp(node.head, inherited) or (node.tag_ == "VB" and node.head.tag_ == "VB")):
            return inherited  # head's nesting: "demanded that the Houthis stop attacking ships and
            # free the crew", "urged the junta to stop air strikes and allow aid"; not "agreed to write
            # off the debt and released a payment", where the parser hangs the second main verb on
            # the complement
    if node.dep_ == "relcl" and node.head.lemma_.lower() in words.works:
        return node.head  # "a war film in which commandos storm an air base"
    background = _background(tok, node, words)
    if background is not None:
        return background  # "X, who sent troops to crush ..., died", "the anniversary of ..., when"
    if node.dep_ in {"acl", "xcomp"} and node.head.lemma_.lower() in words.negator_lemmas:
        return node.head  # "Kabul's reluctance to provide assurances"
    if (node.dep_ in {"acl", "ccomp"} and node.head.lemma_.lower() in words.report_nouns
            and node.head.head.lemma_.lower() in words.denials):
        return node.head.head  # "denied reports that Putin planned to visit Pyongyang"
    if node.dep_ in {"acl", "relcl"} and any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in node.head.children):
        return node.head  # "had no plans to send troops", "no intention to attack"
    if node.dep_ == "relcl" and node.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                                           for c in node.children):
        return node  # "expelled a Chinese official who had come to Asuncion", "freed the crew of a ship
        # they had seized": what was done before, told to say who they are
    if (node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBG")) and node.head.pos_ in NOUN_POS \
            and node.head.i != node.i:  # not "dismissed the warrants issued by the ICC": they were issued
        described = _blocker(node.head, blocking, words, said)  # "accused India of backing the militants
        if described is not None and described.i != node.head.i:  # who attacked a school bus": what the
            outer: Token | None = described  # ones in an accusation, a demand or a threat did is told
            for _ in range(3):  # inside it; not "visited Kyiv, where they demanded", "was met by Tokayev,
                if outer is None:  # who praised Beijing", "after a call with Trump, who paused tariffs"
                    break
                if outer.i in said:
                    return described
                outer = _blocker(outer, blocking, words, said)  # also "asked the ICJ for measures
                # forcing Israel to halt its offensive"
    return None
