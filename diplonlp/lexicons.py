"""User lexicons: organizations, titles, places and known persons a caller lays over the built-in gazetteers
(`diplonlp.lexicon`), given as Python objects or as TSV files in the package's own formats (`data/*.tsv`).

Every entry is checked when the `Lexicon` is made: a bad one raises `LexiconError` naming the file and line
(or the list and index). `Pipeline(lexicons=...)` builds the gazetteers of its lexicons once per process and
puts them in force while it runs, so pipelines with different lexicons live side by side.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import get_args

from .lexicon import (
    Gazetteers,
    LexiconError,
    OrgLexicon,
    OrgRecord,
    PhraseIndex,
    Place,
    builtin_locations,
    builtin_organizations,
    builtin_persons,
    builtin_post_heads,
    builtin_title_nouns,
    countries,
    index_titles,
    numbered_rows,
    read_organizations,
    read_persons,
    read_places,
    read_titles,
    single_titles,
    title_rows,
)
from .models import OrganizationKind
from .morph import lemmas

ORG_KINDS = frozenset(get_args(OrganizationKind))


@dataclass(frozen=True)
class OrgEntry:
    """An organization: ``name`` in the nominative, its abbreviation, the state it belongs to (ISO code, None
    for an international one), its kind (`Organization.kind`) and other names or abbreviations it goes by."""

    name: str
    abbr: str | None = None
    country: str | None = None
    kind: str = "other"
    forms: tuple[str, ...] = ()

    def row(self) -> list[str]:
        return [self.abbr or "", self.name, self.kind, ",".join(self.forms), self.country or ""]


@dataclass(frozen=True)
class TitleEntry:
    """A post title (nominative, lower case), its family (`data/posts.tsv`: `diplomat`, `minister`, `head`, …;
    `profession` for an occupation that is a post only when someone holds it) and its head: the words to match,
    as lemmas, a word matched as written marked ``=`` (by default the title's own words, ``=`` where a word is
    not its own lemma)."""

    title: str
    family: str = "head"
    head: str | None = None

    def row(self) -> list[str]:
        head = self.head or " ".join(w if w in lemmas(w) else f"={w}" for w in self.title.lower().split())
        return [head, self.family, self.title]


@dataclass(frozen=True)
class PlaceEntry:
    """A place below the state level: its nominative name, the state it lies in, other names."""

    name: str
    country: str | None = None
    forms: tuple[str, ...] = ()

    def row(self) -> list[str]:
        return [self.name, self.country or "", ",".join(self.forms)]


@dataclass(frozen=True)
class PersonEntry:
    """A known person: full name, the state they serve, the days (ISO) on which a bare surname names them, and the
    family of the office they hold then (`head`, `premier`, `minister`: a headline's role noun may name them)."""

    name: str
    country: str | None = None
    since: str | None = None
    until: str | None = None
    office: str | None = None

    def row(self) -> list[str]:
        return [self.name, self.country or "", self.since or "", self.until or "", self.office or ""]


Entry = OrgEntry | TitleEntry | PlaceEntry | PersonEntry
FORMATS: dict[str, tuple[type[Entry], str]] = {
    "organizations": (OrgEntry, "abbreviation (or empty), name, kind, other forms (comma-separated), country"),
    "titles": (TitleEntry, "head (lemmas; =word as written), family, title"),
    "places": (PlaceEntry, "name, country, other forms (comma-separated)"),
    "persons": (PersonEntry, "full name, country, since, until, office"),
}
"""Each part of a lexicon: its entry type and its TSV columns (those of `data/organizations.tsv`, `posts.tsv`,
`locations.tsv`, `leaders.tsv`)."""


@dataclass(frozen=True)
class Lexicon:
    """Entries a pipeline adds to the built-in gazetteers; where one names what a built-in entry names, the
    user's wins (an organization or place of the same name, a title of the same head, a person of the same
    surname on the days both hold)."""

    organizations: tuple[OrgEntry, ...] = ()
    titles: tuple[TitleEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    persons: tuple[PersonEntry, ...] = ()
    sources: tuple[str, ...] = field(default=(), compare=False)  # where the entries came from, for messages

    def __post_init__(self) -> None:
        for part in FORMATS:
            object.__setattr__(self, part, tuple(getattr(self, part)))
            for n, entry in enumerate(getattr(self, part)):
                _check(entry, part, f"{part}[{n}]")

    @classmethod
    def read(cls, *, organizations: str | Path | None = None, titles: str | Path | None = None,
             places: str | Path | None = None, persons: str | Path | None = None) -> Lexicon:
        """A lexicon from TSV files in the package's formats (`FORMATS`; ``#`` comments and blank lines
        skipped); `LexiconError` names the file and line of a bad row, `OSError` a file that cannot be read."""
        paths = {"organizations": organizations, "titles": titles, "places": places, "persons": persons}
        parts = {part: tuple(_read(part, Path(path))) for part, path in paths.items() if path is not None}
        return cls(**parts, sources=tuple(str(p) for p in paths.values() if p is not None))

    def __add__(self, other: Lexicon) -> Lexicon:
        """Both lexicons' entries, ``other``'s laid over this one's."""
        return Lexicon(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


def _read(part: str, path: Path) -> Iterator[Entry]:
    text = path.read_text(encoding="utf-8")
    if part == "titles":
        read_titles(str(path), text)  # row shapes, heads against pymorphy3's lemmas, repeated heads: with the line
        for n, cells in numbered_rows(str(path), text):
            entry = TitleEntry(cells[2], cells[1], cells[0]) if len(cells) == 3 else TitleEntry(
                cells[0].replace("=", ""), "profession", cells[0])
            _check(entry, part, f"{path}:{n}")  # the family too
            yield entry
        return
    kind, columns = FORMATS[part]
    for n, cells in numbered_rows(str(path), text):
        where = f"{path}:{n}"
        cells = [c.strip() for c in cells]
        try:
            entry = _entry(kind, cells)
        except (TypeError, ValueError, IndexError):
            raise LexiconError(f"{where}: expected {columns}, got {cells!r}") from None
        _check(entry, part, where)
        yield entry


def _entry(kind: type[Entry], cells: list[str]) -> Entry:
    def cell(k: int) -> str | None:
        return cells[k] if len(cells) > k and cells[k] else None

    def forms(k: int) -> tuple[str, ...]:
        return tuple(f.strip() for f in (cell(k) or "").split(",") if f.strip())

    if kind is OrgEntry:
        if len(cells) < 3 or len(cells) > 5:
            raise ValueError
        return OrgEntry(cells[1], cell(0), cell(4), cells[2], forms(3))
    if kind is PlaceEntry:
        if len(cells) > 3:
            raise ValueError
        return PlaceEntry(cells[0], cell(1), forms(2))
    if len(cells) > 5:
        raise ValueError
    return PersonEntry(cells[0], cell(1), cell(2), cell(3), cell(4))


def _check(entry: Entry, part: str, where: str) -> None:
    """LexiconError naming ``where`` when an entry is not what its part takes."""
    kind, _ = FORMATS[part]
    if not isinstance(entry, kind):
        raise LexiconError(f"{where}: expected a {kind.__name__}, got {type(entry).__name__}")
    name = getattr(entry, "name", None) or getattr(entry, "title", "")
    if not isinstance(name, str) or not name.strip():
        raise LexiconError(f"{where}: the name is empty")
    country = getattr(entry, "country", None)
    if country is not None and country not in countries().short:
        raise LexiconError(f"{where}: country {country!r} is no ISO 3166-1 alpha-2 code")
    if isinstance(entry, OrgEntry) and entry.kind not in ORG_KINDS:
        raise LexiconError(f"{where}: kind {entry.kind!r} is not one of {', '.join(sorted(ORG_KINDS))}")
    if isinstance(entry, TitleEntry):
        if entry.family not in _families():
            raise LexiconError(f"{where}: family {entry.family!r} is not one of {', '.join(sorted(_families()))}")
        try:
            read_titles(where, "\t".join(entry.row()))
        except LexiconError as err:
            raise LexiconError(str(err).replace(f"{where}:1:", f"{where}:", 1)) from None
    if isinstance(entry, PersonEntry):
        _check_days(entry, where)
        if entry.office is not None and entry.office not in _families():
            raise LexiconError(f"{where}: office {entry.office!r} is not one of {', '.join(sorted(_families()))}")


def _check_days(entry: PersonEntry, where: str) -> None:
    for day in (entry.since, entry.until):
        try:
            if day is not None:
                datetime.date.fromisoformat(day)
        except ValueError:
            raise LexiconError(f"{where}: {day!r} is no ISO date (YYYY-MM-DD)") from None
    if entry.since and entry.until and entry.since > entry.until:
        raise LexiconError(f"{where}: since {entry.since} is after until {entry.until}")


@cache
def _families() -> frozenset[str]:
    return frozenset(row.family for row in title_rows())


def merge(lexicons: Lexicon | Iterable[Lexicon] | None) -> Lexicon | None:
    """One lexicon from what `Pipeline(lexicons=...)` was given (later ones over earlier), None for none."""
    if lexicons is None:
        return None
    items = [lexicons] if isinstance(lexicons, Lexicon) else list(lexicons)
    for item in items:
        if not isinstance(item, Lexicon):
            raise TypeError(f"lexicons takes diplonlp.Lexicon objects, not {type(item).__name__} "
                            "(read TSV files with Lexicon.read(organizations=...))")
    out = Lexicon()
    for item in items:
        out = out + item
    return out if any(getattr(out, part) for part in FORMATS) else None


def _last_of(rows: Iterable[list[str]], key: int) -> list[list[str]]:
    """Rows with one per ``rows[key]``, the last of each kept (a later entry replaces an earlier one)."""
    return list({row[key]: row for row in rows}.values())


@cache
def gazetteers(lexicon: Lexicon) -> Gazetteers:
    """The built-in gazetteers with ``lexicon`` laid over them (built once per lexicon and process)."""
    base = builtin_organizations()
    by_abbr: dict[str, OrgRecord] = dict(base.by_abbr)
    names: PhraseIndex[OrgRecord] = PhraseIndex(cap=True)
    aliases = dict(base.aliases)
    read_organizations(_last_of((e.row() for e in lexicon.organizations), 1), by_abbr, names, aliases)
    titles = read_titles("lexicon", "\n".join("\t".join(row) for row in _last_of((e.row() for e in lexicon.titles), 0)))
    places: PhraseIndex[Place] = PhraseIndex(cap=True, strict=True)
    read_places(_last_of((e.row() for e in lexicon.places), 0), places)
    persons = {surname: list(found) for surname, found in builtin_persons().items()}
    for surname, found in read_persons(e.row() for e in lexicon.persons).items():
        persons.setdefault(surname, []).extend(found)
    return Gazetteers(OrgLexicon(by_abbr, base.names.overlaid(names), base.bodies, aliases),
                      builtin_post_heads().overlaid(index_titles(titles)),
                      builtin_title_nouns() | single_titles(titles),
                      builtin_locations().overlaid(places), persons)
