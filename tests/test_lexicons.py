"""User lexicons: TSV files and Python entries laid over the built-in gazetteers, checked with the line of a bad
row; pipelines with different lexicons side by side; known persons by the days they hold."""

from __future__ import annotations

import pickle

import pytest

from diplonlp import Lexicon, LexiconError, Pipeline
from diplonlp.lexicons import OrgEntry, PersonEntry, PlaceEntry, TitleEntry

from .conftest import FIXTURES, meetings

JAPAN = (FIXTURES / "doc_07_japan.txt").read_text(encoding="utf-8")


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _jica(doc):
    return next(o for o in doc.organizations if o.abbr == "JICA")


def test_a_user_tsv_of_organizations_changes_a_fixture(tmp_path, nlp):
    path = _write(tmp_path, "orgs.tsv", "# my organizations\n"
                  "JICA\tЯпонское агентство международного сотрудничества\tgovernment\t\tJP\n")
    mine = Pipeline(lexicons=Lexicon.read(organizations=path))
    assert (_jica(nlp(JAPAN)).kind, _jica(nlp(JAPAN)).country) == ("other", "JP")
    assert (_jica(mine(JAPAN)).kind, _jica(mine(JAPAN)).country) == ("government", "JP")
    assert (_jica(nlp(JAPAN)).kind, _jica(nlp(JAPAN)).country) == ("other", "JP")  # side by side


def test_a_new_organization_is_found_by_its_forms(nlp):
    text = "Делегация Казахского национального университета посетила Пекин."
    mine = Pipeline(lexicons=Lexicon(organizations=(OrgEntry(
        "Казахский национальный университет", "КазНУ", "KZ", "education", ("КазНУ имени аль-Фараби",)),)))
    org = next(o for o in mine(text).organizations if o.name == "Казахский национальный университет")
    assert (org.abbr, org.country, org.kind) == ("КазНУ", "KZ", "education")
    assert {o.abbr for o in nlp(text).organizations} == {None}
    assert [o.name for o in mine("Студенты КазНУ выступили в Астане.").organizations] == [org.name]
    assert [o.name for o in nlp("Студенты КазНУ выступили в Астане.").organizations] != [org.name]


@pytest.mark.parametrize(("part", "text", "message"), [
    ("organizations", "ООН\tОрганизация\tinternational\n\tБанк\tbank\n", ":2: kind 'bank' is not one of"),
    ("organizations", "# c\n\nX\tName\tother\t\tXX\n", ":3: country 'XX' is no ISO"),
    ("organizations", "only one cell\n", ":1: expected abbreviation (or empty), name, kind"),
    ("titles", "посол\tdiplomat\tпосол\nпослы\tdiplomat\tпосол\n", ":2: head word 'послы' is not a lemma"),
    ("places", "Жетысай\tKZ\t\textra\n", ":1: expected name, country"),
    ("persons", "Иван Петров\tRU\t2024-02-30\n", ":1: '2024-02-30' is no ISO date"),
    ("persons", "Иван Петров\tRU\t2024-02-01\t2023-01-01\n", ":1: since 2024-02-01 is after until 2023-01-01"),
    ("persons", "Иван Петров\tRU\t\t\tboss\n", ":1: office 'boss' is not one of"),
])
def test_a_bad_row_fails_with_its_file_and_line(tmp_path, part, text, message):
    path = _write(tmp_path, f"{part}.tsv", text)
    with pytest.raises(LexiconError) as err:
        Lexicon.read(**{part: path})
    assert str(err.value).startswith(str(path)) and message in str(err.value)


def test_python_entries_are_checked_too():
    with pytest.raises(LexiconError, match=r"titles\[0\]: family 'boss' is not one of"):
        Lexicon(titles=(TitleEntry("главный советник", "boss"),))
    with pytest.raises(LexiconError, match=r"places\[1\]: the name is empty"):
        Lexicon(places=(PlaceEntry("Жетысай", "KZ"), PlaceEntry(" ")))
    with pytest.raises(TypeError, match=r"lexicons takes diplonlp\.Lexicon objects, not str"):
        Pipeline(lexicons=["orgs.tsv"])


def test_a_user_place_and_title(nlp):
    text = "Посол Казахстана в Узбекистане встретился с бизнес-омбудсменом Курбаном Алиевым в Жетысае."
    mine = Pipeline(lexicons=[Lexicon(places=(PlaceEntry("Жетысай", "KZ"),)),
                              Lexicon(titles=(TitleEntry("бизнес-омбудсмен", "head"),))])
    place = next(loc for loc in mine(text).locations if loc.name == "Жетысай")
    assert place.country == "KZ"
    assert "бизнес-омбудсмен" in {p.title for p in mine(text).posts}
    assert "бизнес-омбудсмен" not in {p.title for p in nlp(text).posts}  # the word after the prefix alone


def test_known_persons_hold_on_their_days(nlp):
    text = "Президент Бердымухамедов принял делегацию."
    mine = Pipeline(lexicons=Lexicon(persons=(PersonEntry("Иван Бердымухамедов", "KZ", since="2030-01-01"),)))
    assert nlp(text, date="2026-01-05").persons[0].country == "TM"
    assert mine(text, date="2026-01-05").persons[0].country == "TM"  # the user's entry does not hold yet
    assert mine(text, date="2031-01-05").persons[0].country == "KZ"
    assert mine(text).persons[0].country == "KZ"  # an undated document takes every entry, the user's last


def test_a_known_persons_office_lets_a_headlines_role_noun_name_them(nlp):
    text = "Глава правительства принял посла Китая Ли Мина\n\nАскар Мамин обсудил с послом торговлю."
    mine = Pipeline(lexicons=Lexicon(persons=(PersonEntry("Аскар Мамин", "KZ", office="premier"),)))
    assert [r for r in nlp(text).relations if r.kind == "meeting"] == []
    doc = mine(text)
    assert meetings(doc) == [
        ["Аскар Мамин", "Ли Мин"]]


@pytest.mark.parametrize(("text", "country"), [
    ("Пресс-секретарь президента Дмитрий Песков заявил журналистам.", "RU"),
    ("На заседании выступил Песков.", "RU"),  # a bare surname names the known figure
    ("Ярослав Песков, начальник цеха, рассказал о заводе.", None),  # another first name: not that figure
    ("Министр передал приветствие Президента Реджепа Тайипа Эрдогана.", "TR"),  # two first names: the first counts
])
def test_a_known_person_is_known_by_surname_and_first_name(nlp, text, country):
    assert [p.country for p in nlp(text, date="2026-01-05").persons] == [country]


def test_a_pipeline_with_lexicons_pickles_with_them(tmp_path):
    lexicon = Lexicon(places=(PlaceEntry("Жетысай", "KZ"),))
    again = pickle.loads(pickle.dumps(Pipeline(lexicons=lexicon)))
    assert again.lexicon == lexicon
    docs = list(again.pipe(["Делегация прибыла в Жетысай.", "Посол посетил Жетысай."], n_process=2))
    assert [loc.country for d in docs for loc in d.locations] == ["KZ", "KZ"]
