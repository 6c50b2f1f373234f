"""Dask helpers (extra ``diplonlp[dask]``): the pipeline over a Bag or a DataFrame, partition by partition.

Each worker process builds one `Pipeline` the first time it meets a partition and keeps it, so the
models load once per worker; a partition is read with `Pipeline.pipe` (texts tagged in batches). A
``pipeline=`` of the caller's (its disabled stages, its lexicons) travels pickled with the tasks and arrives
as a fresh one of the same settings, sharing the worker's models and gazetteers.
Documents travel as JSON-ready dicts (`Document.model_dump(mode="json")`), which Dask moves cheaply.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .pipeline import Pipeline

_pipeline: Pipeline | None = None


def _worker_pipeline(pipeline: Pipeline | None = None) -> Pipeline:
    global _pipeline
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
