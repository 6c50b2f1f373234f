"""Pronoun references: a pronoun stands for a person named before but is no mention of them in the output
(the contract's mentions are names and role nouns); resolved once for every relation stage.

Reads: tokens with their morphology, person mentions, the Document's persons. Adds: ``doc.references``,
(start, stop, entity id, rule) for each word resolved.
"""

from __future__ import annotations

from typing import NamedTuple

from ..analysis import Analysis, Found
from ..holders.discourse import PRONOUN_GENDER, antecedent, is_subject


class Reference(NamedTuple):
    start: int
    stop: int
    entity: str
    rule: str


PRONOUN_SUBJECT = "pronoun_subject"
"""`Он провел переговоры …`, `Затем она посетила …`, `В Пекине он провел …`: a pronoun opening its sentence
(after adverbs, conjunctions and a prepositional phrase at most) is the last person of its gender named before
it, in its sentence or the two before; where that one is named as no subject and its sentence's subject is a
person of that gender, the subject (`X встретился с … Виктором Орбаном. Он также посетил …`: X). Not one further
in (`разговор не планировался, так как он уже состоялся`: the pronoun stands for a thing)."""
OPENERS = {"ADV", "CCONJ", "PART", "PUNCT"}
PHRASE = {"ADP", "ADJ", "DET", "NOUN", "NUM", "PROPN"}
"""What a prepositional phrase before the pronoun may hold."""


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
            found = _subject_of(doc, found, persons) or found if found else None
            entity = owner.get((found.start, found.stop)) if found else None
            if entity:
                out.append(Reference(tok.start, tok.stop, entity, PRONOUN_SUBJECT))
    return out


def _subject_of(doc: Analysis, found: Found, persons: list[Found]) -> Found | None:
    """`X встретился с Премьер-министром Венгрии Виктором Орбаном. Он также посетил …`: where the last person named
    is no subject, the person of that gender its sentence names as its subject (rule `pronoun_subject`)."""
    sent = doc.tokens[found.a].sent
    if is_subject(doc, found):
        return None
    return next((p for p in persons if doc.tokens[p.a].sent == sent and p.a < found.a and is_subject(doc, p)
                 and p.data.get("gender") == found.data.get("gender")), None)


def _opens(doc: Analysis, i: int) -> bool:
    """Token ``i`` opens its sentence, with at most adverbs, conjunctions, punctuation and prepositional phrases
    before it (`В Пекине он провел …`, `В ходе визита она …`), none in the nominative."""
    first, _ = doc.sent_bounds(i)
    before = [t for t in doc.tokens[first:i] if t.pos not in OPENERS]
    if not before:
        return True
    return before[0].pos == "ADP" and doc.tokens[i].rel.startswith("nsubj") and all(
        t.pos in PHRASE and t.feats.get("Case") != "Nom" for t in before)
