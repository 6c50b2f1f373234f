"""The typed post phrase the rules read and extend, and how an ordered rule list is applied to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from ..analysis import Analysis, Found

OPENING_QUOTES = {"«", '"', "“"}
CLOSING_QUOTES = {"»", '"', "”"}
QUOTES = "".join(sorted(OPENING_QUOTES | CLOSING_QUOTES))
"""Every quote mark, as one string (for `str.strip` and character classes)."""


@dataclass
class PostPhrase:
    """A post phrase being read: the head (``a``, ``head_end``) within its sentence (``first``, ``last``),
    what the rules have found on either side, and ``j``, the token the right-hand rules read next."""

    a: int
    head_end: int
    first: int
    last: int
    family: str
    left: int = 0
    agree: int | None = None  # the word whose case a holder in apposition shares
    country: str | None = None
    host: str | None = None
    organization: str | None = None
    more: list[str] = field(default_factory=list)  # more states of a shared title (`президентами … и России`)
    more_hosts: list[str] = field(default_factory=list)  # `в Турции и по совместительству в Северной Македонии`
    chain_end: int = 0
    j: int = 0
    fired: list[tuple[str, int, int]] = field(default_factory=list)  # (rule, first token, end) of each rule read


PhraseRule = Callable[[Analysis, PostPhrase], bool]


def apply(rules: list[PhraseRule], doc: Analysis, p: PostPhrase) -> bool:
    """The first of ``rules`` that applies at the phrase's edge, recorded with the tokens it read."""
    left, j = p.left, p.j
    for rule in rules:
        if rule(doc, p):
            p.fired.append((rule.__name__, *((p.left, left) if p.left < left else (j, p.j))))
            return True
    return False


R = TypeVar("R", bound=Callable[..., object])
S = TypeVar("S")
V = TypeVar("V")


def switched_on(doc: Analysis, rules: list[R]) -> list[R]:
    """The rules of a list that are not left out."""
    return [rule for rule in rules if doc.on(rule.__name__)]


def first_verdict(rules: list[Callable[[Analysis, S], V | None]], doc: Analysis, state: S
                  ) -> tuple[Callable[[Analysis, S], V | None], V] | None:
    """The first rule that gives a verdict on ``state`` (not None), with its verdict."""
    for rule in rules:
        verdict = rule(doc, state)
        if verdict is not None:
            return rule, verdict
    return None


def location_at(doc: Analysis, i: int) -> Found | None:
    return doc.starting_at("location").get(i)


def org_at(doc: Analysis, i: int) -> Found | None:
    return doc.starting_at("org").get(i)
