"""Hand-built event rows for the analysis tests (views, stats, exports, report).

Nine events over three days in two months, written as one Parquet part with coder's own
Arrow schema. The expected answers in the tests are worked out by hand from this table:

| id  | doc | sent | event_date | source -> target | cameo | q | goldstein | PLOVER            | intensity |
|-----|-----|------|------------|------------------|-------|---|-----------|-------------------|-----------|
| e1  | d1  | 0    | 2025-03-01 | PAKMIL -> AFGREB | 190   | 4 | -10.0     | ASSAULT           | -9.0      |
| e2  | d1  | 1    | 2025-03-01 | PAKGOV -> AFGGOV | 112   | 3 | -2.0      | ACCUSE disapprove | -2.0      |
| e3  | d1  | 2    | 2025-03-01 | AFGGOV -> PAKGOV | 040   | 1 | 1.0       | CONSULT           | 2.5       |
| e4  | d2  | 0    | 2025-03-01 | PAKGOV -> AFGGOV | 112   | 3 | -2.0      | ACCUSE disapprove | -2.0      |
| e9  | d2  | 2    | 2025-03-01 | AFGGOV -> PAKGOV | 040   | 1 | 1.0       | CONSULT           | 2.5       |
| e5  | d2  | 1    | 2025-03-20 | PAKMIL -> AFGMIL | 150   | 4 | -7.2      | MOBILIZE          | -5.5      |
| e6  | d3  | 0    | 2025-04-02 | PAKGOV -> AFGGOV | 070   | 2 | 7.0       | AID               | 10.0      |
| e7  | d3  | 1    | 2025-04-02 | USAGOV -> PAKGOV | 0841  | 2 | 7.0       | RETREAT release   | 6.5       |
| e8  | d3  | 2    | 2025-04-02 | PAKMIL -> (none) | 150   | 4 | -7.2      | MOBILIZE          | -5.5      |

e4 repeats e2 and e9 repeats e3 (same day, actors and code: the one-a-day filter drops them);
e9 ties e3 on Goldstein and is written before it, so the tie-break by event_id shows.
Every row is its own event_group. e6 and e7 carry places; e7 is the only one with a URL.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from coder.store import arrow_schema

# name, doc, sentence, date, source actor, target actor, cameo, quad, goldstein, type, mode, intensity
_TABLE = [
    ("e9", "d2", 2, "2025-03-01", "AFGGOV", "PAKGOV", "040", 1, 1.0, "CONSULT", None, 2.5),
    ("e1", "d1", 0, "2025-03-01", "PAKMIL", "AFGREB", "190", 4, -10.0, "ASSAULT", None, -9.0),
    ("e2", "d1", 1, "2025-03-01", "PAKGOV", "AFGGOV", "112", 3, -2.0, "ACCUSE", "disapprove", -2.0),
    ("e3", "d1", 2, "2025-03-01", "AFGGOV", "PAKGOV", "040", 1, 1.0, "CONSULT", None, 2.5),
    ("e4", "d2", 0, "2025-03-01", "PAKGOV", "AFGGOV", "112", 3, -2.0, "ACCUSE", "disapprove", -2.0),
    ("e5", "d2", 1, "2025-03-20", "PAKMIL", "AFGMIL", "150", 4, -7.2, "MOBILIZE", None, -5.5),
    ("e6", "d3", 0, "2025-04-02", "PAKGOV", "AFGGOV", "070", 2, 7.0, "AID", None, 10.0),
    ("e7", "d3", 1, "2025-04-02", "USAGOV", "PAKGOV", "0841", 2, 7.0, "RETREAT", "release", 6.5),
    ("e8", "d3", 2, "2025-04-02", "PAKMIL", None, "150", 4, -7.2, "MOBILIZE", None, -5.5),
]
NAMES = {"PAK": "Pakistan", "AFG": "Afghanistan", "USA": "United States"}
PLACES = {"e6": ("Kabul", "AFG", 34.53, 69.17), "e7": ("Islamabad", "PAK", 33.68, 73.05)}


def eid(name: str) -> str:
    """The 16-hex-digit event_id of fixture event `name` (e1 -> e000000000000001)."""
    return "e" + name[1:].rjust(15, "0")


def row(**values: Any) -> dict[str, Any]:
    """A full event row with plain defaults; `values` override columns."""
    day = dt.date(2025, 3, 1)
    base: dict[str, Any] = {name: None for name in arrow_schema("event").names}
    base.update(event_id="e000000000000000", event_group="g000000000000000", doc_id="d",
                sentence_index=0, sentence="A sentence.", article_date=day, event_date=day,
                date_precision="day", date_source="article", source_actor="PAKGOV",
                source_country="PAK", cameo_code="112", cameo_root="11", quad_class=3,
                goldstein=-2.0, plover_type="ACCUSE", rule="test", coder_version="0.1.0",
                dictionary_version="test")
    base.update(values)
    return base


def _actor(prefix: str, code: str | None) -> dict[str, Any]:
    if code is None:
        return {}
    sector = code[3:] or None
    return {f"{prefix}_actor": code, f"{prefix}_country": code[:3], f"{prefix}_sector": sector,
            f"{prefix}_name": NAMES[code[:3]], f"{prefix}_text": NAMES[code[:3]]}


def fixture_rows() -> list[dict[str, Any]]:
    """The nine events of the table above, in the table's (file) order."""
    rows = []
    for name, doc, sent, day, src, tgt, cameo, quad, gold, ptype, mode, inten in _TABLE:
        date = dt.date.fromisoformat(day)
        values: dict[str, Any] = dict(
            event_id=eid(name), event_group="g" + eid(name)[1:], doc_id=doc, sentence_index=sent,
            sentence=f"Sentence of {name}.", article_date=date, event_date=date,
            cameo_code=cameo, cameo_root=cameo[:2], cameo_name=f"name of {cameo}", quad_class=quad,
            goldstein=gold, plover_type=ptype, plover_mode=mode, plover_intensity=inten,
            trigger="trigger", publisher="Test Wire", **_actor("source", src), **_actor("target", tgt))
        if name in PLACES:
            place, country, lat, lon = PLACES[name]
            values.update(location_name=place, location_country=country, latitude=lat, longitude=lon)
        if name == "e7":
            values["url"] = "https://example.org/e7"
        rows.append(row(**values))
    return rows


def write_events(out: Path, rows: list[dict[str, Any]], part: str = "part-0.parquet") -> Path:
    """Write rows as DIR/events/<part> (and an empty documents part), as coder's store does."""
    (out / "events").mkdir(parents=True, exist_ok=True)
    (out / "documents").mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema("event")), out / "events" / part)
    docs = out / "documents" / part
    if not docs.exists():
        pq.write_table(pa.Table.from_pylist([], schema=arrow_schema("document")), docs)
    return out / "events" / part
