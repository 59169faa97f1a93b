"""Actor golden cases: each mention in tests/data/actor_cases.tsv, resolved on its date with the
shipped dictionaries and the real model, must give the expected actor code.

The mention is put in the sentence "<mention> said on Monday."; the mention's syntactic head
(spaCy's span root) is resolved exactly as the event rules resolve a source or target phrase.
Expected "-" means the mention must not resolve to any actor. A fifth column
`xfail:<reason>` marks a case the coder cannot handle yet.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest

from coder.actors import ArticleContext, SentenceActors
from coder.api import Coder

pytestmark = pytest.mark.slow

CASES = Path(__file__).parent / "data" / "actor_cases.tsv"
TEMPLATE = "{} said on Monday."
NO_ACTOR = "-"


class Case(NamedTuple):
    line: int
    mention: str
    date: str
    expected: str
    note: str
    xfail: str | None


def read_cases(path: Path = CASES) -> list[Case]:
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        assert len(cells) in (4, 5), f"{path.name}:{number}: expected 4 or 5 tab-separated fields"
        mention, date, expected, note = cells[:4]
        xfail = None
        if len(cells) == 5:
            assert cells[4].startswith("xfail:"), f"{path.name}:{number}: 5th field is xfail:<reason>"
            xfail = cells[4].removeprefix("xfail:").strip()
        cases.append(Case(number, mention, date, expected, note, xfail))
    return cases


def resolve(coder: Coder, mention: str, date: str) -> str | None:
    """The actor code of `mention` in a one-sentence article dated `date`, or None."""
    doc = coder.nlp(TEMPLATE.format(mention))
    sent = doc[:]
    context = ArticleContext(dt.date.fromisoformat(date))
    mentions = coder.index.mentions(sent, context.surnames)
    context.note_mentions(mentions, doc)
    actors = SentenceActors(sent, mentions, coder.index, context)
    span = doc.char_span(0, len(mention), alignment_mode="expand")
    assert span is not None, mention
    actor = actors.resolve_one(span.root)
    return actor.code if actor is not None else None


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, id=f"{case.line}:{case.mention}@{case.date}", marks=marks)


ALL_CASES = read_cases()


def test_case_file_is_broad():
    codes = {c.expected for c in ALL_CASES}
    by_mention: dict[str, set[str]] = {}
    for c in ALL_CASES:
        by_mention.setdefault(c.mention, set()).add(c.expected)
    assert len(ALL_CASES) >= 320
    assert sum(len(found) >= 2 for found in by_mention.values()) >= 100  # roles that change in time
    assert sum(c.expected[:3] in {"UNO", "EUR", "IGO", "NGO"} for c in ALL_CASES) >= 40
    assert len({c.mention for c in ALL_CASES if c.expected[3:] in {"REB", "UAF", "PTY", "CRM"}}) >= 50
    assert {"USAMIL", "XKX", "TWN", "HKG", "ESH", "VAT", "PSE", NO_ACTOR} <= codes


@pytest.mark.parametrize("case", [_param(c) for c in ALL_CASES])
def test_actor_case(real_coder: Coder, case: Case) -> None:
    got = resolve(real_coder, case.mention, case.date)
    expected = None if case.expected == NO_ACTOR else case.expected
    assert got == expected, f"line {case.line}: {case.mention!r} on {case.date} ({case.note})"
