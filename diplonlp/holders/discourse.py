"""Holders named elsewhere: a pronoun (`он — посол`) and the last person named as a subject."""

from __future__ import annotations

from ..analysis import Analysis, Found
from ..text import DASHES, Token

PRONOUN_GENDER = {"он": "masc", "она": "femn"}


def antecedent(doc: Analysis, pronoun: Token, persons: list[Found]) -> Found | None:
    """`Сначала он был танцором`: the person `он`/`она` stands for, the last one of its gender named before
    it in its sentence or the two before, when no one of the other gender comes between."""
    gender = PRONOUN_GENDER.get(pronoun.lower)
    return last_named(doc, pronoun.i, persons, gender) if gender else None


def pronoun_before_dash(doc: Analysis, post: Found, persons: list[Found]) -> list[Found]:
    """`До этого он — заместитель председателя ВГТРК`: the person the pronoun before the dash stands for."""
    k = post.a - 1
    first, _ = doc.sent_bounds(post.a)
    if k - 1 < first or doc.tokens[k].text not in DASHES:
        return []
    found = antecedent(doc, doc.tokens[k - 1], persons)
    return [found] if found else []


def last_named(doc: Analysis, i: int, persons: list[Found], gender: str, subject: bool = False) -> Found | None:
    """The last person named before token ``i`` in its sentence or the two before, if of ``gender``; with
    ``subject``, the last named as a subject where one was, else the last not named as another noun's possessor
    (`в администрации Джорджа Буша-младшего`: not the one a biography's subjectless sentence is about)."""
    sent = doc.tokens[i].sent
    before = [p for p in persons if p.b <= i and doc.tokens[p.a].sent >= sent - 2]
    if subject:
        before = [p for p in before if doc.tokens[p.a].rel.startswith("nsubj")] or [
            p for p in before if not _possessor(doc.tokens[p.a])] or before
    if not before:
        return None
    last = max(before, key=lambda p: p.a)
    return last if last.data.get("gender") == gender else None


def _possessor(tok: Token) -> bool:
    """Is ``tok`` a name in the genitive hanging on a noun (`администрации Джорджа Буша`)?"""
    return tok.rel == "nmod" and tok.feats.get("Case") == "Gen"


OBLIQUE_NAME_NO_SUBJECT = "oblique_name_no_subject"
"""`… провел переговоры с министром … Вьетнама Буй Тхань Шоном. Также он встретился …`: a name read in a case other
than the nominative is no subject, whatever the parse hangs it on (here the sentence's subject, as an apposition);
the pronoun stands for the subject named before it."""


def is_subject(doc: Analysis, person: Found) -> bool:
    """Is the person named as a subject: the name's first word, or the title it stands in apposition to
    (`Председатель Кабинета министров Адылбек Касымалиев встретился …`); not a name read in an oblique case
    (`OBLIQUE_NAME_NO_SUBJECT`)?"""
    if person.data.get("case") not in (None, "nomn") and doc.on(OBLIQUE_NAME_NO_SUBJECT):
        return False
    tok = doc.tokens[person.a]
    head = doc.tokens[tok.head] if tok.rel == "appos" and tok.head >= 0 else None
    return tok.rel.startswith("nsubj") or (head is not None and head.rel.startswith("nsubj"))
