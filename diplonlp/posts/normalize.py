"""Title rules: the phrase's words up to the end of the title's chain, normalized, and the title they give."""

from __future__ import annotations

from collections.abc import Callable

from ..analysis import Analysis
from ..inflect import ADJ, NOUN, SLOVNET_CASE, head_case
from ..lexicon import title_nouns, words
from ..morph import inflect_word, parses
from ..text import Token, unmixed
from .heads import is_plural, plural_subject
from .left import abbreviation_at
from .phrase import PostPhrase, switched_on

KEPT_MODIFIERS = words("posts.kept_modifiers")
"""Modifiers before the head that stay in the title (`первый заместитель`)."""

TitleRule = Callable[[Analysis, PostPhrase, list[str], str], list[str]]
"""(document, phrase, its words lower-cased from ``p.left`` to the chain's end, the title's full form) -> words."""


def nominative(doc: Analysis, p: PostPhrase, words: list[str], base_title: str) -> list[str]:
    """`главой МИД` -> `глава мид`, `Президенты` -> `президент`: the head and the adjectives before it to the
    nominative singular; a head with a preposition inside is the lexicon's title (`временный поверенный в делах`)."""
    end = declining_end(doc, p.a, p.head_end)
    words = nominative_words(doc.tokens[p.left:p.chain_end], end - 1 - p.left, words)
    fixed = base_title.split()
    if end < p.head_end and len(fixed) == p.head_end - p.a:  # `временным поверенным в делах`: the lexicon's words
        words[p.a - p.left:p.head_end - p.left] = fixed
    return words


def declining_end(doc: Analysis, a: int, head_end: int) -> int:
    """Where the declining part of a head ``a:head_end`` ends: before a preposition inside it (`временным
    поверенным | в делах`), else at its end."""
    return next((k for k in range(a + 1, head_end) if doc.tokens[k].pos == "ADP"), head_end)


def letters_kept(doc: Analysis, p: PostPhrase, words: list[str], base_title: str) -> list[str]:
    """`генеральный секретарь ОДКБ`, `группы Talk Talk`: abbreviations and Latin names keep their letters, and an
    abbreviation loses its case ending (`руководителем МИДа` -> `руководитель МИД`); a word mixing alphabets is
    written in one (`Мoсквы`)."""
    return [_keep_abbr(t, unmixed(w)) for t, w in zip(doc.tokens[p.left:p.chain_end], words, strict=True)]


PLACE_NAMES_KEPT = "place_names_kept"


def place_names_kept(doc: Analysis, p: PostPhrase, words: list[str]) -> list[str]:
    """`министр по делам Европы Франции`, `вице-президент по региону Европы и Центральной Азии`: in the post's name a
    place's name in the title's field keeps its capitals, as written (the title stays in lower case: `министр по
    делам европы`; rule `place_names_kept`)."""
    if not doc.on(PLACE_NAMES_KEPT):
        return words
    named: set[int] = set()  # the tokens of the places inside the field
    for kind in ("location", "country"):
        starts = doc.starting_at(kind)
        for k in range(p.a + 1, p.chain_end):
            if (f := starts.get(k)) is not None and f.b <= p.chain_end:
                named.update(range(f.a, f.b))
    return [t.text if t.is_cap and t.i in named and w == t.text.lower() else w
            for t, w in zip(doc.tokens[p.left:p.chain_end], words, strict=True)]


def full_title(doc: Analysis, p: PostPhrase, words: list[str], base_title: str) -> list[str]:
    """`замминистра` -> `заместитель министра`, `премьер` -> `премьер-министр`: a clipped head in full."""
    head = doc.tokens[p.a]
    short = lemma_first(head)
    expands = " " in base_title or ("-" in base_title) != ("-" in head.text) or (
        len(short) < len(base_title) and base_title.startswith(short[:3]))  # зам, главком
    if p.head_end - p.a == 1 and expands and short != base_title:
        words = list(words)
        words[p.a - p.left] = base_title
    return words


SERVED_BODIES = words("posts.served_bodies")
"""Lemmas of bodies a holder of a shared plural title heads one of (`главы правительств` -> `глава правительства`)."""


def served_singular(doc: Analysis, p: PostPhrase, words: list[str], base_title: str) -> list[str]:
    """`заместителями министров иностранных дел` -> `заместитель министра иностранных дел`, `главы внешнеполитических
    ведомств` -> `глава внешнеполитического ведомства`: after a plural head, the office or body in the genitive plural
    that each holder serves one of (a title noun, `posts.served_bodies`), with its adjectives, in the singular."""
    head = doc.tokens[declining_end(doc, p.a, p.head_end) - 1]
    if not (is_plural(head) or plural_subject(doc, head)):
        return words
    k = p.head_end
    while k < p.chain_end and doc.tokens[k].pos == "ADJ":
        k += 1
    noun = next((r for r in parses(words[k - p.left]) if r.tag.POS in NOUN and r.tag.case == "gent" and
                 r.tag.number == "plur" and (r.normal_form in title_nouns() or r.normal_form in SERVED_BODIES)),
                None) if k < p.chain_end else None
    single = noun.inflect({"gent", "sing"}) if noun is not None else None
    if single is None:
        return words
    out = list(words)
    out[k - p.left] = single.word
    for j in range(p.head_end, k):
        adj = next((r for r in parses(out[j - p.left]) if r.tag.POS in ADJ and r.tag.case == "gent"), None)
        new = adj.inflect({"gent", "sing", single.tag.gender}) if adj is not None and single.tag.gender else None
        out[j - p.left] = new.word if new is not None else out[j - p.left]
    return out


FOREIGN_MINISTER_PERIPHRASES = words("posts.foreign_minister_periphrases")
MINISTRY_HEADS = {"глава": "министр", "главы": "министра", "руководитель": "министр", "руководителя": "министра"}
"""A ministry head's word, as a title writes it, and the minister's word that stands for it (`глава МИД`, `главы
Минфина`: `foreign_minister_in_full`, `right.minister_of_ministry`)."""


def foreign_minister_in_full(doc: Analysis, p: PostPhrase, words: list[str], base_title: str) -> list[str]:
    """`глава МИД`, `первый заместитель главы внешнеполитического ведомства`, `замглавы МИД` -> `министр
    иностранных дел`, `первый заместитель министра иностранных дел`, `заместитель министра иностранных дел`: one
    office, one title (a state's adjective between, `глава российского МИД`, leaves the words too: the post's
    state says it). The words stay one a token, the last ones taking the rest."""
    states = {k - p.left for rule, k, _ in p.fired if rule == "state_adjective_in_title"}
    for k in range(p.a - p.left, len(words)):
        kept = [j for j in range(k, len(words)) if j not in states]
        before, _, head = words[k].rpartition(" ")  # `заместитель главы`: `замглавы` in full
        for n in (2, 3):
            phrase = " ".join([head, *(words[j] for j in kept[1:n])])
            if len(kept) >= n and phrase in FOREIGN_MINISTER_PERIPHRASES:
                full = [MINISTRY_HEADS[head], "иностранных", "дел"]
                full[0] = f"{before} {full[0]}".strip()
                out = [("" if k <= j <= kept[n - 1] else w) for j, w in enumerate(words)]  # the state's adjective too
                for j, word in zip(kept[:n], [*full[:n - 1], " ".join(full[n - 1:])], strict=True):
                    out[j] = word
                return out
    return words


TITLE_RULES: list[TitleRule] = [nominative, served_singular, letters_kept, full_title, foreign_minister_in_full]
"""Applied in order to the phrase's words; the title is then the head with its chain and any kept modifier."""


def title_words(doc: Analysis, p: PostPhrase, base_title: str) -> tuple[list[str], str]:
    """The phrase's words up to the end of the title's chain, normalized by `TITLE_RULES` (places' names as written:
    `place_names_kept`), and the title."""
    out = [t.text.lower() for t in doc.tokens[p.left:p.chain_end]]
    for rule in switched_on(doc, TITLE_RULES):
        out = rule(doc, p, out, base_title)
    modifiers = [w for w in out[: p.a - p.left] if w in KEPT_MODIFIERS]
    states = {k for rule, k, _ in p.fired if rule == "state_adjective_in_title"}  # `глава российского МИД`
    title = join_words(modifiers + [w for k, w in enumerate(out[p.a - p.left:], p.a) if k not in states])
    return place_names_kept(doc, p, out), title


def acting_name(doc: Analysis, p: PostPhrase, words: list[str]) -> list[str]:
    """`исполняющим обязанности министра иностранных дел` -> `исполняющий обязанности министра иностранных дел`: in
    an acting title's name the participle goes to the nominative and the office stays in the genitive it governs
    (the title keeps the office alone, `министр иностранных дел`); after an acting abbreviation, which does not
    decline, the office stays as written (`Врио губернатора` -> `врио губернатора`, `И.о. министра` -> `и.о.
    министра`)."""
    if p.agree is None and (n := abbreviation_at(doc, p.left)) and p.left + n <= p.a:
        written = [t.text.lower() for t in doc.tokens[p.left + n:p.head_end]]
        return ["".join(t.lower for t in doc.tokens[p.left:p.left + n]), *written, *words[p.head_end - p.left:]]
    if p.agree is None or p.agree >= p.a:
        return words
    tokens = doc.tokens[p.left:p.a]
    office = [t.text.lower() for t in doc.tokens[p.a:p.head_end]]
    return nominative_words(tokens, p.agree - p.left) + office + words[p.head_end - p.left:]


def join_words(words: list[str]) -> str:
    """Words as written in a phrase: a comma stands right after the word before it (`министр экономики,
    энергетики и …`)."""
    return " ".join(w for w in words if w).replace(" ,", ",")


def nominative_words(tokens: list[Token], noun: int, words: list[str] | None = None) -> list[str]:
    """Lower-case words with ``tokens[noun]`` and the adjectives before it in the nominative singular."""
    words = list(words) if words is not None else [t.text.lower() for t in tokens]
    case = head_case(tokens[noun]) or _adjective_case(tokens[noun])
    number = next((p.tag.number for p in parses(words[noun]) if p.tag.case == case), None) if case else None
    if case and (case != "nomn" or number == "plur"):  # to the nominative singular: Президенты -> президент
        new = inflect_word(words[noun], case, NOUN, number, singular=True) or inflect_word(
            words[noun], case, ADJ, number, "masc", singular=True)  # a noun declined as an adjective: `поверенным`
        if new:
            words[noun] = _both_parts(new, case, number)
        for k in range(noun):
            adj = inflect_word(words[k], case, ADJ, number, "masc", singular=True)
            if adj:
                words[k] = adj
    return words


def _adjective_case(tok: Token) -> str | None:
    """The case slovnet gives a title's head that declines as an adjective (`уполномоченной`), where the dictionary
    has it in that case."""
    case = SLOVNET_CASE.get(tok.feats.get("Case", ""))
    return case if case and any(p.tag.POS in ADJ and p.tag.case == case for p in parses(tok.lower)) else None


def _both_parts(word: str, case: str, number: str | None) -> str:
    """A title of two nouns joined by a hyphen declines in both (`советника-посланника` -> `советник-посланник`);
    a prefix does not (`вице-премьера` -> `вице-премьер`), nor a part that reads in that case only as no person's
    noun (`премьер-министров` -> `премьер-министр`)."""
    first, sep, last = word.partition("-")
    if not sep or "-" in last or not any(p.tag.case == case and p.tag.animacy == "anim" for p in parses(first)):
        return word  # `премьер-министров`: `премьер` read as the plural genitive of `премьера`, no person
    new = inflect_word(first, case, NOUN, number, singular=True)
    return f"{new}-{last}" if new else word


def lemma_first(tok: Token) -> str:
    """The lemma of the word's likeliest reading."""
    ps = parses(tok.text.lower())
    return ps[0].normal_form if ps else tok.lower


def _keep_abbr(tok: Token, word: str) -> str:
    latin_name = tok.text[:1].isupper() and tok.text.isascii() and tok.text.isalpha()
    if (tok.text.isupper() and len(tok.text) > 1) or latin_name:
        return tok.text
    return _declined_abbr(tok.text) or word


def _declined_abbr(text: str) -> str | None:
    """`МИДа`, `МИДом` -> `МИД`: an abbreviation with a case ending is the abbreviation (not `РУз`, whose
    lower-case letter is its own)."""
    stem = text.rstrip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    if len(stem) < 2 or not stem.isupper() or len(text) - len(stem) > 3:
        return None
    return stem if any(p.normal_form == stem.lower() for p in parses(text.lower())) else None
