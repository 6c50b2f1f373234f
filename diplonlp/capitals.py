"""Text layer: lines written all in capitals (`ПРЕЗИДЕНТ УЗБЕКИСТАНА ПРИНЯЛ ПОСЛА ФРАНЦИИ`, a headline) read in the
case the rest of the text writes their words in, so titles, states and names in them are what they are in the body.

Reads the text; gives the tokens' text (one character for one, so offsets hold; mentions keep the text as written).
Rule `headline_in_capitals`.
"""

from __future__ import annotations

import re

RULES = ("headline_in_capitals",)
LINE = re.compile(r"[^\n\r]+")
CAPITALS = re.compile(r"[А-ЯЁ]{2,}")
SMALL = re.compile(r"[a-zа-яё]")
WORD = re.compile(r"[А-ЯЁ]+(?:-[А-ЯЁ]+)*")
WRITTEN_CAPITALIZED = re.compile(r"(?<=[а-яё,] )[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*")
"""A capitalized word after a small letter or a comma: a name as the text writes it, not a sentence's first word."""
KEPT_AFTER = frozenset("(/")
"""Marks before a word that keep it as written: an agency in brackets or slashes (`(БЕЛТА)`, `/АРКА/`)."""
MIN_WORDS = 3
"""A line of fewer words in capitals is an abbreviation or a dateline's place (`АСТАНА`, `ТАСС`), not a headline."""
NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
SHORT = 4
"""A word the dictionary does not know of at most this many letters is an abbreviation (`ШОС`): kept in capitals."""


def headlines_recased(text: str) -> str:
    """``text`` with each line of no small letter and three words in capitals or more recased word by word (a
    dictionary abbreviation kept, a word the text writes capitalized elsewhere so written, a known common word in
    small letters, a name capitalized); ``text`` itself where it has no such line."""
    lines = [m for m in LINE.finditer(text) if not SMALL.search(m.group())
             and len(CAPITALS.findall(m.group())) >= MIN_WORDS]
    if not lines:
        return text
    written = {w.lower(): w for w in WRITTEN_CAPITALIZED.findall(text)}
    out = list(text)
    for line in lines:
        for n, word in enumerate(WORD.finditer(line.group())):
            if line.group()[word.start() - 1:word.start()] in KEPT_AFTER:
                continue  # `(БЕЛТА)`, `/АРКА/`: an agency as it writes itself
            cased = _recased(word.group(), written, first=n == 0)
            start = line.start() + word.start()
            out[start:start + len(cased)] = cased
    return "".join(out)


def _recased(word: str, written: dict[str, str], first: bool) -> str:
    """One word of a line in capitals as the text would write it (see `headlines_recased`)."""
    from .morph import parses  # the text layer is read before the dictionary is loaded

    lower = word.lower()
    readings = parses(lower)
    top = readings[0] if readings else None
    if top is None or "Abbr" in top.tag:
        return word  # `МИД`, `США`, `ООН`
    if lower in written:
        return written[lower]
    named = bool(NAME_TAGS & top.tag.grammemes)
    if not top.is_known and len(word) <= SHORT and not named:
        return word  # `ШОС`
    if named or (not top.is_known and top.tag.POS == "NOUN"):
        return "-".join(part.capitalize() for part in lower.split("-"))
    return lower[:1].upper() + lower[1:] if first else lower
