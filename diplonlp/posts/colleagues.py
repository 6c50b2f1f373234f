"""Posts a counterpart noun gives: `Хакан Фидан принял своего венгерского коллегу Петера Сийярто` — the person named
after `коллега` and a state holds the office of the post holder before them, for that state (rule
`colleague_post`; a subject named by surname alone, by a role noun or by a pronoun: `colleague_named_before`,
`colleague_of_role_noun`, `colleague_of_pronoun`)."""

from __future__ import annotations

from collections.abc import Callable

from ..analysis import Analysis, Found
from ..lexicon import countries, words
from ..mentions.organizations import genitive
from ..text import DASHES
from .heads import is_plural

COLLEAGUES = words("entities.colleague_nouns")
"""`коллега`, `визави`: after a state's adjective, the person named next is of that state (`state_of_colleague`) and,
after a named office a counterpart shares, holds it for that state (`colleague_post`)."""
COLLEAGUE_NAMED_BEFORE = "colleague_named_before"
COLLEAGUE_OF_ROLE_NOUN = "colleague_of_role_noun"
COLLEAGUE_OF_PRONOUN = "colleague_of_pronoun"
SUBJECT_PRONOUNS = words("posts.subject_pronouns")
"""The pronouns, as written, that a subject of talks with a counterpart may be told by (`colleague_of_pronoun`)."""
COLLEAGUES_OF_STATES = "colleagues_of_states"
COLLEAGUES_UNNAMED = "colleagues_unnamed"
JOINS = (",", "и")
"""What joins the states of a plural counterpart noun (`с коллегами из Катара и Египта`)."""
SURNAME_STEM = 5
"""The letters a surname keeps in every case: `Байрамов` and `Байрамовым` share `байра`."""
COLLEAGUE_TITLES = words("posts.colleague_titles")
"""The offices a counterpart shares by name alone (`министр`, `посол`, `президент`); not a chair's or a body's."""


def colleague_post(doc: Analysis, found: list[Found]) -> list[Found]:
    """`своего венгерского коллегу Петера Сийярто`, `с коллегой из Белоруссии Виктором Хрениным`: `коллега` with a
    state's adjective before it or `из` and a state after it, then a name, gives that person the post of the
    nearest single post holder before it in the sentence, for that state (an ambassador keeps the host)."""
    if not doc.on("colleague_post"):
        return []
    adjectives = {b: f for b, f in doc.ending_at("country").items() if f.data["adjective"]}
    states = {f.a: f for f in doc.found.get("country", []) if not f.data["adjective"]}
    names = {a: b for _, a, b in doc.ner_tokens("PER")}  # first token -> end of each name
    out: list[Found] = []
    titled: dict[str, list[Found]] | None = None  # made once, where a counterpart's subject has no post beside it
    for noun in doc.scan.with_lemma(COLLEAGUES):
        a, b, of = _states_of(doc, noun, adjectives, states)
        b = b + 1 if len(of) > 1 and b + 1 in names and doc.tokens[b].text in DASHES else b  # `… Египта – A и B`
        if not of or (b not in names and not _unnamed_of_states(doc, noun, of)):
            continue
        codes = [s.data["code"] for s in of]
        subject = _subject_post(doc, found, a, codes, names)
        if subject is None and doc.on(COLLEAGUE_NAMED_BEFORE):
            titled = titled if titled is not None else _titled_names(doc, found, names)
            subject = _subject_named_before(doc, titled, names, a)
            subject = None if subject is not None and subject.data["country"] in codes else subject
        subject = subject or _subject_role_noun(doc, found, a, codes, names) or \
            _subject_of_pronoun(doc, found, a, codes, names)
        if subject is None or subject.data["country"] in codes:
            continue
        out.append(_colleague(doc, subject, of, a, b, noun))
    return out


def _unnamed_of_states(doc: Analysis, noun: int, of: list[Found]) -> bool:
    """`встретился с коллегами из Бразилии, Саудовской Аравии и Египта`: a plural counterpart noun over two states or
    more with no name after them names their officials, whom no one holds (rule `colleagues_unnamed`)."""
    return len(of) > 1 and is_plural(doc.tokens[noun]) and doc.on(COLLEAGUES_UNNAMED)


def _states_of(doc: Analysis, noun: int, adjectives: dict[int, Found], states: dict[int, Found]
               ) -> tuple[int, int, list[Found]]:
    """The span of a counterpart noun with its states and those states: a state's adjective before it or `из` and
    a state after it; with the noun in the plural, states joined by `и` or commas (`с коллегами из Катара и Египта`,
    `со своими катарским и египетским коллегами`: rule `colleagues_of_states`)."""
    plural = is_plural(doc.tokens[noun]) and doc.on(COLLEAGUES_OF_STATES)
    state = adjectives.get(noun)
    if state is not None:
        of = [state]
        while plural and of[0].a > 0 and doc.tokens[of[0].a - 1].text in JOINS and of[0].a - 1 in adjectives:
            of.insert(0, adjectives[of[0].a - 1])
        return of[0].a, noun + 1, of
    if noun + 2 >= len(doc.tokens) or doc.tokens[noun + 1].lower != "из" or noun + 2 not in states:
        return noun, noun + 1, []
    of = [states[noun + 2]]
    while plural and of[-1].b + 1 < len(doc.tokens) and doc.tokens[of[-1].b].text in JOINS and \
            of[-1].b + 1 in states:
        of.append(states[of[-1].b + 1])
    return noun, of[-1].b, of


def _subject_post(doc: Analysis, found: list[Found], a: int, codes: list[object], names: dict[int, int]
                  ) -> Found | None:
    """The last post before token ``a`` in its sentence but one of the counterpart's states (``codes``: `встретился с
    Премьер-министром Грузии …, а также провел переговоры с грузинским коллегой`), where it is a state office told of
    a name beside it that a counterpart shares (`COLLEAGUE_TITLES`)."""
    before = _posts_before(doc, found, a, codes)
    post = before[-1] if before else None
    if post is None or not _named(doc, post, names):  # `Российский министр … с турецким коллегой`: a role noun
        return None
    return _colleague_title(post)


def _subject_role_noun(doc: Analysis, found: list[Found], a: int, codes: list[object], names: dict[int, int]
                       ) -> Found | None:
    """`Затем российский министр провел переговоры со своим турецким коллегой …`: the last post before token ``a`` in
    its sentence but of the counterpart's states, a role noun no name follows, stands for the last office of its
    state (or, a bare `Министр`, of any but the counterpart's, ``codes``) and title named before with a holder
    (`Министр иностранных дел России Сергей Лавров`; rule `colleague_of_role_noun`)."""
    before = _posts_before(doc, found, a, codes)
    role = before[-1] if before else None
    if role is None or _named(doc, role, names) or role.data["plural"] or not doc.on(COLLEAGUE_OF_ROLE_NOUN):
        return None
    title, state = str(role.data["title"]), role.data["country"]
    held = _last_named(doc, found, doc.sent_bounds(a)[0], names, lambda p: (
        p.data["country"] == state if state else p.data["country"] not in codes) and (
        str(p.data["title"]) == title or str(p.data["title"]).startswith(title + " ")))
    return _colleague_title(held) if held else None


def _subject_of_pronoun(doc: Analysis, found: list[Found], a: int, codes: list[object], names: dict[int, int]
                        ) -> Found | None:
    """`10 марта он провел переговоры со своим индийским коллегой …` after `министр иностранных дел Армении Арарат
    Мирзоян находился с визитом в Индии`: `он` or `она` before token ``a`` in its sentence, no post between but of
    the counterpart's states (`Он встретился с Премьер-министром Грузии …, а также … с грузинским коллегой`), stands
    for the last office named with a holder before the sentence that a counterpart shares, but one of the
    counterpart's states (``codes``; rule `colleague_of_pronoun`)."""
    first, _ = doc.sent_bounds(a)
    if not doc.on(COLLEAGUE_OF_PRONOUN) or not any(doc.tokens[k].lower in SUBJECT_PRONOUNS for k in range(first, a)) \
            or _posts_before(doc, found, a, codes):
        return None
    return _last_named(doc, found, first, names,
                       lambda p: p.data["country"] not in codes and _colleague_title(p) is not None)


def _posts_before(doc: Analysis, found: list[Found], a: int, codes: list[object]) -> list[Found]:
    """The posts of token ``a``'s sentence that end before it, in order, but those of the counterpart's states
    (``codes``)."""
    first, _ = doc.sent_bounds(a)
    return [p for p in found if first <= p.a and p.b <= a and p.data["country"] not in codes]


def _last_named(doc: Analysis, found: list[Found], first: int, names: dict[int, int],
                keep: Callable[[Found], bool]) -> Found | None:
    """Of the posts ``keep`` takes that end before token ``first`` and are told of a name, the one ending last."""
    held = [p for p in found if p.b <= first and keep(p) and _named(doc, p, names)]
    return max(held, key=lambda p: p.b) if held else None


def _colleague_title(post: Found) -> Found | None:
    """``post`` where it is a state's office a counterpart shares (`COLLEAGUE_TITLES`), its state named or left to the
    setting (`Министр иностранных дел Максим Рыженков` in a BELTA item)."""
    if post.data["plural"] or post.data["organization"]:
        return None
    title = str(post.data["title"])
    return post if any(title == t or title.startswith(t + " ") for t in COLLEAGUE_TITLES) else None


def _subject_named_before(doc: Analysis, titled: dict[str, list[Found]], names: dict[int, int], a: int
                          ) -> Found | None:
    """`В тот же день Дж.Байрамов провел переговоры со своим узбекским коллегой …`: with no post before it in the
    sentence, the last name before token ``a`` there, a surname of one named earlier right after such a post
    (`Министр иностранных дел Азербайджана Джейхун Байрамов`: ``titled``), has that post (rule
    `colleague_named_before`)."""
    first, _ = doc.sent_bounds(a)
    last = next((names[k] for k in range(a - 1, first - 1, -1) if k in names and names[k] <= a), None)
    if last is None:
        return None
    posts = [p for p in titled.get(surname_stem(doc.tokens[last - 1].text), []) if p.b < first]
    return _colleague_title(posts[-1]) if posts else None


def _titled_names(doc: Analysis, found: list[Found], names: dict[int, int]) -> dict[str, list[Found]]:
    """The posts a name follows right after, by the stem of that name's last word, in text order."""
    out: dict[str, list[Found]] = {}
    for p in sorted(found, key=lambda f: f.b):
        if p.b in names:
            out.setdefault(surname_stem(doc.tokens[names[p.b] - 1].text), []).append(p)
    return out


def surname_stem(word: str) -> str:
    """A surname's first letters, the same in every case (`Байрамов`, `Байрамовым`)."""
    return word.lower()[:SURNAME_STEM]


def _named(doc: Analysis, post: Found, names: dict[int, int]) -> bool:
    """Is a name (``names``: NER's, by first token) right after the post's phrase, or right before it and a comma
    (`Лавров, министр …`)?"""
    return post.b in names or (post.a > 0 and doc.tokens[post.a - 1].text == "," and
                               post.a - 1 in doc.ner_token_starts("PER"))


def _colleague(doc: Analysis, subject: Found, of: list[Found], a: int, b: int, noun: int) -> Found:
    """The counterpart's post: the subject's title and family, the states' codes (several: a plural post whose
    holders take them in order), the subject's host if any."""
    codes = [str(state.data["code"]) for state in of]
    title = str(subject.data["title"])
    host = subject.data["host"] if subject.data["host"] not in codes else None
    fired = [("colleague_post", a, b)] + ([(COLLEAGUES_OF_STATES, a, b)] if len(codes) > 1 else [])
    return doc.make("post", a, b, title=title, family=subject.data["family"], country=codes[0], host=host,
                    organization=None, plural=len(codes) > 1, countries=codes, bare=False, bare_any=False,
                    head=(noun, noun + 1), agree=noun,
                    name=f"{title} {genitive(countries().short.get(codes[0], codes[0]))}", fired=fired)


def is_colleague(post: Found) -> bool:
    """Is ``post`` one a counterpart noun gives (`венгерского коллегу`)?"""
    return any(rule == "colleague_post" for rule, *_ in post.data.get("fired", ()))
