"""Time budgets (`timeout=`): a document over its budget fails by its index, the others go on unchanged."""

from __future__ import annotations

import pytest

from diplonlp import DocumentTimeout, ExtractionError, Pipeline, extract

from .conftest import FIXTURES

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))][:4]
SMALL = "Посол Казахстана в Сербии Нурлан Рустемов вручил верительные грамоты президенту Сербии."
SLOW = "Министр иностранных дел Казахстана Иван Петров встретился с Олегом Сидоровым в Белграде. " * 4000


def test_a_generous_budget_changes_nothing(nlp):
    plain = [d.model_dump() for d in nlp.pipe(TEXTS, batch_size=2)]
    budgeted = [d.model_dump() for d in nlp.pipe(TEXTS, batch_size=2, timeout=600)]
    assert budgeted == plain
    assert nlp(TEXTS[0], timeout=600).model_dump() == plain[0]


def test_a_spent_budget_fails_every_document_by_its_index(nlp):
    out = list(nlp.pipe(TEXTS, timeout=1e-9, on_error="return"))
    assert [e.index for e in out if isinstance(e, ExtractionError)] == list(range(len(TEXTS)))
    assert all(isinstance(e.cause, DocumentTimeout) and isinstance(e.cause, TimeoutError) for e in out)
    with pytest.raises(DocumentTimeout, match="time budget"):
        nlp(TEXTS[0], timeout=1e-9)
    with pytest.raises(DocumentTimeout):
        extract(TEXTS[0], timeout=1e-9)


@pytest.mark.parametrize("n_process", [1, 2])
def test_only_the_slow_document_of_a_batch_fails(nlp, n_process):
    """A 360,000-character text takes seconds; the short ones beside it take milliseconds of a 0.25 s budget
    (their share of the batch's tagging is by length)."""
    out = list(nlp.pipe([SMALL, SLOW, SMALL], timeout=0.25, on_error="return", n_process=n_process))
    assert isinstance(out[1], ExtractionError) and isinstance(out[1].cause, DocumentTimeout)
    assert [p.name for p in out[0].persons] == [p.name for p in out[2].persons] == ["Нурлан Рустемов"]
    assert list(nlp.pipe([SMALL, SLOW, SMALL], timeout=0.25, on_error="skip"))[1].text == SMALL


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf")])
def test_a_budget_must_be_positive_and_finite(nlp, bad):
    with pytest.raises(ValueError, match="timeout"):
        nlp.pipe([SMALL], timeout=bad)
    with pytest.raises(ValueError, match="timeout"):
        nlp(SMALL, timeout=bad)


@pytest.mark.parametrize("bad", ["5", True, [1]])
def test_a_budget_is_a_number(bad):
    with pytest.raises(TypeError, match="timeout"):
        Pipeline().pipe([SMALL], timeout=bad)
