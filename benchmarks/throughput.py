"""Throughput of the full pipeline over a folder of *.txt (default: fixtures/): prints figures, asserts nothing.

    .venv/bin/python benchmarks/throughput.py [FOLDER]
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from diplonlp import Pipeline


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    start = time.perf_counter()
    nlp = Pipeline()
    nlp("Посол Казахстана в Сербии.")  # loads the models
    loaded = time.perf_counter()
    for text in texts:
        nlp(text)
    done = time.perf_counter()
    chars = sum(len(t) for t in texts)
    run = done - loaded
    print(f"documents      {len(texts)}")
    print(f"characters     {chars}")
    print(f"model load     {loaded - start:.2f} s")
    print(f"docs/s         {len(texts) / run:.1f}")
    print(f"chars/s        {chars / run:.0f}")
    print(f"peak RSS       {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
