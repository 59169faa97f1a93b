"""Triggers: the words of a sentence that name an event in the verb and noun dictionaries, and
the pattern each is coded with (the one whose conditions hold best; a refusal in the future, the
act a demand asks for, the several-word noun a support verb carries). The base of the event
finder: it holds the compiled dictionaries every later stage reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from coder.actors import SentenceActors
from coder.clauses import NOUN_POS, VERB_POS, Features, _aux_in, _holds, _pobjs, features
from coder.lexicon import Lexicon
from coder.targets import TargetSearch
from coder.types import Pattern
from coder.where import Gazetteer

# "Will not" or "would never" do a cooperative act is refusing it (PLOVER REJECT, "refuse to
# cooperate"), the CAMEO 12 code that mirrors the act, by its code, longest first; a past "did not
# meet" stays no event. Intent 03x, consult 04, diplomatic 05 (a treaty: 127), material 06, aid 07
# and yielding 08 each have their refusal.
REFUSAL_CODES = (("0311", "1211"), ("0312", "1212"), ("0313", "1213"), ("031", "121"), ("032", "120"),
                 ("0331", "1221"), ("0332", "1222"), ("0333", "1223"), ("0334", "1224"), ("033", "122"),
                 ("0341", "1231"), ("0342", "1232"), ("0343", "1233"), ("0344", "1234"), ("034", "123"),
                 ("0351", "1241"), ("0353", "1243"), ("0354", "1244"), ("0355", "1245"), ("0356", "1246"),
                 ("035", "124"), ("036", "125"), ("038", "126"), ("03", "120"), ("04", "125"),
                 ("057", "127"), ("05", "120"), ("061", "1211"), ("062", "1212"), ("063", "1213"),
                 ("06", "121"), ("071", "1221"), ("072", "1222"), ("073", "1223"), ("074", "1224"),
                 ("07", "122"), ("081", "1241"), ("083", "123"), ("084", "1243"), ("085", "1244"),
                 ("086", "1245"), ("087", "1246"), ("08", "124"))
REFUSAL_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
# The demand (CAMEO 10) that asks for a cooperative act, by the act's code: "called on NATO
# allies to send air defence systems" (072) is 1032. The first prefix that fits wins.
DEMAND_CODES = (("061", "1011"), ("062", "1012"), ("063", "1013"), ("064", "1014"), ("06", "101"),
                ("071", "1031"), ("072", "1032"), ("073", "1033"), ("074", "1034"), ("07", "103"),
                ("081", "1051"), ("082", "1052"), ("0831", "1041"), ("0832", "1042"), ("0833", "1043"),
                ("0834", "1044"), ("083", "104"), ("084", "1053"), ("085", "1054"), ("086", "1055"),
                ("087", "1056"), ("08", "105"), ("036", "106"), ("037", "107"), ("038", "108"),
                ("039", "108"), ("04", "106"), ("05", "102"))
GENERIC_ASKING = frozenset({"020"})  # a line that says no more than "asked" (an appeal)
PLACE_KINDS = {"capital": "city", "disputed": "region"}  # a gazetteer kind as an object word of obj=


class Triggers:
    """Finds trigger words and chooses their patterns; holds nothing but the compiled dictionaries."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.words = lexicon.words
        self.targets = TargetSearch(lexicon, gazetteer)

    def _triggers(self, sent: Span, actors: SentenceActors) -> dict[int, tuple[Token, str]]:
        found: dict[int, tuple[Token, str]] = {}
        for tok in sent:
            self._repair_lemma(tok)
            lemma = tok.lemma_.lower()
            if tok.dep_ in {"aux", "auxpass"} or _inside_a_name(tok, actors):
                continue
            if (tok.pos_ in VERB_POS or tok.tag_.startswith("VB")) and lemma in self.lexicon.verb_patterns:
                found[tok.i] = (tok, "verb")
            elif tok.pos_ in NOUN_POS and lemma in self.lexicon.noun_patterns:
                found[tok.i] = (tok, "noun")
        return found

    def _repair_lemma(self, tok: Token) -> None:
        """The parser's lemma of a regular verb form is sometimes cut wrong ("staged" → "stag",
        "waged" → "wag"): when it names no pattern and a regular stem of the word does, the stem
        is the lemma."""
        if not tok.tag_.startswith("VB"):
            return
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test":
            tok.lemma_ = "test"  # "test-fired a ballistic missile", "test-launched": a weapons test
            return
        if tok.lemma_.lower() in self.lexicon.verb_patterns:
            return
        word = tok.lower_
        stems: list[str] = []
        if word.endswith("ed"):
            stems = [word[:-1], word[:-2]]
        elif word.endswith("ing"):
            stems = [word[:-3] + "e", word[:-3]]
        elif word.endswith("es"):
            stems = [word[:-1], word[:-2]]
        stem = next((s for s in stems if s in self.lexicon.verb_patterns), None)
        if stem is not None:
            tok.lemma_ = stem

    def _choose(self, tok: Token, kind: str, sent: Span | None = None) -> tuple[Pattern | None, Features]:
        table = self.lexicon.verb_patterns if kind == "verb" else self.lexicon.noun_patterns
        feats = features(tok, self.words, self.lexicon.support_verbs if kind == "noun" else frozenset())
        if sent is not None:
            for obj in (o for o in feats.objs if o.pos_ == "PROPN"):
                hit = self.gazetteer.place_at(sent, obj)  # "captured Goma": a town, as obj=town|city says
                if hit is not None:
                    feats.places.add(PLACE_KINDS.get(hit[0].kind, hit[0].kind))
        best = _best(table[tok.lemma_.lower()], feats)
        if best is None and kind == "verb" and feats.negated and _aux_in(tok, REFUSAL_AUX):
            done = _best(table[tok.lemma_.lower()], replace(feats, negated=False))
            refused = next((r for k, r in REFUSAL_CODES if k == done.code[:len(k)]), None) if done else None
            if done is not None and refused in self.lexicon.cameo:  # "will not establish relations with X"
                best = replace(done, code=refused, neg=True, source=f"{done.source} refused ('{tok.text}' "
                                                                      f"negated in the future)")
        generic = best is None or best.code in GENERIC_ASKING or (  # "called on X to ..." of no finer
            tok.lemma_.lower() == "call" and best.xcomp is not None and "*" in best.xcomp)  # kind
        if kind == "verb" and generic and tok.lemma_.lower() in self.words.asking_verbs:
            best = self._asked_act(tok, feats) or best
        return best, feats

    def _pattern_of(self, tok: Token, kind: str) -> Pattern | None:
        """The pattern `tok` would be coded with as a trigger of `kind`, if it names any."""
        table = self.lexicon.verb_patterns if kind == "verb" else self.lexicon.noun_patterns
        return self._choose(tok, kind)[0] if tok.lemma_.lower() in table else None

    def _asked_act(self, verb: Token, feats: Features) -> Pattern | None:
        """"Called on NATO allies to send more Patriot systems": a cooperative act asked for is
        the demand that mirrors it (DEMAND_CODES), aimed at the one asked."""
        if verb.lemma_.lower() == "call" and not any(w == "on" for w, _ in feats.preps):
            return None  # "called Putin to discuss Ukraine" is a phone call
        for act in feats.xcomps:
            inner = self._pattern_of(act, "verb")
            code = next((d for k, d in DEMAND_CODES if inner is not None and inner.code.startswith(k)), None)
            if inner is not None and not inner.neg and code in self.lexicon.cameo:
                return replace(inner, code=code, recip=False, src=(), tgt=("dobj", "on", "dative"),
                               source=f"{inner.source} asked for ('{verb.text}' + '{act.text}')")
        return None

    def _carried_compound(self, verb: Token, feats: Features, triggers: dict[int, tuple[Token, str]],
                          chosen: dict[int, tuple[Pattern | None, Features]]) -> Pattern | None:
        """The several-word noun trigger ("drone strike", "travel ban", "hunger strike") that a
        support verb carries as its object; its pattern names more than the verb's obj= can."""
        if verb.lemma_.lower() not in self.lexicon.support_verbs:
            return None
        for obj in feats.objs:
            noun = chosen[obj.i][0] if obj.i in triggers and triggers[obj.i][1] == "noun" else None
            if noun is not None and len(noun.words) > 1:
                return noun
        return None

    def _plain_noun_pattern(self, lemma: str, code: str) -> Pattern | None:
        """The noun's own pattern among those of a CAMEO code family, the fewest words first
        ("protest", not "protest march"; "talks", not "phone talks")."""
        fitting = [p for p in self.lexicon.noun_patterns.get(lemma, ()) if p.code.startswith(code)]
        return min(fitting, key=lambda p: len(p.words), default=None)

    def _group_member(self, head: Token) -> Token:
        """What a quantity or group noun is made of: "thousands of protesters", "a contingent of
        217 Kenyan police officers"; else the noun itself."""
        if head.lemma_.lower() in self.words.group_heads:
            return next(iter(_pobjs(head, {"of"})), head)
        return head


def _best(patterns: Iterable[Pattern], feats: Features) -> Pattern | None:
    """The pattern with the most conditions that hold; a tie goes to the first line."""
    best: Pattern | None = None
    for pattern in patterns:
        if _holds(pattern, feats) and (best is None or pattern.weight > best.weight):
            best = pattern
    return best


def _inside_a_name(tok: Token, actors: SentenceActors) -> bool:
    """A word of a named actor's several-word name ("Support" in "Rapid Support Forces",
    "Mobilization" in "Popular Mobilization Forces") is no event trigger."""
    m = actors.by_token.get(tok.i)
    return m is not None and not m.is_agent and m.end - m.start > 1
