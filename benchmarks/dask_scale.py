"""Throughput of `diplonlp.dask.extract_bag` on a LocalCluster per worker and CPU-second, beside a serial run.

    .venv/bin/python benchmarks/dask_scale.py [--workers 2] [--repeat 4] [--untuned] [FOLDER]

FOLDER defaults to the FactRuEval-2016 devset under ../shared/corpora, else fixtures/. The serial figure is
`Pipeline.pipe` in a fresh process of its own (a warm pass, then a timed one, CPU time); each worker's CPU time
is read from the worker itself before and after a timed pass that follows a warm one. With ``--untuned`` the
workers keep the nanny's allocator settings (`diplonlp.dask.TUNE_ALLOCATOR` off), for the comparison.
Prints chars per CPU-second per worker and serially, their ratio, and a 10M-item estimate from them.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "factrueval-2016" / "devset"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _serial(texts: list[str], queue: multiprocessing.Queue) -> None:
    from diplonlp import Pipeline

    nlp = Pipeline()
    for _ in nlp.pipe(texts):  # warm
        pass
    began = _cpu()
    for _ in nlp.pipe(texts):
        pass
    queue.put(_cpu() - began)


def _serial_cpu(texts: list[str]) -> float:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    proc = context.Process(target=_serial, args=(texts, queue))
    proc.start()
    seconds = queue.get()
    proc.join()
    return seconds


def _untune() -> None:
    import diplonlp.dask

    diplonlp.dask.TUNE_ALLOCATOR = False


def _dask(texts: list[str], workers: int, tuned: bool) -> tuple[float, list[float]]:
    """Wall seconds of a timed pass and each worker's CPU seconds in it."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    from diplonlp.dask import extract_bag

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        if not tuned:
            client.run(_untune)
        bag = db.from_sequence(texts, npartitions=workers * 8)
        extract_bag(bag).compute(scheduler=client.get)  # warm: models loaded, caches filled
        before = client.run(_cpu)
        start = time.perf_counter()
        docs = extract_bag(bag).compute(scheduler=client.get)
        seconds = time.perf_counter() - start
        after = client.run(_cpu)
    assert len(docs) == len(texts)
    return seconds, [after[w] - before[w] for w in after]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--untuned", action="store_true", help="workers keep the nanny's allocator settings")
    args = parser.parse_args()
    folder = args.folder or (DEFAULT if DEFAULT.is_dir() else ROOT / "fixtures")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))] * args.repeat
    chars = sum(map(len, texts))
    serial = chars / _serial_cpu(texts)
    seconds, cpus = _dask(texts, args.workers, not args.untuned)
    per_worker = chars / sum(cpus)
    print(f"{len(texts)} documents, {chars} characters; {args.workers} workers "
          f"({'untuned' if args.untuned else 'allocator tuned by diplonlp.dask'}): {seconds:.1f} s, "
          f"{len(texts) / seconds:.1f} docs/s in all")
    print(f"worker CPU seconds: {', '.join(f'{c:.1f}' for c in cpus)}")
    print(f"chars per CPU-second: per worker {per_worker:,.0f}, serial {serial:,.0f}; "
          f"worker / serial {per_worker / serial:.2f}")
    docs_per_cpu_s = len(texts) / sum(cpus)
    hours = 10_000_000 / docs_per_cpu_s / 3600
    print(f"10M documents like these ({chars / len(texts):,.0f} chars on average): {hours:.0f} worker-hours of a "
          f"core each ({docs_per_cpu_s:.1f} docs per CPU-second), e.g. {hours / 16:.1f} h on 16 workers")


if __name__ == "__main__":
    main()
