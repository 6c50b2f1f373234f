"""Task 1 (named-entity mentions) as the organizers score it (``t1_eval.py``, LocOrg kept apart).

Mentions are sets of gold tokens (a response's span keeps the tokens inside it, less one-character
punctuation stuck to a word). A gold mention's name tokens weigh 1 and its descriptor tokens 0; a pair of
the same type scores its weighted token overlap. Pairs are searched for the best overall F1 (a perfect
match must be taken); a gold mention with no name token, one nested in another, or the redundant one of
two with the same tokens is not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import Score
from .gold import Standard, Token

TAGS = ("per", "loc", "org", "locorg")
"""The mention types, in the organizers' order (the search visits gold mentions in this order)."""
NAME_TOKENS = {"per": ("name", "patronymic", "nickname", "surname"), "loc": ("org_name", "loc_name"),
               "org": ("loc_name", "org_name"), "locorg": ("org_name", "loc_name")}
"""Span types whose tokens weigh 1 in a mention of each type; all other tokens weigh 0."""
PARENT_TAGS = {"per": ("loc", "org", "locorg"), "loc": ("loc", "org", "locorg"), "org": ("org", "locorg"),
               "locorg": ("org", "locorg"), "project": ("org", "locorg")}
"""Which types a mention of each type may be nested in."""


@dataclass(eq=False)
class TokenSet:
    tag: str
    tokens: frozenset[Token]
    key: str = ""  # gold: the mention id, the order of the search; response: ""
    weights: dict[Token, int] = field(default_factory=dict)
    parents: int = 0
    sibling: TokenSet | None = None
    dropped_sibling: bool = False

    def weight(self, token: Token) -> int:
        return self.weights.get(token, 0)

    @property
    def unnamed(self) -> bool:
        return not any(self.weights.values())


def gold_sets(std: Standard) -> list[TokenSet]:
    sets: list[TokenSet] = []
    for mention in std.mentions:
        if mention.tag not in TAGS:
            continue
        ts = TokenSet(mention.tag, frozenset(t for s in mention.spans for t in s.tokens), mention.id)
        for span in mention.spans:
            for token in span.tokens:
                ts.weights[token] = max(ts.weights.get(token, 0), int(span.tag in NAME_TOKENS[ts.tag]))
        sets.append(ts)
    for ts in sets:
        family = [o for o in sets if o is not ts and o.tag in PARENT_TAGS[ts.tag]]
        ts.parents = sum(ts.tokens < o.tokens for o in family)
        same = [o for o in family if ts.tokens == o.tokens]
        if len(same) > 1:
            raise ValueError(f"{std.name}: mention {ts.key} has {len(same)} twins; the organizers' scorer allows one")
        ts.sibling = same[0] if same else None
    return sets


def response_sets(std: Standard, response: str) -> list[TokenSet]:
    """The mentions of a ``.task1`` response (``tag start length`` lines) as sets of gold tokens."""
    sets: list[TokenSet] = []
    for number, line in enumerate(response.splitlines(), 1):
        parts = line.split(" ")
        if not line.strip():
            continue
        if len(parts) != 3 or parts[0].strip().lower() not in TAGS:
            raise ValueError(f"{std.name}.task1 line {number}: expected 'per|loc|org|locorg START LENGTH'")
        start = int(parts[1])
        end = start + int(parts[2]) - 1
        sets.append(TokenSet(parts[0].strip().lower(), frozenset(
            t for t in std.tokens if t.start >= start and t.end <= end and not t.attached)))
    return sets


def _overlap(s: TokenSet, t: TokenSet) -> float:
    """Share of shared tokens (0 across types): what the search ranks pairs by."""
    if s.tag != t.tag:
        return 0.0
    shared = len(s.tokens & t.tokens)
    return shared / (shared + len(s.tokens - t.tokens) + len(t.tokens - s.tokens))


def _quality(s: TokenSet, t: TokenSet) -> float:
    """A pair's score: weighted shared tokens over weighted gold tokens plus the response's extra tokens."""
    if s.tag != t.tag:
        return 0.0
    tp = sum(s.weight(x) for x in s.tokens & t.tokens)
    fn = sum(s.weight(x) for x in s.tokens - t.tokens if not x.punctuation)
    total = tp + fn + len(t.tokens - s.tokens)
    return tp / total if total > 0 else _overlap(s, t)


def _ignored(s: TokenSet, matched: set[TokenSet]) -> bool:
    """Whether a gold mention is left out of the counts, given the mentions paired so far. Of two twins of
    one type, the first ever asked about stays and the other is dropped for good (as in the organizers' code)."""
    if s.unnamed or s.parents:
        return True
    sibling = s.sibling
    if sibling is None:
        return False
    if (s in matched) != (sibling in matched):
        return s not in matched
    if sibling.tag != s.tag:
        return s.tag != "org"
    if s.dropped_sibling:
        return True
    sibling.dropped_sibling = True
    return False


def _evaluate(pairs: list[tuple[TokenSet, TokenSet]], unmatched_gold: list[TokenSet],
              unmatched_response: list[TokenSet]) -> Score:
    paired = {x for pair in pairs for x in pair}
    tp = 0.0
    relevant = 0
    kept: set[TokenSet] = set()
    for s, t in pairs:
        if not _ignored(s, paired):
            tp += _quality(s, t)
            kept.add(s)
            relevant += 1
    n_std = relevant + sum(1 for s in unmatched_gold if s not in kept and not _ignored(s, paired))
    return Score(tp, tp, n_std, relevant + len(unmatched_response))


class _Search:
    """The organizers' search for the pairing with the best overall F1: gold mentions in turn (by type, then
    id), each paired with a response mention it shares tokens with, a perfect one if there is one, or left
    unpaired where that may pay."""

    def __init__(self, gold: list[TokenSet], response: list[TokenSet]) -> None:
        self.gold = [s for tag in TAGS for s in sorted((g for g in gold if g.tag == tag), key=lambda g: g.key)]
        self.response = [t for tag in TAGS for t in response if t.tag == tag]
        self.m = [[_overlap(s, t) for t in self.response] for s in self.gold]

    def solve(self) -> dict[str, Score]:
        pairs = self._search(list(range(len(self.gold))), list(range(len(self.response))), [])[1]
        out = {"overall": self._evaluate(pairs)}
        for tag in TAGS:
            out[tag] = self._evaluate(pairs, tag)
        return out

    def _search(self, gold: list[int], response: list[int], pairs: list[tuple[int, int]]
                ) -> tuple[float, list[tuple[int, int]]]:
        if not gold or not response:
            return self._evaluate(pairs).f1, pairs
        current, rest = gold[0], gold[1:]
        perfect = [t for t in response if self.m[current][t] == 1.0]
        options = perfect or [t for t in response if self.m[current][t] > 0.0]
        best: tuple[float, list[tuple[int, int]]] | None = None
        tried = most_rivals = 0
        for t in options:
            rivals = sum(self.m[k][t] != 0.0 for k in rest)
            most_rivals = max(most_rivals, rivals)
            if any(self.m[k][t] == 1.0 for k in rest) and self.m[current][t] < 1.0:
                continue  # another gold mention matches it perfectly
            tried += 1
            found = self._search(rest, [r for r in response if r != t], [*pairs, (current, t)])
            if best is None or found[0] > best[0]:
                best = found
        if tried == 0 or (tried == 1 and most_rivals > 0 and not perfect):
            found = self._search(rest, response, pairs)
            if best is None or found[0] > best[0]:
                best = found
        assert best is not None
        return best

    def _evaluate(self, pairs: list[tuple[int, int]], tag: str = "") -> Score:
        paired_gold = {s for s, _ in pairs}
        paired_response = {t for _, t in pairs}
        subset = [(self.gold[s], self.response[t]) for s, t in pairs if not tag or self.gold[s].tag == tag]
        gold = [g for k, g in enumerate(self.gold) if k not in paired_gold and (not tag or g.tag == tag)]
        response = [r for k, r in enumerate(self.response) if k not in paired_response and (not tag or r.tag == tag)]
        return _evaluate(subset, gold, response)


def score(std: Standard, response: str) -> dict[str, Score]:
    """Scores of one book per mention type and `overall`."""
    return _Search(gold_sets(std), response_sets(std, response)).solve()
