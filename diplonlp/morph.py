"""Morphology with pymorphy3: cached analyses, lemma sets and inflection to the nominative."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

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
    key = word.lower()
    shipped = shipped_lemmas().get(key)
    if shipped is None:
        return fresh_lemmas(key)
    return frozenset(shipped.split(" ")) if shipped else frozenset()


def fresh_lemmas(word: str) -> frozenset[str]:
    """`lemmas` of a lower-case ``word`` computed by pymorphy3 now."""
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word))


SHIPPED_LEMMAS = "frequent_lemmas.tsv"


def stamp() -> str:
    """The pymorphy3 and dictionary versions the shipped lemma sets hold for (the file's first line)."""
    return f"# pymorphy3 {pymorphy3.__version__}, dictionary revision {analyzer().dictionary.meta['source_revision']}"


@cache
def shipped_lemmas() -> dict[str, str]:
    """`lemmas` of navec's most frequent words and of every word in `data/`, shipped precomputed
    (`data/frequent_lemmas.tsv`, written by `scripts/frequent_lemmas.py`) so that building the gazetteers and a
    first pass over news do not analyse them; empty when the installed pymorphy3 or dictionary is not the one
    the file was made with. Word -> its lemmas joined by spaces (strings: no work for the garbage collector)."""
    with resources.files("diplonlp").joinpath("data").joinpath(SHIPPED_LEMMAS).open(encoding="utf-8") as lines:
        if lines.readline().rstrip("\n") != stamp():
            return {}
        return dict(line.rstrip("\n").split("\t", 1) for line in lines)


def name_head(name: str) -> frozenset[str]:
    """The lemmas of the head noun of an organization's name of two words or more (`Евразийский экономический
    союз` -> `союз`; an abbreviation's full name counts: `ООН` -> `организация`)."""
    words = name.split()
    if len(words) < 2:
        return frozenset()
    head = next((w for w in words if any(p.tag.POS == "NOUN" for p in parses(w)[:1])), None)
    return lemmas(head) if head else frozenset()


def inflected(p: Parse, want: set[str]) -> Parse | None:
    """``p.inflect(want)`` keeping a superlative's own stem: pymorphy3 files `высший` and `высочайший`, `лучший`
    and `наихороший` in one lexeme and moves `Высшего совета` to `Высочайший совет`."""
    new = p.inflect(want)
    if new is None or "Supr" not in p.tag:
        return new
    same = [f for f in p.lexeme if want <= f.tag.grammemes and "Supr" in f.tag]
    return max(same, key=lambda f: (_shared_prefix(f.word, p.word), f.word == new.word), default=new)


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _restore_case(source: str, target: str) -> str:
    """``target`` written in the case of ``source``: all capitals, or a capital opening it (each part of a
    hyphenated word as its own: `Ла-Манша` -> `Ла-Манш`)."""
    parts, sources = target.split("-"), source.split("-")
    if len(parts) > 1 and len(parts) == len(sources):
        return "-".join(_restore_case(a, b) for a, b in zip(sources, parts, strict=True))
    if source.isupper() and len(source) > 1:
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def from_dictionary(p: Parse) -> bool:
    """A parse of a word in the dictionary, not a guess by prefix or suffix."""
    return len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=100_000)  # a pure function of its arguments; pymorphy3's inflection builds whole lexemes
def inflect_word(word: str, case: str, pos: tuple[str, ...], number: str | None = None,
                 gender: str | None = None, singular: bool = False) -> str | None:
    """``word`` moved from ``case`` to the nominative, or None if no parse of it fits.

    In a hyphenated word the dictionary does not know whole, only the last part declines (``Нови-Сада`` ->
    ``Нови-Сад``; ``вице-премьеры`` -> ``вице-премьер``, not the last part read alone, ``премьера``).
    """
    hyphenated = "-" in word.strip("-")
    whole = [p for p in parses(word.lower()) if p.word == word.lower() and from_dictionary(p)] if hyphenated else []
    if hyphenated and not whole:
        first, _, last = word.rpartition("-")
        new_last = inflect_word(last, case, pos, number, gender, singular)
        return None if new_last is None else f"{first}-{new_last}"
    for p in whole or parses(word.lower()):
        tag = p.tag
        if tag.POS not in pos or tag.case != case:
            continue
        if whole and case == "nomn" and (tag.number != "plur" or not singular):
            return word  # `Аль-Кайда` as written, not the dictionary's other spelling `аль-каида`
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
        new = inflected(p, want)
        if new is not None:
            word_out = new.word
            if "ё" not in word.lower():
                word_out = word_out.replace("ё", "е")
            return _restore_case(word, word_out)
    return None
