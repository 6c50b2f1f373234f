"""Guest references: `гость`, `гостья`, `гости` stand for the visiting side named before, and a delegation told
again for its head, as a pronoun does (no mention in the output); resolved once for every relation stage.

Reads: tokens, the dateline's place, the Document's persons and places. Adds: (start, stop, person id, rule)
references, read with the pronouns' (`doc.references`).
"""

from __future__ import annotations

from ..analysis import Analysis
from ..lexicon import words
from ..mentions import datelines
from ..mentions.countries import adjective_code
from ..posts.right import headed_at
from .pronouns import Reference

GUEST_REFERS_TO_VISITOR = "guest_refers_to_visitor"
"""`Затем гость посетил университет`, `парагвайского гостя принял президент`, `Гости также посетили …`: a guest
word is the person last named before it of the state its adjective names, else of a state other than the
dateline's, or serving an international body (`делегация ЕБРР во главе с вице-президентом банка … Гостей принял
…`), the side that came; with no such person or no dateline's state, no one."""
GUESTS = words("references.guests")
DELEGATION_REFERS_TO_HEAD = "delegation_refers_to_head"
"""`принял делегацию Сената Италии во главе с вице-председателем Сената Марией Доменикой Кастеллоне … Позднее
итальянская делегация встретилась с …`: a delegation's noun told again alone (no body nor head after it) is the head
of the last delegation told before it with `во главе с` and a name, of the state its adjective names if it has one."""
DELEGATIONS = words("references.delegations")


def resolve(doc: Analysis) -> list[Reference]:
    """The guest and delegation references of a document whose entities are built."""
    if doc.document is None:
        return []
    named = _named(doc)
    guests = _guests(doc, named)
    return guests + _delegations(doc, named) if doc.on(DELEGATION_REFERS_TO_HEAD) else guests


def _guests(doc: Analysis, named: list[tuple[int, str, str | None]]) -> list[Reference]:
    """`guest_refers_to_visitor` over the guest words of the text; ``named``: the Document's persons (`_named`)."""
    guests = doc.scan.with_lemma(GUESTS)
    if not guests or not doc.on(GUEST_REFERS_TO_VISITOR):
        return []
    host = _dateline_state(doc)
    bodies = _bodies_served(doc)
    out: list[Reference] = []
    for i in guests:
        tok = doc.tokens[i]
        if tok.pos != "NOUN":
            continue
        state = adjective_code(doc.tokens[i - 1].text) if i > 0 and doc.tokens[i - 1].is_word else None
        before = [(pid, country or (None if state else bodies.get(pid))) for start, pid, country in named
                  if start < tok.start]
        found = next((pid for pid, side in reversed(before) if side and (
            side == state if state else host is not None and side != host)), None)
        if found:
            out.append(Reference(tok.start, tok.stop, found, GUEST_REFERS_TO_VISITOR))
    return out


def _delegations(doc: Analysis, named: list[tuple[int, str, str | None]]) -> list[Reference]:
    """`delegation_refers_to_head` over the delegation nouns of the text; ``named``: the Document's persons."""
    heads: list[tuple[int, str, str | None]] = []  # (start of the delegation noun, its head's id and state)
    out: list[Reference] = []
    for i in doc.scan.with_lemma(DELEGATIONS):
        tok = doc.tokens[i]
        last = doc.sents[tok.sent].last
        led = next((k + 3 for k in range(i + 1, min(last - 2, i + 8)) if headed_at(doc.tokens, k)), None)
        if led is not None:
            stop = doc.tokens[last - 1].stop
            head = next(((pid, country) for start, pid, country in named if doc.tokens[led].start <= start < stop),
                        None)
            if head:
                heads.append((tok.start, *head))
            continue
        after = doc.tokens[i + 1] if i + 1 < last else None
        if tok.pos != "NOUN" or (after is not None and (after.feats.get("Case") == "Gen" or after.is_cap)):
            continue  # `делегации Сената Италии`, `делегации Кыргызстана`: a delegation named anew
        state = adjective_code(doc.tokens[i - 1].text) if i > 0 and doc.tokens[i - 1].is_word else None
        found = next((pid for start, pid, country in reversed(heads) if start < tok.start and (
            state is None or country in (None, state))), None)
        if found:
            out.append(Reference(tok.start, tok.stop, found, DELEGATION_REFERS_TO_HEAD))
    return out


def _named(doc: Analysis) -> list[tuple[int, str, str | None]]:
    """(start, person id, state) of every mention of a person of the Document, in text order."""
    assert doc.document is not None
    return sorted((m.start, p.id, p.country) for p in doc.document.persons for m in p.mentions)


def _bodies_served(doc: Analysis) -> dict[str, str]:
    """Person id -> the international body a post of theirs serves (`вице-президент ЕБРР`): a side other than the
    dateline's state, for a guest word with no state's adjective."""
    assert doc.document is not None
    posts = {p.id: p.organization for p in doc.document.posts if p.organization}
    return {r.person: posts[r.post] for r in doc.document.relations if r.kind == "holds_post" and r.post in posts}


def _dateline_state(doc: Analysis) -> str | None:
    """The state of the dateline's place, where the text has a dateline and its place is a known location."""
    assert doc.document is not None
    match = datelines.opening(doc.text, doc.header.stop)
    place = datelines.place_of(match, doc.document.locations) if match else None
    return place.country if place else None
