"""NEREL (brat standoff): loader and scorer for persons, states, organizations, places, professions, WORKS_AS.

Span F1 (exact and overlapping) for PERSON against persons' name mentions; COUNTRY, and NATIONALITY
where it names a state (its lemma is a state adjective or demonym of `data/countries_extra.tsv`),
against country mentions; ORGANIZATION against organizations; CITY, STATE_OR_PROVINCE and LOCATION
against locations; PROFESSION against post mentions and persons' role-noun mentions.

WORKS_AS, the headline, is mention-level and one-to-one: each mention of a held post and each role-noun
mention of a person, paired with the holder's nearest name mention in its sentence, against each gold
(person, profession) mention pair, matched when both spans overlap. ``works_as_entities`` is a
diagnostic, entity-level: a `holds_post` matches when one of its person's mentions overlaps the gold
person and one of its post's mentions the gold profession, so one relation of ours covers every gold pair
of its two entities (recall counts gold pairs covered, precision our relations that cover any).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..evaluate import Counts, Report, greedy_match
from ..lexicon import countries
from ..models import Document
from ..morph import lemmas
from .common import is_name_mention, person_name_spans
from .spans import Interval, match_spans, overlaps

SENTENCE_BREAK = re.compile(r"[.!?…]\s+[A-ZА-ЯЁ«\"]|\n")
"""Where one sentence ends and the next begins, between two mentions."""

GROUPS = {
    "person": ("PERSON",),
    "country": ("COUNTRY",),
    "organization": ("ORGANIZATION",),
    "location": ("CITY", "STATE_OR_PROVINCE", "LOCATION"),
    "profession": ("PROFESSION",),
}


@dataclass
class Entity:
    id: str
    type: str
    start: int
    stop: int
    text: str


@dataclass
class NerelDoc:
    name: str
    text: str
    entities: dict[str, Entity]
    works_as: list[tuple[str, str]]

    def spans(self, group: str) -> list[Interval]:
        types = GROUPS[group]
        out = [(e.start, e.stop) for e in self.entities.values() if e.type in types]
        if group == "country":
            out += [(e.start, e.stop) for e in self.entities.values()
                    if e.type == "NATIONALITY" and _names_a_state(e.text)]
        return out


def _names_a_state(text: str) -> bool:
    lex = countries()
    words = text.split()
    return len(words) == 1 and bool(lemmas(text) & (lex.adjectives.keys() | lex.demonyms.keys()))


def load_doc(ann: Path) -> NerelDoc:
    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
    entities: dict[str, Entity] = {}
    works_as: list[tuple[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, _, offsets = parts[1].partition(" ")
            numbers = [int(x) for chunk in offsets.split(";") for x in chunk.split()]
            entities[parts[0]] = Entity(parts[0], kind, min(numbers), max(numbers), parts[2])
        elif line.startswith("R") and len(parts) >= 2:
            kind, *args = parts[1].split()
            if kind == "WORKS_AS":
                arg = dict(a.split(":", 1) for a in args)
                works_as.append((arg["Arg1"], arg["Arg2"]))
    return NerelDoc(ann.stem, text, entities, works_as)


def load(folder: str | Path) -> list[NerelDoc]:
    return [load_doc(p) for p in sorted(Path(folder).glob("*.ann"))]


def predicted(doc: Document) -> dict[str, list[Interval]]:
    return {
        "person": person_name_spans(doc),
        "country": [(m.start, m.stop) for c in doc.countries for m in c.mentions],
        "organization": [(m.start, m.stop) for o in doc.organizations for m in o.mentions],
        "location": [(m.start, m.stop) for loc in doc.locations for m in loc.mentions],
        "profession": sorted({(m.start, m.stop) for p in doc.posts for m in p.mentions}
                             | {(m.start, m.stop) for p in doc.persons for m in p.mentions
                                if not is_name_mention(p, m.text)}),  # role nouns: `Посол`, `глава государства`
    }


def score_doc(gold: NerelDoc, doc: Document) -> Report:
    report = Report()
    mine = predicted(doc)
    for group in GROUPS:
        report.add(f"{group}_exact", match_spans(mine[group], gold.spans(group), overlap=False))
        report.add(f"{group}_overlap", match_spans(mine[group], gold.spans(group), overlap=True))
    report.add("works_as", _works_as_mentions(gold, doc))
    report.add("works_as_entities", _works_as(gold, doc))
    return report


def _works_as_mentions(gold: NerelDoc, doc: Document) -> Counts:
    """Mention pairs, one-to-one: every mention of a held post, and every role-noun mention of a person
    (`Посол`, `глава государства`), with the holder's nearest name mention in the same sentence (a mention
    whose holder is named only in other sentences gives no pair)."""
    posts = {p.id: p for p in doc.posts}
    names = {p.id: [m for m in p.mentions if is_name_mention(p, m.text)] for p in doc.persons}
    held = {(rel.person, m.start, m.stop) for rel in doc.relations if rel.kind == "holds_post"
            for m in posts[rel.post].mentions}
    held |= {(p.id, m.start, m.stop) for p in doc.persons for m in p.mentions if not is_name_mention(p, m.text)}
    pairs: set[tuple[Interval, Interval]] = set()
    for person, start, stop in held:
        if not names[person]:
            continue
        near = min(names[person], key=lambda p: abs(p.start - start))
        if not SENTENCE_BREAK.search(doc.text, min(near.start, start) + 1, max(near.stop, stop) - 1):
            pairs.add(((near.start, near.stop), (start, stop)))
    wanted = [((gold.entities[a].start, gold.entities[a].stop), (gold.entities[b].start, gold.entities[b].stop))
              for a, b in gold.works_as if a in gold.entities and b in gold.entities]
    return greedy_match(sorted(pairs), wanted, lambda p, g: overlaps(p[0], g[0]) and overlaps(p[1], g[1]))


def _works_as(gold: NerelDoc, doc: Document) -> Counts:
    ids = {e.id: e for e in (*doc.persons, *doc.posts)}
    pairs = [(ids[r.person], ids[r.post]) for r in doc.relations if r.kind == "holds_post"]
    wanted = [(gold.entities[a], gold.entities[b]) for a, b in gold.works_as
              if a in gold.entities and b in gold.entities]
    def touches(entity: object, gold_entity: Entity) -> bool:
        return any(overlaps((m.start, m.stop), (gold_entity.start, gold_entity.stop))
                   for m in entity.mentions)  # type: ignore[attr-defined]

    counts = Counts()
    found: set[int] = set()
    for person, post in pairs:  # one relation of ours covers every mention pair of its two entities
        hits = {k for k, g in enumerate(wanted) if touches(person, g[0]) and touches(post, g[1])}
        if hits:
            counts.tp += 1
            found |= hits
        else:
            counts.fp += 1
    counts.fn = len(wanted) - len(found)
    return counts
