"""Pronoun references: a pronoun stands for a person named before but is no mention of them in the output
(the contract's mentions are names and role nouns); resolved once for every relation stage.

Reads: tokens with their morphology, person mentions, the Document's persons. Adds: ``doc.references``,
(start, stop, entity id, rule) for each word resolved.
"""

from __future__ import annotations

from typing import NamedTuple

from ..analysis import Analysis
from ..holders.discourse import PRONOUN_GENDER, antecedent


class Reference(NamedTuple):
    start: int
    stop: int
    entity: str
    rule: str


PRONOUN_SUBJECT = "pronoun_subject"
"""`Он провел переговоры …`, `Затем она посетила …`: a pronoun opening its sentence (after adverbs and
conjunctions at most) is the last person of its gender named before it, in its sentence or the two before.
Not one further in (`разговор не планировался, так как он уже состоялся`: the pronoun stands for a thing)."""
OPENERS = {"ADV", "CCONJ", "PART", "PUNCT"}


def resolve(doc: Analysis) -> list[Reference]:
    """The references of a document whose entities are built."""
    if doc.document is None or not doc.on(PRONOUN_SUBJECT):
        return []
    owner = {(m.start, m.stop): p.id for p in doc.document.persons for m in p.mentions}
    persons = doc.found.get("person", [])
    out: list[Reference] = []
    for tok in doc.tokens:
        if tok.lower in PRONOUN_GENDER and tok.feats.get("Case") == "Nom" and _opens(doc, tok.i):
            found = antecedent(doc, tok, persons)
            entity = owner.get((found.start, found.stop)) if found else None
            if entity:
                out.append(Reference(tok.start, tok.stop, entity, PRONOUN_SUBJECT))
    return out


def _opens(doc: Analysis, i: int) -> bool:
    """Token ``i`` opens its sentence, with at most adverbs, conjunctions and punctuation before it."""
    first, _ = doc.sent_bounds(i)
    return all(t.pos in OPENERS for t in doc.tokens[first:i])
