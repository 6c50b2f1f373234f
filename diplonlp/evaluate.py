"""Figures and their containers: counts, the FactRuEval organizers' fractional score, a report per kind.

The contract's own scorer (the reference `score.py`'s rules) is `diplonlp.contract_score`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


def fold(text: str | None) -> str:
    return " ".join((text or "").lower().replace("ё", "е").split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Score:
    """The FactRuEval organizers' measure: fractional true positives counted on the gold side (recall,
    ``tp_std / n_std``) and on the response side (precision, ``tp_test / n_test``); 1.0 where a count is 0."""

    tp_std: float = 0.0
    tp_test: float = 0.0
    n_std: int = 0
    n_test: int = 0

    def add(self, other: Score) -> None:
        self.tp_std += other.tp_std
        self.tp_test += other.tp_test
        self.n_std += other.n_std
        self.n_test += other.n_test

    @property
    def precision(self) -> float:
        return self.tp_test / self.n_test if self.n_test else 1.0

    @property
    def recall(self) -> float:
        return self.tp_std / self.n_std if self.n_std else 1.0

    @property
    def f1(self) -> float:
        if self.n_std + self.n_test == 0:
            return 1.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp_std": round(self.tp_std, 4), "tp_test": round(self.tp_test, 4), "n_std": self.n_std,
                "n_test": self.n_test}


@dataclass
class Report:
    """Figures per kind: ``counts`` by the project's own matching, ``official`` by a corpus organizers' metric
    where there is one (then the counts are diagnostics, and say so); ``notes`` say what a figure measures."""

    counts: dict[str, Counts] = field(default_factory=dict)
    official: dict[str, Score] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[Any] = field(default_factory=list)  # contract gold: `contract_score.ScoreError`, item by item

    def add(self, kind: str, counts: Counts) -> None:
        self.counts.setdefault(kind, Counts()).add(counts)

    def add_official(self, kind: str, score: Score) -> None:
        self.official.setdefault(kind, Score()).add(score)

    def f1(self, kind: str) -> float:
        if kind in self.official:
            return self.official[kind].f1
        return self.counts[kind].f1 if kind in self.counts else 1.0

    def as_dict(self) -> dict[str, Any]:
        counts = {kind: c.as_dict() for kind, c in self.counts.items()}
        if not self.official:
            return counts
        return {"official": {kind: s.as_dict() for kind, s in self.official.items()}, "diagnostic": counts}

    def table(self) -> str:
        lines: list[str] = []
        if self.official:
            lines += [OFFICIAL_HEADING, f"{'kind':<28}{'P':>8}{'R':>8}{'F1':>8}{'tp_std':>9}{'tp_test':>9}"
                      f"{'n_std':>7}{'n_test':>7}"]
            lines += [f"{kind:<28}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.tp_std:>9.2f}{s.tp_test:>9.2f}"
                      f"{s.n_std:>7}{s.n_test:>7}" for kind, s in self.official.items()]
            lines += ["", DIAGNOSTIC_HEADING]
        lines.append(f"{'kind':<28}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
        for kind, c in self.counts.items():
            lines.append(f"{kind:<28}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
        return "\n".join(lines + self.notes)


OFFICIAL_HEADING = "official: the organizers' metric (as their t1_eval.py / t3_eval.py compute it)"
DIAGNOSTIC_HEADING = "diagnostic: diplonlp's own, looser matching (not comparable with published results)"


def greedy_match(pred: Iterable[Any], gold: Iterable[Any], same: Any, optional: Iterable[Any] = (),
                 forgive_duplicates: bool = False) -> Counts:
    """Greedy one-to-one matching by ``same(prediction, gold_item)``.

    A prediction matching an ``optional`` gold item is not counted; with ``forgive_duplicates`` neither
    is one matching a gold item another prediction already took (document-level gold lists a thing once).
    """
    gold = list(gold)
    free = list(gold)
    counts = Counts()
    optional = list(optional)
    for p in pred:
        hit = next((g for g in free if same(p, g)), None)
        if hit is not None:
            free.remove(hit)
            counts.tp += 1
        elif not any(same(p, g) for g in optional) and not (forgive_duplicates and any(same(p, g) for g in gold)):
            counts.fp += 1
    counts.fn = len(free)
    return counts
