"""Bring your own dictionaries: PETRARCH-format actor and agent files, and partial folders."""

from __future__ import annotations

import datetime as dt
import shutil
import time

import pytest
from click.testing import CliRunner
from conftest import HERE, SHARED

from coder.cli import cli
from coder.errors import UsageError
from coder.lexicon import load_dictionaries, part_roots
from coder.paths import data_dir
from coder.petrarch import name_from_phrase, parse_petrarch_date

FIXTURE = HERE / "fixtures" / "petrarch"
PHOENIX = SHARED / "reference" / "petrarch"
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def lexicon():
    return load_dictionaries(FIXTURE)


def entry(lexicon, name):
    return next(e for e in lexicon.actors if e.name == name)


@pytest.mark.parametrize(("phrase", "name"), [
    ("HAMID_KARZAI_", "Hamid Karzai"),
    ("REPUBLIC_OF_KENYA_", "Republic of Kenya"),
    ("AL-SHABAAB_", "Al-Shabaab"),
    ("MAZAR-I-SHARIF_", "Mazar-i-Sharif"),
    ("ADEN_ARMY_(AA)_", "Aden Army"),
    ("VIRGILIO_ FONTES", "Virgilio Fontes"),
])
def test_phrases_become_capitalised_names(phrase, name):
    assert name_from_phrase(phrase) == name


@pytest.mark.parametrize(("text", "day"), [
    ("20021230", D("2002-12-30")), ("130409", D("2013-04-09")), ("991231", D("1999-12-31")),
    ("290101", D("2029-01-01")), ("300101", D("1930-01-01")), ("991399", None), ("2020", None),
])
def test_petrarch_dates(text, day):
    assert parse_petrarch_date(text) == day


def test_only_the_parts_a_folder_has_come_from_it():
    roots = part_roots(FIXTURE)
    assert roots["actors"] == FIXTURE and roots["agents"] == FIXTURE
    assert {roots[p] for p in ("verbs", "nouns", "cameo", "plover", "places")} == {data_dir("dictionaries")}


def test_a_folder_without_dictionary_files_is_a_usage_error(tmp_path):
    (tmp_path / "notes.md").write_text("nothing here")
    with pytest.raises(UsageError, match="no dictionary files in"):
        part_roots(tmp_path)


def test_actor_entries_keep_codes_dates_and_synonyms(lexicon):
    kenya = entry(lexicon, "Kenya")
    assert kenya.kind == "country" and {"Kenyan", "Republic of Kenya"} <= set(kenya.aliases)
    ruto = entry(lexicon, "William Ruto")
    assert ruto.kind == "person" and ruto.surname == "Ruto"
    assert ruto.code_on(D("2015-01-01")) == "KENGOV"
    assert ruto.code_on(D("2023-01-01")) == "KENGOV"  # >220913
    assert ruto.code_on(D("2005-01-01")) == "KENELI"  # the undated restriction
    kibaki = entry(lexicon, "Mwai Kibaki")
    assert kibaki.code_on(D("2008-01-01")) == "KENGOV"
    assert kibaki.code_on(D("1995-01-01")) == "KENELI"  # <19991231


@pytest.mark.parametrize(("name", "code"), [
    ("Kenya Defence Forces", "KENMIL"),
    ("Nation Media Group", "KENJRN"),  # CAMEO MED is media: PLOVER JRN
    ("United Nations Environment Programme", "UNOSOC"),  # IGOUNO → UNO; ENV → civil society
    ("Al-Shabaab", "SOMREB"),  # INS dropped, as PLOVER does
])
def test_cameo_codes_map_to_plover_codes(lexicon, name, code):
    assert entry(lexicon, name).code_on(D("2020-01-01")) == code


def test_what_cannot_be_converted_is_counted_with_its_line(lexicon):
    report = next(r for r in lexicon.imports if r.path == "sample.actors.txt")
    assert report.skipped["unknown country code NRL"] == 1
    assert report.first["unknown country code NRL"] == "sample.actors.txt:2"
    assert report.skipped["entry has no code it can use"] == 1
    assert report.skipped["bad date in restriction"] == 1
    assert not any(e.name == "Norland" for e in lexicon.actors)
    assert entry(lexicon, "Broken Dates").code_on(D("2020-01-01")) == "KENGOV"  # the good line kept


def test_agent_files(lexicon):
    agents = {a.phrase: a.sector for a in lexicon.agents if a.source.startswith("sample.agents.txt")}
    assert agents["police officer"] == agents["police officials"] == "COP"  # substitution set + plural
    assert agents["police"] == "COP" and "polices" not in agents  # {} : no plural
    assert agents["television channel"] == "JRN"
    assert agents["nurse"] == "MED"  # CAMEO HLH is health: PLOVER MED
    assert agents["mullah"] == "REL"
    assert agents["county governors"] == "GOV" and "county governorss" not in agents
    assert "aid agency" not in agents
    report = next(r for r in lexicon.imports if r.path == "sample.agents.txt")
    assert report.skipped["prefix code (XXX~): coder's agents carry a sector only"] == 1
    assert report.skipped["agent line without one [code]"] == 1


def test_check_command_reports_imports_and_borrowed_parts():
    result = CliRunner().invoke(cli, ["dictionaries", "check", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    shipped = "from the shipped dictionaries: cameo, nouns, petrarch, places, plover, recipients, verbs"
    assert shipped in result.output
    assert "sample.actors.txt:2)" in result.output  # first skipped line named
    assert "skipped 1: unknown country code NRL" in result.output


@pytest.mark.slow
def test_coding_with_petrarch_actors_and_agents(tmp_path):
    folder = tmp_path / "mine"
    shutil.copytree(FIXTURE, folder)
    from coder.api import Coder, CoderConfig

    coder = Coder.load(CoderConfig(dictionaries=folder))
    text = "Kenyan police officers arrested Al-Shabaab fighters in Mombasa."
    rows = coder.code_text(text, date="2024-03-01")
    assert {(r["source_actor"], r["target_actor"], r["plover_type"]) for r in rows} == {
        ("KENCOP", "SOMREB", "COERCE")}


@pytest.mark.skipif(not PHOENIX.is_dir(), reason="../shared/reference/petrarch is not beside the checkout")
def test_the_phoenix_dictionaries_load(tmp_path):
    folder = tmp_path / "phoenix"
    folder.mkdir()
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"):
        shutil.copy(PHOENIX / name, folder / name)
    started = time.perf_counter()
    lexicon = load_dictionaries(folder)
    print(f"Phoenix dictionaries loaded in {time.perf_counter() - started:.1f}s")
    assert len(lexicon.actors) > 25_000
    assert len(lexicon.agents) > 5_000
    karzai = next(e for e in lexicon.actors if "Hamid Karzai" in e.aliases)
    assert karzai.code_on(D("2006-01-01")) == "AFGGOV"
