"""A coding run: inputs → articles → events → Parquet parts → DuckDB views.

`code_inputs` is what `coder code` calls and what tests call. It streams: articles are read,
coded and written chunk by chunk, so memory does not grow with the input.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import hashlib
import itertools
import json
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coder.api import Coder, CoderConfig
from coder.ingest import DEFAULT_MAX_CHARS, read_inputs
from coder.store import OutputFolder
from coder.types import Article, InputIssue
from coder.views import create_views

DEFAULT_CHUNK = 500
TASK_SIZE = 50  # inputs per task sent to a worker process or Dask worker


@dataclass
class RunSummary:
    """What a run did; `issues` lists every rejected or skipped input with its reason."""

    articles: int = 0
    events: int = 0
    sentences: int = 0
    issues: list[InputIssue] = field(default_factory=list)
    warnings: list[InputIssue] = field(default_factory=list)  # coded, with a note for the user
    seconds: float = 0.0
    parsed: int = 0  # sentences the parser saw (the others cannot hold an event)
    unchanged: int = 0  # articles already coded into the folder, skipped

    @property
    def rejected(self) -> list[InputIssue]:
        return [i for i in self.issues if i.status == "rejected"]

    @property
    def exit_status(self) -> int:
        return 1 if self.rejected else 0

    def add(self, result: ChunkResult) -> None:
        self.issues.extend(result.issues)
        self.warnings.extend(result.warnings)
        self.articles += result.articles
        self.sentences += result.sentences
        self.parsed += result.parsed
        self.events += len(result.events)


Progress = Callable[[RunSummary], None]


def code_inputs(inputs: Iterable[Path], out_dir: Path, *, coder: Coder,
                default_date: dt.date | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                chunk_size: int = DEFAULT_CHUNK, force: bool = False,
                progress: Progress | None = None, workers: int = 1,
                scheduler: str | None = None, recode: bool = False) -> RunSummary:
    """Code every article of the inputs into out_dir; rejected inputs are recorded, not fatal.

    `workers` > 1 codes in that many worker processes on this machine; `scheduler` (a Dask
    scheduler address, or "local") codes on a Dask cluster. Either way articles are streamed in
    chunks, the Parquet parts are written here, in input order, and the output is the same as
    with one process.

    Articles already coded into out_dir, unchanged (same content hash: text, metadata, place
    in the input, coder and dictionary versions), are skipped and keep their rows, unless
    `recode`; so coding a folder again codes only new or changed articles, and a killed run,
    run again, completes.
    """
    items = read_inputs(list(inputs), default_date=default_date, max_chars=max_chars)
    summary = RunSummary()
    start = time.monotonic()
    with OutputFolder(out_dir, force=force) as folder:
        if not recode:
            items = _changed(items, folder.content_hashes(), coder, summary)
        chunks = _chunks(items, chunk_size)
        for result in _coded(chunks, coder, workers=workers, scheduler=scheduler):
            folder.write_chunk(result.documents, result.events)
            summary.add(result)
            summary.seconds = time.monotonic() - start
            if progress is not None:
                progress(summary)
        if not folder.has_parts():
            folder.write_chunk([], [])
        create_views(out_dir)
    summary.seconds = time.monotonic() - start
    return summary


def content_hash(article: Article, coder: Coder) -> str:
    """What an article's rows depend on, hashed: a run skips the article while it is equal."""
    from coder import __version__

    parts = (article.id, article.text, article.date.isoformat(), article.title, article.publisher,
             article.url, article.path, article.line, __version__, coder.lexicon.version)
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]


def _changed(items: Iterator[Article | InputIssue], known: dict[str, str], coder: Coder,
             summary: RunSummary) -> Iterator[Article | InputIssue]:
    for item in items:
        if isinstance(item, Article) and known.get(item.id) == content_hash(item, coder):
            summary.unchanged += 1
            continue
        yield item


def _chunks(items: Iterator[Article | InputIssue], size: int) -> Iterator[list[Article | InputIssue]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


@dataclass
class ChunkResult:
    """The rows of one chunk of inputs, coded in this process or in a worker."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    issues: list[InputIssue] = field(default_factory=list)
    warnings: list[InputIssue] = field(default_factory=list)
    articles: int = 0
    sentences: int = 0
    parsed: int = 0

    def extend(self, other: ChunkResult) -> None:
        self.documents.extend(other.documents)
        self.events.extend(other.events)
        self.issues.extend(other.issues)
        self.warnings.extend(other.warnings)
        self.articles += other.articles
        self.sentences += other.sentences
        self.parsed += other.parsed


def code_chunk(chunk: list[Article | InputIssue], coder: Coder) -> ChunkResult:
    """Code one chunk of inputs into document and event rows."""
    out = ChunkResult()
    for issue in (i for i in chunk if isinstance(i, InputIssue)):
        out.issues.append(issue)
        out.documents.append(_issue_row(issue, coder))
    articles = [a for a in chunk if isinstance(a, Article)]
    for article, result in coder.code_articles(articles):
        out.articles += 1
        out.sentences += result.n_sentences
        out.parsed += result.n_parsed
        out.events.extend(result.rows)
        note = "; ".join(article.notes) or None
        if note is not None:
            out.warnings.append(InputIssue(article.path, "warning", note, article.line, article.id))
        out.documents.append({
            "input_key": article.id, "doc_id": article.id, "path": article.path,
            "line": article.line, "status": "coded", "reason": note,
            "article_date": article.date, "n_sentences": result.n_sentences,
            "n_events": len(result.rows), **_versions(coder),
            "content_hash": content_hash(article, coder),
        })
    return out


def _coded(chunks: Iterator[list[Article | InputIssue]], coder: Coder, *, workers: int,
           scheduler: str | None) -> Iterator[ChunkResult]:
    if scheduler is not None:
        from coder.distributed import dask_pool

        with dask_pool(scheduler, coder.config, code_chunk_with) as submit:
            yield from _merged(chunks, submit, limit=64)
    elif workers > 1:
        with worker_pool(workers, coder) as submit:
            yield from _merged(chunks, submit, limit=4 * workers)
    else:
        for chunk in chunks:
            yield code_chunk(chunk, coder)


Submit = Callable[[list[Article | InputIssue]], Any]  # returns a future with .result()


def _merged(chunks: Iterator[list[Article | InputIssue]], submit: Submit, *,
            limit: int) -> Iterator[ChunkResult]:
    """Send each chunk out in tasks of TASK_SIZE inputs, at most `limit` tasks in flight, and
    put the results back together chunk by chunk, in input order."""
    tasks = ((k, chunk[i:i + TASK_SIZE]) for k, chunk in enumerate(chunks)
             for i in range(0, len(chunk), TASK_SIZE))
    pending: collections.deque[tuple[int, Any]] = collections.deque()
    current, merged = 0, ChunkResult()
    for k, task in itertools.chain(tasks, [(-1, None)]):
        if task is not None:
            pending.append((k, submit(task)))
        while pending and (len(pending) >= limit or task is None):
            done_k, future = pending.popleft()
            if done_k != current:
                yield merged
                current, merged = done_k, ChunkResult()
            merged.extend(future.result())
    if merged.documents:
        yield merged


@contextlib.contextmanager
def worker_pool(workers: int, coder: Coder) -> Iterator[Submit]:
    """Worker processes, each with its own coder. Forked workers start from this process's
    loaded model and dictionaries; where fork is not available they load their own."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    _WORKER_CODERS[coder.config] = coder
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        yield lambda chunk: pool.submit(code_chunk_with, coder.config, chunk)


_WORKER_CODERS: dict[CoderConfig, Coder] = {}  # one loaded coder per process and config


def code_chunk_with(config: CoderConfig, chunk: list[Article | InputIssue]) -> ChunkResult:
    """Code a chunk in a worker process, loading the coder once per process."""
    coder = _WORKER_CODERS.get(config)
    if coder is None:
        coder = _WORKER_CODERS[config] = Coder.load(config)
    return code_chunk(chunk, coder)


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
