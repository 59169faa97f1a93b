"""End to end on real text: the mission's seed article and the project's own seeds/."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_ARTICLE, SHARED

from coder.run import code_inputs

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory, real_coder):
    if not SEED_ARTICLE.exists():
        pytest.skip("../shared/seeds is absent: the mission's seed article is not here")
    out = tmp_path_factory.mktemp("seed") / "out"
    import datetime as dt

    code_inputs([SEED_ARTICLE], out, coder=real_coder, default_date=dt.date(2025, 10, 29))
    return out


def test_seed_article_has_its_ten_key_events(seed_out):
    check = SHARED / "checks" / "seed_check.py"
    result = subprocess.run([sys.executable, str(check), str(seed_out), "--need", "10"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_seed_article_passes_the_output_contract(seed_out):
    check = SHARED / "checks" / "contract_check.py"
    result = subprocess.run([sys.executable, str(check), str(seed_out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def project_seeds(tmp_path_factory, real_coder):
    out = tmp_path_factory.mktemp("seeds") / "out"
    summary = code_inputs([ROOT / "seeds"], out, coder=real_coder)
    assert summary.exit_status == 0, [i.message() for i in summary.issues]
    import duckdb

    return duckdb.sql(f"SELECT * FROM read_parquet('{out}/events/*.parquet')").to_arrow_table().to_pylist()


def test_project_seeds_hold_every_plover_type(project_seeds):
    found = {r["plover_type"] for r in project_seeds}
    expected = {json.loads(line)["plover_type"]
                for line in (ROOT / "tests" / "data" / "seed_expected.jsonl").read_text().splitlines()}
    assert len(expected) == 16
    assert expected - found == set()


def _seed_expected() -> list[dict]:
    return [json.loads(line)
            for line in (ROOT / "tests" / "data" / "seed_expected.jsonl").read_text().splitlines()]


def _found(e: dict, project_seeds: list[dict]) -> bool:
    key = (e["plover_type"], e["source_country"], e["target_country"])
    # a dateline ("LONDON:") may stand as a sentence of its own
    return any((r["plover_type"], r["source_country"], r["target_country"]) == key
               and r["sentence"] and r["sentence"] in e["sentence"] for r in project_seeds)


def test_project_seeds_recall_of_expected_events(project_seeds):
    expected = [e for e in _seed_expected() if "not_written" not in e]
    hits = [e for e in expected if _found(e, project_seeds)]
    assert len(hits) / len(expected) >= 0.5, f"{len(hits)}/{len(expected)}"


def test_project_seeds_write_no_appeal_or_statement(project_seeds):
    """DESIGN.md: CAMEO 01 statements and 02 appeals have no PLOVER type and are not written."""
    assert [r["cameo_code"] for r in project_seeds if r["cameo_code"][:2] in {"01", "02"}] == []
    appeals = [e for e in _seed_expected() if "not_written" in e]
    assert appeals and not [e["sentence"] for e in appeals if _found(e, project_seeds)]
