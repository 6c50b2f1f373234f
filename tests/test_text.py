"""The text layer: razdel's tokens and sentences with offsets into the original text."""

from __future__ import annotations

import pytest

from diplonlp.text import segment, unmixed


def test_a_word_typed_with_latin_lookalikes_is_one_token_with_its_own_letters():
    text = "Cолист группы и пpезидент клуба выступили."  # a Latin C, a Latin p
    tokens, sents = segment(text, 0)
    assert [t.text for t in tokens][:4] == ["Cолист", "группы", "и", "пpезидент"]
    assert all(text[t.start:t.stop] == t.text for t in tokens) and len(sents) == 1


def test_only_words_that_mix_scripts_change_and_lengths_hold():
    text = "Cолист The Prodigy, Кит Флинт и NATO."
    fixed = unmixed(text)
    assert fixed == "Солист The Prodigy, Кит Флинт и NATO."
    assert len(fixed) == len(text) and unmixed("English only") == "English only"


@pytest.mark.parametrize(("text", "headline"), [
    # a known word in small letters, a state capitalized, an abbreviation kept
    ("ПРЕЗИДЕНТ УЗБЕКИСТАНА ПРИНЯЛ ПОСЛА ФРАНЦИИ И ГЕНСЕКА ОДКБ\nТашкент, 4 декабря.",
     "Президент Узбекистана принял посла Франции и генсека ОДКБ"),
    # a word the text writes capitalized after a small letter is so written; a name the dictionary lacks capitalized
    ("КАСЫМ-ЖОМАРТ ТОКАЕВ ПРИНЯЛ МИНИСТРА ИНОСТРАННЫХ ДЕЛ ВЕНГРИИ\nГлава государства принял Министра, "
     "Касым-Жомарт Токаев отметил это.", "Касым-Жомарт Токаев принял Министра иностранных дел Венгрии"),
    # an agency in brackets or between slashes stays as it writes itself
    ("МИНСК, 4 ДЕКАБРЯ (БЕЛТА) – ПРЕМЬЕР ПРИНЯЛ ПОСЛА КНР", "Минск, 4 декабря (БЕЛТА) – премьер принял посла КНР"),
])
def test_a_line_in_capitals_is_read_as_the_text_writes_its_words(text, headline):
    """`capitals.headlines_recased` (rule `headline_in_capitals`): the tokens' text, one character for one, so
    offsets hold; without the flag the tokens are as written."""
    tokens = segment(text, 0, headlines=True)[0]
    read = list(text)
    for t in tokens:
        assert len(t.text) == t.stop - t.start
        read[t.start:t.stop] = t.text
    assert "".join(read).split("\n")[0] == headline
    assert [t.text for t in segment(text, 0)[0]] == [text[t.start:t.stop] for t in tokens]


@pytest.mark.parametrize("text", [
    "ТАСС. Москва, 4 декабря. МИД России сообщил о встрече.",  # capitals, but no line of three words in them
    "ООН И ОБСЕ\nВстреча прошла в Вене.",  # two words only
    "МИНИСТР ИНОСТРАННЫХ дел встретился с послом.",  # a small letter in the line
])
def test_a_line_with_a_small_letter_or_under_three_words_in_capitals_is_as_written(text):
    assert [t.text for t in segment(text, 0, headlines=True)[0]] == [t.text for t in segment(text, 0)[0]]


def _sentences(text: str, offset: int = 0) -> list[str]:
    return [text[s.start:s.stop] for s in segment(text, offset)[1]]


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own():
    text = "Главой Рособрнадзора назначен Сергей Кравцов\n\n\nСергей Кравцов руководил департаментом."
    assert _sentences(text) == ["Главой Рособрнадзора назначен Сергей Кравцов",
                                "Сергей Кравцов руководил департаментом."]
    text = "date 2026-01-01\nЗаголовок новости\nТекст новости начинается здесь."
    assert _sentences(text, 16) == ["Заголовок новости", "Текст новости начинается здесь."]


def test_a_line_that_runs_on_stays_in_its_sentence():
    text = "Посол встретился с министром,\nи они обсудили торговлю, и\nВладимир Путин одобрил это."
    assert _sentences(text) == [text]
    tokens, _ = segment(text, 0)
    assert all(text[t.start:t.stop] == t.text for t in tokens)


def test_a_headline_ending_in_a_short_word_ends_before_its_dateline():
    """`text._over_dateline`: a line ending in a short lower-case word runs on (a wrapped line), unless a blank line
    and a dateline follow it: a headline over its lead (`… отмене виз` over `Минск, 11 июня /Корр. БЕЛТА/.`)."""
    text = ("Беларусь и Оман подписали соглашение о взаимной отмене виз\n\n"
            "Минск, 11 июня /Корр. БЕЛТА/. Беларусь и Оман подписали соглашение.")
    assert _sentences(text)[0] == "Беларусь и Оман подписали соглашение о взаимной отмене виз"
    text = "Казахстан и Китай подписали план на 2025 год\n\nПекин, 28 января. Kazinform – Стороны подписали план."
    assert _sentences(text)[:2] == ["Казахстан и Китай подписали план на 2025 год", "Пекин, 28 января."]
    # a blank line before a line that opens no dateline: the short word still runs on (a subheading's sides)
    text = "Аким и посол обсудили использование трансграничных рек\n\nСтороны договорились о ремонте мостов."
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("text", "sentences"), [
    ("Министр провел переговоры с министром иностранных дел Китая Ван И. Также он встретился с вице-президентом.",
     ["Министр провел переговоры с министром иностранных дел Китая Ван И.", "Также он встретился с вице-президентом."]),
    ("Министр провел переговоры с Ван И. Стороны обсудили сотрудничество.",
     ["Министр провел переговоры с Ван И.", "Стороны обсудили сотрудничество."]),
    # a middle initial before a surname, and initials before one, stay in the name
    ("Речь Джон Ф. Кеннеди произнес в Берлине. Документ подписал В. Путин.",
     ["Речь Джон Ф. Кеннеди произнес в Берлине.", "Документ подписал В. Путин."]),
])
def test_a_full_stop_after_a_names_one_letter_part_ends_the_sentence(text, sentences):
    """`text.NAME_END`: razdel reads `И.` of `Ван И.` as an initial and runs on; a word the dictionary knows as no
    name after it opens the next sentence."""
    _, sents = segment(text, 0)
    assert [text[s.start:s.stop] for s in sents] == sentences


def test_a_persons_name_the_model_reads_across_a_sentence_end_is_cut_there(nlp):
    """NER reads `Эдуардса Стипрайса. Б.Саидов` as one name; persons' spans are cut at sentence ends
    (`Analysis.within_sentences`), so the envoy keeps his own name and `Б.Саидов` is the minister."""
    doc = nlp("Ташкент, 5 декабря. /Дунё/. Министр иностранных дел Узбекистана Бахтиёр Саидов принял Специального "
              "представителя ЕС по Центральной Азии Эдуардса Стипрайса. Б.Саидов подчеркнул, что взаимодействие с "
              "Европейским союзом остается одним из приоритетов внешней политики Узбекистана.")
    assert sorted(p.name for p in doc.persons) == ["Бахтиёр Саидов", "Эдуардс Стипрайс"]
    assert len(next(p for p in doc.persons if p.name == "Бахтиёр Саидов").mentions) == 2
