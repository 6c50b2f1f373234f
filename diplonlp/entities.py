"""Mentions to document-level entities: coreferent mentions merged, ids given, relations `holds_post`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .analysis import Analysis, Found
from .holders import link_holders
from .isodates import bounds
from .lexicon import countries, leaders, role_nouns, sectors
from .mentions.countries import adjective_code
from .models import (
    Country,
    DateEntity,
    Document,
    HoldsPost,
    Location,
    Mention,
    Organization,
    Person,
    Post,
    Sector,
    Span,
)

REGIONAL = ("краев", "областн", "региональн", "городск", "провинциальн", "муниципальн")


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

    @property
    def last(self) -> str:
        return (self.best.data["last"] or "") if self.best else ""

    @property
    def first(self) -> str | None:
        return self.best.data.get("first") if self.best else None

    def initials(self) -> set[str]:
        out = {i for m in self.mentions for i in m.data.get("initials", [])[:1]}
        if self.first:
            out.add(self.first[0])
        return out


def _fullness(f: Found) -> tuple[int, int, int]:
    parts = sum(1 for k in ("first", "middle", "last") if f.data.get(k))
    return parts, int(f.data.get("case") == "nomn"), -f.start


def _key(name: str | None) -> str:
    return (name or "").lower().replace("ё", "е")


def merge_persons(doc: Analysis, persons: list[Found]) -> list[_PersonEntity]:
    """Person mentions grouped by name: the same surname with no clash of first names or initials; a name in
    another script, alone in brackets right after another (`Шейк Модибо Диарра (Cheick Modibo Diarra)`), is that
    person's (not so a Cyrillic one: `Сёмин (Овечкин, Корнеев)` lists the assists)."""
    entities: list[_PersonEntity] = []
    ending = {m.b: m for m in persons}
    for m in sorted(persons, key=lambda f: f.start):
        named = ending.get(m.a - 1) if _transliterated(doc, m) else None
        if named is not None:
            owner = next(e for e in entities if named in e.mentions)
            owner.mentions.append(m)
            continue
        last, first = _key(m.data["last"]), _key(m.data.get("first"))
        initial = (m.data.get("initials") or [None])[0]
        match = None
        for e in reversed(entities):
            # the same surname, its last part (`Дом` of `Горбачёв Дом`), or, for one word, the first name
            surname = _key(e.last)
            if last not in (surname, surname.rsplit(" ", 1)[-1]) and not (not first and _key(e.first) == last):
                continue
            if first and e.first and _key(e.first) != first:
                continue
            if initial and e.initials() and initial not in e.initials():
                continue
            match = e
            break
        if match is None:
            match = _PersonEntity()
            entities.append(match)
        match.mentions.append(m)
        if match.best is None or _fullness(m) > _fullness(match.best):
            match.best = m
    return entities


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

    for n, (_, group) in enumerate(_group(found.get("location", []), "name").items(), 1):
        country = next((f.data["country"] for f in group if f.data["country"]), None)
        known = any(f.data.get("known") for f in group)  # a gazetteer place keeps its own (or no) state
        out.locations.append(Location(id=f"loc-{n}", name=group[0].data["name"],
                                      country=country or (None if known else _context_country(doc, group[0])),
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
    return out


def _context_country(doc: Analysis, f: Found) -> str | None:
    """The state a place lies in when the text says it in the same sentence (`… на севере Сербии`)."""
    if f.a < 0:
        return None
    first, last = doc.sent_bounds(f.a)
    near = [c for c in doc.found.get("country", []) if first <= c.a < last and not c.data["adjective"]]
    return near[0].data["code"] if len(near) == 1 else None


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
    for post in sorted(posts, key=lambda p: p.start):
        if id(post) in held:
            continue
        found = _refers_to(post, entities)
        if found:
            target, held_post = found
            target.roles.append(post)
            target.echoes.setdefault(id(held_post), []).append(post)
            continue
    taken = [(p.start, p.stop) for p in posts if id(p) in held]
    for role in _role_nouns(doc):
        if any(a < role.stop and role.start < b for a, b in taken):
            continue  # `Северокорейский лидер Ким Чен Ын`: a post of its own
        found = _latest_with_family(entities, role.data["family"], role.start, role.data["country"])
        if found:  # `глава правительства` of a prime minister: a mention of the person and of the post
            target, held_post = found
            target.roles.append(role)
            target.echoes.setdefault(id(held_post), []).append(role)

    post_ids: dict[tuple, str] = {}
    for n, e in enumerate(sorted(entities, key=lambda e: e.mentions[0].start), 1):
        assert e.best is not None
        pid = f"person-{n}"
        for post, own_country, rule in e.posts:
            country = own_country or _infer_post_country(doc, post, e)
            post_id = _add_post(doc, out, post_ids, post, country, pid)
            for echo in e.echoes.get(id(post), []):  # `Посол подчеркнул`: the person, and a mention of the post
                if echo.kind == "post" and echo.data["title"] == post.data["title"]:  # one title per post entity
                    _add_post(doc, out, post_ids, post, country, pid, mention=echo)
            if not any(r.kind == "holds_post" and r.person == pid and r.post == post_id for r in out.relations):
                out.relations.append(HoldsPost(person=pid, post=post_id, evidence=_evidence(doc, post), rule=rule))
        b = e.best.data
        name = " ".join(x for x in (b.get("first"), b.get("middle"), b.get("last")) if x)
        if not b.get("first") and b.get("initials"):
            name = " ".join(f"{i}." for i in b["initials"]) + " " + name
        known = leaders().get(_key(b.get("last")))
        country = next((p.country for p in out.posts for r in out.relations
                        if getattr(r, "person", None) == pid and r.post == p.id and p.country), None) or (
            known[1] if known else None)
        out.persons.append(Person(id=pid, name=name, first=b.get("first"), middle=b.get("middle"),
                                  last=b.get("last"), country=country,
                                  mentions=_mentions(doc, e.mentions + e.roles)))
    unheld = [p for p in posts if id(p) not in held and not _is_role(p, entities)]
    for post in unheld:
        if post.data["bare"] or post.data["bare_any"] or post.data["plural"] or post.data["family"] == "profession":
            continue
        _add_post(doc, out, post_ids, post, post.data["country"], None)
    out.relations.sort(key=lambda r: (r.evidence.start if r.evidence else 0))


def _add_post(doc: Analysis, out: Document, post_ids: dict[tuple, str], post: Found, country: str | None,
              holder: str | None, mention: Found | None = None) -> str:
    """The id of the post entity for this phrase and holder, created on first sight; the mention (the phrase
    itself, or ``mention``, a phrase that refers back to it) added."""
    key = (post.data["title"], country, post.data["host"], post.data["organization"], holder)
    if key not in post_ids:
        post_ids[key] = f"post-{len(post_ids) + 1}"
        out.posts.append(Post(id=post_ids[key], name=post.data["name"], title=post.data["title"], country=country,
                              host=post.data["host"], organization=post.data["organization"], mentions=[]))
    target = next(p for p in out.posts if p.id == post_ids[key])
    target.mentions = _merge_mention_lists(target.mentions, [_mention(doc, mention or post)])
    return post_ids[key]


def _merge_mention_lists(a: list[Mention], b: list[Mention]) -> list[Mention]:
    seen = {(m.start, m.stop): m for m in a + b}
    return [seen[k] for k in sorted(seen)]


def _evidence(doc: Analysis, f: Found) -> Span:
    sent = doc.sents[doc.tokens[f.a].sent]
    return Span(start=sent.start, stop=sent.stop)


def _is_role(post: Found, entities: list[_PersonEntity]) -> bool:
    return any(post in e.roles for e in entities)


def _compatible(a: Found, b: Found) -> bool:
    """Can post phrase ``a`` (no holder of its own) refer to the holder of ``b``? The same title; a bare one of
    the same family; or the head of ``b``'s title with ``b``'s state (`российский министр` for the `министр
    иностранных дел России` named before)."""
    same_title = a.data["title"] == b.data["title"] or (a.data["bare_any"] and a.data["family"] == b.data["family"])
    head_of = b.data["title"].startswith(a.data["title"] + " ") and a.data["country"] is not None
    return (same_title or head_of) and all(a.data[k] in (None, b.data[k]) for k in ("country", "host"))


def _refers_to(post: Found, entities: list[_PersonEntity]) -> tuple[_PersonEntity, Found] | None:
    """The person an unheld singular post phrase refers back to (`Посол подчеркнул`), and the post of theirs it
    repeats, if any."""
    if post.data["plural"]:
        return None
    compatible = [(e, held) for e in entities for held, _, _ in e.posts if _compatible(post, held)]
    earlier = [(e, held) for e, held in compatible if held.start < post.start]
    same = [(e, held) for e, held in earlier if held.data["title"] == post.data["title"]]
    if not earlier and len({id(e) for e, _ in compatible}) == 1:
        return min(compatible, key=lambda pair: pair[1].start)  # a headline's `Премьер Британии`: the one named later
    # the last holder of the same title (`президента` is Саакашвили's, not the `глава представительства` named
    # since), else of a title of the same family
    return max(same or earlier, key=lambda pair: pair[1].start, default=None)


def _latest_with_family(entities: list[_PersonEntity], family: str, before: int, country: str | None
                        ) -> tuple[_PersonEntity, Found] | None:
    """The person holding the last post of ``family`` named before offset ``before`` (of ``country``, where
    given: `северокорейский лидер` is not the US president's), and that post."""
    best: tuple[_PersonEntity, Found] | None = None
    for e in entities:
        for held, own, _ in e.posts:
            if held.data["family"] != family or held.start >= before or (best and held.start <= best[1].start):
                continue
            if country is None or (own or held.data["country"]) in (None, country):
                best = (e, held)
    return best


def _role_nouns(doc: Analysis) -> list[Found]:
    index = role_nouns()
    out: list[Found] = []
    for sent in doc.sents:
        for match in index.find(doc.tokens, sent.first, sent.last):
            a = match.start
            if a - 1 >= sent.first and doc.tokens[a - 1].pos == "ADJ":
                a -= 1  # казахский дипломат
            if doc.tokens[match.stop - 1].feats.get("Number") == "Plur":
                continue
            country = adjective_code(doc.tokens[a].text) if a < match.start else None
            out.append(doc.make("role", a, match.stop, family=match.value, country=country))
    return out


def _infer_post_country(doc: Analysis, post: Found, person: _PersonEntity) -> str | None:
    if post.data["country"]:
        return str(post.data["country"])
    known = leaders().get(_key(person.last))
    if known and known[1]:
        return known[1]
    if any(w.startswith(REGIONAL) for w in post.data["title"].split()):
        places = [loc for loc in doc.found.get("location", []) if loc.start < post.start and loc.data["country"]]
        if places:
            return str(places[-1].data["country"])
    return None
