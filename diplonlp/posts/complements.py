"""Complement rules: the phrase a title governs, kept in the post only when what follows it shows where it ends
(`Премьер-министр земли Гессен Фолькер Буфье`, `Глава палестинской делегации на переговорах Саеб Эрекат`,
`лидер … Национального фронта (FN) Марин Ле Пен`, `лидер Меджлиса …, народный депутат Украины …`).
Without a name or a second title after it the phrase may be anything, so it stays out. A state the kept phrase
names is the post's where the phrase before it named none (`министр … и международного сотрудничества Республики
Мали`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from ..analysis import Analysis, Found
from ..inflect import noun_cases
from ..lexicon import words
from ..mentions.countries import country_at
from ..morph import lemmas
from ..names import known_first_name
from ..text import DASHES
from .agreement import name_agrees
from .chain import STATE_BODIES, genitive_noun, place_of_situation
from .heads import title_at
from .phrase import CLOSING_QUOTES, OPENING_QUOTES, first_verdict, switched_on

COMPLEMENT_POS = {"NOUN", "ADJ", "PROPN", "DET", "NUM", "X", "ADV", "ADP"}
COMPLEMENT_MAX = 8
COMPLEMENT_MARKS = OPENING_QUOTES | CLOSING_QUOTES | {"(", ")", "№"}
COURTESY = words("posts.courtesy")
"""`уважаемый`: a word of courtesy before a name, no part of the title's phrase (`courtesy_before_name`)."""


class Step(Enum):
    READ = "read"  # the token belongs to the complement: read on
    END = "end"  # the complement ends before the token, which confirms it
    REFUSE = "refuse"  # what follows does not confirm a complement: the post keeps its phrase


@dataclass
class Complement:
    """The words read after the post phrase: ``k`` the token tried, ``title_case`` the case of a title starting
    there (None if none does), ``genitive`` whether the title already governs a phrase."""

    post: Found
    last: int
    genitive: bool
    k: int = 0
    title_case: str | None = None


ComplementRule = Callable[[Analysis, Complement], Step | None]


def name_in_title_case(doc: Analysis, c: Complement) -> Step | None:
    """A name after a governed phrase ends it when it can stand in the title's case (not `президент компании,
    по словам Ивана Петрова`)."""
    if not (c.genitive and _opens_name(doc, c.k)):
        return None
    tokens, k = doc.tokens, c.k
    name_end = next((m for m in range(k, min(k + 3, c.last)) if not tokens[m].is_cap), min(k + 3, c.last))
    return Step.END if name_agrees(doc, k, name_end, c.post.data["agree"]) else Step.REFUSE


def _opens_name(doc: Analysis, k: int) -> bool:
    """Does a name NER found start at token ``k``, or right after the place that opens it (`провинции Куангнинь Ву Дай
    Тхангом`: `place_opening_name`)?"""
    places, starts = doc.starting_at("location"), doc.ner_starts("PER")
    return (doc.tokens[k].start in starts and k not in places) or \
        (k - 1 in places and doc.tokens[k - 1].start in starts)


def second_title(doc: Analysis, c: Complement) -> Step | None:
    """A second title of the same person after a governed phrase, in the first one's case (not `заместитель главы
    … генерал-лейтенанта …`, a genitive title)."""
    if not (c.genitive and c.title_case is not None):
        return None
    agree = c.post.data["agree"]
    return Step.END if agree is not None and _same_case(doc, agree, c) else Step.REFUSE


def _same_case(doc: Analysis, agree: int, c: Complement) -> bool:
    """Is the second title's case (the tagger's) the first title's at token ``agree``? After a comma, a genitive and
    an accusative are one where the first title's form is both (`принял Специального представителя … по Ближнему
    Востоку и странам Африки, заместителя министра …`: rule `genitive_or_accusative`; not `лишил президента права
    назначения членов правительства`)."""
    own = doc.tokens[agree].feats.get("Case", "")
    return c.title_case == own or (
        {c.title_case, own} == {"Gen", "Acc"} and doc.tokens[c.k].text == "," and doc.on("genitive_or_accusative") and
        {"gent", "accs"} <= set(noun_cases(doc.tokens[agree].lower)))


def coordinated_noun(doc: Analysis, c: Complement) -> Step | None:
    """`председатель комитета по безопасности и противодействию коррупции`, `экономики, торговли и …`: `и` or a
    comma before a noun of the governed phrase."""
    tokens, k = doc.tokens, c.k
    if not (c.genitive and c.title_case is None and k + 1 < c.last) or tokens[k + 1].start in doc.ner_starts("PER"):
        return None
    after = tokens[k + 1]
    joined = (tokens[k].lower == "и" and after.pos in ("NOUN", "ADJ")) or (
        tokens[k].text == "," and after.pos == "NOUN" and after.feats.get("Case") == tokens[k - 1].feats.get("Case"))
    return Step.READ if joined and title_at(doc, k + 1, c.last) is None else None


def paired_states(doc: Analysis, c: Complement) -> Step | None:
    """`председателем группы дружбы Франция – Армения Жилбером-Люком Девинасом`: a dash between two states' names in
    the governed phrase joins them, as `Франция-Армения` written as one word is joined."""
    if not c.genitive or not _pair_dash(doc, c.k, c.last):
        return None
    return Step.READ


def dash_before_holders(doc: Analysis, c: Complement) -> Step | None:
    """`министры иностранных дел двух стран – Максим Рыженков и …`: a dash after a governed phrase, a name that can
    stand in the title's case right after it, ends the phrase, as a name right after it does."""
    tokens, k = doc.tokens, c.k + 1
    if not (c.genitive and tokens[c.k].text in DASHES and k < c.last and tokens[k].start in doc.ner_starts("PER")):
        return None
    name_end = next((m for m in range(k, min(k + 3, c.last)) if not tokens[m].is_cap), min(k + 3, c.last))
    return Step.END if name_agrees(doc, k, name_end, c.post.data["agree"]) else None


def courtesy_before_name(doc: Analysis, c: Complement) -> Step | None:
    """`Президент Республики Таджикистан уважаемый Эмомали Рахмон`: a word of courtesy ends the phrase the title
    governs, which it confirms (`posts.courtesy`)."""
    return Step.END if lemmas(doc.tokens[c.k].text) & COURTESY else None


def object_not_governed(doc: Analysis, c: Complement) -> Step | None:
    """`обсудил с послом Франции подготовку визита Макрона`, `на посту мэра остаток срока`: a noun the tagger reads
    in the accusative, which no reading puts in the genitive, right after a noun or a name (not `с 1991 по 1992
    годы`), is a verb's object, not the title's phrase: the post keeps its phrase without it."""
    tok, before = doc.tokens[c.k], doc.tokens[c.k - 1]
    if tok.pos != "NOUN" or tok.feats.get("Case") != "Acc" or before.pos not in ("NOUN", "PROPN") or \
            "gent" in noun_cases(tok.lower):
        return None
    return Step.REFUSE


def _pair_dash(doc: Analysis, k: int, last: int) -> bool:
    """Is token ``k`` a dash between two states' names (`Франция – Армения`)?"""
    return doc.tokens[k].text in DASHES and k + 1 < last and doc.ending_at("country").get(k) is not None and \
        country_at(doc, k + 1, last) is not None


def governed_word(doc: Analysis, c: Complement) -> Step | None:
    """A noun, adjective, name, number or bracket of the governed phrase; a genitive one shows the title governs
    it (slovnet reads `ритм-н-блюза` as a dative: pymorphy is asked too)."""
    tok = doc.tokens[c.k]
    if c.title_case is not None or not (tok.pos in COMPLEMENT_POS or tok.text in COMPLEMENT_MARKS):
        return None
    if _first_name_in_title_case(doc, c):
        return None  # `Президентом Турецкой Республики Реджепом Тайипом Эрдоганом`: NER's name starts a word late
    c.genitive = c.genitive or (tok.pos in ("NOUN", "PROPN", "ADJ") and tok.feats.get("Case") == "Gen") or (
        tok.pos == "NOUN" and genitive_noun(tok))
    return Step.READ


def _first_name_in_title_case(doc: Analysis, c: Complement) -> bool:
    """A capitalized first name the dictionary knows, in the title's case other than the genitive, opens the
    holder's name, not the governed phrase."""
    tok, agree = doc.tokens[c.k], c.post.data["agree"]
    case = doc.tokens[agree].feats.get("Case") if agree is not None else None
    return tok.is_cap and case not in (None, "Gen") and tok.feats.get("Case") == case and \
        known_first_name(tok.lower)


COMPLEMENT_RULES: list[ComplementRule] = [name_in_title_case, second_title, coordinated_noun, paired_states,
                                           dash_before_holders, object_not_governed, courtesy_before_name,
                                           governed_word]
"""Tried in order at each token after the phrase (up to `COMPLEMENT_MAX`); where none applies, no complement."""


def with_complement(doc: Analysis, post: Found, last: int) -> Found:
    """The post with the phrase its title governs, when `COMPLEMENT_RULES` confirm where it ends."""
    tokens, j = doc.tokens, post.b
    head_end = post.data["head"][1]
    if j >= last or tokens[j].start in doc.ner_starts("PER") or tokens[head_end - 1].pos not in ("NOUN", "PROPN"):
        return post  # not `после смерти`
    c = Complement(post, last, genitive=j > head_end)  # `Глава представительства США в регионе`: governs already
    rules = switched_on(doc, COMPLEMENT_RULES)
    fired = list(post.data["fired"])
    for k in range(j, min(last, j + COMPLEMENT_MAX + 1)):
        c.k, c.title_case = k, title_at(doc, k, last)
        found = first_verdict(rules, doc, c)
        if found is None:
            return post
        if found[1] is Step.REFUSE:  # the rule that kept the phrase out, for the trace
            post.data["fired"] = [*post.data["fired"], (found[0].__name__, k, k + 1)]
            return post
        fired.append((found[0].__name__, k, k + 1))
        if found[1] is Step.END:
            name = post.data["name"] + doc.text[tokens[j - 1].stop:tokens[k - 1].stop]
            country = post.data["country"] or _last_state(doc, j, k)
            countries = post.data["countries"] or ([country] if country else [])
            organization = post.data["organization"] or _last_body(doc, j, k)
            return doc.make("post", post.a, k, **{**post.data, "name": name, "fired": fired, "country": country,
                                                  "countries": countries, "organization": organization})
    return post


def _last_body(doc: Analysis, j: int, k: int) -> str | None:
    """The state body a governed phrase ``j:k`` names last (`директор департамента информации и печати МИД России`):
    the post's organization, where the title had none."""
    bodies = [f for f in doc.found.get("org", []) if j <= f.a and f.b <= k and f.data.get("kind") in STATE_BODIES]
    return str(bodies[-1].data["name"]) if bodies else None


def _last_state(doc: Analysis, j: int, k: int) -> str | None:
    """The state a governed phrase ``j:k`` names last (`министр … и международного сотрудничества Республики Мали`):
    the post's, where the phrase before it named none; not a situation's place (`… и кризису в Грузии`)."""
    code = None
    i = j
    while i < k:
        if (situation := place_of_situation(doc, i, k)) > i:
            i = situation
            continue
        found = country_at(doc, i, k)
        if found and _pair_dash(doc, found[1], k):
            found = country_at(doc, found[1] + 1, k)
            i = found[1] if found else i + 1  # `группы дружбы Франция – Армения`: a pair names no state of the post
            continue
        code, i = (found[0], found[1]) if found else (code, i + 1)
    return code
