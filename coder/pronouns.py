"""Pronouns and role words: "he", "it", "they", "them", "its", "the group", "the bloc", "the two
leaders", resolved from the sentence and the article so far (a mixin of SentenceActors,
coder/actors.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from coder.clauses import subject_of
from coder.context import ArticleContext, _to_end
from coder.mentions import ORG_KINDS, ActorIndex, Mention, _named_head
from coder.phrases import _conjuncts, _phrase, _phrase_head, _standing_for, _text
from coder.types import Actor, ActorEntry, AgentEntry, Words

PLACE_PREPS = frozenset({"in", "inside", "into", "across", "near"})  # a country after these is a place
# What those acted on were doing: "detained them as they marched"
MOVING = frozenset({"march", "rally", "protest", "demonstrate", "gather", "walk", "head", "try", "attempt",
                    "flee", "cross", "approach"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
ALLEGING_VERBS = frozenset({"accuse", "charge", "suspect"})  # "accused the bloc of ...": of the charge


class PronounResolver:
    """The pronoun and role-word resolution of SentenceActors, which it inherits; the rest of
    the resolution (resolve, resolve_one, ...) is SentenceActors'."""

    sent: Span
    index: ActorIndex
    context: ArticleContext
    words: Words
    mentions: list[Mention]
    by_token: dict[int, Mention]

    if TYPE_CHECKING:  # SentenceActors' own
        def resolve(self, token: Token) -> list[Actor]: ...

        def resolve_one(self, head: Token) -> Actor | None: ...

        def _named_group(self, mention: Mention) -> Actor | None: ...

        def _named_kind(self, mention: Mention, kind: str) -> Actor | None: ...

        def _mentions_in(self, phrase: list[Token]) -> list[Mention]: ...

    def _igo(self, mention: Mention) -> Actor | None:
        """The actor of a mention that names an international organisation."""
        return self._named_kind(mention, "igo")

    def _the_group(self, head: Token) -> Actor | None:
        """"the group" alone: the group named last before it, in the sentence or the article
        ("The Afghan Taliban's chief negotiator said the group would not accept ..."); "the court",
        "the fund", "the bank" alone: the organisation named before whose name ends in that word
        ("... withdraw from the International Criminal Court. The juntas called the court ...")."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        lemma = head.lemma_.lower()
        accused = head.head.lemma_.lower() in ALLEGING_VERBS  # "accusing the group of war crimes"
        if not definite or any(c.dep_ == "poss" or (c.dep_ == "prep" and any(
                g.dep_ == "pobj" for g in c.children) and not (accused and c.lower_ == "of"))
                for c in head.children):
            return None  # "the group of seven", "the bloc's leaders": not alone ("accused the bloc
            # of bias": the charge, parsed on the noun)
        described = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod", "npadvmod", "nummod"}]
        if any(self._named_modifier(c) for c in described):
            return None  # "the Palestinian group", "the Hamas group": the name says who
        if lemma in self.words.bloc_heads:
            return self._the_bloc(head)
        if described and (lemma != "group" or self.by_token.get(head.i) is not None):
            return None  # "the militant group": an agent noun, the armed group named last
        if any(c.dep_ == "prep" and not (accused and c.lower_ == "of") for c in head.children):
            return None
        if lemma != "group":
            named = next((m for m in reversed(self.mentions) if m.end <= head.i and _named_head(m) == lemma),
                         None)
            owner = self.resolve_one(self.sent.doc[named.end - 1]) if named is not None else None
            owner = owner or self.context.named_heads.get(lemma)
            if owner is None:
                return None
            return _standing_for(owner, head, "the organisation named before")
        groups = (self._named_group(m) for m in reversed(self.mentions) if m.end <= head.i)
        found = next((g for g in groups if g is not None), self.context.last_group)
        if found is None:
            return None
        return _standing_for(found, head, "the group named last")

    def _the_bloc(self, head: Token) -> Actor | None:
        """"the bloc", "the lender": the international organisation named last, in the sentence
        or the article."""
        before = (self._igo(m) for m in reversed(self.mentions) if m.end <= head.i)
        found = next((o for o in before if o is not None), self.context.last_igo)
        return _standing_for(found, head, "the organisation named last") if found is not None else None

    def _named_modifier(self, modifier: Token) -> bool:
        """A modifier that names an actor other than as a backer, leader or base ("Iran-backed",
        "Russian-led", "Washington-based" describe; "Palestinian" and "Hamas" name)."""
        if modifier.tag_ == "VBN" and any(c.dep_ == "npadvmod" for c in modifier.children):
            return False
        return any(isinstance(m.entry, ActorEntry) and m.entry.kind != "region" and not m.backer
                   for m in self._mentions_in(list(modifier.subtree)))

    def _the_two(self, head: Token) -> list[Actor]:
        """"the two leaders", "both countries", "the two sides": the last two countries named
        before them, in the sentence or the article ("Trump spoke with Putin ... the two leaders
        agreed" → USAGOV, RUSGOV)."""
        words = {c.lower_ for c in head.children if c.dep_ in {"nummod", "det", "predet"}}
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            words.add("the")  # "hosting his two counterparts"
        alone = head.lower_ == "two" and head.pos_ == "NUM" and "the" in words  # "when the two met"
        if not alone and (head.tag_ != "NNS" or not ({"both"} & words or {"the", "two"} <= words)):
            return []
        if not alone and head.lemma_.lower() not in self.words.pair_heads and not (
                head.i in self.by_token and self.by_token[head.i].is_agent):
            return []
        mention = self.by_token.get(head.i)
        sector = mention.entry.sector if mention is not None and isinstance(mention.entry, AgentEntry) else ""
        recent = list(self.context.recent_countries)
        for m in self.mentions:
            place = self.sent.doc[m.end - 1].dep_ == "pobj" and self.sent.doc[m.end - 1].head.lower_ in {
                "in", "at", "near", "to", "from"}  # "met in Abu Dhabi": a place, not a party
            if m.end <= head.i and not place and isinstance(m.entry, ActorEntry) \
                    and m.entry.code_on(self.context.date)[:3]:
                _to_end(recent, m.entry.code_on(self.context.date)[:3])
        parties = list(dict.fromkeys(a.code[:3] for a in self.context.last_recip))
        if len(parties) == 2:  # "Armenia and Azerbaijan met ... Both sides agreed"
            recent = parties
        pair = list({a.code: a for a in self.context.last_recip}.values())
        if len(parties) == 1 and len(pair) == 2:  # "Chapo met opposition leader Mondlane. The two"
            return [Actor(a.code, a.name, _text(self.sent, _phrase(head)), head.i, a.kind,
                          (*a.sources, "the parties of the last meeting")) for a in pair]
        actor = self._clause_subject(head)  # "Trump offered to work with both countries": not the US
        recent = [c for c in recent if actor is None or c != actor.code[:3]]
        if len(recent) < 2:
            return []
        return [Actor(country + sector, self.index.country_names.get(country, country),
                      _text(self.sent, _phrase(head)), head.i, "agent", ("the last two countries named",))
                for country in recent[-2:]]

    def _clause_subject(self, head: Token) -> Actor | None:
        """The named subject of the clause a phrase is an object in, through control verbs."""
        for anc in head.ancestors:
            if anc.pos_ not in {"VERB", "AUX"}:
                continue
            subject = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return None if subject.i == head.i else self.resolve_one(subject)
            if anc.dep_ != "xcomp":
                return None
        return None

    def _they(self, head: Token) -> list[Actor]:
        """"Manila and Tokyo said they would begin joint patrols": "they" in a reported clause is
        the coordinated subject of the verb that reports it, each member one actor."""
        clause = head.head
        while clause.dep_ in {"ccomp", "xcomp", "conj", "advcl", "relcl"} and clause.head.i != clause.i:
            clause = clause.head  # "visited Kyiv, where they demanded ...": up to the verb of "Kyiv"
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i != head.i:  # "Manila and Tokyo", "the leaders of X and Y"
                found = self.resolve(subject)
                if len({a.code[:3] for a in found}) >= 2:
                    return [_standing_for(a, head, "pronoun they") for a in found]
        acted_on = self._acted_on(head)
        if acted_on:
            return acted_on
        speaker = self._plural_reporter(head)
        if speaker is not None:
            return [_standing_for(speaker, head, "pronoun they: the ones who say it")]
        if head.dep_ == "nsubj" and head.head.dep_ == "ROOT" and not self._named_before(head):
            # "Thousands of farmers marched on parliament. They demanded ...": the plural subject before
            return [_standing_for(a, head, "pronoun they: the plural subject before")
                    for a in self.context.last_plural]
        return []

    def _acted_on(self, head: Token) -> list[Actor]:
        """"Police detained Rahul Gandhi and dozens of lawmakers as they marched": "they" subject of a
        clause of the time the main verb's act was done is the plural ones it was done to."""
        clause = head.head
        if head.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.lemma_.lower() not in MOVING or not any(
                m.dep_ == "mark" and m.lower_ in {"as", "when", "while"} for m in clause.children):
            return []  # "..., police said, as they searched his home": the police
        obj = next((c for c in clause.head.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is None or not (obj.tag_ in {"NNS", "NNPS"} or _conjuncts(obj)):
            return []
        return [_standing_for(a, head, "pronoun they: the ones acted on")
                for t in (obj, *_conjuncts(obj)) for a in self.resolve(t)]

    def _named_before(self, head: Token) -> bool:
        """The sentence names a state, organisation or agent before this word."""
        return any(m.end <= head.i for m in self.mentions)

    def _plural_reporter(self, head: Token) -> Actor | None:
        """"Police said they had begun rounding up ...", "Jordanian authorities said they had
        seized ...": "they" subject of a reported clause is the plural speaker that reports it."""
        speaker = self._reported_speaker(head.head) if head.dep_ in {"nsubj", "nsubjpass"} else None
        if speaker is None or _conjuncts(speaker) or speaker.i > head.i:
            return None  # "They also hit a village, Iraqi officials said": the ones before
        found = self.resolve_one(speaker)
        plural = speaker.tag_ in {"NNS", "NNPS"} or speaker.lower_ == "police" or (
            found is not None and found.kind == "group")  # "The Houthis said they would stop", the parser's
        # "Houthis" a singular name
        return found if plural and found is not None and found.kind in ORG_KINDS | {"agent"} else None

    def _them(self, head: Token) -> list[Actor]:
        """"expelled two British diplomats and ordered them to leave": "them" after a verb
        coordinated with one that has an object is that object."""
        verb = head.head
        if head.dep_ not in {"dobj", "dative"}:
            return []
        if verb.dep_ != "conj":  # "Moldova expelled 45 Russian diplomats. The ministry accused them
            return self._last_plural_target(head)  # of ...": the plural ones the last event fell on
        first = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"}), None)
        if first is None:
            return []
        return [_standing_for(a, head, "pronoun them") for a in self.resolve(first)]

    def _last_plural_target(self, head: Token) -> list[Actor]:
        """"them" with no antecedent in its sentence: the target of the article's last event, when
        that target was named by a plural noun in an earlier sentence."""
        if not self.context.acts or any(t.tag_ in {"NNS", "NNPS"} for t in head.sent if t.i < head.i):
            return []  # a plural named before it in its own sentence may be what it stands for
        target = self.context.acts[-1][1]
        doc = head.doc
        if target is None or not 0 <= target.head < head.sent.start or doc[target.head].tag_ != "NNS":
            return []
        return [_standing_for(target, head, "pronoun them: the plural ones the last event fell on")]

    def _possessive_owner(self, head: Token) -> Actor | None:
        """The owner a possessive pronoun names: "his" the last person, "its" and "their" the
        nearest state or organisation before it (its own clause's subject included: "Russia
        moved its troops")."""
        bloc = next((c for c in head.children if c.dep_ == "poss"
                     and c.lemma_.lower() in self.words.bloc_heads
                     and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if bloc is not None:  # "the bloc's other leaders": the organisation named last
            return self._the_bloc(bloc)
        pron = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is None:
            return None
        if pron.lower_ in {"his", "her"}:
            return self._pronoun(pron)
        if pron.lower_ not in {"its", "their"}:
            return None
        reporter = self._reporter(pron)
        if reporter is not None:  # "The Israeli military said its troops had fired"
            return reporter
        for i in range(pron.i - 1, self.sent.start - 1, -1):
            m = self.by_token.get(i)
            if (m is not None and isinstance(m.entry, ActorEntry) and m.entry.kind in ORG_KINDS
                    and self.sent.doc[m.end - 1].dep_ not in {"amod", "compound"}):  # "Colombian fisherman"
                return self.resolve_one(_phrase_head(self.sent.doc[m.end - 1]))
        return self.context.last_org

    def _reported_speaker(self, clause: Token) -> Token | None:
        """The named subject of the verb of saying a that-clause hangs on ("Nauru cut ties ... and
        said it would": Nauru), not a pronoun; also of a second that-clause ("saying that the waterway
        is Panama's and that his country would not negotiate")."""
        while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX"}:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.words.report_verbs:
            return None
        speaker = subject_of(clause.head, self.words)
        return speaker if speaker is not None and speaker.pos_ != "PRON" else None

    def _reporter(self, pron: Token, people: bool = False) -> Actor | None:
        """The state or organisation that says the clause a pronoun is in: "The Israeli military
        said its troops had fired" → ISRMIL; "Beijing said it would respond" → CHNGOV. With
        `people`, the person or office holder instead, for "he" and "she": "Kenya's president
        said he would withdraw the bill" → KENGOV."""
        clause = pron.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        speaker = self._reported_speaker(clause)
        if speaker is None:
            return None
        found = self.resolve_one(speaker)
        if found is None:
            return None
        own = self.by_token.get(speaker.i)
        if people:  # a person's name or an office ("president", "minister"), not a state
            human = own is not None and (own.is_agent or (isinstance(own.entry, ActorEntry)
                                                           and own.entry.kind == "person"))
            return found if human else None
        return found if found.kind in ORG_KINDS | {"agent"} else None

    def _it(self, head: Token) -> Actor | None:
        """"It" is the nearest named state or organisation before it that is not its own
        clause's subject ("cut ties with Belgium, accusing it" → Belgium); a subject "it"
        without one takes the first such actor of the sentence before."""
        verb = head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if head.dep_ == "nsubj" and any(c.lower_ == "what" for c in verb.children):
            owner, said = verb, None  # "staged drills around Taiwan, surrounding the island ..., in
            while said is None and owner.head.i != owner.i:  # what it called a stern warning": the subject
                owner = owner.head  # of the nearest clause above that has one
                said = next((c for c in owner.children if c.dep_ == "nsubj"), None)
            found = self.resolve_one(said) if said is not None and said.lower_ != "it" else None
            if found is not None:
                return _standing_for(found, head, "pronoun it: the subject of what it says")
        named = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "dobj" else None
        thing = next((c for c in named.children if c.dep_ == "dobj"), None) if named is not None else None
        found = self.resolve_one(thing) if thing is not None and thing.pos_ == "NOUN" else None
        if found is not None:  # "dismissed Putin's demand ..., calling it an ultimatum"
            return _standing_for(found, head, "pronoun it: what its clause acted on")
        reporter = self._reporter(head) if head.dep_ in {"nsubj", "nsubjpass"} else None
        if reporter is not None:  # "The military said it had targeted Hamas command centres"
            return _standing_for(reporter, head, "pronoun it: the one who says it")
        subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        # a subject "it" is first the nearest subject before it ("demanded that Iran stop sending
        # drones to Russia, and warned of sanctions if it did not" → Iran), then any actor
        for subjects_only in ((True, False) if head.dep_ == "nsubj" else (False,)):
            for i in range(head.i - 1, self.sent.start - 1, -1):
                m = self.by_token.get(i)
                if (m is None or not isinstance(m.entry, ActorEntry) or m.entry.kind not in ORG_KINDS
                        or i in subject):
                    continue
                phrase_head = _phrase_head(self.sent.doc[m.end - 1])
                if subjects_only and phrase_head.dep_ != "nsubj":
                    continue
                if (head.dep_ != "nsubj" and phrase_head.dep_ == "pobj"
                        and phrase_head.head.lower_ in PLACE_PREPS):
                    continue  # "order Israel to halt its offensive in Gaza, accusing it of genocide": a
                    # place, not the one acting
                found = self.resolve_one(phrase_head)
                if found is not None:
                    return _standing_for(found, head, "pronoun it")
        last = self.context.last_org
        if last is None:
            return None
        return _standing_for(last, head, "pronoun it")

    def _pronoun(self, head: Token) -> Actor | None:
        person = None
        objective = head.lower_ in {"him", "her"} and head.dep_ in {"dobj", "dative", "pobj"}
        speaker = None if objective else self._reporter(head, people=True)
        if speaker is not None:  # "Kenya's president said he would withdraw the bill"
            return _standing_for(speaker, head, "pronoun: the one who says it")
        subject = self._clause_subject(head) if objective else None  # "Starmer promised him": not Starmer
        verb = head.head
        first = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"}), None) if (
            objective and head.dep_ == "dobj" and verb.dep_ == "conj" and verb.head.pos_ == "VERB") else None
        earlier = self.resolve_one(first) if first is not None and first.tag_ in {"NN", "NNP"} else None
        if earlier is not None and earlier.kind in {"person", "agent", "group"}:  # "convicted reporter Evan
            return _standing_for(earlier, head, "pronoun: the one the verb before acts on")  # Gershkovich
            # of espionage and sentenced him"
        candidates: list[Actor] = []
        for i in range(head.i - 1, self.sent.start - 1, -1):
            m = self.by_token.get(i)
            if m is not None and isinstance(m.entry, ActorEntry) and m.entry.kind == "person":
                found = self.resolve_one(self.sent.doc[m.end - 1])
                if found is not None and found not in candidates:
                    candidates.append(found)
        topic = self.context.last_subject  # "Modi spoke with Dissanayake. He offered ...": Modi
        if (not candidates and topic is not None and head.dep_ == "nsubj" and head.lower_ in {"he", "she"}
                and (head.i == self.sent.start or head.head.i == self.sent.root.i)):  # "..., he warned"
            candidates.append(topic)
        candidates += [p for p in reversed(self.context.recent_people) if p not in candidates]
        if subject is not None:
            person = next((p for p in candidates if p.code != subject.code), None)
        elif candidates:
            person = candidates[0]
        person = person or (None if subject is not None else self.context.last_person)
        official = self.context.last_official
        if person is None and not candidates and official is not None and (
                subject is None or official.code != subject.code):
            return _standing_for(official, head, "pronoun: the official named last")
        if person is None:
            return None
        return Actor(person.code, person.name, head.text, head.i, "person",
                     (*person.sources, "pronoun"))
