"""diplonlp against natasha's own NER (and pullenti, when installed) on FactRuEval-2016 and NEREL, one run.

    .venv/bin/python benchmarks/compare.py [--factrueval DIR] [--nerel DIR]

Prints span F1 (exact / overlapping) for persons, organizations and places (countries, cities,
regions together, as natasha's LOC has them), and diplonlp's Occupation, Meeting and WORKS_AS scores,
which no peer extracts. Corpora default to ../shared/corpora.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from diplonlp import Pipeline
from diplonlp.corpora import factrueval, nerel
from diplonlp.corpora.common import person_name_spans
from diplonlp.corpora.spans import Interval, match_spans
from diplonlp.evaluate import Report
from diplonlp.models import Document

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
KINDS = ("person", "organization", "place")
Spans = dict[str, list[Interval]]


def diplonlp_spans(nlp: Pipeline) -> Callable[[str], tuple[Spans, Document]]:
    def run(text: str) -> tuple[Spans, Document]:
        doc = nlp(text)
        countries = factrueval.predicted_mentions(doc)["locorg"]
        return {
            "person": person_name_spans(doc),
            "organization": [(m.start, m.stop) for o in doc.organizations for m in o.mentions],
            "place": [(m.start, m.stop) for loc in doc.locations for m in loc.mentions] + countries,
        }, doc
    return run


def natasha_spans() -> Callable[[str], Spans]:
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    names = {"PER": "person", "ORG": "organization", "LOC": "place"}

    def run(text: str) -> Spans:
        out: Spans = {k: [] for k in KINDS}
        for span in tagger(text).spans:
            out[names[span.type]].append((span.start, span.stop))
        return out
    return run


def pullenti_spans() -> Callable[[str], Spans] | None:
    try:
        from pullenti_wrapper.processor import GEO, ORGANIZATION, PERSON, Processor
    except ImportError:
        return None
    processor = Processor([PERSON, ORGANIZATION, GEO])
    names = {"PERSON": "person", "ORGANIZATION": "organization", "GEO": "place"}

    def run(text: str) -> Spans:
        out: Spans = {k: [] for k in KINDS}
        for match in processor(text).walk():
            kind = names.get(match.referent.label)
            if kind:
                out[kind].append((match.span.start, match.span.stop))
        return out
    return run


def gold_factrueval(book: factrueval.Book) -> Spans:
    m = book.mentions()
    return {"person": m["per"], "organization": m["org"], "place": m["loc"] + m["locorg"]}


def gold_nerel(doc: nerel.NerelDoc) -> Spans:
    return {"person": doc.spans("person"), "organization": doc.spans("organization"),
            "place": doc.spans("location") + [(e.start, e.stop) for e in doc.entities.values() if e.type == "COUNTRY"]}


def score(report: Report, pred: Spans, gold: Spans) -> None:
    for kind in KINDS:
        report.add(f"{kind}_exact", match_spans(pred[kind], gold[kind], overlap=False))
        report.add(f"{kind}_overlap", match_spans(pred[kind], gold[kind], overlap=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--factrueval", default=CORPORA / "factrueval-2016" / "devset", type=Path)
    parser.add_argument("--nerel", default=CORPORA / "nerel-1.1" / "dev", type=Path)
    args = parser.parse_args()
    ours = diplonlp_spans(Pipeline())
    systems: dict[str, Callable[[str], Spans]] = {"natasha": natasha_spans()}
    pullenti = pullenti_spans()
    if pullenti:
        systems["pullenti"] = pullenti
    corpora = []
    if args.factrueval.is_dir():
        books = factrueval.load(args.factrueval)
        corpora.append(("FactRuEval-2016 devset", [(b.text, gold_factrueval(b), b) for b in books]))
    if args.nerel.is_dir():
        corpora.append(("NEREL 1.1 dev", [(d.text, gold_nerel(d), d) for d in nerel.load(args.nerel)]))
    if not corpora:
        print(f"no corpus found under {CORPORA}")
        return
    for title, items in corpora:
        reports = {name: Report() for name in ["diplonlp", *systems]}
        relations = Report()
        seconds = dict.fromkeys(reports, 0.0)
        for text, gold, raw in items:
            start = time.perf_counter()
            spans, doc = ours(text)
            seconds["diplonlp"] += time.perf_counter() - start
            score(reports["diplonlp"], spans, gold)
            extra = factrueval.score_book(raw, doc) if isinstance(raw, factrueval.Book) else nerel.score_doc(raw, doc)
            for kind in ("occupation", "occupation_where", "meeting_pairs", "works_as"):
                if kind in extra.counts:
                    relations.add(kind, extra.counts[kind])
            for name, run in systems.items():
                start = time.perf_counter()
                pred = run(text)
                seconds[name] += time.perf_counter() - start
                score(reports[name], pred, gold)
        print(f"\n## {title} ({len(items)} documents)\n")
        names = list(reports)
        print("| kind | " + " | ".join(f"{n} P / R / F1" for n in names) + " |")
        print("|---|" + "---|" * len(names))
        for kind in (f"{k}_{m}" for k in KINDS for m in ("exact", "overlap")):
            cells = []
            for n in names:
                c = reports[n].counts[kind]
                cells.append(f"{c.precision:.3f} / {c.recall:.3f} / **{c.f1:.3f}**")
            print(f"| {kind} | " + " | ".join(cells) + " |")
        for kind, c in relations.counts.items():
            print(f"| {kind} | {c.precision:.3f} / {c.recall:.3f} / **{c.f1:.3f}** |" + " — |" * (len(names) - 1))
        print("| seconds | " + " | ".join(f"{seconds[n]:.1f}" for n in names) + " |")


if __name__ == "__main__":
    main()
