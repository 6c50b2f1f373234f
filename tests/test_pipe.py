"""Batches: input order, equality with one-by-one extraction, failures named by index, processes, pickling."""

from __future__ import annotations

import os
import pickle
import signal

import pytest

from diplonlp import Document, ExtractionError, Pipeline

from .conftest import FIXTURES

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))][:8]


def test_pipe_equals_one_by_one(nlp):
    serial = [nlp(t).model_dump() for t in TEXTS]
    batched = [d.model_dump() for d in nlp.pipe(TEXTS, batch_size=3)]
    assert batched == serial


def test_bad_document_is_named_and_the_batch_goes_on(nlp):
    texts = [TEXTS[0], b"bytes", TEXTS[1]]
    with pytest.raises(ExtractionError, match="document 1: TypeError"):
        list(nlp.pipe(texts))
    kept = list(nlp.pipe(texts, on_error="skip"))
    assert [d.text for d in kept] == [TEXTS[0], TEXTS[1]]
    returned = list(nlp.pipe(texts, on_error="return"))
    assert isinstance(returned[1], ExtractionError) and returned[1].index == 1
    assert returned[2].text == TEXTS[1]


def test_pipe_rejects_bad_arguments(nlp):
    for kwargs in ({"batch_size": 0}, {"n_process": 0}, {"on_error": "ignore"}):
        with pytest.raises(ValueError):
            list(nlp.pipe(["x"], **kwargs))


def test_two_processes_give_the_serial_result(nlp):
    serial = [nlp(t).model_dump() for t in TEXTS[:4]]
    parallel = [d.model_dump() for d in nlp.pipe(TEXTS[:4], batch_size=2, n_process=2)]
    assert parallel == serial


def test_workers_are_spawned_when_another_thread_runs(nlp):
    """A fork could inherit a lock another thread holds: with threads alive, workers start afresh."""
    import threading

    done = threading.Event()
    waiter = threading.Thread(target=done.wait)
    waiter.start()
    try:
        serial = [nlp(t).model_dump() for t in TEXTS[:3]]
        assert [d.model_dump() for d in nlp.pipe(TEXTS[:3], batch_size=1, n_process=2)] == serial
    finally:
        done.set()
        waiter.join()


def test_failure_in_a_worker_comes_back_named(nlp):
    texts = [TEXTS[0], b"bytes", TEXTS[1], 42]
    returned = list(nlp.pipe(texts, batch_size=1, n_process=2, on_error="return"))
    assert [type(d).__name__ for d in returned] == ["Document", "ExtractionError", "Document", "ExtractionError"]
    assert returned[3].index == 3 and "int" in str(returned[3])
    error = pickle.loads(pickle.dumps(returned[1]))
    assert error.index == 1 and isinstance(error.cause, TypeError)


def test_as_tuples_keeps_each_context_with_its_document(nlp):
    pairs = [(TEXTS[0], {"id": "a"}), (b"bytes", {"id": "b"}), (TEXTS[1], {"id": "c"})]
    skipped = list(nlp.pipe(pairs, as_tuples=True, on_error="skip", batch_size=2))
    assert [(d.text, c["id"]) for d, c in skipped] == [(TEXTS[0], "a"), (TEXTS[1], "c")]
    returned = list(nlp.pipe(pairs, as_tuples=True, on_error="return", batch_size=1, n_process=2))
    assert [c["id"] for _, c in returned] == ["a", "b", "c"]
    assert isinstance(returned[1][0], ExtractionError) and returned[2][0].text == TEXTS[1]
    with pytest.raises(ExtractionError, match="item 1 is str"):
        list(nlp.pipe([(TEXTS[0], 1), "plain text"], as_tuples=True))
    kept = list(nlp.pipe([(TEXTS[0], 1), "plain text", (TEXTS[1], 3)], as_tuples=True, on_error="skip"))
    assert [(d.text, c) for d, c in kept] == [(TEXTS[0], 1), (TEXTS[1], 3)]


def test_pipeline_pickles(nlp):
    clone = pickle.loads(pickle.dumps(nlp))
    assert isinstance(clone, Pipeline)
    assert clone(TEXTS[0]).model_dump() == nlp(TEXTS[0]).model_dump()


class _KillsItsWorker:
    """An input whose unpickling ends the worker process that receives it (as the OOM killer would)."""

    def __reduce__(self):
        return (os._exit, (1,))


def test_a_dead_worker_never_hangs_the_pipe_and_loses_only_its_texts():
    signal.alarm(300)  # a hang fails the test instead of the run
    try:
        texts: list[object] = [f"Посол Казахстана прибыл в Минск {k} мая." for k in range(1, 9)]
        texts[3] = _KillsItsWorker()
        out = list(Pipeline().pipe(texts, batch_size=1, n_process=2, on_error="return"))
    finally:
        signal.alarm(0)
    assert len(out) == 8
    assert isinstance(out[3], ExtractionError) and out[3].index == 3 and "worker died" in str(out[3])
    assert all(isinstance(d, Document) and d.text == texts[k] for k, d in enumerate(out) if k != 3)


def test_a_batch_sent_to_a_pool_a_worker_broke_is_a_failure_to_retry_not_a_crash():
    """A worker may die between two batches sent: the next send gets the failure as its result, which the
    collector retries in a fresh pool (the race that once ended a pipe with BrokenProcessPool)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from diplonlp.pipeline import _submit

    with ProcessPoolExecutor(1, multiprocessing.get_context("fork")) as pool:
        with pytest.raises(BrokenProcessPool):
            pool.submit(os._exit, 1).result()
        future = _submit(pool, len, [(0, "текст")])
    assert isinstance(future.exception(), BrokenProcessPool)


def test_a_finished_working_document_is_freed_at_once_not_left_to_the_collector(nlp):
    """No reference cycle survives a document: refcounting frees it, so the collector's full passes find no
    garbage to look for (they cost ~8 % of a pass when every document left one)."""
    import gc
    import weakref

    from diplonlp.inputs import Item

    text = "Министр иностранных дел Казахстана Ержан Ашикбаев встретился в Астане с послом Японии."
    doc = nlp._prepare([Item(text)])[0]
    gc.disable()
    try:
        out = nlp._finish(doc)
        gone = weakref.ref(doc)
        del doc
        assert gone() is None
    finally:
        gc.enable()
    assert out.relations  # the relation stages ran and built their context
