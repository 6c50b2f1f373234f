"""diplonlp's tokenizer cuts exactly where razdel does, on real text and on razdel's hard cases."""

from __future__ import annotations

import pytest
from razdel import tokenize

from diplonlp.tokenizer import token_spans

from .conftest import FIXTURES

HARD = [
    "Как-то так, 1,5 млн долл. США — 3/4 и т.д.",
    "Yahoo! и e-mail: mfa@gov.kz; www.mid.ru...",
    "«Ноль» (зеро) — 1.2.3, 10–12 мая, т. е. г-н Х.",
    "Пост-советский, из-за, во-первых; КНР-РФ ;)",
    ":-) ‽ ¿ what_is_it 12:30 2026-02-14 №5 §7",
    "",
    "   ",
]


def _razdel(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.stop) for t in tokenize(text)]


@pytest.mark.parametrize("text", HARD)
def test_hard_cases_cut_as_razdel_cuts_them(text: str) -> None:
    assert token_spans(text) == _razdel(text)


def test_every_fixture_cut_as_razdel_cuts_it() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    assert len(texts) > 10
    for text in texts:
        assert token_spans(text) == _razdel(text)
