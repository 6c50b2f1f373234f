"""Task 3 (facts) as the organizers score it (``t3_eval.py``; ``-m`` is hard mode).

A gold argument accepts many strings: an entity's mention texts, name attributes and, for a person, the
combinations of first name, surname, patronymic and nickname; a span's text (and, for a Position, its
normal form from the organizers' table). A response fact may join the gold fact one of whose arguments
other than Position it matches; each gold fact forms a cluster with the response facts joined to it, and
the assignment with the best F1 is searched exhaustively, kind by kind. A cluster's quality is the share
of its weighted arguments matched (Position and phase weigh 0.5, the rest 1), times the mean of 1 and the
share of argument pairs one response fact gets together. Easy mode ignores gold facts of raised
difficulty and drops phases; hard mode drops facts of possible, future or negated modality.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

from . import Score
from .gold import Entity, Standard, positions
from .strings import full, same

KINDS = ("ownership", "occupation", "meeting", "deal")
"""The fact kinds scored (isPartOf is not), each searched on its own; `overall` sums them."""
WEIGHTS = {"position": 0.5, "фаза": 0.5}
SPECIAL = ("модальность", "сложность")
EASY_ONLY_MODALITY = ("возможность", "будущее", "отрицание")
PERSON_ORDERS = ("lfp", "fpl", "fp", "fl", "lf", "n", "f", "p", "l", "fn")
PERSON_PARTS = {"f": "firstname", "l": "lastname", "p": "patronymic", "n": "nickname"}


@dataclass(eq=False)
class Argument:
    name: str
    values: list[str]  # a gold argument's accepted strings; a response argument's one string
    fact: Fact | None = None

    def matches(self, other: Argument) -> bool:
        return self.name == other.name and any(same(v, w) for v in self.values for w in other.values)


@dataclass(eq=False)
class Fact:
    kind: str
    arguments: list[Argument] = field(default_factory=list)
    easy_only: bool = False  # a modality that hard mode leaves out
    difficult: bool = False  # raised difficulty: easy mode ignores it

    def can_match(self, response: Fact) -> bool:
        return any(a.name != "position" and a.matches(b) for a in self.arguments for b in response.arguments)


def _argument_name(name: str) -> str:
    name = name.strip(" \n\r\t").lower()
    return "position" if name == "job" else name


def _fold(values: list[str]) -> list[str]:
    return [v.lower().strip(" \n\r\t").replace("ё", "е") for v in values]


def _person_names(entity: Entity) -> list[str]:
    out: list[str] = []
    for order in PERSON_ORDERS:
        options = [""]
        for letter in order:
            options = [f"{o} {v}" if o else v for v in entity.values(PERSON_PARTS[letter]) if v for o in options]
        out += options
    return out


def _entity_values(entity: Entity, descr: str) -> list[str]:
    values = {descr} | {t for m in entity.mentions for t in (m.text, m.interval_text)}
    if entity.tag == "per":
        values |= set(_person_names(entity))
    if entity.tag in ("org", "loc"):
        values |= entity.values("name")
    return _fold(sorted(values))


def _gold_argument(line: str, std: Standard) -> Argument:
    parts = line.split(" ")
    argument = Argument(_argument_name(parts[0]), [])
    alternatives = " ".join(parts[1:]).split("|")
    if parts[1].startswith("span"):
        for alternative in alternatives:
            span = std.spans[next(p for p in alternative.split(" ") if p)[4:]]
            values = [span.text]
            if argument.name == "position" and span.text in positions():
                values.append(positions()[span.text])
            argument.values += _fold(values)
    elif parts[1].startswith("obj"):
        argument.values = _entity_values(std.entities[parts[1][3:]], " ".join(parts[2:]).strip(" \n\r\t").lower())
    else:
        argument.values = _fold([a.strip(" \n\r\t").lower() for a in alternatives])
    return argument


def gold_facts(std: Standard) -> list[Fact]:
    """The book's facts, with modality and difficulty read off as flags."""
    facts: list[Fact] = []
    for block in _blocks(std.facts_text or ""):
        fact = Fact(block[0].split(" ")[1].strip(" :\n\t\r").lower())
        for line in block[1:]:
            argument = _gold_argument(line, std)
            argument.fact = fact
            fact.arguments.append(argument)
        for argument in [a for a in fact.arguments if a.name in SPECIAL]:
            fact.arguments.remove(argument)
            if argument.name == "модальность":
                fact.easy_only = fact.easy_only or any(v in EASY_ONLY_MODALITY for v in argument.values)
            else:
                fact.difficult = argument.values[0] == "повышенная"
        facts.append(fact)
    return facts


def _blocks(text: str) -> Iterator[list[str]]:
    block: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip(" \t\n\r")
        if line:
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def response_facts(text: str) -> list[Fact]:
    """The facts of a ``.task3`` response; like the organizers' reader, it stops at a line that is not one
    ``name: value`` pair (the facts before it are kept)."""
    facts: list[Fact] = []
    block: list[str] = []
    for raw in [*text.split("\n"), ""]:
        line = full(raw)
        if line:
            block.append(line)
            continue
        if not block:
            continue
        fact = Fact(block[0].strip(" :\n\t\r").lower())
        for arg_line in block[1:]:
            parts = arg_line.split(":")
            if len(parts) != 2:
                return facts
            fact.arguments.append(Argument(_argument_name(parts[0]), [parts[1].strip(" \n\r\t").lower()], fact))
        facts.append(fact)
        block = []
    return facts


def _quality(gold: Fact | None, responses: list[Fact], ignored: bool) -> float:
    """The quality of one cluster: a gold fact (or none) and the response facts joined to it."""
    if gold is None or not responses or ignored:
        return 0.0
    matched: list[Argument] = []
    unmatched_response = 0.0
    by_gold: dict[int, list[Argument]] = {id(a): [] for a in gold.arguments}
    for arg in (a for r in responses for a in r.arguments):
        target = next((g for g in gold.arguments if g.matches(arg)), None)
        if target is None:
            unmatched_response += WEIGHTS.get(arg.name, 1.0)
            continue
        if target not in matched:
            matched.append(target)
        by_gold[id(target)].append(arg)
    n = sum(WEIGHTS.get(a.name, 1.0) for a in matched)
    missed = sum(WEIGHTS.get(a.name, 1.0) for a in gold.arguments if a not in matched)
    extraction = n / (n + unmatched_response + missed)
    if len(responses) == 1:
        return extraction
    # pairs of the gold fact's first len(matched) arguments that one response fact gets together
    pairs = list(combinations(gold.arguments[:len(matched)], 2))
    together = sum(any(x.fact is y.fact for x in by_gold[id(a)] for y in by_gold[id(b)]) for a, b in pairs)
    identification = together / len(pairs) if pairs else 1.0
    return (extraction + identification * extraction) / 2


class _Search:
    """The exhaustive search of one kind's assignment of response facts to gold facts."""

    def __init__(self, gold: list[Fact], response: list[Fact], hard: bool) -> None:
        self.gold = [f for f in gold if not f.easy_only] if hard else gold
        self.ignored = [not hard and f.difficult for f in self.gold]
        if not hard:
            for fact in self.gold:
                fact.arguments = [a for a in fact.arguments if a.name != "фаза"]
        self.response = response
        self.options = [[k for k, g in enumerate(self.gold) if g.can_match(r)] + [-1] for r in response]
        self._cluster: dict[tuple[int, tuple[int, ...]], float] = {}

    def best(self) -> Score:
        best: Score | None = None
        for assignment in self._assignments(0, []):
            score = self._score(assignment)
            if best is None or best.f1 < score.f1:
                best = score
        return best or self._score([])

    def _assignments(self, i: int, chosen: list[int]) -> Iterator[list[int]]:
        if i == len(self.response):
            yield chosen
            return
        for k in self.options[i]:
            yield from self._assignments(i + 1, [*chosen, k])

    def _score(self, assignment: list[int]) -> Score:
        """Sums in the organizers' order (gold facts, then response facts), so that ties break as theirs do."""
        score = Score()
        quality = [self._quality(k, tuple(i for i, g in enumerate(assignment) if g == k))
                   for k in range(len(self.gold))]
        score.tp_std = sum(quality)
        score.tp_test = sum(quality[k] if k >= 0 else 0.0 for k in assignment)
        score.n_std = sum(not ignored for ignored in self.ignored)
        score.n_test = sum(k < 0 or not self.ignored[k] for k in assignment)
        return score

    def _quality(self, k: int, members: tuple[int, ...]) -> float:
        key = (k, members)
        if key not in self._cluster:
            self._cluster[key] = _quality(self.gold[k], [self.response[i] for i in members], self.ignored[k])
        return self._cluster[key]


def score(std: Standard, response: str, hard: bool = False) -> dict[str, Score]:
    """Scores of one book per fact kind and `overall`; a book with no .facts layer is not scored (empty)."""
    if std.facts_text is None:
        return {}
    gold = gold_facts(std)
    facts = response_facts(response)
    out = {"overall": Score()}
    for kind in KINDS:
        out[kind] = _Search([f for f in gold if f.kind == kind], [f for f in facts if f.kind == kind], hard).best()
        out["overall"].add(out[kind])
    return out
