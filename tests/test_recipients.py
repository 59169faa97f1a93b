"""Default recipients (dictionaries/recipients.tsv): an event whose text names no recipient takes
the one its context gives, for the PLOVER types the table lists, and the row says so."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow
DATE = "2025-10-29"


def dyads(coder, text):
    rows = coder.code_text(text, date=DATE)
    return {(r["source_actor"], r["target_actor"], r["plover_type"]): r for r in rows}


def test_a_protest_at_home_is_against_the_government_where_it_happens(real_coder):
    found = dyads(real_coder, "Hundreds of Kenyans rallied in Mombasa on Friday.")
    assert set(found) == {("KEN", "KENGOV", "PROTEST")}
    row = found["KEN", "KENGOV", "PROTEST"]
    assert "recipients.tsv:" in row["rule"] and "at the place of the event" in row["rule"]
    assert row["target_country"] == "KEN" and row["target_sector"] == "GOV"


def test_coercion_with_no_one_named_falls_on_the_states_own_people(real_coder):
    assert set(dyads(real_coder, "Iran imposed an internet blackout.")) == {("IRN", "IRNCVL", "COERCE")}


def test_a_named_recipient_wins(real_coder):
    assert set(dyads(real_coder, "Pakistani police arrested Imran Khan.")) == {("PAKCOP", "PAKOPP", "COERCE")}


def test_an_organisation_has_no_home_to_default_to(real_coder):
    found = dyads(real_coder, "UN peacekeepers imposed a curfew on the camp.")
    assert set(found) == {("UNOMIL", None, "COERCE")}


def test_types_not_in_the_table_keep_a_null_target(real_coder):
    assert set(dyads(real_coder, "Peru deployed 2,000 soldiers on Tuesday.")) == {("PER", None, "MOBILIZE")}
    resigned = dyads(real_coder, "Bolivia's interior minister resigned on Monday.")
    assert set(resigned) == {("BOLGOV", None, "RETREAT")}  # PLOVER: a resignation is RETREAT, resign
    assert resigned["BOLGOV", None, "RETREAT"]["plover_mode"] == "resign"


def test_a_concession_with_no_party_named_is_to_the_public(real_coder):
    found = dyads(real_coder, "Kenya's government withdrew the finance bill on Wednesday.")
    assert ("KENGOV", "KENCVL", "CONCEDE") in found, sorted(found, key=str)


def test_a_code_family_row_wins_over_its_types_and_the_rest_of_the_type_keeps_none(real_coder):
    found = dyads(real_coder, "Sri Lanka lifted a 36-hour nationwide curfew on Monday.")
    assert set(found) == {("LKA", "LKACVL", "RETREAT")}
    assert "recipients.tsv:" in found["LKA", "LKACVL", "RETREAT"]["rule"]
    assert set(dyads(real_coder, "Russian troops pulled out on Friday.")) <= {("RUSMIL", None, "RETREAT")}


def test_a_curfew_eased_in_the_passive_is_eased_by_the_state_where_it_was(real_coder):
    found = dyads(real_coder, "The curfew in Imphal, in India's Manipur state, was relaxed on Friday.")
    assert set(found) == {("INDGOV", "INDCVL", "RETREAT")}
