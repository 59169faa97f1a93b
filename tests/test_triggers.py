"""Which words are event triggers: not the words of a named actor's name."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow
DATE = "2025-10-29"


@pytest.mark.parametrize("text", [
    "The Rapid Support Forces said on Monday that they were ready.",
    "A spokesman for the Popular Mobilization Forces said on Monday that the group was ready.",
])
def test_a_word_of_a_named_actor_is_no_trigger(real_coder, text):
    rows = real_coder.code_text(text, date=DATE)
    assert rows == [], [(r["source_actor"], r["cameo_code"], r["rule"]) for r in rows]


def test_a_name_is_no_trigger_beside_the_event_its_clause_tells(real_coder):
    """"they" is the Rapid Support Forces who say it: the capture is theirs, and "Support" in the
    name is no SUPPORT event."""
    rows = real_coder.code_text("The Rapid Support Forces said on Monday that they had taken the town.",
                                date=DATE)
    assert [(r["source_actor"], r["plover_type"]) for r in rows] == [("SDNREB", "COERCE")]


@pytest.mark.parametrize("text", [
    "Neither Chile nor Peru has said whether it will attend the summit.",  # whether: no event
    "The foreign ministry denied reports that the president planned to visit Caracas.",  # a denied report
    "In the new spy film, Russian commandos storm a bridge held by Finnish troops.",  # set in a work
    "TotalEnergies will pull out of an oil field off Angola and sell its stake to Eni.",  # businesses only
    "Glencore agreed to buy a stake in the Indonesian carmaker for $2 billion.",  # a business target
    # a life told in a relative clause of an obituary
    "Former Bolivian President Hugo Banzer, who sent troops to crush a miners' strike and was later "
    "jailed and tortured by the junta, died on Monday.",
    "Lithuanians held a ceremony for the anniversary of the day Soviet troops stormed the TV tower.",
    "Brazil's stock market rallied 5 percent as investors cheered the inflation figures.",  # an economy
    "Scotland fans fought with local youths in a square in Munich before the match.",  # sport fans
    "Critics say decades of U.S. sanctions against Cuba have hurt ordinary people most.",  # background
    "Poland's Iga Swiatek beat Belarus's Aryna Sabalenka in straight sets and refused to shake hands.",
])
def test_guards_against_events_that_are_not_there(real_coder, text):
    rows = real_coder.code_text(text, date=DATE)
    assert rows == [], [(r["source_actor"], r["target_actor"], r["cameo_code"], r["rule"]) for r in rows]


def test_an_agent_with_no_country_takes_the_datelines(real_coder):
    rows = real_coder.code_text("KARACHI: Police arrested dozens of protesters on Tuesday.", date=DATE)
    # the arrested protesters' own protest (events._protest_acted_on) is placed by the dateline too
    assert {(r["source_actor"], r["plover_type"]) for r in rows} == {("PAKCOP", "COERCE"),
                                                                      ("PAKCVL", "PROTEST")}
