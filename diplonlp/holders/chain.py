"""Titles side by side (`вице-премьер – министр …`) or coordinated (`был министром …, а затем министром …`)
share their holders."""

from __future__ import annotations

from ..analysis import Analysis, Found
from ..inflect import head_case
from ..text import DASHES


def holders_of_conjunct(doc: Analysis, post: Found, before: list[Found], linked: dict[int, list[Found]]
                         ) -> list[Found]:
    """`Сидибе был министром здравоохранения, а затем министром иностранных дел`: a title joined to an earlier
    one (a syntactic conjunct of it) has its holders; so does one after a dash right after another in its case (`о
    назначении Бахтиёра Саидова заместителем премьер-министра – министром иностранных дел`: a compound post)."""
    head = doc.tokens[post.data["head"][1] - 1]
    if before and post.a and before[-1].b == post.a - 1 and doc.tokens[post.a - 1].text in DASHES and \
            same_case(doc, before[-1], post):
        return linked.get(len(before) - 1, [])
    if head.rel != "conj" or head.head < 0:
        return []
    for k, other in enumerate(before):
        if other.data["head"][0] <= head.head < other.data["head"][1]:
            holders = linked.get(k, [])
            # `дирижёр Валерий Гергиев и пианист — … Даниил Трифонов`: a title after the other's holder is another's
            return [] if any(other.b <= h.a and h.b <= post.a for h in holders) else holders
    return []


ANIMATE_OBJECT = {"gent", "accs"}


def same_case(doc: Analysis, a: Found, b: Found) -> bool:
    """The heads of two post phrases can stand in one case (a title and its genitive dependent cannot); where an
    animate head's accusative is its genitive (`принял … представителя …, главу …`) slovnet may tell either, and
    the first may take the second's."""
    first_tok, second_tok = (doc.tokens[p.data["head"][1] - 1] for p in (a, b))
    cases = [head_case(first_tok), head_case(second_tok)]
    if cases[0] != cases[1] and set(cases) <= ANIMATE_OBJECT:
        cases[0] = head_case(first_tok, prefer=cases[1])
    return None in cases or cases[0] == cases[1]


def adjacent(doc: Analysis, a: Found, b: Found) -> bool:
    """Two post phrases of one person: side by side, or joined by a dash, a comma or `и` (the second may have
    adjectives of its own before it: `…, народный депутат Украины`)."""
    between = doc.tokens[a.b:b.a]
    if between and between[0].text in DASHES | {",", "и"}:
        between = between[1:]
    return b.a >= a.b and len(between) <= 2 and all(t.pos == "ADJ" and not t.is_cap for t in between)
