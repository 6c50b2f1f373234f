"""Location mentions: places from the gazetteer and NER, normalized; streets excluded."""

from __future__ import annotations

import re

from ..analysis import Analysis, Coverage, Found, coverage
from ..inflect import SLOVNET_CASE, head_case, nominative_phrase
from ..lexicon import Place, locations, post_heads, region_by_nickname, words, world_city_state
from ..morph import CASES, from_dictionary, inflect_word, lemmas, parses
from ..names import VOWELS, first_name_readings, known_first_name, particle_surname, surname_readings
from ..text import CAMEL, DASHES, Token, segment
from . import datelines
from .countries import LONG_PREFIXES, after_currency, capital_named_as_state

NAME_PARTICLES = words("persons.particles")
PATRONYMIC_SUFFIXES = words("persons.patronymic_suffixes")

TYPE_WORDS = words("locations.type_words")
REGION_NOUNS = words("locations.region_nouns")
"""Generic words: a span made only of them (`Автономный край`) names no place."""
STREET_WORDS = words("locations.street_words")
"""Words that make the next name part of a street or an institution (`улица Абая`, `имени Гумилева`)."""
FACILITIES = words("locations.facilities")
LEFT_TYPES = words("locations.left_types")
DIRECTIONS = words("locations.directions")
CARDINAL_POINTS = words("locations.cardinal_points")
ROUTE_NOUNS = words("locations.route_nouns")
STAY = words("context.stay")
"""A visitor's stay or visit (`находящийся с визитом в Нью-Йорке`, `в ходе визита во Вьетнам`): its place follows."""
STAY_MANNER = words("context.stay_manner")
"""The words between a word of staying and its place (`находящийся с официальным визитом в …`)."""
VISITED = words("context.visited")
"""The verb of a place visited (`посетил Ош`, `посетил Министерство …`): its object is the place."""
INITIALS = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?")
"""`Ж.Кулубаев`, `С. В. Лавров`: initials and a surname."""
BUILDINGS = words("persons.buildings")
"""`Кохи Навруз`, `резиденция Ала-Арча`: nouns of a building, whose name names no place (`building_not_place`)."""
RESIDENCES = words("locations.residences")
"""`в Кремле`, `в Акорде`: the residences of heads of state, buildings named alone, no place (`building_not_place`)."""
MONUMENTS = words("locations.monuments")
"""`монумент`, `памятник`: a monument's nouns; a name of common nouns after one is no place
(`monument_name_not_place`)."""
BODY_NOUNS = words("locations.body_nouns")
"""`Альянс`, `Совещание`: a body's head nouns, which alone stand for the body (`body_noun_not_place`)."""
STATE_FORMS = words("countries.long_prefixes")
"""`Королевство`, `Республика`: a state's form nouns, which alone stand for a state (`state_noun_not_place`)."""
CEREMONIAL = words("posts.ceremonial")
"""`Чрезвычайный и Полномочный`: words of a post's title that NER may take alone for a place."""
CREDENTIALS = words("posts.credentials")


def is_street_context(doc: Analysis, a: int) -> bool:
    """True when the name at token ``a`` follows a street word (`улица Абая`, `им. Л.Н. Гумилева`)."""
    k = a - 1
    while k >= 0 and (doc.tokens[k].text == "." or (len(doc.tokens[k].text) == 1 and doc.tokens[k].is_cap)):
        k -= 1  # initials and dots between the street word and the surname
    return k >= 0 and bool(lemmas(doc.tokens[k].text) & STREET_WORDS)


def _street_name(doc: Analysis, a: int, b: int) -> bool:
    """A name after a street's or a facility's word is that street's (`улица Абая`, `аэропорт Манас`), not a place
    the text names; not a place in the genitive only after a facility's word (`locations.facilities`), which is
    where the facility is (`в аэропорту Будапешта`; a plural noun's nominative aside: `в аэропорту Вены`, `Астаны`),
    nor an indeclinable one the dictionary knows as a place, a span ``a:b`` of one word (`в аэропорту Баку`,
    `Душанбе`)."""
    if not is_street_context(doc, a):
        return False
    tok = doc.tokens[a]
    facility = a > 0 and bool(lemmas(doc.tokens[a - 1].text) & FACILITIES)
    ps = parses(tok.lower)
    if facility and b - a == 1 and any("Fixd" in p.tag and "Geox" in p.tag for p in ps):
        return False  # not `аэропорт Сукарно Хатта`, two words
    return not facility or tok.feats.get("Case") != "Gen" or any(p.tag.case == "nomn" and p.tag.number != "plur"
                                                                 for p in ps)


def _building(doc: Analysis, a: int, b: int) -> bool:
    """`в Кохи Навруз`, `в резиденции «Ала-Арча»`, `в Кремле`, `в Эмирском дворце`: a span that is a building's noun
    or a residence's name, adjectives before a building's noun, a building's noun and the name after it (`в Резиденции
    Ала-Арча`, NER's one place), or the name right after a building's noun, names the building, no place (rule
    `building_not_place`)."""
    if not doc.on("building_not_place"):
        return False
    k = a - 1 if a and doc.tokens[a - 1].text in "«\"“" else a
    before = k > 0 and bool(lemmas(doc.tokens[k - 1].text) & BUILDINGS)
    qualified = b - a > 1 and bool(lemmas(doc.tokens[b - 1].text) & BUILDINGS) and all(
        t.pos == "ADJ" for t in doc.tokens[a:b - 1])
    opening = b - a > 1 and bool(lemmas(doc.tokens[a].text) & BUILDINGS)
    return before or qualified or opening or all(lemmas(t.text) & (BUILDINGS | RESIDENCES)
                                                 for t in doc.tokens[a:b] if t.is_word)


def _monument_name(doc: Analysis, a: int, b: int) -> bool:
    """`к монументу Независимости и Гуманизма`: capitalized common nouns (none the dictionary knows as a place)
    right after a monument's noun, or joined to such a word by `и`, name the monument, no place (rule
    `monument_name_not_place`)."""
    toks = doc.tokens
    if not doc.on("monument_name_not_place") or any(_place_word(t) for t in toks[a:b] if t.is_word):
        return False
    k = a - 1
    while k > 0 and a - k <= 4 and (toks[k].lower == "и" or (toks[k].is_cap and not _place_word(toks[k]))):
        k -= 1
    return k >= 0 and bool(lemmas(toks[k].text) & MONUMENTS)


def _place_word(tok: Token) -> bool:
    """Does the dictionary know ``tok`` as a place's name (`Geox`)?"""
    return any("Geox" in p.tag for p in parses(tok.lower))


def _route_end(doc: Analysis, a: int, b: int) -> bool:
    """`коридора Север – Юг`, `Восток – Запад`: a cardinal point joined by a dash to another names a route's end,
    no place."""
    toks = doc.tokens
    if b - a != 1 or not lemmas(toks[a].text) & CARDINAL_POINTS:
        return False
    before = a >= 2 and toks[a - 1].text in DASHES and bool(lemmas(toks[a - 2].text) & CARDINAL_POINTS)
    after = b + 1 < len(toks) and toks[b].text in DASHES and bool(lemmas(toks[b + 1].text) & CARDINAL_POINTS)
    return before or after


def _adjective_not_place(doc: Analysis, a: int, b: int) -> bool:
    """`по Трансадриатическому газопроводу`: one capitalized adjective NER calls a place, right before a route's
    noun (`locations.route_nouns`), names the route with it, no place (rule `route_adjective_not_place`); so does one
    before a lower-case noun in its case that is no place's type word (`в Экономической зоне Суэцкого канала`,
    `Трансафганского железнодорожного проекта`: rule `adjective_alone_not_place`)."""
    toks = doc.tokens
    if b - a != 1 or b >= len(toks) or _place_word(toks[a]) or toks[a].pos != "ADJ":
        return False
    if lemmas(toks[b].text) & ROUTE_NOUNS:
        return doc.on("route_adjective_not_place")
    k = b
    while k < len(toks) and k - b < 3 and toks[k].pos == "ADJ" and toks[k].text.isalpha() and not toks[k].is_cap:
        k += 1  # `Трансафганского железнодорожного проекта`
    noun = toks[k] if k < len(toks) else None
    return noun is not None and noun.pos == "NOUN" and not noun.is_cap and not lemmas(noun.text) & TYPE_WORDS and \
        noun.feats.get("Case") == toks[a].feats.get("Case") and doc.on("adjective_alone_not_place")


def _extend_left(doc: Analysis, a: int) -> int:
    """``автономный край Воеводина``: the type words before a name belong to the mention, on its line (a
    headline's last word is not: `… корейской провинции` / `Самарканд, 23 апреля`)."""
    toks = doc.tokens
    if doc.opens_line(a):
        return a
    if a >= 2 and {"автономный"} & lemmas(toks[a - 2].text) and {"край", "область", "округ"} & lemmas(toks[a - 1].text):
        return a - 2
    if a >= 1 and lemmas(toks[a - 1].text) & {"город", "край", "провинция", "штат", "эмират"}:
        return a - 1
    return a


def find(doc: Analysis, taken: list[Found]) -> list[Found]:
    """Locations not already taken by a country or organization mention."""
    index = locations()
    found: list[Found] = []

    surnames = _full_name_surnames(doc)
    # `Виктория Нуланд`: a first name opening a name NER reads in two or more words, not the state
    first_names = {a for a in doc.ner_name_starts("PER") if
                   known_first_name(doc.tokens[a].text) or _first_name_in_agreement(doc, a)}
    first_names |= _inner_name_parts(doc) | _short_surnames(doc)
    cities = _dateline_cities(doc, taken)
    found += cities
    busy = coverage([*taken, *found])
    closing = {a: name_closing(doc, a, b) for _, a, b in doc.ner_tokens("LOC")}
    named = Coverage([(span.start, span.stop) for span, a, _ in doc.ner_tokens("LOC") if closing[a] == a])
    starts = doc.scan.where(index.firsts)
    last_stop = -1  # gazetteer matches come left to right, so only the last one can overlap a new one
    for sent in doc.sents:
        for match in index.find(doc.tokens, sent.first, sent.last, starts):
            a = match.start
            if _street_name(doc, a, match.stop) or _building(doc, a, match.stop) or _route_end(doc, a, match.stop) or (
                    match.stop - a == 1 and (doc.tokens[a].lower[:STEM] in surnames or a in first_names)) or \
                    named.overlaps(doc.tokens[a].start, doc.tokens[match.stop - 1].stop):  # `Сантьяго Бланко`
                continue
            cand = doc.make("location", _extend_left(doc, a), match.stop, name=match.value.name,
                            country=_state_named(doc, match.value, taken), known=True)
            if not busy.overlaps(cand.start, cand.stop) and last_stop <= cand.start:
                found.append(cand)
                last_stop = cand.stop
    busy = coverage([*taken, *found])
    found += _region_nicknames(doc, busy)
    busy = coverage([*taken, *found])
    person_words = _person_lemmas(doc, closing)
    attested = _attested_names(doc, cities)
    for span, a, b in doc.ner_tokens("LOC"):
        if busy.overlaps(span.start, span.stop):
            continue
        b = closing[a] or b
        toks = doc.tokens[a:b]
        words = [t for t in toks if t.is_word]
        if not words or all(lemmas(t.text) & TYPE_WORDS for t in words) or _street_name(doc, a, b) or \
                _building(doc, a, b) or _route_end(doc, a, b) or _monument_name(doc, a, b) or \
                _adjective_not_place(doc, a, b):
            continue
        if not toks[0].is_cap or _looks_like_surname(toks, person_words) or after_currency(doc, a) or \
                _capitalized_common_noun(doc, a, b) or _body_noun(doc, a, b) or _state_noun(doc, a, b) or \
                any(CAMEL.search(t.text) for t in toks):
            continue
        elliptic = _elliptic(doc, a, b)
        as_attested = None if elliptic else _as_attested(toks, attested)
        name = elliptic or as_attested or _town_as_written(doc, a, b, nominative_phrase(toks))
        country = _city(name)["country"] if elliptic else world_city_state(name)  # the gazetteer knows the region
        place = doc.make("location", a, b, name=name, country=country, known=False)
        if as_attested and as_attested not in (str(c.data["name"]) for c in cities):
            place.data["rule"] = "attested_place_name"
        found.append(place)
    found += _places_opening_names(doc, coverage([*taken, *found]))
    found += _region_nouns_refer_back(doc, found, coverage([*taken, *found]))
    return _parts_of_places(doc, found, taken) if doc.on("part_of_place") else found


def _region_nicknames(doc: Analysis, busy: Coverage) -> list[Found]:
    """`Брянщина является … партнером`, `на Гомельщине`, `Брестчина`, which NER often calls a person: a capitalized
    word whose lemma is a stem and `-щина`/`-чина` is the region the gazetteer names by that stem and `-ская
    область` (`Брянская область`), not a person (rule `region_nickname`)."""
    if not doc.on("region_nickname"):
        return []
    found: list[Found] = []
    for k, tok in enumerate(doc.tokens):
        if tok.is_cap and not busy.overlaps(tok.start, tok.stop) and (place := region_by_nickname(tok)) is not None:
            found.append(doc.make("location", k, k + 1, name=place.name, country=place.country, known=True,
                                  rule="region_nickname"))
    return found


def _region_nouns_refer_back(doc: Analysis, found: list[Found], busy: Coverage) -> list[Found]:
    """`губернатором штата Юта … сотрудничества Казахстана со штатом`, `префектуры Тоттори … сотрудничество
    префектуры с Монголией`: a region's type noun alone (`locations.region_nouns`), singular, in lower case with no
    capitalized word after it, nor a noun or adjective it governs (`штата посольства`: staff), is a mention of the
    place named last right after the same noun, or with it (rule `region_noun_refers_back`)."""
    if not doc.on("region_noun_refers_back"):
        return []
    toks = doc.tokens
    after = {f.a: f for f in found}
    named: dict[str, Found] = {}  # the noun's lemma -> the place named last right after it
    refs: list[Found] = []
    for k in doc.scan.with_lemma(REGION_NOUNS):
        said = lemmas(toks[k].text) & REGION_NOUNS
        if (place := after.get(k + 1) or after.get(k)) is not None:  # `штата Юта`, or NER's `штата Вайоминг`
            named.update(dict.fromkeys(said, place))
        elif not toks[k].is_cap and toks[k].feats.get("Number") != "Plur" and not (k + 1 < len(toks) and (
                toks[k + 1].is_cap or toks[k + 1].pos in ("NOUN", "ADJ"))) and \
                not busy.overlaps(toks[k].start, toks[k].stop) and \
                (earlier := next((named[lem] for lem in said if lem in named), None)) is not None:
            refs.append(doc.make("location", k, k + 1, name=earlier.data["name"], country=earlier.data["country"],
                                 known=earlier.data.get("known", False), rule="region_noun_refers_back"))
    return refs


def _places_opening_names(doc: Analysis, busy: Coverage) -> list[Found]:
    """`председателем народного комитета провинции Нгеан Нгуен Дык Чунгом`, one name to NER: the word opening a
    person's name of three words or more, right after a place's lower-case type word (`провинции`, `префектуры`),
    that no dictionary knows, as a first name or otherwise, is the place the type word names, and the name the words
    after it, where the name's last word is declined, no nominative (rule `place_opening_name`)."""
    if not doc.on("place_opening_name"):
        return []
    toks = doc.tokens
    found: list[Found] = []
    for span, a, b in doc.ner_tokens("PER"):
        word = toks[a]
        if b - a < 3 or a == 0 or busy.overlaps(span.start, span.stop) or toks[a - 1].is_cap or \
                not lemmas(toks[a - 1].text) & TYPE_WORDS or not all(t.is_word and t.is_cap for t in toks[a:b]) or \
                word.text.isupper() or known_first_name(word.text) or _known_word(word) or \
                any(p.tag.case == "nomn" for p in parses(toks[b - 1].lower)):
            continue  # not `вице-губернатор штата Кэтлин Кеннеди Таунсенд`: the name is declined, the place is not
        found.append(doc.make("location", a, a + 1, name=word.text, country=world_city_state(word.text), known=False))
    return found


def _title_case(tok: Token) -> bool:
    """Is ``tok`` a word written as a name's word is, capitalized and not all in capitals (not `ООН`)?"""
    return tok.is_word and tok.is_cap and not tok.text.isupper()


def _known_word(tok: Token) -> bool:
    """Does the dictionary know ``tok`` (any reading)?"""
    return any(from_dictionary(p) for p in parses(tok.lower))


def name_closing(doc: Analysis, a: int, b: int) -> int | None:
    """`Президент Республики Сербской Милорад Додик`, read by NER as one place: where the name that closes the
    place NER found at ``a:b`` starts: a dictionary first name and one or two capitalized words after words
    that name a place (a type word or one the dictionary knows as a place; rule `name_closing_place`); or a name
    and its patronymic suffix closing the span, whatever is before (`… Нурланбек Тургунбек уулу`); or, after a
    state's name, one or two capitalized words the dictionary does not know (`Республики Индонезия Сугионо`), or two or
    three, one at least unknown and none a town of that state (`_name_after_state`), so one to three after a state's
    form noun alone (`министром иностранных дел Республики Чо Хёном`), or a surname after its initials (`Кыргызской
    Республики Ж.Кулубаев`)."""
    if _whole_name(doc, a, b) or _listed_ambassador(doc, a, b) or _word_after_state(doc, a, b) or \
            _written_as_person(doc, a, b):
        return a
    if (k := _name_after_bracket(doc, a, b)) is not None or (k := _name_after_state_noun(doc, a, b)) is not None:
        return k
    if b - a < 3 or not doc.on("name_closing_place"):
        return None
    toks = doc.tokens
    starting = doc.starting_at("country").get(a)
    state = starting.b if starting is not None and b - 4 <= starting.b < b else None
    if state is not None and b - state <= 2 and all(_title_case(t) and not _known_word(t) for t in toks[state:b]):
        return state
    if starting is not None and state is not None and _name_after_state(toks[state:b], str(starting.data["code"])):
        return state
    if state is not None and INITIALS.fullmatch(doc.span_text(state, b)):
        return state  # `Кыргызской Республики Ж.Кулубаев`
    if b - a > 3 and toks[b - 1].lower in PATRONYMIC_SUFFIXES and toks[b - 3].is_cap and toks[b - 2].is_cap:
        return b - 3  # `Торага Жогорку Кенеша Кыргызской Республики Нурланбек Тургунбек уулу`
    for k in (b - 2, b - 3):
        if k > a and toks[k].is_cap and known_first_name(toks[k].text) and _names_place(toks[a:k]) and \
                all(_title_case(t) for t in toks[k:b]):
            return k
    return None


def _written_as_person(doc: Analysis, a: int, b: int) -> bool:
    """`С Исхаком Даром рассмотрен …` after `министром иностранных дел Пакистана Исхаком Даром`: two or three
    capitalized words NER calls a place, each a form of the word in its place of a name NER tags as a person elsewhere
    in the text, are that name (rule `place_written_as_person`)."""
    toks = doc.tokens
    if not doc.on("place_written_as_person") or not 2 <= b - a <= 3 or not all(_title_case(t) for t in toks[a:b]):
        return False
    spans = doc.ner_spans_by_first_lemma("PER", lemmas)
    return any(pb - pa == b - a and pa != a and all(
        t.lower == u.lower or lemmas(t.text) & lemmas(u.text) for t, u in zip(toks[a:b], toks[pa:pb], strict=True))
        for lemma in lemmas(toks[a].text) for pa, pb in spans.get(lemma, ()))


def _name_after_state_noun(doc: Analysis, a: int, b: int) -> int | None:
    """`министром иностранных дел Республики Чо Хёном`, `Республики Сугионо`, one place to NER: a state's form noun
    alone (`countries.long_prefixes`; no state's name), then one to three capitalized words, one of them unknown to
    the dictionary and none a place it or the gazetteers know, are a name (rule `name_closing_place`)."""
    toks = doc.tokens
    words = toks[a + 1:b]
    if not doc.on("name_closing_place") or not 1 <= len(words) <= 3 or not lemmas(toks[a].text) & LONG_PREFIXES or \
            a in doc.starting_at("country") or locations().match_at(toks, a + 1, b) is not None:
        return None
    named = all(_title_case(t) and world_city_state(t.text) is None for t in words)
    return a + 1 if named and any(not _known_word(t) for t in words) else None


def _name_after_bracket(doc: Analysis, a: int, b: int) -> int | None:
    """`глава Республики Саха (Якутия) Айсен Николаев`, one place to NER: two or three capitalized words after a
    bracket the place closes are a person's name (rule `name_after_bracket`)."""
    toks = doc.tokens
    k = next((k for k in range(b - 3, b - 1) if k > a + 1 and toks[k - 1].text == ")"), None)
    if k is None or not doc.on("name_after_bracket") or \
            not any(t.text == "(" for t in toks[a:k - 1]) or \
            not all(_title_case(t) for t in toks[k:b]):
        return None
    return k


def _name_after_state(words: list[Token], code: str) -> bool:
    """`Социалистической Республики Вьетнам Буй Тхань Соном`, `Республики Союз Мьянма Тхан Шве`: two or three
    capitalized words after a state's name, one of them unknown to the dictionary and none a town of that state,
    are a name, though a word of it is a dictionary's (`Буй`, a town of Russia; `Шве`; rule `name_closing_place`);
    the last may be a surname a particle opens (`Султаната Оман Халифой аль-Харти`, `Королевства Бахрейн Абдель
    Латифом аз-Заяни`)."""
    return 2 <= len(words) <= 3 and all(
        (_title_case(t) or (t is words[-1] and particle_surname(t.text))) and
        world_city_state(t.text) != code for t in words) and any(not _known_word(t) for t in words)


def _word_after_state(doc: Analysis, a: int, b: int) -> bool:
    """`с Министром иностранных дел Республики Индонезии Сугионо,`: one capitalized word NER calls a place of its
    own, right after a state's name (not its adjective: `в армянском Гаваре`), that no dictionary or gazetteer knows,
    is a name (rule `name_closing_place`, which reads it inside the state's span)."""
    tok = doc.tokens[a]
    if b - a != 1 or not _title_case(tok) or not doc.on("name_closing_place"):
        return False
    state = doc.ending_at("country").get(a)
    if state is None or state.data.get("adjective"):  # `в армянском Гаваре`
        return False
    return not _known_word(tok) and world_city_state(tok.text) is None and \
        locations().match_at(doc.tokens, a, b) is None


def _whole_name(doc: Analysis, a: int, b: int) -> bool:
    """`name_as_place`: `… по делам наименее развитых стран Рабабом Фатимой`, one place to NER: two or three
    capitalized words in one case, a dictionary first name among them and none the dictionary or the gazetteers
    know as a place, right after a word in lower case that is no preposition (not `в Санта-Крузе`) nor a place's
    type word (not `в районе Мохаммед Ага`), are a name."""
    toks = doc.tokens
    words = toks[a:b]
    if not doc.on("name_as_place") or not 2 <= b - a <= 3 or a == 0 or not toks[a - 1].is_word or \
            toks[a - 1].is_cap or toks[a - 1].pos == "ADP" or toks[a - 1].sent != toks[a].sent or \
            lemmas(toks[a - 1].text) & TYPE_WORDS:  # `в районе Мохаммед Ага`
        return False
    if _particle_closed(doc, words) and not lemmas(toks[a - 1].text) & BUILDINGS:  # `во дворце Каср аль-Шати`
        return True
    if not all(_title_case(t) for t in words) or \
            not (cases := _one_case(words)) or not any(known_first_name(t.text) for t in words):
        return False
    return not any(_names_place([t], cases) for t in words) and world_city_state(doc.span_text(a, b)) is None


def _particle_closed(doc: Analysis, words: list[Token]) -> bool:
    """`министр энергетики и инфраструктуры Сухейль аль-Мазруи`: capitalized words the dictionary knows as no place,
    closed by a surname a particle opens (`аль-Мазруи`, `ас-Сиси`), are a name (rule `particle_name_as_place`)."""
    return doc.on("particle_name_as_place") and particle_surname(words[-1].text) and all(
        _title_case(t) for t in words[:-1]) and not _names_place(words[:-1])


def _listed_ambassador(doc: Analysis, a: int, b: int) -> bool:
    """`верительные грамоты от послов: Тимоти Кингстона (Великобритания), Сантьяго Бланко (Испания)`: two to five
    capitalized words NER calls a place, right before a state in brackets, or a dash and a state closing the item, or
    closing an item a state and a dash open, in a list of credentials, are an ambassador's name (rule
    `name_in_credentials_list`)."""
    toks = doc.tokens
    if not 2 <= b - a <= 5 or b + 2 >= len(toks) or not doc.on("name_in_credentials_list") or not all(
            t.is_word and (t.is_cap or particle_surname(t.text) or t.lower in NAME_PARTICLES) for t in toks[a:b]):
        return False
    if _after_state_and_dash(doc, a, b):
        return _in_credentials(doc, toks[a].sent)
    state = doc.starting_at("country").get(b + 1)
    if state is None or state.data["adjective"] or toks[b].text not in ("(", *DASHES) or not toks[a].is_cap:
        return False
    end = toks[state.b].text if state.b < len(toks) else "."
    if (toks[b].text == "(") != (end == ")") or (end not in ",;.)" and not doc.opens_line(state.b)):
        return False
    return _in_credentials(doc, toks[a].sent)


def _after_state_and_dash(doc: Analysis, a: int, b: int) -> bool:
    """`послы Индонезии – Хару Хандоко, Лаоса – Пхетсамон Ваннасинг и …`: the words at ``a:b`` come right after a
    state's name and a dash and close the item (a comma, a semicolon, `и` or the sentence's end after them)."""
    toks = doc.tokens
    state = doc.ending_at("country").get(a - 1) if a >= 2 and toks[a - 1].text in DASHES else None
    return state is not None and not state.data["adjective"] and toks[b].text in (",", ";", ".", "и")


def _in_credentials(doc: Analysis, s: int) -> bool:
    """Does sentence ``s`` tell credentials, or is it a line of a list a sentence telling them opens with a colon?"""
    for k in range(s, max(-1, s - 9), -1):
        sent = doc.sents[k]
        if any(lemmas(t.text) & CREDENTIALS for t in doc.tokens[sent.first:sent.last]):
            return k == s or doc.tokens[sent.last - 1].text == ":"
        if not doc.opens_line(sent.first):
            return False
    return False


def _one_case(words: list[Token]) -> set[str | None]:
    """Any case, where the words are tagged in one; else the cases a first name opening them reads in with a
    gender the rest can be read in (`Мартой Кос`: slovnet tags the undeclined surname genitive); empty if none."""
    if len({t.feats.get("Case") for t in words}) == 1:
        return {None, *CASES}
    readings = set(first_name_readings(words[0].text)) if known_first_name(words[0].text) else set()
    for t in words[1:]:
        readings &= surname_readings(t.text)
    return {c for c, _ in readings}


def _names_place(toks: list[Token], cases: set[str | None] | None = None) -> bool:
    """Every word a type word or one the dictionary knows as a place or its adjective (`Республики Сербской`), in
    one of ``cases`` where given (`Кос` of `Мартой Кос` is an island only in the nominative or accusative)."""
    return all(t.is_word and (lemmas(t.text) & TYPE_WORDS or any(("Geox" in p.tag or (
        p.tag.POS == "ADJF" and from_dictionary(p))) and (cases is None or p.tag.case in cases)
        for p in parses(t.lower))) for t in toks)


def _first_name_in_agreement(doc: Analysis, a: int) -> bool:
    """`Миланом Лукичем`, `Милан Ковач – Словацкая Республика`: a place's name opening a name NER reads in two or
    more words, in the case of the word after it (and a form of that case), is a first name (rule
    `place_as_first_name`; `Воеводины Майей Гойкович`, tagged all instrumental, is no form of it)."""
    toks = doc.tokens
    case = toks[a].feats.get("Case")
    if not doc.on("place_as_first_name") or case is None or not toks[a + 1].is_cap or \
            toks[a + 1].feats.get("Case") != case:
        return False
    return any(p.tag.case == SLOVNET_CASE.get(case) for p in parses(toks[a].lower))


def _inner_name_parts(doc: Analysis) -> set[int]:
    """`Хуаном Карлосом Мендосой Де ла Вегой`: a word inside a name NER reads in three or more words, in the case
    of the word before it (particles passed over: `Ахмедом бин Саидом`) or of the name's first word (`Карлоса
    Альберто Мендосу …`, an undeclined given name between), or right after a lower-case particle (`Родриго де Лима
    Баэной …`), is a part of the name, not the place it also names (rule `place_as_first_name`)."""
    if not doc.on("place_as_first_name"):
        return set()
    toks = doc.tokens
    return {k for _, a, b in doc.ner_tokens("PER") if b - a > 2 for k in range(a + 1, b)
            if not _titles_place(doc, a, k) and (lower_particle(toks[k - 1]) or _case_of_name(doc, a, k))}


def _case_of_name(doc: Analysis, a: int, k: int) -> bool:
    """Is word ``k`` of a name starting at ``a`` in the case of the word before it or of the name's first word?"""
    case = doc.tokens[k].feats.get("Case")
    return case is not None and case in (doc.tokens[_word_before(doc, a, k)].feats.get("Case"),
                                         doc.tokens[a].feats.get("Case"))


def lower_particle(tok: Token) -> bool:
    """Is ``tok`` a name's particle written in lower case (`де`, `бин`, `душ`), inside a name, not opening one?"""
    return tok.text.islower() and tok.lower in NAME_PARTICLES


def _titles_place(doc: Analysis, a: int, k: int) -> bool:
    """`Аким Алматы Ербол Досаев`, `Хоким Бухары Ботир Зарипов`, one name to NER: a place the gazetteer knows right
    after a title word opening the name (`Аким`, a given name too, or `Хоким`) is the title's place
    (`posts.heads.head_as_first_name`), not a part of the name."""
    head = post_heads().match_at(doc.tokens, a, k)
    return head is not None and head.stop == k == a + 1 and locations().match_at(doc.tokens, k) is not None


def _word_before(doc: Analysis, a: int, k: int) -> int:
    """The word before ``k`` in a name starting at ``a``, lower-case particles (`бин`, `аль`) passed over."""
    k -= 1
    while k > a and doc.tokens[k].lower in NAME_PARTICLES:
        k -= 1
    return k


def _capitalized_common_noun(doc: Analysis, a: int, b: int) -> bool:
    """`Стороны также …`: one word opening its sentence or line, capitalized only for that, that the dictionary
    knows as a common noun and never as a place; or, anywhere, a post's title the dictionary knows as no place
    (`Аким …`, `принял Посла …`; in more words, lower-case after its head: `Главу государства встретил …`), a
    post's ceremonial word (`Чрезвычайного`) or a qualitative adjective (`Глобальному`)."""
    tok = doc.tokens[a]
    after_type = a > 0 and bool(lemmas(doc.tokens[a - 1].text) & TYPE_WORDS)  # `в посёлке Привольный`
    if b - a == 1 and (lemmas(tok.text) & CEREMONIAL or (_quality_adjective(tok) and not after_type)):
        return True  # `принял в Белграде Чрезвычайного и Полномочного Посла`, `к Глобальному метановому обязательству`
    ps = parses(tok.lower)
    if any("Geox" in p.tag for p in ps):
        return False
    title = any(post_heads().single(p.normal_form) is not None for p in ps)
    if b - a != 1:  # `Главу государства встретил …`: a title's head and lower-case words (not `Рабочего поселка`)
        return title and all(not t.is_cap and not lemmas(t.text) & TYPE_WORDS for t in doc.tokens[a + 1:b])
    if title or post_heads().single(tok.lower):
        return True  # `принял Посла Французской Республики`
    if a != doc.sents[tok.sent].first and not doc.opens_line(a):
        return False
    return any(p.tag.POS == "NOUN" and from_dictionary(p) for p in ps)


def _state_named(doc: Analysis, place: Place, taken: list[Found]) -> str | None:
    """`главным министром провинции Пенджаб` in an item that names Pakistan and not India: of the states with a
    subdivision of that name, the one the text names, where it names only one (rule `shared_region_state`)."""
    if not place.others or not doc.on("shared_region_state"):
        return place.country
    named = {f.data.get("code") for f in taken if f.kind == "country"}
    states = [code for code in (place.country, *place.others) if code in named]
    return states[0] if len(states) == 1 else place.country


def _body_noun(doc: Analysis, a: int, b: int) -> bool:
    """`поддержку Альянсом`, `взаимодействия Азербайджана с Совещанием`: a body's head noun alone stands for the body
    (rule `body_noun_not_place`)."""
    return b - a == 1 and bool(lemmas(doc.tokens[a].text) & BODY_NOUNS) and doc.on("body_noun_not_place")


def _state_noun(doc: Analysis, a: int, b: int) -> bool:
    """`посол Казахстана в Королевстве Ерлан Алимбаев`: a state's form noun alone (`countries.long_prefixes`) stands for
    the state the text is about, no place (rule `state_noun_not_place`)."""
    return b - a == 1 and bool(lemmas(doc.tokens[a].text) & STATE_FORMS) and doc.on("state_noun_not_place")


def _quality_adjective(tok: Token) -> bool:
    """A word the dictionary knows only as a qualitative adjective (`Глобальному`): it names no place alone, as a
    place's adjective (`Самарской`, relative) may in a list of regions."""
    ps = [p for p in parses(tok.lower) if from_dictionary(p)]
    return bool(ps) and all(p.tag.POS == "ADJF" and "Qual" in p.tag for p in ps)


def _parts_of_places(doc: Analysis, found: list[Found], taken: list[Found]) -> list[Found]:
    """`Северо-Восточной Азии`, `Северной Италии`: a capitalized direction adjective before a place or a state
    names a part of it, a place of its own (not the adjective alone, which a gazetteer may know: `Центральная`, a
    region of Burkina Faso); `Центральной и Южной Азии`: each adjective its own. A part of a place the gazetteer
    knows keeps its state or none (`Северо-Восточная Азия` takes no state from the sentence)."""
    toks = doc.tokens
    places = [f for f in found] + [c for c in taken if c.kind == "country" and not c.data.get("adjective")]
    by_start = {f.a: f for f in found}
    out = list(found)
    for place in sorted(places, key=lambda f: f.a):
        whole = place
        if place.a > 0 and _direction(toks[place.a - 1]):
            whole = doc.make("location", place.a - 1, place.b, name=nominative_phrase(toks[place.a - 1:place.b]),
                             country=place.data.get("country") or place.data.get("code"),
                             known=bool(place.data.get("known")), rule="part_of_place")
            out = [f for f in out if f is not place and f is not by_start.get(place.a - 1)] + [whole]
        k = whole.a
        divided = whole is not place or (whole.kind == "location" and _direction(toks[k]))
        if divided and k >= 2 and toks[k - 1].lower == "и" and _direction(toks[k - 2]):  # Центральной и Южной Азии
            name = nominative_phrase([toks[k - 2], *toks[k + 1:whole.b]])
            first = doc.make("location", k - 2, k - 1, name=name, country=whole.data.get("country"),
                             known=bool(whole.data.get("known")), rule="part_of_place")
            out = [f for f in out if f is not by_start.get(k - 2)] + [first]
    return sorted(out, key=lambda f: f.start)


def _direction(tok: Token) -> bool:
    return tok.is_cap and bool(lemmas(tok.text) & DIRECTIONS)


def _as_attested(toks: list[Token], names: list[str]) -> str | None:
    """`в Тяньцзине` in an item datelined `ТЯНЬЦЗИНЬ` or naming `Тяньцзинь` elsewhere: a one-word place in an
    oblique case takes the name the text spells in the nominative (``names``), where the two share all but
    their endings (a guess at the nominative would give `Тяньцзина`)."""
    if len(toks) != 1 or len(toks[0].text) < 5 or toks[0].feats.get("Case") == "Nom":
        return None
    stem = toks[0].lower[:-1]
    return next((name for name in names if name.lower().startswith(stem) and len(name) - len(stem) <= 2), None)


def _attested_names(doc: Analysis, cities: list[Found]) -> list[str]:
    """The one-word place names the text spells in the nominative: its dateline cities, and the places NER finds
    in one word the tagger reads as a nominative (rule `attested_place_name`)."""
    names = [str(c.data["name"]) for c in cities]
    if doc.on("attested_place_name"):
        names += [doc.tokens[a].text for _, a, b in doc.ner_tokens("LOC")
                  if b - a == 1 and doc.tokens[a].feats.get("Case") == "Nom" and doc.tokens[a].is_cap
                  and not doc.tokens[a].text.isupper()]
    return names


STEM = 5
RULES = ("dateline_city", "part_of_place", "attested_place_name", "place_as_first_name", "name_closing_place",
         "building_not_place", "name_as_place", "body_noun_not_place", "shared_region_state",
         "monument_name_not_place", "particle_name_as_place", "name_in_credentials_list", "route_adjective_not_place",
         "adjective_alone_not_place", "place_opening_name", "region_noun_refers_back", "state_noun_not_place",
         "region_nickname", "name_after_bracket", "place_written_as_person")
"""`dateline_city`: `ТЯНЬЦЗИНЬ, 15 июля`, `Улаанбаатар /МОНЦАМЭ/`, `УЛАН-БАТОР /МОНЦАМЭ/`, `АСТАНА. 11 октября.
KAZAKHSTAN TODAY -`: the city of a dateline is a place, named in
title case (the gazetteer's name and state where it knows it); so is one written in title case before the date
(`Нуакшот, 19 июля.`) where a gazetteer knows it. `part_of_place`: `Северо-Восточная Азия`,
`Северная Италия`, `Центральной и Южной Азии`: a direction adjective and the place it divides.
`attested_place_name`: `в Тяньцзине` where the text writes `Тяньцзинь` in the nominative: that name.
`place_as_first_name`: `Миланом Лукичем`: a place's name opening a person's name, in its case, is none; so is
one inside a name of three or more words in the case of the word before it (`Хуаном Карлосом Мендосой Де ла
Вегой`) or of its first word, or right after a lower-case particle (`Родриго де Лиму …`), and a state's name
after a first name inside one, or in the case of the word before it inside one of three or more words (`Лоран
Сен-Мартен`, `Рикардо Сальвадор Фернандес Ортис`: `countries._in_persons_name`).
`name_closing_place`: `Президент Республики Сербской Милорад Додик`, one place to NER: a first name and one or
two capitalized words closing it are a person's name, not part of the place. `place_opening_name`: `провинции Нгеан
Нгуен Дык Чунгом`, one name to NER: an unknown word opening it right after a type word is the place's name.
`region_noun_refers_back`: `сотрудничества Казахстана со штатом` after `штата Юта`: the place named right after it.
`region_nickname`: `Брянщина`, `на Гомельщине`, `Брестчина` (NER's person, often): the region `Брянская область`.
`name_after_bracket`: `главой Республики Саха (Якутия) Айсеном Николаевым`, one place to NER: the capitalized words
after the bracket closing the place are a person's name. `place_written_as_person`: `С Исхаком Даром
рассмотрен …`, one place to NER: the name NER tags as a person elsewhere in those words.
`name_as_place`: `… по делам наименее развитых стран Рабабом Фатимой`, one place to NER: two or three capitalized
words in one case with a first name among them and no place's word, after a lower-case word that is no
preposition, are a person's name; so are capitalized words no dictionary knows as a place closed by a surname a
particle opens (`министр энергетики и инфраструктуры Сухейль аль-Мазруи`: `particle_name_as_place`); so are two to
five capitalized words before a state in brackets or after a dash in a list of credentials (`от послов: Тимоти
Кингстона (Великобритания), Сантьяго Бланко (Испания)`, `послы … Лаоса – Пхетсамон Ваннасинг, …`:
`name_in_credentials_list`).
`building_not_place`: `в Кохи Навруз`, `в резиденции Ала-Арча`, `в Эмирском дворце`: a building's noun NER calls a
place, with its adjectives before it, and the name right after one, name the building, no place.
`body_noun_not_place`: `поддержку Альянсом`, `взаимодействия Азербайджана с Совещанием`: a body's head noun
(`locations.body_nouns`) NER calls a place alone stands for that body, no place. `state_noun_not_place`: `посол
Казахстана в Королевстве Ерлан Алимбаев`: a state's form noun alone (`countries.long_prefixes`) stands for a state,
no place.
`shared_region_state`: `провинции Пенджаб` in an item naming Pakistan and not India: a region of that name in several
states (ISO 3166-2) is of the one the text names, where it names only one of them (else the list's first).
`monument_name_not_place`: `возложил венок к монументу Независимости и Гуманизма`: capitalized common nouns (none
a place's name to the dictionary) after a monument's noun (`locations.monuments`) name the monument, no place.
`route_adjective_not_place`: `по Трансадриатическому газопроводу`: one capitalized adjective NER calls a place,
right before a route's noun (`locations.route_nouns`), names the route, no place.
`adjective_alone_not_place`: `в Экономической зоне Суэцкого канала`, `Трансафганского железнодорожного проекта`: one
capitalized adjective NER calls a place alone, the dictionary knowing it as no place's name, before a lower-case noun
in its case (its adjectives between) that is no place's type word (`края`, `района`), names something with that
noun, no place."""


TOWN_ENDINGS = (("ом", ""), ("ем", "ь"), ("ем", "й"), ("а", ""), ("а", "ь"), ("я", "ь"), ("я", "й"), ("е", ""),
                ("е", "ь"), ("е", "й"), ("у", ""), ("ю", "ь"), ("и", "ь"))
"""(oblique ending, nominative ending) of a masculine town or one in -ь the dictionary does not know: `Тяньцзина`."""


def _town_as_written(doc: Analysis, a: int, b: int, nominative: str) -> str:
    """`посетил город Сиань`: a one-word place written as a known town's name, whose nominative as the dictionary
    reads it is none (`Сиани`: `Сиань` is also a name's plural genitive), is that town; else a known town that
    one of the masculine oblique endings of the word stands for, where the dictionary knows no place
    (`в Тяньцзине` → `Тяньцзинь`)."""
    text = doc.span_text(a, b)
    if b - a != 1 or world_city_state(nominative) or any("Geox" in p.tag for p in parses(nominative.lower())):
        return nominative  # `Барселона`: a place the dictionary knows
    if world_city_state(text) or _indeclinable_after_type(doc, a, b) or _guessed_plural(text):
        return text
    towns = {text[:-len(end)] + base for end, base in TOWN_ENDINGS if text.endswith(end) and len(text) > len(end) + 2}
    known = [t for t in towns if world_city_state(t)]
    return known[0] if len(known) == 1 else nominative


def _guessed_plural(text: str) -> bool:
    """`провинцией Хэнань`, `Сент-Элизабет`: a word the dictionary does not know, ending in a consonant or a soft
    sign but in no plural genitive's `-ов`, `-ев`, `-ей` (`Тюдоров`), which it guesses first as a plural (of
    `хэнаня`), is a foreign place's name as written, not a plural to put in the nominative (`Хэнани`)."""
    low = text.lower()
    if low[-1:] in VOWELS or low.endswith(("ов", "ев", "ёв", "ей")):
        return False
    found = parses(low)
    return bool(found) and found[0].tag.number == "plur" and not any(from_dictionary(p) for p in found)


def _indeclinable_after_type(doc: Analysis, a: int, b: int) -> bool:
    """`провинции Цзянсу`, `Провинция Цзянсу`: one word the dictionary does not know, ending in `-у`, `-ю`, `-о`,
    `-э` (no ending of a case but the dative's), right after a place's type noun in a case other than the dative, is
    a foreign name that does not decline (not the dative of `Цзянс` the dictionary would guess)."""
    toks = doc.tokens
    word = toks[a]
    return b - a == 1 and a > 0 and word.lower[-1] in "уюоэ" and bool(lemmas(toks[a - 1].text) & TYPE_WORDS) \
        and toks[a - 1].feats.get("Case") not in (None, "Dat") and \
        not _known_word(word)


def _dateline_cities(doc: Analysis, taken: list[Found]) -> list[Found]:
    if not doc.on("dateline_city"):
        return []
    spans = list(datelines.cities(doc.text))
    match = datelines.opening(doc.text, doc.header.stop)
    if match and match.group(2) and not any(s.start <= match.start(1) < s.stop for s in spans):
        name = match.group(1)  # `Нуакшот, 19 июля.`: a place the gazetteers know, which NER may miss
        if _city(name)["known"] or world_city_state(name) or (  # `Кувейт, 14 апреля`: the town, of that state
                doc.on("dateline_city_state") and capital_named_as_state(name)):
            spans.append(datelines.Span(match.start(1), match.end(1), name))
    return datelines.mentions(doc, "location", spans, taken, _city)


def _city(name: str) -> dict[str, object]:
    """A dateline city's data: the gazetteer's name and state where it knows the place."""
    tokens, _ = segment(name, 0)
    known = locations().match_at(tokens, 0, len(tokens)) if tokens else None
    place = known.value if known and known.stop == len(tokens) else None
    return {"name": place.name if place else name,
            "country": place.country if place else world_city_state(name) or capital_named_as_state(name),
            "known": place is not None, "rule": "dateline_city"}


def _full_name_surnames(doc: Analysis) -> frozenset[str]:
    """Stems of the last word of every name NER finds in two or more words (`Бахтиёром Саидовым`); not the place
    after a title word NER takes for a first name (`Хоким Самарканда`: `_titles_place`)."""
    return frozenset(doc.tokens[b - 1].lower[:STEM] for _, a, b in doc.ner_tokens("PER")
                     if b - a > 1 and len(doc.tokens[b - 1].text) >= STEM and
                     not (b - a == 2 and doc.on("place_as_first_name") and _titles_place(doc, a, b - 1)))


def _short_surnames(doc: Analysis) -> set[int]:
    """The last word of a name NER finds in two or more words, too short for a stem (`Сим Энн`, not the town
    `Энна`): a part of the name where it stands, though not elsewhere, as `_full_name_surnames` would have it."""
    return {b - 1 for _, a, b in doc.ner_tokens("PER") if b - a > 1 and len(doc.tokens[b - 1].text) < STEM}


def _looks_like_surname(toks: list[Token], person_words: frozenset[str]) -> bool:
    """NER now and then calls a surname (`Саидов`) a place: one it tags as a person elsewhere."""
    return len(toks) == 1 and bool(lemmas(toks[0].text) & person_words)


def _person_lemmas(doc: Analysis, closing: dict[int, int | None]) -> frozenset[str]:
    """The lemmas of the names NER tags as persons and of those closing the places it tags (``closing``: a place's
    start -> where its closing name starts; `Мартой Кос` … `Кос заявила`)."""
    spans = [(a, b) for _, a, b in doc.ner_tokens("PER")]
    spans += [(k, b) for _, a, b in doc.ner_tokens("LOC") if (k := closing[a]) is not None]
    return frozenset(lemma for a, b in spans for t in doc.tokens[a:b] for lemma in lemmas(t.text))


def _elliptic(doc: Analysis, a: int, b: int) -> str | None:
    """``между Туркестанской и Самаркандской областями``: the first adjective borrows the shared noun."""
    toks = doc.tokens
    if b - a != 1 or b + 2 >= len(toks) or toks[b].lower != "и":
        return None
    noun = toks[b + 2]
    plural = noun.feats.get("Number") == "Plur" or any(p.tag.number == "plur" for p in parses(noun.lower))
    if not lemmas(noun.text) & TYPE_WORDS or not plural:  # `Хорезмскую и Навоийскую области`: tagged singular
        return None
    noun_nom = inflect_word(noun.text, head_case(noun) or "nomn", ("NOUN",), singular=True)
    gender = next((p.tag.gender for p in parses((noun_nom or "").lower()) if p.tag.POS == "NOUN"), None)
    case = head_case(noun) or "nomn"
    own = SLOVNET_CASE.get(toks[a].feats.get("Case", ""))  # `Хорезмскую и Навоийскую области`: the noun reads as
    adj = next((w for c in dict.fromkeys((case, own)) if c and (  # a genitive, the adjective as an accusative
        w := inflect_word(toks[a].text, c, ("ADJF",), None, gender, singular=True))), None)
    return f"{adj} {noun_nom.lower()}" if adj and noun_nom else None


def past_stay_manner(toks: list[Token], j: int, stop: int) -> int:
    """The first token from ``j`` (before ``stop``) past the words between a word of staying and its place: `с`, `со`
    and `context.stay_manner` (`находящийся с официальным визитом в …`: the stay's place is told after them)."""
    while j < stop and (toks[j].lower in ("с", "со") or lemmas(toks[j].text) & STAY_MANNER):
        j += 1
    return j
