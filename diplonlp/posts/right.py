"""Right-hand rules: the arguments after a title (its state, host, organization, seat, topic)."""

from __future__ import annotations

from ..analysis import Analysis
from ..inflect import in_case
from ..lexicon import words
from ..mentions.countries import LONG_PREFIXES, adjective_code, country_at
from ..mentions.organizations import COMPANY_WORDS, MEMBER_STATES, STATE_BODY_KINDS
from ..morph import lemmas, parses
from ..text import DASHES, Token
from .chain import GENERIC_PLACES, MISSIONS, STATE_NOUNS, company_before_name, named_body, place_of_situation
from .heads import is_plural
from .normalize import MINISTRY_HEADS
from .phrase import CLOSING_QUOTES, OPENING_QUOTES, PhraseRule, PostPhrase, location_at, org_at

PART_TIME = words("posts.part_time")
TRIPS = words("posts.trips")
"""Nouns of a trip (`визит`, `поездка`): a post they govern is the traveller's, and the `в X` after it where they go."""
HEADED = words("meeting.headed")
"""What a delegation's head heads (`делегация`, `часть` of a commission)."""
HEADING = words("posts.heading")
"""`возглавил`, `возглавлял`: the verbs that tell a delegation's head."""
REGION_NOUNS = words("posts.region_nouns")
BODY_LINKS = words("posts.body_links")


def part_time(doc: Analysis, p: PostPhrase) -> bool:
    """`по совместительству` is no argument: read past it."""
    if p.j + 1 < p.last and doc.tokens[p.j].lower == "по" and doc.tokens[p.j + 1].lower in PART_TIME:
        p.j += 2
        return True
    return False


def generic_place(doc: Analysis, p: PostPhrase) -> bool:
    """`аким города`, `мэр города Москвы`: read past a generic place noun after the title; a place or state named
    right after it, or a state's name the noun opens (`премьер-министр Республики Союз Мьянма`), gives the post's
    country."""
    if p.j != p.chain_end or not lemmas(doc.tokens[p.j].text) & GENERIC_PLACES:
        return False
    place = location_at(doc, p.j)  # the place may take the noun in: `города Алматы`
    opened = country_at(doc, p.j, p.last) if place is None else None
    p.j += 1
    place = place or (location_at(doc, p.j) if p.j < p.last else None)
    state = opened or (country_at(doc, p.j, p.last) if p.j < p.last and place is None else None)
    if place is not None:
        p.country, p.j = p.country or place.data.get("country"), place.b
    elif state is not None:
        p.country, p.j = p.country or state[0], state[1]
    else:
        p.country = p.country or _state_named_before(doc, p.a, doc.tokens[p.j - 1])
    return True


def _state_named_before(doc: Analysis, a: int, noun: Token) -> str | None:
    """`находился с визитом в Королевстве Саудовская Аравия. … министром иностранных дел королевства`: a state noun
    alone after a title is the last state named before it by its long name opening with that noun (rule
    `state_noun_named_before`); not a `республика` of a state named otherwise, which may be the item's own."""
    kind = lemmas(noun.text) & LONG_PREFIXES
    if not kind or not doc.on("state_noun_named_before"):
        return None
    named = [f for f in doc.found.get("country", []) if f.b <= a and lemmas(doc.tokens[f.a].text) & kind]
    return str(named[-1].data["code"]) if named else None


def parliament_of_chamber(doc: Analysis, p: PostPhrase) -> bool:
    """`Председателем Халк Маслахаты Милли Генгеша Гурбангулы Бердымухамедовым`: the parliament of the chamber the
    title heads is in the phrase, not the title (`body_in_title` stopped at the chamber)."""
    org = doc.starting_at("org").get(p.head_end) if p.j == p.chain_end else None
    if org is None or org.data.get("chamber_end") != p.j:
        return False
    p.j = org.b
    return True


def members_of_body(doc: Analysis, p: PostPhrase) -> bool:
    """`министры иностранных дел государств – членов ОДКБ`: the states a state noun names are the members of a body:
    read past the noun, the dash, the member word and the body (the title has no state of its own)."""
    tokens = doc.tokens
    j = p.j
    if j + 3 >= p.last or p.j != p.chain_end or not lemmas(tokens[j].text) & STATE_NOUNS or \
            tokens[j + 1].text not in DASHES or not lemmas(tokens[j + 2].text) & MEMBER_STATES:
        return False
    body = org_at(doc, j + 3)
    if body is None:
        return False
    p.j = body.b
    return True


MISSION_AFTER_AT = "mission_after_at"
"""`военного атташе при посольстве КНР в Монголии`: a mission after `при` is where a diplomat serves (`mission`)."""


def mission(doc: Analysis, p: PostPhrase) -> bool:
    """`посланник посольства Беларуси в Китае`: read past a diplomat's mission; its state and host follow. So after
    `при` (`военного атташе при посольстве КНР в Монголии`: the embassy is where the attaché serves, no body he is
    accredited to; rule `mission_after_at`)."""
    at = doc.tokens[p.j].lower == "при" and p.j + 1 < p.last and doc.on(MISSION_AFTER_AT)
    if p.j != p.chain_end or p.family != "diplomat" or not lemmas(doc.tokens[p.j + at].text) & MISSIONS:
        return False
    p.j += 1 + at
    return True


def place_of_office(doc: Analysis, p: PostPhrase) -> bool:
    """`аким Туркестанской области`, `по делам стран Азии и Тихоокеанского региона`: a place right after the title."""
    place = location_at(doc, p.j)
    if place and not p.host and (p.j == p.chain_end or doc.tokens[p.j - 1].lower in ("и", ",")):
        p.country = p.country or place.data.get("country")
        p.j = place.b
        return True
    return False


def region_of_state(doc: Analysis, p: PostPhrase) -> bool:
    """`министр финансов немецкой земли Гессен`, `губернатор японской префектуры Фукуока`: a state's adjective, a
    region noun and the region's name right after the title: the post's state is the adjective's."""
    tokens = doc.tokens
    if p.j != p.chain_end or p.host or p.country or p.j + 2 >= p.last:
        return False
    code = adjective_code(tokens[p.j].text)
    place = location_at(doc, p.j + 2)
    if code is None or place is None or not lemmas(tokens[p.j + 1].text) & REGION_NOUNS:
        return False
    p.country = code
    p.j = place.b
    return True


def and_place(doc: Analysis, p: PostPhrase) -> bool:
    """`и` before a second place (`губернатор провинции Цзянсу и Шанхая`, `представитель ЕС по Центральной Азии и
    Южному Кавказу`); the places of a title's field are the chain's (`field_dative`)."""
    if doc.tokens[p.j].lower == "и" and p.j + 1 < p.last and location_at(doc, p.j + 1) and p.j > p.chain_end:
        p.j += 1
        return True
    return False


def second_country(doc: Analysis, p: PostPhrase) -> bool:
    """`президентами Казахстана и России`, `министров … Азербайджана, Турции и Пакистана` (a plural title): one
    title, a state for each holder."""
    if not p.country or p.host:
        return False
    more, j = [], p.j
    while doc.tokens[j].text == "," and is_plural(doc.tokens[p.head_end - 1]):
        other = country_at(doc, j + 1, p.last)
        if not other or other[1] >= p.last:
            return False
        more.append(other[0])
        j = other[1]
    if doc.tokens[j].lower == "и":
        other = country_at(doc, j + 1, p.last)
        if other:
            p.more += [*more, other[0]]
            p.j = other[1]
            return True
    return False


def body(doc: Analysis, p: PostPhrase) -> bool:
    """`Глава «Металлоинвеста»`, `заместитель министра иностранных дел Таджикистана`: the organization; after a
    word that links a title to it (`координатора системы ООН`), a company's noun before its name (`генеральный
    директор компании Orano`: `company_noun_of_body`) or a common noun before its quoted name (`генеральный
    директор госкорпорации «Росатом»`) too."""
    tokens = doc.tokens
    if p.j + 1 < p.last and lemmas(tokens[p.j].text) & BODY_LINKS and org_at(doc, p.j + 1):
        p.j += 1  # `координатора системы ООН`
    elif (name_start := company_before_name(doc, p.j, p.last)) is not None:
        p.j = name_start  # `директор (биотехнологической) компании Orano`
    quoted = tokens[p.j].text in OPENING_QUOTES and p.j + 1 < p.last
    org = org_at(doc, p.j + 1) if quoted else org_at(doc, p.j)
    named = None if quoted or org else named_body(doc, p.j, p.last)  # `госкорпорации «Росатом»`
    org = org or named
    if not org:
        return False
    p.organization = p.organization or org.data["name"]
    p.country = p.country or org.data.get("country")
    p.j = org.b
    if (quoted or named) and p.j < p.last and tokens[p.j].text in CLOSING_QUOTES:
        p.j += 1
    return True


def state(doc: Analysis, p: PostPhrase) -> bool:
    """`посол Казахстана`: the state the post represents."""
    found = country_at(doc, p.j, p.last)
    if found and not p.country:
        p.country, p.j = found
        return True
    return False


def host_state(doc: Analysis, p: PostPhrase) -> bool:
    """`посол … в Таджикистане`: the host (unless a body gave it: `при ООН в Швейцарии`)."""
    if doc.tokens[p.j].lower in ("в", "во") and p.j + 1 < p.last and not _going(doc, p):
        found = country_at(doc, p.j + 1, p.last)
        if found:
            p.host, p.j = p.host or found[0], found[1]
            return True
    return False


def second_host(doc: Analysis, p: PostPhrase) -> bool:
    """`посол Кыргызстана в Турции и по совместительству в Северной Македонии`, `посол Японии в Казахстане и
    Кыргызстане`: after a host state, `и`, `по совместительству` or not, and another state after `в` or in the
    locative: a second host, each a post of its own."""
    toks = doc.tokens
    if not p.host or toks[p.j].lower != "и" or p.j + 2 >= p.last:
        return False
    k = p.j + 3 if toks[p.j + 1].lower == "по" and toks[p.j + 2].lower in PART_TIME else p.j + 1
    if toks[k].lower in ("в", "во"):
        found = country_at(doc, k + 1, p.last) if k + 1 < p.last else None
    else:
        found = country_at(doc, k, p.last) if toks[k].feats.get("Case") == "Loc" else None
    if found is None or found[0] == p.host or found[0] in p.more_hosts:
        return False
    p.more_hosts.append(found[0])
    p.j = found[1]
    return True


def _going(doc: Analysis, p: PostPhrase) -> bool:
    """Is the `в X` after the phrase where its holder goes: a direction (`_direction`), or after a trip's noun that
    governs the post (`к визиту Премьер-министра Пакистана в Душанбе`: `posts.trips`)?"""
    start = min(p.left, p.a) if p.left else p.a
    trip = start > p.first and bool(lemmas(doc.tokens[start - 1].text) & TRIPS)
    return trip or _direction(doc, p.j + 1)


def _direction(doc: Analysis, i: int) -> bool:
    """`подготовке к визиту Президента Турции в Казахстан`, `в Анкару`: a state or a city in the accusative after
    `в` is where someone goes, never the host or seat of a post (that is in the locative: `посол … в Казахстане`);
    a word the dictionary also reads in the locative (`в Баку`, `в Токио`) is a seat."""
    tok = doc.tokens[i]
    return tok.feats.get("Case") == "Acc" and not any(p.tag.case in ("loct", "loc2") for p in parses(tok.text))


def host_city(doc: Analysis, p: PostPhrase) -> bool:
    """`генеральный консул … в Стамбуле`: a diplomat's city gives the host (unless a body gave it: `постоянный
    представитель при ООН в Женеве`); a place in the post's own state gives none (`полномочный представитель
    Президента Кыргызской Республики в Ошской области`)."""
    if doc.tokens[p.j].lower in ("в", "во") and p.j + 1 < p.last and not _going(doc, p):
        city = location_at(doc, p.j + 1)
        if city and city.data.get("country") and p.family == "diplomat":
            own = city.data["country"] == p.country
            p.host, p.j = p.host or (None if own else city.data["country"]), city.b
            return True
    return False


def region_noun(doc: Analysis, p: PostPhrase) -> bool:
    """`полпред президента в округе Виктор Ишаев`: a common noun of the region before a name."""
    tokens = doc.tokens
    if tokens[p.j].lower in ("в", "во", "на") and p.j + 2 < p.last and not tokens[p.j + 1].is_cap and \
            tokens[p.j + 1].pos == "NOUN" and tokens[p.j + 2].start in doc.ner_starts("PER"):
        p.j += 2
        return True
    return False


def seat(doc: Analysis, p: PostPhrase) -> bool:
    """`полпред … в Северо-Кавказском федеральном округе`, `посол ЕС на Южном Кавказе`."""
    if doc.tokens[p.j].lower in ("в", "во", "на") and p.j + 1 < p.last and not _going(doc, p) and \
            (place := location_at(doc, p.j + 1)):
        p.j = place.b
        return True
    return False


def from_body(doc: Analysis, p: PostPhrase) -> bool:
    """`наблюдатель от ОБСЕ`."""
    if doc.tokens[p.j].lower == "от" and p.j + 1 < p.last and (found := org_at(doc, p.j + 1)):
        p.organization = p.organization or found.data["name"]
        p.j = found.b
        return True
    return False


def from_place(doc: Analysis, p: PostPhrase) -> bool:
    """`член Совета Федерации от Республики Алтай`, `судья ЕСПЧ от России`."""
    if doc.tokens[p.j].lower != "от" or p.j + 1 >= p.last:
        return False
    origin = country_at(doc, p.j + 1, p.last)
    place = None if origin else location_at(doc, p.j + 1)
    if origin:
        p.country, p.j = p.country or origin[0], origin[1]
        return True
    if place:
        p.country, p.j = p.country or place.data.get("country"), place.b
        return True
    return False


HOST_OFFICES = words("posts.host_offices")
"""`при отделении ООН в Женеве`: a lower-case office of the body a representative is accredited to."""


HEADS_OF_STATE = words("references.head_of_state_titles")
"""`президент`: `Совета безопасности при Президенте Узбекистана` is that state's body (`body_under_head_of_state`)."""


def body_under_head_of_state(doc: Analysis, p: PostPhrase) -> bool:
    """`секретарь Совета безопасности при Президенте Узбекистана`: a body under a head of state's office (`при` and
    the head of state's title, then the state) is that state's, and so is the post; the head of state's title is
    part of the body's name, no post of its own (whose holder would join the post's holder's talks)."""
    toks = doc.tokens
    if toks[p.j].lower != "при" or p.j + 2 >= p.last or not lemmas(toks[p.j + 1].text) & HEADS_OF_STATE:
        return False
    found = country_at(doc, p.j + 2)
    if found is None or found[1] > p.last:
        return False
    p.country, p.j = p.country or found[0], found[1]
    return True


def host_body(doc: Analysis, p: PostPhrase) -> bool:
    """`постоянный представитель … при ООН`: the body a representative is accredited to (the first of two: `глава
    миссии при Европейском союзе и НАТО`; past an office of it in lower case, `при отделении ООН`)."""
    office = p.j + 2 < p.last and not doc.tokens[p.j + 1].is_cap and bool(lemmas(doc.tokens[p.j + 1].text) &
                                                                           HOST_OFFICES)
    if doc.tokens[p.j].lower == "при" and p.j + 1 < p.last and (found := org_at(doc, p.j + 1 + office)):
        p.host = found.data.get("abbr") or found.data["name"]
        p.j = found.b
        if p.j + 1 < p.last and doc.tokens[p.j].lower == "и" and (second := org_at(doc, p.j + 1)):
            p.j = second.b
        return True
    return False


def topic_place_or_body(doc: Analysis, p: PostPhrase) -> bool:
    """`специальный представитель ЕС по Центральной Азии`."""
    if doc.tokens[p.j].lower == "по" and p.j + 1 < p.last and (
            topic := location_at(doc, p.j + 1) or org_at(doc, p.j + 1)):
        p.j = topic.b
        return True
    return False


def topic_state(doc: Analysis, p: PostPhrase) -> bool:
    """`спецпредставитель по Афганистану`."""
    if doc.tokens[p.j].lower == "по" and p.j + 1 < p.last and (found := country_at(doc, p.j + 1, p.last)):
        p.j = found[1]
        return True
    return False


def topic_words(doc: Analysis, p: PostPhrase) -> bool:
    """`директор НАСА по космическим полётам`: `по` and a few lower-case words; a list of topics goes on after a
    comma where the next word is in the dative too (`заместитель госсекретаря США по экономическому росту, энергетике
    и окружающей среде`); past the fourth word, a noun phrase in the genitive its last word governs (`Верховный
    представитель ЕС по иностранным делам и политике безопасности`); a plural topic noun reads on through the places
    it governs (`_topic_named`)."""
    if doc.tokens[p.j].lower != "по" or not _lower_words(doc, p, 4):
        return False
    last = doc.tokens[p.j - 1]
    if last.pos in ("NOUN", "ADJ") and (tail := _genitive_words_end(doc, p.j, p.last)) is not None:
        p.j = tail  # `и политике безопасности`, `и экономического сотрудничества`
    while p.j + 1 < p.last and doc.tokens[p.j].text == "," and not doc.tokens[p.j + 1].is_cap and \
            in_case(doc.tokens[p.j + 1], "datv"):
        p.j += 1
        _lower_words(doc, p, 3)
    if doc.tokens[p.j - 1].lower in ("в", "во", "на"):  # `по урегулированию конфликта на Балканах`
        p.j = max(p.j, place_of_situation(doc, p.j - 1, p.last))
    _topic_named(doc, p)
    return True


def _topic_named(doc: Analysis, p: PostPhrase) -> None:
    """`по делам Европы и Евразии`, `по вопросам Ближнего Востока`: the places, states or bodies a plural topic noun
    governs, joined by `и` or commas, read on with the topic so the name after them is the holder's; so is a last
    item of lower-case words in the genitive after `и` (`по делам Европы, Северной Америки и заморских
    территорий`)."""
    toks = doc.tokens
    noun = toks[p.j - 1]
    if noun.pos != "NOUN" or noun.feats.get("Number") != "Plur" or noun.feats.get("Case") != "Dat":
        return
    while p.j < p.last and (end := _named_at(doc, p.j, p.last)) is not None:
        p.j = end
        if p.j + 1 < p.last and toks[p.j].lower == "и" and (tail := _genitive_words_end(doc, p.j + 1, p.last)):
            p.j = tail  # `и заморских территорий`
            return
        if not (p.j + 1 < p.last and toks[p.j].lower in ("и", ",") and _named_at(doc, p.j + 1, p.last)):
            return
        p.j += 1


def _genitive_words_end(doc: Analysis, i: int, last: int) -> int | None:
    """The end of up to three lower-case adjectives and a noun in the genitive from token ``i`` on, else None."""
    k = i
    while k < min(last, i + 3) and doc.tokens[k].pos == "ADJ" and not doc.tokens[k].is_cap and \
            doc.tokens[k].feats.get("Case") == "Gen":
        k += 1
    tok = doc.tokens[k] if k < last else None
    noun = tok is not None and tok.pos == "NOUN" and not tok.is_cap and tok.feats.get("Case") == "Gen"
    return k + 1 if noun else None


def _named_at(doc: Analysis, i: int, last: int) -> int | None:
    """The end of a place, body or state named from token ``i`` on, if one is."""
    found = location_at(doc, i) or org_at(doc, i)
    if found is not None:
        return found.b
    state = country_at(doc, i, last)
    return state[1] if state else None


def _lower_words(doc: Analysis, p: PostPhrase, most: int) -> bool:
    """Reads past up to ``most`` lower-case words after token ``j``; whether there was one."""
    if p.j + 1 >= p.last:
        return False
    k = p.j + 1
    while k < p.last and k - p.j <= most and doc.tokens[k].is_word and not doc.tokens[k].is_cap:
        k += 1
    if k > p.j + 1:
        p.j = k
        return True
    return False


def delegation_state(doc: Analysis, p: PostPhrase) -> bool:
    """`Узбекскую делегацию возглавил заместитель министра`, `делегацию Российской Федерации возглавил …`,
    `Узбекскую часть комиссии возглавил министр …`, `делегацию Республики Корея во главе с Премьер-министром …`,
    and the next head with the verb left out (`…, грузинскую – заместитель министра …`): a title heading a
    delegation of a named state is that state's where the phrase has named none by its end (last of the list: it
    reads no words, the ones before the title stay outside the phrase)."""
    tokens = doc.tokens
    k = _before_possessive(doc, p.left - 1)
    if p.country or k - 2 < p.first:
        return False
    if headed_at(doc.tokens, k - 2):
        code = _state_headed(doc, p, k - 2)
    elif lemmas(tokens[k].text) & HEADING:
        code = _state_headed(doc, p, k)
    else:
        code = _elided_head(doc, p, k) or _side_named(doc, p)
    p.country = code
    return code is not None


def _side_named(doc: Analysis, p: PostPhrase) -> str | None:
    """`В переговорах приняли участие: со стороны России – …; со стороны Вьетнама – заместитель министра …`: the
    state of the `со стороны` that opens the part of the list the title is in (up to a semicolon or colon)."""
    tokens = doc.tokens
    for k in range(p.left - 1, p.first + 1, -1):
        if tokens[k].text in (";", ":"):
            return None
        if tokens[k].text not in DASHES:
            continue
        side = next((j + 2 for j in range(max(p.first, k - 6), k - 2)
                     if [t.lower for t in tokens[j:j + 2]] == ["со", "стороны"]), None)  # `со стороны Российской …`
        found = country_at(doc, side, k) if side is not None else None
        return found[0] if found is not None and found[1] == k else None
    return None


BODY_RULES = ("body_of_organization", "field_of_body")
"""The organization rules that read a body of an international organization (`Совета министров … СНГ`)."""


def delegation_body(doc: Analysis, p: PostPhrase) -> bool:
    """`делегацию Азиатского банка развития во главе с вице-президентом Ингрид ван Вис`: a title heading a
    delegation of an international body or of one of its bodies (`делегацию Парламентской ассамблеи ОДКБ во главе
    с …`), or of a company or another body of no state (`делегацию корпорации CNPC во главе с председателем совета
    директоров …`), naming no body or state of its own, is that body's (last of the list: it reads no words)."""
    tokens = doc.tokens
    k = _before_possessive(doc, p.left - 1) - 2  # `во` of `во главе с`
    if p.organization or p.country or k - 2 < p.first or not headed_at(doc.tokens, k):
        return False
    end = _before_bracketed(doc, k)
    end = end - 1 if end > 0 and tokens[end - 1].text in CLOSING_QUOTES else end  # `компании «Росатом» во главе`
    body = next((f for f in doc.found.get("org", []) if f.b in (end, k) and f.a > 0 and  # its bracketed abbreviation
                 lemmas(tokens[_past_kind_noun(doc, f.a - 1)].text) & HEADED and
                 (f.data.get("kind") not in STATE_BODY_KINDS or f.data.get("rule") in BODY_RULES)), None)
    if body is None:
        return False
    p.organization = str(body.data["name"])
    return True


def delegation_named_before(doc: Analysis, p: PostPhrase) -> bool:
    """`… встретился с делегацией Бундестага ФРГ. Делегацию возглавила заместитель председателя комитета по
    экономике …`: a title after a delegation's noun and a verb of heading that open their sentence, naming no state
    or body of its own, is the state's of the one delegation the sentence before names, of a state or of a state's
    body (last of the list: it reads no words)."""
    tokens = doc.tokens
    k = _before_possessive(doc, p.left - 1)
    if p.country or p.organization or k - 1 != p.first or not lemmas(tokens[k].text) & HEADING or \
            not lemmas(tokens[p.first].text) & HEADED or tokens[p.first].sent == 0:
        return False
    before = doc.sents[tokens[p.first].sent - 1]
    states = {_delegation_state_at(doc, d, before.last) for d in range(before.first, before.last)
              if lemmas(tokens[d].text) & HEADED}
    if len(states) != 1 or None in states:
        return False
    p.country = states.pop()
    return True


def _delegation_state_at(doc: Analysis, d: int, last: int) -> str | None:
    """The state of the singular delegation noun ``d`` a body of a state or a state names right after (`делегацией
    Сената Пакистана`, `делегацию Республики Корея`), else None (`делегациями Сената Пакистана и …`)."""
    if doc.tokens[d].feats.get("Number") != "Sing":
        return None
    bodies = [f for f in doc.found.get("org", []) if f.a == d + 1 and f.b <= last and f.data.get("country")]
    if bodies:
        return str(max(bodies, key=lambda f: f.b).data["country"])
    found = country_at(doc, d + 1, last)
    return found[0] if found else None


def _past_kind_noun(doc: Analysis, k: int) -> int:
    """Token ``k``, or the one before the lower-case company noun it is (or closes, before a quote) and its
    adjectives (`делегацию китайской корпорации CNPC`, `делегацию компании «Росатом»`: `делегацию`)."""
    k = k - 1 if k > 0 and doc.tokens[k].text in OPENING_QUOTES else k
    if k <= 0 or doc.tokens[k].is_cap or not lemmas(doc.tokens[k].text) & COMPANY_WORDS:
        return k
    k -= 1
    while k > 0 and doc.tokens[k].pos == "ADJ" and not doc.tokens[k].is_cap:
        k -= 1
    return k


POSSESSIVES = words("posts.possessives")


def _before_possessive(doc: Analysis, k: int) -> int:
    """Token ``k`` before a title, or the one before it where ``k`` is a possessive (`во главе с ее председателем`:
    the delegation's body's), past the lower-case adjectives the phrase left out (`во главе с региональным
    вице-президентом`)."""
    while k > 0 and doc.tokens[k].pos == "ADJ" and not doc.tokens[k].is_cap and doc.tokens[k].lower not in POSSESSIVES:
        k -= 1
    return k - 1 if k > 0 and doc.tokens[k].lower in POSSESSIVES else k


POSSESSED_BODY_TITLE = "possessed_body_title"


def possessed_body_title(doc: Analysis, p: PostPhrase, title: str) -> str:
    """`делегацию Палаты представителей Кипра во главе с ее председателем`: a head's bare title after a possessive
    over the state body whose delegation it heads takes that body's words, as its chain takes them where written
    (`председатель палаты представителей`; a chamber's without its parliament, `председатель палаты депутатов`;
    rule `possessed_body_title`)."""
    tokens, k = doc.tokens, p.left - 1
    if p.chain_end != p.head_end or k < 4 or tokens[k].lower not in POSSESSIVES or not headed_at(tokens, k - 3) or \
            p.family not in ("head", "chair", "deputy") or not doc.on(POSSESSED_BODY_TITLE):
        return title
    body = doc.ending_at("org").get(_before_bracketed(doc, k - 3))
    if body is None or body.data.get("kind") not in STATE_BODY_KINDS or not lemmas(tokens[body.a - 1].text) & HEADED:
        return title
    end = body.data.get("chamber_end") or next((i for i in range(body.a + 1, body.b) if country_at(doc, i, body.b)),
                                                body.b)  # `Палаты депутатов` of `Парламента Чехии`: the chamber's
    return " ".join([title, *(t.lower for t in tokens[body.a:end])])


MINISTER_OF_MINISTRY = "minister_of_ministry"


def minister_of_ministry(doc: Analysis, p: PostPhrase, title: str) -> str:
    """`глава Минобороны России`, `Глава Минфина`, `заместитель главы Минфина`, `глава министерства финансов`: a head's
    title over a state's ministry of a field is its minister's (`министр обороны`, `заместитель министра финансов`), as
    `глава МИД` is the foreign minister's; the ministry stays an organization, not the post's (rule
    `minister_of_ministry`)."""
    words = title.split()
    head = next((k for k, w in enumerate(words) if w in MINISTRY_HEADS), None)
    if head is None or not doc.on(MINISTER_OF_MINISTRY):
        return title
    if head + 1 < len(words):  # the chain read the ministry's words: `глава министерства финансов`
        field = words[head + 2:] if words[head + 1] == "министерства" else []
    else:
        body = doc.starting_at("org").get(p.chain_end)
        ministry = str(body.data.get("head", "")) if body is not None and body.data.get("kind") == "ministry" and \
            p.organization == body.data["name"] else ""
        field = ministry.lower().split()[1:] if ministry.startswith("Министерство ") else []
        if field:
            p.organization = None
    if not field:
        return title
    return " ".join([*words[:head], MINISTRY_HEADS[words[head]], *field])


def _before_bracketed(doc: Analysis, k: int) -> int:
    """Token ``k``, or where a bracketed abbreviation right before it opens (`агентства … (JICA) во главе с`: the
    body ends there)."""
    toks = doc.tokens
    if k >= 3 and toks[k - 1].text == ")" and (opening := next(
            (j for j in range(k - 2, max(0, k - 5), -1) if toks[j].text == "("), None)) is not None:
        return opening
    return k


def headed_at(tokens: list[Token], k: int) -> bool:
    """Does `во главе с` (headed by; `во главе со статс-секретарем`) open at token ``k``?"""
    return k >= 0 and [t.lower for t in tokens[k:k + 2]] == ["во", "главе"] and k + 2 < len(tokens) and \
        tokens[k + 2].lower in ("с", "со")


def _state_headed(doc: Analysis, p: PostPhrase, k: int) -> str | None:
    """The state of the delegation before token ``k`` (`возглавил`, `во главе с`): its adjective, up to two words
    before its noun (`казахстанскую парламентскую делегацию`), or the state, or a state's body, named right after
    the noun or after a place of it (`делегацию провинции Цзянсу Китайской Народной Республики`), or the state of a
    place the gazetteer knows, named right after the noun (`делегацию города Бухареста во главе с …`: RO); the bodies
    after the noun may be a chain of genitives (`делегацию Государственной думы Федерального Собрания Российской
    Федерации во главе с`)."""
    tokens = doc.tokens
    ending = doc.ending_at("org")
    last = ending.get(_before_bracketed(doc, k))  # `Делегация МИД Республики Беларусь во главе с`
    chain = [last] if last is not None else []
    while chain and (outer := ending.get(chain[-1].a)) is not None:  # each ends where the last starts
        chain.append(outer)
    if chain and chain[-1].a > p.first and lemmas(tokens[chain[-1].a - 1].text) & HEADED and \
            (state := next((b.data["country"] for b in reversed(chain) if b.data.get("country")), None)):
        return str(state)
    d = next((d for d in range(k - 1, max(p.first, k - 8) - 1, -1) if lemmas(tokens[d].text) & HEADED), None)
    if d is None:
        return None
    adjective = next((code for j in range(d - 1, max(p.first, d - 3) - 1, -1) if tokens[j].is_word and (
        code := adjective_code(tokens[j].text))), None)
    if d == k - 1 or adjective:  # the adjective before the noun (`Узбекскую часть комиссии возглавил`)
        return adjective
    place = next((f for f in doc.found.get("location", []) if f.a in (d + 1, d + 2) and f.b <= k), None)
    found = country_at(doc, d + 1, k) or (country_at(doc, place.b, k) if place is not None else None)
    if found and found[1] == k:
        return found[0]  # `делегацию провинции Цзянсу Китайской Народной Республики`
    return str(place.data["country"]) if place is not None and place.b == k and place.data.get("country") else None


def _elided_head(doc: Analysis, p: PostPhrase, k: int) -> str | None:
    """`Азербайджанскую делегацию возглавил A, грузинскую – заместитель министра …`: after a comma, a state's
    adjective and a dash standing for the verb (a spaced hyphen too: `вьетнамскую - заместитель министра`), in a
    sentence that tells who headed a delegation."""
    tokens = doc.tokens
    if tokens[k].text not in DASHES or tokens[k - 2].text != "," or not any(
            lemmas(t.text) & HEADING for t in tokens[p.first:k - 2]):
        return None
    return adjective_code(tokens[k - 1].text) if tokens[k - 1].is_word else None


STATE_RULES = ("state_noun_named_before",)
"""Rules a right rule asks inside (`generic_place`), switched by name."""

RIGHT_RULES: list[PhraseRule] = [
    part_time, parliament_of_chamber, generic_place, members_of_body, mission, place_of_office, region_of_state,
    and_place, second_country,
    body, state, host_state, second_host, host_city, region_noun, seat, from_body, from_place,
    body_under_head_of_state, host_body,
    topic_place_or_body,
    topic_state, topic_words, delegation_state, delegation_body, delegation_named_before,
]
"""The arguments after the title (its state, host, organization, seat, topic; last, a delegation's state or body), tried
in order at each token until none applies: the first that applies reads its words and the next token is tried
again."""
