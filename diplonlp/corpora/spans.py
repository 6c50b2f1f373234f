"""Span matching shared by the corpus scorers: exact and overlapping, one-to-one."""

from __future__ import annotations

from collections.abc import Iterable

from ..evaluate import Counts, greedy_match

Interval = tuple[int, int]


def match_spans(pred: Iterable[Interval], gold: Iterable[Interval], overlap: bool) -> Counts:
    """Counts for predicted vs gold spans; with ``overlap`` any shared character matches, one-to-one."""
    pred_set = sorted(set(pred))
    gold_set = sorted(set(gold))
    if not overlap:
        tp = len(set(pred_set) & set(gold_set))
        return Counts(tp=tp, fp=len(pred_set) - tp, fn=len(gold_set) - tp)
    return greedy_match(pred_set, gold_set, overlaps)


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]
