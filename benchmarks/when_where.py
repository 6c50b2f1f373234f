"""How often a relation's date and place agree with the gold: for each gold meeting (and visit and agreement,
date only) whose participants (visitor, parties) diplonlp finds as one relation, is its ``date`` value and
``location`` name the gold's? For agreements also: is the gold's ``title`` (case and ``ё`` aside) one of the
titles diplonlp gives an agreement of the same parties? The reference scorer scores none of these, so this is a
diagnostic of ours; a miss where diplonlp gives none and a wrong value are counted apart. Agreements' parties are
matched as the reference scorer matches them (its ``Matcher``, read from ``--shared``).

    .venv/bin/python benchmarks/when_where.py [--shared ../shared | --dir DIR] [--show]

``--dir`` reads another folder of gold items (a half of diplo-dev).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diplonlp import Document, Pipeline  # noqa: E402


def _names(doc: Document) -> dict[str, str]:
    out: dict[str, str] = {}
    for entity in (*doc.persons, *doc.countries, *doc.organizations, *doc.locations, *doc.dates):
        out[entity.id] = getattr(entity, "value", None) or getattr(entity, "name", None) or entity.id
    return out


def _ours(doc: Document, names: dict[str, str]) -> dict[tuple[str, frozenset[str]], dict[str, str | None]]:
    """(kind, participants or visitor) -> the date value and place name of the first such relation."""
    out: dict[tuple[str, frozenset[str]], dict[str, str | None]] = {}
    for rel in doc.relations:
        if rel.kind == "meeting":
            key = ("meeting", frozenset(names[p] for p in rel.participants))
            where = names.get(rel.location) if rel.location else None
        elif rel.kind == "visit":
            key, where = ("visit", frozenset([names[rel.visitor]])), None
        else:
            continue
        out.setdefault(key, {"date": names.get(rel.date) if rel.date else None, "location": where})
    return out


def _scorer(shared: Path) -> Any:
    """The reference scorer as a module, for its name matching."""
    spec = importlib.util.spec_from_file_location("score", shared / "score.py")
    assert spec and spec.loader, f"no score.py in {shared}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _agreements(doc: Document, gold: dict[str, Any], score: Any) -> tuple[dict[frozenset[str], dict[str, Any]],
                                                                           list[tuple[frozenset[str], dict]]]:
    """Ours (parties -> the first's date value, every title) and the gold's (parties, agreement), parties keyed as
    the scorer keys them."""
    matchers = {"person": score.Matcher(gold["persons"]), "location": score.Matcher(gold.get("locations", [])),
                "organization": score.Matcher(gold.get("organizations", []) + gold.get("optional_organizations", []))}
    key: dict[str, str] = {c.id: c.code for c in doc.countries}
    for kind, group in (("person", doc.persons), ("organization", doc.organizations), ("location", doc.locations)):
        key |= {e.id: matchers[kind].key(e.model_dump()) for e in group}
    dates = {d.id: d.value for d in doc.dates}
    ours: dict[frozenset[str], dict[str, Any]] = {}
    for rel in doc.relations:
        if rel.kind == "agreement":
            found = ours.setdefault(frozenset(key.get(p, p) for p in rel.parties),
                                    {"date": dates.get(rel.date or ""), "title": set()})
            found["title"].add(score.norm(rel.title or ""))

    def garg(name: str) -> str:
        if len(name) == 2 and name.isupper():
            return name
        return next((m.index[score.norm(name)] for m in matchers.values() if score.norm(name) in m.index),
                    score.norm(name))

    told = [(frozenset(garg(p) for p in a["parties"]), a) for a in gold["relations"].get("agreement", [])]
    return ours, told


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--dir", type=Path, help="a folder of .txt items with .json gold (default: diplo-dev)")
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    folder = args.dir or args.shared / "diplo-dev"
    nlp = Pipeline()
    score = _scorer(args.shared)
    counts: Counter[str] = Counter()
    for path in sorted(folder.glob("*.txt")):
        whole = json.loads(path.with_suffix(".json").read_text())
        gold = whole["relations"]
        doc = nlp(path.read_text())
        ours = _ours(doc, _names(doc))
        signed, agreements = _agreements(doc, whole, score)
        ours |= {("agreement", parties): found for parties, found in signed.items()}
        told = [("meeting", frozenset(m["participants"]), m, ("date", "location")) for m in gold["meeting"]]
        told += [("visit", frozenset([v["visitor"]]), v, ("date",)) for v in gold["visit"]]
        told += [("agreement", parties, a, ("date", "title")) for parties, a in agreements]
        for kind, who, rel, fields in told:
            found = ours.get((kind, who))
            for field in fields if found is not None else ():
                want, got = rel.get(field), found[field]
                if field == "title":  # any of the same parties' titles may be the gold's
                    want, got = score.norm(want or ""), got - {""} or None
                    got = want if got and want in got else got
                verdict = "agree" if want == got else "none" if got is None else "wrong"
                counts[f"{'agreement ' if kind == 'agreement' else ''}{field} {verdict}"] += 1
                if args.show and verdict != "agree":
                    print(path.name, kind, field, f"gold {want!r}", f"ours {got!r}", sorted(who)[:2])
    for field in ("date", "location", "agreement date", "agreement title"):
        total = sum(counts[f"{field} {v}"] for v in ("agree", "none", "wrong"))
        print(f"{field:14s} agree {counts[f'{field} agree']}/{total}, none {counts[f'{field} none']}, "
              f"wrong {counts[f'{field} wrong']}")


if __name__ == "__main__":
    main()
