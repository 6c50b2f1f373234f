"""Phrases to the nominative: the head noun and the words that agree with it, nothing else."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import title_nouns, words
from .morph import from_dictionary, inflect_word, lemmas, parses
from .text import Token

ADJ = ("ADJF", "PRTF")
BOTH = words("context.both")
STATES = words("context.states")


def both_states_at(tokens: list[Token], k: int) -> bool:
    """Do `двух стран`, `обеих стран`, `двух государств` open at token ``k`` (the two states a text speaks of)?"""
    return k + 1 < len(tokens) and bool(lemmas(tokens[k].text) & BOTH) and \
        bool(lemmas(tokens[k + 1].text) & STATES)
NOUN = ("NOUN",)
ADJ_ENDINGS = ("ая", "яя", "ий", "ый", "ой", "ое", "ее", "ого", "его", "ому", "ему", "ом", "ем", "ую", "юю", "ей",
               "ые", "ие", "ых", "их", "ым", "им", "ыми", "ими")
"""The endings of a full adjective's forms: a word pymorphy3 guesses a noun first is an adjective only so spelt."""


def _noun_cases(tok: Token) -> tuple[str, ...]:
    return noun_cases(tok.text.lower())


@lru_cache(maxsize=50_000)  # asked for the same words across a document's phrases
def noun_cases(word: str) -> tuple[str, ...]:
    """The cases ``word`` can be in as a noun, or as an adjective the dictionary says serves as one (`Subx`:
    `поверенным`, `уполномоченной`), in pymorphy3's order of likelihood."""
    seen: list[str] = []
    for p in parses(word):
        if (p.tag.POS == "NOUN" or "Subx" in p.tag) and p.tag.case and p.tag.case not in seen:
            seen.append(p.tag.case)
    return tuple(seen)


SLOVNET_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
SLOVNET_GENDER = {"Masc": "masc", "Fem": "femn"}


def head_case(tok: Token, prefer: str | None = None) -> str | None:
    cases = _noun_cases(tok)
    if not cases:
        return None
    for want in (prefer, SLOVNET_CASE.get(tok.feats.get("Case", ""))):
        if want in cases:
            return want
        if want == "loct" and "loc2" in cases:
            return "loc2"
    return cases[0]


def title_case(tok: Token) -> str | None:
    """The case a title word stands in, for a name in apposition to agree with: None for one the dictionary does
    not know, written as its title (`Хоким … Эркинжон Турдимов`: slovnet guesses its case, here the instrumental),
    nor for one it knows as indeclinable (`Замглавы МИД России Андрей Руденко`: slovnet reads its form as a
    genitive)."""
    found = parses(tok.lower)
    if tok.lower in title_nouns() and not any(from_dictionary(p) for p in found):
        return None
    nouns = [p for p in found if p.tag.POS == "NOUN"]
    if nouns and all("Fixd" in p.tag for p in nouns):
        return None
    return head_case(tok)


def nominative_phrase(tokens: list[Token], prefer: str | None = None, lower_head: bool = False) -> str:
    """``Алматинской областью`` -> ``Алматинская область``; words after the head stay as written.

    Leading adjectives and the first noun are put in the nominative; ``prefer`` names the case the
    caller knows the phrase is in (from a preposition or an agreeing word).
    """
    words = [t.text for t in tokens]
    bare = [_unnumbered(t) for t in tokens]  # `ГЭС-1` agrees as `ГЭС`
    head = next((k for k, t in enumerate(bare) if t.text[:1].isalpha() and _noun_cases(t)
                 and not (k + 1 < len(bare) and _modifies(t, bare[k + 1]))), None)
    if head is None:
        return _join(tokens, words)
    if bare[head] is not tokens[head]:
        prefer = prefer or next((c for k in range(head) for c in _adjective_cases(tokens[k].text)), None)
    case = head_case(bare[head], prefer)
    if case and case != "nomn":
        number = _number(bare[head], case)
        new = inflect_word(bare[head].text, case, NOUN, number)
        gender = _gender(new or bare[head].text)
        if new:
            words[head] = new + tokens[head].text[len(bare[head].text):]  # `волны-2009` -> `волна-2009`
        for k in range(head):
            if tokens[k].text[:1].isalpha():
                adj = inflect_word(tokens[k].text, case, ADJ, number, gender)
                if adj:
                    words[k] = adj
    if lower_head:
        words[head] = words[head].lower()
    return _join(tokens, words)


def _unnumbered(tok: Token) -> Token:
    """``tok`` without a number hyphenated to its word (`ГЭС-1`, `Камбаратинской ГЭС-1` -> `Камбаратинская ГЭС-1`:
    the word is the head the adjectives agree with), else ``tok`` itself."""
    word, dash, number = tok.text.rpartition("-")
    if not (dash and word and number.isdigit() and word[-1:].isalpha()):
        return tok
    return Token(tok.i, tok.start, tok.stop - len(number) - 1, word, tok.sent, tok.pos, tok.feats)


def _adjective_cases(word: str) -> list[str]:
    """The cases ``word`` can be in as an adjective (an undeclined head's case is its adjectives')."""
    return [p.tag.case for p in parses(word.lower()) if p.tag.POS in ADJ and p.tag.case]


def _modifies(tok: Token, nxt: Token) -> bool:
    """Is ``tok`` an adjective of the word after it: read first as one, or able to agree with it in a case where
    pymorphy3 guesses a noun first (`Сахаро-Сахельском регионе`: not the place `Сахаро-Сахельск`), the word after
    it a noun or an adjective read first as one (`Казахстанско-эмиратского делового совета`)?"""
    low = tok.text.lower()
    ps = parses(low)
    if not ps or ps[0].tag.POS in ADJ:
        return bool(ps)
    after = parses(nxt.text.lower())
    cases = set(_adjective_cases(nxt.text)) if after and after[0].tag.POS in ADJ else set(_noun_cases(nxt))
    return low.endswith(ADJ_ENDINGS) and bool({p.tag.case for p in ps if p.tag.POS in ADJ} & cases)


def _number(tok: Token, case: str) -> str | None:
    for p in parses(tok.text.lower()):
        if p.tag.POS == "NOUN" and p.tag.case == case:
            return p.tag.number
    return None


def _gender(word: str) -> str | None:
    for p in parses(word.lower()):
        if p.tag.POS == "NOUN" and p.tag.case == "nomn":
            return p.tag.gender
    return None


def _join(tokens: list[Token], words: list[str]) -> str:
    """Words joined with the original spacing between tokens."""
    out = [words[0]] if words else []
    for k in range(1, len(tokens)):
        if tokens[k].start > tokens[k - 1].stop:
            out.append(" ")
        out.append(words[k])
    return "".join(out)


def case_run_end(tokens: list[Token], j: int, stop: int, case: str = "datv") -> int:
    """`по международным отношениям и межпарламентским связям`: where the lower-case words in ``case`` (dative by
    default) from ``j`` on, joined by `и` or a comma (after a noun or an adjective: `по торговому, экономическому и
    научно-техническому сотрудничеству`), end at their last noun, before ``stop``; ``j`` where they name none (a
    field after `по`, read both in a title and in a body's name; ``case="gent"``: the genitives after such a field,
    `по делам беженцев`)."""
    k = end = j
    while k < stop and tokens[k].is_word and not tokens[k].is_cap:
        tok = tokens[k]
        if tok.lower != "и" and not any(p.tag.case == case for p in parses(tok.lower)):
            break
        k += 1
        end = k if tok.pos == "NOUN" else end
        if k + 1 < stop and (k == end or tok.pos == "ADJ") and tokens[k].text == "," and not tokens[k + 1].is_cap \
                and in_case(tokens[k + 1], case):
            k += 1  # a list of fields: `по экономическому росту, энергетике`, `по торговому, экономическому и …`
    return end


def in_case(tok: Token, case: str) -> bool:
    """A noun or adjective that can be read in ``case`` (a field a list goes on with after a comma, a document listed
    after another)."""
    return tok.is_word and tok.pos in ("NOUN", "ADJ", "PROPN") and any(
        p.tag.case == case for p in parses(tok.lower))
