"""Mentions to document-level entities: coreferent mentions merged, ids given, relations `holds_post`."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from .analysis import Analysis, Found, coverage
from .holders import link_holders
from .inflect import both_states_at, in_case
from .isodates import bounds
from .lexicon import countries, known_person, sectors, title_nouns, words
from .mentions import datelines
from .mentions.locations import STAY, past_stay_manner
from .mentions.organizations import PARLIAMENT_WORDS, genitive
from .mentions.persons import full_name
from .models import (
    ENTITY_GROUPS,
    KIND,
    Country,
    DateEntity,
    Document,
    Evidence,
    HoldsPost,
    Location,
    Mention,
    Organization,
    Person,
    Post,
    Sector,
    Span,
)
from .morph import lemmas
from .names import fleeting_vowel_key, known_first_name
from .posts.chain import STATE_BODY_WORDS
from .posts.colleagues import COLLEAGUES, is_colleague
from .posts.lists import credentials_lines, credentials_told
from .posts.right import HEADED, HEADING
from .references.pronouns import Reference
from .references.titles import HEAD_OF_STATE_OF_SETTING, TitleReference, head_of_state_holders, headline_leaders
from .references.titles import resolve as resolve_titles
from .text import DASHES

REGIONAL = tuple(sorted(words("entities.regional_stems")))
"""Stems of the adjectives that make a title regional (`председатель краевого правительства`)."""
RULES = ("host_of_counterpart", "bare_title_of_held", "headline_title_of_held", "state_of_host", "host_of_setting",
         "state_of_setting", "state_of_fellow_title", "host_of_credentials", "state_represented",
         "state_of_joined_title", "state_of_colleague", "state_of_side", "state_visited", "closing_words_of_name",
         "fleeting_vowel_surname", "host_of_dateline", "state_adjective_of_body", "surname_first_order",
         "vowel_final_names", "state_of_delegation", "shared_place_no_state", "state_of_greeting",
         "title_of_held", "declined_of_named", "head_of_setting", "headline_name_closes_full",
         "office_of_two_titles", "aide_of_setting_head", "surname_genitive_of_named")
"""Rules of this stage beside the holder rules (`diplonlp.holders`): what a post entity takes from its setting,
which post entity a bare title is a mention of, and which person a shorter name is."""
MINISTERS = ("minister", "deputy")
"""The families of the titles a diplomat accredited to a state may be received by (`state_of_host`)."""
LEADERS = ("head", "premier")
"""The families of heads of state and government: received a diplomat as `президент страны` (`state_of_host`)."""
SURNAME_FIRST_STATES = words("persons.surname_first_states")
"""States whose names are written surname first (`Ван И`, `Ким Чен Ын`, `Фам Минь Тинь`: `surname_first_order`)."""
VOWEL_FINAL_STATES = words("persons.vowel_final_states")
"""States whose names, as Russian writes them, never end in `-й` (Japan's: `Такэси Ивая`: `vowel_final_names`)."""
STATE_HEADS = words("references.head_of_state_titles")
"""The titles of a head of state (`президент`, `король`): a visited state's head met (`state_visited`)."""
STATE_PRINCIPALS = words("posts.state_principals")
"""The offices of a state a deputy's title may name (`заместитель министра`: `state_visited`)."""
SHARED_HEADS = words("locations.shared_heads")
"""The head nouns of continents, seas, oceans and straits, which no one state holds (`shared_place_no_state`)."""
GREETING_NOUNS = words("entities.greeting_nouns")
"""`приветствие`, `послание`: what a guest conveys from their state's leader, or is asked to convey to them
(`state_of_greeting`)."""
SETTING_STATES = words("posts.setting_states")
"""`посол России в республике`: generic nouns for the state an item is set in (`host_of_setting`)."""
REPRESENTING = words("meeting.representing")
"""`представлял`: `Венгрию на заседании представлял …` (`state_represented`)."""
CHAMBER_WORDS = STATE_BODY_WORDS | PARLIAMENT_WORDS
"""A state's body or chamber a chair's title may name (`парламента`, `палаты представителей`: `state_of_setting`)."""
TITLE_JOINS = frozenset({",", "–", "—", "-"})
"""What stands between two titles of one holder in a row (`Посол …, постоянный представитель …`)."""


def _mention(doc: Analysis, f: Found) -> Mention:
    return Mention(start=f.start, stop=f.stop, text=doc.text[f.start:f.stop])


def _mentions(doc: Analysis, founds: list[Found]) -> list[Mention]:
    seen: dict[tuple[int, int], Mention] = {}
    for f in sorted(founds, key=lambda f: (f.start, f.stop)):
        seen.setdefault((f.start, f.stop), _mention(doc, f))
    return list(seen.values())


def _group(founds: list[Found], key: str) -> dict[str, list[Found]]:
    groups: dict[str, list[Found]] = {}
    for f in sorted(founds, key=lambda f: f.start):
        groups.setdefault(str(f.data[key]), []).append(f)
    return groups


@dataclass
class _PersonEntity:
    mentions: list[Found] = field(default_factory=list)
    roles: list[Found] = field(default_factory=list)
    best: Found | None = None
    posts: list[tuple[Found, str | None, str]] = field(default_factory=list)  # (post, holder's country, rule)
    echoes: dict[int, list[Found]] = field(default_factory=dict)  # id(held post) -> phrases that refer back
    first_initials: set[str] = field(default_factory=set)  # the first initial of every mention

    @property
    def last(self) -> str:
        return (self.best.data["last"] or "") if self.best else ""

    @property
    def first(self) -> str | None:
        return self.best.data.get("first") if self.best else None

    def add(self, m: Found, may_be_best: bool = True) -> None:
        """Take mention ``m``, keeping the first initial of each mention (`initials`) and the fullest (`best`)."""
        self.mentions.append(m)
        self.first_initials.update(m.data.get("initials", [])[:1])
        if may_be_best and (self.best is None or _fullness(m) > _fullness(self.best)):
            self.best = m

    def initials(self) -> set[str]:
        return self.first_initials | {self.first[0]} if self.first else self.first_initials


def _fullness(f: Found) -> tuple[int, int, int, int]:
    """How full a mention names its person: its parts, then its words (`Мухаммад бин Абдулазиз Аль-Рашид` over
    `Мухаммад Аль-Рашид`), then a nominative's own form, then the earliest."""
    parts = [str(f.data[k]) for k in ("first", "middle", "last") if f.data.get(k)]
    return len(parts), len(" ".join(parts).split()), int(f.data.get("case") == "nomn"), -f.start


def _key(name: str | None) -> str:
    return (name or "").lower().replace("ё", "е")


def merge_persons(doc: Analysis, persons: list[Found]) -> list[_PersonEntity]:
    """Person mentions grouped by name: the same surname with no clash of first names or initials; a name in
    another script, alone in brackets right after another (`Шейк Модибо Диарра (Cheick Modibo Diarra)`), is that
    person's (not so a Cyrillic one: `Сёмин (Овечкин, Корнеев)` lists the assists)."""
    entities: list[_PersonEntity] = []
    owner_of: dict[int, _PersonEntity] = {}  # id(mention) -> its entity
    by_name: dict[str, list[int]] = {}  # surname, its last part, first name -> entities (by index) that had it
    closing = doc.on("closing_words_of_name")
    fold = fleeting_vowel_key if doc.on("fleeting_vowel_surname") else _key
    ending = {m.b: m for m in persons}
    lead = datelines.lead_start(doc) if doc.on("headline_name_closes_full") else -1
    for m in sorted(persons, key=lambda f: f.start):
        named = ending.get(m.a - 1) if _transliterated(doc, m) else None
        if named is not None:
            owner_of[id(m)] = owner = owner_of[id(named)]
            owner.add(m, may_be_best=False)
            continue
        same = _same_person(m, entities, by_name, closing, fold)
        if same is None and lead >= 0:
            same = _headline_short_form(doc, lead, m, entities, by_name.get(fold(m.data["last"]).split(" ")[-1], []))
        declined = _declined_of_named(m, entities, by_name) if same is None and doc.on("declined_of_named") else None
        k = same if same is not None else declined
        if k is None:
            k = len(entities)
            entities.append(_PersonEntity())
        entity = entities[k]
        best = entity.best
        entity.add(m, may_be_best=declined is None)
        owner_of[id(m)] = entity
        if entity.best is not best:  # index the entity under its (new) names
            for name in {*_surname_tails(fold(entity.last)), _key(entity.first)}:
                by_name.setdefault(name, []).append(k)
    if fold is not _key:
        for entity in entities:
            _spell_as_nominative(entity)
    return _lone_surnames_of_men(entities, fold) if doc.on("surname_genitive_of_named") else entities


def _lone_surnames_of_men(entities: list[_PersonEntity], fold: Callable[[str | None], str]) -> list[_PersonEntity]:
    """`Переговоры Лукашенко и Мирзиёева` beside `Шавкат Мирзиёев`: a surname alone, never with a first name or
    initials, read as a woman's nominative in `-а` that is the genitive of the one man named in full in the text with
    that surname (his surname and `а`) is his, the dictionary not knowing the surname and the undeclined one before
    it telling no case (rule `surname_genitive_of_named`)."""
    men: dict[str, list[_PersonEntity]] = {}
    for e in entities:
        if e.first and e.best and e.best.data.get("gender") == "masc":
            men.setdefault(fold(e.last), []).append(e)
    kept: list[_PersonEntity] = []
    for e in entities:
        alone = all(not m.data.get("first") and not m.data.get("initials") for m in e.mentions)
        last = fold(e.last)
        named = men.get(last[:-1], []) if alone and last.endswith("а") and e.best and \
            e.best.data.get("gender") == "femn" else []
        man = named[0] if len(named) == 1 else None  # not of two men of one family (`Уоррен`, `Говард Баффет`)
        if man is None:
            kept.append(e)
            continue
        for m in e.mentions:
            man.add(m, may_be_best=False)
        man.mentions.sort(key=lambda m: m.start)
    return kept


def _spell_as_nominative(e: _PersonEntity) -> None:
    """`Андрея Иванца … Андрей Иванец`: a surname read by rule from a declined form (`Иванц`) is spelt as the
    person's nominative mention spells it, where the two differ only by the vowel other cases drop (rule
    `fleeting_vowel_surname`)."""
    best = e.best
    if best is None or best.data.get("case") == "nomn" or not best.data.get("last"):
        return
    spelt = {m.data["last"] for m in e.mentions if m.data.get("case") == "nomn" and m.data.get("last")
             and fleeting_vowel_key(m.data["last"]) == fleeting_vowel_key(best.data["last"])}
    if len(spelt) == 1 and (last := spelt.pop()) != best.data["last"]:
        e.best = Found(best.kind, best.a, best.b, best.start, best.stop, {**best.data, "last": last})


def _same_person(m: Found, entities: list[_PersonEntity], by_name: dict[str, list[int]], closing: bool,
                 fold: Callable[[str | None], str]) -> int | None:
    """The index of the latest entity ``m`` can be: the same surname, its closing words (`Дом` of `Горбачёв Дом`),
    or, for one word, the first name; no clash of first names or initials; or the closing words of its full name
    (rule `closing_words_of_name`). ``by_name`` indexes the candidates, ``fold`` keys surnames (`Иванца` read as
    `Иванц` is `Иванец`'s: rule `fleeting_vowel_surname`)."""
    last, first = fold(m.data["last"]), _key(m.data.get("first"))
    initial = (m.data.get("initials") or [None])[0]
    for k in sorted(set(by_name.get(last, ())) | set(by_name.get(last.split(" ")[-1], ())), reverse=True):
        e = entities[k]
        if closing and _closes_full_name(m, e):
            return k
        if last not in _surname_tails(fold(e.last)) and not (not first and _key(e.first) == last):
            continue
        if first and e.first and not _same_first(_key(e.first), first):
            continue
        if initial and e.initials() and not _initial_fits(initial, e):
            continue
        return k
    return None


def _declined_of_named(m: Found, entities: list[_PersonEntity], by_name: dict[str, list[int]]) -> int | None:
    """`Визит Жозе Рамуш-Орты` after `Жозе Рамуш-Орта`, `встречи Антониу Кошты` after `Антониу Кошта`: a name the
    reading left in an oblique case (an undeclined first name before it) whose surname, and first name if any, are
    those of a person named before in the case endings of `-а`, `-я` nouns (`-ы`, `-и`, `-е`, `-у`, `-ю`, `-ой`,
    `-ей`) is that person, whose mention stays the name (`Переговоры Джорджи Мелони` after `Джорджа Мелони`; rule
    `declined_of_named`)."""
    last, first = _key(m.data["last"]), _key(m.data.get("first"))
    initial = (m.data.get("initials") or [None])[0]
    guesses = [last] * bool(first) + [last[:-n] + vowel for n in (1, 2) for vowel in "ая" if len(last) > n + 2]
    for guess in dict.fromkeys(guesses):
        for k in sorted(by_name.get(guess, ()), reverse=True):
            e = entities[k]
            if _key(e.last) == guess and _declined_form(last, guess) and (not first or (
                    e.first and _declined_form(first, _key(e.first)))) and (
                    not initial or not e.initials() or _initial_fits(initial, e)):
                return k
    return None


def _declined_form(word: str, nominative: str) -> bool:
    """Is ``word`` ``nominative`` or, for one in `-а`, `-я`, a form of it in another case (`Кошты` of `Кошта`)?"""
    if word == nominative:
        return True
    stem = nominative[:-1]
    return nominative[-1:] in ("а", "я") and ((word[:-1] == stem and word[-1] in "ыиеую") or (
        word[:-2] == stem and word[-2:] in ("ой", "ей")))


def _closes_full_name(m: Found, e: _PersonEntity) -> bool:
    """Is ``m``, of two or more words and no middle name, the closing words of the person's fuller name, its initial
    the first name's (`Р.Рамирес Лескано`, `Рамирес Лескано` of `Рубен Рамирес Лескано`: a double surname the full
    name's parts did not tell)? Without initials, not when it opens with a known first name (`Эдвард Сноуден` in a
    span NER ran over two names)."""
    said = _name_words(m, ("first", "last"))
    full = _name_words(e.best) if e.best else []
    if len(said) < 2 or m.data.get("middle") or len(full) <= len(said) or full[-len(said):] != said:
        return False
    initial = (m.data.get("initials") or [None])[0]
    return _initial_fits(initial, e) if initial else not known_first_name(said[0])


def _headline_short_form(doc: Analysis, lead: int, m: Found, entities: list[_PersonEntity],
                         candidates: list[int]) -> int | None:
    """`Лавров и Абдель Ати обсудили …` then `с главой МИД Египта Бадром Абдель Ати`: a person named only in the
    headline, in two or more words with no initials, whose words close the fuller name ``m`` is that person, though
    a known first name opens them (`Абдель`; rule `headline_name_closes_full`)."""
    said = _name_words(m)
    for k in sorted(set(candidates), reverse=True):
        e = entities[k]
        if e.best is None or e.first_initials or not all(datelines.in_headline(doc, lead, doc.tokens[f.a].sent)
                                                         for f in e.mentions):
            continue
        short = _name_words(e.best)
        if 2 <= len(short) < len(said) and said[-len(short):] == short:
            return k
    return None


def _name_words(m: Found, parts: tuple[str, ...] = ("first", "middle", "last")) -> list[str]:
    """The keyed words of a person mention's name ``parts``, in order (`Бадр Абдель Ати` → `бадр абдель ати`)."""
    return _key(" ".join(m.data[part] for part in parts if m.data.get(part))).split()


def _surname_tails(surname: str) -> list[str]:
    """A surname and each run of its closing words (`бен заид аль нахайян`, …, `аль нахайян`, `нахайян`)."""
    parts = surname.split(" ")
    return [" ".join(parts[k:]) for k in range(len(parts))]


def _initial_fits(initial: str, e: _PersonEntity) -> bool:
    """Does a first initial agree with the person's first name or initials? One or more letters, the name's first
    ones (`Дж.Байрамов` and `Джейхун Байрамов`, `Ш.Мирзиёев` and `Шавкат Мирзиёев`)."""
    if e.first and e.first.lower().startswith(initial.lower()):
        return True
    return any(i.startswith(initial) or initial.startswith(i) for i in e.first_initials)


def _same_first(one: str, other: str) -> bool:
    """The same first name, or one the first words of the other (`Мухаммад` of `Мухаммад бин Абдулазиз`: a
    compound given name shortened)."""
    a, b = sorted((one.split(), other.split()), key=len)
    return b[:len(a)] == a


def _transliterated(doc: Analysis, m: Found) -> bool:
    """A mention with no Cyrillic letter, alone in brackets (`(Cheick Modibo Diarra)`)."""
    bracketed = m.a > 0 and m.b < len(doc.tokens) and (doc.tokens[m.a - 1].text, doc.tokens[m.b].text) == ("(", ")")
    return bracketed and not any("\u0400" <= c <= "\u04ff" for c in doc.text[m.start:m.stop])  # Jürgen Klinsmann


def build(doc: Analysis) -> Document:
    found = doc.found
    clex = countries()
    out = Document(text=doc.text, date=doc.date, id=doc.id)

    for code, group in _group(found.get("country", []), "code").items():
        out.countries.append(Country(id=f"country-{code}", code=code, name=clex.short.get(code, code),
                                     mentions=_mentions(doc, group)))

    org_ids: dict[str, str] = {}
    for n, (key, group) in enumerate(_group(found.get("org", []), "key").items(), 1):
        best = max(group, key=lambda f: len(f.data["name"]))
        org_ids[key] = f"org-{n}"
        out.organizations.append(Organization(
            id=f"org-{n}", name=best.data["name"], abbr=next((f.data["abbr"] for f in group if f.data["abbr"]), None),
            country=best.data.get("country"), kind=best.data["kind"], mentions=_mentions(doc, group)))

    states = sorted((c.a, str(c.data["code"])) for c in found.get("country", []) if not c.data["adjective"])
    for n, (_, group) in enumerate(_group(found.get("location", []), "name").items(), 1):
        country = next((f.data["country"] for f in group if f.data["country"]), None)
        known = any(f.data.get("known") for f in group)  # a gazetteer place keeps its own (or no) state
        out.locations.append(Location(id=f"loc-{n}", name=group[0].data["name"],
                                      country=country or (None if known else _context_country(doc, group[0], states)),
                                      mentions=_mentions(doc, group)))

    names = sectors().names
    for code, group in _group(found.get("sector", []), "code").items():
        out.sectors.append(Sector(id=f"sector-{code}", code=code, name=names[code],  # type: ignore[arg-type]
                                  mentions=_mentions(doc, group)))

    for n, (value, group) in enumerate(_group(found.get("date", []), "value").items(), 1):
        start, stop = bounds(value)
        out.dates.append(DateEntity(id=f"date-{n}", value=value, start=start, stop=stop,
                                    mentions=_mentions(doc, group)))

    _persons_and_posts(doc, out)
    _locate(doc, out)
    return out


def _locate(doc: Analysis, out: Document) -> None:
    """The document's sentences, and each mention's kind and sentence index (None in the header line)."""
    out.sentences = [Span(start=s.start, stop=s.stop) for s in doc.sents]
    starts = [s.start for s in doc.sents]
    for group in ENTITY_GROUPS:
        kind = KIND[group]
        for entity in getattr(out, group):
            for m in entity.mentions:
                k = bisect_right(starts, m.start) - 1
                m.kind, m.sentence = kind, (k if k >= 0 and m.start < doc.sents[k].stop else None)


def _context_country(doc: Analysis, f: Found, states: list[tuple[int, str]]) -> str | None:
    """The state a place lies in when the text says it in the same sentence (`… на севере Сербии`); ``states``
    are the (token, code) of the country mentions that are no adjective, in text order."""
    if f.a < 0 or _shared_place(doc, f):
        return None
    first, last = doc.sent_bounds(f.a)
    i, j = bisect_left(states, (first, "")), bisect_left(states, (last, ""))
    return states[i][1] if j - i == 1 else None


def _shared_place(doc: Analysis, f: Found) -> bool:
    """`безопасность региона Балтийского моря и поддержку Украины`, `партнера на Африканском континенте … Зимбабве`:
    a continent, sea, ocean, peninsula or strait (`locations.shared_heads`) lies in no one state, whatever state its
    sentence names (rule `shared_place_no_state`)."""
    return bool(lemmas(doc.tokens[f.b - 1].text) & SHARED_HEADS) and doc.on("shared_place_no_state")


def _persons_and_posts(doc: Analysis, out: Document) -> None:
    persons = doc.found.get("person", [])
    posts = list(doc.found.get("post", []))
    entities = merge_persons(doc, persons)
    owner = {id(m): e for e in entities for m in e.mentions}
    held: dict[int, list[_PersonEntity]] = {}
    for post, person, country, rule in link_holders(doc, posts, persons):
        e = owner[id(person)]
        held.setdefault(id(post), []).append(e)
        e.posts.append((post, country, rule))
    setting = _dateline_state(doc)
    title_refs = resolve_titles(doc, posts, set(held), entities, partial(_leader_office, doc), setting)
    taken = {id(r.phrase) for r in title_refs} | set(held)
    free = [p for p in posts if id(p) not in taken]
    for ref in head_of_state_holders(doc, free, entities, partial(_leader_state, doc), setting):
        state = setting if ref.rule == HEAD_OF_STATE_OF_SETTING else None
        ref.person.posts.append((ref.post, state, ref.rule))  # `Президент России напомнил`: Путин's post
        title_refs.append(ref)
    held_posts = [p for p in posts if id(p) in held]
    title_refs += headline_leaders(doc, title_refs, held_posts, entities, partial(_leader_office, doc), setting)
    refs_of: dict[int, list[TitleReference[_PersonEntity]]] = {}
    for ref in title_refs:
        ref.person.roles.append(ref.phrase)  # `Посол подчеркнул`: a mention of the person and of the post
        ref.person.echoes.setdefault(id(ref.post), []).append(ref.phrase)
        refs_of.setdefault(id(ref.person), []).append(ref)

    table = _PostTable(doc, out)
    for n, e in enumerate(sorted(entities, key=lambda e: e.mentions[0].start), 1):
        assert e.best is not None
        pid = f"person-{n}"
        doc.title_references += [Reference(r.phrase.start, r.phrase.stop, pid, r.rule) for r in refs_of.get(id(e), [])]
        countries = _held_posts(doc, out, table, e, pid)
        b = e.best.data
        country = min(countries)[1] if countries else _leader_state(doc, e) or _state_of_colleague(doc, e) or \
            _state_of_delegation(doc, e)
        b = _vowel_final(doc, b, country, e.mentions)
        name = full_name(b)
        if not b.get("first") and b.get("initials"):
            name = " ".join(f"{i}." for i in b["initials"]) + " " + name
        first, middle, last = _name_fields(doc, b, country)
        out.persons.append(Person(id=pid, name=name, first=first, middle=middle, last=last, country=country,
                                  mentions=_mentions(doc, e.mentions + e.roles)))
    roles = coverage([r for e in entities for r in e.roles])  # `глава российского МИД`: no post of its own
    unheld = [p for p in posts if id(p) not in held and not roles.overlaps(p.start, p.start + 1)]
    for post in unheld:
        if post.data["bare"] or post.data["bare_any"] or post.data["plural"] or post.data["family"] == "profession" \
                or table.headline_mention(post) or table.held_mention(post):
            continue
        table.add(post, post.data["country"], None, post.data["host"])
    table.finish()
    out.relations.sort(key=lambda r: (r.evidence.start if r.evidence else 0))


def _held_posts(doc: Analysis, out: Document, table: _PostTable, e: _PersonEntity, pid: str) -> list[tuple[int, str]]:
    """The post entities and `holds_post` relations of person ``pid``; the (creation order, country) of the posts
    with a state, for the person's own."""
    countries: list[tuple[int, str]] = []
    for post, own_country, rule in e.posts:
        fuller = _fuller_post(doc, post, own_country, e.posts) or _titled_post(post, e.posts) or \
            _headline_post(table, post, own_country, e.posts)
        if fuller is not None:  # `Министр Мирзоян` after `министр иностранных дел Республики Армения Арарат …`
            country = fuller[1] or _infer_post_country(doc, fuller[0], e)
            table.add(fuller[0], country, pid, fuller[0].data["host"] or _infer_post_host(doc, fuller[0], country),
                      mention=post)
            continue
        country = own_country or _infer_post_country(doc, post, e)
        host = post.data["host"] or _infer_post_host(doc, post, country)
        for n, one_host in enumerate([host, *post.data.get("more_hosts", [])]):  # `… и по совместительству в …`
            post_id = table.add(post, country, pid, one_host)
            for echo in e.echoes.get(id(post), []) if n == 0 else []:  # `Посол подчеркнул`: a mention of the post
                if echo.kind == "post" and echo.data["title"] == post.data["title"]:  # one title per post entity
                    table.add(post, country, pid, host, mention=echo)
            if (pid, post_id) not in table.held:
                table.held.add((pid, post_id))
                out.relations.append(HoldsPost(person=pid, post=post_id, evidence=_evidence(doc, post), rule=rule))
                if table.by_id[post_id].country:
                    countries.append((table.order[post_id], str(table.by_id[post_id].country)))
    return countries


def _named_for(doc: Analysis, post: Found, country: str | None) -> str:
    """The post's name for ``country``: a title shared by holders of several states names each its own
    (`главами МИД Армении A, Беларуси B` → `глава МИД Беларуси` for B; `президенты Казахстана и России` →
    `президент Казахстана`, `президент России`), where the name gives the states' short genitives; `двух стран`
    in it is the holder's state (`президентами двух стран A и B` → `президент Таджикистана`)."""
    name = str(post.data["name"])
    both = next((k for k in range(post.a, post.b - 1) if both_states_at(doc.tokens, k)), None)
    if country and both is not None:
        return name.replace(doc.span_text(both, both + 2), genitive(countries().short.get(country, country)))
    states = [c for c in dict.fromkeys([post.data["country"], *(post.data.get("countries") or [])]) if c]
    if not country or len(states) < 2:
        return name
    mine = _state_spellings(doc, post, country)
    for other in (c for c in states if c != country):
        theirs = "|".join(map(re.escape, _state_spellings(doc, post, other)))
        listed = re.sub(rf"(,| и) (?:{theirs})\b|\b(?:{theirs})(,| и) ", "", name)  # named beside this state's
        if listed != name:
            name = listed
        elif not re.search(rf"\b{re.escape(mine[0])}\b", name):
            name = re.sub(rf"\b(?:{theirs})\b", mine[0], name, count=1)  # named in its place
    return name


def _state_spellings(doc: Analysis, post: Found, code: str) -> list[str]:
    """How the name of a shared title may spell state ``code``: its short genitive first, then as the phrase
    writes it (`министров … Катара и Объединенных Арабских Эмиратов`)."""
    named = [doc.span_text(c.a, c.b) for c in doc.found.get("country", [])
             if post.a <= c.a < post.b and c.data["code"] == code]
    return list(dict.fromkeys([genitive(countries().short.get(code, code)), *named]))


class _PostTable:
    """The post entities of a document by key (title, country, host, organization, holder), with their mentions
    gathered in a dict and sorted once (`finish`), so that many mentions of one post cost linear time."""

    def __init__(self, doc: Analysis, out: Document) -> None:
        self.doc, self.out = doc, out
        self.ids: dict[tuple, str] = {}
        self.by_id: dict[str, Post] = {}
        self.order: dict[str, int] = {}
        self.mentions: dict[str, dict[tuple[int, int], Mention]] = {}
        self.held: set[tuple[str, str]] = set()  # (person id, post id) of the holds_post relations made
        self.with_holder: dict[tuple, set[str]] = {}  # (title, country, host, body) -> the ids of posts someone holds
        self.lead_start = datelines.lead_start(doc)

    def in_headline(self, post: Found) -> bool:
        """Is ``post`` in the item's headline (`datelines.in_headline`)?"""
        return datelines.in_headline(self.doc, self.lead_start, self.doc.tokens[post.a].sent)

    def add(self, post: Found, country: str | None, holder: str | None, host: str | None,
            mention: Found | None = None) -> str:
        """The id of the post entity for this phrase and holder, created on first sight; the mention (the
        phrase itself, or ``mention``, a phrase that refers back to it) added."""
        key = (post.data["title"], country, host, post.data["organization"], holder)
        if key not in self.ids:
            pid = self.ids[key] = f"post-{len(self.ids) + 1}"
            self.by_id[pid] = Post(id=pid, name=_named_for(self.doc, post, country), title=post.data["title"],
                                   country=country, host=host, organization=post.data["organization"], mentions=[])
            self.order[pid] = len(self.order)
            self.mentions[pid] = {}
            self.out.posts.append(self.by_id[pid])
            if holder is not None:
                self.with_holder.setdefault(key[:4], set()).add(pid)
        self._mention_of(self.ids[key], mention or post)
        return self.ids[key]

    def _mention_of(self, pid: str, phrase: Found) -> None:
        """Add ``phrase`` to the mentions of post entity ``pid`` (one per span)."""
        m = _mention(self.doc, phrase)
        self.mentions[pid][(m.start, m.stop)] = m

    def headline_mention(self, post: Found) -> bool:
        """Add the headline's title ``post`` that no one holds to the one held post entity of its state whose title
        has its words in order (rule `headline_title_of_held`); whether it was."""
        if not self.in_headline(post) or not self.doc.on("headline_title_of_held"):
            return False
        words, held = _office_words(self.doc, str(post.data["title"])).split(), {p for _, p in self.held}
        found = [pid for pid, p in self.by_id.items() if pid in held and p.country == post.data["country"] and
                 p.title != post.data["title"] and
                 _words_in_order(words, _office_words(self.doc, p.title).split())]
        if len(found) != 1:
            return False
        self._mention_of(found[0], post)
        return True

    def held_mention(self, post: Found) -> bool:
        """Add the title ``post`` that no one holds, naming a state, to the one held post entity of its title, state,
        host and body (`передал приветствие Президента Абдель Фаттаха ас-Сиси` … `Президенту Египта`, once the first
        was found Egypt's; rule `title_of_held`); whether it was."""
        if not post.data["country"] or not self.doc.on("title_of_held"):
            return False
        key = (post.data["title"], post.data["country"], post.data["host"], post.data["organization"])
        found = self.with_holder.get(key, set())
        if len(found) != 1:
            return False
        self._mention_of(next(iter(found)), post)
        return True

    def finish(self) -> None:
        for pid, post in self.by_id.items():
            post.mentions = [m for _, m in sorted(self.mentions[pid].items())]


def _evidence(doc: Analysis, f: Found) -> Evidence:
    sent = doc.sents[doc.tokens[f.a].sent]
    return Evidence(start=sent.start, stop=sent.stop, text=doc.text[sent.start:sent.stop])


def _fuller_post(doc: Analysis, post: Found, country: str | None, held: list[tuple[Found, str | None, str]]
                 ) -> tuple[Found, str | None] | None:
    """The one fuller post its holder holds that a bare title heads or repeats (`министр` of `министр иностранных
    дел`, `Посол Ли Сан Хун` of `Послом Республики Корея в Монголии Ли Сан Хуном`; of the same state where it names
    one): the bare title is a mention of that post, not a post of its own (rule `bare_title_of_held`)."""
    if not post.data["bare_any"] or not doc.on("bare_title_of_held"):
        return None
    title = post.data["title"]
    fuller = {id(p): (p, own) for p, own, _ in held if (p.data["title"] + " ").startswith(title + " ")
              and not p.data["bare_any"] and country in (None, own or p.data["country"])}
    titles = {p.data["title"] for p, _ in fuller.values()}
    return next(iter(fuller.values())) if len(titles) == 1 else None


def _headline_post(table: _PostTable, post: Found, country: str | None, held: list[tuple[Found, str | None, str]]
                   ) -> tuple[Found, str | None] | None:
    """`О телефонном разговоре … с Министром иностранных дел Египта Б.Абдельатти` over `… с Министром иностранных
    дел и эмиграции Арабской Республики Египет Б.Абдельатти`: a headline's title of its holder is a mention of the one
    fuller post the text gives them after it, of the same state, whose title has the headline title's words in their
    order (rule `headline_title_of_held`)."""
    if not table.in_headline(post) or not table.doc.on("headline_title_of_held"):
        return None
    words = _office_words(table.doc, str(post.data["title"])).split()
    state = country or post.data["country"]
    fuller = {id(p): (p, own) for p, own, _ in held if p.start > post.start and not table.in_headline(p) and
              p.data["title"] != post.data["title"] and
              _words_in_order(words, _office_words(table.doc, str(p.data["title"])).split()) and
              state in (None, own or p.data["country"])}
    return next(iter(fuller.values())) if len(fuller) == 1 else None


ONE_OFFICE = tuple(sorted(words("posts.deputy_premier_titles"), key=len, reverse=True))
"""Titles of one office (`вице-премьер`, `заместитель председателя правительства`: `office_of_two_titles`)."""


def _office_words(doc: Analysis, title: str) -> str:
    """``title`` with a title of the office of two or more titles in the shortest (`первый заместитель премьер-министра`
    → `первый вице-премьер`): a headline's `вице-премьером Словакии` is the lead's `заместителем председателя
    правительства` (rule `office_of_two_titles`)."""
    if not doc.on("office_of_two_titles"):
        return title
    short = ONE_OFFICE[-1]
    for long in ONE_OFFICE:
        if long in title:
            return title.replace(long, short)
    return title


def _words_in_order(words: list[str], other: list[str]) -> bool:
    """Are ``words`` in ``other``, in their order, commas aside (`министр иностранных дел` in `государственный министр
    иностранных дел`, `министр иностранных дел и эмиграции`, `министр иностранных дел, по делам Европейского союза и
    сотрудничества`)?"""
    it = iter(w.rstrip(",") for w in other)
    return all(w.rstrip(",") in it for w in words)


def _titled_post(post: Found, held: list[tuple[Found, str | None, str]]) -> tuple[Found, str | None] | None:
    """`министр … Венгрии Петер Сийярто … со своим венгерским коллегой Петером Сийярто`: a post a counterpart noun
    gives (rule `colleague_post`) to one a title names elsewhere is a mention of the first such post."""
    if not is_colleague(post):
        return None
    return next(((p, own) for p, own, _ in held if not is_colleague(p)), None)


def _infer_post_host(doc: Analysis, post: Found, country: str | None) -> str | None:
    """`О встрече заместителя Министра иностранных дел России … с Послом Киргизии А.К.Жумабаевым`: a diplomat's
    post with no host takes the state of another state's official named in its sentence (rule
    `host_of_counterpart`), or, in an item's sentences that speak of credentials, in any of them (`Президент
    Кыргызстана … принял верительные грамоты … Верительные грамоты вручили Посол …`: KG; rule `host_of_credentials`),
    the lines of a list after one of them ending in a colon included (`Посол Королевства Швеция – Андреас фон
    Уфорд;`); where two states' officials are named, none; where none is, the state of the item's dateline, another
    than the diplomat's (`Тбилиси … Папуашвили также провел встречу с послом США …`: GE; rule `host_of_dateline`)."""
    if post.data["family"] != "diplomat" or not country or _envoy_of_officer(post):
        return None
    setting = _host_of_setting(doc, post, country)
    if setting is not None:
        return setting
    sent = doc.tokens[post.a].sent
    others = _officials_states(doc, {sent}, country) if doc.on("host_of_counterpart") else set()
    if not others and doc.on("host_of_credentials") and (
            sent in (told := set(credentials_told(doc))) or sent in credentials_lines(doc, told)):
        others = _officials_states(doc, told, country, leaders=True)  # `… принял верительные грамоты …`
    if not others and doc.on("host_of_dateline") and (dateline := _dateline_state(doc)) not in (None, country):
        return dateline
    return others.pop() if len(others) == 1 else None


def _envoy_of_officer(post: Found) -> bool:
    """`специальный посланник Президента США`: a diplomat's title that names the officer it serves is a personal
    envoy's, accredited nowhere (no host is inferred); so is one that names the body it serves in (`Посол по особым
    поручениям МИД России`: an ambassador at large)."""
    return bool(post.data["organization"]) or any(lemmas(word) & title_nouns()
                                                  for word in str(post.data["title"]).split()[1:])


def _officials_states(doc: Analysis, sents: set[int], country: str, leaders: bool = False) -> set[str]:
    """The states, other than ``country``, of the officials no diplomat named in sentences ``sents`` (one whose
    title names no state, the dateline's where `state_of_setting` gives it: `Бишкек … встреча заместителя министра
    … с послом Швейцарии`; with ``leaders``, of the public figures there the leaders' list knows too: `Владимир
    Путин принял верительные грамоты …`)."""
    states = {str(c) for p in doc.found.get("post", []) if doc.tokens[p.a].sent in sents and p.data["family"] !=
              "diplomat" for c in (p.data.get("countries") or [p.data["country"] or _state_of_setting(doc, p)])
              if c and c != country}
    if leaders:
        known = (known_person(p.data.get("last") or "", doc.date, p.data.get("first"))
                 for p in doc.found.get("person", []) if doc.tokens[p.a].sent in sents)
        states |= {k.country for k in known if k is not None and k.country and k.country != country}
    return states


def _host_of_setting(doc: Analysis, post: Found, country: str) -> str | None:
    """`АСТАНА … Посол России в республике`: a diplomat's post whose phrase says where they serve by a generic state
    noun (`в республике`, `в стране`) is hosted by the state of the item's dateline (rule `host_of_setting`, the
    contract's `посол России в республике` in an item about Belarus)."""
    generic = any(rule == "region_noun" and lemmas(doc.tokens[a + 1].text) & SETTING_STATES
                  for rule, a, _ in post.data.get("fired", ()))
    if not generic or not doc.on("host_of_setting"):
        return None
    state = _dateline_state(doc)
    return state if state != country else None


def _dateline_state(doc: Analysis) -> str | None:
    """The state of the place that opens the item's dateline (`Ташкент, 4 мая (УзА).`, `МИНСК, 12 ноября`)."""
    match = datelines.opening(doc.text, doc.header.stop)
    if match is None:
        return None
    inside = [f for f in doc.found.get("location", []) if match.start(1) <= f.start and f.stop <= match.end(1)]
    return str(inside[-1].data["country"]) if inside and inside[-1].data.get("country") else None


def _host_of_diplomat(doc: Analysis, post: Found) -> str | None:
    """`Заместитель министра иностранных дел Алибек Бакаев принял Посла Швейцарии в Казахстане …`: a minister's or
    deputy's post with no state and no international body, in a sentence naming a diplomat accredited to one state,
    is that state's (rule `state_of_host`), and so is a head's named by the country's noun (`Посол России в Бразилии
    … вручил верительные грамоты президенту страны`; not `президент Обама выдвинул его на должность посла в
    Китае`); where it names diplomats accredited to two, or only a plural (`кандидатур на пост дипломатических
    посланников в Москву`), none."""
    families = (*MINISTERS, *LEADERS) if _by_generic_place(post) else MINISTERS
    if post.data["family"] not in families or post.data["organization"] or not doc.on("state_of_host"):
        return None
    sent = doc.tokens[post.a].sent
    hosts = {str(p.data["host"]) for p in doc.found.get("post", []) if doc.tokens[p.a].sent == sent and
             p.data["family"] == "diplomat" and not p.data["plural"] and p.data["host"] in countries().short and
             p.data["host"] != p.data["country"]}
    return hosts.pop() if len(hosts) == 1 else None


def _by_generic_place(post: Found) -> bool:
    """Does the post's phrase say where the office is by a generic place noun (`аким города`, `президент страны`)?"""
    return any(rule == "generic_place" for rule, *_ in post.data.get("fired", ()))


def _state_of_colleague(doc: Analysis, person: _PersonEntity) -> str | None:
    """`Байрамов и его грузинский коллега Макар Бочоришвили обсудили`: a person holding no post, named right after
    `коллега` and a state's adjective, is of that state (rule `state_of_colleague`)."""
    if not doc.on("state_of_colleague"):
        return None
    states = doc.ending_at("country")
    for m in person.mentions:
        noun = m.a - 1
        state = states.get(noun) if noun > 0 and lemmas(doc.tokens[noun].text) & COLLEAGUES else None
        if state is not None and state.data.get("adjective"):
            return str(state.data["code"])
    return None


def _state_of_delegation(doc: Analysis, person: _PersonEntity) -> str | None:
    """`Белорусскую делегацию возглавил Александр Турчин, вьетнамскую – Фам Минь Тьинь`: a person holding no post,
    named right after the verb heading a delegation or the dash standing for it, is of the state whose adjective
    opens that delegation's clause (rule `state_of_delegation`)."""
    if not doc.on("state_of_delegation"):
        return None
    toks = doc.tokens
    states = {f.a: f for f in doc.found.get("country", []) if f.data.get("adjective")}
    for m in person.mentions:
        k = m.a - 1
        if k >= 2 and lemmas(toks[k].text) & HEADING and lemmas(toks[k - 1].text) & HEADED:
            state = states.get(k - 2)  # `Белорусскую делегацию возглавил A`
        elif k >= 1 and toks[k].text in DASHES and any(
                lemmas(t.text) & HEADING for t in toks[doc.sents[toks[k].sent].first:k]):
            state = states.get(k - 1)  # `…, вьетнамскую – B`
        else:
            continue
        if state is not None:
            return str(state.data["code"])
    return None


def _leader_state(doc: Analysis, person: _PersonEntity) -> str | None:
    """The state the leaders' list gives a person on the document's date."""
    return _leader_office(doc, person)[1]


def _leader_office(doc: Analysis, person: _PersonEntity) -> tuple[str | None, str | None]:
    """The (office family, state) the leaders' list gives a person on the document's date."""
    known = known_person(person.last or "", doc.date, person.first)
    return (known.office, known.country) if known else (None, None)


def _infer_post_country(doc: Analysis, post: Found, person: _PersonEntity) -> str | None:
    if post.data["country"]:
        return str(post.data["country"])
    known = _state_adjective_of_body(doc, post) or _state_represented(doc, post) or \
        _state_of_fellow_title(doc, post, person) or _leader_state(doc, person) or _host_of_diplomat(doc, post) or \
        _state_of_joined_title(doc, post) or _state_of_side(doc, post) or _state_visited(doc, post) or \
        _state_of_greeting(doc, post)
    if known:
        return known
    generic = _by_generic_place(post)  # `аким города`, no name
    regional = not post.data["organization"] and any(w.startswith(REGIONAL) for w in post.data["title"].split())
    if generic or regional:  # not `региональный директор ВОЗ`: a body's office in a region
        places = [loc for loc in doc.found.get("location", []) if loc.start < post.start and loc.data["country"]]
        if places:
            return str(places[-1].data["country"])
    return _state_of_setting(doc, post) or _head_of_setting(doc, post)


def _vowel_final(doc: Analysis, b: dict[str, Any], country: str | None, mentions: list[Found]) -> dict[str, Any]:
    """The name fields of a person of a state whose names never end in `-й` (`persons.vowel_final_states`), a part
    read as a declined `-й` given back its `-я` where a mention writes it so (`принял … министра … Японии Такэси
    Ивая` → `Такэси Ивая`, not `Ивай`; `посла Японии Кадзуя Сато` → `Кадзуя`; rule `vowel_final_names`)."""
    if not country or country.lower() not in VOWEL_FINAL_STATES or not doc.on("vowel_final_names"):
        return b
    written = {t.text for m in mentions for t in doc.tokens[m.a:m.b]}
    fixed = {k: str(b[k])[:-1] + "я" for k in ("first", "last") if str(b.get(k) or "").endswith("й") and
             str(b[k])[:-1] + "я" in written}
    return {**b, **fixed} if fixed else b


def _name_fields(doc: Analysis, b: dict[str, Any], country: str | None) -> tuple[str | None, str | None, str | None]:
    """The first name, middle name and surname of a person's best mention; of a person of a state whose names are
    written surname first (`persons.surname_first_states`), the first word is the surname and the rest the given
    name, as the contract has it (`Ван И`: last `Ван`, first `И`; `Ким Чен Ын`: last `Ким`; rule
    `surname_first_order`)."""
    if country and country.lower() in SURNAME_FIRST_STATES and b.get("first") and b.get("last") and \
            not b.get("initials") and doc.on("surname_first_order"):
        said = full_name(b).split()
        return " ".join(said[1:]), None, said[0]
    return b.get("first"), b.get("middle"), b.get("last")


def _state_adjective_of_body(doc: Analysis, post: Found) -> str | None:
    """`официальный представитель российского внешнеполитического ведомства`: a post with no state and no body whose
    phrase has a state's adjective right before a state body's word (`posts.state_body_words`) is that state's (rule
    `state_adjective_of_body`)."""
    if post.data["organization"] or not doc.on("state_adjective_of_body"):
        return None
    states = doc.starting_at("country")
    for k in range(post.a, post.b - 1):
        state = states.get(k)
        if state is not None and state.data["adjective"] and state.b < post.b and \
                lemmas(doc.tokens[state.b].text) & STATE_BODY_WORDS:
            return str(state.data["code"])
    return None


def _state_of_fellow_title(doc: Analysis, post: Found, person: _PersonEntity) -> str | None:
    """`Посол Таджикистана во Франции, постоянный представитель республики при ЮНЕСКО Зафар Мирзозода`: a post with
    no state and no body, in a row of titles of one holder (a comma or a dash between), is of the state of the
    title next to it (rule `state_of_fellow_title`); a profession (`режиссёр`, `композитор`) serves no state."""
    if post.data["organization"] or post.data["family"] == "profession" or not doc.on("state_of_fellow_title"):
        return None
    for other, own, _ in person.posts:
        state = own or other.data["country"]
        if other is post or not state or doc.tokens[other.a].sent != doc.tokens[post.a].sent:
            continue
        first, second = (other, post) if other.b <= post.a else (post, other)
        between = doc.tokens[first.b:second.a]
        if second.a >= first.b and len(between) == 1 and between[0].text in TITLE_JOINS:
            return str(state)
    return None


def _state_of_joined_title(doc: Analysis, post: Found) -> str | None:
    """`с министром иностранных дел Кыргызстана Жээнбеком Кулубаевым и министром экономики и коммерции Данияром
    Амангельдиевым`: a minister's, deputy's or head of government's post with no state and no body, joined by `и`
    or a comma to the name right before it that a title with a state names, is of that state (rule
    `state_of_joined_title`), not of the dateline's; so is a chair's of a generic chamber (`… Компартии Вьетнама То
    Ламом и председателем Национального собрания Чан Тхань Маном`)."""
    if post.data["organization"] or not _office_of_a_state(post) or post.a < 2 or \
            doc.tokens[post.a - 1].text not in (",", "и") or not doc.on("state_of_joined_title") or \
            _names_part_of_body(doc, post):
        return None
    named = doc.ending_at("person").get(post.a - 1)
    title = doc.ending_at("post").get(named.a) if named is not None else None
    return str(title.data["country"]) if title is not None and title.data["country"] else None


def _state_represented(doc: Analysis, post: Found) -> str | None:
    """`Венгрию на заседании представлял государственный министр Левенте Мадьяр`: a post with no state right after
    `представлял`, whose sentence names a state the dictionary reads in the accusative before the verb, is that
    state's; so is one right after a dash standing for the verb, after a comma and such a state (`Армению представлял
    заместитель министра …, Грузию – заместитель министра …`, `Иран – …`; rule `state_represented`)."""
    verb = doc.tokens[post.a - 1] if post.a else None
    if verb is None or not doc.on("state_represented"):
        return None
    first, _ = doc.sent_bounds(post.a)
    if verb.text in DASHES:
        state = doc.ending_at("country").get(verb.i)
        if state is None or state.data["adjective"] or doc.tokens[state.a - 1].text != "," or \
                not in_case(doc.tokens[state.b - 1], "accs"):
            return None
        said = any(lemmas(t.text) & REPRESENTING and t.pos == "VERB" for t in doc.tokens[first:verb.i])
        return str(state.data["code"]) if said else None
    if not lemmas(verb.text) & REPRESENTING or verb.pos != "VERB":
        return None
    states = [c for c in doc.found.get("country", []) if first <= c.a < verb.i and not c.data["adjective"]
              and in_case(doc.tokens[c.b - 1], "accs")]  # the title its subject: `Беларусь`, tagged Nom, too
    return str(states[-1].data["code"]) if states else None


def _state_of_side(doc: Analysis, post: Found) -> str | None:
    """`С казахстанской стороны документ подписал заместитель премьер-министра Серик Жумангарин`, `со стороны
    Узбекистана …`, `с узбекской – …`: a post with no state and no body, after a side named by a state in its
    sentence, is of the nearest such side before it; in a list a line ending in a colon opens (`С египетской
    стороны в переговорах приняли участие:`), of the side that line names (rule `state_of_side`)."""
    if post.data["organization"] or post.data["family"] == "profession" or not doc.on("state_of_side"):
        return None
    first, _ = doc.sent_bounds(post.a)
    sides = [state for state in doc.found.get("country", []) if first <= state.a < post.a and _names_side(doc, state)]
    if not sides and (opening := _list_opening(doc, doc.tokens[post.a].sent)) is not None:
        sides = [state for state in doc.found.get("country", []) if doc.tokens[state.a].sent == opening and
                 _names_side(doc, state)]  # `С египетской стороны в переговорах приняли участие:` and a list
    return str(sides[-1].data["code"]) if sides else None


def _state_visited(doc: Analysis, post: Found) -> str | None:
    """`Мухриддин находится с рабочим визитом в Исламабаде. В ходе визита он встретился с Премьер-министром Шахбазом
    Шарифом`, `В ходе визита во Вьетнам Бектенов провел переговоры с Премьер-министром Фам Минь Тинем`: a minister's,
    deputy's or leader's post with no state and no body, right after `с`, is of the state that a stay or visit told
    before it, in its sentence or the one before, is in — named, or a place of it (rule `state_visited`), not the
    dateline's; not an office of an international body met there (`с заместителем Генерального секретаря альянса`,
    `с Еврокомиссаром …` in Brussels)."""
    toks = doc.tokens
    if not _office_of_a_visited_state(post) or post.data["organization"] or post.a == 0 or \
            toks[post.a - 1].lower not in ("с", "со") or not doc.on("state_visited"):
        return None
    found = None
    for i in range(doc.sents[max(toks[post.a].sent - 1, 0)].first, post.a - 2):
        if not lemmas(toks[i].text) & STAY:
            continue
        j = past_stay_manner(toks, i + 1, post.a)  # `находящийся с официальным визитом`
        if toks[j].lower in ("в", "во"):
            found = _state_at(doc, j + 1) or found
    return found


def _office_of_a_visited_state(post: Found) -> bool:
    """Is ``post`` a minister's or premier's, a head of state's (`references.head_of_state_titles`), or a deputy's of
    one of a state's offices (`posts.state_principals`: `заместитель министра`, not `заместитель генерального
    секретаря`)?"""
    family, title = post.data["family"], str(post.data["title"])
    if family == "deputy":
        return any(lemmas(word) & STATE_PRINCIPALS for word in title.split()[1:])
    return family in ("minister", "premier") or (family == "head" and title in STATE_HEADS)


def _state_at(doc: Analysis, k: int) -> str | None:
    """The state named at token ``k`` (not by an adjective), or the state of the place that opens there."""
    state, place = doc.starting_at("country").get(k), doc.starting_at("location").get(k)
    if state is not None and not state.data["adjective"]:
        return str(state.data["code"])
    return str(place.data["country"]) if place is not None and place.data.get("country") else None


def _list_opening(doc: Analysis, s: int) -> int | None:
    """The sentence ending in a colon that opens the list sentence ``s`` is in (the lines since run on, no blank line
    between), else None."""
    for j in range(s - 1, max(-1, s - 8), -1):
        if doc.opens_paragraph(j + 1):
            return None
        if doc.text[doc.sents[j].start:doc.sents[j].stop].rstrip().endswith(":"):
            return j
    return None


def _names_side(doc: Analysis, state: Found) -> bool:
    """`с казахстанской стороны`, `с узбекской –`, `со стороны Узбекистана`: the state names a side."""
    toks = doc.tokens
    before = toks[state.a - 1].lower if state.a else ""
    if state.data["adjective"]:
        after = toks[state.b].lower if state.b < len(toks) else ""
        return before in ("с", "со") and (after == "стороны" or after in TITLE_JOINS)
    return before == "стороны" and state.a > 1 and toks[state.a - 2].lower == "со"


def _state_of_setting(doc: Analysis, post: Found) -> str | None:
    """`Ташкент, 4 мая (УзА). Министр инвестиций, промышленности и торговли Лазиз Кудратов …`: a minister's,
    deputy's or head of government's post (`Председатель Кабинета министров`), or a chair's of a state's generic
    body or chamber (`Председатель парламента Игорь Гросу`, `Председатель Палаты представителей Игорь Сергеенко`),
    with no state and no international body, in an item datelined in a state, is that state's (rule
    `state_of_setting`); so is a title serving the head of state (rule `aide_of_setting_head`)."""
    if not (_office_of_a_state(post) or _aide_of_head(doc, post)) or post.data["organization"] or \
            not doc.on("state_of_setting") or _names_part_of_body(doc, post):
        return None
    return _dateline_state(doc)


def _aide_of_head(doc: Analysis, post: Found) -> bool:
    """`Астана … Пресс-секретарь Президента Руслан Желдибай`, `Помощник Президента`, `Руководитель Администрации
    Президента`: a title of two words or more closing with a head of state's title (`references.head_of_state_titles`)
    serves that head; naming no state, it is of the dateline's state, as a minister's is (rule
    `aide_of_setting_head`)."""
    words = str(post.data["title"]).split()
    return len(words) > 1 and bool(lemmas(words[-1]) & STATE_HEADS) and doc.on("aide_of_setting_head")


def _head_of_setting(doc: Analysis, post: Found) -> str | None:
    """`Кишинев … Президент Майя Санду провела встречу с президентом Франции …`: a head of state's title
    (`references.head_of_state_titles`: `президент`, `король`, `эмир`) naming no state nor body, in an item datelined
    in a state whose head of state the text names no other way (no head's title of that state, no head of it the
    leaders' list knows), is that state's (rule `head_of_setting`)."""
    if post.data["title"] not in STATE_HEADS or post.data["organization"] or not doc.on("head_of_setting"):
        return None
    setting = _dateline_state(doc)
    return None if setting is None or setting in _heads_named(doc) else setting


def _heads_named(doc: Analysis) -> frozenset[str]:
    """The states whose head of state the text names: by a head's title of that state, or as a head the leaders' list
    knows; read once per document."""
    titled = doc.read_once("states_of_heads", "post", lambda posts: frozenset(
        str(p.data["country"]) for p in posts if p.data["family"] == "head" and p.data["country"]))
    known = doc.read_once("states_of_known_heads", "person", lambda persons: frozenset(
        str(k.country) for m in persons if (k := known_person(m.data["last"] or "", doc.date, m.data.get("first")))
        and k.office == "head" and k.country))
    return titled | known


def _state_of_greeting(doc: Analysis, post: Found) -> str | None:
    """`Баку … Министр обороны Италии передал главе государства приветствие премьер-министра Джорджи Мелони`: a
    minister's, head of state's or head of government's post with no state, a few words after a greeting's noun
    (`приветствие`, `послание`, `наилучшие пожелания от`: `entities.greeting_nouns`), in an item datelined in a state
    that names one state besides it, is of that other state, whose guest conveys or is asked to convey it (rule
    `state_of_greeting`); not the dateline's."""
    office = _office_of_a_state(post) or post.data["title"] in STATE_HEADS
    if not office or post.data["organization"] or not doc.on("state_of_greeting"):
        return None
    toks = doc.tokens
    before = toks[max(doc.sents[toks[post.a].sent].first, post.a - 5):post.a]
    if not any(lemmas(t.text) & GREETING_NOUNS for t in before):
        return None
    setting = _dateline_state(doc)
    others = {str(c.data["code"]) for c in doc.found.get("country", [])} - {setting}
    return others.pop() if setting is not None and len(others) == 1 else None


def _office_of_a_state(post: Found) -> bool:
    """Is ``post`` a minister's, deputy's or head of government's, or a chair's of a state's generic body or chamber
    (`председатель палаты представителей`, `председатель национального собрания`), which names no state of its own?"""
    title = str(post.data["title"]).split()
    generic = post.data["family"] == "chair" and any(lemmas(word) & CHAMBER_WORDS for word in title[1:])
    return post.data["family"] in (*MINISTERS, "premier") or generic


def _names_part_of_body(doc: Analysis, post: Found) -> bool:
    """`вице-председатель Всекитайского комитета НПКСК`: a title naming a body that belongs to another named body
    (`body_within_body`) names the office it holds there, of no state a joined title or the setting gives."""
    orgs = doc.starting_at("org")  # built once per document
    return any(k in orgs and orgs[k].data.get("rule") == "body_within_body" for k in range(post.a + 1, post.b))
