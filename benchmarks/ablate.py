"""What each named rule is worth: every rule of `diplonlp.stages.RULES` left out in turn, F1 per kind on
diplo-dev and the fixtures (the reference scorer, ``../shared/score.py``), the NEREL train split and the
FactRuEval devset (official task 1 and task 3 figures, diplonlp's NEREL figures), printed as the change
from the full pipeline.

    .venv/bin/python benchmarks/ablate.py [--shared ../shared] [--out docs/rules.md] [--rules a,b] [--quick]

Texts are tokenized and tagged once; each run re-reads them with one rule left out (the neural layers do
not depend on the rules). ``--quick`` leaves out the NEREL train split (the slowest corpus).
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diplonlp import Pipeline  # noqa: E402
from diplonlp.analysis import Analysis  # noqa: E402
from diplonlp.corpora import factrueval, nerel, official  # noqa: E402
from diplonlp.evaluate import Report  # noqa: E402
from diplonlp.inputs import Item  # noqa: E402
from diplonlp.stages import RULES  # noqa: E402

Scores = dict[str, float]
CONTRACT_KINDS = ("persons", "posts_title", "posts_full", "countries", "organizations", "locations", "sectors",
                  "meeting", "visit", "cooperation", "cooperation_sectors", "agreement", "membership")
CORPUS_KINDS = {"nerel": ("person_exact", "profession_exact", "works_as"),
                "factrueval": ("task1 overall", "task3 easy occupation", "task3 easy meeting")}


def _reference_scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("reference_score", shared / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Corpus:
    """One corpus: its texts tagged once, and how a list of Documents is scored."""

    def __init__(self, name: str, texts: list[str], score: Callable[[list[Any]], Scores], nlp: Pipeline) -> None:
        self.name, self.score, self.nlp = name, score, nlp
        self.prepared: list[Analysis] = []
        for start in range(0, len(texts), 32):
            self.prepared += nlp._prepare([Item(t) for t in texts[start:start + 32]])

    def run(self, off: frozenset[str]) -> Scores:
        docs = []
        for prepared in self.prepared:
            doc = copy.deepcopy(prepared)
            doc.rules_off = off
            docs.append(self.nlp._finish(doc))
        return self.score(docs)


def contract(name: str, folder: Path, scorer: Any, nlp: Pipeline) -> Corpus:
    golds = sorted(folder.glob("*.json"))
    texts = [g.with_suffix(".txt").read_text(encoding="utf-8") for g in golds]

    def score(docs: list[Any]) -> Scores:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
            handle.write("".join(d.model_dump_json() + "\n" for d in docs))
        tallies = scorer.score(folder, Path(handle.name))
        return {kind: tallies[kind].prf()[2] for kind in CONTRACT_KINDS}
    return Corpus(name, texts, score, nlp)


def nerel_corpus(folder: Path, nlp: Pipeline) -> Corpus:
    gold = nerel.load(folder)

    def score(docs: list[Any]) -> Scores:
        report = Report()
        for item, doc in zip(gold, docs, strict=True):
            for kind, counts in nerel.score_doc(item, doc).counts.items():
                report.add(kind, counts)
        return {kind: report.f1(kind) for kind in CORPUS_KINDS["nerel"]}
    return Corpus("nerel-train", [g.text for g in gold], score, nlp)


def factrueval_corpus(folder: Path, nlp: Pipeline) -> Corpus:
    books = factrueval.load(folder)

    def score(docs: list[Any]) -> Scores:
        report = Report()
        for book, doc in zip(books, docs, strict=True):
            official.score_book(folder / f"{book.name}.txt", factrueval.task1(doc), factrueval.task3(doc), report)
        return {kind: report.f1(kind) for kind in CORPUS_KINDS["factrueval"]}
    return Corpus("factrueval-dev", [b.text for b in books], score, nlp)


def table(rows: list[tuple[str, str, dict[str, Scores]]], base: dict[str, Scores]) -> list[str]:
    """Markdown: the baseline F1 per corpus and kind, then each rule's changes per corpus (only those of
    0.0005 or more)."""
    names = list(base)
    lines = ["| rule | stage | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names),
             "| (all rules: F1) | | " + " | ".join(
                 "; ".join(f"{k} {v:.3f}" for k, v in base[c].items()) for c in names) + " |"]
    for rule, stage, scores in rows:
        cells = ["; ".join(f"{k} {scores[c][k] - v:+.3f}" for k, v in base[c].items()
                           if abs(scores[c][k] - v) >= 0.0005) for c in names]
        lines.append(f"| `{rule}` | {stage} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, help="write the table (Markdown) there too")
    parser.add_argument("--rules", help="comma-separated rules to ablate (default: all)")
    parser.add_argument("--quick", action="store_true", help="leave out the NEREL train split")
    args = parser.parse_args()
    if not (args.shared / "diplo-dev").is_dir():
        sys.exit(f"ablate: {args.shared}/diplo-dev not found (give --shared)")
    nlp = Pipeline()
    scorer = _reference_scorer(args.shared)
    corpora = [contract("diplo-dev", args.shared / "diplo-dev", scorer, nlp),
               contract("fixtures", ROOT / "fixtures", scorer, nlp),
               factrueval_corpus(args.shared / "corpora" / "factrueval-2016" / "devset", nlp)]
    if not args.quick:
        corpora.append(nerel_corpus(args.shared / "corpora" / "nerel-1.1" / "train", nlp))
    started = time.perf_counter()
    base = {c.name: c.run(frozenset()) for c in corpora}
    rules = args.rules.split(",") if args.rules else list(RULES)
    rows = []
    for rule in rules:
        rows.append((rule, RULES[rule], {c.name: c.run(frozenset([rule])) for c in corpora}))
        print(f"{rule}: done ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    lines = table(rows, base)
    print("\n".join(lines))
    if args.out:
        args.out.write_text(PAGE.format(command=" ".join(["benchmarks/ablate.py", *sys.argv[1:]]),
                                        date=time.strftime("%Y-%m-%d"), table="\n".join(lines)), encoding="utf-8")


PAGE = """# What each rule is worth

Made by `.venv/bin/python {command}` on {date}: every named rule (`diplonlp.stages.RULES`, the `rule` a
relation or date carries) left out in turn. The first row is the F1 of the full pipeline; each other row
the change when that rule alone is left out (blank: no change). A negative change is what the rule adds.
diplo-dev and fixtures: the reference scorer (`../shared/score.py`); factrueval-dev: the official metric
(task 1 overall, task 3 easy Occupation and Meeting); nerel-train: diplonlp's NEREL figures (WORKS_AS
mention-level).

{table}

## Removed

Rules that added nothing on diplomatic text and cost elsewhere, measured with this script and taken out
(2026-12-01; changes when each was left out, before removal):

- `subject_spoken_of` (a bare occupation as a clause's subject is a title of the person the text is about:
  `Несколько дней назад менеджер сдавал тест`): diplo-dev posts_title +0.009 (half A +0.010, half B
  +0.007), posts_full +0.008, meeting −0.003 (half A only); NEREL train WORKS_AS −0.002, PROFESSION −0.008.
  On diplomatic text a bare `Министр отметил` is a repeat of a title already held, not a new post.
- `compound_post` (a second title right after a held one is the same holder's: `Гергей Ковач - политик и
  лидер`): nothing on diplo-dev or the fixtures; FactRuEval Occupation +0.003.

Kept when they cost on diplo-dev (2026-12-01), because the contract asks for what they read:
`cooperation_between`, `cooperation_two_states` (`сотрудничество двух стран`), `cooperation_subjects`
(`Казахстан и Турция развивают связи`); with the rules of 2026-12-02 the first and the last add (rows above)
and `cooperation_two_states` changes nothing measured. `cooperation_two_states`, `agreement_between`,
`pronoun_before_dash` and `name_before_title` change nothing measured (another rule reads the same cases)
and cost nothing.
`ceremonial_modifier` costs
NEREL PROFESSION spans (NEREL leaves `Чрезвычайный и Полномочный` out of them) and nothing on
diplomatic text, but the contract's post `name` is the whole phrase. Rules with no row change nothing
measured and cost nothing (`second_country`, `seat`, the date rules: dates are not scored).
"""


if __name__ == "__main__":
    main()
