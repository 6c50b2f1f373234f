"""Every named rule has an example: relation and holder rules here (the text, and the rule that must produce
one of its relations), date rules in test_dates.py, post phrase rules in test_post_rules.py."""

from __future__ import annotations

import pytest

from diplonlp import Document, Pipeline
from diplonlp.stages import RULES

from .conftest import meetings
from .test_dates import EXAMPLES as DATE_EXAMPLES
from .test_post_rules import EXAMPLES as POST_EXAMPLES
from .test_post_rules import TITLE_EXAMPLES

TALKS = ("Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана Шавкатом "
         "Мирзиёевым. ")
CREDENTIALS = ("18 ноября в Москве Владимир Путин принял верительные грамоты у новых послов.\n"
               "Верительные грамоты Президенту Российской Федерации вручили:\n"
               "Сомпорн Чайясит – Королевство Таиланд;\n"
               "Хамад бен Абдалла Аль Аттыйя – Государство Катар;\n"
               "Нгуен Ван Хунг – Социалистическая Республика Вьетнам.\n")
EXAMPLES = {
    "credentials_list": CREDENTIALS,
    "meeting_credentials": CREDENTIALS,
    "title_before_name": "Посол Казахстана в Сербии Мади Атамкулов прибыл в Белград.",
    "name_before_title": "Мади Атамкулов, посол Казахстана в Сербии, прибыл в Белград.",
    "title_chain": "Вице-премьер – министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Белград.",
    "name_before_titles": "Академик Виктор Виноградов, языковед и литературовед, выступил.",
    "predicate": "Глава МИД назначил Мурата Нуртлеу послом Казахстана в Венгрии.",
    "pronoun_before_dash": "Иван Петров работал в Минске. До этого он — заместитель председателя ВГТРК.",
    "conjunct": "Модибо Сидибе был министром здравоохранения, а затем министром иностранных дел Мали.",
    "guest_refers_to_visitor": "Самарканд, 23 апреля (УзА). Хоким Самаркандской области Эркинжон Турдимов "
                               "встретился с губернатором провинции Кёнсан-Пукто Республики Корея Ли Чхоль "
                               "У.\n\nЗатем гость посетил Самаркандский государственный университет.",
    "pronoun_subject": "Министр иностранных дел России Сергей Лавров прибыл в Ташкент. Он провел переговоры с "
                       "министром иностранных дел Узбекистана Бахтиёром Саидовым.",
    "dateline_city": "Рыженков и Ван И обсудили подготовку контактов ТЯНЬЦЗИНЬ, 15 июля.",
    "attested_place_name": "Лавров в Тяньцзине обсудил с Ван И подготовку визита. Тяньцзинь принимает саммит ШОС.",
    "part_of_place": "Министры обменялись мнениями о ситуации в Северо-Восточной Азии.",
    "body_of_organization": "Состоялось заседание Совета министров иностранных дел государств – участников СНГ.",
    "field_of_body": "Министр встретился с руководителем Управления ООН по наркотикам и преступности Гадой Вали.",
    "state_of_body": "По данным Национального статистического комитета Беларуси, товарооборот вырос.",
    "agreement_told_before": "АСТАНА, 28 января. КАЗИНФОРМ – Между Казахстаном и Китаем вступило в силу соглашение о "
                             "взаимном освобождении от визовых требований. Соглашение было подписано в сентябре 2023 "
                             "года в Пекине.",
    "commission_of_states": "В Астане состоялось заседание Казахстанско-турецкой межправительственной комиссии по "
                            "торгово-экономическому сотрудничеству.",
    "chamber_of_parliament": "Председатель Сената Олий Мажлиса Танзила Нарбаева приняла делегацию.",
    "states_of_joint_body": "В Ташкенте прошло заседание Совместного делового совета Узбекистана и Франции.",
    "body_within_body": "Член Политбюро ЦК КПК, министр иностранных дел КНР Ван И провел переговоры.",
    "organ_before_body": "Генеральный секретарь ЦК Коммунистической партии Вьетнама То Лам принял посла России.",
    "sides_of_each_meeting": "Министр иностранных дел Таджикистана Сироджиддин Мухриддин провел встречи с Министром "
                             "иностранных дел Саудовской Аравии Фейсалом бин Фарханом и Генеральным секретарем ОИС "
                             "Хусейном Ибрагимом Таха. В ходе встреч обсуждены вопросы сотрудничества в сфере "
                             "энергетики.",
    "body_qualifier": "Председатель Мажилиса Ерлан Кошанов принял делегацию Великого национального собрания Турции.",
    "place_of_body": "Форум организован Торгово-промышленной палатой Милана.",
    "destination_region": "КОНАЕВ, 16 апр - Sputnik. Аким Алматинской области Марат Султангазиев провел встречу с "
                          "послом Кыргызстана в Казахстане Эркином Сатыбалдиевым, находящимся в регионе с рабочей "
                          "поездкой.",
    "stay_for_event": "ВЬЕНТЬЯН, 26 июля. /ТАСС/. Глава МИД России Сергей Лавров, находящийся в Лаосе для участия в "
                      "мероприятиях АСЕАН, встретился с госсекретарем США Энтони Блинкеном.",
    "meetings_listed": "Бишкек, 7 марта — Кабар. Министр иностранных дел Жээнбек Кулубаев провел ряд встреч:\n"
                       "– с Послом Турции Мехметом Кемалем Бозаем;\n– с Послом Ирана Хасаном Мохсени Фардом.",
    "officials_unnamed": "Президенты Казахстана и Узбекистана провели переговоры в Ташкенте.",
    "visitors_listed": "Президент Узбекистана Шавкат Мирзиёев принял министров иностранных дел стран Центральной "
                       "Азии — Мурата Нуртлеу, Жээнбека Кулубаева и Рашида Мередова, прибывших в Ташкент для "
                       "участия в совещании.",
    "visit_sides": "В ходе государственного визита Президента Кыргызской Республики Садыра Жапарова в Казахстан "
                   "главы государств подписали Договор о союзнических отношениях. Кроме того, стороны подписали "
                   "соглашения о сотрудничестве в области транспорта и энергетики.",
    "one_state_body": "Делегацию приняла председатель Народной скупщины Ана Брнабич.",
    "org_head_refers_back": "Замминистра провел беседу с делегацией Лиги арабских государств. Обсуждались вопросы "
                            "взаимодействия России и Лиги в интересах урегулирования конфликтов.",
    "dateline_agency": "МИНСК, 3 октября /Корр. БЕЛТА/. Министр иностранных дел Беларуси Максим Рыженков прибыл в "
                       "Ташкент.",
    "title_refers_back": "Посол Казахстана в Сербии Мади Атамкулов прибыл в Белград. Посол подчеркнул значение "
                         "визита.",
    "role_noun_refers_back": "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Белград. Глава "
                             "внешнеполитического ведомства провел переговоры.",
    "documents_after_colon": "Ташкент, 3 декабря. /УзА/. Президент Республики Узбекистан Шавкат Мирзиёев провел "
                             "переговоры с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом. По итогам "
                             "переговоров главы государств подписали следующие документы:\nСовместное заявление о "
                             "дальнейшем углублении стратегического партнерства;\nСоглашение о сотрудничестве в "
                             "области энергетики;\nМеморандум о взаимопонимании в сфере образования.",
    "cooperation_joint_work": "Было отмечено, что Кыргызстан вместе с ФРГ осуществляет программу по сохранению "
                              "лесов Тянь-Шаня.",
    "credentials_bracketed": "Минск, 3 декабря. /БЕЛТА/. Президент Беларуси Александр Лукашенко принял верительные "
                             "грамоты у послов. Верительные грамоты вручили: Тин Тин Ньюнт (Мьянма), Абдулла "
                             "Аль-Харби (Кувейт), Хуан Карлос Мартинес (Никарагуа).",
    "diplomat_of_foreign_ministry": "Нейпьидо, 2 декабря. /ТАСС/. Председатель Государственного совета Мьянмы Мин "
                                    "Аун Хлайн провел переговоры с заместителем министра иностранных дел России "
                                    "Андреем Руденко. Накануне российский дипломат встретился с министром "
                                    "иностранных дел Мьянмы Тан Свэ.",
    "state_adjective_inside": "Министр иностранных дел Грузии Майя Панджикидзе приняла генерального секретаря ОБСЕ "
                              "Ламберто Заньера. Глава грузинского внешнеполитического ведомства проинформировала "
                              "гостя о ситуации.",
    "head_of_state_title": "Владимир Путин принял верительные грамоты у послов. Выступая перед дипломатами, "
                           "Президент России отметил значение диалога.",
    "headline_role_noun": "Глава МИД Узбекистана посетил Вену\n\nМинистр иностранных дел Узбекистана Бахтиёр Саидов "
                          "посетил штаб-квартиру МАГАТЭ.",
    "cooperation_with_body_named": "Министр встретился с Генеральным секретарем ОБСЕ Феридуном Синирлиоглу. Стороны "
                                   "обсудили взаимодействие Казахстана с организацией в сфере безопасности.",
    "cooperation_with_actor": "Президент России Владимир Путин принял послов и выразил уверенность в дальнейшем "
                              "укреплении связей с Таиландом.",
    "meeting_talks": TALKS,
    "subject_told_before": "Президент Кыргызстана Садыр Жапаров совершил государственный визит в Турцию. В Анкаре "
                           "состоялись переговоры с Президентом Турции Реджепом Тайипом Эрдоганом.",
    "meeting_each_counterpart": "Министр иностранных дел России Сергей Лавров прибыл в Ташкент. Затем он "
                                "встретился с президентом Узбекистана Шавкатом Мирзиёевым, а также провел "
                                "переговоры с главой МИД Бахтиёром Саидовым.",
    "meetings_plural": "Министр иностранных дел России Сергей Лавров провел в Куала-Лумпуре встречи с Ван И и "
                       "Сугионо.",
    "counterparts_of_states": "Министр иностранных дел России Сергей Лавров провел переговоры с министром "
                              "иностранных дел Узбекистана Бахтиёром Саидовым и министром иностранных дел Киргизии "
                              "Жээнбеком Кулубаевым.",
    "meeting_joined": "Министр иностранных дел Беларуси Максим Рыженков провел встречу с генеральным секретарем "
                      "ОДКБ Имангали Тасмагамбетовым. Во встрече приняли участие начальник управления МИД Беларуси "
                      "Сергей Черных и советник генерального секретаря ОДКБ Валентина Дубяго.",
    "session_participants": "Под председательством министра иностранных дел Казахстана Мурата Нуртлеу прошло "
                            "заседание СМИД ШОС. В заседании приняли участие министр иностранных дел КНР Ван И и "
                            "министр иностранных дел России Сергей Лавров.",
    "meeting_delegation_heads": "В Ташкенте состоялись межмидовские консультации Узбекистана и Казахстана. Узбекскую "
                                "делегацию возглавил заместитель министра иностранных дел Бахромжон Алоев, "
                                "казахстанскую – заместитель министра иностранных дел Казахстана Алибек Бакаев.",
    "call_sides": "Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Узбекистана "
                  "Шавкатом Мирзиёевым. Стороны обсудили вопросы сотрудничества в энергетике.",
    "visitor_staying": "Министр иностранных дел Беларуси Максим Рыженков, находящийся в Китае с рабочим визитом, "
                       "провел переговоры с министром иностранных дел КНР Ван И.",
    "visitor_owner": "Министры обсудили итоги визита Премьер-министра Казахстана Олжаса Бектенова в Пекин.",
    "destination_setting": "Минск, 17 мая (БЕЛТА). Министр иностранных дел Японии Такэси Ивай прибыл в республику "
                           "с официальным визитом.",
    "visitor_subject": "Президент Сербии Александар Вучич встретился с послом Китая Ли Мином и посетил Нови-Сад.",
    "visit_verb": "Министр иностранных дел Армении Арарат Мирзоян посетил Минск.",
    "visit_noun": "Министр иностранных дел Армении Арарат Мирзоян совершил визит в Минск.",
    "cooperation_compound": "Стороны обсудили казахско-таджикское сотрудничество в сфере энергетики.",
    "cooperation_clause_partner": "Беларусь и Китай развивают торговлю, а с Вьетнамом успешно развивается "
                                  "сотрудничество в сельском хозяйстве.",
    "cooperation_between": "Товарооборот между Казахстаном и Узбекистаном вырос, отметили в сфере торговли.",
    "cooperation_of_with": "Стороны обсудили развитие сотрудничества Алматинской области с Иссык-Кульской "
                           "областью в сфере туризма.",
    "cooperation_two_states": TALKS + "Обсуждено сотрудничество двух стран в сфере энергетики.",
    "cooperation_bilateral": TALKS + "Стороны обсудили двустороннее сотрудничество в сфере энергетики.",
    "cooperation_partner": "Таджикистан, подчеркнул В.Путин, является стратегическим партнером и союзником России.",
    "cooperation_subjects": "Казахстан и Турция развивают сотрудничество в сфере энергетики.",
    "agreement_told_in_full": "Глава МИД Казахстана и госсекретарь США подписали меморандум\n\nВашингтон, 12 февраля "
                              "2026 года – Министр иностранных дел Казахстана Ермек Кошербаев и Государственный "
                              "секретарь США Марко Рубио подписали Меморандум о взаимопонимании в области критически "
                              "важных минералов.",
    "meeting_discussed_with": "Министр иностранных дел Туркменистана Рашид Мередов провел ряд встреч на полях "
                              "Форума. С министром иностранных дел Азербайджана Джейхуном Байрамовым обсуждалось "
                              "сотрудничество в энергетике.",
    "cooperation_subject_states": "Узбекистан, Казахстан и Таджикистан договорились о совместном использовании водных "
                                  "ресурсов. Стороны также договорились расширить сотрудничество в сфере "
                                  "гидроэнергетики.",
    "meeting_joint_subjects": "Минск, 4 апреля. Посол Беларуси в Китае Александр Ярошенко и вице-губернатор провинции "
                              "Цзянсу Ху Гуанцзе обсудили развитие сотрудничества в сфере промышленности.",
    "cooperation_sides_of_talks": TALKS + "Стороны обсудили вопросы энергетики и транспорта.",
    "cooperation_participants_told": "Президент Сербии Александар Вучич встретился с послом России Александром "
                                     "Боцан-Харченко. Вучич сообщил, что обсудил с послом сотрудничество в "
                                     "энергетике.",
    "cooperation_bilateral_talks": "Стороны обсудили казахско-турецкое сотрудничество. " + TALKS +
                                   "Собеседники обсудили совместные проекты в сфере энергетики.",
    "agreement_between": "Подписано соглашение о сотрудничестве между Казахстаном и Узбекистаном.",
    "agreement_between_in_sentence": "Между Казахстаном и Узбекистаном подписано соглашение о сотрудничестве.",
    "agreement_signers": "Министры иностранных дел Казахстана и Узбекистана подписали соглашение о сотрудничестве.",
    "agreement_session": "Под председательством министра иностранных дел Казахстана Мурата Нуртлеу прошло "
                         "заседание СМИД ОДКБ. В заседании приняли участие министр иностранных дел Беларуси Максим "
                         "Рыженков и министр иностранных дел России Сергей Лавров. По итогам заседания министры "
                         "подписали План консультаций.",
    "agreement_sides_of_talks": TALKS + "Стороны подписали соглашение о стратегическом партнерстве.",
    "signing_ceremony": "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Президентом Египта Абдель "
                        "Фаттахом ас-Сиси. По завершении переговоров состоялась церемония подписания соглашения о "
                        "сотрудничестве в области туризма.",
    "signing_witnessed": "Председатель КНР Си Цзиньпин провел переговоры с президентом Сербии Александром Вучичем. "
                         "После переговоров главы двух государств присутствовали при подписании ряда документов о "
                         "сотрудничестве в областях торговли и культуры.",
    "signed_by_sides": "Президент Беларуси Александр Лукашенко провел переговоры с Президентом Зимбабве Эммерсоном "
                       "Мнангагвой. Кроме того, подписаны соглашения о сотрудничестве в области сельского хозяйства.",
    "membership_frame": "Казахстан и Узбекистан сотрудничают в рамках ШОС.",
    "membership_word": "Казахстан является членом ШОС.",
    "membership_listed": "В заседании приняли участие министры иностранных дел государств – членов ОДКБ – "
                         "Беларуси Максим Рыженков и Кыргызстана Жээнбек Кулубаев.",
    "membership_qualified_state": "Он отметил последовательную позицию Туркменистана, являющегося членом ООН с 1992 "
                                  "года.",
    "membership_noun": "Белорусский лидер подчеркнул, что членство Беларуси в ЕАЭС отвечает интересам страны.",
    "membership_joint_work": "Он подчеркнул значение совместных инициатив Казахстана и Узбекистана в ООН и ОБСЕ.",
    "membership_entering": "Справочно: в ОДКБ входят Армения, Беларусь, Казахстан и Кыргызстан.",
    "agreement_long_title": "Особое внимание было уделено реализации Меморандума о взаимопонимании между "
                            "Таджикистаном, Туркменистаном, Узбекистаном и ЮНЕСКО о сотрудничестве в сохранении "
                            "объектов культурного наследия, подписанного в 2021 году.",
    "documents_listed": TALKS + "Главы государств подписали Договор о союзнических отношениях и Совместное "
                        "заявление.",
    "membership_state_noun": "Министр иностранных дел Таджикистана Сироджиддин Мухриддин напомнил, что республика "
                             "стала членом ЮНЕСКО в 1993 году.",
    "meeting_named_later": "Астана. 3 апреля. KAZAKHSTAN TODAY - Заместитель министра иностранных дел РК провел "
                           "консультации с делегацией МИД Индии. В ходе консультаций заместитель министра иностранных "
                           "дел Казахстана Алибек Бакаев и секретарь МИД Индии Танмая Лал обсудили вопросы "
                           "сотрудничества.",
    "talks_of_agent": "Посол России в Казахстане Алексей Бородавкин принял участие в переговорах Сергея Лаврова с "
                      "Муратом Нуртлеу.",
    "official_named_elsewhere": "Баку, 19 июня (АЗЕРТАДЖ). Находящийся с официальным визитом в Азербайджане "
                                "Президент Республики Узбекистан Шавкат Мирзиёев посетил Аллею почетного "
                                "захоронения. Затем состоялась встреча президентов Азербайджана и Узбекистана.",
    "sides_by_title": "Президент Монголии Ухнаагийн Хурэлсух провел переговоры с Президентом Казахстана "
                      "Касым-Жомартом Токаевым. Президенты подписали программу стратегического партнерства.",
    "side_of_counterpart": "Министр иностранных дел России Сергей Лавров провел переговоры с Министром иностранных "
                           "дел Кубы Бруно Родригесом. В ходе беседы кубинский министр поблагодарил российскую "
                           "сторону за помощь.",
    "colleague_post": "Анкара, 2 декабря /Анадолу/. Министр иностранных дел Турции Хакан Фидан принял в Анкаре "
                      "своего венгерского коллегу Петера Сийярто.",
    "where_clause_subject": "Ереван, 14 октября. /Арменпресс/. Министр иностранных дел Армении Арарат Мирзоян "
                            "находился с рабочим визитом в Брюсселе, где провел встречи с генеральным секретарем "
                            "НАТО Марком Рютте и еврокомиссаром по вопросам расширения Мартой Кос.",
    "cooperation_joined_to_sides": "Сеул, 3 декабря. /Ёнхап/. Министр иностранных дел Республики Корея Чо Хён "
                                   "провел переговоры с министром иностранных дел Японии Такэси Иваей. Стороны "
                                   "подтвердили намерение укреплять трехстороннее сотрудничество с США.",
    "title_told_before": "Астана, 3 декабря. /Kazinform/. Подписана Дорожная карта по развитию "
                         "торгово-экономического сотрудничества на 2027–2029 годы. Документ подписали заместитель "
                         "премьер-министра Казахстана Серик Жумангарин и министр экономики Монголии Бямбасайхан.",
    "cooperation_together_with": "Пекин, 3 декабря. /Синьхуа/. Председатель КНР Си Цзиньпин направил поздравительное "
                                 "послание президенту Казахстана Касым-Жомарту Токаеву. Си Цзиньпин подчеркнул, что "
                                 "Китай готов вместе с Казахстаном углублять сотрудничество в сферах торговли и "
                                 "энергетики.",
    "date_told_again": "Бишкек, 3 декабря. /Кабар/. Президент Кыргызстана Садыр Жапаров подписал закон о ратификации "
                       "Соглашения между Кыргызской Республикой и Республикой Таджикистан о государственной границе. "
                       "Соглашение было подписано 13 марта 2025 года в Бишкеке.",
    "heads_of_delegations": "Ташкент, 7 декабря (УзА). В Ташкенте прошло заседание Совета министров иностранных дел "
                            "СНГ. В заседании приняли участие министр иностранных дел Беларуси Максим Рыженков, "
                            "министр иностранных дел России Сергей Лавров и министр иностранных дел Узбекистана "
                            "Бахтиёр Саидов.\n\nВ тот же день Президент Узбекистана Шавкат Мирзиёев принял глав "
                            "делегаций государств – участников СНГ.",
    "role_of_another_state": "Ташкент, 5 сентября. /УзА/. Президент Республики Узбекистан Шавкат Мирзиёев провел "
                             "переговоры по видеосвязи с Президентом Республики Корея Ли Чжэ Мёном. Затем Глава "
                             "государства принял министра иностранных дел Республики Корея Чо Хёна.",
    "destinations_listed": "Бишкек, 3 мая. /Кабар/. Посол Японии в Кыргызстане Кэйдзи Иидзима посетил Ош, "
                           "Джалал-Абад и Баткен.",
    "pronoun_of_another_state": "Ханой, 19 июня. /ВИА/. Премьер-министр Вьетнама Фам Минь Тинь принял в Ханое "
                                "министра иностранных дел Казахстана Ермека Кошербаева. Ранее он провел переговоры "
                                "со своим вьетнамским коллегой Буй Тхань Шоном.",
    "pair_referred": "Анкара, 24 ноября. /Анадолу/. Министр иностранных дел Турции Хакан Фидан и его иранский коллега "
                     "Аббас Арагчи провели в Анкаре совместную пресс-конференцию. Главы МИД двух стран обсудили "
                     "ситуацию в регионе.",
}


@pytest.mark.parametrize("rule", sorted(EXAMPLES))
def test_rule_example(nlp, rule):
    fired = {f.rule for f in nlp.trace(EXAMPLES[rule])}  # relations' rules, and references
    assert rule in fired, fired


VETOES = [
    # (rule, text, the country codes with the rule, without it): rules that keep a mention out
    ("not_currency_or_language", "Товарооборот превысил 280 млн долларов США.", [], ["US"]),
    ("adjective_in_place_name", "Делегация Республики Сербской прибыла в Москву.", [], ["RS"]),
    ("adjective_in_feature_name", "Стороны обсудили ситуацию на Корейском полуострове и в Японском море.", [],
     ["KR", "JP"]),
]


@pytest.mark.parametrize(("rule", "text", "on", "off"), VETOES, ids=[v[0] for v in VETOES])
def test_veto_example(nlp, rule, text, on, off):
    assert [c.code for c in nlp(text).countries] == on
    assert [c.code for c in Pipeline(disable=[rule])(text).countries] == off


@pytest.mark.parametrize(("text", "kinds"), [
    (EXAMPLES["sides_by_title"], ["cooperation", "agreement"]),  # a strategic partnership's programme
    ("Премьер-министр Вьетнама Фам Минь Тинь встретился с премьер-министром Лаоса Сонсаем Сипхандоном. "
     "Премьер-министры договорились расширять сотрудничество в сфере энергетики.", ["cooperation"]),
    # a title one of the two does not hold stands for no side
    ("Президент Монголии Ухнаагийн Хурэлсух провел переговоры с министром иностранных дел Казахстана Ермеком "
     "Кошербаевым. Президенты обсудили торгово-экономическое сотрудничество.", []),
])
def test_a_plural_title_both_sides_hold_stands_for_the_sides(nlp, text, kinds):
    """`sides_by_title`; the plural title, which the tagger may call a singular name opening a sentence, refers to
    neither holder alone."""
    doc = nlp(text)
    assert [r.kind for r in doc.relations if r.kind in ("cooperation", "agreement")] == kinds
    assert [r.kind for r in Pipeline(disable=["sides_by_title"])(text).relations if r.kind in (
        "cooperation", "agreement")] == []
    plural = ("Президенты", "Премьер-министры")
    assert [m.text for p in doc.persons for m in p.mentions if m.text.startswith(plural)] == []


def test_ambassadors_no_one_holds_meet_the_receiver_each_for_their_state(nlp):
    """`meeting_credentials`: the contract's `meets each ambassador`, where the text names their states only."""
    doc = nlp("Кишинев, 9 сентября. Президент Молдовы Майя Санду приняла верительные грамоты послов Германии, Франции "
              "и Польши.")
    assert sorted(meetings(doc)) == [["Германия", "Майя Санду"], ["Майя Санду", "Польша"], ["Майя Санду", "Франция"]]
    assert [r.rule for r in doc.relations if r.kind == "meeting"] == ["meeting_credentials"] * 3


@pytest.mark.parametrize(("text", "met"), [
    ("Дакка, 21 декабря. Главный советник Временного правительства Бангладеш Мухаммад Юнус принял верительные "
     "грамоты от послов Казахстана, Узбекистана и Туркменистана.",
     [["Казахстан", "Мухаммад Юнус"], ["Мухаммад Юнус", "Туркменистан"], ["Мухаммад Юнус", "Узбекистан"]]),
    ("Улан-Батор, 3 декабря. Президент Монголии Ухнаагийн Хурэлсух принял верительные грамоты от посла Казахстана.",
     [["Казахстан", "Ухнаагийн Хурэлсух"]]),
])
def test_credentials_received_from_ambassadors_no_one_holds(nlp, text, met):
    """`officials_unnamed` past `верительные грамоты от`: the ambassadors are the ones the receiver meets."""
    assert sorted(meetings(nlp(text))) == met


def test_a_credentials_list_names_ambassadors_who_meet_the_receiver(nlp):
    doc = nlp(CREDENTIALS, date="2025-11-18")
    held = {doc.entity(r.person).name: doc.entity(r.post) for r in doc.relations if r.kind == "holds_post"}
    assert {name: (p.title, p.country, p.host) for name, p in held.items()} == {
        "Сомпорн Чайясит": ("посол", "TH", "RU"), "Хамад бен Абдалла Аль Аттыйя": ("посол", "QA", "RU"),
        "Нгуен Ван Хунг": ("посол", "VN", "RU"), "Владимир Путин": ("президент", "RU", None)}  # the last by
    # `head_of_state_title` (`Верительные грамоты Президенту Российской Федерации вручили`)
    meetings = [r for r in doc.relations if r.kind == "meeting"]
    assert sorted(doc.entity(r.participants[1]).name for r in meetings) == sorted(set(held) - {"Владимир Путин"})
    assert {doc.entity(r.participants[0]).name for r in meetings} == {"Владимир Путин"}
    assert {(doc.entity(r.date).value, doc.entity(r.location).name) for r in meetings} == {("2025-11-18", "Москва")}
    # without the word for credentials, a line `Name – State` is no post
    assert [r for r in nlp(CREDENTIALS.replace("верительные грамоты", "делегации").replace(
        "Верительные грамоты", "Делегации")).relations if r.kind == "holds_post" and "посол" in str(r)] == []


def test_a_credentials_list_may_run_inline_after_a_colon(nlp):
    """`credentials_list`: the items `Name – State` after the colon of the sentence that tells credentials, commas
    between, are ambassadors of their states to the receiver's state, each meeting him."""
    text = ("Президент Беларуси Александр Лукашенко принял верительные грамоты у послов ряда государств. Верительные "
            "грамоты вручили: Хуан Карлос Сальгадо – Никарагуа, Мохаммад Реза Саббури – Иран, Ли Цзинь – Китай.")
    doc = nlp(text)
    posts = {(p.title, p.country, p.host) for p in doc.posts if p.title == "посол"}
    assert posts == {("посол", "NI", "BY"), ("посол", "IR", "BY"), ("посол", "CN", "BY")}
    assert len([r for r in doc.relations if r.kind == "meeting"]) == 3
    assert [p for p in Pipeline(disable=["credentials_list"])(text).posts if p.title == "посол"] == []


def test_a_credentials_list_may_give_the_state_before_the_name(nlp):
    """`credentials_list`: items `State – Name` (`Турции – Уфука Улутаса`) are ambassadors too, each the holder of
    the post before the dash, the name read in the state's case."""
    text = ("Президент Молдовы Майя Санду приняла верительные грамоты послов ряда государств: Турции – Уфука Улутаса, "
            "Японии – Кэндзи Ямады, Швеции – Карин Ярнер.")
    doc = nlp(text)
    held = {(doc.entity(r.person).name, doc.entity(r.post).country, doc.entity(r.post).host)  # type: ignore[union-attr]
            for r in doc.relations if r.kind == "holds_post" and doc.entity(r.post).title == "посол"}  # type: ignore[union-attr]
    assert held == {("Уфук Улутас", "TR", "MD"), ("Кэндзи Ямада", "JP", "MD"), ("Карин Ярнер", "SE", "MD")}
    assert len([r for r in doc.relations if r.kind == "meeting"]) == 3


def test_a_where_clause_has_the_main_clauses_subject(nlp):
    """`where_clause_subject`: the visitor meets each person the `где` clause names, not they each other."""
    assert sorted(meetings(nlp(EXAMPLES["where_clause_subject"]))) == [["Арарат Мирзоян", "Марк Рютте"],
                                                                      ["Арарат Мирзоян", "Марта Кос"]]
    assert meetings(Pipeline(disable=["where_clause_subject"])(EXAMPLES["where_clause_subject"])) == [
        ["Марк Рютте", "Марта Кос"]]


def _posts_held(doc: Document) -> set[tuple[str, str, str | None, str | None]]:
    return {(doc.entity(r.person).name, doc.entity(r.post).title, doc.entity(r.post).country,  # type: ignore[union-attr]
             doc.entity(r.post).host) for r in doc.relations if r.kind == "holds_post"}  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "held"), [
    (EXAMPLES["colleague_post"], ("Петер Сийярто", "министр иностранных дел", "HU", None)),
    ("Москва, 2 декабря /ТАСС/. Министр обороны России Андрей Белоусов провел переговоры с коллегой из Белоруссии "
     "Виктором Хрениным.", ("Виктор Хренин", "министр обороны", "BY", None)),
    ("Посол России в Казахстане Алексей Бородавкин встретился со своим узбекским коллегой Ойбеком Усмановым.",
     ("Ойбек Усманов", "посол", "UZ", "KZ")),  # an ambassador's counterpart serves in the same host state
    ("Ашхабад, 12 ноября (ТДХ). Глава МИД Туркменистана Рашид Мередов провел переговоры со своим коллегой из Венгрии "
     "Петером Сийярто.", ("Петер Сийярто", "министр иностранных дел", "HU", None)),  # named by the ministry
])
def test_a_counterpart_noun_gives_the_subjects_office_for_its_state(nlp, text, held):
    """`colleague_post`: `коллега` with a state (an adjective before, `из` and a name after) and a name gives that
    person the office of the post holder before it, for that state; off, the person holds none."""
    assert held in _posts_held(nlp(text))
    assert held[0] not in {name for name, *_ in _posts_held(Pipeline(disable=["colleague_post"])(text))}


@pytest.mark.parametrize(("text", "held"), [
    ("Баку, 20 октября. /Report/. Министр иностранных дел Азербайджана Джейхун Байрамов прибыл в Ташкент. В тот же "
     "день Дж.Байрамов провел переговоры со своим узбекским коллегой Бахтиёром Саидовым.",
     ("Бахтиёр Саидов", "министр иностранных дел", "UZ", None)),
    ("Астана, 12 мая. /Kazinform/. Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Минск. Затем Нуртлеу "
     "провел встречу с белорусским коллегой Максимом Рыженковым.",
     ("Максим Рыженков", "министр иностранных дел", "BY", None)),
])
def test_a_counterpart_of_a_subject_titled_before_holds_the_subjects_office(nlp, text, held):
    """`colleague_named_before`: the subject named by surname alone holds the office a title gave that surname
    before; its counterpart holds it for its state."""
    assert held in _posts_held(nlp(text))
    assert held[0] not in {name for name, *_ in _posts_held(Pipeline(disable=["colleague_named_before"])(text))}


@pytest.mark.parametrize("text", [
    # a chair's title names the body it chairs: the counterpart chairs another
    "Председатель Государственной Думы Вячеслав Володин провел переговоры со своим сербским коллегой Аной Брнабич.",
    # a journalist is no state office
    "Журналист Андреа Рокелли и его российский коллега Андрей Миронов погибли под Славянском.",
])
def test_a_counterpart_of_an_office_a_title_does_not_share_holds_none(nlp, text):
    """`colleague_post` reads only the offices of `posts.colleague_titles`."""
    assert len(_posts_held(nlp(text))) <= 1


def test_a_counterpart_already_titled_keeps_the_title_told(nlp):
    """`colleague_post`: one a title names elsewhere holds that post; the counterpart noun is a mention of it."""
    doc = nlp("В Анкару прибыл министр внешнеэкономических связей и иностранных дел Венгрии Петер Сийярто. Министр "
              "иностранных дел Турции Хакан Фидан провел переговоры со своим венгерским коллегой Петером Сийярто.")
    assert {(name, title) for name, title, *_ in _posts_held(doc) if name == "Петер Сийярто"} == {
        ("Петер Сийярто", "министр внешнеэкономических связей и иностранных дел")}


def test_a_sector_a_document_is_about_is_no_cooperation(nlp):
    text = "Стороны отметили значение Соглашения о свободной торговле между Сербией и ЕАЭС, подписанного в 2019 году."
    assert [r for r in nlp(text).relations if r.kind == "cooperation"] == []
    vetoed = Pipeline(disable=["sector_is_document_topic"])(text)
    assert [r.rule for r in vetoed.relations if r.kind == "cooperation"] == ["cooperation_between"]
    kept = nlp("Подписано Соглашение об экономическом сотрудничестве между Казахстаном и Китаем.")
    assert [(sorted(r.parties), r.sectors) for r in kept.relations if r.kind == "cooperation"] == [
        (["country-CN", "country-KZ"], ["sector-economic"])]


@pytest.mark.parametrize("said", ["между странами", "между двумя странами", "между нашими странами"])
def test_states_between_are_the_two_the_text_speaks_of(nlp, said):
    """`cooperation_between` with a generic noun after `между` (a numeral or a possessive before it)."""
    doc = nlp(TALKS + f"Товарооборот {said} вырос, отметили стороны.")
    assert [(r.rule, sorted(r.parties)) for r in doc.relations if r.kind == "cooperation"] == [
        ("cooperation_between", ["country-KZ", "country-UZ"])]


@pytest.mark.parametrize("aside", [", в частности, ", ", в том числе "])
def test_an_aside_between_commas_keeps_cooperation_with_its_between(nlp, aside):
    """`cooperation_between`: `сотрудничества, в частности, между X и Y` (`membership.apposition`) are X and Y's,
    not the states' of the talks; `IT-технологий`, which NER may call an organization, is a sector, no body."""
    doc = nlp("Посол Узбекистана Алишер Абдусаломов встретился с губернатором провинции Кёнгидо Ким Дон Ёном. Стороны "
              f"обсудили перспективы развития межрегионального сотрудничества{aside}между провинцией Кёнгидо и "
              "Ташкентской областью в сферах здравоохранения и IT-технологий.")
    assert [(r.rule, sorted(doc.entity(p).name for p in r.parties), r.sectors) for r in doc.relations
            if r.kind == "cooperation"] == [("cooperation_between", ["Кёнгидо", "Ташкентская область"],
                                             ["sector-health", "sector-digital"])]
    assert not doc.organizations


def test_states_between_are_all_the_states_of_multilateral_talks(nlp):
    """`cooperation_between`: `между тремя странами` after a trilateral meeting is the three, not a pair."""
    doc = nlp("В Баку состоялась трехсторонняя встреча министров иностранных дел Азербайджана, Грузии и Турции "
              "Джейхуна Байрамова, Макара Бочоришвили и Хакана Фидана. Стороны обсудили развитие сотрудничества "
              "между тремя странами в энергетике.")
    assert [(sorted(r.parties), r.sectors) for r in doc.relations if r.kind == "cooperation"] == [
        (["country-AZ", "country-GE", "country-TR"], ["sector-energy"])]


@pytest.mark.parametrize(("text", "met"), [
    (EXAMPLES["talks_of_agent"], ["Алексей Бородавкин", "Мурат Нуртлеу", "Сергей Лавров"]),
    ("Министр иностранных дел Индонезии Сугионо прибыл в Ханой. Премьер-министр Вьетнама Фам Минь Тинь высоко "
     "оценил итоги переговоров индонезийского министра с его вьетнамским коллегой Буй Тхань Шоном.",
     ["Буй Тхань Шон", "Сугионо"]),
])
def test_talks_of_two_are_theirs_not_of_who_speaks_of_them(nlp, text, met):
    """`talks_of_agent`: the genitive person after the talks noun and the one after `с` meet (with who joins)."""
    doc = nlp(text)
    assert [sorted(doc.entity(p).name for p in r.participants) for r in doc.relations if r.kind == "meeting"] == [met]


@pytest.mark.parametrize("text", [
    "Эмир Государства Катар шейх Тамим бин Хамад Аль Тани принял в Дохе президента Кыргызстана Садыра Жапарова.",
    "Министр иностранных дел Саудовской Аравии принц Фейсал бин Фархан Аль Сауд провел переговоры в Эр-Рияде.",
])
def test_a_title_of_rank_beside_an_office_is_no_post(nlp, text):
    """`honorific_not_post`: the contract's title says what office (`шейх`, `принц` do not)."""
    titles = [p.title for p in nlp(text).posts]
    assert "шейх" not in titles and "принц" not in titles and titles[0] in ("эмир", "министр иностранных дел")
    assert {"шейх", "принц"} & {p.title for p in Pipeline(disable=["honorific_not_post"])(text).posts}


@pytest.mark.parametrize(("text", "holders", "met"), [
    ("Российский министр провел беседу с турецким коллегой Хаканом Фиданом. Глава МИД России Сергей Лавров и Фидан "
     "обсудили ситуацию на Южном Кавказе.", ["Сергей Лавров"], 1),
    ("Министр иностранных дел Армении Арарат Мирзоян и Петер Сийярто подписали меморандум.", ["Арарат Мирзоян"], 0),
    # a plural title, and one whose dictionary readings may be plural (`зампредам`), names each
    ("Мигалки положены первым зампредам Александру Жукову и Ивану Мельникову.",
     ["Александр Жуков", "Иван Мельников"], 0),
])
def test_a_title_in_the_singular_is_held_by_the_one_name_after_it(nlp, text, holders, met):
    """`singular_title_one_holder`: the name joined by `и` to the title's holder holds no post of the title's state
    (it had kept Лавров and Фидан, both `глава МИД России`, from meeting)."""
    doc = nlp(text)
    assert sorted(doc.entity(r.person).name for r in doc.relations if r.kind == "holds_post") == holders
    assert len([r for r in doc.relations if r.kind == "meeting"]) == met
    if len(holders) == 1:
        vetoed = Pipeline(disable=["singular_title_one_holder"])(text)
        assert len([r for r in vetoed.relations if r.kind == "holds_post"]) == 2


def test_a_name_that_does_not_decline_after_a_title_in_the_instrumental_holds_it(nlp):
    """`undeclined_after_instrumental`: every part ends in a vowel no instrumental ends in; the dictionary reads
    `Сауле` as `Саул`'s locative, which had left the speaker of the Seimas without her post."""
    text = "Председатель Национального Собрания Армении Ален Симонян встретился с Председателем Сейма Литвы Сауле " \
           "Скверняле."
    doc = nlp(text)
    held = {(r.rule, doc.entity(r.person).name) for r in doc.relations if r.kind == "holds_post"}
    assert ("title_before_name", "Сауле Скверняле") in held
    vetoed = Pipeline(disable=["undeclined_after_instrumental"])(text)
    assert [vetoed.entity(r.person).name for r in vetoed.relations if r.kind == "holds_post"] == ["Ален Симонян"]


@pytest.mark.parametrize(("text", "holder", "title"), [
    ("Кишинев, 19 ноября /МОЛДПРЕС/. Премьер-министр Александру Мунтяну провел встречу с комиссаром ЕС.",
     "Александру Мунтяну", "премьер-министр"),
    ("Премьер-министр Румынии Николае Чукэ посетил Кишинев.", "Николае Чукэ", "премьер-министр"),
    ("Министр иностранных дел Молдовы Николае Попеску встретился с послом.", "Николае Попеску",
     "министр иностранных дел"),
])
def test_a_name_ending_in_u_after_a_title_in_the_nominative_is_undeclined(nlp, text, holder, title):
    """`undeclined_after_nominative`: the dictionary reads `Александру Мунтяну` as `Александр Мунтян`'s dative;
    after a title in the nominative no part of a declining name ends in `-у`, so the name is as written and holds the
    title."""
    doc = nlp(text)
    assert (holder, title) in [(doc.entity(r.person).name, doc.entity(r.post).title)
                               for r in doc.relations if r.kind == "holds_post"]
    vetoed = Pipeline(disable=["undeclined_after_nominative"])(text)
    assert holder not in [vetoed.entity(r.person).name for r in vetoed.relations if r.kind == "holds_post"]


@pytest.mark.parametrize(("text", "holder"), [
    ("Мередов принял делегацию МККК во главе с региональным директором МККК по Европе и Центральной Азии Ариан "
     "Бауэр.", "Ариан Бауэр"),  # a man's would read `Арианом Бауэром`
    ("Министр иностранных дел Туркменистана Рашид Мередов встретился с послом Китая Ли Мином.", "Ли Мин"),
])
def test_a_name_with_no_instrumental_ending_after_a_title_in_the_instrumental_holds_it(nlp, text, holder):
    """`undeclined_after_instrumental`, for parts ending in a consonant as for those in `-е`, `-у`."""
    doc = nlp(text)
    assert holder in [doc.entity(r.person).name for r in doc.relations if r.kind == "holds_post"]


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Казахстана Ермек Кошербаев принял Чрезвычайного и Полномочного Посла Королевства "
    "Нидерландов в Республике Казахстан Катарину Энгберг.",
    "Президент принял находящегося с визитом в Баку Премьер-министра Египта Мустафу Мадбули.",
])
def test_a_name_in_the_accusative_holds_a_title_read_as_a_genitive(nlp, text):
    """`genitive_or_accusative`: the tagger reads `Посла`, `Премьер-министра` (one form for both cases) as a
    genitive; the name after it in the accusative (`Катарину`, `Мустафу`) holds it all the same."""
    doc = nlp(text)
    holders = [doc.entity(r.person).name for r in doc.relations if r.kind == "holds_post"]
    assert holders[-1] in ("Катарина Энгберг", "Мустафа Мадбули")
    vetoed = Pipeline(disable=["genitive_or_accusative"])(text)
    assert holders[-1] not in [vetoed.entity(r.person).name for r in vetoed.relations if r.kind == "holds_post"]


def test_a_title_after_a_noun_stays_a_genitive(nlp):
    """`genitive_or_accusative` not where a noun governs the title: the daughter holds no post of her father's."""
    doc = nlp("Среди соседей — видные деятели Вашингтона, включая дочь действующего президента Иванку Трамп.")
    assert [r for r in doc.relations if r.kind == "holds_post"] == []


def test_a_title_closing_a_line_has_no_apposition_on_the_next(nlp):
    """A headline's `с новым главой Кубы` and a caption's `Владимир Путин` below it: no holder."""
    doc = nlp("Состоялся телефонный разговор Путина с новым главой Кубы\nВладимир Путин и Мигель Диас-Канель, 2016 год")
    assert [r for r in doc.relations if r.kind == "holds_post"] == []


@pytest.mark.parametrize(("text", "holders"), [
    # `Гордана`, `Милана`: the dictionary's woman's name is also the genitive of a man's, as the surname reads
    ("Президент Ильхам Алиев принял министра иностранных дел Хорватии Гордана Грлича Радмана.",
     ["Ильхам Алиев", "Гордан Грлич Радман"]),
    ("Президент Сербии принял посла Черногории Милана Ракочевича.", ["Милан Ракочевич"]),
    ("Посол Сербии Гордана Петрович встретилась с министром.", ["Гордана Петрович"]),
    # a woman's adjectival or Russian surname reads in no man's genitive: she holds no title in the genitive before her
    ("Супруга музыканта Эльжбета Пендерецкая сказала.", []),
    ("Супруга посла Надежда Петрова открыла выставку.", []),
    # a title that serves, not in the genitive: the name after it is its holder, no `Светлан` served
    ("Об этом рассказала его пресс-секретарь Светлана Оболенцева.", ["Светлана Оболенцева"]),
    # a man's name in -а in the accusative, which the dictionary reads as a dative (`Акир`), after such a title
    ("Премьер-министр Грузии Ираклий Кобахидзе принял посла Японии Акиру Имамуру.",
     ["Ираклий Кобахидзе", "Акира Имамура"]),
])
def test_a_womans_first_name_in_a_that_is_a_mans_genitive_holds_the_title_in_that_case(nlp, text, holders):
    doc = nlp(text)
    assert [doc.entity(r.person).name for r in doc.relations if r.kind == "holds_post"] == holders


@pytest.mark.parametrize(("text", "names"), [
    ("Премьер-министр Кувейта шейх Ахмад Абдалла аль-Ахмад ас-Сабах принял во дворце Баян министра иностранных дел "
     "Казахстана Мурата Нуртлеу.", ["Ахмад Абдалла аль-Ахмад ас-Сабах", "Мурат Нуртлеу"]),
    ("Президент Узбекистана Шавкат Мирзиёев принял в резиденции Куксарой министра иностранных дел Китая Ван И.",
     ["Шавкат Мирзиёев", "Ван И"]),
])
def test_a_word_after_a_building_noun_is_its_name_not_a_person(nlp, text, names):
    """`building_name`; the owner in the genitive stays a person."""
    doc = nlp(text)
    assert [p.name for p in doc.persons] == names
    assert [len(r.participants) for r in doc.relations if r.kind == "meeting"] == [2]
    assert len(Pipeline(disable=["building_name"])(text).persons) == len(names) + 1
    assert [p.name for p in nlp("Лидеры встретились в резиденции Путина в Ново-Огарево.").persons] == ["Путин"]


@pytest.mark.parametrize(("text", "places"), [
    ("Душанбе, 7 ноября. Президент Таджикистана Эмомали Рахмон в Кохи Навруз встретился с Генеральным секретарем "
     "ШОС Нурланом Ермекбаевым.", ["Душанбе"]),
    ("Президент Кыргызстана Садыр Жапаров в резиденции Ала-Арча принял министра иностранных дел Турции Хакана "
     "Фидана.", []),
    # a head of state's residence named alone (`locations.residences`)
    ("Астана, 3 мая. /Kazinform/. Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел "
     "Японии Такеси Ивая.", ["Астана"]),
    ("Президент России Владимир Путин провел в Кремле переговоры с Президентом Лаоса Тонглуном Сисулитом.", []),
    # adjectives before a building's noun
    ("Доха, 5 ноября. /QNA/. Эмир Государства Катар шейх Тамим бен Хамад Аль Тани принял в Эмирском дворце "
     "Премьер-министра Республики Казахстан Олжаса Бектенова.", ["Доха"]),
])
def test_a_building_and_its_name_are_no_place(nlp, text, places):
    """`building_not_place`: the Tajik `Кохи` (palace), a residence's name after its noun or alone; `building_name`
    keeps `Навруз` from the persons."""
    doc = nlp(text)
    assert [p.name for p in doc.locations] == places
    assert len(doc.persons) == 2
    assert len(Pipeline(disable=["building_not_place"])(text).locations) == len(places) + 1


@pytest.mark.parametrize(("text", "word"), [
    ("Кишинев, 25 октября. /IPN/. Президент Республики Молдова Майя Санду провела встречу с генеральным секретарем "
     "НАТО Марком Рютте. Собеседники обсудили вопросы безопасности региона и поддержку Альянсом оборонного "
     "потенциала Молдовы.", "Альянсом"),
    ("Стороны обсудили ход реализации приоритетов председательства Азербайджана в СВМДА, а также развитие "
     "взаимодействия Азербайджана с Совещанием в сферах цифровизации и охраны окружающей среды.", "Совещанием"),
])
def test_a_bodys_noun_alone_is_no_place(nlp, text, word):
    """`body_noun_not_place`: NER calls `Альянсом` (NATO) and `Совещанием` (CICA) places; a body's head noun alone
    stands for the body."""
    def places(doc):
        return [m.text for p in doc.locations for m in p.mentions]
    assert word not in places(nlp(text))
    assert word in places(Pipeline(disable=["body_noun_not_place"])(text))


def test_a_region_of_two_states_is_of_the_one_the_text_names(nlp):
    """`shared_region_state`: Punjab is a state of India and a province of Pakistan; an item naming Pakistan only
    places it there, and the chief minister's post with it."""
    text = ("Ташкент, 12 ноября. /Dunyo/. Посол Узбекистана в Пакистане Алишер Тухтаев встретился с главным министром "
            "провинции Пенджаб Марьям Наваз Шариф.")
    for doc, state in ((nlp(text), "PK"), (Pipeline(disable=["shared_region_state"])(text), "IN")):
        assert [(p.name, p.country) for p in doc.locations][-1] == ("Пенджаб", state)
        assert [p.country for p in doc.posts if p.title == "главный министр"] == [state]


def test_titles_after_a_name_and_commas_are_all_its_own(nlp):
    """`name_before_titles`: the second title after a comma is the named person's too; not one with a name after
    it in its case."""
    doc = nlp("Абдалла бин Заид Аль Нахайян, заместитель премьер-министра, министр иностранных дел ОАЭ, провел "
              "переговоры с министром иностранных дел Египта Бадром Абдельатты.")
    held = sorted((doc.entity(r.person).name, doc.entity(r.post).name) for r in doc.relations if r.kind == "holds_post")
    assert held == [("Абдалла бин Заид Аль Нахайян", "заместитель премьер-министра"),
                    ("Абдалла бин Заид Аль Нахайян", "министр иностранных дел ОАЭ"),
                    ("Бадр Абдельатты", "министр иностранных дел Египта")]
    doc = nlp("Выступили поэт Анатолий Смолин, журналист, член Союза писателей и журналистов России "
              "Владислав Пастухов.")
    assert "член Союза писателей" not in [doc.entity(r.post).name for r in doc.relations if r.kind == "holds_post"
                                          and doc.entity(r.person).name == "Анатолий Смолин"]


SESSION_REPRESENTED = ("9 октября в Баку под председательством министра иностранных дел Азербайджана Джейхуна "
                      "Байрамова состоялось заседание Совета министров иностранных дел ОТГ. Венгрию на заседании "
                      "представлял государственный министр Левенте Мадьяр.")


def test_who_represents_a_state_at_a_session_takes_part_for_it(nlp):
    """`представлять` is a session role told as done (not `будет представлять`); the title right after it takes the
    state in the accusative before it (`state_represented`)."""
    doc = nlp(SESSION_REPRESENTED)
    assert [sorted(doc.entity(p).name for p in r.participants) for r in doc.relations if r.kind == "meeting"] == [
        ["Джейхун Байрамов", "Левенте Мадьяр"]]
    assert [(p.title, p.country) for p in doc.posts][-1] == ("государственный министр", "HU")
    off = Pipeline(disable=["state_represented"])(SESSION_REPRESENTED)
    assert [(p.title, p.country) for p in off.posts][-1] != ("государственный министр", "HU")
    planned = nlp(SESSION_REPRESENTED.replace("представлял", "будет представлять"))
    assert [r for r in planned.relations if r.kind == "meeting"] == []


@pytest.mark.parametrize("said", ["Обсуждены вопросы", "Также обсуждались вопросы", "Были рассмотрены вопросы",
                                  "Особое внимание было уделено вопросам"])
def test_a_discussion_told_in_the_passive_speaks_of_the_talks_before(nlp, said):
    """`mentions_sides`: with no one named, a passive verb of discussion refers to the last talks' sides."""
    doc = nlp("Президент Узбекистана Шавкат Мирзиёев принял делегацию Всемирного банка во главе с вице-президентом "
              f"банка Антонелой Бассани. {said} развития водного хозяйства и сельского хозяйства.")
    assert [(sorted(doc.entity(p).name for p in r.parties), sorted(r.sectors)) for r in doc.relations
            if r.kind == "cooperation"] == [(["Всемирный банк", "Узбекистан"], ["sector-agriculture", "sector-water"])]


@pytest.mark.parametrize(("topic", "parties"), [
    # a plant or a company, a state's adjective: what the talks were about, not a side
    ("в том числе строительства АЭС «Эль-Дабаа» и создания российской промышленной зоны", [["EG", "RU"]]),
    # a state named by its noun may be a side of its own: the passive no longer stands for the talks alone
    ("в том числе поставок газа в Турцию", []),
])
def test_a_passive_discussion_naming_only_its_subjects_still_speaks_of_the_talks(nlp, topic, parties):
    """`mentions_sides` (`_discussed_by_no_one`): the sentence names no side, only what was discussed."""
    doc = nlp("12 ноября в Москве состоялась встреча Министра иностранных дел Российской Федерации С.В.Лаврова с "
              "Министром иностранных дел Арабской Республики Египет Б.Абдельатты.\n\nОбсуждены также вопросы "
              f"реализации совместных проектов в энергетике, {topic}.")
    assert [sorted(p.removeprefix("country-") for p in r.parties) for r in doc.relations
            if r.kind == "cooperation"] == parties


def test_bilateral_cooperation_of_the_sides_is_between_the_states_of_the_talks(nlp):
    """`cooperation_bilateral` after a credentials list: the receiving state and the last sender, not two senders;
    `двусторонние встречи` are meetings, no cooperation."""
    doc = nlp(CREDENTIALS + "В ходе бесед стороны обсудили вопросы двустороннего сотрудничества.")
    assert [sorted(r.parties) for r in doc.relations if r.kind == "cooperation"] == [["country-RU", "country-VN"]]
    doc = nlp("На полях заседания министр иностранных дел Азербайджана Джейхун Байрамов провел двусторонние встречи с "
              "министром иностранных дел Турции Хаканом Фиданом и министром иностранных дел Узбекистана Бахтиёром "
              "Саидовым.")
    assert [r.kind for r in doc.relations if r.kind != "holds_post"] == ["meeting", "meeting"]


@pytest.mark.parametrize(("text", "state", "partner"), [
    ("Баку, 28 ноября. /Trend/. Президент Азербайджана Ильхам Алиев отметил успешное сотрудничество с компанией "
     "ACWA Power в сфере возобновляемой энергетики.", "AZ", "ACWA Power"),
    ("Ташкент, 20 ноября. /УзА/. Президент Узбекистана Шавкат Мирзиёев отметил расширяющееся взаимодействие с "
     "корпорацией Hyundai Motor в автомобильной промышленности.", "UZ", "Hyundai Motor"),
])
def test_a_body_named_after_its_kind_is_a_partner(nlp, text, state, partner):
    """`partner_after_type_noun`: `с компанией X`, the kind of the body between `с` and its name; not `в связи с
    решением Сената`, whose noun is no kind of body."""
    def partners(doc):
        return [[getattr(doc.entity(p), "code", None) or doc.entity(p).name for p in r.parties]
                for r in doc.relations if r.kind == "cooperation"]
    assert partners(nlp(text)) == [[state, partner]]
    assert partners(Pipeline(disable=["partner_after_type_noun"])(text)) == []
    assert partners(nlp("Однако в связи с решением Сената вопрос о преемнике Назарбаева остается открытым.")) == []


@pytest.mark.parametrize("text", [
    "Министр проинформировал гостя о процессе нормализации отношений между Азербайджаном и Арменией.",
    "Белград и Приштина начали переговоры об урегулировании отношений.",
    "Министр проинформировал гостя о процессе нормализации азербайджано-армянских отношений.",
])
def test_ties_being_mended_are_no_cooperation(nlp, text):
    """`relations_being_mended`: a noun of mending or worsening before the word of cooperation, a compound state
    adjective between."""
    assert [r for r in nlp(text).relations if r.kind == "cooperation"] == []
    assert [r.kind for r in Pipeline(disable=["relations_being_mended"])(text).relations] == ["cooperation"]
    told = nlp("Стороны обсудили развитие отношений между Азербайджаном и Грузией.")
    assert [r.kind for r in told.relations] == ["cooperation"]


def test_a_compound_capitalized_inside_its_sentence_opens_a_name_and_tells_no_cooperation(nlp):
    """`compound_in_name`: NER reads no organization here, only the compound; its states do not cooperate."""
    text = "Минск, 3 марта. /БЕЛТА/. Посол Китая в Беларуси посетил Китайско-Белорусский индустриальный парк."
    assert [r for r in nlp(text).relations if r.kind == "cooperation"] == []
    assert [r.rule for r in Pipeline(disable=["compound_in_name"])(text).relations if r.kind == "cooperation"] == [
        "cooperation_compound"]
    told = nlp("Стороны обсудили казахско-таджикское сотрудничество. Казахско-таджикское сотрудничество растет.")
    assert len([r for r in told.relations if r.kind == "cooperation"]) == 1  # opening its sentence: no name


@pytest.mark.parametrize("text", [
    "Министры подписали Договор о демаркации казахстанско-кыргызской государственной границы.",
    "Стороны обсудили обстановку на ливано-израильской границе.",
])
def test_a_compound_qualifying_a_border_tells_no_cooperation(nlp, text):
    """`cooperation.not_cooperation`, an adjective or two between the compound and the noun."""
    assert [r for r in nlp(text).relations if r.kind == "cooperation"] == []


def test_a_route_between_regions_spanning_states_is_no_cooperation(nlp):
    text = ("Министр отметил значение проекта Азербайджана, Грузии и Турции по развитию железнодорожного транзита "
            "между Европой и Азией.")
    found = [(sorted(r.parties), len(r.sectors)) for r in nlp(text).relations if r.kind == "cooperation"]
    assert found == [(["country-AZ", "country-GE", "country-TR"], 2)]
    off = Pipeline(disable=["route_between_regions"])(text)
    assert len([r for r in off.relations if r.kind == "cooperation"]) == 2
    kept = nlp("Товарооборот между Казахстаном и Узбекистаном вырос.")  # states: a field between them
    assert [r.rule for r in kept.relations if r.kind == "cooperation"] == ["cooperation_between"]


@pytest.mark.parametrize(("text", "host"), [
    ("О встрече заместителя Министра иностранных дел России М.Ю.Галузина с Послом Киргизии А.К.Жумабаевым.", "RU"),
    ("Министр иностранных дел России Сергей Лавров встретился с послом Японии Тоёхиса Кодзуки.", "RU"),
    ("Посол Японии Тоёхиса Кодзуки встретился с министрами России и Китая.", None),  # two states: none
    # an official whose title names no state is of the dateline's (`state_of_setting`)
    ("Тбилиси, 8 октября. /Грузинформ/. Первый заместитель министра иностранных дел Лаша Дарсалия встретился с "
     "послом Японии Ёсиюки Ямамото.", "GE"),
])
def test_an_ambassador_with_no_host_is_accredited_to_the_state_of_the_official_met(nlp, text, host):
    """`host_of_counterpart`: the state of the one other state's official named in the sentence."""
    assert [p.host for p in nlp(text).posts if p.title == "посол"] == [host]
    assert [p.host for p in Pipeline(disable=["host_of_counterpart"])(text).posts if p.title == "посол"] == [None]


@pytest.mark.parametrize(("text", "host"), [
    ("МИНСК, 12 ноября (БЕЛТА). Посол России в республике Борис Грызлов принял участие в открытии выставки.", "BY"),
    ("АСТАНА, 12 ноября. КАЗИНФОРМ – Посол России в стране Алексей Бородавкин выступил.", "KZ"),
    ("Посол России в республике Борис Грызлов принял участие в открытии выставки.", None),  # no dateline
])
def test_an_ambassador_in_the_republic_is_accredited_to_the_state_of_the_dateline(nlp, text, host):
    """`host_of_setting`: the contract's `посол России в республике` in an item about Belarus."""
    assert [p.host for p in nlp(text).posts] == [host]
    assert [p.host for p in Pipeline(disable=["host_of_setting"])(text).posts] == [None]


@pytest.mark.parametrize(("text", "country"), [
    ("Ташкент, 4 мая (УзА). Министр инвестиций, промышленности и торговли Лазиз Кудратов выступил на форуме.", "UZ"),
    ("Министр инвестиций, промышленности и торговли Лазиз Кудратов выступил на форуме.", None),  # no dateline
    ("Бишкек, 12 июня (Кабар). Председатель Кабинета министров Адылбек Касымалиев выступил на форуме.", "KG"),
    # a chair of a state's generic body
    ("Кишинев, 14 ноября /МОЛДПРЕС/. Председатель парламента Игорь Гросу выступил на форуме.", "MD"),
    ("Тбилиси, 9 декабря, Грузинформ. Спикер парламента Шалва Папуашвили выступил на форуме.", "GE"),
    # or chamber, its name in more words than one
    ("Минск, 12 декабря (БЕЛТА). Председатель Палаты представителей Игорь Сергеенко выступил на форуме.", "BY"),
    ("Ереван, 12 декабря. /Арменпресс/. Председатель Национального Собрания Ален Симонян выступил на форуме.", "AM"),
])
def test_a_minister_with_no_state_in_an_item_datelined_in_a_state_is_of_that_state(nlp, text, country):
    """`state_of_setting`: the contract's `… where the setting gives it` (a chamber named in capitals takes the
    dateline's state itself, `bare_body_of_setting`, and gives it the post too)."""
    assert [p.country for p in nlp(text).posts] == [country]
    assert [p.country for p in Pipeline(disable=["state_of_setting", "bare_body_of_setting"])(text).posts] == [None]


@pytest.mark.parametrize(("text", "country"), [
    ("Заместитель министра иностранных дел Алибек Бакаев принял Посла Швейцарии в Казахстане Оливье Шавея.", "KZ"),
    ("Министр иностранных дел Алибек Бакаев обсудил кандидатуры послов в Москву.", None),  # a plural: no one met
    ("Посол России в Бразилии Алексей Лабецкий вручил верительные грамоты президенту страны Луису Инасиу Луле да "
     "Силве.", "BR"),  # a head named by the country's noun
    ("Президент Барак Обама выдвинул Хантсмена на должность посла в Китае.", None),  # a head by no noun: not received
])
def test_a_minister_with_no_state_is_of_the_state_a_diplomat_met_is_accredited_to(nlp, text, country):
    """`state_of_host`: the mirror of `host_of_counterpart`."""
    titles = ("заместитель министра иностранных дел", "министр иностранных дел", "президент")
    assert [p.country for p in nlp(text).posts if p.title in titles] == [country]
    assert [p.country for p in Pipeline(disable=["state_of_host"])(text).posts if p.title in titles] == [None]


@pytest.mark.parametrize(("text", "person", "places"), [
    ("Он встретился с генеральным консулом Сербии в Милане Миланом Лукичем.", "Милан Лукич", ["Милан"]),
    ("Верительные грамоты вручили:\nМилан Ковач – Словацкая Республика;", "Милан Ковач", []),
    ("Встреча с председателем правительства Воеводины Майей Гойкович.", "Майя Гойкович", ["Воеводина"]),
])
def test_a_places_name_opening_a_persons_name_in_its_case_is_a_first_name(nlp, text, person, places):
    """`place_as_first_name`; `Воеводины` (tagged instrumental, no instrumental form) stays a place."""
    doc = nlp(text)
    assert ([p.name for p in doc.persons], [loc.name for loc in doc.locations]) == ([person], places)
    if not places:
        assert [loc.name for loc in Pipeline(disable=["place_as_first_name"])(text).locations] == ["Милан"]


@pytest.mark.parametrize(("text", "person"), [
    ("Президент Таджикистана Эмомали Рахмон принял Председателя Парламента Республики Сингапур Сим Энн.", "Сим Энн"),
    ("Юлия Ефимова уехала в США в марте 2011 года, где её тренером стал американец Дэвид Сало.", "Дэвид Сало"),
])
def test_a_short_last_word_of_a_name_ner_reads_is_no_town(nlp, text, person):
    """The last word of a name NER reads in two words, too short for the surname stems that keep a town out
    (`Энн`, `Сало`: the towns `Энна`, `Сале` in another case), is the name's where it stands."""
    doc = nlp(text)
    assert person in [p.name for p in doc.persons]
    assert not {loc.name for loc in doc.locations} & {"Энна", "Сале"}


def test_a_signing_ceremony_tells_a_signing_and_its_plan_none(nlp):
    """`signing_ceremony`: `церемония подписания …` is a signing; `подготовку к подписанию` tells none."""
    agreements = [r for r in nlp(EXAMPLES["signing_ceremony"]).relations if r.kind == "agreement"]
    assert [r.title for r in agreements] == ["соглашение о сотрудничестве в области туризма"]
    off = Pipeline(disable=["signing_ceremony"])(EXAMPLES["signing_ceremony"])
    assert [r for r in off.relations if r.kind == "agreement"] == []
    planned = nlp("Министры обсудили подготовку к подписанию соглашения о партнерстве между Казахстаном и Арменией.")
    assert [r for r in planned.relations if r.kind == "agreement"] == []


@pytest.mark.parametrize("text", [
    EXAMPLES["signing_witnessed"],
    "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Франции Эмманюэлем Макроном. По "
    "итогам переговоров состоялось подписание соглашения о стратегическом партнерстве.",
])
def test_a_signing_held_or_witnessed_tells_a_signing(nlp, text):
    """`signing_witnessed`: a past verb of presence or of taking place before `подписание`."""
    assert [len(r.parties) for r in nlp(text).relations if r.kind == "agreement"] == [2]
    assert [r for r in Pipeline(disable=["signing_witnessed"])(text).relations if r.kind == "agreement"] == []
    planned = nlp("Президенты будут присутствовать при подписании соглашения между Казахстаном и Францией.")
    assert [r for r in planned.relations if r.kind == "agreement"] == []
    planned = nlp("Министр встретился с послом Франции. Ожидается, что в ходе визита будет подписано соглашение "
                  "между Казахстаном и Францией.")
    assert [r for r in planned.relations if r.kind == "agreement"] == []


@pytest.mark.parametrize(("text", "kinds"), [
    (EXAMPLES["signed_by_sides"], ["cooperation", "agreement"]),
    ("Президент Таджикистана Эмомали Рахмон провел переговоры с Президентом Узбекистана Шавкатом Мирзиёевым. Также "
     "был подписан пакет из 15 документов о сотрудничестве в сферах энергетики и транспорта.",
     ["cooperation", "agreement"]),
    # a date of its own: another, earlier signing, by whom the text does not say
    ("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с министром иностранных дел Венгрии Петером "
     "Сийярто. В 2019 году было подписано соглашение об экономическом сотрудничестве.", []),
])
def test_a_passive_signing_naming_no_one_after_talks_is_the_sides(nlp, text, kinds):
    """`signed_by_sides`: the sides of the talks signed, and cooperate in the documents' fields."""
    found = [r.kind for r in nlp(text).relations if r.kind in ("cooperation", "agreement")]
    assert found == kinds
    assert [r.kind for r in Pipeline(disable=["signed_by_sides"])(text).relations if r.kind in (
        "cooperation", "agreement")] == []


@pytest.mark.parametrize(("text", "title", "country"), [
    ("Специальный представитель Президента России по Ближнему Востоку и странам Африки, заместитель министра "
     "иностранных дел Михаил Богданов принял посла Ливана.", "заместитель министра иностранных дел", "RU"),
    ("Глава МИД Ирландии, министр иностранных дел и торговли Саймон Харрис прибыл в Астану.",
     "министр иностранных дел и торговли", "IE"),
    ("Посол Казахстана в Бельгии, глава миссии при Европейском союзе и НАТО Маргулан Баймухан выступил.",
     "глава миссии", "KZ"),
])
def test_a_title_in_a_row_of_one_holders_titles_is_of_the_state_of_the_title_next_to_it(nlp, text, title, country):
    """`state_of_fellow_title`."""
    assert [p.country for p in nlp(text).posts if p.title == title] == [country]
    assert [p.country for p in Pipeline(disable=["state_of_fellow_title"])(text).posts if p.title == title] == [None]


@pytest.mark.parametrize(("text", "refers"), [
    ("Президент Туркменистана Сердар Бердымухамедов принял Генерального секретаря ОБСЕ Феридуна Синирлиоглу. Глава "
     "ОБСЕ высоко оценил нейтральный статус Туркменистана.", True),
    # the office, or a former holder, is no mention of the one holding it
    ("Генеральный секретарь ОБСЕ Феридун Синирлиоглу прибыл в Ашхабад. Кандидатов на пост главы ОБСЕ обсудят "
     "позже.", False),
])
def test_the_bare_head_of_a_body_is_the_head_named_before(nlp, text, refers):
    """`head_of_body`: `Глава ОБСЕ` stands for the post of the Secretary-General named before, no post of its own."""
    doc = nlp(text)
    unheld = {p.name for p in doc.posts} - {doc.entity(r.post).name for r in doc.relations if r.kind == "holds_post"}
    assert ("глава ОБСЕ" in unheld) is not refers
    if refers:
        vetoed = Pipeline(disable=["head_of_body"])(text)
        assert "глава ОБСЕ" in {p.name for p in vetoed.posts}


@pytest.mark.parametrize(("text", "refers"), [
    ("Астана, 1 октября. /Акорда/. Глава государства Касым-Жомарт Токаев принял президента ЕБРР Одиль Рено-Бассо. "
     "Президент Казахстана отметил, что ЕБРР является одним из крупнейших инвесторов.", True),
    ("Токио, 2 октября. Глава японского правительства Сигэру Исиба принял министра. Премьер-министр Японии "
     "отметил важность диалога.", True),
    # another state's office is no mention of the one named
    ("Астана, 1 октября. Глава государства Касым-Жомарт Токаев принял посла. Президент Узбекистана направил "
     "приветствие.", False),
])
def test_another_title_of_one_office_refers_to_its_holder(nlp, text, refers):
    """`same_office_title`: `Президент Казахстана` after `Глава государства Касым-Жомарт Токаев` is his mention, no
    post of its own."""
    def unheld(doc: Document) -> set[str]:
        return {p.name for p in doc.posts} - {doc.entity(r.post).name for r in doc.relations if r.kind == "holds_post"}
    assert bool(unheld(nlp(text))) is not refers
    if refers:
        assert unheld(Pipeline(disable=["same_office_title"])(text))


@pytest.mark.parametrize(("text", "countries"), [
    ("С казахстанской стороны документ подписал заместитель министра иностранных дел Роман Василенко.", ["KZ"]),
    ("Со стороны Узбекистана во встрече участвовал заместитель министра иностранных дел Бахромжон Алоев, с "
     "таджикской – первый заместитель министра Шохмурод Шарифи.", ["UZ", "TJ"]),
    ("Казахстан и ЕС подписали меморандум. С европейской стороны его подписал еврокомиссар Марош Шефчович.",
     [None]),  # a side that is no state gives none
    # a list a line ending in a colon opens, the side named in that line
    ("С египетской стороны в переговорах приняли участие:\nпомощник министра иностранных дел Али Эль-Хефни;\n"
     "заместитель министра иностранных дел Абу Бакр Хефни.", ["EG", "EG"]),
])
def test_a_post_after_a_side_named_by_a_state_is_of_that_state(nlp, text, countries):
    """`state_of_side`."""
    assert [p.country for p in nlp(text).posts] == countries
    assert [p.country for p in Pipeline(disable=["state_of_side"])(text).posts] == [None] * len(countries)


@pytest.mark.parametrize(("text", "country"), [
    ("Министр иностранных дел Азербайджана Джейхун Байрамов и его грузинский коллега Макар Бочоришвили обсудили "
     "региональную ситуацию.", "GE"),
    ("Журналист Андреа Рокелли и его российский коллега Андрей Миронов погибли.", "RU"),
])
def test_a_person_named_after_a_states_colleague_is_of_that_state(nlp, text, country):
    """`state_of_colleague`; with it the two sides of `X и его грузинский коллега Y обсудили` meet
    (`meeting_joint_subjects`)."""
    doc = nlp(text)
    named = doc.persons[-1]
    assert named.country == country
    # a minister's counterpart holds the minister's post for that state (`colleague_post`), which says it too
    assert Pipeline(disable=["state_of_colleague", "colleague_post"])(text).persons[-1].country is None
    if "обсудили" in text:
        assert meetings(doc) == [["Джейхун Байрамов", "Макар Бочоришвили"]]


@pytest.mark.parametrize(("text", "country", "without"), [
    ("Нур-Султан, 7 октября. Государственный секретарь Казахстана Ерлан Карин провел переговоры с министром "
     "иностранных дел Кыргызстана Жээнбеком Кулубаевым и министром экономики и коммерции Данияром Амангельдиевым.",
     "KG", "KZ"),  # without the rule, the dateline's state
    ("Президент Израиля Реувен Ривлин и премьер-министр Биньямин Нетаньяху обратились к Путину.", "IL", None),
])
def test_a_ministers_title_joined_to_a_name_with_a_stated_title_is_of_that_state(nlp, text, country, without):
    """`state_of_joined_title`: a minister's or premier's title with no state right after `и` and a name whose title
    names a state."""
    titles = ("министр экономики и коммерции", "премьер-министр")
    assert [p.country for p in nlp(text).posts if p.title in titles] == [country]
    assert [p.country for p in Pipeline(disable=["state_of_joined_title"])(text).posts if p.title in titles] == [
        without]


def test_a_title_naming_a_part_of_another_named_body_takes_no_state_from_its_neighbours(nlp):
    """`state_of_joined_title` and `state_of_setting` leave out a title naming a body within a body
    (`body_within_body`): the Chinese committee's vice-chair is not Uzbekistan's."""
    doc = nlp("Ташкент, 3 ноября. /УзА/. В работе форума приняли участие заместитель премьер-министра Узбекистана "
              "Жамшид Ходжаев и вице-председатель Всекитайского комитета НПКСК Шэнь Ичинь.")
    assert [(p.name, p.country) for p in doc.persons] == [("Жамшид Ходжаев", "UZ"), ("Шэнь Ичинь", None)]


@pytest.mark.parametrize("text", [
    "Генеральный директор по делам Азии МИД Японии Кэнъити Фукуи прибыл в Астану.",
    "Директор департамента Азии МИД Японии прибыл в Астану.",
])
def test_a_place_ner_took_for_an_organization_is_a_place(nlp, text):
    """`place_not_org`: NER reads `Азии` before `МИД` as a body; the gazetteer knows it as a place."""
    doc = nlp(text)
    assert ([o.name for o in doc.organizations], "Азия" in [loc.name for loc in doc.locations]) == (
        ["Министерство иностранных дел Японии"], True)
    assert "Азия" in [o.name for o in Pipeline(disable=["place_not_org"])(text).organizations]


@pytest.mark.parametrize(("text", "met"), [
    ("Министр иностранных дел Казахстана Ермек Кошербаев принял посла Японии Кацуми Накамуру, а затем провел "
     "встречу с делегацией Азиатского банка развития.",
     [["Ермек Кошербаев", "Кацуми Накамура"], ["Азиатский банк развития", "Ермек Кошербаев"]]),
    ("Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел Турции "
     "Хаканом Фиданом, а также встретился с делегацией Организации исламского сотрудничества.",
     [["Бахтиёр Саидов", "Хакан Фидан"], ["Бахтиёр Саидов", "Организация исламского сотрудничества"]]),
])
def test_a_later_talks_word_with_a_bodys_delegation_meets_that_body(nlp, text, met):
    """`meeting_each_counterpart`: a talks word naming no person but a delegation meets the body it comes from."""
    doc = nlp(text)
    assert meetings(doc) == met


@pytest.mark.parametrize("text", [
    "Бишкек, 14 марта (Кабар). Президент Кыргызстана Садыр Жапаров принял верительные грамоты у новых послов. "
    "Верительные грамоты вручили Посол Республики Индия Ашиш Кумар Мишра и Посол Государства Катар Абдулла аль-Хаджри.",
    "Садыр Жапаров принял верительные грамоты у новых послов. Посол Республики Индия Ашиш Кумар Мишра вручит "
    "верительные грамоты позже.",
    # the lines of a list after the colon, each its own sentence
    "Бишкек, 3 декабря. Президент Кыргызстана Садыр Жапаров принял верительные грамоты у послов:\n"
    "Чрезвычайный и Полномочный Посол Королевства Швеция – Андреас фон Уфорд;\n"
    "Чрезвычайный и Полномочный Посол Республики Индонезия – Сумарно Сатрио.",
    "Бишкек, 15 апреля. Президент Кыргызстана Садыр Жапаров принял верительные грамоты у послов ряда государств:\n"
    "– Чрезвычайного и Полномочного Посла Японии Такэси Ито;\n"
    "– Чрезвычайного и Полномочного Посла Республики Чили Хуана Карлоса Мартинеса.",
    # lines that open with the title, no dash
    "Бишкек, 3 декабря. Президент Кыргызстана Садыр Жапаров принял верительные грамоты послов. Верительные грамоты "
    "вручили:\nПосол Королевства Нидерландов Ник Ян Маттеус Верхаген;\nПосол Государства Кувейт Хамад Мохаммед "
    "Аль-Махан.",
    # a list run on in its line after the colon, its items ending in `;`; a hyphenated name NER leaves out
    "Бишкек, 10 ноября. /Кабар/. Президент Кыргызской Республики Садыр Жапаров принял верительные грамоты от вновь "
    "назначенных послов. Верительные грамоты вручили: Чрезвычайный и Полномочный Посол Королевства Испания Хуан "
    "Гонсалес-Барба Пера; Чрезвычайный и Полномочный Посол Республики Индонезия Фадджрул Рахман; Чрезвычайный и "
    "Полномочный Посол Государства Кувейт Мохаммад Аль-Хаджри.",
])
def test_an_ambassador_in_an_item_about_credentials_is_accredited_to_the_receivers_state(nlp, text):
    """`host_of_credentials`: the state of the official, or the leader the list knows, receiving credentials."""
    assert {p.host for p in nlp(text).posts if p.title == "посол"} == {"KG"}
    assert {p.host for p in Pipeline(disable=["host_of_credentials"])(text).posts if p.title == "посол"} == {None}


def test_a_hyphenated_name_after_a_title_is_a_name(nlp):
    """`_named_after_titles`: a dictionary first name and a hyphenated part after a title and its state, which NER
    left out (`Посол Государства Кувейт Мохаммад Аль-Хаджри`), are a name."""
    doc = nlp("Верительные грамоты вручили: Посол Республики Индонезия Фадджрул Рахман; Чрезвычайный и "
              "Полномочный Посол Государства Кувейт Мохаммад Аль-Хаджри.")
    assert [p.name for p in doc.persons][-1] == "Мохаммад Аль-Хаджри"


@pytest.mark.parametrize(("text", "visit"), [
    ("Астана, 19 мая. Kazinform – Казахстан посетила делегация Европейского парламента во главе с председателем "
     "комитета по иностранным делам Давидом Макалистером.", ("Давид Макалистер", "Казахстан")),
    ("Улан-Батор /МОНЦАМЭ/. Монголию с официальным визитом посетил министр иностранных дел Японии Такэси Ивая.",
     ("Такэси Ивая", "Монголия")),
    ("В рамках программы пребывания Сийярто посетил Назарбаев Университет.", ("Сийярто", "Назарбаев Университет")),
])
def test_the_place_before_a_visit_verb_with_its_subject_after_is_the_one_visited(nlp, text, visit):
    """`visit_verb` in the inverted order; the body whose delegation is the subject is not where it went."""
    doc = nlp(text)
    assert [(doc.entity(r.visitor).name, doc.entity(r.destination).name) for r in doc.relations
            if r.kind == "visit"] == [visit]


@pytest.mark.parametrize(("text", "visitor"), [
    ("Бишкек, 12 июня (Кабар). В ходе визита в Венгрию Председатель Кабинета министров Адылбек Касымалиев "
     "встретился с Премьер-министром Венгрии Виктором Орбаном. Он также посетил Будапештский университет.",
     "Адылбек Касымалиев"),
    ("Министр иностранных дел Армении Арарат Мирзоян прибыл в Минск. Он посетил Белорусский государственный "
     "университет.", "Арарат Мирзоян"),
])
def test_a_pronoun_opening_a_sentence_continues_the_subject_before_not_its_object(nlp, text, visitor):
    """`pronoun_subject`: the last person named, unless named as no subject where the sentence's subject is one."""
    doc = nlp(text)
    assert {doc.entity(r.visitor).name for r in doc.relations if r.kind == "visit"} == {visitor}


@pytest.mark.parametrize(("text", "name"), [
    ("Замминистра принял Посла Тунисской Республики Тарека Бен Салема.\nС Т.Бен Салемом обсуждены вопросы "
     "двусторонних отношений.", "Тарек Бен Салем"),
    ("Министр принял Посла Ливанской Республики Шауки Бу Нассара. С Ш.Бу Нассаром обсуждена ситуация в регионе.",
     "Шауки Бу Нассар"),
])
def test_an_unknown_word_before_a_surname_with_its_initial_told_elsewhere_is_the_first_name(nlp, text, name):
    """`first_name_of_initial`, NER having left the first mention out; the particle after initials is part of the
    surname (`Т.Бен Салемом`), and the surname told again is read whole (`Бен Салема`): one person."""
    assert [p.name for p in nlp(text).persons] == [name]
    assert [p.name for p in Pipeline(disable=["first_name_of_initial"])(text).persons] == [name.split(" ", 1)[1]]


@pytest.mark.parametrize("text", [
    "Вице-министр встретился с Послом Нидерландов Ханкой ван дер Велде. В беседе с Х.ван дер Велде обсуждены "
    "вопросы торговли.",
    "Заместитель министра принял Посла Королевства Марокко Лутфи Бу Шаару.\nВ беседе с Л.Бу Шаарой обсуждены "
    "вопросы двусторонних отношений.",
])
def test_a_particle_after_initials_opens_the_surname(nlp, text):
    """`Х.ван дер Велде` is the person named in full before, not a second one whose first name is `ван`."""
    assert len(nlp(text).persons) == 1


@pytest.mark.parametrize(("text", "names"), [
    ("Председатель Народной скупщины Сербии Ана Брнабич приняла министра иностранных дел Парагвая Рубена Рамиреса "
     "Лескано. Р.Рамирес Лескано поблагодарил сербскую сторону за поддержку.",
     ["Ана Брнабич", "Рубен Рамирес Лескано"]),
    ("Посол Португалии Рикарду Са Пинту вручил копии верительных грамот. Са Пинту отметил интерес к туризму.",
     ["Рикарду Са Пинту"]),
    ("Министр принял бывшего председателя Верховного народного собрания КНДР Хван Чжан Еп. Беседа с Чжан Епом "
     "продолжалась час.", ["Хван Чжан Еп"]),
])
def test_the_closing_words_of_a_full_name_are_its_person(nlp, text, names):
    """`closing_words_of_name`: a double surname the full name's parts did not tell (`Рамирес Лескано` read as a
    first name and a surname) is still the person named in full; without the rule it is a second person."""
    assert [p.name for p in nlp(text).persons] == names
    assert len(Pipeline(disable=["closing_words_of_name"])(text).persons) == len(names) + 1


def test_a_known_first_name_opening_closing_words_is_another_person():
    """`Эдвард Сноуден` is not the closing words of a span NER ran over two names (a first name opens it), `Са Пинту`
    is of `Рикарду Са Пинту`; `Р.Рамирес Лескано` is of `Рубен Рамирес Лескано` (its initial the first name's),
    `Т.Рамирес Лескано` is not."""
    from diplonlp.analysis import Found
    from diplonlp.entities import _closes_full_name, _PersonEntity

    def person(first: str | None, last: str, initials: tuple[str, ...] = ()) -> Found:
        return Found("person", 0, 1, 0, 1, {"first": first, "middle": None, "last": last, "initials": [*initials]})

    joined, full, portuguese = _PersonEntity(), _PersonEntity(), _PersonEntity()
    joined.add(person("Эво Моралес Эдвард", "Сноуден"))
    full.add(person("Рубен Рамирес", "Лескано"))
    portuguese.add(person("Рикарду Са", "Пинту"))
    assert not _closes_full_name(person("Эдвард", "Сноуден"), joined)
    assert _closes_full_name(person("Са", "Пинту"), portuguese)
    assert _closes_full_name(person(None, "Рамирес Лескано", ("Р",)), full)
    assert not _closes_full_name(person(None, "Рамирес Лескано", ("Т",)), full)


@pytest.mark.parametrize(("text", "pair"), [
    (EXAMPLES["cooperation_joint_work"], ["KG", "DE"]),
    ("Исполнительный секретарь ЭСКАТО рассказала о работе Специальной программы ООН для экономик Центральной Азии, "
     "которую ЭСКАТО реализует совместно с Европейской экономической комиссией ООН.",
     ["ЭСКАТО ООН", "Европейская экономическая комиссия ООН"]),
])
def test_a_verb_of_carrying_out_with_a_partner_tells_cooperation(nlp, text, pair):
    """`cooperation_joint_work`: `X вместе с Y осуществляет …`, `которую X реализует совместно с Y`: X and Y
    cooperate, with no word of cooperation or field said (with a field, `cooperation_together_with` reads it too)."""
    def parties(doc: Document) -> list[list[str]]:
        return [[getattr(e := doc.entity(x), "code", None) or getattr(e, "abbr", None) or e.name for x in r.parties]
                for r in doc.relations if r.kind == "cooperation"]

    assert pair in parties(nlp(text))
    assert pair not in parties(Pipeline(disable=["cooperation_joint_work"])(text))


@pytest.mark.parametrize(("text", "titles"), [
    (EXAMPLES["documents_after_colon"], [
        ("UZ", "TR", "Совместное заявление о дальнейшем углублении стратегического партнерства"),
        ("UZ", "TR", "Соглашение о сотрудничестве в области энергетики"),
        ("UZ", "TR", "Меморандум о взаимопонимании в сфере образования")]),
    # items opened by a dash; one with its own `между X и Y` is theirs
    ("Астана, 3 декабря 2026 года – В Акорде состоялись переговоры Президента Казахстана Касым-Жомарта Токаева с "
     "Президентом Социалистической Республики Вьетнам Лыонг Кыонгом.\n\nВ присутствии глав государств подписаны "
     "следующие документы:\n– Соглашение между Министерством иностранных дел Республики Казахстан и Министерством "
     "иностранных дел Социалистической Республики Вьетнам о сотрудничестве;\n– Меморандум о сотрудничестве в "
     "области сельского хозяйства.", [
         ("МИД РК", "МИД СРВ", "Соглашение"),
         ("KZ", "VN", "Меморандум о сотрудничестве в области сельского хозяйства")]),
])
def test_documents_signed_as_a_list_after_a_colon_are_each_an_agreement(nlp, text, titles):
    """`documents_after_colon`: `подписаны следующие документы:` and one item a line: each item's document is an
    agreement, of the signing's sides unless it names its own; without the rule the generic noun is the one."""
    def party(doc: Document, ref: str) -> str:
        entity = doc.entity(ref)
        return getattr(entity, "code", None) or getattr(entity, "abbr", None) or entity.name

    doc = nlp(text)
    assert [(*(party(doc, x) for x in r.parties), r.title) for r in doc.relations if r.kind == "agreement"] == titles
    off = Pipeline(disable=["documents_after_colon"])(text)
    assert [r.title for r in off.relations if r.kind == "agreement"] != [t[-1] for t in titles]


@pytest.mark.parametrize(("text", "held"), [
    ("Министр иностранных дел Казахстана Ермек Кошербаев принял участие в заседании СМИД СНГ в Душанбе. С российским "
     "министром Е.Кошербаев обсудил союзническое взаимодействие двух стран.", ["министр иностранных дел"]),
    # a name not named before is the holder: the subject is left out
    ("Министр иностранных дел Армении Арарат Мирзоян прибыл в Тбилиси. С грузинским премьер-министром И.Кобахидзе "
     "обсудил вопросы транспортного сообщения.", ["министр иностранных дел", "премьер-министр"]),
])
def test_a_name_named_before_after_a_governed_title_is_the_verbs_subject(nlp, text, held):
    """`subject_after_governed_title`: `С российским министром Е.Кошербаев обсудил …` names the Kazakh minister
    as the one who discussed, not as the Russian minister."""
    doc = nlp(text)
    assert [doc.entity(r.post).title for r in doc.relations if r.kind == "holds_post"] == held
    if len(held) == 1:
        off = Pipeline(disable=["subject_after_governed_title"])(text)
        assert len([r for r in off.relations if r.kind == "holds_post"]) == 2


@pytest.mark.parametrize(("text", "host"), [
    (EXAMPLES["credentials_bracketed"], "BY"),
    # no state named before the list: the receiver's (`host_of_credentials`); initials before the surname
    ("Астана, 4 декабря. /Акорда/. Глава государства Касым-Жомарт Токаев принял верительные грамоты послов "
     "иностранных государств: Марио Лорини (Италия), Кхин Кхин Чжо (Мьянма), Хосе Антонио Гарсия (Колумбия).", "KZ"),
    ("Москва, 1 декабря. /МИД России/. 1 декабря Министр иностранных дел Российской Федерации С.В.Лавров принял "
     "верительные грамоты у вновь назначенных послов: Х.Д.Вальдеса (Куба), А.М.Сусвати (Индонезия), Т.Ньямбе "
     "(Замбия).", "RU"),
    # no colon: the items run on after the verb; the senders named before are no host; a name with `аль-`
    ("Ереван, 27 октября. /Арменпресс/. Президент Армении Ваагн Хачатурян принял верительные грамоты послов Мексики, "
     "Филиппин и Ирака. Верительные грамоты президенту вручили Хуан Карлос Гонсалес Трехо (Мексика), Мария Ана Санчес "
     "(Филиппины) и Мохаммед аль-Хашими (Ирак).", "AM"),
])
def test_credentials_listed_as_name_and_state_in_brackets(nlp, text, host):
    """`credentials_bracketed`: `Name (State)` items of a credentials list are each an ambassador of that state,
    hosted by the receiver's, who meets each; without the rule the plural `послов` gives them no state."""
    doc = nlp(text)
    states = [c.code for c in doc.countries if c.code != host]
    assert sorted((p.country, p.host) for p in doc.posts if p.title == "посол") == sorted((c, host) for c in states)
    assert len(states) == 3 and sum(r.kind == "meeting" for r in doc.relations) == 3
    assert not any(p.country for p in Pipeline(disable=["credentials_bracketed"])(text).posts if p.title == "посол")


@pytest.mark.parametrize(("text", "names"), [
    ("Россия и Мьянма подписали соглашение. Документ подписали генеральный директор госкорпорации «Росатом» Алексей "
     "Лихачев и министр электроэнергетики Мьянмы Ко Ко Лвин.", ["Алексей Лихачев", "Ко Ко Лвин"]),
    ("Министр инвестиций Узбекистана Лазиз Кудратов встретился с министром торговли Мьянмы Аун Аун Мином.",
     ["Лазиз Кудратов", "Аун Аун Мин"]),
])
def test_a_burmese_name_repeating_its_first_syllable_is_one_name(nlp, text, names):
    """`doubled_syllable`: a short syllable twice at a NER span's start, a capitalized word after it, is one name
    (without the rule the repeat starts another mention)."""
    assert [p.name for p in nlp(text).persons] == names
    assert [p.name for p in Pipeline(disable=["doubled_syllable"])(text).persons] != names


@pytest.mark.parametrize(("text", "met"), [
    (EXAMPLES["diplomat_of_foreign_ministry"], ["Андрей Руденко", "Тан Свэ"]),
    ("Душанбе, 29 ноября. /Ховар/. Президент Таджикистана Эмомали Рахмон принял заместителя министра иностранных дел "
     "России Михаила Галузина. В тот же день российский дипломат встретился с министром иностранных дел "
     "Таджикистана Сироджиддином Мухриддином.", ["Михаил Галузин", "Сироджиддин Мухриддин"]),
])
def test_a_diplomat_with_no_ambassador_before_is_the_foreign_ministry_official(nlp, text, met):
    """`diplomat_of_foreign_ministry`: `российский дипломат` with no Russian ambassador named before is the last
    Russian foreign-ministry official named (a deputy minister), so he is the one who meets."""
    assert met in meetings(nlp(text))
    assert met not in meetings(Pipeline(disable=["diplomat_of_foreign_ministry"])(text))


@pytest.mark.parametrize("text", [
    "Кишинев, 2 сентября. Президент Молдовы Майя Санду приняла верительные грамоты от послов Швеции и Египта. Послы "
    "Швеции Андерс Мартинссон и Египта Мохамед Фарид вручили грамоты в ходе церемонии в здании президентуры.",
    "Астана, 14 октября (Казинформ). Глава государства Касым-Жомарт Токаев принял верительные грамоты новых послов. "
    "Грамоты Президенту вручили Посол Италии Пьер Франческо Дзадзо и Посол Японии Итиро Огасавара.",
])
def test_credentials_told_again_by_the_noun_alone(nlp, text):
    """`credentials_again`: after `верительные грамоты`, a sentence with `грамоты` alone tells them too, so its
    ambassadors present them: each meets the receiver and is hosted by the receiver's state."""
    def read(doc: Document) -> tuple[list[str | None], int]:
        receiver = doc.persons[0].id  # Санду, Токаев
        return [p.host for p in doc.posts if p.title == "посол"], sum(
            r.kind == "meeting" and receiver in r.participants for r in doc.relations)

    host = "MD" if "Молдовы" in text else "KZ"
    assert read(nlp(text)) == ([host, host], 2)
    # without the rule no host; Санду's meetings may still come from `official_named_elsewhere` (`послов Швеции и
    # Египта` named in the next sentence)
    assert read(Pipeline(disable=["credentials_again"])(text))[0] == [None, None]


@pytest.mark.parametrize(("text", "names"), [
    ("С.В.Лавров провел переговоры с Министром иностранных дел Сирии Ф.Микдадом.", ["С. В. Лавров", "Ф. Микдад"]),
    ("А.Г.Лукашенко подписал указ о назначении посла. М.В.Мясникович принял делегацию.",
     ["А. Г. Лукашенко", "М. В. Мясникович"]),
    ("Н.Новгород принял гостей из U.S. Open.", []),
    ("Состоялся телефонный разговор Министра иностранных дел Российской Федерации С.В.Лаврова с Министром "
     "иностранных дел Арабской Республики Египет Б.Абдель Аты.\n\nМинистры обменялись мнениями.",
     ["С. В. Лавров", "Б. Абдель Аты"]),  # NER takes `Б.Абдель Аты` into the state's name; `Абдель` a first name
])
def test_initials_and_a_word_ner_left_out_are_a_name(nlp, text, names):
    """`initials_ner_missed`: NER reads nothing at an item's start; one initial before a place (`Н.Новгород`) and
    Latin letters are no name."""
    assert [p.name for p in nlp(text).persons] == names
    if names:
        assert len(Pipeline(disable=["initials_ner_missed"])(text).persons) == len(names) - 1


@pytest.mark.parametrize(("text", "names"), [
    ("Антониу Гутерриш обсудил повестку с министрами.", ["Антониу Гутерриш"]),
    ("Си Цзиньпин и Владимир Путин обсудили повестку.", ["Си Цзиньпин", "Владимир Путин"]),
    ("Ван И обсудил повестку.", ["Ван И"]),
])
def test_a_public_figures_full_name_ner_left_out_is_a_name(nlp, text, names):
    """`leader_named_ner_missed`: a short sentence opening with a foreign leader's name, which NER reads as nothing;
    the name comes from `leaders.tsv`."""
    assert [p.name for p in nlp(text).persons] == names
    assert names[0] not in [p.name for p in Pipeline(disable=["leader_named_ner_missed"])(text).persons]


@pytest.mark.parametrize(("text", "names"), [
    ("Хакан Фидан обсудил повестку.", ["Хакан Фидан"]),
    ("Хакан Фидан, Джейхун Байрамов и Исхак Дар обсудили региональную повестку.",
     ["Хакан Фидан", "Джейхун Байрамов", "Исхак Дар"]),
    ("Сын А.Лукашенко приехал в Минск.", ["А. Лукашенко"]),
])
def test_a_known_first_name_opening_a_sentence_stays_in_the_name(nlp, text, names):
    """A word before a name opening a sentence that the dictionary knows as a word for a person (`Сын`) is left
    out, unless it is the first name of the public figure the name is (`хакан`, a khagan)."""
    assert [p.name for p in nlp(text).persons] == names


@pytest.mark.parametrize(("text", "name", "post"), [
    ("Заседание прошло под сопредседательством первого заместителя премьер-министра Таджикистана Хокима Холикзода.",
     "Хоким Холикзода", "первый заместитель премьер-министра Таджикистана"),
    ("Бишкек (Кабар). Министр культуры Кыргызстана Султан Раев встретился с послом Турции Альпером Акташем.",
     "Султан Раев", "министр культуры Кыргызстана"),
    # after an organization's name too
    ("Президент принял Генерального секретаря ОДКБ Имангали Тасмагамбетова и Председателя Исполкома СНГ Султана "
     "Раева.", "Султан Раев", "председатель Исполкома СНГ"),
    ("Посол провел встречу с Генеральным секретарем ТЮРКСОЙ Султаном Раевым.", "Султан Раев",
     "генеральный секретарь ТЮРКСОЙ"),
])
def test_a_title_word_opening_a_name_after_a_states_name_is_a_first_name(nlp, text, name, post):
    """`head_as_first_name`: no title follows a state's or an organization's name without a comma, so `Хокима`,
    `Султан` there open the name, and are no post; without the rule the name is the surname and the word a title
    (`хоким`, `султан`)."""
    doc = nlp(text)
    assert [doc.entity(r.post).name for r in doc.relations if r.kind == "holds_post" and
            r.person == next(p.id for p in doc.persons if p.name == name)] == [post]
    off = Pipeline(disable=["head_as_first_name"])(text)
    assert name.split()[-1] in [p.name for p in off.persons]
    assert name.split()[0].lower() in [p.name for p in off.posts]


@pytest.mark.parametrize(("text", "name", "mention"), [
    ("Володин встретился с Председателем Национальной ассамблеи Республики Корея У Вон Сиком. Ранее корейский спикер "
     "провел переговоры с Председателем Совета Федерации Валентиной Матвиенко.", "У Вон Сик", "корейский спикер"),
    ("Ташкент (УзА). Министр Лазиз Кудратов встретился с заместителем премьер-министра Казахстана Сериком "
     "Жумангариным. Казахстанский вице-премьер отметил рост товарооборота.", "Серик Жумангарин",
     "Казахстанский вице-премьер"),
    # a title whose only other word is a state's generic body
    ("Улан-Батор, 9 августа /МОНЦАМЭ/. Председатель Великого Государственного Хурала Монголии Дашзэгвийн "
     "Амарбаясгалан принял делегацию Государственной думы России во главе с заместителем Председателя Госдумы Петром "
     "Толстым. Спикер монгольского парламента подчеркнул важность межпарламентских связей.",
     "Дашзэгвийн Амарбаясгалан", "Спикер монгольского парламента"),
    ("Ереван, 5 мая. Председатель Национального собрания Армении Ален Симонян принял делегацию Сейма Литвы. Спикер "
     "армянского парламента отметил важность сотрудничества.", "Ален Симонян", "Спикер армянского парламента"),
    # a parliament's own name as the body
    ("УЛАН-БАТОР, 4 декабря /МОНЦАМЭ/. Председатель Великого Государственного Хурала Монголии Даш-Уянга "
     "Амарбаясгалан принял Посла Японии в Монголии Игараси Кохэя. Председатель Хурала выразил благодарность "
     "японскому правительству.", "Даш-Уянга Амарбаясгалан", "Председатель Хурала"),
])
def test_a_title_word_with_its_states_adjective_refers_to_a_title_of_its_family(nlp, text, name, mention):
    """`title_refers_back`: `корейский спикер` is the chair of Korea's parliament named before (the family `chair`,
    the state Korea), `Казахстанский вице-премьер` Kazakhstan's deputy prime minister, as a bare title is."""
    doc = nlp(text)
    assert mention in [m.text for p in doc.persons if p.name == name for m in p.mentions]
    assert mention not in [m.text for p in Pipeline(disable=["title_refers_back"])(text).persons for m in p.mentions]


def test_words_after_leading_initials_are_the_surname(nlp):
    """`Х.Л.Кастильо Ордоньеса`: the initials stand for the given names, the two words are a double surname; an
    initial inside a name (`Дэвид О. Расселл`) leaves the words before it the first name."""
    doc = nlp("Заместитель Министра принял Посла Республики Куба Х.Л.Кастильо Ордоньеса. Режиссер Дэвид О. Расселл "
              "приехал в Москву.")
    assert [(p.name, p.first, p.last) for p in doc.persons] == [
        ("Х. Л. Кастильо Ордоньес", None, "Кастильо Ордоньес"), ("Дэвид Расселл", "Дэвид", "Расселл")]


@pytest.mark.parametrize(("text", "name"), [
    ("С.В.Лавров провел переговоры с Министром иностранных дел ОАЭ А.бен Заидом Аль Нахайяном. Аль Нахайян "
     "поблагодарил за прием.", "А. бен Заид Аль Нахайян"),
    ("Лавров провел переговоры с Министром иностранных дел Саудовской Аравии Ф.бен Фарханом Аль Саудом.",
     "Ф. бен Фархан Аль Сауд"),
    ("Президент принял Министра иностранных дел Катара Мухаммеда бен Абдеррахмана Аль Тани. Как отметил Аль Тани, "
     "Катар заинтересован в сотрудничестве.", "Мухаммед бен Абдеррахман Аль Тани"),
    ("Президент Молдовы Майя Санду встретилась с Председателем Европейской комиссии Урсулой фон дер Ляйен. В ходе "
     "встречи фон дер Ляйен подтвердила поддержку.", "Урсула фон дер Ляйен"),
])
def test_a_particle_opening_a_name_after_initials_or_of_two_words_opens_its_surname(nlp, text, name):
    """The MFA's `А.бен Заид Аль Нахайян` keeps its initial (the first name) and the father's name; `Аль Тани`
    alone is the surname's closing words, the person named in full before, not a second one named `Аль`."""
    persons = [p.name for p in nlp(text).persons if p.name not in ("С. В. Лавров", "Лавров", "Майя Санду")]
    assert persons == [name]


@pytest.mark.parametrize("text", [
    "Министр принял посла ОАЭ Ахмеда бин Саида аль-Мазруи.",
    "Верительные грамоты вручили:\nАхмед бин Саид аль-Мазруи – Объединенные Арабские Эмираты;",
])
def test_a_place_after_a_particle_inside_a_name_is_part_of_it(nlp, text):
    """`place_as_first_name` passes particles over: `бин Саида` is in the case of `Ахмеда`, not a place `Саида`."""
    assert ([p.name for p in nlp(text).persons], nlp(text).locations) == (["Ахмед бин Саид аль-Мазруи"], [])
    assert [loc.name for loc in Pipeline(disable=["place_as_first_name"])(text).locations] == ["Саида"]


@pytest.mark.parametrize("text", [
    "Президент Республики Сербской Милорад Додик встретился с послом России.",
    "Глава Республики Сербской Милорад Додик прибыл в Москву.",
])
def test_a_name_that_ner_read_into_the_place_before_it_is_a_person(nlp, text):
    """`name_closing_place`: natasha tags `Республики Сербской Милорад Додик` as one place; the place is the
    gazetteer's, its adjective no state (`adjective_in_place_name`)."""
    doc = nlp(text)
    assert ([p.name for p in doc.persons], [loc.name for loc in doc.locations][:1]) == (
        ["Милорад Додик"], ["Республика Сербская"])
    assert [p.country for p in doc.posts][:1] == ["BA"]
    assert [p.name for p in Pipeline(disable=["name_closing_place"])(text).persons] == []


def test_a_name_with_its_patronymic_suffix_closing_a_place_ner_found_is_a_person(nlp):
    """`name_closing_place`: NER reads title, parliament and name as one place; the suffix closes a name."""
    text = ("Торага Жогорку Кенеша Кыргызской Республики Нурланбек Тургунбек уулу принял прибывшего в Бишкек "
            "Председателя Национального собрания Республики Корея Ву Вон Сика.")
    doc = nlp(text)
    assert [p.name for p in doc.persons] == ["Нурланбек Тургунбек уулу", "Ву Вон Сик"]
    assert [len(r.participants) for r in doc.relations if r.kind == "meeting"] == [2]
    # without the rule, the name after the title and the body it governs that the suffix closes is found too
    assert [p.name for p in Pipeline(disable=["name_closing_place"])(text).persons] == [
        "Нурланбек Тургунбек уулу", "Ву Вон Сик"]


@pytest.mark.parametrize(("text", "names", "holder"), [
    ("22 апреля в Москве состоялись переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с "
     "Министром иностранных дел Республики Индонезия Сугионо, находящимся в России с официальным визитом.",
     ["С. В. Лавров", "Сугионо"], "Сугионо"),  # a name the dictionary does not know
    ("Посол Республики Индонезия Сугирто вручил копии верительных грамот.", ["Сугирто"], "Сугирто"),
    ("Министр иностранных дел Кыргызской Республики Ж.Кулубаев принял Чрезвычайного и Полномочного Посла Республики "
     "Казахстан в Кыргызской Республике Р.Абдыкаримова.", ["Ж. Кулубаев", "Р. Абдыкаримов"], "Ж. Кулубаев"),
    # initials and a surname after the state's name
])
def test_a_one_word_name_ner_read_into_the_state_before_it_is_a_person(nlp, text, names, holder):
    """`name_closing_place`: `Республики Индонезия Сугионо`, one place to NER: a word the dictionary does not know
    after the state's name is a name; it holds the post (and, in the first, meets and visits). Initials before it
    are read by `initials_ner_missed` too, so that rule is left out with it."""
    doc = nlp(text)
    assert [p.name for p in doc.persons] == names
    assert {doc.entity(r.person).name: doc.entity(r.post).country for r in doc.relations
            if r.kind == "holds_post"}[holder] == ("KG" if "Кыргызской" in text else "ID")
    off = Pipeline(disable=["name_closing_place", "initials_ner_missed"])
    assert holder not in [p.name for p in off(text).persons]
    assert [p.name for p in nlp("Делегация посетила Республику Корея Пусан.").locations] == ["Пусан"]


@pytest.mark.parametrize(("text", "pair", "fields"), [
    ("Президент Казахстана Касым-Жомарт Токаев встретился с Премьер-министром Италии Джорджей Мелони. С Джорджей "
     "Мелони Токаев обсудил перспективы расширения энергетического партнерства.", ["KZ", "IT"], ["energy"]),
])
def test_a_nominative_surname_after_a_name_in_an_oblique_case_is_another_person(nlp, text, pair, fields):
    """`name_case_break`: NER reads `Джорджей Мелони Токаев` as one name; `meeting_discussed_with` then takes the
    one named before the verb as the one who met her, so the partnership is theirs."""
    doc = nlp(text)
    assert [p.name for p in doc.persons] == ["Касым-Жомарт Токаев", "Джорджа Мелони"]
    assert [(sorted(doc.entity(p).code for p in r.parties), r.sectors) for r in doc.relations
            if r.kind == "cooperation"] == [(sorted(pair), [f"sector-{f}" for f in fields])]
    assert len(Pipeline(disable=["name_case_break"])(text).persons) == 3
    assert [p.name for p in nlp("Переговоры прошли с вице-губернатором штата Кэтлин Кеннеди Таунсенд.").persons] == [
        "Кэтлин Кеннеди Таунсенд"]  # no other name of the text ends so


@pytest.mark.parametrize(("text", "names"), [
    ("Астана, 14 ноября 2026 года. /Kazinform/. С министром иностранных дел Малайзии Мохамадом Хасаном Ермек "
     "Кошербаев обсудил расширение торговли.", ["Мохамад Хасан", "Ермек Кошербаев"]),
    ("Ташкент, 13 ноября 2026 года. /УзА/. С премьер-министром Пакистана Шахбазом Шарифом Шавкат Мирзиёев обсудил "
     "строительство Трансафганской железной дороги.", ["Шахбаз Шариф", "Шавкат Мирзиёев"]),
    # the last word in the run's case: one name (`Мерзугом`), whatever the word before it
    ("Министр встретился с министром иностранных дел Мавритании Мохамедом Салемом Ульд Мерзугом.",
     ["Мохамед Салем Ульд Мерзуг"]),
])
def test_a_nominative_first_name_and_surname_after_a_name_in_an_oblique_case_are_another_person(nlp, text, names):
    """`name_case_break`: a first name read only in the nominative and the word after it, closing a span whose words
    before them read in one oblique case, are another person's name, though the text names them nowhere else."""
    assert [p.name for p in nlp(text).persons] == names


def test_a_state_adjective_role_noun_is_not_an_international_official(nlp):
    """`role_noun_refers_back`: `финский лидер` is the Finnish president, not the UN Secretary-General named last,
    and the cooperation of the sentence is with Finland."""
    text = ("Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Финляндии Александром Стуббом и "
            "Генеральным секретарем ООН Антониу Гутерришем. С финским лидером обсуждены вопросы сотрудничества в "
            "сфере цифровизации.")
    doc = nlp(text)
    stubb = next(p for p in doc.persons if p.name == "Александр Стубб")
    assert "финским лидером" in [m.text for m in stubb.mentions]
    assert [sorted(doc.entity(p).name for p in r.parties) for r in doc.relations if r.kind == "cooperation"] == [
        ["Казахстан", "Финляндия"]]


@pytest.mark.parametrize(("text", "members"), [
    (EXAMPLES["membership_state_noun"], [("TJ", "ЮНЕСКО")]),
    ("Глава МИД Туркменистана Рашид Мередов напомнил, что в прошлом году страна отметила 30-летие членства в ООН.",
     [("TM", "ООН")]),
    ("Министр экономики Кыргызстана Даниэль Аманбаев отметил, что республика председательствует в ЕАЭС.",
     [("KG", "ЕАЭС")]),
    # a state noun that names its state, or is the host, is no reference
    ("Министр иностранных дел Таджикистана Сироджиддин Мухриддин отметил, что страна пребывания является членом "
     "ЮНЕСКО.", []),
])
def test_a_state_noun_as_the_members_subject_is_the_speakers_state(nlp, text, members):
    """`membership_state_noun`: `республика`, `страна` as the subject of a member word or noun naming no state."""
    doc = nlp(text)
    found = [(doc.entity(r.member).code, doc.entity(r.organization).abbr)
             for r in doc.relations if r.kind == "membership"]
    assert found == members


@pytest.mark.parametrize(("text", "titles"), [
    (EXAMPLES["documents_listed"], ["Договор о союзнических отношениях", "Совместное заявление"]),
    # three in a list, the last two in a case slovnet may tell apart from the first's
    ("Министр иностранных дел Беларуси Максим Рыженков провел переговоры с Министром иностранных дел Пакистана "
     "Исхаком Даром. Стороны подписали Программу сотрудничества на 2025-2026 годы, Соглашение об отмене визовых "
     "требований и Меморандум о сотрудничестве в области образования.",
     ["Программа сотрудничества на 2025-2026 годы", "Соглашение об отмене визовых требований",
      "Меморандум о сотрудничестве в области образования"]),
    # a document the title speaks of, in another case, is no second agreement
    (TALKS + "Стороны подписали Меморандум о реализации соглашения и протокола о торговле.",
     ["Меморандум о реализации соглашения и протокола о торговле"]),
])
def test_documents_listed_after_a_signing_are_each_an_agreement(nlp, text, titles):
    """`documents_listed`: each document listed after the first, after a comma or `и` and in its case, is an
    agreement of the same parties; without the rule only the first is."""
    assert [r.title for r in nlp(text).relations if r.kind == "agreement"] == titles
    assert [r.title for r in Pipeline(disable=["documents_listed"])(text).relations
            if r.kind == "agreement"] == titles[:1]


@pytest.mark.parametrize("text", [
    "Минск, 22 мая (БелТА). Премьер-министр Беларуси Александр Турчин провел переговоры с Премьер-министром "
    "Вьетнама Фам Минь Тинем. По итогам переговоров подписаны Соглашение о сотрудничестве в области "
    "здравоохранения и Меморандум о взаимопонимании между Министерством промышленности Республики Беларусь и "
    "Министерством промышленности и торговли Вьетнама.",
    "АСТАНА. КАЗИНФОРМ – Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Словении "
    "Наташей Пирц Мусар. Стороны подписали Соглашение о сотрудничестве в области здравоохранения и Меморандум "
    "о взаимопонимании между Министерством культуры Казахстана и Министерством культуры Словении.",
])
def test_a_between_after_a_later_listed_document_is_that_ones_alone(nlp, text):
    """`documents_listed`: `между X и Y` after the second document is its parties', not the first's, which are
    the sides of the talks."""
    doc = nlp(text)
    found = [(r.title, sorted(doc.entity(p).kind if hasattr(doc.entity(p), "kind") else "country"
                              for p in r.parties)) for r in doc.relations if r.kind == "agreement"]
    assert found == [("Соглашение о сотрудничестве в области здравоохранения", ["country", "country"]),
                     ("Меморандум о взаимопонимании", ["ministry", "ministry"])]


def test_a_signing_participle_is_of_the_document_noun_it_agrees_with(nlp):
    """`agreement_long_title`: the memorandum's four parties, though its title outruns the nearest reach; the
    agreement's title is the document's, not the `документов` its title speaks of."""
    doc = nlp(EXAMPLES["agreement_long_title"])
    parties = [sorted(str(getattr(doc.entity(p), "code", None) or doc.entity(p).abbr) for p in r.parties)
               for r in doc.relations if r.kind == "agreement"]
    assert parties == [["TJ", "TM", "UZ", "ЮНЕСКО"]]
    assert [r for r in Pipeline(disable=["agreement_long_title"])(EXAMPLES["agreement_long_title"]).relations
            if r.kind == "agreement"] == []
    text = ("Стороны обсудили ход реализации Соглашения между Правительством Республики Беларусь и Правительством "
            "Китайской Народной Республики о взаимном признании документов об образовании и ученых степенях, "
            "подписанного в 2019 году.")
    assert [r.title for r in nlp(text).relations if r.kind == "agreement"] == ["Соглашение"]


@pytest.mark.parametrize(("text", "person"), [
    ("На полях сессии В.Гаджиев провел встречи с заместителем Генерального секретаря ООН по политическим вопросам "
     "Розмари ДиКарло и Верховным представителем ООН по делам наименее развитых стран Рабабом Фатимой.",
     "Рабаб Фатима"),
    # after a place's type word the words name the place
    ("Грузовик остановили до того, как он успел въехать на базу в районе Мохаммед Ага провинции Логар.", None),
    # an undeclined surname slovnet tags in another case, and an island's name only in the nominative
    ("Премьер-министр Александру Мунтяну провел встречу с комиссаром ЕС по расширению Мартой Кос, которая находится "
     "с визитом в Республике Молдова.\n\nКос заявила, что Евросоюз продолжит оказывать помощь Молдове.",
     "Марта Кос"),
])
def test_a_name_ner_reads_as_a_place_is_a_persons(nlp, text, person):
    """`name_as_place`: NER calls `Рабабом Фатимой` a place; a first name and no place's word make it a name, and
    its words named alone are no place either (`Кос заявила`)."""
    names, places = [p.name for p in nlp(text).persons], [loc.name for loc in nlp(text).locations]
    assert (person in names) if person else not any("Мохаммед" in n for n in names)
    if person:
        assert not any(set(person.split()) & set(place.split()) for place in places)
        assert person not in [p.name for p in Pipeline(disable=["name_as_place"])(text).persons]


def test_an_unheld_titles_state_is_the_holder_of_that_title_named_before(nlp):
    """`official_named_elsewhere`: the Uzbek president is named, the Azerbaijani one is not: Mirziyoyev meets
    Azerbaijan, not Uzbekistan Azerbaijan."""
    text = EXAMPLES["official_named_elsewhere"]
    assert meetings(nlp(text)) == [["Азербайджан", "Шавкат Мирзиёев"]]
    assert meetings(Pipeline(disable=["official_named_elsewhere"])(text)) == [["Азербайджан", "Узбекистан"]]


def test_the_heads_of_delegations_received_after_a_session_are_its_participants(nlp):
    """`heads_of_delegations`: `принял глав делегаций` after the session is one meeting of the host with the
    session's participants less his state's minister; left out, the host meets the organization."""
    text = EXAMPLES["heads_of_delegations"]
    assert ["Максим Рыженков", "Сергей Лавров", "Шавкат Мирзиёев"] in meetings(nlp(text))
    assert ["Максим Рыженков", "Сергей Лавров", "Шавкат Мирзиёев"] not in meetings(
        Pipeline(disable=["heads_of_delegations"])(text))
    alone = nlp("Президент Узбекистана Шавкат Мирзиёев принял глав делегаций государств – участников СНГ.")
    assert meetings(alone) == [["Содружество Независимых Государств", "Шавкат Мирзиёев"]]  # no session told


def test_the_heads_of_two_states_after_their_talks_are_those_who_met(nlp):
    """`official_named_elsewhere`: `главы двух государств` after the talks of the Chinese and the Thai leaders are
    those two, so the talks are told again, not a second meeting of the states."""
    text = ("Пекин, 3 ноября /Синьхуа/ -- Председатель КНР Си Цзиньпин провел переговоры с премьер-министром Таиланда "
            "Анутином Чанвиракуном.\n\nПосле переговоров главы двух государств присутствовали при подписании ряда "
            "документов о сотрудничестве.")
    assert meetings(nlp(text)) == [["Анутин Чанвиракун", "Си Цзиньпин"]]
    assert ["Китай", "Таиланд"] in meetings(Pipeline(disable=["official_named_elsewhere"])(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Он отметил, что Германия является одним из ключевых партнеров Узбекистана в Европе.", ["DE", "UZ"]),
    ("Китай является одним из крупнейших торговых партнеров Казахстана.", ["CN", "KZ"]),
    ("Китай является одним из партнеров Казахстана.", ["CN", "KZ"]),
])
def test_one_of_the_partners_of_a_state_cooperates_with_it(nlp, text, pair):
    """`cooperation_partner`: `партнеров` after `одним из` (adjectives between) as after the copula's instrumental."""
    assert [sorted(nlp(text).entity(p).code for p in r.parties) for r in nlp(text).relations
            if r.kind == "cooperation"] == [pair]


def test_a_states_side_beside_one_who_met_its_official_is_that_official(nlp):
    """`side_of_counterpart`: `кубинский министр поблагодарил российскую сторону` after Lavrov's talks with the
    Cuban minister is no meeting of the Cuban minister with Russia; without the rule it is."""
    text = EXAMPLES["side_of_counterpart"]
    assert meetings(nlp(text)) == [["Бруно Родригес", "Сергей Лавров"]]
    assert len(meetings(Pipeline(disable=["side_of_counterpart"])(text))) == 2


def test_the_head_of_state_is_no_international_bodys_head(nlp):
    """`role_noun_refers_back`: `Глава государства` after a state's president and an organization's Secretary-General
    met is the president (a state's own post), not the head named last."""
    text = ("Президент Азербайджанской Республики Ильхам Алиев принял генерального секретаря Организации тюркских "
            "государств Кубанычбека Омуралиева. Глава государства отметил значение сотрудничества в рамках ОТГ.")
    doc = nlp(text)
    holder = next(p for p in doc.persons if "Глава государства" in [m.text for m in p.mentions])
    assert holder.name == "Ильхам Алиев"


@pytest.mark.parametrize(("text", "role", "name"), [
    # the head of a ministry is a minister (a role noun's family), not the head of state named last
    ("Президент Казахстана Касым-Жомарт Токаев провел встречу с главой Министерства иностранных дел Китая Ван И. "
     "Глава государства отметил, что Казахстан придает особое значение партнерству с Китаем.", "Глава государства",
     "Касым-Жомарт Токаев"),
    # a shared plural title naming no state: each holder's state from the leaders' list
    ("Азербайджан и Узбекистан подписали Договор о союзнических отношениях. Документ подписали президенты Ильхам "
     "Алиев и Шавкат Мирзиёев в ходе государственного визита узбекского лидера в Азербайджан.", "узбекского лидера",
     "Шавкат Мирзиёев"),
])
def test_a_role_noun_refers_to_the_holder_of_its_office_and_state(nlp, text, role, name):
    """`role_noun_refers_back`."""
    doc = nlp(text)
    assert next(p.name for p in doc.persons if role in [m.text for m in p.mentions]) == name


def test_talks_with_one_met_before_are_with_the_one_who_met_them(nlp):
    """`subject_told_before`: `В беседе с Ж.Кулубаевым …` are the talks Lavrov held with Kulubaev, not talks of
    Kulubaev with Saidov, the first person of the sentence before; so the cooperation is Russia's and Kyrgyzstan's."""
    text = ("Глава МИД России Сергей Лавров провел переговоры с министром иностранных дел Узбекистана Бахтиёром "
            "Саидовым и министром иностранных дел Киргизии Жээнбеком Кулубаевым. С Б.Саидовым российский министр "
            "обсудил энергетику. В беседе с Ж.Кулубаевым основное внимание было уделено взаимодействию в "
            "гуманитарной сфере.")
    assert ["KG", "RU"] in _cooperating_states(nlp, text)
    assert ["KG", "RU"] not in _cooperating_states(Pipeline(disable=["subject_told_before"]), text)


def _cooperating_states(pipeline: Pipeline, text: str) -> list[list[str]]:
    """The codes of the states of each cooperation ``pipeline`` finds in ``text``, each sorted."""
    doc = pipeline(text)
    return [sorted(doc.entity(p).code for p in r.parties) for r in doc.relations if r.kind == "cooperation"]


@pytest.mark.parametrize(("text", "code"), [
    ("Сеул, 26 октября. /Рёнхап/. Министр иностранных дел Республики Корея Чо Хён провел переговоры. Глава МИД РК "
     "отметил важность сотрудничества.", "KR"),
    ("МОСКВА, 25 октября. /ТАСС/. Андрей Руденко провел консультации с заместителем министра иностранных дел "
     "Республики Корея Ким Чжин Аном. Представитель МИД РК подчеркнул заинтересованность Сеула.", "KR"),
    # a Kazakh dateline, Kazakhstan named, an envoy of РК in Korea: Kazakhstan
    ("Астана, 24 октября. Заместитель министра иностранных дел РК Алибек Бакаев принял Посла Республики Корея.", "KZ"),
    ("Министр иностранных дел РК и Республики Корея провели встречу в Казахстане.", "KZ"),
    ("Сеул, 22 октября. Посол РК в Республике Корея Нурлан Байузаков встретился с вице-министром.", "KZ"),
])
def test_an_abbreviation_two_states_share_is_the_one_the_text_names(nlp, text, code):
    """`shared_abbreviation`: `РК` is Korea where the text names Korea and not Kazakhstan otherwise."""
    rk = text.index(" РК ") + 1
    def state_at(doc: Document) -> str:
        return next(c.code for c in doc.countries for m in c.mentions if m.start == rk)
    assert state_at(nlp(text)) == code
    assert state_at(Pipeline(disable=["shared_abbreviation"])(text)) == "KZ"


def test_a_places_name_inside_a_persons_name_in_its_case_is_part_of_the_name(nlp):
    """`place_as_first_name` inside a name of three or more words (`Мендосой` is also Mendoza)."""
    text = "Переговоры с послом Мексики Хуаном Карлосом Мендосой Де ла Вегой."
    doc = nlp(text)
    assert ([p.name for p in doc.persons], doc.locations) == (["Хуан Карлос Мендоса Де ла Вега"], [])
    assert [loc.name for loc in Pipeline(disable=["place_as_first_name"])(text).locations] == ["Мендоса"]


@pytest.mark.parametrize(("text", "name"), [
    ("Заседание открыл министр-делегат по внешней торговле Франции Лоран Сен-Мартен.", "Лоран Сен-Мартен"),
    ("Новый председатель партии Мартин Куба ясно дал понять, что выборы возможны.", "Мартин Куба"),
    # a first name the dictionary does not know: in a name of three or more words, in the case of the word before
    ("Министр принял Посла Республики Колумбия Эдгардо Сальвадора Пинто Руэду.", "Эдгардо Сальвадор Пинто Руэда"),
])
def test_a_states_name_after_a_first_name_inside_a_persons_name_is_part_of_the_name(nlp, text, name):
    """`place_as_first_name`: `Сен-Мартен` (Saint-Martin), `Куба` after a first name NER reads as one name are
    its surname, not a state."""
    doc = nlp(text)
    assert name in [p.name for p in doc.persons]
    assert not {"MF", "CU", "SV"} & {c.code for c in doc.countries}
    assert {"MF", "CU", "SV"} & {c.code for c in Pipeline(disable=["place_as_first_name"])(text).countries}


@pytest.mark.parametrize(("text", "parties"), [
    ("Президент России Владимир Путин принял послов и выразил уверенность в дальнейшем укреплении связей с "
     "Таиландом, в том числе в области туризма.", ["country-RU", "country-TH"]),
    ("Постоянный координатор ООН в Таджикистане Парвати Рамасвами подтвердила готовность агентств ООН развивать "
     "взаимодействие с Таджикистаном.", ["country-TJ", "org-1"]),  # an official of a body acts for the body
    ("Бывший министр обороны США Майкл Флинн рассказал о своих связях с Россией.", None),  # his own ties
    # a verb of cooperation, in a sentence the parser does not read (no person, no title): the nominative before it
    ("Казахстан активно сотрудничает с Китаем в сфере энергетики.", ["country-CN", "country-KZ"]),
    # a state's adjective before `сторона` names the side (`cooperation.side_nouns`), not before another noun
    ("По ее словам, российская сторона готова развивать сотрудничество с Республикой Корея в торговле.",
     ["country-KR", "country-RU"]),
    ("Казахстанская сторона заинтересована в расширении сотрудничества с Японией в области энергетики.",
     ["country-JP", "country-KZ"]),
    ("Казахстанские компании заинтересованы в расширении сотрудничества с Японией.", None),
    # `с организацией`: the head noun of the body named before
    ("Президент Монголии Ухнаагийн Хурэлсух принял Генерального секретаря ШОС Нурлана Ермекбаева. Хурэлсух "
     "отметил, что Монголия заинтересована в расширении сотрудничества с организацией.", ["country-MN", "org-1"]),
])
def test_cooperation_with_a_state_is_the_clause_subjects(nlp, text, parties):
    """`cooperation_with_actor`: `связей с Таиландом` — the other side is the subject of the clause."""
    found = [sorted(r.parties) for r in nlp(text).relations if r.kind == "cooperation"]
    assert found == ([parties] if parties else [])


@pytest.mark.parametrize(("text", "others"), [
    ("Узбекистан последовательно развивает партнерство с Германией, Францией и Италией в сфере энергетики.",
     ["DE", "FR", "IT"]),
    ("Кыргызстан расширяет взаимодействие с Всемирным банком, Азиатским банком развития и ЕБРР в области "
     "водоснабжения.", ["Всемирный банк", "Азиатский банк развития", "Европейский банк реконструкции и развития"]),
])
def test_cooperation_with_a_list_is_one_pair_with_each(nlp, text, others):
    """`cooperation_with_actor`: `с A, B и C` after a cooperation word pairs the subject's side with each."""
    doc = nlp(text)
    found = [[getattr(doc.entity(p), "code", None) or doc.entity(p).name for p in r.parties]
             for r in doc.relations if r.kind == "cooperation"]
    assert sorted(pair[1] for pair in found) == sorted(others) and len({pair[0] for pair in found}) == 1


@pytest.mark.parametrize("text", [
    "Президент Казахстана Касым-Жомарт Токаев принял прибывшего в Астану с официальным визитом министра "
    "иностранных дел Венгрии Петера Сийярто.",
    "Президент Казахстана Касым-Жомарт Токаев встретился с находящимся в Астане с визитом министром иностранных "
    "дел Венгрии Петером Сийярто.",
])
def test_a_participle_before_its_noun_is_said_of_the_person_after_it(nlp, text):
    """`visitor_staying`: the visitor is the one named after the participle in its case, not the subject."""
    doc = nlp(text)
    assert [(doc.entity(r.visitor).name, r.rule) for r in doc.relations if r.kind == "visit"] == [
        ("Петер Сийярто", "visitor_staying")]


@pytest.mark.parametrize(("text", "visitor"), [
    ("Кишинев, 25 февраля /Молдпрес/. Министр иностранных дел Республики Молдова Михай Попшой встретился с "
     "Верховным представителем Европейского союза по иностранным делам и политике безопасности Каей Каллас, которая "
     "находится в Кишиневе с рабочим визитом.", "Кая Каллас"),
    ("Душанбе, 7 июля. Министр иностранных дел Таджикистана Сироджиддин Мухриддин провел встречу со Специальным "
     "представителем Европейского союза по Центральной Азии Эдуардсом Стипрайсом, который находится в Душанбе в "
     "рамках регионального турне.", "Эдуардс Стипрайс"),
])
def test_a_staying_verb_in_a_relative_clause_is_said_of_the_person_before_its_comma(nlp, text, visitor):
    """`visitor_staying`: `Y, которая находится в … с визитом` is Y's visit, not the subject's; `турне` is a visit
    noun."""
    doc = nlp(text)
    assert [(doc.entity(r.visitor).name, r.rule) for r in doc.relations if r.kind == "visit"] == [
        (visitor, "visitor_staying")]


@pytest.mark.parametrize(("text", "sides"), [
    (EXAMPLES["officials_unnamed"], ["Казахстан", "Узбекистан"]),
    ("Министр экологии Казахстана провел встречу с представителями Всемирного банка.", ["Всемирный банк", "Казахстан"]),
    # with a person named: the official the talks word governs
    ("Ашхабад, 3 сентября (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял Генерального секретаря "
     "Организации Договора о коллективной безопасности.",
     ["Организация Договора о коллективной безопасности", "Сердар Бердымухамедов"]),
    # the official heading the delegation the talks word governs
    ("Баку, 4 ноября, АЗЕРТАДЖ. 3 ноября министр иностранных дел Азербайджанской Республики Джейхун Байрамов "
     "встретился с делегацией во главе с государственным министром по делам Европы Министерства иностранных дел "
     "Франции.", ["Джейхун Байрамов", "Министерство иностранных дел Французской Республики"]),
    ("Минск, 5 мая (БЕЛТА). Министр иностранных дел Беларуси Максим Рыженков принял делегацию во главе с "
     "заместителем министра иностранных дел Вьетнама.", ["Вьетнам", "Максим Рыженков"]),
    # a state's delegation
    ("Тбилиси, 16 октября. Министр иностранных дел Грузии Мака Бочоришвили встретилась с делегацией Латвии.",
     ["Латвия", "Мака Бочоришвили"]),
    # with the counterpart named after `с`: the unnamed subject before the talks word
    ("Астана, 24 июня. Депутаты Мажилиса Парламента Республики Казахстан встретились с делегацией Бундестага "
     "Германии во главе с председателем германо-центральноазиатской парламентской группы Йоханнесом Штайнигером.",
     ["Йоханнес Штайнигер", "Мажилис Парламента Республики Казахстан"]),
    # the one received named after `принял`: the unnamed subject before it
    ("Белград, 5 мая. Президент Сербии принял посла Черногории Милана Ракочевича.", ["Милан Ракочевич", "Сербия"]),
    # what `принял` takes is no title of the one named after it: no talks
    ("В обращении глава Военного совета сообщил, что принял отставку правительства Исама Шарафа.", []),
    # not in a headline, where a short title of the counterpart named below holds no one
    ("Бахтиёр Саидов провел встречу с заместителем госсекретаря США\n\nТашкент, 15 мая (УзА). Министр иностранных "
     "дел Узбекистана Бахтиёр Саидов провел встречу с заместителем государственного секретаря США Ричардом Вермой.",
     ["Бахтиёр Саидов", "Ричард Верма"]),
    # a session naming one, its chair: the states of the role nouns' list taking part too
    ("В Астане состоялось заседание Совета министров иностранных дел Организации тюркских государств. В мероприятии "
     "приняли участие главы МИД Азербайджана, Казахстана и Турции. Председательствовал на заседании министр "
     "иностранных дел Казахстана Ермек Кошербаев.", ["Азербайджан", "Ермек Кошербаев", "Турция"]),
    # officials of `двух стран`: the two states the text speaks of
    ("Кыргызстан и Казахстан подписали соглашение. Встреча президентов двух стран прошла в Бишкеке.",
     ["Казахстан", "Кыргызстан"]),
    # beside two named, the states of a plural title no one holds
    ("Ташкент, 19 мая (УзА). Президент Республики Узбекистан Шавкат Мирзиёев принял участие в саммите «Центральная "
     "Азия – Евросоюз» в Самарканде. В саммите участвовали президенты Казахстана и Туркменистана, а также "
     "Председатель Европейского совета Антониу Кошта.",
     ["Антониу Кошта", "Казахстан", "Туркменистан", "Шавкат Мирзиёев"]),
    # a session naming no one: the states of the titles taking part
    ("В Бишкеке состоялось заседание Совета министров иностранных дел СНГ. В заседании приняли участие министры "
     "иностранных дел Азербайджана, Армении, Беларуси и Казахстана.",
     ["Азербайджан", "Армения", "Беларусь", "Казахстан"]),
    # a plural title opening the list of its holders after a dash: they take part, not its body
    ("19 сентября в Баку состоялось заседание Межправительственной комиссии по экономическому сотрудничеству между "
     "Азербайджаном и Узбекистаном. Заседание провели сопредседатели комиссии – заместитель премьер-министра "
     "Азербайджана Шахин Мустафаев и заместитель премьер-министра Узбекистана Жамшид Ходжаев.",
     ["Жамшид Ходжаев", "Шахин Мустафаев"]),
])
def test_officials_no_one_holds_make_their_states_or_bodies_the_sides(nlp, text, sides):
    """`officials_unnamed`: the contract's `встреча президентов двух стран`."""
    doc = nlp(text)
    assert meetings(doc) == (
        [sides] if sides else [])


def test_a_named_document_in_a_package_is_the_agreement_signed(nlp):
    """`document_named_in_package`: not the package (`документы`)."""
    text = ("По итогам переговоров был подписан пакет документов, в том числе Соглашение о всеобъемлющем "
            "стратегическом партнерстве между Республикой Узбекистан и Французской Республикой.")
    def titles(pipeline: Pipeline) -> list[str | None]:
        return [r.title for r in pipeline(text).relations if r.kind == "agreement"]
    assert titles(nlp) == ["Соглашение о всеобъемлющем стратегическом партнерстве"]
    assert titles(Pipeline(disable=["document_named_in_package"])) == ["документы"]
    doc = nlp("Президент Беларуси Александр Лукашенко провел переговоры с Президентом Зимбабве Эммерсоном Мнангагвой. "
              "По итогам переговоров подписан ряд двусторонних документов, в том числе соглашение о сотрудничестве в "
              "области сельского хозяйства.")
    assert [r.title for r in doc.relations if r.kind == "agreement"] == [
        "соглашение о сотрудничестве в области сельского хозяйства"]


def test_talks_told_with_a_colon_are_a_meeting_with_each_item_of_the_list(nlp):
    """`meetings_listed`."""
    doc = nlp(EXAMPLES["meetings_listed"])
    assert meetings(doc) == [
        ["Жээнбек Кулубаев", "Мехмет Кемаль Бозай"], ["Жээнбек Кулубаев", "Хасан Мохсени Фард"]]


def test_a_plural_participle_after_a_list_of_names_is_the_visit_of_each(nlp):
    """`visitors_listed`; a singular participle stays the last name's (`visitor_staying`)."""
    def visitors(text: str) -> list[str]:
        doc = nlp(text)
        return sorted(doc.entity(r.visitor).name for r in doc.relations if r.kind == "visit")
    assert visitors(EXAMPLES["visitors_listed"]) == ["Жээнбек Кулубаев", "Мурат Нуртлеу", "Рашид Мередов"]
    assert visitors("Президент принял министра иностранных дел Казахстана Мурата Нуртлеу и министра иностранных "
                    "дел Туркменистана Рашида Мередова, прибывшего в Ташкент.") == ["Рашид Мередов"]


def test_the_sides_after_a_visit_with_no_talks_are_the_visitor_and_the_state_visited(nlp):
    """`visit_sides`: `стороны подписали соглашения о сотрудничестве` after a state visit, no talks told."""
    def cooperation(pipeline: Pipeline) -> list[tuple[list[str], list[str]]]:
        doc = pipeline(EXAMPLES["visit_sides"])
        return [(sorted(doc.entity(p).name for p in r.parties), r.sectors) for r in doc.relations
                if r.kind == "cooperation"]
    assert cooperation(nlp) == [(["Казахстан", "Кыргызстан"], ["sector-transport", "sector-energy"])]
    assert cooperation(Pipeline(disable=["visit_sides"])) == []


@pytest.mark.parametrize(("text", "members"), [
    ("Президент напомнил, что Эфиопия в прошлом году вступила в БРИКС.", ["country-ET"]),
    ("Казахстан с 1 января председательствует в Организации Договора о коллективной безопасности.",
     ["country-KZ"]),
    ("Гордон назвал условия для Сербии вступить в Европейский союз.", []),  # not told as done
])
def test_a_verb_of_joining_or_chairing_makes_the_states_of_its_clause_members(nlp, text, members):
    """`membership_noun` with its verbs (`вступить`, `председательствовать`)."""
    found = [r.member for r in nlp(text).relations if r.kind == "membership"]
    assert found == members


def test_a_finite_verb_of_staying_is_said_of_its_subject(nlp):
    doc = nlp("Министр иностранных дел Кыргызстана Жээнбек Кулубаев 8–9 апреля находился с официальным визитом в "
              "Анкаре.")
    assert [(doc.entity(r.visitor).name, doc.entity(r.destination).name) for r in doc.relations
            if r.kind == "visit"] == [("Жээнбек Кулубаев", "Анкара")]


@pytest.mark.parametrize(("text", "visits"), [
    ("С Б.Саидовым российский министр обсудил выполнение договоренностей, достигнутых в ходе государственного "
     "визита Президента Узбекистана Шавката Мирзиёева в Москву в мае прошлого года.",
     [("Шавкат Мирзиёев", "Москва", "visitor_owner")]),
    ("Алиев принял министра, прибывшего в рамках визита делегации Беларуси в Азербайджан.", []),  # no one named
    ("Глава МИД России Сергей Лавров, прибывший в Душанбе, провел переговоры.",
     [("Сергей Лавров", "Душанбе", "visitor_staying")]),
    ("Генеральный секретарь Совета Европы Ален Берсе встретился с председателем парламента Грузии Шалвой "
     "Папуашвили и посетил Мцхету.", [("Ален Берсе", "Мцхета", "visitor_subject")]),
    ("Министр иностранных дел Азербайджана Джейхун Байрамов встретился с генеральным секретарем НАТО Марком Рютте "
     "в рамках рабочего визита в Брюссель.", [("Джейхун Байрамов", "Брюссель", "visitor_subject")]),
    # the subject after its verb, not the inviter named before it (the parse may hang the inviter on the subject)
    ("По приглашению Министра иностранных дел Республики Узбекистан Бахтиёра Саидова в Ташкент прибыл Министр "
     "иностранных дел Исламской Республики Иран Аббас Аракчи.", [("Аббас Аракчи", "Ташкент", "visitor_subject")]),
    ("Специально на торжества, посвященные юбилею Бориса Николаевича в Екатеринбург прибыл президент РФ Дмитрий "
     "Медведев.", [("Дмитрий Медведев", "Екатеринбург", "visitor_subject")]),
    # another's visit: the one received, as before
    ("Президент Азербайджана Ильхам Алиев принял генерального секретаря НАТО Марка Рютте в рамках его визита в "
     "Баку.", [("Марк Рютте", "Баку", "visit_noun")]),    # `в стране`: the dateline's state; not the host's own visit
    ("Улан-Батор, 5 июля /МОНЦАМЕ/. Премьер-министр Монголии Гомбожавын Занданшатар принял находящегося в стране "
     "с визитом министра иностранных дел Японии Такэси Ивая.", [("Такэси Ивай", "Монголия", "destination_setting")]),
    ("Баку, 3 февраля, АЗЕРТАДЖ. Министр иностранных дел Азербайджана Джейхун Байрамов встретился с прибывшим с "
     "официальным визитом в нашу страну министром иностранных дел Словакии Юраем Бланаром.",
     [("Юрай Бланар", "Азербайджан", "destination_setting")]),
    ("Улан-Батор, 5 июля. Премьер-министр Монголии Гомбожавын Занданшатар, находящийся в стране с визитом, "
     "выступил.", []),
    # `прибывшего с визитом` and no place: the dateline's state (its place where the text names no state); a
    # delegation's head the participle is said of
    ("Пхеньян, 1 сентября. Ким Чен Ын принял прибывшего с официальным визитом министра обороны России Андрея "
     "Белоусова.", [("Андрей Белоусов", "Пхеньян", "visitor_staying")]),
    ("Пхеньян, 1 сентября (ЦТАК). Председатель Государственных дел КНДР Ким Чен Ын принял прибывшую с официальным "
     "визитом делегацию во главе с министром обороны России Андреем Белоусовым.",
     [("Андрей Белоусов", "КНДР", "visitor_staying")]),
    # `в республику` where the text names no state: the dateline's place (an entity of the document, not a state
    # it never names)
    (EXAMPLES["destination_setting"], [("Такэси Ивай", "Минск", "destination_setting")]),
    # no dateline: no state the trip went to
    ("Ким Чен Ын принял прибывшего с официальным визитом министра обороны России Андрея Белоусова.", []),
])
def test_a_visit_is_of_its_nouns_genitive_owner_or_of_whom_its_participle_is_said(nlp, text, visits):
    """`visitor_owner`, `visitor_staying`: not the sentence's subject (Саидов, Алиев); `visitor_subject`: a
    finite verb's subject, not the counterpart named last."""
    doc = nlp(text)
    assert [(doc.entity(r.visitor).name, doc.entity(r.destination).name, r.rule) for r in doc.relations
            if r.kind == "visit"] == visits


def test_the_sides_of_a_phone_call_are_no_meeting_but_cooperate(nlp):
    """`call_sides`: `Собеседники` after a call are its sides; its sectors are no later cooperation's."""
    text = ("Лавров провел телефонный разговор с главой МИД Турции Хаканом Фиданом. Собеседники обсудили ход "
            "реализации совместных проектов в энергетической сфере. В тот же день Лавров провел телефонный разговор "
            "с министром иностранных дел Венгрии Петером Сийярто. Стороны обсудили российско-венгерское "
            "сотрудничество в сфере образования.")
    doc = nlp(text)
    assert [r for r in doc.relations if r.kind == "meeting"] == []
    found = sorted((sorted(r.parties), r.sectors) for r in doc.relations if r.kind == "cooperation")
    assert found == [(["country-HU", "country-RU"], ["sector-education"]),
                     (["country-RU", "country-TR"], ["sector-energy"])]
    off = Pipeline(disable=["call_sides"])(text)
    assert sorted(sorted(r.parties) for r in off.relations if r.kind == "cooperation") == [
        ["country-HU", "country-RU"]]


def test_an_organization_named_again_by_its_head_noun_is_a_cooperation_party(nlp):
    """`cooperation_with_body_named`: `с организацией` after `ОБСЕ` is the OSCE (NER leaves the word alone)."""
    text = ("Министр встретился с Генеральным секретарем ОБСЕ. Стороны обсудили взаимодействие Казахстана с "
            "организацией в сфере безопасности.")
    found = [(r.rule, sorted(r.parties), r.sectors) for r in nlp(text).relations if r.kind == "cooperation"]
    assert found == [("cooperation_with_body_named", ["country-KZ", "org-1"], ["sector-security"])]
    off = Pipeline(disable=["cooperation_with_body_named"])(text)
    assert [r.rule for r in off.relations if r.kind == "cooperation"] != ["cooperation_with_body_named"]


@pytest.mark.parametrize(("text", "found"), [
    ("Президент отметил, что Казахстан и Китай связывают отношения стратегического партнерства, а с Россией "
     "активно развивается сотрудничество в сфере транспорта.",
     [(["country-CN", "country-KZ"], []), (["country-KZ", "country-RU"], ["sector-transport"])]),
    ("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с коллегами из Узбекистана и "
     "Туркменистана. С узбекским коллегой обсуждалось сотрудничество в сфере образования, с туркменским – "
     "взаимодействие в транспортной и энергетической областях.",
     [(["country-KZ", "country-TM"], ["sector-transport", "sector-energy"]),
      (["country-KZ", "country-UZ"], ["sector-education"])]),
    ("Глава МИД Армении Арарат Мирзоян встретился с послом Франции. С французской стороной обсуждалось "
     "взаимодействие в сфере культуры.", [(["country-AM", "country-FR"], ["sector-culture"])]),
    # parallel clauses with no word of cooperation in some: each `с X` clause's fields are X's
    ("Заместитель министра иностранных дел Республики Казахстан Роман Василенко провел встречи с послами Германии, "
     "Франции и Италии. С немецким дипломатом обсуждались вопросы энергетического партнерства, с французским – "
     "сотрудничество в сфере образования, с итальянским – перспективы расширения торговли.",
     [(["country-DE", "country-KZ"], ["sector-energy"]), (["country-FR", "country-KZ"], ["sector-education"]),
      (["country-IT", "country-KZ"], ["sector-trade"])]),
    # a sentence that opens `с X` is all X's: the topic nouns and adjectives between do not break it off
    ("НЬЮ-ЙОРК, 25 сентября. /Корр. ТАСС/. Министр иностранных дел России Сергей Лавров на полях 81-й сессии "
     "Генеральной Ассамблеи ООН провел встречи с главами внешнеполитических ведомств Индонезии Сугионо, Бразилии "
     "Мауро Виейрой и Пакистана Исхаком Даром. С индонезийским "
     "коллегой обсуждались вопросы двустороннего сотрудничества в сфере энергетики.",
     [(["country-ID", "country-RU"], ["sector-energy"])]),
    # a counterpart's title between `с` and the state
    ("Министр иностранных дел Казахстана Ермек Кошербаев провел встречи с главами МИД Кувейта Абдуллой Аль-Яхьей и "
     "Филиппин Терезой Лазаро. С "
     "министром Кувейта обсуждены вопросы инвестиционного сотрудничества, а с филиппинской коллегой – перспективы "
     "взаимодействия в сфере сельского хозяйства.",
     [(["country-KW", "country-KZ"], ["sector-investment"]), (["country-KZ", "country-PH"], ["sector-agriculture"])]),
])
def test_a_clause_opening_with_a_partner_names_a_cooperation_of_its_own(nlp, text, found):
    """`cooperation_clause_partner`: `…, а с X развивается сотрудничество …`, `с X-ским – взаимодействие …`: X and
    the side the text keeps, not the pair told before."""
    doc = nlp(text)
    assert sorted((sorted(r.parties), r.sectors) for r in doc.relations if r.kind == "cooperation") == found
    off = Pipeline(disable=["cooperation_clause_partner"])(text)
    assert sorted((sorted(r.parties), r.sectors) for r in off.relations if r.kind == "cooperation") != found


@pytest.mark.parametrize(("text", "met"), [
    ("Белград, 5 марта. Министр иностранных дел Сербии Марко Джурич провел переговоры с министром иностранных дел "
     "Парагвая Рубеном Рамиресом Лескано.\n\nВ тот же день парагвайского гостя принял президент страны Александр "
     "Вучич.", [["Марко Джурич", "Рубен Рамирес Лескано"], ["Александр Вучич", "Рубен Рамирес Лескано"]]),
    # no dateline: no state the guest came to, no one
    ("Министр иностранных дел Сербии Марко Джурич провел переговоры с министром иностранных дел Парагвая Рубеном "
     "Рамиресом Лескано. Затем гостя принял президент страны Александр Вучич.",
     [["Марко Джурич", "Рубен Рамирес Лескано"]]),
])
def test_a_guest_is_the_visiting_side_named_before(nlp, text, met):
    """`guest_refers_to_visitor`: of the state its adjective names, else of another state than the dateline's."""
    doc = nlp(text)
    assert meetings(doc) == met
    off = Pipeline(disable=["guest_refers_to_visitor"])(text)
    assert len([r for r in off.relations if r.kind == "meeting"]) == 1


@pytest.mark.parametrize(("dateline", "role"), [
    ("Ташкент, 22 мая (УзА).", "Глава государства"),
    ("Ташкент, 22 мая (УзА).", "Глава нашего государства"),
    ("Ташкент, 22 мая. /УзА/.", "Глава государства"),  # the agency a sentence of its own too
])
def test_a_role_noun_opening_the_lead_is_the_leader_named_after_it(nlp, dateline, role):
    """`headline_role_noun` in the lead's first sentence, after a dateline that is a sentence of its own."""
    doc = nlp(f"{dateline} {role} принял делегацию во главе с Премьер-министром Пакистана Шахбазом "
              "Шарифом. Шавкат Мирзиёев приветствовал высокого гостя.")
    assert meetings(doc) == [
        ["Шавкат Мирзиёев", "Шахбаз Шариф"]]


def _minister_mentions(doc) -> list[str]:
    return [doc.text[m.start:m.stop] for p in doc.persons if p.name == "Бахтиёр Саидов" for m in p.mentions]


@pytest.mark.parametrize(("headline", "saidov"), [
    ("Глава МИД Узбекистана посетил Вену", True),
    ("Глава МИД России посетил Вену", False),  # the state the genitive names is not the one holder's
    ("Главы МИД посетили Вену", False),  # plural: no one person
])
def test_a_headlines_role_noun_is_the_one_holder_of_its_family_named_after_it(nlp, headline, saidov):
    """`headline_role_noun`: forward, in the headline only, of the state a genitive after it names."""
    text = headline + "\n\nМинистр иностранных дел Узбекистана Бахтиёр Саидов посетил штаб-квартиру МАГАТЭ."
    role = " ".join(headline.split()[:2])
    assert (role in _minister_mentions(nlp(text))) is saidov
    assert role not in _minister_mentions(Pipeline(disable=["headline_role_noun"])(text))
    later = nlp("Делегация прибыла в Вену. " + text)  # past the headline, a role noun refers back only
    assert role not in _minister_mentions(later)


@pytest.mark.parametrize(("headline", "met"), [
    ("Глава государства принял Председателя Правления АО «Самрук-Казына» Нурлана Жакупова",
     [["Касым-Жомарт Токаев", "Нурлан Жакупов"]]),
    # the leaders' list gives Бектенов a premier's office, not a head of state's
    ("Глава правительства принял Председателя Правления АО «Самрук-Казына» Нурлана Жакупова", []),
])
def test_a_headlines_role_noun_is_the_leader_of_its_office_named_after_it(nlp, headline, met):
    """`headline_role_noun` with no post in the text: the one person named after it whom the leaders' list gives
    an office of the role noun's family (Akorda's `Глава государства принял …`)."""
    text = headline + "\n\nКасым-Жомарт Токаев заслушал отчет о деятельности фонда по итогам прошлого года."
    doc = nlp(text)
    assert [[doc.entity(p).name for p in r.participants] for r in doc.relations if r.kind == "meeting"] == met
    off = Pipeline(disable=["headline_role_noun"])(text)
    assert [r for r in off.relations if r.kind == "meeting"] == []


@pytest.mark.parametrize(("text", "holder"), [
    ("Владимир Путин принял верительные грамоты у послов. Выступая перед дипломатами, Президент России отметил "
     "значение диалога.", "Владимир Путин"),
    # two persons of that state with no post: no one to choose
    ("Владимир Путин и Сергей Лавров приняли послов. Президент России отметил значение диалога.", None),
    # an ambassador's title is no head of state's
    ("Владимир Путин принял послов. Посол России отметил значение диалога.", None),
])
def test_a_head_of_states_title_is_the_one_person_of_that_state_named(nlp, text, holder):
    """`head_of_state_title`: the leaders' list gives Путин the state; the title is his post and a mention."""
    doc = nlp(text)
    held = [(doc.entity(r.person).name, doc.entity(r.post).title) for r in doc.relations if r.kind == "holds_post"]
    assert held == ([(holder, "президент")] if holder else [])
    off = Pipeline(disable=["head_of_state_title"])(text)
    assert [r for r in off.relations if r.kind == "holds_post"] == []


AKORDA = ("Астана, 24 сентября 2026 года. /Акорда/. Касым-Жомарт Токаев провел встречу с Генеральным директором "
          "Международного агентства по атомной энергии Рафаэлем Гросси. Президент отметил, что Казахстан является "
          "надежным партнером агентства.")


@pytest.mark.parametrize(("text", "held"), [
    (AKORDA, [("Рафаэль Гросси", "генеральный директор", None), ("Касым-Жомарт Токаев", "президент", "KZ")]),
    # another dateline, another head of state
    ("Ташкент, 24 сентября 2026 года. /УзА/. Шавкат Мирзиёев принял министра иностранных дел Франции Жан-Ноэля "
     "Барро. Президент высоко оценил итоги визита.",
     [("Жан-Ноэль Барро", "министр иностранных дел", "FR"), ("Шавкат Мирзиёев", "президент", "UZ")]),
    # no dateline: no state, so no one; and no director general's mention either
    (AKORDA.split("/Акорда/. ")[1], [("Рафаэль Гросси", "генеральный директор", None)]),
])
def test_a_head_of_states_title_naming_no_state_is_the_datelines_head_named(nlp, text, held):
    """`head_of_state_of_setting`: `Президент отметил` with no state in an Astana item is Токаев's post, of KZ (the
    leaders' list gives him the state, and he holds no other post); never a mention of the head of another office
    of its family (`генеральный директор`)."""
    doc = nlp(text)
    assert [(doc.entity(r.person).name, doc.entity(r.post).title, doc.entity(r.post).country) for r in doc.relations
            if r.kind == "holds_post"] == held
    presidents = {name for name, title, _ in held if title == "президент"}
    assert {p.name for p in doc.persons for m in p.mentions if m.text == "Президент"} == presidents
    off = Pipeline(disable=["head_of_state_of_setting"])(text)
    assert len([r for r in off.relations if r.kind == "holds_post"]) == 1


def test_a_bare_title_before_a_holders_name_is_a_mention_of_the_fuller_post_held(nlp):
    """`bare_title_of_held`: `Министр Мирзоян` is no second post `министр`."""
    text = ("Министр иностранных дел Республики Армения Арарат Мирзоян провел встречу с коллегой. Министр Мирзоян "
            "рассказал о мирной повестке.")
    assert [(p.title, len(p.mentions)) for p in nlp(text).posts] == [("министр иностранных дел", 2)]
    off = Pipeline(disable=["bare_title_of_held"])(text)
    assert sorted(p.title for p in off.posts) == ["министр", "министр иностранных дел"]
    same = nlp("Министр встретилась с Послом Республики Корея в Монголии Ли Сан Хуном. Посол Ли Сан Хун отметил "
               "значение визита.")  # the same title repeated bare
    assert [(p.title, p.country, p.host, len(p.mentions)) for p in same.posts if p.title == "посол"] == [
        ("посол", "KR", "MN", 2)]
    two = nlp("Министр обороны и министр иностранных дел Армении Арарат Мирзоян провел встречу. Министр Мирзоян "
              "рассказал о повестке.")  # two fuller posts of one head: the bare title stays its own
    assert "министр" in [p.title for p in two.posts]


SETTING_EXAMPLES = [
    # (rule, text, the date value and place name of its last meeting with the rule, without it)
    ("same_day", "Минск, 17 июня. Министр иностранных дел Беларуси Максим Рыженков провел переговоры с министром "
                 "иностранных дел Вьетнама Буй Тхань Шоном.\n\nВ тот же день М.Рыженков встретился с послом Индии "
                 "Бхаратом Бхатией.", ("2025-06-17", "Минск"), (None, "Минск")),
    ("same_day", "БЕЛГРАД, 11 октября. /Корр. БЕЛТА/. Председатель Палаты представителей Национального собрания "
                 "Беларуси Владимир Андрейченко провел переговоры с председателем Народной скупщины Сербии Владимиром "
                 "Орличем.\n\nЗатем белорусскую делегацию во главе с В.Андрейченко принял президент Сербии "
                 "Александр Вучич.", ("2025-10-11", "Белград"), (None, "Белград")),
    ("session_named_again", "22–25 апреля в Бангкоке прошла сессия ЭСКАТО. На полях сессии заместитель министра "
                            "иностранных дел Туркменистана Вепа Гаджиев встретился с Генеральным секретарем ОЭС Асадом "
                            "Маджидом Ханом.", ("2025-04-22/2025-04-25", "Бангкок"), (None, None)),
    # the sentences after `На полях …` in its paragraph are on the margins too
    ("session_named_again", "11 октября в Москве состоялось заседание Совета министров иностранных дел СНГ. На полях "
                            "заседания С.В.Лавров провел встречу с Д.Байрамовым. Кроме того, состоялась беседа "
                            "С.В.Лаврова с М.Рыженковым.", ("2025-10-11", "Москва"), (None, None)),
    ("visitor_stay", "Находящийся с рабочим визитом в Нью-Йорке министр иностранных дел Армении Арарат Мирзоян "
                     "встретился с министром иностранных дел Мексики Хуаном Рамоном де ла Фуэнте.\n\nВ тот же день "
                     "глава МИД Армении провел встречу с министром иностранных дел Мавритании Мохамедом Салемом Ульд "
                     "Мерзугом.", (None, "Нью-Йорк"), (None, None)),
    # a place visited sets the events told after `где`, not one told before it in its sentence
    ("visitor_stay", "Генеральный секретарь Совета Европы Ален Берсе посетил Мцхету, где встретился с патриархом "
                     "Грузии Илией Вторым.", (None, "Мцхета"), (None, None)),
    ("visitor_stay", "Генеральный секретарь Совета Европы Ален Берсе встретился с председателем парламента Грузии "
                     "Шалвой Папуашвили и посетил Мцхету.", (None, None), (None, None)),
    # a stay in a state other than the dateline's: the later events are not at the dateline's city
    ("visitor_stay", "Ташкент, 28 августа. Глава МИД Узбекистана Бахтиёр Саидов, находящийся с рабочим визитом в "
                     "Пакистане, провел переговоры с министром иностранных дел Пакистана Исхаком Даром. В тот же день "
                     "узбекский министр был принят Премьер-министром Пакистана Шахбазом Шарифом.",
     ("2025-08-28", None), ("2025-08-28", "Ташкент")),
    # an envoy accredited to another state than the dateline's, outside the lead: not at the dateline's city
    ("envoy_abroad", "Астана. 15 октября. KAZAKHSTAN TODAY - Руководители загранучреждений Казахстана провели ряд "
                     "встреч.\n\nМежду тем посол Казахстана в Эфиопии Талгат Шаймерденов встретился с "
                     "государственным министром иностранных дел Эфиопии Тесфайе Алему.", (None, None),
     (None, "Астана")),
    # in the lead, an envoy abroad meeting someone of the state they are accredited to
    ("envoy_abroad", "Астана, 28 мая. /МИД РК/. Посол Казахстана в Японии Ерлан Байжанов провел встречу с губернатором "
                     "префектуры Хиросима Хидехико Юдзаки.", ("2025-05-28", None), ("2025-05-28", "Астана")),
    # the days of a stay told before date the events told after it, in the lead too
    ("stay_day", "Бишкек, 18 июня (Кабар). 16-17 июня министр иностранных дел Кыргызстана Жээнбек Кулубаев находился "
                 "с официальным визитом в Королевстве Саудовская Аравия. В Эр-Рияде он провел переговоры с министром "
                 "иностранных дел королевства принцем Фейсалом бин Фарханом Аль Саудом.",
     ("2025-06-16/2025-06-17", "Эр-Рияд"), ("2025-06-18", "Эр-Рияд")),
    ("stay_day", "Ханой, 6 мая (ВИА). 3-5 мая Генеральный секретарь ЦК КПВ То Лам находился с государственным "
                 "визитом в Лаосе. Во Вьентьяне он провел переговоры с Президентом Лаоса Тхонглуном Сисулитом.",
     ("2025-05-03/2025-05-05", "Вьентьян"), ("2025-05-06", "Вьентьян")),
    # the next sentence names the event again by its noun and says where it was held
    ("held_there", "Минск, 9 ноября. /БЕЛТА/. Министр иностранных дел Беларуси Максим Рыженков встретился с "
                   "генеральным секретарем ОДКБ Имангали Тасмагамбетовым. Встреча прошла в Москве на полях заседания "
                   "СМИД.",
     ("2025-11-09", "Москва"), ("2025-11-09", "Минск")),
    ("held_there", "Москва, 20 ноября. /РИА Новости/. Посол России в Бразилии Алексей Лабецкий вручил верительные "
                   "грамоты президенту страны Луису Инасиу Луле да Силве. Церемония прошла во дворце Планалту в "
                   "Бразилиа.", ("2025-11-20", "Бразилиа"), ("2025-11-20", None)),
    # told as planned, not held: no place taken
    ("held_there", "Ташкент, 7 ноября. /УзА/. Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с "
                   "министром иностранных дел Италии Антонио Таяни. Встреча пройдет в Риме.",
     ("2025-11-07", "Ташкент"), ("2025-11-07", "Ташкент")),
]


@pytest.mark.parametrize(("rule", "text", "on", "off"), SETTING_EXAMPLES)
def test_a_setting_rule_gives_the_last_meeting_its_date_or_place(rule, text, on, off):
    def last_meeting(nlp: Pipeline) -> tuple[str | None, str | None]:
        doc = nlp(text, date="2025-06-18")
        meeting = [r for r in doc.relations if r.kind == "meeting"][-1]
        return (doc.entity(meeting.date).value if meeting.date else None,  # type: ignore[union-attr]
                doc.entity(meeting.location).name if meeting.location else None)  # type: ignore[union-attr]
    assert last_meeting(Pipeline()) == on
    assert last_meeting(Pipeline(disable=[rule])) == off


@pytest.mark.parametrize("text", [
    "Бишкек, 15 ноября /Кабар/. Президент Кыргызстана Садыр Жапаров 14 ноября 2026 года в Бишкеке провел переговоры с "
    "Президентом Республики Узбекистан Шавкатом Мирзиёевым. По итогам переговоров главы государств подписали Договор "
    "о союзнических отношениях между Кыргызской Республикой и Республикой Узбекистан.",
    "ДУШАНБЕ /Ховар/. 14 ноября 2026 года в Душанбе министр иностранных дел Таджикистана Сироджиддин Мухриддин провел "
    "переговоры с министром иностранных дел Китая Ван И. Стороны обсудили сотрудничество. По итогам переговоров "
    "подписано Соглашение об экономическом и техническом сотрудничестве между Правительством Республики Таджикистан и "
    "Правительством Китайской Народной Республики.",
    # the people or the sides of the talks sign, in a paragraph after the lead
    "Вильнюс, 14 ноября 2026 года. BNS. Министр иностранных дел Литвы Кястутис Будрис встретился с министром "
    "иностранных дел Казахстана Ермеком Кошербаевым.\n\nПо словам Будриса, Литва заинтересована в расширении "
    "сотрудничества с Казахстаном.\n\nМинистры также подписали план консультаций между ведомствами двух стран на "
    "2027–2028 годы.",
    "Астана, 14 ноября 2026 года. Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с министром "
    "иностранных дел Венгрии Петером Сийярто.\n\nМинистры обсудили казахстанско-венгерское сотрудничество.\n\n"
    "Стороны подписали Меморандум о сотрудничестве в области подготовки дипломатических кадров.",
])
def test_a_document_signed_at_the_end_of_the_talks_takes_their_day(text):
    """`talks_day`: `По итогам переговоров … подписано Соглашение …`, `Министры также подписали …` with no day of
    its own: the talks' day."""
    def agreement_dates(nlp: Pipeline) -> list[str | None]:
        doc = nlp(text)
        return [doc.entity(r.date).value if r.date else None  # type: ignore[union-attr]
                for r in doc.relations if r.kind == "agreement"]
    assert agreement_dates(Pipeline()) == ["2026-11-14"]
    assert agreement_dates(Pipeline(disable=["talks_day"])) == [None]


@pytest.mark.parametrize(("text", "day", "dateline"), [
    ("Минск, 13 августа 2026 года. /БЕЛТА/. Беларусь и Зимбабве подписали соглашение о сотрудничестве в области "
     "сельского хозяйства. Церемония подписания состоялась 12 августа в Хараре.", "2026-08-12", "2026-08-13"),
    ("Астана, 10 августа 2026 года. /Казинформ/. Министр иностранных дел Казахстана Ермек Кошербаев и министр "
     "иностранных дел Венгрии Петер Сийярто подписали программу сотрудничества между министерствами на 2027–2028 "
     "годы. Церемония прошла 8 августа в Будапеште.", "2026-08-08", "2026-08-10"),
])
def test_a_signing_takes_the_day_the_ceremony_after_it_was_held_on(text, day, dateline):
    """`held_there`: the sentence after a signing that names the event by its noun and tells it held gives its day
    (the dateline's is the item's, not the signing's), as it gives its place."""
    def agreement_dates(nlp: Pipeline) -> list[str | None]:
        doc = nlp(text)
        return [doc.entity(r.date).value if r.date else None  # type: ignore[union-attr]
                for r in doc.relations if r.kind == "agreement"]
    assert agreement_dates(Pipeline()) == [day]
    assert agreement_dates(Pipeline(disable=["held_there"])) == [dateline]


def _members(pipeline: Pipeline, text: str) -> list[str]:
    """The names of the members of the memberships ``pipeline`` finds in ``text``, sorted."""
    doc = pipeline(text)
    return sorted(doc.entity(r.member).name for r in doc.relations if r.kind == "membership")


@pytest.mark.parametrize(("text", "parties"), [
    ("Минск, 1 ноября. Александр Лукашенко провел переговоры с Президентом Зимбабве Эммерсоном Мнангагвой, который "
     "прибыл в Беларусь с официальным визитом. Белорусский лидер отметил, что страны успешно сотрудничают в сельском "
     "хозяйстве и промышленности.", [["BY", "ZW"]]),
    ("Баку, 5 мая. Президент Азербайджана Ильхам Алиев принял министра иностранных дел Италии Антонио Таяни. Глава "
     "государства подчеркнул, что государства активно сотрудничают в энергетике.", [["AZ", "IT"]]),
])
def test_states_as_a_subject_are_the_sides_of_the_talks(nlp, text, parties):
    """`states_as_sides`: `страны`, `государства` as a subject with nothing saying which are the sides of the talks;
    without the rule no cooperation is told."""
    assert _cooperating_states(nlp, text) == parties
    assert _cooperating_states(Pipeline(disable=["states_as_sides"]), text) == []


@pytest.mark.parametrize("text", [
    "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Президентом Вьетнама Лыонг Кыонгом. Он отметил, что "
    "другие страны региона также развивают сотрудничество в энергетике.",
    "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Президентом Вьетнама Лыонг Кыонгом. Он отметил, что "
    "страны – члены ШОС развивают сотрудничество в энергетике.",
])
def test_states_said_which_are_not_the_sides(nlp, text):
    assert [r for r in nlp(text).relations if r.kind == "cooperation"] == []


@pytest.mark.parametrize(("text", "members"), [
    ("Тбилиси, 22 августа. Грузия и Армения как государства – участники ОЧЭС выступают за развитие транспортных "
     "коридоров, заявил министр иностранных дел Грузии Макка Ботчорашвили.", ["Армения", "Грузия"]),
    ("Ташкент, 9 июня /УзА/. Узбекистан и Таджикистан как страны – участницы СНГ развивают сотрудничество, сообщил "
     "министр иностранных дел Узбекистана Бахтиёр Саидов.", ["Таджикистан", "Узбекистан"]),
])
def test_a_state_named_after_the_next_verb_is_no_list_of_members(nlp, text, members):
    """`membership_listed` reads the states after `государства – участники ОЧЭС` up to the next finite verb: a
    speaker's state after `заявил` lists no member, and the states before the member word are the members."""
    assert _members(nlp, text) == members


@pytest.mark.parametrize(("text", "members"), [
    ("Министр иностранных дел Армении Арарат Мирзоян в рамках визита в Брюссель провел встречу с генеральным "
     "секретарем НАТО Марком Рютте.", []),
    ("Министр иностранных дел Азербайджана Джейхун Байрамов в рамках визита в Брюссель встретился с Верховным "
     "представителем ЕС по иностранным делам и политике безопасности Каей Каллас.", []),
    # the frame's noun phrase reaches the organization: its state takes part in it
    ("Министр иностранных дел Узбекистана Бахтиёр Саидов в рамках участия в министерском заседании ОБСЕ провел "
     "встречу с министром иностранных дел Мальты Яном Боргом.", ["Узбекистан"]),
])
def test_a_frame_ended_by_a_verb_is_no_organizations(nlp, text, members):
    """`membership_frame`: `в рамках визита в Брюссель встретился с … ЕС` frames a visit; an organization after the
    verb that ends the frame's noun phrase makes no one a member."""
    assert _members(nlp, text) == members


def test_an_observer_is_no_member(nlp):
    """`observer_not_member`: the state a clause gives an observer's status is no member by that sentence."""
    text = ("Стороны обсудили поставки азербайджанского газа в Венгрию, а также взаимодействие в рамках Организации "
            "тюркских государств, где Венгрия имеет статус наблюдателя.")
    assert _members(nlp, text) == ["Азербайджан"]
    assert _members(Pipeline(disable=["observer_not_member"]), text) == ["Азербайджан", "Венгрия"]


@pytest.mark.parametrize(("text", "members"), [
    ("Азербайджан является надежным поставщиком газа для ряда стран – членов Европейского союза.", []),
    ("Казахстан развивает торговлю со странами-членами ЕАЭС.", []),
    # the clause's state is one of them
    ("Венгрия является членом ЕС, а Казахстан – одним из государств – основателей ОДКБ.", ["Венгрия", "Казахстан"]),
])
def test_members_said_of_states_a_preposition_governs_are_not_the_clauses(nlp, text, members):
    """`unnamed_members`."""
    assert _members(nlp, text) == members
    if not members:
        assert _members(Pipeline(disable=["unnamed_members"]), text) != []


@pytest.mark.parametrize(("text", "members"), [
    ("Казахстан и Азербайджан, являющиеся членами Организации тюркских государств, договорились углублять "
     "сотрудничество.", ["Азербайджан", "Казахстан"]),
    ("Узбекистан, Казахстан и Кыргызстан, которые являются членами ШОС, договорились о сотрудничестве.",
     ["Казахстан", "Кыргызстан", "Узбекистан"]),
    ("Стороны отметили позицию Туркменистана, являющегося членом ООН.", ["Туркменистан"]),  # the singular: one
])
def test_a_plural_qualifier_says_membership_of_each_state_joined_before_it(nlp, text, members):
    """`membership_qualified_state` in the plural (`являющиеся`, `которые`): the run of states before the comma."""
    assert _members(nlp, text) == members


@pytest.mark.parametrize(("text", "members"), [
    ("Ташкент (УзА). Узбекистан не является членом ОДКБ, однако поддерживает диалог с организацией.", []),
    ("Баку (АЗЕРТАДЖ). Азербайджан не является участником Организации Договора о коллективной безопасности.", []),
    ("Казахстан является не только членом ООН, но и ОБСЕ.", ["Казахстан"]),  # `не только` negates nothing
])
def test_a_negated_member_word_gives_no_membership(nlp, text, members):
    """`negated_member`."""
    assert _members(nlp, text) == members
    if not members:
        assert _members(Pipeline(disable=["negated_member"]), text) != []


RULES_TESTED_ABOVE = {"head_of_state_of_setting", "observer_not_member", "negated_member", "state_noun_named_before",
                      "talks_day", "colleague_named_before", "shared_abbreviation", "doubled_syllable",
                      "last_item_state", "credentials_no_sides", "title_as_object", "abbreviation_in_brackets",
                      "sides_of_several_meetings", "call_not_met",
                      "host_of_counterpart", "state_of_host", "place_as_first_name",
                      "first_name_of_initial", "place_not_org", "state_of_fellow_title", "state_of_joined_title",
                      "state_of_colleague", "head_of_body", "same_office_title", "state_of_side",
                      "subject_after_governed_title",
                      "closing_words_of_name",
                      "host_of_credentials", "credentials_again", "initials_ner_missed",
                      "head_as_first_name", "leader_named_ner_missed", "ministry_named_before", "states_as_sides",
                      "department_of_body", "honorific_not_post", "singular_title_one_holder", "building_name",
                      "undeclined_after_instrumental", "undeclined_after_nominative", "genitive_or_accusative",
                      "building_not_place", "body_noun_not_place", "partner_after_type_noun", "shared_region_state",
                      "state_represented",
                      "host_of_setting", "state_of_setting",
                      "name_closing_place", "name_as_place", "unnamed_members", "document_named_in_package",
                      "name_case_break",
                      "dateline_today",
                      "bare_title_of_held", "abbreviation_of_named", "bare_body_of_setting",
                      "interleaved_states", "plural_subject", "org_without_parent", "shared_parent",
                      "fleeting_vowel_surname", "state_of_second_title"}
# the last eight and abbreviation_in_brackets, title_as_object in test_normalization.py, dateline_today in test_dates.py
COOPERATION_VETOES = {"sector_is_document_topic", "route_between_regions", "compound_in_name",
                      "relations_being_mended"}


def test_every_named_rule_has_an_example():
    covered = set(EXAMPLES) | {rule for rule, *_ in VETOES} | COOPERATION_VETOES | RULES_TESTED_ABOVE
    covered |= {rule for rule, *_ in SETTING_EXAMPLES}
    covered |= {rule for _, _, rule in DATE_EXAMPLES}
    covered |= {rule for _, rule in POST_EXAMPLES} | {rule for _, rule, _, _ in TITLE_EXAMPLES}
    assert set(RULES) - covered == set()


@pytest.mark.parametrize(("text", "met"), [
    (EXAMPLES["subject_told_before"], [["Реджеп Тайип Эрдоган", "Садыр Жапаров"]]),
    ("Посол Казахстана в Италии Ернар Кожахметов провел ряд встреч в Милане. На встрече с президентом региона "
     "Ломбардия Аттилио Фонтаной стороны обсудили сотрудничество.", [["Аттилио Фонтана", "Ернар Кожахметов"]]),
    # the one named before is of the counterpart's state: no one to meet
    ("Министр иностранных дел Турции Хакан Фидан прибыл в Анкару. Состоялись переговоры с Президентом Турции "
     "Реджепом Тайипом Эрдоганом.", []),
])
def test_talks_with_one_counterpart_are_held_by_the_one_the_sentence_before_is_about(nlp, text, met):
    """`subject_told_before`: no one named before the talks word, one counterpart after `с`."""
    doc = nlp(text)
    assert meetings(doc) == met


def test_the_head_of_a_states_diplomacy_is_its_foreign_minister(nlp):
    doc = nlp("Министр иностранных дел Грузии Мака Бочоришвили провела телефонный разговор с министром иностранных "
              "дел Азербайджана Джейхуном Байрамовым. В тот же день глава грузинской дипломатии встретилась с послом "
              "Соединенных Штатов в Грузии Робином Данниган.")
    assert meetings(doc) == [
        ["Мака Бочоришвили", "Робин Данниган"]]


@pytest.mark.parametrize(("text", "who"), [
    # a role noun with the state's adjective inside is the minister's, not the last `глава`'s (the OSCE's)
    (EXAMPLES["state_adjective_inside"], "Майя Панджикидзе"),
    ("Премьер-министр Грузии Ираклий Кобахидзе прибыл в Баку. На полях мероприятия глава грузинского "
     "правительства встретился с министром иностранных дел Турции Хаканом Фиданом.", "Ираклий Кобахидзе"),
    # the adjective names another state than the one holder's: no one
    ("Министр иностранных дел России Сергей Лавров прибыл в Анкару. Глава турецкого МИД встретил гостя.", None),
])
def test_a_role_noun_with_a_states_adjective_inside_refers_to_that_states_holder(nlp, text, who):
    """`state_adjective_inside`: `глава грузинского правительства` is Georgia's premier; no post `глава` is left."""
    doc = nlp(text)
    role = next(w for w in ("Глава грузинского внешнеполитического ведомства", "глава грузинского правительства",
                            "Глава турецкого МИД") if w in text)
    owners = [p.name for p in doc.persons for m in p.mentions if doc.text[m.start:m.stop] == role]
    assert owners == ([who] if who else [])
    assert "глава" not in [p.title for p in doc.posts]
    # each of the others reads the title too (`foreign_minister_in_full`: the periphrasis is the held title)
    off = Pipeline(disable=["state_adjective_inside", "same_office_title", "foreign_minister_in_full"])(text)
    assert [p.name for p in off.persons for m in p.mentions if off.text[m.start:m.stop] == role] != [who] or \
        who is None


@pytest.mark.parametrize(("text", "meetings"), [
    (EXAMPLES["counterparts_of_states"], [["Сергей Лавров", "Бахтиёр Саидов"], ["Сергей Лавров", "Жээнбек Кулубаев"]]),
    # `поочередно`: in turn, whatever the states
    ("Заместитель министра иностранных дел России Михаил Богданов поочередно принял Аднана Нофаля и Шауки Бу "
     "Нассара.", [["Михаил Богданов", "Аднан Нофаль"], ["Михаил Богданов", "Шауки Бу Нассар"]]),
    # two of one state: one meeting
    ("Председатель Сената Казахстана Маулен Ашимбаев встретился с Президентом Туркменистана Сердаром "
     "Бердымухамедовым и Председателем Халк Маслахаты Гурбангулы Бердымухамедовым.",
     [["Маулен Ашимбаев", "Сердар Бердымухамедов", "Гурбангулы Бердымухамедов"]]),
    # talks called three-sided: one meeting of all
    ("Президент Туркменистана Сердар Бердымухамедов провел переговоры с Президентом Азербайджана Ильхамом Алиевым и "
     "Президентом Турции Реджепом Тайипом Эрдоганом в трехстороннем формате.",
     [["Сердар Бердымухамедов", "Ильхам Алиев", "Реджеп Тайип Эрдоган"]]),
])
def test_one_subject_meets_counterparts_of_different_states_each_in_turn(nlp, text, meetings):
    """`counterparts_of_states`: one meeting per counterpart, as the contract asks, unless they are of one side."""
    doc = nlp(text)
    assert sorted([doc.entity(p).name for p in r.participants] for r in doc.relations if r.kind == "meeting") == \
        sorted(meetings)
    off = Pipeline(disable=["counterparts_of_states"])(text)
    assert len([r for r in off.relations if r.kind == "meeting"]) == 1


@pytest.mark.parametrize(("text", "met"), [
    ("Президент Кыргызской Республики Садыр Жапаров принял верительные грамоты у новых послов. Верительные грамоты "
     "вручили Чрезвычайный и Полномочный Посол Японии Ямамото Кэнтаро и Чрезвычайный и Полномочный Посол Италии "
     "Марко Фонтана.", ["Марко Фонтана", "Ямамото Кэнтаро"]),
    # the ceremony of receiving credentials is what was held, no plan
    ("Президент Кыргызской Республики Садыр Жапаров принял верительные грамоты у новых послов. На церемонии приема "
     "верительных грамот Посол Японии Ямамото Кэнтаро и Посол Италии Марко Росси вручили свои грамоты.",
     ["Марко Росси", "Ямамото Кэнтаро"]),
    # the ambassadors named first: the receiver is the one who is none of them
    ("Послы Японии Ямамото Кэнтаро и Италии Марко Росси вручили верительные грамоты Президенту Кыргызской "
     "Республики Садыру Жапарову.", ["Марко Росси", "Ямамото Кэнтаро"]),
    # a list of titles and names a colon opens
    ("Президент Кыргызской Республики Садыр Жапаров принял верительные грамоты у новых послов.\nВерительные грамоты "
     "вручили:\nПосол Италии Алессандро Ферранти;\nПосол Японии Масанори Фукусима.",
     ["Алессандро Ферранти", "Масанори Фукусима"]),
])
def test_the_receiver_of_credentials_meets_each_ambassador_named_with_his_title(nlp, text, met):
    """`meeting_credentials` without a `Name – State` list: the ambassadors are the titles where credentials are
    told, or in the list items its colon opens."""
    doc = nlp(text)
    pairs = [[doc.entity(p).name for p in r.participants] for r in doc.relations if r.kind == "meeting"]
    assert sorted(p for pair in pairs for p in pair if p != "Садыр Жапаров") == met
    assert all("Садыр Жапаров" in pair and len(pair) == 2 for pair in pairs)


def test_an_ambassador_who_will_present_credentials_meets_no_one_yet(nlp):
    doc = nlp("Президент Кыргызской Республики Садыр Жапаров принял верительные грамоты у новых послов. Посол Перу "
              "Карлос Ривера вручит верительные грамоты на одной из следующих церемоний.")
    assert [r for r in doc.relations if r.kind == "meeting"] == []


@pytest.mark.parametrize(("text", "joined"), [
    (EXAMPLES["cooperation_joined_to_sides"], ["JP", "KR", "US"]),
    ("Баку, 2 декабря. /Trend/. Министр иностранных дел Азербайджана Джейхун Байрамов провел встречу с министром "
     "иностранных дел Турции Хаканом Фиданом. Министры обсудили развитие трехстороннего сотрудничества с Грузией в "
     "сферах энергетики и транспорта.", ["AZ", "GE", "TR"]),
])
def test_three_sided_cooperation_with_a_state_joins_it_to_the_sides_of_the_talks(nlp, text, joined):
    """`cooperation_joined_to_sides`: one cooperation of the two sides and the state after `с`, not the sides'
    alone."""
    assert _cooperating_states(nlp, text) == [joined]
    assert joined not in _cooperating_states(Pipeline(disable=["cooperation_joined_to_sides"]), text)


def test_after_several_credentials_the_diplomats_are_no_two_sides(nlp):
    """`credentials_no_sides`: `пожелал дипломатам …` after three ambassadors stands for none of them alone, so
    the last ambassador's state gets no cooperation with the host."""
    text = ("Минск, 2 декабря. /БЕЛТА/. Президент Беларуси Александр Лукашенко принял верительные грамоты у послов "
            "ряда иностранных государств. Верительные грамоты главе государства вручили Посол Вьетнама Нгуен Ван "
            "Тхао, Посол Венесуэлы Вероника Гусман и Посол Пакистана Саджад Хайдер. Александр Лукашенко пожелал "
            "дипломатам успехов и подчеркнул, что Беларусь открыта для сотрудничества в сферах промышленности и "
            "сельского хозяйства.")
    doc = nlp(text)
    assert len(meetings(doc)) == 3
    assert _cooperating_states(nlp, text) == []
    assert _cooperating_states(Pipeline(disable=["credentials_no_sides"]), text) == [["BY", "PK"]]


@pytest.mark.parametrize(("text", "title"), [
    (EXAMPLES["title_told_before"], "Дорожная карта по развитию торгово-экономического сотрудничества на 2027–2029 "
                                    "годы"),
    ("Баку, 1 декабря. /АЗЕРТАДЖ/. В Баку состоялась церемония подписания Меморандума о взаимопонимании в области "
     "цифрового развития. Документ подписали министр цифрового развития и транспорта Азербайджана Рашад Набиев и "
     "министр информационных технологий Пакистана Шаза Фатима Ходжа.",
     "Меморандум о взаимопонимании в области цифрового развития"),
])
def test_a_document_told_again_bears_the_title_signed_the_sentence_before(nlp, text, title):
    """`title_told_before`: the signers are named with `Документ`, the title in the sentence before."""
    assert [r.title for r in nlp(text).relations if r.kind == "agreement"] == [title]
    assert [r.title for r in Pipeline(disable=["title_told_before"])(text).relations if r.kind == "agreement"] == [
        "Документ"]


@pytest.mark.parametrize(("text", "pairs"), [
    (EXAMPLES["cooperation_together_with"], [["CN", "KZ"]]),
    ("Казахстан совместно с Китаем развивает сотрудничество в сфере энергетики.", [["CN", "KZ"]]),  # unparsed
    # `вместе с` people, not a state or body: no party
    ("Министр иностранных дел Казахстана Мурат Нуртлеу вместе с коллегами из стран Центральной Азии принял участие "
     "в форуме. Министр отметил важность регионального сотрудничества.", []),
])
def test_together_with_a_state_the_subject_cooperates_with_it(nlp, text, pairs):
    """`cooperation_together_with`: `X готов вместе с Y углублять сотрудничество`."""
    assert _cooperating_states(nlp, text) == pairs
    if pairs:
        assert pairs[0] not in _cooperating_states(Pipeline(disable=["cooperation_together_with"]), text)


def test_the_sides_of_several_meetings_of_one_host_are_all_their_states(nlp):
    """`sides_of_several_meetings`: one host receiving two ministers in one sentence; `Стороны` after it are all
    three states for membership (each a member alone); cooperation keeps the last meeting's sides."""
    text = ("Бишкек, 3 декабря. /Кабар/. Председатель Кабинета министров Кыргызстана Адылбек Касымалиев принял "
            "министра иностранных дел Таджикистана Сироджиддина Мухриддина и министра иностранных дел Узбекистана "
            "Бахтиёра Саидова. Стороны обсудили взаимодействие в рамках ШОС.")
    assert len(meetings(nlp(text))) == 2
    assert _members(nlp, text) == ["Кыргызстан", "Таджикистан", "Узбекистан"]
    assert _members(Pipeline(disable=["sides_of_several_meetings"]), text) == ["Кыргызстан", "Узбекистан"]


@pytest.mark.parametrize(("text", "pairs"), [
    (EXAMPLES["sides_of_each_meeting"], [["SA", "TJ"], ["TJ", "ОИС"]]),
    ("28 октября в Душанбе Министр иностранных дел России С.В.Лавров провел двусторонние встречи с Министром "
     "иностранных дел Таджикистана С.Мухриддином и Министром иностранных дел Узбекистана Б.Саидовым. В ходе бесед "
     "обсуждались вопросы двусторонней повестки дня.", [["RU", "TJ"], ["RU", "UZ"]]),
    # one meeting told (`Стороны`, not `встреч`): the last meeting's sides only
    ("Министр иностранных дел Таджикистана Сироджиддин Мухриддин провел встречи с Министром иностранных дел "
     "Саудовской Аравии Фейсалом бин Фарханом и Генеральным секретарем ОИС Хусейном Ибрагимом Таха. Стороны обсудили "
     "вопросы сотрудничества в сфере энергетики.", [["TJ", "ОИС"]]),
])
def test_plural_meetings_referred_to_are_each_meetings_cooperation(nlp, text, pairs):
    """`sides_of_each_meeting`: `В ходе встреч`, `бесед` after several meetings of one host told in one sentence:
    each meeting's sides cooperate."""
    def cooperating(doc: Document) -> list[list[str]]:
        return sorted(sorted(getattr(doc.entity(p), "code", None) or getattr(doc.entity(p), "abbr", None) or ""
                             for p in r.parties) for r in doc.relations if r.kind == "cooperation")
    assert cooperating(nlp(text)) == pairs
    if len(pairs) > 1:
        assert len(cooperating(Pipeline(disable=["sides_of_each_meeting"])(text))) == 1


def test_a_document_told_again_with_a_date_dates_the_one_found_before(nlp):
    """`date_told_again`: the law's signing finds the agreement undated; the next sentence, the same agreement
    told again, gives its date (one agreement, not two)."""
    def agreements(pipeline: Pipeline) -> list[tuple[list[str], str | None]]:
        doc = pipeline(EXAMPLES["date_told_again"])
        return [(sorted(doc.entity(p).code for p in r.parties), doc.entity(r.date).value if r.date else None)
                for r in doc.relations if r.kind == "agreement"]  # type: ignore[union-attr]
    assert agreements(Pipeline()) == [(["KG", "TJ"], "2025-03-13")]
    assert agreements(Pipeline(disable=["date_told_again"])) == [(["KG", "TJ"], None)]


@pytest.mark.parametrize(("text", "met"), [
    ("Сеул, 3 декабря. /Ёнхап/. Президент Республики Корея Ли Чжэ Мён провел телефонный разговор с премьер-министром "
     "Японии Санаэ Такаити, а затем встретился в своей резиденции с председателем Европейской комиссии Урсулой фон "
     "дер Ляйен.", [["Ли Чжэ Мён", "Урсула фон дер Ляйен"]]),
    ("Минск, 3 декабря. /БЕЛТА/. Александр Лукашенко принял Чрезвычайного и Полномочного Посла Вьетнама в Беларуси "
     "Нгуен Ван Тхао, после чего провел телефонный разговор с Президентом России Владимиром Путиным.",
     [["Александр Лукашенко", "Нгуен Ван Тхао"]]),
    # the subject after the call's counterpart still meets
    ("После телефонного разговора с Президентом России Владимиром Путиным Президент Казахстана Касым-Жомарт Токаев "
     "встретился с министром иностранных дел Китая Ван И.", [["Ван И", "Касым-Жомарт Токаев"]]),
])
def test_one_called_in_the_sentence_of_a_meeting_is_not_met(nlp, text, met):
    """`call_not_met`: the ones named after a phone call's cue, up to the next talks word, were called."""
    assert meetings(nlp(text)) == met
    assert meetings(Pipeline(disable=["call_not_met"])(text)) != met


@pytest.mark.parametrize(("text", "met"), [
    (EXAMPLES["pair_referred"], [["Аббас Арагчи", "Хакан Фидан"]]),
    ("Минск, 1 декабря. /БЕЛТА/. Премьер-министр Беларуси Александр Турчин и Председатель Правительства Российской "
     "Федерации Михаил Мишустин подписали в Минске программу совместных действий. Документ рассчитан до 2030 года. "
     "Кроме того, главы правительств обсудили вопросы промышленной кооперации.",
     [["Александр Турчин", "Михаил Мишустин"]]),
    # a phone call is no meeting, nor are talks to come
    ("Ташкент, 2 декабря. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев и президент Казахстана Касым-Жомарт Токаев "
     "провели телефонный разговор. Лидеры обсудили подготовку к заседанию Высшего межгосударственного совета.", []),
    ("Анкара, 24 ноября. Министр иностранных дел Турции Хакан Фидан и его иранский коллега Аббас Арагчи провели в "
     "Анкаре совместную пресс-конференцию. Министры обсудят ситуацию в регионе.", []),
])
def test_a_plural_talks_noun_stands_for_the_pair_named_together_before(nlp, text, met):
    """`pair_referred`: `Главы МИД двух стран обсудили …` after `A и B провели пресс-конференцию` is A's and B's
    meeting; without the rule, none."""
    assert meetings(nlp(text)) == met
    assert meetings(Pipeline(disable=["pair_referred"])(text)) == []



@pytest.mark.parametrize(("text", "met"), [
    (EXAMPLES["role_of_another_state"], ["Чо Хён", "Шавкат Мирзиёев"]),
    # a bare title; the one the leaders' list makes head of state, named with no post
    ("Минск, 4 сентября. /БЕЛТА/. Александр Лукашенко провел телефонный разговор с Президентом Казахстана "
     "Касым-Жомартом Токаевым. В тот же день Президент принял Чрезвычайного и Полномочного Посла Казахстана в "
     "Беларуси Ержана Казыханова.", ["Александр Лукашенко", "Ержан Казыханов"]),
])
def test_a_role_noun_receiving_one_of_a_state_is_not_that_states_leader(nlp, text, met):
    """`role_of_another_state`: `Глава государства принял министра … Республики Корея` after talks with the Korean
    president is the host, not the president of the guest's state; without the rule, the latest holder."""
    assert met in meetings(nlp(text))
    assert met not in meetings(Pipeline(disable=["role_of_another_state"])(text))


def test_a_role_noun_receiving_one_of_its_own_state_stays_its_holder(nlp):
    """The head of state who receives his own minister, no other head named: the rule leaves him."""
    doc = nlp("Ашхабад, 2 сентября. /TDH/. Президент Туркменистана Сердар Бердымухамедов принял министра иностранных "
              "дел Туркменистана Рашида Мередова. Глава государства принял также министра обороны Туркменистана "
              "Бегенча Гундогдыева.")
    assert ["Бегенч Гундогдыев", "Сердар Бердымухамедов"] in meetings(doc)


@pytest.mark.parametrize(("text", "met"), [
    ("Бишкек, 26 августа. /Кабар/. В Бишкеке прошли переговоры министров обороны Кыргызстана и Таджикистана. Министр "
     "обороны Кыргызской Республики Руслан Мукамбетов и министр обороны Республики Таджикистан Эмомали Собирзода "
     "подписали план военного сотрудничества.", [["Руслан Мукамбетов", "Эмомали Собирзода"]]),
    ("Москва, 3 мая. /ТАСС/. Состоялись переговоры министров иностранных дел России и Китая. Министр иностранных дел "
     "России Сергей Лавров и министр иностранных дел КНР Ван И обсудили ситуацию на Ближнем Востоке.",
     [["Ван И", "Сергей Лавров"]]),
    # one state's official named after, the other's not: the states stay
    ("Астана, 3 мая. В Акорде состоялась встреча президентов Казахстана и Узбекистана. Президент Узбекистана Шавкат "
     "Мирзиёев прибыл в Астану с государственным визитом.", [["Казахстан", "Узбекистан"]]),
])
def test_officials_of_states_are_those_the_next_sentence_names_with_that_title(nlp, text, met):
    """`official_named_elsewhere`: with no holder named before, the holders of the title of each state named in
    the next sentence, where every state has one."""
    assert meetings(nlp(text)) == met


@pytest.mark.parametrize(("text", "places"), [
    (EXAMPLES["destinations_listed"], ["Ош", "Джалал-Абад", "Баткен"]),
    ("Ташкент, 17 июля. /Дунё/. Министр принял делегацию Сената Италии во главе с председателем комиссии Стефанией "
     "Крафт. Итальянская делегация посетила также Самарканд и Бухару.", ["Самарканд", "Бухара"]),
])
def test_places_listed_after_a_destination_are_each_visited(nlp, text, places):
    """`destinations_listed`: one visit per place joined by commas and `и`; without the rule, the first only."""
    def visited(doc: Document) -> list[str]:
        return [doc.entity(r.destination).name for r in doc.relations if r.kind == "visit"]
    assert visited(nlp(text)) == places
    assert visited(Pipeline(disable=["destinations_listed"])(text)) == places[:1]


@pytest.mark.parametrize("text", [
    EXAMPLES["pronoun_of_another_state"],
    # a role noun as the subject of the sentence after the name is the pronoun's antecedent
    "Ханой, 19 июня. /ВИА/. Премьер-министр Вьетнама Фам Минь Тинь принял в Ханое министра иностранных дел "
    "Казахстана Ермека Кошербаева. Казахстанский министр передал приветствие. Он также провел переговоры с министром "
    "иностранных дел Вьетнама Буй Тхань Шоном.",
])
def test_a_pronoun_meeting_one_of_a_state_is_not_that_states_official(nlp, text):
    """`pronoun_of_another_state`: the Vietnamese prime minister does not hold talks with his own minister; the
    Kazakh minister does. Without the rule, the last subject named."""
    pair = ["Буй Тхань Шон", "Ермек Кошербаев"]
    assert pair in meetings(nlp(text))
    assert pair not in meetings(Pipeline(disable=["pronoun_of_another_state"])(text))
