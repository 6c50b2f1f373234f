"""Helpers the corpus scorers share: name mentions of persons, head lemmas of post titles."""

from __future__ import annotations

from razdel import tokenize

from ..models import Document, Person
from ..morph import parses
from .spans import Interval


def is_name_mention(person: Person, text: str) -> bool:
    """A mention that names the person (not a role noun such as `Посол` referring back)."""
    low = text.lower().replace("ё", "е")
    stems = [part.lower().replace("ё", "е")[:4] for part in (person.last, person.first) if part]
    return any(stem and stem in low for stem in stems)


def person_name_spans(doc: Document) -> list[Interval]:
    return [(m.start, m.stop) for p in doc.persons for m in p.mentions if is_name_mention(p, m.text)]


def head_lemma(phrase: str) -> str:
    """The normal form of a title's first noun: `заместителем министра` -> `заместитель`."""
    words = [t.text for t in tokenize(phrase) if t.text[:1].isalpha()]
    for word in words:
        ps = parses(word.lower())
        if ps and ps[0].tag.POS == "NOUN":
            return ps[0].normal_form.replace("ё", "е")
    return (words[-1].lower() if words else "").replace("ё", "е")


def fold(text: str | None) -> str:
    return " ".join((text or "").lower().replace("ё", "е").split())
