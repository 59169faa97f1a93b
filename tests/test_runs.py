"""Real `python -m coder code` processes: killed with SIGKILL and run again, the output ends as
a clean run's; two runs on one output folder never interleave, the second is refused (exit 2)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
PAIRS = [("Pakistan", "Afghanistan"), ("Russia", "Ukraine"), ("India", "Pakistan"),
         ("Thailand", "Cambodia"), ("Rwanda", "Congo")]
HANG_GUARD = 300  # seconds; only stops a stuck test, never decides a result


def make_articles(folder: Path, n: int = 60) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        day = 1 + i % 28
        (folder / f"2025-09-{day:02d}-article-{i:03d}.txt").write_text(
            f"{a} accused {b} of sheltering militants near the border. "
            f"{a}'s military attacked positions inside {b} on Sunday, officials said. "
            f"Talks in Doha were held in round {i}.\n")
    return folder


def start(inputs: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "coder", "code", str(inputs), "--out", str(out), "--quiet", *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(proc: subprocess.Popen[str], condition: Callable[[], bool]) -> bool:
    """Poll until condition holds (True) or the process has ended (False)."""
    deadline = time.monotonic() + HANG_GUARD
    while time.monotonic() < deadline:
        if condition():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    proc.kill()
    raise AssertionError("coder neither progressed nor ended; killed it")


def parts(out: Path) -> int:
    return len(list((out / "documents").glob("part-*.parquet"))) if (out / "documents").is_dir() else 0


def snapshot(out: Path) -> tuple[list[tuple], list[tuple], list[str]]:
    """Events and documents rows (sorted) and the part file names."""
    events = duckdb.sql(f"SELECT * FROM read_parquet('{out}/events/*.parquet') ORDER BY event_id"
                        ).fetchall()
    docs = duckdb.sql(f"SELECT * FROM read_parquet('{out}/documents/*.parquet') ORDER BY input_key"
                      ).fetchall()
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("part-*.parquet"))
    return events, docs, names


def finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = proc.communicate(timeout=HANG_GUARD)
    return proc.returncode, err


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    return make_articles(tmp_path_factory.mktemp("runs") / "articles")


@pytest.fixture(scope="module")
def clean(articles, tmp_path_factory) -> tuple[list[tuple], list[tuple], list[str]]:
    out = tmp_path_factory.mktemp("clean") / "out"
    code, err = finish(start(articles, out, "--chunk-size", "2"))
    assert code == 0, err
    result = snapshot(out)
    assert len(result[0]) >= 60 and len(result[1]) == 60 and len(result[2]) == 60
    return result


def test_killed_runs_resume_to_the_clean_result(articles, clean, tmp_path):
    out = tmp_path / "out"
    kill_points: list[Callable[[], bool]] = [
        lambda: (out / ".coder.lock").exists(),  # holds the lock, nothing written yet
        lambda: parts(out) >= 1,
        lambda: parts(out) >= 12,
        lambda: parts(out) >= 25,
    ]
    killed_mid_run = 0
    for condition in kill_points:
        proc = start(articles, out, "--chunk-size", "2")
        if wait_for(proc, condition):
            proc.send_signal(signal.SIGKILL)
        code, err = finish(proc)
        assert code in (-signal.SIGKILL, 0), err
        killed_mid_run += code == -signal.SIGKILL
    assert killed_mid_run >= 2, "the kills came too late to test anything"
    code, err = finish(start(articles, out, "--chunk-size", "2"))
    assert code == 0, err
    events, docs, names = snapshot(out)
    ids = [row[0] for row in events]
    assert len(ids) == len(set(ids)), "duplicate event ids"
    assert ids == [row[0] for row in clean[0]]
    assert events == clean[0] and docs == clean[1] and names == clean[2]
    assert not list(out.rglob(".tmp-*"))


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_second_run_on_a_locked_folder_is_refused_and_changes_nothing(articles, clean, tmp_path):
    out = tmp_path / "out"
    first = start(articles, out, "--chunk-size", "2")
    try:
        assert wait_for(first, lambda: parts(out) >= 1), "the first run ended before it was stopped"
        first.send_signal(signal.SIGSTOP)  # holds the lock, mid-run, for as long as we need
        before = digest(out)
        code, err = finish(start(articles, out, "--chunk-size", "2"))
        assert code == 2
        assert err == (f"Error: another coder run is writing to {out}; wait for it to finish "
                       "(its lock is .coder.lock)\n")
        assert digest(out) == before
    finally:
        first.send_signal(signal.SIGCONT)
    code, err = finish(first)
    assert code == 0, err
    assert snapshot(out) == clean


def test_two_runs_started_together_never_interleave(articles, clean, tmp_path):
    out = tmp_path / "out"
    procs = [start(articles, out, "--chunk-size", "2") for _ in range(2)]
    results = [finish(p) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 2], [0, 0]), results
    for code, err in results:
        if code == 2:
            assert "another coder run is writing to" in err
    assert snapshot(out) == clean


def test_lock_is_released_when_a_run_is_killed(articles, clean, tmp_path):
    """flock dies with its process: a killed run never leaves a folder locked for ever."""
    out = tmp_path / "out"
    proc = start(articles, out, "--chunk-size", "2")
    assert wait_for(proc, lambda: parts(out) >= 1)
    os.kill(proc.pid, signal.SIGKILL)
    finish(proc)
    assert (out / ".coder.lock").exists()
    code, err = finish(start(articles, out, "--chunk-size", "2"))
    assert code == 0, err
    assert snapshot(out) == clean


def test_killed_run_resumed_with_other_chunks_gives_the_same_rows(articles, clean, tmp_path):
    """Recoded with another --chunk-size, parts get other names: the old ones give up their
    inputs, and the rows are still a clean run's, without duplicates. (Without --recode the
    articles already coded are skipped and keep their parts: test_scale.py.)"""
    out = tmp_path / "out"
    proc = start(articles, out, "--chunk-size", "2")
    if wait_for(proc, lambda: parts(out) >= 9):
        proc.send_signal(signal.SIGKILL)
    finish(proc)
    code, err = finish(start(articles, out, "--chunk-size", "7", "--recode"))
    assert code == 0, err
    events, docs, names = snapshot(out)
    assert events == clean[0] and docs == clean[1]
    assert len(names) == 2 * 9  # ceil(60 / 7) parts in each table
