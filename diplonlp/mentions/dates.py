"""Date mentions, ISO-valued: ``13 февраля``, ``13.02.2026``, ``в 2016 году``, ranges (``8–9 апреля``,
``с 30 марта по 2 апреля``, ``2024–2025 годы``) as intervals, and relative dates (``вчера``, ``в понедельник``,
``на прошлой неделе``, ``в этом году``) resolved against the document date.

Reads: the text, its tokens with morphology, the document date, organization mentions (a date word inside
a name, `«Россия сегодня»`, is none). Adds: ``found["date"]``, each with its ``value`` and the ``rule`` that
read it. The rules run in `RULES` order; a span one rule took is not read again.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from .. import isodates
from ..analysis import Analysis, Coverage, Found, coverage
from ..lexicon import rows
from ..morph import lemmas

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_RE = r"(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|" \
           r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)"
"""A month's name in any case, or clipped as agencies' datelines clip it (`ДУШАНБЕ, 11 апр – РИА Новости`)."""
CLIPPED = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
           "ноя": 11, "нояб": 11, "дек": 12}
"""The clipped months of `MONTH_RE`."""
YEAR_TAIL = r"(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?"
DASH = r"\s*[–—-]\s*"
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{MONTH_RE}{YEAR_TAIL}(?![а-я])", re.I)
DAYS_OF_MONTH = re.compile(rf"\b(?:с\s+)?(\d{{1,2}})(?:{DASH}|\s+по\s+)(\d{{1,2}})\s+{MONTH_RE}{YEAR_TAIL}(?![а-я])",
                           re.I)
ACROSS_MONTHS = re.compile(rf"\b(?:с\s+)?(\d{{1,2}})\s+{MONTH_RE}(?:{DASH}|\s+по\s+)(\d{{1,2}})\s+{MONTH_RE}"
                           rf"{YEAR_TAIL}(?![а-я])", re.I)
MONTH_YEAR = re.compile(rf"\b{MONTH_RE}\s+(\d{{4}})(?:\s*(?:года|г\.))?(?![а-я])", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
YEARS = re.compile(r"\b((?:19|20)\d{2})(?:[–—-]|\s+[–—-]\s+)((?:19|20)\d{2})\s*(?:годы|годах|годов|годам|гг?\.)"
                   r"(?![а-я])")
YEAR = re.compile(r"\b((?:19|20)\d{2})(?:\s*(?:года|году|год|годом|годах|гг?\.))(?![а-я])")

Read = tuple[int, int, str]
"""A date read from the text: character start, stop, ISO value."""

DIGITS = re.compile(r"\d+")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `\w` matches


@lru_cache(maxsize=2)
def _starts(text: str, pos: int) -> tuple[int, ...]:
    """Where a date pattern can match from ``pos`` on: every pattern begins with a run of digits (`13 февраля`)
    or with the word right before the spaces before one (`с 8 по 10 …`, `марта 2026`). The starts of both, a
    superset: the patterns decide. Made once a text for the seven patterns."""
    starts = set()
    for m in DIGITS.finditer(text, pos):
        k = m.start()
        starts.add(k)
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if k < m.start():
            while k > 0 and _is_word_char(text[k - 1]):
                k -= 1
            starts.add(k)
    return tuple(sorted(starts))


def _matches(pattern: re.Pattern[str], doc: Analysis) -> Iterator[re.Match[str]]:
    """`pattern.finditer(doc.text, doc.header.stop)`, tried only where a date can begin (`_starts`): the regexes
    scanned every character of every text for a few dozen places a date can start."""
    pos = doc.header.stop
    for start in _starts(doc.text, pos):
        if start >= pos and (m := pattern.match(doc.text, start)):
            pos = m.end()
            yield m


def _month(word: str) -> int:
    word = word.lower()
    if word in CLIPPED:
        return CLIPPED[word]
    for stem, number in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word in ("май", "мая", "мае")):
            return number
    raise ValueError(word)


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None or not isodates.valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_date(text: str) -> str | None:
    """A full date written on its own (`14.07.2021`, `14 марта 2025 года`) in ISO form; None without a year."""
    if m := NUMERIC.fullmatch(text):
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if (m := DAY_MONTH.fullmatch(text)) and m.group(3):
        return _iso(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
    return None


def nearest_day(text: str, date: str) -> str | None:
    """The day of a year-less `26 декабря` (`11 апр`) nearest ``date`` (ISO), in ISO form, else None: the dateline
    of an item published on 27 December 2024 tells of 26 December 2024, one of 2 January 2025 of 31 December 2024."""
    m = DAY_MONTH.fullmatch(text.rstrip("."))
    if not m or m.group(3):
        return None
    anchor = isodates.day(date)
    days = [d for year in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := _iso(year, _month(m.group(2)), int(m.group(1))))]
    return min(days, key=lambda d: abs((isodates.day(d) - anchor).days), default=None)


def _today(doc: Analysis) -> datetime.date | None:
    """The day `сегодня`, `вчера` and weekdays count from: the dateline's (`Санкт-Петербург, 26 декабря`, in an
    item dated the 27th: rule `dateline_today`), else the document's."""
    day = (doc.dateline_day if doc.on("dateline_today") else None) or doc.date
    return isodates.day(day) if day else None


def _year(given: str | None, doc: Analysis) -> int | None:
    """The year a date gives, else the document date's, else the lead's (`year_of_lead`)."""
    if given:
        return int(given)
    if doc.date:
        return int(doc.date[:4])
    return _lead_year(doc.text, doc.header.stop) if doc.on("year_of_lead") else None


LEAD_CHARS = 300
"""How far into the body `_lead_year` looks for a date with its year: the lead's opening."""
YEAR_GIVEN = re.compile(rf"(?m)^[ \t]*(?:\d{{1,2}}(?:{DASH}\d{{1,2}})?\s+{MONTH_RE}\s+(\d{{4}})(?!\d)"
                        r"|\d{1,2}\.\d{1,2}\.(\d{4})\b"
                        r"|[А-ЯЁ][\w\-]+,[ \t]+\d{1,2}\.\d{2}\.(\d{2})(?=[.,]?\s))", re.I)
"""`10-12 марта 2025 года`, `14 марта 2025`, `14.03.2025` opening a line: a day with its year (group 2 or 3); or a
dateline's day with the year's last two digits (`Бишкек, 12.11.24. /Кабар/.`: group 4, of this century)."""


@lru_cache(maxsize=2)
def _lead_year(text: str, start: int) -> int | None:
    """`10-12 марта 2025 года Министр … находился с рабочим визитом в Японии. 11 марта в Токио …`: in an item with
    no date of its own (no header, caller's or dateline's), the year of the first day with its year that opens a
    line of the body's opening (or that a dateline gives in two digits, `Бишкек, 12.11.24.`) is the year of its
    year-less dates (rule `year_of_lead`; not a day told inside a
    sentence, `Договор, подписанный 15 мая 1992 года, …`)."""
    m = YEAR_GIVEN.search(text, start, start + LEAD_CHARS)
    if m is None:
        return None
    year = m.group(2) or m.group(3)
    return int(year) if year else 2000 + int(m.group(4))


def days_of_month(doc: Analysis) -> Iterator[Read]:
    """``8–9 апреля``, ``с 8 по 10 апреля 2025 года``: an interval within one month."""
    for m in _matches(DAYS_OF_MONTH, doc):
        year, month = _year(m.group(4), doc), _month(m.group(3))
        a, b = _iso(year, month, int(m.group(1))), _iso(year, month, int(m.group(2)))
        if a and b and a < b:
            yield m.start(), m.end(), isodates.interval(a, b)


def across_months(doc: Analysis) -> Iterator[Read]:
    """``30 марта – 2 апреля``, ``с 28 декабря по 3 января``: an interval over a month's end."""
    for m in _matches(ACROSS_MONTHS, doc):
        year = _year(m.group(5), doc)
        first, last = _month(m.group(2)), _month(m.group(4))
        a = _iso(year - 1 if year and m.group(5) and first > last else year, first, int(m.group(1)))
        b = _iso(year + 1 if year and not m.group(5) and first > last else year, last, int(m.group(3)))
        if a and b and a < b:
            yield m.start(), m.end(), isodates.interval(a, b)


def numeric(doc: Analysis) -> Iterator[Read]:
    """``13.02.2026``."""
    for m in _matches(NUMERIC, doc):
        value = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if value:
            yield m.start(), m.end(), value


def day_month(doc: Analysis) -> Iterator[Read]:
    """``13 февраля``, ``13 февраля 2025 года`` (the year from the document date where the text omits it; the
    dateline's day is in its own year, `dateline_today`: `31 декабря` in an item of 2 January)."""
    day = doc.dateline_day if doc.on("dateline_today") else None
    for m in _matches(DAY_MONTH, doc):
        value = _iso(_year(m.group(3), doc), _month(m.group(2)), int(m.group(1)))
        if value and day and not m.group(3) and value[4:] == day[4:]:
            value = day
        if value:
            yield m.start(), m.end(), value


def month_year(doc: Analysis) -> Iterator[Read]:
    """``в феврале 2026 года``."""
    for m in _matches(MONTH_YEAR, doc):
        yield m.start(), m.end(), f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}"


def years(doc: Analysis) -> Iterator[Read]:
    """``в 2024–2025 годах``: an interval of years."""
    for m in _matches(YEARS, doc):
        if m.group(1) < m.group(2):
            yield m.start(), m.end(), f"{m.group(1)}/{m.group(2)}"


def year(doc: Analysis) -> Iterator[Read]:
    """``в 2016 году``, ``2016 г.``."""
    for m in _matches(YEAR, doc):
        yield m.start(), m.end(), m.group(1)


@cache
def relative_words() -> dict[str, dict[str, str]]:
    """``data/relative_dates.tsv`` by role: lemma → value."""
    table: dict[str, dict[str, str]] = {}
    for lemma, role, value in rows("relative_dates.tsv"):
        table.setdefault(role, {})[lemma] = value
    return table


def _role(doc: Analysis, i: int, role: str) -> str | None:
    """The value of token ``i`` in ``role`` (one of its lemmas is a word of that role), or None."""
    words = relative_words()[role]
    return next((words[lemma] for lemma in sorted(lemmas(doc.tokens[i].text)) if lemma in words), None)


MONTH_WORD = re.compile(MONTH_RE, re.I)


def month_relative_year(doc: Analysis) -> Iterator[Read]:
    """``в мае прошлого года``, ``в марте этого года``: a month of a year counted from the document date's."""
    if not doc.date:
        return
    anchor = isodates.day(doc.date)
    for i in range(len(doc.tokens) - 2):
        if not MONTH_WORD.fullmatch(doc.tokens[i].text):
            continue
        shift = _role(doc, i + 1, "shift")
        if shift is not None and _role(doc, i + 2, "period") == "year":
            yield doc.tokens[i].start, doc.tokens[i + 2].stop, f"{anchor.year + int(shift):04d}-" \
                f"{_month(doc.tokens[i].text):02d}"


def relative_day(doc: Analysis) -> Iterator[Read]:
    """``вчера``, ``сегодня``, ``позавчера``, ``накануне``: days from the document date (not the preposition of
    ``накануне визита``, the eve of an event)."""
    anchor = _today(doc)
    if anchor is None:
        return
    for i, tok in enumerate(doc.tokens):
        shift = _role(doc, i, "day") if tok.is_word and tok.pos != "ADP" else None
        if shift is not None:
            yield tok.start, tok.stop, (anchor + datetime.timedelta(days=int(shift))).isoformat()


def relative_weekday(doc: Analysis) -> Iterator[Read]:
    """``в понедельник``, ``в прошлую пятницу``, ``во вторник`` (ahead of the document date where the sentence
    speaks of the future: a verb in the future tense or a word of plans)."""
    anchor = _today(doc)
    if anchor is None:
        return
    for i, tok in enumerate(doc.tokens):
        if tok.lower not in ("в", "во") or i + 1 >= len(doc.tokens):
            continue
        shift = _role(doc, i + 1, "shift")
        j = i + 2 if shift is not None else i + 1
        wanted = _role(doc, j, "weekday") if j < len(doc.tokens) else None
        if wanted is None or doc.tokens[j].feats.get("Case", "Acc") != "Acc":
            continue
        value = isodates.weekday(anchor, int(wanted), None if shift is None else int(shift), _future(doc, i))
        yield tok.start, doc.tokens[j].stop, value


def _future(doc: Analysis, i: int) -> bool:
    """Whether the clause of token ``i`` speaks of what is to come: the nearest verb with a tense in its
    sentence is in the future, else the sentence has a word of plans (`запланирована`)."""
    first, last = doc.sent_bounds(i)
    for k in sorted(range(first, last), key=lambda k: abs(k - i)):
        tense = doc.tokens[k].feats.get("Tense")
        if tense:
            return tense == "Fut"
    return any(_role(doc, k, "future") is not None for k in range(first, last))


def relative_period(doc: Analysis) -> Iterator[Read]:
    """``на прошлой неделе``, ``в следующем месяце``, ``в этом году``, ``прошлого года``."""
    anchor = _today(doc)
    if anchor is None:
        return
    for i in range(len(doc.tokens) - 1):
        shift = _role(doc, i, "shift")
        period = _role(doc, i + 1, "period") if shift is not None else None
        if period is None:
            continue
        step = int(shift or 0)
        value = (isodates.week(anchor, step) if period == "week" else isodates.month(anchor, step)
                 if period == "month" else f"{anchor.year + step:04d}")
        yield doc.tokens[i].start, doc.tokens[i + 1].stop, value


RULES: list[Callable[[Analysis], Iterator[Read]]] = [
    across_months, days_of_month, numeric, day_month, month_year, years, year,
    month_relative_year, relative_period, relative_weekday, relative_day,
]
"""Date rules, longest forms first: a span one rule took is not read by a later one."""
ANCHOR_RULES = ("dateline_today", "year_of_lead")
"""`dateline_today`: relative dates count from the dateline's day (`Санкт-Петербург, 26 декабря … прошло сегодня`
in an item published on the 27th: the 26th), not the publication's. `year_of_lead`: in an item with no date of its
own, a year-less date is in the year of the first day with its year opening a line of the lead's opening (`10-12
марта 2025 года … находился с визитом … 11 марта в Токио …`: 2025-03-11)."""


def find(doc: Analysis, names: list[Found]) -> list[Found]:
    """Date mentions of the header and the body; none inside an organization's name (``names``)."""
    found: list[Found] = []
    header = doc.header
    if header.date and header.date_start is not None and header.date_stop is not None:
        # The header lies outside the body's tokens: its mention has no token span.
        found.append(Found("date", -1, -1, header.date_start, header.date_stop,
                           {"value": header.date, "rule": "header"}))
    inside: Coverage = coverage(names)
    taken: set[int] = set()  # token indices
    for rule in (r for r in RULES if doc.on(r.__name__)):
        for start, stop, value in rule(doc):
            span = doc.token_range(start, stop)
            if not span or inside.overlaps(start, stop) or taken.intersection(range(*span)):
                continue
            taken.update(range(*span))
            found.append(doc.make("date", *span, value=value, rule=rule.__name__))
    return found
