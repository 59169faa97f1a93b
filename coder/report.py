"""A one-page HTML report of an output folder: conflict and cooperation over time for the top
countries and dyads, the PLOVER type mix, a map of event locations and the top actors.

The page is self-contained: inline CSS and SVG drawn here, no scripts, no external files.
Its markup is well-formed XML (XHTML-style), so tests can parse it strictly. The map is
equirectangular (x = longitude, y = latitude); the gazetteer's places are drawn as faint dots
for orientation, since coder ships no coastlines.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from coder.errors import UsageError
from coder.lexicon import Lexicon, load_dictionaries
from coder.views import ensure_views, run_query

COLOURS = {1: "#8fd19e", 2: "#2e8b57", 3: "#f4a3a3", 4: "#c0392b"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
PLOVER_ORDER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PLOVER_QUAD = dict(zip(PLOVER_ORDER, (1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4), strict=True))
SECTIONS = (("summary", "Summary"), ("countries", "Conflict and cooperation over time: top countries"),
            ("dyads", "Conflict and cooperation over time: top dyads"), ("plover", "PLOVER type mix"),
            ("map", "Where events happened"), ("actors", "Top actors"))

Row = dict[str, Any]

# Per-period quad counts for the countries (each event once per country it involves) and dyads.
COUNTRY_SERIES = """
WITH involved AS (
    SELECT DISTINCT event_id, country, {period} AS period, quad1, quad2, quad3, quad4
    FROM country_events)
SELECT country AS label, period, sum(quad1) AS q1, sum(quad2) AS q2, sum(quad3) AS q3, sum(quad4) AS q4
FROM involved
WHERE country IN (SELECT country FROM involved GROUP BY country
                  ORDER BY count(*) DESC, country LIMIT {top})
GROUP BY ALL
"""
DYAD_SERIES = """
WITH dyads AS (
    SELECT source_country || ' → ' || target_country AS label, {period} AS period,
           quad1, quad2, quad3, quad4
    FROM event_measures WHERE target_country IS NOT NULL)
SELECT label, period, sum(quad1) AS q1, sum(quad2) AS q2, sum(quad3) AS q3, sum(quad4) AS q4
FROM dyads
WHERE label IN (SELECT label FROM dyads GROUP BY label ORDER BY count(*) DESC, label LIMIT {top})
GROUP BY ALL
"""
TOP_ACTORS = """
SELECT {side}_actor AS actor, mode({side}_name) AS name, count(*) AS events,
       avg(goldstein) AS goldstein_mean, count(*) FILTER (WHERE quad_class >= 3) AS conflict
FROM events WHERE {side}_actor IS NOT NULL
GROUP BY 1 ORDER BY events DESC, actor LIMIT {top}
"""
PLACES = """
SELECT location_name AS name, latitude, longitude, count(*) AS events, avg(goldstein) AS goldstein_mean
FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL
GROUP BY ALL ORDER BY events DESC, name
"""
SUMMARY = """
SELECT count(*) AS events, count(DISTINCT doc_id) AS articles, min(event_date) AS first_day,
       max(event_date) AS last_day, count(DISTINCT source_country) AS source_countries,
       count(latitude) AS located, avg(goldstein) AS goldstein_mean,
       count(*) FILTER (WHERE quad_class = 4) AS material_conflict
FROM events
"""


@dataclass(frozen=True)
class Series:
    """One small multiple: a label and, per period, counts by QuadClass."""

    label: str
    counts: dict[dt.date, tuple[int, int, int, int]]


def write_report(out_dir: Path, path: Path, *, lexicon: Lexicon | None = None, top: int = 6) -> Path:
    """Write the report of out_dir to path (atomically); returns path."""
    page = build_report(out_dir, lexicon=lexicon, top=top)
    tmp = path.with_name(f".tmp-{path.name}")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {e.strerror}") from e
    return path


def build_report(out_dir: Path, *, lexicon: Lexicon | None = None, top: int = 6) -> str:
    """The report page as a string."""
    ensure_views(out_dir)
    summary = run_query(out_dir, SUMMARY).to_pylist()[0]
    monthly = _monthly(summary)
    period = "month" if monthly else "event_date"
    periods = _periods(summary, monthly)
    countries = _series(run_query(out_dir, COUNTRY_SERIES.format(period=period, top=int(top))))
    dyads = _series(run_query(out_dir, DYAD_SERIES.format(period=period, top=int(top))))
    plover = run_query(out_dir, "SELECT plover_type, sum(events) AS events FROM plover_counts "
                                "GROUP BY 1").to_pylist()
    places = run_query(out_dir, PLACES).to_pylist()
    actors = {side: run_query(out_dir, TOP_ACTORS.format(side=side, top=int(top) * 2)).to_pylist()
              for side in ("source", "target")}
    background = [(p.longitude, p.latitude) for p in (lexicon or load_dictionaries()).places]
    body = {
        "summary": _summary_html(summary, monthly),
        "countries": _multiples_html(countries, periods, monthly),
        "dyads": _multiples_html(dyads, periods, monthly),
        "plover": _plover_svg({r["plover_type"]: int(r["events"]) for r in plover}),
        "map": _map_svg(places, background) + _places_note(places, summary),
        "actors": _actors_html(actors),
    }
    return _page(out_dir, body)


def _monthly(summary: Row) -> bool:
    first, last = summary["first_day"], summary["last_day"]
    return first is not None and (last - first).days > 62


def _periods(summary: Row, monthly: bool) -> list[dt.date]:
    first, last = summary["first_day"], summary["last_day"]
    if first is None:
        return []
    if not monthly:
        return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    months, day = [], first.replace(day=1)
    while day <= last:
        months.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return months


def _series(table: Any) -> list[Series]:
    by_label: dict[str, dict[dt.date, tuple[int, int, int, int]]] = {}
    for r in table.to_pylist():
        by_label.setdefault(r["label"], {})[r["period"]] = (int(r["q1"]), int(r["q2"]), int(r["q3"]),
                                                            int(r["q4"]))
    ranked = sorted(by_label.items(), key=lambda kv: (-sum(map(sum, kv[1].values())), kv[0]))
    return [Series(label, counts) for label, counts in ranked]


# -- page ----------------------------------------------------------------------------------------

CSS = """
body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1140px; color: #222; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 32px;
border-bottom: 1px solid #ccc; padding-bottom: 4px; }
.meta, .note { color: #666; font-size: 13px; }
.grid { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #e3e3e3; border-radius: 6px; padding: 6px; }
table { border-collapse: collapse; font-size: 13px; margin-right: 24px; }
td, th { padding: 3px 8px; border-bottom: 1px solid #eee; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.tables { display: flex; flex-wrap: wrap; }
.legend span { display: inline-block; margin-right: 14px; font-size: 13px; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
dl.kv { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; font-size: 14px; }
dl.kv dt { color: #555; } dl.kv dd { margin: 0; font-weight: 600; }
"""


def _page(out_dir: Path, body: dict[str, str]) -> str:
    sections = "\n".join(f'<section id="{key}">\n<h2>{escape(title)}</h2>\n{body[key]}\n</section>'
                         for key, title in SECTIONS)
    nav = " · ".join(f'<a href="#{key}">{escape(title.split(":")[-1].strip())}</a>'
                     for key, title in SECTIONS)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n'
        f"<title>coder report: {escape(out_dir.name)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>Event report: {escape(out_dir.name)}</h1>\n<p class=\"meta\">{nav}</p>\n"
        f"{sections}\n</body>\n</html>\n"
    )


def _summary_html(s: Row, monthly: bool) -> str:
    if not s["events"]:
        return '<p class="note">No events coded yet.</p>'
    items = [("events", f"{s['events']:,}"), ("articles with events", f"{s['articles']:,}"),
             ("dates", f"{s['first_day']} to {s['last_day']}"),
             ("source countries", f"{s['source_countries']:,}"),
             ("material conflict (QuadClass 4)", f"{s['material_conflict'] / s['events']:.0%}"),
             ("mean Goldstein", f"{s['goldstein_mean']:+.2f}"),
             ("events with a location", f"{s['located']:,}"),
             ("time axis", "months" if monthly else "days")]
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in items)
    return f'<dl class="kv">{rows}</dl>'


def _legend() -> str:
    spans = "".join(f'<span><i style="background:{COLOURS[q]}"></i>{QUAD_NAMES[q]}</span>'
                    for q in (1, 2, 3, 4))
    return f'<p class="legend">{spans}</p>'


def _multiples_html(series: list[Series], periods: list[dt.date], monthly: bool) -> str:
    if not series:
        return '<p class="note">No events.</p>'
    peak = max(max(c[0] + c[1], c[2] + c[3]) for s in series for c in s.counts.values())
    cards = "".join(f'<div class="card">{_bars_svg(s, periods, peak, monthly)}</div>' for s in series)
    return (_legend() + '<p class="note">Bars above the line: cooperation (QuadClass 1, 2); below: '
            f"conflict (3, 4). Same scale in every panel (peak {peak}).</p>"
            f'<div class="grid">{cards}</div>')


def _bars_svg(series: Series, periods: list[dt.date], peak: int, monthly: bool,
              width: int = 350, height: int = 150) -> str:
    left, top, bottom = 8, 22, 18
    mid = top + (height - top - bottom) / 2
    half = (height - top - bottom) / 2
    step = (width - 2 * left) / max(len(periods), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">',
             f'<text x="{left}" y="15" font-size="13" font-weight="600">{escape(series.label)}</text>']
    for i, period in enumerate(periods):
        q1, q2, q3, q4 = series.counts.get(period, (0, 0, 0, 0))
        x = left + i * step + step * 0.12
        w = max(step * 0.76, 0.5)
        y = mid
        for q, n in ((2, q2), (1, q1)):  # material next to the axis, verbal beyond it
            h = half * n / peak
            parts.append(_rect(x, y - h, w, h, COLOURS[q], f"{period}: {n} {QUAD_NAMES[q]}"))
            y -= h
        y = mid
        for q, n in ((4, q4), (3, q3)):
            h = half * n / peak
            parts.append(_rect(x, y, w, h, COLOURS[q], f"{period}: {n} {QUAD_NAMES[q]}"))
            y += h
    parts.append(f'<line x1="{left}" y1="{mid}" x2="{width - left}" y2="{mid}" stroke="#555"/>')
    for i, period in _ticks(periods):
        label = period.strftime("%b %Y" if monthly else "%d %b")
        parts.append(f'<text x="{left + (i + 0.5) * step:.1f}" y="{height - 4}" font-size="10" '
                     f'text-anchor="middle" fill="#555">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _ticks(periods: Sequence[dt.date], most: int = 4) -> Iterable[tuple[int, dt.date]]:
    every = max(1, math.ceil(len(periods) / most))
    return [(i, p) for i, p in enumerate(periods) if i % every == 0]


def _rect(x: float, y: float, w: float, h: float, colour: str, title: str) -> str:
    if h <= 0:
        return ""
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{colour}">'
            f"<title>{escape(title)}</title></rect>")


def _plover_svg(counts: dict[str, int], width: int = 720) -> str:
    if not counts:
        return '<p class="note">No events.</p>'
    peak, row_h, label_w = max(counts.values()), 20, 100
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
             f'height="{row_h * len(PLOVER_ORDER) + 8}" role="img">']
    total = sum(counts.values())
    for i, ptype in enumerate(PLOVER_ORDER):
        n = counts.get(ptype, 0)
        y = 4 + i * row_h
        w = (width - label_w - 120) * n / peak
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end">{ptype}</text>')
        parts.append(_rect(label_w, y + 2, w, row_h - 5, COLOURS[PLOVER_QUAD[ptype]], f"{ptype}: {n}"))
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 14}" font-size="12" fill="#444" '
                     f'class="count" data-type="{ptype}">{n} ({n / total:.0%})</text>')
    parts.append("</svg>")
    return _legend() + "".join(parts)


def _xy(lon: float, lat: float, scale: float) -> tuple[float, float]:
    """Equirectangular: longitude -180..180 -> x 0..360*scale, latitude 90..-90 -> y 0..180*scale."""
    return (lon + 180) * scale, (90 - lat) * scale


def _colour(goldstein: float) -> str:
    return "#c0392b" if goldstein < -2 else ("#2e8b57" if goldstein > 2 else "#d68910")


def _map_svg(places: list[Row], background: list[tuple[float, float]], scale: float = 3.0) -> str:
    width, height = 360 * scale, 180 * scale
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
             f'width="100%" role="img" id="event-map">',
             f'<rect width="{width:.0f}" height="{height:.0f}" fill="#f3f7fb" stroke="#ccc"/>']
    for meridian in range(-150, 180, 30):
        x, _ = _xy(meridian, 0, scale)
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height:.0f}" stroke="#e0e6ee"/>')
    for parallel in range(-60, 90, 30):
        _, y = _xy(0, parallel, scale)
        parts.append(f'<line x1="0" y1="{y:.1f}" x2="{width:.0f}" y2="{y:.1f}" stroke="#e0e6ee"/>')
    for lon, lat in background:
        x, y = _xy(lon, lat, scale)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.3" fill="#c9d1db"/>')
    for p in places:
        x, y = _xy(p["longitude"], p["latitude"], scale)
        r = 4 + 3 * math.sqrt(p["events"])
        title = f"{p['name']}: {p['events']} events, mean Goldstein {p['goldstein_mean']:+.1f}"
        parts.append(f'<circle class="event" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                     f'fill="{_colour(p["goldstein_mean"])}" fill-opacity="0.75" stroke="#333" '
                     f'stroke-width="0.6"><title>{escape(title)}</title></circle>')
        parts.append(f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}" font-size="12">'
                     f'{escape(p["name"] or "")}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _places_note(places: list[Row], summary: Row) -> str:
    located = sum(int(p["events"]) for p in places)
    return (f'<p class="note">{located:,} of {summary["events"]:,} events have a location; circle area '
            "grows with the number of events; colour: mean Goldstein below -2 red, above +2 green, "
            "else amber. Grey dots: the gazetteer's places, for orientation.</p>")


def _actors_html(actors: dict[str, list[Row]]) -> str:
    tables = []
    for side, rows in actors.items():
        head = (f"<tr><th>{side} actor</th><th>name</th><th>events</th><th>conflict</th>"
                "<th>mean Goldstein</th></tr>")
        body = "".join(
            f"<tr><td>{escape(r['actor'])}</td><td>{escape(r['name'] or '')}</td>"
            f"<td class=\"n\">{r['events']}</td><td class=\"n\">{r['conflict']}</td>"
            f"<td class=\"n\">{r['goldstein_mean']:+.2f}</td></tr>" for r in rows)
        tables.append(f'<table class="actors" data-side="{side}">{head}{body}</table>')
    return f'<div class="tables">{"".join(tables)}</div>'
