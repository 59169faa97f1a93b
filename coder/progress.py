"""A one-line progress bar for long runs, on stderr: articles, events, rate, ETA, rejected."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol, TextIO

from coder.ingest import discover
from coder.types import InputIssue


class Counts(Protocol):
    articles: int
    events: int
    seconds: float

    @property
    def rejected(self) -> list[InputIssue]: ...


def count_articles(inputs: Iterable[Path]) -> int:
    """How many articles the inputs hold, roughly (non-blank .jsonl lines, .txt files): the
    ETA's denominator. Reads the files once, as bytes, without parsing them."""
    total = 0
    for found in discover(inputs):
        if isinstance(found, InputIssue):
            continue
        path = found[0]
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as f:
                total += sum(1 for line in f if line.strip())
        except OSError:
            continue
    return total


class ProgressBar:
    """Redraws one line on `stream` at most every `every` seconds; `close` ends the line."""

    def __init__(self, stream: TextIO, total: int | None = None, every: float = 0.5) -> None:
        self.stream = stream
        self.total = total
        self.every = every
        self.last = 0.0
        self.drawn = False

    def __call__(self, counts: Counts, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < self.every:
            return
        self.last = now
        self.stream.write("\r" + self.line(counts) + "\033[K")
        self.stream.flush()
        self.drawn = True

    def line(self, counts: Counts) -> str:
        rate = counts.articles / counts.seconds if counts.seconds > 0 else 0.0
        done = f"{counts.articles:,}"
        eta = ""
        if self.total:
            share = min(counts.articles / self.total, 1.0)
            done = f"{counts.articles:,}/{self.total:,} articles ({share:.0%})"
            left = max(self.total - counts.articles, 0)
            eta = f", ETA {_clock(left / rate)}" if rate > 0 else ""
        else:
            done += " articles"
        return (f"{done}, {counts.events:,} events, {rate:,.1f} articles/s{eta}, "
                f"{len(counts.rejected):,} rejected")

    def close(self, counts: Counts | None = None) -> None:
        if counts is not None:
            self(counts, force=True)
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
