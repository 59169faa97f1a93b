"""Evaluation against gold files: reading gold, one-to-one matching, the figures, the CLI,
and a data check of the gold sets in tests/data/gold/."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from coder.cli import cli
from coder.evaluate import (
    NONE,
    CodedEvent,
    GoldEvent,
    GoldFileError,
    GoldItem,
    coded_event,
    confusions,
    evaluate,
    judge,
    load_gold,
    match,
    parse_gold_line,
    render,
)
from coder.types import PLOVER_TYPES

GOLD_DIR = Path(__file__).parent / "data" / "gold"
DEV = GOLD_DIR / "dev.jsonl"
DAY = dt.date(2025, 10, 29)


def gold(kind: str, source: str, target: str | None, *, alt: tuple[tuple[str, str, str | None], ...] = (),
         **attrs: str) -> GoldEvent:
    return GoldEvent(kind, source, target, alternatives=alt, **attrs)


def coded(kind: str, source: str, target: str | None, **attrs: str) -> CodedEvent:
    return CodedEvent(kind, source, target, **attrs)


def item(events: list[GoldEvent], *, optional: tuple[tuple[str, str, str | None], ...] = (),
         tags: tuple[str, ...] = (), name: str = "x") -> GoldItem:
    return GoldItem(name, DAY, "Some text.", tuple(events), optional, tags)


# ------------------------------------------------------------------------------ matching

def test_match_is_one_to_one():
    pairs, misses = match([gold("ASSAULT", "RUS", "UKR"), gold("ASSAULT", "RUS", "UKR")],
                          [coded("ASSAULT", "RUS", "UKR")])
    assert pairs == [(0, 0)] and misses == [1]


def test_match_needs_type_source_and_target():
    g = [gold("ASSAULT", "RUS", "UKR")]
    assert match(g, [coded("ASSAULT", "UKR", "RUS")])[0] == []
    assert match(g, [coded("COERCE", "RUS", "UKR")])[0] == []
    assert match(g, [coded("ASSAULT", "RUS", None)])[0] == []
    assert match([gold("MOBILIZE", "IND", None)], [coded("MOBILIZE", "IND", None)])[0] == [(0, 0)]


def test_an_alternative_reading_counts():
    g = [gold("CONCEDE", "THA", "KHM", alt=(("RETREAT", "THA", "KHM"),))]
    assert match(g, [coded("RETREAT", "THA", "KHM")]) == ([(0, 0)], [])


def test_matching_is_the_largest_not_the_first_found():
    # gold 0 could take either coded event; gold 1 only the first: both must be found
    g = [gold("SANCTION", "TUR", "ISR", alt=(("COERCE", "TUR", "ISR"),)), gold("SANCTION", "TUR", "ISR")]
    c = [coded("COERCE", "TUR", "ISR"), coded("SANCTION", "TUR", "ISR")]
    pairs, misses = match(g, c)
    assert len(pairs) == 2 and misses == []
    g2 = [gold("SANCTION", "TUR", "ISR", alt=(("COERCE", "TUR", "ISR"),)), gold("SANCTION", "TUR", "ISR")]
    assert sorted(match(g2, list(reversed(c)))[0]) == [(0, 1), (1, 0)]


def test_optional_events_are_neither_found_nor_false():
    r = judge(item([gold("CONSULT", "IND", "CHN")], optional=(("CONSULT", "CHN", "IND"),)),
              [coded("CONSULT", "IND", "CHN"), coded("CONSULT", "CHN", "IND"),
               coded("ASSAULT", "CHN", "IND")])
    assert r.matches == ((0, 0),) and r.ignored == (1,) and r.false == (2,) and r.misses == ()


# ------------------------------------------------------------------------------ figures

def test_precision_recall_f1_per_type_and_overall():
    items = [
        item([gold("ASSAULT", "RUS", "UKR"), gold("ACCUSE", "UKR", "RUS")]),
        item([gold("ASSAULT", "ISR", "PSE")]),
        item([], tags=("no-event",)),
    ]
    found = [
        [coded("ASSAULT", "RUS", "UKR"), coded("ASSAULT", "UKR", "RUS")],  # 1 right, 1 false
        [],  # a miss
        [coded("CONSULT", "BRA", "ARG")],  # a false event on a line without events
    ]
    report = evaluate(items, found)
    a = report.by_type["ASSAULT"]
    assert (a.gold, a.coded, a.tp_gold, a.tp_coded) == (2, 2, 1, 1)
    assert a.precision == 0.5 and a.recall == 0.5 and a.f1 == 0.5
    assert report.by_type["ACCUSE"].recall == 0.0 and report.by_type["ACCUSE"].precision is None
    assert report.by_type["CONSULT"].precision == 0.0 and report.by_type["CONSULT"].f1 is None
    o = report.overall
    assert (o.gold, o.coded, o.tp_gold) == (3, 3, 1)
    assert o.precision == pytest.approx(1 / 3) and o.recall == pytest.approx(1 / 3)
    assert report.no_event_lines == (1, 1)
    assert report.tags["no-event"].coded == 1


def test_a_line_with_only_optional_events_is_not_a_no_event_line():
    items = [item([], optional=(("REQUEST", "UKR", None),)), item([], tags=("no-event",))]
    report = evaluate(items, [[coded("REQUEST", "UKR", None)], [coded("CONSULT", "BRA", "ARG")]])
    assert report.no_event_lines == (1, 1)


def test_an_alternative_match_counts_for_the_gold_type_and_the_coded_type():
    report = evaluate([item([gold("CONCEDE", "THA", "KHM", alt=(("RETREAT", "THA", "KHM"),))])],
                      [[coded("RETREAT", "THA", "KHM")]])
    assert report.by_type["CONCEDE"].recall == 1.0 and report.by_type["RETREAT"].precision == 1.0
    assert report.confusion == Counter({("CONCEDE", "RETREAT"): 1})


def test_confusion_pairs_same_dyad_type_errors_then_misses_and_false_events():
    r = judge(item([gold("ASSAULT", "RUS", "UKR"), gold("AID", "DEU", "UKR")]),
              [coded("COERCE", "RUS", "UKR"), coded("CONSULT", "FRA", "DEU")])
    assert sorted(confusions(r)) == sorted([("ASSAULT", "COERCE"), ("AID", NONE), (NONE, "CONSULT")])


def test_attribute_accuracy_only_where_gold_gives_it():
    g = [gold("ASSAULT", "PAK", "AFG", source_sector="MIL", date="2025-10-26", location="AFG"),
         gold("ACCUSE", "PAK", "IND")]
    c = [coded("ASSAULT", "PAK", "AFG", source_sector="GOV", date="2025-10-26", location="PAK"),
         coded("ACCUSE", "PAK", "IND", source_sector="GOV")]
    report = evaluate([item(g)], [c])
    assert report.attributes["source_sector"] == (0, 1)
    assert report.attributes["date"] == (1, 1)
    assert report.attributes["location"] == (0, 1)
    assert report.attributes["cameo_root"] == (0, 0)


def test_coded_event_reads_an_output_row():
    row = {"plover_type": "ASSAULT", "source_country": None, "source_actor": "IGOMIL",
           "target_country": "SOM", "target_actor": "SOMREB", "source_sector": "MIL",
           "target_sector": "REB", "cameo_root": "19", "event_date": dt.date(2025, 6, 8),
           "location_country": "SOM", "sentence": "..."}
    e = coded_event(row)
    assert e.triple == ("ASSAULT", "IGO", "SOM") and e.date == "2025-06-08" and e.location == "SOM"
    row.update(target_country=None, target_actor=None)
    assert coded_event(row).target is None


def test_render_and_json_show_the_figures_and_the_errors():
    items = [GoldItem("dev-1", DAY, "Russia shelled Kherson.", (gold("ASSAULT", "RUS", "UKR"),), line=1)]
    report = evaluate(items, [[coded("COERCE", "RUS", "UKR")]])
    text = render(report, show=5)
    assert "missed ASSAULT RUS->UKR; coded COERCE RUS->UKR" in text and "Russia shelled Kherson." in text
    assert "false COERCE RUS->UKR" in text
    assert "misses" not in render(report, show=0)
    figures = json.loads(json.dumps(report.as_dict()))
    assert figures["overall"]["recall"] == 0.0
    assert {"gold": "ASSAULT", "coded": "COERCE", "count": 1} in figures["confusion"]


# ------------------------------------------------------------------------------ reading gold

GOOD = {"id": "g1", "date": "2025-10-29", "text": "Pakistan accused India.",
        "events": [{"type": "ACCUSE", "source": "PAK", "target": "IND", "cameo_root": "11",
                    "alternatives": [{"type": "REJECT", "source": "PAK", "target": "IND"}]}],
        "optional": [{"type": "ACCUSE", "source": "PAK", "target": None}], "tags": ["x"]}


def test_a_good_line_parses():
    g = parse_gold_line(json.dumps(GOOD))
    assert g.events[0].readings() == (("ACCUSE", "PAK", "IND"), ("REJECT", "PAK", "IND"))
    assert g.optional == (("ACCUSE", "PAK", None),) and g.date == DAY


@pytest.mark.parametrize(("change", "message"), [
    ({"events": [{"type": "ATTACK", "source": "PAK", "target": None}]}, "'ATTACK' is not a PLOVER type"),
    ({"events": [{"type": "ACCUSE", "source": "Pakistan", "target": None}]}, "is not a country code"),
    ({"events": [{"type": "ACCUSE", "source": "PAK"}]}, "missing key(s) target"),
    ({"events": [{"type": "ACCUSE", "source": "PAK", "target": None, "actor": "x"}]}, "unknown key(s) actor"),
    ({"events": [{"type": "ACCUSE", "source": "PAK", "target": None, "cameo_root": "9"}]}, "two-digit"),
    ({"events": [{"type": "ACCUSE", "source": "PAK", "target": None, "source_sector": "ARMY"}]},
     "source_sector: 'ARMY'"),
    ({"date": "2025-02-30"}, "not a real YYYY-MM-DD date"),
    ({"events": None}, "'events' must be a list"),
    ({"text": ""}, "'text' must be a non-empty string"),
])
def test_bad_lines_say_what_is_wrong(change, message):
    with pytest.raises(ValueError, match=None) as e:
        parse_gold_line(json.dumps({**GOOD, **change}))
    assert message in str(e.value)


def test_every_bad_line_is_named_with_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOOD) + "\n{broken\n\n" + json.dumps(GOOD) + "\n")
    with pytest.raises(GoldFileError) as e:
        load_gold(path)
    assert e.value.problems == [f"{path}:2: malformed JSON (Expecting property name enclosed in "
                                f"double quotes at column 2)",
                                f"{path}:4: id 'g1' already used on line 1"]
    assert e.value.exit_status == 2


def test_cli_reports_a_bad_gold_file_without_loading_the_model(tmp_path):
    path = tmp_path / "g.jsonl"
    bad = {**GOOD, "events": [{"type": "FIGHT", "source": "PAK", "target": None}]}
    path.write_text(json.dumps(bad) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(path)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: 1 problem(s) in the gold file; nothing was evaluated:\n"
                                    f"  {path}:1: event 1: 'FIGHT' is not a PLOVER type")
    missing = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and missing.output == f"Error: {tmp_path / 'nope.jsonl'}: no such file\n"


# ------------------------------------------------------------------------------ the gold sets

GOLD_FILES = sorted(GOLD_DIR.glob("*.jsonl"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_gold_file_parses_and_is_self_consistent(path):
    items = load_gold(path)  # raises on any bad line
    for g in items:
        for e in g.events:
            assert e.triple not in e.alternatives, f"{g.id}: an alternative repeats the main reading"
            if e.date is not None:
                assert e.date <= g.date.isoformat(), f"{g.id}: event after the article date"


def test_dev_set_covers_every_type_and_the_hard_cases():
    items = load_gold(DEV)
    assert len(items) >= 210
    types = Counter(e.type for g in items for e in g.events)
    thin = {t: types[t] for t in PLOVER_TYPES if types[t] < 8}
    assert not thin, f"PLOVER types with fewer than 8 gold events: {thin}"
    tags = Counter(t for g in items for t in g.tags)
    assert tags["no-event"] >= 32 and all(not g.events for g in items if "no-event" in g.tags)
    for tag in ("compound", "passive", "reported-speech", "negation", "intent", "apposition",
                "pronoun", "date", "place"):
        assert tags[tag] >= 3, f"too few lines tagged {tag}"


@pytest.mark.slow
def test_cli_evaluates_a_tiny_gold_file_with_the_model(tmp_path):
    path = tmp_path / "tiny.jsonl"
    lines = [
        {"id": "a", "date": "2025-10-29", "text": "Pakistan accused Afghanistan of sheltering militants.",
         "events": [{"type": "ACCUSE", "source": "PAK", "target": "AFG"}]},
        {"id": "b", "date": "2025-10-29", "text": "Pakistan beat Afghanistan by six wickets in Sharjah.",
         "events": [], "tags": ["no-event"]},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    result = CliRunner().invoke(cli, ["evaluate", str(path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["lines"] == 2 and figures["overall"]["gold"] == 1
    assert figures["by_type"]["ACCUSE"]["found"] == 1
    text = CliRunner().invoke(cli, ["evaluate", str(path), "--show", "3"])
    assert text.exit_code == 0 and "overall" in text.output and "type confusion" in text.output


@pytest.mark.slow
def test_evaluate_runs_on_the_dev_set(real_coder):
    from coder.evaluate import code_gold

    items = load_gold(DEV)
    report = evaluate(items, code_gold(items, real_coder))
    assert len(report.items) == len(items)
    assert report.overall.gold == sum(len(g.events) for g in items)
    assert sum(n for (g, _), n in report.confusion.items() if g != NONE) == report.overall.gold
    assert 0 < report.overall.tp_gold <= report.overall.gold
