"""Title references: a post phrase with no holder of its own, or a role noun, refers back to the holder of a post
named in the text. Read by the entity stage, which makes each a mention of the person it refers to.

Reads: post phrases, the posts each person entity holds (with the rule that linked them), role nouns in the
tokens. Gives: (phrase, person entity, the held post it repeats) for each phrase resolved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from ..analysis import Analysis, Found, coverage
from ..lexicon import Match, PhraseIndex, organizations, role_nouns, words
from ..mentions import datelines
from ..mentions.countries import adjective_code, adjective_state
from ..morph import lemmas
from ..posts.chain import STATE_BODY_WORDS
from ..posts.heads import HONORIFICS, said_plural
from ..scan import next_from

RANK_WORDS = words("references.rank_words")
"""Words of rank opening a title: a bare title with one refers back only to a title opening with it."""
TITLE_REFERS_BACK = "title_refers_back"
"""`Посол подчеркнул`, `российский министр`: an unheld singular post phrase is the last holder named before of the
same title, else of a title of its family (`президента` is the president's, not the `глава представительства`
named since), or of a title it heads with the same state (`российский министр` for the `министр иностранных дел
России`); a headline's title before any holder is the one holder named later."""
ROLE_NOUN_REFERS_BACK = "role_noun_refers_back"
"""`глава правительства`, `казахский дипломат`: a singular role noun is the holder of the last post of its family
named before it (of the state its adjective names, where it has one), unless it is a post of its own."""
COLLEAGUE_REFERS_BACK = "colleague_refers_back"
"""`Сергей Лавров и его индонезийский коллега обсудили …`: a counterpart's noun (`коллега`, `визави`) after a state's
adjective, with no name after it, is the holder of the last post of that state named before it."""
COUNTERPART = "counterpart"
"""The family of `role_nouns.tsv`'s words for a counterpart: every held post is of it (`colleague_refers_back`)."""
STATE_ADJECTIVE_INSIDE = "state_adjective_inside"
"""`глава грузинского правительства`, `глава российского МИД`: a state's adjective between a role noun's head and
its body is the role noun's state."""
BODY_STATE_OF_ROLE = "body_state_of_role"
"""`Бишкек … Касымалиев провел встречу с Председателем Правительства Российской Федерации … глава Кабмина провел
переговоры`: a role noun whose body is a state body of a known state (`Кабмина`: the setting's Cabinet) is of that
state, not the latest holder of its family of any."""
DIPLOMAT_OF_FOREIGN_MINISTRY = "diplomat_of_foreign_ministry"
"""`… с заместителем министра иностранных дел России Андреем Руденко. Накануне российский дипломат встретился …`:
`дипломат` with no ambassador of its state named before is the holder of the last foreign-ministry post named
before it (`references.foreign_service_titles` in the title)."""
FOREIGN_SERVICE = "foreign_service"
"""The key of the foreign-ministry posts among `HeldPosts`' families: no post's own family."""
FOREIGN_SERVICE_TITLES = words("references.foreign_service_titles")
HEADLINE_ROLE_NOUN = "headline_role_noun"
"""`Глава МИД Узбекистана посетил …` as a headline: a role noun in the text's first sentence, with no holder of its
family named before it, is the one person holding a post of that family named after it, or, with no such post,
the one named after it whom the leaders' list gives an office of that family (`Глава государства принял …`, then
`Касым-Жомарт Токаев …`)."""


ROLE_OF_ANOTHER_STATE = "role_of_another_state"
"""`… разговор с Президентом Франции … Затем Глава государства принял министра иностранных дел Франции`: a role noun
or a bare title with no state of its own whose latest holder is of the state of the one it receives is the latest
holder of its family of another state, where one is named before."""


TITLE_OF_ACTOR = "title_of_actor"
"""`Рыженков провел ряд встреч. В ходе встречи с Министром иностранных дел Лаоса … Министр также встретился с …`: an
unheld title with no state, the subject of its sentence, whose latest holder was named right after `с` (one met) is
the latest such holder named otherwise, where there is one: who meets, not who was met."""


HEAD_OF_STATE_TITLE = "head_of_state_title"
"""`Президент России напомнил` in a text naming `Владимир Путин` with no post: an unheld title of a head of state
(`references.head_of_state_titles`) with its state is the one person named before it whom the leaders' list gives
that state and who holds no post."""
HEAD_OF_STATE_OF_SETTING = "head_of_state_of_setting"
"""`Астана, 24 сентября (Акорда). Касым-Жомарт Токаев провел встречу … Глава государства высоко оценил …`: such a
title naming no state (`Глава нашего государства`) is of the dateline's state, and so the one person named before it
whom the leaders' list gives that state and who holds no post."""
HEAD_OF_STATE_TITLES = words("references.head_of_state_titles")
BARE_STATE_HEADS = words("references.bare_state_heads")


HEAD_OF_BODY = "head_of_body"
HEAD_OF_NAMED_BODY = "head_of_named_body"
"""`Глава Кабинета отметил` after `Председатель Кабинета Министров Кыргызской Республики Адылбек Касымалиев`,
`Глава Сената` after `Председатель Сената`: a head's bare word (`references.body_head_titles`) and one body word,
naming no organization and no state but the held post's, is the head, chair or premier named before whose title's
body opens with that word."""
HEADED_FAMILIES = ("head", "chair", "premier")
"""The families of posts that head a body (`председатель кабинета министров` is the premier's)."""
BODY_HEAD_TITLES = words("references.body_head_titles")
OFFICE_WORDS = words("references.office_words")
FORMER = words("references.former")
FOREIGN_MINISTER = "министр иностранных дел"
FOREIGN_MINISTER_TITLES = words("references.foreign_minister_titles")
"""Titles that name the foreign minister by the ministry (`глава МИД`): `российский министр` refers back to them."""

SAME_OFFICE_TITLE = "same_office_title"
"""`Глава государства Касым-Жомарт Токаев … Президент Казахстана отметил`: an unheld title with its state that names
the same office of that state as a held post's other title (head of state, head of government, foreign minister:
`OFFICES`) refers back to its holder."""
OFFICES = (HEAD_OF_STATE_TITLES | words("references.head_of_state_generic"),
           words("references.head_of_government_titles"), FOREIGN_MINISTER_TITLES | {FOREIGN_MINISTER})
"""Groups of titles each naming one office of a state."""


def office_titles(title: str) -> frozenset[str]:
    """The other titles of the office ``title`` names (`глава государства` for `президент`), if any."""
    return next((group - {title} for group in OFFICES if title in group), frozenset())


class Holder(Protocol):
    """A person entity being built: its mentions, and the posts linked to it, as (post, holder's country, rule)."""

    mentions: list[Found]
    posts: list[tuple[Found, str | None, str]]


H = TypeVar("H", bound=Holder)


@dataclass(frozen=True)
class TitleReference(Generic[H]):
    phrase: Found  # the post phrase or role noun
    person: H
    post: Found  # the held post it refers to
    rule: str


def resolve(doc: Analysis, posts: list[Found], held: set[int], entities: Sequence[H],
            office_of: Callable[[H], tuple[str | None, str | None]] | None = None, setting: str | None = None
            ) -> list[TitleReference[H]]:
    """The title references of a document: ``posts`` its post phrases, ``held`` the ids of those with a holder,
    ``office_of`` the (office family, state) the leaders' list gives a person (the state serves where a post of
    theirs names none). A role noun that resolves wins over a title on its words (`Глава грузинского
    внешнеполитического ведомства` is the minister's, not the last `глава`'s)."""
    index = HeldPosts(entities, (lambda e: office_of(e)[1]) if office_of else None, doc.on(SAME_OFFICE_TITLE))
    roles = _role_references(doc, posts, held, index, entities, office_of, setting) \
        if doc.on(ROLE_NOUN_REFERS_BACK) else []
    out: list[TitleReference[H]] = []
    if doc.on(TITLE_REFERS_BACK):
        covered = coverage([r.phrase for r in roles])
        named = doc.starting_at("person")
        for post in sorted(posts, key=lambda p: p.start):
            found = index.refers_to(post) if id(post) not in held and not covered.overlaps(
                post.start, post.start + 1) else None
            found = None if found and _rank_of_another(post, named, found[0]) else found
            actor = _actor_not_met(doc, post, found, index)
            found = actor or found
            other = _of_another_state(doc, post, found, index, entities, office_of) if found else None
            rule = ROLE_OF_ANOTHER_STATE if other else TITLE_OF_ACTOR if actor else \
                HEAD_OF_BODY if found and heads_body(post, found[1]) else \
                HEAD_OF_NAMED_BODY if found and heads_named_body(post, found[1]) else \
                SAME_OFFICE_TITLE if found and post.data["title"] in _other_titles(post.data["title"],
                                                                                  found[1].data["title"]) else \
                TITLE_REFERS_BACK
            found = other or found
            if found and doc.on(rule) and not (rule == HEAD_OF_BODY and _office_named(doc, post)):
                out.append(TitleReference(post, found[0], found[1], rule))
    return out + roles


def _rank_of_another(post: Found, named: dict[int, Found], holder: Holder) -> bool:
    """`принца Фейсала бин Фархана Аль Сауда`: is ``post`` a title of rank alone (`posts.honorifics`) right before a
    name that is not ``holder``'s? It is part of that name's phrase (`honorific_not_post` took it from the post), no
    reference to another holder (rule `title_refers_back`)."""
    name = named.get(post.b)
    return name is not None and post.data["title"] in HONORIFICS and all(m.start != name.start for m in holder.mentions)


def _actor_not_met(doc: Analysis, post: Found, found: tuple[H, Found] | None, index: HeldPosts[H]
                   ) -> tuple[H, Found] | None:
    """`title_of_actor`: the holder an unheld title with no state, its sentence's subject, refers to instead of
    ``found``, the latest holder, where that one's post was named right after `с`; None where the rule keeps it."""
    if found is None or post.data["country"] or not _met(doc, found[1]) or not doc.on(TITLE_OF_ACTOR):
        return None
    head = doc.tokens[post.a]
    if not (head.rel.startswith("nsubj") or post.a == doc.sents[head.sent].first):
        return None
    return index.refers_to(post, skip=lambda held: _met(doc, held))


def _met(doc: Analysis, held: Found) -> bool:
    """Is the post phrase ``held`` right after `с`, `со` (`встреча с Министром …`: one met)?"""
    return held.a > 0 and doc.tokens[held.a - 1].lower in ("с", "со")


def _role_references(doc: Analysis, posts: list[Found], held: set[int], index: HeldPosts[H], entities: Sequence[H],
                     office_of: Callable[[H], tuple[str | None, str | None]] | None, setting: str | None
                     ) -> list[TitleReference[H]]:
    """`role_noun_refers_back` and `headline_role_noun`: each role noun that is no held post's, resolved; a state's
    own office named with no state (`глава государства`) is first the one of the dateline's state ``setting`` named
    before (`head_of_state_of_setting`: `Бишкек … Жапаров провел телефонный разговор с Президентом Турции … Кроме
    того, глава государства принял …`: Japarov, not Erdoğan)."""
    out: list[TitleReference[H]] = []
    taken = coverage([p for p in posts if id(p) in held])
    headline = next((t.sent for t in doc.tokens if t.start >= doc.header.stop), None)
    leaders: dict[str, list[tuple[int, int]]] | None = None  # made at the first counterpart's noun
    for role in role_noun_phrases(doc):
        if taken.overlaps(role.start, role.stop):
            continue  # `Северокорейский лидер Ким Чен Ын`: a post of its own
        if role.data["family"] == COUNTERPART and leaders is None:
            leaders = _leaders_by_state(entities, office_of)
        found = _colleague(role, index, entities, leaders or {}) if role.data["family"] == COUNTERPART else \
            index.latest_with_family(role.data["family"], role.start, role.data["country"],
                                     forward=doc.on(HEADLINE_ROLE_NOUN) and doc.tokens[role.a].sent == headline,
                                     state_only=role.data["state_only"])
        ministry = None
        if found is None and role.data["family"] == "diplomat" and doc.on(DIPLOMAT_OF_FOREIGN_MINISTRY):
            found = ministry = index.latest_with_family(FOREIGN_SERVICE, role.start, role.data["country"])
        other = _of_another_state(doc, role, found, index, entities, office_of) if found else None
        of_setting = bool(setting) and not other and role.data["state_only"] and role.data["country"] is None and \
            doc.on(HEAD_OF_STATE_OF_SETTING)
        own = index.latest_with_family(role.data["family"], role.start, setting, state_only=True) if of_setting \
            else None
        if of_setting and own is None and office_of is not None:  # `Касым-Жомарт Токаев провел …`: no post
            leaders = leaders if leaders is not None else _leaders_by_state(entities, office_of)
            own = _leader_named_before(role, leaders.get(str(setting), []), entities, office_of)
        own = own if own != found else None
        found = own or found
        if found:
            rule = HEAD_OF_STATE_OF_SETTING if own else ROLE_OF_ANOTHER_STATE if other else HEADLINE_ROLE_NOUN \
                if found[1].start > role.start else \
                DIPLOMAT_OF_FOREIGN_MINISTRY if ministry else STATE_ADJECTIVE_INSIDE if role.data["inside"] else \
                COLLEAGUE_REFERS_BACK if role.data["family"] == COUNTERPART else ROLE_NOUN_REFERS_BACK
            found = other or found
            out.append(TitleReference(role, found[0], found[1], rule))
    return out


def _colleague(role: Found, index: HeldPosts[H], entities: Sequence[H], leaders: dict[str, list[tuple[int, int]]]
               ) -> tuple[H, Found] | None:
    """The person `его индонезийский коллега` refers back to (`colleague_refers_back`): of the state its adjective
    names, the holder of the last post of it named before, or a person of it by the leaders' list (``leaders``:
    `_leaders_by_state`) named after that post and before the noun."""
    state = str(role.data["country"])
    held = index.latest_with_family(COUNTERPART, role.start, state)
    named = leaders.get(state, [])
    k = bisect_left(named, (role.start, -1)) - 1
    if k >= 0 and (held is None or named[k][0] > held[1].start):
        return entities[named[k][1]], role
    return held


def _leader_named_before(role: Found, named: list[tuple[int, int]], entities: Sequence[H],
                         office_of: Callable[[H], tuple[str | None, str | None]]) -> tuple[H, Found] | None:
    """The person ``named`` last before ``role`` (the leaders' list's of the dateline's state, with no post) whose
    office there is of the role's family (`Касым-Жомарт Токаев провел телефонный разговор с Президентом Франции …
    итоги визита Главы государства в Париж`: Tokayev, not Macron; `head_of_state_of_setting`)."""
    k = bisect_left(named, (role.start, -1)) - 1
    if k < 0 or office_of(entities[named[k][1]])[0] != role.data["family"]:
        return None
    return entities[named[k][1]], role


def _leaders_by_state(entities: Sequence[H], office_of: Callable[[H], tuple[str | None, str | None]] | None
                      ) -> dict[str, list[tuple[int, int]]]:
    """State -> the (mention start, entity index) of every mention of a person holding no post whose state the
    leaders' list gives, in text order: what `_colleague` looks up, made once a document."""
    out: dict[str, list[tuple[int, int]]] = {}
    for n, e in enumerate(entities):
        state = office_of(e)[1] if office_of and not e.posts else None
        if state:
            out.setdefault(state, []).extend((m.start, n) for m in e.mentions)
    return {state: sorted(found) for state, found in out.items()}


def _of_another_state(doc: Analysis, role: Found, found: tuple[H, Found], index: HeldPosts[H], entities: Sequence[H],
                      office_of: Callable[[H], tuple[str | None, str | None]] | None) -> tuple[H, Found] | None:
    """`… телефонный разговор с Президентом Франции … Затем Глава государства (Президент) принял министра
    иностранных дел Франции`: a role noun or a bare title whose holder is of the state of the first person named
    after it in its sentence (the one it receives or meets) is the holder of the last post of its family of another
    state named before, else the one person named before with no post whom the leaders' list gives an office of its
    family of another state (rule `role_of_another_state`)."""
    if role.data["country"] is not None or not doc.on(ROLE_OF_ANOTHER_STATE):
        return None
    sent = doc.sents[doc.tokens[role.a].sent]
    after = [(m.start, n) for n, e in enumerate(entities) for m in e.mentions if role.stop <= m.start < sent.stop]
    if not after:
        return None
    counterpart = entities[min(after)[1]]
    states = {index.state(k) for k, (e, _, _) in enumerate(index.all) if e is counterpart} - {None}
    mine = next((index.state(k) for k, (e, held, _) in enumerate(index.all) if e is found[0] and held is found[1]),
                None)
    if counterpart is found[0] or mine is None or mine not in states:
        return None
    other = index.latest_with_family(role.data["family"], role.start, None,
                                     state_only=role.data.get("state_only", False), other_than=mine)
    if other is not None or office_of is None:
        return other
    leaders = [e for e in entities if not e.posts and e.mentions[0].start < role.start and
               office_of(e)[0] == role.data["family"] and office_of(e)[1] not in (None, mine)]
    return (leaders[0], role) if len(leaders) == 1 else None


def _role_matches(doc: Analysis, index: PhraseIndex[tuple[str, bool]], first: int, last: int, starts: Sequence[int]
                  ) -> Iterator[tuple[Match[tuple[str, bool]], str | None]]:
    """The role nouns of tokens ``first:last``, left to right, each with the state of an adjective inside it
    (`STATE_ADJECTIVE_INSIDE`)."""
    tokens, i = doc.tokens, next_from(starts, first, last)
    inside = doc.on(STATE_ADJECTIVE_INSIDE)
    while i < last:
        found, code = index.match_at(tokens, i, last), None
        if found is None and inside and i + 2 < last and (code := adjective_code(tokens[i + 1].text)):
            rest = index.match_at([tokens[i], *tokens[i + 2:last]], 0)
            found = Match(i, i + 1 + rest.stop, rest.value) if rest and rest.stop > 1 else None
        if found:
            yield found, code
        i = next_from(starts, found.stop if found else i + 1, last)


def headline_leaders(doc: Analysis, resolved: list[TitleReference[H]], held: list[Found], entities: Sequence[H],
                     office_of: Callable[[H], tuple[str | None, str | None]], setting: str | None = None
                     ) -> list[TitleReference[H]]:
    """`headline_role_noun` for a holder the text gives no post: `Глава государства принял …` as a headline or
    opening the lead, then `Касым-Жомарт Токаев …`. A role noun of the headline or the lead's first sentence that
    no post resolves is the one person named after it
    whom the leaders' list gives an office of its family (and its state, where it names one) on the document's
    date; ``office_of`` gives a person's (office, state). Of several, a state's own office naming no state is the
    dateline's state ``setting``'s (`Астана … Глава государства принял … Токаев … приветствие от Владимира Путина`:
    rule `head_of_state_of_setting`)."""
    if not doc.on(HEADLINE_ROLE_NOUN):
        return []
    taken = coverage([*held, *(r.phrase for r in resolved)])
    out: list[TitleReference[H]] = []
    for role in (r for s in _opening_sentences(doc) for r in role_noun_phrases(doc, s)):
        if taken.overlaps(role.start, role.stop):
            continue
        named = [e for e in entities if e.mentions[0].start >= role.stop and
                 office_of(e)[0] == role.data["family"] and role.data["country"] in (None, office_of(e)[1])]
        rule = HEADLINE_ROLE_NOUN
        if len(named) > 1 and setting and role.data["state_only"] and role.data["country"] is None and \
                doc.on(HEAD_OF_STATE_OF_SETTING):
            named, rule = [e for e in named if office_of(e)[1] == setting], HEAD_OF_STATE_OF_SETTING
        if len(named) == 1:
            out.append(TitleReference(role, named[0], role, rule))
    return out


DATELINE_TAIL = 20
"""At most this many characters (an agency: `(УзА).`) after a dateline that ends its sentence."""


def _opening_sentences(doc: Analysis) -> list[int]:
    """The headline's sentence and the lead's first, the one the dateline opens (`Ташкент, 22 мая (УзА). Глава
    нашего государства принял …`)."""
    first = next((t.sent for t in doc.tokens if t.start >= doc.header.stop), None)
    if first is None:
        return []
    dateline = datelines.opening(doc.text, doc.header.stop)
    span = doc.token_range(dateline.start(), dateline.end()) if dateline else None
    if dateline is None or span is None:
        return [first]
    lead = doc.tokens[span[0]].sent
    while doc.sents[lead].stop - dateline.end() < DATELINE_TAIL and lead + 1 < len(doc.sents):
        lead += 1  # `Ташкент, 22 мая (УзА).` is a sentence of its own, and so may be `/Акорда/.` after it
    return sorted({first, lead})


def head_of_state_holders(doc: Analysis, unheld: list[Found], entities: Sequence[H],
                          state_of: Callable[[H], str | None], setting: str | None = None
                          ) -> list[TitleReference[H]]:
    """`head_of_state_title` over the ``unheld`` post phrases (no holder, no reference); ``state_of`` gives a
    person's state from the leaders' list; a title naming no state is of ``setting``, the dateline's state
    (`head_of_state_of_setting`)."""
    if not doc.on(HEAD_OF_STATE_TITLE):
        return []
    unposted: dict[str, list[H]] = {}  # state -> the persons with no post the leaders' list gives it
    for e in entities:
        state = state_of(e) if not e.posts else None
        if state:
            unposted.setdefault(state, []).append(e)
    out: list[TitleReference[H]] = []
    for post in unheld:
        if post.data["title"] not in HEAD_OF_STATE_TITLES or post.data["plural"] or post.data["organization"]:
            continue
        of_setting = post.data["country"] is None and setting is not None and doc.on(HEAD_OF_STATE_OF_SETTING)
        named = unposted.get(str((setting if of_setting else post.data["country"]) or ""), [])
        if len(named) == 1 and named[0].mentions[0].start < post.start:
            out.append(TitleReference(post, named[0], post,
                                      HEAD_OF_STATE_OF_SETTING if of_setting else HEAD_OF_STATE_TITLE))
    return out


def compatible(a: Found, b: Found, back: bool = True, state: str | None = None, offices: bool = False) -> bool:
    """Can post phrase ``a`` (no holder of its own) refer to the holder of ``b``? The same title; a bare one of
    the same family; or the head of ``b``'s title with ``b``'s state or of two words or more (`российский министр`
    for the `министр иностранных дел России` named before, `Заместитель министра`; looking forward, ``back``
    false, with a state only); of the same state and host where ``a`` names one, not of another
    known organization (`Генерального секретаря организации` after `ШОС` is not the UN's); or another title of
    the same office of ``a``'s state, ``b``'s or its holder's (``state``), with ``offices`` (rule
    `same_office_title`)."""
    if heads_body(a, b) or (back and heads_named_body(a, b)) or (offices and same_office(a, b, state)):
        return True
    same_title = a.data["title"] == b.data["title"] or (
        (a.data["bare_any"] or _stated_word(a)) and a.data["family"] == b.data["family"] and not _another_office(a, b)
        and _same_rank(a, b))
    specific = _specific(a) if back else a.data["country"] is not None  # forward: a state's title only
    head_of = _full_title(b.data["title"]).startswith(a.data["title"] + " ") and specific
    # a title its holders share, each of their own state (`министрами … Бразилии A и Пакистана B`), is of the state
    # ``state`` of the holder in question
    country = state if state and b.data.get("countries") else b.data["country"]
    return (same_title or head_of) and a.data["country"] in (None, country) and a.data["host"] in (
        None, b.data["host"]) and not _two_known_bodies(a.data["organization"], b.data["organization"]) and \
        not _body_for_state(a, b)


def _body_for_state(a: Found, b: Found) -> bool:
    """Does ``a`` name an organization the gazetteer knows and ``b`` a state's office, no organization's (`Пашинян
    встретился с Президентом ЕС` is no `Президентом Армении Ваагном Хачатуряном` of the lead)?"""
    org = a.data["organization"]
    return org is not None and a.data["country"] is None and b.data["organization"] is None and \
        b.data["country"] is not None and _known_body(org)


def _same_rank(a: Found, b: Found) -> bool:
    """Does ``b``'s title open with the rank word ``a``'s opens with, if any (`Первый замминистра` is no
    `постоянный заместитель министра`'s: `references.rank_words`)?"""
    rank = str(a.data["title"]).split()[0]
    return rank not in RANK_WORDS or str(b.data["title"]).startswith(rank + " ")


def same_office(a: Found, b: Found, state: str | None = None) -> bool:
    """Does unheld ``a``, naming its state, name the office of ``b`` of that state (its own or ``state``, its
    holder's) by another title (`Президент Казахстана` for `Глава государства`; a state's bare head, `глава
    Туркменистана`, for its head of state: `references.bare_state_heads`; rule `same_office_title`)?"""
    return a.data["title"] in _other_titles(a.data["title"], b.data["title"]) and a.data["country"] is not None and \
        a.data["country"] == (b.data["country"] or state) and not (a.data["organization"] or b.data["organization"]) \
        and a.data["host"] is None


def _other_titles(title: str, other: str) -> frozenset[str]:
    """The titles that name the office ``other`` names: its office's others, and the bare heads (`глава`, `лидер`)
    for a head of state's; asked for ``title``, a bare head's, only where ``other`` is a head of state's."""
    return office_titles(other) | (BARE_STATE_HEADS if other in OFFICES[0] and title in BARE_STATE_HEADS else
                                   frozenset())


def _office_named(doc: Analysis, post: Found) -> bool:
    """`на пост главы ФБР`, `бывшего главы ФСБ`: the office, or a former holder, not the one holding it now."""
    before = doc.tokens[post.a - 1] if post.a else None
    return bool(before is not None and lemmas(before.text) & OFFICE_WORDS) or \
        any(lemmas(t.text) & FORMER for t in doc.tokens[post.a:post.data["head"][0]])


def heads_body(a: Found, b: Found) -> bool:
    """`Глава ОБСЕ` after `Генерального секретаря ОБСЕ`: a head's bare word (`references.body_head_titles`) with an
    organization stands for the head's or chair's post of that organization (rule `head_of_body`)."""
    return a.data["title"] in BODY_HEAD_TITLES and a.data["organization"] is not None and \
        a.data["organization"] == b.data["organization"] and b.data["family"] in ("head", "chair") and \
        a.data["country"] is None


def heads_named_body(a: Found, b: Found) -> bool:
    """`Глава Кабинета` after `Председатель Кабинета Министров`: ``a``, a head's bare word and one body word with no
    organization or host, and no state but ``b``'s, stands for the head's, chair's or premier's post ``b`` whose
    title's word after its head has that word's lemma (rule `head_of_named_body`); only named before it (`Выборы
    нового руководителя фонда` is not the `управляющий фонда` named after)."""
    words, held = str(a.data["title"]).split(), str(b.data["title"]).split()
    return len(words) == 2 and words[0] in BODY_HEAD_TITLES and len(held) > 1 and \
        b.data["family"] in HEADED_FAMILIES and bool(lemmas(words[1]) & lemmas(held[1])) and \
        not (a.data["organization"] or a.data["host"]) and a.data["country"] in (None, b.data["country"])


def _stated_word(post: Found) -> bool:
    """`корейский спикер` after `Председателем Национальной ассамблеи Республики Корея`: a title of one word with
    only its state's adjective refers back to a title of its family of that state, as a bare one does to any; so
    does one whose only other word is a state's generic body (`спикер монгольского парламента`,
    `posts.state_body_words`)."""
    words = str(post.data["title"]).split()
    generic = len(words) == 2 and bool(lemmas(words[1]) & STATE_BODY_WORDS)
    return post.data["country"] is not None and (len(words) == 1 or generic) and post.data["organization"] is None \
        and post.data["host"] is None and (generic or post.b == post.data["head"][1])


def _specific(post: Found) -> bool:
    """Can the head words of a longer title stand for it (`российский министр`, `Заместитель министра` after
    `заместитель министра иностранных дел`): with a state, or of two words or more?"""
    return post.data["country"] is not None or " " in post.data["title"]


def _another_office(a: Found, b: Found) -> bool:
    """Is ``a`` a head of state's title (`Президент отметил`) and ``b`` a head's of another office, of its family
    but neither a head of state's, nor a state's bare head (`глава РФ`, `references.bare_state_heads`), nor opening
    with ``a``'s word (`генеральный директор` of the IAEA, `глава области`; `президент Всемирного банка` is one)?"""
    title, other = a.data["title"], str(b.data["title"])
    state_head = other in BARE_STATE_HEADS and b.data["organization"] is None
    return title in HEAD_OF_STATE_TITLES and other not in OFFICES[0] and not other.startswith(title) and \
        not state_head


def _full_title(title: str) -> str:
    """The title a post's head words stand for: `министр иностранных дел` for `глава МИД`."""
    return FOREIGN_MINISTER if title in FOREIGN_MINISTER_TITLES else title


def _two_known_bodies(x: str | None, y: str | None) -> bool:
    """Two different organizations of the gazetteer (`ШОС`, `ООН`), or bodies named with one's abbreviation
    (`Коллегия ЕЭК по торговле`, `Совет глав правительств ШОС`): a title of one is no title of the other
    (`членом Шанхайской организации сотрудничества` is no `член Совета глав правительств ШОС`). Names NER read are
    left alone (`ЕСПЧ` and `Европейский суд` may be one)."""
    if x is None or y is None or x == y:
        return False
    return _known_body(x) and _known_body(y)


def _known_body(name: str) -> bool:
    """Does the gazetteer know ``name``, or does it name a body with the abbreviation of one it knows?"""
    lex = organizations()
    return name in lex.abbr_names or any(word in lex.by_abbr for word in name.split())


class HeldPosts(Generic[H]):
    """The posts the person entities hold, indexed by title, by every word-prefix of the title and by family, so
    that resolving each phrase reads only the posts it can refer to (linear time in a long text)."""

    def __init__(self, entities: Sequence[H], state_of: Callable[[H], str | None] | None = None,
                 offices: bool = False) -> None:
        self.offices = offices  # another title of one office refers back too (rule `same_office_title`)
        # a post naming no state is of the state its holder is known to serve (`президенты Ильхам Алиев и Шавкат
        # Мирзиёев … узбекского лидера`: Mirziyoyev, not Aliyev, whose post names no state either)
        self.all: list[tuple[H, Found, str | None]] = [
            (e, held, own or (state_of(e) if state_of and not held.data["country"] else None))
            for e in entities for held, own, _ in e.posts]
        self.by_title: dict[str, list[int]] = {}
        self.by_head: dict[str, list[int]] = {}
        self.by_family: dict[str, list[int]] = {}
        for k, (_, held, _) in sorted(enumerate(self.all), key=lambda pair: pair[1][1].start):  # lists by start
            words = _full_title(held.data["title"]).split(" ")
            self.by_title.setdefault(held.data["title"], []).append(k)
            for n in range(1, len(words)):
                self.by_head.setdefault(" ".join(words[:n]), []).append(k)
            self.by_family.setdefault(held.data["family"], []).append(k)
            if self.all[k][2] or held.data["country"]:  # a counterpart is of a state, known
                self.by_family.setdefault(COUNTERPART, []).append(k)
            if any(f" {word} " in f" {str(held.data['title']).lower()} " for word in FOREIGN_SERVICE_TITLES):
                self.by_family.setdefault(FOREIGN_SERVICE, []).append(k)

    def refers_to(self, post: Found, skip: Callable[[Found], bool] | None = None) -> tuple[H, Found] | None:
        """The person an unheld singular post phrase refers back to (`Посол подчеркнул`), and the post of theirs
        it repeats, if any: the latest compatible post named before it with the same title, else of any
        compatible title; with none before it, the one person holding compatible posts named after it. Given
        ``skip``, only a post named before it that ``skip`` does not take, and none named after it."""
        if post.data["plural"]:
            return None
        title, lists = post.data["title"], [self.by_title.get(post.data["title"], [])]
        if post.data["bare_any"] or _stated_word(post):
            lists.append(self.by_family.get(post.data["family"], []))
        if _specific(post):
            lists.append(self.by_head.get(title, []))
        if title in BODY_HEAD_TITLES and post.data["organization"]:
            lists += [self.by_family.get("head", []), self.by_family.get("chair", [])]
        elif title.split()[0] in BODY_HEAD_TITLES and len(title.split()) == 2:  # `Глава Кабинета`
            lists += [self.by_family.get(family, []) for family in HEADED_FAMILIES]
        if self.offices:
            others = OFFICES[0] if title in BARE_STATE_HEADS and post.data["country"] else office_titles(title)
            lists += [self.by_title.get(other, []) for other in sorted(others)]

        def fits(held: Found, own: str | None) -> bool:
            return compatible(post, held, state=own, offices=self.offices) and not (skip and skip(held))

        same = self._latest(lists[0], post.start, fits)
        if same is not None:
            return self.all[same][0], self.all[same][1]
        earlier = [k for k in (self._latest(ks, post.start, fits) for ks in lists[1:]) if k is not None]
        if earlier:
            k = min(earlier, key=lambda k: (-self.all[k][1].start, k))
            return self.all[k][0], self.all[k][1]
        if skip is not None:
            return None
        later = sorted({k for ks in lists for k in ks if compatible(post, self.all[k][1], False, self.all[k][2],
                                                                   self.offices)},
                       key=lambda k: (self.all[k][1].start, k))  # a headline's title: the one holder named later
        return (self.all[later[0]][0], self.all[later[0]][1]) if len({id(self.all[k][0]) for k in later}) == 1 \
            else None

    def state(self, k: int) -> str | None:
        """The state the ``k``-th held post serves: its own, else its holder's (the leaders' list)."""
        _, held, own = self.all[k]
        return own or held.data["country"]

    def latest_with_family(self, family: str, before: int, country: str | None, forward: bool = False,
                           state_only: bool = False, other_than: str | None = None) -> tuple[H, Found] | None:
        """The person holding the last post of ``family`` named before offset ``before`` (of ``country``, where
        given: `северокорейский лидер` is not the US president's, nor `финский лидер` the UN Secretary-General; a
        state's own post with ``state_only``: `Глава государства` is not the OTS Secretary-General's), and that
        post; of a state other than ``other_than`` where given; with none before it and ``forward`` (a headline's
        `Глава МИД Узбекистана`), the one person holding such posts named after it."""
        def fits(held: Found, own: str | None) -> bool:  # an international body's official serves no state
            state = own or held.data["country"]
            if (state_only and held.data["organization"]) or (other_than is not None and state in (other_than, None)):
                return False
            return country is None or state == country or (state is None and not held.data["organization"])

        ks = self.by_family.get(family, [])
        k = self._latest(ks, before, fits)
        if k is not None or not forward:
            return (self.all[k][0], self.all[k][1]) if k is not None else None
        later = [k for k in ks if self.all[k][1].start >= before and fits(self.all[k][1], self.all[k][2])]
        return (self.all[later[0]][0], self.all[later[0]][1]) if len({id(self.all[k][0]) for k in later}) == 1 \
            else None

    def _latest(self, ks: list[int], before: int, accept: Callable[[Found, str | None], bool]) -> int | None:
        """Of the held posts ``ks`` (in start order), the latest named before offset ``before`` that ``accept``
        takes (given the post and its holder's country); of equal starts, the first held."""
        best: int | None = None
        for i in range(bisect_left(ks, before, key=lambda k: self.all[k][1].start) - 1, -1, -1):  # latest first
            _, held, own = self.all[ks[i]]
            if best is not None and held.start < self.all[best][1].start:
                break
            if accept(held, own):
                best = ks[i]  # the walk goes back: of equal starts the first held is taken last
        return best


def role_noun_phrases(doc: Analysis, only: int | None = None) -> list[Found]:
    """Singular role nouns (`data/role_nouns.tsv`) with the country an adjective before them or a name in the
    genitive after them gives, if any; of sentence ``only`` alone, where given."""
    index = role_nouns()
    out: list[Found] = []
    starts = doc.scan.where(index.firsts)
    for sent in doc.sents if only is None else doc.sents[only:only + 1]:
        for match, inner in _role_matches(doc, index, sent.first, sent.last, starts):
            a = match.start
            if a - 1 >= sent.first and doc.tokens[a - 1].pos == "ADJ":
                a -= 1  # казахский дипломат
            if said_plural(doc.tokens[match.start]):  # главами МИД: the head noun
                continue
            country = inner or (adjective_state(doc, a) if a < match.start else None)
            after = doc.starting_at("country").get(match.stop)
            if country is None and after is not None and not after.data["adjective"]:
                country = after.data["code"]  # глава МИД Узбекистана
            if country is None and doc.on(BODY_STATE_OF_ROLE):
                country = next((o.data["country"] for o in doc.found.get("org", [])
                                if match.start <= o.a and o.b <= match.stop and o.data.get("country")), None)
            if match.value[0] == COUNTERPART and not _unnamed_colleague(doc, match.stop, country):
                continue
            out.append(doc.make("role", a, match.stop, family=match.value[0], state_only=match.value[1],
                                country=country, inside=inner is not None))
    return out


def _unnamed_colleague(doc: Analysis, stop: int, country: str | None) -> bool:
    """Is a counterpart's noun ending at token ``stop`` one `colleague_refers_back` reads: of a state, with no name
    right after it (`своим турецким коллегой Хаканом Фиданом` is that person's own mention)?"""
    return country is not None and doc.on(COLLEAGUE_REFERS_BACK) and stop not in doc.starting_at("person")
