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


@pytest.mark.parametrize("words, future, day", [
    (["for", "next", "thursday"], False, dt.date(2025, 1, 16)),  # ahead whatever the verb's tense
    (["on", "thursday"], False, dt.date(2025, 1, 9)),
    (["on", "thursday"], True, dt.date(2025, 1, 16)),
    (["last", "thursday"], True, dt.date(2025, 1, 9)),
])
def test_weekday_direction(words, future, day):
    from coder.when import _read
    found = _read(words, dt.date(2025, 1, 15), future=future, text=" ".join(words))
    assert found is not None and found.day == day
