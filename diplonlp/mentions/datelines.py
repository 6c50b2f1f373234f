"""Datelines: the city and agency an agency item opens with (`ДУШАНБЕ, 02.03.2022 /НИАТ «Ховар»/`,
`МИНСК, 3 октября /Корр. БЕЛТА/`, `Улаанбаатар /МОНЦАМЭ/`, `Ташкент, 15 мая (УзА)`), read from the text as
written. The contract makes the agency an organization (media) and the city a location; the organization and
location stages read them here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from ..analysis import Analysis, Found, coverage
from ..lexicon import words, world_city_state
from ..models import Location
from ..morph import parses
from ..text import BOILERPLATE_LINE, DATELINE_OPENING
from .dates import nearest_day, read_date

AGENCY_TYPES = words("organizations.agency_types")
KNOWN_AGENCIES = words("organizations.known_media")
AGENCY = re.compile(r"/\s*(?:Корр\.\s*)?(?:(?:" + "|".join(sorted(AGENCY_TYPES)) +
                    r")\s+)?«?((?:[A-ZА-ЯЁ]|\d{1,4}[.\-]?[A-Za-zА-Яа-яЁё])[\w.\-: ]{1,30}?)»?"
                    r"(?:\s+[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё\-]+)?\s*/(?=[\s.,]|$)")
"""`/Корр. БЕЛТА/`, `/НИАТ «Ховар»/`, `/МОНЦАМЭ/`, `/24.kg/`, `/Туркменистан: Золотой век/`: the agency's name in
group 1 (not the correspondent's name after it: `/Корр. ТАСС Иван Иванов/`)."""
BRACKETED_AGENCY = re.compile(r"(?m)^[ \t]*[А-ЯЁ][\w\-]+(?: [А-ЯЁ][\w\-]+)?,[ \t]+\d{1,2}[ \t]+(?:[а-яё]+|[А-ЯЁ]{3,})"
                              r"(?:[ \t]+\d{4})?"
                              r"[ \t]*\([ \t]*(?:(?:" + "|".join(sorted(AGENCY_TYPES)) + r")[ \t]+)?«?"
                              r"([A-ZА-ЯЁ][\w.\-]{1,15}(?: [A-ZА-ЯЁ][\w.\-]{1,15}){0,2})»?[ \t]*\)")
"""`Ташкент, 15 мая (УзА).`, `Ханой, 13 июля (ВИА) –`, `Гавана, 5 мая (Пренса Латина)`, `Душанбе, 4 декабря (НИАТ
«Ховар»)`: the agency in brackets after a line's opening place and date, in up to three capitalized words (its kind,
`organizations.agency_types`, and quotes left out)."""
CAPS_CITY = re.compile(r"(?<![\w\-])([А-ЯЁ]{3,}(?:[- ][А-ЯЁ]{2,})*|(?<![^\n])[А-ЯЁ]{2}),\s*\d{1,2}"
                       r"(?:\s+(?:[а-я]{3}|[А-ЯЁ]{3})|\.\d{2})")
"""`ТЯНЬЦЗИНЬ, 15 июля`, `КУАЛА-ЛУМПУР, 11 июля`, `ДУШАНБЕ, 02.03.2022`, `ЕРЕВАН, 5 ИЮНЯ`: a city in capitals
before a date (its month in capitals too in some agencies' datelines); one of two letters only where it opens its
line (`ОШ, 16 марта`: not an abbreviation inside a sentence)."""
CAPS_CITY_AGENCY = re.compile(r"(?m)^[ \t]*([А-ЯЁ]{3,}(?:[- ][А-ЯЁ]{2,})*)\.[ \t]+(?:МИА[ \t]+)?«?[A-ZА-ЯЁ][\w\-]*"
                              r"(?: [A-ZА-ЯЁ][\w\-]*){0,2}»?[ \t]+[–—-][ \t]")
"""`АСТАНА. КАЗИНФОРМ –`, `МИЛАН. КАЗИНФОРМ –`: a city in capitals opening a line, before the agency and a dash."""
CAPS_CITY_STOP = re.compile(r"(?m)^[ \t]*([А-ЯЁ]{3,}(?:[- ][А-ЯЁ]{2,})*)\.[ \t]+\d{1,2}[ \t]+(?:[а-я]{3}|[А-ЯЁ]{3})")
"""`АСТАНА. 11 октября. KAZAKHSTAN TODAY -`: a city in capitals opening a line, a full stop and a date after it."""
COMMA_DIGIT = re.compile(r",\s*\d")
"""What every `CAPS_CITY` holds."""
CITY_BEFORE_AGENCY = re.compile(r"(?<![\w\-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*|(?<![^\n])[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})*)"
                                r"\s*(?=/[^/\n]{2,40}/)")
"""`Улаанбаатар /МОНЦАМЭ/`, `УЛАН-БАТОР /МОНЦАМЭ/`: a city right before a dateline's agency (in capitals where it
opens its line)."""
AGENCY_AFTER = re.compile(r"(?:,\s*|\s*[–—-]\s*)(?:МИА\s+)?«?([A-ZА-ЯЁ][\w\-]*(?: [A-ZА-ЯЁ][\w\-]*){0,2})"
                          r"(?:»(?:[ \t]+(?:" + "|".join(sorted(AGENCY_TYPES)) + r"))?)?(?=\.(?:\s|$))"
                          r"|\.\s+(?:МИА\s+)?(«)?([A-ZА-ЯЁ][\w\-]*(?: [A-ZА-ЯЁ][\w\-]*){0,2})»?"
                          r"(?=\s+[–—-]\s|\.(?:\s|$))")
"""The agency right after a dateline's place and date: after a comma or a dash, before a full stop (`Тбилиси, 9
декабря, Грузинформ.`, `ДУШАНБЕ, 11 апр – РИА Новости.`; its quotes and kind after them left out: `Ташкент, 15 июля,
«Дунё» ИА.`); after a full stop, before a dash or a full stop, in
capitals, Latin letters, quotes, with two capitals in a row or a known agency's name (`Астана. 13 февраля. KAZAKHSTAN
TODAY -`, `АСТАНА. КАЗИНФОРМ –`, `МИА «Казинформ» –`, `Алматы. 20 апреля. КазТАГ -`, `Бишкек, 12 ноября. Кабар.`),
or one word alone before a full stop (`lone_word`)."""
DATELINE_TAIL_WORDS = 3
"""At most how many words may follow a dateline's place and date in a paragraph of its own (its agency's name)."""
OPENING_LINES = 3
"""How many of the body's first lines may hold the dateline (a headline and a subheading may come first; a
subscription prompt, `BOILERPLATE_LINE`, is not counted)."""
SPACE = re.compile(r"\s*")


class Span(NamedTuple):
    start: int
    stop: int
    name: str  # as a name is written: `Куала-Лумпур`, `Тяньцзинь`


def agencies(text: str) -> list[Span]:
    """The agencies between a dateline's slashes or in its brackets, named as written."""
    found = [Span(*m.span(1), m.group(1).strip()) for m in AGENCY.finditer(text)]
    found += [Span(*m.span(1), m.group(1)) for m in BRACKETED_AGENCY.finditer(text)] if "(" in text else []
    return sorted(found)


@lru_cache(maxsize=4)  # the organization and location stages both ask, one after the other
def cities(text: str) -> tuple[Span, ...]:
    """The cities of datelines, in capitals before a date or before the agency (`МИЛАН. КАЗИНФОРМ –`), named in
    title case."""
    found = [Span(*m.span(1), title_case(m.group(1))) for m in CAPS_CITY.finditer(text)] \
        if COMMA_DIGIT.search(text) else []  # a quick test first: the patterns scan every character
    found += [Span(*m.span(1), title_case(m.group(1))) for pattern in (CAPS_CITY_AGENCY, CAPS_CITY_STOP)
              for m in pattern.finditer(text)] if ". " in text else []
    found += [Span(*m.span(1), title_case(m.group(1)) if m.group(1).isupper() else m.group(1))
              for m in CITY_BEFORE_AGENCY.finditer(text) if AGENCY.match(text, m.end())
              and not any(s.start <= m.start() < s.stop for s in found)] if "/" in text else []
    return tuple(sorted(found))


def opening(text: str, start: int) -> re.Match[str] | None:
    """The dateline's place and date (`text.DATELINE_OPENING`) at the start of one of the first `OPENING_LINES`
    lines from ``start`` (the body's start) on."""
    lines = 0
    while lines < OPENING_LINES:
        match = DATELINE_OPENING.match(text, start)
        if match and (match.group("closes") is None or town_state(match)):
            return match  # a place and a date closing their line are a town's (not a photo's caption: `Имя, 12 мая`)
        lines += not BOILERPLATE_LINE.match(text, start)
        start = text.find("\n", skip_space(text, start))
        if start < 0:
            return None
    return None


def town_state(match: re.Match[str] | None) -> str | None:
    """The state GeoNames gives the town a dateline ``match`` opens with (`АСТАНА, 3 мая`: KZ), else None."""
    return world_city_state(title_case(match.group(1).strip())) if match and match.group(1) else None


def opening_agency(text: str, start: int) -> Span | None:
    """The agency right after the dateline (`AGENCY_AFTER`), named as written without `МИА` and quotes."""
    match = opening(text, start)
    after = AGENCY_AFTER.match(text, match.end()) if match else None
    if after is None:
        return None
    if after.group(1):
        return Span(*after.span(1), after.group(1))
    name = after.group(3)
    if after.group(2) or name.isupper() or re.search(r"[A-Za-z]|[А-ЯЁ]{2}", name) or name.lower() in KNOWN_AGENCIES \
            or lone_word(text, after):
        return Span(*after.span(3), name)  # two capitals in a row: `КазТАГ`
    return None  # `Москва, 19 марта. Лавров – …`: a sentence, no agency


WORDS_ALONE = re.compile(r"\.[ \t]+«?([А-ЯЁ][а-яё\-]+(?::?[ \t][А-ЯЁа-яё][а-яё\-]*){1,2})»?\.(?=\s+[«A-ZА-ЯЁ])")
"""Two or three words alone between a dateline's full stop and their own, the first capitalized (`Пренса Латина.`,
`Казахстанская правда.`, `Туркменистан: Золотой век.`): `words_alone`."""
VERB_TAGS = frozenset({"VERB", "INFN", "PRTS", "GRND"})


def words_alone(text: str, start: int) -> Span | None:
    """`Мехико, 10 сентября. Пренса Латина. Министр …`, `Тбилиси, 30 ноября. Грузия Онлайн.`: two or three words
    alone between the dateline's full stop (at ``start``) and their own are the agency, where no word reads first as a
    verb (`Лавров прибыл.` is a sentence)."""
    match = WORDS_ALONE.match(text, start)
    if match is None or any((ps := parses(w.strip(":").lower())) and ps[0].tag.POS in VERB_TAGS
                            for w in match.group(1).split()):
        return None
    return Span(*match.span(1), match.group(1))


def lone_word(text: str, after: re.Match[str]) -> bool:
    """`Белград, 16 июня. Танюг. Президент …`, `Кишинев, 28 мая. Молдпрес.`: one word alone between the dateline's
    full stop and its own is the agency, whatever its name; no sentence is one capitalized word."""
    return " " not in after.group(3) and text.startswith(".", after.end())


def opening_date(text: str, start: int) -> str | None:
    """The full date of the dateline (`ДУШАНБЕ, 14.07.2021 /НИАТ «Ховар»/`) in ISO form: the item's date where
    no header or caller gives one; None where it has no year."""
    match = opening(text, start)
    return read_date(match.group(2)) if match and match.group(2) else None


def opening_day(text: str, start: int, date: str | None) -> str | None:
    """The day the dateline gives, in ISO form: a full date as written, else its day and month nearest the
    document's ``date`` (`Санкт-Петербург, 26 декабря` in an item of 27 December 2024: 2024-12-26); None without
    one."""
    match = opening(text, start)
    if not match or not match.group(2):
        return None
    return read_date(match.group(2)) or (nearest_day(match.group(2), date) if date else None)


def place_of(match: re.Match[str], locations: Iterable[Location]) -> Location | None:
    """The location the place of a dateline (`opening`'s ``match``) names: the last with a mention inside it."""
    inside = [(m.start, loc) for loc in locations for m in loc.mentions
              if match.start(1) <= m.start and m.stop <= match.end(1)]
    return max(inside, key=lambda pair: pair[0])[1] if inside else None


def lead(doc: Analysis, dateline: re.Match[str] | None) -> tuple[int, int]:
    """The lead: the paragraph the dateline ``dateline`` opens (not the headline before it), else the body's first;
    with the paragraph after it where the dateline stands alone in its own, its agency at most after it (`Баку, 3
    октября, АЗЕРТАДЖ` on a line of its own: rule `dateline_alone`)."""
    text = doc.text
    start = dateline.start(1) if dateline else skip_space(text, doc.header.stop)
    end = text.find("\n\n", start)
    if dateline and end >= 0 and len(text[dateline.end():end].split()) <= DATELINE_TAIL_WORDS and \
            doc.on("dateline_alone"):
        end = text.find("\n\n", skip_space(text, end))
    return start, end if end >= 0 else len(text)


def lead_start(doc: Analysis) -> int:
    """Where the lead of ``doc`` opens (`lead` of its dateline, if any): what `in_headline` reads a headline before."""
    return lead(doc, opening(doc.text, doc.header.stop))[0]


def in_headline(doc: Analysis, lead_start: int, s: int) -> bool:
    """Is sentence ``s`` a headline: before the lead opening at ``lead_start`` (a dateline's), or, with none, the
    text's first line when it ends in no full stop and a blank line follows (`Арарат Мирзоян провел встречи с главами
    МИД Мексики и Мавритании`)?"""
    sent, text = doc.sents[s], doc.text
    if sent.stop <= lead_start:
        return True
    return sent.start == lead_start and text[sent.start:sent.stop].rstrip()[-1:] not in ".!?…:;" and \
        text.startswith("\n\n", sent.stop) and len(text.strip()) > sent.stop


def skip_space(text: str, start: int) -> int:
    """The first offset from ``start`` on that holds no white space (the text's length where none)."""
    match = SPACE.match(text, start)
    return match.end() if match else start


def title_case(name: str) -> str:
    """`КУАЛА-ЛУМПУР` -> `Куала-Лумпур`: each word of a place's name capitalized."""
    return re.sub(r"[А-ЯЁа-яё]+", lambda m: m.group(0).capitalize(), name.lower())


def mentions(doc: Analysis, kind: str, spans: Sequence[Span], taken: list[Found],
             data: Callable[[str], dict[str, Any]]) -> list[Found]:
    """Mentions of ``kind`` on ``spans`` that lie on tokens and overlap nothing ``taken``; ``data`` gives each
    one's data from its name."""
    busy = coverage(taken)
    out: list[Found] = []
    for start, stop, name in spans:
        rng = doc.token_range(start, stop)
        if rng is not None and not busy.overlaps(start, stop):
            out.append(Found(kind, rng[0], rng[1], start, stop, data(name)))
    return out
