"""The spaCy component: on `spacy.blank("ru")` every entity of `extract()` is a span, ents do not overlap, the
Document and relations ride on the Doc, and `nlp.pipe(n_process=2)` gives what one process gives."""

from __future__ import annotations

from itertools import pairwise

import pytest

from diplonlp.models import ENTITY_GROUPS

from .conftest import FIXTURES

spacy = pytest.importorskip("spacy", reason="spaCy is the 'spacy' extra (pip install 'diplonlp[spacy]')")

TEXTS = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("ru")
    nlp.add_pipe("diplonlp")  # found through the package's spacy_factories entry point, no import needed
    return nlp


def test_every_entity_of_extract_is_a_span_on_the_fixtures(blank, nlp):
    for text, doc in zip(TEXTS, blank.pipe(TEXTS, batch_size=4), strict=True):
        expected = nlp(text)
        assert doc._.diplonlp == expected
        ids = {span.kb_id_ for span in doc.spans["diplonlp"]}
        assert ids == {e.id for group in ENTITY_GROUPS for e in getattr(expected, group)}
        for span in doc.spans["diplonlp"]:
            entity = span._.diplonlp
            assert entity is not None and entity.id == span.kb_id_
            assert span.label_ == next(m.kind for m in entity.mentions).upper()
        ents = sorted((e.start, e.end) for e in doc.ents)
        assert all(a[1] <= b[0] for a, b in pairwise(ents))
        assert doc._.relations == expected.relations


def test_a_span_reads_its_entity_and_value(blank):
    doc = blank("Посол Казахстана в Сербии Мади Атамкулов посетил Нови-Сад.")
    spans = {span.text: span for span in doc.spans["diplonlp"]}
    assert spans["Мади Атамкулов"].label_ == "PERSON"
    assert spans["Мади Атамкулов"]._.diplonlp_value == "Мади Атамкулов"
    assert spans["Казахстана"]._.diplonlp_value == "Казахстан"
    assert [e.text for e in doc.ents][:2] == ["Посол Казахстана в Сербии", "Мади Атамкулов"]  # the outer post
    assert [r.kind for r in doc._.relations] == ["holds_post", "visit"]


def test_pipe_in_two_processes_gives_what_one_gives(blank):
    one = list(blank.pipe(TEXTS[:6], batch_size=2))
    two = list(blank.pipe(TEXTS[:6], batch_size=2, n_process=2))
    assert [d._.diplonlp for d in two] == [d._.diplonlp for d in one]
    assert [[(s.start, s.end, s.label_, s.kb_id_) for s in d.spans["diplonlp"]] for d in two] == \
        [[(s.start, s.end, s.label_, s.kb_id_) for s in d.spans["diplonlp"]] for d in one]


def test_config_disables_stages_and_keeps_ents_when_asked():
    nlp = spacy.blank("ru")
    nlp.add_pipe("diplonlp", config={"disable": ["date"], "set_ents": False})
    doc = nlp("Вчера министр иностранных дел Китая Ван И провел переговоры в Пекине.")
    labels = {s.label_ for s in doc.spans["diplonlp"]}
    assert "DATE" not in labels and "PERSON" in labels
    assert doc.ents == ()


def test_to_displacy_renders_with_displacy(nlp):
    from spacy import displacy

    from diplonlp.views import DISPLACY_COLORS

    doc = nlp("Посол Казахстана в Сербии Мади Атамкулов посетил Нови-Сад.", id="rs-7")
    data = doc.to_displacy()
    assert data["title"] == "rs-7" and data["text"] == doc.text
    assert [(e["label"], doc.text[e["start"]:e["end"]]) for e in data["ents"]] == [
        ("POST", "Посол Казахстана в Сербии"), ("PERSON", "Мади Атамкулов"), ("LOCATION", "Нови-Сад")]
    html = displacy.render(data, style="ent", manual=True, options={"colors": DISPLACY_COLORS})
    assert "Мади Атамкулов" in html and "person-1" in html and "rs-7" in html
