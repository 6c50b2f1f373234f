"""Date rules, razdel-style: each example marks the expected span with ``|`` and gives its ISO value and the
rule that reads it; the document date is 2026-04-10, a Friday."""

from __future__ import annotations

import datetime

import pytest

from diplonlp import Pipeline, isodates

DATE = "2026-04-10"

EXAMPLES = [
    ("Консультации прошли |8–9 апреля| в Минске.", "2026-04-08/2026-04-09", "days_of_month"),
    ("Форум пройдет |с 8 по 10 июня 2027 года|.", "2027-06-08/2027-06-10", "days_of_month"),
    ("Выставка работала |30 марта – 2 апреля| в Астане.", "2026-03-30/2026-04-02", "across_months"),
    ("Сессия шла |с 28 декабря по 3 января|.", "2026-12-28/2027-01-03", "across_months"),
    ("Документ подписан |13.02.2026| в Душанбе.", "2026-02-13", "numeric"),
    ("Встреча состоялась |13 февраля|.", "2026-02-13", "day_month"),
    ("ДУШАНБЕ, |11 апр| – РИА Новости.", "2026-04-11", "day_month"),  # an agency's clipped month
    ("Визит состоялся в |феврале 2025 года|.", "2025-02", "month_year"),
    ("Утвержден план на |2026–2027 годы|.", "2026/2027", "years"),
    ("Соглашение подписано в |2016 году|.", "2016", "year"),
    ("Визит состоялся в |мае прошлого года|.", "2025-05", "month_relative_year"),
    ("Стороны встретились на |прошлой неделе|.", "2026-03-30/2026-04-05", "relative_period"),
    ("Товарооборот вырос в |прошлом году|.", "2025", "relative_period"),
    ("Форум пройдет в |следующем месяце|.", "2026-05", "relative_period"),
    ("|Вчера| министры провели переговоры.", "2026-04-09", "relative_day"),
    ("Посол |сегодня| вручил верительные грамоты.", "2026-04-10", "relative_day"),
    ("|Накануне| министр провел переговоры с послом.", "2026-04-09", "relative_day"),
    ("|В понедельник| состоялись переговоры.", "2026-04-06", "relative_weekday"),
    ("Переговоры состоятся |во вторник|.", "2026-04-14", "relative_weekday"),
    ("|В прошлую пятницу| прошли консультации.", "2026-04-03", "relative_weekday"),
]


@pytest.mark.parametrize(("marked", "value", "rule"), EXAMPLES, ids=[e[2] + ":" + e[1] for e in EXAMPLES])
def test_date_rule(nlp, marked, value, rule):
    before, span, after = marked.split("|")
    text = before + span + after
    doc = nlp.analyze(text, date=DATE)
    found = [(text[f.start:f.stop], f.data["value"], f.data["rule"]) for f in doc.found["date"]]
    assert (span, value, rule) in found, found


def test_the_eve_of_an_event_is_no_day(nlp):
    """`накануне` as a preposition (`накануне визита`) names the eve of an event, no day before the document's."""
    doc = nlp.analyze("Накануне визита в Китай министр встретился с послом.", date=DATE)
    assert doc.found["date"] == []


def test_no_document_date_no_relative_dates(nlp):
    doc = nlp("Вчера министры провели переговоры. В понедельник прошли консультации 8 апреля.")
    assert doc.dates == []


def test_a_dateline_with_a_year_dates_an_item_without_a_header(nlp):
    text = ("Таджикистан и Китай провели переговоры\n\nДУШАНБЕ, 14.07.2021 /НИАТ «Ховар»/. 13 июля министр иностранных "
            "дел Китая Ван И провел переговоры с министром иностранных дел Таджикистана Сироджиддином Мухриддином.")
    doc = nlp(text)
    assert doc.date == "2021-07-14"
    meeting = next(r for r in doc.relations if r.kind == "meeting")
    assert meeting.date is not None and doc.entity(meeting.date).value == "2021-07-13"  # type: ignore[union-attr]
    assert nlp(text, date="2021-07-20").date == "2021-07-20"  # the caller's date first
    assert nlp(text.replace("14.07.2021", "14 июля")).date is None  # no year, no document date


@pytest.mark.parametrize(("text", "date"), [
    # a town and a date closing their line (a ministry's release): the item's date
    ("Жээнбек Кулубаев встретился с Послом Японии\n\nБишкек, 3 декабря 2026 года\n\nМинистр иностранных дел "
     "Кыргызской Республики Жээнбек Кулубаев встретился с Послом Японии Харуки Ямамото.", "2026-12-03"),
    ("Жээнбек Кулубаев встретился с Послом Японии\n\nБИШКЕК, 3 декабря 2026 года\n\nМинистр иностранных дел "
     "Кыргызской Республики Жээнбек Кулубаев встретился с Послом Японии Харуки Ямамото.", "2026-12-03"),
    # a dateline closing its line after the abbreviated year word, the town in capitals
    ("МОСКВА, 3 марта 2025 г.\nЛавров провел переговоры с министром иностранных дел Китая Ван И.", "2025-03-03"),
    # a photo's caption so laid out, naming a person (NEREL): none
    ("Тулси Габбард вышла из президентской гонки США\nЧлен Палаты представителей США Тулси Габбард в четверг завершила "
     "борьбу за номинацию.\n\nТулси Габбард, 12 февраля 2020 года\n\nГаббард набрала мало голосов.", None),
])
def test_a_place_and_a_date_alone_on_their_line_date_the_item_where_the_place_is_a_town(nlp, text, date):
    assert nlp(text).date == date


def test_a_term_of_years_is_no_event_date(nlp):
    doc = nlp("Министры иностранных дел России и Монголии подписали план консультаций на 2026–2027 годы.",
              date=DATE)
    agreement = next(r for r in doc.relations if r.kind == "agreement")
    assert agreement.date is None
    assert [d.value for d in doc.dates] == ["2026/2027"]


def test_relative_date_dates_a_meeting(nlp):
    doc = nlp("Вчера министр иностранных дел России Сергей Лавров провел переговоры с министром иностранных дел "
              "Китая Ван И.", date="2025-04-09")
    meeting = next(r for r in doc.relations if r.kind == "meeting")
    assert meeting.date is not None and doc.entity(meeting.date).value == "2025-04-08"  # type: ignore[union-attr]


def test_a_date_inside_an_organizations_name_is_none(nlp):
    doc = nlp("Об этом сообщило агентство «Россия сегодня».", date=DATE)
    assert [o.name for o in doc.organizations] == ["Россия сегодня"]
    assert doc.dates == []


@pytest.mark.parametrize(("value", "start", "stop"), [
    ("2016", "2016-01-01", "2016-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2026-04-08/2026-04-09", "2026-04-08", "2026-04-09"), ("2024/2025", "2024-01-01", "2025-12-31"),
])
def test_bounds_of_a_value(value, start, stop):
    assert isodates.bounds(value) == (start, stop)


def test_weekdays_around_the_anchor():
    friday = datetime.date(2026, 4, 10)
    assert isodates.weekday(friday, 4, None, ahead=False) == "2026-04-10"
    assert isodates.weekday(friday, 0, None, ahead=True) == "2026-04-13"
    assert isodates.weekday(friday, 2, -1, ahead=False) == "2026-04-01"
    assert isodates.month(datetime.date(2026, 1, 5), -1) == "2025-12"


TRIED_ONLY_AT_STARTS = [
    "Консультации прошли 8–9 апреля, а с 8 по 10 июня 2027 года пройдет форум.",
    "Визит\u00a0в мае-июне 2025 года, с\n12 по 14 марта и 30 марта – 2 апреля.",
    "Номер x12 марта, 2мая 2025, 13.02.2026, 2024–2025 годы, в 2016 году, март  2026 г.",
    "С 1 по 3 ЯНВАРЯ 2027 г. Февраль 2026_ 2026 года",
]


@pytest.mark.parametrize("text", TRIED_ONLY_AT_STARTS)
@pytest.mark.parametrize("pos", [0, 7])
def test_patterns_tried_at_starts_find_what_finditer_finds(text, pos):
    """The date patterns are tried only where a date can begin (`dates._starts`): the same matches as a scan of
    every character, here where words, hyphens, case, line breaks and the start offset make it delicate."""
    from types import SimpleNamespace

    from diplonlp.mentions import dates

    doc = SimpleNamespace(text=text, header=SimpleNamespace(stop=pos))
    for pattern in (dates.DAYS_OF_MONTH, dates.ACROSS_MONTHS, dates.NUMERIC, dates.DAY_MONTH, dates.MONTH_YEAR,
                    dates.YEARS, dates.YEAR):
        expected = [m.span() for m in pattern.finditer(text, pos)]
        assert [m.span() for m in dates._matches(pattern, doc)] == expected  # type: ignore[arg-type]
    assert any(dates.MONTH_YEAR.finditer(text, pos))  # each text holds a month-led date


@pytest.mark.parametrize(("text", "date", "today", "dateline"), [
    ("Санкт-Петербург, 26 декабря /Корр. БЕЛТА/. Президент Беларуси Александр Лукашенко принял участие в заседании "
     "Высшего Евразийского экономического совета, которое прошло сегодня.", "2024-12-27", "2024-12-26", "2024-12-26"),
    ("Санкт-Петербург, 31 декабря /Корр. БЕЛТА/. Заседание прошло сегодня.", "2025-01-02", "2024-12-31",
     "2024-12-31"),
    ("ДУШАНБЕ, 11 апр – РИА Новости. Заседание прошло сегодня.", "2026-04-10", "2026-04-11", "2026-04-11"),
])
def test_relative_dates_count_from_the_datelines_day(nlp, text, date, today, dateline):
    """`dateline_today`: `сегодня` is the day the dateline gives, which is in the year nearest the document date
    (published on 2 January, `31 декабря` is the year before); without the rule, the document's day."""
    def values(pipeline: Pipeline) -> dict[str, str]:
        doc = pipeline(text, date=date)
        return {m.text: d.value for d in doc.dates for m in d.mentions}
    found = values(nlp)
    assert (found["сегодня"], next(v for k, v in found.items() if k != "сегодня")) == (today, dateline)
    assert values(Pipeline(disable=["dateline_today"]))["сегодня"] == date


@pytest.mark.parametrize(("text", "day", "value"), [
    ("10-12 марта 2025 года Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев находился с рабочим "
     "визитом в Японии.\n\n11 марта в Токио состоялись переговоры Ж.Кулубаева с Министром иностранных дел Японии "
     "Такэси Иваей.", "11 марта", "2025-03-11"),
    ("9 июня 2025 года в Ашхабаде состоялись переговоры Министра иностранных дел Туркменистана Рашида Мередова с "
     "Министром иностранных дел Ирана Аббасом Аракчи.\n\n10 июня иранский министр был принят Президентом "
     "Туркменистана Сердаром Бердымухамедовым.", "10 июня", "2025-06-10"),
    # a dateline's day with the year's last two digits (diplo-dev's Kabar style)
    ("Бишкек, 12.11.24. /Кабар/. Посол Кыргызской Республики в Турции провел встречу.\n\nМежду тем 8 ноября посол "
     "находился в Скопье.", "8 ноября", "2024-11-08"),
])
def test_a_year_less_date_takes_the_year_of_the_leads_date(nlp, text, day, value):
    """`year_of_lead`: an item with no date of its own (no header, caller's or dateline's) whose lead opens with a
    day and its year puts its year-less days in that year; without the rule they have no value."""
    def values(pipeline: Pipeline) -> dict[str, str]:
        return {m.text: d.value for d in pipeline(text).dates for m in d.mentions}
    assert values(nlp)[day] == value
    assert day not in values(Pipeline(disable=["year_of_lead"]))
