"""FactRuEval-2016 figures computed the way the organizers' scripts compute them (dialogue-evaluation/
factRuEval-2016, ``scripts/dialent``: ``t1_eval.py`` for task 1, ``t3_eval.py`` for task 3, easy and hard
mode). Written anew from their definition; docs/quality.md says how it was checked against theirs.

`gold` reads a book's standard layers, `task1` scores the mentions of a ``.task1`` response, `task3` the
facts of a ``.task3`` response; `Score` (in `diplonlp.evaluate`) is their measure: fractional true
positives counted on both sides.
"""

from __future__ import annotations

from pathlib import Path

from ...evaluate import Report, Score
from . import gold, task1, task3

__all__ = ["Score", "score_book"]


def score_book(txt: Path, task1_text: str, task3_text: str, report: Report) -> None:
    """Adds one book's official figures to ``report``: task 1 per mention type, task 3 per fact kind in easy
    and hard mode (``t3_eval.py`` and ``t3_eval.py -m``). A book without a ``.tokens`` layer has no task 1."""
    std = gold.load(txt)  # neither score changes it: task 3 reads the facts afresh from its text each time
    if txt.with_suffix(".tokens").exists():
        for kind, value in task1.score(std, task1_text).items():
            report.add_official(f"task1 {kind}", value)
    for mode, hard in (("easy", False), ("hard", True)):
        for kind, value in task3.score(std, task3_text, hard=hard).items():
            report.add_official(f"task3 {mode} {kind}", value)
