"""Visits that happened, told now or in retrospect (`совершил визит`, `посетил`, `находящийся с визитом`).

Planned trips (`пригласил посетить`, `подготовка визита`, `предстоящий визит`) are not visits.
"""

from __future__ import annotations

from ..analysis import Found
from ..lexicon import role_nouns, words
from ..models import Location, Meeting, Visit
from ..morph import lemmas, parses
from ..posts.right import headed_at
from ..scan import within
from ..text import Token
from .context import Context, Ref
from .meeting import joined_pair, planned
from .setting import VISIT_NOUNS, VISIT_VERBS, before_comma, into_place, joined_run, told_as_done, visit_day

PLANNED = words("visit.planned")
DESTINATIONS = ("location", "country", "org")


def _into(ctx: Context, a: int, ref: Ref) -> bool:
    """Is the place or state at token ``a`` where someone went or stays, after `в` or, for a state or place, `на`
    (`находящуюся на Кубе с рабочим визитом`, `визит на Мальту`; rule `destination_after_na`)?"""
    return a > 0 and into_place(ctx, ctx.doc.tokens[a - 1].lower, ref.kind)


def _trigger(ctx: Context, s: int, k: int) -> bool:
    tok = ctx.doc.tokens[k]
    lem = lemmas(tok.text)
    if lem & VISIT_VERBS:
        return told_as_done(ctx.doc.tokens, k)
    return bool(lem & VISIT_NOUNS) or _stay_for_event(ctx, s, k)


def _stay_for_event(ctx: Context, s: int, k: int) -> bool:
    """`Лавров, находящийся в Малайзии для участия в министерских мероприятиях АСЕАН`: a stay somewhere `для
    участия` in an event is a visit there (rule `stay_for_event`)."""
    toks = ctx.doc.tokens
    first = ctx.doc.sents[s].first
    return k > first and toks[k - 1].lower == "для" and bool(lemmas(toks[k].text) & EVENT_PARTS) and \
        ctx.on("stay_for_event") and any(_staying(t) for t in toks[max(first, k - 6):k - 1])


def _destination(ctx: Context, s: int, k: int, verb: bool) -> Ref | None:
    """`визит в X`, `посетил X`, `прибыл в X`: the first place, state or body after the trigger;
    `находящийся в X с визитом`: the place just before it."""
    sent = ctx.doc.sents[s]
    toks = ctx.doc.tokens
    after = _destination_after(ctx, s, k, verb)
    if after is not None:
        return after
    inverted = _visited_before(ctx, s, k) if verb else None
    if inverted is not None:
        return inverted
    posts = ctx.in_sentence(s, ("post",))
    for ref in reversed(ctx.between(toks[max(sent.first, k - 5)].start, toks[k].start, DESTINATIONS)):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if any(p.start <= ref.start < p.stop for p in posts):
            continue  # `посла Турции в Казахстане, прибывшего в регион`: where the post is, not where one went
        if rng and not ref.adjective and _into(ctx, rng[0], ref):
            return ref
    return _where_stayed(ctx, s, k)


def _where_stayed(ctx: Context, s: int, k: int) -> Ref | None:
    """`вернулся в Бишкек из Абу-Даби, где находился с рабочим визитом`: a visit noun after a verb of stay in a `где`
    clause is a visit to the place or state right before the clause (rule `stay_where_clause`)."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    where = next((i for i in range(k - 1, max(first, k - 6), -1) if toks[i].lower == "где"), None)
    if where is None or toks[where - 1].text != "," or not any(_staying(t) for t in toks[where + 1:k]) or \
            not ctx.on("stay_where_clause"):
        return None
    named = ctx.between(toks[first].start, toks[where - 1].start, DESTINATIONS)
    return before_comma(ctx, where - 1, (ref for ref in named if not ref.adjective))


def _visited_before(ctx: Context, s: int, k: int) -> Ref | None:
    """`Казахстан посетила делегация …`, `Монголию с официальным визитом посетил министр …`: with the subject right
    after `посетить`, the place or state right before it (a manner phrase between) is the one visited."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    if "посетить" not in lemmas(toks[k].text) or k + 1 >= sent.last or toks[k + 1].pos not in ("NOUN", "PROPN") or \
            toks[k + 1].feats.get("Case") != "Nom":
        return None
    for ref in ctx.between(toks[max(sent.first, k - 4)].start, toks[k].start, DESTINATIONS):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if rng and not ref.adjective and all(t.is_word and not t.is_cap for t in toks[rng[1]:k]):
            return ref
    return None


def _setting_state(ctx: Context, s: int, k: int) -> Ref | None:
    """`принял находящегося в стране с визитом министра`, `прибывшего в нашу республику`: a generic state noun
    right after `в` (and `наш`), near the trigger, is the state the item is datelined in; a generic region noun
    (`в регионе`) is the region named before it (`destination_region`)."""
    toks = ctx.doc.tokens
    sent = ctx.doc.sents[s]
    for i in range(max(sent.first + 1, k - 4), min(sent.last, k + 3) + 1):
        at = i - 1 if i - 1 > sent.first and lemmas(toks[i - 1].text) & OURS else i  # `в нашу страну`
        if toks[at - 1].lower not in ("в", "во"):
            continue
        if lemmas(toks[i].text) & SETTING_STATES and (here := _dateline_side(ctx)) is not None:
            return Ref(toks[i].start, toks[i].stop, *here)
        if lemmas(toks[i].text) & (SETTING_REGIONS | SETTING_TOWNS) and ctx.on("destination_region"):
            return _region_named_before(ctx, s, toks[i])
    return None


def _arrival_here(ctx: Context, s: int, k: int) -> Ref | None:
    """`принял прибывшего с официальным визитом министра …`: a participle of arrival or stay followed by `с … визитом`
    and no place where the trip went (the caller found none) is a visit to the state the item is datelined in (a
    host in their own state is left out by the caller)."""
    toks = ctx.doc.tokens
    staying = _staying_at(ctx, s, k)
    here = _dateline_side(ctx)
    if staying is None or here is None or not _participle(toks[staying]):
        return None
    window = toks[staying + 1:min(ctx.doc.sents[s].last, staying + 5)]
    visit = next((n for n, t in enumerate(window) if lemmas(t.text) & VISIT_NOUNS), None)
    if visit is None or window[0].lower != "с" or {"в", "во"} & {t.lower for t in window[:visit]}:
        return None
    return Ref(toks[staying].start, toks[staying].stop, *here)


def _dateline_side(ctx: Context) -> tuple[str, str] | None:
    """The id and kind of where the item is datelined: its state where the text names that state, else its place
    (a city does not add its state to the document's countries)."""
    if ctx.dateline_state is not None and any(c.id == ctx.dateline_state for c in ctx.out.countries):
        return ctx.dateline_state, "country"
    return (ctx.dateline_place, "location") if ctx.dateline_place is not None else None


def _region_named_before(ctx: Context, s: int, noun: Token) -> Ref | None:
    """`Аким Алматинской области … провел встречу с послом …, находящимся в регионе с рабочей поездкой`: the last
    region named before the generic noun in its sentence, one of its kind; after `в городе`, the last town, a place
    of one state no region's noun names (`Аким Шымкента … с Послом …, находящимся в городе …`; rule
    `destination_region`)."""
    kinds = lemmas(noun.text)
    places = {loc.id: loc for loc in ctx.out.locations}
    regions = [r for r in ctx.between(ctx.doc.sents[s].start, noun.start, ("location",))
               if _of_kind(places[r.id], kinds)]
    return regions[-1] if regions else None


def _of_kind(place: Location, kinds: frozenset[str]) -> bool:
    """Is ``place`` a region whose name has the generic noun's kind (`Алматинская область` for `в области`), or, for
    `в городе`, a place of one state no region's noun names?"""
    said = {lemma for word in place.name.split() for lemma in lemmas(word)} & (kinds | SETTING_REGIONS)
    return (not said and place.country is not None) if kinds & SETTING_TOWNS else bool(said)


def _destination_after(ctx: Context, s: int, k: int, verb: bool) -> Ref | None:
    """The place, state or body after the trigger ``k`` it leads into; after a verb, not one inside a post (`В …
    области побывал Посол Германии в Казахстане …`: where the post is, not where one went)."""
    sent = ctx.doc.sents[s]
    toks = ctx.doc.tokens
    posts = ctx.in_sentence(s, ("post",))
    for ref in ctx.between(toks[k].stop, sent.stop, DESTINATIONS):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if rng is None or ref.adjective or (verb and any(p.start <= ref.start < p.stop for p in posts)):
            continue
        if verb and "посетить" in lemmas(toks[k].text) and any(_in_subject(ctx, i, k, rng) for i in range(*rng)):
            continue  # `Казахстан посетила делегация Европейского парламента`: whose delegation, not where it went
        if (verb and "посетить" in lemmas(toks[k].text)) or _into(ctx, rng[0], ref):
            return ref
        if rng[0] - k > 6:
            return None
    return None


def _in_subject(ctx: Context, i: int, verb: int, name: tuple[int, int]) -> bool:
    """Does token ``i`` of the name at ``name`` hang on a common noun outside it that is the subject of the verb at
    ``verb`` (`делегация Европейского парламента`)?"""
    toks = ctx.doc.tokens
    head = toks[i].head
    return 0 <= head < len(toks) and not name[0] <= head < name[1] and not toks[head].is_cap and \
        toks[head].rel.startswith("nsubj") and toks[head].head == verb


STAYING = words("visit.staying")
EVENT_PARTS = words("visit.event_parts")
SETTING_STATES = words("visit.setting_states")
SETTING_REGIONS = words("visit.setting_regions")
SETTING_TOWNS = words("visit.setting_towns")
OURS = words("visit.ours")
FRAMES = words("visit.frames")
POSSESSIVES = words("visit.possessives")
HEADED = words("meeting.headed")
RELATIVES = words("visit.relatives")


def _visitor(ctx: Context, s: int, k: int) -> tuple[Ref | None, str | None]:
    """The person who travels: the one a staying participle (the trigger itself, if it is one) is said of (`X,
    находящийся в Китае с визитом`), else the one a visit noun is of (`визита Президента … Мирзиёева`), else the
    last named before the trigger, else (`находящийся с визитом … министр X`) the first after it; and the rule
    that chose it, if not the trigger's own."""
    toks = ctx.doc.tokens
    staying = _staying_at(ctx, s, k)
    before = [r for r in ctx.between(ctx.doc.sents[s].start, toks[k].start, ("person",)) if not ctx.reports(r, k)]
    said_of = _said_of(ctx, staying) if staying is not None and ctx.on("visitor_staying") else None
    if said_of is not None:
        return said_of, "visitor_staying"
    if staying is not None and staying > 0 and toks[staying - 1].text == "," and ctx.on("visitor_staying"):
        return None, None  # `принял министра, прибывшего в …`: said of a noun with no name
    owner = _owner(ctx, s, k) if ctx.on("visitor_owner") else None
    if owner is not None:
        return owner, "visitor_owner"
    unnamed = _unnamed_owner(ctx, k)
    if unnamed is not None:
        return unnamed, "visitor_unnamed"
    ahead = _said_of_ahead(ctx, s, staying) if staying is not None and ctx.on("visitor_staying") else None
    if ahead is not None:
        return ahead, "visitor_staying"
    headed = _headed_subject(ctx, s, k)
    if headed is not None:
        return headed, "visitor_delegation_head"
    if before and (staying is None or not _participle(toks[staying])):
        subject = _verb_subject(ctx, k, before)
        if subject is not None and subject != before[-1]:
            return subject, "visitor_subject"
        if subject is None and _title_owns(ctx, k):
            return None, None  # `визита Главы государства в Доху`: an unnamed holder's, not the last named one's
        return before[-1], None  # `X 8–9 апреля находился с визитом в Анкаре`: a finite verb's subject
    after = ctx.between(toks[k].stop, ctx.doc.sents[s].stop, ("person",))
    if after and (_object_owner(ctx, k, after[0]) or _participle_of_another(ctx, staying, after[0])):
        return None, None
    if after:
        return after[0], None
    states = [r for r in ctx.between(ctx.doc.sents[s].start, toks[k].start, ("country",))]
    return (states[-1] if states else None), None


def _participle_of_another(ctx: Context, staying: int | None, ref: Ref) -> bool:
    """`Прибывший в Ташкент министр иностранных дел Венгрии провел переговоры с Саидовым`: a participle of visiting
    in the nominative, no one named in its case after it (`_said_of_ahead`), is said of a noun with no name, not of
    the person ``ref`` the sentence names later in another case (rule `visitor_staying`)."""
    toks = ctx.doc.tokens
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return staying is not None and _participle(toks[staying]) and toks[staying].feats.get("Case") == "Nom" and \
        rng is not None and toks[rng[0]].feats.get("Case") != "Nom" and ctx.on("visitor_staying")


def _object_owner(ctx: Context, k: int, ref: Ref) -> bool:
    """`Дипломаты посетили мавзолей Ходжи Ахмеда Ясави`: is person ``ref``, named after the finite verb of visiting
    ``k``, not its subject by the parse and in the genitive (the owner of what was visited, no visitor: rule
    `visitor_not_object`; not the head of a delegation, `во главе с Давидом Макалистером`)?"""
    toks = ctx.doc.tokens
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return toks[k].is_finite_verb and rng is not None and ctx.on("visitor_not_object") and \
        ctx.subject(k, ("person",)) != ref and toks[rng[0]].feats.get("Case") == "Gen"


def _verb_subject(ctx: Context, k: int, before: list[Ref]) -> Ref | None:
    """The subject of a finite verb of visiting, or of a verb of meeting a visit noun is the frame of (`_framed`),
    named before it: `Берсе встретился с председателем парламента Шалвой Папуашвили и посетил Мцхету`, `Байрамов
    встретился с генсеком НАТО Марком Рютте в рамках рабочего визита в Брюссель` are the subject's visits, not
    the counterpart's named last; so is one named after the verb (`По приглашению X в Ташкент прибыл министр Y`), and
    a visit noun hung on such a verb is its subject's (`По приглашению X в Ашхабад с официальным визитом прибыл Y`:
    Y's visit, not X's)."""
    toks = ctx.doc.tokens
    k = _verb_of(ctx, k)  # `с официальным визитом прибыл`
    tok = toks[k]
    finite = lemmas(tok.text) & VISIT_VERBS and tok.feats.get("VerbForm") == "Fin"
    if not (finite or (lemmas(tok.text) & VISIT_NOUNS and _framed(ctx, k))) or not ctx.on("visitor_subject"):
        return None
    subject = ctx.subject(k, ("person",))
    inverted = finite and subject is not None and subject.start > tok.stop  # `по приглашению X в Ташкент прибыл Y`
    return subject if subject is not None and (subject in before or inverted) else None


def _verb_of(ctx: Context, k: int) -> int:
    """The verb of visiting a visit noun ``k`` hangs on (`с официальным визитом прибыл`), else ``k``."""
    toks = ctx.doc.tokens
    head = toks[k].head
    hung = lemmas(toks[k].text) & VISIT_NOUNS and 0 <= head < len(toks) and lemmas(toks[head].text) & VISIT_VERBS
    return head if hung else k


def _framed(ctx: Context, k: int) -> bool:
    """Is visit noun ``k`` the frame of a verb of meeting its clause's subject did (`встретился с Y в рамках
    рабочего визита`), with no possessive before it (`в рамках его визита`: another's)?"""
    return _frame_verb(ctx, k) is not None


def _frame_verb(ctx: Context, k: int) -> int | None:
    """The verb of meeting visit noun ``k`` is the frame of (`_framed`), else None."""
    toks = ctx.doc.tokens
    if any(t.lower in POSSESSIVES for t in toks[max(0, k - 2):k]):
        return None
    j = toks[k].head
    for _ in range(3):
        if j < 0 or toks[j].pos == "VERB":
            break
        j = toks[j].head
    return j if j >= 0 and lemmas(toks[j].text) & FRAMES else None


def _owner(ctx: Context, s: int, k: int) -> Ref | None:
    """The person a visit noun is of: named in the genitive right after it, with at most the title words before
    the name (`в ходе визита Президента Узбекистана Шавката Мирзиёева в Москву`)."""
    toks = ctx.doc.tokens
    if not lemmas(toks[k].text) & VISIT_NOUNS:
        return None
    for ref in ctx.between(toks[k].stop, ctx.doc.sents[s].stop, ("person",)):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if rng is None or rng[0] - k > 4:
            return None
        gap = toks[k + 1:rng[1]]
        if all(t.is_word and t.feats.get("Case") in ("Gen", "Acc") for t in gap):  # an animate Acc is a Gen's form
            return ref
        return None
    return None


def _unnamed_owner(ctx: Context, k: int) -> Ref | None:
    """`итоги визита Президента Казахстана в Китай`, no name after the title, or `В ходе визита в Тегеран министр
    иностранных дел Армении провел переговоры с …`, the title the subject of the verb of meeting the visit noun frames:
    the visit is of the one person the text names as holding that title of that state, else of the state, an official
    it does not name standing for it (rule `visitor_unnamed`, as `officials_unnamed` for talks)."""
    toks = ctx.doc.tokens
    post = ctx.doc.starting_at("post").get(k + 1) if lemmas(toks[k].text) & VISIT_NOUNS else None
    post = post or _subject_title(ctx, k)
    if post is None or not post.data.get("country") or post.data.get("plural") or not ctx.on("visitor_unnamed") or \
            (post.b < len(toks) and toks[post.b].start in ctx.doc.ner_starts("PER")):
        return None
    state = f"country-{post.data['country']}"
    if state not in {c.id for c in ctx.out.countries}:
        return None
    held = ctx.holders(str(post.data["title"]), state)
    who = (next(iter(held)), "person") if len(held) == 1 else (state, "country")
    return Ref(post.start, post.stop, who[0], who[1])


def _title_owns(ctx: Context, k: int) -> bool:
    """Is visit noun ``k`` of a title right after it in the genitive, a post or a role noun (`визита Главы
    государства`, `в ходе визита Президента`), whose holder `_unnamed_owner` could not tell (rule
    `visitor_unnamed`)? Then the visit is not the last named person's."""
    toks = ctx.doc.tokens
    if not lemmas(toks[k].text) & VISIT_NOUNS or k + 1 >= len(toks) or not ctx.on("visitor_unnamed"):
        return False
    titled = k + 1 in ctx.doc.starting_at("post") or role_nouns().match_at(toks, k + 1, len(toks)) is not None
    return titled and toks[k + 1].feats.get("Case") == "Gen"


def _subject_title(ctx: Context, k: int) -> Found | None:
    """The title that is the subject of the verb of meeting visit noun ``k`` frames (`В ходе визита в Тегеран
    министр … Армении провел переговоры`), else None."""
    j = _frame_verb(ctx, k) if lemmas(ctx.doc.tokens[k].text) & VISIT_NOUNS else None
    if j is None:
        return None
    first, last = ctx.doc.sent_bounds(k)
    subject = next((t.i for t in ctx.doc.tokens[first:last] if t.head == j and t.rel.startswith("nsubj")), None)
    return next((f for f in ctx.doc.found.get("post", []) if subject is not None and f.a <= subject < f.b), None)


def _staying_at(ctx: Context, s: int, k: int) -> int | None:
    """The staying participle of trigger ``k``: the trigger itself or one of the six words before it."""
    toks = ctx.doc.tokens
    return next((i for i in range(k, max(ctx.doc.sents[s].first, k - 6) - 1, -1) if _staying(toks[i])), None)


def _staying(tok: Token) -> bool:
    """`находящийся`, `пребывающий`, and a participle of a verb of visiting (`прибывший`, `посетивший`)."""
    said = lemmas(tok.text)
    return bool(said & STAYING or (said & VISIT_VERBS and _participle(tok)))


def _participle(tok: Token) -> bool:
    """Tagged a participle, or (`прибывшую`, which the tagger may call an adjective) read as one only."""
    readings = parses(tok.lower)
    return tok.feats.get("VerbForm") == "Part" or (bool(readings) and all(p.tag.POS == "PRTF" for p in readings))


def _said_of_ahead(ctx: Context, s: int, participle: int) -> Ref | None:
    """The person a participle with no name before it is said of: the first named after it in its case (`принял
    прибывшего в Астану с визитом министра … Петера Сийярто`)."""
    toks = ctx.doc.tokens
    case = toks[participle].feats.get("Case")
    if case is None or (participle > 0 and toks[participle - 1].text == ","):
        return None
    cases = {"Acc", "Gen"} if case in ("Acc", "Gen") else {case}  # an animate accusative is the genitive's form
    for ref in ctx.between(toks[participle].stop, ctx.doc.sents[s].stop, ("person",)):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if rng and any(t.feats.get("Case") in cases for t in toks[rng[0]:rng[1]] if t.is_word):
            return ref
    return _delegation_head(ctx, s, participle, case)


def _delegation_head(ctx: Context, s: int, participle: int, case: str) -> Ref | None:
    """`принял прибывшую с официальным визитом делегацию во главе с министром обороны России Андреем Белоусовым`:
    a participle said of a delegation (`meeting.headed`) in its case, within six words, is said of the person
    named after `во главе с`."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    noun = next((j for j in range(participle + 1, min(last, participle + 7))
                 if lemmas(toks[j].text) & HEADED and toks[j].feats.get("Case") == case), None)
    return _head_of(ctx, s, noun) if noun is not None else None


def _head_of(ctx: Context, s: int, noun: int) -> Ref | None:
    """The person named after `во главе с` right after the delegation's noun at token ``noun``, if any."""
    toks = ctx.doc.tokens
    if not headed_at(toks, noun + 1):
        return None
    found = ctx.between(toks[noun + 3].stop, ctx.doc.sents[s].stop, ("person",))
    return found[0] if found else None


def _headed_subject(ctx: Context, s: int, k: int) -> Ref | None:
    """`По приглашению X в Азербайджан с официальным визитом прибыла делегация во главе с Y`: the subject of a
    finite verb of visiting (or of the one a visit noun hangs on) that is a delegation headed by a person is that
    person's visit, not the one named last before the verb (rule `visitor_delegation_head`)."""
    toks = ctx.doc.tokens
    verb = _verb_of(ctx, k)
    if not (lemmas(toks[verb].text) & VISIT_VERBS and toks[verb].feats.get("VerbForm") == "Fin") or \
            not ctx.on("visitor_delegation_head"):
        return None
    sent = ctx.doc.sents[s]
    noun = next((j for j in range(sent.first, sent.last) if toks[j].head == verb and toks[j].rel.startswith("nsubj")
                 and lemmas(toks[j].text) & HEADED), None)
    return _head_of(ctx, s, noun) if noun is not None else None


def _said_of(ctx: Context, participle: int) -> Ref | None:
    """The person named right before a participle and its comma (`Андрея Руденко, находящегося в Монголии`), or
    before the comma of a relative clause the staying verb opens (`с Каей Каллас, которая находится в Кишиневе`)."""
    toks = ctx.doc.tokens
    end = participle - 1 if participle > 0 and toks[participle - 1].text == "," else participle
    if end > 1 and toks[end - 1].lower in RELATIVES and toks[end - 2].text == ",":
        end -= 2
    found = ctx.between(toks[max(0, end - 6)].start, toks[end - 1].stop, ("person",)) if end > 0 else []
    return found[-1] if found and found[-1].stop == toks[end - 1].stop else None


RULES = ("visit_verb", "visit_noun", "visitor_staying", "visitor_owner", "visitor_subject", "destination_setting",
         "visit_sides", "visitors_listed", "stay_for_event", "destination_region", "destinations_listed",
         "destination_after_na", "visit_to_own_state", "visitor_delegation_head", "visitor_unnamed",
         "stay_where_clause", "state_visit_of_person", "visitor_not_object")
"""`visit_verb`, `visit_noun`: a visit told by a verb (`посетил`, `прибыл в`) or a noun (`визит в`).
`visitor_staying`: a visit told as a state (`находящийся … с визитом`, `прибывший в`) is the visit of the person
the participle (or the relative clause: `с Y, которая находится в Кишиневе с визитом`) is said of, named right
before it, not of the next name (`X, находящийся в Китае с рабочим визитом, провел переговоры с Y`); a
participle before its noun is said of the first person named after it in its case, not of the subject (`Токаев
принял прибывшего в Астану с визитом министра … Сийярто`).
`visitor_subject`: a finite verb's visitor is its subject, not the person named last before it (`Берсе
встретился с … Шалвой Папуашвили и посетил Мцхету`). `visitor_delegation_head`: a delegation that is the subject is
the person heading it (`По приглашению X в Азербайджан … прибыла делегация во главе с Y`: Y's visit, not X's).
`visitor_unnamed`: a visit noun of a title with no name after it is the visit of the one holder of that title of
that state the text names, else of the state (`в ходе визита Президента Узбекистана в Будапешт`: Uzbekistan's);
with no state to the title (`визита Главы государства в Доху`), no visit, not the last named person's.
`destination_setting`: `в стране`, `в республику` near the trigger is the state of the item's dateline
(`принял находящегося в стране с визитом министра`).
`destination_region`: `в регионе`, `в области` near the trigger is the last region named before it in its sentence
(`Аким Алматинской области … провел встречу с послом …, находящимся в регионе с рабочей поездкой`); `в городе`, the
last town (`Мэр Гюмри … с Послом Франции …, прибывшим в город с рабочим визитом`).
`stay_for_event`: a stay somewhere for an event is a visit there (`Лавров, находящийся в Малайзии для участия в
мероприятиях АСЕАН`).
`visitors_listed`: a plural participle said of a list of names is the visit of each (`принял министров … – A, B и
C, прибывших в Ташкент`), and so is a plural verb of visiting whose subject is two persons joined by `и` (`Владимир
Путин и Шавкат Мирзиёев посетили Большой театр`).
`destinations_listed`: places or states joined to the destination by commas and `и` are each visited (`посетили
также Самарканд и Бухару`).
`visit_sides`: with no talks told before, `стороны` after a visit are the visitor's state and the state visited
(`В ходе визита Президента Кыргызстана … в Казахстан … стороны подписали соглашения`).
`destination_after_na`: a state or place after `на` is a destination as one after `в` is (`находящуюся на Кубе с
рабочим визитом`, `визит на Мальту`).
`stay_where_clause`: a visit noun after a verb of stay in a `где` clause is a visit to the place or state right
before the clause (`вернулся в Бишкек из Абу-Даби, где находился с рабочим визитом`: Abu Dhabi).
`visit_to_own_state`: a state read as the visitor of a place that lies in it visits nothing (`Президент Таджикистана
принял прибывших в Душанбе … глав внешнеполитических ведомств`: the unnamed heads arrived, not Tajikistan).
`state_visit_of_person`: a state's visit (its delegation's: `Делегация Беларуси посетила Монголию`) to a destination
a person of that state visits too (`Белорусская делегация во главе с … Виктором Каранкевичем находится с визитом в
Монголии`) is that person's visit, no second one; so is one to a place in the state that person visits
(`Делегация Вьетнама посетила Баку` beside its head's stay in Azerbaijan).
`visitor_not_object`: a person named after a finite verb of visiting, not its subject by the parse and in the
genitive, is the owner of what was visited, no visitor (`Дипломаты посетили мавзолей Ходжи Ахмеда Ясави`: no
visit of Yasawi's)."""


def find(ctx: Context) -> list[Visit]:
    found: list[Visit] = []
    told: dict[tuple[str, str], int] = {}  # (visitor, destination) of the visits found -> index in ``found``
    words = ctx.doc.scan.where(VISIT_VERBS, VISIT_NOUNS, EVENT_PARTS)
    for s, sent in enumerate(ctx.doc.sents):
        for k in within(words, sent.first, sent.last):
            if not _trigger(ctx, s, k) or planned(ctx, s, k, PLANNED):
                continue
            verb = bool(lemmas(ctx.doc.tokens[k].text) & VISIT_VERBS)
            if not ctx.on("visit_verb" if verb else "visit_noun"):
                continue
            for visit in _visits_at(ctx, s, k, verb):
                if (kept := told.get((visit.visitor, visit.destination))) is not None:
                    if found[kept].date is None:  # a headline's visit, its day told in the lead
                        found[kept] = found[kept].model_copy(update={"date": visit.date})
                    continue
                told[(visit.visitor, visit.destination)] = len(found)
                found.append(visit)
                _register_sides(ctx, s, visit)
    return _persons_for_states(ctx, found)


def _persons_for_states(ctx: Context, found: list[Visit]) -> list[Visit]:
    """The visits but a state's to a destination a person of that state visits too, or to a place in the state that
    person visits (`Делегация Вьетнама посетила Баку` beside its head's visit to Azerbaijan: rule
    `state_visit_of_person`)."""
    if not ctx.on("state_visit_of_person"):
        return found
    by_person = {(ctx.country_of.get(v.visitor), v.destination) for v in found
                 if v.visitor.startswith("person-")}
    state_of = {loc.id: f"country-{loc.country}" for loc in ctx.out.locations if loc.country}
    return [v for v in found if not (v.visitor.startswith("country-") and (
        (v.visitor, v.destination) in by_person or (v.visitor, state_of.get(v.destination)) in by_person))]


def _register_sides(ctx: Context, s: int, visit: Visit) -> None:
    """`В ходе государственного визита Президента Кыргызстана … в Казахстан … стороны подписали`: with no talks
    told, the sides are the visitor and the state visited (rule `visit_sides`; `Context.visits`)."""
    state = visit.destination if visit.destination.startswith("country-") else None
    if state is None or not ctx.on("visit_sides") or ctx.country_of.get(visit.visitor) in (None, state):
        return
    ctx.visits.append((s, Meeting(participants=[visit.visitor, state], evidence=visit.evidence, rule="visit_sides")))
    sent = ctx.doc.sents[s]
    ctx.changed.append(("visit", "visit_sides", sent.start, sent.stop))


def _visits_at(ctx: Context, s: int, k: int, verb: bool) -> list[Visit]:
    """The visits trigger ``k`` tells: its visit and one to each destination joined to it (`destinations_listed`),
    each also of the other of a pair joined as the subject of a plural verb (`A и B посетили …`); for a plural
    participle said of a list of names (`принял министров … – A, B и C, прибывших в Ташкент`), the same visit of each
    person listed (rule `visitors_listed`)."""
    visit = _visit_at(ctx, s, k, verb)
    if visit is None:
        return []
    visits = [visit, *_more_destinations(ctx, s, visit)]
    if verb and (fellow := _fellow_visitor(ctx, s, k, visit.visitor)) is not None:
        return visits + [v.model_copy(update={"visitor": fellow, "rule": "visitors_listed"}) for v in visits]
    if len(visits) > 1 or visit.rule != "visitor_staying" or not ctx.on("visitors_listed"):
        return visits
    toks = ctx.doc.tokens
    staying = _staying_at(ctx, s, k)
    if staying is None or toks[staying].feats.get("Number") != "Plur":
        return [visit]
    listed = [r for r in _listed_before(ctx, s, visit.visitor) if r != visit.visitor]
    return [Visit(visitor=v, destination=visit.destination, date=visit.date, evidence=visit.evidence,
                  rule="visitors_listed") for v in listed] + [visit]


def _fellow_visitor(ctx: Context, s: int, k: int, visitor: str) -> str | None:
    """`Владимир Путин и Шавкат Мирзиёев посетили Большой театр`: the other of the pair joined by `и` as the subject
    of the plural verb of visiting ``k``, one of them ``visitor``, who visits too (rule `visitors_listed`)."""
    if not ctx.on("visitors_listed") or ctx.doc.tokens[k].feats.get("Number") != "Plur":
        return None
    pair = joined_pair(ctx, s, k)
    ids = [r.id for r in pair] if pair is not None else []
    return next((p for p in ids if p != visitor), None) if visitor in ids else None


def _more_destinations(ctx: Context, s: int, visit: Visit) -> list[Visit]:
    """`посетили также Самарканд и Бухару`: the places and states joined to the destination by commas and `и`
    right after it are visited too, each a visit of its own (rule `destinations_listed`)."""
    if not ctx.on("destinations_listed"):
        return []
    refs = ctx.between(ctx.doc.sents[s].start, ctx.doc.sents[s].stop, DESTINATIONS)
    at = next((i for i, r in enumerate(refs) if r.id == visit.destination and not r.adjective), None)
    out: list[Visit] = []
    for ref in joined_run(ctx, refs, at, 1)[1:] if at is not None else []:
        if ref.id not in (visit.destination, visit.visitor, *(v.destination for v in out)):
            out.append(visit.model_copy(update={"destination": ref.id, "rule": "destinations_listed"}))
    return out


def _listed_before(ctx: Context, s: int, last: str) -> list[str]:
    """The persons named in a list that ends with person ``last``: names joined by commas and `и` only."""
    refs = [r for r in ctx.in_sentence(s, ("person",))]
    at = max((i for i, r in enumerate(refs) if r.id == last), default=None)
    return [r.id for r in reversed(joined_run(ctx, refs, at, -1))] if at is not None else []


def _within_state(ctx: Context, where: Ref, state: str) -> bool:
    """Does the place ``where`` lie in ``state`` (a country id), so that the state visits no place there (rule
    `visit_to_own_state`)?"""
    if not ctx.on("visit_to_own_state") or where.kind != "location":
        return False
    return any(f"country-{loc.country}" == state for loc in ctx.out.locations if loc.id == where.id)


def _visit_at(ctx: Context, s: int, k: int, verb: bool) -> Visit | None:
    """The visit trigger ``k`` tells, if its visitor and destination are found and differ."""
    where = _destination(ctx, s, k, verb)
    setting = (_setting_state(ctx, s, k) or _arrival_here(ctx, s, k)) if where is None and \
        ctx.on("destination_setting") else None
    where = where or setting
    who, chose = _visitor(ctx, s, k)
    if where is None or who is None or who.id == where.id:
        return None
    if setting is not None and ctx.country_of.get(who.id) in (where.id, ctx.dateline_state):
        return None  # a host in their own state
    if who.kind == "country" and _within_state(ctx, where, who.id):
        return None  # `Президент Таджикистана принял прибывших в Душанбе глав …`: no state visits its own town
    date = visit_day(ctx, s, k)
    by_setting = "destination_region" if setting and setting.kind == "location" and setting.id != ctx.dateline_place \
        else "destination_setting"
    if setting is not None and chose:  # the visitor's rule names the visit; the trace still shows the setting's
        ctx.changed.append(("visit", by_setting, setting.start, setting.stop))
    rule = chose or (by_setting if setting else "visit_verb" if verb else "visit_noun")
    rule = "stay_for_event" if lemmas(ctx.doc.tokens[k].text) & EVENT_PARTS else rule
    return Visit(visitor=who.id, destination=where.id, date=date, evidence=ctx.evidence(s), rule=rule)
