"""Properties that hold for any text: offsets point at their text, ids exist, output is stable and round-trips."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplonlp import Document

from .conftest import FIXTURES

SENTENCES = [s.strip() + "." for p in sorted(FIXTURES.glob("*.txt")) for s in p.read_text(encoding="utf-8").split(".")
             if len(s.strip()) > 20]
ODD = ["\x00", "\x07", "\r\n", "\u00a0", "\u00ad", "\u200b", "\ufeff", "😀", "<b>", "&amp;", "ё", "Ё", "а", "a",
       "\u0430", "\u043e", "o", "р", "p", "«", "»", "—", "\t", "  "]


def _check(doc: Document, text: str) -> None:
    groups = [doc.persons, doc.posts, doc.countries, doc.organizations, doc.locations, doc.sectors, doc.dates]
    ids = {e.id for g in groups for e in g}
    for group in groups:
        for entity in group:
            for m in entity.mentions:
                assert 0 <= m.start < m.stop <= len(text)
                assert text[m.start:m.stop] == m.text
    for rel in doc.relations:
        data = rel.model_dump(exclude={"kind", "evidence", "title", "rule"})
        for value in data.values():
            for item in value if isinstance(value, list) else [value]:
                assert item is None or item in ids
        if rel.evidence:
            assert 0 <= rel.evidence.start < rel.evidence.stop <= len(text)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВКМНПРСТ .,-–()«»\n") + ODD),
             max_size=200).map("".join),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join),
    st.builds(lambda parts, odd: odd.join(parts), st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
              st.sampled_from(ODD)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
@example("𗀀 Посол России 𗀀Иванов провел встречу 𘠀.")  # Tangut: pymorphy3 cannot name its characters
def test_any_text_gives_a_true_document(nlp, text):
    doc = nlp(text)
    _check(doc, text)
    assert nlp(text) == doc


def test_threads_give_the_serial_results(nlp):
    texts = SENTENCES[:24]
    serial = [nlp(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(nlp, texts))
    assert threaded == serial


def test_a_long_sentence_without_punctuation_finishes(nlp):
    text = " ".join(["слово"] * 20_000)
    doc = nlp(text)
    assert doc.text == text and doc.persons == []
