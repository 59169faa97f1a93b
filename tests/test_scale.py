"""Scale (issue 7): worker processes and Dask give the output of one process; a second run
codes only new or changed articles; a killed run, run again, ends as a clean run; progress."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from coder.progress import ProgressBar, count_articles
from coder.run import RunSummary, code_inputs

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"


def _table(out: Path, name: str) -> list[dict]:
    rows = [r for part in sorted((out / name).glob("part-*.parquet"))
            for r in pq.read_table(part).to_pylist()]
    key = "event_id" if name == "events" else "input_key"
    return sorted(rows, key=lambda r: r[key])


def _parts(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for table in ("events", "documents") for p in sorted((out / table).glob("part-*"))}


@pytest.mark.slow
def test_two_workers_write_the_same_parts_as_one_process(tmp_path, real_coder):
    one = code_inputs([SEEDS], tmp_path / "one", coder=real_coder, chunk_size=3)
    two = code_inputs([SEEDS], tmp_path / "two", coder=real_coder, chunk_size=3, workers=2)
    assert (one.articles, one.events, one.sentences) == (two.articles, two.events, two.sentences)
    assert one.events > 50
    assert _parts(tmp_path / "one") == _parts(tmp_path / "two")


@pytest.mark.slow
def test_a_second_run_codes_only_new_or_changed_articles(tmp_path, real_coder):
    src = tmp_path / "src"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    first = code_inputs([src], out, coder=real_coder)
    assert first.articles == 8 and first.unchanged == 0
    again = code_inputs([src], out, coder=real_coder)
    assert (again.articles, again.unchanged) == (0, 8)
    changed = src / "2025-05-21-britain-russia-sanctions.txt"
    changed.write_text(changed.read_text().replace("expelled two British diplomats",
                                                   "expelled three British diplomats"))
    third = code_inputs([src], out, coder=real_coder)
    assert (third.articles, third.unchanged) == (1, 7)
    code_inputs([src], tmp_path / "clean", coder=real_coder)
    assert _table(out, "events") == _table(tmp_path / "clean", "events")
    assert _table(out, "documents") == _table(tmp_path / "clean", "documents")
    recoded = code_inputs([src], out, coder=real_coder, recode=True)
    assert (recoded.articles, recoded.unchanged) == (8, 0)


class Killed(Exception):
    """Stands for the run being killed between two chunks."""


@pytest.mark.slow
def test_a_killed_run_run_again_ends_as_a_clean_run(tmp_path, real_coder):
    def kill_after_first_chunk(summary: RunSummary) -> None:
        raise Killed

    out = tmp_path / "out"
    with pytest.raises(Killed):
        code_inputs([SEEDS], out, coder=real_coder, chunk_size=3, progress=kill_after_first_chunk)
    resumed = code_inputs([SEEDS], out, coder=real_coder, chunk_size=3)
    assert (resumed.articles, resumed.unchanged) == (5, 3)
    code_inputs([SEEDS], tmp_path / "clean", coder=real_coder, chunk_size=3)
    assert _table(out, "events") == _table(tmp_path / "clean", "events")
    assert _table(out, "documents") == _table(tmp_path / "clean", "documents")


@pytest.mark.slow
def test_a_dask_cluster_gives_the_output_of_a_local_run(tmp_path, real_coder):
    distributed = pytest.importorskip("distributed")
    code_inputs([SEEDS], tmp_path / "local", coder=real_coder, chunk_size=3)
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        summary = code_inputs([SEEDS], tmp_path / "dask", coder=real_coder, chunk_size=3,
                              scheduler=cluster.scheduler_address)
    assert summary.articles == 8
    assert _parts(tmp_path / "local") == _parts(tmp_path / "dask")


class _Counts:
    def __init__(self, articles: int, events: int, seconds: float, rejected: int) -> None:
        self.articles, self.events, self.seconds = articles, events, seconds
        self.rejected = [object()] * rejected


def test_progress_line_shows_articles_events_rate_eta_and_rejected():
    bar = ProgressBar(io.StringIO(), total=400)
    line = bar.line(_Counts(100, 250, 4.0, 2))  # type: ignore[arg-type]
    assert line == "100/400 articles (25%), 250 events, 25.0 articles/s, ETA 0:00:12, 2 rejected"


def test_progress_bar_draws_on_its_stream_and_ends_the_line():
    stream = io.StringIO()
    bar = ProgressBar(stream, total=None, every=0.0)
    bar(_Counts(3, 1, 1.0, 0))  # type: ignore[arg-type]
    bar.close()
    assert stream.getvalue().startswith("\r3 articles, 1 events, 3.0 articles/s, 0 rejected")
    assert stream.getvalue().endswith("\n")


def test_count_articles_counts_jsonl_lines_and_txt_files(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n{"id": 3}\n')
    (tmp_path / "b.txt").write_text("Date: 2025-01-01\nText.\n")
    (tmp_path / "README.md").write_text("not an article")
    assert count_articles([tmp_path]) == 4
