"""Throughput of `diplonlp.dask.extract_bag` on a LocalCluster, per worker, with an estimate for 10M documents.

    .venv/bin/python benchmarks/dask_scale.py [--workers 2] [--repeat 4] [FOLDER]

FOLDER defaults to the FactRuEval-2016 devset under ../shared/corpora, else fixtures/.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "factrueval-2016" / "devset"


def main() -> None:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from diplonlp.dask import extract_bag

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=4)
    args = parser.parse_args()
    folder = args.folder or (DEFAULT if DEFAULT.is_dir() else ROOT / "fixtures")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))] * args.repeat
    chars = sum(map(len, texts))
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}) as cluster, \
            Client(cluster) as client:
        warm = db.from_sequence(texts[: args.workers * 4], npartitions=args.workers)
        extract_bag(warm).compute(scheduler=client.get)  # every worker loads its models
        bag = db.from_sequence(texts, npartitions=args.workers * 8)
        start = time.perf_counter()
        docs = extract_bag(bag).compute(scheduler=client.get)
        seconds = time.perf_counter() - start
    per_worker = len(docs) / seconds / args.workers
    print(f"{len(docs)} documents, {chars} characters, {args.workers} workers: {seconds:.1f} s")
    print(f"{len(docs) / seconds:.1f} docs/s in all, {per_worker:.1f} docs/s and "
          f"{chars / seconds / args.workers:.0f} chars/s per worker")
    hours = 10_000_000 / per_worker / 3600
    print(f"10M documents like these: {hours:.0f} worker-hours, e.g. {hours / 16:.1f} h on 16 workers")


if __name__ == "__main__":
    main()
