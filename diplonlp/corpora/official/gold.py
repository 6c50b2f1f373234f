"""A FactRuEval book's standard as the official scorer reads it: tokens, spans, mentions (``.objects``),
coreference entities with their name variants (``.coref``) and facts (``.facts``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

from ...lexicon import rows
from .strings import full, light

MENTION_TAGS = {"Person": "per", "Organization": "org", "Org": "org", "LocOrg": "locorg", "Location": "loc",
                "Project": "project"}
QUOTE_TOKENS = ('"', "'", "«")


@dataclass(eq=False)
class Token:
    """A gold token; ``end`` is inclusive, ``text`` normalized."""

    id: str
    start: int
    end: int
    text: str
    prev: Token | None = None
    next: Token | None = None

    @property
    def letter(self) -> bool:
        return len(self.text) <= 1 and (self.text.upper() != self.text or self.text.lower() != self.text)

    @property
    def punctuation(self) -> bool:
        return len(self.text) == 1 and not self.letter

    @property
    def attached(self) -> bool:
        """A one-character non-letter touching a neighbour: responses' mentions leave it out."""
        return self.end == self.start and not self.letter and (
            (self.prev is not None and self.start - self.prev.end == 1)
            or (self.next is not None and self.next.start - self.end == 1))


@dataclass(eq=False)
class Span:
    id: str
    tag: str
    tokens: list[Token]
    text: str

    def quotes(self) -> tuple[str, str]:
        """The quote tokens right before and after the span ('' where there is none)."""
        left, right = self.tokens[0].prev, self.tokens[-1].next
        return (left.text if left is not None and left.text in QUOTE_TOKENS else "",
                right.text if right is not None and right.text in ('"', "'", "»") else "")


@dataclass(eq=False)
class Mention:
    id: str
    tag: str
    spans: list[Span]
    text: str = ""
    interval_text: str = ""


@dataclass(eq=False)
class Entity:
    """A coreference entity: its mentions and attributes (name variants with descriptors added)."""

    id: str
    tag: str
    spans: list[Span]
    mentions: list[Mention]
    attributes: dict[str, set[str]] = field(default_factory=dict)

    def values(self, name: str) -> set[str]:
        return self.attributes.get(name, set())


@dataclass
class Standard:
    name: str
    text: str
    tokens: list[Token]
    mentions: list[Mention]
    entities: dict[str, Entity]
    facts_text: str | None  # None: the book has no .facts layer and is not scored on task 3
    spans: dict[str, Span]


def _tokens(path: Path) -> list[Token]:
    tokens: list[Token] = []
    with path.open(encoding="utf-8") as handle:
        for line in csv.reader(handle, delimiter=" ", quotechar="|"):
            if line:
                tid, start, length, text = line
                tokens.append(Token(tid, int(start), int(start) + int(length) - 1, full(text)))
    tokens.sort(key=lambda t: t.start)
    for a, b in pairwise(tokens):
        a.next, b.prev = b, a
    return tokens


def _spans(path: Path, by_id: dict[str, Token]) -> dict[str, Span]:
    spans: dict[str, Span] = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line:
            continue
        left, right = line.split("  # ")
        sid, tag, _start, _chars, _first, count = [p for p in left.split(" ") if p][:6]
        parts = [p for p in right.split(" ") if p]
        n = int(count)
        tokens = sorted((by_id[p.strip()] for p in parts[:n]), key=lambda t: t.start)
        spans[sid] = Span(sid, tag, tokens, full(" ".join(parts[n:])).replace("\n", ""))
    return spans


def token_interval(tokens: list[Token]) -> tuple[int, int]:
    """Start and inclusive end of tokens, widened over quote tokens on either side."""
    ordered = sorted(tokens, key=lambda t: t.start)
    first, last = ordered[0], ordered[-1]
    while first.prev is not None and first.prev.text == '"':
        first = first.prev
    while last.next is not None and last.next.text == '"':
        last = last.next
    return first.start, last.end


def _mentions(path: Path, spans: dict[str, Span], text: str) -> list[Mention]:
    mentions: list[Mention] = []
    with path.open(encoding="utf-8") as handle:
        for line in csv.reader(handle, delimiter=" ", quotechar="|"):
            if "#" in line:
                line = line[:line.index("#")]
            if not line:
                continue
            mention = Mention(line[0].strip(), MENTION_TAGS[line[1]], [spans[s.strip()] for s in line[2:]])
            tokens = sorted({t for s in mention.spans for t in s.tokens}, key=lambda t: t.start)
            mention.text = " ".join(t.text for t in tokens)
            start, end = token_interval(tokens)
            mention.interval_text = text[start:end]  # their slice stops one short of the inclusive end
            mentions.append(mention)
    return mentions


def _blocks(path: Path) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.strip(" \t\n\r")
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _entity(block: list[str], mentions: dict[str, Mention], spans: dict[str, Span]) -> Entity:
    ids = block[0].strip(" \n\r\t").split(" ")
    own_mentions = list(dict.fromkeys(mentions[i] for i in ids[1:] if i in mentions))
    own_spans = list(dict.fromkeys(spans[i] for i in ids[1:] if i not in mentions and i in spans))
    tags = {m.tag for m in own_mentions}
    tag = "loc" if len(tags) > 1 and tags & {"locorg", "loc"} else (tags.pop() if tags else "unknown")
    entity = Entity(ids[0], "loc" if tag == "locorg" else tag, own_spans, own_mentions)
    raw: dict[str, list[str]] = {}
    for line in block[1:]:
        name, _, value = line.partition(" ")
        raw.setdefault(name.strip().lower(), []).append(full(value))
    _attributes(entity, raw)
    return entity


def _attributes(entity: Entity, raw: dict[str, list[str]]) -> None:
    """Attributes merged by name (descriptors apart, wikidata dropped), a quoted variant of a name written in
    quotes, every descriptor added before and after each value, digits trimmed off names (`name2`)."""
    descriptors = {v for name, values in raw.items() if name.endswith(("descr", "descriptor")) for v in values}
    for name, values in raw.items():
        if name.endswith(("descr", "descriptor")) or name == "wikidata":
            continue
        merged = set(values)
        if name == "name" and entity.tag != "per":
            merged |= {q for v in values if (q := _quoted(entity, v))}
        if descriptors:
            merged = {out for x in merged for y in descriptors
                      for out in ((x,) if f" {y} " in f" {x} " else (x, f"{x} {y}", f"{y} {x}"))}
        entity.attributes.setdefault(name.strip("1234567890"), set()).update(merged)


def _quoted(entity: Entity, value: str) -> str | None:
    spans = [*entity.spans, *(s for m in entity.mentions for s in m.spans)]
    for span in spans:
        if span.text.lower().replace("ё", "е") == value and "name" in span.tag:
            left, right = span.quotes()
            if left + right in ('""', "''", "«»"):
                return left + value + right
    return None


def load(txt: Path) -> Standard:
    base = txt.with_suffix("")
    text = light(txt.read_text(encoding="utf-8"))
    tokens = _tokens(base.with_suffix(".tokens"))
    spans = _spans(base.with_suffix(".spans"), {t.id: t for t in tokens})
    mentions = _mentions(base.with_suffix(".objects"), spans, text)
    by_id = {m.id: m for m in mentions}
    coref = base.with_suffix(".coref")
    entities = [_entity(b, by_id, spans) for b in _blocks(coref)] if coref.exists() else []
    facts = base.with_suffix(".facts")
    return Standard(txt.stem, text, tokens, mentions, {e.id: e for e in entities},
                    facts.read_text(encoding="utf-8") if facts.exists() else None, spans)


@cache
def positions() -> dict[str, str]:
    """The organizers' table of position spellings and their normal forms (`заместителем министра` ->
    `заместитель министра`), which the Position argument of a gold fact also accepts."""
    return {form: normal for form, normal in rows("factrueval_positions.tsv")}
