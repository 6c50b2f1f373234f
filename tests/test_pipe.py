"""Batches: input order, equality with one-by-one extraction, failures named by index, processes, pickling."""

from __future__ import annotations

import pickle

import pytest

from diplonlp import ExtractionError, Pipeline

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


def test_pipeline_pickles(nlp):
    clone = pickle.loads(pickle.dumps(nlp))
    assert isinstance(clone, Pipeline)
    assert clone(TEXTS[0]).model_dump() == nlp(TEXTS[0]).model_dump()
