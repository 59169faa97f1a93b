"""Measurement: code a gold file and compare the coded events with the gold events.

A gold file is JSON Lines, one sentence or short passage a line (docs/gold-format.md).
Coded and gold events are matched per line, one to one, on (PLOVER type, source country,
target country); a gold event's `alternatives` also count, its `optional` events are
neither misses nor false events. Everything here except `code_gold` is a pure function.

    items = load_gold(Path("tests/data/gold/dev.jsonl"))
    report = evaluate(items, code_gold(items, coder))
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coder.errors import UsageError
from coder.types import NON_STATE_COUNTRIES, PLOVER_TYPES, SECTORS, Article

if TYPE_CHECKING:
    from coder.api import Coder

Triple = tuple[str, str, str | None]  # (PLOVER type, source country, target country or None)
NONE = "none"  # the confusion table's row/column for a miss or a false event
ATTRIBUTES = ("source_sector", "target_sector", "cameo_root", "date", "location")

_ITEM_KEYS = {"id", "date", "text", "events", "optional", "tags", "note"}
_EVENT_KEYS = {"type", "source", "target", *ATTRIBUTES, "alternatives", "note"}
_TRIPLE_KEYS = {"type", "source", "target"}


class GoldFileError(UsageError):
    """A gold file cannot be read; every bad line is listed as file:line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = f"{len(problems)} problem(s) in the gold file; nothing was evaluated:"
        super().__init__("\n".join([head, *(f"  {p}" for p in problems)]))


@dataclass(frozen=True)
class EventFields:
    """What a gold event and a coded event are compared on: the triple, then ATTRIBUTES."""

    type: str
    source: str
    target: str | None
    source_sector: str | None = None
    target_sector: str | None = None
    cameo_root: str | None = None
    date: str | None = None
    location: str | None = None

    @property
    def triple(self) -> Triple:
        return (self.type, self.source, self.target)


@dataclass(frozen=True)
class GoldEvent(EventFields):
    """One event a political scientist reads in the text."""

    alternatives: tuple[Triple, ...] = ()

    def readings(self) -> tuple[Triple, ...]:
        """The main reading first, then the alternatives."""
        return (self.triple, *self.alternatives)


@dataclass(frozen=True)
class GoldItem:
    """One line of a gold file."""

    id: str
    date: dt.date
    text: str
    events: tuple[GoldEvent, ...]
    optional: tuple[Triple, ...] = ()
    tags: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class CodedEvent(EventFields):
    """The fields of one output row that evaluation looks at."""

    sentence: str = ""


@dataclass(frozen=True)
class ItemResult:
    """How one gold line came out: matched pairs (gold index, coded index), misses, false events."""

    item: GoldItem
    coded: tuple[CodedEvent, ...]
    matches: tuple[tuple[int, int], ...]
    misses: tuple[int, ...]
    false: tuple[int, ...]
    ignored: tuple[int, ...]  # coded events that match an optional event


@dataclass
class Scores:
    tp_gold: int = 0  # gold events found
    tp_coded: int = 0  # coded events that found a gold event
    gold: int = 0
    coded: int = 0  # coded events, optional ones left out

    @property
    def precision(self) -> float | None:
        return self.tp_coded / self.coded if self.coded else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "coded": self.coded, "found": self.tp_gold,
                "correct": self.tp_coded, "precision": _round(self.precision),
                "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass
class Report:
    """The figures of one evaluation."""

    items: list[ItemResult]
    overall: Scores
    by_type: dict[str, Scores]
    attributes: dict[str, tuple[int, int]]  # name -> (correct, compared)
    confusion: Counter[tuple[str, str]]  # (gold type or none, coded type or none) -> count
    # (lines with a false event, lines without events): a line with only optional events is not one
    no_event_lines: tuple[int, int] = (0, 0)
    tags: dict[str, Scores] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lines": len(self.items),
            "overall": self.overall.as_dict(),
            "by_type": {t: s.as_dict() for t, s in self.by_type.items()},
            "by_tag": {t: s.as_dict() for t, s in sorted(self.tags.items())},
            "attributes": {k: {"correct": c, "compared": n, "accuracy": _round(c / n if n else None)}
                           for k, (c, n) in self.attributes.items()},
            "no_event_lines": {"with_false_events": self.no_event_lines[0],
                               "lines": self.no_event_lines[1]},
            "confusion": [{"gold": g, "coded": c, "count": n}
                          for (g, c), n in sorted(self.confusion.items())],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# ------------------------------------------------------------------------------ reading gold

def load_gold(path: Path) -> list[GoldItem]:
    """Read and check a gold file; every problem is reported at once as file:line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(f"{path}: cannot read the gold file ({e})") from e
    items: list[GoldItem] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            item = parse_gold_line(raw, number)
        except ValueError as e:
            problems.append(f"{path}:{number}: {e}")
            continue
        if item.id in seen:
            problems.append(f"{path}:{number}: id {item.id!r} already used on line {seen[item.id]}")
            continue
        seen[item.id] = number
        items.append(item)
    if problems:
        raise GoldFileError(problems)
    if not items:
        raise UsageError(f"{path}: the gold file holds no lines")
    return items


def parse_gold_line(raw: str, line: int = 0) -> GoldItem:
    """One gold line; ValueError says what is wrong."""
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ValueError(f"malformed JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("a line must be a JSON object")
    _check_keys(obj, _ITEM_KEYS, {"id", "date", "text", "events"}, "line")
    for key in ("id", "text"):
        if not isinstance(obj[key], str) or not obj[key].strip():
            raise ValueError(f"{key!r} must be a non-empty string")
    if not isinstance(obj["events"], list):
        raise ValueError("'events' must be a list (empty for a line without a political event)")
    tags = obj.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError("'tags' must be a list of strings")
    optional = obj.get("optional", [])
    if not isinstance(optional, list):
        raise ValueError("'optional' must be a list")
    return GoldItem(
        id=obj["id"], date=_day(obj["date"], "date"), text=obj["text"],
        events=tuple(_gold_event(e, i) for i, e in enumerate(obj["events"], start=1)),
        optional=tuple(t for i, e in enumerate(optional, start=1)
                       for g in [_gold_event(e, i, "optional")] for t in ((g.type, g.source, g.target),
                                                                          *g.alternatives)),
        tags=tuple(tags), line=line,
    )


def _check_keys(obj: dict[str, Any], allowed: set[str], required: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}; "
                         f"expected {', '.join(sorted(allowed))}")
    missing = sorted(required - set(obj))
    if missing:
        raise ValueError(f"{where}: missing key(s) {', '.join(missing)}")


def _gold_event(obj: object, index: int, kind_of: str = "event") -> GoldEvent:
    """A gold event; an optional one has the same keys, and its alternatives are optional too."""
    where = f"{kind_of} {index}"
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: must be a JSON object")
    _check_keys(obj, _EVENT_KEYS, _TRIPLE_KEYS, where)
    alternatives = obj.get("alternatives", [])
    if not isinstance(alternatives, list):
        raise ValueError(f"{where}: 'alternatives' must be a list")
    kind, source, target = _triple(obj, where, keys_checked=True)
    return GoldEvent(
        type=kind, source=source, target=target,
        source_sector=_code(obj.get("source_sector"), SECTORS, f"{where}: source_sector"),
        target_sector=_code(obj.get("target_sector"), SECTORS, f"{where}: target_sector"),
        cameo_root=_cameo_root(obj.get("cameo_root"), where),
        date=None if obj.get("date") is None else _day(obj["date"], f"{where}: date").isoformat(),
        location=None if obj.get("location") is None else _country(obj["location"], f"{where}: location"),
        alternatives=tuple(_triple(a, f"{where}, alternative {i}")
                           for i, a in enumerate(alternatives, start=1)),
    )


def _triple(obj: object, where: str, *, keys_checked: bool = False) -> Triple:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: must be a JSON object")
    if not keys_checked:
        _check_keys(obj, _TRIPLE_KEYS, _TRIPLE_KEYS, where)
    kind = obj["type"]
    if kind not in PLOVER_TYPES:
        raise ValueError(f"{where}: {kind!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    target = obj["target"]
    return (kind, _country(obj["source"], f"{where}: source"),
            None if target is None else _country(target, f"{where}: target"))


def _country(value: object, where: str) -> str:
    if (not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper()):
        raise ValueError(f"{where}: {value!r} is not a country code (ISO alpha-3 such as PAK, "
                         f"or one of {' '.join(sorted(NON_STATE_COUNTRIES))})")
    return value


def _code(value: object, allowed: frozenset[str], where: str) -> str | None:
    if value is None:
        return None
    if value not in allowed:
        raise ValueError(f"{where}: {value!r} is not one of {' '.join(sorted(allowed))}")
    return str(value)


def _cameo_root(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not (isinstance(value, str) and len(value) == 2 and value.isdigit() and "01" <= value <= "20"):
        raise ValueError(f"{where}: cameo_root {value!r} must be a two-digit string 01..20")
    return value


def _day(value: object, where: str) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{where}: {value!r} is not a real YYYY-MM-DD date")


# ------------------------------------------------------------------------------ coding

def coded_event(row: dict[str, Any]) -> CodedEvent:
    """The evaluated fields of an output row (coder.records.EVENT_COLUMNS)."""
    day = row.get("event_date")
    return CodedEvent(
        type=row["plover_type"], source=_country_of(row, "source") or "",
        target=_country_of(row, "target"), source_sector=row.get("source_sector"),
        target_sector=row.get("target_sector"), cameo_root=row.get("cameo_root"),
        date=day.isoformat() if isinstance(day, dt.date) else day,
        location=row.get("location_country"), sentence=row.get("sentence") or "",
    )


def _country_of(row: dict[str, Any], side: str) -> str | None:
    country = row.get(f"{side}_country")
    if country:
        return str(country)
    actor = row.get(f"{side}_actor")
    return str(actor)[:3] if actor else None


def code_gold(items: Sequence[GoldItem], coder: Coder) -> list[list[CodedEvent]]:
    """Code every gold line as one article dated by the line's date, in order."""
    articles = [Article(item.id, item.text, item.date) for item in items]
    return [[coded_event(row) for row in result.rows] for _, result in coder.code_articles(articles)]


# ------------------------------------------------------------------------------ matching

def match(gold: Sequence[GoldEvent], coded: Sequence[CodedEvent]
          ) -> tuple[list[tuple[int, int]], list[int]]:
    """A largest one-to-one matching of gold to coded events; main readings are tried first.

    Returns the (gold index, coded index) pairs, sorted, and the gold indexes left unmatched.
    """
    edges = [[c for c, event in enumerate(coded) if event.triple == g.triple]
             + [c for c, event in enumerate(coded) if event.triple in g.alternatives
                and event.triple != g.triple] for g in gold]
    owner: dict[int, int] = {}  # coded index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for c in edges[g]:
            if c in seen:
                continue
            seen.add(c)
            if c not in owner or augment(owner[c], seen):
                owner[c] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    pairs = sorted((g, c) for c, g in owner.items())
    matched = {g for g, _ in pairs}
    return pairs, [g for g in range(len(gold)) if g not in matched]


def judge(item: GoldItem, coded: Sequence[CodedEvent]) -> ItemResult:
    """Match one line: found gold events, misses, false events, ignored optional ones."""
    pairs, misses = match(item.events, coded)
    used = {c for _, c in pairs}
    ignored = tuple(c for c in range(len(coded)) if c not in used and coded[c].triple in item.optional)
    false = tuple(c for c in range(len(coded)) if c not in used and c not in ignored)
    return ItemResult(item, tuple(coded), tuple(pairs), tuple(misses), false, ignored)


def confusions(result: ItemResult) -> list[tuple[str, str]]:
    """(gold type, coded type) for one line: matches, same-dyad type errors, misses, false events."""
    item, coded = result.item, result.coded
    out = [(item.events[g].type, coded[c].type) for g, c in result.matches]
    false = list(result.false)
    for g in result.misses:
        event = item.events[g]
        dyads = {(s, t) for _, s, t in event.readings()}
        near = next((c for c in false if (coded[c].source, coded[c].target) in dyads), None)
        if near is None:
            out.append((event.type, NONE))
        else:
            false.remove(near)
            out.append((event.type, coded[near].type))
    out.extend((NONE, coded[c].type) for c in false)
    return out


def attribute_checks(result: ItemResult) -> Iterable[tuple[str, bool]]:
    """(attribute, right?) for every matched event where the gold gives the attribute."""
    for g, c in result.matches:
        gold, coded = result.item.events[g], result.coded[c]
        for name in ATTRIBUTES:
            expected = getattr(gold, name)
            if expected is not None:
                yield name, getattr(coded, name) == expected


def evaluate(items: Sequence[GoldItem], coded: Sequence[Sequence[CodedEvent]]) -> Report:
    """Judge every line and add up the figures."""
    if len(items) != len(coded):
        raise ValueError(f"{len(items)} gold lines but {len(coded)} coded lines")
    results = [judge(item, events) for item, events in zip(items, coded, strict=True)]
    by_type = {t: Scores() for t in PLOVER_TYPES}
    tags: dict[str, Scores] = {}
    overall = Scores()
    attributes = {name: (0, 0) for name in ATTRIBUTES}
    confusion: Counter[tuple[str, str]] = Counter()
    for r in results:
        _add(overall, r)
        _add(by_type, r)
        for tag in r.item.tags:
            _add(tags.setdefault(tag, Scores()), r)
        for name, right in attribute_checks(r):
            ok, n = attributes[name]
            attributes[name] = (ok + right, n + 1)
        confusion.update(confusions(r))
    empty = [r for r in results if not r.item.events and not r.item.optional]
    no_event = (sum(1 for r in empty if r.false), len(empty))
    return Report(results, overall, by_type, attributes, confusion, no_event, tags)


def _add(scores: Scores | dict[str, Scores], r: ItemResult) -> None:
    """Add one line to the overall (or a tag's) scores, or to the per-type table."""
    found = {g for g, _ in r.matches}
    for g, event in enumerate(r.item.events):
        _bump(scores, event.type, gold=1, tp_gold=int(g in found))
    for c in range(len(r.coded)):
        if c in r.ignored:
            continue
        _bump(scores, r.coded[c].type, coded=1, tp_coded=int(c not in r.false))


def _bump(scores: Scores | dict[str, Scores], kind: str, **counts: int) -> None:
    target = scores[kind] if isinstance(scores, dict) else scores
    for name, n in counts.items():
        setattr(target, name, getattr(target, name) + n)


# ------------------------------------------------------------------------------ printing

def render(report: Report, *, show: int = 20) -> str:
    """The report as text: figures, attribute accuracy, confusion table, then errors."""
    parts = [_scores_table(report), _attributes_table(report), _confusion_table(report.confusion)]
    if show:
        parts.append(_errors(report, show))
    return "\n\n".join(parts) + "\n"


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def _scores_line(name: str, s: Scores) -> str:
    return (f"{name:<12} {s.gold:>5} {s.coded:>6} {s.tp_gold:>6} {s.tp_coded:>8}  "
            f"{_fmt(s.precision)}  {_fmt(s.recall)}  {_fmt(s.f1)}")


def _scores_table(report: Report) -> str:
    head = (f"{'type':<12} {'gold':>5} {'coded':>6} {'found':>6} {'correct':>8}  "
            f"{'prec':>5}  {'rec':>5}  {'F1':>5}")
    lines = [f"{len(report.items)} lines, {report.overall.gold} gold events, "
             f"{report.overall.coded} coded events (optional ones left out)", "", head]
    lines += [_scores_line(t, s) for t, s in report.by_type.items() if s.gold or s.coded]
    lines.append(_scores_line("overall", report.overall))
    with_false, empty = report.no_event_lines
    lines.append(f"\nlines without a political event that got one: {with_false} of {empty}")
    return "\n".join(lines)


def _attributes_table(report: Report) -> str:
    lines = ["attribute accuracy over found events where the gold gives it:"]
    for name, (ok, n) in report.attributes.items():
        lines.append(f"  {name:<14} {ok:>4} / {n:<4} {_fmt(ok / n if n else None)}")
    return "\n".join(lines)


def _confusion_table(confusion: Counter[tuple[str, str]]) -> str:
    rows = [t for t in (*PLOVER_TYPES, NONE) if any(g == t for g, _ in confusion)]
    cols = [t for t in (*PLOVER_TYPES, NONE) if any(c == t for _, c in confusion)]
    short = {t: t[:5] for t in cols}
    lines = ["type confusion (rows: gold, columns: coded; none = missed / false event):",
             f"{'':<10}" + "".join(f"{short[c]:>6}" for c in cols)]
    for g in rows:
        lines.append(f"{g:<10}" + "".join(f"{confusion.get((g, c), 0) or '.':>6}" for c in cols))
    return "\n".join(lines)


def _errors(report: Report, show: int) -> str:
    misses: list[str] = []
    false: list[str] = []
    for r in report.items:
        where = f"{r.item.id} (line {r.item.line})"
        for g in r.misses:
            e = r.item.events[g]
            coded = ", ".join(_triple_text(c.triple) for c in r.coded) or "nothing"
            misses.append(f"  {where}: missed {_triple_text(e.triple)}; coded {coded}\n"
                          f"      {r.item.text}")
        for c in r.false:
            gold = ", ".join(_triple_text(e.triple) for e in r.item.events) or "no event"
            false.append(f"  {where}: false {_triple_text(r.coded[c].triple)}; gold {gold}\n"
                         f"      {r.item.text}")
    out = [f"misses ({len(misses)}, showing {min(show, len(misses))}):", *misses[:show],
           "", f"false events ({len(false)}, showing {min(show, len(false))}):", *false[:show]]
    return "\n".join(out)


def _triple_text(triple: Triple) -> str:
    kind, source, target = triple
    return f"{kind} {source}->{target or '-'}"
