"""Scoring against the contract's document-level gold (ANNOTATION.md "Gold files") by the rules of the reference
scorer (``shared/score.py``): the same kinds, the same normalization, the same figures (a test checks it), and the
errors behind them.

Every kind is a set per document: persons and organizations and locations by their gold name (a predicted entity
takes the gold name its name, abbreviation, a mention or an alias matches), countries and sectors by code, posts
as (holder, title) and (holder, title, country, host) with the gold's alternative titles (``|``) accepted, each
relation as the pairs of its arguments. Micro-averaged over documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from .evaluate import Counts, Report
from .models import Document

KINDS = ("persons", "person_names_exact", "posts_title", "posts_full", "countries", "organizations", "locations",
         "sectors", "meeting", "visit", "cooperation", "cooperation_sectors", "agreement", "membership")
Item = tuple[str, ...]


def norm(text: str | None) -> str:
    """Lower case, ``ё`` as ``е``, no quotes or brackets, spaces around full stops and hyphens as written."""
    text = (text or "").lower().replace("ё", "е")
    text = re.sub(r"[«»\"'()]", "", text)
    text = re.sub(r"\s*\.\s*", ". ", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"\s+", " ", text).strip(" .")


class Names:
    """Gold items by every spelling (name and aliases) -> their name; predicted entities keyed through it."""

    def __init__(self, gold_items: Iterable[dict[str, Any]]) -> None:
        self.index: dict[str, str] = {}
        for g in gold_items:
            for spelling in (g["name"], *g.get("aliases", [])):
                self.index.setdefault(norm(spelling), norm(g["name"]))

    def key(self, entity: dict[str, Any]) -> str:
        name = norm(entity.get("name") or entity.get("value"))
        if name in self.index:
            return self.index[name]
        spellings = {norm(entity.get(k)) for k in ("name", "abbr") if isinstance(entity.get(k), str)}
        spellings |= {norm(m["text"]) for m in entity.get("mentions", []) if m.get("text")}
        return next((self.index[s] for s in sorted(spellings - {""}) if s in self.index), "?" + name)


def _code(value: str | None) -> str | None:
    return value.upper() if value and re.fullmatch(r"[A-Za-z]{2}", value) else (norm(value) if value else None)


@dataclass
class DocumentSets:
    """What one document gives for each kind, predicted and gold, as sets of items."""

    pred: dict[str, set[Item]] = field(default_factory=lambda: {k: set() for k in KINDS})
    gold: dict[str, set[Item]] = field(default_factory=lambda: {k: set() for k in KINDS})
    ignored: dict[str, set[Item]] = field(default_factory=dict)  # optional gold: neither required nor penalized

    def counts(self, kind: str) -> Counts:
        gold = self.gold[kind]
        pred = {p for p in self.pred[kind] if p not in self.ignored.get(kind, set()) or p in gold}
        return Counts(tp=len(pred & gold), fp=len(pred - gold), fn=len(gold - pred))


def document_sets(doc: Document, gold: dict[str, Any]) -> DocumentSets:
    """The items of every kind of one predicted document and its gold."""
    out = DocumentSets()
    data = doc.model_dump(mode="json")
    persons = Names(gold["persons"])
    orgs = Names(gold.get("organizations", []) + gold.get("optional_organizations", []))
    places = Names(gold.get("locations", []))
    keyed = {"persons": persons, "organizations": orgs, "locations": places}
    label: dict[str, str] = {}
    for group in ("persons", "countries", "organizations", "locations", "sectors", "dates"):
        for e in data[group]:
            label[e["id"]] = keyed[group].key(e) if group in keyed else (
                _code(e["code"]) or "?" if group == "countries" else norm(e.get("name") or e.get("value")))
    gold_persons = {norm(g["name"]) for g in gold["persons"]}
    out.pred["persons"] = {(persons.key(e),) for e in data["persons"]}
    out.gold["persons"] = out.gold["person_names_exact"] = {(name,) for name in gold_persons}
    out.pred["person_names_exact"] = {(norm(e["name"]),) for e in data["persons"]} & out.gold["persons"]
    _posts(data, gold, label, out)
    out.pred["countries"] = {(_code(e["code"]) or "",) for e in data["countries"]}
    out.gold["countries"] = {(code,) for code in gold["countries"]}
    out.pred["organizations"] = {(orgs.key(e),) for e in data["organizations"]}
    out.gold["organizations"] = {(norm(g["name"]),) for g in gold.get("organizations", [])}
    out.ignored["organizations"] = {(norm(g["name"]),) for g in gold.get("optional_organizations", [])}
    out.pred["locations"] = {(places.key(e),) for e in data["locations"]}
    out.gold["locations"] = {(norm(g["name"]),) for g in gold.get("locations", [])}
    out.pred["sectors"] = {(e["code"],) for e in data["sectors"]}
    out.gold["sectors"] = {(code,) for code in gold.get("sectors", [])}
    _relations(data, label, out)
    _gold_relations(gold.get("relations", {}), (persons, orgs, places), out)
    return out


def _posts(data: dict[str, Any], gold: dict[str, Any], label: dict[str, str], out: DocumentSets) -> None:
    posts = {p["id"]: p for p in data["posts"]}
    alternative: dict[tuple[str, str], str] = {}  # (holder, another accepted title) -> the gold's first spelling
    for g in gold["persons"]:
        for post in g.get("posts", []):
            first, *rest = post["title"].split("|")
            holder = norm(g["name"])
            out.gold["posts_title"].add((holder, norm(first)))
            out.gold["posts_full"].add((holder, norm(first), _code(post.get("country")) or "",
                                        _code(post.get("host")) or ""))
            alternative.update({(holder, norm(a)): norm(first) for a in rest})
    for rel in data["relations"]:
        if rel["kind"] == "holds_post":
            post, who = posts.get(rel["post"], {}), label.get(rel["person"], "?")
            title = norm(post.get("title") or post.get("name"))
            title = alternative.get((who, title), title)
            out.pred["posts_title"].add((who, title))
            out.pred["posts_full"].add((who, title, _code(post.get("country")) or "", _code(post.get("host")) or ""))


def _pairs(values: Iterable[str]) -> set[Item]:
    return set(combinations(sorted(set(values)), 2))


def _relations(data: dict[str, Any], label: dict[str, str], out: DocumentSets) -> None:
    def arg(x: str) -> str:
        return label.get(x, "?" + norm(x))

    pred = out.pred
    for r in data["relations"]:
        if r["kind"] == "meeting":
            pred["meeting"] |= _pairs(arg(x) for x in r["participants"])
        elif r["kind"] == "visit":
            pred["visit"].add((arg(r["visitor"]), arg(r["destination"])))
        elif r["kind"] == "cooperation":
            pairs = _pairs(arg(x) for x in r["parties"])
            pred["cooperation"] |= pairs
            codes = {e["code"] for e in data["sectors"] if e["id"] in r["sectors"]}
            pred["cooperation_sectors"] |= {(*p, s) for p in pairs for s in codes}
        elif r["kind"] == "agreement":
            pred["agreement"] |= _pairs(arg(x) for x in r["parties"])
        elif r["kind"] == "membership":
            pred["membership"].add((arg(r["member"]), arg(r["organization"])))


def _gold_relations(rels: dict[str, Any], names: tuple[Names, ...], out: DocumentSets) -> None:
    def arg(x: str) -> str:
        if re.fullmatch(r"[A-Z]{2}", x):
            return x
        return next((n.index[norm(x)] for n in names if norm(x) in n.index), norm(x))

    gold = out.gold
    for m in rels.get("meeting", []):
        gold["meeting"] |= _pairs(arg(x) for x in m["participants"])
    for v in rels.get("visit", []):
        gold["visit"].add((arg(v["visitor"]), arg(v["destination"])))
    for c in rels.get("cooperation", []):
        pairs = _pairs(arg(x) for x in c["parties"])
        gold["cooperation"] |= pairs
        gold["cooperation_sectors"] |= {(*p, s) for p in pairs for s in c.get("sectors", [])}
    for a in rels.get("agreement", []):
        gold["agreement"] |= _pairs(arg(x) for x in a["parties"])
    for m in rels.get("membership", []):
        gold["membership"].add((arg(m["member"]), arg(m["organization"])))


@dataclass(frozen=True)
class ScoreError:
    """One item a document got wrong: a false positive (predicted, not in the gold) or a false negative (in the
    gold, not predicted), with the first sentence that names its arguments (None if none does)."""

    document: str
    kind: str
    side: str  # "fp" or "fn"
    item: Item
    sentence: str | None

    def __str__(self) -> str:
        where = f"\n      {self.sentence}" if self.sentence else ""
        return f"  {self.kind:<20} {self.side}  {' | '.join(self.item)}{where}"


def score_document(doc: Document, gold: dict[str, Any], name: str = "", report: Report | None = None) -> Report:
    """Counts of one document added to ``report`` (a new one by default), with its errors."""
    report = report if report is not None else Report()
    sets = document_sets(doc, gold)
    spellings = _spellings(doc, gold)
    sentences = _sentences(doc.text)  # split once for every error of the document
    for kind in KINDS:
        report.add(kind, sets.counts(kind))
        ignored = sets.ignored.get(kind, set())
        wrong = [("fp", p) for p in sorted(sets.pred[kind] - sets.gold[kind] - ignored)]
        wrong += [("fn", g) for g in sorted(sets.gold[kind] - sets.pred[kind])]
        report.errors += [ScoreError(name, kind, side, item, _sentence(sentences, item, spellings))
                          for side, item in wrong]
    return report


def evaluate_folder(folder: str | Path, pipeline: Any = None) -> Report:
    """Run the pipeline over every ``*.txt`` with a ``*.json`` gold beside it: the figures and the errors."""
    from .pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    report = Report()
    for txt in sorted(Path(folder).glob("*.txt")):
        if txt.with_suffix(".json").exists():
            gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
            score_document(pipeline(txt.read_text(encoding="utf-8")), gold, txt.name, report)
    return report


def _spellings(doc: Document, gold: dict[str, Any]) -> dict[str, set[str]]:
    """Each item label (a gold name, a code) -> the words the text may name it by."""
    from .lexicon import countries

    out: dict[str, set[str]] = {}
    for g in (*gold["persons"], *gold.get("organizations", []), *gold.get("locations", [])):
        out.setdefault(norm(g["name"]), set()).update({g["name"], *g.get("aliases", [])})
    for group in (doc.persons, doc.organizations, doc.locations, doc.countries, doc.sectors):
        for e in group:
            label = _code(getattr(e, "code", None)) if group is doc.countries else None
            keys = {label or norm(getattr(e, "name", "")), getattr(e, "code", "") or ""}
            for key in keys - {""}:
                out.setdefault(key, set()).update(m.text for m in e.mentions)
    for code in gold.get("countries", []):
        out.setdefault(code, set()).add(countries().short.get(code, code))
    return out


def _sentence(sentences: list[str], item: Item, spellings: dict[str, set[str]]) -> str | None:
    """The first sentence naming every part of ``item`` it can, else naming its first part."""
    words = [{w.lower() for w in spellings.get(part.lstrip("?"), {part.lstrip("?")}) if len(w) > 1} for part in item]
    best, best_hits = None, 0
    for sentence in sentences:
        low = sentence.lower()
        hits = sum(any(w in low for w in names) for names in words)
        if hits > best_hits:
            best, best_hits = sentence, hits
            if hits == len(words):
                break
    return best


def _sentences(text: str) -> list[str]:
    from razdel import sentenize

    return [" ".join(sent.text.split()) for sent in sentenize(text)]
