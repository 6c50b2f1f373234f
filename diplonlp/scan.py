"""One pass over a document's words that every gazetteer and trigger list shares. A rule asks `where` for the
tokens that could fire it and skips the rest, instead of asking every token (rules were most of their time in
calls that found nothing).

Each word set a rule asks about gets a bit the first time it is asked (`bits`); a written form's mask holds
the bits of every set it falls in (by one of its lemmas, its lower-case form or as written), computed once a
process per form and kept in a table of plain ints. A document's scan is then one lookup a token, and `where` a
filter over the tokens that fall in any set at all. (It used to index each document's lemmas in dictionaries of
lists: a fifth of the rules' time, most of it spent allocating the lists and collecting them.)"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from .morph import lemmas
from .text import Token

HYPHEN = 1
"""The bit of forms holding a hyphen (compound adjectives, hyphenated titles)."""
MAX_FORMS = 200_000
"""Masks kept a process; the table starts again when full (a long stream keeps meeting new names)."""
MAX_SETS = 1024
"""Word sets given bits; past this (a caller making new sets on every call) the bits start again."""


@dataclass
class Keys:
    """The word sets given bits so far, inverted: each word to the bits of the sets it is in, by how a form may
    fall in a set (`by_lemma`: one of its lemmas is in it; `by_lower`: its lower-case form, `ё` as `е`;
    `by_text`: as written); and the masks of the forms met since (`masks`). Replaced, never changed, when a set
    is added, so a scan holds one consistent state."""

    bits: dict[tuple[int, str], tuple[Collection[str], int]] = field(default_factory=dict)
    by_lemma: dict[str, int] = field(default_factory=dict)
    by_lower: dict[str, int] = field(default_factory=dict)
    by_text: dict[str, int] = field(default_factory=dict)
    masks: dict[str, int] = field(default_factory=dict)

    def mask(self, tok: Token) -> int:
        """The bits of every set ``tok``'s written form falls in."""
        text = tok.text
        found = self.masks.get(text)
        if found is None:
            found = HYPHEN if "-" in text else 0
            for lemma in lemmas(text):
                found |= self.by_lemma.get(lemma, 0)
            found |= self.by_lower.get(tok.lower, 0) | self.by_text.get(text, 0)
            if len(self.masks) >= MAX_FORMS:
                self.masks.clear()
            self.masks[text] = found
        return found

    def added(self, words: Collection[str], how: str) -> Keys:
        """A new state with ``words`` given the next bit, matched ``how`` (`word`: by a lemma or the lower-case
        form; `lemma`: by a lemma only; `text`: as written)."""
        bit = 1 << (len(self.bits) + 1)
        bits = {**self.bits, (id(words), how): (words, bit)}  # the set itself kept: its id is given to no other
        new = Keys(bits, dict(self.by_lemma), dict(self.by_lower), dict(self.by_text))
        new._index(words, how, bit)
        return new

    def _index(self, words: Collection[str], how: str, bit: int) -> None:
        tables = {"word": (self.by_lemma, self.by_lower), "lemma": (self.by_lemma,), "text": (self.by_text,)}[how]
        for word in words:
            for table in tables:
                table[word] = table.get(word, 0) | bit


_lock = threading.Lock()
_keys = Keys()


Ask = tuple[Collection[str], str]
"""A word set and how a form falls in it (`word`, `lemma` or `text`: see `Keys.added`)."""


def _bits_in(keys: Keys, asks: list[Ask]) -> int | None:
    """The bits of all ``asks`` in ``keys``, or None if one has none there."""
    found = 0
    for words, how in asks:
        entry = keys.bits.get((id(words), how))
        if entry is None or entry[0] is not words:
            return None
        found |= entry[1]
    return found


def bits(asks: list[Ask]) -> tuple[Keys, int]:
    """The current state and the bits of ``asks`` in it, a bit given to each set that has none yet."""
    global _keys
    keys = _keys
    found = _bits_in(keys, asks)
    if found is not None:
        return keys, found
    with _lock:
        missing = [ask for ask in asks if _bits_in(_keys, [ask]) is None]
        if len(_keys.bits) + len(missing) > MAX_SETS:  # a caller making new sets on every call: start again
            _keys, missing = Keys(), asks
        for ask in missing:
            _keys = _keys.added(*ask)
        found = _bits_in(_keys, asks)
        assert found is not None
        return _keys, found


class LemmaScan:
    """A document's tokens with the mask of each (`Keys.mask`), and the tokens that fall in any set."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self._read(_keys)

    def _read(self, keys: Keys) -> None:
        self._keys = keys
        known = keys.masks.get
        masks = [known(tok.text, -1) for tok in self.tokens]
        if -1 in masks:  # forms met for the first time
            masks = [m if m >= 0 else keys.mask(tok) for m, tok in zip(masks, self.tokens, strict=True)]
        self._hits = [i for i, m in enumerate(masks) if m]
        self._masks = [masks[i] for i in self._hits]
        self._found: dict[int, list[int]] = {}  # wanted bits -> the tokens having them: a rule asks per sentence

    def where(self, *words: Collection[str], texts: Collection[str] = (), hyphenated: bool = False) -> list[int]:
        """Sorted indices of the tokens with a lemma or lower-case form in any of ``words``, written as one of
        ``texts``, or (``hyphenated``) holding a hyphen: every token a rule keyed on them could fire at, and
        some more (a lemma alone does not make a phrase). Each set must stay as it is once asked about."""
        asks: list[Ask] = [(group, "word") for group in words] + ([(texts, "text")] if texts else [])
        return self._having(asks, HYPHEN if hyphenated else 0)

    def with_lemma(self, words: Collection[str]) -> list[int]:
        """Sorted indices of exactly the tokens with a lemma in ``words`` (`lemmas(token.text) & words`)."""
        return self._having([(words, "lemma")])

    def _having(self, asks: list[Ask], wanted: int = 0) -> list[int]:
        keys, found = bits(asks)
        if keys is not self._keys:  # a set asked for the first time: this document's masks lack its bit
            self._read(keys)
        wanted |= found
        if wanted not in self._found:
            self._found[wanted] = [i for i, m in zip(self._hits, self._masks, strict=True) if m & wanted]
        return self._found[wanted]


def next_from(positions: Sequence[int], i: int, stop: int) -> int:
    """The first of the sorted ``positions`` at or after ``i``, or ``stop`` if none lies before it."""
    k = bisect_left(positions, i)
    return positions[k] if k < len(positions) and positions[k] < stop else stop


def within(positions: Sequence[int], start: int, stop: int) -> Sequence[int]:
    """The sorted ``positions`` in ``start:stop``."""
    return positions[bisect_left(positions, start):bisect_left(positions, stop)]
