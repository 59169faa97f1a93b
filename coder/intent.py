"""Intent: a future or promised act is coded as the intent to do it (CAMEO 03x, PLOVER AGREE), a
future or promised conflict act as a threat (CAMEO 13); "agreed to X" takes the intent code of X."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from coder.clauses import _conditional, _conditions, _promised, _vowed, subject_of
from coder.triggers import Triggers
from coder.types import Pattern

# Future or promised cooperation is coded as the intent to do it (PLOVER's AGREE).
INTENT_CODES = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                "CONCEDE": "035", "RETREAT": "035"}
GENERIC_INTENT = "030"
RESIGNATION = "0831"  # announced, a resignation is the act (RETREAT), not an intent to yield
# The intent of a material act named by its CAMEO code, finer than its type's: "agreed to hold joint
# military exercises" (062) is 0312, "was ready to send peacekeepers" (074) 0334. An intent line of a
# parent code (031, 033) takes the finer one its complement names: "pledged to send more Patriot
# missiles" (send missiles, 072) is 0332, not the pledge-to-send line's 033.
INTENT_BY_CODE = (("061", "0311"), ("062", "0312"), ("063", "0313"), ("064", "0314"),
                  ("071", "0331"), ("072", "0332"), ("073", "0333"), ("074", "0334"))
REFINABLE_INTENTS = frozenset({"031", "033"})
# A future or promised conflict action is a threat (PLOVER THREATEN), by CAMEO code, longest first:
# reduced relations, aid cut, sanctions, halted talks or mediation, expulsions; restrictions,
# bans, curfews, emergencies, repression; protest; blockade, occupation, unconventional
# violence, weapons of mass destruction, any other force.
THREAT_CODES = (("1621", "1311"), ("1622", "1311"), ("1623", "1311"), ("161", "1313"), ("162", "1311"),
                ("163", "1312"), ("164", "134"), ("165", "135"), ("166", "136"), ("160", "1313"),
                ("1721", "1321"), ("1722", "1322"), ("1723", "1323"), ("1724", "1324"), ("17", "137"),
                ("14", "133"), ("191", "1381"), ("192", "1382"), ("18", "1383"), ("204", "1385"),
                ("19", "1384"), ("20", "138"))  # a future deployment stays one: "will send troops to help"


class Intents(Triggers):
    """Recodes a future or promised act as its intent or threat."""

    def _intent_code(self, pattern: Pattern) -> str | None:
        """The intent (03x) of doing what `pattern` codes: by its CAMEO code (INTENT_BY_CODE), else
        by its PLOVER type (INTENT_CODES)."""
        finer = next((c for k, c in INTENT_BY_CODE if pattern.code.startswith(k)), None)
        if finer is not None and finer in self.lexicon.cameo:
            return finer
        return INTENT_CODES.get(self.lexicon.cameo[pattern.code].plover_type or "")

    def _as_intent(self, verb: Token, pattern: Pattern, how: str) -> tuple[Pattern, str]:
        """Future or promised cooperation is AGREE (PLOVER): "will visit", "would send aid",
        "promised to sign", "was ready to resume talks" take the matching CAMEO 03x code. A bare
        "agreed to X" takes the intent code of X: "agreed to extend the ceasefire" is a promised
        concession (035), "agreed to open negotiations" an intent to negotiate (036)."""
        if pattern.code.startswith("035") and self._offered_concession(pattern.code, verb):
            return (replace(pattern, code=GENERIC_INTENT),  # "agreed to exchange prisoners" (0353)
                    how + f"; offered or agreed together: an agreement ({GENERIC_INTENT}), not a concession")
        if pattern.code == GENERIC_INTENT or pattern.code in REFINABLE_INTENTS:
            for comp in (c for c in verb.children if c.dep_ == "xcomp"):
                inner = self._pattern_of(comp, "verb")
                code = self._intent_code(inner) if inner else None
                fits = pattern.code == GENERIC_INTENT or (
                    code is not None and code != pattern.code and code.startswith(pattern.code))
                if code is not None and code in self.lexicon.cameo and fits:
                    if self._offered_concession(code, verb):
                        return (replace(pattern, code=GENERIC_INTENT),
                                how + f"; agreed together to '{comp.text}': an agreement, not a concession")
                    return replace(pattern, code=code), how + f"; agreed to '{comp.text}': intent {code}"
        ptype = self.lexicon.cameo[pattern.code].plover_type
        code = self._intent_code(pattern)
        threat = next((c for k, c in THREAT_CODES if pattern.code.startswith(k)), None)
        ordered = (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.words.order_heads
                   and pattern.code[:2] in {"18", "19", "20"})  # "told police to shoot anyone who ..."
        if code is None and threat is not None and not pattern.neg and threat in self.lexicon.cameo and (
                _vowed(verb, self.words) or ordered or _conditional(verb, self.words) or (
                    _promised(verb, self.words) and (
                        pattern.code[:2] in {"18", "19", "20"} or _conditions(verb, self.words)
                        or any(o.dep_ in {"dobj", "obj"} and o.lemma_.lower() in self.words.reprisal_words
                               for o in verb.children)))):  # "Moscow would take counter-measures"
            # "Warsaw would close the border if ...", "Israel will strike Iran"; "Finland will close
            # the crossing from Thursday" is the measure announced, not a threat; "said it could use
            # force if the soldiers refused" is one
            return replace(pattern, code=threat), how + f"; future or promised {ptype}: a threat, {threat}"
        if code is None or pattern.neg or code not in self.lexicon.cameo or not _promised(verb, self.words):
            return pattern, how
        if pattern.code.startswith(RESIGNATION):  # "announced that he would resign once his party chose
            return pattern, how + "; a resignation announced: the act itself"  # a new leader"
        if verb.dep_ == "xcomp" and self._offered_concession(code, verb.head):
            return (replace(pattern, code=GENERIC_INTENT),
                    how + f"; {ptype} offered or promised to each other: an agreement ({GENERIC_INTENT}), "
                          f"not a concession")
        return replace(pattern, code=code), how + f"; future or promised {ptype}: intent {code}"

    def _offered_concession(self, code: str, head: Token) -> bool:
        """A concession (035) offered ("was willing to hand over the bodies") or promised by two
        sides to each other ("Ethiopia and Eritrea agreed to reopen their border crossings") is an
        agreement (AGREE), not one side's announced concession (CONCEDE)."""
        if self.lexicon.cameo[code].plover_type != "CONCEDE":
            return False
        if head.lemma_.lower() in self.words.offer_heads:
            return True
        subject = subject_of(head, self.words)  # also a second verb's: "met in Istanbul and agreed to"
        return subject is not None and any(  # "Ethiopia and Eritrea", "Russian and Ukrainian delegations"
            c.dep_ == "conj" or (c.dep_ in {"amod", "compound"} and any(g.dep_ == "conj" for g in c.children))
            for c in subject.children)
