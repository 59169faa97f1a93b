"""Where events happen: the place the sentence names for the event, anywhere in its clause,
else, for an event at home, the country itself."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow
DATE = "2025-10-29"


def places(coder, text):
    return {(r["source_actor"], r["plover_type"], r["location_name"], r["location_country"])
            for r in coder.code_text(text, date=DATE)}


def test_a_place_elsewhere_in_the_clause_is_where_it_happened(real_coder):
    text = "Protesters set fire to the parliament building and the homes of senior politicians in Kathmandu."
    found = places(real_coder, text)
    protests = {(name, country) for _, kind, name, country in found if kind == "PROTEST"}
    assert protests == {("Kathmandu", "NPL")}


def test_an_event_at_home_with_no_place_named_is_in_its_country(real_coder):
    found = places(real_coder, "French police arrested nearly 300 people on Wednesday.")
    assert {(kind, country) for _, kind, _, country in found} == {("COERCE", "FRA")}


def test_an_event_between_states_with_no_place_named_has_no_place(real_coder):
    found = places(real_coder, "China accused Japan of provocation.")
    assert {(kind, country) for _, kind, _, country in found} == {("ACCUSE", None)}


def test_an_event_with_no_one_named_has_no_place_guessed(real_coder):
    found = places(real_coder, "China retaliated on Friday.")
    assert all(country is None for _, _, _, country in found), found


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen killed 12 villagers in Zamfara state on Sunday.", "Zamfara", "NGA"),
    ("Armed men abducted 20 students from a school in Kaduna state.", "Kaduna", "NGA"),
])
def test_a_place_named_before_state_or_province_is_the_place(real_coder, text, name, country):
    found = places(real_coder, text)
    assert {(n, c) for _, _, n, c in found} == {(name, country)}


def test_a_state_named_like_a_country_is_not_that_country(real_coder):
    found = places(real_coder, "Gunmen abducted 300 pupils from a school in Nigeria's Niger state on Friday.")
    assert all(c != "NER" for _, _, _, c in found), found
