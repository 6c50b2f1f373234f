"""HTML view of a Document for notebooks: the text with mentions highlighted by kind, each followed by a chip
that names its kind (and, for a surname or a role noun, the person it stands for), then tables.

Every piece of text goes through `html.escape`; nested mentions (a country inside a post) become nested marks,
and a mention that crosses another is split at the crossing point. Runs of blank lines show as one line break.
Colours and table styles are CSS variables that take the notebook's theme (JupyterLab's ``--jp-*`` variables,
VS Code's, or the page's ``prefers-color-scheme``), so the view reads in light and dark themes alike.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from itertools import groupby
from typing import Any

from .frames import RELATION_ARGUMENTS
from .models import ENTITY_GROUPS, KIND, Document, Mention

COLOURS = {"person": "#e6194b", "post": "#f58231", "country": "#3cb44b", "organization": "#4363d8",
           "location": "#911eb4", "sector": "#42a5a5", "date": "#9a6324"}
OUTER_FIRST = {kind: rank for rank, kind in enumerate(("post", "organization", "person", "location", "country",
                                                         "sector", "date"))}
"""Of two mentions with the same span, the one drawn outside."""

STYLE = "".join(
    f".diplonlp .dn-{kind}{{--dn-c:{colour}}}" for kind, colour in COLOURS.items()
) + (
    ".diplonlp{--dn-fg:var(--jp-content-font-color1,var(--vscode-editor-foreground,inherit));"
    "--dn-line:var(--jp-border-color2,#8886);--dn-head:var(--jp-layout-color2,#8882);"
    "--dn-chip-fg:var(--jp-content-font-color2,#666);color:var(--dn-fg);"
    "font-family:system-ui,sans-serif;font-size:14px;line-height:1.9;max-width:none}"
    "@media (prefers-color-scheme:dark){.diplonlp{--dn-chip-fg:var(--jp-content-font-color2,#aaa)}}"
    "[data-jp-theme-light=false] .diplonlp,.vscode-dark .diplonlp{--dn-chip-fg:#aaa}"
    ".diplonlp .dn-text{white-space:pre-wrap;border:1px solid var(--dn-line);border-radius:4px;padding:.6em .8em}"
    ".diplonlp mark,.diplonlp .dn-key{color:inherit;background:color-mix(in srgb,var(--dn-c) 18%,transparent);"
    "border-bottom:2px solid var(--dn-c);padding:1px 1px 4px;border-radius:2px;box-decoration-break:clone;"
    "-webkit-box-decoration-break:clone}.diplonlp mark mark{padding:1px 0 0}"
    ".diplonlp .dn-chip{font-size:10px;line-height:1;margin-left:3px;padding:0 3px;border-radius:3px;"
    "color:var(--dn-chip-fg);border:1px solid var(--dn-c);vertical-align:1px;white-space:nowrap}"
    ".diplonlp .dn-legend .dn-key{margin-right:.6em;padding:1px 4px}"
    ".diplonlp table{border-collapse:collapse;margin:.4em 0 1em;font-size:13px;line-height:1.5;color:inherit}"
    ".diplonlp th,.diplonlp td{border:1px solid var(--dn-line);padding:2px 6px;text-align:left;"
    "vertical-align:top;background:transparent;color:inherit}"
    ".diplonlp th{background:var(--dn-head)}.diplonlp h4{margin:.8em 0 .2em;color:inherit}"
)
"""The view's own style, scoped to ``.diplonlp``: a kind's colour is ``--dn-c`` on its marks and chips."""


@dataclass(order=True)
class _Mark:
    start: int
    neg_stop: int
    rank: int
    kind: str = field(compare=False)
    title: str = field(compare=False)
    chip: str = field(default="", compare=False)  # what the chip after it says; "" on the part a crossing split off
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


def chip(kind: str, entity: Any, mention: Mention) -> str:
    """The chip's words: the kind, and for a person mention that is no name with its first name (a surname, a role
    noun: `Посол`, `министр иностранных дел`) the person's short name (their surname)."""
    if kind == "person" and (" " not in mention.text.strip() or mention.text.islower()):
        return f"{kind} · {entity.last or entity.name}"
    return kind


def _marks(doc: Document, only: set[str] | None = None) -> list[_Mark]:
    """Mentions (of the entities in ``only``, else all) as a forest of properly nested marks, crossing ones
    split at the crossing point."""
    queue: list[_Mark] = []
    for group in ENTITY_GROUPS:
        kind = KIND[group]
        for entity in getattr(doc, group):
            if only is not None and entity.id not in only:
                continue
            title = _describe(kind, entity)
            queue.extend(_Mark(m.start, -m.stop, OUTER_FIRST[kind], kind, title, chip(kind, entity, m))
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
            heapq.heappush(queue, _Mark(rest, mark.neg_stop, mark.rank, mark.kind, mark.title, mark.chip))
            mark = _Mark(mark.start, -rest, mark.rank, mark.kind, mark.title)
        (stack[-1].children if stack else roots).append(mark)
        stack.append(mark)
    return roots


BLANK_LINES = re.compile(r"[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)+[ \t\r\f\v]*")


def plain(text: str) -> str:
    """Text between marks: escaped, a run of blank lines made one line break."""
    return escape(BLANK_LINES.sub("\n", text))


def _render(text: str, marks: list[_Mark], start: int, stop: int) -> str:
    parts: list[str] = []
    at = start
    for mark in marks:
        parts.append(plain(text[at:mark.start]))
        inner = _render(text, mark.children, mark.start, mark.stop)
        label = f'<span class="dn-chip">{escape(mark.chip)}</span>' if mark.chip else ""
        parts.append(f'<mark class="dn-{mark.kind}" title="{escape(mark.title)}">{inner}{label}</mark>')
        at = mark.stop
    parts.append(plain(text[at:stop]))
    return "".join(parts)


def _table(caption: str, header: list[str], rows: list[list[Any]]) -> str:
    """A captioned table; a cell is text (escaped here), or `Raw` HTML with the rows it spans (0: none, the cell
    above spans it)."""
    if not rows:
        return ""
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows)
    return f"<h4>{escape(caption)}</h4><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


@dataclass(frozen=True)
class Raw:
    """A table cell of ready HTML spanning ``rows`` rows (0: covered by the cell above)."""

    html: str
    rows: int = 1


def _td(cell: Any) -> str:
    if isinstance(cell, Raw):
        if cell.rows == 0:
            return ""
        return f'<td rowspan="{cell.rows}">{cell.html}</td>' if cell.rows > 1 else f"<td>{cell.html}</td>"
    return f"<td>{escape(_cell(cell))}</td>"


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

    rows: list[list[Any]] = []
    for _, group in groupby(doc.relations, key=lambda r: (r.evidence.start, r.evidence.stop) if r.evidence else None):
        relations = list(group)
        ids = {v for r in relations for v in _ids(r.model_dump(exclude={"kind", "evidence", "rule"}))}
        evidence = relations[0].evidence
        html = _render(doc.text, _within(_marks(doc, ids), evidence.start, evidence.stop), evidence.start,
                       evidence.stop) if evidence else ""
        for n, relation in enumerate(relations):
            data = relation.model_dump(exclude={"kind", "evidence"})
            args = "; ".join(f"{key}: {_cell(show(data[key]))}" for key in RELATION_ARGUMENTS if data.get(key))
            rows.append([relation.kind, args, Raw(html, 0 if n else len(relations))])
    return _table(f"relations ({len(rows)})", ["kind", "arguments", "evidence (its arguments marked)"], rows)


def _ids(data: dict[str, Any]) -> Iterator[str]:
    for value in data.values():
        yield from (v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))


def _within(marks: list[_Mark], start: int, stop: int) -> list[_Mark]:
    """The marks that lie inside ``start:stop`` (nested ones kept), the rest left out."""
    out: list[_Mark] = []
    for mark in marks:
        if start <= mark.start and mark.stop <= stop:
            out.append(mark)
        elif mark.start < stop and start < mark.stop:
            out.extend(_within(mark.children, start, stop))
    return out


def to_html(doc: Document) -> str:
    """A self-contained HTML fragment (its own scoped style): legend, highlighted text, entity and relation
    tables."""
    legend = "".join(f'<span class="dn-key dn-{kind}">{kind}</span>' for kind in COLOURS)
    text = _render(doc.text, _marks(doc), 0, len(doc.text))
    date = f" · date {escape(doc.date)}" if doc.date else ""
    return (f'<div class="diplonlp"><style>{STYLE}</style>'
            f'<div class="dn-legend">{legend}{date}</div>'
            f'<div class="dn-text">{text}</div>'
            f"{_entity_tables(doc)}{_relation_table(doc)}</div>")
