"""Date mentions: ``13 февраля``, ``13 февраля 2025 года``, ``в 2016 году``, ``13.02.2026``, ISO-valued."""

from __future__ import annotations

import re

from ..analysis import Analysis, Found

MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_RE = r"(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|" \
           r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{MONTH_RE}(?:\s+(\d{{4}})(?:\s*(?:года|г\.))?)?(?![а-я])", re.I)
MONTH_YEAR = re.compile(rf"\b{MONTH_RE}\s+(\d{{4}})(?:\s*(?:года|г\.))?(?![а-я])", re.I)
NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
YEAR = re.compile(r"\b((?:19|20)\d{2})(?:\s*(?:года|году|год|годом|годах|гг?\.))(?![а-я])")


def _month(word: str) -> int:
    word = word.lower()
    for stem, number in MONTHS.items():
        if word.startswith(stem) and (stem != "ма" or word in ("май", "мая", "мае")):
            return number
    raise ValueError(word)


def _valid(year: int, month: int, day: int) -> bool:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def find(doc: Analysis) -> list[Found]:
    text = doc.text
    body = doc.header.stop
    default_year = int(doc.header.date[:4]) if doc.header.date else None
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, stop: int, value: str) -> None:
        if any(start < b and a < stop for a, b in taken):
            return
        taken.append((start, stop))
        span = doc.token_range(start, stop)
        if span:
            found.append(doc.make("date", *span, value=value))

    header = doc.header
    if header.date and header.date_start is not None and header.date_stop is not None:
        # The header lies outside the body's tokens: its mention has no token span.
        found.append(Found("date", -1, -1, header.date_start, header.date_stop, {"value": header.date}))
    for m in NUMERIC.finditer(text, body):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(year, month, day):
            add(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}")
    for m in DAY_MONTH.finditer(text, body):
        day, month = int(m.group(1)), _month(m.group(2))
        year = int(m.group(3)) if m.group(3) else default_year
        if year is None:
            continue
        if _valid(year, month, day):
            add(m.start(), m.end(), f"{year:04d}-{month:02d}-{day:02d}")
    for m in MONTH_YEAR.finditer(text, body):
        add(m.start(), m.end(), f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}")
    for m in YEAR.finditer(text, body):
        add(m.start(), m.end(), m.group(1))
    return found
