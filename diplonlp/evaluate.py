"""Scoring against document-level gold (ANNOTATION.md "Gold files"): precision, recall and F1 per kind.

Persons match by name (any gold alias counts); organizations and locations by name or alias;
countries and sectors by code; posts by title (``|`` separates accepted spellings), then country and
host; case and ``ё``/``е`` are ignored everywhere. ``optional_organizations`` in a gold file are
neither required nor penalized.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import Document

ENTITY_KINDS = ("persons", "person_names", "posts", "countries", "organizations", "locations", "sectors")
RELATION_KINDS = ("holds_post", "meeting", "visit", "cooperation", "cooperation_sector", "agreement", "membership")


def fold(text: str | None) -> str:
    return " ".join((text or "").lower().replace("ё", "е").split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Score:
    """The FactRuEval organizers' measure: fractional true positives counted on the gold side (recall,
    ``tp_std / n_std``) and on the response side (precision, ``tp_test / n_test``); 1.0 where a count is 0."""

    tp_std: float = 0.0
    tp_test: float = 0.0
    n_std: int = 0
    n_test: int = 0

    def add(self, other: Score) -> None:
        self.tp_std += other.tp_std
        self.tp_test += other.tp_test
        self.n_std += other.n_std
        self.n_test += other.n_test

    @property
    def precision(self) -> float:
        return self.tp_test / self.n_test if self.n_test else 1.0

    @property
    def recall(self) -> float:
        return self.tp_std / self.n_std if self.n_std else 1.0

    @property
    def f1(self) -> float:
        if self.n_std + self.n_test == 0:
            return 1.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp_std": round(self.tp_std, 4), "tp_test": round(self.tp_test, 4), "n_std": self.n_std,
                "n_test": self.n_test}


@dataclass
class Report:
    """Figures per kind: ``counts`` by the project's own matching, ``official`` by a corpus organizers' metric
    where there is one (then the counts are diagnostics, and say so); ``notes`` say what a figure measures."""

    counts: dict[str, Counts] = field(default_factory=dict)
    official: dict[str, Score] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, kind: str, counts: Counts) -> None:
        self.counts.setdefault(kind, Counts()).add(counts)

    def add_official(self, kind: str, score: Score) -> None:
        self.official.setdefault(kind, Score()).add(score)

    def f1(self, kind: str) -> float:
        if kind in self.official:
            return self.official[kind].f1
        return self.counts[kind].f1 if kind in self.counts else 1.0

    def as_dict(self) -> dict[str, Any]:
        counts = {kind: c.as_dict() for kind, c in self.counts.items()}
        if not self.official:
            return counts
        return {"official": {kind: s.as_dict() for kind, s in self.official.items()}, "diagnostic": counts}

    def table(self) -> str:
        lines: list[str] = []
        if self.official:
            lines += [OFFICIAL_HEADING, f"{'kind':<28}{'P':>8}{'R':>8}{'F1':>8}{'tp_std':>9}{'tp_test':>9}"
                      f"{'n_std':>7}{'n_test':>7}"]
            lines += [f"{kind:<28}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{s.tp_std:>9.2f}{s.tp_test:>9.2f}"
                      f"{s.n_std:>7}{s.n_test:>7}" for kind, s in self.official.items()]
            lines += ["", DIAGNOSTIC_HEADING]
        lines.append(f"{'kind':<28}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
        for kind, c in self.counts.items():
            lines.append(f"{kind:<28}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
        return "\n".join(lines + self.notes)


OFFICIAL_HEADING = "official: the organizers' metric (as their t1_eval.py / t3_eval.py compute it)"
DIAGNOSTIC_HEADING = "diagnostic: diplonlp's own, looser matching (not comparable with published results)"


def greedy_match(pred: Iterable[Any], gold: Iterable[Any], same: Any, optional: Iterable[Any] = (),
                 forgive_duplicates: bool = False) -> Counts:
    """Greedy one-to-one matching by ``same(prediction, gold_item)``.

    A prediction matching an ``optional`` gold item is not counted; with ``forgive_duplicates`` neither
    is one matching a gold item another prediction already took (document-level gold lists a thing once).
    """
    gold = list(gold)
    free = list(gold)
    counts = Counts()
    optional = list(optional)
    for p in pred:
        hit = next((g for g in free if same(p, g)), None)
        if hit is not None:
            free.remove(hit)
            counts.tp += 1
        elif not any(same(p, g) for g in optional) and not (forgive_duplicates and any(same(p, g) for g in gold)):
            counts.fp += 1
    counts.fn = len(free)
    return counts


def _match(pred: list[Any], gold: list[Any], same: Any, optional: Iterable[Any] = ()) -> Counts:
    return greedy_match(pred, gold, same, optional, forgive_duplicates=True)


def _names(item: dict[str, Any]) -> set[str]:
    return {fold(item["name"]), *(fold(a) for a in item.get("aliases", []))}


def _title_ok(pred: str, gold: str) -> bool:
    return fold(pred) in {fold(t) for t in gold.split("|")}


def score_document(doc: Document, gold: dict[str, Any]) -> Report:
    report = Report()
    ids = {e.id: e for group in (doc.persons, doc.countries, doc.organizations, doc.locations, doc.sectors,
                                 doc.posts, doc.dates) for e in group}
    gold_persons = gold.get("persons", [])
    report.add("persons", _match([fold(p.name) for p in doc.persons], gold_persons,
                                 lambda p, g: p in _names(g)))
    report.add("person_names", _match([fold(p.name) for p in doc.persons], gold_persons,
                                      lambda p, g: p == fold(g["name"])))
    gold_posts = [dict(post, holder=g["name"]) for g in gold_persons for post in g.get("posts", [])]
    gold_posts += gold.get("posts", [])
    report.add("posts", _match(doc.posts, gold_posts, lambda p, g: _title_ok(p.title, g["title"])
                               and p.country == g.get("country") and p.host == g.get("host")))
    report.add("countries", _match([c.code for c in doc.countries], list(gold.get("countries", [])),
                                   lambda p, g: p == g))
    report.add("organizations", _match(doc.organizations, gold.get("organizations", []),
                                       lambda p, g: bool({fold(p.name), fold(p.abbr)} & _names(g)),
                                       gold.get("optional_organizations", [])))
    report.add("locations", _match(doc.locations, gold.get("locations", []),
                                   lambda p, g: fold(p.name) in _names(g), gold.get("optional_locations", [])))
    report.add("sectors", _match([s.code for s in doc.sectors], list(gold.get("sectors", [])), lambda p, g: p == g))
    _score_relations(doc, gold, ids, report)
    return report


def _label(entity: Any) -> str:
    """What gold calls an entity: a country or sector by code, anything else by name."""
    code = getattr(entity, "code", None)
    return code if code else fold(getattr(entity, "name", "") or getattr(entity, "value", ""))


def _gold_label(value: str, gold: dict[str, Any]) -> set[str]:
    """Every label a gold argument may be matched by (a person's or an organization's aliases)."""
    for group in ("persons", "organizations", "locations", "optional_organizations"):
        for item in gold.get(group, []):
            if fold(value) in _names(item):
                labels = _names(item)
                labels |= {fold(a) for a in item.get("aliases", [])}
                return labels
    return {value if value.isupper() and len(value) == 2 else fold(value)}


def _labels_ok(pred: list[str], gold_values: list[str], gold: dict[str, Any]) -> bool:
    if len(pred) != len(gold_values):
        return False
    remaining = [_gold_label(v, gold) for v in gold_values]
    for p in pred:
        hit = next((r for r in remaining if p in r or fold(p) in r), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


def _score_relations(doc: Document, gold: dict[str, Any], ids: dict[str, Any], report: Report) -> None:
    rels = gold.get("relations", {})
    label = {i: _label(e) for i, e in ids.items()}
    by_kind: dict[str, list[Any]] = {}
    for r in doc.relations:
        by_kind.setdefault(r.kind, []).append(r)
    holds = [(label[r.person], ids[r.post]) for r in by_kind.get("holds_post", [])]
    gold_holds = [(p["name"], post) for p in gold.get("persons", []) for post in p.get("posts", [])]
    report.add("holds_post", _match(holds, gold_holds, lambda p, g: p[0] in _gold_label(g[0], gold)
                                    and _title_ok(p[1].title, g[1]["title"]) and p[1].country == g[1].get("country")
                                    and p[1].host == g[1].get("host")))
    if not rels:
        return
    report.add("meeting", _match([[label[x] for x in r.participants] for r in by_kind.get("meeting", [])],
                                 rels.get("meeting", []), lambda p, g: _labels_ok(p, g["participants"], gold)))
    report.add("visit", _match([[label[r.visitor], label[r.destination]] for r in by_kind.get("visit", [])],
                               rels.get("visit", []),
                               lambda p, g: _labels_ok(p, [g["visitor"], g["destination"]], gold)))
    coop = [([label[x] for x in r.parties], [label[s] for s in r.sectors]) for r in by_kind.get("cooperation", [])]
    gold_coop = rels.get("cooperation", [])
    report.add("cooperation", _match([c[0] for c in coop], gold_coop, lambda p, g: _labels_ok(p, g["parties"], gold)))
    pred_ps = {(tuple(sorted(c[0])), s) for c in coop for s in c[1]}
    gold_ps = [(tuple(sorted(g["parties"])), s) for g in gold_coop for s in g.get("sectors", [])]
    report.add("cooperation_sector", _match(sorted(pred_ps), gold_ps,
                                            lambda p, g: p[1] == g[1] and _labels_ok(list(p[0]), list(g[0]), gold)))
    report.add("agreement", _match([[label[x] for x in r.parties] for r in by_kind.get("agreement", [])],
                                   rels.get("agreement", []), lambda p, g: _labels_ok(p, g["parties"], gold)))
    report.add("membership", _match([[label[r.member], label[r.organization]] for r in by_kind.get("membership", [])],
                                    rels.get("membership", []),
                                    lambda p, g: _labels_ok(p, [g["member"], g["organization"]], gold)))


def load_gold(path: str | Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def evaluate_folder(folder: str | Path, pipeline: Any = None) -> Report:
    """Run the pipeline over every ``*.txt`` with a ``*.json`` gold beside it and add up the counts."""
    from .pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    report = Report()
    for txt in sorted(Path(folder).glob("*.txt")):
        gold_path = txt.with_suffix(".json")
        if not gold_path.exists():
            continue
        doc = pipeline(txt.read_text(encoding="utf-8"))
        for kind, counts in score_document(doc, load_gold(gold_path)).counts.items():
            report.add(kind, counts)
    return report
