"""Personal names to the nominative, for names the dictionaries know and for those they do not.

A name's case and gender are read from its parts (dictionary first names, surname endings) and its
context; each part is then put in the nominative by pymorphy3 where it knows the word, else by the
declension rules of Russian for first names and surnames (indeclinable endings included).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pymorphy3.analyzer import Parse

from .lexicon import words
from .morph import CASES, analyzer, from_dictionary, parses

VOWELS = frozenset("аеёиоуыэюя")
INDECLINABLE = tuple(words("persons.indeclinable_endings"))
GENERATIONS = words("names.generations")
"""Words that tell a generation after a surname, joined by a hyphen (`Маркос-младший`)."""
NAME_PARTICLES = words("persons.particles") | words("persons.joined_articles")
RUSSIAN_SUFFIXES = ("ов", "ев", "ёв", "ин", "ын")
RUSSIAN_SURNAME_CASES = {
    "": frozenset({("nomn", "masc")}),
    "а": frozenset({("gent", "masc"), ("accs", "masc"), ("nomn", "femn")}),
    "у": frozenset({("datv", "masc"), ("accs", "femn")}),
    "ым": frozenset({("ablt", "masc")}),
    "е": frozenset({("loct", "masc")}),
    "ой": frozenset({("gent", "femn"), ("datv", "femn"), ("ablt", "femn"), ("loct", "femn")}),
}
"""The endings a surname with a Russian suffix (`RUSSIAN_SUFFIXES`) takes after it, each with its (case, gender)
readings (`Туймебаевым`: the instrumental of a man's), in the order they are tried."""
SURNAME_ADJECTIVES = ("овый", "евый", "ёвый", "иный", "ыный")
"""Adjectives whose instrumental (`травниковым`) is a surname's in -ов, -ев, -ин (`Андреем Травниковым` ->
Травников): such surnames are many, adjectival ones in unstressed -овый few (`Луговым` -> Луговой stays)."""
ADJ_SURNAME = {  # masculine adjectival surnames: ending -> (nominative ending, cases)
    f"{stem}{end}": (f"{stem}ий", cases) for stem in ("ск", "цк")
    for end, cases in (("ого", ("gent", "accs")), ("ому", ("datv",)), ("им", ("ablt",)), ("ом", ("loct",)))
}
FEM_ADJ_SURNAME = {"ской": "ская", "скую": "ская", "цкой": "цкая", "цкую": "цкая"}
MASC_NOUN_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "ём"),
                     "loct": ("е",)}
FEM_A_DECLENSION = {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}
PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "ична", "инична", "овна", "евна", "оглы", "кызы", "улы", "углы")


OBLIQUE_ENDINGS = ("а", "е", "и", "у", "ы", "ю", "я", "ей", "ем", "ой", "ом")
"""Endings a word of four letters may have taken in a case (`Хуана`): it is then no syllable written the same."""


def is_syllable(word: str) -> bool:
    """A short part of an East Asian name, written the same in every case before its last part: up to three
    letters (`Ким Чен Ына`), or four in no case ending (`Данг Минь Хоем`)."""
    return len(word) <= 3 or (len(word) == 4 and not word.lower().endswith(OBLIQUE_ENDINGS))


def is_indeclinable(word: str) -> bool:
    low = word.lower()
    if low.endswith(("ого", "его", "ому", "ему", "ии")):  # Вернадского: an adjectival surname declined; `Гарсии`
        return False
    return any(low.endswith(end) for end in INDECLINABLE)


def is_mongolian_genitive(word: str) -> bool:
    """`Гомбожавын`, `Батмунхийн`: a Mongolian father's name in its own genitive, which opens a name and does not
    decline (not a Russian surname in -цын, `Голицын`, nor a dictionary first name)."""
    low = word.lower()
    return low.endswith(("ын", "ийн")) and not low.endswith("цын") and not known_first_name(low)


def is_patronymic(word: str) -> bool:
    low = word.lower()
    return any(low.endswith(e) or low.endswith(e + "а") or low.endswith(e + "у") or low.endswith(e + "ем")
               or low.endswith(e[:-1] + "ой") or low.endswith(e[:-1] + "ы") or low.endswith(e[:-1] + "е")
               for e in PATRONYMIC_ENDINGS[:6]) or any(low == e for e in PATRONYMIC_ENDINGS[6:])


def _dictionary_parses(word: str, grammeme: str) -> list[Parse]:
    """The dictionary's parses of ``word`` that carry ``grammeme`` (`Name`, `Surn`), guesses left out."""
    return [p for p in parses(word.lower()) if grammeme in p.tag and from_dictionary(p)]


def name_parses(word: str) -> list[Parse]:
    return _dictionary_parses(word, "Name")


def known_first_name(word: str) -> bool:
    return bool(name_parses(word))


def declined_first_name(word: str) -> bool:
    """Is ``word`` a first name the dictionary knows only in an oblique case of the singular (`Ису`, `Илью`): a
    declined name, however short, not a syllable written the same in every case (`Ким`, `Мин`)?"""
    found = [p for p in name_parses(word) if p.tag.number == "sing"]
    return bool(found) and all(p.tag.case != "nomn" for p in found)


def russian_surname_form(word: str) -> bool:
    """Is ``word`` capitalized and shaped as a surname with a Russian suffix in some case (`Туймебаевым`,
    `Жумабаевой`: `RUSSIAN_SURNAME_CASES`), though no dictionary knows it?"""
    low = word.lower().replace("ё", "е")
    return word[:1].isupper() and len(low) > 4 and any(
        low.endswith(suffix + ending) for suffix in RUSSIAN_SUFFIXES for ending in RUSSIAN_SURNAME_CASES)


def particle_surname(word: str) -> bool:
    """Is ``word`` a surname opened by a lower-case particle joined by a hyphen (`аль-Мазруи`, `ас-Сиси`)?"""
    prefix, hyphen, rest = word.partition("-")
    return bool(hyphen) and prefix.lower() in NAME_PARTICLES and rest.split("-")[-1][:1].isupper()


def known_surname(word: str) -> bool:
    """pymorphy3's dictionary knows the word as a surname (`Кеннеди`), not only by guessing."""
    return bool(_dictionary_parses(word, "Surn"))


def known_word(word: str) -> bool:
    """pymorphy3's dictionary knows the word in some form (`Ниной`), not only by guessing (`Шермерсом`)."""
    return analyzer().word_is_known(word.lower())


# ---- hypotheses: which (case, gender) could a written form be in ----------------------------------


@lru_cache(maxsize=50_000)
def first_name_readings(word: str) -> frozenset[tuple[str, str]]:
    """(case, gender) pairs a first name can be read as."""
    return frozenset(_first_name_readings(word))


def _first_name_readings(word: str) -> set[tuple[str, str]]:
    head, _, last = word.rpartition("-")
    if head and _fixed_name(last):
        return _first_name_readings(head)  # `Жаном-Мари`: the part that declines tells the case
    dictionary = {(p.tag.case, g) for p in name_parses(last) if p.tag.number == "sing" and p.tag.case in CASES
                  for g in ((p.tag.gender,) if p.tag.gender in ("masc", "femn") else ("masc", "femn"))}  # ms-f: both
    if dictionary:
        return dictionary
    low = last.lower()
    out: set[tuple[str, str]] = set()
    if (low[-1:] in "аяоеиую" and low[-1:] not in "аяую") or _vowel_u(low):
        return {(c, g) for c in CASES for g in ("masc", "femn")}  # Мади; Антониу, Матеу: no dative ends so
    if low.endswith(("а", "я")):
        out |= {("nomn", "femn"), ("gent", "masc"), ("accs", "masc")}
    elif low.endswith(("ы", "и")):
        out |= {("gent", "femn")}
    elif low.endswith(("у", "ю")):
        out |= {("datv", "masc"), ("accs", "femn")}
    elif low.endswith(("ой", "ей")):  # a man's name in -а declines so too (`Нгемой`, `Никитой`)
        out |= {("ablt", "femn"), ("ablt", "masc")}
    elif low.endswith(("ом", "ем", "ём")):
        out |= {("ablt", "masc")}
    elif low.endswith("е"):
        out |= {("datv", "femn"), ("loct", "femn"), ("loct", "masc")}
    else:
        out |= {("nomn", "masc")}
    return out


@lru_cache(maxsize=50_000)
def surname_readings(word: str) -> frozenset[tuple[str, str]]:
    """(case, gender) pairs a surname can be read as."""
    return frozenset(_surname_readings(word))


def _double(word: str) -> tuple[str, str]:
    """The two parts of a double surname (`Диаса-Канеля`), or empty strings: a part of four letters at least, both
    capitalized (not `Аль-Рашида`)."""
    head, sep, tail = word.partition("-")
    return (head, tail) if sep and len(head) > 3 and head[:1].isupper() and tail[:1].isupper() else ("", "")


def is_double_surname(word: str) -> bool:
    """Is ``word`` two capitalized parts of four letters or more joined by a hyphen (`Диаса-Канеля`)?"""
    return bool(_double(word)[0])


def _surname_readings(word: str) -> set[tuple[str, str]]:
    low = word.lower().replace("ё", "е")
    head, sep, tail = word.rpartition("-")
    if sep and head and tail.lower() in _generation_forms():  # `Буша-младшего`: the surname's readings the word
        told = {(p.tag.case, p.tag.gender) for p in parses(tail.lower()) if p.tag.POS == "ADJF"}  # after it shares
        return (_surname_readings(head) & told) or _surname_readings(head)
    if is_indeclinable(low):
        return {(c, g) for c in CASES for g in ("masc", "femn")}
    for end, (_, cases) in ADJ_SURNAME.items():
        if low.endswith(end):
            return {(case, "masc") for case in cases}
    if low.endswith(("ский", "цкий")):
        return {("nomn", "masc")}
    if low.endswith(("ская", "цкая")):
        return {("nomn", "femn")}
    for end in FEM_ADJ_SURNAME:
        if low.endswith(end):
            return {(c, "femn") for c in (("accs",) if end.endswith("ую") else ("gent", "datv", "ablt", "loct"))}
    for suf in RUSSIAN_SUFFIXES:
        for ending, readings in RUSSIAN_SURNAME_CASES.items():
            if low.endswith(suf + ending):
                return set(readings)
    # a noun-like surname: declines for men (Гойковича); for women only when it ends in -а (Алишахбаной); a man's
    # in -а declines as a woman's does (`Кацуми Накамуры`, `Накамурой`, `Накамуре`, `Накамуру`)
    out = {(c, "femn") for c in CASES}
    if low.endswith("ой"):
        out = {("ablt", "femn")}
    if len(low) > 4 and low.endswith(("ы", "ой", "ей")) and not low.endswith("ией"):
        out |= {("gent" if low.endswith("ы") else "ablt", "masc")}
    if low.endswith(("а", "я")):
        out |= {("gent", "masc"), ("accs", "masc")}
    elif low.endswith("ии"):
        out |= {("gent", "masc"), ("datv", "masc"), ("loct", "masc")}  # `Алана Гарсии`: a man's in -ия
    elif low.endswith("ию"):
        out |= {("datv", "masc"), ("accs", "masc")}  # a man's in -ия: `принял Алана Гарсию`
    elif low.endswith(("у", "ю")):
        out |= {("datv", "masc")} | ({("accs", "masc")} if _mans_a_surname(low) else set())  # `принял Хидэки Уэду`
    elif low.endswith(("ом", "ем", "ём")):
        out |= {("ablt", "masc")}
    elif len(low) > 5 and low.endswith(("ого", "его")):
        out |= {("gent", "masc"), ("accs", "masc")}  # `Петра Толстого`: an adjectival surname, not a foreign one in -о
    elif len(low) > 4 and low.endswith("ым"):
        out |= {("ablt", "masc")}  # `Дмитрием Крутым`
    elif low.endswith("е"):  # a man's declined in the locative (`о Макроне`); in a case no man's declined form
        out |= {(c, "masc") for c in ("loct", "gent", "accs", "ablt")}  # ends so, one that does not decline
        # (`с Эспеном Барт Эйде`, `Алена Берсе`); not the nominative or dative (`Манделе`, `Саше`: a name in -а)
    else:
        out |= {("nomn", "masc")}
    return out


# ---- to the nominative -------------------------------------------------------------------------


@lru_cache(maxsize=50_000)
def surname_nominatives(word: str) -> tuple[tuple[str, str, str], ...]:
    """(case, gender, nominative) of each way a surname can be read (`surname_readings`, sorted): what a rule
    looking for a surname in any case compares, made once a form."""
    return tuple((case, gender, surname_nominative(word, case, gender)) for case, gender in
                 sorted(surname_readings(word)))


FLEETING_E = re.compile(r"(?<=[бвгджзклмнпрстфхчшщ])ец\b")


def fleeting_vowel_key(surname: str | None) -> str:
    """A lower-case surname with the `е` of a closing `-ец` after a consonant dropped, as its other cases drop it
    (`Иванец`, `Иванца` -> `иванц`): what tells a declined form the rule could not restore from its nominative."""
    return FLEETING_E.sub("ц", (surname or "").lower().replace("ё", "е"))


def _keep_case(source: str, word: str) -> str:
    return word[:1].upper() + word[1:] if source[:1].isupper() else word


def _vowel_u(low: str) -> bool:
    """A name in `-у` after a vowel (`Антониу`, `Матеу`): foreign and undeclined, for no Russian dative ends so."""
    return low.endswith("у") and low[-2:-1] in VOWELS


ANIMATE_TWIN = {"gent": "accs", "accs": "gent"}
"""A man's name ending in a consonant reads the same in the genitive and the accusative (`Фейсала`), so the case a
name is read in may be the other; a first name in -а has them apart (`Фейсала бин Абдуллу`): the dictionary's
reading of the word in the other case is then taken."""


def first_name_nominative(word: str, case: str, gender: str) -> str:
    """The nominative of a first name read in ``case`` and ``gender``; each part of a double one that the dictionary
    declines, or that ends as a first name in that case does, declines (`Ханса-Петера` -> `Ханс-Петер`,
    `Жилбером-Люком` -> `Жилбер-Люк`, not `Жан-Пьером` -> `Жана-Пьер`); one that does not decline stays
    (`Жаном-Мари` -> `Жан-Мари`)."""
    head, sep, last = word.rpartition("-")
    if case == "nomn" or (_vowel_u(last.lower()) and not name_parses(last)):
        return word
    if head:
        head = _dictionary_nominative(head, case, gender) or (_strip(head, case, gender, first=True) if (
            case, gender) in _first_name_readings(head) else head)  # `Жилбером-Люком` -> `Жилбер-Люк`
    if head and _fixed_name(last):
        return head + sep + last  # `Жаном-Мари` -> `Жан-Мари`
    return head + sep + (_dictionary_nominative(last, case, gender) or _dictionary_nominative(
        last, ANIMATE_TWIN.get(case, case), gender) or _strip(last, case, gender, first=True))


def _fixed_name(word: str) -> bool:
    """Is ``word`` a first name the dictionary says does not decline (`Мари`, `Луи`)?"""
    found = name_parses(word)
    return bool(found) and all("Fixd" in p.tag for p in found)


@lru_cache(maxsize=1)
def _generation_forms() -> dict[str, str]:
    """Each singular form of the words that tell a generation after a surname (`names.generations`: `младший`) ->
    its nominative in its gender (`младшим` -> `младший`, `младшей` -> `младшая`)."""
    out: dict[str, str] = {}
    for lemma in sorted(GENERATIONS):
        adjective = next(p for p in analyzer().parse(lemma) if p.tag.POS == "ADJF")  # not `старший`, the noun
        for form in adjective.lexeme:
            nominative = form.inflect({"nomn"}) if form.tag.POS == "ADJF" and form.tag.number == "sing" else None
            if nominative is not None:
                out.setdefault(form.word, nominative.word)
    return out


def declined_short_name(word: str, case: str, gender: str) -> str | None:
    """The nominative of a short first name the dictionary knows in a name's oblique ``case`` and ``gender`` (`Яна
    Виллема ван дер Мейдена` → `Ян`, `Яну Питеру Балкененде` → `Ян`), which a syllable of an East Asian name written
    the same in every case would keep (`Ким Чен Ына`: `Ким` has no genitive reading); else None."""
    return _dictionary_nominative(word, case, gender) if case != "nomn" else None


def _dictionary_nominative(word: str, case: str, gender: str) -> str | None:
    """The nominative the dictionary gives a first name read in ``case``; a name of either gender (`Шалва`,
    `Саша`: ms-f) takes the gender asked for."""
    for p in name_parses(word):
        if p.tag.case == case and (p.tag.gender == gender or "ms-f" in p.tag) and p.tag.number == "sing":
            new = p.inflect({"nomn", "sing"})
            if new:
                return _keep_case(word, new.word)
    return None


@lru_cache(maxsize=65536)
def surname_nominative(word: str, case: str, gender: str) -> str:
    """The nominative of a surname read in ``case`` and ``gender``; each part of a double surname declines on its
    own, a short one not at all (`Лавровой-Дейли`, `Бернерсу-Ли`)."""
    if case == "nomn":
        return word
    head, tail = _double(word)
    if head:
        rest = surname_nominative(tail, case, gender) if len(tail) > 3 else tail
        return f"{surname_nominative(head, case, gender)}-{rest}"
    head, sep, tail = word.rpartition("-")
    if sep and head and (generation := _generation_forms().get(tail.lower())):  # `Маркосом-младшим` -> Маркос-младший
        return f"{surname_nominative(head, case, gender)}-{generation}"
    return _single_nominative(word, case, gender)


def _single_nominative(word: str, case: str, gender: str) -> str:
    if is_indeclinable(word):
        return word
    low = word.lower().replace("ё", "е")
    for p in _dictionary_parses(word, "Surn"):  # `Толстым` -> Толстой: a surname the dictionary declines
        if p.tag.case == case and p.tag.gender == gender and p.tag.number == "sing":
            new = p.inflect({"nomn", "sing"})
            if new:  # spelt as the text spells it (`Муравьева` -> Муравьев)
                return _keep_case(word, new.word if "ё" in word.lower() else new.word.replace("ё", "е"))
    if gender == "masc" and (named := _first_name_as_surname(word, case)) is not None:
        return named
    if gender == "masc" and case != "nomn":
        adjective = next((p for p in parses(word.lower()) if p.tag.POS == "ADJF" and from_dictionary(p)
                          and p.tag.case == case and p.tag.gender in ("masc", None) and p.tag.number == "sing"), None)
        if adjective is not None and low.endswith(("ого", "его", "ому", "ему", "ым", "им")) and \
                not (low.endswith("ым") and adjective.normal_form.endswith(SURNAME_ADJECTIVES)):
            return _keep_case(word, adjective.normal_form)  # `Лугового` -> Луговой: declined as an adjective
    if gender == "masc":
        for end, (nom, _) in ADJ_SURNAME.items():
            if low.endswith(end):
                return word[: -len(end)] + nom
        for suf in RUSSIAN_SUFFIXES:
            for ending in ("а", "у", "ым", "е"):
                if low.endswith(suf + ending):
                    return word[: -len(ending)]
        if case == "ablt" and low.endswith(("ым", "им")) and len(low) > 4:
            return word[:-2] + low[-2] + "й"  # an adjectival surname: `Белым` -> Белый
        if case == "ablt" and low.endswith(("ой", "ей")) and len(low) > 4:
            # a man's surname in -а declines like a noun (`Хусейном Ибрагимом Тахой` -> Таха); an adjectival one
            # would read -ым/-им here
            return word[:-2] + ("я" if low.endswith("ей") or low[-3] in "аеиоуэюя" else "а")
        if case == "gent" and low.endswith("ы") and len(low) > 4:
            return word[:-1] + "а"  # `Кацуми Накамуры` -> Накамура, as a noun in -а declines
        if case == "accs" and _mans_a_surname(low):
            return word[:-1] + ("я" if low.endswith("ю") else "а")  # `Такэси Иваю` -> Ивая: a man's accusative
        return _ia_nominative(word, case) or _strip(word, case, gender, first=False)
    if case == "ablt" and low.endswith(("ом", "ем", "ём")) and low[-3] not in "аеиоуэюяй" and len(low) > 4:
        # `Ивицей Дачичем`: a first name in -а that looks a woman's, a surname only a man's declines so
        return _strip(word, case, "masc", first=False)
    for end, nom in FEM_ADJ_SURNAME.items():
        if low.endswith(end):
            return word[: -len(end)] + nom
    for suf in RUSSIAN_SUFFIXES:
        for ending in ("ой", "у"):
            if low.endswith(suf + ending):
                return word[: -len(ending)] + "а"
    if (declined := _ia_nominative(word, case)) is not None:
        return declined
    # a foreign surname in -а declines like a noun: Алишахбаной -> Алишахбана; after a vowel its -а is written -я
    # (`Такэси Ивае` -> Ивая, as `Гойе` -> Гойя)
    ending = FEM_A_DECLENSION.get(case)
    if ending and low.endswith(ending) and len(low) > len(ending) + 2:
        return word[: -len(ending)] + ("я" if low[-len(ending) - 1] in VOWELS else "а")
    if case == "ablt" and low.endswith("ей") and len(low) > 4:  # `Марией Гарсией` -> Гарсия, `Прошей` -> Проша
        return _a_nominative(word)
    return word


def _first_name_as_surname(word: str, case: str) -> str | None:
    """`с президентом Чехии Петром Павлом` -> Павел, `Коле` -> Коля: a man's surname the dictionary knows as a first
    name in ``case`` (one reading, not undeclined) declines as that name where a noun's endings would read it
    otherwise (`Павл`, `Кол`), spelt with `ё` only where the text writes it; else None, for the other readings."""
    found = {new.word for p in name_parses(word) if p.tag.case == case and p.tag.gender == "masc" and
             p.tag.number == "sing" and "Fixd" not in p.tag and (new := p.inflect({"nomn", "sing"}))}
    plain = _strip(word, case, "masc", first=False).lower().replace("ё", "е")
    if len(found) != 1 or (nominative := found.pop()).replace("ё", "е") == plain:
        return None  # none, two readings, or one a noun's ending gives (`Мартином` -> Мартин)
    return _keep_case(word, nominative if "ё" in word.lower() else nominative.replace("ё", "е"))


def _mans_a_surname(low: str) -> bool:
    """Can a man's surname in -у or -ю be the accusative of one in -а or -я (`Леона Панетту`, `Небензю`, `Иваю`)? Not
    -у after a vowel nor -ью (`Фэрроу`, `Пассуш-Коэлью`), nor one the dictionary knows as undeclined (`Шойгу`)."""
    return len(low) > 3 and (low.endswith("ю") or (low.endswith("у") and low[-2] not in "аеёиоуыэюя")) and \
        not low.endswith("ью") and not any("Fixd" in p.tag for p in _dictionary_parses(low, "Surn"))


def _ia_nominative(word: str, case: str) -> str | None:
    """`Алана Гарсии`, `Марию Гарсию`: a surname in -ия declined as a noun in -я (no nominative ends in -ии or -ию;
    `Шойгу` does in -у, `Пассуш-Коэлью` in -ью)."""
    low = word.lower()
    if len(low) > 3 and ((case in ("gent", "datv", "loct") and low.endswith("ии")) or
                         (case == "accs" and low.endswith("ию"))):
        return word[:-1] + "я"
    return None


def patronymic_nominative(word: str, case: str, gender: str) -> str:
    if case == "nomn":
        return word
    for p in parses(word.lower()):
        if "Patr" in p.tag and p.tag.case == case:
            new = p.inflect({"nomn", "sing"})
            if new:
                return _keep_case(word, new.word)
    return word


def _a_nominative(word: str) -> str:
    """The nominative of a name in -а/-я from its instrumental in -ой/-ей: -ей is -я's, but after a hushing
    consonant, where -ей spells -ой, -а's (`Гарсией` -> Гарсия, `Прошей` -> Проша, `Нгемой` -> Нгема)."""
    low = word.lower()
    return word[:-2] + ("я" if low.endswith("ей") and low[-3] not in "жшчщц" else "а")


def _strip(word: str, case: str, gender: str, first: bool) -> str:
    """Noun declension undone by rule: ``Валихана`` -> ``Валихан``, ``Нигиной`` -> ``Нигина``."""
    low = word.lower()
    if gender == "masc":
        if first and case == "ablt" and low.endswith(("ой", "ей")) and len(low) > 4:
            return _a_nominative(word)  # `Нгемой` -> Нгема
        if first and case == "accs" and low.endswith("у") and len(low) > 3:
            return word[:-1] + "а"  # `принял Акиру Имамуру` -> Акира: a man's name in -а
        for ending in MASC_NOUN_ENDINGS.get(case, ()):
            if low.endswith(ending) and len(low) > len(ending) + 1:
                stem = word[: -len(ending)]
                if ending in ("а", "у", "ом") and stem[-1:].lower() in VOWELS:
                    return word  # `аш-Шараа`: a noun's -а, -у, -ом follow a consonant; after a vowel it is the name's
                if not any(ch in VOWELS for ch in stem.lower()):
                    return word  # `Чжу`, `Лью`, `Тху`: no name is a stem with no vowel; the ending is the name's
                if ending in ("я", "ю", "ем", "ём", "е") and stem[-1:].lower() in "аеиоуэюя":
                    return stem + "й"  # Сергея -> Сергей
                if ending in ("я", "ю", "ем", "ём") and stem[-1:].lower() not in "жшчщцй":
                    return stem + "ь"  # Игоря -> Игорь, Вахтелем -> Вахтель; no word ends in -йь (`Ван Кайем`)
                return stem
        return word
    if not first:
        return word
    fem = {"gent": ("ы", "и"), "datv": ("е", "и"), "accs": ("у", "ю"), "ablt": ("ой", "ей", "ею"),
           "loct": ("е", "и")}
    for ending in fem.get(case, ()):
        if low.endswith(ending):
            stem = word[: -len(ending)]
            soft = ending in ("и", "ю", "ей", "ею") and stem[-1:].lower() not in "гкхжшчщц"
            if stem[-1:].lower() in "аеиоуэюя":
                return stem + "я"  # Марией -> Мария
            if ending == "и" and soft:
                return word  # `Эми Поуп`, `Наоми`: an unknown name in -и is foreign and does not decline
            return stem + ("я" if soft else "а")
    return word
