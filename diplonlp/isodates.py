"""ISO date values: the days a value covers, intervals, and shifts of a document date by days, weeks,
months and years (what relative dates resolve to)."""

from __future__ import annotations

import calendar
import datetime


def day(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def valid(year: int, month: int, day: int) -> bool:
    """Whether the three numbers name a calendar day."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def bounds(value: str) -> tuple[str, str]:
    """First and last day an ISO value covers: ``2016`` → 2016-01-01, 2016-12-31; ``a/b`` → a's first, b's last."""
    first, _, last = value.partition("/")
    return _first(first), _last(last or first)


def _first(value: str) -> str:
    return (value + "-01-01")[:10] if len(value) < 10 else value


def _last(value: str) -> str:
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def interval(start: str, stop: str) -> str:
    """An ISO 8601 interval ``start/stop``, or the one value when they are equal."""
    return start if start == stop else f"{start}/{stop}"


def _monday(anchor: datetime.date, shift: int) -> datetime.date:
    """The Monday of the week ``shift`` weeks from the anchor's."""
    return anchor - datetime.timedelta(days=anchor.weekday()) + datetime.timedelta(weeks=shift)


def week(anchor: datetime.date, shift: int) -> str:
    """Monday to Sunday of the week ``shift`` weeks from the anchor's."""
    monday = _monday(anchor, shift)
    return interval(monday.isoformat(), (monday + datetime.timedelta(days=6)).isoformat())


def month(anchor: datetime.date, shift: int) -> str:
    """``YYYY-MM`` of the month ``shift`` months from the anchor's."""
    index = anchor.year * 12 + anchor.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def weekday(anchor: datetime.date, wanted: int, shift: int | None, ahead: bool) -> str:
    """The day of the week ``wanted`` (0 = Monday): in the week ``shift`` weeks from the anchor's when a
    shift is given, else the nearest one on or before the anchor (on or after it when ``ahead``)."""
    if shift is not None:
        return (_monday(anchor, shift) + datetime.timedelta(days=wanted)).isoformat()
    if ahead:
        return (anchor + datetime.timedelta(days=(wanted - anchor.weekday()) % 7)).isoformat()
    return (anchor - datetime.timedelta(days=(anchor.weekday() - wanted) % 7)).isoformat()
