"""A coding run: inputs → articles → events → Parquet parts → DuckDB views.

`code_inputs` is what `coder code` calls and what tests call. It streams: articles are read,
coded and written chunk by chunk, so memory does not grow with the input.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coder.api import Coder
from coder.ingest import DEFAULT_MAX_CHARS, read_inputs
from coder.store import OutputFolder
from coder.types import Article, InputIssue
from coder.views import create_views

DEFAULT_CHUNK = 500


@dataclass
class RunSummary:
    """What a run did; `issues` lists every rejected or skipped input with its reason."""

    articles: int = 0
    events: int = 0
    sentences: int = 0
    issues: list[InputIssue] = field(default_factory=list)
    warnings: list[InputIssue] = field(default_factory=list)  # coded, with a note for the user
    seconds: float = 0.0

    @property
    def rejected(self) -> list[InputIssue]:
        return [i for i in self.issues if i.status == "rejected"]

    @property
    def exit_status(self) -> int:
        return 1 if self.rejected else 0


Progress = Callable[[RunSummary], None]


def code_inputs(inputs: Iterable[Path], out_dir: Path, *, coder: Coder,
                default_date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                chunk_size: int = DEFAULT_CHUNK, force: bool = False,
                progress: Progress | None = None) -> RunSummary:
    """Code every article of the inputs into out_dir; rejected inputs are recorded, not fatal."""
    items = read_inputs(list(inputs), default_date=default_date, max_chars=max_chars)
    summary = RunSummary()
    start = time.monotonic()
    with OutputFolder(out_dir, force=force) as folder:
        for chunk in _chunks(items, chunk_size):
            documents, events = _code_chunk(chunk, coder, summary)
            folder.write_chunk(documents, events)
            summary.seconds = time.monotonic() - start
            if progress is not None:
                progress(summary)
        if not folder.has_parts():
            folder.write_chunk([], [])
        create_views(out_dir)
    summary.seconds = time.monotonic() - start
    return summary


def _chunks(items: Iterator[Article | InputIssue], size: int) -> Iterator[list[Article | InputIssue]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _code_chunk(chunk: list[Article | InputIssue], coder: Coder,
                summary: RunSummary) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    documents: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for issue in (i for i in chunk if isinstance(i, InputIssue)):
        summary.issues.append(issue)
        documents.append(_issue_row(issue, coder))
    articles = [a for a in chunk if isinstance(a, Article)]
    for article, result in coder.code_articles(articles):
        summary.articles += 1
        summary.sentences += result.n_sentences
        summary.events += len(result.rows)
        events.extend(result.rows)
        note = "; ".join(article.notes) or None
        if note is not None:
            summary.warnings.append(InputIssue(article.path, "warning", note, article.line, article.id))
        documents.append({
            "input_key": article.id, "doc_id": article.id, "path": article.path,
            "line": article.line, "status": "coded", "reason": note,
            "article_date": article.date, "n_sentences": result.n_sentences,
            "n_events": len(result.rows), **_versions(coder),
        })
    return documents, events


def _issue_row(issue: InputIssue, coder: Coder) -> dict[str, Any]:
    key = f"{issue.path}:{issue.line}" if issue.line else issue.path
    return {
        "input_key": key, "doc_id": issue.doc_id, "path": issue.path, "line": issue.line,
        "status": issue.status, "reason": issue.reason, "article_date": None,
        "n_sentences": 0, "n_events": 0, **_versions(coder),
    }


def _versions(coder: Coder) -> dict[str, str]:
    from coder import __version__

    return {"coder_version": __version__, "dictionary_version": coder.lexicon.version}
