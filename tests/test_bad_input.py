"""Bad input, one test per case (docs/bad-input.md): the message the user sees and the row
recorded in documents/. Rejected inputs never stop the run; every good article is coded."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from coder.cli import cli
from coder.errors import UsageError
from coder.ingest import MAX_SENTENCE_CHARS, bound_sentences, read_inputs
from coder.run import code_inputs
from coder.types import Article, InputIssue

REPO = Path(__file__).resolve().parent.parent
D = dt.date(2025, 10, 29)
GOOD = "Date: 2025-10-29\nPakistan accused Afghanistan of sheltering militants.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
BINARY_REASON = "not a text file (binary content; UTF-16 needs a byte-order mark)"


def read(*paths: Path, date: dt.date | None = None, max_chars: int = 2_000_000
         ) -> tuple[list[Article], list[InputIssue]]:
    items = list(read_inputs(list(paths), default_date=date, max_chars=max_chars))
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, InputIssue)])


def documents(out: Path) -> list[dict]:
    return duckdb.sql(f"SELECT * FROM read_parquet('{out}/documents/*.parquet') "
                      "ORDER BY path, line").to_arrow_table().to_pylist()


def code(coder, *inputs: Path, out: Path, **kwargs) -> tuple[object, dict[str, dict]]:
    """Code with the blank coder; return the summary and the documents rows by file name."""
    summary = code_inputs(list(inputs), out, coder=coder, **kwargs)
    rows = {Path(r["path"]).name + (f":{r['line']}" if r["line"] else ""): r for r in documents(out)}
    return summary, rows


def one_rejected(tmp_path: Path, coder, name: str, data: bytes) -> tuple[str, dict]:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / name
    path.write_bytes(data)
    summary, rows = code(coder, tmp_path / "in", out=tmp_path / "out")
    assert summary.exit_status == 1 and summary.articles == 0
    [issue] = summary.issues
    return issue.message(), rows[name + (f":{issue.line}" if issue.line else "")]


# --- files that are rejected ------------------------------------------------------------------

@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty article (no text)"),
    ("blank.txt", b"  \n\t\r\n \n", "empty article (no text)"),
    ("header-only.txt", b"Date: 2025-10-29\n\n", "empty article (no text)"),
    ("image.txt", PNG, BINARY_REASON),
    ("utf16-no-bom.txt", "Pakistan accused Afghanistan.".encode("utf-16-le"), BINARY_REASON),
    ("latin1.txt", "Date: 2025-10-29\nCaf\u00e9 talks.".encode("latin-1"),
     "not valid UTF-8 (byte 20, line 2)"),
    ("bad-date.txt", b"Date: 2025/10/29\nText.", "date '2025/10/29' is not YYYY-MM-DD (line 1)"),
    ("no-day.txt", b"Date: 2025-02-30\nText.", "date '2025-02-30' is not a real YYYY-MM-DD date (line 1)"),
    ("week-date.txt", b"Date: 2025-W01-1\nText.", "date '2025-W01-1' is not YYYY-MM-DD (line 1)"),
    ("undated.txt", b"Text without a date.",
     "no date: add a first line 'Date: YYYY-MM-DD', put the date in the file name, or pass --date"),
])
def test_bad_txt_file_is_rejected_with_its_reason(tmp_path, blank_coder, name, data, reason):
    message, row = one_rejected(tmp_path, blank_coder, name, data)
    path = tmp_path / "in" / name
    line = ":1" if "(line 1)" in reason else ""
    assert message == f"{path}{line}: rejected: {reason}"
    assert (row["status"], row["reason"], row["path"]) == ("rejected", reason, str(path))
    assert row["doc_id"] == name.removesuffix(".txt") and row["n_events"] == 0


def test_unreadable_file_is_rejected(tmp_path, blank_coder):
    if os.geteuid() == 0:
        pytest.skip("running as root: root reads a file with mode 000")
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    try:
        summary, rows = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    finally:
        path.chmod(0o644)
    assert summary.issues[0].message() == f"{path}: rejected: cannot read file: Permission denied"
    assert rows["secret.txt"]["status"] == "rejected"


def test_unreadable_file_is_rejected_also_as_root(tmp_path, blank_coder, monkeypatch):
    """The same path through the code when the process may read anything: the OS refuses."""
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "secret.txt"
    path.write_text(GOOD)
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    summary, rows = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    assert summary.issues[0].message() == f"{path}: rejected: cannot read file: Permission denied"
    assert (rows["secret.txt"]["status"], rows["secret.txt"]["reason"]) == (
        "rejected", "cannot read file: Permission denied")


def test_dangling_symbolic_link_is_rejected(tmp_path, blank_coder):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    message, row = one_rejected_existing(tmp_path, blank_coder, "gone.txt")
    assert message == f"{tmp_path / 'in' / 'gone.txt'}: rejected: cannot read file: No such file or directory"
    assert row["status"] == "rejected"


def one_rejected_existing(tmp_path: Path, coder, name: str) -> tuple[str, dict]:
    summary, rows = code(coder, tmp_path / "in", out=tmp_path / "out")
    [issue] = summary.issues
    return issue.message(), rows[name + (f":{issue.line}" if issue.line else "")]


# --- text that is normalised, not rejected ----------------------------------------------------

@pytest.mark.parametrize("name, data", [
    ("bom.txt", b"\xef\xbb\xbf" + GOOD.encode()),
    ("utf16le.txt", b"\xff\xfe" + GOOD.encode("utf-16-le")),
    ("utf16be.txt", b"\xfe\xff" + GOOD.encode("utf-16-be")),
    ("utf32.txt", GOOD.encode("utf-32")),
    ("windows.txt", GOOD.replace("\n", "\r\n").encode()),
    ("old-mac.txt", GOOD.replace("\n", "\r").encode()),
])
def test_encodings_and_line_endings_are_normalised(tmp_path, blank_coder, name, data):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(data)
    [article], issues = read(tmp_path / "in")
    assert issues == []
    assert article.text == "Pakistan accused Afghanistan of sheltering militants.\n"
    assert article.date == D
    summary, rows = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    assert summary.exit_status == 0 and rows[name]["status"] == "coded" and rows[name]["reason"] is None


def test_non_english_article_is_coded_as_it_is(tmp_path, blank_coder):
    text = "Date: 2025-10-29\nLe Pakistan a accusé l’Afghanistan. パキスタンはアフガニスタンを非難した。\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fr.txt").write_text(text, encoding="utf-8")
    [article], issues = read(tmp_path / "in")
    assert issues == [] and article.text == text.split("\n", 1)[1]
    summary, rows = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    assert summary.exit_status == 0 and rows["fr.txt"]["status"] == "coded"


def test_html_inside_a_txt_is_coded_as_text(tmp_path, blank_coder):
    html = "<html><body><p>Pakistan accused Afghanistan.</p></body></html>"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(f"Date: 2025-10-29\n{html}\n")
    [article], issues = read(tmp_path / "in")
    assert issues == [] and article.text == html + "\n"
    summary, rows = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    assert rows["page.txt"]["status"] == "coded"


# --- files that are skipped -------------------------------------------------------------------

def test_html_page_in_a_folder_is_skipped(tmp_path, blank_coder):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text("<html><body>Pakistan accused Afghanistan.</body></html>")
    (tmp_path / "in" / "a.txt").write_text(GOOD)
    summary, rows = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    assert summary.exit_status == 0 and summary.articles == 1
    assert [i.message() for i in summary.issues] == [
        f"{tmp_path / 'in' / 'page.html'}: skipped: not a .txt or .jsonl file (.html)"]
    assert rows["page.html"]["status"] == "skipped"


def test_html_page_named_directly_is_a_usage_error(tmp_path):
    (tmp_path / "page.html").write_text("<html></html>")
    result = CliRunner().invoke(cli, ["code", str(tmp_path / "page.html"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output == (f"Error: {tmp_path / 'page.html'}: unsupported file type '.html'; "
                             "coder reads .txt and .jsonl articles\n")
    assert not (tmp_path / "o").exists()


def test_symbolic_link_loop_is_skipped_once(tmp_path, blank_coder):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text(GOOD)
    (tmp_path / "in" / "sub" / "up").symlink_to("..")
    summary, rows = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    assert summary.exit_status == 0 and summary.articles == 1
    assert [i.message() for i in summary.issues] == [
        f"{tmp_path / 'in' / 'sub' / 'up'}: skipped: folder already visited (symbolic link loop)"]
    assert rows["up"]["status"] == "skipped"


def test_folder_named_like_a_file_is_walked_as_a_folder(tmp_path, blank_coder):
    (tmp_path / "in" / "x.txt").mkdir(parents=True)
    (tmp_path / "in" / "x.txt" / "inner.txt").write_text(GOOD)
    [article], issues = read(tmp_path / "in")
    assert issues == [] and article.id == "x.txt/inner"
    [article], issues = read(tmp_path / "in" / "x.txt")
    assert issues == [] and article.id == "inner"


def test_named_pipe_in_a_folder_is_skipped_not_read(tmp_path, blank_coder):
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "pipe.txt")  # opening it to read would block for ever
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "in" / "s.jsonl"))
    try:
        _, issues = read(tmp_path / "in")
    finally:
        sock.close()
    assert [i.message() for i in issues] == [
        f"{tmp_path / 'in' / 'pipe.txt'}: skipped: not a regular file (pipe, socket or device)",
        f"{tmp_path / 'in' / 's.jsonl'}: skipped: not a regular file (pipe, socket or device)",
    ]


# --- .jsonl -----------------------------------------------------------------------------------

JSONL_CASES = [
    ({"id": "ok1", "text": "Pakistan accused Afghanistan.", "date": "2025-10-29"}, None),
    ("{broken", "malformed JSON: Expecting property name enclosed in double quotes: "
                "line 1 column 2 (char 1)"),
    ("[1, 2]", "a line must hold a JSON object with id, text and date"),
    ({"text": "No id.", "date": "2025-10-29"}, "missing id"),
    ({"id": "t", "date": "2025-10-29"}, "missing text"),
    ({"id": "d", "text": "No date."}, "missing date"),
    ({"text": "Nothing."}, "missing id, date"),
    ({"id": ["x"], "text": "List id.", "date": "2025-10-29"}, "id must be a string, not list"),
    ({"id": "n", "text": 5, "date": "2025-10-29"}, "text is empty or not a string"),
    ({"id": "f1", "text": "Slashes.", "date": "29/10/2025"}, "date '29/10/2025' is not YYYY-MM-DD"),
    ({"id": "f2", "text": "Basic ISO.", "date": "20251029"}, "date '20251029' is not YYYY-MM-DD"),
    ({"id": "f3", "text": "Feb 30.", "date": "2025-02-30"},
     "date '2025-02-30' is not a real YYYY-MM-DD date"),
    ({"id": 7, "text": "A number id is fine.", "date": "2025-10-30"}, None),
    ({"id": "ok2", "text": "Sylvania said.", "date": "2025-10-31", "publisher": "AP"}, None),
]


def test_jsonl_bad_lines_are_rejected_and_good_lines_coded(tmp_path, blank_coder):
    src = tmp_path / "a.jsonl"
    src.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r, _ in JSONL_CASES))
    summary, rows = code(blank_coder, src, out=tmp_path / "out")
    assert summary.exit_status == 1 and summary.articles == 3
    expected = [f"{src}:{n}: rejected: {reason}"
                for n, (_, reason) in enumerate(JSONL_CASES, start=1) if reason]
    assert [i.message() for i in summary.issues] == expected
    for n, (_, reason) in enumerate(JSONL_CASES, start=1):
        row = rows[f"a.jsonl:{n}"]
        assert (row["status"], row["reason"], row["line"]) == (
            "coded" if reason is None else "rejected", reason, n)
    assert rows["a.jsonl:13"]["doc_id"] == "7"


def test_jsonl_of_blank_lines_is_rejected(tmp_path, blank_coder):
    src = tmp_path / "e.jsonl"
    src.write_text("\n  \n")
    summary, rows = code(blank_coder, src, out=tmp_path / "out")
    assert [i.message() for i in summary.issues] == [f"{src}: rejected: empty file (no articles)"]
    assert rows["e.jsonl"]["status"] == "rejected"


def test_same_id_in_two_files_keeps_the_first(tmp_path, blank_coder):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "x", "text": "First.", "date": "2025-10-29"}) + "\n")
    second.write_text(json.dumps({"id": "x", "text": "Second.", "date": "2025-10-29"}) + "\n")
    summary, rows = code(blank_coder, first, second, out=tmp_path / "out")
    assert [i.message() for i in summary.issues] == [
        f"{second}:1: rejected: id 'x' already seen at {first}:1"]
    assert rows["a.jsonl:1"]["status"] == "coded" and rows["b.jsonl:1"]["status"] == "rejected"


def test_same_id_from_a_txt_and_a_jsonl(tmp_path, blank_coder):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text(GOOD)
    (tmp_path / "in" / "y.jsonl").write_text(json.dumps({"id": "x", "text": "T.", "date": "2025-10-29"}))
    summary, _ = code(blank_coder, tmp_path / "in", out=tmp_path / "out")
    assert [i.message() for i in summary.issues] == [
        f"{tmp_path / 'in' / 'y.jsonl'}:1: rejected: id 'x' already seen at {tmp_path / 'in' / 'x.txt'}"]


# --- size -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def twenty_mb(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    sentence = "Pakistan accused Afghanistan of sheltering militants on the border. "
    text = (sentence * (20_000_000 // len(sentence) + 1))[:20_000_000]
    (folder / "2025-10-29-big.txt").write_text(text)
    return folder / "2025-10-29-big.txt"


def test_twenty_mb_article_is_rejected_over_the_default_limit(tmp_path, twenty_mb, blank_coder):
    summary, rows = code(blank_coder, twenty_mb, out=tmp_path / "out")
    reason = ("file has 20,000,000 bytes, over the limit of 2,000,000 characters "
              "(raise it with --max-chars)")
    assert [i.message() for i in summary.issues] == [f"{twenty_mb}: rejected: {reason}"]
    assert rows[twenty_mb.name]["reason"] == reason


def test_article_just_over_the_limit_is_rejected_by_characters(tmp_path):
    path = tmp_path / "2025-10-29-a.txt"
    path.write_text("é" * 11)  # 22 bytes: the byte check lets it through, the character count does not
    _, [issue] = read(path, max_chars=10)
    assert issue.reason == "article has 11 characters, over the limit of 10 (raise it with --max-chars)"


def test_file_within_eight_bytes_a_character_is_read_and_counted(tmp_path):
    """UTF-32 with Windows line endings: 32,004 bytes for an article of 6,000 characters."""
    path = tmp_path / "2025-10-29-a.txt"
    path.write_bytes(("ab\r\n" * 2000).encode("utf-32"))
    assert path.stat().st_size == 32_004
    [article], issues = read(path, max_chars=6_000)
    assert issues == [] and article.text == "ab\n" * 2000
    _, [issue] = read(path, max_chars=5_999)
    assert issue.reason == ("article has 6,000 characters, over the limit of 5,999 "
                            "(raise it with --max-chars)")


def test_twenty_mb_article_is_accepted_with_a_bigger_max_chars(twenty_mb):
    [article], issues = read(twenty_mb, max_chars=25_000_000)
    assert issues == [] and len(article.text) == 20_000_000 and article.notes == ()


def test_long_article_is_parsed_sentence_by_sentence_as_one_document(tmp_path, blank_coder):
    """Longer than the blank model's max_length (1,000,000): only sentences reach the parser,
    so the article is coded as one document."""
    sentence = "Freedonia accused Sylvania of lying.\n"
    path = tmp_path / "2025-10-29-long.txt"
    path.write_text(sentence * 40_000)  # 1,480,000 characters
    assert len(sentence) * 40_000 > blank_coder.nlp.max_length
    summary, rows = code(blank_coder, path, out=tmp_path / "out")
    assert summary.exit_status == 0
    assert rows[path.name]["status"] == "coded" and rows[path.name]["n_sentences"] == 40_000


# --- a giant sentence -------------------------------------------------------------------------

def test_stretch_without_punctuation_is_cut_with_a_warning():
    text, note = bound_sentences("word " * 1000, limit=100)
    assert max(len(line) for line in text.split("\n")) <= 100
    assert text.replace("\n", " ") == "word " * 1000
    assert note == ("a stretch of 5,000 characters without sentence punctuation was cut 49 time(s) "
                    "into sentences of at most 100 characters")
    assert bound_sentences("Short. Sentences. Here.", limit=12) == ("Short. Sentences. Here.", None)
    text, note = bound_sentences("x" * 250, limit=100)  # no space: cut anywhere
    assert text.split("\n") == ["x" * 100, "x" * 100, "x" * 50] and note is not None


def test_million_character_sentence_is_cut_with_a_warning(tmp_path, blank_coder):
    path = tmp_path / "2025-10-29-giant.txt"
    path.write_text(("Freedonia accused Sylvania and the army of " * 30_000)[:1_000_000])
    summary, rows = code(blank_coder, path, out=tmp_path / "out")
    assert summary.exit_status == 0 and summary.articles == 1
    note = ("a stretch of 1,000,000 characters without sentence punctuation was cut 333 time(s) "
            f"into sentences of at most {MAX_SENTENCE_CHARS:,} characters")
    assert [w.message() for w in summary.warnings] == [f"{path}: warning: {note}"]
    assert (rows[path.name]["status"], rows[path.name]["reason"]) == ("coded", note)
    assert rows[path.name]["n_sentences"] == 334


def test_library_cuts_long_stretches_as_files_are_cut(tmp_path, blank_coder):
    text = "Freedonia accused Sylvania and the army of " * 500
    path = tmp_path / "2025-10-29-a.txt"
    path.write_text(text)
    [article], _ = read(path)
    from_file = next(iter(blank_coder.code_articles([article])))[1]
    given = Article("a", text, D)
    from_library = next(iter(blank_coder.code_articles([given])))[1]
    assert from_library.n_sentences == from_file.n_sentences == 8


@pytest.mark.slow
def test_million_character_sentence_with_the_real_parser(tmp_path, real_coder):
    """The real model: no crash, no hang, sentences of at most MAX_SENTENCE_CHARS."""
    path = tmp_path / "2025-10-29-giant.txt"
    path.write_text(("Pakistan accused Afghanistan and the army of " * 30_000)[:1_000_000])
    summary = code_inputs([path], tmp_path / "out", coder=real_coder)
    assert summary.exit_status == 0 and summary.articles == 1 and len(summary.warnings) == 1
    longest = duckdb.sql(f"SELECT max(length(sentence)) FROM read_parquet('{tmp_path}/out/events/*.parquet')"
                         ).fetchall()[0][0]
    assert longest is None or longest <= MAX_SENTENCE_CHARS


# --- output folder ----------------------------------------------------------------------------

def test_output_folder_under_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "out"
    result = CliRunner().invoke(cli, ["code", str(tmp_path / "a.txt"), "--out", str(out)])
    assert result.exit_code == 2
    assert result.output == f"Error: cannot write to output folder {out}: Not a directory\n"


def test_output_that_is_a_file_is_a_usage_error(tmp_path, blank_coder):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "out").write_text("x")
    with pytest.raises(UsageError, match=f"^output {tmp_path / 'out'} exists and is not a folder$"):
        code_inputs([tmp_path / "a.txt"], tmp_path / "out", coder=blank_coder)
    assert (tmp_path / "out").read_text() == "x"


def test_read_only_output_folder_is_a_usage_error(tmp_path, blank_coder):
    if os.geteuid() == 0:
        pytest.skip("running as root: root writes into a read-only folder")
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "out").mkdir()
    (tmp_path / "out").chmod(0o555)
    try:
        with pytest.raises(UsageError, match="cannot write to output folder .*: Permission denied"):
            code_inputs([tmp_path / "a.txt"], tmp_path / "out", coder=blank_coder)
    finally:
        (tmp_path / "out").chmod(0o755)
    assert list((tmp_path / "out").iterdir()) == []


# --- everything at once, through the command line ---------------------------------------------

GOOD_ARTICLES = {
    "good/2025-10-29-pak.txt": "Pakistan accused Afghanistan of sheltering militants.",
    "good/2025-10-30-rus.txt": "Russia's military attacked Ukraine on Sunday.",
    "good/bom.txt": "\ufeffDate: 2025-10-29\nPakistan accused Afghanistan of lying.",
    "good/windows.txt": "Date: 2025-10-29\r\nRussia's military attacked Ukraine.\r\n",
    "good/old-mac.txt": "Date: 2025-10-29\rPakistan accused Afghanistan.\r",
    "good/french.txt": "Date: 2025-10-29\nLe Pakistan a accusé l'Afghanistan.",
    "good/html-in-text.txt": "Date: 2025-10-29\n<p>Pakistan accused Afghanistan.</p>",
    "x.txt/inner.txt": "Date: 2025-10-29\nRussia's military attacked Ukraine.",
}
BAD_FILES = {  # name -> (bytes, line, reason)
    "bad/empty.txt": (b"", None, "empty article (no text)"),
    "bad/blank.txt": (b" \n\t\n", None, "empty article (no text)"),
    "bad/image.txt": (PNG, None, BINARY_REASON),
    "bad/latin1.txt": (b"Date: 2025-10-29\nCaf\xe9", None, "not valid UTF-8 (byte 20, line 2)"),
    "bad/feb30.txt": (b"Date: 2025-02-30\nText.", 1,
                      "date '2025-02-30' is not a real YYYY-MM-DD date (line 1)"),
    "bad/slashes.txt": (b"Date: 2025/10/29\nText.", 1, "date '2025/10/29' is not YYYY-MM-DD (line 1)"),
    "bad/undated.txt": (b"Text.", None, "no date: add a first line 'Date: YYYY-MM-DD', put the date "
                        "in the file name, or pass --date"),
}


@pytest.mark.slow
def test_a_folder_of_everything_codes_the_good_and_lists_the_bad(tmp_path):
    root = tmp_path / "in"
    for name, text in GOOD_ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(text.encode())
    (root / "good" / "utf16.txt").write_bytes(
        "Date: 2025-10-29\nRussia's military attacked Ukraine.".encode("utf-16"))
    for name, (data, _, _) in BAD_FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (root / "bad" / "page.html").write_text("<html>Pakistan accused Afghanistan.</html>")
    (root / "bad" / "loop").symlink_to(".")
    jsonl = root / "mixed.jsonl"
    jsonl.write_text("\n".join([
        json.dumps({"id": "j1", "text": "Pakistan accused Afghanistan.", "date": "2025-10-29"}),
        "{broken",
        json.dumps({"id": "j2", "text": "No date."}),
        json.dumps({"id": "good/bom", "text": "Duplicate id.", "date": "2025-10-29"}),
        json.dumps({"id": "../../etc/x", "text": "Russia's military attacked Ukraine.",
                    "date": "2025-10-29"}),
    ]) + "\n")
    os.mkfifo(root / "bad" / "pipe.txt")
    unreadable = os.geteuid() != 0  # root reads a file with mode 000
    if unreadable:
        (root / "bad" / "noperm.txt").write_text(GOOD)
        (root / "bad" / "noperm.txt").chmod(0)
    giant = root / "good" / "2025-10-31-giant.txt"
    giant.write_text("Pakistan accused Afghanistan and " * 200)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "coder", "code", str(root), "--out", str(out), "-q"],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr
    rows = documents(out)
    by_key = {(Path(r["path"]).relative_to(root).as_posix(), r["line"]): r for r in rows}
    good = [*GOOD_ARTICLES, "good/utf16.txt", "good/2025-10-31-giant.txt"]
    for name in good:
        assert by_key[(name, None)]["status"] == "coded", name
    assert by_key[("mixed.jsonl", 1)]["status"] == "coded"
    assert by_key[("mixed.jsonl", 5)]["status"] == "coded"
    rejected = {name: (line, reason) for name, (_, line, reason) in BAD_FILES.items()}
    rejected |= {"mixed.jsonl:2": (2, "malformed JSON: Expecting property name enclosed in double "
                                      "quotes: line 1 column 2 (char 1)"),
                 "mixed.jsonl:3": (3, "missing date"),
                 "mixed.jsonl:4": (4, f"id 'good/bom' already seen at {root / 'good' / 'bom.txt'}")}
    for key, (line, reason) in rejected.items():
        name = key.split(":")[0]
        row = by_key[(name, line)]
        assert (row["status"], row["reason"]) == ("rejected", reason), key
        where = f"{root / name}:{line}" if line else str(root / name)
        assert f"{where}: rejected: {reason}\n" in result.stderr
    if unreadable:
        assert by_key[("bad/noperm.txt", None)]["reason"] == "cannot read file: Permission denied"
        rejected["bad/noperm.txt"] = (None, "cannot read file: Permission denied")
    assert by_key[("bad/pipe.txt", None)]["status"] == "skipped"
    assert by_key[("bad/page.html", None)]["status"] == "skipped"
    assert by_key[("bad/loop", None)]["status"] == "skipped"
    assert by_key[("good/2025-10-31-giant.txt", None)]["reason"].startswith("a stretch of 6,600 characters")
    assert {r["status"] for r in rows} == {"coded", "rejected", "skipped"}
    assert len(rows) == len(good) + 2 + len(rejected) + 3
    coded_ids = {r[0] for r in duckdb.sql(
        f"SELECT DISTINCT doc_id FROM read_parquet('{out}/events/*.parquet')").fetchall()}
    assert {"good/2025-10-29-pak", "good/2025-10-30-rus", "x.txt/inner", "j1", "../../etc/x"} <= coded_ids
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]
