"""Posts a layout gives without a title word: the lines of a credentials list (`Кофи Асанте Овусу – Республика
Гана;`), each an ambassador of that state to the state that receives the credentials."""

from __future__ import annotations

from ..analysis import Analysis, Found
from ..lexicon import countries, words
from ..mentions.organizations import genitive
from ..morph import lemmas
from ..text import DASHES, Token
from .colleagues import colleague_post

CREDENTIALS = words("posts.credentials")
"""Lemmas that make an item one about credentials (`верительные грамоты`)."""
AMBASSADOR = words("posts.ambassador_nouns")
"""The noun whose plural opens a list `State – Name` of those presenting credentials (`послы Бразилии – …`)."""
JOINERS = frozenset({"и", "а", "также"})
"""Words that join a list's last item to the others (`…, а также Финляндии – …`)."""
CREDENTIALS_AGAIN = words("posts.credentials_again")
"""The noun that tells credentials again once they are told (`Послы … вручили грамоты`: rule `credentials_again`)."""
AMONG_THEM = words("posts.credentials_them")
"""The pronoun that, opening the sentence after credentials, names those who presented them (`Среди них – …`)."""


def credentials_list(doc: Analysis) -> list[Found]:
    """In an item about credentials, each line `Name – State` (ending in `;`, `.` or nothing), or each such item
    after the colon of a sentence that tells credentials (`Верительные грамоты вручили: A – Никарагуа, B – Иран.`),
    or each `Name (State)` of one with no colon (`Грамоты вручили Хуан Карлос Гонсалес Трехо (Мексика), …`), is the
    post of the ambassador named: `посол`, country that state, host the state named where the credentials are told
    before the list (`Верительные грамоты Президенту Российской Федерации вручили:`)."""
    if not doc.on("credentials_list"):
        return []
    told = set(credentials_told(doc))
    if not told:
        return []
    by_start = {f.a: f for f in doc.found.get("country", []) if not f.data["adjective"]}
    host: str | None = None
    found: list[Found] = []
    for s, sent in enumerate(doc.sents):
        items = [(sent.first, sent.last)]
        if s in told:
            colon = next((i for i in range(sent.first, sent.last) if doc.tokens[i].text == ":"), None)
            items = [item for a, b in _items(doc, colon + 1, sent.last) for item in _unjoined(doc, a, b)] \
                if colon is not None else _bracketed_items(
                doc, sent.first, sent.last) or _dashed_items(doc, sent.first, sent.last)
            opening = colon if colon is not None else items[0][0] if items else sent.first  # `послов Мексики и
            # Филиппин`: the senders, no host
            host = next((str(f.data["code"]) for f in reversed(doc.found.get("country", []))
                         if sent.first <= f.a < opening), host)
        for first, last in items:
            country = _listed_state(doc, first, last, by_start)
            if country is not None and country.data["code"] != host:  # no host named: the entities' setting
                found.append(_ambassador(doc, country, host, doc.tokens[country.a - 1].text == "("))
    return found


def _items(doc: Analysis, first: int, last: int) -> list[tuple[int, int]]:
    """The items of tokens ``first:last`` between commas and semicolons, as token ranges."""
    cuts = [i for i in range(first, last) if doc.tokens[i].text in (",", ";")]
    return list(zip([first, *(i + 1 for i in cuts)], [*cuts, last], strict=True)) if first < last else []


def ambassadors_nouns(doc: Analysis, first: int, last: int) -> list[int]:
    """The tokens of tokens ``first:last`` that are the plural of an ambassador's noun (`послы`, `послов`:
    `posts.ambassador_nouns`), which a credentials list `State – Name` follows."""
    return [i for i in range(first, last) if doc.tokens[i].feats.get("Number") == "Plur" and
            AMBASSADOR & lemmas(doc.tokens[i].text)]


def _dashed_items(doc: Analysis, first: int, last: int) -> list[tuple[int, int]]:
    """The items `State – Name` after the plural of an ambassador's noun in a sentence telling credentials with no
    colon (`Верительные грамоты вручили, в частности, послы Бразилии – Сержиу Данезе, Индонезии – …, а также
    Финляндии – Антти Хелантеря`), each without the `и`, `а также` that joins it."""
    nouns = ambassadors_nouns(doc, first, last)
    return [item for a, b in (_items(doc, nouns[0] + 1, last) if nouns else []) for item in _unjoined(doc, a, b)]


def _unjoined(doc: Analysis, a: int, b: int) -> list[tuple[int, int]]:
    """The item ``a:b`` of a list, or the two an `и` joins in it (`Италии – Паскуале Салцано и Катара – Абдулла …`:
    an `и` before the next item's dash; `Кенджи Ямамото (Япония) и Абдуллы Хамида (Малайзия)`: one after a closing
    bracket), each without the `и`, `а также` that opens it."""
    tokens = doc.tokens
    joins = [i for i in range(a + 1, b - 2) if tokens[i].lower == "и" and (
        any(t.text in DASHES for t in tokens[i + 2:i + 6]) or tokens[i - 1].text == ")")]
    out: list[tuple[int, int]] = []
    for x, y in zip([a, *(i + 1 for i in joins)], [*joins, b], strict=True):
        while x < y and tokens[x].text in JOINERS:  # not an initial `А.`
            x += 1
        out.append((x, y))
    return out


def _bracketed_items(doc: Analysis, first: int, last: int) -> list[tuple[int, int]]:
    """The items `Name (State)` of a sentence telling credentials with no colon (`Верительные грамоты вручили Хуан
    Карлос Гонсалес Трехо (Мексика), Мария Ана Санчес (Филиппины) и …`), each from the capitalized words (and the
    dots of initials) right before its bracket (rule `credentials_bracketed`)."""
    if not doc.on("credentials_bracketed"):
        return []
    tokens = doc.tokens
    out: list[tuple[int, int]] = []
    for k in range(first + 1, last - 2):
        if tokens[k].text == "(" and tokens[k + 2].text == ")":
            start = k
            while start > first and ((tokens[start - 1].is_word and _capitalized(tokens[start - 1])) or
                                     (tokens[start - 1].text == "." and len(tokens[start - 2].text) == 1)):
                start -= 1
            out.append((start, k + 3))
    return out


def _ambassador(doc: Analysis, country: Found, host: str | None, bracketed: bool) -> Found:
    """The ambassador's post a credentials list gives by the state's name (in brackets after the name: rule
    `credentials_bracketed` too)."""
    code = str(country.data["code"])
    fired = [("credentials_list", country.a, country.b)]
    return doc.make("post", country.a, country.b, title="посол", family="diplomat", country=code, host=host,
                    organization=None, plural=False, countries=[code], bare=False, bare_any=False,
                    head=(country.a, country.a + 1), agree=country.a,
                    name=f"посол {genitive(countries().short.get(code, code))}",
                    fired=[*fired, ("credentials_bracketed", country.a, country.b)] if bracketed else fired)


def laid_out(post: Found) -> bool:
    """Is ``post`` one a credentials list's layout gives (`Турции – Уфука Улутаса`, `A – Никарагуа`)?"""
    return any(rule == "credentials_list" for rule, *_ in post.data.get("fired", ()))


def credentials_told(doc: Analysis) -> list[int]:
    """The sentences that speak of credentials (`верительные грамоты`), in order, and after the first of them those
    that name them by the noun alone (`Послы … вручили грамоты`: rule `credentials_again`)."""
    told = {doc.tokens[i].sent for i in doc.scan.with_lemma(CREDENTIALS)}
    if told and doc.on("credentials_again"):
        told |= {s for i in doc.scan.with_lemma(CREDENTIALS_AGAIN) if (s := doc.tokens[i].sent) > min(told)}
    if doc.on("credentials_among_them"):
        told |= {s + 1 for s in told if s + 1 < len(doc.sents) and _among_them(doc, s + 1)}
    return sorted(told)


def _among_them(doc: Analysis, s: int) -> bool:
    """Rule `credentials_among_them`: does sentence ``s``, right after one telling credentials, open by naming
    those who presented them with a pronoun in its first three words (`Среди них – Посол Вьетнама A и …`,
    `В их числе – …`)?"""
    first = doc.sents[s].first
    return any(lemmas(t.text) & AMONG_THEM for t in doc.tokens[first:min(first + 3, doc.sents[s].last)])


def credentials_lines(doc: Analysis, told: set[int]) -> set[int]:
    """The lines of a list after a sentence of ``told`` (`credentials_told`) that ends in a colon (`… принял
    верительные грамоты у вновь назначенных послов:` / `Чрезвычайный и Полномочный Посол Королевства Швеция – Андреас
    фон Уфорд;`): each a sentence opening its line, with a dash in it or opening with a diplomat's title (`Посол
    Республики Чили Рикардо Фернандес Ортис;`); or, after one whose colon opens a list run on in its line and
    whose items end in `;` (`Верительные грамоты вручили: Чрезвычайный и Полномочный Посол … Пера;`), each item
    after it."""
    out: set[int] = set()
    titles = doc.starting_at("post")  # built once per document
    for s in told:
        toks = doc.tokens[doc.sents[s].first:doc.sents[s].last]
        inline = toks[-1].text == ";" and any(t.text == ":" for t in toks)
        if toks[-1].text != ":" and not inline:
            continue
        k = s + 1
        while k < len(doc.sents) and (doc.tokens[doc.sents[k - 1].last - 1].text == ";" if inline else
                                      doc.opens_line(doc.sents[k].first)) and _list_item(doc, k, titles):
            out.add(k)
            k += 1
    return out


def _list_item(doc: Analysis, k: int, titles: dict[int, Found]) -> bool:
    """Does sentence ``k`` open with a diplomat's title, or hold a dash (`Name – State`)?"""
    first = doc.sents[k].first
    return (first in titles and titles[first].data["family"] == "diplomat") or any(
        t.text in DASHES for t in doc.tokens[first:doc.sents[k].last])


def _listed_state(doc: Analysis, first: int, last: int, by_start: dict[int, Found]) -> Found | None:
    """The state of a line `Name – State;` (two to eight words of a name, the first capitalized, a dash, a state's
    name, then the line's end), or of one `State – Name` (`Турции – Уфука Улутаса`), a bullet's dash before it passed
    over (`- Ахмед Мустафа Хасан – Арабская Республика Египет;`)."""
    tokens = doc.tokens
    while first < last and tokens[first].text in DASHES:
        first += 1  # `– Ахмеда Аль-Харби (Королевство Саудовская Аравия);`: the list's bullet
    end = last - 1 if tokens[last - 1].text in (";", ".") else last
    dash = next((i for i in range(first, min(last, first + 13)) if tokens[i].text in DASHES), None)
    if dash is None:
        return _bracketed_state(doc, first, end, by_start)
    country = by_start.get(first)
    if country is not None and country.b == dash and _names_someone(doc, dash + 1, end):
        return country  # `Республики Польша – Марека Квятковского`: a state's long name is no person's
    if _names_someone(doc, first, dash):
        country = by_start.get(dash + 1)
        return country if country is not None and country.b == end else None
    return None


def _bracketed_state(doc: Analysis, first: int, end: int, by_start: dict[int, Found]) -> Found | None:
    """The state of an item `Name (State)` (`Х.Д.Вальдеса (Куба)`: rule `credentials_bracketed`)."""
    tokens = doc.tokens
    if end - first < 5 or tokens[end - 1].text != ")" or not doc.on("credentials_bracketed"):
        return None
    country = next((by_start[k + 1] for k in range(end - 2, first, -1) if tokens[k].text == "(" and k + 1 in by_start),
                   None)
    return country if country is not None and country.b == end - 1 and \
        _names_someone(doc, first, country.a - 1) else None


def _names_someone(doc: Analysis, a: int, b: int) -> bool:
    """Are tokens ``a:b`` two to eight words of a name, the first capitalized and one more, or its part after a hyphen
    (`Мохаммед аль-Хашими`; the dots of initials passed over: `Т.Ньямбе`)?"""
    tokens = doc.tokens
    words = [t for k, t in enumerate(tokens[a:b], a) if not (t.text == "." and k > a and len(tokens[k - 1].text) == 1)]
    return 2 <= len(words) <= 8 and words[0].is_cap and sum(map(_capitalized, words)) >= 2 and \
        all(t.is_word for t in words)


def _capitalized(token: Token) -> bool:
    """A name's word in capitals, or whose part after a hyphen is (`аль-Хашими`)."""
    return token.is_cap or token.text.rsplit("-", 1)[-1][:1].isupper()


LIST_RULES = (credentials_list, colleague_post)
"""Posts read from a layout or a counterpart noun, not a title."""
TOLD_RULES = ("credentials_again", "credentials_among_them", "credentials_bracketed")
"""Rules of which sentences tell credentials (`credentials_told`, read by holders' hosts and meetings)."""
