"""Country mentions: names in any case, abbreviations, adjectives, demonyms, compound adjectives."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import Analysis, Found, coverage
from ..lexicon import countries, locations, organizations, post_heads, words, world_city_state
from ..morph import lemmas, parses
from ..names import known_first_name
from ..scan import next_from
from ..text import Token, segment
from . import datelines

LONG_PREFIXES = words("countries.long_prefixes")
CURRENCIES = words("countries.currencies")
LANGUAGES = words("countries.languages")
FEATURES = words("countries.features")
RULES = ("not_currency_or_language", "adjective_in_place_name", "adjective_in_feature_name", "shared_abbreviation",
         "dateline_city_state", "paired_names", "long_prefix_of_state", "named_abbreviation", "shared_adjective")
"""`not_currency_or_language`: `долларов США`, `на немецком языке`, `китайский юань`: a state named in a currency's
name or an adjective naming a language or a currency is no country mention (the contract's finer decisions).
`adjective_in_place_name`: `Республики Сербской`: a state's adjective inside the name of a place the gazetteer
knows is part of that name, no state.
`adjective_in_feature_name`: `на Корейском полуострове`, `в Японском море`, `в Индийском океане`: a state's adjective
before a sea, strait or peninsula is part of that place's name, no state.
`shared_abbreviation`: `РК` is KZ, but the Republic of Korea in a text that names Korea, not Kazakhstan, otherwise,
and whose dateline's town is not Kazakh (`countries_extra.tsv`'s `abbr_shared`).
`named_abbreviation`: `РА` is Armenia only in a text that names Armenia otherwise or is datelined in it
(`countries_extra.tsv`'s `abbr_named`: not `Эксперт РА`, a Russian rating agency).
`shared_adjective`: `корейский` is KR, but the DPRK's in a text that names the DPRK, not the Republic of Korea, by a
name or an abbreviation (`российско-корейских отношений` after `КНДР`; `countries_extra.tsv`'s `adj_shared`).
`dateline_city_state`: `Сингапур, 14 апреля`, `Кувейт, 14 апреля. /КУНА/.`: a state's name that is all of the
dateline's place, where its capital bears it, is the town (a location), no state.
`paired_names`: `сотрудничества Армения-ЕС`, `комиссии Россия–Китай`: a word joining names of states, or a state and
an international body's abbreviation, by dashes with no space (a dialogue's or a forum's format) names each: a state
on each state's part of the word (the organizations stage reads the bodies' parts), not one place.
`long_prefix_of_state`: `Республика Ирак`, `Королевства Иордания`: a capitalized word of a state's form
(`countries.long_prefixes`) right before a state's name is part of its mention, where the gazetteer's official name
is spelt otherwise (`Иракская Республика`), so a credentials line `Name – Республика Ирак;` names the state whole."""
PAIR_DASHES = re.compile("[-–—]")
CAPITALS_NAMED_AS_STATES = words("datelines.capitals_named_as_states")


def adjective_code(word: str) -> str | None:
    """The state an adjective or demonym names (`казахстанский`, `россиянин`), or None."""
    lex = countries()
    for lemma in lemmas(word):
        if lemma in lex.adjectives:
            return lex.adjectives[lemma]
        if lemma in lex.demonyms and any(p.tag.POS == "NOUN" for p in parses(word.lower())):
            return lex.demonyms[lemma]
    return None


def compound_codes(word: str) -> list[str]:
    """Each state of a compound adjective: ``казахско-таджикские`` -> KZ, TJ; [] unless all parts are."""
    parts = word.lower().replace("ё", "е").split("-")
    if len(parts) < 2:
        return []
    lex = countries()
    codes = [lex.combos.get(part) for part in parts[:-1]]
    codes.append(adjective_code(parts[-1]))
    if any(code is None for code in codes):
        return []
    return [c for c in codes if c is not None]


def pair_parts(word: str) -> tuple[tuple[int, int, str, str], ...]:
    """`Армения-ЕС` -> ((0, 7, "country", "AM"), (8, 10, "org", "ЕС")): each part of a word of capitalized names
    joined by dashes, with its offsets, as a state's code or a body's abbreviation the gazetteer in force knows; ()
    unless every part is one and one is a state (`Гвинея-Бисау`, `Касым-Жомарт` are no pair)."""
    out = []
    for a, b, part, code in _dashed_parts(word):
        if code is None and part not in organizations().by_abbr:  # a user lexicon may add bodies: not cached
            return ()
        out.append((a, b, "country", code) if code is not None else (a, b, "org", part))
    return tuple(out) if any(kind == "country" for *_, kind, _ in out) else ()


@lru_cache(maxsize=1024)
def _dashed_parts(word: str) -> tuple[tuple[int, int, str, str | None], ...]:
    """The capitalized parts of ``word`` its dashes join (two or more), each with its offsets and the state it names
    whole, if any; () where a part is not capitalized."""
    parts, a = [], 0
    for m in [*PAIR_DASHES.finditer(word), None]:
        b = m.start() if m else len(word)
        part = word[a:b]
        if not part[:1].isupper():
            return ()
        tokens, _ = segment(part, 0)
        state = countries().names.match_at(tokens, 0, len(tokens)) if tokens else None
        parts.append((a, b, part, state.value if state is not None and state.stop == len(tokens) else None))
        a = m.end() if m else b
    return tuple(parts) if len(parts) > 1 else ()


def paired_states(doc: Analysis) -> list[Found]:
    """A state mention on each state's part of a word `pair_parts` reads (rule `paired_names`)."""
    if not doc.on("paired_names"):
        return []
    return [Found("country", tok.i, tok.i + 1, tok.start + a, tok.start + b, {"code": value, "adjective": False})
            for tok in doc.tokens if tok.is_cap and PAIR_DASHES.search(tok.text)
            for a, b, kind, value in pair_parts(tok.text) if kind == "country"]


def _quoted(doc: Analysis) -> set[int]:
    """Tokens inside short «…» names (`«Единая Россия»`, `«Российская газета»`): no country there,
    unless the name pairs places (`саммит «Центральная Азия – Корея»`)."""
    inside: set[int] = set()
    tokens = doc.tokens
    places = locations()
    for i in doc.scan.where(texts=("«",)):
        close = next((k for k in range(i + 1, min(len(tokens), i + 6)) if tokens[k].text == "»"), None)
        if close is not None and not any(places.match_at(tokens, k, close) for k in range(i + 1, close)):
            inside.update(range(i + 1, close))
    return inside


def country_at(doc: Analysis, i: int, limit: int | None = None) -> tuple[str, int] | None:
    """A state named from token ``i`` on (a name in any case or an abbreviation): (code, stop token)."""
    end = len(doc.tokens) if limit is None else limit
    if i >= end:
        return None
    lex = countries()
    if doc.tokens[i].text in lex.abbrs:
        code = _abbreviation_code(doc, i)
        return (code, i + 1) if code is not None else None
    match = lex.names.match_at(doc.tokens, i, end)
    if match is None or (match.stop == i + 1 and _plural_of_place(doc.tokens[i])):
        return None
    return match.value, match.stop


def _abbreviation_code(doc: Analysis, i: int, named: set[str] | None = None) -> str | None:
    """`РК` at token ``i``: KZ, but KR in a text whose states named otherwise (``named``, else the country mentions
    found) include Korea and not Kazakhstan, whose dateline's town is not Kazakh, and not before `в` and Korea (`Посол
    РК в Республике Корея`; `countries_extra.tsv`'s `abbr_shared`; rule `shared_abbreviation`); `РА`, Armenia only
    where the text names it otherwise or is datelined in it, else None (`abbr_named`; rule `named_abbreviation`)."""
    lex = countries()
    text = doc.tokens[i].text
    code = lex.abbrs[text]
    others = lex.shared_abbrs.get(text)
    if text in lex.named_abbrs and doc.on("named_abbreviation"):
        named = _states_named(doc, named)
        return code if code in named or _dateline_state(doc) == code else None
    if not others or not doc.on("shared_abbreviation"):
        return code
    named = _states_named(doc, named)
    other = _named_instead(code, others, named)
    if other is None or _dateline_state(doc) == code:
        return code
    hosted = i + 2 < len(doc.tokens) and doc.tokens[i + 1].lower == "в" and (
        (host := country_at(doc, i + 2)) is not None and host[0] == other)
    return code if hosted else other


def _named_instead(code: str, others: list[str], named: set[str]) -> str | None:
    """The one of ``others`` (states that share a word with ``code``'s) the text names otherwise (``named``), where it
    does not name ``code``'s state itself (`shared_abbreviation`, `shared_adjective`); else None."""
    hits = [c for c in others if c in named]
    return hits[0] if len(hits) == 1 and code not in named else None


def _states_named(doc: Analysis, named: set[str] | None) -> set[str]:
    """``named``, else the states the country mentions found name otherwise (read once per list of mentions)."""
    if named is not None:
        return named
    return doc.read_once("states_named_otherwise", "country_candidate", lambda found: _named_otherwise(doc, found))


def _dateline_state(doc: Analysis) -> str | None:
    """The state of the town of the item's dateline (`АСТАНА, 3 мая`: KZ), where the towns' list knows it."""
    return datelines.town_state(datelines.opening(doc.text, doc.header.stop))


def _named_otherwise(doc: Analysis, found: list[Found]) -> set[str]:
    """The states ``found`` names by a name or an adjective, not an abbreviation."""
    abbrs = countries().abbrs
    return {str(f.data["code"]) for f in found if doc.tokens[f.a].text not in abbrs}


def _plural_of_place(tok: Token) -> bool:
    """`Дмитрий Ливанов`: a word the dictionary knows as a place only in the plural (not a plural-only name:
    `Нидерландов`) is no state named in one word (a surname that shares the state's lemma)."""
    return _only_plural_place(tok.lower)


@lru_cache(maxsize=4096)
def _only_plural_place(low: str) -> bool:
    places = [p for p in parses(low) if "Geox" in p.tag]
    return bool(places) and all(p.tag.number == "plur" and "Pltm" not in p.tag for p in places)


def after_currency(doc: Analysis, i: int) -> bool:
    """Token ``i`` follows a currency (`долларов США`): what it names is part of the currency's name."""
    return i > 0 and bool(lemmas(doc.tokens[i - 1].text) & CURRENCIES) and doc.on("not_currency_or_language")


def _names_a_language(doc: Analysis, i: int) -> bool:
    """The adjective at ``i`` qualifies `язык` or a currency, after other adjectives joined to it (`на немецком и
    казахском языках`, `российский рубль и китайский юань`)."""
    for tok in doc.tokens[i + 1:i + 6]:
        if lemmas(tok.text) & (LANGUAGES | CURRENCIES):
            return True
        if not (tok.text in (",", "и") or tok.pos == "ADJ"):
            return False
    return False


def _in_place_name(doc: Analysis, i: int) -> bool:
    """The adjective at ``i`` is inside the name of a place the gazetteer knows that starts a word or two before
    it (`Республики Сербской`; rule `adjective_in_place_name`)."""
    places = locations()
    return doc.on("adjective_in_place_name") and any(
        (match := places.match_at(doc.tokens, j, min(len(doc.tokens), i + 3))) and match.stop > i
        for j in range(max(0, i - 2), i))


def _in_feature_name(doc: Analysis, i: int) -> bool:
    """The capitalized adjective at ``i`` names a sea, strait or peninsula with the noun after it (`Корейском
    полуострове`, not `в греческом заливе Зеа`; rule `adjective_in_feature_name`)."""
    nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    return nxt is not None and doc.tokens[i].is_cap and bool(lemmas(nxt.text) & FEATURES) and \
        doc.on("adjective_in_feature_name")


def find(doc: Analysis) -> list[Found]:
    tokens = doc.tokens
    found: list[Found] = []
    quoted = _quoted(doc)
    lex = countries()
    starts = doc.scan.where(lex.names.firsts, lex.adjectives, lex.demonyms, texts=lex.abbrs, hyphenated=True)
    inside = _inside_names(doc)
    i = next_from(starts, 0, len(tokens))
    while i < len(tokens):
        tok = tokens[i]
        if i in quoted:
            i = next_from(starts, i + 1, len(tokens))
            continue
        named = country_at(doc, i)
        if named:
            if not after_currency(doc, i) and not _in_persons_name(doc, i, named[1], inside) and \
                    not _dateline_city(doc, i, named):
                found.append(doc.make("country", _long_prefix(doc, i), named[1], code=named[0], adjective=False))
            i = named[1]
            continue
        if "-" in tok.text and tok.text[0].isalpha() and (codes := compound_codes(tok.text)):
            # казахско-таджикские: a mention of each state, each on its own part of the word (a state's own
            # hyphenated adjective, `шри-ланкийский`, is read whole below)
            offset = tok.start
            for part, code in zip(tok.text.split("-"), codes, strict=False):
                found.append(Found("country", i, i + 1, offset, offset + len(part), {"code": code, "adjective": True}))
                offset += len(part) + 1
        elif tok.is_word and not tok.text.isupper():
            code = adjective_code(tok.text)
            if code and not (_names_a_language(doc, i) and doc.on("not_currency_or_language")) and \
                    not _in_place_name(doc, i) and not _in_feature_name(doc, i):
                found.append(doc.make("country", i, i + 1, code=code, adjective=True))
        i = next_from(starts, i + 1, len(tokens))
    found.extend(paired_states(doc))
    shared = [f for f in found if tokens[f.a].text in lex.shared_abbrs]
    states_named = _named_otherwise(doc, found) if shared or lex.named_abbrs else set()
    for f in shared:  # `министром иностранных дел РК` in a text about Korea
        f.data["code"] = _abbreviation_code(doc, f.a, states_named)
    later = _named_abbreviations(doc, states_named, quoted, {f.a for f in found})
    _shared_adjectives(doc, found + later)
    return sorted(found + later, key=lambda f: (f.a, f.start)) if later else found


def adjective_state(doc: Analysis, k: int) -> str | None:
    """The state the adjective at token ``k`` names: the country mention's there, as the text makes it
    (`shared_adjective`: `корейский` in an item about the DPRK), else the lexicon's (`adjective_code`)."""
    found, tok = doc.starting_at("country").get(k), doc.tokens[k]
    if found is not None and found.data["adjective"] and (found.start, found.stop) == (tok.start, tok.stop):
        return str(found.data["code"])  # the whole word: not a compound's first part (`российско-британской`)
    return adjective_code(tok.text) if tok.is_word else None


def _shared_adjectives(doc: Analysis, found: list[Found]) -> None:
    """`российско-корейских отношений` in an item about the DPRK: an adjective another state has too
    (`countries_extra.tsv`'s `adj_shared`) is that other state's where the text names it, and not the first, by a
    name or an abbreviation (rule `shared_adjective`)."""
    shared = countries().shared_adjectives
    if not shared or not doc.on("shared_adjective"):
        return
    keyed = [(f, _shared_key(doc.text[f.start:f.stop].lower(), shared)) for f in found if f.data["adjective"]]
    named = {str(f.data["code"]) for f in found if not f.data["adjective"]}
    for f, others in keyed:
        if others and (other := _named_instead(str(f.data["code"]), others, named)):
            f.data["code"] = other


def _shared_key(word: str, shared: dict[str, list[str]]) -> list[str]:
    """The states ``word`` (an adjective as written, or its combining form) is shared with (`корейских`: [KP])."""
    return shared.get(word) or next((shared[lemma] for lemma in lemmas(word) if lemma in shared), [])


def _named_abbreviations(doc: Analysis, named: set[str], quoted: set[int], taken: set[int]) -> list[Found]:
    """The mentions of abbreviations that are a state's only where the text names it otherwise (`РА`: rule
    `named_abbreviation`), read once the other mentions are known (the dateline's state's found already)."""
    lex = countries()
    if not lex.named_abbrs or not doc.on("named_abbreviation"):
        return []
    out: list[Found] = []
    for i in doc.scan.where(texts=lex.named_abbrs):
        code = lex.abbrs[doc.tokens[i].text]
        if i not in quoted and i not in taken and code in named and not after_currency(doc, i):
            out.append(doc.make("country", i, i + 1, code=code, adjective=False))
    return out


def _long_prefix(doc: Analysis, i: int) -> int:
    """Where a state's name at token ``i`` opens: at the capitalized word of a state's form right before it, in any
    case (`Республика Ирак`, `Республики Ливан`, `Королевства Иордания`), which no official name the gazetteer
    knows spells so (rule `long_prefix_of_state`)."""
    before = doc.tokens[i - 1] if i > 0 else None
    if before is not None and before.is_cap and before.sent == doc.tokens[i].sent and \
            lemmas(before.text) & LONG_PREFIXES and doc.on("long_prefix_of_state"):
        return i - 1
    return i


@lru_cache(maxsize=1024)
def capital_named_as_state(name: str) -> str | None:
    """`Сингапур`, `Кувейт`: the state ``name`` names whole, where its capital bears that name too (the towns' list
    knows a town so named in it, or `datelines.capitals_named_as_states`); else None."""
    name = datelines.title_case(name.strip())
    tokens, _ = segment(name, 0)
    state = countries().names.match_at(tokens, 0, len(tokens)) if tokens else None
    if state is None or state.stop != len(tokens):
        return None
    return state.value if world_city_state(name) == state.value or name.lower() in CAPITALS_NAMED_AS_STATES else None


def _dateline_city(doc: Analysis, i: int, named: tuple[str, int]) -> bool:
    """`Сингапур, 14 апреля`, `Кувейт, 14 апреля. /КУНА/.`: is the state named at token ``i`` all of the dateline's
    place, a capital named as its state (`capital_named_as_state`), so the town, no state (rule
    `dateline_city_state`)?"""
    span = doc.read_once("dateline_capital", "country_candidate", lambda _: _dateline_capital(doc))
    return span is not None and doc.tokens[i].start == span[0] and doc.tokens[named[1] - 1].stop == span[1]


def _dateline_capital(doc: Analysis) -> tuple[int, int] | None:
    """Where the dateline's place is, if it is a capital named as its state."""
    match = datelines.opening(doc.text, doc.header.stop) if doc.on("dateline_city_state") else None
    if match is None or not match.group(1) or capital_named_as_state(match.group(1)) is None:
        return None
    return match.start(1), match.end(1)


def _title_of_state(before: Token, state: Token) -> bool:
    """Is ``before`` a title word (`Султан`, `Эмир`, often a given name too) and ``state`` a state's name that can be
    in the genitive after it (`Султаном Брунея`): the title of the state's head rather than a first name?"""
    return before.pos != "ADJ" and any(post_heads().single(lemma) for lemma in lemmas(before.text)) and any(
        p.tag.case == "gent" for p in parses(state.lower))


def _in_persons_name(doc: Analysis, a: int, b: int, inside: dict[int, tuple[int, int]]) -> bool:
    """`министр-делегат … Лоран Сен-Мартен`, `Посол Чили Рикардо Сальвадор Фернандес Ортис`: a state's name NER reads
    inside a person's name (``inside``: each token after a name's first -> the name's range), after a first name the
    dictionary knows or, in a name of three or more words, in the case of the word before it, is a part of the
    name, not the state (rule `place_as_first_name`)."""
    span = inside.get(a)
    if span is None or b > span[1] or not doc.on("place_as_first_name"):
        return False
    before, case = doc.tokens[a - 1], doc.tokens[a].feats.get("Case")
    if _title_of_state(before, doc.tokens[a]):
        return False  # `с Султаном Брунея Хассаналом Болкиахом`: the title and its state
    return known_first_name(before.text) or (
        span[1] - span[0] > 2 and case is not None and before.feats.get("Case") == case)


def _inside_names(doc: Analysis) -> dict[int, tuple[int, int]]:
    """Each token of a name NER reads but its first -> the name's token range."""
    return {k: (start, stop) for _, start, stop in doc.ner_tokens("PER") for k in range(start + 1, stop)}


def outside_names(candidates: list[Found], names: list[Found]) -> list[Found]:
    """The country mentions: the candidates less adjectives inside an organization's name (`Американский
    университет в Центральной Азии` names no state) and less a name that is an organization's whole mention
    (`членов ГУАМ`: the organization, not Guam), unless that organization is a state's body its state's name stands
    for after another's (`министерствами иностранных дел Казахстана и Кыргызстана`: rule `bodies_of_states`)."""
    inside = coverage(names)
    whole = {(f.start, f.stop) for f in names if f.data.get("rule") != "bodies_of_states"}
    return [c for c in candidates if not (c.data["adjective"] and inside.overlaps(c.start, c.stop)) and
            (c.start, c.stop) not in whole]
