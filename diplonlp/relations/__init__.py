"""Relations between entities, one module per kind (each a stage of `diplonlp.stages`); `holds_post` is read
with the posts (entities.py). `context` builds, once per document, what every relation rule reads; `setting`
gives each event its date and place."""

from __future__ import annotations

from ..analysis import Analysis
from . import agreement, cooperation, meeting, membership, setting, visit
from .context import Context

__all__ = ["Context", "agreement", "context", "cooperation", "meeting", "membership", "setting", "visit"]


def context(doc: Analysis) -> Context:
    """The relation context of a document whose entities are built (made on first use, then kept)."""
    if doc.context is None:
        assert doc.document is not None, "relations need the entities stage"
        doc.context = Context.build(doc, doc.document)
    return doc.context
