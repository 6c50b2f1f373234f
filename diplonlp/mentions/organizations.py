"""Organization mentions: international bodies from the gazetteer, state bodies by rule, the rest via NER."""

from __future__ import annotations

import re
from functools import cache

from ..analysis import Analysis, Coverage, Found, NerSpan, coverage
from ..inflect import case_run_end, in_case, nominative_phrase
from ..lexicon import (
    Match,
    PhraseIndex,
    PostHead,
    countries,
    known_person,
    locations,
    organizations,
    post_heads,
    region_by_nickname,
    sectors,
    title_nouns,
    words,
)
from ..morph import inflected, lemmas, name_head, parses
from ..names import is_indeclinable, known_first_name
from ..posts.heads import leader_of_nation
from ..scan import next_from
from ..text import BODY_ABBREVIATION, CAMEL, DASHES, Token
from . import datelines
from .countries import PAIR_DASHES, adjective_code, compound_codes, country_at, pair_parts
from .dates import MONTH_RE
from .locations import BUILDINGS
from .platforms import named_platform

MEDIA_WORDS = words("organizations.media_words")
EDUCATION_WORDS = words("organizations.education_words")
MISSIONS = words("posts.missions")
COMPANY_WORDS = words("organizations.company_words")
KNOWN_MEDIA = words("organizations.known_media")
NOT_ORGANIZATIONS = words("organizations.not_organizations")
"""What NER tags as an organization but names none (`СМИ`, a bare `МИД`)."""
PARLIAMENT_WORDS = words("organizations.parliament_words")
INTERNATIONAL_ADJECTIVES = words("organizations.international_adjectives")
INTERNATIONAL_HEADS = words("organizations.international_heads")
ACRONYM_SKIPS = words("organizations.acronym_skips")
VENUES = words("organizations.venues")
FIELD_FRAMES = words("organizations.field_frames")
EVENTS = words("organizations.events")
COMMISSIONS = words("organizations.commissions")
ORGAN_ABBREVIATIONS = words("organizations.organ_abbreviations")
COMMISSION_ADJECTIVES = words("organizations.commission_adjectives")
JOINT_ADJECTIVES = words("organizations.joint_adjectives")
FIELD_WORDS = 8
"""At most this many words after `по` name a commission's field (`по торгово-экономическому и научно-техническому
сотрудничеству`)."""
RULES = ("dateline_agency", "body_of_organization", "state_of_body", "one_state_body", "org_head_refers_back",
         "abbreviation_of_named", "place_of_body", "body_qualifier", "commission_of_states", "place_not_org",
         "department_of_body", "bare_body_of_setting", "state_of_second_title", "field_of_body",
         "abbreviation_in_brackets", "states_of_joint_body", "chamber_of_parliament", "body_within_body",
         "organ_before_body", "org_without_parent", "shared_parent", "title_before_body",
         "body_of_setting_among_states", "union_refers_back", "body_of_delegation", "sides_of_body",
         "agency_words_alone", "org_named_by_opening", "tail_after_preposition", "envoy_not_body_state",
         "bodies_of_states", "typed_quoted_name", "quoted_name_alone", "body_of_named_organization",
         "chamber_named_short", "headline_org_in_full", "lone_adjective_not_org")
"""Named rules of the stage (the gazetteer, state-body and NER readings are its base, not switches)."""
ENVOY_NOUNS = words("organizations.envoy_nouns")
"""`посол`, `посольство`: the state right after one is the envoy's (`envoy_not_body_state`)."""
MEMBER_STATES = words("organizations.member_states")
"""`государств – участников СНГ`, `государств – членов ШОС`: the nouns after the dash that name the members."""
MEMBER_WORDS = words("membership.member_words")
UNION_NOUNS = words("organizations.union_nouns")
UNION_HEADS = words("organizations.union_heads")
"""`государств – основателей объединения`: a noun any international organization may be called by after its name
(`union_refers_back`)."""
FRAMES = frozenset({"рамка"})
"""`в рамках организации`: a head noun after it names the body told before, as after a membership noun and `в`."""
COOPERATION_HEADS = words("cooperation.core")
"""`в рамках сотрудничества Россия – АСЕАН` after `АТЭС`: a cooperation noun is the frame's cooperation, never the
body named before whose head noun it is (`Азиатско-Тихоокеанское экономическое сотрудничество`)."""
MEMBERSHIP_NOUNS = words("membership.member_nouns")
"""`член`, `участник`: a body's head noun after them (`членом агентства`) names the body told before; so does one
after `в` that follows a membership noun (`председательство`, `вступить`)."""
POINTING_BACK = words("organizations.pointing_back")
"""`в этой организации`: a word between `в` and the head noun that points back."""
DEPARTMENTS = words("organizations.departments")
"""`департамент`, `управление`: a ministry's parts, named in the titles of their heads, not bodies of their own."""
ASSOCIATIONS = words("organizations.associations")
ASSOCIATION_ADJECTIVES = words("organizations.association_adjectives")
FIELD_NOUNS = words("posts.field_of_body")
"""`по делам`, `по вопросам`: an international body right after one is a field's, not the body's owner."""
ALL_CAPS = re.compile(r"[А-ЯЁ]{2,}")
"""`ЦК`, `КПК`, `РАН`: an abbreviation in capitals."""
PRESS_SERVICE = re.compile(r"пресс-служб\w*|пресс-центр\w*", re.I)


def genitive(phrase: str) -> str:
    """``Республика Казахстан`` -> ``Республики Казахстан``: leading adjectives and the first noun."""
    return _declined(phrase, "gent")


def _declined(phrase: str, case: str) -> str:
    """``phrase`` with its leading adjectives and first noun put in ``case`` (`Итальянская Республика` ->
    `Итальянской Республике` in ``loct``); the words after the first noun stay as they are."""
    words = phrase.split()
    out: list[str] = []
    declining = True
    for word in words:
        declining = declining and not word.startswith("(")  # `Синт-Мартен (голландская часть)`
        if declining:
            new = _to_case(word, case)
            out.append(new or word)
            if new is None or _is_noun(word):
                declining = False
        else:
            out.append(word)
    return " ".join(out)


def _is_noun(word: str) -> bool:
    """A common noun in the nominative (not a name's reading: `Боливарианская`, `Великое` are adjectives)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and not {"Surn", "Name", "Patr", "Geox"} & p.tag.grammemes
               for p in parses(word.lower()))


def _to_case(word: str, case: str) -> str | None:
    """``word`` in ``case``, an abbreviation as written (`ОАЭ`, `МИД`: no `Оаэ`)."""
    if len(word) > 1 and word.isupper():
        return word
    for p in parses(word.lower()):
        if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF", "PRTF"):
            want = {case, p.tag.number or "sing"}
            if p.tag.POS != "NOUN" and p.tag.gender and p.tag.number != "plur":
                want.add(p.tag.gender)
            new = inflected(p, want)
            if new:
                return _written_as(new.word.replace("ё", "е"), word)
    return None


def _written_as(form: str, word: str) -> str:
    """``form`` with the capitals of ``word``, hyphenated part by part (`Народно-Демократической`)."""
    parts, written = form.split("-"), word.split("-")
    if len(parts) != len(written):
        parts, written = [form], [word]
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for p, w in zip(parts, written, strict=True))


def _country_before(doc: Analysis, i: int, first: int) -> tuple[str, int] | None:
    if i - 1 >= first:
        tok = doc.tokens[i - 1]
        code = adjective_code(tok.text) if tok.is_word else None
        if code:
            return code, i - 1
    return None


def _setting_state(doc: Analysis) -> str | None:
    """`bare_body_of_setting`: `Астана, 28 февраля. … сообщил официальный представитель МИД Айбек Смадияров`: a bare
    state body whose sentence names no state is the state of the item's dateline, whose agency speaks of it (not
    after a plural: `Главы МИД согласовали`)."""
    return datelines.town_state(datelines.opening(doc.text, doc.header.stop)) if doc.on("bare_body_of_setting") \
        else None


def _gone_to(doc: Analysis, a: int) -> bool:
    """A state named in the accusative right after `в`: where someone goes (`визит … в Монголию`)."""
    return a > 0 and doc.tokens[a - 1].lower in ("в", "во") and doc.tokens[a].feats.get("Case") == "Acc"


def _abbr_at(doc: Analysis, i: int) -> tuple[int, str] | None:
    """The gazetteer's abbreviation at token ``i``: its length in tokens and its key, the longest form first (`ОПЕК+`,
    a format of its own, before `ОПЕК`)."""
    by_abbr = organizations().by_abbr
    tokens = doc.tokens
    if i + 1 < len(tokens) and f"{tokens[i].text} {tokens[i + 1].text}" in by_abbr:
        return 2, f"{tokens[i].text} {tokens[i + 1].text}"
    glued = i + 1 < len(tokens) and tokens[i].stop == tokens[i + 1].start
    if glued and tokens[i].text + tokens[i + 1].text in by_abbr:
        return 2, tokens[i].text + tokens[i + 1].text  # `G20`, `ОПЕК+`, which razdel cuts in two
    if tokens[i].text in by_abbr:
        return 1, tokens[i].text
    return None


def _state_bodies(doc: Analysis, i: int, first: int, last: int) -> list[Found]:
    """The state body whose head opens at token ``i``, and the body of the same kind of another state right after it
    (`bodies_of_states`); none where no body is named there."""
    lex = organizations()
    match = lex.bodies.match_at(doc.tokens, i, last)
    if not match:
        return []
    head, stem, kind, own = match.value
    after = country_at(doc, match.stop, last)
    if not after and not doc.tokens[i].is_cap:
        return []
    before = None if after else _country_before(doc, i, first)
    if not after and not before and own:
        before = (own, i)  # Халк Маслахаты, Мажилис: bodies of one state
    implied = not after and not before  # the state is not named with the body: the sentence's or the setting's
    if implied and (of_body := _body_of_organization(doc, i, match.stop, head, first)) is not None:
        return [of_body]
    if implied:
        code = _implied_state(doc, i, match.stop, stem, first, last)
        if code is None:
            return []
        before = (code, i)
    code, a, b = (after[0], i, after[1]) if after else (before[0], before[1], match.stop)  # type: ignore[index]
    # Посольство Казахстана в Японии: the host belongs to the embassy's name.
    host = None
    if kind == "embassy" and b < last and doc.tokens[b].lower == "в":
        host_match = country_at(doc, b + 1, last)
        if host_match:
            host, b = host_match
    qualified = _qualifier_before(doc, i, first) if a == i else None  # `Великого национального собрания Турции`
    if qualified is not None:
        a, head = qualified, nominative_phrase(doc.tokens[qualified:match.stop])
    found = doc.make("org", a, b, **_body_data(head, stem, kind, code, host), implied_state=implied)
    if qualified is not None:
        found.data["rule"] = "body_qualifier"
    if kind == "parliament" and (chamber := _chamber_end(doc, i, match.stop)) is not None:
        found.data["chamber_end"] = chamber
    return [found, *_bodies_of_states(doc, found, i, last, (head, stem, kind))]


def _body_data(head: str, stem: str | None, kind: str, code: str, host: str | None) -> dict[str, object]:
    """The name, abbreviation (`МИД РК`), state, kind, key, host and head phrase (`Министерство обороны`) of the body
    ``head`` of state ``code``."""
    clex = countries()
    name = f"{head} {_state_genitive(code)}"
    if host:
        name += f" в {_declined(clex.long.get(host) or clex.short[host], 'loct')}"
    country_abbr = next((k for k, v in clex.abbrs.items() if v == code), None)
    return {"name": name, "abbr": f"{stem} {country_abbr}" if stem and country_abbr else None, "country": code,
            "kind": kind, "key": f"{kind}:{head}:{code}:{host}", "host": host, "head": head}


def _bodies_of_states(doc: Analysis, body: Found, i: int, last: int, matched: tuple[str, str | None, str]
                      ) -> list[Found]:
    """`консультации между министерствами иностранных дел Азербайджана и Таиланда`, `между правительствами Казахстана
    и Кыргызстана`: a state body's head in the plural (or an abbreviation after `между`: `План консультаций между МИД
    Беларуси и Китая`), its state followed by `и` and another state, names that state's body of the same kind too
    (``matched``: the body's head, abbreviation stem and kind), its mention the second state's words (rule
    `bodies_of_states`)."""
    toks = doc.tokens
    plural = toks[i].feats.get("Number") == "Plur" or (
        i > 0 and toks[i - 1].lower == "между" and toks[i].text.isupper())
    if body.data.get("host") or not plural or body.b + 1 >= last or toks[body.b].lower != "и" or \
            not doc.on("bodies_of_states"):
        return []
    other = country_at(doc, body.b + 1, last)
    if other is None or other[0] == body.data["country"]:
        return []
    code, end = other
    return [doc.make("org", body.b + 1, end, **_body_data(*matched, code, None), implied_state=False,
                     rule="bodies_of_states")]


def _body_of_organization(doc: Analysis, i: int, stop: int, head: str, first: int) -> Found | None:
    """`поддерживает центральную роль ООН … и выступает за реформу Совета Безопасности`: a bare state body at tokens
    ``i:stop`` whose name with the abbreviation of an organization named before it in its sentence is that
    organization's body in the gazetteer (`Совет Безопасности ООН`) is that body, no state's (rule
    `body_of_named_organization`)."""
    if not doc.on("body_of_named_organization") or not all(t.is_cap for t in doc.tokens[i:stop]) or (
            stop < len(doc.tokens) and doc.tokens[stop].is_cap):
        return None  # `в Совете Безопасности ООН`: the gazetteer's name in full
    lex = organizations()
    for k in range(i - 1, first - 1, -1):
        rec = lex.by_abbr.get(doc.tokens[k].text)
        body = next((r for r in lex.by_abbr.values() if r.name == f"{head} {rec.abbr}"), None) if rec else None
        if body is not None:
            return doc.make("org", i, stop, name=body.name, abbr=body.abbr, country=body.country, kind=body.kind,
                            key=f"intl:{body.name}", rule="body_of_named_organization")
    return None


def _implied_state(doc: Analysis, i: int, stop: int, stem: str | None, first: int, last: int) -> str | None:
    """The state of a body named without one at tokens ``i:stop``: a bare abbreviation (`Минэкономики`) or a body's
    name in capitals (`Администрации Президента`) belongs to the state the second of two titles joined by a dash
    names (`state_of_second_title`: a capitalized body of one word too), else to the state named earlier in the
    sentence, not to one someone goes to (`визит Президента Казахстана в Монголию …, сообщил официальный
    представитель МИД`) — of several states named, to the dateline's where it is one (rule
    `body_of_setting_among_states`: `Товарооборот между Казахстаном и Кыргызстаном …, сообщили в МИД` in an Astana
    item) — else to the dateline's."""
    chained = _state_of_second_title(doc, stop, last)
    capitalized = all(t.is_cap for t in doc.tokens[i:stop]) and (stop - i > 1 or chained is not None) and (  # Кабинета
        stop >= last or not doc.tokens[stop].is_cap or  # Министров; not `Совет Безопасности ООН`,
        doc.tokens[stop].start in doc.ner_starts("PER"))  # `Совета Министров Союзного государства`
    tok = doc.tokens[i]
    abbreviated = stem is not None and (tok.text == stem or (tok.text.startswith(stem) and stem.lower() in lemmas(
        tok.text)))  # `Минэкономики`, or declined: `Глава Кабмина`
    if not abbreviated and not capitalized:
        return None
    if chained is not None:
        return chained
    near = [c for c in doc.found.get("country_candidate", []) if first <= c.a < i and not _gone_to(doc, c.a) and
            not _envoys_state(doc, c.a)]
    plural = i > first and doc.tokens[i - 1].feats.get("Number") == "Plur"  # `Главы МИД`: of many states
    if len(near) > 1 and doc.on("body_of_setting_among_states") and \
            (setting := _setting_state(doc)) in {str(c.data["code"]) for c in near[:-1]}:
        return setting  # `Товарооборот между Казахстаном и Кыргызстаном …, сообщили в МИД` in an Astana item
    if near:
        return str(near[-1].data["code"])
    return None if plural else _setting_state(doc)


def _envoys_state(doc: Analysis, a: int) -> bool:
    """`Посол Индонезии посетил МИД`, `Посол Франции был вызван в МИД` in an item datelined in the host's state: a state
    named right after an envoy's noun (`organizations.envoy_nouns`) is the envoy's, not the bare body's, which is the
    host's (rule `envoy_not_body_state`)."""
    return a > 0 and bool(lemmas(doc.tokens[a - 1].text) & ENVOY_NOUNS) and _setting_state(doc) is not None and \
        doc.on("envoy_not_body_state")


def _state_of_second_title(doc: Analysis, j: int, last: int) -> str | None:
    """`Заместителем Председателя Кабинета Министров – Министром иностранных дел Республики Таджикистан`: a body in
    the first of two titles joined by a dash is of the state the second names (rule `state_of_second_title`)."""
    if not doc.on("state_of_second_title") or j + 1 >= last or doc.tokens[j].text not in DASHES or \
            not lemmas(doc.tokens[j + 1].text) & title_nouns():
        return None
    for k in range(j + 2, min(j + 8, last)):
        if (found := country_at(doc, k, last)) is not None:
            return found[0]
        if doc.tokens[k].text in DASHES or doc.tokens[k].text == "," or doc.tokens[k].pos == "VERB":
            return None
    return None


def _chamber_end(doc: Analysis, i: int, stop: int) -> int | None:
    """`Сената Парламента`, `Маджлиси милли Маджлиси Оли`: where the chamber ends in a state body's name the
    gazetteer gives as two of its names, a chamber's and its parliament's (a chamber's title names the chamber,
    rule `chamber_of_parliament`)."""
    if not doc.on("chamber_of_parliament"):
        return None
    bodies = organizations().bodies
    inner = bodies.match_at(doc.tokens, i, stop - 1)
    rest = bodies.match_at(doc.tokens, inner.stop, stop) if inner is not None else None
    return inner.stop if inner is not None and rest is not None and rest.stop == stop else None


def _qualifier_before(doc: Analysis, i: int, first: int) -> int | None:
    """`Великого национального собрания Турции`: a capitalized adjective, no state's, inside a span NER found, right
    before a state body's head, is part of the body's name (rule `body_qualifier`): where it starts; not a title's
    noun the tagger calls an adjective (`Председателя Парламента Республики Сингапур`)."""
    k = i - 1
    tok = doc.tokens[k] if k > first else None
    if tok is None or not doc.on("body_qualifier") or tok.pos != "ADJ" or not tok.is_cap or \
            adjective_code(tok.text) or lemmas(tok.text) & title_nouns():
        return None
    return k if any(a <= k < b for _, a, b in doc.ner_tokens("ORG")) else None


def _state_genitive(code: str) -> str:
    """A state's long name in the genitive, as it ends a state body's name (`Республики Казахстан`)."""
    clex = countries()
    return genitive(clex.long.get(code) or clex.short.get(code, code))


def _extend_by_genitive(doc: Analysis, b: int, rules: list[Found]) -> int:
    """``Совета сотрудничества`` + ``высшего уровня``: a lower-case genitive tail NER left out, not a title after
    it (`во Дворце Независимости премьер-министра Вьетнама`)."""
    _, last = doc.sent_bounds(b - 1)
    j = b
    while j < last and j - b < 4:
        tok = doc.tokens[j]
        if tok.is_cap or not tok.is_word or tok.pos == "ADP" or any(f.a <= j < f.b for f in rules) or \
                _office_before_name(doc, j, last):
            break  # not a preposition the dictionary also reads as a letter's name in the genitive (`в`)
        if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parses(tok.lower)[:2]):
            break
        j += 1
    while j > b and not any(p.tag.POS == "NOUN" for p in parses(doc.tokens[j - 1].lower)[:1]):
        j -= 1  # end on a noun
    return j


def _office_before_name(doc: Analysis, j: int, last: int) -> bool:
    """A singular title of the state service at ``j`` with a capitalized word after it (`премьер-министра Вьетнама`),
    not an occupation (`Госпиталь принцессы Марины`, `Высшие курсы сценаристов`)."""
    head = post_heads().match_at(doc.tokens, j, last)
    return head is not None and head.value.family != "profession" and head.stop < last and \
        doc.tokens[head.stop].is_cap and doc.tokens[j].feats.get("Number") != "Plur"


def _extend_by_place(doc: Analysis, b: int) -> int:
    """``Американский университет`` + ``в Центральной Азии``: the place is part of the name (in its sentence: not a
    headline's `в Фошаньском университете` and the next line's `В Пекине …`)."""
    last = doc.sent_bounds(b - 1)[1]
    if b + 1 < last and doc.tokens[b].lower == "в":
        for span in doc.ner:
            if span.type == "LOC" and span.start == doc.tokens[b + 1].start:
                rng = doc.token_range(span.start, span.stop)
                return rng[1] if rng and rng[1] <= last else b
    return b


def _state_body_head(tokens: list[Token]) -> Match[tuple[str, str | None, str, str | None]] | None:
    """The head of a state body opening ``tokens`` (`Правительства`, `Министерства иностранных дел`)."""
    return organizations().bodies.match_at(tokens, 0, len(tokens))


def _known_media(low: str) -> bool:
    """A known agency's name, or one opening with it as a word in any case (`РИА Новости`, `Интерфакса-Украина`;
    not `Узатом`, which only opens with the letters of `УзА`)."""
    first = re.split(r"[\s\-]", low, maxsplit=1)[0]
    return low in KNOWN_MEDIA or any(low.startswith(m + " ") for m in KNOWN_MEDIA) or first in KNOWN_MEDIA or \
        bool(lemmas(first) & KNOWN_MEDIA)


def _ner_kind(tokens: list[Token], name: str) -> str:
    """What kind of body an organization NER found is, by its words; a state body's head alone (`Правительства`)
    is of the body's kind."""
    body = _state_body_head(tokens)
    if body is not None and body.stop == len(tokens):
        return body.value[2]
    words = {lemma for t in tokens for lemma in lemmas(t.text)}
    low = name.lower()
    if _known_media(low) or words & MEDIA_WORDS or \
            {"информационный", "агентство"} <= words:
        return "media"
    if words & EDUCATION_WORDS:
        return "education"
    if words & COMPANY_WORDS:
        return "company"
    if words & ASSOCIATION_ADJECTIVES:
        return "other"  # `Торгово-промышленной палаты`: business's, no parliament
    if words & {"министерство", "ведомство", "комитет"}:
        return "ministry"
    if words & PARLIAMENT_WORDS:
        return "parliament"
    if words & INTERNATIONAL_ADJECTIVES and words & INTERNATIONAL_HEADS and adjective_code(tokens[0].text) is None:
        return "international"  # `Международного агентства по …`; not `Японского агентства международного …`
    return "other"


def find(doc: Analysis) -> list[Found]:
    tokens = doc.tokens
    lex = organizations()
    found: list[Found] = []
    starts = doc.scan.where(lex.bodies.firsts, lex.names.firsts, texts=lex.abbr_firsts)
    for sent in doc.sents:
        i = next_from(starts, sent.first, sent.last)
        while i < sent.last:
            bodies = _state_bodies(doc, i, sent.first, sent.last)
            if bodies:
                found.extend(bodies)
                i = bodies[-1].b
                continue
            abbr = _abbr_at(doc, i)
            if abbr:
                n, key = abbr
                rec = lex.by_abbr[key]
                found.append(doc.make("org", i, i + n, name=rec.name, abbr=rec.abbr, country=rec.country, kind=rec.kind,
                                      key=f"intl:{rec.name}"))
                i += n
                continue
            match = lex.names.match_at(tokens, i, sent.last)
            if match:
                rec = match.value
                found.append(doc.make("org", i, match.stop, name=rec.name, abbr=rec.abbr, country=rec.country,
                                      kind=rec.kind, key=f"intl:{rec.name}"))
                i = match.stop
                continue
            i = next_from(starts, i + 1, sent.last)
    found.extend(_paired_bodies(doc))
    found.extend(_dateline_agencies(doc, found))
    found.extend(_named_after_people(doc, found))
    found.extend(_commissions_of_states(doc, found))
    found.extend(_typed_quoted_names(doc, found))
    found.extend(_from_ner(doc, found))
    found = _chambers_of_parliaments(doc, found)
    _chambers_named_short(doc, found)
    _shared_parent(doc, found)
    _heads_refer_back(doc, found)
    _headline_names_in_full(doc, found)
    _abbreviations_of_named(doc, found)
    _quoted_names_alone(doc, found)
    found.extend(_abbreviations_in_brackets(doc, found))
    return found


QUOTED_NAME = re.compile(r"(\w+) «([^«»]+)»")
"""`ПАО «Газпром»`: a company's kind and its name in quotes."""


def _quoted_names_alone(doc: Analysis, found: list[Found]) -> None:
    """`председателя правления ПАО «Газпром»` … `партнерства с Газпромом`: NER's organization named as what a
    company's kind word (`organizations.company_words`) has in quotes is that company (rule `quoted_name_alone`)."""
    if not doc.on("quoted_name_alone"):
        return
    named: dict[str, Found] = {}
    for f in found:
        match = QUOTED_NAME.fullmatch(str(f.data.get("name") or ""))
        if match and match[1].lower() in COMPANY_WORDS:
            named.setdefault(match[2].lower().replace("ё", "е"), f)
    for f in found:
        full = named.get(str(f.data.get("name") or "").lower().replace("ё", "е"))
        if full is not None and full is not f and str(f.data.get("key", "")).startswith("ner:"):
            _mention_of(f, full, "quoted_name_alone")


def _paired_bodies(doc: Analysis) -> list[Found]:
    """A body on its part of a word pairing it with a state (`сотрудничества Армения-ЕС`; `countries.pair_parts`,
    rule `paired_names`)."""
    if not doc.on("paired_names"):
        return []
    by_abbr, out = organizations().by_abbr, []
    for tok in doc.tokens:
        if tok.is_cap and PAIR_DASHES.search(tok.text):
            for a, b, kind, abbr in pair_parts(tok.text):
                if kind == "org":
                    rec = by_abbr[abbr]
                    out.append(Found("org", tok.i, tok.i + 1, tok.start + a, tok.start + b, {
                        "name": rec.name, "abbr": rec.abbr, "country": rec.country, "kind": rec.kind,
                        "key": f"intl:{rec.name}"}))
    return out


def _shared_parent(doc: Analysis, found: list[Found]) -> None:
    """`Генеральной Ассамблеи и Совета Безопасности ООН`, `в Совете министров иностранных дел и Совете глав государств
    СНГ`: a name NER finds right before `и` and an organization named with the abbreviation of the one it belongs
    to takes that abbreviation too, where the gazetteer knows the whole (`Генеральная Ассамблея ООН`) or both
    names open with one head noun (rule `shared_parent`)."""
    if not doc.on("shared_parent"):
        return
    lex = organizations()
    starting = {f.a: f for f in found}
    for f in found:
        other = starting.get(f.b + 1)
        if other is None or doc.tokens[f.b].lower != "и" or not str(f.data.get("key", "")).startswith("ner:"):
            continue
        parent = _parent_abbreviation(str(other.data["name"]))[1]
        if parent is None:
            continue
        whole = f"{f.data['name']} {parent}"
        rec = next((r for r in lex.by_abbr.values() if r.name == whole), None)
        if rec is not None:
            f.data.update(name=rec.name, abbr=rec.abbr, country=rec.country, kind=rec.kind, key=f"intl:{rec.name}")
        elif lemmas(doc.tokens[f.a].text) & lemmas(doc.tokens[other.a].text):
            f.data.update(name=whole, kind=other.data["kind"], key=f"ner:{whole.lower()}")
        else:
            continue
        f.data["rule"] = "shared_parent"


def _parent_abbreviation(name: str) -> tuple[str, str | None]:
    """An organization's name split before a last word that is the abbreviation of the one it belongs to
    (`Совет Безопасности`, `ООН`), else the name and None."""
    short, _, last = name.rpartition(" ")
    return (short, last) if short and last in organizations().by_abbr else (name, None)


def _chambers_of_parliaments(doc: Analysis, found: list[Found]) -> list[Found]:
    """`Палатой представителей Национального собрания Республики Беларусь`, `Сената Олий Мажлиса`: a chamber (a
    parliament's body) right before the parliament it belongs to, in the genitive, is one body, the chamber, named
    with its parliament (rule `chamber_of_parliament`); a chamber the gazetteer knows keeps its key, so its bare name
    later (`Председателем Государственной Думы`) is a mention of it."""
    if not doc.on("chamber_of_parliament"):
        return found
    starting = {f.a: f for f in found if f.data["kind"] == "parliament" and f.data["country"]}
    merged: dict[int, Found] = {}
    for f in found:
        parent = starting.get(f.b)
        if f.data["kind"] != "parliament" or parent is None or parent.a in merged or f.a in merged or \
                not any(t.feats.get("Case") == "Gen" or in_case(t, "gent") for t in doc.tokens[parent.a:parent.b]):
            continue
        name = f"{nominative_phrase(doc.tokens[f.a:f.b])} {_parent_genitive(doc, parent)}"
        known = str(f.data.get("key", "")).startswith("parliament:")  # the gazetteer's chamber: `Государственной Думы`
        merged[f.a] = merged[parent.a] = doc.make(
            "org", f.a, parent.b, name=name, abbr=None, country=parent.data["country"], kind="parliament",
            key=f.data["key"] if known else f"ner:{name.lower()}", rule="chamber_of_parliament", chamber_end=f.b)
    return [merged.get(f.a, f) for f in found if f.a not in merged or merged[f.a].a == f.a]


def _chambers_named_short(doc: Analysis, found: list[Found]) -> None:
    """`Председатель Сената Казахстана` over `Председатель Сената Парламента Республики Казахстан`, `Палаты
    представителей Беларуси` beside `Палаты представителей Национального собрания Республики Беларусь`: a chamber
    named with its state alone is the one of that state named with its parliament too, whose name, with the state's
    long name at the end of both, goes on from it (rule `chamber_named_short`): one body, the longer name."""
    if not doc.on("chamber_named_short"):
        return
    chambers = [f for f in found if f.data["kind"] == "parliament" and f.data["country"]]
    for short in chambers:
        name, code = str(short.data["name"]), str(short.data["country"])
        if (head := _less_state(name, code)) is None:
            continue
        longer = next((f for f in chambers if f.data["country"] == short.data["country"] and
                       str(f.data["name"]).startswith(head + " ") and len(str(f.data["name"])) > len(name) and
                       _less_state(str(f.data["name"]), code) is not None), None)
        if longer is not None:
            short.data["key"], short.data["name"] = longer.data["key"], longer.data["name"]


def _parent_genitive(doc: Analysis, parent: Found) -> str:
    """A parliament's name in the genitive, as the text writes its head, with its state's long name (`Национального
    собрания Беларуси` -> `Национального собрания Республики Беларусь`, `Олий Мажлиса` -> `Олий Мажлиса Республики
    Узбекистан`): no declension to undo, none to guess for a name the dictionary does not know."""
    states = doc.starting_at("country_candidate")
    end = next((k for k in range(parent.a + 1, parent.b) if k in states), parent.b)
    return f"{doc.span_text(parent.a, end)} {_state_genitive(str(parent.data['country']))}"


def _commissions_of_states(doc: Analysis, found: list[Found]) -> list[Found]:
    """`Монголо-российской межправительственной комиссии по торгово-экономическому и научно-техническому
    сотрудничеству`: a commission or committee named by a compound adjective of two or more states, capitalized,
    with its field after `по`; or opened by a joint body's adjective and named with its field (`Межправительственной
    комиссии по торговле и инвестициям`; rule `commission_of_states`; NER finds such names in part or not at all)."""
    if not doc.on("commission_of_states"):
        return []
    busy = coverage(found)
    out: list[Found] = []
    for k in doc.scan.where(COMMISSIONS):
        a = k
        while a > 0 and k - a < 3 and doc.tokens[a - 1].pos == "ADJ" and not busy.covers(doc.tokens[a - 1].start):
            a -= 1
        opener = doc.tokens[a]
        b = _field_after(doc, k + 1)
        if b == k + 1:  # no field after `по`: NER's name read on (`Российско-американского совета делового …`)
            b = max([b, *(nb for _, na, nb in doc.ner_tokens("ORG") if na <= k < nb)])
        of_states = any(len(compound_codes(t.text)) > 1 for t in doc.tokens[a:k])
        if a == k or not opener.is_cap or not (of_states or (_joint_body_opener(doc, a) and b > k + 1)):
            continue
        name = nominative_phrase(doc.tokens[a:k + 1]) + doc.text[doc.tokens[k].stop:doc.tokens[b - 1].stop]
        out.append(doc.make("org", a, b, name=name, abbr=None, country=None, kind="other",
                            key=f"ner:{name.lower()}", rule="commission_of_states"))
    return out


def _joint_body_opener(doc: Analysis, a: int) -> bool:
    """`заседания Межправительственной комиссии по торговле`: a joint body's capitalized adjective
    (`organizations.commission_adjectives`) inside a sentence opens a commission's name, read with its field."""
    return a > doc.sent_bounds(a)[0] and bool(lemmas(doc.tokens[a].text) & COMMISSION_ADJECTIVES)


def _field_after(doc: Analysis, j: int) -> int:
    """The end of a body's field after `по` at ``j`` (`по торгово-экономическому и научно-техническому
    сотрудничеству`): its dative words joined by `и`, up to the last noun (at most `FIELD_WORDS`); ``j`` if none."""
    _, last = doc.sent_bounds(j - 1)
    if j >= last or doc.tokens[j].lower != "по":
        return j
    stop = min(last, j + FIELD_WORDS + 1)
    end = case_run_end(doc.tokens, j + 1, stop)
    return case_run_end(doc.tokens, end, stop, case="gent") if end > j + 1 else j


def _region_after(doc: Analysis, j: int) -> int:
    """`… по превентивной дипломатии для Центральной Азии`: the end of the region after `для` at ``j`` that a body's
    field closes with (a place NER found), else ``j``."""
    if j >= len(doc.tokens) or doc.tokens[j].lower != "для":
        return j
    return next((b for _, a, b in doc.ner_tokens("LOC") if a == j + 1), j)


def _department_of(doc: Analysis, a: int, b: int, rules: list[Found]) -> bool:
    """`директором Департамента Европы МИД Франции`: a department NER takes for an organization, right before the
    state body it belongs to, is that body's (the contract's `пресс-служба МИД РК`); the title reads it (rule
    `department_of_body`)."""
    if not doc.on("department_of_body") or not any(lemmas(t.text) & DEPARTMENTS for t in doc.tokens[a:b]):
        return False
    body = next((f for f in rules if f.a == b), None)
    return body is not None and body.data.get("kind") in ("ministry", "government")


def _qualifier_before_bracket(doc: Analysis, a: int, b: int) -> int | None:
    """`Российско-Таджикский (Славянский) университет`, read by NER from inside the bracket: where the name opens,
    at the capitalized word right before the bracket (the name is written without the brackets)."""
    toks = doc.tokens
    if a < 2 or toks[a - 1].text != "(" or not any(t.text == ")" for t in toks[a:b]):
        return None
    word = toks[a - 2]
    return a - 2 if word.is_word and word.is_cap and not word.text.isupper() else None


def _venue_name(doc: Analysis, a: int, b: int) -> bool:
    """Does the span name a venue or an event, no organization? `во дворце «Сербия»`: a name in quotes after a
    building's or an event's noun that is only a state's name is none (nor, by the contract, a mention of the state);
    `компании «Россия»` is one. Any name in quotes after an event's or a residence's noun (`organizations.events`:
    `форума «Валдай»`, `резиденции «Куксарой»`) names the event or the building."""
    words = [t for t in doc.tokens[a:b] if t.is_word]
    quote = next((t.i for t in doc.tokens[max(a - 1, 0):b] if t.text in "«\""), None)
    if not words or quote is None or quote == 0 or not lemmas(doc.tokens[quote - 1].text) & VENUES:
        return False
    if lemmas(doc.tokens[quote - 1].text) & EVENTS:
        return True  # `на полях форума «Валдай»`: the event's name
    found = country_at(doc, words[0].i, words[-1].i + 1)
    return found is not None and found[1] == words[-1].i + 1


def _quoted_kind(doc: Analysis, a: int, b: int) -> str | None:
    """The kind of a name in quotes after its kind's noun (`компании «Чалык Энерджи»`, `агентство «Анадолу»`),
    which keeps the nominative (not `«Газпрома»`, which declines); None for any other span."""
    toks = doc.tokens
    if a < 2 or toks[a - 1].text not in "«\"" or b >= len(toks) or toks[b].text not in "»\"":
        return None
    noun = lemmas(toks[a - 2].text)
    return "company" if noun & COMPANY_WORDS else "media" if noun & (MEDIA_WORDS | {"агентство"}) else None


QUOTED_HEADS = words("organizations.quoted_heads")
OPENING_QUOTES = frozenset({"«"})


def _typed_quoted_names(doc: Analysis, found: list[Found]) -> list[Found]:
    """`Китайско-Белорусского индустриального парка «Великий камень»`, `Международный финансовый центр «Астана»`: a
    name in quotes right after a phrase of adjectives, the first capitalized, and a head noun that names a kind of
    body (`organizations.quoted_heads`) is one organization, the phrase in the nominative (rule
    `typed_quoted_name`; NER reads at most the quoted name, here a town)."""
    if not doc.on("typed_quoted_name"):
        return []
    toks, busy, out = doc.tokens, coverage(found), []
    for i in doc.scan.where(texts=OPENING_QUOTES):
        sent = doc.sents[toks[i].sent]
        close = next((k for k in range(i + 2, min(sent.last, i + 8)) if toks[k].text == "»"), None)
        if close is None or i - 2 < sent.first or not toks[i + 1].is_cap or not toks[i - 1].text.islower() or \
                not lemmas(toks[i - 1].text) & QUOTED_HEADS:
            continue
        a = i - 1
        while a - 1 >= sent.first and toks[a - 1].pos == "ADJ" and not toks[a].is_cap:
            a -= 1
        if a == i - 1 or not toks[a].is_cap or busy.overlaps(toks[a].start, toks[close].stop):
            continue
        name = f"{nominative_phrase(toks[a:i])} {doc.span_text(i, close + 1)}"
        out.append(doc.make("org", a, close + 1, name=name, abbr=None, country=None,
                            kind=_ner_kind(toks[a:i], name), key=f"ner:{name.lower()}", rule="typed_quoted_name"))
    return out


def _quoted(doc: Analysis, a: int, b: int) -> bool:
    """Does a quote open right before ``a:b`` or close right after it?"""
    return (a > 0 and doc.tokens[a - 1].text in "«\"") or (b < len(doc.tokens) and doc.tokens[b].text in "»\"")


def _a_state(doc: Analysis, a: int, b: int) -> bool:
    """`Министром иностранных дел ЛНДР`: a span NER took for an organization that is only a state's name or
    abbreviation, unquoted, is that state (the country stage's), no organization; so is one that goes on with a
    person's name, a first name the dictionary knows opening it or a public figure's whole name (`leaders.tsv`:
    `Министр иностранных дел РА Арарат Мирзоян`, the state and the minister)."""
    found = None if _quoted(doc, a, b) else country_at(doc, a, b)  # `гибели «Колумбии»`: a name of its own
    if found is not None and found[1] < b and b - found[1] <= 3:
        toks = doc.tokens[found[1]:b]
        words_ = [t.text for t in toks]
        figure = known_person(words_[-1], doc.date, " ".join(words_[:-1]))
        return (known_first_name(words_[0]) or (figure is not None and figure.name == " ".join(words_))) and \
            all(t.is_cap and t.is_word and not t.text.isupper() for t in toks)
    return found is not None and found[1] == b


def _a_place(doc: Analysis, a: int, b: int) -> bool:
    """`директор департамента Азии МИД Японии`: a span NER took for an organization that is only a place the
    gazetteer knows, unquoted and not an abbreviation (`ФАР`), is that place (the location stage's), no
    organization (rule `place_not_org`); so is an abbreviation the gazetteer writes so (`в АТР`, `стран ЦА`)."""
    if _quoted(doc, a, b) or not doc.on("place_not_org"):
        return False
    if any(t.text.isupper() for t in doc.tokens[a:b]):
        place = locations().get(doc.span_text(a, b)) if b - a == 1 else None
        return place is not None and doc.tokens[a].text in place.abbreviations
    match = locations().match_at(doc.tokens, a, b)
    return (match is not None and match.stop == b) or \
        (b - a == 1 and doc.on("region_nickname") and region_by_nickname(doc.tokens[a]) is not None)


def _a_month(doc: Analysis, a: int, b: int) -> bool:
    """`ЕРЕВАН, 5 ИЮНЯ, АРМЕНПРЕСС.`: a span NER took for an organization that is one month's name after a day's
    number is a date, no organization."""
    return b - a == 1 and a > 0 and doc.tokens[a - 1].text.isdigit() and \
        re.fullmatch(MONTH_RE, doc.tokens[a].text, re.I) is not None


def _a_field(toks: list[Token]) -> bool:
    """Is ``toks`` one word that names a sector, a field and no body (`в сферах здравоохранения и IT-технологий`)?"""
    return len(toks) == 1 and bool(lemmas(toks[0].text) & sectors().words.keys())


def _first_noun_in(toks: list[Token], nouns: frozenset[str]) -> bool:
    """Is the first noun of ``toks`` one of ``nouns``: a building's (`в Президентском дворце`, a span NER took for
    an organization that names the building, none), a party's or association's (`Коммунистической партии`, also
    after an organ's abbreviation, `ЦК Коммунистической партии`; rule `state_of_body`)?"""
    noun = next((t for t in toks if t.pos in ("NOUN", "PROPN") and t.lower not in ORGAN_ABBREVIATIONS), None)
    return noun is not None and bool(lemmas(noun.text) & nouns)


def _abbreviations_of_named(doc: Analysis, found: list[Found]) -> None:
    """`СМИД СНГ` and `Совета министров иностранных дел СНГ` in one text: an abbreviation NER found whose letters
    are the initials of an organization's name given in full in the text (words in capitals kept whole, `и`, `по`
    … skipped) is a mention of that organization (rule `abbreviation_of_named`); so are the initials of a state
    body's name less its state, where one body of the text has them and no other state is named right after them
    (`Вице-спикер НС Армении` and `Национального собрания Армении`, `Спикер ЖК` and `Жогорку Кенеша Кыргызской
    Республики`)."""
    if not doc.on("abbreviation_of_named"):
        return
    full: dict[str, Found] = {}
    stateless: dict[str, dict[str, Found]] = {}  # `НС` -> the state bodies with those initials, by key
    for f in found:
        name = str(f.data.get("name") or "")
        if len(name.split()) >= 3:
            full.setdefault(_acronym(name), f)
            full.setdefault(_acronym(name, parent=False), f)  # `РЦПДЦА`: `Региональный центр ООН по …`
        if (head := _name_less_state(f)) is not None:
            stateless.setdefault(_acronym(head), {}).setdefault(str(f.data["key"]), f)
    for f in found:
        name = str(f.data.get("name") or "").replace(" ", "")
        if not str(f.data.get("key", "")).startswith("ner:") or not name.isupper():
            continue
        named = full.get(name) or _one_state_body_of(doc, f, stateless.get(name, {}))
        if named is not None and named is not f:
            _mention_of(f, named, "abbreviation_of_named", abbr=str(f.data.get("name")))


def _one_state_body_of(doc: Analysis, f: Found, bodies: dict[str, Found]) -> Found | None:
    """The one state body of ``bodies`` whose initials ``f`` writes, unless another state is named right after it."""
    if len(bodies) != 1:
        return None
    body = next(iter(bodies.values()))
    after = country_at(doc, f.b, len(doc.tokens))
    return body if after is None or after[0] == body.data["country"] else None


def _name_less_state(f: Found) -> str | None:
    """The name of the state body ``f`` less its state's name at its end (`Национальное собрание` of `Национальное
    собрание Республики Армения`), where it is a state body of two words or more so named."""
    code = f.data.get("country")
    if not code or f.data.get("kind") not in STATE_BODY_KINDS:
        return None
    head = _less_state(str(f.data.get("name") or ""), str(code))
    return head if head is not None and len(head.split()) >= 2 else None


def _less_state(name: str, code: str) -> str | None:
    """``name`` less the long name of state ``code`` in the genitive at its end (`Национальное собрание` of
    `Национальное собрание Республики Армения`), or None where it does not end so."""
    state = " " + _state_genitive(code)
    return name[:-len(state)] if name.endswith(state) else None


def _mention_of(f: Found, named: Found, rule: str, abbr: str | None = None) -> None:
    """Make the mention ``f`` one of the organization ``named`` (its name, state, kind, key and abbreviation, or
    ``abbr`` where given), by ``rule``."""
    f.data.update({k: named.data[k] for k in ("name", "country", "kind", "key")})
    f.data.update(abbr=named.data.get("abbr") if abbr is None else abbr, rule=rule)


BRACKETED_ABBREVIATION = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9\-]{1,11}")
"""`IRENA`, `UNHCR`, `ЕАБР`: an abbreviation in capitals a text gives in brackets after a name."""


def _abbreviations_in_brackets(doc: Analysis, found: list[Found]) -> list[Found]:
    """`Международного агентства по возобновляемым источникам энергии (IRENA)` … `сотрудничества с IRENA`: an
    abbreviation in brackets right after an organization's name stands for it wherever the text uses it again,
    found by NER or not (rule `abbreviation_in_brackets`); returns the mentions NER did not find."""
    if not doc.on("abbreviation_in_brackets"):
        return []
    toks = doc.tokens
    named: dict[str, Found] = {}
    for f in found:
        if (abbr := _bracketed_after(toks, f)) is not None:
            named.setdefault(abbr, f)
    if not named:
        return []
    for f in found:
        full = named.get(str(f.data.get("name") or "")) if str(f.data.get("key", "")).startswith("ner:") else None
        if full is not None and full is not f:
            _mention_of(f, full, "abbreviation_in_brackets")
    busy = coverage(found)
    out = []
    for k, tok in enumerate(toks):
        full = named.get(tok.text)
        if full is not None and not busy.overlaps(tok.start, tok.stop):
            out.append(doc.make("org", k, k + 1, **{**full.data, "rule": "abbreviation_in_brackets"}))
    return out


def _bracketed_after(toks: list[Token], f: Found) -> str | None:
    """The abbreviation in brackets right after the name ``f`` reads, or closing its span where NER took the brackets
    in (`Китайской национальной нефтегазовой корпорации (CNPC)`)."""
    for k in (f.b, f.b - 3):
        if f.a < k and k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and \
                BRACKETED_ABBREVIATION.fullmatch(toks[k + 1].text):
            return toks[k + 1].text
    return None


def _acronym(name: str, parent: bool = True) -> str:
    """`Совет министров иностранных дел СНГ` -> `СМИДСНГ`, `Организация по безопасности и сотрудничеству в Европе`
    -> `ОБСЕ`; without ``parent``, words in capitals (the organization a body is of) are left out."""
    return "".join(w if w.isupper() else w[0].upper() for w in name.split()
                   if w not in ACRONYM_SKIPS and (parent or not w.isupper()))


def _heads_refer_back(doc: Analysis, found: list[Found]) -> None:
    """`взаимодействия России и Лиги` after `Лиги арабских государств`, `в Организации` after `Организации Договора
    о коллективной безопасности`: one word NER takes for an organization that is the head noun of one named before
    it is a mention of that one, and so is a state body's head word alone of the same state (`Мажилисом` after
    `Мажилиса Парламента Республики Казахстан`) and that noun in lower case right after a title
    (`_heads_after_titles`, added to ``found``; rule `org_head_refers_back`). A name NER finds that is one named
    before less the abbreviation of the organization it belongs to is a mention of it (`по реформе Совета
    Безопасности` after `Совета Безопасности ООН`, not a state body of the setting; rule `org_without_parent`). An
    organization named by the opening words of one named before in full, no state named with it (nor an
    abbreviation of its own: `Федеральное бюро расследований`, `ФБР`), is a mention of it (`между Законодательной
    палатой и Сеймом` after `Законодательной палаты Олий Мажлиса Республики Узбекистан`, `портфель Азиатского банка`
    after `Азиатского банка инфраструктурных инвестиций`; rule `org_named_by_opening`)."""
    if not doc.on("org_head_refers_back"):
        return
    named: dict[str, Found] = {}  # head noun's lemma -> the organization named last with it
    parentless: dict[str, Found] = {}  # `совет безопасности` -> `Совет Безопасности ООН` named before
    openings: dict[str, Found] = {}  # `законодательная палата` -> `Законодательная палата Олий Мажлиса …` before
    for f in sorted(found, key=lambda f: f.a):
        ner = str(f.data.get("key", "")).startswith("ner:")
        bare = ner or bool(f.data.get("implied_state"))
        unstated = bare or (f.data.get("kind") in STATE_BODY_KINDS and not any(
            f.a <= c.a < f.b for c in doc.found.get("country_candidate", [])))  # `Маджлиси намояндагон`: no state
        phrase = nominative_phrase(doc.tokens[f.a:f.b]).lower() if unstated else ""
        if bare and (earlier := parentless.get(phrase)) is not None and doc.on("org_without_parent"):
            _mention_of(f, earlier, "org_without_parent")
            continue
        if unstated and (earlier := openings.get(phrase)) is not None and f.data.get("country") in (
                None, earlier.data["country"]) and not f.data.get("abbr") and doc.on("org_named_by_opening"):
            _mention_of(f, earlier, "org_named_by_opening")
            continue
        short, parent = _parent_abbreviation(str(f.data.get("name") or ""))
        if parent is not None:
            parentless[short.lower()] = f
        words = str(f.data.get("name") or "").lower().split()
        openings.update({" ".join(words[:n]): f for n in range(2, len(words) - 1)})
        if (f.b - f.a == 1 and ner) or _bare_body(f):
            earlier = next((named[lem] for lem in lemmas(doc.tokens[f.a].text) if lem in named), None)
            if earlier is not None and (ner or earlier.data["country"] == f.data["country"]):
                _mention_of(f, earlier, "org_head_refers_back")
                continue
        head = next((t for t in doc.tokens[f.a:f.b] if t.pos in ("NOUN", "PROPN") and t.is_word), None)
        said = lemmas(head.text) if head is not None and f.b - f.a > 1 else frozenset()
        for lem in said | _heads_of_name(str(f.data.get("name") or "")):
            named[lem] = f
    found += _heads_after_titles(doc, found)


def _headline_names_in_full(doc: Analysis, found: list[Found]) -> None:
    """`Казахстан и ЕС провели заседание Совета сотрудничества` over `… заседание Совета сотрудничества Казахстан –
    Европейский союз`: a headline's organization NER found, of two words or more and no abbreviation, whose words
    open the name of one the text names after the headline is a mention of that one (rule `headline_org_in_full`);
    so is a state body's head word alone (`Председатель Сената принял …` over `Председатель Сената Парламента
    Республики Казахстан`) where the names it opens are all of one body."""
    if not doc.on("headline_org_in_full"):
        return
    lead = datelines.lead_start(doc)
    headline: list[Found] = []
    later: list[Found] = []
    for f in found:
        (headline if datelines.in_headline(doc, lead, doc.tokens[f.a].sent) else later).append(f)
    for f in headline:
        head_word = f.b - f.a == 1 and f.data.get("kind") in STATE_BODY_KINDS
        if not str(f.data.get("key", "")).startswith("ner:") or (f.b - f.a < 2 and not head_word) or \
                f.data.get("abbr"):
            continue
        opening = nominative_phrase(doc.tokens[f.a:f.b]).lower() + " "
        fulls = [g for g in later if str(g.data.get("name") or "").lower().startswith(opening)]
        if fulls and (not head_word or len({g.data.get("key") for g in fulls}) == 1):
            _mention_of(f, fulls[0], "headline_org_in_full")


def _heads_of_name(name: str) -> frozenset[str]:
    """The head nouns of an organization's name and of the gazetteer's other forms of it (`Организация
    Североатлантического договора`: `организация`, and `альянс` of `Североатлантический альянс`), so that `Альянс`
    after `НАТО` is NATO."""
    heads = name_head(name)
    for alias in organizations().aliases.get(name, ()):
        heads |= name_head(alias)
    return heads


STATE_BODY_KINDS = ("ministry", "government", "parliament", "embassy")
"""Kinds of a state's bodies: heading a delegation of one, a title is the state's (`delegation_state`), not the
body's; named by its head word alone, one is the body of that kind named before (`org_head_refers_back`)."""


def _bare_body(f: Found) -> bool:
    """A state body named by its head word alone, its state not named (`Мажилисом`: a body of one state)."""
    return f.b - f.a == 1 and f.data.get("kind") in STATE_BODY_KINDS and f.data.get("country") is not None


@cache
def _head_triggers(titles: frozenset[str]) -> frozenset[str]:
    """The title nouns of the active lexicon and the member words: one set per lexicon, as the scan wants."""
    return titles | MEMBER_WORDS


def _heads_after_titles(doc: Analysis, found: list[Found]) -> list[Found]:
    """`с Генеральным директором агентства Рафаэлем Гросси` after `Международного агентства по атомной энергии`:
    the head noun of an organization named before, in lower case right after a title noun or a member word
    (`является членом агентства`), or after a membership noun and `в` (`председательствует в организации`), is a
    mention of the last such one (so the post's title stays `генеральный директор` and the agency is its
    organization); `объединения` so names the last international organization (`президенты Беларуси, Казахстана и
    России – государств – основателей объединения` after `Договор о Евразийском экономическом союзе`: rule
    `union_refers_back`)."""
    busy = coverage(found)
    orgs = sorted(found, key=lambda f: f.b)
    ends = {f.b: f for f in orgs}  # each organization by the token it ends before
    named: dict[str, Found] = {}  # head lemma -> the last organization named with it so far
    out: list[Found] = []
    n = 0
    triggered = {t + 1 for t in doc.scan.with_lemma(_head_triggers(title_nouns())) if t + 1 < len(doc.tokens)}
    for k in sorted(triggered | _after_membership(doc)):
        while n < len(orgs) and orgs[n].b < k:
            org = orgs[n]
            said = lemmas(doc.tokens[org.a].text) if org.b - org.a > 1 and doc.tokens[org.a].pos == "NOUN" \
                else frozenset()
            union = UNION_NOUNS if _a_union(doc, org) else frozenset()
            named.update(dict.fromkeys(heads_of_names(str(org.data.get("name") or "")) | said | union, org))
            n += 1
        tok = doc.tokens[k]
        own = _phrase_of_its_own(doc, k)
        f = next((named[lem] for lem in lemmas(tok.text) - COOPERATION_HEADS if lem in named), None)
        f = _delegations_body(doc, k, ends, f) if f is not None else None
        if f is not None and not tok.is_cap and tok.pos == "NOUN" and tok.feats.get("Number") == "Sing" and \
                not own and not busy.covers(tok.start):
            out.append(doc.make("org", k, k + 1, **{x: f.data[x] for x in ("name", "abbr", "country", "kind", "key")},
                                rule="org_head_refers_back"))
    return out


def heads_of_names(name: str) -> frozenset[str]:
    """The head noun of an organization's name, and a union's head noun of another name the gazetteer knows it by
    (`organizations.union_heads`: `Организация Североатлантического договора`, `Североатлантический альянс`:
    `организация`, `альянс`; not `совет` of `Тюркский совет`, which names many bodies)."""
    aliases = organizations().aliases.get(name, ())
    return name_head(name).union(*(name_head(form) & UNION_HEADS for form in aliases))


def _delegations_body(doc: Analysis, k: int, ends: dict[int, Found], named: Found) -> Found:
    """`делегацию Национального собрания Азербайджана во главе с председателем парламента …` after `Спикер
    парламента Грузии`: a state body's head word ``k`` in the title right after `во главе с` names the delegation's
    body where that is of the same kind as ``named`` (the last so headed), not ``named`` (rule
    `body_of_delegation`; ``ends``: the organizations found, by the token they end before)."""
    toks = doc.tokens
    j = next((j for j in range(k - 3, max(-1, k - 6), -1) if j >= 0 and [t.lower for t in toks[j:j + 2]] ==
              ["во", "главе"] and toks[j + 2].lower in ("с", "со")), None)
    body = ends.get(j) if j is not None else None
    if body is None or named.data.get("kind") not in STATE_BODY_KINDS or \
            body.data.get("kind") != named.data.get("kind") or not doc.on("body_of_delegation"):
        return named
    return body


def _a_union(doc: Analysis, org: Found) -> bool:
    """Is ``org`` an international organization whose name opens with a union's noun (`Организация тюркских
    государств`, `Евразийский экономический союз`: `organizations.union_heads`), not a body of one (`Совет министров
    иностранных дел …`), so that `объединения` may name it (rule `union_refers_back`)?"""
    if org.data.get("kind") != "international" or not doc.on("union_refers_back"):
        return False
    head = next((w for w in str(org.data.get("name") or "").split()
                 if any(p.tag.POS == "NOUN" for p in parses(w.lower()))), "")
    return bool(lemmas(head) & UNION_HEADS)


def _after_membership(doc: Analysis) -> set[int]:
    """Where a head noun may follow a membership noun or verb and `в` (`председательствует в организации`,
    `председательства Казахстана в этой организации`), or `в рамках` (`сотрудничества в рамках организации`): the
    token after `в` or `рамках`, or after `в этой`."""
    out: set[int] = set()
    toks = doc.tokens
    prepositions = [next((i for i in range(m + 1, min(m + 4, len(toks))) if toks[i].lower in ("в", "во")), None)
                    for m in doc.scan.with_lemma(MEMBERSHIP_NOUNS)]
    frames = [k for k in doc.scan.with_lemma(FRAMES) if k > 0 and toks[k - 1].lower == "в"]  # `в рамках`
    for j in [*prepositions, *frames]:
        if j is not None and j + 1 < len(toks):
            out.add(j + 2 if j + 2 < len(toks) and lemmas(toks[j + 1].text) & POINTING_BACK else j + 1)
    return out


def _phrase_of_its_own(doc: Analysis, k: int) -> bool:
    """Does a lower-case word after the head noun at ``k`` give it a phrase of its own (`управления полиции`)? After
    a member word only a genitive does: a verb may follow the noun (`член организации уделяет`)."""
    after = doc.tokens[k + 1] if k + 1 < len(doc.tokens) else None
    if after is None or not after.is_word or after.is_cap:
        return False
    if lemmas(doc.tokens[k - 1].text) & MEMBER_WORDS:
        return after.pos in ("NOUN", "ADJ") and after.feats.get("Case") == "Gen"
    return after.pos != "ADP"


def _dateline_agencies(doc: Analysis, rules: list[Found]) -> list[Found]:
    """`/Корр. БЕЛТА/`, `Тбилиси, 9 декабря, Грузинформ.`: the agency between the slashes of a dateline, in its
    brackets or right after its date, a media organization named as written (rule `dateline_agency`), also two or
    three words alone there (`Мехико, 10 сентября. Пренса Латина.`: rule `agency_words_alone`); the same name
    elsewhere in the text joins it."""
    if not doc.on("dateline_agency"):
        return []
    after = datelines.opening_agency(doc.text, doc.header.stop)
    if after is None and doc.on("agency_words_alone") and (match := datelines.opening(doc.text, doc.header.stop)):
        after = datelines.words_alone(doc.text, match.end())  # `Пренса Латина.`; not `Пресс-служба Акорды.`
        after = None if after is None or PRESS_SERVICE.match(after.name) else after
    spans = datelines.agencies(doc.text) + ([after] if after else [])
    return datelines.mentions(doc, "org", spans, rules, lambda name: {
        "name": name, "abbr": name if name.isupper() and " " not in name else None, "country": None, "kind": "media",
        "key": f"ner:{name.lower()}", "rule": "dateline_agency"})


NAMED_BODIES = EDUCATION_WORDS | {"фонд", "центр", "библиотека", "музей", "аэропорт"}


def _named_after_people(doc: Analysis, rules: list[Found]) -> list[Found]:
    """`Назарбаев Университет`, `университет имени Л.Н. Гумилева`: a body named after a person, no person."""
    out: list[Found] = []
    tokens = doc.tokens
    busy = coverage(rules)
    for _, a, b in doc.ner_tokens("PER"):
        start, stop = doc.tokens[a].start, doc.tokens[b - 1].stop
        if busy.overlaps(start, stop) or (out and out[-1].stop > start):
            continue
        if b - a > 1 and lemmas(tokens[b - 1].text) & NAMED_BODIES:
            b -= 1  # NER took the body's word into the name
        if b < len(tokens) and lemmas(tokens[b].text) & NAMED_BODIES and tokens[b].is_cap:
            name = doc.span_text(a, b) + " " + nominative_phrase(tokens[b:b + 1])
            out.append(doc.make("org", a, b + 1, name=name, abbr=None, country=None, kind="education",
                                key=f"ner:{name.lower()}"))
            continue
        k = a
        while k - 2 >= 0 and tokens[k - 1].text == "." and len(tokens[k - 2].text) == 1:
            k -= 2  # initials
        if k - 2 >= 0 and tokens[k - 1].lower in ("имени", "им.") and lemmas(tokens[k - 2].text) & NAMED_BODIES:
            start = k - 2
            while start - 1 >= 0 and tokens[start - 1].pos == "ADJ":
                start -= 1
            name = nominative_phrase(tokens[start:k - 1]) + doc.text[tokens[k - 2].stop:tokens[b - 1].stop]
            name = name[:1].upper() + name[1:]
            out.append(doc.make("org", start, b, name=name, abbr=None, country=None, kind="education",
                                key=f"ner:{name.lower()}"))
    return out


def _body_of(doc: Analysis, a: int, b: int, known: dict[int, Found]) -> Found | None:
    """`Совета министров иностранных дел СНГ`, `Генеральной Ассамблеи ООН`, `Совета глав государств – членов
    ШОС`: the known international organization right after the body ``a:b`` (past `государств – участников`),
    whose body it is (rule `body_of_organization`)."""
    if not doc.on("body_of_organization"):
        return None
    toks = doc.tokens
    j = b
    if j + 1 < len(toks) and toks[j].text in "–—-" and lemmas(toks[j + 1].text) & MEMBER_STATES and \
            lemmas(toks[j - 1].text) & {"государство", "страна"}:
        j += 2
    return known.get(j)


def _state_of(doc: Analysis, b: int, kind: str) -> tuple[str, int] | None:
    """`Национального статистического комитета Беларуси`, `Народной скупщины Республики Сербия`, `Верховного суда
    Республики Узбекистан`: the state in the genitive right after a body NER found (not a company, school or
    medium) is part of its name, in its long form (as the state bodies' names are: rule `state_of_body`), and after a
    school's name as written (`Национальным университетом Сингапура`); not one of two states joined (`Форума
    регионов Беларуси и России`)."""
    if kind not in ("ministry", "parliament", "other", "education") or b >= len(doc.tokens) or \
            not doc.on("state_of_body"):
        return None
    if kind == "education" and doc.tokens[b - 1].feats.get("Number") != "Sing":
        return None  # `университетов Китая`: schools of a state, no name
    tok = doc.tokens[b]
    if tok.feats.get("Case") != "Gen" and tok.text not in countries().abbrs:
        return None
    state = country_at(doc, b, doc.sent_bounds(b)[1])
    joined = state is not None and state[1] + 1 < len(doc.tokens) and doc.tokens[state[1]].lower == "и" and \
        country_at(doc, state[1] + 1) is not None
    return None if joined else state


def _joint_states(doc: Analysis, toks: list[Token], b: int) -> int | None:
    """`Высшего межгосударственного совета Казахстана и Узбекистана`, `Совместного делового совета Узбекистана и
    Франции`: the two states joined by `и` in the genitive right after a body of two states, named by its adjective
    (`organizations.joint_adjectives`), are part of its name, as written (rule `states_of_joint_body`): the end of
    the second; not after another body (`Форума регионов Беларуси и России`). They stay mentions of the states, the
    parties of what the sentence tells (`… совета Казахстана и Узбекистана и обсудили вопросы … взаимодействия`)."""
    if not doc.on("states_of_joint_body") or not any(lemmas(t.text) & JOINT_ADJECTIVES for t in toks) or \
            b >= len(doc.tokens) or doc.tokens[b].feats.get("Case") != "Gen":
        return None
    first = country_at(doc, b, doc.sent_bounds(b)[1])
    if first is None or first[1] + 1 >= len(doc.tokens) or doc.tokens[first[1]].lower != "и":
        return None
    second = country_at(doc, first[1] + 1)
    return second[1] if second is not None else None


def _instrumental_tail(doc: Analysis, toks: list[Token], b: int) -> int | None:
    """`Комитета по сотрудничеству между Казахстаном и Китаем`, `Японской ассоциации по торговле с Россией и новыми
    независимыми государствами`: a name NER ends on `между` or `с` goes on through the words in the instrumental
    after it, joined by `и` (rule `tail_after_preposition`): their end; None where none follows."""
    if not doc.on("tail_after_preposition") or toks[-1].lower not in ("между", "с", "со"):
        return None
    tokens, last, k = doc.tokens, doc.sent_bounds(b - 1)[1], b
    while k < last and (_instrumental(tokens[k]) or (tokens[k].lower == "и" and k > b and k + 1 < last and
                                                    _instrumental(tokens[k + 1]))):
        k += 1
    return k if k > b and tokens[k - 1].pos != "ADJ" else None


def _instrumental(tok: Token) -> bool:
    """A noun, name or adjective the tagger reads in the instrumental."""
    return tok.feats.get("Case") == "Ins" and tok.pos in ("ADJ", "NOUN", "PROPN")


def _sides_after(doc: Analysis, toks: list[Token], b: int) -> int | None:
    """`Совета сотрудничества Таджикистан – ЕС`, `Комитета парламентского сотрудничества «Узбекистан – ЕС»`: two
    sides, each a state or a known organization in the nominative (by its abbreviation or its full name: `Казахстан –
    Европейский союз`), joined by a dash (in quotes or not) right after a body of cooperation (a word of
    `cooperation.core` in its name) are part of its name (rule `sides_of_body`): the end of the second."""
    if not doc.on("sides_of_body") or not any(lemmas(t.text) & COOPERATION_HEADS for t in toks):
        return None
    last = doc.sent_bounds(b)[1] if b < len(doc.tokens) else b
    k = b + (b < last and doc.tokens[b].text == "«")
    first = _side_at(doc, k, last)
    if first is None or first >= last or doc.tokens[first].text not in DASHES:
        return None
    second = _side_at(doc, first + 1, last)
    if second is None:
        return None
    return second + 1 if k > b and second < last and doc.tokens[second].text == "»" else second


def _side_at(doc: Analysis, k: int, last: int) -> int | None:
    """The end of a state or a known organization named in the nominative (or by an abbreviation) at ``k``
    (`Казахстан – ЕС`, `Казахстан – Европейский союз`)."""
    if k >= last:
        return None
    abbr = _abbr_at(doc, k)
    if abbr is not None:
        return k + abbr[0]
    named = organizations().names.match_at(doc.tokens, k, last)
    if named is not None and doc.tokens[k].feats.get("Case") == "Nom":
        return named.stop
    state = country_at(doc, k, last)
    nominative = state is not None and (doc.tokens[k].text.isupper() or doc.tokens[k].feats.get("Case") == "Nom")
    return state[1] if state is not None and nominative else None


def _read_on(doc: Analysis, a: int, b: int, quoted: bool, rules: list[Found], known: dict[int, Found]
             ) -> tuple[int, str, str | None, str | None]:
    """The organization NER found at ``a:b`` read on past what NER left out (a genitive tail, a university's
    place, the organization a body belongs to, the body's state): its end, name, state and the rule that read
    on, if a named one did."""
    toks = doc.tokens[a:b]
    name = doc.span_text(a, b) if quoted else nominative_phrase(toks)
    lex, stated = countries(), doc.starting_at("country_candidate")  # `Эксперт РА`: no state where `РА` names none
    code = next((c for t in toks if (c := lex.abbrs.get(t.text)) and (t.text not in lex.named_abbrs or t.i in stated)),
                None)
    if not quoted:
        b = _extend_by_genitive(doc, b, rules)
        toks = doc.tokens[a:b]
        name = nominative_phrase(toks)
    if lemmas(toks[-1].text) & EDUCATION_WORDS:
        b = _extend_by_place(doc, b)
        name = nominative_phrase(toks) + doc.text[toks[-1].stop:doc.tokens[b - 1].stop]
        toks = doc.tokens[a:b]
    abbreviation = all(t.text.isupper() for t in toks if t.is_word)  # reads on: `СМИД СНГ`
    mission = bool(lemmas(toks[0].text) & MISSIONS)  # reads on past `в` and the state it serves in
    parent = _body_of(doc, a, b, known) if abbreviation or not quoted else None
    if parent is not None:
        head = name if quoted else nominative_phrase(toks)
        end = _region_after(doc, field) if doc.on("field_of_body") and (field := _field_after(doc, parent.b)) > \
            parent.b else parent.b  # `Управления ООН по наркотикам и преступности`: rule `field_of_body`
        rule = "field_of_body" if end > parent.b else "body_of_organization"
        if mission and (served := _mission_place(doc, end)) > end:
            end, rule = served, "place_of_body"  # `Миссии наблюдателей Европейского союза в Грузии`
        return end, head + doc.text[toks[-1].stop:doc.tokens[end - 1].stop], code, rule
    governed = None if quoted else _instrumental_tail(doc, toks, b)
    if governed is not None:  # as written, each state a mention of its own
        return governed, f"{nominative_phrase(toks)} {doc.span_text(b, governed)}", None, "tail_after_preposition"
    kind = _ner_kind(toks, name)
    sides = None if quoted else _sides_after(doc, toks, b)
    if sides is not None:  # as written, each side a mention of its own
        return sides, f"{nominative_phrase(toks)} {doc.span_text(b, sides)}", None, "sides_of_body"
    joint = None if quoted else _joint_states(doc, toks, b)
    if joint is not None:  # the mention stays the body's words: each state is a mention of its own, a party
        return b, f"{nominative_phrase(toks)} {doc.span_text(b, joint)}", None, "states_of_joint_body"
    state = None if quoted else _state_of(doc, b, kind)
    if state is not None:  # a school's, a party's name keeps the state as written: `Национальный университет Сингапура`
        as_written = kind == "education" or _first_noun_in(toks, ASSOCIATIONS) or any(
            lemmas(t.text) & ASSOCIATION_ADJECTIVES for t in toks)  # `Коммунистической партии …`
        tail = doc.span_text(b, state[1]) if as_written else _state_genitive(state[0])
        return state[1], f"{nominative_phrase(toks)} {tail}", state[0], "state_of_body"
    places_after = _mission_place if mission else _places_after
    body = _state_body_head(toks)  # `Правительства Москвы`: a title's; not `Совета министров иностранных дел стран …`
    end = b if quoted or (body is not None and body.stop == len(toks)) else places_after(doc, b)
    if end > b:
        return end, nominative_phrase(toks) + doc.text[toks[-1].stop:doc.tokens[end - 1].stop], code, "place_of_body"
    return b, name, code, None


def _of_international(doc: Analysis, a: int, b: int, known: dict[int, Found]) -> bool:
    """`Совет министров иностранных дел СНГ`, `Минская группа ОБСЕ`, `Исполнительный комитет СНГ`: a body whose name
    holds an international organization it belongs to is international too; not one whose field it is (`Комитет
    по делам СНГ`, `posts.field_of_body`)."""
    inner = next((k for k in range(a + 1, b) if k in known and known[k].b <= b), None)
    return inner is not None and not (inner - 2 >= a and doc.tokens[inner - 2].lower == "по" and
                                      lemmas(doc.tokens[inner - 1].text) & FIELD_NOUNS)


def _places_after(doc: Analysis, b: int) -> int:
    """`Торгово-промышленной палаты Милана`, `Акимата Алматинской области`, `Арбитражного суда Москвы`: the end of
    the places below a state NER found in the genitive right after a body, joined by `и`; not an organization's
    name (`Миссии наблюдателей Европейского союза`) nor a span with brackets, nor past the body's sentence (a
    headline's `… заседание Совета сотрудничества` before the dateline's `БРЮССЕЛЬ.`; rule `place_of_body`)."""
    if not doc.on("place_of_body"):
        return b
    places = {a: stop for _, a, stop in doc.ner_tokens("LOC")}  # start -> stop of each place NER found
    end, last = b, doc.sent_bounds(b - 1)[1]
    while end in places and places[end] <= last and doc.tokens[end].feats.get("Case") == "Gen" and \
            not country_at(doc, end, places[end]) \
            and not organizations().names.match_at(doc.tokens, end, places[end]) \
            and all(t.is_word for t in doc.tokens[end:places[end]]):
        b = places[end]  # a state stays a side of its own (`совета Казахстана и Узбекистана`: their cooperation)
        end = b + 1 if b + 1 < len(doc.tokens) and doc.tokens[b].lower == "и" else b
    return b


def _mission_place(doc: Analysis, b: int) -> int:
    """`Миссии наблюдателей Европейского союза в Грузии`, `Представительства ООН в Казахстане`: the state or place
    right after `в` that a mission NER found serves is part of its name (rule `place_of_body`): where it ends."""
    if not doc.on("place_of_body") or b + 1 >= len(doc.tokens) or doc.tokens[b].lower not in ("в", "во"):
        return b
    state = country_at(doc, b + 1)
    if state is not None:
        return state[1]
    place = next((stop for _, a, stop in doc.ner_tokens("LOC") if a == b + 1), None)
    return place if place is not None else b


def _one_state_body(doc: Analysis, a: int, b: int) -> str | None:
    """`Народной скупщины`: a parliament NER found whose name ends in that of a body only one state has
    (`Скупщина`: RS) is that state's (rule `one_state_body`)."""
    match = organizations().bodies.ending_at(doc.tokens, a, b) if doc.on("one_state_body") else None
    return match.value[3] if match else None


def _opens_title(doc: Analysis, heads: PhraseIndex[PostHead], a: int, b: int) -> bool:
    """`с Постоянным координатором ООН`, where NER's span is `Постоянным` alone: adjectives right before a title's
    head are the title's; so are those before `и`, another adjective and the head (`с Чрезвычайным и Полномочным
    Послом`)."""
    if not all(t.pos == "ADJ" for t in doc.tokens[a:b]) or b >= len(doc.tokens):
        return False
    last = doc.sent_bounds(b)[1]
    if b + 2 < last and doc.tokens[b].lower == "и" and doc.tokens[b + 1].pos == "ADJ":
        b += 2
    return heads.match_at(doc.tokens, b, last) is not None


def _title_at(doc: Analysis, heads: PhraseIndex[PostHead], a: int, b: int) -> Match[PostHead] | None:
    """A post's title opening tokens ``a:b``: its head (`Замглавы`), or its adjectives and head before the
    abbreviation of the body it serves, right after it or after a common noun (`Постоянного координатора ООН`,
    `Постоянного координатора системы ООН`; not a name, `Пермский обозреватель`) or before another body NER finds
    (`Парламентского государственного секретаря Министерства экономики`: rule `title_before_body`) or
    of a state (`Федеральным канцлером Германии`) or with its field (`Государственным министром по делам`, up to the
    field's end)."""
    head = heads.match_at(doc.tokens, a, b)
    if head or doc.tokens[a].pos != "ADJ":
        return head
    k = a
    while k < b - 1 and doc.tokens[k].pos == "ADJ":
        k += 1
    head = heads.match_at(doc.tokens, k, b)
    after = doc.tokens[head.stop] if head and head.stop < len(doc.tokens) else None
    if head is None or after is None:
        return None
    if after.lower == "по":  # `Государственным министром по делам Европы …`: a title and its field
        return Match(a, _field_after(doc, head.stop), head.value)
    if after.is_cap and after.start in doc.ner_starts("ORG") and doc.on("title_before_body"):
        return Match(a, head.stop, head.value)  # `Парламентского государственного секретаря Министерства экономики`
    j = head.stop  # `Постоянного координатора системы ООН`, `Государственным министром иностранных дел Катара`: the
    while j < b and doc.tokens[j].is_word and doc.tokens[j].text.islower():  # words in lower case the title has
        j += 1
    after = doc.tokens[j] if j < len(doc.tokens) else after
    state = head.value.family != "profession" and country_at(doc, j)  # `Федеральным канцлером Германии`
    return Match(a, head.stop, head.value) if (after.text.isupper() and len(after.text) > 1) or state else None


def _quote_closed(doc: Analysis, a: int, b: int) -> int:
    """`АО «Узбекистон темир йуллари»`, `АЭС "Эль-Дабаа"`: a span NER ends before the quote that closes one it
    opened takes it in."""
    if b >= len(doc.tokens):
        return b
    texts = [t.text for t in doc.tokens[a:b]]
    closing = doc.tokens[b].text
    unclosed = texts.count("«") > texts.count("»") if closing == "»" else closing == '"' and texts.count('"') % 2 == 1
    return b + 1 if unclosed else b


def _field_after_head(doc: Analysis, a: int, b: int) -> int:
    """`взаимодействия с Организацией в сфере безопасности`: a span NER ends after a field told right after its first
    word (`в сфере`, `в области`; `organizations.field_frames`) stops at that word, a head noun alone."""
    toks = doc.tokens
    if b - a > 2 and toks[a + 1].lower in ("в", "во") and lemmas(toks[a + 2].text) & FIELD_FRAMES:
        return a + 1
    return b


def _namesake_end(doc: Analysis, a: int, b: int) -> int:
    """Where the name of a body named after someone ends: at the first capitalized word (no initial) after `имени`
    and its namesake's first word that cannot be a genitive (`университета имени аль-Фараби Жансеитом Туймебаевым`:
    the rector NER took in is no part of it; `имени Людвига ван Бетховена`, `имени В. А. Алмазова` are whole)."""
    named = next((k for k in range(a + 1, b - 1) if doc.tokens[k].lower == "имени"), None)
    if named is None:
        return b
    return next((k for k in range(named + 2, b) if (t := doc.tokens[k]).is_word and t.is_cap and len(t.text) > 2 and
                 not in_case(t, "gent") and not is_indeclinable(t.text)), b)


def _bodies_joined(doc: Analysis, spans: list[tuple[NerSpan, int, int]], busy: Coverage
                   ) -> list[tuple[int, int, str | None]]:
    """The token ranges of NER's organizations, each run of them with no word between where each after the first
    is an abbreviation made one: the body the later ones name the earlier belongs to (`Политбюро ЦК КПК`,
    `Института языкознания АН СССР`; rule `body_within_body`); not where the gazetteer or a state body's name has read
    one of them (``busy``); an organ's abbreviation and the body after it (`organ_before_body`); (start, end, the
    rule that joined)."""
    out: list[tuple[int, int, str | None]] = []
    for span, a, b in spans:
        joined = None
        if out and out[-1][1] == a and not busy.overlaps(doc.tokens[out[-1][0]].start, span.stop):
            joined = "body_within_body" if doc.on("body_within_body") and _abbreviation_of_another(
                doc, out[-1][0], a, b) else "organ_before_body" if doc.on("organ_before_body") and _organ_of(
                doc, out[-1][0], a) else None
        if joined:
            out[-1] = (out[-1][0], b, joined)
        else:
            out.append((a, b, None))
    return out


def _organ_of(doc: Analysis, a: int, b: int) -> bool:
    """Is ``a:b`` an organ's abbreviation (`ЦК`) and the word at ``b`` the genitive opening the body it is an organ
    of (`ЦК Коммунистической партии Китая`: one body; rule `organ_before_body`; `ЦК КПК` is `body_within_body`'s)?"""
    return b - a == 1 and doc.tokens[a].lower in ORGAN_ABBREVIATIONS and in_case(doc.tokens[b], "gent") and \
        not ALL_CAPS.fullmatch(doc.tokens[b].text)


def _abbreviation_of_another(doc: Analysis, a: int, b: int, end: int) -> bool:
    """Are tokens ``b:end`` all abbreviations in capitals, not the initials of the name ``a:b`` before them (`Главного
    оперативного управления ГОУ`: the same body)?"""
    abbreviation = doc.tokens[b:end]
    initials = "".join(t.text[0] for t in doc.tokens[a:b] if t.is_word).upper()
    return all(ALL_CAPS.fullmatch(t.text) for t in abbreviation) and abbreviation[0].text != initials


def _from_ner(doc: Analysis, rules: list[Found]) -> list[Found]:
    out: list[Found] = []
    heads = post_heads()
    known = {f.a: f for f in rules if str(f.data.get("key", "")).startswith("intl:")}
    busy = coverage(rules)
    cities = Coverage([(c.start, c.stop) for c in datelines.cities(doc.text)])  # `ДУШАНБЕ, 02.03.2022`: a place
    abbreviations = [(span, a, b) for span, a, b in doc.ner_tokens("LOC")
                     if b - a == 1 and BODY_ABBREVIATION.fullmatch(doc.tokens[a].text)]  # `Ректор КазНУ`
    sides_end = 0  # where a body's name read on through its two sides ends: their quoted pair is no body of its own
    for a, b, joined in [*_bodies_joined(doc, doc.ner_tokens("ORG"), busy), *((a, b, None) for _, a, b in
                                                                                abbreviations)]:
        if a < sides_end:
            continue
        start, stop = doc.tokens[a].start, doc.tokens[b - 1].stop
        inner = next((k for k in range(a + 1, b) if k in known and known[k].b >= b), None)
        if inner is not None and doc.on("body_of_organization") and \
                not busy.overlaps(start, doc.tokens[inner].start):
            b = inner  # NER took the organization in: `Совета министров иностранных дел СНГ`
        elif busy.overlaps(start, stop) or cities.overlaps(start, stop):
            continue
        if any(leader_of_nation(doc, k) for k in range(a, b)):
            continue  # `Национальный Лидер туркменского народа`: an honorary title, no body
        while a < b and (head := _title_at(doc, heads, a, b)):
            a = head.stop  # `Замглавы`, `Постоянного координатора` are titles, not bodies
        while a < b and lemmas(doc.tokens[a].text) & MEMBERSHIP_NOUNS:
            a += 1  # `Членство Узбекистана`, `Председательство Казахстана`: a state's membership, no body
        if a >= b or _opens_title(doc, heads, a, b):
            continue
        opened = _qualifier_before_bracket(doc, a, b)
        a = opened if opened is not None else a
        b = _field_after_head(doc, a, _namesake_end(doc, a, _quote_closed(doc, a, b)))
        toks = doc.tokens[a:b]
        if _no_organization(doc, a, b, rules):
            continue
        quoted = toks[0].text in "«\"" or _quoted_kind(doc, a, b) is not None or all(
            not ("а" <= ch.lower() <= "я") for t in toks for ch in t.text) or all(
            t.text.isupper() or CAMEL.search(t.text) for t in toks if t.is_word)  # an abbreviation stays as written:
        # `БЕЛТА`, not `БЕЛТ`; `ТашГУ`, not `Ташг`; so does a name in quotes: `компании «Чалык Энерджи»`
        b, name, code, rule = _read_on(doc, a, b, quoted, rules, known)
        sides_end = b if rule == "sides_of_body" else sides_end
        rule = joined if joined == "organ_before_body" else rule or joined
        if opened is not None:
            name = re.sub(r"\s*\(([^()]+)\)\s*", r" \1 ", name).strip()
        toks = doc.tokens[a:b]
        abbr = name if name.isupper() and len(name) <= 8 else None
        bracket = re.fullmatch(r"(.+?)\s*\(([A-ZА-ЯЁ0-9][\w\-]{1,11})\)", name)
        if bracket:  # Корейское агентство международного сотрудничества (KOICA)
            name, abbr = bracket.group(1), bracket.group(2)
        kind = "international" if _of_international(doc, a, b, known) else _ner_kind(toks, name)
        if kind == "other":  # `агентство «Анадолу»`: the noun before the quotes says
            kind = _quoted_kind(doc, a, b) or kind
        if code is None and kind == "parliament" and (code := _one_state_body(doc, a, b)):
            rule = rule or "one_state_body"
        found = doc.make("org", a, b, name=name, abbr=abbr, country=code, kind=kind,
                         key=f"ner:{_named_by_abbreviation(doc, a, b, name, known).lower()}")
        if rule is not None:
            found.data["rule"] = rule
        out.append(found)
    return out


def _no_organization(doc: Analysis, a: int, b: int, rules: list[Found]) -> bool:
    """Is the span ``a:b`` NER takes for an organization none: a press service, no capital, a known non-body, a
    venue, a state, a place, a department of a body found, a building (`в Президентском дворце`), a field, a month?"""
    toks = doc.tokens[a:b]
    return bool(PRESS_SERVICE.fullmatch(toks[0].text) or not any(t.is_cap for t in toks) or
                doc.span_text(a, b).lower() in NOT_ORGANIZATIONS or _venue_name(doc, a, b) or
                _a_state(doc, a, b) or _a_place(doc, a, b) or _department_of(doc, a, b, rules) or
                _first_noun_in(toks, BUILDINGS) or _a_field(toks) or _a_month(doc, a, b) or
                _lone_adjective(doc, a, b) or named_platform(doc, a))


def _lone_adjective(doc: Analysis, a: int, b: int) -> bool:
    """`к предстоящей Консультативной встрече глав государств`: one capitalized adjective NER takes for an
    organization, before the lower-case noun it agrees with, names none (rule `lone_adjective_not_org`)."""
    if b - a != 1 or b >= len(doc.tokens) or not doc.on("lone_adjective_not_org"):
        return False
    adj, noun = doc.tokens[a], doc.tokens[b]
    return adj.pos == "ADJ" and noun.pos == "NOUN" and noun.is_word and not noun.is_cap and \
        all(adj.feats.get(f) == noun.feats.get(f) for f in ("Case", "Number"))


def _named_by_abbreviation(doc: Analysis, a: int, b: int, name: str, known: dict[int, Found]) -> str:
    """``name`` with the organization of the gazetteer inside it named by its abbreviation, so that a body named
    with either is one (`Совет министров иностранных дел государств – членов ШОС` and `… членов Шанхайской
    организации сотрудничества`; rule `body_of_organization`)."""
    inner = next((known[k] for k in range(a + 1, b) if k in known and known[k].b <= b), None)
    if inner is None or not inner.data["abbr"] or not doc.on("body_of_organization"):
        return name
    return name.replace(doc.span_text(inner.a, inner.b), str(inner.data["abbr"]))

