"""Event dates read from the sentence, relative to the article date (a Wednesday)."""

import datetime as dt

import pytest

ARTICLE = "2025-01-15"  # a Wednesday


@pytest.mark.parametrize("text, day, precision, source", [
    ("Pakistan accused Afghanistan of harbouring TTP on Sunday.", dt.date(2025, 1, 12), "day", "sentence"),
    ("Pakistan accused Afghanistan of harbouring TTP yesterday.", dt.date(2025, 1, 14), "day", "sentence"),
    ("Pakistan accused Afghanistan of harbouring TTP last week.", dt.date(2025, 1, 6), "week", "sentence"),
    ("Pakistan accused Afghanistan of harbouring TTP in December.", dt.date(2024, 12, 1), "month",
     "sentence"),
    ("Pakistan accused Afghanistan of harbouring TTP.", dt.date(2025, 1, 15), "day", "article"),
    # a month is written with a capital: the verb "march" is no date
    ("Thousands of Georgians march on parliament in Tbilisi to protest against the government.",
     dt.date(2025, 1, 15), "day", "article"),
])
def test_event_date(real_coder, text, day, precision, source):
    rows = real_coder.code_text(text, date=ARTICLE)
    assert rows, text
    got = {(r["event_date"], r["date_precision"], r["date_source"]) for r in rows}
    assert got == {(day, precision, source)}
