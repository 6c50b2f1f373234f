"""String rules of the official scorer: how texts are normalized and when two strings count as equal."""

from __future__ import annotations

from functools import lru_cache

QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "`": "'", "ё": "е",
                        "‐": "-", "−": "-", "‒": "-", "–": "-", "—": "-", "―": "-"})
SPACED_PUNCTUATION = ((" ,", ","), (" .", "."), (" -", "-"), ("- ", "-"), ("( ", "("), (" )", ")"))
THRESHOLDS = (0, 0, 1, 1, 1, 1, 1, 1, 1, 2)
"""Edits allowed between two strings, by the length of the longer (2 from 9 characters on)."""


def light(text: str) -> str:
    """Lower case, trimmed, one kind of quote, apostrophe and dash, ``ё`` as ``е`` (their `safeNormalize`)."""
    return text.lower().strip(" \r\n\t").translate(QUOTES)


def full(text: str) -> str:
    """`light`, then no space before or after the punctuation that token joins add (their `normalize`)."""
    out = light(text)
    for spaced, joined in SPACED_PUNCTUATION:
        out = out.replace(spaced, joined)
    return out


def same(a: str, b: str) -> bool:
    """Equal up to a few edits: `THRESHOLDS` by the longer string's length."""
    longest = max(len(a), len(b))
    return distance(a, b) <= THRESHOLDS[min(longest, len(THRESHOLDS) - 1)]


@lru_cache(maxsize=65536)
def distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    if len(b) > len(a):
        a, b = b, a
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]
