"""Store: Parquet parts under DIR/events/ and DIR/documents/, written atomically and idempotently.

Each chunk of inputs becomes one part, named by a hash of the inputs it holds, in both tables.
A part is written beside its final name and renamed into place, so a reader never sees half a
file. Inputs coded again are removed from older parts, so the same input gives the same rows.
A lock file keeps two runs from writing into one folder at once.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from coder.errors import OutputLocked, UsageError
from coder.paths import data_dir

MARKER = ".coder-output"
LOCK = ".coder.lock"
TABLES = ("events", "documents")


def arrow_schema(name: str) -> pa.Schema:
    """The Arrow schema of a table, derived from its JSON Schema in schemas/."""
    spec = json.loads((data_dir("schemas") / f"{name}.schema.json").read_text(encoding="utf-8"))
    fields = []
    for column, prop in spec["properties"].items():
        kinds = prop.get("type", "string")
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if prop.get("format") == "date":
            kind: pa.DataType = pa.date32()
        elif "integer" in kinds:
            kind = pa.int32()
        elif "number" in kinds:
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(column, kind, nullable=column not in spec["required"]))
    return pa.schema(fields)


class OutputFolder:
    """An output folder owned by coder: checked, locked, written part by part."""

    def __init__(self, root: Path, *, force: bool = False) -> None:
        self.root = root
        self._lock: IO[str] | None = None
        self._check(force)
        self.schemas = {"events": arrow_schema("event"), "documents": arrow_schema("document")}
        self.part_of: dict[str, set[str]] = {}

    def _check(self, force: bool) -> None:
        """Refuse an output that is not a folder or holds something else; writes nothing."""
        root = self.root
        if root.exists() and not root.is_dir():
            raise UsageError(f"output {root} exists and is not a folder")
        foreign = root.is_dir() and any(p.name != LOCK for p in root.iterdir())
        if foreign and not (root / MARKER).exists() and not force:
            raise UsageError(
                f"output folder {root} holds files that coder did not write.\n"
                "Choose an empty or new folder, or pass --force to write into it anyway."
            )

    def __enter__(self) -> OutputFolder:
        """Take the lock first, then prepare the folder: a refused run changes nothing."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._lock = (self.root / LOCK).open("a")
        except OSError as e:
            raise UsageError(f"cannot write to output folder {self.root}: {e.strerror}") from e
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            self._lock.close()
            self._lock = None
            raise OutputLocked(
                f"another coder run is writing to {self.root}; wait for it to finish "
                f"(its lock is {LOCK})"
            ) from e
        try:
            if not (self.root / MARKER).exists():  # first, so a killed run leaves a coder folder
                (self.root / MARKER).write_text("This folder is written by coder; see DESIGN.md.\n")
            for table in TABLES:
                (self.root / table).mkdir(exist_ok=True)
        except OSError as e:
            self.__exit__()
            raise UsageError(f"cannot write to output folder {self.root}: {e.strerror}") from e
        self._clean_temporaries()
        self.part_of = self._index()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def _clean_temporaries(self) -> None:
        """Remove what a killed run left: temporary files, event parts without documents."""
        for table in TABLES:
            for tmp in (self.root / table).glob(".tmp-*"):
                tmp.unlink()
        for part in (self.root / "events").glob("part-*.parquet"):
            if not (self.root / "documents" / part.name).exists():
                part.unlink()

    def _index(self) -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for path in sorted((self.root / "documents").glob("part-*.parquet")):
            for key in pq.read_table(path, columns=["input_key"]).column("input_key").to_pylist():
                index.setdefault(key, set()).add(path.name)
        return index

    def content_hashes(self) -> dict[str, str]:
        """input_key -> content_hash of every article already coded into the folder."""
        hashes: dict[str, str] = {}
        for path in sorted((self.root / "documents").glob("part-*.parquet")):
            if "content_hash" not in pq.read_schema(path).names:
                continue
            table = pq.read_table(path, columns=["input_key", "status", "content_hash"])
            for key, status, digest in zip(*(table.column(c).to_pylist() for c in table.column_names),
                                           strict=True):
                if status == "coded" and digest is not None:
                    hashes[key] = digest
        return hashes

    def has_parts(self) -> bool:
        return any((self.root / "documents").glob("part-*.parquet"))

    def write_chunk(self, documents: list[dict[str, Any]], events: list[dict[str, Any]]) -> str:
        """Write one chunk's parts, then drop its inputs from older parts."""
        keys = sorted(d["input_key"] for d in documents)
        name = "part-" + hashlib.sha1("\n".join(keys).encode()).hexdigest()[:16] + ".parquet"
        self._write("events", name, events)
        self._write("documents", name, documents)
        stale = {p for k in keys for p in self.part_of.get(k, ())} - {name}
        for old in sorted(stale):
            self._drop_keys(old, set(keys))
        for k in keys:
            self.part_of[k] = {name}
        return name

    def _write(self, table: str, name: str, rows: Iterable[dict[str, Any]]) -> None:
        schema = self.schemas[table]
        data = pa.Table.from_pylist(list(rows), schema=schema)
        final = self.root / table / name
        tmp = final.with_name(f".tmp-{name}")
        pq.write_table(data, tmp, compression="zstd")
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, final)

    def _drop_keys(self, name: str, keys: set[str]) -> None:
        docs = pq.read_table(self.root / "documents" / name).to_pylist()
        events = pq.read_table(self.root / "events" / name).to_pylist()
        dropped_ids = {d["doc_id"] for d in docs if d["input_key"] in keys and d["status"] == "coded"}
        docs = [d for d in docs if d["input_key"] not in keys]
        events = [e for e in events if e["doc_id"] not in dropped_ids]
        if not docs:
            for table in TABLES:
                (self.root / table / name).unlink(missing_ok=True)
            return
        self._write("events", name, events)
        self._write("documents", name, docs)
