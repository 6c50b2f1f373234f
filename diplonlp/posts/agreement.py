"""Agreement between a title and its holder: case (apposition), and the words that say a title of a subject
(copulas and predicates: `был профессиональным дипломатом`, `назначен послом`)."""

from __future__ import annotations

from ..analysis import Analysis, Found
from ..inflect import noun_cases, title_case
from ..lexicon import words
from ..morph import CASES, lemmas, parses
from ..names import (
    RUSSIAN_SUFFIXES,
    first_name_readings,
    is_mongolian_genitive,
    is_syllable,
    known_first_name,
    known_surname,
    surname_readings,
)
from ..text import Token

PREDICATES = words("posts.predicates")
UNDECLINED_FIRST = words("persons.undeclined_first")
LUSOPHONE = words("persons.lusophone_states")
KIN = words("holders.kin_nouns")
SONS_PARTICLES = words("persons.sons_particles")
"""Words for `son of` inside a name (rule `son_of_in_name`)."""
WOMAN_OR_MANS_GENITIVE = frozenset({("nomn", "femn"), ("gent", "masc"), ("accs", "masc")})
"""The readings of a surname such as `Кудратова`: a woman's nominative, or a man's genitive or accusative."""


def kin_before(doc: Analysis, post: Found, a: int, b: int) -> Token | None:
    """The kin noun (`holders.kin_nouns`: `супруга`, `сын`) right before ``post``, a title in the genitive, whose
    apposition the name ``a:b`` after the title is: it can stand in the kin noun's case and gender and is no man's
    genitive (`с супругой Президента Турции Эмине Эрдоган`, `супругу Президента Узбекистана Зираатхон Мирзиёеву`;
    not `мать рядового Владислава Челаха`, `сын президента Джона Кеннеди`; rule `kin_of_title_holder`), else None."""
    if post.a == 0 or not doc.on("kin_of_title_holder"):
        return None
    kin = doc.tokens[post.a - 1]
    case = title_case(kin)
    if not lemmas(kin.text) & KIN or case in (None, "gent") or title_case(doc.tokens[title_noun(post)]) != "gent":
        return None
    woman = kin.feats.get("Gender") == "Fem"
    mans_genitive = ("gent", "masc") in surname_readings(doc.tokens[b - 1].text)
    return kin if name_can_be(doc, a, b, case, woman) and not mans_genitive else None


def lusophone_parts(doc: Analysis, a: int, parts: list[Token]) -> set[int]:
    """The places of the given names in ``parts`` (a name at token ``a``, the parts before its last and before a
    lower-case particle, `да`, `ди`) that end in `-у` or `-е` after a title of a state whose given names do not
    decline so (`persons.lusophone_states`: `Послом Бразилии Марселу Жорже ди Аленкаром`; not `Силву` in `Аугушту
    да Силву Кунью`; rule `lusophone_given_names`), where the last part can be a man's in the title's case (not
    `Президенту Бразилии Дилме Руссефф`, a woman's dative); else none."""
    post = doc.ending_at("post").get(a)
    if post is None or str(post.data.get("country") or "").lower() not in LUSOPHONE or \
            not doc.on("lusophone_given_names") or not parts:
        return set()
    case = title_case(doc.tokens[title_noun(post)])
    cases = {case, "accs"} if case == "gent" else {case}
    if case not in (None, "nomn") and not any((c, "masc") in surname_readings(parts[-1].text) for c in cases):
        return set()
    given = next((k for k, tok in enumerate(parts) if not tok.is_cap), len(parts) - 1)
    return {k for k, tok in enumerate(parts[:given]) if tok.lower[-1:] in ("у", "е")}


def predicative(doc: Analysis, i: int) -> bool:
    """The word is said of a subject: `Амано был профессиональным дипломатом`, `работал дипломатом`."""
    tok = doc.tokens[i]
    if copula_of(doc, i):
        return True
    return tok.head >= 0 and tok.rel in ("xcomp", "obl") and bool(lemmas(doc.tokens[tok.head].text) & PREDICATES)


def copula_of(doc: Analysis, i: int) -> Token | None:
    """A copula governed by the word, or, where the parse hangs it elsewhere, one right before the word and
    its adjectives (`был профессиональным дипломатом`)."""
    sent = doc.sents[doc.tokens[i].sent]
    governed = next((t for t in doc.tokens[sent.first:sent.last] if t.head == i and t.rel == "cop"), None)
    if governed is not None:
        return governed
    k = i - 1
    while k >= sent.first and doc.tokens[k].pos == "ADJ":
        k -= 1
    before = doc.tokens[k] if k >= sent.first else None
    return before if before is not None and before.rel == "cop" and doc.tokens[i].feats.get("Case") == "Ins" \
        else None


def title_noun(post: Found) -> int:
    """The token of ``post`` its holder's name agrees with: the noun that declines (`поверенным` of `поверенным в
    делах`), else the last word of the head."""
    return post.data["agree"] if post.data.get("agree") is not None else post.data["head"][1] - 1


def agrees(doc: Analysis, post: Found, person: Found) -> bool:
    """Apposition agrees in case: not `муж актрисы Сергей Сенин`, `заместитель главы … Аксары Кердпола`; an
    acting title in the case of `исполняющий` (`исполняющий обязанности председателя … Владимир Сластенин`), in
    any after `и. о.`."""
    envoy = post.data["family"] == "diplomat" and not post.data.get("plural")
    return name_agrees(doc, person.a, person.b, post.data["agree"], person.data.get("gender") == "femn", envoy)


def name_agrees(doc: Analysis, a: int, b: int, agree: int | None, woman: bool = False, envoy: bool = False) -> bool:
    """The capitalized words of ``a:b`` can stand in the case of the title word ``agree`` (any, if None); read as a
    title's apposition only on the title's line (`… с новым главой Кубы` closing a headline and `Владимир Путин`
    opening the next line are no apposition); in either case a genitive shares with the accusative
    (`genitive_or_accusative`)."""
    if agree is None:
        return True
    word = doc.tokens[agree]
    case = title_case(word)
    if case is None:
        return True
    same_line = "\n" not in doc.text[word.stop:doc.tokens[a].start]
    cases = ("gent", "accs") if case == "gent" and _shared_form(doc, agree) else (case,)
    mans = case == "gent" and genitive_after_title(doc, agree)
    return any(name_can_be(doc, a, b, c, woman, title=same_line, mans_genitive=mans, envoy=envoy) for c in cases)


def genitive_after_title(doc: Analysis, k: int) -> bool:
    """`в ходе визита министра … Узбекистана Лазиза Кудратова`: may a name after the title word ``k``, which reads as a
    noun only in the genitive or accusative singular (`министра`, `посла`), be a man's genitive whatever the
    dictionary's woman's name (`Лазиза`) says (rule `genitive_after_title`)? Not where a person's noun governs the
    title (`супруга посла Надежда Петрова`: the name is the wife's, in her case)."""
    found = [p for p in parses(doc.tokens[k].lower) if p.tag.POS == "NOUN"]
    if not doc.on("genitive_after_title") or not found or \
            not all(p.tag.number == "sing" and p.tag.case in ("gent", "accs") for p in found):
        return False
    j = _before_modifiers(doc, k, ("ADJ", "DET"))
    return j < 0 or doc.tokens[j].pos != "NOUN" or not any(
        p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(doc.tokens[j].lower))


def _before_modifiers(doc: Analysis, k: int, pos: tuple[str, ...]) -> int:
    """The token right before the words of parts of speech ``pos`` and the participles that stand right before token
    ``k`` (-1 at the text's start): the word that governs a title with its modifiers."""
    j = k - 1
    while j >= 0 and (doc.tokens[j].pos in pos or doc.tokens[j].feats.get("VerbForm") == "Part"):
        j -= 1
    return j


def _shared_form(doc: Analysis, k: int) -> bool:
    """Is the title word ``k``, read as a genitive, in a form its accusative shares, and not governed by a noun right
    before it and its adjectives (`дочь действующего президента Иванку Трамп`, `пост президента`), which makes it a
    genitive (`genitive_or_accusative`)?"""
    before = _before_modifiers(doc, k, ("ADJ", "CCONJ", "DET"))
    return doc.on("genitive_or_accusative") and "accs" in noun_cases(doc.tokens[k].lower) and \
        (before < 0 or doc.tokens[before].pos != "NOUN")


def son_of_in_name(doc: Analysis, a: int, b: int) -> bool:
    """`Тани бен Ахмед аз-Зейуди`: does a word for `son of` inside the name at tokens ``a:b`` make it a man's,
    whatever its first name reads as (no form of `Таня`; rule `son_of_in_name`)?"""
    return doc.on("son_of_in_name") and any(t.lower in SONS_PARTICLES for t in doc.tokens[a + 1:b])


def name_can_be(doc: Analysis, a: int, b: int, case: str, woman: bool = False, title: bool = False,
                mans_genitive: bool = False, envoy: bool = False) -> bool:
    """The capitalized words of ``a:b`` can stand in ``case`` (a pymorphy case); a woman's (``woman``: the name
    read as one) parts ending in a consonant do not decline (`послом США Эллисон Хукер`), nor a first name in -е
    before such a surname (`Беате Майнль-Райзингер`, not an oblique form of `Беата`), nor one the dictionary
    knows only as a woman's oblique form (`Посол Швейцарии Сибилле Оберхольцер`). After a ``title`` in that
    case, a woman's name in -а the dictionary knows may be a man's in the genitive, as the surname reads
    (`министра Хорватии Гордана Грлича Радмана`; with ``mans_genitive``, a Russian one too: `Лазиза Кудратова`,
    `genitive_after_title`), a woman's first name in -а the dictionary knows only as a man's oblique form may be her
    nominative (`Премьер-министр Италии Джорджа Мелони провела …`, `gender_of_titles_verb`), and a name showing no
    instrumental ending is undeclined after one in the instrumental (`undeclined_after_instrumental`), as is one
    whose every part ends in such a vowel after one in the nominative (`Премьер-министр Александру Мунтяну`,
    `undeclined_after_nominative`: no nominative of a name that declines ends in `-у`), and a name of two parts or
    more each ending in a consonant, its last no Russian surname, after an ``envoy``'s title in the genitive or
    accusative (`принял Посла Малайзии Азлин Юсуф`: a man's name would end in `-а`, `-я`; `undeclined_after_genitive`);
    not where the case alone is asked (`пресс-секретарь Светлана Оболенцева` serves no `Светлан`)."""
    readings = set(CASES)
    man = son_of_in_name(doc, a, b)
    paired = {(c, g) for c in CASES for g in ("masc", "femn")}  # the readings of one gender for all parts
    opening: set[str] = set()  # the genders the first part reads in
    closing: set[str] = set(CASES)  # the cases the last part reads in, in those genders
    caps = [tok for tok in doc.tokens[a:b] if tok.is_word and tok.is_cap and len(tok.text) > 1]
    lusophone = lusophone_parts(doc, a, caps)
    declining = [(k, tok) for k, tok in enumerate(caps) if k not in lusophone and (
        k == len(caps) - 1 or _declines(tok, len(caps)))]
    for k, tok in declining:  # k: the part's place in the whole name (`Фам Минь Тинем`: `Минь` is no first name)
        known = k == 0 and len(caps) > 1 and known_first_name(tok.lower)
        first = first_name_readings(tok.text) if known else frozenset()
        if title and first == {("nomn", "femn")} and tok.lower.endswith("а") and (_mans_genitive_surname(caps[-1]) or (
                mans_genitive and surname_readings(caps[-1].text) == WOMAN_OR_MANS_GENITIVE)):
            first |= {("gent", "masc"), ("accs", "masc")}  # `Гордана Грлича Радмана`: also a man's `Гордан`'s
        if woman and first and tok.lower.endswith("а") and all(g == "masc" for _, g in first):
            first |= {("nomn", "femn")}  # `Джорджа Мелони`, read as a woman's: not `Джордж`'s genitive
        # a dictionary first name opening a full name is read as one (`Джорджа Буша`: not a woman's surname)
        own = first or first_name_readings(tok.text) | surname_readings(tok.text)
        if man and own and all(g == "femn" for _, g in own):
            continue  # `Тани бен Ахмед аз-Зейуди`: no form of `Таня` in a man's name
        if title and case == "accs" and _mans_a_accusative(tok, own):
            own = own | {("accs", "masc")}  # `посла Японии Акиру Имамуру`: not `Акир`'s dative
        if (woman or (not known and tok.feats.get("Gender") == "Fem")) and tok.lower[-1] not in "аяоеиыуюэ":
            paired, closing = paired & {(c, "femn") for c in CASES}, set(CASES)
            continue  # a woman's name ending in a consonant does not decline (`вице-губернатора Кэтлин Кеннеди`)
        if (woman or (_oblique_only(first) and caps[-1].lower[-1] != "й")) and k < len(caps) - 1 and \
                tok.lower[-1] == "е" and caps[-1].lower[-1] not in "аяоеиыуюэ":
            continue  # nor one in -е before such a surname: `Министр … Австрии Беате Майнль-Райзингер`
        readings &= {c for c, _ in own}
        paired &= own
        opening = opening or {g for _, g in own}
        closing = {c for c, g in own if g in opening}
    case = "loct" if case == "loc2" else case
    # where no reading of one gender fits every part, the last decides (`консулом Китая Цзян Вэем`: an East Asian
    # surname first, undeclined; `Кая Каллас`: not the genitive of a man's `Кай`, and a woman's surname)
    return not readings or case in readings or (not paired and case in closing) or (
        case == "ablt" and doc.on("undeclined_after_instrumental") and all(
            tok.lower[-1] in UNDECLINED_VOWELS or (title and _consonant_undeclined(tok.lower)) for tok in caps)) or (
        case == "nomn" and title and doc.on("undeclined_after_nominative") and undeclined_in_vowels(caps)) or (
        case in ("gent", "accs") and title and envoy and doc.on("undeclined_after_genitive") and len(caps) > 1 and
        all(tok.lower[-1] not in "аяоеиыуюэйь" for tok in caps) and
        not caps[-1].lower.endswith((*RUSSIAN_SUFFIXES, "ский", "цкий")))


def undeclined_in_vowels(caps: list[Token]) -> bool:
    """Does every part of a name end in a vowel no nominative of a declining name ends in (`UNDECLINED_VOWELS`:
    `Александру Мунтяну`), its last no surname the dictionary knows nor a Russian one's oblique form (not `Ивану
    Петрову`, a dative)?"""
    last = caps[-1].lower if caps else ""
    return bool(caps) and all(tok.lower[-1] in UNDECLINED_VOWELS for tok in caps) and not known_surname(last) and \
        not any(last.endswith(f"{s}у") for s in RUSSIAN_SUFFIXES)


def _oblique_only(first: frozenset[tuple[str, str]]) -> bool:
    """Does the dictionary read a first name only as a woman's oblique form (`Сибилле`: `Сибилла`'s dative),
    so that before a surname that does not decline (not `Брухуновой`) it is a foreign woman's nominative?"""
    return bool(first) and all(g == "femn" and c != "nomn" for c, g in first)


def _mans_genitive_surname(tok: Token) -> bool:
    """A surname that reads as a man's genitive and as no Russian woman's nominative (`Радмана`, `Ракочевича`; not
    `Петрова`, `Косинцева`: `супруга посла Надежда Петрова` is no man's genitive after `посла`)."""
    low = tok.lower
    return ("gent", "masc") in surname_readings(tok.text) and not any(low.endswith(f"{s}а") for s in RUSSIAN_SUFFIXES)


def _mans_a_accusative(tok: Token, own: frozenset[tuple[str, str]]) -> bool:
    """Can a part read as a man's dative in -у be, after a title in the accusative, a man's name in -а in the
    accusative (`Акиру`, which the dictionary reads as `Акир`'s dative; not a Russian surname's `Петрову`)?"""
    low = tok.lower
    return low.endswith("у") and ("datv", "masc") in own and not any(low.endswith(f"{s}у") for s in RUSSIAN_SUFFIXES)


UNDECLINED_VOWELS = frozenset("еиоуэю")
"""A name after a title in the instrumental whose every part ends in one of these, none in the instrumental's
`-ом`, `-ой`, is one that does not decline (`с Председателем Сейма Литвы Сауле Скверняле`: rule
`undeclined_after_instrumental`), whatever its dictionary readings (`Сауле` read as `Саул`'s locative)."""
INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ой", "ей", "ым", "им", "ою", "ею")


def _consonant_undeclined(low: str) -> bool:
    """A part of a name after a title in the instrumental that ends in a consonant but none of
    `INSTRUMENTAL_ENDINGS`, so shows no instrumental (`с региональным директором МККК Ариан Бауэр`: a woman's name,
    as a man's would read `Арианом Бауэром`)."""
    return low[-1] not in "аеёиоуыэюяйь" and not low.endswith(INSTRUMENTAL_ENDINGS)


def _declines(tok: Token, parts: int) -> bool:
    """Does a part of a name of ``parts`` parts, not its last, decline? Not the short syllables opening an East
    Asian name (`лидера КНДР Ким Чен Ына`, `Си Цзиньпина`; a first name of two parts does: `Менеджер Мии Фэрроу`),
    nor the first part of an Arabic compound given name (`Абдул Карима Хашима`)."""
    syllable = is_syllable(tok.text) if parts > 2 else len(tok.text) <= 3
    if is_mongolian_genitive(tok.text):
        return False  # a Mongolian father's name in its own genitive opens the name (`Гомбожавын Занданшатаром`)
    return tok.lower not in UNDECLINED_FIRST and (not syllable or (parts == 2 and known_first_name(tok.lower)))
