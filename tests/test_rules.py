"""The rule engine on hand-built parses over the fixture dictionaries (no model needed)."""

from __future__ import annotations

from conftest import code_parse, triples

P = "PROPN", "NNP"
N = "NOUN", "NN"
NS = "NOUN", "NNS"
V = "VERB", "VBD"
VB = "VERB", "VB"


def test_subject_verb_object(fixture_coder):
    rows = code_parse(fixture_coder, [
        ("Freedonia", "Freedonia", 1, "nsubj", *P),
        ("attacked", "attack", 1, "ROOT", *V),
        ("Sylvania", "Sylvania", 1, "dobj", *P),
        (".", ".", 1, "punct", "PUNCT", "."),
    ])
    assert triples(rows) == {("FRE", "SYL", "190")}
    assert rows[0]["plover_type"] == "ASSAULT"
    assert rows[0]["quad_class"] == 4
    assert rows[0]["rule"].startswith("verbs-test.txt:4 verb 'attack' -> 190")


def test_negated_attack_is_no_event(fixture_coder):
    rows = code_parse(fixture_coder, [
        ("Freedonia", "Freedonia", 3, "nsubj", *P),
        ("did", "do", 3, "aux", "AUX", "VBD"),
        ("not", "not", 3, "neg", "PART", "RB"),
        ("attack", "attack", 3, "ROOT", *VB),
        ("Sylvania", "Sylvania", 3, "dobj", *P),
    ])
    assert rows == []


def test_accusation_swallows_the_nested_attack(fixture_coder):
    # Freedonia accused Sylvania of attacking Ruritania.
    rows = code_parse(fixture_coder, [
        ("Freedonia", "Freedonia", 1, "nsubj", *P),
        ("accused", "accuse", 1, "ROOT", *V),
        ("Sylvania", "Sylvania", 1, "dobj", *P),
        ("of", "of", 1, "prep", "ADP", "IN"),
        ("attacking", "attack", 3, "pcomp", "VERB", "VBG"),
        ("Ruritania", "Ruritania", 4, "dobj", *P),
    ])
    assert triples(rows) == {("FRE", "SYL", "1123")}


def test_reported_speech_codes_the_reported_event(fixture_coder):
    # Officials said Freedonia attacked Sylvania.
    rows = code_parse(fixture_coder, [
        ("Officials", "official", 1, "nsubj", *NS),
        ("said", "say", 1, "ROOT", *V),
        ("Freedonia", "Freedonia", 3, "nsubj", *P),
        ("attacked", "attack", 1, "ccomp", *V),
        ("Sylvania", "Sylvania", 3, "dobj", *P),
    ])
    assert triples(rows) == {("FRE", "SYL", "190")}


def test_passive_agent_is_the_source(fixture_coder):
    # Sylvania was attacked by Freedonia's army.
    rows = code_parse(fixture_coder, [
        ("Sylvania", "Sylvania", 2, "nsubjpass", *P),
        ("was", "be", 2, "auxpass", "AUX", "VBD"),
        ("attacked", "attack", 2, "ROOT", "VERB", "VBN"),
        ("by", "by", 2, "agent", "ADP", "IN"),
        ("Freedonia", "Freedonia", 6, "poss", *P),
        ("'s", "'s", 4, "case", "PART", "POS"),
        ("army", "army", 3, "pobj", *N),
    ])
    assert triples(rows) == {("FREMIL", "SYL", "190")}


def test_compound_subject_and_object_give_one_row_per_dyad(fixture_coder):
    # Freedonia thanked Sylvania and Ruritania.
    rows = code_parse(fixture_coder, [
        ("Freedonia", "Freedonia", 1, "nsubj", *P),
        ("thanked", "thank", 1, "ROOT", *V),
        ("Sylvania", "Sylvania", 1, "dobj", *P),
        ("and", "and", 2, "cc", "CCONJ", "CC"),
        ("Ruritania", "Ruritania", 2, "conj", *P),
    ])
    assert triples(rows) == {("FRE", "SYL", "051"), ("FRE", "RUR", "051")}
    assert len({r["event_group"] for r in rows}) == 1


def test_noun_talks_between_is_reciprocal(fixture_coder):
    # Talks between Freedonia and Sylvania collapsed.
    rows = code_parse(fixture_coder, [
        ("Talks", "talk", 5, "nsubj", *NS),
        ("between", "between", 0, "prep", "ADP", "IN"),
        ("Freedonia", "Freedonia", 1, "pobj", *P),
        ("and", "and", 2, "cc", "CCONJ", "CC"),
        ("Sylvania", "Sylvania", 2, "conj", *P),
        ("collapsed", "collapse", 5, "ROOT", *V),
    ])
    assert triples(rows) == {("FRE", "SYL", "046"), ("SYL", "FRE", "046")}


def test_negated_acceptance_is_a_rejection(fixture_coder):
    # The Green Brigade was not willing to accept Freedonia's proposals.
    rows = code_parse(fixture_coder, [
        ("The", "the", 2, "det", "DET", "DT"),
        ("Green", "Green", 2, "compound", *P),
        ("Brigade", "Brigade", 3, "nsubj", *P),
        ("was", "be", 3, "ROOT", "AUX", "VBD"),
        ("not", "not", 5, "neg", "PART", "RB"),
        ("willing", "willing", 3, "acomp", "ADJ", "JJ"),
        ("to", "to", 7, "aux", "PART", "TO"),
        ("accept", "accept", 5, "xcomp", *VB),
        ("Freedonia", "Freedonia", 10, "poss", *P),
        ("'s", "'s", 8, "case", "PART", "POS"),
        ("proposals", "proposal", 7, "dobj", *NS),
    ])
    assert triples(rows) == {("SYLGOV", "FRE", "124")}


def test_actor_roles_follow_the_article_date(fixture_coder):
    rows = [
        ("Green", "Green", 1, "compound", *P),
        ("Brigade", "Brigade", 2, "nsubj", *P),
        ("attacked", "attack", 2, "ROOT", *V),
        ("Fredville", "Fredville", 2, "dobj", *P),
    ]
    assert triples(code_parse(fixture_coder, rows, "2019-05-01")) == {("SYLREB", "FREGOV", "190")}
    assert triples(code_parse(fixture_coder, rows, "2022-05-01")) == {("SYLGOV", "FREGOV", "190")}


def test_no_source_actor_no_event(fixture_coder):
    rows = code_parse(fixture_coder, [
        ("Gunmen", "gunman", 1, "nsubj", *NS),
        ("attacked", "attack", 1, "ROOT", *V),
        ("Sylvania", "Sylvania", 1, "dobj", *P),
    ])
    assert rows == []


def test_source_equal_to_target_is_dropped_but_the_event_stays(fixture_coder):
    # Freedonia alleged that Fredville attacked ... → target would be Freedonia itself.
    rows = code_parse(fixture_coder, [
        ("Freedonia", "Freedonia", 1, "nsubj", *P),
        ("alleged", "allege", 1, "ROOT", *V),
        ("that", "that", 3, "mark", "SCONJ", "IN"),
        ("Ruritania", "Ruritania", 4, "nsubj", *P),
        ("lied", "lie", 1, "ccomp", *V),
    ])
    assert triples(rows) == {("FRE", "RUR", "112")}


def test_agent_takes_country_from_possessive_and_is_remembered(fixture_coder):
    # Freedonia's police arrested protesters.
    rows = code_parse(fixture_coder, [
        ("Freedonia", "Freedonia", 2, "poss", *P),
        ("'s", "'s", 0, "case", "PART", "POS"),
        ("police", "police", 3, "nsubj", *N),
        ("arrested", "arrest", 3, "ROOT", *V),
        ("Freedonian", "Freedonian", 5, "amod", "ADJ", "JJ"),
        ("protesters", "protester", 3, "dobj", *NS),
    ])
    assert triples(rows) == {("FRECOP", "FRECVL", "173")}


def test_hypothetical_is_no_event(fixture_coder):
    # If Freedonia attacks Sylvania, ...
    rows = code_parse(fixture_coder, [
        ("If", "if", 2, "mark", "SCONJ", "IN"),
        ("Freedonia", "Freedonia", 2, "nsubj", *P),
        ("attacks", "attack", 4, "advcl", "VERB", "VBZ"),
        ("Sylvania", "Sylvania", 2, "dobj", *P),
        ("war", "war", 4, "ROOT", *N),
    ])
    assert rows == []
