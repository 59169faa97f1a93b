"""Dask: code on a cluster. Tasks of articles go to the Dask workers, each of which loads its
own coder once; the rows come back to this process, which writes the Parquet parts, so the
output folder is laid out exactly as with a local run.

    coder code ARTICLES/ --out out/ --scheduler tcp://10.0.0.5:8786
    coder code ARTICLES/ --out out/ --scheduler local      # a LocalCluster on this machine

Every worker needs coder installed (with the same dictionaries; pass --dictionaries with a
path that exists on the workers too).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from coder.api import CoderConfig
from coder.errors import UsageError
from coder.types import Article, InputIssue


@contextlib.contextmanager
def dask_pool(scheduler: str, config: CoderConfig,
              task: Callable[[CoderConfig, list[Article | InputIssue]], Any]) -> Iterator[Any]:
    """Yield a submit(chunk) -> future function on a Dask cluster; the workers run
    task(config, chunk) (run.code_chunk_with, passed in so that this module needs nothing of run)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise UsageError("--scheduler needs Dask: pip install 'dask[distributed]'") from e
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(scheduler, timeout=30)
        except OSError as e:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    try:
        def submit(chunk: list[Article | InputIssue]) -> Any:
            return client.submit(task, config, chunk, pure=False)

        yield submit
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
