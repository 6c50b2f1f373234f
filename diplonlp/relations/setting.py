"""Where and when an event is set: reads `Context` (the dateline, the lead, the mentions of each sentence) and
gives each relation rule the date and place of the event a sentence tells (`when_where`).

Rules, in order, for the date: the sentence's own; the last day told before a sentence opening `В тот же день`
(`same_day`); the days of a stay told before it (`stay_day`); the dateline's in the lead; the date of the session a
sentence names again (`В заседании приняли участие …`, `На полях сессии …`: `told_before`); a visit told in
retrospect, only a date in its own clause (`visit_day`). For the place: the sentence's own after `в` (not one inside
a post: `консул … во Франкфурте-на-Майне`); the place of the session named again; where a visitor named in the
sentence (or one the event has) stays or what they visited (`находящийся с визитом в Нью-Йорке`, `посетила Ош, где
…`: `stay`); the dateline's, unless the sentence puts its event in another state (`elsewhere`). What these read of
the whole document is made once (`Scene`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lexicon import words, world_city_state
from ..mentions.locations import FACILITIES, STAY, TYPE_WORDS, VISITED, past_stay_manner
from ..morph import lemmas, parses
from ..text import Token

if TYPE_CHECKING:
    from ..models import Meeting, Post
    from .context import Context, Ref

RULES = ("same_day", "session_named_again", "visitor_stay", "envoy_abroad", "stay_day", "talks_day", "held_there",
         "reported_content", "stay_of_series", "session_stay", "visit_in_retrospect", "met_there",
         "event_taken_part_in", "region_no_venue", "where_clause_day", "visited_where_clause", "contrast_clause_day",
         "visit_days_next", "talks_named_again", "until_no_day", "arrived_at_facility", "event_city", "remote_no_place",
         "headline_place_retold", "planned_visit_no_venue", "future_clause_no_venue")
"""The named rules that set an event (`Pipeline(disable=…)` leaves each out): they give dates and places only,
never a relation of their own. `envoy_abroad`: `посол Казахстана в Эфиопии … встретился с …` outside the lead of an
item datelined in Astana: a meeting of an envoy accredited to another state (or to a body at a seat the post names in
another state: `при ОБСЕ в Вене`) is not in the dateline's place; nor, in the lead, one with someone of the state the
envoy is accredited to (or an official of that body).
`stay_day`: `16-17 июня министр находился с визитом в … В Эр-Рияде он провел переговоры`: an event with no day of its
own, told after a stay whose sentence gives its days, of a person that sentence names, is on those days.
`talks_day`: `По итогам переговоров подписано Соглашение …`: a document signed at the end of the talks told before,
with no day of its own, is signed on their day.
`held_there`: `… вручил верительные грамоты президенту страны. Церемония прошла во дворце Планалту в Бразилиа.`: an
event with no place of its own is in the place the next sentence or the one after it, in its paragraph, gives after
`в` where it opens by naming an event by its noun (`Церемония`, `Встреча`, `Заседание`) and tells it held, naming no
one; one with no day of its own is on the day that sentence gives (`Церемония подписания состоялась 12 августа в
Хараре`).
`reported_content`: `Товарооборот … в 2026 году вырос на 15%, заявил X на встрече с Y`: the dates and places of
what was said, before the comma a verb of saying opens the clause naming the talks or the visit by its noun, are not
the event's.
`stay_of_series`: `В рамках поездки в Брюссель X провел ряд встреч. В ходе встречи с Y …`: a stay told with a series of
talks is where the meetings told after it are held, whoever they name (as `провел ряд встреч … в Бишкеке` is); a
visit to a state told with a series in a city (`В рамках визита в Японию X провел ряд встреч в Токио`) puts them in
the city.
`session_stay`: `X 21 июня принял участие в сессии СМИД ОИС, которая проходит в Стамбуле`: taking part in a session
held at a place is a stay there, so X's talks told after it with no day or place of their own are there, on the days
that sentence gives.
`visit_in_retrospect`: `обсудили ход реализации договоренностей, достигнутых в ходе визита X в Астану` (`… по итогам
визита …`): a visit framed by what was reached or agreed in it was before the talks the sentence tells, so it takes no
day of theirs (nor the dateline's), only one given in its own clause (`… в Астану в мае текущего года`), and is no
stay.
`met_there`: `Тбилиси, 20 ноября. Кобахидзе встретился в Баку с … Кобахидзе также провел встречу с …`: a meeting verb
told as done right before `в` and a place other than the dateline's (a talks noun between: `провел переговоры в
Анкаре`) puts the persons its sentence names there, as a stay does, so their later events with no place of their own
are there too, as does a place opening the sentence before an event's verb and noun (`В Будапеште состоялись
переговоры …`); not a place joined to another (`провел встречи в Анкаре и Скопье`).
`event_taken_part_in`: `X в Туркестане принял участие в церемонии открытия Всемирных игр кочевников. На полях
мероприятия X провел переговоры с …`: an event one takes part in, whatever its noun, is a session `мероприятие` names
again, so the talks on its margins are at its place and day.
`region_no_venue`: `С Генеральным секретарем МСЭ … стороны рассмотрели перспективы цифровизации в Центральной Азии`: a
region the gazetteer knows as spanning states (`Центральная Азия`, `Европа`) is where a topic lies, never where an
event is held.
`where_clause_day`: `На прошлой неделе X находился с визитом в Узбекистане, где 20 августа провел переговоры с Y`: the
day a clause opened by `, где` gives before its talks word is the talks', not the sentence's first date.
`visited_where_clause`: `в ходе визита в Японию посетил префектуру Осака, где встретился …`: a place visited with
`где` after it is where its sentence's events are, not a stay or place the sentence names before it.
`contrast_clause_day`: `X 7 июля встретился с A, а 8 июля провел переговоры с B`: the day a clause opened by `, а`
gives before its talks word is those talks', not the sentence's first date.
`visit_days_next`: `23–24 ноября X посетил с официальным визитом Вьетнам. В Ханое он провел переговоры …`: a visit
whose sentence gives its days dates the events of the sentence right after it, as a stay does (`stay_day`).
`talks_named_again`: `… провел переговоры с … Накануне … встретился с … По итогам переговоров подписали …`: a
document signed at the end of talks named again by their noun is signed on the day of the latest meeting told with
that noun, not of one a later sentence tells by a verb (refines `talks_day`).
`until_no_day`: `прибыл в Москву с официальным визитом, который продлится до 4 декабря`: a date after `до` bounds
the event, it is not its day.
`arrived_at_facility`: `В аэропорту Ашхабада Президента Таджикистана … встретил Президент Туркменистана … Затем главы
двух государств провели переговоры`: a town right after a facility's noun after `в` (`locations.facilities`) is where
those the sentence names arrived, a stay, so their later events with no place of their own are there.
`event_city`: `на полях Дохийского форума встретился …`, `приняла участие в Петербургском международном экономическом
форуме. На полях форума …`: an event told at a forum, conference or exhibition named by a town's adjective is in that
town where the text names it, and, where it does not, not at the dateline's town either. `remote_no_place`: talks held
by video link (`в режиме видеоконференции`, `по видеосвязи`, `setting.remote`), their sentence naming no place, were
held at none: not the dateline's town, nor one told before. `headline_place_retold`: `Байрамов провел встречу с
генсеком НАТО` over `Баку, 25 апреля. … Байрамов 25 апреля в Брюсселе встретился с …`: a meeting told first in a
headline, placed at the dateline's town for want of a place of its own, is where the lead's telling puts it, at no
place where that puts it in another state (`провел в Ватикане встречу с …` under `Кишинев, 18 августа`; the meeting
rules' `_add` reads it)."""
SAME_DAY = re.compile(r"(?:{})(?!\w)".format("|".join(sorted(words("context.same_day"), key=len, reverse=True))),
                      re.I)
"""`В тот же день …`: an event on the day of the last event dated before it."""
SAME_DAY_INSIDE = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(sorted(
    (p for p in words("context.same_day") if "день" in p.split()), key=len, reverse=True))), re.I)
"""Of those, the ones naming the day, which tell it anywhere in the sentence (`X в тот же день провел …`)."""
MARGINS = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(sorted(words("context.margins")))), re.I)
"""`На полях СМИД …`: a meeting on the margins of the session told before."""
SESSIONS = words("context.sessions")
ANY_SESSION = words("context.any_session")
VISIT_NOUNS = words("visit.nouns")
"""The nouns of a visit (`визит`, `поездка`), read by the visit and meeting stages too."""
VISIT_VERBS = words("visit.verbs")
"""The verbs of a visit (`посетить`, `прибыть`), read by the visit and meeting stages."""
FRAME_NOUNS = words("context.visit_frames")
SERIES = words("context.series")
TALKS_FRAMES = words("context.talks_frames")
LINKING = words("context.linking_openers")
TALKS = words("meeting.nouns")
MEETING_VERBS = words("meeting.verbs")
SIDES_OF_TALKS = words("cooperation.persons_as_sides") | words("cooperation.side_nouns")
"""The people or the sides of the talks, as a plural subject (`Министры подписали …`: `talks_day`)."""
ANYONE: frozenset[str] = frozenset({"*"})
"""The persons of a stay that holds for anyone's events told after it (a series of talks told with its place)."""
PLANNED = words("agreement.planned")
FUTURE_BE = words("context.future_be")
HELD_NOUNS = words("context.held_nouns")
HELD = words("context.held")
REMOTE = words("setting.remote")
REPORTING = words("context.reporting")
REPORT_SOURCES = words("context.report_sources")
SITUATIONS = words("posts.situation_nouns")
"""`ситуацию в Сирии`, `урегулирования конфликта в Газе`: a place after one of these is a topic's, no venue."""
RETROSPECT = words("context.retrospect")
"""`достигнутых`, `согласованных`: a past participle of what a visit reached, framing it (`visit_in_retrospect`)."""
DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?")
"""A day or a span of days (`2025-04-23`, `2025-04-22/2025-04-25`), not a month or a year."""


def told_as_done(toks: list[Token], k: int) -> bool:
    """Not an infinitive or a future (`подписать`, `вступит`), nor after a future auxiliary, an adverb between at
    most (`будет подписано`, `будут также приняты`): what word ``k`` tells has happened or is happening."""
    tok = toks[k]
    return tok.feats.get("VerbForm") != "Inf" and tok.feats.get("Tense") != "Fut" and \
        not any(t.lower in FUTURE_BE for t in toks[max(0, k - 2):k])


def when_where(ctx: Context, s: int, persons: Collection[str] = ()) -> tuple[str | None, str | None]:
    """Date and place of an event told in sentence ``s``, by the rules in the module's order; ``persons``: those the
    event has besides the ones ``s`` names (`Состоялись переговоры с X`, held by the one told before), whose stays
    hold for it too."""
    dates = [r for r in ctx.in_sentence(s, ("date",)) if r.start >= ctx.dateline_stop and  # not the dateline's
             not period_covered(ctx, r) and not _in_future_clause(ctx, r)]
    places = after_in(ctx, s, ("location",))
    if dates or places:  # nor what was said
        said = reported_content(ctx, s)
        dates, places = [r for r in dates if r.start >= said], [r for r in places if r.start >= said]
    held_place, held_date = held_there(ctx, s) if not (dates and places) else (None, None)
    date = dates[0].id if dates else held_date
    place = _visited_where(ctx, s) or (places[0].id if places else held_place)
    at_event, city = event_city(ctx, s) if place is None else (False, None)
    place = place or city
    if date is None:
        date = same_day(ctx, s) or stay_day(ctx, s, persons)  # `В тот же день` after a day of the stay told
    if date is None or place is None:
        again_date, again_place = told_before(ctx, s)
        if date is None and in_lead(ctx, s) and not (again_date and (_on_margins(ctx, s) or a_day(ctx, again_date))):
            date = ctx.dateline_date  # a session's talks, and the session named again, are on its days
        date, place = date or again_date, place or again_place
    if place is None and not at_event:  # a state stayed in (`находящийся с визитом в Пакистане`) is no place, nor
        stayed = stay(ctx, s, persons)  # is the dateline's
        place = None if stayed and stayed.startswith("country-") else \
            stayed or (None if elsewhere(ctx, s) else ctx.dateline_place)
    return date, None if not places and remote_no_place(ctx, s) else place


def remote_no_place(ctx: Context, s: int) -> bool:
    """`провел переговоры в режиме видеоконференции с …`: talks held by video link (`setting.remote`), their
    sentence naming no place, were held at none, not the dateline's nor one told before (rule `remote_no_place`)."""
    sent = ctx.doc.sents[s]
    return ctx.on("remote_no_place") and any(lemmas(t.text) & REMOTE for t in ctx.doc.tokens[sent.first:sent.last])


CLAUSE_OPENERS = {"где": "where_clause_day", "когда": "where_clause_day", "а": "contrast_clause_day"}
"""Words that open a clause after a comma whose own day its talks take, and the rule each is read by."""


def clause_day(ctx: Context, s: int, k: int) -> str | None:
    """The day a clause opened by `, где` (or `, когда`: rule `where_clause_day`) or by `, а` (`встретился 7 июля с
    A, а 8 июля провел переговоры с B`: rule `contrast_clause_day`) gives between its opening and the talks word
    ``k`` of sentence ``s``, if any."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    opener = next((j for j in range(k - 1, first, -1) if toks[j].lower in CLAUSE_OPENERS and
                   toks[j - 1].text == ","), None)
    if opener is None or not ctx.on(CLAUSE_OPENERS[toks[opener].lower]):
        return None
    days = [r for r in ctx.between(toks[opener].stop, toks[k].start, ("date",)) if a_day(ctx, r.id)]
    return days[-1].id if days else None


def visit_day(ctx: Context, s: int, k: int) -> str | None:
    """The date of the visit whose noun is token ``k`` of sentence ``s``: the sentence's (`when_where`), or, for a
    visit told in retrospect (`in_retrospect`), the first date after it in its clause, if any."""
    if not (ctx.on("visit_in_retrospect") and in_retrospect(ctx, k)):
        return when_where(ctx, s)[0]
    toks = ctx.doc.tokens
    stop = next((t.start for t in toks[k + 1:ctx.doc.sents[s].last] if t.text == ","), ctx.doc.sents[s].stop)
    return next((r.id for r in ctx.between(toks[k].stop, stop, ("date",))), None)


def in_retrospect(ctx: Context, k: int) -> bool:
    """Is visit noun ``k`` framed by a past participle of what was reached in it (`достигнутых в ходе
    официального визита`, `согласованных во время визита`, `достигнутых по итогам визита`; `context.retrospect`)?"""
    toks = ctx.doc.tokens
    i = k - 1
    while i > 2 and toks[i].pos == "ADJ":
        i -= 1
    framed = (toks[i].lower in FRAME_NOUNS and toks[i - 1].lower in ("в", "во")) or \
        (toks[i].lower == "итогам" and toks[i - 1].lower == "по")
    return i >= 2 and framed and toks[i - 2].feats.get("VerbForm") == "Part" and \
        bool(lemmas(toks[i - 2].text) & RETROSPECT)


def reported_content(ctx: Context, s: int) -> int:
    """Where what was said ends in sentence ``s`` (rule `reported_content`): at the comma before a verb of saying
    (`context.reporting`) whose clause names talks or a visit by its noun (`…, заявил X на встрече с Y`, `…, отметил
    X в ходе переговоров`); else at the sentence's start."""
    comma = ctx.reporting_comma(s)
    return ctx.doc.tokens[comma].stop if comma is not None else ctx.doc.sents[s].start


def reporting_comma(ctx: Context, s: int) -> int | None:
    """The token of the comma `reported_content` ends what was said at in sentence ``s``, if any."""
    sent = ctx.doc.sents[s]
    if not ctx.on("reported_content"):
        return None
    toks, said = ctx.doc.tokens, ctx.sentence_lemmas(s)
    for j in range(sent.first + 1, sent.last - 1):
        verb = toks[j + 1]
        if toks[j].text == "," and verb.is_finite_verb and said[j + 1 - sent.first] & REPORTING and \
                any(lemma_set & (TALKS | VISIT_NOUNS) for lemma_set in said[j + 2 - sent.first:]):
            return j
    return None


def reporter_lead(ctx: Context, s: int) -> int:
    """Where sentence ``s``'s lead-in naming who reports ends (`Как сообщили в пресс-службе МИД Казахстана, …`, `Как
    сообщил помощник президента РФ Юрий Ушаков, …`, `По словам пресс-секретаря МИД Узбекистана, …`): after its comma,
    else at the sentence's start; who reports is no side of what is told."""
    sent = ctx.doc.sents[s]
    toks, said = ctx.doc.tokens, ctx.sentence_lemmas(s)
    first = sent.first
    while first < sent.last and toks[first].pos in ("CCONJ", "ADV", "PUNCT"):
        first += 1  # `Также, как сообщил …`
    lead = first + 2 < sent.last and ((toks[first].lower == "как" and any(
        lemma_set & REPORTING for lemma_set in said[first + 1 - sent.first:first + 3 - sent.first])) or (
        toks[first].lower == "по" and said[first + 1 - sent.first] & REPORT_SOURCES))
    comma = next((j for j in range(first + 2, sent.last - 1) if toks[j].text == ","), None) if lead else None
    return toks[comma].stop if comma is not None else sent.start


def held_there(ctx: Context, s: int) -> tuple[str | None, str | None]:
    """The place and the day a sentence after ``s`` says the event of ``s`` was held in and on (rule
    `held_there`: `Церемония подписания состоялась 12 августа в Хараре`)."""
    if not ctx.on("held_there"):
        return None, None
    sents, text = ctx.doc.sents, ctx.doc.text
    for k in range(s + 1, min(s + 3, len(sents))):
        if "\n" in text[sents[k - 1].stop:sents[k].start]:
            return None, None
        said = ctx.sentence_lemmas(k)
        if said and said[0] & HELD_NOUNS:
            held = [i for i, lemma_set in enumerate(said[:4]) if lemma_set & HELD and
                    told_as_done(ctx.doc.tokens, sents[k].first + i)]
            if not held or ctx.in_sentence(k, ("person",)):
                return None, None
            places = after_in(ctx, k, ("location",))
            days = own_days(ctx, k)
            return (places[0].id if places else None), (days[0].id if days else None)
    return None, None


def period_covered(ctx: Context, ref: Ref) -> bool:
    """`программу военного сотрудничества на 2027 год`: a date after `на` is the period a plan covers or a day
    something is set for, not the day of the event told; not one in the prepositional, which tells when (`на прошлой
    неделе провел переговоры`); nor is one after `до`, a bound (`прибыл с визитом, который продлится до 4 декабря`:
    rule `until_no_day`)."""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    if rng is None or rng[0] == 0:
        return False
    before = ctx.doc.tokens[rng[0] - 1].lower
    return (before == "на" and ctx.doc.tokens[rng[1] - 1].feats.get("Case") != "Loc") or \
        (before == "до" and ctx.on("until_no_day"))


def envoy_abroad(ctx: Context, s: int, participants: list[str]) -> bool:
    """Is one of ``participants`` of an event told outside the lead (sentence ``s``) an envoy to a state other than
    the dateline's (or to a body seated in one), or, in the lead, one meeting someone of the state they are accredited
    to or an official of that body (`Астана … /МИД РК/. Посол Казахстана в Японии … провел встречу с губернатором
    префектуры Хиросима`; rule `envoy_abroad`)?"""
    if ctx.dateline_state is None or not ctx.on("envoy_abroad"):
        return False
    envoys = scene(ctx).envoys
    if not in_lead(ctx, s):
        return not envoys.keys().isdisjoint(participants)
    hosts = {h for p in participants if p in envoys for h in envoys[p]}  # a state the text need not name
    return any(f"country-{ctx.home_of.get(p)}" in hosts or ctx.org_of.get(p) in hosts  # (`губернатор Стамбула`)
               for p in participants if p not in envoys)


def _envoys(ctx: Context) -> dict[str, set[str]]:
    """The persons holding a post accredited to a state other than the dateline's, each with that state, or to a body
    at a seat the post names in another state (`постоянный представитель Казахстана при ООН в Женеве`), each with
    that body and that state."""
    posts = {p.id: p for p in ctx.out.posts}
    bodies = {name: o.id for o in ctx.out.organizations for name in (o.name, o.abbr) if name}
    out: dict[str, set[str]] = {}
    for rel in ctx.out.relations:
        if rel.kind != "holds_post" or not (post := posts[rel.post]).host:
            continue
        state = f"country-{post.host}" if len(post.host) == 2 else _seat_state(ctx, post)
        if state and state != ctx.dateline_state:
            out.setdefault(rel.person, set()).update({state, bodies.get(post.host, state)})
    return out


def _seat_state(ctx: Context, post: Post) -> str | None:
    """The state of the town a post accredited to a body names as the body's seat (`при ООН в Женеве`), if any."""
    for m in post.mentions:
        seat = next((place for place in ctx.out.locations if place.country and any(
            m.start <= at.start and at.stop <= m.stop for at in place.mentions)), None)
        if seat is not None:
            return f"country-{seat.country}"
    return None


def in_lead(ctx: Context, s: int) -> bool:
    return ctx.lead[0] <= ctx.doc.sents[s].start < ctx.lead[1]


@dataclass
class Scene:
    """What the setting rules read of a whole document, made once (`scene`): each query is then a lookup, however
    many sentences tell sessions or open `В тот же день`."""

    day_before: list[str | None]  # sentence -> the last day told before it (`same_day`)
    session_ends: list[int]  # the sentences telling a session held, in order
    session_dates: list[dict[str, tuple[int, str]]]  # per such sentence: session lemma -> latest (sentence, date)
    session_places: list[dict[str, tuple[int, str]]]  # … -> latest (sentence, place), up to that sentence
    stays: list[tuple[int, str, frozenset[str]]]  # (sentence, place stayed in, persons it names), in order
    stay_days: dict[int, str]  # a ``stays`` entry's sentence -> the day(s) the sentence telling the stay gives
    envoys: dict[str, set[str]]  # persons accredited abroad: the state, or the body and its seat (`envoy_abroad`)
    visited_where: dict[int, str | None] = field(default_factory=dict)  # sentence -> `_visited_where`, as read


def scene(ctx: Context) -> Scene:
    """The document's `Scene`, made on first use and kept on the context."""
    if ctx.scene is None:
        ctx.scene = Scene(_days_before(ctx), [], [], [], *_stays(ctx), _envoys(ctx))
        _read_sessions(ctx, ctx.scene)
    return ctx.scene


def _days_before(ctx: Context) -> list[str | None]:
    """For each sentence, the last day a sentence before it gives, or the dateline's date from the dateline's
    sentence on (earlier ones, the headline's, are not reached)."""
    out: list[str | None] = []
    last: str | None = None
    for k, sent in enumerate(ctx.doc.sents):
        out.append(last)
        days = own_days(ctx, k)
        if days:
            last = days[-1].id
        elif sent.start <= ctx.lead[0]:
            last = ctx.dateline_date
    return out


def _read_sessions(ctx: Context, out: Scene) -> None:
    """The sessions each sentence tells held, with the latest date and place told of each session so far."""
    dates: dict[str, tuple[int, str]] = {}
    places: dict[str, tuple[int, str]] = {}
    for k, sent in enumerate(ctx.doc.sents):
        told = _sessions_told(ctx, k) if sent.stop > ctx.doc.header.stop else set()
        if not told:
            continue
        days = own_days(ctx, k)
        date = days[0].id if days else ctx.dateline_date if in_lead(ctx, k) else None
        where = after_in(ctx, k, ("location",))
        for lemma in told:
            if date:
                dates[lemma] = k, date
            if where:
                places[lemma] = k, where[0].id
        out.session_ends.append(k)
        out.session_dates.append(dict(dates))
        out.session_places.append(dict(places))


def same_day(ctx: Context, s: int) -> str | None:
    """The date of sentence ``s`` opening `В тот же день` (`SAME_DAY`), or naming the day so after its subject
    (`Юрай Бланар в тот же день провел переговоры …`: `SAME_DAY_INSIDE`): the last day told before it, in a
    sentence of its own (`3 октября в Ташкенте …`) or by the dateline; None for any other sentence."""
    sent = ctx.doc.sents[s]
    if not ctx.on("same_day") or not (SAME_DAY.match(ctx.doc.text, sent.start) or
                                      SAME_DAY_INSIDE.search(ctx.doc.text, sent.start, sent.stop)):
        return None
    return scene(ctx).day_before[s]


def told_before(ctx: Context, s: int) -> tuple[str | None, str | None]:
    """The date and place of the session sentence ``s`` names again (`В заседании приняли участие …` after
    `11 октября в Москве состоялось заседание …`): those of the sentences before it that name it (any session
    for `мероприятие`, or `на полях` in its paragraph), the nearest that gives each (`when_where` puts a day so told
    before the dateline's, in the lead too)."""
    if not ctx.on("session_named_again"):
        return None, None
    named = {lemma for said in ctx.sentence_lemmas(s) for lemma in said & SESSIONS}
    if named & ANY_SESSION or _on_margins(ctx, s):
        named = set(SESSIONS)
    known = scene(ctx)
    i = bisect_left(known.session_ends, s) - 1
    if not named or i < 0:
        return None, None
    date = max((known.session_dates[i][n] for n in named if n in known.session_dates[i]), default=None)
    place = max((known.session_places[i][n] for n in named if n in known.session_places[i]), default=None)
    return (date[1] if date else None), (place[1] if place else None)


def _on_margins(ctx: Context, s: int) -> bool:
    """Is sentence ``s``, or one before it in its paragraph, told `На полях …` of a session (`На полях заседания
    С.В.Лавров провел двусторонние встречи … Кроме того, состоялась беседа …`)?"""
    sents, text = ctx.doc.sents, ctx.doc.text
    for k in range(s, -1, -1):
        if MARGINS.search(text, sents[k].start, sents[k].stop):
            return True
        if k == 0 or "\n" in text[sents[k - 1].stop:sents[k].start]:
            return False
    return False


def _sessions_told(ctx: Context, k: int) -> set[str]:
    """The sessions sentence ``k`` names as held, not as planned (`к предстоящему саммиту`, `Саммит пройдет в
    Астане 3–4 июля`); with none, an event whatever its noun where one takes part in it (`принял участие в церемонии
    открытия Всемирных игр кочевников`), which `мероприятие` names again (rule `event_taken_part_in`)."""
    sent = ctx.doc.sents[k]
    toks = ctx.doc.tokens
    if any(t.feats.get("Tense") == "Fut" for t in toks[sent.first:sent.last]):
        return set()
    said = ctx.sentence_lemmas(k)
    told = {lemma for i in range(len(said)) if not _planned(said, i) for lemma in said[i] & SESSIONS}
    if not told and ctx.on("event_taken_part_in") and any(
            "участие" in said[i] and not _planned(said, i) and toks[sent.first + i + 1].lower in ("в", "во")
            for i in range(len(said) - 1)):
        return set(ANY_SESSION)
    return told


def _planned(said: list[frozenset[str]], i: int) -> bool:
    """Is word ``i`` of a sentence's lemmas told as planned by one of the two words before it?"""
    return any(lemma_set & PLANNED for lemma_set in said[max(0, i - 2):i])


def stay(ctx: Context, s: int, persons: Collection[str] = ()) -> str | None:
    """Where a visitor stays, told at or before sentence ``s`` in a sentence naming a person ``s`` names too (by
    name, role noun or pronoun): the place after `в` right after a word of staying (`находящийся в Минске`,
    `прибывший в Баку с визитом`, `с рабочим визитом в Нью-Йорке`, `в ходе визита в Доху`; a state other than the
    dateline's, `находящийся с визитом в Пакистане`, whose id the caller reads as somewhere else), not a planned one
    (`к предстоящему визиту в Пекин`), or the place visited (`посетила Ош, где встретилась …`); the latest such.
    A digest's next item, about others, is not set there; a sentence naming the visit again by its noun alone (`В
    ходе визита состоялись переговоры с …`) is, whoever it names, and so is any after a series of talks told with
    its place (`провел ряд встреч … в Бишкеке`, `_series_place`)."""
    if not ctx.on("visitor_stay"):
        return None
    latest = _latest_stay(ctx, s, bisect_right, persons) or \
        _latest_stay(ctx, s, bisect_right, persons, _visit_named_again(ctx, s))
    return latest[1] if latest else None


def _latest_stay(ctx: Context, s: int, cut: Callable[[list[int], int], int], persons: Collection[str],
                 anyone: bool = False) -> tuple[int, str] | None:
    """The (sentence, place) of the latest stay of a person sentence ``s`` names or of ``persons`` (with ``anyone``,
    of anyone), among the stays ``cut`` keeps (`bisect_right`: at or before ``s``; `bisect_left`: before it)."""
    stays = scene(ctx).stays
    named = {r.id for r in ctx.in_sentence(s, ("person",))} | set(persons)
    i = cut([k for k, _, _ in stays], s)
    return next(((k, place) for k, place, persons in reversed(stays[:i])
                 if anyone or persons is ANYONE or persons & named), None)


def _visit_named_again(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` speak of the visit told before by its noun alone (`В ходе визита состоялись переговоры
    с …` after `делегация … посетила Пекин`: rule `visitor_stay`), with no place or owner after it?"""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    return any(k + 1 < last and (not toks[k + 1].is_word or toks[k + 1].is_finite_verb)
               for k in _framed(ctx, s, VISIT_NOUNS, FRAME_NOUNS))


def _framed(ctx: Context, s: int, nouns: frozenset[str], frames: frozenset[str]) -> list[int]:
    """The tokens of sentence ``s`` with a lemma of ``nouns`` right after a word of ``frames`` as written (`В ходе
    визита`, `По итогам переговоров`): an event told before, named again by its noun."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    said = ctx.sentence_lemmas(s)
    return [k for k in range(sent.first + 1, sent.last) if said[k - sent.first] & nouns and toks[k - 1].lower in frames]


def talks_day(ctx: Context, s: int) -> str | None:
    """The day of the meeting told last by sentence ``s`` where ``s`` names talks or a visit again by their noun after
    `по итогам`, `в ходе` (rule `talks_day`): `По итогам переговоров … подписано Соглашение …`, `По итогам визита
    подписан пакет документов`, or by a pronoun right after the talks (`По их итогам подписана …`); or where its
    subject is the people or the sides of the talks in the plural (`Министры также подписали план консультаций`)."""
    if not ctx.on("talks_day"):
        return None
    framed = _framed(ctx, s, TALKS | VISIT_NOUNS, TALKS_FRAMES)
    if not framed and not _sides_as_subject(ctx, s) and not _frame_of_pronoun(ctx, s):
        return None
    meeting = _talks_named_before(ctx, s, framed) or ctx.last_meeting(s)
    return meeting.date if meeting is not None else None


def _frame_of_pronoun(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` open with a frame of talks told by a pronoun, right after the sentence telling them (`В
    Минске прошли переговоры … По их итогам подписана дорожная карта …`), or naming them again by their noun, no side
    named (`Переговоры прошли в узком и расширенном составах. По их итогам …`; rule `talks_day`)?"""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    opening = [t.lower for t in toks[sent.first:min(sent.last, sent.first + 3)]]
    return len(opening) == 3 and opening[1] in ("их", "ее", "её", "его") and opening[2] in TALKS_FRAMES and (
        any(k == s - 1 for k, _ in ctx.meetings) or (s > 0 and any(lem & TALKS for lem in ctx.sentence_lemmas(s - 1))))


def _talks_named_before(ctx: Context, s: int, framed: list[int]) -> Meeting | None:
    """The latest meeting before sentence ``s`` told in a sentence with the noun of the talks ``s`` names again
    (`framed`: `По итогам переговоров в Кремле … подписали Договор` after `провёл переговоры с …`), not one a later
    sentence tells by a verb (`Накануне … встретился с …`; rule `talks_named_again`)."""
    if not ctx.on("talks_named_again"):
        return None
    said = set().union(*(lemmas(ctx.doc.tokens[k].text) & TALKS for k in framed)) if framed else set()
    floor = ctx.item_start(s)
    return next((m for k, m in reversed(ctx.meetings) if floor <= k < s and said & _lemmas_of(ctx, k)), None)


def _lemmas_of(ctx: Context, k: int) -> set[str]:
    """Every lemma of sentence ``k``."""
    return set().union(*ctx.sentence_lemmas(k))


def _sides_as_subject(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` open with the people or the sides of the talks, a plural noun right before a verb or an
    adverb (`Министры также подписали`, `Стороны подписали`: `cooperation.persons_as_sides`,
    `cooperation.side_nouns`; not `лидеры двух стран`, who may be of another time), their genitive between
    (`Главы государств подписали …`, `Главы внешнеполитических ведомств подписали …`), or after `В присутствии` (`В
    присутствии глав правительств был подписан …`, after a linking word too: `Также в присутствии глав государств`,
    `Кроме того, в присутствии президентов подписан …`: `context.linking_openers`)?"""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    first = toks[sent.first]
    j = next((k for k in range(sent.first, min(sent.last, sent.first + 4))
              if toks[k].lower not in LINKING and toks[k].text != ","), sent.first)
    if j + 2 < sent.last and (toks[j].lower, toks[j + 1].lower) == ("в", "присутствии"):
        first = toks[j + 2]  # `В присутствии глав правительств был подписан …`: witnessed by them
        return first.feats.get("Number") == "Plur" and bool(lemmas(first.text) & SIDES_OF_TALKS)
    k = sent.first + 1
    while k < min(sent.last, sent.first + 4) and _genitive_word(toks[k]):
        k += 1  # `Главы государств`, `Главы внешнеполитических ведомств`: not `лидеры двух стран`
    return k < sent.last and first.feats.get("Number") == "Plur" and \
        bool(lemmas(first.text) & SIDES_OF_TALKS) and toks[k].pos in ("VERB", "ADV")


def _genitive_word(tok: Token) -> bool:
    """A noun or adjective in the genitive, or an abbreviation (`МИД`), that a plural title governs."""
    return (tok.pos in ("NOUN", "ADJ") and tok.feats.get("Case") == "Gen") or (
        tok.pos == "PROPN" and tok.text.isupper())


def stay_day(ctx: Context, s: int, persons: Collection[str] = ()) -> str | None:
    """The day(s) of the latest stay told before sentence ``s`` of a person ``s`` names, where the stay's sentence
    gives them (rule `stay_day`): `16-17 июня … находился с визитом в …` dates the talks told next."""
    if not ctx.on("stay_day") or not ctx.on("visitor_stay"):
        return None
    latest = _latest_stay(ctx, s, bisect_left, persons) or \
        _latest_stay(ctx, s, bisect_left, persons, _visit_named_again(ctx, s))
    if latest is None and ctx.on("visit_days_next"):  # `23–24 ноября X посетил Вьетнам. В Ханое … провел …`
        latest = _latest_stay(ctx, s, bisect_right, persons)
    return scene(ctx).stay_days.get(latest[0]) if latest else None


def _stays(ctx: Context) -> tuple[list[tuple[int, str, frozenset[str]]], dict[int, str]]:
    """The sentences where a word of staying puts a visitor (`stay`), with the place and the persons they name; and
    the days each such sentence gives (`stay_day`), by the sentence its stay holds from."""
    out: list[tuple[int, str, frozenset[str]]] = []
    days: dict[int, str] = {}
    for k, sent in enumerate(ctx.doc.sents):
        place, own = _stay_in_sentence(ctx, k) if sent.start >= ctx.doc.header.stop else (None, False)
        in_state = place and place.startswith("country-") and ctx.on("stay_of_series")
        series = None if (place and not in_state) or sent.start < ctx.doc.header.stop else _series_place(ctx, k)
        if series:  # `провел ряд встреч … в Давосе` (`В рамках визита в Японию … в Токио`: the city, not the state)
            out.append((k, series, ANYONE))
        elif place:  # `В рамках поездки в Брюссель X провел ряд встреч`: those told after it, whoever they name
            told_series = ctx.on("stay_of_series") and _tells_series(ctx, k)
            persons = ANYONE if told_series else frozenset(r.id for r in ctx.in_sentence(k, ("person",)))
            out.append((k if own else k + 1, place, persons))
            if told := own_days(ctx, k):
                days[out[-1][0]] = told[0].id
    return out, days


def _series_place(ctx: Context, k: int) -> str | None:
    """`Министр … провел ряд встреч на полях заседания СМИД ОДКБ в Бишкеке`: the place after `в` in a sentence that
    tells a series of talks (`context.series` before a talks noun), where the meetings told after it are held."""
    if not _tells_series(ctx, k):
        return None
    places = [r for r in after_in(ctx, k, ("location",)) if not _participles_place(ctx, r)]
    return places[-1].id if places and places[-1].id != ctx.dateline_place else None


def _tells_series(ctx: Context, k: int) -> bool:
    """Does sentence ``k`` tell a series of talks (`context.series` before a talks noun: `провел ряд встреч`, with
    adjectives between: `ряд двусторонних встреч`)?"""
    said, toks, first = ctx.sentence_lemmas(k), ctx.doc.tokens, ctx.doc.sents[k].first
    for i, lem in enumerate(said):
        if lem & SERIES:
            j = i + 1
            while j < len(said) and toks[first + j].pos == "ADJ":
                j += 1
            if j < len(said) and said[j] & TALKS:
                return True
    return False


def _participles_place(ctx: Context, ref: Ref) -> bool:
    """Is the `в` before ``ref`` one of a participle's (`с аккредитованными в Москве главами миссий`: where the
    envoys serve, not where the talks are)?"""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    if rng is None or rng[0] < 2:
        return False
    return is_participle(ctx.doc.tokens[rng[0] - 2])


def is_participle(tok: Token) -> bool:
    """Is ``tok`` a participle by the tagger or the dictionary (the tagger may call `аккредитованными` a noun)?"""
    return tok.feats.get("VerbForm") == "Part" or any(p.tag.POS == "PRTF" for p in parses(tok.lower))


def into_place(ctx: Context, word: str, kind: str) -> bool:
    """Does the preposition ``word`` put someone at a destination of ``kind``: `в`, `во`, or `на` before a state or
    place (`находящуюся на Кубе`, `визит на Мальту`: rule `destination_after_na`)?"""
    return word in ("в", "во") or (word == "на" and kind in ("country", "location") and ctx.on("destination_after_na"))


def _last_joined(ctx: Context, place: Ref, visited: dict[int, Ref]) -> Ref:
    """The last of the places joined to ``place`` by a comma or `и` (a place's type noun after it too: `посетил
    Иссык-Кульскую область и город Каракол`), ``place`` itself where none is."""
    after = sorted((r for r in visited.values() if r.start > place.stop), key=lambda r: r.start)
    for nxt in after:
        if not joined(ctx, place, nxt):
            break
        place = nxt
    return place


def joined(ctx: Context, first: Ref, second: Ref) -> bool:
    """Are two mentions, ``first`` before ``second``, joined by a comma or `и` alone, or with a place's type noun
    before the second (`Шанхай и провинцию Цзянсу`, `область и город Каракол`)?"""
    gap = ctx.doc.text[first.stop:second.start].split()
    if gap[-1:] and gap[-1].islower() and lemmas(gap[-1]) & TYPE_WORDS:
        gap = gap[:-1]
    return gap in ([","], ["и"])


def joined_run(ctx: Context, refs: list[Ref], at: int, step: int) -> list[Ref]:
    """``refs[at]`` and the mentions joined to it one to the next by a comma or `и`, a place's type noun after it
    too (`посетил Пекин, Шанхай и провинцию Цзянсу`), going forward (``step`` 1) or back (-1); an adjective
    (`казахстанский`) ends the run."""
    run = [refs[at]]
    while 0 <= at + step < len(refs) and not refs[at + step].adjective:
        first, second = sorted((refs[at], refs[at + step]), key=lambda r: r.start)
        if not joined(ctx, first, second):
            break
        at += step
        run.append(refs[at])
    return run


def _stay_in_sentence(ctx: Context, k: int) -> tuple[str | None, bool]:
    """The place sentence ``k`` puts a visitor in, and whether its own events are there too: a stay's are
    (`находящийся в Минске, провел …`; a state or place after `на`, `на Мальте`: `destination_after_na`), a place
    visited's only after `где` (`посетила Ош, где встретилась …`, not `встретился с … и посетил Мцхету`); a state
    visited other than the dateline's is somewhere else (`посетил Объединенные Арабские Эмираты, где провел
    переговоры`: not the dateline's city)."""
    toks = ctx.doc.tokens
    sent = ctx.doc.sents[k]
    places = {r.start: r for r in after_in(ctx, k, ("location", "country")) if r.id != ctx.dateline_state}
    visited = {r.start: r for r in ctx.in_sentence(k, ("location", "country"))  # a state, not the dateline's:
               if r.kind == "location" or not (r.adjective or r.id == ctx.dateline_state)}  # somewhere else
    said = ctx.sentence_lemmas(k)
    for i in range(sent.first, sent.last):
        if (place := _visited_at(ctx, said, i, visited)) is not None:
            return place.id, _where_after(ctx, i, place)  # `посетила Ош, где …`
        if not said[i - sent.first] & STAY or _planned(said, i - sent.first) or (
                ctx.on("visit_in_retrospect") and in_retrospect(ctx, i)):
            continue  # not `достигнутых в ходе визита Президента … в Москву в мае прошлого года`
        if (where := _stay_where(ctx, i, visited)) is not None:
            return where, True
        j = _past_owner(ctx, past_stay_manner(toks, i + 1, sent.last))  # `с официальным визитом`
        if j + 1 < sent.last and toks[j].lower in ("в", "во") and toks[j + 1].start in places:
            return places[toks[j + 1].start].id, True
        if j + 1 < sent.last and toks[j].lower == "на" and (there := visited.get(toks[j + 1].start)) and \
                into_place(ctx, "на", there.kind):  # `находящийся с рабочим визитом на Мальте`
            return there.id, True
    met = _place_met(ctx, k, places) or _arrived_at(ctx, k)
    if met is not None:
        return met, True
    joined = _session_joined(ctx, k, places)
    return joined, joined is not None


def _stay_where(ctx: Context, i: int, visited: dict[int, Ref]) -> str | None:
    """`вернулся в Бишкек из Абу-Даби, где находился с рабочим визитом`: the place or state right before the `где`
    clause a word of staying ``i`` opens, where its visitor stayed (rule `stay_where_clause`), else None."""
    toks = ctx.doc.tokens
    if i < 3 or toks[i - 1].lower != "где" or toks[i - 2].text != "," or not ctx.on("stay_where_clause"):
        return None
    place = before_comma(ctx, i - 2, visited.values())
    return place.id if place is not None else None


def before_comma(ctx: Context, comma: int, refs: Iterable[Ref]) -> Ref | None:
    """Of ``refs``, the one whose last token is right before the comma at token ``comma`` (`из Абу-Даби, где …`)."""
    return next((r for r in refs if (rng := ctx.doc.token_range(r.start, r.stop)) is not None and rng[1] == comma),
                None)


def _past_owner(ctx: Context, j: int) -> int:
    """Token ``j``, or the one after the title and name of whose visit it is, right after a visit noun (`визит
    Президента Туркменистана Сердара Бердымухамедова в Японию`: rule `visitor_stay`)."""
    posts, persons = ctx.doc.starting_at("post"), ctx.doc.starting_at("person")
    start = j
    while (owner := posts.get(j) or persons.get(j)) is not None and ctx.on("visitor_stay") and j - start < 12:
        j = owner.b
    return j


def _visited_at(ctx: Context, said: list[frozenset[str]], i: int, visited: dict[int, Ref]) -> Ref | None:
    """The place visited right after token ``i``, a verb of visiting told as done, the manner of the visit and a
    place's type noun between at most (`посетил с официальным визитом Вьетнам`, `посетил префектуру Осака`; `посетил
    … область и город Каракол`: the last place joined), else None."""
    toks = ctx.doc.tokens
    sent = ctx.doc.sents[toks[i].sent]
    if not (said[i - sent.first] & VISITED and told_as_done(toks, i)):
        return None
    j = past_stay_manner(toks, i + 1, sent.last)  # `посетил с официальным визитом Вьетнам`
    if j + 1 < sent.last and toks[j].start not in visited and toks[j].text.islower() and \
            lemmas(toks[j].text) & TYPE_WORDS:
        j += 1  # `префектуру Осака`
    return _last_joined(ctx, visited[toks[j].start], visited) if j < sent.last and toks[j].start in visited else None


def _visited_where(ctx: Context, s: int) -> str | None:
    """`в ходе визита в Японию посетил префектуру Осака, где встретился …`: a place visited in sentence ``s`` with
    `где` after it is where the sentence's events are, whatever stay its sentence tells first (rule
    `visited_where_clause`, a refinement of `visitor_stay`; the stay holds for the sentences after it)."""
    if not (ctx.on("visited_where_clause") and ctx.on("visitor_stay")):
        return None
    memo = scene(ctx).visited_where  # each of the sentence's events asks
    if s not in memo:
        sent = ctx.doc.sents[s]
        said = ctx.sentence_lemmas(s)
        visited = {r.start: r for r in ctx.in_sentence(s, ("location",))}
        memo[s] = next((p.id for i in range(sent.first, sent.last)
                        if (p := _visited_at(ctx, said, i, visited)) is not None and _where_after(ctx, i, p)), None)
    return memo[s]


def _where_after(ctx: Context, i: int, place: Ref) -> bool:
    """Does `где` open a clause right after ``place`` (`посетила Ош, где встретилась …`), visited by the first finite
    verb of its sentence, at token ``i`` (not `встретился с …, а затем посетил Хошимин, где …`: that meeting was
    before)?"""
    first = ctx.doc.sents[ctx.doc.tokens[i].sent].first
    return "где" in ctx.doc.text[place.stop:place.stop + 6].lower() and \
        not any(t.is_finite_verb for t in ctx.doc.tokens[first:i])


def _place_met(ctx: Context, k: int, places: dict[int, Ref]) -> str | None:
    """The place, not the dateline's, right after a meeting verb told as done in sentence ``k`` and `в`, talks nouns
    between (`встретился в Баку с …`, `провел переговоры в Анкаре`: rule `met_there`), or after `в` right before it
    (`на полях саммита ОТГ в Габале провел встречу с …`), or opening the sentence before
    an event's verb and noun (`В Будапеште состоялись переговоры …`), not joined to another place (`провел встречи в
    Анкаре и Скопье`: which talks were where is told later); None where there is none."""
    if not ctx.on("met_there"):
        return None
    toks, sent = ctx.doc.tokens, ctx.doc.sents[k]
    said = ctx.sentence_lemmas(k)
    opening = places.get(toks[sent.first + 1].start) if toks[sent.first].lower in ("в", "во") and \
        sent.first + 1 < sent.last else None
    rng = ctx.doc.token_range(opening.start, opening.stop) if opening is not None else None
    if opening is not None and rng is not None and opening.kind == "location" and \
            opening.id != ctx.dateline_place and rng[1] + 1 < sent.last and said[rng[1] - sent.first] & HELD and \
            told_as_done(toks, rng[1]) and said[rng[1] + 1 - sent.first] & HELD_NOUNS:
        return opening.id  # `В Будапеште состоялись переговоры`
    for i in range(sent.first, sent.last):
        if not said[i - sent.first] & MEETING_VERBS or not told_as_done(toks, i):
            continue
        j = i + 1
        while j < sent.last and said[j - sent.first] & TALKS:
            j += 1
        there = places.get(toks[j + 1].start) if j + 1 < sent.last and toks[j].lower in ("в", "во") else \
            _place_on(ctx, k, j + 1) if j + 1 < sent.last and toks[j].lower == "на" else None
        if there is None and toks[j].lower != "участие":  # `на полях саммита в Габале провел встречу с …`, not
            there = next((r for r in places.values()  # `в Туркестане принял участие в …` (`event_taken_part_in`)
                          if (rng := ctx.doc.token_range(r.start, r.stop)) and rng[1] == i), None)
        if there is not None and there.kind == "location" and there.id != ctx.dateline_place and \
                not any(joined(ctx, there, r) for r in ctx.in_sentence(k, ("location",)) if r.start > there.stop):
            return there.id  # not one of several places (`провел встречи в Анкаре и Скопье`)
    return None


def _place_on(ctx: Context, s: int, i: int) -> Ref | None:
    """The place of sentence ``s`` token ``i`` opens after `на` (`провели встречу на Аляске`, `на Бали`), not a region
    spanning states (rule `destination_after_na`), else None."""
    place = next((r for r in ctx.in_sentence(s, ("location",)) if r.start == ctx.doc.tokens[i].start), None)
    return place if place is not None and into_place(ctx, "на", place.kind) and not _spanning_states(ctx, place) \
        else None


def before_adjectives(toks: list[Token], k: int, first: int, most: int | None = None) -> int:
    """The token right before the adjectives (``most`` at most) that stand right before token ``k``, going back no
    further than ``first`` (`провели очередное заседание`: `провели`; `одним из ключевых партнеров`: `из`)."""
    j = k - 1
    while j > first and (most is None or k - 1 - j < most) and toks[j].pos == "ADJ":
        j -= 1
    return j


def _arrived_at(ctx: Context, k: int) -> str | None:
    """`В аэропорту Ашхабада Президента … встретил …`: the town, not the dateline's, right after a facility's noun
    (`locations.facilities`, adjectives before it) after `в` in sentence ``k``, where those it names arrived (rule
    `arrived_at_facility`); else None."""
    if not ctx.on("arrived_at_facility"):
        return None
    toks = ctx.doc.tokens
    for ref in ctx.in_sentence(k, ("location",)):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if rng is None or ref.id == ctx.dateline_place or rng[0] < 2 or \
                not lemmas(toks[rng[0] - 1].text) & FACILITIES:
            continue
        if toks[before_adjectives(toks, rng[0] - 1, ctx.doc.sents[k].first)].lower in ("в", "во"):
            return ref.id
    return None


def _session_joined(ctx: Context, k: int, places: dict[int, Ref]) -> str | None:
    """`X 21 июня принял участие в 51-й сессии СМИД ОИС, которая проходит в Стамбуле`: one who took part in a session
    or talks (`во встрече министров … в Анкаре`) held at a place the sentence gives after `в` stays there (rule
    `session_stay`); None where the sentence tells no such."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[k]
    said = ctx.sentence_lemmas(k)
    for i in range(sent.first + 1, sent.last - 2):
        if "участие" in said[i - sent.first] and "принять" in said[i - 1 - sent.first] and \
                told_as_done(toks, i - 1) and toks[i + 1].lower in ("в", "во") and ctx.on("session_stay") and \
                any(said[j - sent.first] & (SESSIONS | TALKS) for j in range(i + 2, min(sent.last, i + 5))):
            return next((places[t.start].id for j, t in enumerate(toks[i + 2:sent.last], i + 2)
                         if t.start in places and toks[j - 1].lower in ("в", "во")), None)
    return None


def own_days(ctx: Context, k: int) -> list[Ref]:
    """The days (`DAY`) sentence ``k`` gives, not the dateline's, nor a bound or a day set for (`period_covered`)."""
    return [r for r in ctx.in_sentence(k, ("date",)) if r.start >= ctx.dateline_stop and a_day(ctx, r.id) and
            not period_covered(ctx, r)]


def a_day(ctx: Context, date_id: str) -> bool:
    """Is the date ``date_id`` a day or a span of days (`DAY`), not a month or a year?"""
    return bool(DAY.fullmatch(next((d.value for d in ctx.out.dates if d.id == date_id), "")))


EVENT_NOUNS = words("context.event_nouns")
CITY_SUFFIXES = ("ий", "инский", "ийский", "ский")
"""Endings that make a town's adjective (`Минский`, `Бакинский`, `Дохийский`, `Ташкентский`), tried in this order."""
TOWN_ENDINGS = ("", "а", "я", "у", "е", "ь", "ья", "ия")


def event_city(ctx: Context, s: int) -> tuple[bool, str | None]:
    """`на полях Дохийского форума встретился …`, `приняла участие в Петербургском международном экономическом
    форуме. На полях форума …`: an event of sentence ``s`` told at a forum, conference or exhibition
    (`context.event_nouns`) named by a town's adjective, there or in the two sentences before, is in that town (rule
    `event_city`): (True, the town's location) where the text names it, (True, None) where it does not (not the
    dateline's town either); (False, None) where no such event is told."""
    if not ctx.on("event_city"):
        return False, None
    toks = ctx.doc.tokens
    for k in range(s, max(s - 3, -1), -1):
        sent = ctx.doc.sents[k]
        for j in range(sent.first + 1, sent.last):
            if not lemmas(toks[j].text) & EVENT_NOUNS or (k != s and not _event_again(ctx, s, toks[j])):
                continue
            i = j - 1
            while i > sent.first and toks[i].pos == "ADJ" and not toks[i].is_cap:
                i -= 1
            town = _town_of_adjective(toks[i]) if i > sent.first and toks[i].is_cap else None
            if town is not None:
                place = next((loc.id for loc in ctx.out.locations if loc.name == town), None)
                return town != _dateline_town(ctx) or place is not None, place
    return False, None


def _event_again(ctx: Context, s: int, noun: Token) -> bool:
    """Does sentence ``s`` name the event ``noun`` names again by its noun (`На полях форума`)?"""
    sent = ctx.doc.sents[s]
    return any(lemmas(t.text) & lemmas(noun.text) & EVENT_NOUNS for t in ctx.doc.tokens[sent.first:sent.last])


def _town_of_adjective(tok: Token) -> str | None:
    """The town a capitalized adjective names (`Дохийского` → `Доха`, `Бакинского` → `Баку`), if a known one."""
    for p in parses(tok.lower):
        if p.tag.POS != "ADJF":
            continue
        for suffix in CITY_SUFFIXES:
            stem = p.normal_form[:-len(suffix)] if p.normal_form.endswith(suffix) else ""
            for ending in TOWN_ENDINGS if len(stem) >= 3 else ():
                name = (stem + ending).capitalize()
                if world_city_state(name):
                    return name
    return None


def _dateline_town(ctx: Context) -> str | None:
    place = next((loc for loc in ctx.out.locations if loc.id == ctx.dateline_place), None)
    return place.name if place else None


def elsewhere(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` put its event in a state other than the dateline's (`во Вьетнаме`)? A post's host
    does not (`посол России в Израиле`)."""
    if ctx.dateline_place is None:
        return False
    return any(r.id != ctx.dateline_state for r in after_in(ctx, s, ("country",)) if not r.adjective)


IN_PLACE = re.compile(r"(?:^|(?<=\W))[вВ]о?\s+(?:г\.\s*)?$")
"""`в`, `во` right before a place, or `в г.` (`в г. Бишкек`, as MFA releases abbreviate `город`)."""


def after_in(ctx: Context, s: int, kinds: tuple[str, ...]) -> list[Ref]:
    """The mentions of ``kinds`` in sentence ``s`` right after `в` or `во`, not inside a post (`Генеральный консул
    Казахстана во Франкфурте-на-Майне`: where the post is, not the event), nor after a situation's noun
    (`обсудил ситуацию в Сирии`: the topic's place), nor a region spanning states (`region_no_venue`)."""
    start = ctx.doc.sents[s].start
    posts = ctx.in_sentence(s, ("post",))
    return [r for r in ctx.in_sentence(s, kinds)  # the word before, not a word's end (`сотрудничество Казахстана`)
            if IN_PLACE.search(ctx.doc.text, max(start, r.start - 8), r.start)
            and not any(p.start <= r.start < p.stop for p in posts) and not _topic_place(ctx, r)
            and not _spanning_states(ctx, r) and not _planned_destination(ctx, r) and not _in_future_clause(ctx, r)]


PLANNED_OWNER_WORDS = 3
"""At most how many words of the visitor may stand between a planned visit's noun and its `в` (`визита Президента
Казахстана в Доху`)."""


def _in_future_clause(ctx: Context, ref: Ref) -> bool:
    """Rule `future_clause_no_venue`: is ``ref`` in a relative clause whose verb, before it, is in the future tense
    (`обсудили подготовку к заседанию совета, которое пройдет в Ташкенте в марте 2027 года`)? The place and day of an
    event still to come are not those of the one told."""
    rng = ctx.doc.token_range(ref.start, ref.stop) if ctx.on("future_clause_no_venue") else None
    if rng is None:
        return False
    toks = ctx.doc.tokens
    first = ctx.doc.sents[toks[rng[0]].sent].first
    for k in range(rng[0] - 1, first, -1):
        if toks[k].text in ",;:":
            return False
        if "который" in lemmas(toks[k].text) and toks[k - 1].text == ",":
            return any(t.is_finite_verb and t.feats.get("Tense") == "Fut" for t in toks[k + 1:rng[0]])
    return False


def _planned_destination(ctx: Context, ref: Ref) -> bool:
    """Rule `planned_visit_no_venue`: is ``ref`` right after `в` after a visit's noun told as planned, its visitor's
    words at most between (`обсудили предстоящий визит в Пекин`, `подготовку визита Президента Казахстана в Доху`)?
    Where a visit is to go is a topic, not the venue."""
    rng = ctx.doc.token_range(ref.start, ref.stop) if ctx.on("planned_visit_no_venue") else None
    if rng is None:
        return False
    toks = ctx.doc.tokens
    s = toks[rng[0]].sent
    first = ctx.doc.sents[s].first
    said = ctx.sentence_lemmas(s)
    for k in range(rng[0] - 2, max(first - 1, rng[0] - 3 - PLANNED_OWNER_WORDS), -1):
        if not toks[k].is_word:
            return False
        if said[k - first] & VISIT_NOUNS:
            return _planned(said, k - first)
    return False


def _spanning_states(ctx: Context, ref: Ref) -> bool:
    """Rule `region_no_venue`: is ``ref`` a region the gazetteer knows as spanning states (`в Центральной Азии`, `в
    Европе`: `locations.tsv` with no country), which is where a topic lies (`перспективы цифровизации в Центральной
    Азии`), never where an event is held?"""
    rng = ctx.doc.token_range(ref.start, ref.stop) if ref.kind == "location" and ctx.on("region_no_venue") else None
    place = ctx.doc.starting_at("location").get(rng[0]) if rng is not None else None
    return place is not None and bool(place.data.get("known")) and not place.data.get("country")


def _topic_place(ctx: Context, ref: Ref) -> bool:
    """Is ``ref`` right after `в` after a situation's noun (`ситуацию в Сирии`; `posts.situation_nouns`)?"""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return rng is not None and rng[0] >= 2 and bool(lemmas(ctx.doc.tokens[rng[0] - 2].text) & SITUATIONS)
