"""Output: Parquet with the contract's columns, valid rows, idempotent re-runs, atomic writes,
a lock against concurrent runs, and DuckDB views that a plain client can open."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import jsonschema
import pyarrow.parquet as pq
import pytest

from coder.errors import OutputLocked, SqlRefused, UsageError
from coder.paths import data_dir
from coder.run import code_inputs
from coder.store import OutputFolder
from coder.views import run_query

pytestmark = pytest.mark.slow

ARTICLES = [
    {"id": "a1", "date": "2025-10-29",
     "text": "Pakistan accused Afghanistan of sheltering militants. "
             "Qatar and Turkey thanked Pakistan for its efforts."},
    {"id": "a2", "date": "2025-10-30", "text": "Russia's military attacked Ukraine on Sunday."},
    {"id": "a3", "date": "2025-10-30", "text": "The weather was fine in Paris."},
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def events(out: Path) -> list[dict]:
    return duckdb.sql(f"SELECT * FROM read_parquet('{out}/events/*.parquet') "
                      "ORDER BY event_id").to_arrow_table().to_pylist()


@pytest.fixture()
def coded(tmp_path, real_coder):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "out"
    summary = code_inputs([src], out, coder=real_coder)
    return src, out, summary


def test_rows_have_the_contract_columns_and_validate(coded):
    _, out, summary = coded
    assert summary.articles == 3 and summary.exit_status == 0
    rows = events(out)
    assert rows, "expected some events"
    schema = json.loads((data_dir("schemas") / "event.schema.json").read_text())
    for row in rows:
        as_json = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
        jsonschema.validate(as_json, schema)
    table = pq.read_table(next((out / "events").glob("part-*.parquet")))
    assert table.schema.field("cameo_code").type == "string"
    assert table.schema.field("event_date").type == "date32[day]"


def test_coding_twice_gives_the_same_rows(coded, real_coder):
    src, out, _ = coded
    first = events(out)
    code_inputs([src], out, coder=real_coder)
    assert events(out) == first
    docs = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/documents/*.parquet')").fetchall()
    assert docs == [(3,)]


def test_changed_article_replaces_its_rows(coded, real_coder, tmp_path):
    src, out, _ = coded
    changed = [dict(ARTICLES[1], text="Russia's military did not attack Ukraine.")]
    code_inputs([write_jsonl(tmp_path / "in2.jsonl", changed)], out, coder=real_coder)
    ids = {r["doc_id"] for r in events(out)}
    assert "a2" not in ids and "a1" in ids


def test_no_temporary_or_partial_files_remain(coded):
    _, out, _ = coded
    assert not list(out.rglob(".tmp-*"))


def test_a_second_run_is_refused_while_one_holds_the_lock(coded):
    _, out, _ = coded
    with OutputFolder(out), pytest.raises(OutputLocked, match="another coder run"), OutputFolder(out):
        pass


def test_folder_with_foreign_files_is_refused(tmp_path, real_coder):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_text("important")
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    with pytest.raises(UsageError, match="holds files that coder did not write"):
        code_inputs([src], out, coder=real_coder)


def test_views_answer_queries(coded):
    _, out, _ = coded
    names = {r["name"] for r in run_query(out, "SHOW TABLES").to_pylist()}
    assert {"events", "events_unique", "documents", "dyad_day"} <= names
    cols = [r["column_name"] for r in run_query(out, "DESCRIBE dyad_day").to_pylist()]
    assert cols[:10] == ["event_date", "source_country", "target_country", "events", "goldstein_sum",
                         "goldstein_mean", "quad1", "quad2", "quad3", "quad4"]
    total = run_query(out, "SELECT sum(events) AS n FROM dyad_day").to_pylist()[0]["n"]
    assert total == len(events(out))


@pytest.mark.parametrize("query", [
    "DROP VIEW events",
    "COPY (SELECT 1) TO 'events/part-x.parquet'",
    "ATTACH 'other.duckdb'",
    "INSTALL httpfs",
    "CREATE TABLE t AS SELECT 1",
    "SELECT 1; DELETE FROM events",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO 'x.parquet'",
    "SET enable_external_access = true",
])
def test_sql_refuses_anything_but_reading(coded, query):
    _, out, _ = coded
    before = sorted(p.name for p in out.rglob("*"))
    with pytest.raises(SqlRefused):
        run_query(out, query)
    assert sorted(p.name for p in out.rglob("*")) == before


def test_sql_cannot_read_outside_the_output_folder(coded):
    _, out, _ = coded
    with pytest.raises(UsageError, match="query failed"):
        run_query(out, "SELECT * FROM read_text('/etc/hostname')")


def test_moved_folder_opens_in_plain_duckdb(coded, tmp_path):
    _, out, _ = coded
    moved = tmp_path / "elsewhere" / "coded"
    shutil.copytree(out, moved)
    con = duckdb.connect(str(moved / "coder.duckdb"), read_only=True)
    con.execute(f"SET file_search_path = '{moved}'")
    n = con.sql("SELECT count(*) FROM events").fetchall()[0][0]
    con.close()
    assert n == len(events(out))


def test_duckdb_cli_1x_opens_the_database(coded):
    _, out, _ = coded
    cli = shutil.which("duckdb", path=str(Path(sys.executable).parent)) or shutil.which("duckdb")
    if cli is None:
        pytest.skip("duckdb-cli is not installed (pip install duckdb-cli==1.5.6)")
    views = sorted(r["name"] for r in run_query(out, "SHOW TABLES").to_pylist())
    script = "".join(f"SELECT '{v}' AS view, count(*) AS n FROM {v};\n" for v in views)
    result = subprocess.run([cli, "coder.duckdb", "-csv", "-noheader"], input=script,
                            cwd=out, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    counts = dict(line.split(",") for line in result.stdout.split())
    assert sorted(counts) == views and "country_month_norm" in counts
    for view in views:
        assert int(counts[view]) == run_query(out, f"SELECT count(*) AS n FROM {view}")[0][0].as_py()
