"""Left-hand rules: the words before a title's head that belong to the post phrase."""

from __future__ import annotations

from ..analysis import Analysis
from ..lexicon import words
from ..mentions.countries import adjective_state
from ..morph import lemmas
from .phrase import PhraseRule, PostPhrase

ACTING = words("posts.acting")
ACTING_ABBREVIATIONS = words("posts.acting_abbreviations")
ABBREVIATIONS = frozenset(tuple(a.split()) for a in ACTING_ABBREVIATIONS)
"""Each acting abbreviation as its tokens (`("и", ".", "о", ".")`)."""
ABBREVIATION_LENGTHS = sorted({len(parts) for parts in ABBREVIATIONS})
CEREMONIAL = words("posts.ceremonial")
LEFT_MODIFIERS = words("posts.left_modifiers")


def acting_obligations(doc: Analysis, p: PostPhrase) -> bool:
    """`исполняющий обязанности официального представителя`."""
    tokens = doc.tokens
    if "обязанность" in lemmas(tokens[p.left - 1].text) and p.left - 2 >= p.first \
            and lemmas(tokens[p.left - 2].text) & ACTING:
        p.left -= 2
        p.agree = p.left
        return True
    return False


def acting_abbreviation(doc: Analysis, p: PostPhrase) -> bool:
    """`И. о. главы администрации`, `врио`: an abbreviation (its tokens with the full stops) before the title."""
    for n in ABBREVIATION_LENGTHS:
        start = p.left - n
        if start >= p.first and _abbreviation(doc, start, p.left):
            p.left = start
            p.agree = None
            return True
    return False


def abbreviation_at(doc: Analysis, start: int) -> int:
    """How many tokens the acting abbreviation opening at ``start`` has (`врио`: 1, `и . о .`: 4), else 0."""
    return next((n for n in ABBREVIATION_LENGTHS if _abbreviation(doc, start, start + n)), 0)


def _abbreviation(doc: Analysis, start: int, stop: int) -> bool:
    """Are the tokens ``start:stop`` an acting abbreviation, as `posts.acting_abbreviations` spells it?"""
    return tuple(t.lower for t in doc.tokens[start:stop]) in ABBREVIATIONS


def ceremonial_modifier(doc: Analysis, p: PostPhrase) -> bool:
    """`Чрезвычайный и Полномочный`, `первый`, `бывший`."""
    tokens = doc.tokens
    if lemmas(tokens[p.left - 1].text) & (CEREMONIAL | LEFT_MODIFIERS) or (
            tokens[p.left - 1].lower == "и" and p.left - 2 >= p.first and lemmas(tokens[p.left - 2].text) & CEREMONIAL):
        p.left -= 1
        return True
    return False


def country_adjective(doc: Analysis, p: PostPhrase) -> bool:
    """`казахский посол`: the state the post represents (as the country mention reads it: `Корейский министр` in an
    item about the DPRK, `shared_adjective`)."""
    code = adjective_state(doc, p.left - 1)
    if code and not p.country:
        p.country = code
        p.left -= 1
        return True
    return False


LEFT_RULES: list[PhraseRule] = [acting_obligations, acting_abbreviation, ceremonial_modifier, country_adjective]
"""Words before the head that belong to the phrase, tried in order until none applies."""
