"""Chain rules: the genitive words after a title's head that belong to the title (`министр иностранных дел`,
`председатель краевого правительства`, `министр по делам разведки`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..analysis import Analysis, Found
from ..inflect import ADJ, case_run_end
from ..lexicon import countries, post_heads, role_nouns, rows, title_nouns, title_rows, words
from ..mentions.countries import LONG_PREFIXES, adjective_code, country_at
from ..morph import lemmas, parses
from ..text import Token
from .phrase import CLOSING_QUOTES, OPENING_QUOTES, PostPhrase, first_verdict, org_at, switched_on

STATE_BODIES = {"ministry", "government", "parliament"}
"""Organization kinds whose generic name stays in the title of one who heads it (`глава МИД`, `председатель
Сената`), not in another's (`официальный представитель МИД`: the ministry is the post's organization)."""
HEADING_FAMILIES = {"head", "chair", "deputy"}
SERVING_FAMILIES = {"deputy", "adviser"}
MINISTERS = words("posts.ministers")
OFFICER_PREFIXES = tuple(words("posts.officer_prefixes"))
"""`заместитель`, `замглавы`, `замминистра`: a deputy's title word that names (or opens the naming of) the officer
deputized for, so a state body after it is that officer's and stays in the title."""
SECRETARIES = words("posts.secretaries")
"""`генеральный секретарь МИД`: a secretary serves the state body named after its title and heads none."""
INSTRUMENTAL_HEADS = words("posts.instrumental_heads")
"""Participle titles that govern their object in the instrumental (`заведующий отделом`)."""
GENERIC_PLACES = words("posts.generic_places")
STATE_NOUNS = words("posts.state_nouns")
MISSIONS = words("posts.missions")
NOT_FIELDS = words("posts.not_fields")
STATE_BODY_WORDS = words("posts.state_body_words")
BOARDS = words("posts.boards")
BOARD_IN_TITLE = "board_in_title"
ADJECTIVE_OF_CHAMBER = "adjective_of_chamber"
COMPANY_NOUN_OF_BODY = "company_noun_of_body"
"""`генеральный директор компании Orano`: a company's noun before its name ends the title; the name is the body."""
COMPANY_NOUNS = words("posts.company_nouns")
INSTITUTION_ABBREVIATIONS = words("posts.institution_abbreviations")
JOINED_FIELDS = words("posts.joined_fields")
FIELD_OF_BODY = words("posts.field_of_body")
SITUATION_NOUNS = words("posts.situation_nouns")
ABROAD = words("posts.abroad")
FIELD_BODIES = words("posts.field_bodies")
FIELD_WORDS = 8
"""At most this many words and commas after `по` name a title's field (`по международным отношениям и
межпарламентским связям`, `по международному культурному сотрудничеству, туризму и спорту`)."""


@cache
def institutions() -> frozenset[str]:
    return frozenset(row[0] for row in rows("institutions.tsv"))


@dataclass
class Chain:
    """The chain being read: ``j`` the next token, ``last_noun`` the end of the title so far."""

    start: int
    limit: int
    domain: bool  # after a minister any common noun in the genitive names the field
    heads: bool  # the title heads a body (`глава`, `председатель`): a state body may continue it
    diplomat: bool  # a diplomat's title: the mission after it is where they serve
    j: int
    last_noun: int
    country: str | None = None  # the state of a one-state body read into the title (`председатель Мажилиса`)
    serves: bool = False  # the title serves another officer (`заместитель`, `помощник`): an occupation may follow
    apart: bool = False  # a deputy's title naming no officer (`статс-секретарь`) or a secretary's: heads no body


ChainRule = Callable[[Analysis, Chain], bool | None]
"""True: the rule read words (the chain goes on); False: the chain ends here; None: the rule does not apply."""


def region_field_of_minister(doc: Analysis, c: Chain) -> bool | None:
    """`министр Европы и иностранных дел Франции`: a region of no one state right after a minister's head, `и` and a
    lower-case field after it, is a field of the office, not where it is (the chain reads on at `и`)."""
    toks = doc.tokens
    place = doc.starting_at("location").get(c.j)
    if not c.domain or c.j != c.start or place is None or place.data.get("country") or place.b + 2 >= c.limit or \
            toks[place.b].lower != "и" or toks[place.b + 1].is_cap or not _genitive_adjective(toks[place.b + 1]):
        return None
    c.j = c.last_noun = place.b
    return True


def place_ends_chain(doc: Analysis, c: Chain) -> bool | None:
    """`аким Туркестанской области`: a place gives the post's country, it is not part of the title."""
    return False if c.j in doc.starting_at("location") else None


def generic_place_ends_chain(doc: Analysis, c: Chain) -> bool | None:
    """`губернатор края`, `аким города`, `президент страны`: a generic place noun right after the head says where
    the office is, not what it is (the right-hand rule `generic_place` reads it); so does a state noun anywhere
    (`министров иностранных дел стран Центральной Азии`) but one closing a title's head in the chain
    (`пресс-секретарь главы государства`)."""
    said = lemmas(doc.tokens[c.j].text)
    if said & STATE_NOUNS and c.j > c.start and _closes_head(doc, c.j):
        c.j = c.last_noun = c.j + 1  # `пресс-секретарь главы государства`: it closes the role `глава государства`
        return True
    return False if (c.j == c.start and said & GENERIC_PLACES) or said & STATE_NOUNS else None


def _closes_head(doc: Analysis, j: int) -> bool:
    """Does token ``j`` close a role noun of an office that opens right before it (`главы государства`)?"""
    head = role_nouns().match_at(doc.tokens, j - 1, j + 1)
    return head is not None and head.stop == j + 1


def mission_ends_chain(doc: Analysis, c: Chain) -> bool | None:
    """`советник-посланник посольства Беларуси в Китае`: a diplomat's mission is where they serve (the right-hand
    rule `mission` reads it), not part of the title."""
    return False if c.diplomat and c.j == c.start and lemmas(doc.tokens[c.j].text) & MISSIONS else None


def body_in_title(doc: Analysis, c: Chain) -> bool | None:
    """`Председатель Палаты представителей Национального собрания`, `Председатель Великого Государственного Хурала
    Монголии`: the parliament or chamber a title heads, right after it, is part of the title, up to a state named
    inside it."""
    org = doc.starting_at("org").get(c.j)
    if org is None or c.j > c.start or not c.heads or org.data["kind"] != "parliament" or \
            _state_adjective_opens(doc, c):
        return None
    countries_at = doc.starting_at("country")
    own = org.data.get("chamber_end", org.b)  # a chamber's title names the chamber, not its parliament too
    end = next((k for k in range(c.j, own) if k in countries_at), own)
    if end == c.j:
        return None
    c.j = c.last_noun = end
    c.country = org.data.get("country") if end == own else None
    return own == org.b  # past a chamber, its parliament ends the chain


def _state_adjective_opens(doc: Analysis, c: Chain) -> bool:
    """`Спикер казахстанского Сената`: does a state's adjective open the chamber named after the title, which
    `state_adjective_in_title` reads as the post's state, the title keeping the chamber's noun (rule
    `adjective_of_chamber`)?"""
    tok = doc.tokens[c.j]
    return c.j + 1 < c.limit and tok.is_word and not tok.is_cap and adjective_code(tok.text) is not None and \
        bool(lemmas(doc.tokens[c.j + 1].text) & STATE_BODY_WORDS) and doc.on(ADJECTIVE_OF_CHAMBER)


def state_adjective_in_title(doc: Analysis, c: Chain) -> bool | None:
    """`глава российского МИД`, `глава грузинского правительства`: a state's adjective between a title that heads a
    body and a state's body (`posts.state_body_words`) gives the post's country; the title leaves it out (`глава
    МИД`). Not `глава палестинской делегации`."""
    tok = doc.tokens[c.j]
    if c.j != c.start or not c.heads or c.j + 1 >= c.limit or not _is_title_word(doc, doc.tokens[c.j + 1]) or \
            not lemmas(doc.tokens[c.j + 1].text) & STATE_BODY_WORDS:
        return None
    named = doc.starting_at("country").get(c.j)
    code = adjective_code(tok.text) if tok.is_word and (named is None or named.data["adjective"]) else None
    if code is None or not any(p.tag.case == "gent" for p in parses(tok.lower)):
        return None  # not `Президенту Российской Федерации`: a state's name
    c.country = code
    c.j += 1
    return True


def body_ends_chain(doc: Analysis, c: Chain) -> bool | None:
    """`президент компании «Газпром»`: an organization (quoted after a common noun too: `named_body`) is the post's,
    not part of the title, unless it is a board the title heads (`board_in_title`), or a state body and the title
    heads it, by its head (`глава МИД`, `замглавы МИД`; not `официальный представитель МИД`, nor a deputy's title
    naming no officer, `статс-секретарь Министерства иностранных дел`, `вице-премьер Правительства`) or by the title
    noun the chain read last (`первый заместитель председателя правительства`)."""
    org = doc.starting_at("org").get(c.j) or named_body(doc, c.j, c.limit)
    heads = (c.j == c.start and c.heads and not c.apart) or (
        c.j > c.start and c.last_noun == c.j and _heads_a_body(doc.tokens[c.j - 1]))
    if org and heads and _board(doc, org):
        return None  # `Председатель Коллегии Евразийской экономической комиссии`: the board stays in the title
    return False if org and (org.data["kind"] not in STATE_BODIES or not heads) else None


def _board(doc: Analysis, org: Found) -> bool:
    """Is ``org`` the board of an organization named after it (`Коллегии Евразийской экономической комиссии`,
    `Правления Евразийского банка развития`: `posts.boards`; rule `board_in_title`)?"""
    return org.data.get("rule") == "body_of_organization" and bool(lemmas(doc.tokens[org.a].text) & BOARDS) and \
        doc.on(BOARD_IN_TITLE)


def named_body(doc: Analysis, j: int, limit: int) -> Found | None:
    """`госкорпорации «Росатом»`, `компании "Газпром"`: a common noun in lower case and an organization's quoted name
    right after it: that organization."""
    toks = doc.tokens
    if j + 2 >= limit or toks[j].is_cap or toks[j].pos != "NOUN" or toks[j + 1].text not in OPENING_QUOTES:
        return None
    return doc.starting_at("org").get(j + 2)


def _heads_a_body(tok: Token) -> bool:
    """`председателя`: a title noun of one who heads a body."""
    return any((head := post_heads().single(lemma)) is not None and head.family in HEADING_FAMILIES
               for lemma in lemmas(tok.text))


@cache
def _professions() -> frozenset[str]:
    """Single-word occupations (`professions.tsv`): no title nouns of the state service."""
    return frozenset(row.head for row in title_rows() if row.family == "profession" and " " not in row.head)


def officer_of_body(doc: Analysis, c: Chain) -> bool | None:
    """`помощник Администратора ПРООН`: an occupation in the genitive right after the title, with the organization
    it serves after it, is the office the title assists (the organization ends the chain)."""
    tok = doc.tokens[c.j]
    if not c.serves or c.j != c.start or c.j + 1 >= c.limit or c.j + 1 not in doc.starting_at("org") or \
            not lemmas(tok.text) & _professions() or not genitive_noun(tok):
        return None
    c.j = c.last_noun = c.j + 1
    return True


def institution_word(doc: Analysis, c: Chain) -> bool | None:
    """`министра иностранных дел`, `краевого правительства`: an institution noun or a genitive adjective; after
    the noun its proper name (`координатор движения «Левый фронт»`); after a minister's noun the field may follow
    as after a minister (`заместитель министра финансов`)."""
    tok = doc.tokens[c.j]
    if not _is_title_word(doc, tok):
        return None
    if company_before_name(doc, c.j, c.limit) is not None:
        return False  # `генеральный директор компании Orano`: the company is the organization
    c.j += 1
    if lemmas(tok.text) & (institutions() | title_nouns()) or tok.text in INSTITUTION_ABBREVIATIONS or \
            _hyphenated_title(tok):
        c.domain = c.domain or bool(lemmas(tok.text) & MINISTERS)
        c.last_noun = c.j
        c.j = c.last_noun = _proper_name(doc, c.j, c.limit, doc.ner_starts("PER"))
    return True


def company_before_name(doc: Analysis, k: int, limit: int) -> int | None:
    """`генеральным директором компании Orano`, `директор биотехнологической компании Genentech`: where the name
    starts, if token ``k`` opens a company's common noun (`posts.company_nouns`), lower-case adjectives before it,
    right before an organization's name (rule `company_noun_of_body`)."""
    toks = doc.tokens
    j = k
    while j < limit and not toks[j].is_cap and _genitive_adjective(toks[j]):
        j += 1
    named = j + 1 < limit and bool(lemmas(toks[j].text) & COMPANY_NOUNS) and org_at(doc, j + 1) is not None
    return j + 1 if named and doc.on(COMPANY_NOUN_OF_BODY) else None


def field_after_body(doc: Analysis, c: Chain) -> bool | None:
    """`председатель Государственного комитета национальной безопасности`, `Комитета по охране окружающей среды`:
    lower-case adjectives and a noun in the genitive right after a body noun (`posts.field_bodies`) or after the
    noun of a field told with `по` right after one say which body it is: the title's, with the genitive nouns after
    them and those `и` joins (`_field_noun_end`), where the chain ends."""
    if c.j != c.last_noun or c.j <= c.start or not _after_body(doc.tokens, c.j - 1):
        return None
    end = _field_noun_end(doc.tokens, c.j, c.limit)
    if end == c.j:
        return None
    while end > c.j:  # `службы мониторинга оборудования`, `охраны окружающей среды и земельных ресурсов`
        c.j = c.last_noun = end
        joined = end + (end < c.limit and doc.tokens[end].lower == "и")
        end = _field_noun_end(doc.tokens, joined, c.limit)
        end = c.j if end == joined else end
    return False


def _field_noun_end(toks: list[Token], j: int, limit: int) -> int:
    """The end of lower-case adjectives and a noun in the genitive from ``j`` that name a field, not a body or an
    officer (`комитета госдумы`, `комитета начальников штабов`, `службы безопасности компании`: the chain reads
    those as such); ``j`` where there are none."""
    end = j
    while end < limit and not toks[end].is_cap and _genitive_adjective(toks[end]):
        end += 1
    if end >= limit or toks[end].is_cap or toks[end].pos != "NOUN" or not genitive_noun(toks[end]) or \
            lemmas(toks[end].text) & (NOT_FIELDS | STATE_BODY_WORDS | institutions() | title_nouns()):
        return j
    return end + 1


def _after_body(toks: list[Token], k: int) -> bool:
    """Is token ``k`` a body noun (`комитета`) or the dative noun of a field `по` opens right after one (`по
    охране`)?"""
    if lemmas(toks[k].text) & FIELD_BODIES:
        return True
    return k > 1 and toks[k - 1].lower == "по" and bool(lemmas(toks[k - 2].text) & FIELD_BODIES)


def governed_instrumental(doc: Analysis, c: Chain) -> bool | None:
    """`заведующий отделом …`, `управляющий делами …`: a participle title governs its object in the instrumental;
    the noun is part of the title, and a field may follow it (`заведующий отделом внешней политики`), capitalized
    too, as official titles write it (`заведующий Отделом по вопросам внешней политики Администрации Президента`)."""
    tok = doc.tokens[c.j]
    if c.j != c.start or c.j == 0 or doc.tokens[c.j - 1].lower not in INSTRUMENTAL_HEADS or \
            tok.pos not in ("NOUN", "PROPN") or tok.feats.get("Case") != "Ins":
        return None
    c.j = c.last_noun = c.j + 1
    c.domain = True
    return True


def field_noun(doc: Analysis, c: Chain) -> bool | None:
    """`министр национальной экономики`: after a minister any common noun in the genitive names the field."""
    tok = doc.tokens[c.j]
    if c.domain and not tok.is_cap and tok.pos == "NOUN" and genitive_noun(tok) and not lemmas(tok.text) & NOT_FIELDS:
        c.j += 1
        c.last_noun = c.j
        return True
    return None


def adjectives_and(doc: Analysis, c: Chain) -> bool | None:
    """`министр иностранных и европейских дел`, `министр сельского и водного хозяйства`: `и` or a comma between two
    lower-case genitive adjectives of a minister's field, the second no state's, that a genitive noun closes."""
    toks = doc.tokens
    if not c.domain or toks[c.j].lower not in ("и", ",") or c.j <= c.last_noun or c.j + 1 >= c.limit:
        return None
    before, after = toks[c.j - 1], toks[c.j + 1]
    if before.is_cap or after.is_cap or not _genitive_adjective(before) or not _genitive_adjective(after) or \
            adjective_code(after.text) is not None:
        return None
    end = c.j + 1
    while end < c.limit and not toks[end].is_cap and _genitive_adjective(toks[end]):
        end += 1
    if end >= c.limit or toks[end].is_cap or toks[end].pos != "NOUN" or not genitive_noun(toks[end]):
        return None
    c.j += 1
    return True


def field_and(doc: Analysis, c: Chain) -> bool | None:
    """`министр связи и коммуникаций`, `министр экономики, энергетики, транспорта и …`: `и` or a comma joining
    another field to one read (not `По словам министра, стороны обсудили …`: a comma right after the head)."""
    nxt = doc.tokens[c.j + 1] if c.j + 1 < c.limit else None
    dative = _joined_field(doc, c)
    if c.domain and doc.tokens[c.j].lower in ("и", ",") and c.j == c.last_noun > c.start and nxt is not None and \
            (genitive_noun(nxt) or _genitive_adjective(nxt) or dative) and not nxt.is_cap and \
            not (doc.tokens[c.j].text == "," and post_heads().match_at(doc.tokens, c.j + 1, c.limit)):
        # not `министром, зампредседателя Госсовета`: a second title
        c.j += 1
        if dative:
            c.last_noun = c.j  # the field `по` opens reads on from here
        return True
    return None


def _joined_field(doc: Analysis, c: Chain) -> bool:
    """`министр иностранных дел, по делам миграции …`, `и по делам эмигрантов`: a comma or `и`, `по` and a field noun
    (`posts.joined_fields`) join a field told with `по` (not `министра, по словам которого`, `и по итогам`)."""
    toks = doc.tokens
    return toks[c.j].lower in (",", "и") and c.j + 2 < c.limit and toks[c.j + 1].lower == "по" and \
        bool(lemmas(toks[c.j + 2].text) & JOINED_FIELDS)


def field_abroad(doc: Analysis, c: Chain) -> bool | None:
    """`по делам соотечественников за рубежом`, `египтян за границей`: `за` and `рубежом` or `границей`
    (`posts.abroad`) right after a field's last noun close the field."""
    toks = doc.tokens
    if c.j == c.last_noun > c.start and c.j + 1 < c.limit and toks[c.j].lower == "за" and \
            toks[c.j + 1].feats.get("Case") == "Ins" and lemmas(toks[c.j + 1].text) & ABROAD:
        c.j = c.last_noun = c.j + 2
        return True
    return None


def field_dative(doc: Analysis, c: Chain) -> bool | None:
    """`министр по делам разведки`, `директор по космическим полётам`, `председатель комитета по международным
    отношениям и межпарламентским связям`: `по` and its dative words, joined by `и`, up to the last noun, and after
    `делам`, `вопросам` the genitive words they govern (`по вопросам экономического сотрудничества`); after the places
    a field names, `и` and a second field of `делам`, `вопросам` (`министр по делам Европы и иностранным делам`)."""
    if doc.tokens[c.j].lower != "по" or c.j != c.last_noun:
        return None
    end = case_run_end(doc.tokens, c.j + 1, min(c.limit, c.j + FIELD_WORDS + 1))
    if end > c.j + 1 and lemmas(doc.tokens[end - 1].text) & FIELD_OF_BODY:
        end = case_run_end(doc.tokens, end, _field_genitives_end(doc, end, c.limit), "gent")
    if end > c.j + 1:
        c.j = c.last_noun = _places_of_field(doc, end, c.limit)
        if c.j > end and c.j + 1 < c.limit and doc.tokens[c.j].lower == "и":
            more = case_run_end(doc.tokens, c.j + 1, min(c.limit, c.j + FIELD_WORDS + 1))
            if more > c.j + 1 and lemmas(doc.tokens[more - 1].text) & FIELD_OF_BODY:
                c.j = c.last_noun = more  # `по делам Европы и иностранным делам`: a second field after the places
        return True
    return None


def _field_genitives_end(doc: Analysis, j: int, limit: int) -> int:
    """Where the genitives a field's `делам`, `вопросам` govern may run to from ``j``: before a state's adjective or
    a state body's word (`по вопросам прав человека | американского министерства иностранных дел`)."""
    stop = min(limit, j + FIELD_WORDS)
    return next((k for k in range(j, stop) if adjective_code(doc.tokens[k].text) or
                 lemmas(doc.tokens[k].text) & STATE_BODY_WORDS), stop)


def _places_of_field(doc: Analysis, j: int, limit: int) -> int:
    """`по делам Европы`, `по странам Южного Кавказа`, `по делам стран Азии и Тихоокеанского региона`: the places a
    field's last noun governs, joined by `и` or commas, are the field's; not a state (`министр … по иностранным
    делам Венесуэлы`, `министр по делам Европы Франции`: the post's); so is an international body right after
    `делам`, `вопросам` (`posts.field_of_body`: `председатель Комитета по делам СНГ`, `министр по вопросам ЕАЭС`);
    the end of the field."""
    toks, places = doc.tokens, doc.starting_at("location")
    body = doc.starting_at("org").get(j)
    if body is not None and body.b <= limit and body.data.get("kind") == "international" and \
            lemmas(toks[j - 1].text) & FIELD_OF_BODY:
        return body.b  # `председатель Комитета по делам СНГ`: the body is the field's, not the post's
    if (situation := place_of_situation(doc, j, limit)) > j:
        return situation  # `по кризису в Грузии`: the crisis's place
    k = j + 1 if j + 1 < limit and lemmas(toks[j].text) & STATE_NOUNS else j
    end = j
    while k < limit and (place := places.get(k)) is not None and place.b <= limit:
        end = place.b
        if not (end + 1 < limit and toks[end].text in ("и", ",") and end + 1 in places):
            break
        k = end + 1
    return end


def place_of_situation(doc: Analysis, j: int, limit: int) -> int:
    """`по кризису в Грузии`, `по урегулированию конфликта на Балканах`: the end of a place after `в`, `на` right
    after a situation's noun (`posts.situation_nouns`) closing a field at ``j``; the place is the field's, not the
    post's state or host. ``j`` if there is none."""
    toks = doc.tokens
    if not (0 < j < limit - 1 and toks[j].lower in ("в", "во", "на") and lemmas(toks[j - 1].text) & SITUATION_NOUNS):
        return j
    if (state := country_at(doc, j + 1, limit)) is not None:
        return state[1]
    place = doc.starting_at("location").get(j + 1)
    return place.b if place is not None and place.b <= limit else j


CHAIN_RULES: list[ChainRule] = [region_field_of_minister, place_ends_chain, generic_place_ends_chain,
                                mission_ends_chain, body_in_title, state_adjective_in_title, body_ends_chain,
                                officer_of_body, field_after_body, governed_instrumental, institution_word, field_noun,
                                adjectives_and, field_and, field_dative, field_abroad]
"""Tried in order at each token after the head: the first that applies reads words or ends the chain; the chain
ends where none applies."""


def title_chain(doc: Analysis, p: PostPhrase) -> int:
    """End of the genitive chain after the head of ``p`` (the rules that read it recorded in ``p.fired``)."""
    domain = bool(lemmas(doc.tokens[p.head_end - 1].text) & MINISTERS)
    c = Chain(p.head_end, p.last, domain, p.family in HEADING_FAMILIES, p.family == "diplomat", p.head_end, p.head_end,
              serves=p.family in SERVING_FAMILIES, apart=_heads_no_body(doc, p))
    rules = switched_on(doc, CHAIN_RULES)
    while c.j < c.limit:
        j = c.j
        verdict = first_verdict(rules, doc, c)
        if verdict is None:
            break
        p.fired.append((verdict[0].__name__, j, max(c.j, j + 1)))  # an ending rule: the token it stopped at
        if not verdict[1]:
            break
    p.country = p.country or c.country
    return c.last_noun


def _heads_no_body(doc: Analysis, p: PostPhrase) -> bool:
    """Does the title of ``p`` serve a state body named after it without heading it: a deputy's naming no officer
    (`статс-секретарь`, `вице-премьер`; not `заместитель`, `замглавы`: `posts.officer_prefixes`) or a secretary's
    (`генеральный секретарь МИД`: `posts.secretaries`)?"""
    head = doc.tokens[p.head_end - 1]
    deputy = p.family == "deputy" and not head.lower.startswith(OFFICER_PREFIXES)
    return deputy or bool(lemmas(head.text) & SECRETARIES)


def _genitive_adjective(tok: Token) -> bool:
    return any(p.tag.POS in ADJ and p.tag.case == "gent" for p in parses(tok.lower))


def genitive_noun(tok: Token) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(tok.lower))


def _is_title_word(doc: Analysis, tok: Token) -> bool:
    """A word continuing a title: an institution noun or an adjective before one, in the genitive (capitalized, not
    opening a name NER found: `режиссёра Эмира Кустурицу`)."""
    if tok.text.isupper() and tok.text in INSTITUTION_ABBREVIATIONS:
        return True
    if not tok.is_word or (tok.is_cap and tok.i > 0 and (not _lower_is_known(tok) or _opens_name(doc, tok))):
        return False
    lem = lemmas(tok.text)
    if _hyphenated_title(tok):  # `первым заместителем директора-распорядителя`
        return any(p.tag.case == "gent" for p in parses(tok.lower))
    if lem & (institutions() | title_nouns()):
        # a continuation is in the genitive: not `кабинета министров глава правительства`
        return tok.text.isupper() or any(p.tag.case in ("gent", None) or p.tag.POS != "NOUN"
                                         for p in parses(tok.lower) if p.normal_form in lem)
    return _genitive_adjective(tok) and adjective_code(tok.text) is None


def _hyphenated_title(tok: Token) -> bool:
    """Is ``tok`` a title of two nouns joined by a hyphen whose first is a title noun (`директора-распорядителя`)?"""
    first, hyphen, _ = tok.text.partition("-")
    return bool(hyphen) and bool(lemmas(first) & title_nouns())


def _opens_name(doc: Analysis, tok: Token) -> bool:
    """Does NER read a name of two or more words from the word (`режиссёра Эмира Кустурицу`)? A title's word alone
    that NER calls a person (`помощника Госсекретаря по делам …`) opens none."""
    return tok.i in doc.ner_name_starts("PER")


def _lower_is_known(tok: Token) -> bool:
    """A capitalized word in a title's chain that is an institution word, a title's noun (`Заместитель Руководителя
    Администрации`) or an adjective in lower case (`Главного`, whose likeliest reading is the noun `главное`: the
    dictionary's first two readings count)."""
    return bool(lemmas(tok.text) & (institutions() | title_nouns())) or any(
        p.tag.POS in ADJ for p in parses(tok.text.lower())[:2])


def _proper_name(doc: Analysis, j: int, limit: int, person_starts: set[int]) -> int:
    """After an institution noun: a quoted name or a run of capitalized words that is not a person, a state, a
    place (`председатель Правительства Москвы`) or an organization, nor a state's form noun standing alone for a state
    (`министром иностранных дел Королевства Марисом …`: `countries.long_prefixes`)."""
    toks = doc.tokens
    if j < limit and toks[j].text in OPENING_QUOTES:
        close = next((k for k in range(j + 1, min(limit, j + 12)) if toks[k].text in CLOSING_QUOTES), None)
        return close + 1 if close is not None else j
    k = j
    orgs = doc.starting_at("org")  # `советник генерального секретаря ОДКБ`: an organization is the post's
    places = doc.starting_at("location")
    while k < limit and k - j < 3 and toks[k].is_cap and toks[k].is_word and toks[k].start not in person_starts \
            and not countries().names.match_at(toks, k, limit) and toks[k].text not in countries().abbrs \
            and k not in orgs and k not in places and not lemmas(toks[k].text) & LONG_PREFIXES:
        k += 1
    return k if k < limit and toks[k].start in person_starts else j
