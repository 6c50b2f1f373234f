"""Post mentions: a title head, its genitive continuation, the state it represents, the host.

Who holds each post is `diplonlp.holders`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..analysis import Analysis, Found, coverage
from ..inflect import ADJ, NOUN, SLOVNET_GENDER, head_case
from ..lexicon import Match, PostHead, countries, post_heads, role_nouns, rows, title_nouns, words
from ..morph import CASES, inflect_word, lemmas, parses
from ..names import first_name_readings, known_first_name, surname_readings
from ..text import Token, unmixed
from .countries import adjective_code, country_at

ACTING = words("posts.acting")
ACTING_ABBR = ("и", ".", "о", ".")
CEREMONIAL = words("posts.ceremonial")
LEFT_MODIFIERS = words("posts.left_modifiers")
DASHES = {"-", "–", "—"}
OPENING_QUOTES = {"«", '"', "“"}
CLOSING_QUOTES = {"»", '"', "”"}
AGE = re.compile(r"\d+-(летн|лет)\w*")
STATE_BODIES = {"ministry", "government", "parliament"}
"""Bodies whose generic name stays in a title (`глава МИД`, `председатель Сената`)."""
MINISTERS = words("posts.ministers")
PART_TIME = ("по", "совместительству")
NOT_A_TITLE = {"ADP", "ADV", "CCONJ", "SCONJ", "PRON", "PART"}
"""What slovnet calls a word that only looks like a title (`после`: посол in the prepositional); not VERB, which
participle titles are (`управляющий компанией`)."""
BARE_NEEDS_MORE = words("posts.bare_needs_more")
"""Titles that name no post without a complement or a holder (`глава` alone is a role, not a post)."""


@cache
def institutions() -> frozenset[str]:
    return frozenset(row[0] for row in rows("institutions.tsv"))


def location_at(doc: Analysis, i: int) -> Found | None:
    return doc.starting_at("location").get(i)


def _org_at(doc: Analysis, i: int) -> Found | None:
    return doc.starting_at("org").get(i)


def _is_title_word(tok: Token) -> bool:
    """A word continuing a title: an institution noun or an adjective before one, in the genitive."""
    if tok.text.isupper() and tok.text in {"МИД"}:
        return True
    if not tok.is_word or (tok.is_cap and tok.i > 0 and not _lower_is_known(tok)):
        return False
    lem = lemmas(tok.text)
    if lem & (institutions() | title_nouns()):
        # a continuation is in the genitive: not `кабинета министров глава правительства`
        return tok.text.isupper() or any(p.tag.case in ("gent", None) or p.tag.POS != "NOUN"
                                         for p in parses(tok.lower) if p.normal_form in lem)
    return any(p.tag.POS in ADJ and p.tag.case == "gent" for p in parses(tok.text.lower())) and \
        adjective_code(tok.text) is None


def _lower_is_known(tok: Token) -> bool:
    return bool(lemmas(tok.text) & institutions()) or any(
        p.tag.POS in ADJ for p in parses(tok.text.lower())[:1])


def _title_chain(doc: Analysis, i: int, limit: int, domain: bool) -> int:
    """End of the genitive chain after a head: ``министра иностранных дел``, ``краевого правительства``.

    An organization's name ends the chain (it becomes the post's organization) unless the chain is
    still empty (``глава МИД``); after a minister (``domain``) any common noun in the genitive names
    the field (``министр национальной экономики``); ``по`` with its words belongs to the title
    (``министр по делам разведки``); after an institution its proper name does too
    (``координатор движения «Левый фронт»``, ``капитан клуба Тоттенхэм Хотспур``).
    """
    j = i
    last_noun = i
    org_starts = doc.starting_at("org")
    person_starts = doc.ner_starts("PER")
    place_starts = doc.starting_at("location")
    while j < limit:
        tok = doc.tokens[j]
        if j in place_starts:
            break  # аким Туркестанской области: the place gives the country, it is not the title
        org = org_starts.get(j)
        if org and (j > i or org.data["kind"] not in STATE_BODIES):
            break  # the body is the post's organization, not part of its title
        if _is_title_word(tok):
            j += 1
            if lemmas(tok.text) & (institutions() | title_nouns()) or tok.text == "МИД":
                last_noun = j
                j = last_noun = _proper_name(doc, j, limit, person_starts)
            continue
        if domain and not tok.is_cap and tok.pos == "NOUN" and _genitive_noun(tok):
            j += 1
            last_noun = j
            continue
        if domain and tok.lower == "и" and j == last_noun and j + 1 < limit and _genitive_noun(doc.tokens[j + 1]) \
                and not doc.tokens[j + 1].is_cap:
            j += 1  # министр связи и коммуникаций
            continue
        if tok.lower == "по" and j == last_noun:
            k = j + 1
            while k < limit and k - j <= 4 and not doc.tokens[k].is_cap and doc.tokens[k].is_word and any(
                    p.tag.case == "datv" for p in parses(doc.tokens[k].lower)):
                k += 1
            if k > j + 1:
                j = last_noun = k  # министр по делам разведки, директор по космическим полётам
                continue
        break
    return last_noun


def _genitive_noun(tok: Token) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(tok.lower))


def _proper_name(doc: Analysis, j: int, limit: int, person_starts: set[int]) -> int:
    """After an institution noun: a quoted name or a run of capitalized words that is not a person."""
    toks = doc.tokens
    if j < limit and toks[j].text in OPENING_QUOTES:
        close = next((k for k in range(j + 1, min(limit, j + 12)) if toks[k].text in CLOSING_QUOTES), None)
        return close + 1 if close is not None else j
    k = j
    while k < limit and k - j < 3 and toks[k].is_cap and toks[k].is_word and toks[k].start not in person_starts \
            and not countries().names.match_at(toks, k, limit) and toks[k].text not in countries().abbrs:
        k += 1
    return k if k < limit and toks[k].start in person_starts else j


def _nominative(tokens: list[Token], noun: int) -> list[str]:
    """Lower-case words with ``tokens[noun]`` and the adjectives before it in the nominative."""
    words = [t.text.lower() for t in tokens]
    case = head_case(tokens[noun])
    number = next((p.tag.number for p in parses(words[noun]) if p.tag.case == case), None) if case else None
    if case and (case != "nomn" or number == "plur"):  # to the nominative singular: Президенты -> президент
        new = inflect_word(words[noun], case, NOUN, number, singular=True)
        if new:
            words[noun] = new
        for k in range(noun):
            adj = inflect_word(words[k], case, ADJ, number, "masc", singular=True)
            if adj:
                words[k] = adj
    return words


def _is_plural(tok: Token) -> bool:
    return tok.feats.get("Number") == "Plur" and all(p.tag.number == "plur" or p.tag.number is None
                                                     for p in parses(tok.text.lower())[:1])


def find(doc: Analysis, taken: list[Found]) -> list[Found]:
    """Post phrases. ``taken``: organization spans (a post head inside them is part of a name)."""
    index = post_heads()
    roles = role_nouns()
    person_starts = doc.ner_starts("PER")
    person_ends = {b for _, _, b in doc.ner_tokens("PER")}
    busy = coverage(taken)
    found: list[Found] = []
    for sent in doc.sents:
        i = sent.first
        while i < sent.last:
            role = roles.match_at(doc.tokens, i, sent.last)
            match = index.match_at(doc.tokens, i, sent.last)
            if role and match:
                post = _read_post(doc, match.start, match.stop, match.value.title, match.value.family,
                                  sent.first, sent.last)
                if post.b < role.stop and role.stop < len(doc.tokens) and doc.tokens[role.stop].start in person_starts:
                    # Глава государства Дмитрий Медведев: the role phrase is the title
                    title = " ".join(_nominative(doc.tokens[role.start:role.stop], match.stop - 1 - role.start))
                    post = doc.make("post", role.start, role.stop, **{**post.data, "title": title, "name": title,
                                                                        "bare": False, "bare_any": False})
                else:
                    post = _with_complement(doc, post, sent.last, person_starts)  # Лидер оппозиции Нино Бурджанадзе
                before = doc.tokens[post.a - 1].text if post.a > 0 else ""
                after_post = bool(found) and found[-1].b == post.a - 1 and before in {"и", ","}
                if (post.b < len(doc.tokens) and doc.tokens[post.b].start in person_starts) or (
                        before in DASHES | {","} and post.a - 1 in person_ends) or after_post or \
                        _predicative(doc, match.stop - 1) or (
                        post.b < sent.last and  # лидер …, народный депутат Украины Мустафа Джемилев
                        _title_at(doc, post.b, sent.last) == doc.tokens[match.stop - 1].feats.get("Case", "")):
                    found.append(post)  # главой МИД Беларуси Максимом Рыженковым; Василий Шумов, лидер группы
                    i = post.b
                    continue
            if role:  # глава дипломатической миссии: a role noun, never a post of its own
                i = role.stop
                continue
            tok = doc.tokens[i]
            if not match and "-" in tok.text:
                match = _hyphenated_head(tok, i)  # писатель-фронтовик, Композитор-неоклассик
            if not match or busy.covers(tok.start) or _not_a_title(doc, match.stop - 1):
                i += 1
                continue
            post = _read_post(doc, match.start, match.stop, match.value.title, match.value.family, sent.first,
                              sent.last)
            post = _with_complement(doc, post, sent.last, person_starts)
            found.append(post)
            i = post.b
    return found


def _predicative(doc: Analysis, i: int) -> bool:
    """The word is said of a subject: `Амано был профессиональным дипломатом`, `работал дипломатом`."""
    tok = doc.tokens[i]
    if copula_of(doc, i):
        return True
    return tok.head >= 0 and tok.rel in ("xcomp", "obl") and bool(lemmas(doc.tokens[tok.head].text) & PREDICATES)


def copula_of(doc: Analysis, i: int) -> Token | None:
    """A copula governed by the word, or, where the parse hangs it elsewhere, one right before the word and
    its adjectives (`был профессиональным дипломатом`)."""
    sent = doc.sents[doc.tokens[i].sent]
    governed = next((t for t in doc.tokens[sent.first:sent.last] if t.head == i and t.rel == "cop"), None)
    if governed is not None:
        return governed
    k = i - 1
    while k >= sent.first and doc.tokens[k].pos == "ADJ":
        k -= 1
    before = doc.tokens[k] if k >= sent.first else None
    return before if before is not None and before.rel == "cop" and doc.tokens[i].feats.get("Case") == "Ins" \
        else None


def _not_a_title(doc: Analysis, i: int) -> bool:
    """`После смерти`: a preposition, not `посол` — unless a preposition stands before it (`о после России`),
    where slovnet's tag is the one in error; `премьера фильма`: a noun of the gender slovnet gives that the
    title (`премьер`) does not have."""
    tok = doc.tokens[i]
    if tok.pos in NOT_A_TITLE and not (i > 0 and doc.tokens[i - 1].pos == "ADP"):
        return True
    gender = SLOVNET_GENDER.get(tok.feats.get("Gender", ""))
    if gender is None:
        return False
    ps = [p for p in parses(tok.lower) if p.tag.POS == "NOUN"]
    titles = [p for p in ps if post_heads().single(p.normal_form) is not None]
    return bool(titles) and all(p.tag.gender != gender and "ms-f" not in p.tag for p in titles) and any(
        p.tag.gender == gender for p in ps if p not in titles)


def _hyphenated_head(tok: Token, i: int) -> Match[PostHead] | None:
    """A title in a hyphenated word: its first part (`писатель-фронтовик`) or, after a prefix or a
    qualifier, its last (`экс-пограничник`, `хип-хоп-исполнитель`, `поп-дива`)."""
    parts = tok.text.split("-")
    for last, part in ((False, parts[0]), (True, parts[-1])) if len(parts) > 1 else ():
        for lemma in lemmas(part) if part else ():
            value = post_heads().single(lemma)
            if value is not None:  # the title is the whole word, or the last part's (`женщина-спикер`: спикер)
                return Match(i, i + 1, PostHead(value.family, value.title if last else tok.text.lower()))
    return None


@dataclass
class PostPhrase:
    """A post phrase being read: the head (``a``, ``head_end``) within its sentence (``first``, ``last``),
    what the rules have found on either side, and ``j``, the token the right-hand rules read next."""

    a: int
    head_end: int
    first: int
    last: int
    family: str
    left: int = 0
    agree: int | None = None  # the word whose case a holder in apposition shares
    country: str | None = None
    host: str | None = None
    organization: str | None = None
    more: list[str] = field(default_factory=list)  # more states of a shared title (`президентами … и России`)
    chain_end: int = 0
    j: int = 0
    fired: list[tuple[str, int, int]] = field(default_factory=list)  # (rule, first token, end) of each rule read


def _apply(rules: list[PhraseRule], doc: Analysis, p: PostPhrase) -> bool:
    """The first of ``rules`` that applies at the phrase's edge, recorded with the tokens it read."""
    left, j = p.left, p.j
    for rule in rules:
        if rule(doc, p):
            p.fired.append((rule.__name__, *((p.left, left) if p.left < left else (j, p.j))))
            return True
    return False


PhraseRule = Callable[[Analysis, PostPhrase], bool]


def acting_obligations(doc: Analysis, p: PostPhrase) -> bool:
    """`исполняющий обязанности официального представителя`."""
    tokens = doc.tokens
    if "обязанность" in lemmas(tokens[p.left - 1].text) and p.left - 2 >= p.first \
            and lemmas(tokens[p.left - 2].text) & ACTING:
        p.left -= 2
        p.agree = p.left
        return True
    return False


def acting_abbreviation(doc: Analysis, p: PostPhrase) -> bool:
    """`И. о. главы администрации`, `врио`."""
    prev = doc.tokens[p.left - 1]
    if tuple(t.lower for t in doc.tokens[max(p.left - 4, p.first):p.left]) == ACTING_ABBR or prev.lower == "врио":
        p.left -= 1 if prev.lower == "врио" else 4
        p.agree = None
        return True
    return False


def ceremonial_modifier(doc: Analysis, p: PostPhrase) -> bool:
    """`Чрезвычайный и Полномочный`, `первый`, `бывший`."""
    tokens = doc.tokens
    if lemmas(tokens[p.left - 1].text) & (CEREMONIAL | LEFT_MODIFIERS) or (
            tokens[p.left - 1].lower == "и" and p.left - 2 >= p.first and lemmas(tokens[p.left - 2].text) & CEREMONIAL):
        p.left -= 1
        return True
    return False


def country_adjective(doc: Analysis, p: PostPhrase) -> bool:
    """`казахский посол`: the state the post represents."""
    prev = doc.tokens[p.left - 1]
    code = adjective_code(prev.text) if prev.is_word else None
    if code and not p.country:
        p.country = code
        p.left -= 1
        return True
    return False


LEFT_RULES: list[PhraseRule] = [acting_obligations, acting_abbreviation, ceremonial_modifier, country_adjective]
"""Words before the head that belong to the phrase, tried in order until none applies."""


def part_time(doc: Analysis, p: PostPhrase) -> bool:
    """`по совместительству` is no argument: read past it."""
    if tuple(t.lower for t in doc.tokens[p.j:p.j + 2]) == PART_TIME:
        p.j += 2
        return True
    return False


def place_of_office(doc: Analysis, p: PostPhrase) -> bool:
    """`аким Туркестанской области`, `по делам стран Азии и Тихоокеанского региона`: a place right after the title."""
    place = location_at(doc, p.j)
    if place and not p.host and (p.j == p.chain_end or doc.tokens[p.j - 1].lower == "и"):
        p.country = p.country or place.data.get("country")
        p.j = place.b
        return True
    return False


def and_place(doc: Analysis, p: PostPhrase) -> bool:
    """`и` before a second place."""
    if doc.tokens[p.j].lower == "и" and p.j + 1 < p.last and location_at(doc, p.j + 1) and p.j > p.chain_end:
        p.j += 1
        return True
    return False


def second_country(doc: Analysis, p: PostPhrase) -> bool:
    """`президентами Казахстана и России`: one title, a state for each holder."""
    if p.country and doc.tokens[p.j].lower == "и" and not p.host:
        other = country_at(doc, p.j + 1, p.last)
        if other:
            p.more.append(other[0])
            p.j = other[1]
            return True
    return False


def body(doc: Analysis, p: PostPhrase) -> bool:
    """`Глава «Металлоинвеста»`, `заместитель министра иностранных дел Таджикистана`: the organization."""
    tokens = doc.tokens
    quoted = tokens[p.j].text in OPENING_QUOTES and p.j + 1 < p.last
    org = _org_at(doc, p.j + 1) if quoted else _org_at(doc, p.j)
    if not org:
        return False
    p.organization = p.organization or org.data["name"]
    p.country = p.country or org.data.get("country")
    p.j = org.b
    if quoted and p.j < p.last and tokens[p.j].text in CLOSING_QUOTES:
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
    """`посол … в Таджикистане`: the host."""
    if doc.tokens[p.j].lower in ("в", "во") and p.j + 1 < p.last:
        found = country_at(doc, p.j + 1, p.last)
        if found:
            p.host, p.j = found
            return True
    return False


def host_city(doc: Analysis, p: PostPhrase) -> bool:
    """`генеральный консул … в Стамбуле`: a diplomat's city gives the host."""
    if doc.tokens[p.j].lower in ("в", "во") and p.j + 1 < p.last:
        city = location_at(doc, p.j + 1)
        if city and city.data.get("country") and p.family == "diplomat":
            p.host, p.j = city.data["country"], city.b
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
    if doc.tokens[p.j].lower in ("в", "во", "на") and p.j + 1 < p.last and (place := location_at(doc, p.j + 1)):
        p.j = place.b
        return True
    return False


def from_body(doc: Analysis, p: PostPhrase) -> bool:
    """`наблюдатель от ОБСЕ`."""
    if doc.tokens[p.j].lower == "от" and p.j + 1 < p.last and (found := _org_at(doc, p.j + 1)):
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


def host_body(doc: Analysis, p: PostPhrase) -> bool:
    """`постоянный представитель … при ООН`: the body a representative is accredited to."""
    if doc.tokens[p.j].lower == "при" and p.j + 1 < p.last and (found := _org_at(doc, p.j + 1)):
        p.host = found.data.get("abbr") or found.data["name"]
        p.j = found.b
        return True
    return False


def attached_to(doc: Analysis, p: PostPhrase) -> bool:
    """`официальный представитель Следственного комитета при прокуратуре`: `при` and a few lower-case words."""
    return doc.tokens[p.j].lower == "при" and _lower_words(doc, p, 3)


def topic_place_or_body(doc: Analysis, p: PostPhrase) -> bool:
    """`специальный представитель ЕС по Центральной Азии`."""
    if doc.tokens[p.j].lower == "по" and p.j + 1 < p.last and (
            topic := location_at(doc, p.j + 1) or _org_at(doc, p.j + 1)):
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
    """`директор НАСА по космическим полётам`: `по` and a few lower-case words."""
    return doc.tokens[p.j].lower == "по" and _lower_words(doc, p, 4)


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


RIGHT_RULES: list[PhraseRule] = [
    part_time, place_of_office, and_place, second_country, body, state, host_state, host_city, region_noun, seat,
    from_body, from_place, host_body, attached_to, topic_place_or_body, topic_state, topic_words,
]
"""The arguments after the title (its state, host, organization, seat, topic), tried in order at each token
until none applies: the first that applies reads its words and the next token is tried again."""


def _read_post(doc: Analysis, a: int, head_end: int, base_title: str, family: str, first: int,
               last: int) -> Found:
    """The post phrase around the head ``a:head_end``: `LEFT_RULES`, the title's genitive chain, `RIGHT_RULES`."""
    p = PostPhrase(a, head_end, first, last, family, left=a, agree=head_end - 1)
    left_rules = [rule for rule in LEFT_RULES if doc.on(rule.__name__)]
    right_rules = [rule for rule in RIGHT_RULES if doc.on(rule.__name__)]
    while p.left - 1 >= first and _apply(left_rules, doc, p):
        pass
    p.chain_end = _title_chain(doc, head_end, last, bool(lemmas(doc.tokens[head_end - 1].text) & MINISTERS))
    words, title = _title_words(doc, p, base_title)
    p.j = p.chain_end
    while p.j < last and _apply(right_rules, doc, p):
        pass
    tokens = doc.tokens
    rest = doc.text[tokens[p.chain_end - 1].stop:tokens[p.j - 1].stop] if p.j > p.chain_end else ""
    bare = p.j == head_end and p.left == a and p.country is None
    return doc.make("post", p.left, p.j, title=title, name=" ".join(words) + rest, family=family,
                    country=p.country, host=p.host, organization=p.organization,
                    plural=_is_plural(tokens[head_end - 1]),
                    countries=[p.country, *p.more] if p.country else [],
                    bare=bare and base_title in BARE_NEEDS_MORE, bare_any=bare, head=(a, head_end), agree=p.agree,
                    fired=p.fired)


def _title_words(doc: Analysis, p: PostPhrase, base_title: str) -> tuple[list[str], str]:
    """The phrase's words up to the end of the title's chain, in the nominative, and the title: the head and
    its chain (clipped titles in full: `зам`, `премьер`), with `первый` kept."""
    tokens = doc.tokens
    words = _nominative(tokens[p.left:p.chain_end], p.head_end - 1 - p.left)
    words = [_keep_abbr(t, unmixed(w)) for t, w in zip(tokens[p.left:p.chain_end], words, strict=True)]
    short = lemmas_first(tokens[p.a])
    expands = " " in base_title or ("-" in base_title) != ("-" in tokens[p.a].text) or (
        len(short) < len(base_title) and base_title.startswith(short[:3]))  # зам, главком
    if p.head_end - p.a == 1 and expands and short != base_title:
        words[p.a - p.left] = base_title  # замминистра: заместитель министра; премьер: премьер-министр
    modifiers = [w for w in words[: p.a - p.left] if w in ("первый", "первая")]
    return words, " ".join(modifiers + words[p.a - p.left:])


COMPLEMENT_POS = {"NOUN", "ADJ", "PROPN", "DET", "NUM", "X", "ADV", "ADP"}
COMPLEMENT_MAX = 8
COMPLEMENT_MARKS = OPENING_QUOTES | CLOSING_QUOTES | {"(", ")", "№"}


def _with_complement(doc: Analysis, post: Found, last: int, person_starts: set[int]) -> Found:
    """The post with the phrase its title governs when what follows the phrase is a name in the title's case or
    another title of the same person: `Премьер-министр земли Гессен Фолькер Буфье`, `Глава палестинской
    делегации на переговорах Саеб Эрекат`, `лидер … Национального фронта (FN) Марин Ле Пен`, `лидер Меджлиса
    крымско-татарского народа, народный депутат Украины …`. Without either the phrase may be anything, so it
    stays out."""
    tokens, j = doc.tokens, post.b
    head = tokens[post.data["head"][1] - 1]
    agree = post.data["agree"]
    if j >= last or tokens[j].start in person_starts or head.pos not in ("NOUN", "PROPN"):  # not `после смерти`
        return post
    genitive = j > post.data["head"][1]  # the title governs a phrase already: `Глава представительства США в регионе`
    for k in range(j, min(last, j + COMPLEMENT_MAX + 1)):
        tok = tokens[k]
        title_case = _title_at(doc, k, last)
        if genitive and tok.start in person_starts:
            name_end = next((m for m in range(k, min(k + 3, last)) if not tokens[m].is_cap), min(k + 3, last))
            agrees = name_agrees(doc, k, name_end, agree)  # not `президент компании, по словам Ивана Петрова`
        elif genitive and title_case is not None:  # not `заместитель главы … генерал-лейтенанта …`, a genitive title
            agrees = agree is not None and title_case == tokens[agree].feats.get("Case", "")
        elif genitive and title_case is None and k + 1 < last and tokens[k + 1].start not in person_starts and (
                (tok.lower == "и" and tokens[k + 1].pos in ("NOUN", "ADJ")) or (
                    tok.text == "," and tokens[k + 1].pos == "NOUN"
                    and tokens[k + 1].feats.get("Case") == tokens[k - 1].feats.get("Case"))) and \
                _title_at(doc, k + 1, last) is None:
            continue  # председатель комитета по безопасности и противодействию коррупции; экономики, торговли и …
        elif title_case is None and (tok.pos in COMPLEMENT_POS or tok.text in COMPLEMENT_MARKS):
            genitive = genitive or (tok.pos in ("NOUN", "PROPN", "ADJ") and tok.feats.get("Case") == "Gen") or (
                tok.pos == "NOUN" and _genitive_noun(tok))  # slovnet reads `ритм-н-блюза` as a dative
            continue
        else:
            return post
        if not agrees:
            return post
        name = post.data["name"] + doc.text[tokens[j - 1].stop:tokens[k - 1].stop]
        return doc.make("post", post.a, k, **{**post.data, "name": name})
    return post


def _title_at(doc: Analysis, k: int, last: int) -> str | None:
    """The case of a title starting at ``k`` (after `,` or `и` and up to two adjectives), if one does; "" when
    slovnet gives it none."""
    tokens = doc.tokens
    if tokens[k].text in {",", "и"} | DASHES:
        k += 1
    for m in range(k, min(k + 3, last)):
        found = post_heads().match_at(tokens, m, last) or ("-" in tokens[m].text and _hyphenated_head(tokens[m], m))
        if found:
            return tokens[found.stop - 1].feats.get("Case", "")
        if tokens[m].pos != "ADJ":
            break
    return None


def lemmas_first(tok: Token) -> str:
    ps = parses(tok.text.lower())
    return ps[0].normal_form if ps else tok.lower


def _keep_abbr(tok: Token, word: str) -> str:
    """Abbreviations and Latin names keep their letters: `генеральный секретарь ОДКБ`, `группы Talk Talk`."""
    latin_name = tok.text[:1].isupper() and tok.text.isascii() and tok.text.isalpha()
    return tok.text if (tok.text.isupper() and len(tok.text) > 1) or latin_name else word


PREDICATES = words("posts.predicates")


def agrees(doc: Analysis, post: Found, person: Found) -> bool:
    """Apposition agrees in case: not `муж актрисы Сергей Сенин`, `заместитель главы … Аксары Кердпола`; an
    acting title in the case of `исполняющий` (`исполняющий обязанности председателя … Владимир Сластенин`), in
    any after `и. о.`."""
    return name_agrees(doc, person.a, person.b, post.data["agree"])


def name_agrees(doc: Analysis, a: int, b: int, agree: int | None) -> bool:
    """The capitalized words of ``a:b`` can stand in the case of the title word ``agree`` (any, if None)."""
    case = head_case(doc.tokens[agree]) if agree is not None else None
    return case is None or name_can_be(doc, a, b, case)


def name_can_be(doc: Analysis, a: int, b: int, case: str) -> bool:
    """The capitalized words of ``a:b`` can stand in ``case`` (a pymorphy case)."""
    readings = set(CASES)
    words = [tok for tok in doc.tokens[a:b] if tok.is_word and tok.is_cap and len(tok.text) > 1]
    # the short syllables opening an East Asian name do not decline (`лидера КНДР Ким Чен Ына`, `Си Цзиньпина`;
    # not so a first name of two words: `Менеджер Мии Фэрроу`)
    words = [tok for k, tok in enumerate(words) if k == len(words) - 1 or len(tok.text) > 3 or (
        len(words) == 2 and known_first_name(tok.lower))]
    for k, tok in enumerate(words):
        known = k == 0 and len(words) > 1 and known_first_name(tok.lower)
        first = first_name_readings(tok.text) if known else frozenset()
        # a dictionary first name opening a full name is read as one (`Джорджа Буша`: not a woman's surname)
        own = first or first_name_readings(tok.text) | surname_readings(tok.text)
        if not known and tok.feats.get("Gender") == "Fem" and tok.lower[-1] not in "аяоеиыуюэ":
            continue  # a woman's name ending in a consonant does not decline (`вице-губернатора Кэтлин Кеннеди`)
        readings &= {c for c, _ in own}
    return not readings or ("loct" if case == "loc2" else case) in readings
