"""Headline statistics of an output folder, from its DuckDB views: totals, the dyads with the
most conflict, and conflict and cooperation intensity per month.

Everything is computed from `dyad_day` (and `events_unique` for the one-a-day count), so the
numbers agree with what a user gets from the views, and the filters work to the day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from coder.errors import UsageError
from coder.views import ensure_views, run_query

COUNTRY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Filters:
    """Which events count: those involving `country` (as source or target), within the dates."""

    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def __post_init__(self) -> None:
        if self.country is not None and not COUNTRY.match(self.country):
            raise UsageError(f"--country {self.country!r}: expected a three-letter code such as PAK")
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")

    def where(self, *, extra: str = "") -> tuple[str, list[object]]:
        """A WHERE clause over columns event_date, source_country, target_country, and its values."""
        clauses: list[str] = []
        params: list[object] = []
        if self.country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [self.country, self.country]
        if self.since:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?")
            params.append(self.until)
        if extra:
            clauses.append(extra)
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


@dataclass(frozen=True)
class Headline:
    """The tables `coder stats` prints."""

    totals: pa.Table
    top_dyads: pa.Table
    months: pa.Table


TOTALS = """
SELECT coalesce(sum(events), 0)                 AS events,
       ({unique})                               AS unique_events,
       min(event_date)                          AS first_day,
       max(event_date)                          AS last_day,
       count(DISTINCT source_country || '>' || target_country) AS dyads,
       coalesce(sum(quad1), 0)                  AS verbal_cooperation,
       coalesce(sum(quad2), 0)                  AS material_cooperation,
       coalesce(sum(quad3), 0)                  AS verbal_conflict,
       coalesce(sum(quad4), 0)                  AS material_conflict,
       sum(goldstein_sum)                       AS goldstein_sum,
       sum(goldstein_sum) / sum(events)         AS goldstein_mean,
       sum(plover_intensity_sum)                AS plover_intensity_sum
FROM dyad_day {where}
"""

TOP_DYADS = """
SELECT source_country, target_country,
       sum(events)                       AS events,
       sum(quad3) + sum(quad4)           AS conflict_events,
       sum(quad4)                        AS material_conflict,
       sum(goldstein_sum)                AS goldstein_sum,
       sum(plover_intensity_sum)         AS plover_intensity_sum,
       min(most_negative_goldstein)      AS most_negative_goldstein
FROM dyad_day {where}
GROUP BY source_country, target_country
ORDER BY conflict_events DESC, goldstein_sum ASC, source_country, target_country
LIMIT {top}
"""

MONTHS = """
SELECT CAST(date_trunc('month', event_date) AS DATE) AS month,
       sum(events)                         AS events,
       sum(quad1) + sum(quad2)             AS cooperation,
       sum(quad3) + sum(quad4)             AS conflict,
       sum(quad4)                          AS material_conflict,
       sum(quad4) / sum(events)            AS material_conflict_share,
       sum(goldstein_sum)                  AS goldstein_sum,
       sum(goldstein_sum) / sum(events)    AS goldstein_mean,
       sum(plover_intensity_sum)           AS plover_intensity_sum
FROM dyad_day {where}
GROUP BY 1
ORDER BY 1
"""


def headline(out_dir: Path, filters: Filters | None = None, *, top: int = 10) -> Headline:
    """Totals, the `top` dyads by conflict events (QuadClass 3 and 4), and intensity per month."""
    ensure_views(out_dir)
    filters = filters or Filters()
    where, params = filters.where()
    unique = f"SELECT count(*) FROM events_unique {where}"
    totals = run_query(out_dir, TOTALS.format(unique=unique, where=where), params * 2)
    dyad_where, dyad_params = filters.where(extra="target_country IS NOT NULL")
    dyads = run_query(out_dir, TOP_DYADS.format(where=dyad_where, top=int(top)), dyad_params)
    months = run_query(out_dir, MONTHS.format(where=where), params)
    return Headline(totals, dyads, months)
