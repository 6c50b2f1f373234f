"""Social networks named where someone writes (`написал в Инстаграме`): read by the persons and organizations stages,
which keep no entity there (rule `platform_no_entity`)."""

from __future__ import annotations

from ..analysis import Analysis
from ..lexicon import words
from ..morph import lemmas

PLATFORMS = words("persons.platforms")
"""`Инстаграм`, `Telegram`: the names of social networks and messengers, in lower case."""
ENDING = 2
"""At most this many letters of a case ending follow a platform's name (`Инстаграме`, `Ютубом`)."""
PAGES = words("persons.platform_pages")
"""`странице`, `микроблоге`: a page on a platform (`на своей странице в Instagram`)."""
PLACING = words("persons.platform_prepositions")
"""`в`, `на`: prepositions that put a platform where someone writes or speaks."""


def named_platform(doc: Analysis, a: int) -> bool:
    """`сообщил в Инстаграме`, `на своей странице в Instagram`, `в своем Telegram-канале`: is the word at token ``a``
    a platform's name with a hyphened noun after it, or its name (a case ending after it) after a preposition of place
    that follows a verb or a page's noun (`persons.platform_pages`), or after one and `свой`? Not `доля … в Facebook`,
    `работу в Facebook`: the company."""
    if not doc.on("platform_no_entity"):
        return False
    word, *page = doc.tokens[a].lower.split("-")
    if not any(word.startswith(p) and len(word) - len(p) <= ENDING for p in PLATFORMS):
        return False
    if page:
        return True  # `Телеграм-канал`: a page, never the company
    if a < 2:
        return False
    own = "свой" in lemmas(doc.tokens[a - 1].text)  # `в своем Фейсбуке`
    k = a - 2 if own else a - 1
    if k < 1 or doc.tokens[k].lower not in PLACING:
        return False
    told = doc.tokens[k - 1]
    return own or told.pos == "VERB" or bool(lemmas(told.text) & PAGES)
