"""Relations between entities, one module per kind; `holds_post` is read with the posts (entities.py)."""

from __future__ import annotations

from ..analysis import Analysis
from ..models import Document
from . import agreement, cooperation, meeting, membership, visit
from .context import Context


def extract(doc: Analysis, out: Document) -> None:
    """Append meetings, visits, cooperation, agreements and memberships to ``out.relations``."""
    ctx = Context.build(doc, out)
    found = [*meeting.find(ctx), *visit.find(ctx), *cooperation.find(ctx), *agreement.find(ctx),
             *membership.find(ctx)]
    out.relations.extend(found)
    out.relations.sort(key=lambda r: r.evidence.start if r.evidence else 0)
