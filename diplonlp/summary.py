"""A plain-text view of a Document for terminals (`Document.to_text()`, `diplonlp extract --format text`):
persons with their posts, the other entities, relations as short sentences, then the text with every
outermost mention marked ``[as written|id]``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .display import entity_value
from .models import ENTITY_GROUPS

if TYPE_CHECKING:
    from .models import Document


def _name(doc: Document, entity_id: str | None) -> str:
    """An entity's normalized value by id (its id where the document has no such entity)."""
    if entity_id is None:
        return "?"
    entity = doc.entity(entity_id)
    return entity_id if entity is None else entity_value(entity)


def _when_where(doc: Document, rel: Any) -> str:
    parts = [_name(doc, x) for x in (getattr(rel, "date", None), getattr(rel, "location", None)) if x]
    return f" ({', '.join(parts)})" if parts else ""


SENTENCES: dict[str, Callable[[Document, Any], str]] = {
    "holds_post": lambda d, r: f"{_name(d, r.person)} — {_name(d, r.post)}",
    "meeting": lambda d, r: f"{', '.join(_name(d, p) for p in r.participants)} met{_when_where(d, r)}",
    "visit": lambda d, r: f"{_name(d, r.visitor)} visited {_name(d, r.destination)}{_when_where(d, r)}",
    "cooperation": lambda d, r: f"{', '.join(_name(d, p) for p in r.parties)} cooperate"
                                + (f" in {', '.join(_name(d, s) for s in r.sectors)}" if r.sectors else ""),
    "agreement": lambda d, r: f"{', '.join(_name(d, p) for p in r.parties)} signed "
                              + (f"«{r.title}»" if r.title else "an agreement") + _when_where(d, r),
    "membership": lambda d, r: f"{_name(d, r.member)} is a member of {_name(d, r.organization)}",
}
"""One short sentence per relation kind."""


def _persons(doc: Document) -> list[str]:
    posts: dict[str, list[str]] = {}
    for rel in doc.relations:
        if rel.kind == "holds_post":
            posts.setdefault(rel.person, []).append(_name(doc, rel.post))
    return [f"  {p.name}" + (f" — {'; '.join(posts[p.id])}" if p.id in posts else "") for p in doc.persons]


def _entities(doc: Document) -> list[str]:
    held = {rel.post for rel in doc.relations if rel.kind == "holds_post"}
    lines = [f"posts without a holder: {', '.join(p.name for p in doc.posts if p.id not in held)}"] if any(
        p.id not in held for p in doc.posts) else []
    for group in ENTITY_GROUPS[2:]:
        names = [_name(doc, e.id) for e in getattr(doc, group)]
        if names:
            lines.append(f"{group}: {', '.join(names)}")
    return lines


def marked(doc: Document) -> str:
    """The text with each outermost mention written ``[as written|id]`` (a mention inside another is not
    marked again); runs of blank lines kept to one."""
    spans = sorted(((m.start, m.stop, e.id) for group in ENTITY_GROUPS for e in getattr(doc, group)
                    for m in e.mentions), key=lambda s: (s[0], -s[1]))
    out: list[str] = []
    at = 0
    for start, stop, entity_id in spans:
        if start < at:
            continue
        out.append(doc.text[at:start])
        out.append(f"[{doc.text[start:stop]}|{entity_id}]")
        at = stop
    out.append(doc.text[at:])
    lines = "".join(out).splitlines()
    kept = [line for k, line in enumerate(lines) if line.strip() or (k and lines[k - 1].strip())]
    return "\n".join(kept).strip()


def to_text(doc: Document) -> str:
    """The whole plain-text view."""
    head = " ".join(x for x in (doc.id and f"id {doc.id}", doc.date and f"date {doc.date}") if x)
    blocks = [head] if head else []
    if doc.persons:
        blocks.append("\n".join(["persons:", *_persons(doc)]))
    if entities := _entities(doc):
        blocks.append("\n".join(entities))
    others = [f"  {SENTENCES[r.kind](doc, r)}" for r in doc.relations if r.kind != "holds_post"]
    if others:
        blocks.append("\n".join(["relations:", *others]))
    blocks.append(marked(doc))
    return "\n\n".join(blocks) + "\n"
