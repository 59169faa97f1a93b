"""Safety: `coder sql` reads and nothing else (docs/safety.md), and nothing taken from the input
data (ids, file names) decides where coder writes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from coder.cli import cli
from coder.run import code_inputs
from coder.store import OutputFolder
from coder.views import create_views, run_query

REFUSED = "Error: coder sql runs read-only queries; {} statements are refused.\n" \
          "Use SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN.\n"
NO_FILES = 'Error: query failed: Permission Error: Cannot access file "{}" - file system ' \
           "operations are disabled by configuration\n"


EVENT = {
    "event_id": "0123456789abcdef", "event_group": "0123456789abcdef", "doc_id": "a1",
    "sentence_index": 0, "sentence": "Pakistan accused Afghanistan of sheltering militants.",
    "article_date": dt.date(2025, 10, 29), "event_date": dt.date(2025, 10, 29),
    "date_precision": "day", "date_source": "article", "source_actor": "PAK",
    "source_country": "PAK", "target_actor": "AFG", "target_country": "AFG", "cameo_code": "112",
    "cameo_root": "11", "quad_class": 3, "goldstein": -2.0, "plover_type": "ACCUSE",
    "rule": "verbs.txt:1", "coder_version": "0", "dictionary_version": "0",
}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """An output folder with one event and one document; no model needed."""
    folder = tmp_path_factory.mktemp("safety") / "out"
    document = {"input_key": "a1", "doc_id": "a1", "path": "in.jsonl", "line": 1, "status": "coded",
                "n_sentences": 1, "n_events": 1, "coder_version": "0", "dictionary_version": "0"}
    with OutputFolder(folder) as store:
        store.write_chunk([document], [EVENT])
    create_views(folder)
    assert run_query(folder, "SELECT count(*) AS n FROM events").to_pylist() == [{"n": 1}]
    return folder


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory) -> Path:
    """Another coder output folder, outside DIR, that a query must not read."""
    folder = tmp_path_factory.mktemp("other")
    (folder / "events").mkdir()
    (folder / "events" / "secret.parquet").write_bytes(b"PAR1")
    return folder


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


HOSTILE = [
    ("DROP VIEW events", REFUSED.format("DROP")),
    ("DELETE FROM events", REFUSED.format("DELETE")),
    ("UPDATE events SET doc_id = 'x'", REFUSED.format("UPDATE")),
    ("INSERT INTO events SELECT * FROM events", REFUSED.format("INSERT")),
    ("COPY (SELECT 1 AS x) TO 'events/part-0000.parquet' (FORMAT parquet)", REFUSED.format("COPY")),
    ("COPY events TO '{tmp}/stolen.csv'", REFUSED.format("COPY")),
    ("ATTACH '{tmp}/new.duckdb' AS other", REFUSED.format("ATTACH")),
    ("DETACH coder", REFUSED.format("DETACH")),
    ("INSTALL httpfs", REFUSED.format("INSTALL")),
    ("LOAD httpfs", REFUSED.format("LOAD")),
    ("SET enable_external_access = true", REFUSED.format("SET")),
    ("RESET allowed_directories", REFUSED.format("RESET")),
    ("PRAGMA enable_profiling", REFUSED.format("PRAGMA")),
    ("CREATE TABLE t AS SELECT 1", REFUSED.format("CREATE")),
    ("CREATE OR REPLACE VIEW events AS SELECT 1", REFUSED.format("CREATE")),
    ("CALL duckdb_settings()", REFUSED.format("CALL")),
    ("EXPORT DATABASE '{tmp}/dump'", REFUSED.format("EXPORT")),
    ("IMPORT DATABASE '{tmp}/dump'", REFUSED.format("IMPORT")),
    ("CHECKPOINT", REFUSED.format("CHECKPOINT")),
    ("VACUUM", REFUSED.format("VACUUM")),
    ("USE memory", REFUSED.format("USE")),
    ("BEGIN TRANSACTION", REFUSED.format("BEGIN")),
    ("SELECT 1; DROP VIEW events", REFUSED.format("DROP")),
    ("SELECT count(*) FROM events; COPY events TO 'events/x.parquet'", REFUSED.format("COPY")),
    ("WITH x AS (SELECT 1) DELETE FROM events", REFUSED.format("DELETE")),
    ("EXPLAIN ANALYZE COPY (SELECT 1) TO 'x.parquet'",
     "Error: EXPLAIN ANALYZE runs its statement; coder sql refuses it\n"),
    ("SELECT * FROM read_text('/etc/passwd')", NO_FILES.format("/etc/passwd")),
    ("SELECT * FROM read_csv('/etc/passwd')", NO_FILES.format("/etc/passwd")),
    ("SELECT * FROM read_blob('/etc/passwd')", NO_FILES.format("/etc/passwd")),
    ("SELECT * FROM glob('/etc/*')", NO_FILES.format("/etc/*")),
    ("SELECT * FROM read_text('events/../../../../etc/passwd')",
     NO_FILES.format("events/../../../../etc/passwd")),
    ("SELECT * FROM read_parquet('{other}/events/*.parquet')", NO_FILES.format("{other}/events/*.parquet")),
    ("SELECT * FROM query('DROP VIEW events')",
     "Error: query failed: Parser Error: Expected a single SELECT statement\n"),
]


@pytest.mark.parametrize("query, message", HOSTILE, ids=[q for q, _ in HOSTILE])
def test_hostile_sql_is_refused_and_changes_nothing(out, elsewhere, tmp_path, query, message):
    fill = {"tmp": str(tmp_path), "other": str(elsewhere)}
    query, message = query.format(**fill), message.format(**fill)
    before, outside = digest(out), digest(elsewhere)
    result = CliRunner().invoke(cli, ["sql", str(out), query])
    assert result.exit_code == 2
    assert result.output == message
    assert digest(out) == before
    assert digest(elsewhere) == outside
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("query", [
    "SELECT count(*) AS n FROM events",
    "WITH e AS (SELECT * FROM events) SELECT count(*) FROM e",
    "FROM dyad_day",
    "DESCRIBE events",
    "SHOW TABLES",
    "SUMMARIZE events",
    "EXPLAIN SELECT * FROM events",
])
def test_reading_statements_run_and_change_nothing(out, query):
    before = digest(out)
    result = CliRunner().invoke(cli, ["sql", str(out), query])
    assert result.exit_code == 0, result.output
    assert digest(out) == before


HOSTILE_IDS = ["../../etc/x", "/tmp/evil", "..", "a/../../b", "events/part-x", "C:\\x\\y", "\u202e.txt"]
WRITTEN = re.compile(r"(\.coder-output|\.coder\.lock|coder\.duckdb|"
                     r"(events|documents)(/part-[0-9a-f]{16}\.parquet)?)")


def test_ids_and_file_names_from_the_input_never_decide_where_coder_writes(tmp_path, blank_coder):
    inputs = tmp_path / "in"
    (inputs / "up..%2F.." / "events").mkdir(parents=True)
    (inputs / "up..%2F.." / "events" / "2025-10-29-part-x.txt").write_text("Freedonia accused Sylvania.")
    (inputs / "feed.jsonl").write_text("".join(
        json.dumps({"id": i, "text": "Freedonia accused Sylvania.", "date": "2025-10-29"}) + "\n"
        for i in HOSTILE_IDS))
    work = tmp_path / "work"
    work.mkdir()
    out = work / "out"
    summary = code_inputs([inputs], out, coder=blank_coder)
    assert summary.exit_status == 0 and summary.articles == len(HOSTILE_IDS) + 1
    written = [p.relative_to(out).as_posix() for p in sorted(out.rglob("*"))]
    assert all(WRITTEN.fullmatch(name) for name in written), written
    assert sorted(p.name for p in work.iterdir()) == ["out"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "work"]
    result = CliRunner().invoke(cli, ["sql", str(out), "SELECT doc_id FROM documents ORDER BY doc_id",
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert set(result.output.splitlines()[1:]) >= {"../../etc/x", "/tmp/evil",
                                                    "up..%2F../events/2025-10-29-part-x"}
