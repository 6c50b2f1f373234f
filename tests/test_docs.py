"""The docs tell the truth: every example on a kind page is what the library gives for its text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
EXAMPLE = re.compile(r"```text\n(.*?)\n```\s*```json\n(.*?)\n```", re.S)
PAGES = sorted((DOCS / "kinds").glob("*.md"))
KINDS = ["person", "post", "country", "organization", "location", "sector", "date", "holds_post", "meeting", "visit",
         "cooperation", "agreement", "membership"]


def _shown(doc, keys):
    """The output as pages show it: entities without mentions, relations without evidence."""
    data = doc.model_dump(mode="json")
    drop = {"mentions", "evidence"}
    return {key: [{k: v for k, v in item.items() if k not in drop} for item in data[key]] for key in keys}


def test_every_kind_has_a_page_with_an_example():
    assert [p.stem for p in PAGES] == sorted(KINDS)
    for page in PAGES:
        assert EXAMPLE.search(page.read_text(encoding="utf-8")), f"{page.name} has no example"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_examples_are_what_the_library_gives(nlp, page):
    for text, shown in EXAMPLE.findall(page.read_text(encoding="utf-8")):
        expected = json.loads(shown)
        assert _shown(nlp(text), list(expected)) == expected, f"{page.name}: {text[:60]}"


def test_links_between_docs_resolve():
    for page in DOCS.rglob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+\.(?:md|png|ipynb))(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).exists(), f"{page.relative_to(DOCS)} links to missing {target}"
