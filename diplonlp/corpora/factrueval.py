"""FactRuEval-2016: loader, scorer (mentions, Occupation, Meeting) and export to the official formats.

A folder holds ``book_N.txt`` with ``.spans``, ``.objects``, ``.coref`` and ``.facts`` beside it.
Mentions: Person, Org, Location, LocOrg objects against persons' name mentions, organizations,
locations and countries (names, not adjectives), span F1 exact and overlapping. Occupation facts
against `holds_post`: Who by any name form of the coreference entity, Position by the head lemma of
the title, and, in ``occupation_where``, Where by the state or body too. Meeting facts: participant
pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..evaluate import Report, fold, greedy_match
from ..lexicon import countries
from ..models import Document
from ..morph import lemmas
from ..text import segment
from .common import head_lemma, person_name_spans, same_name
from .spans import Interval, match_spans

MENTION_TYPES = {"Person": "per", "Org": "org", "Location": "loc", "LocOrg": "locorg"}


@dataclass
class FactValue:
    ref: str  # objN or spanN
    text: str


@dataclass
class Fact:
    kind: str
    fields: dict[str, list[list[FactValue]]] = field(default_factory=dict)  # field -> values -> alternatives


@dataclass
class Book:
    name: str
    text: str
    spans: dict[str, tuple[int, int, str]]
    objects: dict[str, tuple[str, list[str]]]  # id -> (type, span ids)
    coref: dict[str, dict[str, str]]  # coreference entity id (`obj5` in facts) -> its attributes
    members: dict[str, list[str]]  # coreference entity id -> its object ids
    facts: list[Fact]

    def object_span(self, obj_id: str) -> Interval:
        _, span_ids = self.objects[obj_id]
        spans = [self.spans[s] for s in span_ids if s in self.spans]
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def mentions(self) -> dict[str, list[Interval]]:
        out: dict[str, list[Interval]] = {tag: [] for tag in MENTION_TYPES.values()}
        for obj_id, (kind, _) in self.objects.items():
            if kind in MENTION_TYPES:
                out[MENTION_TYPES[kind]].append(self.object_span(obj_id))
        return out

    def names_of(self, value: FactValue) -> set[str]:
        """Every name form of the entity a fact argument points at (`Сандали Виторио` -> сандали, …)."""
        attrs = self.coref.get(value.ref.removeprefix("obj"), {})
        names = {fold(v) for k, v in attrs.items() if k in ("lastname", "firstname", "name", "nickname")}
        names |= {fold(w) for w in value.text.split()}
        return {n for n in names if n}


def _blocks(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    blocks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def load_book(txt: Path) -> Book:
    base = txt.with_suffix("")
    text = txt.read_text(encoding="utf-8")
    spans: dict[str, tuple[int, int, str]] = {}
    spans_path = base.with_suffix(".spans")
    for line in spans_path.read_text(encoding="utf-8").splitlines() if spans_path.exists() else []:
        parts = line.split()
        if len(parts) >= 4:
            spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]), parts[1])
    objects: dict[str, tuple[str, list[str]]] = {}
    objects_path = base.with_suffix(".objects")
    for line in objects_path.read_text(encoding="utf-8").splitlines() if objects_path.exists() else []:
        head = line.split("#", 1)[0].split()
        if len(head) >= 3:
            objects[head[0]] = (head[1], head[2:])
    coref: dict[str, dict[str, str]] = {}
    members: dict[str, list[str]] = {}
    for block in _blocks(base.with_suffix(".coref")):
        entity, *ids = block[0].split()
        coref[entity] = dict(line.split(" ", 1) for line in block[1:] if " " in line)
        members[entity] = ids
    facts: list[Fact] = []
    for block in _blocks(base.with_suffix(".facts")):
        head = block[0].split()
        fact = Fact(kind=head[1] if len(head) > 1 else "")
        for line in block[1:]:
            name, _, rest = line.partition(" ")
            alternatives = []
            for alt in rest.split(" | "):
                ref, _, value = alt.strip().partition(" ")
                if not (ref.startswith(("obj", "span")) and ref[-1:].isdigit()):
                    ref, value = "", alt.strip()  # an alternative given as text alone
                alternatives.append(FactValue(ref, value))
            fact.fields.setdefault(name, []).append(alternatives)
        facts.append(fact)
    return Book(txt.stem, text, spans, objects, coref, members, facts)


def load(folder: str | Path) -> list[Book]:
    return [load_book(p) for p in sorted(Path(folder).glob("book_*.txt"), key=lambda p: int(p.stem[5:]))]


# ---- predictions ----------------------------------------------------------------------------------


def predicted_mentions(doc: Document) -> dict[str, list[Interval]]:
    adjectives = _adjective_spans(doc)
    return {
        "per": person_name_spans(doc),
        "org": [(m.start, m.stop) for o in doc.organizations for m in o.mentions],
        "loc": [(m.start, m.stop) for loc in doc.locations for m in loc.mentions],
        "locorg": [(m.start, m.stop) for c in doc.countries for m in c.mentions
                   if (m.start, m.stop) not in adjectives],
    }


def _adjective_spans(doc: Document) -> set[Interval]:
    """Country mentions written as adjectives or demonyms (`казахстанский`), which FactRuEval does not mark."""
    lex = countries()
    out: set[Interval] = set()
    for c in doc.countries:
        for m in c.mentions:
            words = m.text.split()
            if len(words) == 1 and (m.text[0].islower()  # `казахско` of `казахско-таджикские` too
                                    or lemmas(m.text) & (lex.adjectives.keys() | lex.demonyms.keys())):
                out.add((m.start, m.stop))
    return out


def _occupations(doc: Document) -> list[dict[str, Any]]:
    ids = {e.id: e for e in (*doc.persons, *doc.posts)}
    out = []
    for rel in doc.relations:
        if rel.kind == "holds_post":
            person, post = ids[rel.person], ids[rel.post]
            out.append({"person": person, "post": post})
    return out


def _who_ok(person: Any, names: set[str]) -> bool:
    """Our person is the fact's Who: their surname (or, for one-word names, the name) is one of its names."""
    mine = [w for w in (person.name or "").split() if len(w.strip(".")) > 1]  # any order: Хван Чжан Еп
    return any(same_name(w, n) for w in mine for n in names)


def _where_codes(book: Book, values: list[FactValue]) -> set[str]:
    lex = countries()
    codes: set[str] = set()
    for value in values:
        for name in {value.text, *book.coref.get(value.ref.removeprefix("obj"), {}).values()}:
            tokens = segment(name, 0)[0]
            if tokens and tokens[0].text in lex.abbrs:
                codes.add(lex.abbrs[tokens[0].text])
            match = lex.names.match_at(tokens, 0) if tokens else None
            if match:
                codes.add(match.value)
            codes.add(fold(name))
    return codes


def _occupation_ok(book: Book, fact: Fact, occ: dict[str, Any], with_where: bool) -> bool:
    who = fact.fields.get("Who", [[]])[0]
    if not any(_who_ok(occ["person"], book.names_of(v)) for v in who):
        return False
    positions = [v.text for name in ("Position", "Job") for alts in fact.fields.get(name, []) for v in alts]
    if positions and head_lemma(occ["post"].title) not in {head_lemma(p) for p in positions}:
        return False
    if with_where and "Where" in fact.fields:
        wanted = _where_codes(book, [v for alts in fact.fields["Where"] for v in alts])
        post = occ["post"]
        mine = {post.country, post.host, fold(post.organization)} - {None, ""}
        return bool(mine & wanted)
    return True


def _meeting_pairs(doc: Document) -> list[tuple[Any, Any]]:
    ids = {e.id: e for e in (*doc.persons, *doc.organizations, *doc.countries)}
    pairs = set()
    for rel in doc.relations:
        if rel.kind == "meeting":
            for a, b in combinations(sorted(set(rel.participants)), 2):
                pairs.add((a, b))
    return [(ids[a], ids[b]) for a, b in sorted(pairs)]


def _entity_names(entity: Any) -> set[str]:
    names = {fold(getattr(entity, "last", None)), fold(getattr(entity, "name", None)),
             fold(getattr(entity, "abbr", None))}
    return names - {""}


def _names_meet(mine: set[str], theirs: set[str]) -> bool:
    return any(same_name(a, b) for a in mine for b in theirs)


def score_book(book: Book, doc: Document) -> Report:
    report = Report()
    gold = book.mentions()
    pred = predicted_mentions(doc)
    for tag in MENTION_TYPES.values():
        report.add(f"{tag}_exact", match_spans(pred[tag], gold[tag], overlap=False))
        report.add(f"{tag}_overlap", match_spans(pred[tag], gold[tag], overlap=True))
    occupations = [f for f in book.facts if f.kind == "Occupation"]
    mine = _occupations(doc)
    report.add("occupation", greedy_match(mine, occupations, lambda p, g: _occupation_ok(book, g, p, False)))
    report.add("occupation_where", greedy_match(mine, occupations, lambda p, g: _occupation_ok(book, g, p, True)))
    gold_pairs = []
    for fact in book.facts:
        if fact.kind == "Meeting":
            people = [book.names_of(v) | {fold(v.text)}
                      for alts in fact.fields.get("Participant", []) for v in alts[:1]]
            gold_pairs.extend(combinations(people, 2))
    report.add("meeting_pairs", greedy_match(_meeting_pairs(doc), gold_pairs, lambda p, g: _pair_ok(g, p)))
    return report


def _pair_ok(gold: tuple[set[str], set[str]], pred: tuple[Any, Any]) -> bool:
    a, b = (_entity_names(e) for e in pred)
    return (_names_meet(a, gold[0]) and _names_meet(b, gold[1])) or (
        _names_meet(a, gold[1]) and _names_meet(b, gold[0]))


# ---- export to the official formats ------------------------------------------------------------


def task1(doc: Document) -> str:
    """Response lines ``tag start length`` of the first track."""
    lines = [f"{tag} {start} {stop - start}" for tag, spans in predicted_mentions(doc).items()
             for start, stop in sorted(set(spans))]
    return "\n".join(lines) + ("\n" if lines else "")


def _where(post: Any, doc: Document) -> str | None:
    """The Where of an occupation: the post's organization, else a place named inside its phrase (`глава
    Московской области`: the organizers' Where is the region, not the state), else the state it represents, else
    its host."""
    names = countries().short
    if post.organization:
        return str(post.organization)
    spans = [(m.start, m.stop) for m in post.mentions]
    inside = next((loc.name for loc in doc.locations for m in loc.mentions
                   if any(a <= m.start and m.stop <= b for a, b in spans)), None)
    if inside:
        return str(inside)
    code = post.country or post.host
    return names.get(code, code) if code else None


def _value(text: str) -> str:
    """A response value on one line with no colon (the organizers' reader splits each line at ':')."""
    return " ".join(text.replace(":", " ").split())


def task3(doc: Document) -> str:
    """Occupation and Meeting facts in the third track's response format: Who, Where wherever the post has an
    organization, a country or a host, and Position, the title alone."""
    blocks = []
    for occ in _occupations(doc):
        post = occ["post"]
        lines = ["OCCUPATION:", f"WHO: {_value(occ['person'].name)}"]
        where = _where(post, doc)
        if where:
            lines.append(f"WHERE: {_value(where)}")
        lines.append(f"POSITION: {_value(post.title)}")
        blocks.append("\n".join(lines))
    ids = {e.id: e for e in (*doc.persons, *doc.organizations, *doc.countries)}
    for rel in doc.relations:
        if rel.kind == "meeting":
            blocks.append("\n".join(["MEETING:", *(f"PARTICIPANT: {_value(ids[p].name)}" for p in rel.participants)]))
    return "\n\n".join(blocks) + ("\n\n" if blocks else "")
