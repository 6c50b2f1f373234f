"""The README's Python examples run as written and pass ``mypy --strict`` (the way users type-check them)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every ```python block of the README, in order, as one script (later blocks use earlier names)."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 2
    path = tmp_path_factory.mktemp("readme") / "readme_examples.py"
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def test_readme_examples_run(examples: Path) -> None:
    out = subprocess.run([sys.executable, str(examples)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "Ван И ['Ван И']" in out.stdout
    assert "('2025-04-08', '2025-04-08', '2025-04-08')" in out.stdout


def test_readme_examples_pass_mypy_strict(examples: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental",
                          str(examples)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
