"""Person mentions from NER spans: initials joined, parts (first/middle/last) told apart, nominative."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import product

from ..analysis import Analysis, Coverage, Found, coverage
from ..inflect import SLOVNET_CASE, SLOVNET_GENDER, noun_cases, title_case
from ..lexicon import known_people, known_person, post_heads, words
from ..morph import CASES, from_dictionary, lemmas, parses
from ..names import (
    MASC_NOUN_ENDINGS,
    declined_first_name,
    declined_short_name,
    first_name_nominative,
    first_name_readings,
    is_double_surname,
    is_mongolian_genitive,
    is_patronymic,
    is_syllable,
    known_first_name,
    known_surname,
    known_word,
    particle_surname,
    patronymic_nominative,
    russian_surname_form,
    surname_nominative,
    surname_nominatives,
    surname_readings,
)
from ..posts.agreement import (
    WOMAN_OR_MANS_GENITIVE,
    genitive_after_title,
    kin_before,
    lusophone_parts,
    title_noun,
    undeclined_in_vowels,
)
from ..posts.heads import given_name, head_as_first_name, not_a_title
from ..posts.lists import ambassadors_nouns, laid_out
from ..text import DASHES, LIST_MARKS, Token
from .countries import country_at
from .locations import BUILDINGS, STEM, VISITED, is_street_context, lower_particle, name_closing
from .platforms import named_platform

PREPOSITION_CASE = {"с": "ablt", "со": "ablt", "между": "ablt", "перед": "ablt", "за": "ablt", "у": "gent",
                    "от": "gent", "для": "gent", "без": "gent", "до": "gent", "из": "gent", "к": "datv",
                    "ко": "datv", "по": "datv", "о": "loct", "об": "loct", "при": "loct"}
FIRST_NAME_LIKE_ENDINGS = ("ин", "ын")
"""Surname endings many foreign first names share (`Норлин`): such a word opens a name as its surname only where the
dictionary knows it as one (`Путин Владимир`)."""
SURNAME_ENDINGS = ("ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "ская", "цкий", "цкая", "ич",
                   "ян", "зода", "швили", "дзе", "ко", "ук", "юк")


EPITHETS = words("persons.epithets")
HOLIDAYS = words("persons.holidays")
HOLIDAY_NOUNS = words("persons.holiday_nouns")
RULES = ("first_name_of_initial", "building_name", "name_case_break", "initials_ner_missed", "head_as_first_name",
         "leader_named_ner_missed", "title_as_object", "participle_in_accusative", "doubled_syllable",
         "foreign_name_in_title_case", "genitive_after_title", "gender_of_titles_verb", "head_as_surname",
         "initial_opens_name", "name_as_written_elsewhere", "surname_as_written_elsewhere", "particle_joins_spans",
         "opener_joins_spans", "case_joins_spans", "initials_after_surname", "visited_site_not_person",
         "lusophone_given_names", "line_name_before_dash", "holiday_not_person", "platform_no_entity")
"""`first_name_of_initial`: `Шауки Бу Нассара` … `Ш.Бу Нассаром`: a word no dictionary knows, right before a
surname NER left alone, whose first letter is the initial the text gives that surname elsewhere, is its first name.
`building_name`: `принял во дворце Баян`, `в резиденции Куксарой`: one word after a building noun is the building's
name, no person, unless the dictionary reads it as a name in the genitive (`в резиденции Путина`: the owner).
`name_case_break`: `С Джорджей Мелони Токаев обсудил`, one name to NER: the nominative word closing it after two or
more in one oblique case is another person's, where it closes another name of the text. `leader_named_ner_missed`:
`Си Цзиньпин провел переговоры …`, `Антониу Гутерриш обсудил …` opening a short sentence, which NER leaves out: the
full name of a public figure (`leaders.tsv`, a user lexicon's persons), its surname in any case, each first name as
written or with a case ending. `title_as_object`: `принял прибывшего … Государственного министра … Халифу Шахина
аль-Мараара`: a title the parse makes the object of a verb before it, or that opens right after a finite verb, in
the one form its genitive and accusative share (`министра`, `посла`), stands in the accusative, and so does the name
after it, whatever case the tagger gave the title. `participle_in_accusative`: so does a title a participle the
tagger reads in the accusative modifies from before (`приняла находящегося в Монголии с визитом Государственного
министра … Хироси Морияму` → `Морияма`), where the parse hangs the title on the noun before it.
`doubled_syllable`: `министр … Мьянмы Ко Ко Лвин`: a short syllable opening a NER span twice, a capitalized word after
it, is one name (Burmese names repeat a syllable), not two mentions. `foreign_name_in_title_case`: `с Послом
Королевства Нидерландов Нико Шермерсом`: two capitalized words no dictionary knows after a title in an oblique case
(and the state or body it governs), the second with a man's noun ending of that case, are a name NER left out.
`genitive_after_title`: `в ходе визита министра … Узбекистана Лазиза Кудратова`: a name right after its title, whose
word reads as a noun only in the genitive or accusative singular (`министра`, `посла`; not a plural's: `одна из
солисток группы Василиса Старшова`) and no person's noun governs (`супруга посла Надежда Петрова`), stands in the
genitive whatever the tagger and the dictionary's woman's name (`Лазиза`) say, where its surname reads only as a
woman's nominative or a man's genitive or accusative (`Кудратова`); the holders stage takes it as the title's
apposition (`posts.agreement.genitive_after_title`).
`gender_of_titles_verb`: `Председатель Совета министров Италии Джорджа Мелони провела переговоры`: a name after its
title, the subject of a past-tense verb, has that verb's gender (a woman's `Джорджа`, not `Джордж`'s genitive); not
after a bare title noun, whose genitive name may be another's (`заместительница Сергея Собянина … назначена`).
`head_as_surname`: `посол Казахстана Бахыт Султанов, посол Латвии …`: a capitalized title word closing a name NER found,
after a capitalized word of it, is a surname (`Султанов`, `Шахов`), no post (`posts.heads.head_as_surname`).
`initial_opens_name`: `С министром … Саадом аль-Кааби Р.Мередов обсудил …`, one NER span: an initial written close to
its surname after a full name of two words or more opens another name. `name_as_written_elsewhere`: `В рамках визита
Сахиба Гафарова также посетила …` after `Сахибой Гафаровой`: a name whose words as written are the full name another
mention reads is that person's (not a man's genitive, `Сахиб Гафаров`). `surname_as_written_elsewhere`: `принял …
Нассера Бурита. Затем Нассер Бурита …`: a name read from another form whose surname, as written, is the surname of a
name read as written with the same other names is that person's (a surname the text leaves undeclined, `Бурита`, not
`Бурит`'s genitive). `particle_joins_spans`: `Паулу Жорже душ Сантуша Нашсименту`, two names to NER: person spans with
only lower-case particles between (`душ`, `ван ден`) are one name. `opener_joins_spans`: `посла Катара Мохаммеда бин
Мубарака Аль-Хаджри`, two names to NER: a person span right after another that opens with a surname's particle (`Аль-`,
`Ди`) continues it. `case_joins_spans`: `с послом Колумбии Луисом Фернандо Торресом Сантосом`, two names to NER: a
person span right after another whose first word is a man's surname in an oblique case only, a word of the first in
that case, continues it (not `Джохара Царнаева Робел Филлипос`). `visited_site_not_person`: `Главы государств посетили
Регистан`: a name NER reads as a person's that is the object of a verb of visiting is a site, no person.
`lusophone_given_names`: `Послом Бразилии Марселу Жорже ди Аленкаром`, `Посла Португалии Паулу Висенте`: after a title
of a state whose given names, transcribed from Portuguese, end in `-у`, `-е` (`persons.lusophone_states`), the given
names ending so are written the same in every case: the name agrees with the title, and they keep their form (not
`Марсел`'s dative, `Паула`'s accusative); a surname after a particle declines (`Аугушту да Силву …` → `Аугушту да
Силва …`). `line_name_before_dash`: `Франческо Рокка – Итальянская Республика;`, a name opening a line before a dash
(a credentials list's `Name – State`), is in the case of the list's ambassadors' noun, else the nominative, whatever
the tagger reads (not `Рокк`'s genitive). `holiday_not_person`: a feast day's name NER takes for a person
(`persons.holidays`: `Казахстанцы отметили Наурыз`), or one word right after a holiday noun (`поздравил народ с
праздником Нооруз`), is no person. `platform_no_entity`: `Вучич сообщил в Инстаграме`: a social network's name
where someone writes (`persons.platforms`, after `в`, `на`, `в своем`) is no person, nor an organization."""

MAX_INITIALS = 3
"""No name has more initials than this (`Дж. Р. Р. Толкин`): the walk back stops there, so a run of
thousands of `А.` costs linear time."""


def _building_name(doc: Analysis, word: Token) -> bool:
    """Is the one-word name ``word`` the name of the building the noun before it names (rule `building_name`)?"""
    if word.i == 0 or not lemmas(doc.tokens[word.i - 1].text) & BUILDINGS or not doc.on("building_name"):
        return False
    return not any({"Surn", "Name"} & p.tag.grammemes and p.tag.case == "gent" for p in parses(word.lower))


def _holiday(doc: Analysis, word: Token) -> bool:
    """Is the one-word name ``word`` a feast day's (`persons.holidays`: `Казахстанцы отметили Наурыз`), or right after
    a holiday noun (`с праздником Нооруз`), no person (rule `holiday_not_person`)?"""
    before = doc.tokens[word.i - 1] if word.i else None
    return doc.on("holiday_not_person") and (
        bool((lemmas(word.text) | {word.lower}) & HOLIDAYS) or (before is not None and bool(
            lemmas(before.text) & HOLIDAY_NOUNS)))


def _site_visited(doc: Analysis, a: int, words: list[Token]) -> bool:
    """`Главы государств посетили Регистан`, `посетил Гегард и Нораванк`: is the name at ``a`` the object of a verb of
    visiting right before it (in the accusative, not its subject: `Выставку посетил Токаев`), or joined by `и` to
    capitalized words right after one, with no word the dictionary knows as a person's name or shaped as a Russian
    surname (`посетил Путина`): a site visited, no person (rule `visited_site_not_person`)?"""
    toks, j = doc.tokens, a - 1
    if j < 0 or toks[a].rel.startswith("nsubj") or not doc.on("visited_site_not_person") or any(
            known_first_name(w.text) or known_surname(w.text) or russian_surname_form(w.text) for w in words):
        return False
    if toks[j].lower == "и":
        j -= 1
        while j > 0 and toks[j].is_cap and not lemmas(toks[j].text) & VISITED:
            j -= 1
        return j < a - 2 and bool(lemmas(toks[j].text) & VISITED) and toks[j].pos == "VERB"
    return bool(lemmas(toks[j].text) & VISITED) and toks[j].pos == "VERB" and (
        toks[a].feats.get("Case") == "Acc" or toks[a].rel == "obj")


def _initials_after_surname(doc: Analysis, a: int, b: int, taken: Coverage) -> Found | None:
    """`Лаврова С.В.`, `Токаев К.К.`, `Путиным В.В.`: a NER span of one capitalized word and two initials after it
    (a first name's and a patronymic's), each with its full stop (the last one may stand outside the span), is that
    surname with those initials (rule `initials_after_surname`), not a surname and a name `К. К`; not one initial,
    which may be a surname's after a first name (`Хамза Х.`) or a reign's number (`Кигели V.`); else None."""
    toks = doc.tokens
    stop = b + 1 if b < len(toks) and toks[b].text == "." and _is_initial(toks[b - 1]) else b
    pairs = toks[a + 1:stop]
    if not (len(pairs) == 4 and doc.on("initials_after_surname")) or \
            not all(_is_initial(t) if k % 2 == 0 else t.text == "." for k, t in enumerate(pairs)) or \
            not toks[a].is_cap or len(toks[a].text) < 3 or toks[a].sent != toks[stop - 1].sent:
        return None
    surname = _read_name(doc, a, a + 1, taken)
    if surname is None:
        return None
    person = doc.make("person", a, stop, **surname.data)
    person.data["initials"] = [t.text for t in pairs[::2]]
    return person


def _initials_before(doc: Analysis, a: int, first: int) -> int:
    """Start of ``С. В.`` / ``В.`` initials right before token ``a``."""
    k = a
    while k - 2 >= max(first, a - 2 * MAX_INITIALS) and doc.tokens[k - 1].text == "." and \
            _is_initial(doc.tokens[k - 2]):
        k -= 2
    return k


def _is_initial(tok: Token) -> bool:
    """`В` of `В.Туреханов`, and `Дж` of `Дж.Коми` (the one two-letter initial Russian writes)."""
    return (len(tok.text) == 1 and tok.text.isupper() and tok.text.isalpha()) or tok.text == "Дж"


def _with_suffix(doc: Analysis, b: int) -> int:
    """The end of a name NER ends at ``b``, taking in a patronymic suffix it left out (`Тургунбек уулу`)."""
    return b + 1 if b < len(doc.tokens) and doc.tokens[b].text in PATRONYMIC_SUFFIXES else b


def _roles(words: list[Token], has_initials: bool) -> list[str]:
    """'first', 'middle' or 'last' for each word of a name; particles right before the surname are part of it
    (`Марк ван дер Вельде`: last `ван дер Вельде`); after initials the first word too (`Ш.Бу Нассар`); a closing
    patronymic suffix and the father's name before it are the last (`Нурланбек Тургунбек уулу`); a particle that
    opens the words after initials or a name of two words, or one in lower case any name, makes them all the
    surname (`А.бен Заид Аль Нахайян`: the initial is the first name; `Аль Тани`, `фон дер Ляйен` alone)."""
    if len(words) > 2 and words[-1].text in PATRONYMIC_SUFFIXES:
        return [*_word_roles(words[:-2], has_initials or len(words) == 3), "last", "last"]
    if words[0].text in PARTICLES or ((has_initials or len(words) == 2) and words[0].lower in SURNAME_OPENERS):
        return ["last"] * len(words)
    roles = _word_roles(words, has_initials)
    k = len(roles) - 1
    while k > (0 if has_initials else 1) and roles[k] == "last" and words[k - 1].text.lower() in PARTICLES:
        roles[k - 1] = "last"
        k -= 1
    return roles


def _word_roles(words: list[Token], has_initials: bool) -> list[str]:
    n = len(words)
    texts = [w.text for w in words]
    if has_initials or n == 1:
        return ["last"] * n
    if n == 2:
        a, b = texts
        if known_first_name(b) and not known_first_name(a) and a.lower().endswith(SURNAME_ENDINGS) and \
                not b.lower().endswith(SURNAME_ENDINGS) and not is_mongolian_genitive(a) and \
                (not a.lower().endswith(FIRST_NAME_LIKE_ENDINGS) or known_surname(a)):
            # `Исаев Асейин`: the first looks the surname; not `Сайханбаярын Жаргалсайхан`, a father's genitive, nor
            # `Норлин Отман`, a foreign first name in -ин the dictionary knows as no surname
            return ["last", "first"]
        return ["first", "last"]
    if n == 3 and is_patronymic(texts[1]):
        return ["first", "middle", "last"]
    if n == 3 and is_patronymic(texts[2]):
        return ["last", "first", "middle"]
    if n == 3 and known_surname(texts[1]) and not known_first_name(texts[1]):
        return ["first", "last", "last"]  # Кэтлин Кеннеди Таунсенд: a double surname
    k = next((k for k in range(1, n - 1) if is_double_surname(texts[k])), n - 1)  # Мигель Диас-Канель Бермудес:
    return ["first"] * k + ["last"] * (n - k)  # a hyphenated surname after the first name opens the surname



CONJUNCT_CASES = {k: v for k, v in SLOVNET_CASE.items() if k in ("Ins", "Dat", "Loc")}
"""The cases a name takes from the name it is joined to by `и`."""


def _context(doc: Analysis, a: int, b: int, first: int) -> tuple[str | None, str | None, bool]:
    """(case, gender) the context imposes on the name at tokens ``a:b``, and whether grammar fixes that case.

    A name right after a post agrees with the post's head (`посла … Валихана Туреханова`), surely so where the
    head is in the nominative singular by the dictionary and the parse (not `кандидату в президенты`) and every
    part of the name ends in a vowel no nominative of a declining name ends in (`Премьер-министр Александру
    Мунтяну`, not the dative; not `Ивану Петрову`; rule `undeclined_after_nominative`), as it is where the head is in
    the instrumental by every reading and `с` opens the title (`с заместителем генерального секретаря … Энрике Мора`:
    `Мора`, no `Мор`'s genitive; not `назначен советником Адли Мансура`, a genitive; rule
    `undeclined_after_instrumental`); after a
    preposition it takes the preposition's case, and after `и` and another name in the instrumental, dative or
    prepositional that name's (not the genitive, an animate accusative's form too); opening a line
    before a dash (a list's `Name – State`) and as a verb's only subject it is nominative, and the verb's gender
    is the person's (not after a noun that is its subject, `состоялись переговоры Ж.Кулубаева`); as the object of a verb
    before it, accusative; as a genitive the parse hangs on a noun before it (`переговоры Р.Мередова`), genitive.
    """
    tokens = doc.tokens
    case: str | None = None
    gender: str | None = None
    sure = False
    own = doc.ending_at("post").get(a)
    post = own or _title_of_interleaved_list(doc, a)
    listed = doc.ending_at("post").get(a - 1) if a and tokens[a - 1].text in DASHES else None
    bracketed = doc.starting_at("post").get(b + 1) if b + 1 < len(tokens) and tokens[b].text == "(" else None
    kin = kin_before(doc, post, a, b) if post is not None else None
    if kin is not None:  # `с супругой Президента Турции Эмине Эрдоган`: the kin noun's apposition
        case, gender = title_case(kin), SLOVNET_GENDER.get(kin.feats.get("Gender", ""))
    elif post is not None:
        noun = title_noun(post)
        case = title_case(tokens[noun])  # `поверенным в делах`: the noun before the head's preposition
        if case == "gent" and (_object_of_verb(doc, noun) or _accusative_modifiers(doc, post, noun) or
                               _right_after_verb(doc, post)) and \
                "accs" in noun_cases(tokens[noun].lower):
            case = "accs"
        sure = case == "nomn" and doc.on("undeclined_after_nominative") and noun_cases(tokens[noun].lower) == \
            (case,) and tokens[noun].feats.get("Case") == "Nom" and tokens[noun].feats.get("Number") == "Sing" and \
            undeclined_in_vowels([t for t in tokens[a:b] if t.is_word and t.is_cap])
        sure = sure or (case == "ablt" and own is not None and own.a > 0 and tokens[own.a - 1].lower in ("с", "со")
                        and noun_cases(tokens[noun].lower) == (case,) and doc.on("undeclined_after_instrumental"))
        gender = _subject_titles_gender(doc, noun) if own is not None and noun < own.b - 1 and case == "nomn" else None
        sure = sure or (own is None and noun_cases(tokens[noun].lower) == (case,)) or (  # a list's of one case
            case == "gent" and own is not None and genitive_after_title(doc, noun) and
            surname_readings(tokens[b - 1].text) == WOMAN_OR_MANS_GENITIVE)
    elif listed is not None and laid_out(listed):  # a list's name: its ambassadors' noun's case, else its state's
        case = _list_noun_case(doc, listed.a, first) or title_case(tokens[listed.a])  # `Турции – Уфука Улутаса`
    elif bracketed is not None and laid_out(bracketed):  # `от послов: Милана Новака (Чехия)`: the ambassadors' noun's
        case = _list_noun_case(doc, a, first)
    elif a - 1 >= first and tokens[a - 1].lower in PREPOSITION_CASE:
        case = PREPOSITION_CASE[tokens[a - 1].lower]
    elif a - 2 >= first and tokens[a - 1].lower == "и" and a - 1 in {e for _, _, e in doc.ner_tokens("PER")}:
        case = CONJUNCT_CASES.get(tokens[a - 2].feats.get("Case", ""))  # `с Аднаном Нофалем и Шауки Бу Нассаром`
    elif _opens_item(doc, a) and b < len(tokens) and tokens[b].text in DASHES:
        case = _list_noun_case(doc, a, first) or "nomn"  # a list's line `Кофи Асанте Овусу – Республика Гана;`
        sure = doc.on("line_name_before_dash")  # `Франческо Рокка – …` tagged genitive: the layout decides
    for tok in tokens[a:b]:
        if tok.head < 0 or not (a > tok.head or tok.head >= b):
            continue
        head = tokens[tok.head]
        if tok.rel == "appos" and head.pos == "NOUN" and head.i < a and not _verb_between(doc, head.i, a):
            case = case or SLOVNET_CASE.get(head.feats.get("Case", ""))
        if tok.rel.startswith("nsubj") and head.pos in ("VERB", "AUX", "ADJ") and not _other_subject(doc, a, b, head):
            case = case or "nomn"
            gender = SLOVNET_GENDER.get(head.feats.get("Gender", ""))
        if tok.rel == "obj" and head.pos == "VERB" and head.i < a:
            case = case or "accs"  # `принял Абдель Фаттаха ас-Сиси`
        if tok.rel == "nmod" and head.pos == "NOUN" and head.i < a and tok.feats.get("Case") == "Gen" and \
                ("gent", "masc") in surname_readings(tokens[b - 1].text):
            case = case or "gent"  # `переговоры Р.Мередова с …`: a noun's genitive, not a woman's `Мередова`
        break
    return case, gender, sure


def _opens_item(doc: Analysis, a: int) -> bool:
    """Does token ``a`` open a line, or a list's item after the bullet that opens the line (`- Хосе Луис Пинья – …`)?"""
    return doc.opens_line(a) or (a > 0 and doc.tokens[a - 1].text in LIST_MARKS and doc.opens_line(a - 1) and
                                 doc.on("line_name_before_dash"))


def _other_subject(doc: Analysis, a: int, b: int, verb: Token) -> bool:
    """Is the noun right before the name at ``a:b`` a subject of ``verb`` too (`состоялись переговоры Ж.Кулубаева`:
    the name is the talks' genitive, whatever the parse hangs it on)?"""
    before = doc.tokens[a - 1] if a else None
    return before is not None and before.head == verb.i and before.rel.startswith("nsubj") and before.pos == "NOUN"


def _subject_titles_gender(doc: Analysis, noun: int) -> str | None:
    """`Председатель Совета министров Италии Джорджа Мелони провела переговоры`: the gender of the past-tense verb
    whose subject the name's title is, which is the name's (rule `gender_of_titles_verb`: not `Джордж`'s genitive)."""
    tok = doc.tokens[noun]
    if not doc.on("gender_of_titles_verb") or not tok.rel.startswith("nsubj") or tok.head < 0:
        return None
    verb = doc.tokens[tok.head]
    return SLOVNET_GENDER.get(verb.feats.get("Gender", "")) if verb.pos in ("VERB", "AUX") and \
        verb.feats.get("Tense") == "Past" and verb.feats.get("Number") == "Sing" else None


def _list_noun_case(doc: Analysis, a: int, first: int) -> str | None:
    """The case of the plural ambassador's noun a credentials list `State – Name` follows in its sentence (`послы
    Бразилии – Сержиу Данезе`: the nominative; `у послов: Турции – Уфука Улутаса`: the genitive), the names'."""
    nouns = ambassadors_nouns(doc, first, a)
    return title_case(doc.tokens[nouns[-1]]) if nouns else None


def _title_of_interleaved_list(doc: Analysis, a: int) -> Found | None:
    """The plural title that opens a list of states each before its holder's name, for the name at ``a`` after its
    state (`с главами ведомств Индонезии Сугионо, Бразилии Мауро Виейрой и Пакистана Исхаком Даром`: each name
    in the title's case, surely so where the title's word reads in that case only; rule `interleaved_states`)."""
    if not doc.on("interleaved_states"):
        return None
    starts = doc.ner_token_starts("PER")
    for _ in range(8):
        state = doc.ending_at("country").get(a)
        if state is None or state.a < 2 or doc.tokens[state.a - 1].text not in (",", "и") or \
                (start := starts.get(state.a - 1)) is None:
            return None
        post = doc.ending_at("post").get(start)
        if post is not None:
            return post if post.data["plural"] else None
        a = start
    return None


def _verb_between(doc: Analysis, i: int, k: int) -> bool:
    """Is there a verb between tokens ``i`` and ``k``? An apposition does not reach across one (`Министр … провел
    встречи с главами ведомств Индонезии Сугионо, Бразилии Мауро Виейрой`: the parse hangs the name on `Министр`)."""
    return any(t.pos == "VERB" for t in doc.tokens[i + 1:k])


def _object_of_verb(doc: Analysis, k: int) -> bool:
    """Is token ``k`` the object of a verb before it, or a conjunct or an apposition of one (`принял канцлера Германии …
    и министра экономики Катерину Райхе`, `принял Верховного представителя ЕС …, вице-президента Европейской комиссии
    Каю Каллас`; rule `title_as_object`), or does a participle the tagger reads in the accusative modify
    it from before (`принял находящегося в Монголии с визитом министра …`, where the parse may hang the title on the
    noun before it; rule `participle_in_accusative`)?"""
    while doc.tokens[k].rel in ("conj", "appos") and 0 <= doc.tokens[k].head < k and \
            doc.tokens[doc.tokens[k].head].pos == "NOUN":
        k = doc.tokens[k].head  # `… и министра экономики`, `…, вице-президента Европейской комиссии`: the first title's
    head = doc.tokens[k].head
    if doc.on("title_as_object") and doc.tokens[k].rel == "obj" and 0 <= head < k and doc.tokens[head].pos == "VERB":
        return True
    return doc.on("participle_in_accusative") and any(
        t.head == k and t.rel == "acl" and t.pos == "VERB" and t.feats.get("Case") == "Acc"
        for t in doc.tokens[max(doc.sents[doc.tokens[k].sent].first, k - 12):k])


def _accusative_modifiers(doc: Analysis, post: Found, noun: int) -> bool:
    """`принял Чрезвычайного и Полномочного Посла Венгрии Жолта Варгу`: adjectives opening the title before its noun,
    each read by the tagger in the accusative, tell an object's accusative where the parse hangs the noun elsewhere
    (rule `title_as_object`)."""
    mods = [t for t in doc.tokens[post.a:noun] if t.pos == "ADJ"]
    return bool(mods) and doc.on("title_as_object") and all(t.feats.get("Case") == "Acc" for t in mods)


def _right_after_verb(doc: Analysis, post: Found) -> bool:
    """`Кулубаев принял Чрезвычайного и Полномочного Посла Японии … Тадаси Ёсиду`: a title opening right after a
    finite verb is its object, however the parse hangs it (rule `title_as_object`)."""
    before = doc.tokens[post.a - 1] if post.a else None
    return before is not None and before.pos == "VERB" and before.feats.get("VerbForm") == "Fin" and \
        doc.on("title_as_object")


def _choose(words: list[Token], roles: list[str], case: str | None, gender: str | None,
            sure: bool, fixed: set[int]) -> tuple[str, str]:
    """The (case, gender) the name's words are read in: each first name's and surname's dictionary readings
    (weight 2, 3 for a known first name, 3 for a surname), slovnet's case (1: not a nominative none of the word's
    readings has) and gender (0.5) of each, the
    context's case (4, 8 where grammar fixes it: rule `undeclined_after_nominative`) and gender (3.5), and
    nominative (0.25); the first best in `CASES` order. (Weights are quarters: their sums are exact in any order, so
    each word's votes are summed once, not per reading.)"""
    readings: dict[tuple[str, str], float] = {}
    case_votes: dict[str | None, float] = {}
    gender_votes: dict[str | None, float] = {}
    for k, (word, role) in enumerate(zip(words, roles, strict=True)):
        if _fixed(words, roles, k) or k in fixed:
            continue  # `Бу`, `бин`, `Тху`: no case of their own
        if role == "first":
            weight, found = (3.0 if known_first_name(word.text) else 2.0), first_name_readings(word.text)
        elif role == "last":
            weight, found = 3.0, surname_readings(word.text)
        else:
            continue
        for reading in found:
            readings[reading] = readings.get(reading, 0.0) + weight
        word_case = SLOVNET_CASE.get(word.feats.get("Case", ""))
        if word_case == "nomn" and found and "nomn" not in {c for c, _ in found}:
            word_case = None  # `Валесской` tagged nominative: an oblique ending the tagger misread
        case_votes[word_case] = case_votes.get(word_case, 0.0) + 1.0
        word_gender = SLOVNET_GENDER.get(word.feats.get("Gender", ""))
        gender_votes[word_gender] = gender_votes.get(word_gender, 0.0) + 0.5
    best: tuple[float, str, str] = (-1.0, "nomn", "masc")
    for c, g in product(CASES, ("masc", "femn")):
        score = readings.get((c, g), 0.0) + case_votes.get(c, 0.0) + gender_votes.get(g, 0.0)
        score += (8.0 if sure else 4.0) if case == c else 0.0
        score += 3.5 if gender == g else 0.0
        score += 0.25 if c == "nomn" else 0.0
        if score > best[0]:
            best = (score, c, g)
    return best[1], best[2]


def _normalize(words: list[Token], roles: list[str], case: str, gender: str,
               fixed: set[int]) -> dict[str, str | None]:
    parts: dict[str, list[str]] = {"first": [], "middle": [], "last": []}
    for k, (word, role) in enumerate(zip(words, roles, strict=True)):
        if k in fixed:
            parts[role].append(word.text)  # `Марселу Жорже ди Аленкаром`: a Portuguese given name
        elif _fixed(words, roles, k):  # `Шауки Бу Нассара` → `Шауки Бу Нассар`, `Ле Тхи Тху Ханг`; not `Яна Виллема`
            declined = declined_short_name(word.text, case, gender) if role == "first" and is_syllable(word.text) \
                else None
            parts[role].append(declined or word.text)
        elif role == "first":
            parts["first"].append(first_name_nominative(word.text, case, gender))
        elif role == "middle":
            parts["middle"].append(patronymic_nominative(word.text, case, gender))
        else:
            parts["last"].append(surname_nominative(word.text, case, gender))
    return {k: " ".join(v) if v else None for k, v in parts.items()}


def _given_undeclined(doc: Analysis, a: int, words: list[Token], roles: list[str]) -> set[int]:
    """The places of the given names of the name at token ``a`` that do not decline after its title
    (`lusophone_parts`)."""
    return {k for k in lusophone_parts(doc, a, words) if roles[k] == "first"}


def _fixed(words: list[Token], roles: list[str], k: int) -> bool:
    """Is word ``k`` of a name written the same in every case: a particle (`Бу`, `бин`), the first part of an
    Arabic compound name (`Абдель Фаттахом`), or a short syllable
    before the last part of a name of three or more with no patronymic (`Ле Тхи Тху Ханг`, `Ким Чен Ына`, `Данг Минь
    Хоем`), not a first name the dictionary knows declined (`Ису Абдуллу Аль-Хамади`)?"""
    text = words[k].text
    if words[-1].text in PATRONYMIC_SUFFIXES and k >= len(words) - 2:
        return True  # `Тургунбек уулу`: the father's name does not decline
    return text.lower() in PARTICLES or (text.lower() in UNDECLINED_FIRST and k < len(words) - 1) or (
        is_syllable(text) and k < len(words) - 1 and len(words) >= 3 and "middle" not in roles and
        not declined_first_name(text))


PARTICLES = words("persons.particles")
"""Lower-case parts of names (`бин Ладен`, `ван Гог`, `аль-Хадж`)."""
SURNAME_OPENERS = words("persons.surname_openers")
"""Particles that open a surname also when capitalized (`Аль Тани`, `Ди Майо`); not `Ван`, `Ле`, which are
East Asian surnames of their own (`Ван И`)."""
UNDECLINED_FIRST = words("persons.undeclined_first")
PATRONYMIC_SUFFIXES = words("persons.patronymic_suffixes")


ROMAN = re.compile(r"[IVX]{1,4}")


def _is_name_word(tok: Token) -> bool:
    text = tok.text
    if ROMAN.fullmatch(text):  # Елизавета II, Иоанн Павел II
        return True
    if any(mark in text[1:4] for mark in APOSTROPHES):  # `д’Арсоном`, `О’Брайен`
        return text.replace("'", "’").split("’", 1)[1][:1].isupper()
    if text.lower() in PARTICLES | PATRONYMIC_SUFFIXES or particle_surname(text):
        return True
    return tok.is_cap and tok.is_word and not any(ch.isdigit() for ch in text) and (
        len(text) == 1 or not text.isupper())


def find(doc: Analysis, taken: list[Found]) -> list[Found]:
    found: list[Found] = []
    busy = coverage(taken)
    stems = _place_stems([str(f.data["name"]).lower() for f in taken if f.kind == "location" and (
        f.data.get("known") or f.data.get("rule") == "dateline_city")])
    for a, b in _joined_at_particles(doc):
        if (after := _initials_after_surname(doc, a, b, busy)) is not None:
            found.append(after)
            continue
        for start, stop in (cut for piece in _pieces(doc, a, b) for cut in _case_break(doc, *piece)):
            person = _read_name(doc, start, _with_suffix(doc, stop), busy)
            if person is not None and not _a_place_named(doc, person, stems):
                found.append(person)
    found.extend(_named_after_titles(doc, found, busy, {f.a: f.b for f in taken if f.kind == "org"}))
    found.extend(_initialled_names(doc, found, busy))
    found.extend(_names_closing_places(doc, busy))
    found.extend(_leaders_ner_missed(doc, found, busy))
    found.extend(_surnames_ner_missed(doc, found, taken))
    found = _first_names_ner_missed(doc, found, busy)
    found = [_first_name_before(doc, f, busy) for f in found]
    return _surname_as_written(doc, _as_named_elsewhere(doc, _outermost(_nicknamed(doc, found))))


def full_name(data: Mapping[str, object]) -> str:
    """A person mention's name, its first, middle and last parts as read (`Сахиба Гафарова`)."""
    return " ".join(str(data[k]) for k in ("first", "middle", "last") if data.get(k))


def _written(doc: Analysis, f: Found) -> str:
    return " ".join(t.text for t in doc.tokens[f.a:f.b] if t.is_word)


def _as_named_elsewhere(doc: Analysis, found: list[Found]) -> list[Found]:
    """`… с Председателем Милли Меджлиса Сахибой Гафаровой … В рамках визита Сахиба Гафарова также посетила …`: a
    name whose words, as written, are the full name another mention of the text reads from another form is that
    person's, whatever case its own context suggested (`Сахиба Гафарова`, no man `Сахиб Гафаров`'s genitive; rule
    `name_as_written_elsewhere`); not one read from the same words (`Ким Чен Ына` read once as a nominative)."""
    if not doc.on("name_as_written_elsewhere"):
        return found
    read = [(f, full_name(f.data), _written(doc, f)) for f in found]
    declined = {name: f for f, name, written in read if f.data.get("first") and f.data.get("last") and
                name != written}  # read from another form: `Сахибой Гафаровой`
    for f, name, written in read:
        other = declined.get(written)
        if other is not None and other is not f and name != written:
            f.data.update({k: other.data.get(k) for k in ("first", "middle", "last", "gender")}, case="nomn")
    return found


def _surname_as_written(doc: Analysis, found: list[Found]) -> list[Found]:
    """`принял … Нассера Бурита. Затем Нассер Бурита был принят …`: a full name read from another form whose surname,
    as written, is the surname of a name read as written with the same other names takes that surname (one the text
    leaves undeclined, `Бурита`, `Таха`; not `Бурит`'s genitive; rule `surname_as_written_elsewhere`), unless the text
    also writes the name as it was read."""
    if not doc.on("surname_as_written_elsewhere"):
        return found
    read = [(f, full_name(f.data), _written(doc, f)) for f in found if f.data.get("first") and f.data.get("last")]
    as_written = {name: f for f, name, written in read if name == written}  # `Нассер Бурита`
    for f, name, written in read:
        if name == written or name in as_written:
            continue  # the text writes the reading too (`Ким Чен Ына` … `Ким Чен Ын`): the other is the misread one
        other = as_written.get(" ".join(name.split()[:-1] + written.split()[-1:]))
        if other is not None and other is not f:
            f.data.update(last=other.data.get("last"))
    return found


NICKNAME_MARKS = {"«": "»", "(": ")", '"': '"', "„": "“"}


def _nicknamed(doc: Analysis, found: list[Found]) -> list[Found]:
    """`Джеймс «Бадди» Макгирт`, `James (Buddy) McGirt`: a first name and a surname with a nickname between
    them in quotes or brackets are one mention (the nickname is no person of its own)."""
    by_start = {f.a: f for f in found}
    starting: dict[int, list[Found]] = {}
    for f in found:
        starting.setdefault(f.a, []).append(f)
    out: list[Found] = []
    dropped: set[int] = set()
    for f in sorted(found, key=lambda f: f.a):
        if id(f) in dropped:
            continue
        k = f.b
        if f.b - f.a != 1 or k + 3 >= len(doc.tokens) or \
                NICKNAME_MARKS.get(doc.tokens[k].text) != doc.tokens[k + 2].text:
            out.append(f)
            continue
        nick, rest = doc.tokens[k + 1], by_start.get(k + 3)
        if rest is None or not (nick.is_word and nick.is_cap) or rest.data.get("first"):
            out.append(f)
            continue
        dropped.update(id(g) for g in [*starting.get(k + 1, []), rest])
        words = [doc.tokens[f.a], *(t for t in doc.tokens[rest.a:rest.b] if t.is_word)]
        roles = ["first"] * (len(words) - 1) + ["last"]
        fixed = _given_undeclined(doc, f.a, words, roles)
        case, gender = _choose(words, roles, *_context(doc, f.a, rest.b, doc.sent_bounds(f.a)[0]), fixed)
        merged = doc.make("person", f.a, rest.b)
        merged.data.update(_normalize(words, roles, case, gender, fixed), initials=[], gender=gender, case=case)
        out.append(merged)
    return out


def _outermost(found: list[Found]) -> list[Found]:
    """The mentions in text order without those inside another: `Дж` is part of `Дж.Коми` (NER's two spans
    joined by the initial)."""
    out: list[Found] = []
    reach = -1
    for f in sorted(found, key=lambda f: (f.start, -f.stop)):
        if f.stop > reach:
            out.append(f)
            reach = f.stop
    return out


def _first_names_ner_missed(doc: Analysis, found: list[Found], taken: Coverage) -> list[Found]:
    """`Мейв Кеннеди родилась`, `Ли Пэн`: a surname-only mention preceded by the first name the text gives that
    surname elsewhere takes the first name in (NER left it out); so does a word no dictionary knows whose first
    letter is the initial the text gives that surname elsewhere (`Шауки Бу Нассара` … `Ш.Бу Нассаром`, rule
    `first_name_of_initial`)."""
    firsts: dict[str, set[str]] = {}
    initials: dict[str, set[str]] = {}
    for f in found:
        if f.data.get("first") and f.data.get("last"):
            firsts.setdefault(f.data["last"], set()).add(f.data["first"])
        if f.data.get("initials") and f.data.get("last") and doc.on("first_name_of_initial"):
            initials.setdefault(f.data["last"], set()).add(f.data["initials"][0])
    out: list[Found] = []
    for f in found:
        last = f.data.get("last") or ""
        known = firsts.get(last, set())
        k = f.a - 1
        if f.data.get("first") or f.data.get("initials") or not (known or last in initials) or k < 0:
            out.append(f)
            continue
        word = doc.tokens[k]
        same_line = not doc.opens_line(f.a)
        first = word.text if word.text in known else first_name_nominative(word.text, f.data["case"], f.data["gender"])
        if same_line and word.is_cap and word.is_word and not taken.covers(word.start) and (
                first in known or _unknown_with_initial(word, initials.get(last, set()))):
            out.append(doc.make("person", k, f.b, **{**f.data, "first": first}))
        else:
            out.append(f)
    return out


def _unknown_with_initial(word: Token, initials: set[str]) -> bool:
    """A word in no dictionary, starting with one of ``initials``."""
    return word.text[0] in initials and not any(from_dictionary(p) for p in parses(word.lower))


def _named_after_titles(doc: Analysis, found: list[Found], busy: Coverage, orgs: dict[int, int]) -> list[Found]:
    """`Документ подписали Президент Ильхам Алиев и …`, `с Послом Королевства Нидерландов Ниной Ванхоф`: a
    dictionary first name and one or two capitalized words right after a title's head word, or after the state or
    the body (``orgs``: start -> stop token) the head governs (`с Торагой Жогорку Кенеша Нурланбеком Тургунбек
    уулу`), in its sentence, that NER left out, are a name."""
    heads = post_heads()
    have = coverage(found)
    out: list[Found] = []
    for i in doc.scan.where(heads.firsts, hyphenated=True):
        _, last = doc.sent_bounds(i)
        head = heads.match_at(doc.tokens, i, last)
        a = head.stop if head else last
        if a < last and doc.tokens[a].feats.get("Case") == "Gen" and (state := country_at(doc, a, last)):
            a = state[1]
        elif a < last and orgs.get(a, last) < last:
            a = orgs[a]
        if a + 1 >= last or not doc.tokens[a].is_cap or have.covers(doc.tokens[a].start):
            continue
        b = a + 1
        while b < min(a + 3, last) and _is_name_word(doc.tokens[b]) and \
                all(part[1:].islower() for part in doc.tokens[b].text.split("-")) and \
                doc.tokens[b].lower not in PATRONYMIC_SUFFIXES:  # `Аль-Хаджри`, not `МИД`
            b += 1
        suffixed = b < last and doc.tokens[b].lower in PATRONYMIC_SUFFIXES  # `Нурланбеком Тургунбек уулу`
        if b - a < 2 or not (suffixed or known_first_name(doc.tokens[a].text) or (
                b - a == 2 and (russian_surname_form(doc.tokens[a + 1].text) or
                                _in_title_case(doc, doc.tokens[i], doc.tokens[a:b])))) or \
                any(busy.covers(t.start) or have.covers(t.start) for t in doc.tokens[a:b]):
            continue
        person = _read_name(doc, a, _with_suffix(doc, b) if suffixed else b, busy)
        if person is not None:
            out.append(person)
    return out


def _in_title_case(doc: Analysis, title: Token, pair: list[Token]) -> bool:
    """`с Послом Королевства Нидерландов Нико Шермерсом`: two words no dictionary knows after a title in an oblique
    case, the second with a man's noun ending of that case (`MASC_NOUN_ENDINGS`), are a foreign name declined as
    the title is (rule `foreign_name_in_title_case`)."""
    case = title_case(title)
    if case not in ("gent", "datv", "accs", "ablt") or not doc.on("foreign_name_in_title_case"):
        return False
    return pair[1].lower.endswith(MASC_NOUN_ENDINGS[case]) and not any(known_word(t.text) for t in pair)


def _names_closing_places(doc: Analysis, busy: Coverage) -> list[Found]:
    """`Президент Республики Сербской Милорад Додик`, one place to NER: the name closing it (`name_closing_place`)."""
    out: list[Found] = []
    for _, a, b in doc.ner_tokens("LOC"):
        k = name_closing(doc, a, b)
        person = _read_name(doc, k, b, busy) if k is not None else None
        if person is not None:
            out.append(person)
    return out


def _first_name_before(doc: Analysis, person: Found, taken: Coverage) -> Found:
    """`с Президентом Турецкой Республики Реджепом Тайипом Эрдоганом`, where NER read `Реджепом` into a place: a
    dictionary first name right before a name with a first name, in the name's case and on its line, is its first."""
    k = person.a - 1
    case, gender = person.data.get("case"), person.data.get("gender") or "masc"
    if k < 0 or not person.data.get("first") or person.data.get("initials") or taken.covers(doc.tokens[k].start):
        return person
    word = doc.tokens[k]
    if k > 0 and doc.tokens[k - 1].is_cap and known_first_name(doc.tokens[k - 1].text):
        return person  # `Мухаммад Ахмад Мухаммад Джабарин`: a chain of first names is another's reading
    if not (word.is_cap and word.is_word and known_first_name(word.text)) or (case, gender) not in \
            first_name_readings(word.text) or doc.opens_line(person.a):
        return person
    first = first_name_nominative(word.text, str(case), gender)
    if is_patronymic(str(person.data["first"])):  # `Айдар` before `Наилевич Губайдулин`
        return doc.make("person", k, person.b, **{**person.data, "first": first, "middle": person.data["first"]})
    return doc.make("person", k, person.b, **{**person.data, "first": f"{first} {person.data['first']}"})


CYRILLIC = re.compile("[А-ЯЁ]")


def _initialled_names(doc: Analysis, found: list[Found], busy: Coverage) -> list[Found]:
    """`С.В.Лавров провел …` opening an item, NER reading nothing: a capitalized word right after initials is a
    name — after two initials or more, or after one where the word is no place and the dictionary knows it as a
    surname or not at all (not `Н.Новгород`), or as a first name opening a surname of two words (`Б.Абдель Аты`;
    rule `initials_ner_missed`)."""
    if not doc.on("initials_ner_missed"):
        return []
    have = coverage(found)
    out: list[Found] = []
    for tok in doc.tokens:
        if not (tok.is_cap and tok.is_word and tok.text[1:].islower() and len(tok.text) > 2 and CYRILLIC.match(tok.text)
                ) or busy.covers(tok.start) or have.covers(tok.start):
            continue
        a = _initials_before(doc, tok.i, doc.sent_bounds(tok.i)[0])
        if a == tok.i or (a > 0 and doc.tokens[a - 1].stop == doc.tokens[a].start and doc.tokens[a - 1].is_word):
            continue
        known = [p for p in parses(tok.text.lower()) if from_dictionary(p)]
        surname = any("Surn" in p.tag for p in known)
        b = tok.i + 1 if surname or not any("Name" in p.tag for p in known) else _surname_goes_on(doc, tok)
        if (tok.i - a) // 2 < 2 and (any("Geox" in p.tag for p in known) or
                                     (known and not surname and b == tok.i + 1)):
            continue
        person = _read_name(doc, a, b, busy)
        if person is not None:
            out.append(person)
    return out


def _surname_goes_on(doc: Analysis, tok: Token) -> int:
    """`Б.Абдель Аты`: the end of a surname after initials whose first word a dictionary reads as a first name
    only, taking in the capitalized word right after it in the same sentence."""
    nxt = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
    if nxt is None or not (nxt.is_cap and nxt.is_word and nxt.text[1:].islower()) or nxt.start != tok.stop + 1 or \
            doc.sent_bounds(nxt.i)[0] != doc.sent_bounds(tok.i)[0]:
        return tok.i + 1
    return nxt.i + 1


def _surnames_ner_missed(doc: Analysis, found: list[Found], taken: list[Found]) -> list[Found]:
    """`Путин подписал закон`: a surname of a person already named, in any case, that NER left out."""
    # a surname of several words is known by its last one too (`Дом` of `Михаил Горбачёв Дом`)
    known = {last for f in found if f.data.get("last") for last in {f.data["last"], f.data["last"].rsplit(" ", 1)[-1]}
             if len(last) > 2}
    if not known:
        return []
    busy = coverage([*found, *taken])
    out: list[Found] = []
    for tok in doc.tokens:
        if not (tok.is_cap and tok.is_word and tok.text[1:].islower()) or busy.covers(tok.start):
            continue
        for case, gender, last in surname_nominatives(tok.text):
            if last in known:
                start, last = _surname_start(doc, tok.i, last, known)
                a = _initials_before(doc, start, doc.sent_bounds(tok.i)[0])
                initials = [t.text for t in doc.tokens[a:start] if t.text != "."]
                person = doc.make("person", a, tok.i + 1, first=None, middle=None, last=last, initials=initials,
                                  gender=gender, case=case)
                out.append(person)
                break
    return out


def _leaders_ner_missed(doc: Analysis, found: list[Found], busy: Coverage) -> list[Found]:
    """Full names of public figures NER left out (`leader_named_ner_missed`)."""
    if not doc.on("leader_named_ner_missed"):
        return []
    table, held = known_people(), coverage(found)
    openings = {key[:3] for key in table}  # a surname in any case opens with its first three letters
    out: list[Found] = []
    for tok in doc.tokens:
        if not (tok.is_cap and tok.is_word) or tok.lower[:3] not in openings or \
                held.covers(tok.start) or busy.covers(tok.start):
            continue
        first, _ = doc.sent_bounds(tok.i)
        for _, _, last in surname_nominatives(tok.text):
            figures = table.get(last.lower().replace("ё", "е"), ())
            a = next((tok.i - n for p in figures if (n := len(p.name.split()) - 1) and tok.i - n >= first and
                      _first_names_at(doc, tok.i - n, p.name.split()[:-1])), None)
            person = None if a is None else _read_name(doc, a, tok.i + 1, busy)
            if person is not None:
                out.append(person)
                break
    return out


def _first_names_at(doc: Analysis, a: int, names: list[str]) -> bool:
    """Do the words from token ``a`` spell ``names``, each as written or with a case ending of up to two letters
    (`Хакана`, `Сергея`)?"""
    for tok, name in zip(doc.tokens[a:a + len(names)], names, strict=True):
        low, want = tok.lower, name.lower().replace("ё", "е")
        if not tok.is_cap or not (low == want or (len(want) > 3 and low.startswith(want[:-1]) and
                                                  len(low) - len(want) <= 2)):
            return False
    return True


def _surname_start(doc: Analysis, i: int, last: str, known: set[str]) -> tuple[int, str]:
    """`Бу Нассара`: the words before the last word of a known surname of several words that spell it whole
    (start token and surname); else token ``i`` and ``last``."""
    for full in sorted(known, key=len, reverse=True):
        parts = full.split(" ")
        n = len(parts) - 1
        if n and parts[-1] == last and i - n >= 0 and all(
                doc.tokens[i - n + k].lower == part.lower() for k, part in enumerate(parts[:-1])):
            return i - n, full
    return i, last


INNER_PUNCT = {".", "-", "–", "'", "’"}


def _pieces(doc: Analysis, a: int, b: int) -> list[tuple[int, int]]:
    """A NER span cut at brackets, commas, line breaks and a repeated word: `Джоэл Саймон (Joel Simon)` is
    two mentions, and a name ending a headline (or a caption) does not run into the next one."""
    pieces: list[tuple[int, int]] = []
    start = a
    seen: set[str] = set()  # the words of the piece so far
    for k in range(a, b):
        tok = doc.tokens[k]
        repeated = tok.is_word and tok.text in seen and _repeat_ends_name(doc, start, k, b)
        if k > start and (doc.opens_line(k) or repeated or _initial_opens_name(doc, start, k, b)):
            pieces.append((start, k))  # `Максим Дадашев Дадашев дебютировал`
            start, seen = k, set()
        if not tok.is_word and (tok.text not in INNER_PUNCT or _spaced_dash(doc, k)):
            if k > start:
                pieces.append((start, k))
            start, seen = k + 1, set()
        elif tok.is_word:
            seen.add(tok.text)
    if b > start:
        pieces.append((start, b))
    return pieces


def _joined_at_particles(doc: Analysis) -> list[tuple[int, int]]:
    """NER's person spans, two of them joined where only lower-case particles stand between (`Паулу Жорже` `душ`
    `Сантуша Нашсименту` is one name; rule `particle_joins_spans`)."""
    spans: list[tuple[int, int]] = []
    for _, a, b in doc.ner_tokens("PER"):
        if spans and _joins_name_before(doc, spans[-1][1], a):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _joins_name_before(doc: Analysis, end: int, a: int) -> bool:
    """Does the person span at token ``a`` continue the one ending at ``end``: only lower-case particles between
    (rule `particle_joins_spans`), or none, and it opens with a surname's particle (`Мохаммеда бин Мубарака`
    `Аль-Хаджри`; rule `opener_joins_spans`)?"""
    if a == end:
        return (doc.tokens[a].lower.split("-")[0] in SURNAME_OPENERS and doc.on("opener_joins_spans")) or \
            _same_oblique_case(doc, end, a)
    return 0 < a - end <= 2 and doc.on("particle_joins_spans") and all(
        lower_particle(tok) for tok in doc.tokens[end:a])


def _same_oblique_case(doc: Analysis, end: int, a: int) -> bool:
    """`с послом Колумбии Луисом Фернандо` `Торресом Сантосом`, two names to NER: a person span of two words or more
    right after another with a word in its first word's oblique case continues it (rule
    `case_joins_spans`), where that word is a man's surname in that case only (not `Джохара Царнаева Робел
    Филлипос`, `… Билла Клинтона Джо Локхарту`) and the first span closes with no Russian surname (`Ислама
    Каримова Лолла Каримова`)."""
    spans = {x: y for _, x, y in doc.ner_tokens("PER")}
    first = next((x for x, y in spans.items() if y == end), None)
    case = doc.tokens[a].feats.get("Case")
    if first is None or case in (None, "Nom") or spans.get(a, a) - a < 2 or end - first < 2:
        return False
    mans = {c for c, g in surname_readings(doc.tokens[a].text) if g == "masc"}  # `Торресом`, not `Робел`, `Джо`
    return any(t.feats.get("Case") == case for t in doc.tokens[first:end]) and SLOVNET_CASE[case] in mans and \
        "nomn" not in mans and not russian_surname_form(doc.tokens[end - 1].text) and doc.on("case_joins_spans")


def _initial_opens_name(doc: Analysis, start: int, k: int, b: int) -> bool:
    """`С министром … Саадом аль-Кааби Р.Мередов обсудил …`, one name to NER: an initial written close to the surname
    after it (`Р.Мередов`) opens another name where the words before it are a full name, two words or more (not a
    middle initial: `Джон Ф. Кеннеди`; rule `initial_opens_name`)."""
    toks = doc.tokens
    return k + 2 < b and k - start >= 2 and _is_initial(toks[k]) and toks[k + 1].text == "." and \
        toks[k + 2].start == toks[k + 1].stop and toks[k + 2].is_cap and doc.on("initial_opens_name") and \
        all(t.is_word and not _is_initial(t) for t in toks[start:k])


def _repeat_ends_name(doc: Analysis, start: int, k: int, b: int) -> bool:
    """A word repeated in a NER span starts another mention (`Максим Дадашев Дадашев`), unless it is a particle
    (`Хамада бин Джасема бин Джабера Аль Тани`) or after one (`Шахбутом бин Нахайяном Аль Нахайяном`: the family's
    name after the father's), the name's first word again after other words (`Мохд Азман Мохд Яхья`: a Malay name),
    or a syllable opening the name twice before its last part (`Ко Ко Лвин`: a Burmese name; rule
    `doubled_syllable`)."""
    tok = doc.tokens[k]
    if tok.lower in PARTICLES or doc.tokens[k - 1].lower in PARTICLES:
        return False
    if k == start + 1 and k + 1 < b and doc.tokens[k + 1].is_cap and is_syllable(tok.text) and \
            doc.on("doubled_syllable"):
        return False
    return doc.tokens[k - 1].text == tok.text or doc.tokens[start].text != tok.text or len(tok.text) == 1  # `А. А.`


def _case_break(doc: Analysis, a: int, b: int) -> list[tuple[int, int]]:
    """`С Джорджей Мелони Токаев обсудил`: a nominative word closing a span whose two or more words before it share
    an oblique case, the first with no nominative form, is another name where it closes another of the text's
    names (`Касым-Жомарт Токаев`; rule `name_case_break`); so are a first name the dictionary reads only in the
    nominative and a word after it closing a span whose words before them the dictionary reads in one oblique case,
    whatever the tagger says and wherever else the text names them (`с … Субраманьямом Джайшанкаром Сергей Лавров
    обсудил`)."""
    toks = doc.tokens
    case = toks[a].feats.get("Case")
    shared = _one_oblique_case(toks[a:b - 2]) if b - a >= 4 and _nominative_first_name(toks[b - 2]) else set()
    if shared and doc.on("name_case_break") and not shared & _one_oblique_case(toks[b - 1:b]):
        return [(a, b - 2), (b - 2, b)]  # `Ермек Кошербаев`, not `Салемом Ульд Мерзугом` (`Мерзугом`: instrumental)
    if b - a < 3 or not doc.on("name_case_break") or case in (None, "Nom") or toks[b - 1].feats.get("Case") != "Nom":
        return [(a, b)]
    if any(t.feats.get("Case") != case for t in toks[a:b - 1] if t.is_word) or \
            any(p.tag.case == "nomn" for p in parses(toks[a].lower)):
        return [(a, b)]
    stem, own = toks[b - 1].lower[:STEM], {t.lower[:STEM] for t in toks[a:b - 1]}  # `Касым-Жомарта Токаева` too
    if not any(toks[y - 1].lower[:STEM] == stem and abs(len(toks[y - 1].text) - len(toks[b - 1].text)) <= 2 and
               y - x > 1 and not own & {t.lower[:STEM] for t in toks[x:y - 1]} for _, x, y in doc.ner_tokens("PER")):
        return [(a, b)]  # another's name: `Касым-Жомарт Токаев`, not `Мейв Кеннеди Таунсенд-Маккин` of the family
    return [(a, b - 1), (b - 1, b)]


def _one_oblique_case(words: list[Token]) -> set[str]:
    """The oblique cases (not the accusative) all the words read in by the dictionary, its guesses too, in one
    gender and the singular (`Шавката Мирзиёева`: a man's genitive, not `Мирзиёева` a woman's nominative; `Саидов`:
    no plural `саидов`); none where they read in the nominative so."""
    readings = [{(p.tag.case, g) for p in parses(t.lower) if p.tag.number != "plur"
                 for g in ((p.tag.gender,) if p.tag.gender in ("masc", "femn") else ("masc", "femn"))}
                for t in words if t.is_word]
    cases = {c for c, _ in set.intersection(*readings)} if readings else set()
    return set() if "nomn" in cases else cases - {"accs", None}


def _nominative_first_name(tok: Token) -> bool:
    """A first name the dictionary knows and reads in the nominative only (`Сергей`, not `Ивана`; not a guess at an
    undeclined surname, `Валесской Ксиомарой Сандовал Руис`)."""
    readings = first_name_readings(tok.text)
    return bool(readings) and {c for c, _ in readings} == {"nomn"} and tok.lower not in PARTICLES and \
        known_first_name(tok.text)


def _spaced_dash(doc: Analysis, k: int) -> bool:
    """A dash with a space before it separates (`Хамад бен Абдалла Аль Аттыйя – Государство Катар`, one NER span);
    one inside a word joins (`Жан-Пьер`)."""
    tok = doc.tokens[k]
    return tok.text in ("-", "–") and k > 0 and doc.tokens[k - 1].stop < tok.start


def _place_stems(places: list[str]) -> set[str]:
    """Every start of a known place name that a word of at most two letters more or fewer could stem to
    (`_a_place_named` then looks a word up instead of comparing it with every place)."""
    return {place[:n] for place in places for n in range(max(1, len(place) - 4), len(place) + 1)}


def _a_place_named(doc: Analysis, person: Found, stems: set[str]) -> bool:
    """`Улаанбаатара` in an item datelined `Улаанбаатар`: one word, no initials, that is a known place of the text
    in another case (all but its ending the same)."""
    word = doc.span_text(person.a, person.b).lower()
    if person.b - person.a != 1 or len(word) < 6:
        return False
    return word[:-2] in stems


ONE_LETTER_PREPOSITIONS = frozenset({"в", "к", "о", "с", "у"})
"""Prepositions NER may take into a name opening a sentence (`С Б.Саидовым`); an initial has its full stop."""


def _read_name(doc: Analysis, a: int, b: int, taken: Coverage) -> Found | None:
    heads = post_heads()
    while a < b and (head := heads.match_at(doc.tokens, a, b)) and \
            not (head.stop == a + 1 < b and head_as_first_name(doc, a)) and \
            not (head.stop == a + 1 == b and given_name(doc.tokens[a]) and not_a_title(doc, a)):  # `мать Раиса`
        a = head.stop  # NER took the title in: `Вице-министр …`
    while a < b and taken.covers(doc.tokens[a].start):  # NER took a place in: `Воеводины Майей Гойкович`
        a += 1
    while b > a and taken.covers(doc.tokens[b - 1].start):
        b -= 1
    posts = doc.starting_at("post")
    b = next((k for k in range(a + 1, b) if k in posts and _adjective_only(doc.tokens[k])), b)
    if a >= b:
        return None
    first, _ = doc.sent_bounds(a)
    if b - a > 2 and doc.tokens[a].lower in ONE_LETTER_PREPOSITIONS and doc.tokens[a + 1].text != "." and \
            (a == first or doc.opens_line(a) or not doc.tokens[a].is_cap):
        a += 1  # NER took a preposition in: `С Б.Саидовым`; not a capital inside the sentence: `Корея У Вон Сиком`
    while b - a > 1 and (a == first or doc.opens_line(a)) and _describes_someone(doc.tokens[a]) and \
            not _known_first_name(doc, a, b):
        a += 1  # `Сын А.Лукашенко`, `Предшественник Кравцова` opening a sentence; not `Хакан Фидан`
    while b - a > 1 and _epithet(doc.tokens[a]):
        a += 1  # `Елбасы Нурсултан Назарбаев`: the epithet is no part of the name
    a = _initials_before(doc, a, first)
    tokens = doc.tokens[a:b]
    dotted = {k for k, t in enumerate(tokens) if _is_initial(t) and k + 1 < len(tokens) and tokens[k + 1].text == "."}
    words = _apostrophes_joined([t for k, t in enumerate(tokens) if k not in dotted])
    initials = [tokens[k].text for k in sorted(dotted)]
    if not words or not all(_is_name_word(w) for w in words) or is_street_context(doc, a):
        return None
    cand = doc.make("person", a, b)
    if taken.overlaps(cand.start, cand.stop) or _is_generic(words):
        return None
    if len(words) == 1 and not initials and (_not_a_name(words[0], words[0].i == first or doc.opens_line(a)) or
                                             _building_name(doc, words[0]) or _holiday(doc, words[0])):
        return None
    if named_platform(doc, a):
        return None  # `сообщил в Инстаграме`
    if not initials and _site_visited(doc, a, words):
        return None
    roles = _roles(words, 0 in dotted)
    fixed = _given_undeclined(doc, a, words, roles)
    case, gender = _choose(words, roles, *_context(doc, a, b, first), fixed)
    cand.data.update(_normalize(words, roles, case, gender, fixed), initials=initials, gender=gender, case=case)
    return cand


APOSTROPHES = frozenset({"'", "’"})


def _apostrophes_joined(tokens: list[Token]) -> list[Token]:
    """The words of a name, a part written with an apostrophe one word (`Д’Антуоно`, `д’Арсоном`: razdel cuts it in
    three), inner punctuation left out."""
    words: list[Token] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if k + 2 < len(tokens) and tokens[k + 1].text in APOSTROPHES and tok.stop == tokens[k + 1].start and \
                tokens[k + 1].stop == tokens[k + 2].start and len(tok.text) <= 3 and tokens[k + 2].is_cap:
            last = tokens[k + 2]
            words.append(replace(last, start=tok.start, text=tok.text + tokens[k + 1].text + last.text))
            k += 3
            continue
        if tok.text not in INNER_PUNCT:
            words.append(tok)
        k += 1
    return words


def _not_a_name(word: Token, sentence_start: bool) -> bool:
    """A lone capitalized word NER called a person that the dictionary knows as a place (`Калуга`), or,
    opening a sentence, as a common word (`Верёвка`, `Свергнутый`); a family (`братьев Ямадаевых`,
    `отравление Скрипалей`); a street (`Даунинг-стрит`)."""
    low = word.text.lower()
    if low.endswith(("-стрит", "-авеню", "-сквер")):
        return True
    surnames = [p for p in parses(low) if "Surn" in p.tag]
    singular_name = any("Name" in p.tag and p.tag.number == "sing" for p in parses(low))
    if surnames and all(p.tag.number == "plur" for p in surnames) and not singular_name and \
            low.endswith(("ых", "их", "ей", "ов", "ев")):
        return True
    known = [p for p in parses(low) if from_dictionary(p)]
    own = [p for p in known if p.normal_form == low]  # `Муром` the town, not `Муромом` of a surname `Мур`
    if any("Geox" in p.tag for p in own) and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in own):
        return True
    if not known or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in known):
        return False
    if any("Geox" in p.tag for p in known):
        return True
    if all(p.tag.POS in ("ADJF", "ADJS", "PRTF") for p in known):
        return True  # `Чрезвычайный и Полномочный Посол`: an adjective the dictionary knows, no name
    return sentence_start and not any("Orgn" in p.tag or "Trad" in p.tag for p in known)


def _adjective_only(word: Token) -> bool:
    """A word the dictionary knows only as an adjective or participle: opening a title NER ran a name into
    (`Нурлана Ермекбаева Чрезвычайным и Полномочным Послом`), no part of the name (not `Граф`, `Принц`, `Халифа`)."""
    known = [p for p in parses(word.text.lower()) if from_dictionary(p)]
    return bool(known) and all(p.tag.POS in ("ADJF", "PRTF") for p in known)


def _known_first_name(doc: Analysis, a: int, b: int) -> bool:
    """Is the word at ``a`` the first name of the public figure (`leaders.tsv`) the span's last word names (`Хакан
    Фидан`, whose `хакан` the dictionary also knows as a common noun for a person)?"""
    surname = doc.tokens[b - 1].lower
    return known_person(surname, None, first=doc.tokens[a].text) is not None


def _describes_someone(word: Token) -> bool:
    """A capitalized word before a name that the dictionary knows only as a common word for a person or as
    an adjective (`Сын`, `Предшественник`, `Свергнутый`), never as a name: `Ван`, `Ли` stay."""
    known = [p for p in parses(word.text.lower()) if from_dictionary(p)]
    return bool(known) and not _is_initial(word) and all(
        not {"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in known) and any(
        (p.tag.POS == "NOUN" and "anim" in p.tag) or p.tag.POS in ("ADJF", "PRTF") for p in known[:1])


def _epithet(tok: Token) -> bool:
    """A leader's epithet (`persons.epithets`), in any case, after a hyphen too (`Герою-Аркадагу`)."""
    return bool((lemmas(tok.text) | lemmas(tok.text.rsplit("-", 1)[-1])) & EPITHETS)


def _is_generic(words: list[Token]) -> bool:
    """NER sometimes tags a capitalized common noun (`Посол`) as a person, or a leader's epithet (`Герой-Аркадаг`,
    `Елбасы`: `persons.epithets`), which names no one by name."""
    if len(words) == 1 and _epithet(words[0]):
        return True
    return len(words) == 1 and any(p.tag.POS != "NOUN" or ("Surn" not in p.tag and "Name" not in p.tag)
                                   for p in parses(words[0].text.lower())[:1]) and bool(
        lemmas(words[0].text) & {"посол", "министр", "президент", "глава", "председатель", "сторона"})
