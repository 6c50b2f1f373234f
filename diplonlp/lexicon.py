"""Gazetteers and lexicons, read from the package's ``data/`` files once and indexed by lemma."""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Generic, TypeVar

from razdel import tokenize

from .morph import lemmas, parses
from .scan import next_from
from .text import Token

T = TypeVar("T")


def rows(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of ``data/name``, comments and blank lines skipped."""
    for _, cells in numbered_rows(name):
        yield cells


@cache
def _word_sets() -> dict[str, frozenset[str]]:
    return {name: frozenset(split_forms(cell)) for name, cell in rows("rule_words.tsv")}


def words(name: str) -> frozenset[str]:
    """A word set the rules read (`data/rule_words.tsv`, ``module.set``); KeyError names a missing one."""
    try:
        return _word_sets()[name]
    except KeyError:
        raise KeyError(f"no word set {name!r} in data/rule_words.tsv") from None


def split_forms(cell: str) -> list[str]:
    return [form.strip() for form in cell.split(",") if form.strip()]


def phrase_lemmas(phrase: str, strict: bool = False) -> tuple[frozenset[str], ...]:
    """The lemma sets of a phrase's tokens, the key a `PhraseIndex` matches on.

    ``strict`` keeps one lemma per word, that of its place-name reading where it has one, so that a
    name matches only the forms of that name (`Киев` not `Кими`, whose lemmas share `кий`).
    """
    if not strict:
        return tuple(lemmas(tok.text) for tok in tokenize(phrase))
    return tuple(frozenset({_best_lemma(tok.text)}) for tok in tokenize(phrase))


def _best_lemma(word: str) -> str:
    """The lemma of a word's place-name reading, else of its likeliest one (from `data/place_lemmas.tsv`
    where the word is there: computing the lemmas of the gazetteers' 2,000 words took 0.3 s of the load)."""
    low = word.lower()
    if _recording is not None:
        _recording[low] = compute_best_lemma(low)
        return _recording[low]
    known = place_lemmas().get(low)
    return known if known is not None else compute_best_lemma(low)


def compute_best_lemma(low: str) -> str:
    ps = parses(low)
    if not ps:
        return low
    if low.endswith(ADJECTIVE_ENDINGS):  # `Ширакская`: the adjective, not a guessed place noun `ширакскай`
        adjective = next((p for p in ps if p.tag.POS == "ADJF"), None)
        if adjective is not None:
            return adjective.normal_form.replace("ё", "е")
    # the gazetteers write names in the nominative: `Ливан`'s reading is the nominative place, not `Ливаны`'s genitive
    places = [p for p in ps if "Geox" in p.tag]
    best = next((p for p in places if p.tag.case == "nomn"), places[0] if places else ps[0])
    return best.normal_form.replace("ё", "е")


ADJECTIVE_ENDINGS = ("ская", "ский", "ское", "цкая", "цкий", "цкое")
"""The endings of a place adjective (`Ширакская область`, `Ахалский велаят`)."""


PLACE_LEMMAS = "place_lemmas.tsv"
_recording: dict[str, str] | None = None


def gazetteer_lemmas() -> dict[str, str]:
    """What `data/place_lemmas.tsv` should hold: every word the strict gazetteers (country names, places)
    key on, with its lemma computed afresh while they are built without the table."""
    global _recording
    _recording = table = {}
    try:
        countries.cache_clear()
        builtin_locations.cache_clear()
        countries()
        builtin_locations()
    finally:
        _recording = None
        countries.cache_clear()
        builtin_locations.cache_clear()
    return table


@cache
def place_lemmas() -> dict[str, str]:
    """Word -> lemma for the words of the place gazetteers, as `compute_best_lemma` gives them
    (`scripts/place_lemmas.py` writes the file; `tests/test_lexicon.py` checks it is current)."""
    return {row[0]: row[1] for row in rows(PLACE_LEMMAS)}


@dataclass(slots=True)
class Match(Generic[T]):
    start: int  # token index
    stop: int  # exclusive token index
    value: T


def _rest_matches(key: tuple[frozenset[str], ...], tokens: list[Token], i: int) -> bool:
    """Whether the words of a phrase after its first share a lemma with the tokens after token ``i``."""
    return all(key[j] & lemmas(tokens[i + j].text) for j in range(1, len(key)))


@dataclass
class PhraseIndex(Generic[T]):
    """Finds phrases whatever their case: each phrase token matches a text token sharing a lemma."""

    cap: bool = False  # the first text token must be capitalized
    strict: bool = False  # one lemma per phrase word (place names)
    surface: bool = False  # a text word also matches by its own form (`управляющий`, a participle's lemma)
    _by_first: dict[str, list[tuple[tuple[frozenset[str], ...], T]]] = field(
        default_factory=lambda: defaultdict(list))
    _firsts: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _lower: set[tuple[frozenset[str], ...]] = field(default_factory=set, repr=False, compare=False)
    """Keys of phrases written with a lower-case first word (`сектор Газа`): they match it so with ``cap``."""

    def add(self, phrase: str, value: T) -> None:
        key = phrase_lemmas(phrase, self.strict)
        if key:
            self.add_key(key, value)
            if phrase[:1].islower():
                self._lower.add(key)

    def add_key(self, key: tuple[frozenset[str], ...], value: T) -> None:
        self._firsts = None
        for lemma in key[0]:
            self._by_first[lemma].append((key, value))

    def match_at(self, tokens: list[Token], i: int, limit: int | None = None) -> Match[T] | None:
        """The longest phrase starting at token ``i`` (not crossing ``limit``)."""
        tok = tokens[i]
        lower = self.cap and not tok.is_cap
        if lower and not self._lower:
            return None
        end = len(tokens) if limit is None else limit
        best: Match[T] | None = None
        first = lemmas(tok.text) | {tok.lower} if self.surface else lemmas(tok.text)
        for lemma in first:
            for key, value in self._by_first.get(lemma, ()):
                n = len(key)
                if i + n > end or (best and n <= best.stop - best.start) or (lower and key not in self._lower):
                    continue
                if _rest_matches(key, tokens, i):
                    best = Match(i, i + n, value)
        return best

    def ending_at(self, tokens: list[Token], a: int, b: int) -> Match[T] | None:
        """The longest phrase within ``a:b`` that ends at token ``b``, whatever the case of its first letter
        (`Народной скупщины` ends in `Скупщина`)."""
        for i in range(a, b):
            for lemma in lemmas(tokens[i].text):
                for key, value in self._by_first.get(lemma, ()):
                    if i + len(key) == b and _rest_matches(key, tokens, i):
                        return Match(i, b, value)
        return None

    def overlaid(self, front: PhraseIndex[T]) -> PhraseIndex[T]:
        """A new index with ``front``'s phrases added before this one's: of two phrases of one length that
        match, ``front``'s wins (a user lexicon over the built-in one); this index is left as it is."""
        merged: PhraseIndex[T] = PhraseIndex(self.cap, self.strict, self.surface)
        for lemma in self._by_first.keys() | front._by_first.keys():
            merged._by_first[lemma] = [*front._by_first.get(lemma, ()), *self._by_first.get(lemma, ())]
        merged._lower = self._lower | front._lower
        return merged

    @property
    def firsts(self) -> frozenset[str]:
        """The lemmas a phrase can start with (what `LemmaScan.where` looks for): one set while the index stays
        as it is (the scan knows a set by its identity)."""
        if self._firsts is None:
            self._firsts = frozenset(self._by_first)
        return self._firsts

    def get(self, phrase: str) -> T | None:
        """The value of this very phrase (its words' lemmas in order), if the index holds it."""
        key = phrase_lemmas(phrase, self.strict)
        return next((value for k, value in self._by_first.get(next(iter(key[0]), ""), ()) if k == key), None) \
            if key else None

    def single(self, lemma: str) -> T | None:
        """The value of a one-word phrase with this lemma, if any."""
        return next((value for key, value in self._by_first.get(lemma, ()) if len(key) == 1), None)

    def find(self, tokens: list[Token], start: int = 0, stop: int | None = None,
             starts: Sequence[int] | None = None) -> Iterator[Match[T]]:
        """Longest non-overlapping matches, left to right; ``starts``: the sorted tokens a phrase may start at
        (`LemmaScan.where(self.firsts)`), the others skipped."""
        end = len(tokens) if stop is None else stop
        i = start if starts is None else next_from(starts, start, end)
        while i < end:
            found = self.match_at(tokens, i, end)
            if found:
                yield found
                i = found.stop
            else:
                i += 1
            if starts is not None:
                i = next_from(starts, i, end)


# ---- countries -------------------------------------------------------------------------------


@dataclass
class CountryLexicon:
    names: PhraseIndex[str]
    abbrs: dict[str, str]
    adjectives: dict[str, str]  # lemma -> code
    combos: dict[str, str]  # combining form (казахско) -> code
    demonyms: dict[str, str]
    short: dict[str, str]
    long: dict[str, str]
    shared_abbrs: dict[str, list[str]] = field(default_factory=dict)  # `РК` -> [KR]: another state's too
    named_abbrs: frozenset[str] = frozenset()  # `РА`: the state's only in a text that names it otherwise
    shared_adjectives: dict[str, list[str]] = field(default_factory=dict)  # `корейский`, `корейско` -> [KP]


def _iso_translations(domain: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


@cache
def countries() -> CountryLexicon:
    import pycountry
    from babel import Locale

    ru = _iso_translations("iso3166-1")
    babel_names = Locale("ru").territories
    exclusions = {row[0]: split_forms(row[1]) if len(row) > 1 else [] for row in rows("country_exclusions.tsv")}
    names: PhraseIndex[str] = PhraseIndex(cap=True, strict=True)
    short: dict[str, str] = {}
    long: dict[str, str] = {}
    abbrs: dict[str, str] = {}

    def add_name(name: str, code: str) -> None:
        name = name.replace("ё", "е").replace("Ё", "Е").replace("́", "")
        if any(ch in name for ch in ",()") or " - " in name:
            return
        for form in exclusions.get(name, [name]):
            if form.isupper() and " " not in form:  # `ГДР` as written, not a surname `Гдров` the dictionary reads so
                abbrs[form] = code
            else:
                names.add(form, code)

    for country in pycountry.countries:
        code = country.alpha_2
        candidates = [ru.gettext(country.name), babel_names.get(code, "")]
        official = getattr(country, "official_name", None)
        if official:
            candidates.append(ru.gettext(official))
        for name in filter(None, candidates):
            add_name(name, code)
        short[code] = (babel_names.get(code) or ru.gettext(country.name)).replace("ё", "е")
        long[code] = ru.gettext(official or country.name).replace("ё", "е").replace("́", "")
    adjectives: dict[str, str] = {}
    combos: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    shared_adjectives: dict[str, list[str]] = {}
    named: set[str] = set()
    for code, kind, cell in rows("countries_extra.tsv"):
        for form in split_forms(cell):
            if kind == "adj_shared":
                for word in (form, form[:-2] + "о"):  # корейский, корейско
                    shared_adjectives.setdefault(word, []).append(code)
            elif kind == "name":
                add_name(form, code)
            elif kind == "abbr":
                abbrs[form] = code
            elif kind == "abbr_shared":
                shared.setdefault(form, []).append(code)
            elif kind == "abbr_named":
                abbrs[form] = code
                named.add(form)
            elif kind == "adj":
                adjectives[form] = code
                combos[form[:-2] + "о"] = code  # казахский -> казахско
            elif kind == "combo":
                combos[form] = code
            elif kind == "demonym":
                demonyms[form] = code
            elif kind == "short":
                short[code] = form
            elif kind == "long":
                long[code] = form
                add_name(form, code)
    return CountryLexicon(names, abbrs, adjectives, combos, demonyms, short, long, shared, frozenset(named),
                          shared_adjectives)


# ---- organizations ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrgRecord:
    name: str
    abbr: str | None
    kind: str
    country: str | None = None


LETTERS_BEFORE_DIGITS = re.compile(r"[^\W\d]+(?=\d)")
"""`G` of `G20`: the letters razdel cuts from the digits after them."""


@dataclass
class OrgLexicon:
    by_abbr: dict[str, OrgRecord]
    names: PhraseIndex[OrgRecord]
    bodies: PhraseIndex[tuple[str, str | None, str, str | None]]  # head phrase, abbreviation stem, kind, own state
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """An organization's name -> its other forms of two words or more (`Североатлантический альянс`)."""
    abbr_firsts: frozenset[str] = field(init=False)
    """The first word of each abbreviation, and the letters opening one with digits, which razdel cuts off (`G` of
    `G20`; `by_abbr` is final when the lexicon is made)."""
    abbr_names: frozenset[str] = field(init=False)
    """The names of the organizations that have an abbreviation (`ООН`, `ШОС`)."""

    def __post_init__(self) -> None:
        firsts = [abbr.split(" ", 1)[0] for abbr in self.by_abbr]
        self.abbr_firsts = frozenset(firsts + [m.group() for w in firsts if (m := LETTERS_BEFORE_DIGITS.match(w))])
        self.abbr_names = frozenset(rec.name for rec in self.by_abbr.values())


def organizations() -> OrgLexicon:
    """The organization gazetteer in force: the built-in one, or a pipeline's with its user lexicons."""
    active = ACTIVE.get()
    return active.organizations if active else builtin_organizations()


def read_organizations(rows: Iterable[list[str]], by_abbr: dict[str, OrgRecord], names: PhraseIndex[OrgRecord],
                       aliases: dict[str, tuple[str, ...]]) -> None:
    """Rows of `organizations.tsv` (abbreviation or empty, name, kind, other forms, country) into the tables:
    an upper-case or mixed-case single form is an abbreviation, anything else a name (one of two words or more
    also an alias)."""
    for row in rows:
        abbr, name, kind = row[:3]
        country = row[4] if len(row) > 4 and row[4] else None
        record = OrgRecord(name, abbr if abbr and abbr != name else None, kind, country)
        if abbr:
            by_abbr[abbr] = record
        names.add(name, record)
        for form in split_forms(row[3]) if len(row) > 3 else []:
            if form.isupper() or (" " not in form and not form[1:].islower()):
                by_abbr[form] = record
            else:
                names.add(form, record)
                if " " in form:
                    aliases[name] = (*aliases.get(name, ()), form)


@cache
def builtin_organizations() -> OrgLexicon:
    by_abbr: dict[str, OrgRecord] = {}
    names: PhraseIndex[OrgRecord] = PhraseIndex(cap=True)
    aliases: dict[str, tuple[str, ...]] = {}
    read_organizations(rows("organizations.tsv"), by_abbr, names, aliases)
    bodies: PhraseIndex[tuple[str, str | None, str, str | None]] = PhraseIndex(cap=True)
    for row in rows("state_bodies.tsv"):
        head, stem, kind = row[:3]
        value = (head, None if stem == "-" else stem, kind, row[3] if len(row) > 3 and row[3] else None)
        bodies.add(head, value)
        if not value[3]:  # `посольство РК в Италии`: only with its state after it; not one state's own body
            bodies.add(head.lower(), value)
        if stem != "-" and " " not in stem:
            bodies.add(stem, value)
    return OrgLexicon(by_abbr, names, bodies, aliases)


# ---- sectors ---------------------------------------------------------------------------------


@dataclass
class SectorLexicon:
    names: dict[str, str]
    words: dict[str, tuple[str, bool]]  # lemma -> (code, weak)
    phrases: PhraseIndex[tuple[str, bool]]
    combos: dict[str, str]


@cache
def sectors() -> SectorLexicon:
    names: dict[str, str] = {}
    words: dict[str, tuple[str, bool]] = {}
    phrases: PhraseIndex[tuple[str, bool]] = PhraseIndex()
    combos: dict[str, str] = {}
    for code, kind, form in rows("sectors.tsv"):
        weak = kind.startswith("weak ")
        kind = kind.removeprefix("weak ")
        if kind == "name":
            names[code] = form
        elif kind == "word":
            words[form] = (code, weak)
        elif kind == "phrase":
            phrases.add_key(tuple(frozenset({w}) for w in form.split()), (code, weak))
        elif kind == "combo":
            combos[form] = code
    return SectorLexicon(names, words, phrases, combos)


# ---- posts, role nouns, leaders --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PostHead:
    family: str
    title: str


class LexiconError(ValueError):
    """A lexicon row that cannot be read as its file's header says; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class TitleRow:
    """One row of the title lexicon: the head (lemmas, space-separated), its family and full title."""

    head: str
    family: str
    title: str


def numbered_rows(name: str, text: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of ``data/name`` (or of ``text``), comments and blank lines skipped."""
    if text is None:
        text = resources.files("diplonlp").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield n, line.split("\t")


def read_titles(name: str, text: str | None = None) -> list[TitleRow]:
    """The rows of a title file (`posts.tsv`: head, family, title; `professions.tsv`: head alone, family
    `profession`), checked: every head word is a lemma pymorphy3 gives it, or is marked ``=`` (matched as
    written), and no head comes twice; LexiconError names the file and line of the first row that fails."""
    out: list[TitleRow] = []
    seen: dict[str, int] = {}
    for n, cells in numbered_rows(name, text):
        if len(cells) not in (1, 3) or not cells[0].strip():
            raise LexiconError(f"{name}:{n}: expected head, family, title (or a head alone), got {cells!r}")
        head = cells[0]
        for word in head.split():
            if not word.startswith("=") and word not in lemmas(word):
                raise LexiconError(f"{name}:{n}: head word {word!r} is not a lemma (pymorphy3 gives "
                                   f"{', '.join(sorted(lemmas(word)))}); write its lemma, or =word to match it "
                                   "as written")
        bare = head.replace("=", "")
        if bare in seen:
            raise LexiconError(f"{name}:{n}: head {bare!r} is already on line {seen[bare]}")
        seen[bare] = n
        out.append(TitleRow(bare, cells[1], cells[2]) if len(cells) == 3 else TitleRow(bare, "profession", bare))
    return out


@cache
def title_rows() -> list[TitleRow]:
    """Titles of the state service (`posts.tsv`), then other occupations (`professions.tsv`, family
    `profession`: a post only when someone holds it) not already among them."""
    posts = read_titles("posts.tsv")
    seen = {row.head for row in posts}
    return posts + [row for row in read_titles("professions.tsv") if row.head not in seen]


def post_heads() -> PhraseIndex[PostHead]:
    """The title gazetteer in force (built-in, or a pipeline's with its user lexicons)."""
    active = ACTIVE.get()
    return active.post_heads if active else builtin_post_heads()


def index_titles(titles: Iterable[TitleRow]) -> PhraseIndex[PostHead]:
    """Title rows indexed by their heads' words."""
    index: PhraseIndex[PostHead] = PhraseIndex(surface=True)
    for row in titles:
        index.add_key(tuple(frozenset({w}) for w in row.head.split()), PostHead(row.family, row.title))
    return index


@cache
def builtin_post_heads() -> PhraseIndex[PostHead]:
    return index_titles(title_rows())


def title_nouns() -> frozenset[str]:
    """Single-word post titles: they continue a title in the genitive (`помощник госсекретаря`)."""
    active = ACTIVE.get()
    return active.title_nouns if active else builtin_title_nouns()


def single_titles(titles: Iterable[TitleRow]) -> frozenset[str]:
    return frozenset(row.head for row in titles if " " not in row.head and row.family != "profession")


@cache
def builtin_title_nouns() -> frozenset[str]:
    return single_titles(title_rows())


@cache
def role_nouns() -> PhraseIndex[tuple[str, bool]]:
    """Role nouns (`role_nouns.tsv`): lemmas -> (family of the post they refer to, whether a state's own post)."""
    index: PhraseIndex[tuple[str, bool]] = PhraseIndex()
    for phrase, family, *state in rows("role_nouns.tsv"):
        index.add_key(tuple(frozenset({w}) for w in phrase.split()), (family, state == ["state"]))
    return index


@cache
def relational_nouns() -> dict[str, frozenset[str]]:
    """Titles that relate their holder to another person (`relational.tsv`): lemma -> kinds (`serves`)."""
    kinds: dict[str, set[str]] = {}
    for lemma, kind in rows("relational.tsv"):
        kinds.setdefault(lemma, set()).add(kind)
    return {lemma: frozenset(found) for lemma, found in kinds.items()}


def relational_kinds(word: str) -> frozenset[str]:
    """The kinds `relational.tsv` gives any lemma of ``word`` (`представителем` -> `serves`)."""
    table = relational_nouns()
    return frozenset(kind for lemma in lemmas(word) for kind in table.get(lemma, ()))


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A public figure texts name without their state (`leaders.tsv`), and the days the entry holds for
    (ISO dates, either end open)."""

    name: str
    country: str | None
    since: str | None = None
    until: str | None = None
    office: str | None = None  # the family of the office held on those days (`head`, `premier`, `minister`)

    def holds_on(self, date: str | None) -> bool:
        """Whether the entry holds on ``date`` (ISO; an undated document takes every entry)."""
        day = date[:10] if date else None
        return day is None or ((self.since is None or self.since <= day) and (self.until is None or day <= self.until))


def read_persons(rows: Iterable[list[str]]) -> dict[str, list[KnownPerson]]:
    """Rows of `leaders.tsv` (full name, country, since, until, office) by surname, lower case."""
    table: dict[str, list[KnownPerson]] = {}
    for row in rows:
        cells = [*row, "", "", "", ""]
        person = KnownPerson(row[0], cells[1] or None, cells[2] or None, cells[3] or None, cells[4] or None)
        table.setdefault(row[0].split()[-1].lower().replace("ё", "е"), []).append(person)
    return table


@cache
def builtin_persons() -> dict[str, list[KnownPerson]]:
    return read_persons(rows("leaders.tsv"))


def known_people() -> dict[str, list[KnownPerson]]:
    """The public figures by surname (lower case): a user lexicon's where one is active, else the built-in ones."""
    active = ACTIVE.get()
    return active.persons if active else builtin_persons()


def known_person(surname: str, date: str | None, first: str | None = None) -> KnownPerson | None:
    """The public figure a surname (any case, `ё` or `е`) names in a text of ``date``: the last entry that holds on
    that day, a user lexicon's over the built-in ones; with a ``first`` name, only an entry of that first name
    (`Ярослав Песков` is not `Дмитрий Песков`)."""
    table = known_people()
    given = first.split()[0].lower().replace("ё", "е") if first else None  # `Реджеп Тайип`: the first of them
    key = surname.lower().replace("ё", "е")  # as `read_persons` keys the table
    return next((p for p in reversed(table.get(key, ())) if p.holds_on(date) and (
        given is None or p.name.split()[0].lower().replace("ё", "е") == given)), None)


# ---- locations -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    others: tuple[str, ...] = ()
    """Other states with a subdivision of that name (`Пенджаб`: IN, then PK), for the text to choose among."""
    abbreviations: tuple[str, ...] = ()
    """Its forms the gazetteer writes in capitals (`АТР`, `ЦА`): written so, they name the place, not a body."""


def locations() -> PhraseIndex[Place]:
    """The place gazetteer in force (built-in, or a pipeline's with its user lexicons)."""
    active = ACTIVE.get()
    return active.locations if active else builtin_locations()


NICKNAME_ENDINGS = ("щина", "чина")
"""The suffix of a region's popular name made from its adjective's stem (`Брянщина`, `Брестчина`)."""


def region_by_nickname(tok: Token) -> Place | None:
    """The region a word names by its popular name (`Гомельщине` → `Гомельская область`), if the gazetteer knows
    one whose adjective has the word's stem."""
    if "щин" not in tok.lower and "чин" not in tok.lower:
        return None
    return next((place for lemma in lemmas(tok.text) if len(lemma) > 6 and lemma.endswith(NICKNAME_ENDINGS)
                 and (place := locations().get(lemma[:-4].capitalize() + "ская область")) is not None), None)


def read_places(rows: Iterable[list[str]], index: PhraseIndex[Place]) -> None:
    """Rows of `locations.tsv` (name, country or empty, other forms) into the index."""
    for row in rows:
        forms = split_forms(row[2]) if len(row) > 2 else []
        place = Place(row[0], row[1] if len(row) > 1 and row[1] else None,
                      abbreviations=tuple(f for f in forms if f.isupper()))
        index.add(row[0], place)
        for form in forms:
            index.add(form, place)


@cache
def builtin_locations() -> PhraseIndex[Place]:
    import pycountry
    from babel import Locale

    index: PhraseIndex[Place] = PhraseIndex(cap=True, strict=True)
    ru = _iso_translations("iso3166-2")
    states: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        name = ru.gettext(sub.name)
        if name != sub.name and len(name) > 3 and any("а" <= ch <= "я" for ch in name.lower()):
            states.setdefault(name, []).append(sub.country_code)  # short ones (`Об`) match prepositions
    place_rows = list(rows("locations.tsv"))
    curated = {row[0]: row[1] for row in place_rows if len(row) > 1 and row[1]}
    other_forms = {form for row in place_rows if len(row) > 2 for form in split_forms(row[2])}
    for name, codes in states.items():  # the curated state first (`Сантьяго`: CL, then the Dominican province)
        if name in other_forms:
            continue  # another form of a curated place (`Республика Татарстан`: `Татарстан`), that place's
        first, *others = dict.fromkeys([*([curated[name]] if name in curated else []), *codes])
        index.add(name, Place(name, first, tuple(others)))
    for code, name in Locale("ru").territories.items():
        if code.isdigit() and code != "001":
            index.add(name, Place(name, None))
    read_places(place_rows, index)
    return index


@cache
def _world_cities() -> dict[str, str]:
    return {name.replace("ё", "е"): code for name, code in rows("world_cities.tsv")}


def world_city_state(name: str) -> str | None:
    """The state a town of that name lies in (`data/world_cities.tsv`, GeoNames' towns of 15,000 people or more;
    a name towns of two states share is none): `Краков` -> PL, `Гюмри` -> AM."""
    return _world_cities().get(name.replace("ё", "е"))


# ---- the gazetteers in force -----------------------------------------------------------------


@dataclass(frozen=True)
class Gazetteers:
    """The built-in gazetteers with a pipeline's user lexicons laid over them (`diplonlp.lexicons`)."""

    organizations: OrgLexicon
    post_heads: PhraseIndex[PostHead]
    title_nouns: frozenset[str]
    locations: PhraseIndex[Place]
    persons: dict[str, list[KnownPerson]]


ACTIVE: ContextVar[Gazetteers | None] = ContextVar("diplonlp_gazetteers", default=None)
"""The gazetteers of the pipeline running in this thread (None: the built-in ones); `Pipeline` sets it."""
