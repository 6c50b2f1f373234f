"""Dask: partition-wise extraction on a LocalCluster of two worker processes equals serial extraction."""

from __future__ import annotations

import pytest

from .conftest import FIXTURES

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


TEXTS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))][:8]


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


def test_bag_on_two_workers_equals_serial(nlp, client):
    from diplonlp.dask import extract_bag

    serial = [nlp(t).model_dump(mode="json") for t in TEXTS]
    bag = dask_bag.from_sequence(TEXTS, npartitions=4)
    result = extract_bag(bag, batch_size=4).compute(scheduler=client.get)
    assert len(client.scheduler_info()["workers"]) == 2
    assert result == serial


def test_dataframe_column_on_two_workers_equals_serial(nlp, client):
    pd = pytest.importorskip("pandas", reason="dask's dataframe part is not installed")
    dd = pytest.importorskip("dask.dataframe", reason="dask's dataframe part is not installed")
    from diplonlp import Document
    from diplonlp.dask import extract_series

    frame = dd.from_pandas(pd.DataFrame({"id": range(len(TEXTS)), "text": TEXTS}), npartitions=3)
    result = extract_series(frame["text"], batch_size=4).compute(scheduler=client.get)
    docs = [Document.model_validate_json(js) for js in result.tolist()]
    assert [d.model_dump() for d in docs] == [nlp(t).model_dump() for t in TEXTS]
    assert list(result.index) == list(range(len(TEXTS)))


def test_a_callers_pipeline_reaches_the_workers_with_its_lexicons_and_stages(client):
    from diplonlp import Lexicon, Pipeline
    from diplonlp.dask import extract_bag
    from diplonlp.lexicons import PlaceEntry

    mine = Pipeline(disable=["date"], lexicons=Lexicon(places=(PlaceEntry("Жетысай", "KZ"),)))
    texts = ["Вчера посол посетил Жетысай.", "Делегация прибыла в Жетысай 5 мая."] * 2
    result = extract_bag(dask_bag.from_sequence(texts, npartitions=2), pipeline=mine).compute(scheduler=client.get)
    assert result == [mine(t).model_dump(mode="json") for t in texts]
    assert [(d["locations"][0]["country"], d["dates"]) for d in result] == [("KZ", [])] * 4


def _worker_allocator() -> tuple[bool | None, str | None]:
    import os

    import diplonlp.dask

    return diplonlp.dask._tuned, os.environ.get("MALLOC_TRIM_THRESHOLD_")


def test_workers_allocator_is_tuned_after_their_first_partition(client):
    """The nanny's MALLOC_TRIM_THRESHOLD_ is there, and diplonlp.dask has set glibc's thresholds over it."""
    import sys

    from diplonlp.dask import extract_bag

    extract_bag(dask_bag.from_sequence(TEXTS[:4], npartitions=2)).compute(scheduler=client.get)
    states = list(client.run(_worker_allocator).values())
    assert {env for _, env in states} == {"65536"}
    tuned = [state for state, _ in states if state is not None]  # workers that met a partition (one at least)
    assert tuned and set(tuned) == {sys.platform.startswith("linux")}


def test_tuning_the_allocator_without_glibc_warns_and_sets_nothing(monkeypatch, caplog):
    import diplonlp.dask

    monkeypatch.setattr(diplonlp.dask.sys, "platform", "darwin")
    assert diplonlp.dask.tune_allocator() is False
    assert "no glibc mallopt" in caplog.text


def test_a_worker_with_the_profiler_on_warns_and_the_worker_config_turns_it_off(caplog):
    import dask

    from diplonlp.dask import WORKER_CONFIG, check_profiler

    with dask.config.set({"distributed.worker.profile.enabled": True}):
        assert check_profiler() is True
    assert "WORKER_CONFIG" in caplog.text
    caplog.clear()
    with dask.config.set(WORKER_CONFIG):
        assert check_profiler() is False
    assert caplog.text == ""


def _worker_profiler() -> bool:
    import dask

    return bool(dask.config.get("distributed.worker.profile.enabled"))


def test_the_worker_config_reaches_workers_of_a_cluster_started_under_it():
    import dask

    from diplonlp.dask import WORKER_CONFIG

    with dask.config.set(WORKER_CONFIG), distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        assert list(client.run(_worker_profiler).values()) == [False]
