"""One pass over a document's words that every gazetteer and trigger list shares: where each lemma, each
lower-case form and each written form stands. A rule asks `where` for the tokens that could fire it and
skips the rest, instead of asking every token (rules were most of their time in calls that found nothing)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence

from .morph import lemmas
from .text import Token


class LemmaScan:
    """A document's tokens indexed by lemma (`by_lemma`), by lower-case form (`by_lower`, `ё` as `е`) and by
    their text (`by_text`)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.by_text: dict[str, list[int]] = {}
        for i, tok in enumerate(tokens):
            self.by_text.setdefault(tok.text, []).append(i)
        self.by_lemma: dict[str, list[int]] = {}  # each written form's positions under each of its lemmas
        self.by_lower: dict[str, list[int]] = {}
        hyphenated: list[int] = []
        for text, positions in self.by_text.items():
            for lemma in lemmas(text):
                self.by_lemma.setdefault(lemma, []).extend(positions)
            self.by_lower.setdefault(tokens[positions[0]].lower, []).extend(positions)
            if "-" in text:
                hyphenated.extend(positions)
        self.hyphenated = hyphenated
        """Tokens with a hyphen (compound adjectives, hyphenated titles)."""

    def where(self, *words: Collection[str], texts: Collection[str] = (), hyphenated: bool = False) -> list[int]:
        """Sorted indices of the tokens with a lemma or lower-case form in any of ``words``, written as one of
        ``texts``, or (``hyphenated``) holding a hyphen: every token a rule keyed on them could fire at, and
        some more (a lemma alone does not make a phrase)."""
        found: set[int] = set()
        for group in words:
            for index in (self.by_lemma, self.by_lower):
                for word in index.keys() & group:
                    found.update(index[word])
        for text in self.by_text.keys() & texts:
            found.update(self.by_text[text])
        if hyphenated:
            found.update(self.hyphenated)
        return sorted(found)  # the positions of one word come from several written forms: sorted here

    def with_lemma(self, words: Collection[str]) -> list[int]:
        """Sorted indices of exactly the tokens with a lemma in ``words`` (`lemmas(token.text) & words`)."""
        return sorted({i for lemma in self.by_lemma.keys() & words for i in self.by_lemma[lemma]})


def next_from(positions: Sequence[int], i: int, stop: int) -> int:
    """The first of the sorted ``positions`` at or after ``i``, or ``stop`` if none lies before it."""
    k = bisect_left(positions, i)
    return positions[k] if k < len(positions) and positions[k] < stop else stop


def within(positions: Sequence[int], start: int, stop: int) -> Sequence[int]:
    """The sorted ``positions`` in ``start:stop``."""
    return positions[bisect_left(positions, start):bisect_left(positions, stop)]
