"""The DuckDB views on a hand-built Parquet fixture (tests/eventrows.py), with answers worked
out by hand, and the dyad and country views against pandas on random events."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest
from eventrows import eid, fixture_rows, row, write_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coder.views import create_views, run_query

D1, D2, D3 = dt.date(2025, 3, 1), dt.date(2025, 3, 20), dt.date(2025, 4, 2)
MAR, APR = dt.date(2025, 3, 1), dt.date(2025, 4, 1)
TYPES = ["agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
         "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault"]
VIEWS = ["events", "documents", "events_unique", "event_measures", "day_totals", "month_totals",
         "dyad_day", "dyad_month", "country_events", "country_day", "country_month",
         "dyad_day_norm", "dyad_month_norm", "country_day_norm", "country_month_norm",
         "plover_counts", "cameo_root_counts"]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("views")
    write_events(folder, fixture_rows())
    create_views(folder)
    return folder


def query(out: Path, sql: str) -> list[dict[str, Any]]:
    return run_query(out, sql).to_pylist()


def keyed(rows: list[dict[str, Any]], *key: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    return {tuple(r[k] for k in key): r for r in rows}


def measures(events: int, gsum: float, quads: tuple[int, int, int, int], intensity: float,
             worst: str, worst_g: float, **types: int) -> dict[str, Any]:
    """The expected dyad/country measures; PLOVER types not named are 0."""
    m: dict[str, Any] = {"events": events, "goldstein_sum": pytest.approx(gsum),
                         "goldstein_mean": pytest.approx(gsum / events),
                         "plover_intensity_sum": pytest.approx(intensity),
                         "most_negative_event_id": eid(worst),
                         "most_negative_goldstein": pytest.approx(worst_g)}
    m.update({f"quad{i + 1}": n for i, n in enumerate(quads)})
    m.update({f"n_{t}": types.get(t, 0) for t in TYPES})
    return m


def only(row_: dict[str, Any], keys: dict[str, Any]) -> dict[str, Any]:
    return {k: row_[k] for k in keys}


def test_every_view_is_created(out):
    names = {r["name"] for r in query(out, "SHOW TABLES")}
    assert names == set(VIEWS)


def test_events_unique_counts_a_repeated_event_once_a_day(out):
    ids = [r["event_id"] for r in query(out, "SELECT event_id FROM events_unique ORDER BY event_id")]
    assert ids == [eid(n) for n in ("e1", "e2", "e3", "e5", "e6", "e7", "e8")]


def test_day_and_month_totals(out):
    days = query(out, "SELECT * FROM day_totals ORDER BY event_date")
    assert days == [{"event_date": D1, "all_events": 5}, {"event_date": D2, "all_events": 1},
                    {"event_date": D3, "all_events": 3}]
    months = query(out, "SELECT * FROM month_totals ORDER BY month")
    assert months == [{"month": MAR, "all_events": 6}, {"month": APR, "all_events": 3}]


DYAD_DAY = {
    (D1, "PAK", "AFG"): measures(3, -14.0, (0, 0, 2, 1), -13.0, "e1", -10.0, assault=1, accuse=2),
    (D1, "AFG", "PAK"): measures(2, 2.0, (2, 0, 0, 0), 5.0, "e3", 1.0, consult=2),
    (D2, "PAK", "AFG"): measures(1, -7.2, (0, 0, 0, 1), -5.5, "e5", -7.2, mobilize=1),
    (D3, "PAK", "AFG"): measures(1, 7.0, (0, 1, 0, 0), 10.0, "e6", 7.0, aid=1),
    (D3, "USA", "PAK"): measures(1, 7.0, (0, 1, 0, 0), 6.5, "e7", 7.0, retreat=1),
    (D3, "PAK", None): measures(1, -7.2, (0, 0, 0, 1), -5.5, "e8", -7.2, mobilize=1),
}


def test_dyad_day(out):
    got = keyed(query(out, "SELECT * FROM dyad_day"), "event_date", "source_country", "target_country")
    assert set(got) == set(DYAD_DAY)
    for key, expected in DYAD_DAY.items():
        assert only(got[key], expected) == expected, key


def test_dyad_day_columns_keep_their_order(out):
    cols = [r["column_name"] for r in query(out, "DESCRIBE dyad_day")]
    assert cols == ["event_date", "source_country", "target_country", "events", "goldstein_sum",
                    "goldstein_mean", "quad1", "quad2", "quad3", "quad4", "plover_intensity_sum",
                    *[f"n_{t}" for t in TYPES], "most_negative_event_id", "most_negative_goldstein"]


def test_dyad_month(out):
    expected = {
        (MAR, "PAK", "AFG"): measures(4, -21.2, (0, 0, 2, 2), -18.5, "e1", -10.0,
                                      assault=1, accuse=2, mobilize=1),
        (MAR, "AFG", "PAK"): DYAD_DAY[(D1, "AFG", "PAK")],
        (APR, "PAK", "AFG"): DYAD_DAY[(D3, "PAK", "AFG")],
        (APR, "USA", "PAK"): DYAD_DAY[(D3, "USA", "PAK")],
        (APR, "PAK", None): DYAD_DAY[(D3, "PAK", None)],
    }
    got = keyed(query(out, "SELECT * FROM dyad_month"), "month", "source_country", "target_country")
    assert set(got) == set(expected)
    for key, want in expected.items():
        assert only(got[key], want) == want, key


def country(base: dict[str, Any], share: float, net: int) -> dict[str, Any]:
    return {**base, "material_conflict_share": pytest.approx(share), "net_cooperation": net}


def test_country_day(out):
    pak_d1 = country(DYAD_DAY[(D1, "PAK", "AFG")], 1 / 3, -3)
    afg_d1 = country(DYAD_DAY[(D1, "AFG", "PAK")], 0.0, 2)
    expected = {
        (D1, "PAK", "source"): pak_d1,
        (D1, "AFG", "target"): pak_d1,
        (D1, "AFG", "source"): afg_d1,
        (D1, "PAK", "target"): afg_d1,
        (D2, "PAK", "source"): country(DYAD_DAY[(D2, "PAK", "AFG")], 1.0, -1),
        (D2, "AFG", "target"): country(DYAD_DAY[(D2, "PAK", "AFG")], 1.0, -1),
        # e6 (AID, +7.0) and e8 (MOBILIZE, -7.2, no target)
        (D3, "PAK", "source"): country(measures(2, -0.2, (0, 1, 0, 1), 4.5, "e8", -7.2,
                                                aid=1, mobilize=1), 0.5, 0),
        (D3, "USA", "source"): country(DYAD_DAY[(D3, "USA", "PAK")], 0.0, 1),
        (D3, "AFG", "target"): country(DYAD_DAY[(D3, "PAK", "AFG")], 0.0, 1),
        (D3, "PAK", "target"): country(DYAD_DAY[(D3, "USA", "PAK")], 0.0, 1),
    }
    got = keyed(query(out, "SELECT * FROM country_day"), "event_date", "country", "role")
    assert set(got) == set(expected)
    for key, want in expected.items():
        assert only(got[key], want) == want, key


def test_country_month(out):
    pak_mar = country(measures(4, -21.2, (0, 0, 2, 2), -18.5, "e1", -10.0,
                               assault=1, accuse=2, mobilize=1), 0.5, -4)
    got = keyed(query(out, "SELECT * FROM country_month"), "month", "country", "role")
    assert set(got) == {(MAR, "PAK", "source"), (MAR, "AFG", "target"), (MAR, "AFG", "source"),
                        (MAR, "PAK", "target"), (APR, "PAK", "source"), (APR, "USA", "source"),
                        (APR, "AFG", "target"), (APR, "PAK", "target")}
    assert only(got[(MAR, "PAK", "source")], pak_mar) == pak_mar
    assert only(got[(MAR, "AFG", "target")], pak_mar) == pak_mar
    assert got[(APR, "PAK", "source")]["net_cooperation"] == 0
    assert got[(APR, "PAK", "source")]["goldstein_sum"] == pytest.approx(-0.2)


def test_dyad_norm_views_divide_by_all_events_of_the_day_or_month(out):
    day = keyed(query(out, "SELECT * FROM dyad_day_norm"), "event_date", "source_country", "target_country")
    a = day[(D1, "PAK", "AFG")]
    assert a["all_events"] == 5
    assert only(a, {"events": 0, "goldstein_sum": 0, "quad3": 0, "quad4": 0, "n_accuse": 0,
                    "plover_intensity_sum": 0}) == {
        "events": pytest.approx(0.6), "goldstein_sum": pytest.approx(-2.8), "quad3": pytest.approx(0.4),
        "quad4": pytest.approx(0.2), "n_accuse": pytest.approx(0.4),
        "plover_intensity_sum": pytest.approx(-2.6)}
    f = day[(D3, "PAK", None)]
    assert (f["all_events"], f["events"], f["goldstein_sum"]) == (3, pytest.approx(1 / 3),
                                                                  pytest.approx(-2.4))
    assert "goldstein_mean" not in a and "most_negative_event_id" not in a
    month = keyed(query(out, "SELECT * FROM dyad_month_norm"), "month", "source_country", "target_country")
    m = month[(MAR, "PAK", "AFG")]
    assert (m["all_events"], m["events"], m["goldstein_sum"]) == (6, pytest.approx(4 / 6),
                                                                  pytest.approx(-21.2 / 6))


def test_country_norm_views(out):
    day = keyed(query(out, "SELECT * FROM country_day_norm"), "event_date", "country", "role")
    assert day[(D1, "PAK", "source")]["net_cooperation"] == pytest.approx(-0.6)
    d3 = day[(D3, "PAK", "source")]
    assert (d3["all_events"], d3["events"], d3["goldstein_sum"], d3["net_cooperation"]) == (
        3, pytest.approx(2 / 3), pytest.approx(-0.2 / 3), 0)
    assert "material_conflict_share" not in d3
    month = keyed(query(out, "SELECT * FROM country_month_norm"), "month", "country", "role")
    m = month[(MAR, "PAK", "source")]
    assert (m["all_events"], m["events"], m["net_cooperation"]) == (
        6, pytest.approx(4 / 6), pytest.approx(-4 / 6))


def test_plover_and_cameo_root_counts(out):
    plover = {(r["plover_type"], r["plover_mode"]): (r["events"], r["intensity_sum"])
              for r in query(out, "SELECT * FROM plover_counts")}
    assert plover == {("ASSAULT", None): (1, -9.0), ("ACCUSE", "disapprove"): (2, -4.0),
                      ("CONSULT", None): (2, 5.0), ("MOBILIZE", None): (2, -11.0),
                      ("AID", None): (1, 10.0), ("RETREAT", "release"): (1, 6.5)}
    roots = {r["cameo_root"]: (r["quad_class"], r["events"], r["goldstein_sum"])
             for r in query(out, "SELECT * FROM cameo_root_counts")}
    assert roots == {"19": (4, 1, -10.0), "11": (3, 2, -4.0), "04": (1, 2, 2.0),
                     "15": (4, 2, pytest.approx(-14.4)), "07": (2, 1, 7.0), "08": (2, 1, 7.0)}


def duckdb_cli() -> str:
    cli = shutil.which("duckdb", path=str(Path(sys.executable).parent)) or shutil.which("duckdb")
    if cli is None:
        pytest.skip("duckdb-cli is not installed (pip install duckdb-cli==1.5.6)")
    return cli


def test_duckdb_cli_1x_queries_every_view_from_inside_the_folder(out):
    script = "".join(f"SELECT '{v}' AS view, count(*) AS n FROM {v};\n" for v in VIEWS)
    result = subprocess.run([duckdb_cli(), "coder.duckdb", "-csv", "-noheader"], input=script,
                            cwd=out, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    counts = dict(line.split(",") for line in result.stdout.split())
    assert set(counts) == set(VIEWS)
    for view in VIEWS:
        assert int(counts[view]) == query(out, f"SELECT count(*) AS n FROM {view}")[0]["n"], view
    assert (counts["events"], counts["dyad_day"], counts["country_day"]) == ("9", "6", "10")


# -- against pandas on random events -------------------------------------------------------------

CODES = [  # cameo, quad, goldstein, PLOVER type, intensity (None: a mode without a score)
    ("040", 1, 1.0, "CONSULT", 2.5), ("057", 1, 8.0, "SUPPORT", 5.0), ("070", 2, 7.0, "AID", 10.0),
    ("112", 3, -2.0, "ACCUSE", -2.0), ("130", 3, -4.4, "THREATEN", -3.5),
    ("145", 4, -7.5, "PROTEST", None), ("190", 4, -10.0, "ASSAULT", -9.0),
]
DAYS = [dt.date(2025, 1, 30), dt.date(2025, 1, 31), dt.date(2025, 2, 1)]
random_event = st.tuples(st.sampled_from(DAYS), st.sampled_from(["PAK", "AFG", "IND"]),
                         st.sampled_from(["PAK", "AFG", None]), st.sampled_from(CODES))


def random_rows(events: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    rows = []
    for i, (day, src, tgt, (cameo, quad, gold, ptype, inten)) in enumerate(events):
        rows.append(row(event_id=f"{(i * 7919) % 10007:016x}", event_date=day, article_date=day,
                        source_actor=src, source_country=src, target_actor=tgt, target_country=tgt,
                        cameo_code=cameo, cameo_root=cameo[:2], quad_class=quad, goldstein=gold,
                        plover_type=ptype, plover_intensity=inten))
    return rows


def pandas_measures(frame: pd.DataFrame, keys: list[str]) -> dict[tuple[Any, ...], dict[str, Any]]:
    result = {}
    for key, g in frame.groupby(keys, dropna=False):
        worst = g.sort_values(["goldstein", "event_id"]).iloc[0]
        quads = [int((g.quad_class == q).sum()) for q in (1, 2, 3, 4)]
        m = {"events": len(g), "goldstein_sum": pytest.approx(g.goldstein.sum()),
             "goldstein_mean": pytest.approx(g.goldstein.mean()),
             "plover_intensity_sum": (pytest.approx(g.plover_intensity.sum())
                                      if g.plover_intensity.notna().any() else None),
             "most_negative_event_id": worst.event_id,
             "most_negative_goldstein": worst.goldstein,
             **{f"quad{q + 1}": n for q, n in enumerate(quads)},
             **{f"n_{t}": int((g.plover_type == t.upper()).sum()) for t in TYPES}}
        if "role" in keys:
            m["material_conflict_share"] = pytest.approx(quads[3] / len(g))
            m["net_cooperation"] = quads[0] + quads[1] - quads[2] - quads[3]
        key = tuple(None if pd.isna(k) else k for k in key)
        result[key] = m
    return result


def as_country(frame: pd.DataFrame) -> pd.DataFrame:
    source = frame.assign(role="source", country=frame.source_country)
    target = frame[frame.target_country.notna()].assign(role="target", country=lambda f: f.target_country)
    return pd.concat([source, target])


@pytest.fixture(scope="module")
def random_out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, duckdb.DuckDBPyConnection]]:
    folder = tmp_path_factory.mktemp("random-views")
    write_events(folder, fixture_rows())
    create_views(folder)
    con = duckdb.connect(str(folder / "coder.duckdb"), read_only=True)
    con.execute(f"SET file_search_path = '{folder}'")
    yield folder, con
    con.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(random_event, min_size=1, max_size=30))
def test_dyad_and_country_views_match_pandas(random_out, events):
    folder, con = random_out
    rows = random_rows(events)
    write_events(folder, rows)  # the views read whatever Parquet is there now
    frame = pd.DataFrame(rows)
    frame["month"] = frame.event_date.map(lambda d: d.replace(day=1))
    views = {"dyad_day": ["event_date", "source_country", "target_country"],
             "dyad_month": ["month", "source_country", "target_country"],
             "country_day": ["event_date", "country", "role"],
             "country_month": ["month", "country", "role"]}
    for view, keys in views.items():
        data = as_country(frame) if "role" in keys else frame
        expected = pandas_measures(data, keys)
        got = keyed(con.sql(f"SELECT * FROM {view}").to_arrow_table().to_pylist(), *keys)
        assert set(got) == set(expected), view
        for key, want in expected.items():
            assert only(got[key], want) == want, (view, key)


def test_views_of_an_older_coder_are_recreated_when_stats_export_or_report_need_them(tmp_path):
    from coder.stats import headline
    from coder.views import DATABASE, ensure_views, views_version

    write_events(tmp_path, fixture_rows())
    old = duckdb.connect(str(tmp_path / DATABASE))  # as an older coder left it: events only
    old.execute(f"CREATE VIEW events AS SELECT * FROM read_parquet('{tmp_path}/events/*.parquet')")
    old.close()
    assert {r["name"] for r in query(tmp_path, "SHOW TABLES")} == {"events"}
    assert headline(tmp_path).totals.to_pylist()[0]["events"] == 9
    assert {r["name"] for r in query(tmp_path, "SHOW TABLES")} == set(VIEWS)
    comment = query(tmp_path, "SELECT comment FROM duckdb_views() WHERE view_name = 'events'")
    assert comment == [{"comment": views_version()}]
    before = (tmp_path / DATABASE).stat().st_ino
    ensure_views(tmp_path)  # current: left alone
    assert (tmp_path / DATABASE).stat().st_ino == before


def test_one_a_day_filter_treats_a_missing_target_as_one_value(tmp_path):
    day, next_day = dt.date(2025, 6, 1), dt.date(2025, 6, 2)
    rows = [row(event_id="b000000000000003", doc_id="x2", event_date=day, source_actor="PAKMIL",
                cameo_code="150", target_actor=None, target_country=None),
            row(event_id="b000000000000001", doc_id="x1", sentence_index=4, event_date=day,
                source_actor="PAKMIL", cameo_code="150", target_actor=None, target_country=None),
            row(event_id="b000000000000002", doc_id="x1", sentence_index=5, event_date=next_day,
                source_actor="PAKMIL", cameo_code="150", target_actor=None, target_country=None),
            row(event_id="b000000000000004", doc_id="x1", sentence_index=6, event_date=day,
                source_actor="PAKGOV", cameo_code="150", target_actor=None, target_country=None)]
    write_events(tmp_path, rows)
    create_views(tmp_path)
    kept = query(tmp_path, "SELECT event_id FROM events_unique ORDER BY event_id")
    # b1 (doc x1) is kept over b3 (doc x2); b2 is another day; b4 another source actor
    assert [r["event_id"] for r in kept] == ["b000000000000001", "b000000000000002", "b000000000000004"]
