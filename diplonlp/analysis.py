"""The working document: text gaining layers (tokens, tags, NER, mentions) on its way to a `Document`."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from .neural import NerSpan
from .scan import LemmaScan
from .text import Header, Sentence, Token

if TYPE_CHECKING:
    from .models import Document
    from .references import Reference
    from .relations.context import Context

T = TypeVar("T")
NO_MENTIONS: list[Found] = []
"""The mentions of a kind not found yet (never filled): one list, so `Analysis.read_once` keys it once."""

SPAN_END_PUNCTUATION = frozenset({".", ",", ";", ":"})
"""Marks the NER model sometimes takes into the end of a span; never part of a name as a token of its own."""


@dataclass(slots=True)
class Found:
    """A mention found in the text, before mentions are merged into entities.

    ``a``/``b`` are token indices (``b`` exclusive); ``start``/``stop`` character offsets;
    ``data`` holds what the kind's module read from it (a country code, a normalized name, ...).
    """

    kind: str
    a: int
    b: int
    start: int
    stop: int
    data: dict[str, Any] = field(default_factory=dict)


class Coverage:
    """Character intervals, asked whether a span overlaps any of them in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []  # the furthest stop among the intervals up to each
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._reach.append(furthest)

    def overlaps(self, start: int, stop: int) -> bool:
        k = bisect_left(self._starts, stop)
        return k > 0 and self._reach[k - 1] > start

    def covers(self, position: int) -> bool:
        return self.overlaps(position, position + 1)


def coverage(founds: list[Found]) -> Coverage:
    return Coverage([(f.start, f.stop) for f in founds])


@dataclass
class Analysis:
    """One text on its way to a `Document`; ``date`` is the document date (the caller's, else the header's)
    that anchors year-less and relative dates, ``id`` the caller's id."""

    text: str
    header: Header
    tokens: list[Token]
    sents: list[Sentence]
    date: str | None = None
    id: str | None = None
    dateline_day: str | None = None  # the day a year-less dateline gives, in ``date``'s year (relative dates)
    rules_off: frozenset[str] = frozenset()  # rules left out (`Pipeline(disable=[...])`, benchmarks/ablate.py)
    document: Document | None = None  # what the entity stage built; relation stages add to it
    references: list[Reference] = field(default_factory=list)  # pronouns standing for a named person
    title_references: list[Reference] = field(default_factory=list)  # titles and role nouns made person mentions
    context: Context | None = field(default=None, repr=False)  # what every relation stage reads, built once
    ner: list[NerSpan] = field(default_factory=list)
    found: dict[str, list[Found]] = field(default_factory=dict)
    _ner_starts: dict[tuple[str, int], set[int]] = field(default_factory=dict, repr=False)
    _ner_name_starts: dict[tuple[str, int], set[int]] = field(default_factory=dict, repr=False)  # token indices
    _scan: LemmaScan | None = field(default=None, repr=False)
    _edges: tuple[list[int], list[int]] | None = field(default=None, repr=False)  # token starts, token stops
    _ner_tokens: dict[tuple[str, int], list[tuple[NerSpan, int, int]]] = field(default_factory=dict, repr=False)
    _memo: dict[tuple[str, str, int], Any] = field(default_factory=dict, repr=False)  # `read_once`, NER by end

    @property
    def scan(self) -> LemmaScan:
        """Where each lemma and written form stands (`diplonlp.scan`), made on first use."""
        if self._scan is None:
            self._scan = LemmaScan(self.tokens)
        return self._scan

    def on(self, rule: str) -> bool:
        """Whether the named rule runs (it does unless left out)."""
        return rule not in self.rules_off

    def make(self, kind: str, a: int, b: int, /, **data: Any) -> Found:
        return Found(kind, a, b, self.tokens[a].start, self.tokens[b - 1].stop, data)

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.tokens[a].start:self.tokens[b - 1].stop]

    def sent_bounds(self, i: int) -> tuple[int, int]:
        sent = self.sents[self.tokens[i].sent]
        return sent.first, sent.last

    def opens_line(self, k: int) -> bool:
        """Token ``k`` opens the text or a line (a headline, a caption): capitalized whatever it is."""
        before = self.tokens[k - 1].stop if k else 0
        return k == 0 or "\n" in self.text[before:self.tokens[k].start]

    def opens_paragraph(self, s: int) -> bool:
        """Sentence ``s`` opens the text or a paragraph: a blank line stands before it."""
        return s == 0 or "\n\n" in self.text[self.sents[s - 1].stop:self.sents[s].start]

    def token_range(self, start: int, stop: int) -> tuple[int, int] | None:
        """Token indices covering characters ``start:stop`` (None if no token lies there)."""
        if self._edges is None:  # the tokens are fixed when the document is made
            self._edges = [t.start for t in self.tokens], [t.stop for t in self.tokens]
        a = bisect_right(self._edges[1], start)
        b = bisect_left(self._edges[0], stop)
        return (a, b) if a < b else None

    def within_sentences(self, spans: list[NerSpan]) -> list[NerSpan]:
        """Persons' ``spans`` cut where a sentence ends: the model reads across sentences (`… Эдуардса Стипрайса.
        Б.Саидов подчеркнул`: one name to it), the rules read sentence by sentence; a piece with no word is dropped.
        Other kinds stay whole (`E! News`: a name the segmenter cuts after `!`)."""
        out: list[NerSpan] = []
        for span in spans:
            rng = self.token_range(span.start, span.stop)
            if rng is None or span.type != "PER" or self.tokens[rng[0]].sent == self.tokens[rng[1] - 1].sent:
                out.append(span)
                continue
            a = rng[0]
            for k in range(rng[0], rng[1]):
                if k + 1 == rng[1] or self.tokens[k + 1].sent != self.tokens[k].sent:
                    if any(t.is_word for t in self.tokens[a:k + 1]):
                        out.append(NerSpan(self.tokens[a].start, self.tokens[k].stop, span.type))
                    a = k + 1
        return out

    def ner_tokens(self, kind: str) -> list[tuple[NerSpan, int, int]]:
        """NER spans of one type (PER, LOC, ORG) with their token ranges (built once); a stop the model took
        into a span (`за поддержку Организации.`) is left out of its range."""
        key = (kind, id(self.ner))
        if key not in self._ner_tokens:
            ranges = ((span, self.token_range(span.start, span.stop)) for span in self.ner if span.type == kind)
            self._ner_tokens[key] = [(span, rng[0], self._unpunctuated(*rng)) for span, rng in ranges if rng]
        return self._ner_tokens[key]

    def _unpunctuated(self, a: int, b: int) -> int:
        """The stop of token range ``a:b`` without the full stops and commas it ends in (one word at least)."""
        while b - a > 1 and self.tokens[b - 1].text in SPAN_END_PUNCTUATION:
            b -= 1
        return b

    def starting_at(self, kind: str) -> dict[int, Found]:
        """Mentions of ``kind`` by their first token (built once per list of mentions)."""
        return self._by_token(kind, end=False)

    def ending_at(self, kind: str) -> dict[int, Found]:
        """Mentions of ``kind`` by the token right after them (built once per list of mentions)."""
        return self._by_token(kind, end=True)

    def read_once(self, name: str, kind: str, make: Callable[[list[Found]], T]) -> T:
        """``make`` of the mentions of ``kind``, made once per list of mentions and kept as ``name``."""
        founds = self.found.get(kind, NO_MENTIONS)
        key = (name, kind, id(founds))
        if key not in self._memo:
            self._memo[key] = (founds, make(founds))  # the list kept alive: its id stays its own
        return self._memo[key][1]  # type: ignore[no-any-return]

    def _by_token(self, kind: str, end: bool) -> dict[int, Found]:
        return self.read_once("ending_at" if end else "starting_at", kind,
                              lambda founds: {(f.b if end else f.a): f for f in reversed(founds)})

    def ner_token_starts(self, kind: str) -> dict[int, int]:
        """The token where each NER span of ``kind`` begins, by the token after it (`ner_tokens`; built once)."""
        key = ("ner_ends", kind, id(self.ner))
        if key not in self._memo:
            self._memo[key] = {b: a for _, a, b in self.ner_tokens(kind)}
        return self._memo[key]  # type: ignore[no-any-return]

    def ner_spans_by_first_lemma(self, kind: str, lemmas_of: Callable[[str], frozenset[str]]
                                 ) -> dict[str, list[tuple[int, int]]]:
        """Token spans of NER's ``kind`` by each lemma (``lemmas_of``) of their first word (built once), so a rule can
        look a span's words up elsewhere without reading every span."""
        key = ("ner_by_first_lemma", kind, id(self.ner))
        if key not in self._memo:
            index: dict[str, list[tuple[int, int]]] = {}
            for _, a, b in self.ner_tokens(kind):
                for lemma in lemmas_of(self.tokens[a].text):
                    index.setdefault(lemma, []).append((a, b))
            self._memo[key] = index
        return self._memo[key]  # type: ignore[no-any-return]

    def ner_starts(self, kind: str) -> set[int]:
        """Character offsets where NER spans of ``kind`` begin (built once)."""
        key = (kind, id(self.ner))
        if key not in self._ner_starts:
            self._ner_starts[key] = {span.start for span in self.ner if span.type == kind}
        return self._ner_starts[key]

    def ner_name_starts(self, kind: str) -> set[int]:
        """Token indices where NER spans of ``kind`` of two or more tokens begin (built once)."""
        key = (kind, id(self.ner))
        if key not in self._ner_name_starts:
            self._ner_name_starts[key] = {a for _, a, b in self.ner_tokens(kind) if b - a > 1}
        return self._ner_name_starts[key]
