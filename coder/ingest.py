"""Discover input files and read them into normalised Articles (DESIGN.md "Inputs").

`read_inputs` yields Article or InputIssue items in a stable order: folders are walked
recursively, sorted, hidden files skipped. Nothing is dropped silently: every file or line
that is not coded comes out as an InputIssue with its reason.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from coder.errors import UsageError
from coder.types import Article, InputIssue

SUPPORTED = frozenset({".txt", ".jsonl"})
DEFAULT_MAX_CHARS = 2_000_000
DATE_LINE = re.compile(r"^\s*Date:\s*(\S+)\s*$", re.IGNORECASE)
DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
MAX_SENTENCE_CHARS = 3_000
MAX_HEADER_BYTES = 4_096
SENTENCE_END = re.compile(r"[.!?\u2026\u3002\uff01\uff1f]\s|\n")
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF")

Item = Article | InputIssue


def discover(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path | None] | InputIssue]:
    """Yield (file, base folder or None) for supported files; skipped files as InputIssues."""
    for given in inputs:
        if given.is_dir():
            yield from _walk(given)
        elif given.is_file():
            if given.suffix.lower() not in SUPPORTED:
                raise UsageError(
                    f"{given}: unsupported file type {given.suffix or '(none)'!r}; "
                    "coder reads .txt and .jsonl articles"
                )
            yield given, None
        elif given.exists():
            raise UsageError(f"{given}: not a regular file or folder")
        else:
            raise UsageError(f"{given}: no such file or folder")


def _walk(folder: Path) -> Iterator[tuple[Path, Path | None] | InputIssue]:
    seen_dirs: set[Path] = set()
    stack = [folder]
    files: list[Path] = []
    while stack:
        current = stack.pop()
        real = current.resolve()
        if real in seen_dirs:
            yield InputIssue(str(current), "skipped", "folder already visited (symbolic link loop)")
            continue
        seen_dirs.add(real)
        try:
            children = sorted(current.iterdir())
        except OSError as e:
            yield InputIssue(str(current), "rejected", f"cannot read folder: {e.strerror}")
            continue
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir():
                stack.append(child)
            elif child.is_file() or not child.exists():
                files.append(child)  # a dangling link is rejected when it cannot be read
            else:
                yield InputIssue(str(child), "skipped", "not a regular file (pipe, socket or device)")
    for path in sorted(files):
        if path.suffix.lower() in SUPPORTED:
            yield path, folder
        else:
            kind = path.suffix or "no extension"
            yield InputIssue(str(path), "skipped", f"not a .txt or .jsonl file ({kind})")


def read_inputs(
    inputs: Iterable[Path], *, default_date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Item]:
    """Read every article of the inputs; duplicated ids after the first are rejected."""
    first_seen: dict[str, str] = {}
    for found in discover(inputs):
        if isinstance(found, InputIssue):
            yield found
            continue
        path, base = found
        reader = _read_jsonl if path.suffix.lower() == ".jsonl" else _read_txt
        for item in reader(path, base, default_date, max_chars):
            if isinstance(item, Article):
                where = f"{item.path}:{item.line}" if item.line else item.path
                if item.id in first_seen:
                    yield InputIssue(item.path, "rejected",
                                     f"id {item.id!r} already seen at {first_seen[item.id]}",
                                     item.line, item.id)
                    continue
                first_seen[item.id] = where
            yield item


def parse_date(text: str) -> dt.date:
    """A strict YYYY-MM-DD date; ValueError for other spellings (20251029, 2025-W01-1) and
    for days that do not exist (2025-02-30)."""
    if not ISO_DAY.fullmatch(text):
        raise ValueError(f"date {text!r} is not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"date {text!r} is not a real YYYY-MM-DD date") from None


def decode(data: bytes) -> str:
    """Bytes → text, accepting UTF-8 (with or without BOM) and UTF-16 with a BOM.

    Raises ValueError with a reason for the user when the bytes are not text.
    """
    if data.startswith(UTF32_BOMS):
        try:
            text = data.decode("utf-32")
        except UnicodeDecodeError as e:
            raise ValueError(f"not valid UTF-32 at byte {e.start}") from e
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ValueError(f"not valid UTF-16 at byte {e.start}") from e
    else:
        if data.startswith(BINARY_MAGIC) or b"\x00" in data[:8192]:
            raise ValueError("not a text file (binary content; UTF-16 needs a byte-order mark)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise ValueError(f"not valid UTF-8 (byte {e.start}, line {line})") from e
    return normalise(text)


def normalise(text: str) -> str:
    """Unify line endings and drop characters that are never text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "").lstrip("\ufeff")


def _doc_id(path: Path, base: Path | None) -> str:
    rel = path.relative_to(base) if base is not None else Path(path.name)
    return rel.with_suffix("").as_posix()


def _read_txt(path: Path, base: Path | None, default_date: dt.date | None,
              max_chars: int) -> Iterator[Item]:
    doc_id = _doc_id(path, base)

    def reject(reason: str, line: int | None = None) -> InputIssue:
        return InputIssue(str(path), "rejected", reason, line, doc_id)

    try:
        size = path.stat().st_size
        # No encoding takes more than 8 bytes a character (UTF-32 "\r\n" becomes one "\n"):
        # a bigger file cannot hold an article within the limit, so it is not read at all.
        if size > 8 * max_chars + MAX_HEADER_BYTES:
            yield reject(f"file has {size:,} bytes, over the limit of {max_chars:,} characters "
                         "(raise it with --max-chars)")
            return
        text = decode(path.read_bytes())
    except OSError as e:
        yield reject(f"cannot read file: {e.strerror}")
        return
    except ValueError as e:
        yield reject(str(e))
        return
    lines = text.split("\n", 1)
    date: dt.date | None = None
    header = DATE_LINE.match(lines[0])
    if header:
        try:
            date = parse_date(header[1])
        except ValueError as e:
            yield reject(f"{e} (line 1)", 1)
            return
        text = lines[1] if len(lines) > 1 else ""
    date = date or _date_from_name(path.name) or default_date
    if not text.strip():
        yield reject("empty article (no text)")
    elif len(text) > max_chars:
        yield reject(f"article has {len(text):,} characters, over the limit of {max_chars:,} "
                     "(raise it with --max-chars)")
    elif date is None:
        yield reject("no date: add a first line 'Date: YYYY-MM-DD', put the date in the file "
                     "name, or pass --date")
    else:
        text, note = bound_sentences(text)
        yield Article(id=doc_id, text=text, date=date, path=str(path), notes=_notes(note))


def bound_sentences(text: str, limit: int = MAX_SENTENCE_CHARS) -> tuple[str, str | None]:
    """Break every stretch of more than `limit` characters without a sentence end.

    The parser's cost and memory grow with sentence length and a sentence of thousands of
    words has no useful parse, so such a stretch is cut at a space (else anywhere) into lines
    of at most `limit` characters; a line break ends a sentence. Returns the text and a
    warning for the user, or None when nothing was cut.
    """
    pieces: list[str] = []
    start = longest = cuts = 0
    for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
        stop = end  # the stretch's words, without the whitespace that ends the sentence
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        longest = max(longest, end - start)
        while stop - start > limit:
            space = text.rfind(" ", start + limit // 2, start + limit + 1)
            if space != -1:
                pieces.extend([text[start:space], "\n"])
                start = space + 1
            else:
                pieces.extend([text[start:start + limit], "\n"])
                start += limit
            cuts += 1
        pieces.append(text[start:end])
        start = end
    if not cuts:
        return text, None
    return "".join(pieces), (f"a stretch of {longest:,} characters without sentence punctuation "
                             f"was cut {cuts:,} time(s) into sentences of at most {limit:,} characters")


def _notes(note: str | None) -> tuple[str, ...]:
    return () if note is None else (note,)


def _date_from_name(name: str) -> dt.date | None:
    for found in DATE_IN_NAME.findall(name):
        try:
            return parse_date(found)
        except ValueError:
            continue
    return None


def _read_jsonl(path: Path, base: Path | None, default_date: dt.date | None,
                max_chars: int) -> Iterator[Item]:
    try:
        handle = path.open("rb")
    except OSError as e:
        yield InputIssue(str(path), "rejected", f"cannot read file: {e.strerror}")
        return
    with handle:
        any_line = False
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            any_line = True
            yield _jsonl_article(raw, path, number, default_date, max_chars)
        if not any_line:
            yield InputIssue(str(path), "rejected", "empty file (no articles)")


def _jsonl_article(raw: bytes, path: Path, number: int, default_date: dt.date | None,
                   max_chars: int) -> Item:
    def reject(reason: str, doc_id: str | None = None) -> InputIssue:
        return InputIssue(str(path), "rejected", reason, number, doc_id)

    try:
        record = json.loads(decode(raw))
    except ValueError as e:
        return reject(f"malformed JSON: {e}")
    if not isinstance(record, dict):
        return reject("a line must hold a JSON object with id, text and date")
    missing = [k for k in ("id", "text", "date") if record.get(k) in (None, "")]
    if "date" in missing and default_date is not None:
        missing.remove("date")
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, str | int | None):
        return reject(f"id must be a string, not {type(doc_id).__name__}")
    doc_id = None if doc_id in (None, "") else str(doc_id)
    if missing:
        return reject(f"missing {', '.join(missing)}", doc_id)
    text = record["text"]
    if not isinstance(text, str) or not text.strip():
        return reject("text is empty or not a string", doc_id)
    text = normalise(text)
    if len(text) > max_chars:
        return reject(f"article has {len(text):,} characters, over the limit of {max_chars:,} "
                      "(raise it with --max-chars)", doc_id)
    try:
        date = parse_date(str(record["date"])) if record.get("date") else default_date
    except ValueError as e:
        return reject(str(e), doc_id)
    if date is None:
        return reject("missing date", doc_id)
    text, note = bound_sentences(text)
    return Article(
        id=str(doc_id), text=text, date=date,
        title=_opt(record.get("title")), publisher=_opt(record.get("publisher")),
        url=_opt(record.get("url")), path=str(path), line=number, notes=_notes(note),
    )


def _opt(value: object) -> str | None:
    return None if value in (None, "") else str(value)
