"""The package as published: its version from metadata, an SPDX licence, and an sdist whose tests can run."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tomllib
from importlib.metadata import metadata
from pathlib import Path

import diplonlp

ROOT = Path(__file__).resolve().parent.parent


def test_version_and_licence_come_from_the_metadata():
    meta = metadata("diplonlp")
    assert diplonlp.__version__ == meta["Version"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert project["urls"] and any(c.startswith("Programming Language") for c in project["classifiers"])


def test_sdist_holds_what_its_tests_need(tmp_path):
    subprocess.run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    (sdist,) = tmp_path.glob("diplonlp-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    needed = {str(p.relative_to(ROOT)) for folder in ("tests", "fixtures", "docs", "diplonlp")
              for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert needed - names == set()
    assert {"LICENSE", "README.md", "Makefile", "pyproject.toml"} <= names
