"""Lexicon data derived from other data stays current."""

from __future__ import annotations

import re

import pytest

from diplonlp.lexicon import countries, gazetteer_lemmas, place_lemmas


def test_the_place_lemma_table_is_what_the_gazetteers_would_compute():
    fresh = gazetteer_lemmas()
    assert len(fresh) > 1500
    assert place_lemmas() == fresh, "data/place_lemmas.tsv is stale: run scripts/place_lemmas.py"


def test_a_states_short_name_has_no_bracketed_remark():
    """`Мьянма`, not Babel's `Мьянма (Бирма)`; `Гонконг`, not `Гонконг (САР)`: no bracketed remark."""
    short = countries().short
    assert {code: name for code, name in short.items() if "(" in name} == {}
    assert (short["MM"], short["HK"]) == ("Мьянма", "Гонконг")


def test_every_post_title_row_matches_its_own_head():
    """A head the lemma index cannot match (a word not in its lemma form: `правления`, `поверенный`) is a dead
    row; each title row must match its own spelling, whole."""
    from diplonlp.lexicon import post_heads, title_rows
    from diplonlp.text import segment

    index = post_heads()
    dead = []
    for row in title_rows():
        tokens, _ = segment(row.head, 0)
        match = index.match_at(tokens, 0, len(tokens))
        if match is None or match.stop != len(tokens):
            dead.append(row.head)
    assert dead == []


@pytest.mark.parametrize(("rows", "error"), [
    ("посол\tdiplomat\tпосол\nпредседатель правления\thead\tпредседатель правления\n",
     "posts.tsv:2: head word 'правления' is not a lemma"),
    ("управляющий\thead\tуправляющий\n", "posts.tsv:1: head word 'управляющий' is not a lemma"),
    ("# a comment\nпосол\tdiplomat\tпосол\n\nпосол\tdiplomat\tпосол\n",
     "posts.tsv:4: head 'посол' is already on line 2"),
    ("посол\tdiplomat\n", "posts.tsv:1: expected head, family, title"),
])
def test_a_title_row_that_is_not_a_lemma_fails_with_its_line(rows, error):
    from diplonlp.lexicon import LexiconError, read_titles

    with pytest.raises(LexiconError, match=re.escape(error)):
        read_titles("posts.tsv", rows)


def test_a_marked_title_word_is_matched_as_written():
    from diplonlp.lexicon import read_titles

    assert [(r.head, r.family) for r in read_titles("posts.tsv", "=управляющий\thead\tуправляющий\n")] == [
        ("управляющий", "head")]


@pytest.mark.parametrize(("name", "code"), [
    ("Хашимитского Королевства Иордания", "JO"), ("Соединенных Мексиканских Штатов", "MX"),
    ("Австралийского Союза", "AU"), ("Государства Бруней-Даруссалам", "BN"),
    ("Демократической Республики Тимор-Лесте", "TL"),
    ("Папуа – Новой Гвинеи", "PG"), ("Кооперативной Республики Гайана", "GY"),
])
def test_an_official_name_pycountry_lacks_is_its_state_whole(nlp, name, code):
    """`countries_extra.tsv` names: the whole official name is one mention of its state (`Соединенные Мексиканские
    Штаты` had given `Мексиканские` alone, so a credentials line `Анна Мария Вальдес – Соединенные Мексиканские Штаты`
    no ambassador; `Папуа – Новая Гвинея` had been Guinea)."""
    doc = nlp(f"Министр принял посла {name}.")
    assert [(c.code, [m.text for m in c.mentions]) for c in doc.countries] == [(code, [name])]


def test_state_bodies_take_the_states_official_long_name(nlp):
    doc = nlp("Делегация Милли Меджлиса прибыла в Баку. Министр иностранных дел Азербайджана выступил в "
              "Милли Меджлисе.")
    assert "Милли Меджлис Азербайджанской Республики" in {o.name for o in doc.organizations}


def test_a_chamber_named_before_its_parliament_is_one_body_not_a_name(nlp):
    """`Маджлиси намояндагон Маджлиси Оли` (Tajikistan's lower chamber): its capitalized first word had been read
    as the chairman's name."""
    doc = nlp("Душанбе, 16 апреля (Ховар). Председатель Маджлиси намояндагон Маджлиси Оли Республики Таджикистан "
              "Мухаммадтоир Зокирзода принял делегацию.")
    assert [p.name for p in doc.persons] == ["Мухаммадтоир Зокирзода"]
    assert ("Маджлиси намояндагон Маджлиси Оли Республики Таджикистан", "TJ") in {
        (o.name, o.country) for o in doc.organizations}
    assert [p.country for p in doc.posts] == ["TJ"]


def test_the_union_state_is_an_organization_not_a_place(nlp):
    doc = nlp("Стороны обсудили взаимодействие России и Беларуси в рамках Союзного государства.")
    assert [(o.name, o.kind) for o in doc.organizations] == [("Союзное государство", "international")]
    assert doc.locations == []


@pytest.mark.parametrize(("text", "code"), [
    ("Он принял посла Ливана.", "LB"),
    ("Переговоры прошли в Ливане.", "LB"),
])
def test_a_state_name_is_keyed_on_its_nominative_place_reading(nlp, text, code):
    """`Ливан` is keyed on `ливан`, not on the genitive of the plural place `Ливаны` that pymorphy3 lists first,
    so its oblique forms match."""
    assert [c.code for c in nlp(text).countries] == [code]


def test_a_surname_sharing_a_states_lemma_in_the_plural_is_no_state(nlp):
    """`Ливанов` is the plural genitive of `Ливан` to the dictionary: a surname, not Lebanon (`Нидерландов`, a
    plural-only name, stays a state)."""
    doc = nlp("Министр образования Дмитрий Ливанов заявил об этом журналистам.")
    assert ([p.name for p in doc.persons], doc.countries) == (["Дмитрий Ливанов"], [])
    assert [c.code for c in nlp("Делегация Нидерландов прибыла.").countries] == ["NL"]


def test_a_curated_places_other_form_is_that_place_not_the_iso_subdivision(nlp):
    """`Республика Татарстан` is ISO 3166-2's name and `locations.tsv`'s other form of `Татарстан`: the curated place,
    so a headline's `Татарстан` and a lead's `Республики Татарстан` are one place."""
    doc = nlp("Татарстан и Ташкентская область подписали соглашение\n\nКАЗАНЬ, 17 декабря. /ТАСС/. Делегация "
              "Республики Татарстан прибыла в Ташкент.")
    assert [(p.name, len(p.mentions)) for p in doc.locations if "Татарстан" in p.name] == [("Татарстан", 2)]
