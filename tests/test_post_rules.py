"""Post phrase rules, razdel-style: ``|…|`` marks the post phrase the text gives, and the rule named must be
one that read part of it (`diplonlp.posts`: `LEFT_RULES`, `CHAIN_RULES`, `RIGHT_RULES`, `COMPLEMENT_RULES`);
the title rules (`TITLE_RULES`) are checked by what the title is with the rule and without it."""

from __future__ import annotations

import pytest

from diplonlp import Document, Pipeline
from diplonlp.posts import CHAIN_RULES, COMPLEMENT_RULES, LEFT_RULES, RIGHT_RULES, TITLE_RULES

from .conftest import meetings

EXAMPLES = [
    ("|Исполняющий обязанности официального представителя МИД Казахстана| заявил…", "acting_obligations"),
    ("|И. о. главы администрации| Рустем Рахматуллин прибыл.", "acting_abbreviation"),
    ("|Чрезвычайный и Полномочный Посол Казахстана| Ерлан Баударбек прибыл.", "ceremonial_modifier"),
    ("|Казахский посол| Ерлан Баударбек прибыл.", "country_adjective"),
    ("Узбекскую делегацию возглавил |заместитель министра иностранных дел| Бахромжон Алоев.", "delegation_state"),
    ("Министр приняла делегацию Азиатского банка развития во главе с |вице-президентом| Ингрид ван Вис.",
     "delegation_body"),
    ("Торага принял делегацию Парламентской ассамблеи ОДКБ во главе с |ответственным секретарем| Сергеем Поповым.",
     "delegation_body"),  # a body of an international organization
    ("Премьер принял делегацию китайской корпорации CNPC во главе с |председателем совета директоров| Дай Хоуляном.",
     "delegation_body"),  # a company, its noun before its name
    ("Председатель Сената принял делегацию Национальной ассамблеи Республики Корея. Делегацию возглавил "
     "|председатель комитета по иностранным делам и объединению| Ким Сок Ки.", "delegation_named_before"),
    ("Мади Атамкулов, |посол Казахстана в Северной Македонии по совместительству|, прибыл.", "part_time"),
    ("Президент принял |Председателя Халк Маслахаты Милли Генгеша| Гурбангулы Бердымухамедова.",
     "parliament_of_chamber"),
    ("Затем |посол Кыргызстана в Турции и по совместительству в Северной Македонии| Азамат Токтогулов прибыл в "
     "Скопье.", "second_host"),
    ("|Посол Японии в Казахстане и Кыргызстане| Кэйдзи Иидзима выступил.", "second_host"),
    ("|аким Туркестанской области| Дархан Сатыбалды прибыл.", "place_of_office"),
    ("|Министр финансов немецкой земли Гессен| Томас Шефер прибыл.", "region_of_state"),
    ("Делегацию принял |президент страны| Александр Вучич.", "generic_place"),
    ("Присутствовал |первый секретарь посольства России в Казахстане| Иван Петров.", "mission"),
    ("Министр принял |военного атташе при посольстве КНР в Монголии| полковника Ли Вэя.", "mission"),
    ("Прибыли |министры иностранных дел государств – членов ОДКБ| – Беларуси Максим Рыженков и России Сергей "
     "Лавров.", "members_of_body"),
    ("Присутствовал |первый секретарь посольства России в Казахстане| Иван Петров.", "mission_ends_chain"),
    ("|Специальный представитель ЕС по Центральной Азии и Южному Кавказу| Иван Петров прибыл.", "and_place"),
    ("|Губернатор провинции Цзянсу и Шанхая| Иван Петров прибыл.", "and_place"),
    ("|Специальный представитель по делам стран Азии и Тихоокеанского региона| Иван Петров прибыл.", "field_dative"),
    ("Посол вручил копии грамот |Генеральному директору по делам Азии, Тихого океана и Африки МИД Индонезии| Абдул "
     "Кадиру Джайлани.", "field_dative"),  # a comma in the list of places of a title's field
    ("Встреча с |президентами Казахстана и России| Токаевым и Путиным.", "second_country"),
    ("Состоялась встреча |министров иностранных дел Азербайджана, Турции и Пакистана| – Джейхуна Байрамова, "
     "Хакана Фидана и Исхака Дара.", "second_country"),
    ("|Глава «Металлоинвеста»| Андрей Варичев прибыл.", "body"),
    ("|посол Казахстана| Ерлан Баударбек прибыл.", "state"),
    ("|посол Казахстана в Таджикистане| Валихан Туреханов прибыл.", "host_state"),
    ("|генеральный консул Казахстана в Стамбуле| Алмас Жумабеков прибыл.", "host_city"),
    ("|Полпред президента в округе| Виктор Ишаев прибыл.", "region_noun"),
    ("|посол ЕС на Южном Кавказе| Тойво Клаар прибыл.", "seat"),
    ("|наблюдатель от ОБСЕ| Иван Петров прибыл.", "from_body"),
    ("|судья ЕСПЧ от России| Михаил Лобов прибыл.", "from_place"),
    ("|секретарь Совета безопасности при Президенте Узбекистана| Виктор Махмудов выступил.",
     "body_under_head_of_state"),
    ("|постоянный представитель Казахстана при ООН| Кайрат Умаров выступил.", "host_body"),
    ("|Глава миссии Казахстана при Европейском союзе и НАТО| Маргулан Баймухан выступил.", "host_body"),
    ("|специальный представитель ЕС по Центральной Азии| Тэрхи Хаканен прибыла.", "topic_place_or_body"),
    ("|спецпредставитель по Афганистану| Замир Кабулов прибыл.", "topic_state"),
    ("|директор НАСА по космическим полётам| Иван Петров прибыл.", "topic_words"),
    ("|Заместитель госсекретаря США по экономическому росту, энергетике и окружающей среде| Хосе Фернандес прибыл.",
     "topic_words"),  # a list of topics in the dative goes on after a comma
    ("|Заместитель госсекретаря США по делам Европы и Евразии| Джеймс О'Брайен прибыл.",
     "topic_words"),  # the places a plural topic noun governs
    ("|Помощник министра иностранных дел Японии по делам Европы, Кавказа и Центральной Азии| Кадзухиро Накаи прибыл.",
     "topic_words"),  # joined by commas too
    ("Встреча с |государственным министром Великобритании по делам Европы, Северной Америки и заморских территорий| "
     "Стивеном Даути.", "topic_words"),  # a last item of lower-case words in the genitive
    ("Пашинян принял |Верховного представителя Европейского союза по иностранным делам и политике безопасности| Каю "
     "Каллас.", "topic_words"),  # past the fourth word, the genitive its last noun governs
    # the title's chain
    ("|Руководитель отдела Европы и Америки| Иван Петров заявил.", "place_ends_chain"),
    ("Мирзоян провел переговоры с |министром Европы и иностранных дел Франции| Жан-Ноэлем Барро.",
     "region_field_of_minister"),
    ("|Генеральный секретарь ОДКБ| Имангали Тасмагамбетов прибыл.", "body_ends_chain"),
    ("|Глава грузинского правительства| Ираклий Кобахидзе прибыл.", "state_adjective_in_title"),
    ("Консул встретился с |губернатором края| Виктором Томенко.", "generic_place_ends_chain"),
    ("|Заместитель министра иностранных дел Таджикистана| Иван Петров прибыл.", "institution_word"),
    ("|Первый заместитель Руководителя Администрации Президента Российской Федерации| Сергей Кириенко посетил Минск.",
     "institution_word"),  # a capitalized title noun continues the chain (not a name NER opens: `Эмира Кустурицу`)
    ("Министр принял |помощника Администратора ПРООН| Ивану Живкович.", "officer_of_body"),
    ("|Председатель Палаты представителей Национального собрания Беларуси| Владимир Андрейченко прибыл.",
     "body_in_title"),
    ("|Министр национальной экономики Казахстана| Иван Петров прибыл.", "field_noun"),
    ("Помощник Президента Азербайджана, |заведующий отделом по вопросам внешней политики| Хикмет Гаджиев прибыл.",
     "governed_instrumental"),
    ("|Министр связи и коммуникаций| Иван Петров прибыл.", "field_and"),
    ("Бахтиер Саидов провел переговоры с |министром иностранных и европейских дел Словакии| Юраем Бланаром.",
     "adjectives_and"),
    ("Встреча с |министром экономики, энергетики и жилищного строительства| Кавехом Мансури.", "field_and"),
    ("|Председатель Государственного комитета национальной безопасности| Саймумин Ятимов прибыл.",
     "field_after_body"),  # a body noun's field in the genitive stays in the title
    ("|Председатель Государственного комитета охраны окружающей среды и земельных ресурсов Туркменистана| Мурад "
     "Артыков прибыл.", "field_after_body"),
    ("|Министр по делам разведки| Иван Петров прибыл.", "field_dative"),
    ("|Государственный министр по делам Европы и иностранным делам Франции| Бенджамин Аддад прибыл.",
     "field_dative"),  # a second field of `делам` after the first's places
    ("|Специальный представитель Президента по международному культурному сотрудничеству, туризму и спорту| Михаил "
     "Швыдкой прибыл.", "field_dative"),  # a comma goes on with a list of fields in the dative
    ("Переговоры с |Министром иностранных дел, по делам миграции и египтян за рубежом Арабской Республики Египет| "
     "Б.Абдель Ати.", "field_and"),  # a comma, `по` and `делам` join a field told with `по`; not `, по словам`
    ("|Министр иностранных дел и по делам соотечественников за рубежом Республики Молдова| Николай Попеску прибыл.",
     "field_abroad"),
    # complements, confirmed by what follows them
    ("|Глава палестинской делегации на переговорах| Саеб Эрекат заявил.", "name_in_title_case"),
    ("|Лидер Меджлиса крымско-татарского народа|, народный депутат Украины Мустафа Джемилев заявил.",
     "second_title"),
    ("|Руководитель департамента экономики, торговли и инвестиций| Иван Петров заявил.", "coordinated_noun"),
    ("|Глава палестинской делегации на переговорах| Саеб Эрекат заявил.", "governed_word"),
    ("Спикер принял |председателя группы дружбы Франция – Армения| Жилбера-Люка Девинаса.", "paired_states"),
    ("Документ подписали |министры иностранных дел двух стран| – Максим Рыженков и Бадр аль-Бусаиди.",
     "dash_before_holders"),
    ("Нуртлеу обсудил с |послом Франции| подготовку визита Макрона.", "object_not_governed"),
    ("Основатель мира – |Президент Республики Таджикистан| уважаемый Эмомали Рахмон принял посла.",
     "courtesy_before_name"),
]


@pytest.mark.parametrize(("marked", "rule"), EXAMPLES, ids=[rule for _, rule in EXAMPLES])
def test_post_phrase_rule(nlp, marked, rule):
    before, span, after = marked.split("|")
    text = before + span + after
    doc = nlp.analyze(text)
    posts = {text[f.start:f.stop]: {name for name, _, _ in f.data["fired"]} for f in doc.found["post"]}
    assert span in posts, posts
    assert rule in posts[span], posts[span]


@pytest.mark.parametrize("text", [
    "Ереван, 5 декабря. АРМЕНПРЕСС. Премьер-министр Армении Никол Пашинян принял Министра по делам Европы и "
    "иностранным делам Франции Бенджамина Аддада.",
    "3 декабря состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с Министром по "
    "делам Европы и иностранным делам Французской Республики Ж.-Н.Барро.",
])
def test_a_second_field_after_the_places_of_the_first_is_the_titles(nlp, text):
    """`field_dative`: `по делам Европы и иностранным делам` is one title, and the state after it the post's."""
    posts = [(p.title, p.country) for p in nlp(text).posts]
    assert ("министр по делам европы и иностранным делам", "FR") in posts


@pytest.mark.parametrize(("text", "title"), [
    ("Ереван, 6 июня. /news.am/. Арарат Мирзоян провел переговоры с министром Европы и иностранных дел Франции "
     "Жан-Ноэлем Барро.", "министр европы и иностранных дел"),
    ("Министр иностранных дел Италии провел встречу с министром Европы и иностранных дел Албании Игли Хасани.",
     "министр европы и иностранных дел"),
    ("Руководитель отдела Европы и Америки Иван Петров заявил.", "руководитель отдела"),  # no minister's office
    ("Посол встретился с министром Азербайджана и его заместителем.", "министр"),  # a state, no field
])
def test_a_region_joined_to_a_ministers_field_is_a_field(nlp, text, title):
    """`region_field_of_minister`: `Европы` in `министр Европы и иностранных дел` names what the office is for."""
    assert title in [p.title for p in nlp(text).posts]


@pytest.mark.parametrize(("text", "title"), [
    ("Ташкент, 16 декабря /Газета.uz/. Бахтиер Саидов провел переговоры с министром иностранных и европейских дел "
     "Словакии Юраем Бланаром.", "министр иностранных и европейских дел"),
    ("Астана, 3 июня. Kazinform – Мурат Нуртлеу встретился с федеральным министром европейских и международных дел "
     "Австрии Беате Майнль-Райзингер.", "федеральный министр европейских и международных дел"),
])
def test_coordinated_adjectives_of_a_ministers_field_are_the_titles(nlp, text, title):
    """`adjectives_and`: `иностранных и европейских дел` is the field two adjectives share; off, the title is cut
    to its head."""
    assert title in [p.title for p in nlp(text).posts]
    assert title not in [p.title for p in Pipeline(disable=["adjectives_and"])(text).posts]


@pytest.mark.parametrize(("text", "met"), [
    ("Ташкент, 23 декабря. Kazinform – Председатель Сената Парламента Республики Казахстан Маулен Ашимбаев провел "
     "переговоры с Председателем Сената Олий Мажлиса Танзилой Нарбаевой. Спикер казахстанского Сената также встретился "
     "с Председателем Законодательной палаты Олий Мажлиса Нуриддинжоном Исмоиловым.",
     ["Маулен Ашимбаев", "Нуриддинжон Исмоилов"]),
    ("Минск, 23 декабря (БЕЛТА). Председатель Палаты представителей Национального собрания Беларуси Игорь Сергеенко "
     "провел переговоры с Председателем Мажилиса Парламента Республики Казахстан Ерланом Кошановым. Спикер "
     "казахстанского Мажилиса также встретился с Премьер-министром Беларуси Александром Турчиным.",
     ["Александр Турчин", "Ерлан Кошанов"]),
])
def test_a_chamber_a_states_adjective_opens_leaves_the_adjective_out_of_the_title(nlp, text, met):
    """`adjective_of_chamber`: `Спикер казахстанского Сената`: the adjective is the post's state and the title is
    `спикер сената`, a role noun of the chamber's chair named before, who meets; off, the chamber's name stays in the
    title, a post no one holds, and the chamber meets."""
    assert sorted(met) in meetings(nlp(text))
    assert sorted(met) not in meetings(Pipeline(disable=["adjective_of_chamber"])(text))


@pytest.mark.parametrize("text", [
    "Лавров провел переговоры с министром Египта. По словам российского министра, стороны обсудили ход строительства.",
    "Аккенженов встретился с Шахбазовым. Как сообщил казахстанский министр, стороны договорились увеличить транзит.",
])
def test_a_comma_right_after_a_ministers_head_joins_no_field(nlp, text):
    """`field_and` joins a field to one read: `министра, стороны` is the title and the subject of the next clause."""
    posts = [text[f.start:f.stop] for f in nlp.analyze(text).found["post"]]
    assert posts and all("," not in post and "стороны" not in post for post in posts), posts


@pytest.mark.parametrize(("text", "title"), [
    ("Председатель Комитета национальной безопасности Казахстана Ермек Сагимбаев прибыл.",
     "председатель комитета национальной безопасности"),
    ("Нынешний начальник службы безопасности компании Verizon Иван Петров прибыл.", "начальник службы безопасности"),
    ("Председатель комитета госдумы по безопасности Василий Пискарев прибыл.", "председатель комитета"),
])
def test_a_body_nouns_field_stays_in_the_title_not_the_body_after_it(nlp, text, title):
    """`field_after_body`: the genitive field after `комитета`, `службы` is the title's; a body after it (a
    company, `госдумы`) is not, nor is the field a sector of the text."""
    doc = nlp(text)
    assert [p.title for p in doc.posts] == [title]
    assert not doc.sectors


def test_a_list_of_fields_is_the_titles_and_its_holder_follows_it(nlp):
    """A title's list of fields after `по` (`по экономическому росту, энергетике и окружающей среде`) is read to its
    end: the name after it is the holder, and the fields are no sectors of the text."""
    doc = nlp("Заместитель министра иностранных дел Казахстана Роман Василенко и заместитель государственного "
              "секретаря США по экономическому росту, энергетике и окружающей среде Хосе Фернандес провели в Астане "
              "заседание.")
    held = {doc.entity(r.person).name: doc.entity(r.post).title for r in doc.relations if r.kind == "holds_post"}
    assert held["Хосе Фернандес"] == "заместитель государственного секретаря"
    assert doc.sectors == []


@pytest.mark.parametrize(("text", "holder", "post"), [
    # a ministry's release: the headline names the ministry, the lead the deputy by `главы ведомства`
    ("О встрече первого заместителя Министра иностранных дел Республики Беларусь с Послом Вьетнама\n\n15 января "
     "первый заместитель главы ведомства Сергей Алейник принял Посла Социалистической Республики Вьетнам в Беларуси "
     "Нгуен Ван Ньяна.", "Сергей Алейник", ("первый заместитель министра иностранных дел", "BY")),
    # the first minister named is the ministry's, not the counterpart named since
    ("Минск, 5 мая. Министр иностранных дел Беларуси Максим Рыженков провел переговоры с министром иностранных дел "
     "Лаоса Тхонгсаваном Пхомвиханом. В переговорах также принял участие заместитель главы ведомства Евгений "
     "Шестаков.", "Евгений Шестаков", ("заместитель министра иностранных дел", "BY")),
])
def test_a_title_over_a_bare_office_is_over_the_ministry_the_text_names_first(nlp, text, holder, post):
    """`ministry_named_before`: `заместитель главы ведомства` is the deputy of the minister the text's first
    minister's title names, with its state; without the rule the title stays as written."""
    def held(pipeline: Pipeline) -> tuple[str, str | None]:
        doc = pipeline(text)
        (found,) = [doc.entity(r.post) for r in doc.relations if r.kind == "holds_post"
                    and doc.entity(r.person).name == holder]
        return found.title, found.country
    assert held(nlp) == post
    assert held(Pipeline(disable=["ministry_named_before"]))[0].endswith("заместитель главы ведомства")


@pytest.mark.parametrize(("text", "holder", "post"), [
    ("Ашхабад, 20 июля. /ТДХ/. В Министерстве иностранных дел Туркменистана состоялась встреча заместителя Министра "
     "Вепы Гаджиева с Послом Франции в Туркменистане Жюльеном Терраком.", "Гаджиев",
     ("заместитель министра иностранных дел", "TM")),
    ("Министр энергетики Казахстана Ерлан Аккенженов провел встречу с делегацией Министерства энергетики Узбекистана "
     "во главе с заместителем министра Азимом Ахмедходжаевым.", "Азим Ахмедходжаев",
     ("заместитель министра энергетики", "UZ")),
])
def test_a_deputys_bare_title_is_of_the_ministry_its_sentence_names(nlp, text, holder, post):
    """`ministry_of_sentence`: `заместитель министра` is of the ministry its sentence names before it: its field joins
    the title; without the rule the title stays bare."""
    def held(pipeline: Pipeline) -> tuple[str, str | None]:
        doc = pipeline(text)
        (found,) = [doc.entity(r.post) for r in doc.relations if r.kind == "holds_post"
                    and doc.entity(r.person).name.endswith(holder)]
        return found.title, found.country
    assert held(nlp) == post
    assert held(Pipeline(disable=["ministry_of_sentence"]))[0] == "заместитель министра"


@pytest.mark.parametrize("text", [
    "Баку, 12 мая. /АЗЕРТАДЖ/. В тот же день таиландская делегация посетила Милли Меджлис Азербайджанской "
    "Республики, где встретилась с председателем комитета по международным отношениям и межпарламентским связям "
    "Самедом Сеидовым.",
    "Бишкек, 22 октября. /Кабар/. Делегация Национального собрания Республики Корея посетила Жогорку Кенеш, где "
    "провела встречу с председателем комитета по международным делам, обороне и безопасности Русланом Мукамбетовым.",
    "Астана, 14 ноября. /Kazinform/. Делегация Великого национального собрания Турции посетила Мажилис Парламента "
    "Республики Казахстан, где встретилась с председателем комитета по международным делам, обороне и безопасности "
    "Жомартом Алиевым.",
])
def test_a_committee_chair_is_of_the_parliament_named_as_the_place(nlp, text):
    """`parliament_of_sentence`: a committee's title with no state of its own, in a sentence naming a parliament as
    the place visited, is of that parliament's state (not of the visiting delegation's)."""
    def chair(doc: Document) -> str | None:
        return next(p.country for p in doc.posts if p.title.startswith("председатель комитета"))
    visited = {"Меджлис": "AZ", "Кенеш": "KG", "Мажилис": "KZ"}
    assert chair(nlp(text)) == next(code for word, code in visited.items() if f" {word}" in text)
    assert chair(Pipeline(disable=["parliament_of_sentence"])(text)) is None


@pytest.mark.parametrize(("text", "post"), [
    ("Будапешт, 3 мая. В Министерстве иностранных дел и внешней торговли Венгрии состоялась встреча посла Казахстана "
     "Жанар Тусупбековой с министром Петером Сийярто.", ("министр иностранных дел и внешней торговли", "HU")),
    ("Ташкент, 12 сентября. В тот же день Т.Ибраев посетил Министерство водного хозяйства Узбекистана, где встретился "
     "с министром Шавкатом Хамраевым.", ("министр водного хозяйства", "UZ")),
    # the ministry of a delegation is no place: the bare title stays, of the dateline's state
    ("Бишкек, 3 мая. Делегация Министерства обороны Китая посетила Бишкек, где встретилась с министром Русланом "
     "Мукамбетовым.", ("министр", "KG")),
])
def test_a_bare_minister_before_a_name_is_of_the_ministry_named_as_the_place(nlp, text, post):
    """`ministry_of_sentence`: a bare `министр` before a name, in a sentence naming a ministry as the place (after
    `в` or `посетил`), is that ministry's minister: its field joins the title, its state is the post's."""
    assert [(p.title, p.country) for p in nlp(text).posts][-1] == post
    assert [p.title for p in Pipeline(disable=["ministry_of_sentence"])(text).posts][-1] == "министр"


@pytest.mark.parametrize(("text", "post"), [
    ("Баку, 13 августа. /АПА/. Посольство Азербайджана в Грузии организовало встречу посла Фариза Рзаева с "
     "представителями азербайджанской общины Марнеули.", ("посол", "AZ", "GE")),
    ("Анкара, 15 августа. /Kazinform/. Посольство Казахстана в Турции провело презентацию инвестиционного потенциала "
     "страны. В мероприятии принял участие посол Ержан Кистафин.", ("посол", "KZ", "TR")),
    ("Пекин, 16 августа. /Кабар/. В посольстве Кыргызстана в Китае посол Акылбек Сманкулов провел встречу.",
     ("посол", "KG", "CN")),
])
def test_a_bare_ambassador_is_the_head_of_the_embassy_named_near(nlp, text, post):
    """`embassy_of_sentence`: a bare `посол` in a sentence naming one embassy, or right after one, is its head: the
    embassy's state and host; off, neither."""
    assert [(p.title, p.country, p.host) for p in nlp(text).posts] == [post]
    assert [(p.country, p.host) for p in Pipeline(disable=["embassy_of_sentence"])(text).posts] == [(None, None)]


@pytest.mark.parametrize(("text", "post"), [
    ("В работе совета принял участие Председатель Коллегии Евразийской экономической комиссии Бахыт Султанов.",
     ("председатель коллегии", "Евразийская экономическая комиссия")),
    ("В заседании принял участие Председатель Правления Евразийского банка развития Николай Подгузов.",
     ("председатель правления", "Евразийский банк развития")),
])
def test_the_board_a_title_heads_stays_in_the_title(nlp, text, post):
    """`board_in_title`: the board of an organization (`posts.boards`) a title heads is part of the title, the
    organization the post's (the contract's `председатель коллегии`); without the rule the board is the post's."""
    def held(pipeline: Pipeline) -> list[tuple[str, str | None]]:
        doc = pipeline(text)
        return [(p.title, p.organization) for p in doc.posts if p.organization]
    assert held(nlp) == [post]
    assert held(Pipeline(disable=["board_in_title"])) != [post]


def test_every_phrase_rule_has_an_example():
    rules = (*LEFT_RULES, *CHAIN_RULES, *RIGHT_RULES, *COMPLEMENT_RULES)
    assert {r.__name__ for r in rules} == {rule for _, rule in EXAMPLES}


TITLE_EXAMPLES = [
    ("Встреча с министром иностранных дел Казахстана Иваном Петровым.", "nominative",
     "министр иностранных дел", "министром иностранных дел"),
    ("Глава МИД Сергей Лавров прибыл.", "letters_kept", "министр иностранных дел", "глава мид"),  # then in full
    ("Встреча с руководителем МИДа России Сергеем Лавровым.", "letters_kept", "министр иностранных дел",
     "руководитель мида"),
    ("Первый заместитель главы внешнеполитического ведомства Казахстана Акан Рахметуллин прибыл.",
     "foreign_minister_in_full", "первый заместитель министра иностранных дел",
     "первый заместитель главы внешнеполитического ведомства"),
    ("Встреча с руководителем МИДа России Сергеем Лавровым.", "foreign_minister_in_full", "министр иностранных дел",
     "руководитель МИД"),
    ("Замминистра Иван Петров прибыл.", "full_title", "заместитель министра", "замминистра"),
    ("Встреча с государственным министром иностранных дел Эфиопии Тесфайе Алему.", "nominative",
     "государственный министр иностранных дел", "министром иностранных дел"),  # `государственным`: no kept word
    ("Заместители министров иностранных дел Казахстана Алибек Бакаев и Узбекистана Бахромжон Алоев провели "
     "консультации.", "served_singular", "заместитель министра иностранных дел",
     "заместитель министров иностранных дел"),
    ("Главы правительств Казахстана Олжас Бектенов и Узбекистана Абдулла Арипов обсудили сотрудничество.",
     "served_singular", "глава правительства", "глава правительств"),
]


@pytest.mark.parametrize(("text", "titles"), [
    # the ministries plural after the plural head, each holder's one in the singular: the foreign minister's office
    ("Сергей Лавров провел встречи с главами внешнеполитических ведомств Индонезии Сугионо, Бразилии Мауро Виейрой и "
     "Пакистана Исхаком Даром.", {"министр иностранных дел"}),
    # `дел` is no office or body each holds one of; `финансов` has no singular
    ("Министры иностранных дел Казахстана Ермек Кошербаев и Узбекистана Бахтиёр Саидов провели переговоры.",
     {"министр иностранных дел"}),
    ("Министры финансов Казахстана Мадина Жунусбекова и Узбекистана Джамшид Кучкаров подписали протокол.",
     {"министр финансов"}),
    ("Заместитель министра иностранных дел Казахстана Алибек Бакаев провел консультации.",
     {"заместитель министра иностранных дел"}),
])
def test_a_shared_plural_title_names_the_one_office_each_holder_serves(nlp, text, titles):
    """`served_singular`."""
    assert {p.title for p in nlp(text).posts} == titles


@pytest.mark.parametrize(("text", "title"), [
    ("Постоянный координатор ООН в Таджикистане Парвати Рамасвами выступила.", "постоянный координатор"),
    ("Еврокомиссар по торговле Марош Шефчович выступил.", "еврокомиссар по торговле"),
    # a monarch's title (Malaysia's head of state; the ruler of an emirate: Kabar, TASS)
    ("В Куала-Лумпуре состоялись переговоры с Верховным правителем Малайзии Султаном Ибрагимом.",
     "верховный правитель"),
    ("Встреча прошла с правителем Дубая Мохаммедом бен Рашидом Аль Мактумом.", "правитель"),
    ("Вице-премьер-министр Кыргызстана Эдиль Байсалов встретился с делегацией.", "вице-премьер-министр"),
    ("Алоев встретился с делегацией ЕБРР во главе с управляющим директором Хайке Хармгардт.", "управляющий директор"),
    ("Заседание прошло под сопредседательством премьер-министров Казахстана Олжаса Бектенова и Узбекистана "
     "Абдуллы Арипова.", "премьер-министр"),  # not `премьера-министр`: `премьер` read as `премьера`'s genitive
    # a plural hyphenated title the dictionary knows whole: not its last part read alone (`премьеры`: `премьера`)
    ("В заседании приняли участие вице-премьеры Армении и Беларуси Мгер Григорян и Виктор Каранкевич.",
     "вице-премьер"),
    ("Встреча с государственным министром иностранных дел Эфиопии Тесфайе Алему.",
     "государственный министр иностранных дел"),
    ("Официальный представитель МИД России Мария Захарова заявила.", "официальный представитель"),
    ("Бывший посол Казахстана Иван Петров заявил.", "посол"),
    ("Встреча с губернатором края Виктором Томенко.", "губернатор"),
    ("Встреча прошла с участием советника-посланника посольства Беларуси в Китае Дмитрия Лугового.",
     "советник-посланник"),
    # a hyphenated title the lexicon knows by its first part: both parts in the nominative, as the dictionary reads it
    ("Встреча с директором-распорядителем МВФ Кристалиной Георгиевой.", "директор-распорядитель"),
    ("Встреча с министром-президентом Баварии Маркусом Зёдером.", "министр-президент"),
    # and such a title in the genitive goes on a deputy's title
    ("Встреча с делегацией Международного валютного фонда во главе с первым заместителем директора-распорядителя "
     "Гитой Гопинат.", "первый заместитель директора-распорядителя"),
    ("Руденко был принят Председателем Великого Государственного Хурала Монголии Гомбожавын Занданшатаром.",
     "председатель великого государственного хурала"),
    ("Во встрече приняла участие советник генерального секретаря ОДКБ Валентина Дубяго.",
     "советник генерального секретаря"),  # the organization is the post's, not the title's
    ("Он встретился с Исполнительным директором Секретариата СВМДА Кайратом Сарыбаем.", "исполнительный директор"),
    ("Делегацию возглавил ответственный секретарь ПА ОДКБ Сергей Попов.", "ответственный секретарь"),
    # an organization's quoted name after a common noun is the post's organization, not part of its title
    ("Документ подписал генеральный директор компании «Газпром» Алексей Миллер.", "генеральный директор"),
    ('Документ подписал генеральный директор госкорпорации "Росатом" Алексей Лихачев.', "генеральный директор"),
    # the places a field's last noun governs are the field's; a state after them is the post's
    ("Кобахидзе встретился с региональным директором по странам Южного Кавказа Ролантом Кирхнером.",
     "региональный директор по странам южного кавказа"),
    ("Мирзоян встретился с министром по делам Европы Франции Бенжаменом Аддадом.", "министр по делам европы"),
    # an international body right after the field's noun is the field's, not the post's organization
    ("Мирзоян принял председателя Комитета по делам СНГ Леонида Калашникова.",
     "председатель комитета по делам СНГ"),
    ("Встреча с министром по вопросам ЕАЭС Армении Иваном Петросяном.", "министр по вопросам ЕАЭС"),
    # the few genitive words after `делам`, `вопросам` are the field's, not a body after them
    ("Выступил специальный представитель президента по вопросам экономического сотрудничества Иван Петров.",
     "специальный представитель президента по вопросам экономического сотрудничества"),
    ("Выступил государственный секретарь по вопросам прав человека американского министерства иностранных дел Иван "
     "Петров.", "государственный секретарь по вопросам прав человека"),
    # a state noun closing a role noun in the chain stays (`глава государства`); elsewhere it says where
    ("Об этом сообщил пресс-секретарь Главы государства Руслан Желдибай.", "пресс-секретарь главы государства"),
    # a government by its name in many states: the state body stays in the premier's title
    ("Шавкат Мирзиёев встретился с Председателем Совета министров Италии Джорджей Мелони.",
     "председатель совета министров"),
    ("Встреча с министром по государственным сборам Новой Зеландии Иваном Петровым.",
     "министр по государственным сборам"),
    # a participle title's object in the instrumental, and the field after it
    ("Выступил заведующий отделом внешней политики Иван Петров.", "заведующий отделом внешней политики"),
    ("Баку, 27 мая. Заведующий Отделом по вопросам внешней политики Администрации Президента Хикмет Гаджиев прибыл.",
     "заведующий отделом по вопросам внешней политики"),  # capitalized, as official titles write it
    # after a minister's noun in the chain, the field follows as after a minister
    ("Он принял заместителя министра финансов Кыргызстана Ивана Петрова.", "заместитель министра финансов"),
    ("Он принял первого заместителя министра экономики и коммерции Ивана Петрова.",
     "первый заместитель министра экономики и коммерции"),
    ("Заседание прошло под председательством Верховного представителя ЕС Каи Каллас.", "верховный представитель"),
    # Kabar's title of the Speaker: no person named `Торага`
    ("Торага Жогорку Кенеша Нурланбек Шакиев выступил на заседании.", "торага жогорку кенеша"),
    # a head with a preposition inside
    ("Шестаков встретился с Временным поверенным в делах Франции в Беларуси Николя де Лакостом.",
     "временный поверенный в делах"),
    # a field after `по` in dative words joined by `и`, up to its last noun
    ("Он встретился с председателем комитета по международным отношениям и межпарламентским связям Самедом "
     "Сеидовым.", "председатель комитета по международным отношениям и межпарламентским связям"),
    ("Менеджер по продукции и Иван Петров выступили.", "менеджер по продукции"),
    # the state body a title noun in the chain heads stays in the title, as after a head (`глава МИД`)
    ("Джайшанкар был принят Первым заместителем Председателя Правительства Российской Федерации Д.В.Мантуровым.",
     "первый заместитель председателя правительства"),
    # a state noun says whose the office is
    ("Шавкат Мирзиёев принял министров иностранных дел стран Центральной Азии.", "министр иностранных дел"),
    # a comma and `по` join a field only with `делам` (`posts.joined_fields`)
    ("Министр иностранных дел, по словам которого визит важен, прибыл в Каир.", "министр иностранных дел"),
    ("Лавров провел переговоры с министром иностранных дел и по итогам встречи выступил.", "министр иностранных дел"),
    ("Лавров провел переговоры с Министром иностранных дел и по делам эмигрантов Сирийской Арабской Республики "
     "Ф.Микдадом.", "министр иностранных дел и по делам эмигрантов"),
    # a trade representative, a military attaché, the clipped `торгпред`: titles of their own (`data/posts.tsv`)
    ("Турдимов принял торгового представителя Российской Федерации в Республике Узбекистан Алексея Ерхова.",
     "торговый представитель"),
    ("Торгпред России в Казахстане Андрей Зюзин прибыл.", "торговый представитель"),
    ("Сайханбаяр принял военного атташе Китая Ли Вэя.", "военный атташе"),
])
def test_a_title_keeps_the_words_that_say_what_office_it_is(nlp, text, title):
    assert [f.data["title"] for f in nlp.analyze(text).found["post"]] == [title]


def test_a_regional_title_of_an_international_body_takes_no_state_from_the_places_before_it(nlp):
    doc = nlp("Ташкент, 3 декабря (УзА). Документ подписали министр здравоохранения Узбекистана Асилбек Худаяров и "
              "региональный директор ВОЗ по Европе Ханс Клюге.")
    assert [(p.title, p.country) for p in doc.posts] == [("министр здравоохранения", "UZ"),
                                                         ("региональный директор", None)]


@pytest.mark.parametrize(("text", "title", "organization"), [
    ("Он встретился с директором Департамента Европы МИД Франции Фредериком Мондолони.", "директор департамента",
     "Министерство иностранных дел Французской Республики"),
    ("Он встретился с директором Второго европейского департамента МИД России Иваном Петровым.",
     "директор второго европейского департамента", "Министерство иностранных дел Российской Федерации"),
    ("Об этом сообщил директор Департамента информации и печати МИД России Иван Петров.", "директор департамента",
     "Министерство иностранных дел Российской Федерации"),
])
def test_a_ministrys_department_is_part_of_the_title_and_the_ministry_its_organization(nlp, text, title,
                                                                                      organization):
    """`department_of_body`: the contract's `пресс-служба МИД РК`; a state body in the governed phrase is the post's
    organization."""
    doc = nlp(text)
    assert ([(p.title, p.organization) for p in doc.posts], [o.name for o in doc.organizations]) == (
        [(title, organization)], [organization])
    assert len(Pipeline(disable=["department_of_body"])(text).organizations) == 2


def test_a_quoted_name_after_a_common_noun_is_the_posts_organization(nlp):
    doc = nlp("Документ подписал генеральный директор госкорпорации «Росатом» Алексей Лихачев.")
    assert [(p.title, p.organization) for p in doc.posts] == [("генеральный директор", "Росатом")]


@pytest.mark.parametrize(("text", "rule", "title", "without"), TITLE_EXAMPLES, ids=[r for _, r, _, _ in TITLE_EXAMPLES])
def test_title_rule(nlp, text, rule, title, without):
    assert [f.data["title"] for f in nlp.analyze(text).found["post"]] == [title]
    assert [f.data["title"] for f in Pipeline(disable=[rule]).analyze(text).found["post"]] == [without]


def test_every_title_rule_has_an_example():
    assert {r.__name__ for r in TITLE_RULES} == {rule for _, rule, _, _ in TITLE_EXAMPLES}


@pytest.mark.parametrize(("text", "country"), [
    ("Узбекскую делегацию возглавил заместитель министра иностранных дел Бахромжон Алоев.", "UZ"),
    ("Делегацию Российской Федерации возглавил заместитель министра иностранных дел Иван Петров.", "RU"),
    ("Делегацию возглавил заместитель министра иностранных дел Иван Петров.", None),
    ("Узбекскую делегацию возглавил заместитель министра иностранных дел Казахстана Алибек Бакаев.", "KZ"),
    ("Министр принял делегацию Республики Корея во главе с Премьер-министром Хан Дак Су.", "KR"),
    ("Министр принял казахстанскую парламентскую делегацию во главе с заместителем председателя Сената Асхатом "
     "Ориным.", "KZ"),
    ("Министр принял делегацию во главе с заместителем председателя Сената Асхатом Ориным.", None),
    # the body after the noun a chain of genitives, the state named in its last
    ("Министр принял делегацию Государственной думы Федерального Собрания Российской Федерации во главе с "
     "Председателем Комитета по международным делам Леонидом Слуцким.", "RU"),
    # the state after a place of it
    ("Министр принял делегацию провинции Цзянсу Китайской Народной Республики во главе с вице-губернатором Ма "
     "Синьмином.", "CN"),
    # the state of a place the gazetteer knows, right after the noun, in a text set in another state
    ("Анкара, 4 апреля /Анадолу/. Мэр Анкары Мансур Яваш принял делегацию Алматы во главе с заместителем акима "
     "Ержаном Бабакумаровым.", "KZ"),
    ("Самарканд, 3 апреля /УзА/. Хоким Самаркандской области Эркинжон Турдимов принял делегацию города Бухареста во "
     "главе с генеральным мэром Стелианом Букуру.", "RO"),
    # the side a list's part opens with (`со стороны Японии –`), in a text set in another state
    ("Улан-Батор, 2 октября /МОНЦАМЭ/. В переговорах приняли участие: со стороны Японии – заместитель министра "
     "иностранных дел Масатака Окано.", "JP"),
])
def test_a_title_heading_a_states_delegation_is_that_states(nlp, text, country):
    assert [p.country for p in nlp(text).posts if p.title not in ("министр", "мэр", "хоким")] == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("Председатель Правительства Москвы Сергей Собянин встретился с послом Китая.", "RU"),
    ("Роман Головченко провел переговоры с Председателем Правительства Республики Сербской Радованом Вишковичем.",
     "BA"),
    ("Председатель Правительства Республики Казахстан Олжас Бектенов встретился с послом Китая.", "KZ"),
])
def test_the_head_of_a_places_government_holds_the_title_of_the_governments_head(nlp, text, country):
    """`Правительства` alone is a government (the body's kind by its head), so it stays in the title; the place
    after it gives the state and is no part of the title (`председатель краевого правительства` in the contract)."""
    held = [(p.title, p.country) for p in nlp(text).posts if p.title != "посол"]
    assert held == [("председатель правительства", country)]


def test_a_word_linking_a_title_to_its_organization_leaves_the_post_the_organizations(nlp):
    """`posts.body_links`: `координатора системы ООН в Таджикистане` serves the UN, hosted by TJ, of no state."""
    doc = nlp("Министр принял нового постоянного координатора системы ООН в Таджикистане Паролу Исмаил.")
    held = [(p.title, p.country, p.host, p.organization) for p in doc.posts if p.title != "министр"]
    assert held == [("постоянный координатор", None, "TJ", "Организация Объединенных Наций")]


def test_a_charge_daffaires_in_any_case_holds_the_post_of_his_state_and_host(nlp):
    doc = nlp("Шестаков встретился с Временным поверенным в делах Франции в Беларуси Николя де Лакостом.")
    assert [(p.title, p.country, p.host) for p in doc.posts] == [("временный поверенный в делах", "FR", "BY")]
    assert [doc.entity(r.person).name for r in doc.relations if r.kind == "holds_post"] == ["Николя де Лакост"]


def test_headed_by_is_no_title_and_refers_to_no_one(nlp):
    doc = nlp("Пашинян провел телефонный разговор с Президентом Франции Эммануэлем Макроном. Затем Пашинян принял "
              "делегацию Европейского парламента во главе с председателем комитета по иностранным делам Давидом "
              "Макаллистером.")
    assert [m.text for p in doc.persons if p.name == "Эммануэль Макрон" for m in p.mentions] == ["Эммануэлем Макроном"]
    assert meetings(doc) == [
        ["Давид Макаллистер", "Пашинян"]]


def test_a_title_declined_as_an_adjective_is_put_in_the_nominative(nlp):
    doc = nlp("Встреча прошла с уполномоченным по правам человека Казахстана Артуром Ластаевым.")
    assert [p.title.split()[0] for p in doc.posts] == ["уполномоченный"]


@pytest.mark.parametrize(("text", "countries"), [
    ("Азербайджанскую делегацию возглавил заместитель министра иностранных дел Фариз Рзаев, грузинскую – "
     "заместитель министра иностранных дел Александр Хвтисиашвили.", ["AZ", "GE"]),
    # the imperfective verb too
    ("Грузинскую делегацию возглавлял министр экономики и устойчивого развития Грузии Мариам Квривишвили, "
     "азербайджанскую – министр экономики Микаил Джаббаров.", ["GE", "AZ"]),
    # a spaced hyphen for the dash
    ("Российскую делегацию на консультациях возглавлял заместитель министра иностранных дел РФ Сергей Рябков, "
     "вьетнамскую - заместитель министра иностранных дел Нгуен Минь Ханг.", ["RU", "VN"]),
    ("Казахстанскую делегацию возглавил заместитель министра иностранных дел РК Алибек Бакаев, китайскую - "
     "помощник министра иностранных дел Лю Бинь.", ["KZ", "CN"]),
])
def test_the_next_head_with_the_verb_left_out_takes_its_adjectives_state(nlp, text, countries):
    """`delegation_state` after `возглавил`, `возглавлял` (`posts.heading`)."""
    assert [p.country for p in nlp(text).posts] == countries


@pytest.mark.parametrize(("text", "country"), [
    ("Шойгу провел переговоры с секретарем Совета безопасности при Президенте Узбекистана Виктором Махмудовым.",
     "UZ"),  # UzA
    ("В тот же день китайский гость провел встречу с директором Казахстанского института стратегических исследований "
     "при Президенте Республики Казахстан Ерканом Тукумовым.", "KZ"),  # Kazinform
    ("Затем члены делегации встретились с директором Института стратегического планирования и экономического "
     "развития при Президенте Туркменистана Мерданом Аннадурдыевым.", "TM"),  # TDH
])
def test_a_body_under_a_head_of_states_office_is_that_states(nlp, text, country):
    """`body_under_head_of_state`: `при Президенте X` is part of the body's name and gives the post its state; the head
    of state's title is no post of its own (whose holder, named before, would join the talks)."""
    assert [p.country for p in nlp(text).posts] == [country]
    assert len(Pipeline(disable=["body_under_head_of_state"])(text).posts) == 2


@pytest.mark.parametrize(("text", "countries"), [
    ("Армению представлял заместитель министра иностранных дел Ваган Костанян, Грузию – заместитель министра "
     "иностранных дел Лаша Дарсалия, Иран – заместитель министра иностранных дел Маджид Тахт-Раванчи.",
     ["AM", "GE", "IR"]),  # Armenpress
    ("Беларусь на консультациях представлял заместитель министра обороны Виктор Гулевич, Казахстан – заместитель "
     "министра обороны Султан Камалетдинов.", ["BY", "KZ"]),  # BELTA
])
def test_the_state_a_title_represents_is_its_own(nlp, text, countries):
    """`state_represented`: `Армению представлял …, Грузию – …`: the state in the accusative before `представлял`,
    or before the dash standing for it after a comma, is the title's; without the rule, not each its own."""
    assert [p.country for p in nlp(text).posts] == countries
    assert [p.country for p in Pipeline(disable=["state_represented"])(text).posts] != countries


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Встреча с министром по делам Европы Франции Бенжаменом Аддадом.", "министр по делам Европы Франции",
     "министр по делам европы"),
    ("Председатель принял делегацию Всемирного банка во главе с вице-президентом по региону Европы и Центральной Азии "
     "Антонеллой Бассани.", "вице-президент по региону Европы и Центральной Азии",
     "вице-президент по региону европы и центральной азии"),
])
def test_a_posts_name_keeps_the_capitals_of_a_place_in_its_field(nlp, text, name, title):
    """`place_names_kept`: the post's name keeps a place's name in the title's field as written; the title is in
    lower case, as the contract has it; without the rule the name is too."""
    assert (name, title) in [(p.name, p.title) for p in nlp(text).posts]
    assert name not in [p.name for p in Pipeline(disable=["place_names_kept"])(text).posts]


@pytest.mark.parametrize(("text", "countries"), [
    ("Председатель Мажилиса Парламента Казахстана Ерлан Кошанов встретился с делегацией Бундестага ФРГ. Делегацию "
     "возглавила заместитель председателя комитета по экономике Катрин Шмидт.", ["KZ", "DE"]),
    ("Председатель Совета Республики Наталья Кочанова провела встречу с делегацией Сената Пакистана. Делегацию "
     "возглавлял председатель постоянного комитета по обороне Муштак Ахмед.", ["BY", "PK"]),
    # delegations of two states before: the head's is not told
    ("Министр встретился с делегациями Сената Пакистана и Сената Италии. Делегацию возглавлял председатель "
     "постоянного комитета по обороне Муштак Ахмед.", [None]),
    ("Министр встретился с делегацией Сената Пакистана и делегацией Сената Италии. Делегацию возглавлял "
     "председатель постоянного комитета по обороне Муштак Ахмед.", [None]),
    # the delegation does not open the sentence: another rule's case
    ("Министр встретился с делегацией Сената Пакистана. Вчера делегацию возглавлял председатель постоянного комитета "
     "по обороне Муштак Ахмед.", [None]),
])
def test_a_delegations_head_told_in_the_next_sentence_takes_the_delegations_state(nlp, text, countries):
    """`delegation_named_before`: `Делегацию возглавил(а) <title>` right after a sentence naming one delegation of a
    state or a state's body."""
    assert [p.country for p in nlp(text).posts] == countries


@pytest.mark.parametrize("space", ["\xa0", "\n", "  "])
def test_a_posts_name_has_one_space_between_its_words_whatever_the_text_has(nlp, space):
    """A non-breaking space or a line break inside a post's phrase after its title (`Посла Франции в\xa0Казахстане`,
    as web pages write it) is one plain space in the post's name."""
    doc = nlp(f"Глава государства принял Чрезвычайного и Полномочного Посла Франции в{space}Казахстане Сильвена Гийо.")
    assert "чрезвычайный и полномочный посол Франции в Казахстане" in [p.name for p in doc.posts]


@pytest.mark.parametrize(("text", "post"), [
    ("Москва, 4 декабря. /ТАСС/. Премьер-министр Республики Союз Мьянма Мин Аун Хлайн прибыл в Москву с официальным "
     "визитом.", ("Мин Аун Хлайн", "премьер-министр", "MM", None)),
    ("Минск, 3 декабря. /БЕЛТА/. Первый заместитель министра иностранных дел Беларуси Сергей Лукашевич встретился с "
     "Послом Республики Союз Мьянма в Беларуси Тхет Наинг Ху.", ("Тхет Наинг Ху", "посол", "MM", "BY")),
])
def test_a_states_official_name_a_generic_noun_opens_gives_the_post_its_country(nlp, text, post):
    """`Республики Союз Мьянма`: the state's whole name opens with `Республика`, so the title reads it from the noun
    on (not `Союз` after it, no state), and the holder after it is that state's official."""
    doc = nlp(text)
    held = [(doc.entity(r.person).name, doc.entity(r.post)) for r in doc.relations if r.kind == "holds_post"]
    assert post in [(name, p.title, p.country, p.host) for name, p in held]  # type: ignore[union-attr]
    assert [m.text for c in doc.countries for m in c.mentions if c.id == "country-MM"] == ["Республики Союз Мьянма"]


@pytest.mark.parametrize(("text", "country"), [
    ("Генеральный консул провел встречу с акимом города Алматы Ерболатом Досаевым.", "KZ"),  # `города Алматы`
    ("Генеральный консул Узбекистана прибыл в Алматы, где встретился с акимом города Ерболатом Досаевым.", "KZ"),
])
def test_a_generic_place_gives_the_post_the_state_of_its_place(nlp, text, country):
    """`аким города Алматы`: the place gives the country; `аким города` with no name: the place named before."""
    doc = nlp(text)
    assert [p.country for p in doc.posts if p.title == "аким"] == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("Посол встретился с губернатором префектуры Осака Хирофуми Ёсимурой.", "JP"),
    # China's and South Korea's provinces the ISO names lack are in `locations.tsv`: not the dateline's state
    ("Ташкент, 15 сентября. /УзА/. Хоким Самаркандской области встретился с губернатором провинции Хэнань Ван Каем.",
     "CN"),
    ("Минск, 19 сентября. /БЕЛТА/. Министр встретился с губернатором провинции Хэйлунцзян Лян Хуэйлин.", "CN"),
    ("Ташкент, 18 сентября. /УзА/. Хоким провел переговоры с губернатором провинции Кёнгидо Ким Дон Ёном.", "KR"),
])
def test_a_region_named_after_a_governor_gives_its_state(nlp, text, country):
    doc = nlp(text)
    assert [p.country for p in doc.posts if p.title == "губернатор"] == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("Переговоры с Министром иностранных дел и международного сотрудничества Республики Мали А.Диопом.", "ML"),
    ("Встреча с заместителем министра иностранных дел и внешней торговли Северной Македонии Ненадом Колевым.",
     "MK"),
])
def test_a_state_in_the_phrase_a_title_governs_is_the_posts(nlp, text, country):
    assert [p.country for p in nlp(text).posts] == [country]


@pytest.mark.parametrize(("text", "host"), [
    ("Постоянный представитель Кыргызстана при ООН в Женеве Азамат Сатыбалдиев провел встречу.", "ООН"),
    ("Постоянный представитель России при ООН в Нью-Йорке Василий Небензя выступил.", "ООН"),
    ("Генеральный консул Казахстана в Стамбуле Алмас Жумабеков прибыл.", "TR"),
    ("Посол Казахстана в Таджикистане Валихан Туреханов прибыл.", "TJ"),
])
def test_a_body_a_representative_is_accredited_to_stays_the_host_before_its_seat(nlp, text, host):
    """`host_body` then `host_city` / `host_state`: the seat after `при ООН` is read but does not replace it."""
    assert [p.host for p in nlp(text).posts] == [host]


@pytest.mark.parametrize(("text", "host"), [
    ("Стороны обсудили подготовку к визиту Президента Турции в Казахстан.", None),  # where he goes
    ("Посол Турции в Казахстане Исмаил Ширин Кадиоглу прибыл.", "KZ"),
])
def test_a_state_after_v_in_the_accusative_is_a_direction_not_a_host(nlp, text, host):
    assert [p.host for p in nlp(text).posts] == [host]


@pytest.mark.parametrize(("text", "title"), [
    ("Спикер принял делегацию во главе с вице-председателем Джорджо Муле.", "вице-председатель"),
    ("Вице-консул Казахстана в Стамбуле Ержан Алиев прибыл.", "вице-консул"),
])
def test_a_vice_title_is_a_title_of_its_own(nlp, text, title):
    """`posts.tsv`: `вице-председатель`, `вице-консул`, not the bare `председатель` or nothing."""
    assert [p.title for p in nlp(text).posts] == [title]


@pytest.mark.parametrize(("text", "post"), [
    ("Министры обсудили подготовку к предстоящему визиту Президента Кыргызской Республики в Анкару.",
     "президент Кыргызской Республики"),  # where he goes, not the post's seat (`seat`)
    ("Генеральный секретарь организации прибыл с визитом в Москву.", "генеральный секретарь организации"),
    # after a trip's noun, `в X` is where the holder goes or stays, whatever its case (`posts.trips`)
    ("Посол проинформировал о подготовке к визиту Премьер-министра Пакистана в Душанбе.", "премьер-министр Пакистана"),
    ("Это часть двухдневного визита российского президента в Болгарии.", "российский президент"),
    ("Посол Казахстана в Баку Алим Баялиев провел встречу.", "посол Казахстана в Баку"),  # also a locative
    ("Генеральный консул Казахстана в Стамбуле Алмас Жумабеков прибыл.", "генеральный консул Казахстана в Стамбуле"),
])
def test_a_city_after_v_in_the_accusative_is_a_direction_not_a_seat(nlp, text, post):
    """`seat`, `host_city`: `в Анкару` is where someone goes; an indeclinable city (`в Баку`) stays the seat."""
    assert [p.name for p in nlp(text).posts] == [post]


@pytest.mark.parametrize(("text", "post"), [
    ("Глава российского МИД Сергей Лавров прибыл.", ("министр иностранных дел", "RU")),
    ("Глава грузинского внешнеполитического ведомства Майя Панджикидзе прибыла.",
     ("министр иностранных дел", "GE")),
    ("Верительные грамоты Президенту Российской Федерации вручили послы.", ("президент", "RU")),  # a state's name
])
def test_a_states_adjective_inside_a_title_gives_its_country_not_a_word(nlp, text, post):
    """`state_adjective_in_title`: the title is the one its state's name after it would give."""
    assert [(p.title, p.country) for p in nlp(text).posts] == [post]


def test_a_possessive_between_headed_by_and_the_title_leaves_the_delegations_state(nlp):
    """`delegation_state`: `во главе с ее председателем` is headed by the chair of the delegation's body, whose
    chamber's words the title takes (`possessed_body_title`), as `Председатель Палаты депутатов Парламента Чехии`
    reads."""
    doc = nlp("Председатель Национального Собрания Армении Ален Симонян принял делегацию Палаты депутатов Парламента "
              "Чехии во главе с ее председателем Томио Окамурой.")
    assert [(p.title, p.country) for p in doc.posts][-1] == ("председатель палаты депутатов", "CZ")


@pytest.mark.parametrize(("text", "post"), [
    ("Бишкек (Кабар). Министр Кулубаев находился с визитом в Королевстве Саудовская Аравия. Он провел переговоры с "
     "министром иностранных дел королевства принцем Фейсалом бин Фарханом Аль Саудом.",
     ("министр иностранных дел", "SA")),
    # capitalized, the noun is no proper name of the ministry's `дел` either
    ("Астана (Казинформ). Министр Кошербаев находился с визитом в Королевстве Таиланд. Он встретился с министром "
     "иностранных дел Королевства Марисом Сангиампонгсой.", ("министр иностранных дел", "TH")),
    ("Бишкек (Кабар). Министр Кулубаев находился с визитом в Республике Корея. Он провел переговоры с министром "
     "иностранных дел республики Чо Тэ Елем.", ("министр иностранных дел", "KR")),
    # a `республика` of a state named otherwise may be the item's own: left to the dateline
    ("Астана (Казинформ). Посол Японии встретился с главой МИД республики Муратом Нуртлеу.",
     ("министр иностранных дел", "KZ")),
])
def test_a_state_noun_after_a_title_is_the_state_named_before_by_its_long_name(nlp, text, post):
    """`state_noun_named_before`; the noun is no field of the minister (`posts.not_fields`). Without the rule, and
    with no place named before (`В Эр-Рияде`, which `generic_place` reads), the post is of the dateline's state
    (where `state_visited`, which reads the visit told before, is off too)."""
    assert next((p.title, p.country) for p in nlp(text).posts if p.title != "министр") == post
    if post[1] != "KZ":
        off = Pipeline(disable=["state_noun_named_before", "state_visited"])(text)
        assert next(p.country for p in off.posts if p.title != "министр") != post[1]


@pytest.mark.parametrize(("text", "post"), [
    ("Премьер-министр Грузии Ираклий Кобахидзе принял делегацию Азиатского банка развития (АБР) во главе с его "
     "президентом Масато Кандой.", ("президент", None, "Азиатский банк развития")),
    ("Министр Лазиз Кудратов принял делегацию Министерства торговли, промышленности и энергетики Республики Корея "
     "(МТИЭ) во главе с первым заместителем министра Ким Чон Гваном.",
     ("первый заместитель министра торговли, промышленности и энергетики", "KR", None)),  # `ministry_of_sentence`
    # a body of one state the gazetteer knows by its own name
    ("Премьер-министр Олжас Бектенов принял делегацию Японского агентства международного сотрудничества (JICA) во "
     "главе с ее президентом Акихико Танакой.", ("президент", "JP", None)),
    # a body the gazetteer does not know, its abbreviation inside its mention
    ("Министр иностранных дел Кыргызской Республики Жээнбек Кулубаев принял делегацию Корейского агентства "
     "международного сотрудничества (KOICA) во главе с вице-президентом Ли Мин Хо.",
     ("вице-президент", None, "Корейское агентство международного сотрудничества")),
])
def test_a_bracketed_abbreviation_after_a_delegations_body_leaves_the_title_the_bodys(nlp, text, post):
    """`delegation_body`, `delegation_state`: the body ends before its abbreviation in brackets."""
    assert [(p.title, p.country, p.organization) for p in nlp(text).posts][-1] == post


@pytest.mark.parametrize(("text", "post"), [
    ("Вице-министр иностранных дел РК Роман Василенко принял делегацию Министерства иностранных дел Норвегии во главе "
     "со статс-секретарем Эйвиндом Вадом Петерссоном.", ("статс-секретарь", "NO", None)),
    ("Министр финансов Республики Таджикистан принял делегацию Азиатского банка развития во главе со старшим "
     "вице-президентом Скоттом Моррисом.", ("старший вице-президент", None, "Азиатский банк развития")),
    ("Министр экономики Грузии Мариам Квривишвили приняла делегацию Министерства торговли Китая во главе со "
     "специальным представителем по торговым переговорам Ли Чэнганом.",
     ("специальный представитель по торговым переговорам", "CN", None)),
])
def test_headed_by_before_a_consonant_cluster_heads_the_delegation_too(nlp, text, post):
    """`delegation_state`, `delegation_body`: `во главе со` (before `ст`, `сп`) is `во главе с`."""
    assert post in [(p.title, p.country, p.organization) for p in nlp(text).posts]


@pytest.mark.parametrize(("text", "hosts"), [
    ("Между тем 8 ноября посол Кыргызстана в Турции и по совместительству в Северной Македонии А.Токтогулов, "
     "находившийся в Скопье с рабочей поездкой, провел встречу с заместителем министра.", ["TR", "MK"]),
    ("Посол Японии в Казахстане и Кыргызстане Кэйдзи Иидзима выступил.", ["KZ", "KG"]),
])
def test_an_ambassador_to_two_states_holds_a_post_for_each(nlp, text, hosts):
    """`second_host`: one phrase, two posts of the same holder, one per host state."""
    doc = nlp(text)
    held = [doc.entity(r.post) for r in doc.relations if r.kind == "holds_post"]
    assert [(p.title, p.host) for p in held] == [("посол", host) for host in hosts]


@pytest.mark.parametrize("text", [
    "Верительные грамоты вручили Посол Швейцарии Сибилле Оберхольцер, Посол Малайзии Мохд Азри бин Абдул Азиз.",
    "В мероприятии приняли участие Посол Германии Беате Кох и Посол Франции Жан Дюпон.",
])
def test_a_womans_first_name_the_dictionary_knows_only_in_oblique_forms_holds_the_title_before_it(nlp, text):
    """`Сибилле`, `Беате` read only as `Сибилла`'s, `Беата`'s dative: before a surname that does not decline, a
    foreign woman's nominative in apposition to `Посол`, with no verb's gender to tell."""
    doc = nlp(text)
    held = {doc.entity(r.person).name for r in doc.relations if r.kind == "holds_post"}
    assert len(held) == 2 and held == {p.name for p in doc.persons}


@pytest.mark.parametrize(("text", "codes"), [
    ("БЕЛГРАД, 4 декабря. /Танюг/. Президент Сербии Александр Вучич принял верительные грамоты новых послов. "
    "Верительные грамоты вручили:\n\nПетер Кальтенбергер – Австрия\nЛи Минган – Китай\nМарко Ферранте – Италия",
     ["AT", "CN", "IT"]),
    ("Минск, 5 декабря. /БЕЛТА/. Президент Беларуси Александр Лукашенко принял верительные грамоты у послов. "
    "Верительные грамоты вручили\n\nХавьер Гарсия – Никарагуа\nАхмад Джалали – Иран\nНгуен Ван Тхао – Вьетнам",
     ["NI", "IR", "VN"]),
])
def test_a_credentials_line_without_a_stop_is_held_by_the_name_before_its_dash(nlp, text, codes):
    """A list `Name – State` whose lines end in no `;` or `.`: each state's ambassador is the name on its own line,
    not the next line's name after it (each ambassador holds one post and meets the president)."""
    doc = nlp(text)
    held = [(doc.entity(r.person).name, doc.entity(r.post).country) for r in doc.relations  # type: ignore[union-attr]
            if r.kind == "holds_post" and doc.entity(r.post).title == "посол"]  # type: ignore[union-attr]
    names = [line.split(" – ")[0] for line in text.split("\n")[2:]]
    assert held == list(zip(names, codes, strict=True))
    assert len(meetings(doc)) == 3


@pytest.mark.parametrize(("text", "title"), [
    ("Москва, 12 октября. /ТАСС/. Замглавы МИД РФ Михаил Галузин провел консультации.",
     "заместитель министра иностранных дел"),
    ("Замглавы МИД России Андрей Руденко обсудил с послом КНДР ситуацию.", "заместитель министра иностранных дел"),
    ("Зампредседателя Общественного совета Антон Цветков сообщил.", "заместитель председателя"),
])
def test_an_indeclinable_title_is_held_by_the_name_after_it_in_any_case(nlp, text, title):
    """`замглавы`, `замминистра`, `зампредседателя` do not decline (the dictionary's `Fixd`): slovnet's case for them
    is a guess (here the genitive), so the name after one agrees in whatever case it stands in."""
    doc = nlp(text)
    assert [(doc.entity(r.post).title, doc.entity(r.person).name) for r in doc.relations  # type: ignore[union-attr]
            if r.kind == "holds_post"][:1] == [(title, doc.persons[0].name)]


def test_a_first_name_in_the_titles_case_opens_the_holders_name_not_the_governed_phrase(nlp):
    """NER reads `Турецкой Республики Реджепом` as one place and the name from `Тайипом` on: the first name in the
    title's instrumental is the holder's, so the post ends at the state and is his."""
    doc = nlp("Президент Туркменистана Сердар Бердымухамедов провел переговоры с Президентом Турецкой Республики "
              "Реджепом Тайипом Эрдоганом.")
    held = {doc.entity(r.person).name: doc.entity(r.post).name for r in doc.relations if r.kind == "holds_post"}
    assert held["Реджеп Тайип Эрдоган"] == "президент Турецкой Республики"


@pytest.mark.parametrize(("text", "post"), [
    ("Посол провел встречу со статс-секретарем Министерства иностранных дел ФРГ Томасом Багером.",
     ("статс-секретарь", "DE", "Министерство иностранных дел Федеративной Республики Германия")),
    ("Премьер-министр принял вице-премьера Правительства Казахстана Серика Жумангарина.",
     ("вице-премьер", "KZ", "Правительство Республики Казахстан")),
    # a deputy's title naming the officer keeps the body: the officer's
    ("Замглавы МИД РК Роман Василенко принял посла.", ("заместитель министра иностранных дел", "KZ", None)),
    # a secretary's serves the ministry too (`posts.secretaries`); one of an international body keeps it as before
    ("Грушко провел консультации с Генеральным секретарем Министерства иностранных дел Швейцарии "
     "Александром Фазелем.", ("генеральный секретарь", "CH", "Министерство иностранных дел Швейцарской Конфедерации")),
    ("Фариз Рзаев встретился с генеральным секретарем МИД Японии Такэо Мори.",
     ("генеральный секретарь", "JP", "Министерство иностранных дел Японии")),
    ("Касым-Жомарт Токаев встретился с Генеральным секретарем ОДКБ Имангали Тасмагамбетовым.",
     ("генеральный секретарь", None, "Организация Договора о коллективной безопасности")),
])
def test_a_deputys_title_naming_no_officer_takes_the_state_body_after_it_as_its_organization(nlp, text, post):
    """`body_ends_chain`: a deputy does not head the body after a title naming no officer (`posts.officer_prefixes`)."""
    assert [(p.title, p.country, p.organization) for p in nlp(text).posts] == [post]


@pytest.mark.parametrize("text", [
    "Бейрут, 11 июня. Президент Ливана Жозеф Аун принял Специального представителя Президента России по Ближнему "
    "Востоку и странам Африки, заместителя министра иностранных дел России Михаила Богданова.",
    "Ереван, 11 июня. /Арменпресс/. Исполняющий обязанности министра иностранных дел Армении Ваан Костанян принял "
    "Специального представителя Президента Российской Федерации по Ближнему Востоку и странам Африки, заместителя "
    "министра иностранных дел России Михаила Богданова.",
])
def test_a_second_title_in_the_first_ones_genitive_or_accusative_form_goes_on_the_chain(nlp, text):
    """`complements.second_title`: after `принял Специального представителя … по Ближнему Востоку и странам Африки`, the
    tagger may read `заместителя` as a genitive and `представителя` as an accusative; one form is both, so the second
    title ends the first's governed phrase and both are the holder's (rule `genitive_or_accusative`)."""
    doc = nlp(text)
    held = {doc.entity(r.post).name for r in doc.relations if r.kind == "holds_post"
            if doc.entity(r.person).name == "Михаил Богданов"}
    assert any(name.endswith("по Ближнему Востоку и странам Африки") for name in held) and len(held) == 2
