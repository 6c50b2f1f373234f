"""Shared fixtures: one pipeline per test session (models load once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplonlp import Document, Pipeline

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    return Pipeline()


def meetings(doc: Document) -> list[list[str]]:
    """The participants of each meeting of ``doc``, by name, sorted within a meeting."""
    return [sorted(doc.entity(p).name for p in r.participants) for r in doc.relations if r.kind == "meeting"]


def named_parties(doc: Document, kind: str) -> list[list[str]]:
    """The parties of each relation of ``kind`` (cooperation, agreement) of ``doc``, by name, in its order."""
    return [[doc.entity(p).name for p in r.parties] for r in doc.relations  # type: ignore[union-attr]
            if r.kind == kind]
