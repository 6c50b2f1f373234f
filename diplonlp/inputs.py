"""What a caller hands in besides the text: a document date and id, and records that carry all three.

Checked here, at the call, so that a bad date is a clear error naming it rather than a wrong anchor for
every year-less and relative date of the text.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import NamedTuple

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

DateLike = str | datetime.date
"""A document date: ``"2025-04-09"`` or a `datetime.date` (a `datetime.datetime` gives its day)."""


class Item(NamedTuple):
    """One text to read with the date that anchors it and the id it carries into the `Document`."""

    text: object
    date: str | None = None
    id: str | None = None


def check_date(value: object, what: str = "date") -> str | None:
    """``value`` as an ISO day (``YYYY-MM-DD``), None for None; TypeError or ValueError naming it otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"{what} must be an ISO date string 'YYYY-MM-DD' or a datetime.date, "
                        f"got {type(value).__name__} {value!r}")
    if not ISO_DAY.fullmatch(value):
        raise ValueError(f"{what} must be an ISO date 'YYYY-MM-DD', got {value!r}")
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} {value!r} is no calendar day") from None
    return value


def check_id(value: object) -> str | None:
    """A document id: a string, an integer (kept as its digits) or None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"id must be a string or an integer, got {type(value).__name__}")


class Refused(NamedTuple):
    """An input refused before its batch was read (a bad ``(text, context)`` pair): it stands in its place,
    so that its error is reported by index like any other."""

    error: TypeError


def read_item(value: object) -> Item:
    """An input of `Pipeline.pipe`: a text, or a record ``{"text", "date"?, "id"?}`` (other keys ignored).

    The text itself is checked later, with the others of its batch; a record's date and id are checked here.
    """
    if isinstance(value, Refused):
        raise value.error
    if isinstance(value, Mapping):
        if "text" not in value:
            raise ValueError(f"a record needs a 'text'; it has {sorted(map(str, value))}")
        return Item(value["text"], check_date(value.get("date")), check_id(value.get("id")))
    return Item(value)
