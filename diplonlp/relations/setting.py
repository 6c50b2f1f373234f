"""Where and when an event is set: reads `Context` (the dateline, the lead, the mentions of each sentence) and
gives each relation rule the date and place of the event a sentence tells (`when_where`).

Rules, in order, for the date: the sentence's own; the dateline's in the lead; the last day told before a
sentence opening `В тот же день` (`same_day`); the date of the session a sentence names again (`В заседании
приняли участие …`, `На полях сессии …`: `told_before`). For the place: the sentence's own after `в`; the
place of the session named again; where the item's visitor stays (`находящийся с визитом в Нью-Йорке`:
`stay`); the dateline's, unless the sentence puts its event in another state (`elsewhere`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import words
from ..text import Token

if TYPE_CHECKING:
    from .context import Context, Ref

RULES = ("same_day", "session_named_again", "visitor_stay")
"""The named rules that set an event (`Pipeline(disable=…)` leaves each out): they give dates and places only,
never a relation of their own."""
SAME_DAY = re.compile(r"(?:{})(?!\w)".format("|".join(sorted(words("context.same_day"), key=len, reverse=True))),
                      re.I)
"""`В тот же день …`: an event on the day of the last event dated before it."""
MARGINS = re.compile(r"(?i)(?<!\w)на полях(?!\w)")
"""`На полях СМИД …`: a meeting on the margins of the session told before."""
SESSIONS = words("context.sessions")
ANY_SESSION = words("context.any_session")
STAY = words("context.stay")
STAY_MANNER = words("context.stay_manner")
VISITED = words("context.visited")
PLANNED = words("agreement.planned")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")
"""A day or a span of days (`2025-04-23`, `2025-04-22/2025-04-25`), not a month or a year."""


def told_as_done(tok: Token) -> bool:
    """Not an infinitive or a future (`подписать`, `вступит`): what the word tells has happened or is happening."""
    return tok.feats.get("VerbForm") != "Inf" and tok.feats.get("Tense") != "Fut"


def when_where(ctx: Context, s: int) -> tuple[str | None, str | None]:
    """Date and place of an event told in sentence ``s``, by the rules in the module's order."""
    dates = [r for r in ctx.in_sentence(s, ("date",)) if r.start >= ctx.dateline_stop]  # not the dateline's
    places = after_in(ctx, s, ("location",))
    date = dates[0].id if dates else None
    place = places[0].id if places else None
    if date is None:
        date = ctx.dateline_date if in_lead(ctx, s) else same_day(ctx, s)
    if date is None or place is None:
        again_date, again_place = told_before(ctx, s)
        date, place = date or again_date, place or again_place
    if place is None:
        place = stay(ctx, s) or (None if elsewhere(ctx, s) else ctx.dateline_place)
    return date, place


def in_lead(ctx: Context, s: int) -> bool:
    return ctx.lead[0] <= ctx.doc.sents[s].start < ctx.lead[1]


def same_day(ctx: Context, s: int) -> str | None:
    """The date of sentence ``s`` opening `В тот же день` (`SAME_DAY`): the last day told before it, in a
    sentence of its own (`3 октября в Ташкенте …`) or by the dateline; None for any other sentence."""
    if not ctx.on("same_day") or not SAME_DAY.match(ctx.doc.text, ctx.doc.sents[s].start):
        return None
    for k in range(s - 1, -1, -1):
        days = own_days(ctx, k)
        if days:
            return days[-1].id
        if ctx.doc.sents[k].start <= ctx.lead[0]:  # the dateline's sentence: its date, if any
            return ctx.dateline_date
    return None


def told_before(ctx: Context, s: int) -> tuple[str | None, str | None]:
    """The date and place of the session sentence ``s`` names again (`В заседании приняли участие …` after
    `11 октября в Москве состоялось заседание …`): those of the sentences before it that name it (any session
    for `мероприятие`), the nearest that gives each; the dateline's date for one in the lead."""
    if not ctx.on("session_named_again"):
        return None, None
    named = {lemma for said in ctx.sentence_lemmas(s) for lemma in said & SESSIONS}
    if named & ANY_SESSION or MARGINS.search(ctx.doc.text, ctx.doc.sents[s].start, ctx.doc.sents[s].stop):
        named = set(SESSIONS)
    if not named:
        return None, None
    date: str | None = None
    place: str | None = None
    for k in range(s - 1, -1, -1):
        if ctx.doc.sents[k].stop <= ctx.doc.header.stop or not _tells_session(ctx, k, named):
            continue
        days = own_days(ctx, k)
        date = date or (days[0].id if days else ctx.dateline_date if in_lead(ctx, k) else None)
        places = after_in(ctx, k, ("location",))
        place = place or (places[0].id if places else None)
        if date and place:
            break
    return date, place


def _tells_session(ctx: Context, k: int, named: set[str]) -> bool:
    """Does sentence ``k`` name one of the sessions ``named`` as held, not as planned (`к предстоящему саммиту`,
    `Саммит пройдет в Астане 3–4 июля`)?"""
    sent = ctx.doc.sents[k]
    if any(t.feats.get("Tense") == "Fut" for t in ctx.doc.tokens[sent.first:sent.last]):
        return False
    said = ctx.sentence_lemmas(k)
    return any(said[i] & named and not _planned(said, i) for i in range(len(said)))


def _planned(said: list[frozenset[str]], i: int) -> bool:
    """Is word ``i`` of a sentence's lemmas told as planned by one of the two words before it?"""
    return any(lemma_set & PLANNED for lemma_set in said[max(0, i - 2):i])


def stay(ctx: Context, s: int) -> str | None:
    """Where a visitor stays, told at or before sentence ``s`` in a sentence naming a person ``s`` names too (by
    name, role noun or pronoun): the place after `в` right after a word of staying (`находящийся в Минске`,
    `прибывший в Баку с визитом`, `с рабочим визитом в Нью-Йорке`, `в ходе визита в Доху`), not a planned one
    (`к предстоящему визиту в Пекин`), or the place visited (`посетила Ош, где встретилась …`); the latest such.
    A digest's next item, about others, is not set there."""
    if not ctx.on("visitor_stay"):
        return None
    stays = _stay_places(ctx)
    named = {r.id for r in ctx.in_sentence(s, ("person",))}
    return next((stays[k][0] for k in range(s, -1, -1) if k in stays and stays[k][1] & named), None)


def _stay_places(ctx: Context) -> dict[int, tuple[str, frozenset[str]]]:
    """Sentence index → the place a word of staying puts its visitor in (`stay`) and the persons the sentence
    names, computed once per context."""
    if ctx.stays is None:
        ctx.stays = {}
        for k, sent in enumerate(ctx.doc.sents):
            place = _stay_in_sentence(ctx, k) if sent.start >= ctx.doc.header.stop else None
            if place:
                ctx.stays[k] = place, frozenset(r.id for r in ctx.in_sentence(k, ("person",)))
    return ctx.stays


def _stay_in_sentence(ctx: Context, k: int) -> str | None:
    toks = ctx.doc.tokens
    sent = ctx.doc.sents[k]
    places = {r.start: r for r in after_in(ctx, k, ("location",))}
    visited = {r.start: r for r in ctx.in_sentence(k, ("location",))}
    said = ctx.sentence_lemmas(k)
    for i in range(sent.first, sent.last):
        if said[i - sent.first] & VISITED and told_as_done(toks[i]) and i + 1 < sent.last and \
                toks[i + 1].start in visited:
            return visited[toks[i + 1].start].id  # `посетила Ош, где встретилась …`
        if not said[i - sent.first] & STAY or _planned(said, i - sent.first):
            continue
        j = i + 1
        while j < sent.last and (toks[j].lower in ("с", "со") or said[j - sent.first] & STAY_MANNER):
            j += 1  # `с официальным визитом`
        if j + 1 < sent.last and toks[j].lower in ("в", "во") and toks[j + 1].start in places:
            return places[toks[j + 1].start].id
    return None


def own_days(ctx: Context, k: int) -> list[Ref]:
    """The days (`DAY`) sentence ``k`` gives, not the dateline's."""
    return [r for r in ctx.in_sentence(k, ("date",)) if r.start >= ctx.dateline_stop and _a_day(ctx, r.id)]


def _a_day(ctx: Context, date_id: str) -> bool:
    return bool(DAY.fullmatch(next((d.value for d in ctx.out.dates if d.id == date_id), "")))


def elsewhere(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` put its event in a state other than the dateline's (`во Вьетнаме`)? A post's host
    does not (`посол России в Израиле`)."""
    if ctx.dateline_place is None:
        return False
    return any(r.id != ctx.dateline_state for r in after_in(ctx, s, ("country",)) if not r.adjective)


def after_in(ctx: Context, s: int, kinds: tuple[str, ...]) -> list[Ref]:
    """The mentions of ``kinds`` in sentence ``s`` right after `в` or `во`, not inside a post (`Генеральный консул
    Казахстана во Франкфурте-на-Майне`: where the post is, not the event)."""
    start = ctx.doc.sents[s].start
    posts = ctx.in_sentence(s, ("post",))
    return [r for r in ctx.in_sentence(s, kinds)
            if ctx.doc.text[max(start, r.start - 3):r.start].strip().lower() in ("в", "во")
            and not any(p.start <= r.start < p.stop for p in posts)]
