"""Flat tables of Documents: entities, mentions and relations, one row each, joinable on (doc_id, id).

The rows are plain dicts (the CLI writes them as CSV without pandas); `to_frames` wraps them in pandas
DataFrames when the ``pandas`` extra is installed.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .models import ENTITY_GROUPS, KIND, Document

if TYPE_CHECKING:
    import pandas

Row = dict[str, Any]

ENTITY_COLUMNS = ["doc_id", "id", "kind", "name", "code", "title", "first", "middle", "last", "country", "host",
                  "organization", "abbr", "org_kind", "date_start", "date_stop", "mentions"]
MENTION_COLUMNS = ["doc_id", "entity_id", "kind", "start", "stop", "text"]
RELATION_ARGUMENTS = ["person", "post", "participants", "visitor", "destination", "parties", "sectors", "member",
                      "organization", "date", "location", "title"]
"""The fields of every relation kind but `kind`, `evidence` and `rule`."""
RELATION_COLUMNS = ["doc_id", "id", "kind", *RELATION_ARGUMENTS, "evidence_start", "evidence_stop", "rule"]
DOCUMENT_COLUMNS = ["doc_id", "date", "characters", "text"]
"""One row per document: the text every offset of the other tables points into."""
LIST_COLUMNS = ("participants", "parties", "sectors")
"""Relation columns that hold lists of entity ids (``DataFrame.explode`` makes them joinable)."""


class Tables(NamedTuple):
    """The three tables of one or many documents, as lists of rows."""

    entities: list[Row]
    mentions: list[Row]
    relations: list[Row]


class Frames(NamedTuple):
    """The three tables as pandas DataFrames: ``entities, mentions, relations = doc.to_frames()``."""

    entities: pandas.DataFrame
    mentions: pandas.DataFrame
    relations: pandas.DataFrame


def _entity_row(doc_id: Hashable, group: str, entity: Any) -> Row:
    data = entity.model_dump(exclude={"mentions"})
    kind = KIND[group]
    row: Row = dict.fromkeys(ENTITY_COLUMNS)
    row.update(doc_id=doc_id, id=data.pop("id"), kind=kind, mentions=len(entity.mentions))
    if kind == "date":
        row.update(name=data.pop("value"), date_start=data.pop("start"), date_stop=data.pop("stop"))
    if "kind" in data:  # an organization's kind
        row["org_kind"] = data.pop("kind")
    row.update(data)
    return row


def _relation_row(doc_id: Hashable, number: int, relation: Any) -> Row:
    data = relation.model_dump()
    evidence = data.pop("evidence")
    row: Row = dict.fromkeys(RELATION_COLUMNS)
    row.update(doc_id=doc_id, id=f"r{number}", **data)
    if evidence is not None:
        row.update(evidence_start=evidence["start"], evidence_stop=evidence["stop"])
    return row


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection")."""


def csv_cell(value: Any) -> Any:
    """A cell safe to open in a spreadsheet: text starting with a formula character gets a leading ``'``
    (OWASP's rule), and so does text starting with ``'``, so that a reader gets every value back by dropping
    one leading ``'`` wherever there is one; numbers and empty cells are left as they are."""
    if isinstance(value, str) and value.startswith((*FORMULA_START, "'")):
        return "'" + value
    return value


def document_row(doc: Document, doc_id: Hashable) -> Row:
    """The document's own row: id, date, length and text."""
    return {"doc_id": doc_id, "date": doc.date, "characters": len(doc.text), "text": doc.text}


def tables(doc: Document, doc_id: Hashable = 0) -> Tables:
    """Rows of one document; relation ids are ``r1``, ``r2``… in the order of ``doc.relations``."""
    entities: list[Row] = []
    mentions: list[Row] = []
    for group in ENTITY_GROUPS:
        for entity in getattr(doc, group):
            entities.append(_entity_row(doc_id, group, entity))
            mentions.extend({"doc_id": doc_id, "entity_id": entity.id, "kind": KIND[group], "start": m.start,
                             "stop": m.stop, "text": m.text} for m in entity.mentions)
    mentions.sort(key=lambda row: (row["start"], row["stop"]))
    relations = [_relation_row(doc_id, n, r) for n, r in enumerate(doc.relations, 1)]
    return Tables(entities, mentions, relations)


Documents = Iterable[Document] | Iterable[tuple[Document, Hashable]] | Mapping[Any, Document]


def _numbered(docs: Documents) -> Iterator[tuple[Hashable, Document]]:
    """(doc_id, Document): a mapping's keys, the ids of (Document, id) pairs, else positions."""
    items = docs.items() if isinstance(docs, Mapping) else enumerate(docs)
    for position, item in items:
        doc_id, doc = position, item
        if isinstance(item, tuple) and len(item) == 2:
            doc, doc_id = item  # pipe(..., as_tuples=True) with ids as contexts
            if not isinstance(doc_id, Hashable):
                raise TypeError(f"a doc_id must be hashable, got {type(doc_id).__name__} at position {position}")
        if not isinstance(doc, Document):
            raise TypeError(f"expected Document, got {type(doc).__name__} (for doc_id {doc_id!r})")
        yield doc_id, doc


def to_frames(docs: Documents) -> Frames:
    """pandas tables of many documents; ``doc_id`` is the mapping's key, the id of a ``(Document, id)`` pair
    (what ``pipe(..., as_tuples=True)`` gives with ids as contexts), or the position in the iterable."""
    try:
        import pandas
    except ImportError as err:
        raise ImportError("to_frames needs pandas: pip install 'diplonlp[pandas]'") from err
    entities: list[Row] = []
    mentions: list[Row] = []
    relations: list[Row] = []
    for doc_id, doc in _numbered(docs):
        part = tables(doc, doc_id)
        entities += part.entities
        mentions += part.mentions
        relations += part.relations
    return Frames(*(pandas.DataFrame(rows, columns=columns).convert_dtypes()
                    for rows, columns in ((entities, ENTITY_COLUMNS), (mentions, MENTION_COLUMNS),
                                          (relations, RELATION_COLUMNS))))
