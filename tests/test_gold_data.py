"""The hand-labelled gold files in tests/data/gold/ are well formed, and test.jsonl covers what it promises.

Each line is one text with the events a careful human coder reads in it:
    {"id", "date", "text", "events": [event...], "optional": [event...], "tags": [tag...]}
An event has "type", "source", "target" (country-level codes, target may be null) and, optionally,
"source_sector", "target_sector", "cameo_root", "date", "location" and "alternatives" (other
(type, source, target) readings that also count as right). Identical events listed twice in one
line are two distinct events. Every problem is reported as path:line with what was expected.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).parent / "data" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.jsonl"))
TEST_FILE = GOLD / "test.jsonl"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
# PLOVER manual, table "roles" (frequent and less frequent sector codes).
PLOVER_SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
    "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})  # fmt: skip
# CAMEO root -> the PLOVER types it may code (manual's two-digit table, the 2021 crosswalk's 4-digit
# exceptions, and DESIGN.md's decision that CAMEO 163 is SANCTION). 01 and 02 have no PLOVER type.
ROOT_TYPES = {
    "03": {"AGREE"}, "04": {"CONSULT"}, "05": {"SUPPORT"}, "06": {"COOPERATE"}, "07": {"AID"},
    "08": {"CONCEDE", "RETREAT"}, "09": {"ACCUSE"}, "10": {"REQUEST"}, "11": {"ACCUSE"},
    "12": {"REJECT"}, "13": {"THREATEN"}, "14": {"PROTEST"}, "15": {"MOBILIZE"},
    "16": {"SANCTION", "COERCE"}, "17": {"COERCE", "ASSAULT"}, "18": {"ASSAULT"},
    "19": {"ASSAULT", "COERCE"}, "20": {"ASSAULT"},
}  # fmt: skip
LINE_KEYS = {"id", "date", "text", "events", "optional", "tags", "note"}
EVENT_KEYS = {"type", "source", "target"}
EVENT_OPTIONAL_KEYS = {"source_sector", "target_sector", "cameo_root", "date", "location", "alternatives"}
ALTERNATIVE_KEYS = {"type", "source", "target"}
CODE = re.compile(r"[A-Z]{3}")
ID = re.compile(r"[a-z]+-\d{4,}")

MIN_LINES = 210
MIN_PER_TYPE = 8
MIN_NO_EVENT = 32
MIN_PER_TAG = 15
REQUIRED_TAGS = (
    "passive",
    "compound-actor",
    "reported-speech",
    "negation",
    "refusal",
    "intent",
    "date",
    "place",
)


def _iso_date(value: Any) -> dt.date | None:
    """The date if value is a real YYYY-MM-DD string, else None."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and CODE.fullmatch(value) is not None


def _check_keys(obj: Any, required: set[str], allowed: set[str], what: str) -> list[str]:
    if not isinstance(obj, dict):
        return [f"{what}: expected a JSON object, got {type(obj).__name__}"]
    problems = [f"{what}: missing key {k!r}" for k in sorted(required - obj.keys())]
    problems += [
        f"{what}: unknown key {k!r} (allowed: {sorted(allowed)})" for k in sorted(obj.keys() - allowed)
    ]
    return problems


def _check_dyad(obj: dict[str, Any], what: str) -> list[str]:
    problems = []
    if obj.get("type") not in PLOVER_TYPES:
        problems.append(f"{what}: type {obj.get('type')!r} is not one of the 16 PLOVER types")
    if not _is_code(obj.get("source")):
        problems.append(f"{what}: source {obj.get('source')!r} is not a 3-letter upper-case code")
    target = obj.get("target")
    if target is not None and not _is_code(target):
        problems.append(f"{what}: target {target!r} is not a 3-letter upper-case code or null")
    return problems


def _check_event(event: Any, what: str, article_date: dt.date | None) -> list[str]:
    problems = _check_keys(event, EVENT_KEYS, EVENT_KEYS | EVENT_OPTIONAL_KEYS, what)
    if not isinstance(event, dict):
        return problems
    problems += _check_dyad(event, what)
    for key in ("source_sector", "target_sector"):
        if key in event and event[key] is not None and event[key] not in PLOVER_SECTORS:
            problems.append(f"{what}: {key} {event[key]!r} is not a PLOVER sector code")
    if event.get("target") is None and event.get("target_sector") is not None:
        problems.append(f"{what}: target_sector {event['target_sector']!r} given for a null target")
    root = event.get("cameo_root")
    if root is not None and event.get("type") not in ROOT_TYPES.get(root, set()):
        allowed = (
            sorted(ROOT_TYPES.get(root, ())) or f"nothing: roots are {min(ROOT_TYPES)}..{max(ROOT_TYPES)}"
        )
        problems.append(
            f"{what}: cameo_root {root!r} does not code {event.get('type')!r} (it codes {allowed})"
        )
    if "date" in event:
        event_date = _iso_date(event["date"])
        if event_date is None:
            problems.append(f"{what}: date {event['date']!r} is not a real YYYY-MM-DD date")
        elif article_date is not None and event_date > article_date:
            problems.append(f"{what}: event date {event['date']} is after the article date {article_date}")
    location = event.get("location")
    if location is not None and not _is_code(location):
        problems.append(f"{what}: location {location!r} is not a 3-letter upper-case code")
    alternatives = event.get("alternatives", [])
    if not isinstance(alternatives, list):
        return [*problems, f"{what}: alternatives must be a list"]
    for n, alt in enumerate(alternatives):
        alt_what = f"{what} alternative {n}"
        problems += _check_keys(alt, ALTERNATIVE_KEYS, ALTERNATIVE_KEYS, alt_what)
        if isinstance(alt, dict):
            problems += _check_dyad(alt, alt_what)
    return problems


def _check_record(record: Any) -> list[str]:
    problems = _check_keys(record, {"id", "date", "text", "events"}, LINE_KEYS, "line")
    if not isinstance(record, dict):
        return problems
    if not isinstance(record.get("id"), str) or not ID.fullmatch(record["id"]):
        problems.append(f"id {record.get('id')!r} is not of the form prefix-0001")
    article_date = _iso_date(record.get("date"))
    if article_date is None:
        problems.append(f"date {record.get('date')!r} is not a real YYYY-MM-DD date")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append("text must be a non-empty string")
    tags = record.get("tags")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        problems.append("tags must be a list of strings")
        tags = []
    problems += [f"tag {t!r} is not a lower-case word" for t in tags if not re.fullmatch(r"[a-z-]+", t)]
    for key in ("events", "optional"):
        events = record.get(key, [])
        if not isinstance(events, list):
            problems.append(f"{key} must be a list")
            continue
        for n, event in enumerate(events):
            problems += _check_event(event, f"{key}[{n}]", article_date)
    if isinstance(record.get("events"), list) and "no-event" in tags and record["events"]:
        problems.append("a line tagged no-event must have no events")
    return problems


def _load(path: Path) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """(line number, record) pairs and the problems found, each as path:line: message."""
    records, problems = [], []
    with path.open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, start=1):
            where = f"{path.name}:{line_no}"
            if not line.strip():
                problems.append(f"{where}: blank line")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: not valid JSON ({e})")
                continue
            problems += [f"{where}: {p}" for p in _check_record(record)]
            if isinstance(record, dict):
                records.append((line_no, record))
    return records, problems


def _report(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_file_is_well_formed(path: Path) -> None:
    _, problems = _load(path)
    assert not problems, _report(problems)


def test_gold_ids_are_unique_across_files() -> None:
    first_seen: dict[str, str] = {}
    problems = []
    for path in GOLD_FILES:
        for line_no, record in _load(path)[0]:
            where = f"{path.name}:{line_no}"
            if record.get("id") in first_seen:
                problems.append(f"{where}: id {record['id']!r} already used at {first_seen[record['id']]}")
            else:
                first_seen[record.get("id")] = where
    assert not problems, _report(problems)


@pytest.fixture(scope="module")
def test_records() -> list[dict[str, Any]]:
    assert TEST_FILE.exists(), f"{TEST_FILE} is missing"
    return [record for _, record in _load(TEST_FILE)[0]]


def test_test_set_size(test_records: list[dict[str, Any]]) -> None:
    assert len(test_records) >= MIN_LINES, (
        f"test.jsonl has {len(test_records)} lines, expected >= {MIN_LINES}"
    )


def test_test_set_covers_every_plover_type(test_records: list[dict[str, Any]]) -> None:
    counts = Counter(e.get("type") for r in test_records for e in r.get("events", []))
    short = {t: counts[t] for t in PLOVER_TYPES if counts[t] < MIN_PER_TYPE}
    assert not short, f"types with fewer than {MIN_PER_TYPE} required events in test.jsonl: {short}"


def test_test_set_has_enough_no_event_lines(test_records: list[dict[str, Any]]) -> None:
    empty = sum(1 for r in test_records if r.get("events") == [])
    assert empty >= MIN_NO_EVENT, f"test.jsonl has {empty} lines without events, expected >= {MIN_NO_EVENT}"


def test_test_set_covers_the_hard_constructions(test_records: list[dict[str, Any]]) -> None:
    counts = Counter(t for r in test_records for t in r.get("tags", []))
    short = {t: counts[t] for t in REQUIRED_TAGS if counts[t] < MIN_PER_TAG}
    assert not short, f"tags on fewer than {MIN_PER_TAG} lines of test.jsonl: {short}"
