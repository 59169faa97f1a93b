"""Exports of an output folder's events: CSV, PLOVER JSON lines, ICEWS and GDELT 2.0 layouts.

- csv: every event column, with a header, dates as YYYY-MM-DD, nulls empty.
- plover-jsonl: one PLOVER record per event (event_group): the rows of a compound event become
  one record with lists of actors and recipients; a reciprocal event (every row's reverse is
  also there) lists all parties as actors and no recipient, as the PLOVER manual asks.
- icews: ICEWS's 20 columns with their names and a header, tab-separated; countries by name,
  sectors by name, Intensity = Goldstein, Sentence Number 1-based.
- gdelt: GDELT 2.0's 61 event columns in the codebook's order, tab-separated, no header; the
  fields coder does not have are empty (see `gdelt_row`).

The column layouts are in schemas/export/; the place kinds and country names come from the
dictionaries' gazetteer.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from coder.errors import UsageError
from coder.lexicon import Lexicon, load_dictionaries
from coder.paths import data_dir
from coder.types import NON_STATE_COUNTRIES
from coder.views import ensure_views, run_query

FORMATS = ("csv", "plover-jsonl", "icews", "gdelt")
ORDER = "ORDER BY event_date, doc_id, sentence_index, event_id"
PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
GDELT_GEO_TYPE = {"country": "1", "city": "4", "capital": "4", "crossing": "4", "region": "5",
                  "disputed": "5", "waters": "5"}

Row = dict[str, Any]


def layout(name: str) -> list[str]:
    """Column names of schemas/export/<name>.columns (one a line, # comments)."""
    text = (data_dir("schemas") / "export" / f"{name}.columns").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@dataclass(frozen=True)
class Names:
    """Country names, place kinds and sector names and codes used by the ICEWS and GDELT layouts."""

    countries: dict[str, str]
    places: dict[tuple[str, str], str]
    sector_names: dict[str, str]
    sector_cameo: dict[str, str]

    @classmethod
    def load(cls, lexicon: Lexicon) -> Names:
        countries: dict[str, str] = {}
        places: dict[tuple[str, str], str] = {}
        for place in lexicon.places:
            places.setdefault((place.name, place.country), place.kind)
            if place.kind == "country":
                countries.setdefault(place.country, place.name)
        names, cameo = {}, {}
        path = data_dir("schemas") / "export" / "sectors.tsv"
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if line and not line.startswith("#"):
                code, name, cameo_code = line.split("\t")
                names[code], cameo[code] = name, cameo_code
        return cls(countries, places, names, cameo)

    def country(self, code: str | None) -> str:
        return self.countries.get(code, "") if code else ""

    def place_kind(self, row: Row) -> str | None:
        return self.places.get((row["location_name"], row["location_country"]))


def export_events(out_dir: Path, fmt: str, path: Path, *, lexicon: Lexicon | None = None) -> int:
    """Write every event of out_dir to `path` in format `fmt`; returns the records written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    ensure_views(out_dir)
    rows = run_query(out_dir, f"SELECT * FROM events {ORDER}").to_pylist()
    names = Names.load(lexicon or load_dictionaries()) if fmt in ("icews", "gdelt") else None
    tmp = path.with_name(f".tmp-{path.name}")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            n = _write(fmt, rows, f, names)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {e.strerror}") from e
    return n


def _write(fmt: str, rows: list[Row], f: IO[str], names: Names | None) -> int:
    if fmt == "csv":
        columns = list(rows[0]) if rows else layout_from_schema()
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_text(r[c]) for c in columns] for r in rows)
        return len(rows)
    if fmt == "plover-jsonl":
        records = list(plover_records(rows))
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        return len(records)
    if names is None:  # the caller loads names for these two formats
        raise UsageError(f"{fmt} export needs the dictionaries' names")
    writer = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if fmt == "icews":
        writer.writerow(layout("icews-events"))
        writer.writerows(icews_row(r, names) for r in rows)
    else:
        writer.writerows(gdelt_row(r, names) for r in rows)
    return len(rows)


def layout_from_schema() -> list[str]:
    from coder.store import arrow_schema

    return list(arrow_schema("event").names)


def _text(value: object) -> str:
    """A cell: empty for null, ISO for dates, tabs and newlines flattened to spaces."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


# -- PLOVER ------------------------------------------------------------------------------------

def _entity(row: Row, prefix: str) -> dict[str, Any]:
    return {"code": row[f"{prefix}_country"], "sector": row[f"{prefix}_sector"],
            "entity_text": row[f"{prefix}_text"], "identifier_text": row[f"{prefix}_name"],
            "actor_code": row[f"{prefix}_actor"]}


def _unique(entities: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[tuple[Any, Any], dict[str, Any]] = {}
    for e in entities:
        seen.setdefault((e["actor_code"], e["identifier_text"]), e)
    return list(seen.values())


def plover_records(rows: list[Row]) -> Iterator[dict[str, Any]]:
    """One PLOVER record per event_group, in the order of each group's first row."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row["event_group"], []).append(row)
    for group, members in groups.items():
        yield plover_record(group, members)


def plover_record(group: str, members: list[Row]) -> dict[str, Any]:
    """The PLOVER manual's record fields (id, date, actor, recipient, event, mode, ...)."""
    first = members[0]
    actors = _unique(_entity(r, "source") for r in members)
    recipients = _unique(_entity(r, "target") for r in members if r["target_actor"] is not None)
    pairs = {(r["source_actor"], r["target_actor"]) for r in members}
    if recipients and all((t, s) in pairs for s, t in pairs):  # reciprocal: all parties act
        actors, recipients = _unique([*actors, *recipients]), []
    loc = None
    if first["location_name"] is not None:
        loc = {"resolved_place": first["location_name"], "country_code": first["location_country"],
               "lat": first["latitude"], "lon": first["longitude"]}
    return {
        "id": group, "date": first["event_date"].isoformat(), "actor": actors, "recipient": recipients,
        "event": [first["plover_type"]], "mode": [first["plover_mode"]] if first["plover_mode"] else [],
        "context": [], "quad_code": PLOVER_QUAD[first["plover_type"]],
        "event_scale": first["plover_intensity"], "event_loc": loc,
        "event_text": sorted({r["trigger"] for r in members if r["trigger"]}),
        "text": first["sentence"], "text_info": {"sequence": first["sentence_index"]},
        "cite_info": {"url": first["url"], "publication": first["publisher"],
                      "coder": "coder", "version": first["coder_version"]},
        "coder": f"coder {first['coder_version']}",
        "comment": f"dictionaries {first['dictionary_version']}; rows {len(members)}",
        "doc_id": first["doc_id"], "cameo_code": first["cameo_code"],
        "event_ids": [r["event_id"] for r in members],
    }


# -- ICEWS and GDELT ---------------------------------------------------------------------------

def _icews_actor(row: Row, prefix: str, names: Names) -> list[str]:
    """Name, Sectors, Country. A sector of a whole country is named as ICEWS does: 'Police (Georgia)'."""
    if row[f"{prefix}_actor"] is None:
        return ["", "", ""]
    country = names.country(row[f"{prefix}_country"])
    sector = names.sector_names.get(row[f"{prefix}_sector"] or "", "")
    name = row[f"{prefix}_name"] or row[f"{prefix}_text"] or ""
    if sector and country and name == country:
        name = f"{sector} ({country})"
    return [name, sector, country]


def icews_row(row: Row, names: Names) -> list[str]:
    """ICEWS columns: names as ICEWS gives them, country names, Intensity = Goldstein."""
    kind = names.place_kind(row)
    place = row["location_name"] or ""
    return [_text(v) for v in (
        row["event_id"], row["event_date"], *_icews_actor(row, "source", names),
        row["cameo_name"], row["cameo_code"], row["goldstein"], *_icews_actor(row, "target", names),
        row["doc_id"], row["sentence_index"] + 1, row["publisher"],
        place if kind in ("city", "capital", "crossing") else "", "",
        place if kind in ("region", "disputed", "waters") else "",
        names.country(row["location_country"]), row["latitude"], row["longitude"],
    )]


def _gdelt_actor(row: Row, prefix: str, names: Names) -> list[object]:
    country, sector = row[f"{prefix}_country"], row[f"{prefix}_sector"]
    if country is None:
        return [None] * 10
    kind = names.sector_cameo.get(sector, "") if sector else ""
    state = country not in NON_STATE_COUNTRIES
    return [country + kind, row[f"{prefix}_name"], country if state else None,
            None if state else country, None, None, None, kind or None, None, None]


def _gdelt_action_geo(row: Row, names: Names) -> list[object]:
    if row["location_name"] is None:
        return [None] * 8
    country = names.country(row["location_country"])
    full = row["location_name"] if row["location_name"] == country else f"{row['location_name']}, {country}"
    geo_type = GDELT_GEO_TYPE.get(names.place_kind(row) or "")
    return [geo_type, full, None, None, None, row["latitude"], row["longitude"], None]


def gdelt_row(row: Row, names: Names) -> list[str]:
    """GDELT 2.0's 61 fields. Filled: GlobalEventID (the event_id's hex as an integer, 63 bits),
    dates, actors (CAMEO type codes; IGO/UNO/EUR/... as KnownGroupCode), IsRootEvent (first
    sentence), CAMEO codes, QuadClass, Goldstein, NumMentions/Sources/Articles = 1 (one row is one
    mention in one article), ActionGeo type, name and coordinates, SOURCEURL. Empty: ethnic and
    religion codes, AvgTone, actor geography, FIPS country and ADM codes, feature ids, DATEADDED."""
    day: dt.date = row["event_date"]
    fraction = day.year + day.timetuple().tm_yday / 365  # GDELT's YYYY.FFFF: day of year / 365
    cameo: str = row["cameo_code"]
    values: list[object] = [
        int(row["event_id"], 16) >> 1, day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
        f"{fraction:.4f}", *_gdelt_actor(row, "source", names), *_gdelt_actor(row, "target", names),
        1 if row["sentence_index"] == 0 else 0, cameo, cameo[:3], row["cameo_root"],
        row["quad_class"], row["goldstein"], 1, 1, 1, None,
        *[None] * 16, *_gdelt_action_geo(row, names), None, row["url"],
    ]
    return [_text(v) for v in values]
