"""Speed and memory of diplonlp beside natasha's own pipeline (segment + morph + syntax + NER), in one run.

    .venv/bin/python benchmarks/speed.py [FOLDER] [--rounds 3] [--batch-size 32] [--pullenti]

Every system runs in a fresh process of its own (its peak RSS its own, its caches cold) over every ``*.txt``
under FOLDER (default: the FactRuEval-2016 devset under ../shared/corpora, else fixtures/), fed the same
batches in the same order. Per process: init (import and model load, to the first result), a cold pass (the
first over the corpus: pymorphy3 and word-id caches empty), a warm pass (the second, as in a long-running
service), latency one document at a time, peak RSS. diplonlp's process also times its ceilings on the warm
caches: tokens + models (`Pipeline._prepare`: tokens, sentences, the three models; no rules) and models only
(the three models on ready tokens), each pass right after another warm pass of the whole pipeline, three
times (the ratio to a ceiling is the median of those pairs). natasha runs twice: numpy held to one thread (the
fair peer: diplonlp holds its own to one) and on numpy's own threads (two here), labelled. The rounds alternate
the systems; figures are medians over rounds and ratios medians of each round's ratios (the host is noisy).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "factrueval-2016" / "devset"
PAIRS = 3
"""Warm passes each followed by the ceilings' passes, per process: the warm/ceiling ratio is the median of these
pairs (a pass next to its ceiling shares the host's noise of the moment)."""
Run = Callable[[list[str]], None]


def _load_diplonlp() -> tuple[Run, dict[str, Run]]:
    from diplonlp import Pipeline
    from diplonlp.inputs import Item
    from diplonlp.stages import sentences_to_parse

    nlp = Pipeline()
    nlp("Посол Казахстана в Сербии.")  # loads every model

    def run(batch: list[str]) -> None:
        for _ in nlp.pipe(batch, batch_size=len(batch)):
            pass

    def tokens_and_models(batch: list[str]) -> None:
        nlp._prepare([Item(text) for text in batch])

    ready: dict[int, tuple[list, Callable]] = {}  # each batch's tokenized documents and sentence filter

    def models_only(batch: list[str]) -> None:
        key = id(batch)
        if key not in ready:
            docs = [d for d in nlp._prepare([Item(text) for text in batch]) if d.tokens]
            ready[key] = docs, sentences_to_parse(docs)
            return
        docs, parse = ready[key]
        models = nlp._models
        with models.blas_limit(1):
            ids = [models.ids(d.tokens) for d in docs]
            models.ner([d.tokens for d in docs], None, ids)
            models.tag([(d.tokens, d.sents) for d in docs], parse, None, ids)
    return run, {"tokens + models": tokens_and_models, "models only": models_only}


def _load_natasha(threads: int | None) -> Callable[[], tuple[Run, dict[str, Run]]]:
    def load() -> tuple[Run, dict[str, Run]]:
        from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter
        from threadpoolctl import threadpool_limits

        if threads is not None:
            threadpool_limits(threads, user_api="blas")
        emb = NewsEmbedding()
        seg, morph, syntax, ner = Segmenter(), NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)

        def run(batch: list[str]) -> None:
            for text in batch:
                doc = Doc(text)
                doc.segment(seg)
                doc.tag_morph(morph)
                doc.parse_syntax(syntax)
                doc.tag_ner(ner)
        run(["Посол Казахстана в Сербии."])
        return run, {}
    return load


def _load_pullenti() -> tuple[Run, dict[str, Run]]:
    from pullenti_wrapper.processor import GEO, ORGANIZATION, PERSON, Processor

    processor = Processor([PERSON, ORGANIZATION, GEO])

    def run(batch: list[str]) -> None:
        for text in batch:
            processor(text)
    return run, {}


LOADERS: dict[str, Callable[[], tuple[Run, dict[str, Run]]]] = {
    "diplonlp": _load_diplonlp, "natasha, 1 thread": _load_natasha(1), "natasha, numpy's threads": _load_natasha(None),
    "pullenti": _load_pullenti}


def _pass(run: Run, batches: list[list[str]]) -> tuple[float, float]:
    """Wall and CPU seconds of one pass over ``batches``."""
    began, cpu_began = time.perf_counter(), _cpu()
    for batch in batches:
        run(batch)
    return time.perf_counter() - began, _cpu() - cpu_began


def _measure(name: str, texts: list[str], batch_size: int) -> dict[str, float]:
    start = time.perf_counter()
    run, ceilings = LOADERS[name]()
    init = time.perf_counter() - start
    batches = [texts[k:k + batch_size] for k in range(0, len(texts), batch_size)]
    chars = sum(map(len, texts))
    cold, _ = _pass(run, batches)
    warm, cpu = _pass(run, batches)
    out = {"init_s": init, "cold": chars / cold, "warm": chars / warm, "docs_s": len(texts) / warm,
           "cores": cpu / warm}
    latencies = []
    for text in texts:
        t0 = time.perf_counter()
        run([text])
        latencies.append(time.perf_counter() - t0)
    out["p50_ms"] = statistics.median(latencies) * 1000
    out["p95_ms"] = (statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else latencies[0]) * 1000
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the ceilings keep documents
    for ceiling in ceilings.values():
        _pass(ceiling, batches)  # its own warm-up (models only: tokenizes each batch once)
    pairs: dict[str, list[tuple[float, float]]] = {label: [] for label in ceilings}
    for _ in range(PAIRS if ceilings else 0):  # each ceiling pass right after a warm pass: one noise for both
        full = _pass(run, batches)[0]
        for label, ceiling in ceilings.items():
            alone = _pass(ceiling, batches)[0]
            pairs[label].append((chars / alone, alone / full))
    for label, measured in pairs.items():
        out[label] = statistics.median(speed for speed, _ in measured)
        out[f"{label} ratio"] = statistics.median(ratio for _, ratio in measured)
    return out


def _cpu() -> float:
    """CPU seconds of this process, all its threads (numpy's BLAS threads included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _child(name: str, texts: list[str], batch_size: int, queue: multiprocessing.Queue) -> None:
    queue.put(_measure(name, texts, batch_size))


def _in_process(name: str, texts: list[str], batch_size: int) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    proc = context.Process(target=_child, args=(name, texts, batch_size, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def _report(rounds: list[dict[str, dict[str, float]]]) -> None:
    def median(name: str, key: str) -> float:
        return statistics.median(r[name][key] for r in rounds)

    def ratio(key: str, name: str, other_key: str | None = None) -> str:
        values = sorted(r["diplonlp"][key] / r[name][other_key or key] for r in rounds)
        return f"{statistics.median(values):.2f}× ({', '.join(f'{v:.2f}' for v in values)})"

    names = list(rounds[0])
    print("\n| system | init s | cold chars/s | warm chars/s | warm docs/s | cores busy | p50 ms | p95 ms "
          "| peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in names:
        print(f"| {name} | {median(name, 'init_s'):.2f} | {median(name, 'cold'):,.0f} | {median(name, 'warm'):,.0f} | "
              f"{median(name, 'docs_s'):.1f} | {median(name, 'cores'):.2f} | {median(name, 'p50_ms'):.1f} | "
              f"{median(name, 'p95_ms'):.1f} | {median(name, 'rss_mb'):.0f} |")
    for label in ("tokens + models", "models only"):
        paired = sorted(r["diplonlp"][f"{label} ratio"] for r in rounds)
        print(f"diplonlp ceiling, {label}: {median('diplonlp', label):,.0f} chars/s; diplonlp warm / it, each "
              f"round's median of {PAIRS} paired passes: {statistics.median(paired):.2f}× "
              f"({', '.join(f'{v:.2f}' for v in paired)})")
    for name in names[1:]:
        print(f"diplonlp / {name}: warm {ratio('warm', name)}, cold {ratio('cold', name)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--pullenti", action="store_true", help="also pullenti (slow; pip install '.[compare]')")
    args = parser.parse_args()
    folder = args.folder or (DEFAULT if DEFAULT.is_dir() else ROOT / "fixtures")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    if not texts:
        sys.exit(f"no *.txt under {folder}")
    print(f"{len(texts)} documents, {sum(map(len, texts))} characters from {folder}; "
          f"rounds={args.rounds}, batch_size={args.batch_size}")
    systems = ["diplonlp", "natasha, 1 thread", "natasha, numpy's threads"] + (["pullenti"] if args.pullenti else [])
    rounds = []
    for k in range(args.rounds):
        rounds.append({name: _in_process(name, texts, args.batch_size) for name in systems})
        print(f"round {k + 1}: " + ", ".join(f"{name} {r['warm']:,.0f}" for name, r in rounds[-1].items()),
              flush=True)
    _report(rounds)


if __name__ == "__main__":
    main()
