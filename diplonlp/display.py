"""HTML view of a Document for notebooks: the text with mentions highlighted by kind, then tables.

Every piece of text goes through `html.escape`; nested mentions (a country inside a post) become
nested marks, and a mention that crosses another is split at the crossing point.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from html import escape
from typing import Any

from .frames import RELATION_ARGUMENTS
from .models import ENTITY_GROUPS, KIND, Document

COLOURS = {"person": "#e6194b", "post": "#f58231", "country": "#3cb44b", "organization": "#4363d8",
           "location": "#911eb4", "sector": "#42a5a5", "date": "#9a6324"}
OUTER_FIRST = {kind: rank for rank, kind in enumerate(("post", "organization", "person", "location", "country",
                                                         "sector", "date"))}
"""Of two mentions with the same span, the one drawn outside."""

STYLE = "".join(
    f".diplonlp mark.dn-{kind}{{background:{colour}26;border-bottom:2px solid {colour}}}"
    f".diplonlp .dn-key-{kind}{{background:{colour}26;border-bottom:2px solid {colour}}}"
    for kind, colour in COLOURS.items()
) + (
    ".diplonlp{font-family:system-ui,sans-serif;font-size:14px;line-height:1.9;max-width:60em}"
    ".diplonlp .dn-text{white-space:pre-wrap;border:1px solid #ddd;border-radius:4px;padding:.6em .8em}"
    ".diplonlp mark{color:inherit;padding:1px 1px 4px;border-radius:2px;box-decoration-break:clone;"
    "-webkit-box-decoration-break:clone}.diplonlp mark mark{padding:1px 0 0}"
    ".diplonlp .dn-legend span{margin-right:.6em;padding:1px 4px;border-radius:2px}"
    ".diplonlp table{border-collapse:collapse;margin:.4em 0 1em;font-size:13px;line-height:1.4}"
    ".diplonlp th,.diplonlp td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}"
    ".diplonlp th{background:#f4f4f4}.diplonlp h4{margin:.8em 0 .2em}"
)


@dataclass(order=True)
class _Mark:
    start: int
    neg_stop: int
    rank: int
    kind: str = field(compare=False)
    title: str = field(compare=False)
    children: list[_Mark] = field(default_factory=list, compare=False)

    @property
    def stop(self) -> int:
        return -self.neg_stop


def entity_value(entity: Any) -> str:
    """The normalized value: a name, or a date's ISO value."""
    return str(getattr(entity, "name", None) or entity.value)


def _describe(kind: str, entity: Any) -> str:
    """The hover text: kind, normalized value and id."""
    value = entity_value(entity)
    extra = [f"{key}={getattr(entity, key)}" for key in ("code", "title", "country", "host", "organization", "abbr")
             if getattr(entity, key, None) and getattr(entity, key) != value]
    return f"{kind}: {value}" + (f" ({', '.join(extra)})" if extra else "") + f" [{entity.id}]"


def _marks(doc: Document) -> list[_Mark]:
    """Mentions as a forest of properly nested marks, crossing ones split at the crossing point."""
    queue: list[_Mark] = []
    for group in ENTITY_GROUPS:
        kind = KIND[group]
        for entity in getattr(doc, group):
            title = _describe(kind, entity)
            queue.extend(_Mark(m.start, -m.stop, OUTER_FIRST[kind], kind, title)
                         for m in entity.mentions if m.stop > m.start)
    heapq.heapify(queue)
    roots: list[_Mark] = []
    stack: list[_Mark] = []
    while queue:
        mark = heapq.heappop(queue)
        while stack and stack[-1].stop <= mark.start:
            stack.pop()
        if stack and mark.stop > stack[-1].stop:  # crosses its parent: keep the inside, requeue the rest
            rest = stack[-1].stop
            heapq.heappush(queue, _Mark(rest, mark.neg_stop, mark.rank, mark.kind, mark.title))
            mark = _Mark(mark.start, -rest, mark.rank, mark.kind, mark.title)
        (stack[-1].children if stack else roots).append(mark)
        stack.append(mark)
    return roots


def _render(text: str, marks: list[_Mark], start: int, stop: int) -> str:
    parts: list[str] = []
    at = start
    for mark in marks:
        parts.append(escape(text[at:mark.start]))
        inner = _render(text, mark.children, mark.start, mark.stop)
        parts.append(f'<mark class="dn-{mark.kind}" title="{escape(mark.title)}">{inner}</mark>')
        at = mark.stop
    parts.append(escape(text[at:stop]))
    return "".join(parts)


def _table(caption: str, header: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(_cell(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<h4>{escape(caption)}</h4><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


ENTITY_FIELDS = {
    "persons": ["name", "first", "middle", "last", "country"],
    "posts": ["name", "title", "country", "host", "organization"],
    "countries": ["code", "name"],
    "organizations": ["name", "abbr", "country", "kind"],
    "locations": ["name", "country"],
    "sectors": ["code", "name"],
    "dates": ["value"],
}


def _entity_tables(doc: Document) -> str:
    out = []
    for group, fields in ENTITY_FIELDS.items():
        items = getattr(doc, group)
        rows = [[e.id, *(getattr(e, f) for f in fields), len(e.mentions)] for e in items]
        out.append(_table(f"{group} ({len(items)})", ["id", *fields, "mentions"], rows))
    return "".join(out)


def _relation_table(doc: Document) -> str:
    names = {e.id: entity_value(e) for group in ENTITY_GROUPS for e in getattr(doc, group)}

    def show(value: Any) -> Any:
        if isinstance(value, list):
            return [show(v) for v in value]
        return f"{names[value]} ({value})" if isinstance(value, str) and value in names else value

    rows = []
    for relation in doc.relations:
        data = relation.model_dump(exclude={"kind", "evidence"})
        args = "; ".join(f"{key}: {_cell(show(data[key]))}" for key in RELATION_ARGUMENTS if data.get(key))
        evidence = doc.text[relation.evidence.start:relation.evidence.stop] if relation.evidence else ""
        rows.append([relation.kind, args, evidence])
    return _table(f"relations ({len(rows)})", ["kind", "arguments", "evidence"], rows)


def to_html(doc: Document) -> str:
    """A self-contained HTML fragment (its own scoped style): legend, highlighted text, entity and relation
    tables."""
    legend = "".join(f'<span class="dn-key-{kind}">{kind}</span>' for kind in COLOURS)
    text = _render(doc.text, _marks(doc), 0, len(doc.text))
    date = f" · date {escape(doc.date)}" if doc.date else ""
    return (f'<div class="diplonlp"><style>{STYLE}</style>'
            f'<div class="dn-legend">{legend}{date}</div>'
            f'<div class="dn-text">{text}</div>'
            f"{_entity_tables(doc)}{_relation_table(doc)}</div>")
