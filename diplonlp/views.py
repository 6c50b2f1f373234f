"""Flat views of a `Document` for other tools: every mention with its entity, the non-overlapping subset
(what spaCy's `doc.ents` and displaCy's entity style can hold) and displaCy's manual format."""

from __future__ import annotations

from typing import Any, NamedTuple

from .display import COLOURS
from .models import ENTITY_GROUPS, KIND, Document, Entity, EntityKind, Mention


class Labelled(NamedTuple):
    """A mention with the kind and the entity it belongs to."""

    mention: Mention
    kind: EntityKind
    entity: Entity


def labelled(doc: Document) -> list[Labelled]:
    """Every mention of every entity, in text order (longer first where two start together)."""
    out = [Labelled(m, KIND[group], entity) for group in ENTITY_GROUPS for entity in getattr(doc, group)
           for m in entity.mentions if m.stop > m.start]
    return sorted(out, key=lambda x: (x.mention.start, -x.mention.stop))


def non_overlapping(items: list[Labelled]) -> list[Labelled]:
    """The outermost mentions, in text order: of two that overlap the earlier wins, the longer where they start
    together, so the outer phrase is kept (`посол Казахстана` over `Казахстана`). ``items`` in `labelled`'s
    order; one pass."""
    chosen: list[Labelled] = []
    reach = -1
    for item in items:
        if item.mention.start >= reach:
            chosen.append(item)
            reach = item.mention.stop
    return chosen


DISPLACY_COLORS = {kind.upper(): f"{colour}55" for kind, colour in COLOURS.items()}
"""Colours for ``displacy.render(..., options={"colors": DISPLACY_COLORS})``: the notebook view's, made light."""


def to_displacy(doc: Document) -> dict[str, Any]:
    """displaCy's manual entity format: ``text``, ``ents`` (``start``/``end`` character offsets, ``label`` the
    kind in capitals, ``kb_id`` the entity's id), ``title`` the document's id. Nested mentions cannot be shown
    in that style: the outer one is kept (`non_overlapping`)."""
    ents = [{"start": x.mention.start, "end": x.mention.stop, "label": x.kind.upper(), "kb_id": x.entity.id}
            for x in non_overlapping(labelled(doc))]
    return {"text": doc.text, "ents": ents, "title": doc.id}
