"""Guest references: `гость`, `гостья`, `гости` stand for the visiting side named before, as a pronoun does (no
mention in the output); resolved once for every relation stage.

Reads: tokens, the dateline's place, the Document's persons and places. Adds: (start, stop, person id, rule)
references, read with the pronouns' (`doc.references`).
"""

from __future__ import annotations

from ..analysis import Analysis
from ..lexicon import words
from ..mentions import datelines
from ..mentions.countries import adjective_code
from .pronouns import Reference

GUEST_REFERS_TO_VISITOR = "guest_refers_to_visitor"
"""`Затем гость посетил университет`, `парагвайского гостя принял президент`, `Гости также посетили …`: a guest
word is the person last named before it of the state its adjective names, else of a state other than the
dateline's (the side that came); with no such person or no dateline's state, no one."""
GUESTS = words("references.guests")


def resolve(doc: Analysis) -> list[Reference]:
    """The guest references of a document whose entities are built."""
    if doc.document is None or not doc.on(GUEST_REFERS_TO_VISITOR):
        return []
    guests = doc.scan.with_lemma(GUESTS)
    if not guests:
        return []
    host = _dateline_state(doc)
    named = sorted((m.start, p.id, p.country) for p in doc.document.persons for m in p.mentions)
    out: list[Reference] = []
    for i in guests:
        tok = doc.tokens[i]
        if tok.pos != "NOUN":
            continue
        state = adjective_code(doc.tokens[i - 1].text) if i > 0 and doc.tokens[i - 1].is_word else None
        before = [(pid, country) for start, pid, country in named if start < tok.start]
        found = next((pid for pid, country in reversed(before) if country and (
            country == state if state else host is not None and country != host)), None)
        if found:
            out.append(Reference(tok.start, tok.stop, found, GUEST_REFERS_TO_VISITOR))
    return out


def _dateline_state(doc: Analysis) -> str | None:
    """The state of the dateline's place, where the text has a dateline and its place is a known location."""
    assert doc.document is not None
    match = datelines.opening(doc.text, doc.header.stop)
    place = datelines.place_of(match, doc.document.locations) if match else None
    return place.country if place else None
