"""Location mentions: places from the gazetteer and NER, normalized; streets excluded."""

from __future__ import annotations

from ..analysis import Analysis, Found, coverage
from ..inflect import head_case, nominative_phrase
from ..lexicon import locations, words
from ..morph import inflect_word, lemmas, parses
from ..names import known_first_name
from ..text import Token

TYPE_WORDS = words("locations.type_words")
"""Generic words: a span made only of them (`Автономный край`) names no place."""
STREET_WORDS = words("locations.street_words")
"""Words that make the next name part of a street or an institution (`улица Абая`, `имени Гумилева`)."""
LEFT_TYPES = words("locations.left_types")


def is_street_context(doc: Analysis, a: int) -> bool:
    """True when the name at token ``a`` follows a street word (`улица Абая`, `им. Л.Н. Гумилева`)."""
    k = a - 1
    while k >= 0 and (doc.tokens[k].text == "." or (len(doc.tokens[k].text) == 1 and doc.tokens[k].is_cap)):
        k -= 1  # initials and dots between the street word and the surname
    return k >= 0 and bool(lemmas(doc.tokens[k].text) & STREET_WORDS)


def _extend_left(doc: Analysis, a: int) -> int:
    """``автономный край Воеводина``: the type words before a name belong to the mention."""
    toks = doc.tokens
    if a >= 2 and {"автономный"} & lemmas(toks[a - 2].text) and {"край", "область", "округ"} & lemmas(toks[a - 1].text):
        return a - 2
    if a >= 1 and lemmas(toks[a - 1].text) & {"город", "край", "провинция", "штат", "эмират"}:
        return a - 1
    return a


def find(doc: Analysis, taken: list[Found]) -> list[Found]:
    """Locations not already taken by a country or organization mention."""
    index = locations()
    found: list[Found] = []

    surnames = _full_name_surnames(doc)
    # `Виктория Нуланд`: a first name opening a name NER reads in two or more words, not the state
    first_names = {a for _, a, b in doc.ner_tokens("PER") if b - a > 1 and known_first_name(doc.tokens[a].text)}
    busy = coverage(taken)
    for sent in doc.sents:
        for match in index.find(doc.tokens, sent.first, sent.last):
            a = match.start
            if is_street_context(doc, a) or (match.stop - a == 1 and (
                    doc.tokens[a].lower[:STEM] in surnames or a in first_names)):
                continue
            cand = doc.make("location", _extend_left(doc, a), match.stop, name=match.value.name,
                            country=match.value.country, known=True)
            # gazetteer matches come left to right, so only the last one can overlap a new one
            if not busy.overlaps(cand.start, cand.stop) and not (found and found[-1].stop > cand.start):
                found.append(cand)
    busy = coverage([*taken, *found])
    person_words = _person_lemmas(doc)
    for span, a, b in doc.ner_tokens("LOC"):
        if busy.overlaps(span.start, span.stop):
            continue
        toks = doc.tokens[a:b]
        words = [t for t in toks if t.is_word]
        if not words or all(lemmas(t.text) & TYPE_WORDS for t in words) or is_street_context(doc, a):
            continue
        if not toks[0].is_cap or _looks_like_surname(toks, person_words):
            continue
        found.append(doc.make("location", a, b, name=_elliptic(doc, a, b) or nominative_phrase(toks), country=None,
                              known=False))
    return found


STEM = 5


def _full_name_surnames(doc: Analysis) -> frozenset[str]:
    """Stems of the last word of every name NER finds in two or more words (`Бахтиёром Саидовым`)."""
    return frozenset(doc.tokens[b - 1].lower[:STEM] for _, a, b in doc.ner_tokens("PER")
                     if b - a > 1 and len(doc.tokens[b - 1].text) >= STEM)


def _looks_like_surname(toks: list[Token], person_words: frozenset[str]) -> bool:
    """NER now and then calls a surname (`Саидов`) a place: one it tags as a person elsewhere."""
    return len(toks) == 1 and bool(lemmas(toks[0].text) & person_words)


def _person_lemmas(doc: Analysis) -> frozenset[str]:
    return frozenset(lemma for _, a, b in doc.ner_tokens("PER") for t in doc.tokens[a:b] for lemma in lemmas(t.text))


def _elliptic(doc: Analysis, a: int, b: int) -> str | None:
    """``между Туркестанской и Самаркандской областями``: the first adjective borrows the shared noun."""
    toks = doc.tokens
    if b - a != 1 or b + 2 >= len(toks) or toks[b].lower != "и":
        return None
    noun = toks[b + 2]
    if not lemmas(noun.text) & TYPE_WORDS or noun.feats.get("Number") != "Plur":
        return None
    noun_nom = inflect_word(noun.text, head_case(noun) or "nomn", ("NOUN",), singular=True)
    gender = next((p.tag.gender for p in parses((noun_nom or "").lower()) if p.tag.POS == "NOUN"), None)
    case = head_case(noun) or "nomn"
    adj = inflect_word(toks[a].text, case, ("ADJF",), None, gender, singular=True)
    return f"{adj} {noun_nom.lower()}" if adj and noun_nom else None
