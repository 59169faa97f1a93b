"""DuckDB: the views over an output folder, kept in DIR/coder.duckdb, and read-only queries.

The views read the Parquet by paths relative to DIR, so the folder can be moved; a plain
DuckDB client opens DIR/coder.duckdb and runs `SET file_search_path = 'DIR'` (or starts in
DIR). The file is written in a storage version that the DuckDB 1.x shell reads.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from coder.errors import SqlRefused, UsageError
from coder.paths import data_dir

DATABASE = "coder.duckdb"
STORAGE_VERSION = "v1.2.0"
READ_STATEMENTS = frozenset({"SELECT", "EXPLAIN"})


def view_sql(views_dir: Path | None = None) -> list[tuple[str, str]]:
    """(file name, SQL) of every view definition, in file-name order."""
    folder = views_dir or data_dir("schemas") / "views"
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.sql"))]


def views_version(views_dir: Path | None = None) -> str:
    """A hash of the view definitions; stored as the comment of the `events` view."""
    digest = hashlib.sha1()
    for name, sql in view_sql(views_dir):
        digest.update(f"{name}\n{sql}\n".encode())
    return "coder views " + digest.hexdigest()[:12]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_views(out_dir: Path) -> Path:
    """(Re)create DIR/coder.duckdb with every view; atomic: built aside, then renamed."""
    target = out_dir / DATABASE
    tmp = out_dir / f".tmp-{DATABASE}"
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    con = duckdb.connect()
    try:
        con.execute(f"SET file_search_path = {_quote(str(out_dir.resolve()))}")
        con.execute(f"ATTACH {_quote(str(tmp))} AS coder_db (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE coder_db")
        for name, sql in view_sql():
            try:
                con.execute(sql)
            except duckdb.Error as e:
                raise UsageError(f"schemas/views/{name}: {e}") from e
        con.execute(f"COMMENT ON VIEW events IS {_quote(views_version())}")
        con.execute("USE memory")
        con.execute("DETACH coder_db")
    finally:
        con.close()
    os.replace(tmp, target)
    return target


def ensure_views(out_dir: Path) -> None:
    """Recreate the views of an output folder written by an older coder (their hash differs)."""
    database = _database(out_dir)
    con = duckdb.connect(str(database), read_only=True)
    try:
        stored = con.sql("SELECT comment FROM duckdb_views() WHERE view_name = 'events'").fetchall()
    finally:
        con.close()
    if stored and stored[0][0] == views_version():
        return
    try:
        create_views(out_dir)
    except OSError as e:
        raise UsageError(f"the views in {database} are from another coder version and cannot be "
                         f"recreated: {e.strerror}.\nCopy the folder somewhere writable, or run "
                         "coder code on it again.") from e


def _database(out_dir: Path) -> Path:
    database = out_dir / DATABASE
    if not database.exists():
        raise UsageError(f"{out_dir} has no {DATABASE}; code some articles into it first "
                         "(coder code INPUT --out DIR)")
    return database


def check_read_only(query: str) -> None:
    """Refuse anything but reading statements (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN)."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as e:
        raise SqlRefused(f"cannot parse the query: {e}") from e
    if not statements:
        raise SqlRefused("the query is empty")
    for statement in statements:
        kind = str(statement.type).rsplit(".", 1)[-1]
        if kind not in READ_STATEMENTS:
            first = statement.query.split(maxsplit=1)[0].upper() if statement.query.strip() else kind
            name = first if first.isalpha() and first not in ("WITH", "FROM") else kind
            raise SqlRefused(
                f"coder sql runs read-only queries; {name} statements are refused.\n"
                "Use SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN."
            )
        if kind == "EXPLAIN" and re.search(r"\bANALY[SZ]E\b", statement.query, re.IGNORECASE):
            raise SqlRefused("EXPLAIN ANALYZE runs its statement; coder sql refuses it")


def run_query(out_dir: Path, query: str, params: Sequence[object] | None = None) -> pa.Table:
    """Run one read-only query against the views of an output folder; `?` takes `params`."""
    database = _database(out_dir)
    check_read_only(query)
    root = str(out_dir.resolve())
    con = duckdb.connect(str(database), read_only=True)
    try:
        con.execute(f"SET file_search_path = {_quote(root)}")
        # The views name their files relative to DIR; DuckDB checks both spellings.
        allowed = ", ".join(_quote(d) for d in (root + "/", "events/", "documents/"))
        con.execute(f"SET allowed_directories = [{allowed}]")
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        try:
            return con.sql(query, params=list(params) if params else None).to_arrow_table()
        except duckdb.Error as e:
            raise UsageError(f"query failed: {e}") from e
    finally:
        con.close()
