"""Throughput of `diplonlp.dask.extract_bag` on a LocalCluster per worker and CPU-second, beside a serial run.

    .venv/bin/python benchmarks/dask_scale.py [--workers 2] [--repeat 4] [--partitions 2] [--pairs 6]
                                              [--untuned] [--profiler] [FOLDER]

FOLDER defaults to the FactRuEval-2016 devset under ../shared/corpora, else fixtures/. A serial process of its
own (`Pipeline.pipe`) and a LocalCluster each make a warm pass, then timed passes in turn: serial, cluster,
serial, cluster, … (the other side idle meanwhile), so that each cluster pass is compared with the serial pass
right before it, under the host's noise of the moment (apart, one run's figure moved ±20 %). Serial: the
process's CPU time; cluster: each worker's CPU time, read from the worker before and after the pass. Printed:
each pair's chars per CPU-second per worker and serially, the median of the pairs' ratios, and a 10M-item
estimate. The cluster starts under `diplonlp.dask.WORKER_CONFIG` (no statistical profiler); ``--profiler`` keeps
Dask's default, ``--untuned`` the nanny's allocator settings (`diplonlp.dask.TUNE_ALLOCATOR` off), for the
comparison. ``--partitions``: partitions a worker (2: 122 documents each with the defaults; a job over millions of
items has thousands a partition, and the per-task costs, a few ms each, weigh less still).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "factrueval-2016" / "devset"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _serial(texts: list[str], asks: multiprocessing.Queue, answers: multiprocessing.Queue) -> None:
    """A serial pipeline: a warm pass, then a timed pass (its CPU seconds answered) each time it is asked."""
    from diplonlp import Pipeline

    nlp = Pipeline()
    for _ in nlp.pipe(texts):
        pass
    answers.put(0.0)
    while asks.get():
        began = _cpu()
        for _ in nlp.pipe(texts):
            pass
        answers.put(_cpu() - began)


def _untune() -> None:
    import diplonlp.dask

    diplonlp.dask.TUNE_ALLOCATOR = False


def _dask_pass(client: Any, bag: Any, expected: int) -> tuple[float, list[float]]:
    """Wall seconds of one pass of the cluster and each worker's CPU seconds in it."""
    from diplonlp.dask import extract_bag

    before = client.run(_cpu)
    start = time.perf_counter()
    docs = extract_bag(bag).compute(scheduler=client.get)
    seconds = time.perf_counter() - start
    after = client.run(_cpu)
    assert len(docs) == expected
    return seconds, [after[w] - before[w] for w in after]


def _pairs(texts: list[str], args: argparse.Namespace) -> list[tuple[float, float, float]]:
    """(serial CPU seconds, the workers' CPU seconds, the cluster's wall seconds) of each pair of passes."""
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    from diplonlp.dask import WORKER_CONFIG

    context = multiprocessing.get_context("spawn")
    asks, answers = context.Queue(), context.Queue()
    serial = context.Process(target=_serial, args=(texts, asks, answers))
    serial.start()
    out = []
    with dask.config.set({} if args.profiler else WORKER_CONFIG), LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        if args.untuned:
            client.run(_untune)
        bag = db.from_sequence(texts, npartitions=args.workers * args.partitions)
        _dask_pass(client, bag, len(texts))  # warm: models loaded, caches filled
        answers.get()  # the serial process is warm too
        for _ in range(args.pairs):
            asks.put(True)
            serial_cpu = answers.get()
            wall, cpus = _dask_pass(client, bag, len(texts))
            out.append((serial_cpu, sum(cpus), wall))
    asks.put(False)
    serial.join()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--partitions", type=int, default=2, help="partitions a worker")
    parser.add_argument("--pairs", type=int, default=6)
    parser.add_argument("--untuned", action="store_true", help="workers keep the nanny's allocator settings")
    parser.add_argument("--profiler", action="store_true", help="workers keep Dask's statistical profiler")
    args = parser.parse_args()
    folder = args.folder or (DEFAULT if DEFAULT.is_dir() else ROOT / "fixtures")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))] * args.repeat
    chars = sum(map(len, texts))
    print(f"{len(texts)} documents, {chars} characters; {args.workers} workers, {args.partitions} partitions each "
          f"(allocator {'untuned' if args.untuned else 'tuned by diplonlp.dask'}, profiler "
          f"{'on' if args.profiler else 'off'}), {args.pairs} pairs of passes")
    pairs = _pairs(texts, args)
    for n, (serial, workers, wall) in enumerate(pairs, 1):
        print(f"pair {n}: chars per CPU-second per worker {chars / workers:,.0f}, serial {chars / serial:,.0f}: "
              f"{serial / workers:.2f}; the cluster's pass {wall:.1f} s ({len(texts) / wall:.1f} docs/s in all)")
    per_worker = statistics.median(chars / workers for _, workers, _ in pairs)
    print(f"chars per CPU-second: per worker {per_worker:,.0f}, serial "
          f"{statistics.median(chars / serial for serial, _, _ in pairs):,.0f}; worker / serial "
          f"{statistics.median(serial / workers for serial, workers, _ in pairs):.2f} (median of the pairs' ratios)")
    docs_per_cpu_s = per_worker / (chars / len(texts))
    hours = 10_000_000 / docs_per_cpu_s / 3600
    print(f"10M documents like these ({chars / len(texts):,.0f} chars on average): {hours:.0f} worker-hours of a "
          f"core each ({docs_per_cpu_s:.1f} docs per CPU-second), e.g. {hours / 16:.1f} h on 16 workers")


if __name__ == "__main__":
    main()
