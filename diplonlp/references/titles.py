"""Title references: a post phrase with no holder of its own, or a role noun, refers back to the holder of a post
named in the text. Read by the entity stage, which makes each a mention of the person it refers to.

Reads: post phrases, the posts each person entity holds (with the rule that linked them), role nouns in the
tokens. Gives: (phrase, person entity, the held post it repeats) for each phrase resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from ..analysis import Analysis, Found
from ..lexicon import role_nouns
from ..mentions.countries import adjective_code

TITLE_REFERS_BACK = "title_refers_back"
"""`Посол подчеркнул`, `российский министр`: an unheld singular post phrase is the last holder named before of the
same title, else of a title of its family (`президента` is the president's, not the `глава представительства`
named since), or of a title it heads with the same state (`российский министр` for the `министр иностранных дел
России`); a headline's title before any holder is the one holder named later."""
ROLE_NOUN_REFERS_BACK = "role_noun_refers_back"
"""`глава правительства`, `казахский дипломат`: a singular role noun is the holder of the last post of its family
named before it (of the state its adjective names, where it has one), unless it is a post of its own."""


class Holder(Protocol):
    """A person entity being built: the posts linked to it, as (post, holder's country, rule)."""

    posts: list[tuple[Found, str | None, str]]


H = TypeVar("H", bound=Holder)


@dataclass(frozen=True)
class TitleReference(Generic[H]):
    phrase: Found  # the post phrase or role noun
    person: H
    post: Found  # the held post it refers to
    rule: str


def resolve(doc: Analysis, posts: list[Found], held: set[int], entities: Sequence[H]) -> list[TitleReference[H]]:
    """The title references of a document: ``posts`` its post phrases, ``held`` the ids of those with a holder."""
    out: list[TitleReference[H]] = []
    if doc.on(TITLE_REFERS_BACK):
        for post in sorted(posts, key=lambda p: p.start):
            found = refers_to(post, entities) if id(post) not in held else None
            if found:
                out.append(TitleReference(post, found[0], found[1], TITLE_REFERS_BACK))
    if doc.on(ROLE_NOUN_REFERS_BACK):
        taken = [(p.start, p.stop) for p in posts if id(p) in held]
        for role in role_noun_phrases(doc):
            if any(a < role.stop and role.start < b for a, b in taken):
                continue  # `Северокорейский лидер Ким Чен Ын`: a post of its own
            found = latest_with_family(entities, role.data["family"], role.start, role.data["country"])
            if found:
                out.append(TitleReference(role, found[0], found[1], ROLE_NOUN_REFERS_BACK))
    return out


def compatible(a: Found, b: Found) -> bool:
    """Can post phrase ``a`` (no holder of its own) refer to the holder of ``b``? The same title; a bare one of
    the same family; or the head of ``b``'s title with ``b``'s state (`российский министр` for the `министр
    иностранных дел России` named before)."""
    same_title = a.data["title"] == b.data["title"] or (a.data["bare_any"] and a.data["family"] == b.data["family"])
    head_of = b.data["title"].startswith(a.data["title"] + " ") and a.data["country"] is not None
    return (same_title or head_of) and all(a.data[k] in (None, b.data[k]) for k in ("country", "host"))


def refers_to(post: Found, entities: Sequence[H]) -> tuple[H, Found] | None:
    """The person an unheld singular post phrase refers back to (`Посол подчеркнул`), and the post of theirs it
    repeats, if any."""
    if post.data["plural"]:
        return None
    matching = [(e, held) for e in entities for held, _, _ in e.posts if compatible(post, held)]
    earlier = [(e, held) for e, held in matching if held.start < post.start]
    same = [(e, held) for e, held in earlier if held.data["title"] == post.data["title"]]
    if not earlier and len({id(e) for e, _ in matching}) == 1:
        return min(matching, key=lambda pair: pair[1].start)  # a headline's `Премьер Британии`: the one named later
    return max(same or earlier, key=lambda pair: pair[1].start, default=None)


def latest_with_family(entities: Sequence[H], family: str, before: int, country: str | None
                       ) -> tuple[H, Found] | None:
    """The person holding the last post of ``family`` named before offset ``before`` (of ``country``, where
    given: `северокорейский лидер` is not the US president's), and that post."""
    best: tuple[H, Found] | None = None
    for e in entities:
        for held, own, _ in e.posts:
            if held.data["family"] != family or held.start >= before or (best and held.start <= best[1].start):
                continue
            if country is None or (own or held.data["country"]) in (None, country):
                best = (e, held)
    return best


def role_noun_phrases(doc: Analysis) -> list[Found]:
    """Singular role nouns (`data/role_nouns.tsv`) with a country adjective before them, if any."""
    index = role_nouns()
    out: list[Found] = []
    for sent in doc.sents:
        for match in index.find(doc.tokens, sent.first, sent.last):
            a = match.start
            if a - 1 >= sent.first and doc.tokens[a - 1].pos == "ADJ":
                a -= 1  # казахский дипломат
            if doc.tokens[match.stop - 1].feats.get("Number") == "Plur":
                continue
            country = adjective_code(doc.tokens[a].text) if a < match.start else None
            out.append(doc.make("role", a, match.stop, family=match.value, country=country))
    return out
