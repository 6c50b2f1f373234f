"""Evaluation on public corpora: the contract's gold folders, FactRuEval-2016 and NEREL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..contract_score import evaluate_folder
from ..evaluate import Report
from . import factrueval, nerel, official

CORPORA = ("contract", "factrueval", "nerel")


def evaluate(path: str | Path, corpus: str, pipeline: Any = None, export: str | Path | None = None) -> Report:
    """Scores of the pipeline on a corpus folder; ``export`` writes FactRuEval responses (.task1, .task3)."""
    from ..pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    if corpus == "contract":
        return evaluate_folder(path, pipeline)
    report = Report()
    if corpus == "factrueval":
        out_dir = Path(export) if export else None
        if out_dir:
            out_dir.mkdir(parents=True, exist_ok=True)
        for book in factrueval.load(path):
            doc = pipeline(book.text)
            for kind, counts in factrueval.score_book(book, doc).counts.items():
                report.add(kind, counts)
            responses = factrueval.task1(doc), factrueval.task3(doc)
            official.score_book(Path(path) / f"{book.name}.txt", *responses, report)
            if out_dir:
                (out_dir / f"{book.name}.task1").write_text(responses[0], encoding="utf-8")
                (out_dir / f"{book.name}.task3").write_text(responses[1], encoding="utf-8")
        return report
    if corpus == "nerel":
        for item in nerel.load(path):
            for kind, counts in nerel.score_doc(item, pipeline(item.text)).counts.items():
                report.add(kind, counts)
        return report
    raise ValueError(f"unknown corpus {corpus!r}; expected one of {', '.join(CORPORA)}")
