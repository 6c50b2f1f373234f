"""Sector mentions: words, phrases and each part of compound adjectives, mapped to the contract's codes."""

from __future__ import annotations

from ..analysis import Analysis, Found, coverage
from ..lexicon import sectors, words
from ..morph import lemmas
from ..scan import next_from
from ..text import Token
from .countries import adjective_code

RULES = ("policy_of_field",)
"""`policy_of_field`: `миграционной политики`, `молодежной политики`: `политика` after an adjective that names its
field (not `внешней`, `внутренней`: `sectors.political_policies`; nor a state's, `чешской политики`) is that field's
policy, no political sector; the
adjective names its own sector where the lexicon has one (`миграционной`: consular)."""
POLITICAL_POLICIES = words("sectors.political_policies")
CONTEXT = words("sectors.context")
"""Words that make a weak sector word (`СМИ`) a field of cooperation rather than an audience."""
COORD = {",", "и", "а также", "также", "или"}


def _codes_of_token(word: str) -> list[tuple[str, bool]]:
    lex = sectors()
    low = word.lower().replace("ё", "е")
    for lemma in lemmas(low):
        if lemma in lex.words:
            return [lex.words[lemma]]
    if "-" in low:
        parts = low.split("-")
        codes: list[tuple[str, bool]] = []
        for part in parts[:-1]:
            if part in lex.combos:
                codes.append((lex.combos[part], False))
        for lemma in lemmas(parts[-1]):
            if lemma in lex.words:
                codes.append(lex.words[lemma])
                break
        if parts[0] in ("it", "ит", "икт", "ikt"):
            codes.append(("digital", False))
        return list(dict.fromkeys(codes))
    return []


FORMATS = words("sectors.formats")
"""`политические консультации` name a kind of talks, not a field of cooperation."""


def _is_format(tokens: list[Token], i: int, last: int) -> bool:
    return i + 1 < last and bool(lemmas(tokens[i + 1].text) & FORMATS)


def _policy_of_field(doc: Analysis, i: int, first: int) -> bool:
    """Is token ``i`` `политика` right after an adjective of another field than foreign or home affairs
    (`миграционной политики`; rule `policy_of_field`)?"""
    before = doc.tokens[i - 1] if i > first else None
    return before is not None and before.pos == "ADJ" and "политика" in lemmas(doc.tokens[i].text) and \
        not lemmas(before.text) & POLITICAL_POLICIES and adjective_code(before.text) is None and \
        doc.on("policy_of_field")


def _proper_name(doc: Analysis, i: int, first: int) -> bool:
    """`в секторе Газа`: a word capitalized inside its sentence and line is a name, no sector word; so is one right
    after such a compound adjective, which opens a name (`Китайско-Белорусского индустриального парка`,
    `Белорусско-Китайского образовательного центра`); not one an abbreviation in capitals opens (`IT-технологий`)."""
    tok = doc.tokens[i]
    if tok.is_cap and not tok.text.split("-")[0].isupper() and i != first and not doc.opens_line(i):
        return True
    before = doc.tokens[i - 1] if i - 1 > first else None
    return before is not None and "-" in before.text and before.pos == "ADJ" and _proper_name(doc, i - 1, first)


def find(doc: Analysis, excluded: list[Found]) -> list[Found]:
    """Sector mentions outside ``excluded`` spans (organization names, post titles)."""
    lex = sectors()
    tokens = doc.tokens
    raw: list[tuple[Found, bool]] = []
    starts = doc.scan.where(lex.phrases.firsts, lex.words, hyphenated=True)
    for sent in doc.sents:
        i = next_from(starts, sent.first, sent.last)
        while i < sent.last:
            match = lex.phrases.match_at(tokens, i, sent.last)
            if match:
                code, weak = match.value
                raw.append((doc.make("sector", i, match.stop, code=code), weak))
                i = match.stop
                continue
            if not _is_format(tokens, i, sent.last) and not _proper_name(doc, i, sent.first) and \
                    not _policy_of_field(doc, i, sent.first):
                for code, weak in _codes_of_token(tokens[i].text):
                    raw.append((doc.make("sector", i, i + 1, code=code), weak))
            i = next_from(starts, i + 1, sent.last)
    busy = coverage([f for f in excluded if not _field_occupation(f)])
    strong = _Strong([f for f, weak in raw if not weak])
    kept = [f for f, weak in raw if not busy.overlaps(f.start, f.stop) and (not weak or _in_context(doc, f, strong))]
    return kept


def _field_occupation(f: Found) -> bool:
    """An occupation outside the state service named by a sector word (`крупнейших инвесторов`) is a post only
    when someone holds it; the word still names its field."""
    return f.kind == "post" and f.data.get("family") == "profession" and f.data.get("title") in sectors().words


class _Strong:
    """The strong sector mentions by the token they start at and the token they end before."""

    def __init__(self, found: list[Found]) -> None:
        self.by_start: dict[int, list[Found]] = {}
        self.by_stop: dict[int, list[Found]] = {}
        for f in found:
            self.by_start.setdefault(f.a, []).append(f)
            self.by_stop.setdefault(f.b, []).append(f)

    def near(self, f: Found) -> list[tuple[Found, int, int]]:
        """Strong mentions one or two tokens before or after ``f``, each with the gap between them."""
        out = [(g, g.b, f.a) for k in (1, 2) for g in self.by_stop.get(f.a - k, []) if g.a < f.a and g.b <= f.b]
        return out + [(g, f.b, g.a) for k in (1, 2) for g in self.by_start.get(f.b + k, []) if f.b <= g.b]


def _in_context(doc: Analysis, f: Found, strong: _Strong) -> bool:
    """A weak sector word counts after a context word (`сотрудничество в сфере …`), before one (`водному
    сотрудничеству`) or coordinated with a strong sector (`энергетики и транспорта`)."""
    first, last = doc.sent_bounds(f.a)
    for k in [*range(max(first, f.a - 4), f.a), *range(f.b, min(last, f.b + 1))]:
        if lemmas(doc.tokens[k].text) & CONTEXT:
            return True
    return any(all(t.lower in COORD for t in doc.tokens[a:b]) for _, a, b in strong.near(f))
