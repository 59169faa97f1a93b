"""`coder report`: a self-contained, well-formed HTML page with the expected sections, checked
on the hand-built fixture (tests/eventrows.py) with numbers worked out by hand."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from eventrows import fixture_rows, write_events

from coder.cli import cli
from coder.report import build_report
from coder.views import create_views

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    write_events(folder, fixture_rows())
    create_views(folder)
    return folder


@pytest.fixture(scope="module")
def page(out: Path) -> str:
    return build_report(out)


def parse(page: str) -> ET.Element:
    doctype, rest = page.split("\n", 1)
    assert doctype == "<!DOCTYPE html>"
    return ET.fromstring(rest)  # strict: any unclosed tag or bad entity fails


def section(root: ET.Element, key: str) -> ET.Element:
    found = root.find(f".//section[@id='{key}']")
    assert found is not None, key
    return found


def test_page_is_well_formed_and_self_contained(page):
    root = parse(page)
    assert root.tag == "html"
    assert "<script" not in page and "src=" not in page and "<link" not in page
    assert "@import" not in page and "url(" not in page
    hrefs = [a.get("href") for a in root.iter("a")]
    assert hrefs and all(h.startswith("#") for h in hrefs)


def test_sections_in_order(page):
    root = parse(page)
    ids = [s.get("id") for s in root.iter("section")]
    assert ids == ["summary", "countries", "dyads", "plover", "map", "actors"]
    titles = [s.find("h2").text for s in root.iter("section")]
    assert titles[1] == "Conflict and cooperation over time: top countries"
    assert titles[3] == "PLOVER type mix"


def test_summary(page):
    dl = section(parse(page), "summary").find("dl")
    values = dict(zip([d.text for d in dl.iter("dt")], [d.text for d in dl.iter("dd")], strict=True))
    assert values["events"] == "9"
    assert values["dates"] == "2025-03-01 to 2025-04-02"
    assert values["material conflict (QuadClass 4)"] == "33%"  # e1 e5 e8 of nine
    assert values["time axis"] == "days"  # 32 days: too short for months


def panels(root: ET.Element, key: str) -> dict[str, list[str]]:
    """Panel title -> the titles of its bars."""
    result = {}
    for svg in section(root, key).iter(f"{SVG}svg"):
        label = svg.find(f"{SVG}text").text
        result[label] = [t.text for t in svg.iter(f"{SVG}title")]
    return result


def test_top_countries_and_dyads_over_time(page):
    root = parse(page)
    countries = panels(root, "countries")
    assert list(countries) == ["PAK", "AFG", "USA"]  # involved in 9, 7 and 1 events
    assert sorted(countries["PAK"]) == sorted([
        "2025-03-01: 2 verbal cooperation", "2025-03-01: 2 verbal conflict",
        "2025-03-01: 1 material conflict", "2025-03-20: 1 material conflict",
        "2025-04-02: 2 material cooperation", "2025-04-02: 1 material conflict"])
    assert countries["USA"] == ["2025-04-02: 1 material cooperation"]
    dyads = panels(root, "dyads")
    assert list(dyads) == ["PAK → AFG", "AFG → PAK", "USA → PAK"]
    assert dyads["AFG → PAK"] == ["2025-03-01: 2 verbal cooperation"]


def test_plover_type_mix(page):
    counts = {t.get("data-type"): t.text for t in section(parse(page), "plover").iter(f"{SVG}text")
              if t.get("class") == "count"}
    assert len(counts) == 16
    assert (counts["MOBILIZE"], counts["ACCUSE"], counts["ASSAULT"], counts["COOPERATE"]) == (
        "2 (22%)", "2 (22%)", "1 (11%)", "0 (0%)")


def test_map_places_events_on_an_equirectangular_grid(page):
    svg = section(parse(page), "map").find(f"{SVG}svg")
    assert svg.get("viewBox") == "0 0 1080 540"  # 3 px per degree
    events = [c for c in svg.iter(f"{SVG}circle") if c.get("class") == "event"]
    where = {c.find(f"{SVG}title").text.split(":")[0]: c for c in events}
    assert set(where) == {"Kabul", "Islamabad"}
    # x = (lon + 180) * 3, y = (90 - lat) * 3
    assert float(where["Kabul"].get("cx")) == pytest.approx(747.51, abs=0.06)
    assert float(where["Kabul"].get("cy")) == pytest.approx(166.41, abs=0.06)
    assert float(where["Islamabad"].get("cx")) == pytest.approx(759.15, abs=0.06)
    assert float(where["Islamabad"].get("cy")) == pytest.approx(168.96, abs=0.06)
    assert where["Kabul"].get("fill") == "#2e8b57"  # AID, Goldstein +7
    assert where["Kabul"].get("r") == "7.0"  # 4 + 3 * sqrt(1 event)
    note = section(parse(page), "map").find("p").text
    assert note.startswith("2 of 9 events have a location")


def test_top_actors(page):
    tables = {t.get("data-side"): t for t in section(parse(page), "actors").iter("table")}
    sources = [[td.text for td in tr.iter("td")] for tr in tables["source"].iter("tr")][1:]
    assert sources == [["PAKGOV", "Pakistan", "3", "2", "+1.00"],   # e2 e4 e6: (-2 - 2 + 7) / 3
                       ["PAKMIL", "Pakistan", "3", "3", "-8.13"],   # e1 e5 e8: -24.4 / 3
                       ["AFGGOV", "Afghanistan", "2", "0", "+1.00"],
                       ["USAGOV", "United States", "1", "0", "+7.00"]]
    targets = [tr.find("td").text for tr in tables["target"].iter("tr") if tr.find("td") is not None]
    assert targets == ["AFGGOV", "PAKGOV", "AFGMIL", "AFGREB"]


def test_report_of_a_folder_without_events(tmp_path):
    write_events(tmp_path, [])
    create_views(tmp_path)
    root = parse(build_report(tmp_path))
    assert section(root, "summary").find("p").text == "No events coded yet."
    assert section(root, "countries").find("p").text == "No events."


def test_report_command_writes_the_file(out, tmp_path):
    path = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", str(out), "-o", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {path}\n"
    parse(path.read_text(encoding="utf-8"))
