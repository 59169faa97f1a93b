"""`coder stats`: headline tables on the hand-built fixture (tests/eventrows.py), by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from eventrows import fixture_rows, write_events

from coder.cli import cli
from coder.errors import UsageError
from coder.stats import Filters, headline
from coder.views import create_views


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stats")
    write_events(folder, fixture_rows())
    create_views(folder)
    return folder


def test_totals_without_filters(out):
    totals = headline(out).totals.to_pylist()[0]
    assert totals == {
        "events": 9, "unique_events": 7, "first_day": dt.date(2025, 3, 1),
        "last_day": dt.date(2025, 4, 2), "dyads": 3,  # PAK>AFG, AFG>PAK, USA>PAK
        "verbal_cooperation": 2, "material_cooperation": 2, "verbal_conflict": 2,
        "material_conflict": 3,
        # -10 - 2 + 1 - 2 + 1 - 7.2 + 7 + 7 - 7.2
        "goldstein_sum": pytest.approx(-12.4), "goldstein_mean": pytest.approx(-12.4 / 9),
        # -9 - 2 + 2.5 - 2 + 2.5 - 5.5 + 10 + 6.5 - 5.5
        "plover_intensity_sum": pytest.approx(-2.5),
    }


def test_top_dyads_by_conflict_events_then_goldstein(out):
    dyads = headline(out).top_dyads.to_pylist()
    assert [(d["source_country"], d["target_country"], d["events"], d["conflict_events"],
             d["material_conflict"]) for d in dyads] == [
        ("PAK", "AFG", 5, 4, 2),  # e1 e2 e4 e5 conflict, e6 aid
        ("AFG", "PAK", 2, 0, 0),  # Goldstein +2 before USA>PAK's +7
        ("USA", "PAK", 1, 0, 0),
    ]
    assert dyads[0]["goldstein_sum"] == pytest.approx(-14.2)
    assert dyads[0]["most_negative_goldstein"] == -10.0
    assert len(headline(out, top=1).top_dyads) == 1


def test_months(out):
    months = headline(out).months.to_pylist()
    assert [(m["month"], m["events"], m["cooperation"], m["conflict"], m["material_conflict"])
            for m in months] == [(dt.date(2025, 3, 1), 6, 2, 4, 2), (dt.date(2025, 4, 1), 3, 2, 1, 1)]
    assert months[0]["goldstein_sum"] == pytest.approx(-19.2)
    assert months[1]["goldstein_sum"] == pytest.approx(6.8)
    assert months[1]["material_conflict_share"] == pytest.approx(1 / 3)
    assert months[0]["plover_intensity_sum"] == pytest.approx(-13.5)


@pytest.mark.parametrize(("filters", "events", "unique"), [
    (Filters(country="USA"), 1, 1),
    (Filters(since=dt.date(2025, 3, 2)), 4, 4),
    (Filters(until=dt.date(2025, 3, 1)), 5, 3),
    (Filters(country="AFG", until=dt.date(2025, 3, 31)), 6, 4),
    (Filters(country="IND"), 0, 0),
])
def test_filters(out, filters, events, unique):
    totals = headline(out, filters).totals.to_pylist()[0]
    assert (totals["events"], totals["unique_events"]) == (events, unique)


def test_country_filter_keeps_the_months_of_that_country(out):
    months = headline(out, Filters(country="USA")).months.to_pylist()
    assert [(m["month"], m["events"], m["cooperation"]) for m in months] == [(dt.date(2025, 4, 1), 1, 1)]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"country": "PAKI"}, "expected a three-letter code"),
    ({"since": dt.date(2025, 5, 1), "until": dt.date(2025, 4, 1)}, "is after --until"),
])
def test_bad_filters_are_usage_errors(kwargs, message):
    with pytest.raises(UsageError, match=message):
        Filters(**kwargs)


def test_stats_command_prints_the_three_tables(out):
    result = CliRunner().invoke(cli, ["stats", str(out), "--country", "pak", "--since", "2025-03-02"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Totals"
    assert "  events                4" in lines  # e5 e6 e7 e8
    assert "  unique_events         4" in lines
    assert "Top dyads by conflict (QuadClass 3 + 4)" in lines and "Intensity per month" in lines


def test_stats_command_refuses_a_bad_country(out):
    result = CliRunner().invoke(cli, ["stats", str(out), "--country", "Pakistan"])
    assert result.exit_code == 2
    assert result.output == "Error: --country 'PAKISTAN': expected a three-letter code such as PAK\n"
