"""The output's JSON Schema and a Markdown field reference built from it (docs/output.md is this text)."""

from __future__ import annotations

from typing import Any

from .models import Document

ORDER = ["Document", "Mention", "Span", "Person", "Post", "Country", "Organization", "Location", "Sector",
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
    return "\n".join(lines)
