"""Reading inputs: dates, ids, normalisation, and every rejected or skipped case."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coder.errors import UsageError
from coder.ingest import read_inputs
from coder.types import Article, InputIssue

D = dt.date(2025, 1, 2)


def read(*paths, date=None):
    items = list(read_inputs(list(paths), default_date=date))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputIssue)]


def test_txt_date_from_first_line_then_file_name_then_flag(tmp_path):
    (tmp_path / "a.txt").write_text("Date: 2025-10-29\n\nKabul said.")
    (tmp_path / "2024-05-06-b.txt").write_text("Islamabad said.")
    (tmp_path / "c.txt").write_text("Doha said.")
    arts, issues = read(tmp_path, date=D)
    assert [(a.id, a.date.isoformat(), a.text.strip()) for a in arts] == [
        ("2024-05-06-b", "2024-05-06", "Islamabad said."),
        ("a", "2025-10-29", "Kabul said."),
        ("c", "2025-01-02", "Doha said."),
    ]
    assert issues == []


def test_txt_without_any_date_is_rejected_with_a_hint(tmp_path):
    (tmp_path / "c.txt").write_text("Doha said.")
    arts, issues = read(tmp_path / "c.txt")
    assert arts == []
    assert issues[0].status == "rejected"
    assert "no date" in issues[0].reason and "--date" in issues[0].reason


def test_ids_are_relative_paths_in_folders(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("Text.")
    (tmp_path / ".hidden.txt").write_text("Text.")
    arts, _ = read(tmp_path, date=D)
    assert [a.id for a in arts] == ["sub/x"]


@pytest.mark.parametrize("data, expected", [
    (b"\xef\xbb\xbfKabul said.\r\nMore.", "Kabul said.\nMore."),
    ("Kabul said.\r\nMore.".encode("utf-16"), "Kabul said.\nMore."),
    (b"Kabul said.\rMore.", "Kabul said.\nMore."),
])
def test_text_is_normalised(tmp_path, data, expected):
    (tmp_path / "a.txt").write_bytes(data)
    arts, issues = read(tmp_path / "a.txt", date=D)
    assert issues == [] and arts[0].text == expected


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
    (b"caf\xe9 au lait", "not valid UTF-8"),
])
def test_bad_txt_files_are_rejected_with_reason(tmp_path, data, reason):
    (tmp_path / "a.txt").write_bytes(data)
    arts, issues = read(tmp_path / "a.txt", date=D)
    assert arts == [] and issues[0].status == "rejected" and reason in issues[0].reason


def test_jsonl_bad_lines_are_rejected_and_good_lines_coded(tmp_path):
    lines = [
        json.dumps({"id": "1", "text": "Kabul said.", "date": "2025-10-29"}),
        "{not json",
        json.dumps({"id": "2", "text": "Kabul said."}),
        json.dumps({"id": "3", "text": "Kabul said.", "date": "2025-02-30"}),
        json.dumps({"id": "1", "text": "Again.", "date": "2025-10-29"}),
        json.dumps({"id": "4", "text": "Fine.", "date": "2025-10-30", "publisher": "AP"}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    arts, issues = read(tmp_path / "a.jsonl")
    assert [a.id for a in arts] == ["1", "4"]
    assert arts[1].publisher == "AP"
    assert [(i.line, i.reason.split(":")[0]) for i in issues] == [
        (2, "malformed JSON"), (3, "missing date"),
        (4, "date '2025-02-30' is not a real YYYY-MM-DD date"),
        (5, f"id '1' already seen at {tmp_path / 'a.jsonl'}"),
    ]


def test_other_files_in_folders_are_skipped_not_rejected(tmp_path):
    (tmp_path / "README.md").write_text("# hi")
    (tmp_path / "a.txt").write_text("Text.")
    arts, issues = read(tmp_path, date=D)
    assert len(arts) == 1
    assert [(i.status, i.path.endswith("README.md")) for i in issues] == [("skipped", True)]


def test_unsupported_file_named_directly_is_a_usage_error(tmp_path):
    (tmp_path / "a.html").write_text("<html>")
    with pytest.raises(UsageError, match="unsupported file type '.html'"):
        read(tmp_path / "a.html")


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file or folder"):
        read(tmp_path / "nope")


def test_over_long_article_is_rejected(tmp_path):
    (tmp_path / "a.txt").write_text("x" * 50)
    items = list(read_inputs([tmp_path / "a.txt"], default_date=D, max_chars=10))
    assert isinstance(items[0], InputIssue) and "over the limit" in items[0].reason
