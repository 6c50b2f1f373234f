"""The output's JSON Schema and a Markdown field reference built from it (docs/output.md is this text)."""

from __future__ import annotations

from typing import Any

from .models import Document

ORDER = ["Document", "Mention", "Span", "Evidence", "Person", "Post", "Country", "Organization", "Location", "Sector",
         "DateEntity", "HoldsPost", "Meeting", "Visit", "Cooperation", "Agreement", "Membership"]


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of `Document` as serialized by ``model_dump(mode="json")``."""
    return Document.model_json_schema(mode="serialization")


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1]
    if "const" in spec:
        return f'"{spec["const"]}"'
    if "enum" in spec:
        return " \\| ".join(f"`{v}`" for v in spec["enum"])
    if "anyOf" in spec:
        return " or ".join(_type(s) for s in spec["anyOf"])
    if "oneOf" in spec:
        return " or ".join(_type(s) for s in spec["oneOf"])
    if spec.get("type") == "array":
        return f"list of {_type(spec['items'])}"
    return str(spec.get("type", "any"))


INPUTS_AND_FORMATS = """## Inputs: document date and id

`extract(text, date=..., id=...)`, `Pipeline()(text, date=..., id=...)` and `Pipeline.pipe` records
`{"text", "date"?, "id"?}` (other keys ignored) give `Document.date` and `Document.id`. The date is an ISO
day (`"2025-04-09"`) or a `datetime.date`; it wins over a ` date` header line and anchors every year-less
date (`13 февраля`) and relative one (`вчера`, `в понедельник`, `на прошлой неделе`, `в мае прошлого
года`). A date that is no calendar day (`2024-02-30`) is a `ValueError` naming it, a wrong type a
`TypeError`; in `pipe` and the CLI that record fails by its index or name. The CLI sets `id` to a JSONL
record's own id, else `FILE:LINE`; a text file's id is its path (`<stdin>` for standard input).

## Dates and intervals

`DateEntity.value` is ISO as far as the text says: a day, a month, a year, or an ISO 8601 interval
`start/stop` for a range (`8–9 апреля` → `2025-04-08/2025-04-09`, `2024–2025 годы` → `2024/2025`);
`start` and `stop` are always the first and last day covered. A span of years is a term (`план на
2026–2027 годы`): never the date of a relation.

## Other formats

- `diplonlp extract --format text` (and `Document.to_text()`): persons with their posts, the other
  entities, relations as short sentences, then the text with each outermost mention marked
  `[as written|id]`. For people, not for parsing.
- `diplonlp extract --format csv --output DIR`: `documents.csv` (`doc_id`, `date`, `characters`, `text`),
  `entities.csv`, `mentions.csv`, `relations.csv` (the `to_frames` tables; list cells joined by `;`; a
  date entity's `start`/`stop` in `date_start`/`date_stop`). Every text cell that starts with `=`, `+`,
  `-`, `@`, a tab or a carriage return, or with `'`, is written with one leading `'` (OWASP's rule against
  CSV injection): drop one leading `'` where a cell has one to get the value back; offsets count from
  the value.
"""
"""The part of docs/output.md that is not read off the models: what goes in, and the formats besides JSON."""


def reference() -> str:
    """Markdown tables: for each model, every field with its type, whether it may be missing, and meaning."""
    schema = json_schema()
    models = {"Document": schema, **schema["$defs"]}
    lines = ["# Output reference", "",
             "Every field of the `Document` that `diplonlp.extract` returns and `diplonlp extract` writes, built from",
             "the model itself (`diplonlp schema --markdown`; `diplonlp schema` prints the JSON Schema). Entity ids",
             "are unique within a document; relation arguments are entity ids. Every field is always present in",
             "the JSON output; lists may be empty, and fields marked `null` may be null.", ""]
    for name in [*ORDER, *sorted(set(models) - set(ORDER))]:
        model = models[name]
        lines += [f"## {name}", "", model.get("description", "").strip(), "",
                  "| field | type | meaning |", "|---|---|---|"]
        for field, spec in model["properties"].items():
            meaning = spec.get("description", "the relation's kind" if field == "kind" else "")
            lines.append(f"| `{field}` | {_type(spec)} | {meaning} |")
        lines.append("")
    return "\n".join(lines) + "\n" + INPUTS_AND_FORMATS
