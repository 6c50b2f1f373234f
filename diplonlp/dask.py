"""Dask helpers (extra ``diplonlp[dask]``): the pipeline over a Bag or a DataFrame, partition by partition.

Each worker process builds one `Pipeline` the first time it meets a partition and keeps it, so the
models load once per worker; a partition is read with `Pipeline.pipe` (texts tagged in batches). A
``pipeline=`` of the caller's (its disabled stages, its lexicons) travels pickled with the tasks and arrives
as a fresh one of the same settings, sharing the worker's models and gazetteers.
Documents travel as JSON-ready dicts (`Document.model_dump(mode="json")`), which Dask moves cheaply.
The first partition also tunes the worker's allocator (`tune_allocator`) and warns if the worker's statistical
profiler is on (`WORKER_CONFIG` says how to turn it off).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
from collections.abc import Iterable
from typing import Any

from .pipeline import Pipeline

LOG = logging.getLogger("diplonlp")

TUNE_ALLOCATOR = True
"""Whether a worker's first partition calls `tune_allocator` (set False on the workers to keep the nanny's)."""
MMAP_THRESHOLD = 32 * 1024 * 1024
"""glibc serves blocks below this from its heap, not from fresh mmap'ed pages (32 MiB, glibc's own ceiling)."""
TRIM_THRESHOLD = 64 * 1024 * 1024
"""glibc gives free heap back to the system past this (the nanny's 64 KiB gives back every batch's arrays)."""
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt parameters, <malloc.h>
PROFILER = "distributed.worker.profile.enabled"
WORKER_CONFIG = {PROFILER: False}
"""The Dask setting diplonlp's workers want: no statistical profiler (it samples the task thread's stack every
10 ms from the event loop, 1-2 % of a worker's CPU on this pipeline). ``dask.config.set(WORKER_CONFIG)`` before
the cluster starts, or ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False`` in the workers' environment."""

_pipeline: Pipeline | None = None
_tuned: bool | None = None


def tune_allocator() -> bool:
    """Let glibc keep the numpy arrays of a batch in its heap (`MMAP_THRESHOLD`, `TRIM_THRESHOLD`); True if set.

    A Dask nanny starts its workers with ``MALLOC_TRIM_THRESHOLD_=65536``, which also turns off glibc's adaptive
    mmap threshold: every array over 128 KiB is then mapped and unmapped, page by page, batch after batch (the
    models' packs are megabytes), and a worker did 0.55-0.65 of a serial run's characters per CPU-second.
    Elsewhere than glibc (macOS, musl) nothing is set, and a warning says so."""
    libc = None
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            libc = ctypes.CDLL("libc.so.6")
    if libc is None or not hasattr(libc, "mallopt"):
        LOG.warning("diplonlp.dask: no glibc mallopt here; the workers' allocator is left as it is")
        return False
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) and libc.mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))


def check_profiler() -> bool:
    """Whether this worker runs Dask's statistical profiler; if so, a warning naming `WORKER_CONFIG`."""
    import dask

    on = bool(dask.config.get(PROFILER, default=False))
    if on:
        LOG.warning("diplonlp.dask: this worker's statistical profiler is on (%s), which costs 1-2 %% of its CPU; "
                    "dask.config.set(diplonlp.dask.WORKER_CONFIG) before the cluster starts turns it off", PROFILER)
    return on


def _worker_pipeline(pipeline: Pipeline | None = None) -> Pipeline:
    global _pipeline, _tuned
    if _tuned is None:
        _tuned = TUNE_ALLOCATOR and tune_allocator()
        check_profiler()
    if pipeline is not None:
        return pipeline
    if _pipeline is None:
        _pipeline = Pipeline()
    return _pipeline


def extract_partition(texts: Iterable[str], batch_size: int = 32, pipeline: Pipeline | None = None
                      ) -> list[dict[str, Any]]:
    """The documents of one partition, as dicts, in order (what `extract_bag` maps over partitions)."""
    docs = _worker_pipeline(pipeline).pipe(list(texts), batch_size=batch_size)
    return [doc.model_dump(mode="json") for doc in docs]


def extract_bag(bag: Any, batch_size: int = 32, pipeline: Pipeline | None = None) -> Any:
    """A `dask.bag.Bag` of texts -> a Bag of document dicts, partition-wise (``pipeline``: the caller's
    settings, else a plain `Pipeline`)."""
    return bag.map_partitions(extract_partition, batch_size=batch_size, pipeline=pipeline)


def extract_series(series: Any, batch_size: int = 32, pipeline: Pipeline | None = None) -> Any:
    """A Dask Series of texts (a DataFrame column) -> a Series of document JSON strings, partition-wise."""
    import pandas as pd

    def run(part: Any) -> Any:
        docs = _worker_pipeline(pipeline).pipe(list(part), batch_size=batch_size)
        return pd.Series([doc.model_dump_json() for doc in docs], index=part.index, dtype=object)

    return series.map_partitions(run, meta=(series.name or "document", "object"))
