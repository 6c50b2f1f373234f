"""Shared fixtures: one pipeline per test session (models load once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplonlp import Pipeline

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    return Pipeline()
