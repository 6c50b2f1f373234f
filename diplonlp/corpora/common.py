"""Helpers the corpus scorers share: name mentions of persons, head lemmas of post titles."""

from __future__ import annotations

from functools import cache

from razdel import tokenize

from ..evaluate import fold
from ..lexicon import title_rows
from ..models import Document, Person
from ..morph import lemmas, parses
from .official.strings import distance
from .spans import Interval


def is_name_mention(person: Person, text: str) -> bool:
    """A mention that names the person (not a role noun such as `Посол` referring back): one sharing a stem
    with the name, or in Latin letters (`Cheick Modibo Diarra` beside `Шейк Модибо Диарра`)."""
    low = text.lower().replace("ё", "е")
    if any("a" <= c <= "z" for c in low):
        return True
    parts = [part for part in (person.last, person.first) if part]
    words = parts + [word for part in parts if " " in part for word in part.split() if len(word) > 2]
    stems = [word.lower().replace("ё", "е")[:4] for word in words]
    return any(stem and stem in low for stem in stems)


def person_name_spans(doc: Document) -> list[Interval]:
    return [(m.start, m.stop) for p in doc.persons for m in p.mentions if is_name_mention(p, m.text)]


def head_lemma(phrase: str) -> str:
    """The head of a title: its first word that is a known title, else its first noun, normalized
    (`заместителем министра` -> `заместитель`, `первый замминистра` -> `заместитель`,
    `исполняющий обязанности официального представителя` -> `представитель`)."""
    words = [t.text for t in tokenize(phrase) if t.text[:1].isalpha()]
    heads = _title_words()
    for word in words:
        for lemma in sorted(lemmas(word)):
            if lemma in heads:
                return heads[lemma]
    for word in words:
        ps = parses(word.lower())
        if ps and ps[0].tag.POS == "NOUN":
            return ps[0].normal_form.replace("ё", "е")
    return (words[-1].lower() if words else "").replace("ё", "е")


@cache
def _title_words() -> dict[str, str]:
    """Single-word heads of the post lexicon -> the head noun of their title (`замминистра` -> `заместитель`)."""
    out: dict[str, str] = {}
    for row in title_rows():
        if " " not in row.head and row.head not in out:
            out[row.head] = next((w for w in row.title.split() if any(p.tag.POS == "NOUN" for p in parses(w)[:1])),
                                 row.title.split()[0])
    return out


def same_name(a: str | None, b: str | None) -> bool:
    """Two spellings of one name, forgiving a case ending or a typo (`Сердюков`/`Сердюкова`)."""
    x, y = fold(a), fold(b)
    if not x or not y:
        return False
    if x == y:
        return True
    if len(x) < 5 or len(y) < 5:
        return False
    return (x[:5] == y[:5] and abs(len(x) - len(y)) <= 2) or distance(x, y) <= 1
