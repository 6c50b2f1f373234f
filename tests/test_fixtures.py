"""The pipeline over every fixture document against its gold: the bars of the issue, per kind."""

from __future__ import annotations

import json

import pytest

from diplonlp.contract_score import KINDS, score_document
from diplonlp.evaluate import Report

from .conftest import FIXTURES

SEEDS = sorted(FIXTURES.glob("seed_*.txt"))
OWN = sorted(FIXTURES.glob("doc_*.txt"))


def _report(nlp, paths) -> Report:
    report = Report()
    for txt in paths:
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        score_document(nlp(txt.read_text(encoding="utf-8")), gold, txt.name, report)
    return report


def test_fixture_set_is_complete():
    assert len(SEEDS) == 2
    assert len(OWN) >= 12
    assert all(p.with_suffix(".json").exists() for p in SEEDS + OWN)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seeds_are_read_perfectly(nlp, seed):
    report = _report(nlp, [seed])
    for kind in KINDS:
        assert report.f1(kind) == 1.0, f"{seed.stem} {kind}\n{report.table()}\n" + "\n".join(map(str, report.errors))


BARS = {"persons": 0.95, "countries": 0.95, "posts_full": 0.9, "organizations": 0.9, "locations": 0.9, "sectors": 0.9,
        "meeting": 0.85, "visit": 0.85, "cooperation": 0.85, "cooperation_sectors": 0.8, "agreement": 0.8,
        "membership": 0.8}


def test_own_fixtures_meet_the_bars(nlp):
    report = _report(nlp, OWN)
    for kind, bar in BARS.items():
        assert report.f1(kind) >= bar, f"{kind}\n{report.table()}"
