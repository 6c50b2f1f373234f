"""Post phrase rules, razdel-style: ``|…|`` marks the post phrase the text gives, and the rule named must be
one that read part of it (`diplonlp.mentions.posts.LEFT_RULES`, `RIGHT_RULES`)."""

from __future__ import annotations

import pytest

from diplonlp.mentions.posts import LEFT_RULES, RIGHT_RULES

EXAMPLES = [
    ("|Исполняющий обязанности официального представителя МИД Казахстана| заявил…", "acting_obligations"),
    ("|И. о. главы администрации| Рустем Рахматуллин прибыл.", "acting_abbreviation"),
    ("|Чрезвычайный и Полномочный Посол Казахстана| Ерлан Баударбек прибыл.", "ceremonial_modifier"),
    ("|Казахский посол| Ерлан Баударбек прибыл.", "country_adjective"),
    ("Мади Атамкулов, |посол Казахстана в Северной Македонии по совместительству|, прибыл.", "part_time"),
    ("|аким Туркестанской области| Дархан Сатыбалды прибыл.", "place_of_office"),
    ("|Специальный представитель по делам стран Азии и Тихоокеанского региона| Иван Петров прибыл.", "and_place"),
    ("Встреча с |президентами Казахстана и России| Токаевым и Путиным.", "second_country"),
    ("|Глава «Металлоинвеста»| Андрей Варичев прибыл.", "body"),
    ("|посол Казахстана| Ерлан Баударбек прибыл.", "state"),
    ("|посол Казахстана в Таджикистане| Валихан Туреханов прибыл.", "host_state"),
    ("|генеральный консул Казахстана в Стамбуле| Алмас Жумабеков прибыл.", "host_city"),
    ("|Полпред президента в округе| Виктор Ишаев прибыл.", "region_noun"),
    ("|посол ЕС на Южном Кавказе| Тойво Клаар прибыл.", "seat"),
    ("|наблюдатель от ОБСЕ| Иван Петров прибыл.", "from_body"),
    ("|судья ЕСПЧ от России| Михаил Лобов прибыл.", "from_place"),
    ("|постоянный представитель Казахстана при ООН| Кайрат Умаров выступил.", "host_body"),
    ("|Официальный представитель Следственного комитета при прокуратуре| Владимир Маркин заявил.", "attached_to"),
    ("|специальный представитель ЕС по Центральной Азии| Тэрхи Хаканен прибыла.", "topic_place_or_body"),
    ("|спецпредставитель по Афганистану| Замир Кабулов прибыл.", "topic_state"),
    ("|директор НАСА по космическим полётам| Иван Петров прибыл.", "topic_words"),
]


@pytest.mark.parametrize(("marked", "rule"), EXAMPLES, ids=[rule for _, rule in EXAMPLES])
def test_post_phrase_rule(nlp, marked, rule):
    before, span, after = marked.split("|")
    text = before + span + after
    doc = nlp.analyze(text)
    posts = {text[f.start:f.stop]: {name for name, _, _ in f.data["fired"]} for f in doc.found["post"]}
    assert span in posts, posts
    assert rule in posts[span], posts[span]


def test_every_phrase_rule_has_an_example():
    assert {r.__name__ for r in (*LEFT_RULES, *RIGHT_RULES)} == {rule for _, rule in EXAMPLES}
