"""Speed-up of ``pipe(n_process=N)`` over ``pipe()`` on one stream: prints figures, asserts nothing.

    .venv/bin/python benchmarks/parallel.py [FOLDER] [--repeat 16] [--jobs 2]

The stream is every ``*.txt`` under FOLDER (default: the FactRuEval-2016 devset when ../shared is
present, else fixtures/) repeated ``--repeat`` times. Each run starts from a process with no model loaded,
so the parallel figure includes starting and loading the workers; the serial one includes its own load.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "corpora" / "factrueval-2016" / "devset"


def run(folder: Path, repeat: int, jobs: int, batch_size: int) -> None:
    """One measured run in this (fresh) process: prints seconds and chars/s."""
    from diplonlp import Pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))] * repeat
    start = time.perf_counter()
    count = sum(1 for _ in Pipeline().pipe(texts, batch_size=batch_size, n_process=jobs))
    seconds = time.perf_counter() - start
    chars = sum(len(t) for t in texts)
    print(f"{jobs} {seconds:.2f} {chars} {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEVSET if DEVSET.is_dir() else ROOT / "fixtures")
    parser.add_argument("--repeat", type=int, default=16)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run is not None:
        run(args.folder, args.repeat, args.run, args.batch_size)
        return
    figures = {}
    for jobs in (1, args.jobs):
        out = subprocess.run([sys.executable, __file__, str(args.folder), "--repeat", str(args.repeat),
                              "--batch-size", str(args.batch_size), "--run", str(jobs)],
                             capture_output=True, text=True, check=True, env=os.environ.copy())
        _, seconds, chars, docs = out.stdout.split()
        figures[jobs] = float(seconds)
        print(f"n_process={jobs}: {docs} documents, {int(chars):,} characters, {float(seconds):.1f} s, "
              f"{int(chars) / float(seconds):,.0f} chars/s")
    print(f"speed-up with {args.jobs} processes: {figures[1] / figures[args.jobs]:.2f}x on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
