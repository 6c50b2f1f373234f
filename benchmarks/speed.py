"""Speed and memory of diplonlp beside natasha's own pipeline (segment + morph + syntax + NER) and pullenti.

    .venv/bin/python benchmarks/speed.py [FOLDER] [--passes N] [--batch-size N]

Each system runs in a process of its own (so that its peak RSS is its own) over every ``*.txt`` under
FOLDER (default: ../shared/corpora/factrueval-2016 when present, else fixtures/). Prints init time,
docs/s, chars/s, cores busy (CPU time over wall time of the timed pass: numpy's BLAS threads show here),
p50/p95 latency per document and peak RSS, then diplonlp's ratios to the others.
With ``--passes 2`` the second pass is timed (warm caches, as in a long-running service).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "factrueval-2016"


def _load_diplonlp() -> Callable[[list[str]], None]:
    from diplonlp import Pipeline

    nlp = Pipeline()
    nlp("Посол Казахстана в Сербии.")  # loads every model

    def run(batch: list[str]) -> None:
        for _ in nlp.pipe(batch, batch_size=len(batch)):
            pass
    return run


def _load_natasha() -> Callable[[list[str]], None]:
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    seg, morph, syntax, ner = Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)

    def run(batch: list[str]) -> None:
        for text in batch:
            doc = Doc(text)
            doc.segment(seg)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
    return run


def _load_pullenti() -> Callable[[list[str]], None]:
    from pullenti_wrapper.processor import GEO, ORGANIZATION, PERSON, Processor

    processor = Processor([PERSON, ORGANIZATION, GEO])

    def run(batch: list[str]) -> None:
        for text in batch:
            processor(text)
    return run


LOADERS = {"diplonlp": _load_diplonlp, "natasha": _load_natasha, "pullenti": _load_pullenti}


def _measure(name: str, texts: list[str], passes: int, batch_size: int) -> dict[str, float]:
    start = time.perf_counter()
    run = LOADERS[name]()
    init = time.perf_counter() - start
    total = cpu = 0.0
    for _ in range(passes):  # throughput: batches, the last pass timed
        began, cpu_began = time.perf_counter(), _cpu()
        for k in range(0, len(texts), batch_size):
            run(texts[k:k + batch_size])
        total, cpu = time.perf_counter() - began, _cpu() - cpu_began
    latencies = []  # latency: one document at a time
    for text in texts:
        t0 = time.perf_counter()
        run([text])
        latencies.append(time.perf_counter() - t0)
    chars = sum(len(t) for t in texts)
    return {"init_s": init, "docs_s": len(texts) / total, "chars_s": chars / total, "cores": cpu / total,
            "p50_ms": statistics.median(latencies) * 1000,
            "p95_ms": (statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]) * 1000,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _cpu() -> float:
    """CPU seconds of this process, all its threads (numpy's BLAS threads included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _child(name: str, texts: list[str], passes: int, batch_size: int, queue: multiprocessing.Queue) -> None:
    queue.put(_measure(name, texts, passes, batch_size))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    folder = args.folder or (DEFAULT if DEFAULT.is_dir() else ROOT / "fixtures")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    print(f"{len(texts)} documents, {sum(map(len, texts))} characters from {folder}; "
          f"passes={args.passes}, batch_size={args.batch_size}")
    systems = ["diplonlp", "natasha"]
    try:
        import pullenti_wrapper  # noqa: F401

        systems.append("pullenti")
    except ImportError:
        print("pullenti: not installed (pip install '.[compare]')")
    context = multiprocessing.get_context("spawn")
    results: dict[str, dict[str, float]] = {}
    for name in systems:
        queue = context.Queue()
        proc = context.Process(target=_child, args=(name, texts, args.passes, args.batch_size, queue))
        proc.start()
        results[name] = queue.get()
        proc.join()
    print("\n| system | init s | docs/s | chars/s | cores busy | p50 ms/doc | p95 ms/doc | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['init_s']:.2f} | {r['docs_s']:.1f} | {r['chars_s']:.0f} | {r['cores']:.2f} | "
              f"{r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['rss_mb']:.0f} |")
    ours = results["diplonlp"]
    for name, r in results.items():
        if name != "diplonlp":
            print(f"diplonlp / {name}: throughput {ours['chars_s'] / r['chars_s']:.2f}x")


if __name__ == "__main__":
    main()
