"""Property tests: any text codes; written records validate; Parquet → DuckDB gives the same
events back; the same input gives the same event ids."""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
from pathlib import Path
from typing import Any

import duckdb
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coder.ingest import SENTENCE_END, bound_sentences, decode, read_inputs
from coder.paths import data_dir
from coder.run import code_inputs
from coder.store import OutputFolder
from coder.types import Article
from coder.views import create_views, run_query

EVENT_SCHEMA = json.loads((data_dir("schemas") / "event.schema.json").read_text(encoding="utf-8"))
SLOW_SETTINGS = settings(max_examples=12, deadline=None,
                         suppress_health_check=[HealthCheck.too_slow])


def as_json(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}


# --- any text ---------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_codes_without_exception(blank_coder, text):
    article = Article("t", text, dt.date(2025, 10, 29))
    [(_, result)] = list(blank_coder.code_articles([article]))
    assert result.n_sentences >= 0


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_to_text_or_a_reason(data):
    try:
        text = decode(data)
    except ValueError as e:
        assert str(e).startswith("not ")
    else:
        assert "\r" not in text and "\x00" not in text and not text.startswith("\ufeff")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=60), st.binary(max_size=60).map(repr)), max_size=6))
def test_any_jsonl_lines_give_an_article_or_a_reason(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("j") / "a.jsonl"
    path.write_text("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines),
                    encoding="utf-8")
    for item in read_inputs([path], default_date=None):
        assert isinstance(item, Article) or item.reason


@pytest.mark.slow
@SLOW_SETTINGS
@given(st.text(min_size=1, max_size=300))
def test_any_unicode_text_codes_with_the_real_model(real_coder, text):
    rows = real_coder.code_text(text, date="2025-10-29")
    for row in rows:
        jsonschema.validate(as_json(row), EVENT_SCHEMA)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!\n\t", max_size=300), st.integers(4, 40))
def test_no_stretch_without_a_sentence_end_is_longer_than_the_limit(text, limit):
    cut, note = bound_sentences(text, limit)
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(cut)] + [len(cut)]
    # the words of every stretch fit the limit (the whitespace that ends a sentence does not count)
    assert max(len(cut[a:b].strip()) for a, b in zip(starts, starts[1:], strict=False)) <= limit
    assert (note is None) == (cut == text)
    assert cut.replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")


# --- records from real sentences --------------------------------------------------------------

ACTORS = ["Pakistan", "Afghanistan", "Russia", "Ukraine", "India", "NATO", "the United Nations",
          "Pakistan's military", "Ukrainian protesters", "Iran's foreign minister", "Hamas"]
VERBS = ["accused {t} of lying", "attacked {t}", "met {t} in Doha", "thanked {t}",
         "threatened {t} with sanctions", "signed a trade deal with {t}", "arrested members of {t}",
         "criticised {t}", "sent aid to {t}", "agreed to hold talks with {t}"]
WHEN = ["", " on Sunday", " last week", " in March", " on 3 October 2025", " yesterday"]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    source, target = draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTORS))
    verb = draw(st.sampled_from(VERBS)).format(t=target)
    return f"{source[0].upper()}{source[1:]} {verb}{draw(st.sampled_from(WHEN))}."


articles = st.lists(st.lists(sentences(), min_size=1, max_size=4).map(" ".join),
                    min_size=1, max_size=5)


def write_articles(folder: Path, texts: list[str]) -> Path:
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t, "date": "2025-10-29"}) + "\n"
                            for i, t in enumerate(texts)))
    return path


def stored_events(out: Path) -> list[dict[str, Any]]:
    return duckdb.sql(f"SELECT * FROM read_parquet('{out}/events/*.parquet') ORDER BY event_id"
                      ).to_arrow_table().to_pylist()


@pytest.mark.slow
@SLOW_SETTINGS
@given(articles)
def test_every_written_record_validates(real_coder, texts):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        code_inputs([write_articles(Path(tmp), texts)], out, coder=real_coder, chunk_size=2)
        for row in stored_events(out):
            jsonschema.validate(as_json(row), EVENT_SCHEMA)


@pytest.mark.slow
@SLOW_SETTINGS
@given(articles, st.randoms(use_true_random=False), st.integers(1, 4))
def test_same_input_gives_the_same_event_ids(real_coder, texts, rnd: random.Random, chunk):
    """Coded again, in another order and other chunks, into a fresh folder: the same ids."""
    with tempfile.TemporaryDirectory() as tmp:
        first, second = Path(tmp) / "one", Path(tmp) / "two"
        code_inputs([write_articles(Path(tmp), texts)], first, coder=real_coder)
        lines = (Path(tmp) / "in.jsonl").read_text().splitlines(keepends=True)
        rnd.shuffle(lines)
        shuffled = Path(tmp) / "shuffled.jsonl"
        shuffled.write_text("".join(lines))
        code_inputs([shuffled], second, coder=real_coder, chunk_size=chunk)
        key = ("event_id", "doc_id", "sentence_index", "cameo_code", "source_actor", "target_actor")
        assert [[r[k] for k in key] for r in stored_events(first)] == \
               [[r[k] for k in key] for r in stored_events(second)]


# --- events → Parquet → DuckDB ----------------------------------------------------------------

def column_strategy(spec: dict[str, Any]) -> st.SearchStrategy[Any]:
    kinds = spec.get("type", "string")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    base: st.SearchStrategy[Any]
    if "enum" in spec:
        base = st.sampled_from(spec["enum"])
    elif spec.get("format") == "date":
        base = st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))
    elif "integer" in kinds:
        base = st.integers(spec.get("minimum", -(2**31)), spec.get("maximum", 2**31 - 1))
    elif "number" in kinds:
        base = st.floats(spec.get("minimum"), spec.get("maximum"), allow_nan=False,
                         allow_infinity=False)
    elif "pattern" in spec:
        base = st.from_regex(spec["pattern"], fullmatch=True)
    else:
        base = st.text(min_size=spec.get("minLength", 0), max_size=40)
    return st.none() | base if "null" in kinds else base


event_rows = st.fixed_dictionaries(
    {column: column_strategy(spec) for column, spec in EVENT_SCHEMA["properties"].items()})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(event_rows, max_size=8))
def test_events_survive_parquet_and_duckdb(rows):
    for row in rows:
        jsonschema.validate(as_json(row), EVENT_SCHEMA)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        documents = [{"input_key": "k", "doc_id": "k", "path": "k.txt", "line": None,
                      "status": "coded", "reason": None, "article_date": None, "n_sentences": 0,
                      "n_events": len(rows), "coder_version": "0", "dictionary_version": "0"}]
        with OutputFolder(out) as folder:
            folder.write_chunk(documents, rows)
        create_views(out)
        back = run_query(out, "SELECT * FROM events").to_pylist()
    columns = list(EVENT_SCHEMA["properties"])
    as_tuples = sorted(tuple(repr(r[c]) for c in columns) for r in rows)
    assert all(list(r) == columns for r in back)
    assert sorted(tuple(repr(r[c]) for c in columns) for r in back) == as_tuples
