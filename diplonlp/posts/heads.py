"""Title heads: where a title word stands in the text, and where a word only looks like one."""

from __future__ import annotations

from ..analysis import Analysis
from ..inflect import ADJ, SLOVNET_CASE, SLOVNET_GENDER
from ..lexicon import Match, PostHead, locations, post_heads, words
from ..morph import lemmas, parses
from ..text import DASHES, Token

NOT_A_TITLE = {"ADP", "ADV", "CCONJ", "SCONJ", "PRON", "PART"}
"""What slovnet calls a word that only looks like a title (`после`: посол in the prepositional); not VERB, which
participle titles are (`управляющий компанией`)."""
HONORIFICS = words("posts.honorifics")
"""Titles of rank, not offices (`шейх`, `принц`)."""
NAME_PARTICLES = words("persons.particles")
"""Lower-case parts of names (`аль-`, `бин`) that may open the part after a first name."""
PEOPLES = words("posts.honorary_peoples")
"""`нация`, `народ`: a leader of one is an honorary title, no office (`leader_of_nation`)."""
HONORARY_LEADERS = words("posts.honorary_leaders")
"""`лидер`: the title word an honorary title of a nation's leader opens with."""
LEADER_OF_NATION = "leader_of_nation"


def not_a_title(doc: Analysis, i: int) -> bool:
    """`После смерти`: a preposition, not `посол` — unless a preposition stands before it (`о после России`),
    where slovnet's tag is the one in error; `рабочий визит`: an adjective of the noun after it; `премьера
    фильма`: a noun of the gender slovnet gives that the title (`премьер`) does not have; `во главе с`: headed by."""
    tok = doc.tokens[i]
    if tok.pos in NOT_A_TITLE and not (i > 0 and doc.tokens[i - 1].pos == "ADP"):
        return True
    if _headed_by(doc, i) or leader_of_nation(doc, i):
        return True
    if _modifier(doc, i) or head_as_first_name(doc, i) or head_as_surname(doc, i):
        return True
    gender = SLOVNET_GENDER.get(tok.feats.get("Gender", ""))
    if gender is None:
        return False
    ps = [p for p in parses(tok.lower) if p.tag.POS == "NOUN"]
    titles = [p for p in ps if post_heads().single(p.normal_form) is not None]
    return bool(titles) and all(p.tag.gender != gender and "ms-f" not in p.tag for p in titles) and any(
        p.tag.gender == gender for p in ps if p not in titles)


def leader_of_nation(doc: Analysis, i: int) -> bool:
    """`Лидер нации, Президент Республики Таджикистан …`, `Национальный Лидер туркменского народа`: a leader of a
    nation or people, its adjectives between at most, is an honorary title, no office (rule `leader_of_nation`)."""
    toks = doc.tokens
    if not lemmas(toks[i].text) & HONORARY_LEADERS or not doc.on(LEADER_OF_NATION):
        return False
    j = i + 1
    while j < len(toks) and toks[j].pos == "ADJ":
        j += 1
    return j < len(toks) and bool(lemmas(toks[j].text) & PEOPLES)


def head_as_surname(doc: Analysis, i: int) -> bool:
    """`посол Казахстана Бахыт Султанов, посол Латвии …`: a capitalized title word closing a name NER found, after
    a capitalized word of that name, is a surname (`Султанов`, `Шахов`; rule `head_as_surname`)."""
    tok = doc.tokens[i]
    if not tok.is_cap or i == 0 or not doc.on("head_as_surname"):
        return False
    a = doc.ner_token_starts("PER").get(i + 1)
    return a is not None and a < i and doc.tokens[i - 1].is_cap and i > doc.sents[tok.sent].first


def head_as_first_name(doc: Analysis, i: int) -> bool:
    """`первого заместителя премьер-министра Таджикистана Хокима Холикзода`, `Генеральным секретарем ТЮРКСОЙ
    Султаном Раевым`: a capitalized title word opening a name NER found, right after a state's or an
    organization's name that does not open the sentence, is a first name — no title follows such a name without a
    comma; so is one the dictionary knows as a given name (`Раис Ханнанов`, `Раиса Горбачева`, `Аким Иванов`)
    opening a name of two words or more, but not a state's or a place's name (`Султаном Брунея Хассаналом
    Болкиахом`, `Аким Алматы Ербол Досаев`: a title;
    rule `head_as_first_name`); so is one right after a title of rank opening such a name (`_after_rank`), which is
    never a given name itself; not before another title word (`визита в Малайзию Заместитель Премьер-министра –
    Министр …`: a title written in capitals)."""
    tok = doc.tokens[i]
    if _after_rank(doc, i):
        return True
    if lemmas(tok.text) & HONORIFICS:
        return False  # `Эмир Катара Шейх Тамим …`: a title of rank opens the name, it is not a given name
    if not (tok.is_cap and tok.start in doc.ner_starts("PER") and i + 1 < len(doc.tokens) and
            _name_goes_on(doc.tokens[i + 1]) and doc.on("head_as_first_name") and
            post_heads().match_at(doc.tokens, i + 1) is None):
        return False
    named = (doc.ending_at("country").get(i) or doc.ending_at("org").get(i)) if i > 0 else None
    if named is not None and named.a > doc.sents[tok.sent].first:
        return True
    return i in doc.ner_name_starts("PER") and given_name(tok) and doc.starting_at("country").get(i + 1) is None and \
        locations().match_at(doc.tokens, i + 1, min(i + 4, len(doc.tokens))) is None


def _after_rank(doc: Analysis, i: int) -> bool:
    """`Шейх Халифа аль-Хартхи`, `Принца Султана бин Салмана`: is token ``i`` a capitalized word the name goes on
    after, right after a title of rank opening a name NER found: a given name, not `халиф`, `султан` (rule
    `head_as_first_name`)?"""
    toks = doc.tokens
    return i > 0 and toks[i].is_cap and toks[i - 1].start in doc.ner_starts("PER") and \
        bool(lemmas(toks[i - 1].text) & HONORIFICS) and i + 1 < len(toks) and _name_goes_on(toks[i + 1]) and \
        doc.on("head_as_first_name")


def _name_goes_on(tok: Token) -> bool:
    """Can ``tok`` go on a name: capitalized, or a particle opening its next part (`Султаном аль-Джабером`,
    `Султаном бин Саифом`)?"""
    return tok.is_cap or tok.lower.split("-")[0] in NAME_PARTICLES


def given_name(tok: Token) -> bool:
    """Does the dictionary know the word as a given name too (`Раис`, `Аким`, `Султан`)?"""
    return any("Name" in p.tag for p in parses(tok.lower))


def _headed_by(doc: Analysis, i: int) -> bool:
    """`делегация во главе с председателем …`: `главе` in the idiom for `headed by` is no title (nor refers back to
    one)."""
    toks = doc.tokens
    return toks[i].lower == "главе" and i > 0 and toks[i - 1].lower == "во" and i + 1 < len(toks) and \
        toks[i + 1].lower in ("с", "со")


def _modifier(doc: Analysis, i: int) -> bool:
    """`рабочий визит`: an adjective agreeing with the noun right after it modifies it; no title (`рабочий`)."""
    tok = doc.tokens[i]
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return tok.pos == "ADJ" and nxt is not None and nxt.pos == "NOUN" and nxt.sent == tok.sent and all(
        tok.feats.get(f) == nxt.feats.get(f) for f in ("Case", "Number", "Gender")) and any(
        p.tag.POS in ADJ for p in parses(tok.lower))  # not `Председателя комитета`, which slovnet may tag so


DEPUTY_PREFIXES = words("posts.deputy_prefixes")
"""`вице-`: a prefix that makes a title another office of its kind (`вице-маршал`), kept with the title."""


def hyphenated_head(tok: Token, i: int) -> Match[PostHead] | None:
    """A title in a hyphenated word: its first part (`писатель-фронтовик`) or, after a prefix or a
    qualifier, its last (`экс-пограничник`, `хип-хоп-исполнитель`, `поп-дива`); a deputy's prefix stays
    (`вице-маршалом` -> `вице-маршал`)."""
    parts = tok.text.split("-")
    for last, part in ((False, parts[0]), (True, parts[-1])) if len(parts) > 1 else ():
        for lemma in lemmas(part) if part else ():
            value = post_heads().single(lemma)
            if value is not None and last and len(parts) == 2 and parts[0].lower() in DEPUTY_PREFIXES:
                return Match(i, i + 1, PostHead(value.family, f"{parts[0].lower()}-{value.title}"))
            if value is not None:  # the title is the whole word, or the last part's (`женщина-спикер`: спикер)
                return Match(i, i + 1, PostHead(value.family, value.title if last else _hyphenated_nominative(tok)))
    return None


def _hyphenated_nominative(tok: Token) -> str:
    """The whole hyphenated title in the nominative, both parts declined as the dictionary reads it in the case the
    tagger gives (`директором-распорядителем` -> `директор-распорядитель`); as written where it reads none."""
    case = SLOVNET_CASE.get(tok.feats.get("Case", ""))
    return next((p.normal_form for p in parses(tok.lower) if p.tag.case == case and p.normal_form.count("-") ==
                 tok.text.count("-")), tok.text.lower())


def title_at(doc: Analysis, k: int, last: int) -> str | None:
    """The case of a title starting at ``k`` (after `,` or `и` and up to two adjectives), if one does; "" when
    slovnet gives it none."""
    tokens = doc.tokens
    if tokens[k].text in {",", "и"} | DASHES:
        k += 1
    for m in range(k, min(k + 3, last)):
        found = post_heads().match_at(tokens, m, last) or ("-" in tokens[m].text and hyphenated_head(tokens[m], m))
        if found:
            return tokens[found.stop - 1].feats.get("Case", "")
        if tokens[m].pos != "ADJ":
            break
    return None


def said_plural(tok: Token) -> bool:
    """Tagged plural, or plural in every dictionary reading (`Спикеры` opening a sentence, tagged a singular
    name): a looser test than `is_plural`, for words whose plural tells a group (`главами МИД`, `стороны`)."""
    return tok.feats.get("Number") == "Plur" or is_plural(tok)


PLURAL_SUBJECT = "plural_subject"


def plural_subject(doc: Analysis, tok: Token) -> bool:
    """`приняли участие главы МИД Казахстана A, Кыргызстана B`: a head the dictionary reads as a genitive singular
    first and as a nominative plural too, tagged a nominative plural subject of a verb tagged plural, is plural
    (rule `plural_subject`)."""
    head = doc.tokens[tok.head] if tok.head >= 0 else None
    return tok.feats.get("Case") == "Nom" and tok.feats.get("Number") == "Plur" and tok.rel == "nsubj" and \
        head is not None and head.pos == "VERB" and head.feats.get("Number") == "Plur" and \
        doc.on(PLURAL_SUBJECT) and any(p.tag.number == "plur" and p.tag.case == "nomn" for p in parses(tok.lower))


def is_plural(tok: Token) -> bool:
    """A plural head: tagged plural and so read first by the dictionary, or plural in every dictionary reading
    (`Президенты` opening a sentence, which the tagger may take for a singular name)."""
    readings = parses(tok.text.lower())
    if readings and all(p.tag.number == "plur" for p in readings):
        return True
    return tok.feats.get("Number") == "Plur" and all(p.tag.number == "plur" or p.tag.number is None
                                                     for p in readings[:1])
