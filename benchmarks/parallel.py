"""Speed-up of ``pipe(n_process=N)`` over ``pipe()`` on one stream: prints figures, asserts nothing.

    .venv/bin/python benchmarks/parallel.py [FOLDER] [--repeat 16] [--jobs 2] [--rounds 3]

The stream is every ``*.txt`` under FOLDER (default: the FactRuEval-2016 devset when ../shared is
present, else fixtures/) repeated ``--repeat`` times. Each run starts from a process with no model loaded,
so the parallel figure includes starting and loading the workers; the serial one includes its own load.
Serial and parallel runs alternate ``--rounds`` times; the median speed-up is printed with every round's,
and the CPU time each run took (a run on two cores that takes twice its wall time in CPU keeps both busy).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "corpora" / "factrueval-2016" / "devset"


def run(folder: Path, repeat: int, jobs: int, batch_size: int, blas_threads: int | None) -> None:
    """One measured run in this (fresh) process: prints seconds and chars/s."""
    from diplonlp import Pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))] * repeat
    start = time.perf_counter()
    nlp = Pipeline(blas_threads=blas_threads)
    count = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size, n_process=jobs))
    seconds = time.perf_counter() - start
    chars = sum(len(t) for t in texts)
    print(f"{jobs} {seconds:.2f} {chars} {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEVSET if DEVSET.is_dir() else ROOT / "fixtures")
    parser.add_argument("--repeat", type=int, default=16)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3, help="alternating serial and parallel runs")
    parser.add_argument("--blas-threads", type=int, default=1,
                        help="Pipeline(blas_threads=…) of the serial run; 0 for numpy's own setting")
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run is not None:
        run(args.folder, args.repeat, args.run, args.batch_size, args.blas_threads or None)
        return
    figures: dict[int, list[float]] = {1: [], args.jobs: []}
    for round_ in range(1, args.rounds + 1):  # alternating, so that a slow spell of the host hits both
        for jobs in (1, args.jobs):
            cpu_before = _children_cpu()
            out = subprocess.run([sys.executable, __file__, str(args.folder), "--repeat", str(args.repeat),
                                  "--batch-size", str(args.batch_size), "--run", str(jobs),
                                  "--blas-threads", str(args.blas_threads)],
                                 capture_output=True, text=True, check=True, env=os.environ.copy())
            _, seconds, chars, docs = out.stdout.split()
            figures[jobs].append(float(seconds))
            print(f"round {round_}, n_process={jobs}: {docs} documents, {int(chars):,} characters, "
                  f"{float(seconds):.1f} s, {int(chars) / float(seconds):,.0f} chars/s, "
                  f"CPU {_children_cpu() - cpu_before:.1f} s")
    ratios = [a / b for a, b in zip(figures[1], figures[args.jobs], strict=True)]
    print(f"speed-up with {args.jobs} processes on {os.cpu_count()} cores: median {statistics.median(ratios):.2f}x "
          f"(rounds: {', '.join(f'{r:.2f}x' for r in ratios)}; median times "
          f"{statistics.median(figures[1]):.1f} s and {statistics.median(figures[args.jobs]):.1f} s: "
          f"{statistics.median(figures[1]) / statistics.median(figures[args.jobs]):.2f}x)")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime

if __name__ == "__main__":
    main()
