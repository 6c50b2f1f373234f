"""What a caller hands in: the document date and id of `extract`, `Pipeline.__call__` and `pipe` records."""

from __future__ import annotations

import datetime
import json

import pytest

from diplonlp import Document, ExtractionError, extract

BEIJING = ("Пекин, 9 апреля. Вчера министр иностранных дел Китая Ван И провел переговоры с послом России "
           "Игорем Моргуловым.")


def test_the_callers_date_anchors_the_text(nlp):
    doc = nlp(BEIJING, date="2025-04-09", id="bj-1")
    assert (doc.id, doc.date) == ("bj-1", "2025-04-09")
    assert {d.value for d in doc.dates} == {"2025-04-09", "2025-04-08"}
    meeting = next(r for r in doc.relations if r.kind == "meeting")
    assert doc.entity(meeting.date or "").value == "2025-04-08"  # type: ignore[union-attr]


def test_without_a_date_the_text_has_no_year(nlp):
    doc = nlp(BEIJING)
    assert (doc.id, doc.date, doc.dates) == (None, None, [])


def test_a_datetime_date_is_taken_and_wins_over_the_header(nlp):
    doc = extract(" date 2020-01-01\nВчера в Минске прошли консультации.", date=datetime.date(2026, 2, 14))
    assert doc.date == "2026-02-14"
    assert "2026-02-13" in {d.value for d in doc.dates}


@pytest.mark.parametrize(("bad", "error", "message"), [
    ("2024-02-30", ValueError, "'2024-02-30' is no calendar day"),
    ("9 апреля", ValueError, "ISO date"),
    (20260214, TypeError, "got int 20260214"),
])
def test_a_bad_date_is_a_clear_error_naming_it(bad, error, message):
    with pytest.raises(error, match=message):
        extract("Посол РФ в КНР.", date=bad)


def test_a_bad_id_is_a_type_error():
    with pytest.raises(TypeError, match="id must be"):
        extract("Посол РФ в КНР.", id=["a"])  # type: ignore[arg-type]


def test_pipe_reads_records_and_texts_alike(nlp):
    records = [{"id": "bj-1", "date": "2025-04-09", "text": BEIJING, "source": "kept out"}, BEIJING,
               {"id": 7, "text": "Посол РФ в КНР."}]
    docs = list(nlp.pipe(records, batch_size=2))
    assert [(d.id, d.date) for d in docs] == [("bj-1", "2025-04-09"), (None, None), ("7", None)]
    assert docs[0] == nlp(BEIJING, date="2025-04-09", id="bj-1")


def test_a_bad_record_fails_by_its_index_and_the_others_go_on(nlp):
    records = [{"text": BEIJING, "date": "2024-02-30"}, {"id": "x"}, {"text": "Посол РФ в КНР."}]
    out = list(nlp.pipe(records, on_error="return"))
    assert [type(d).__name__ for d in out] == ["ExtractionError", "ExtractionError", "Document"]
    assert isinstance(out[0], ExtractionError) and "2024-02-30" in str(out[0]) and out[0].index == 0
    assert "needs a 'text'" in str(out[1])


@pytest.mark.parametrize("bad", ["one text", b"bytes", {"text": "a record"}])
def test_pipe_refuses_a_single_text_at_the_call(nlp, bad):
    with pytest.raises(TypeError, match="iterable of texts"):
        nlp.pipe(bad)


@pytest.mark.parametrize(("kwargs", "message"), [({"batch_size": 2.5}, "batch_size"), ({"n_process": 0}, "n_process")])
def test_pipe_checks_its_arguments_at_the_call(nlp, kwargs, message):
    with pytest.raises(ValueError, match=message):
        nlp.pipe(["Посол РФ в КНР."], **kwargs)


def test_output_with_id_loads_back(nlp):
    doc = nlp(BEIJING, date="2025-04-09", id="bj-1")
    assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_an_impossible_header_date_is_boilerplate_with_no_date(nlp):
    doc = nlp(" date 2026-13-45 Фото: МИД РК\nВчера посол России в Китае прибыл в Пекин.")
    assert (doc.date, doc.dates) == (None, [])
    assert doc.posts and all(m.start > 30 for p in doc.posts for m in p.mentions)


@pytest.mark.parametrize("text", [
    " date 2024-05-22 Посол Казахстана Ерлан Баударбек прибыл в Минск.",  # header and body on one line
    " date 2024-05-22 Рассказать друзьям Посол Казахстана Ерлан Баударбек прибыл в Минск.",
    " date 2024-05-22 Рассказать друзьям\rПосол Казахстана Ерлан Баударбек прибыл в Минск.",
    " date 2024-05-22 Рассказать друзьям\u2028Посол Казахстана Ерлан Баударбек прибыл в Минск.",
    "\ufeff date 2024-05-22\nПосол Казахстана Ерлан Баударбек прибыл в Минск.",
    " date 2024-05-22 Фото: МИД РК\n• Посол Казахстана Ерлан Баударбек прибыл в Минск.\nВизит продлится два дня.",
])
def test_the_header_is_one_line_at_most_and_never_swallows_the_body(nlp, text):
    doc = nlp(text)
    assert doc.date == "2024-05-22"
    assert [p.name for p in doc.persons] == ["Ерлан Баударбек"]


def test_a_lone_surrogate_becomes_a_replacement_character_and_offsets_hold(nlp):
    text = "Посол Казахстана Ерлан Баударбек \udcff прибыл в Минск."
    doc = nlp(text)
    assert len(doc.text) == len(text) and doc.text[33] == "\ufffd"
    assert json.loads(doc.model_dump_json())["persons"][0]["name"] == "Ерлан Баударбек"
    assert [doc.text[m.start:m.stop] for m in doc.persons[0].mentions] == ["Ерлан Баударбек"]


def test_more_workers_than_cpus_are_capped_with_a_warning(nlp):
    with pytest.warns(RuntimeWarning, match="CPUs"):
        docs = list(nlp.pipe(["Посол прибыл в Минск."], n_process=10_000))
    assert len(docs) == 1


def test_subscription_prompts_photo_credits_and_links_in_the_body_yield_nothing(nlp):
    """The contract: such lines yield nothing (`text.BOILERPLATE_LINE`); a line that only begins alike is read."""
    text = ("Посол Казахстана Ерлан Баударбек прибыл в Минск.\n\nПодписывайтесь на Sputnik в Дзен\n\n"
            "Фото: Sputnik / Данияр Абенов\nФотожурналист Пол Хансен снимал визит.\n\nЧитайте также: Токаев "
            "встретился с Эрдоганом в Анкаре")
    doc = nlp(text)
    assert [p.name for p in doc.persons] == ["Ерлан Баударбек", "Пол Хансен"]
    assert not [r for r in doc.relations if r.kind == "meeting"]
    assert [loc.name for loc in doc.locations] == ["Минск"]
    assert all("Дзен" not in doc.text[s.start:s.stop] for s in doc.sentences)
