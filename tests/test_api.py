"""The public API: types, empty input, bad input, offsets, JSON shape, batches."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import diplonlp
from diplonlp import Document, Pipeline, TextTooLong, extract
from diplonlp.models import ENTITY_GROUPS, KIND

from .conftest import FIXTURES

SEED = (FIXTURES / "seed_003.txt").read_text(encoding="utf-8")


def test_import_loads_no_model():
    code = "import diplonlp, sys; from diplonlp.neural import shared_models; print(shared_models().loaded)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_loaded_models_stay_frozen_after_a_first_parallel_pipe():
    """A process's first document freezes what is loaded (pipeline.FREEZE_LOADED), and a fork pool that read
    that first document does not unfreeze it when it closes; with FREEZE_LOADED off nothing stays frozen."""
    code = ("import gc, sys; import diplonlp.pipeline as p; p.FREEZE_LOADED = sys.argv[1] == 'on'; "
            "list(p.Pipeline().pipe(['Посол РФ в КНР.'] * 4, batch_size=2, n_process=2)); "
            "print(gc.get_freeze_count() > 0)")
    for setting, frozen in (("on", "True"), ("off", "False")):
        out = subprocess.run([sys.executable, "-c", code, setting], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == frozen


@pytest.mark.parametrize("bad", [b"\xd0\x9c\xd0\x98\xd0\x94", None, 42, ["text"]])
def test_non_text_raises_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract(bad)


def test_bytes_error_says_to_decode():
    with pytest.raises(TypeError, match="decode"):
        extract(b"text")


def test_too_long_text_has_its_own_error(monkeypatch):
    monkeypatch.setattr(diplonlp.pipeline, "MAX_CHARS", 10)
    with pytest.raises(TextTooLong, match="limit is 10"):
        extract("Посол Казахстана в Сербии")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_empty_document(text):
    doc = extract(text)
    assert doc.text == text
    assert not (doc.persons or doc.posts or doc.countries or doc.organizations or doc.locations or doc.sectors
                or doc.dates or doc.relations)


def test_header_only_gives_date_and_nothing_else():
    doc = extract(" date 2026-02-14 Фото: МИД РК")
    assert doc.date == "2026-02-14"
    assert not doc.persons and not doc.posts and not doc.organizations


def test_every_mention_points_at_its_text(nlp):
    doc = nlp(SEED)
    groups = [doc.persons, doc.posts, doc.countries, doc.organizations, doc.locations, doc.sectors, doc.dates]
    mentions = [m for group in groups for e in group for m in e.mentions]
    assert len(mentions) > 40
    for m in mentions:
        assert 0 <= m.start < m.stop <= len(SEED)
        assert SEED[m.start:m.stop] == m.text


def _argument_ids(rel) -> list[str]:
    data = rel.model_dump(exclude={"kind", "evidence", "title", "rule"})
    return [v for value in data.values() for v in (value if isinstance(value, list) else [value]) if v]


def test_relations_point_at_existing_entities(nlp):
    doc = nlp(SEED)
    kinds = {rel.kind for rel in doc.relations}
    assert kinds == {"holds_post", "meeting", "visit", "cooperation", "agreement"}
    for rel in doc.relations:
        assert all(doc.entity(i) is not None for i in _argument_ids(rel)), rel
        assert rel.evidence is not None and rel.evidence.start < rel.evidence.stop
        assert rel.evidence.start <= SEED.index(".", rel.evidence.start) < rel.evidence.stop


def test_output_has_the_contract_shape_and_round_trips(nlp):
    doc = nlp(SEED)
    data = doc.model_dump(mode="json")
    assert list(data) == ["id", "text", "date", "persons", "posts", "countries", "organizations", "locations",
                          "sectors", "dates", "relations", "sentences"]
    assert data["countries"][0]["id"] == "country-KZ"
    assert {s["id"] for s in data["sectors"]} >= {"sector-trade", "sector-economic"}
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


def test_mentions_know_their_kind_and_sentence_and_evidence_its_text(nlp):
    doc = nlp(SEED)
    assert doc.sentences[0].start > 0  # after the header line
    for group in ENTITY_GROUPS:
        for entity in getattr(doc, group):
            for m in entity.mentions:
                assert m.kind == KIND[group]
                if m.sentence is None:  # the header line's date
                    assert m.stop <= doc.sentences[0].start and group == "dates"
                else:
                    s = doc.sentences[m.sentence]
                    assert s.start <= m.start and m.stop <= s.stop
    for relation in doc.relations:
        assert relation.evidence and relation.evidence.text == doc.text[relation.evidence.start:relation.evidence.stop]
    short = nlp("Посол прибыл. Он встретился с министром.")
    assert [short.text[s.start:s.stop] for s in short.sentences] == ["Посол прибыл.", "Он встретился с министром."]


def test_dates_take_the_year_from_the_header(nlp):
    doc = nlp(SEED)
    assert doc.date == "2026-02-14"
    assert {d.value for d in doc.dates} == {"2026-02-14", "2026-02-13", "2016"}


def test_pipe_keeps_input_order_and_shares_models(nlp):
    texts = [SEED, "", "Министр иностранных дел Армении Арарат Мирзоян прибыл в Минск."]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    assert docs[2].persons[0].name == "Арарат Мирзоян"
    assert Pipeline()._models is nlp._models


def test_pipe_rejects_bad_batch_size(nlp):
    with pytest.raises(ValueError, match="batch_size"):
        list(nlp.pipe(["x"], batch_size=0))


def test_cli_json_and_jsonl(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(SEED, encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Посол Казахстана в Японии Ерлан Баударбек-Кожатаев посетил Осаку.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "diplonlp", "extract", str(a)], capture_output=True, text=True,
                         check=True)
    assert json.loads(out.stdout)["persons"][0]["name"] == "Валихан Туреханов"
    out = subprocess.run([sys.executable, "-m", "diplonlp", "extract", str(a), str(b), "--format", "jsonl"],
                         capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["text"] for d in lines] == [SEED, b.read_text(encoding="utf-8")]


def test_cli_reads_stdin_and_reports_missing_files(tmp_path):
    out = subprocess.run([sys.executable, "-m", "diplonlp", "extract", "--format", "jsonl"], input="Посол РФ в КНР.",
                         capture_output=True, text=True, check=True)
    assert {c["code"] for c in json.loads(out.stdout)["countries"]} == {"RU", "CN"}
    missing = tmp_path / "nope.txt"
    out = subprocess.run([sys.executable, "-m", "diplonlp", "extract", str(missing)], capture_output=True, text=True)
    assert out.returncode == 2
    assert "nope.txt" in out.stderr


def test_cli_streams_jsonl_records_with_ids_and_reports_bad_lines(tmp_path):
    source = tmp_path / "items.jsonl"
    source.write_text(
        '{"id": "a1", "text": "Посол Казахстана в Сербии Мади Атамкулов посетил Нови-Сад.", "date": "2026-01-05"}\n'
        "not json\n"
        '{"id": 2, "text": "Министр иностранных дел России Сергей Лавров прибыл в Минск."}\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "diplonlp", "extract", str(source), "--input-format", "jsonl",
                          "--format", "jsonl", "--jobs", "2"], capture_output=True, text=True)
    assert out.returncode == 1
    assert "items.jsonl:2: bad JSONL record" in out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(d["id"], d["date"]) for d in docs] == [("a1", "2026-01-05"), ("2", None)]
    assert docs[1]["persons"][0]["name"] == "Сергей Лавров"


def test_cli_goes_on_past_an_unreadable_file(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Посол РФ в КНР.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8")
    out = subprocess.run([sys.executable, "-m", "diplonlp", "extract", str(bad), str(good), "--format", "jsonl"],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "bad.txt: not UTF-8 text" in out.stderr
    assert len(out.stdout.splitlines()) == 1


def test_the_package_logs_failed_inputs_and_stage_timings(caplog):
    import logging

    from diplonlp import Pipeline

    with caplog.at_level(logging.DEBUG, logger="diplonlp"):
        list(Pipeline().pipe(["Посол Казахстана в Сербии прибыл в Белград.", b"bytes"], on_error="skip"))
    messages = [r.getMessage() for r in caplog.records if r.name == "diplonlp"]
    assert any(m.startswith("input 1 failed (on_error=skip): document 1: TypeError") for m in messages)
    assert any(m.startswith("stage persons: ") for m in messages)


def test_tokens_are_a_typed_view_with_lemmas_tags_and_ner(nlp):
    text = " date 2025-04-09 Рассказать\nВчера министр иностранных дел Китая Ван И провел переговоры с послами."
    tokens = nlp.tokens(text)
    assert all(isinstance(t, diplonlp.TokenView) and text[t.start:t.stop] == t.text for t in tokens)
    assert tokens[0].text == "Вчера"  # the header line has no tokens
    by_text = {t.text: t for t in tokens}
    envoys = by_text["послами"]
    assert (envoys.lemma, envoys.pos, envoys.feats["Case"]) == ("посол", "NOUN", "Ins")
    assert (by_text["иностранных"].lemma, by_text["дел"].lemma) == ("иностранный", "дело")
    assert [by_text[w].ner for w in ("Китая", "Ван", "И", "провел")] == ["B-LOC", "B-PER", "I-PER", "O"]
    assert tokens[by_text["провел"].i].rel == "root" and by_text["министр"].head == by_text["провел"].i
    assert {t.sentence for t in tokens} == {0} and nlp.tokens("") == []
