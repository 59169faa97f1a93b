"""`coder export`: each format written from the hand-built fixture and read back (pandas for
CSV and TSV, json for PLOVER), with the expected cells worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from eventrows import eid, fixture_rows, row, write_events

from coder.cli import cli
from coder.export import export_events, layout
from coder.store import arrow_schema
from coder.views import create_views

DAY = dt.date(2025, 5, 6)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    write_events(folder, fixture_rows())
    create_views(folder)
    return folder


def party(prefix: str, code: str, name: str, text: str) -> dict[str, str | None]:
    return {f"{prefix}_actor": code, f"{prefix}_country": code[:3], f"{prefix}_sector": code[3:] or None,
            f"{prefix}_name": name, f"{prefix}_text": text}


@pytest.fixture(scope="module")
def groups(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A reciprocal meeting (two rows), a compound statement of support (two rows), a UN move."""
    pak, afg = party("x", "PAKGOV", "Pakistan", "Islamabad"), party("x", "AFGGOV", "Afghanistan", "Kabul")
    common = dict(event_date=DAY, article_date=DAY, doc_id="g", cameo_code="040", cameo_root="04",
                  quad_class=1, goldstein=1.0, plover_type="CONSULT", plover_intensity=2.5,
                  trigger="met")
    rows = [
        row(event_id="a000000000000001", event_group="gr", **common,
            **{k.replace("x_", "source_"): v for k, v in pak.items()},
            **{k.replace("x_", "target_"): v for k, v in afg.items()}),
        row(event_id="a000000000000002", event_group="gr", **common,
            **{k.replace("x_", "source_"): v for k, v in afg.items()},
            **{k.replace("x_", "target_"): v for k, v in pak.items()}),
        row(event_id="a000000000000003", event_group="gc", event_date=DAY, doc_id="g", sentence_index=1,
            cameo_code="051", cameo_root="05", quad_class=1, goldstein=3.4, plover_type="SUPPORT",
            trigger="praised", **party("source", "QAT", "Qatar", "Qatar"),
            **party("target", "PAKGOV", "Pakistan", "Pakistan")),
        row(event_id="a000000000000004", event_group="gc", event_date=DAY, doc_id="g", sentence_index=1,
            cameo_code="051", cameo_root="05", quad_class=1, goldstein=3.4, plover_type="SUPPORT",
            trigger="praised", **party("source", "TUR", "Turkey", "Turkey"),
            **party("target", "PAKGOV", "Pakistan", "Pakistan")),
        row(event_id="a000000000000005", event_group="gu", event_date=DAY, doc_id="g", sentence_index=2,
            cameo_code="0841", cameo_root="08", quad_class=2, goldstein=7.0, plover_type="RETREAT",
            plover_mode="release", plover_intensity=6.5, trigger="freed",
            **party("source", "UNO", "United Nations", "the UN")),
    ]
    folder = tmp_path_factory.mktemp("groups")
    write_events(folder, rows)
    create_views(folder)
    return folder


def test_csv_has_every_event_column(out, tmp_path):
    path = tmp_path / "events.csv"
    assert export_events(out, "csv", path) == 9
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(frame.columns) == arrow_schema("event").names
    assert list(frame.event_id) == [eid(n) for n in ("e1", "e2", "e3", "e4", "e9", "e5", "e6", "e7", "e8")]
    e7 = frame.set_index("event_id").loc[eid("e7")]
    assert (e7.cameo_code, e7.event_date, e7.plover_mode, e7.goldstein, e7.url) == (
        "0841", "2025-04-02", "release", "7.0", "https://example.org/e7")
    e8 = frame.set_index("event_id").loc[eid("e8")]
    assert (e8.target_actor, e8.target_country, e8.plover_mode) == ("", "", "")


def test_icews_columns_and_conventions(out, tmp_path):
    path = tmp_path / "events.tsv"
    export_events(out, "icews", path)
    frame = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)
    assert list(frame.columns) == [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
        "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
        "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
        "Longitude"]
    assert len(frame) == 9
    e7 = frame.set_index("Event ID").loc[eid("e7")].to_dict()
    assert e7 == {
        "Event Date": "2025-04-02", "Source Name": "Government (United States)",
        "Source Sectors": "Government", "Source Country": "United States",
        "Event Text": "name of 0841", "CAMEO Code": "0841", "Intensity": "7.0",
        "Target Name": "Government (Pakistan)", "Target Sectors": "Government",
        "Target Country": "Pakistan", "Story ID": "d3", "Sentence Number": "2",
        "Publisher": "Test Wire", "City": "Islamabad", "District": "", "Province": "",
        "Country": "Pakistan", "Latitude": "33.68", "Longitude": "73.05"}
    e8 = frame.set_index("Event ID").loc[eid("e8")]
    assert (e8["Source Name"], e8["Target Name"], e8["Target Country"], e8["City"]) == (
        "Military (Pakistan)", "", "", "")
    assert frame.set_index("Event ID").loc[eid("e1"), "Target Sectors"] == "Rebels"


def test_gdelt_has_61_columns_in_the_codebook_order(out, tmp_path):
    path = tmp_path / "events.gdelt"
    export_events(out, "gdelt", path)
    assert not path.read_text().startswith("GlobalEventID")  # no header
    frame = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False)
    assert frame.shape == (9, 61)
    frame.columns = layout("gdelt-2.0-events")
    assert list(frame.columns[:6]) == ["GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                                       "Actor1Code"]
    assert list(frame.columns[25:36]) == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                                          "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                                          "NumArticles", "AvgTone", "Actor1Geo_Type"]
    assert list(frame.columns[-10:]) == [
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED",
        "SOURCEURL"]
    assert [c for c in frame.columns if c.startswith("Actor2Geo_")] == [
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
        "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID"]
    e7 = frame.iloc[7].to_dict()
    filled = {k: v for k, v in e7.items() if v != ""}
    assert filled == {
        "GlobalEventID": str(0xE000000000000007 // 2),
        "SQLDATE": "20250402", "MonthYear": "202504", "Year": "2025",
        "FractionDate": "2025.2521",  # 2 April is day 92: 92 / 365 = 0.25205
        "Actor1Code": "USAGOV", "Actor1Name": "United States", "Actor1CountryCode": "USA",
        "Actor1Type1Code": "GOV",
        "Actor2Code": "PAKGOV", "Actor2Name": "Pakistan", "Actor2CountryCode": "PAK",
        "Actor2Type1Code": "GOV",
        "IsRootEvent": "0", "EventCode": "0841", "EventBaseCode": "084", "EventRootCode": "08",
        "QuadClass": "2", "GoldsteinScale": "7.0", "NumMentions": "1", "NumSources": "1",
        "NumArticles": "1",
        "ActionGeo_Type": "4", "ActionGeo_FullName": "Islamabad, Pakistan",
        "ActionGeo_Lat": "33.68", "ActionGeo_Long": "73.05",
        "SOURCEURL": "https://example.org/e7"}
    e1 = frame.iloc[0]
    assert (e1.IsRootEvent, e1.Actor2Code, e1.Actor2Type1Code, e1.EventBaseCode) == ("1", "AFGREB", "REB",
                                                                                      "190")
    e8 = frame.iloc[8]
    assert (e8.Actor2Code, e8.Actor2CountryCode, e8.ActionGeo_Type) == ("", "", "")


def test_gdelt_puts_international_organisations_in_known_group(groups, tmp_path):
    path = tmp_path / "g.gdelt"
    export_events(groups, "gdelt", path)
    frame = pd.read_csv(path, sep="\t", header=None, dtype=str, keep_default_na=False)
    frame.columns = layout("gdelt-2.0-events")
    un = frame[frame.EventCode == "0841"].iloc[0]
    assert (un.Actor1Code, un.Actor1CountryCode, un.Actor1KnownGroupCode) == ("UNO", "", "UNO")


def test_plover_records_regroup_event_groups(groups, tmp_path):
    path = tmp_path / "p.jsonl"
    assert export_events(groups, "plover-jsonl", path) == 3
    records = {r["id"]: r for r in map(json.loads, path.read_text().splitlines())}
    assert set(records) == {"gr", "gc", "gu"}
    meeting = records["gr"]  # reciprocal: every party is an actor, no recipient
    assert [(a["code"], a["sector"], a["entity_text"]) for a in meeting["actor"]] == [
        ("PAK", "GOV", "Islamabad"), ("AFG", "GOV", "Kabul")]
    assert meeting["recipient"] == []
    assert (meeting["date"], meeting["event"], meeting["mode"], meeting["quad_code"]) == (
        "2025-05-06", ["CONSULT"], [], 1)
    assert meeting["event_ids"] == ["a000000000000001", "a000000000000002"]
    support = records["gc"]  # compound: two actors, one recipient
    assert [a["code"] for a in support["actor"]] == ["QAT", "TUR"]
    assert [(r["code"], r["actor_code"]) for r in support["recipient"]] == [("PAK", "PAKGOV")]
    un = records["gu"]
    assert (un["actor"][0]["code"], un["recipient"], un["event"], un["mode"], un["event_scale"]) == (
        "UNO", [], ["RETREAT"], ["release"], 6.5)
    assert un["text_info"] == {"sequence": 2}


def test_plover_record_fields_and_places(out, tmp_path):
    path = tmp_path / "p.jsonl"
    assert export_events(out, "plover-jsonl", path) == 9
    records = [json.loads(line) for line in path.read_text().splitlines()]
    required = {"id", "date", "actor", "event"}
    assert all(required <= set(r) for r in records)
    kabul = next(r for r in records if r["event"] == ["AID"])
    assert kabul["event_loc"] == {"resolved_place": "Kabul", "country_code": "AFG", "lat": 34.53,
                                  "lon": 69.17}
    assert [r["code"] for r in kabul["recipient"]] == ["AFG"]
    mobilize = [r for r in records if r["event"] == ["MOBILIZE"]]
    assert [m["quad_code"] for m in mobilize] == [4, 4]
    assert next(m for m in mobilize if m["date"] == "2025-04-02")["recipient"] == []


@pytest.mark.parametrize("fmt", ["csv", "plover-jsonl", "icews", "gdelt"])
def test_export_command(out, tmp_path, fmt):
    path = tmp_path / f"x.{fmt}"
    result = CliRunner().invoke(cli, ["export", str(out), "--format", fmt, "-o", str(path)])
    assert result.exit_code == 0, result.output
    assert path.exists() and not list(tmp_path.glob(".tmp-*"))
    assert f"({fmt}) -> {path}" in result.output


def test_export_command_needs_a_known_format(out, tmp_path):
    result = CliRunner().invoke(cli, ["export", str(out), "--format", "xml", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "'xml' is not one of" in result.output


def test_exports_of_a_folder_without_events(tmp_path):
    folder = tmp_path / "empty"
    write_events(folder, [])
    create_views(folder)
    assert export_events(folder, "csv", tmp_path / "e.csv") == 0
    assert (tmp_path / "e.csv").read_text().splitlines() == [",".join(arrow_schema("event").names)]
    assert export_events(folder, "plover-jsonl", tmp_path / "e.jsonl") == 0
    assert (tmp_path / "e.jsonl").read_text() == ""
    assert export_events(folder, "icews", tmp_path / "e.tsv") == 0
    assert (tmp_path / "e.tsv").read_text().splitlines() == ["\t".join(layout("icews-events"))]
