"""Size: a 5 MB text is read within 1 GB of memory; the limit above it is a clear error."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from diplonlp import MAX_CHARS, TextTooLong, extract

from .conftest import FIXTURES

MEASURE = """
import json, resource, sys
from pathlib import Path
from diplonlp import extract
seeds = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("doc_*.txt"))]
block = "\\n\\n".join(s.split("\\n", 1)[1] for s in seeds)
text = ""
while len(text.encode("utf-8")) < 5_000_000:
    text += block + "\\n\\n"
doc = extract(text)
ok = all(text[m.start:m.stop] == m.text for p in doc.persons for m in p.mentions)
print(json.dumps({"bytes": len(text.encode("utf-8")), "chars": len(text), "persons": len(doc.persons),
                  "mentions_ok": ok, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def test_five_megabytes_within_one_gigabyte():
    out = subprocess.run([sys.executable, "-c", MEASURE, str(FIXTURES)], capture_output=True, text=True,
                         check=True)
    figures = json.loads(out.stdout)
    assert figures["bytes"] >= 5_000_000 and figures["chars"] < MAX_CHARS
    assert figures["mentions_ok"] and figures["persons"] > 20
    assert figures["rss_mb"] <= 1024, figures


def test_above_the_limit_is_a_clear_error():
    with pytest.raises(TextTooLong, match=f"limit is {MAX_CHARS}"):
        extract("а" * (MAX_CHARS + 1))
