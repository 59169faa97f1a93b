"""When: the event date from the sentence's time expressions, relative to the article date.

A time expression counts for a trigger when it hangs on the trigger or on one of the words
that govern it ("on Sunday pledged", "a ceasefire on October 19"). The date is the first day
of the period the text gives, with its precision; otherwise the article date.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from coder.types import EventDate

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
YEAR = re.compile(r"^(19|20)\d\d$")
FUTURE_AUX = frozenset({"will", "shall", "'ll"})


def article_date(day: dt.date) -> EventDate:
    return EventDate(day, "day", "article")


def event_date(trigger: Token, sent: Span, day: dt.date) -> EventDate:
    """The date of the event whose trigger is `trigger`."""
    node: Token | None = trigger
    seen = set()
    while node is not None and node.i not in seen:
        seen.add(node.i)
        for child in [node, *node.children]:
            if child.i != trigger.i and child.dep_ in {"nsubj", "dobj", "conj", "ccomp", "advcl"}:
                continue
            found = _expression(child, day, future=_is_future(trigger))
            if found is not None:
                return found
        node = node.head if node.head.i != node.i else None
    return article_date(day)


def _expression(tok: Token, day: dt.date, *, future: bool) -> EventDate | None:
    """Read a time expression rooted at tok (a preposition, a noun or an adverb)."""
    words = [t for t in tok.subtree] if tok.dep_ in {"prep", "npadvmod", "advmod", "tmod"} else [tok]
    if len(words) > 6:
        return None
    # a month is written with a capital: "march on parliament" is no date
    lower = ["" if t.lower_ in MONTHS and not t.text[:1].isupper() else t.lower_ for t in words]
    text = " ".join(t.text for t in words)
    return _read(lower, day, future=future, text=text)


def _read(lower: list[str], day: dt.date, *, future: bool, text: str) -> EventDate | None:
    def found(d: dt.date, precision: str) -> EventDate:
        return EventDate(d, precision, "sentence", text)

    joined = " ".join(lower)
    if "yesterday" in lower:
        return found(day - dt.timedelta(days=1), "day")
    if "tomorrow" in lower:
        return found(day + dt.timedelta(days=1), "day")
    if lower and lower[-1] in {"today", "tonight"}:
        return found(day, "day")
    for unit, precision in (("week", "week"), ("month", "month"), ("year", "year")):
        if f"last {unit}" in joined or f"previous {unit}" in joined:
            return found(_period_start(day, unit, -1), precision)
        if f"this {unit}" in joined or f"earlier this {unit}" in joined:
            return found(_period_start(day, unit, 0), precision)
        if f"next {unit}" in joined:
            return found(_period_start(day, unit, 1), precision)
    for i, w in enumerate(lower):
        if w in WEEKDAYS:  # "next Thursday" is ahead whatever the tense: "called a strike for next Thursday"
            ahead = future or (i > 0 and lower[i - 1] in {"next", "coming"})
            return found(_weekday(day, WEEKDAYS[w], future=ahead and lower[i - 1:i] != ["last"]), "day")
        if w in MONTHS and (len(w) > 3 or i + 1 < len(lower)):
            return _month_expression(lower, i, day, future=future, text=text)
        if YEAR.match(w) and i > 0 and lower[i - 1] in {"in", "since", "during", "of"}:
            return found(dt.date(int(w), 1, 1), "year")
    return None


def _month_expression(lower: list[str], i: int, day: dt.date, *, future: bool,
                      text: str) -> EventDate | None:
    month = MONTHS[lower[i]]
    number = next((int(w) for w in lower[max(0, i - 1):i + 2] if w.isdigit() and 1 <= int(w) <= 31), None)
    year_word = next((w for w in lower[i + 1:i + 4] if YEAR.match(w)), None)
    year = int(year_word) if year_word else day.year
    try:
        start = dt.date(year, month, number or 1)
    except ValueError:
        return None
    if year_word is None and not future and start > day + dt.timedelta(days=7):
        start = start.replace(year=year - 1)
    if year_word is None and future and start < day - dt.timedelta(days=7):
        start = start.replace(year=year + 1)
    return EventDate(start, "day" if number else "month", "sentence", text)


def _weekday(day: dt.date, weekday: int, *, future: bool) -> dt.date:
    delta = (day.weekday() - weekday) % 7
    if future and delta:
        return day + dt.timedelta(days=7 - delta)
    return day - dt.timedelta(days=delta)


def _period_start(day: dt.date, unit: str, shift: int) -> dt.date:
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday + dt.timedelta(weeks=shift)
    if unit == "month":
        month_index = day.year * 12 + day.month - 1 + shift
        return dt.date(month_index // 12, month_index % 12 + 1, 1)
    return dt.date(day.year + shift, 1, 1)


def _is_future(trigger: Token) -> bool:
    node = trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            return True
        if node.dep_ not in {"xcomp", "conj"}:
            break
        node = node.head
    return False
