"""Morphology with pymorphy3: cached analyses, lemma sets and inflection to the nominative."""

from __future__ import annotations

from functools import cache, lru_cache

import pymorphy3
from pymorphy3.analyzer import Parse

from .text import unmixed

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The one shared analyzer (its dictionaries take ~20 MB and load once)."""
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[Parse, ...]:
    """pymorphy3's analyses of ``word``; none for a word it cannot read (its shape check raises ValueError on
    characters Unicode gives no name, such as Tangut ideographs)."""
    word = unmixed(word)  # `Cолист` typed with a Latin C
    try:
        return tuple(analyzer().parse(word.replace("ё", "е").replace("Ё", "Е")))
    except ValueError:
        return ()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset[str]:
    """Every normal form pymorphy3 allows for ``word`` (lower case, ``ё`` folded)."""
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word.lower()))




def _restore_case(source: str, target: str) -> str:
    if source.isupper() and len(source) > 1:
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


@lru_cache(maxsize=100_000)  # a pure function of its arguments; pymorphy3's inflection builds whole lexemes
def inflect_word(word: str, case: str, pos: tuple[str, ...], number: str | None = None,
                 gender: str | None = None, singular: bool = False) -> str | None:
    """``word`` moved from ``case`` to the nominative, or None if no parse of it fits.

    In a hyphenated word only the last part declines (``Нови-Сада`` -> ``Нови-Сад``).
    """
    if "-" in word.strip("-"):
        first, _, last = word.rpartition("-")
        new_last = inflect_word(last, case, pos, number, gender, singular)
        return None if new_last is None else f"{first}-{new_last}"
    for p in parses(word.lower()):
        tag = p.tag
        if tag.POS not in pos or tag.case != case:
            continue
        if number and tag.number and tag.number != number:
            continue
        if gender and tag.gender and tag.number != "plur" and tag.gender != gender:
            continue
        want = {"nomn"}
        if singular:
            want.add("sing")
            if tag.POS in ("ADJF", "PRTF"):
                want.add(gender or tag.gender or "masc")
        elif tag.number:
            want.add(tag.number)
        if not singular and tag.POS in ("ADJF", "PRTF") and tag.gender and tag.number != "plur":
            want.add(tag.gender)
        new = p.inflect(want)
        if new is not None:
            word_out = new.word
            if "ё" not in word.lower():
                word_out = word_out.replace("ё", "е")
            return _restore_case(word, word_out)
    return None
