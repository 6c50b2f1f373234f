"""When a title found its holder but does not hold: a nomination (`выдвинул на пост`), a plural title with
one name (unless `один из`), a title of rank beside an office (`шейх`)."""

from __future__ import annotations

from ..analysis import Analysis, Found
from ..lexicon import words
from ..morph import lemmas
from ..posts.find import HONORIFICS
from .predicate import POSITION

ONE = words("posts.one")


ONE_OF = words("posts.one_of")
"""Words of `один из самых …` between a name and its title."""


NOMINATING = words("posts.nominating")
"""Words for a post someone is put forward for, not holds (`выдвинул на пост`, `кандидатура на пост`)."""


def nominated(doc: Analysis, post: Found) -> bool:
    """The post is one someone is put forward for: `выдвинул на пост главы ФБР …`, `кандидат на пост …`."""
    head = doc.tokens[post.data["head"][1] - 1]
    position = doc.tokens[head.head] if head.head >= 0 else None
    if position is None or not lemmas(position.text) & POSITION or position.head < 0:
        return False
    return bool(lemmas(doc.tokens[position.head].text) & NOMINATING)


def one_of(doc: Analysis, post: Found) -> bool:
    """`один из самых успешных исполнителей`: a plural title that names one of its kind."""
    before = [t.lower for t in doc.tokens[max(post.a - 5, 0):post.a]]
    return "из" in before and bool(set(before) & ONE)


def honorific(doc: Analysis, post: Found) -> bool:
    """A title of rank alone (`шейх`, `принц`; not `наследный принц`), rule `honorific_not_post`."""
    return post.b - post.a == 1 and bool(lemmas(post.data["title"]) & HONORIFICS) and doc.on("honorific_not_post")


def offices_only(doc: Analysis, links: list[tuple[Found, Found, str | None, str]]
                 ) -> list[tuple[Found, Found, str | None, str]]:
    """`премьер-министром – министром иностранных дел Катара шейхом Мухаммедом …`: a title of rank held by one
    who holds an office is no post of theirs (rule `honorific_not_post`; the contract's title says what office)."""
    ranks = [honorific(doc, post) for post, *_ in links]
    officials = {id(link[1]) for link, rank in zip(links, ranks, strict=True) if not rank}
    return [link for link, rank in zip(links, ranks, strict=True) if not (rank and id(link[1]) in officials)]
