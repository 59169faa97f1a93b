"""Pre-parse filter: decide, from tokens alone, which sentences must be parsed.

The parser is the cost (DESIGN.md, "Performance shape"). A sentence can only give an event
when it holds a trigger word and something a source actor can come from; everything else
needs no parse. The rules below follow what coder/events.py and its stages (triggers, noun_events,
parties, verb_events, with coder/clauses.py) and coder/actors.py (with pronouns.py) read:

- A trigger: a token whose lower-case form the lemmatizer can turn into a lemma of
  verb_patterns or noun_patterns, with a pattern whose required words (obj=, xcomp=, prt=, pred=,
  prepositions and their objects, the modifiers of a multi-word noun) all occur in the
  sentence. `TriggerForms` computes every lemma that spaCy's rule lemmatizer (and the model's
  attribute ruler) could give a word, for any part of speech, so no trigger is missed; a few
  extra candidates only cost a parse.
- A source: a dictionary mention (named actor or agent noun), a word that may be a surname of
  a person named earlier in the article, a pronoun ("he" resolves to the article's last
  person, "it" to its last state or organisation), "two" or "both" ("the two agreed": the
  last two countries, or the parties of the last meeting), or a reciprocal noun trigger
  ("the talks" take the parties of the last reciprocal event).
- A crowd word ("Thousands marched in the capital": words.txt's `crowd_words`) is a source: a
  protest by a crowd is by the people where it happens.
- Words of the engine's own rules that code events without a pattern (joint action:
  "jointly", "joint", "trained alongside"; words.txt's `joint_words` and `joint_verbs`) count as
  triggers.
- Lemmas whose patterns can never be written (CAMEO 01 statements and 02 appeals without
  `recip`) still matter when the sentence holds an agent noun: resolving "the ministry said"
  teaches the article who "the ministry" is.
- Context: a sentence that is not parsed still counts its mentions (surnames, the article's
  main country: tokens are enough). The last person named and the first state or
  organisation named are read from the parse, so a sentence naming a person (an
  organisation, or a single official by role: "the German ambassador") is parsed when a later
  parsed sentence holds "he", "she", ... ("it"); the
  sentence just before one that holds "they" is parsed (its plural subject is the antecedent).

When the engine learns a new way to find a source or to remember something across sentences,
these rules must learn it too: tests/test_prefilter.py compares the filtered run with parsing
every sentence on the seeds and the gold sets, and has one case per context rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from coder.actors import ORG_KINDS, PERSON_PRONOUNS, ActorIndex, Mention
from coder.lexicon import Lexicon
from coder.types import ActorEntry, Pattern, Words

ACTIVE, INERT, RECIP = 1, 2, 4


class TriggerForms:
    """Lower-case words that may carry a trigger lemma, as bit flags ACTIVE, INERT, RECIP."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.patterns: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
        for table in (lexicon.verb_patterns, lexicon.noun_patterns):
            for lemma, patterns in table.items():
                for p in patterns:
                    written = lexicon.cameo[p.code].plover_type is not None
                    flag = ACTIVE if written or p.recip else INERT
                    if p.recip and p.kind == "noun":
                        flag |= RECIP
                    self.patterns.setdefault(lemma, []).append((flag, _required_words(p)))
        self.exceptions: list[dict[str, list[str]]] = []
        self.rules: list[list[tuple[str, str]]] = []
        self.ruler: dict[str, set[str]] = {}
        self.regexes: list[tuple[re.Pattern[str], str]] = []
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
            self.exceptions = list(lookups.get_table("lemma_exc", {}).values())
            self.rules = list(lookups.get_table("lemma_rules", {}).values())
        self._ruler_lemmas(nlp)
        self.cache: dict[str, frozenset[str]] = {}
        self.words = lexicon.words

    def _ruler_lemmas(self, nlp: Language) -> None:
        """Lemmas the attribute ruler sets on the words it names (as such, in a list or by a
        regular expression)."""
        names = [n for n in ("attribute_ruler", "coder_attribute_ruler") if n in nlp.pipe_names]
        specs = [spec for n in names for spec in nlp.get_pipe(n).patterns]  # type: ignore[attr-defined]
        for spec in specs:
            lemma = spec["attrs"].get("LEMMA")
            if lemma is None:
                continue
            for pattern in spec["patterns"]:
                token = pattern[spec.get("index", 0)]
                for key in ("LOWER", "ORTH", "TEXT", "NORM"):
                    value = token.get(key)
                    if isinstance(value, str):
                        value = {"IN": [value]}
                    if not isinstance(value, dict):
                        continue
                    for word in value.get("IN", ()):
                        self.ruler.setdefault(word.lower(), set()).add(lemma.lower())
                    if "REGEX" in value:
                        self.regexes.append((re.compile(value["REGEX"], re.IGNORECASE), lemma.lower()))

    def possible_lemmas(self, lower: str) -> set[str]:
        """Every lemma spaCy's rule lemmatizer could give this word, whatever its tag."""
        forms = {lower, *self.ruler.get(lower, ())}
        forms.update(lemma for regex, lemma in self.regexes if regex.search(lower))
        for table in self.exceptions:
            forms.update(f.lower() for f in table.get(lower, ()))
        for rules in self.rules:
            for old, new in rules:
                if lower.endswith(old) and len(lower) > len(old) - len(new):
                    forms.add(lower[: len(lower) - len(old)] + new)
        return forms

    def forms(self, lower: str) -> frozenset[str]:
        """The word and every lemma it may have (cached)."""
        found = self.cache.get(lower)
        if found is None:
            found = self.cache[lower] = frozenset(self.possible_lemmas(lower))
        return found

    def flags(self, lower: str) -> int:
        """Which kinds of trigger this word may be, whatever the rest of the sentence."""
        return self.sentence_flags([lower])

    def sentence_flags(self, words: list[str]) -> int:
        """Which kinds of trigger the sentence of these lower-case words may hold: a trigger
        lemma with a pattern whose required words (object, complement, particle, preposition,
        modifier) all occur in the sentence, as such or as a possible lemma."""
        present: set[str] = set()
        for word in words:
            present.update(self.forms(word))
        flags = ACTIVE if _joint(present, self.words) else 0
        for lemma in present:
            for flag, required in self.patterns.get(lemma, ()):
                if all(not alternatives.isdisjoint(present) for alternatives in required):
                    flags |= flag
        return flags


def _joint(present: set[str], words: Words) -> bool:
    """Words of the joint-action rule (events.py) ("jointly dismantled", "joint exercises", "trained
    alongside", two states' troops "opened the exercise"), which codes cooperation without a pattern."""
    return (not present.isdisjoint(words.joint_words) or "jointly" in present
            or (not present.isdisjoint(words.joint_verbs) and not present.isdisjoint({"alongside", "with"}))
            or (not present.isdisjoint(words.force_objects)
                and not present.isdisjoint({"and", "two", "both"})))


def _required_words(pattern: Pattern) -> tuple[frozenset[str], ...]:
    """For each condition of a pattern that names words, the words one of which must occur."""
    required: list[frozenset[str]] = []
    for values in (pattern.obj, pattern.xcomp, pattern.prt, pattern.pred):
        if values is not None and "*" not in values:
            required.append(_heads(values))
    for word, values in pattern.preps:
        required.append(frozenset({word}))
        if values is not None and "*" not in values:
            required.append(_heads(values))
    required.extend(frozenset({w}) for w in pattern.words[:-1])
    return tuple(required)


def _heads(values: frozenset[str]) -> frozenset[str]:
    """The values with the noun of each modifier_noun value ("military_truck" asks for "truck" in
    the sentence; the modifier is checked on the parse)."""
    return frozenset(values) | {v.rsplit("_", 1)[1] for v in values if "_" in v}


@dataclass
class SentenceTriage:
    """What the tokens of one sentence promise."""

    candidate: bool = False
    person_pronoun: bool = False  # he, she, him, her, his
    it_pronoun: bool = False
    person_sure: bool = False  # names a person (the last person named after it)
    person_maybe: bool = False  # names a person or a word that may be a surname
    org_maybe: bool = False  # names a state or organisation (the antecedent of "it")
    they_pronoun: bool = False


def triage(doc: Doc, bounds: list[tuple[int, int]], index: ActorIndex, forms: TriggerForms,
           *, story_start: int = 0) -> list[bool]:
    """For each sentence [start, end) of a tokenized doc: must it be parsed? Mentions before
    `story_start` (a dateline, a character offset) name no actor."""
    surnames: dict[str, ActorEntry] = {}
    found: list[SentenceTriage] = []
    for start, end in bounds:
        span = doc[start:end]
        mentions = [m for m in index.mentions(span, {}) if doc[m.start].idx >= story_start]
        found.append(_sentence(span.text, [t.text for t in span], mentions, surnames, forms,
                               crowds=index.words.crowd_words))
        if any(m.is_agent and doc[m.end - 1].lower_ in index.words.person_roles for m in mentions):
            found[-1].person_maybe = True  # "the German ambassador": "him" later, when no one is named
        for m in mentions:
            if isinstance(m.entry, ActorEntry) and m.entry.kind == "person" and m.entry.surname:
                surnames[m.entry.surname] = m.entry
    parse = [s.candidate for s in found]
    for i, sent in enumerate(found):
        if sent.candidate and sent.person_pronoun:
            _antecedent(found, parse, i, lambda s: s.person_maybe, lambda s: s.person_sure)
        if sent.candidate and sent.it_pronoun:
            _antecedent(found, parse, i, lambda s: s.org_maybe, lambda s: False)
        if sent.candidate and sent.they_pronoun and i > 0:  # "They demanded ...": the plural subject
            parse[i - 1] = True  # of the sentence just before
    return parse


def _antecedent(found: list[SentenceTriage], parse: list[bool], i: int,
                maybe: Callable[[SentenceTriage], bool], sure: Callable[[SentenceTriage], bool]) -> None:
    """Parse the sentences before i that may set the pronoun's antecedent, back to one that
    surely does. For "it" no sentence is sure (an organisation's phrase may resolve to no
    actor), so every earlier sentence naming one is parsed."""
    for j in range(i - 1, -1, -1):
        if maybe(found[j]):
            parse[j] = True
            if sure(found[j]):
                return


def _sentence(text: str, words: list[str], mentions: list[Mention], surnames: dict[str, ActorEntry],
              forms: TriggerForms, crowds: frozenset[str] = frozenset()) -> SentenceTriage:
    stripped = text.strip()
    if not stripped:
        return SentenceTriage()
    flags = forms.sentence_flags([w.lower() for w in words])
    kinds = {m.entry.kind for m in mentions if isinstance(m.entry, ActorEntry)}
    person_sure = "person" in kinds
    person_maybe = person_sure or any(w in surnames for w in words)
    lower = {w.lower() for w in words}
    person_pronoun = not lower.isdisjoint(PERSON_PRONOUNS)
    it_pronoun = "it" in lower
    they_pronoun = "they" in lower
    agent = any(m.is_agent for m in mentions)
    pair = not lower.isdisjoint({"two", "both"})  # "the two agreed": the parties of the last meeting
    crowd = not lower.isdisjoint(crowds)  # "Thousands marched in the capital": the people there
    source = (bool(mentions) or person_maybe or person_pronoun or it_pronoun or they_pronoun or pair
              or crowd or bool(flags & RECIP))
    candidate = not stripped.endswith("?") and (
        bool(flags & ACTIVE) and source or bool(flags & INERT) and agent)
    return SentenceTriage(candidate, person_pronoun, it_pronoun, person_sure, person_maybe,
                          not kinds.isdisjoint(ORG_KINDS), they_pronoun)
