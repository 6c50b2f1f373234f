"""Agreements that were signed: соглашение, меморандум, программа сотрудничества, план консультаций, договор.

Documents being prepared or planned (`намерение подписать`, `проект соглашения`, `будет подписано`) are not
agreements.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from ..inflect import SLOVNET_CASE, SLOVNET_GENDER, in_case, nominative_phrase
from ..lexicon import words
from ..models import Agreement
from ..morph import lemmas, parses
from ..scan import within
from ..text import DASHES, Token
from .context import Context
from .cooperation import APPOSITION, between_parties, signers, subject_states
from .meeting import SESSION_NOUNS
from .setting import before_adjectives, period_covered, talks_day, told_as_done

DOCUMENTS = words("agreement.documents")
SIGNED = words("agreement.signed")
SIGNING = words("agreement.signing")
CEREMONIES = words("agreement.ceremonies")
WITNESSED = words("agreement.witnessed")
"""The future forms of `быть`, as written (the tagger calls them present)."""
PLANNED = words("agreement.planned")
GENERIC_DOCUMENTS = words("agreement.generic_documents")
AMOUNTS = words("agreement.amounts")
COUNTS = words("agreement.counts")
JOINERS = words("agreement.joiners")
TOLD_AGAIN = words("agreement.told_again")
OCCASIONS = words("agreement.occasions")
LIST_OPENERS = tuple(sorted(words("agreement.list_openers")))
SESSION_RULES = ("session_participants", "meeting_delegation_heads")
"""The meetings that are a session's (`agreement_session`): those taking part, or the heads of its parts."""


def _signed(ctx: Context, k: int) -> bool:
    """A signing told as done: a verb or participle not in the infinitive or future, or a signing noun told as held
    (`_signing_held`: `состоялась церемония подписания соглашения`, `присутствовали при подписании`)."""
    tok = ctx.doc.tokens[k]
    said = lemmas(tok.text)
    if said & SIGNING and k > 0:
        return _signing_held(ctx, k) is not None
    return bool(said & SIGNED) and told_as_done(ctx.doc.tokens, k)


def _signing_held(ctx: Context, k: int) -> str | None:
    """The rule that tells the signing noun ``k`` (`подписание`) as held: `signing_ceremony` after `церемония`,
    else `signing_witnessed`; None where neither does."""
    if lemmas(ctx.doc.tokens[k - 1].text) & CEREMONIES and ctx.on("signing_ceremony"):
        return "signing_ceremony"
    return "signing_witnessed" if _witnessed(ctx, k) else None


def _witnessed(ctx: Context, k: int) -> bool:
    """`присутствовали при подписании ряда документов`, `состоялось подписание соглашения`: a past verb of presence
    or of taking place, a preposition between at most, before the signing noun ``k`` (rule `signing_witnessed`)."""
    toks = ctx.doc.tokens
    j = k - 2 if k >= 2 and toks[k - 1].pos == "ADP" else k - 1
    return j >= 0 and bool(lemmas(toks[j].text) & WITNESSED) and toks[j].feats.get("Tense") == "Past" and \
        ctx.on("signing_witnessed")


def _document_near(ctx: Context, s: int, k: int) -> int | None:
    """The document a signing word speaks of: the nearest document noun, those before it first
    (`Соглашения о … сотрудничестве между Кыргызстаном и ЕС, подписанного в 2019 году`), not one inside an
    organization's name (`Всемирная продовольственная программа ООН`); a predicate's own noun after it (a finite
    verb's, a short participle's) comes before a noun a comma parts from it (`приняли совместное заявление, а также
    подписали меморандум …`: the memorandum), and a signing noun's after it before any (`подписали заявление и
    присутствовали при подписании меморандума …`: the memorandum)."""
    sent = ctx.doc.sents[s]
    agreeing = _agreeing_title(ctx, s, k)
    if agreeing is not None:
        return _named_in_package(ctx, s, agreeing)
    toks = ctx.doc.tokens
    bodies = ctx.between(sent.start, sent.stop, ("org",))
    order = sorted(range(max(sent.first, k - 14), min(sent.last, k + 7)), key=lambda j: (j > k, abs(j - k)))
    nouns = [j for j in order if j != k and lemmas(toks[j].text) & DOCUMENTS and toks[j].pos in ("NOUN", "PROPN")
             and not any(b.start <= toks[j].start < b.stop for b in bodies)]
    if lemmas(toks[k].text) & SIGNING:
        nouns.sort(key=lambda j: j < k)  # the signing noun's own document after it
    elif toks[k].is_finite_verb or toks[k].feats.get("Variant") == "Short":
        nouns.sort(key=lambda j: j < k and _comma_between(ctx, j, k))  # a noun a comma parts from it is another's
    return _named_in_package(ctx, s, nouns[0]) if nouns else None


def _comma_between(ctx: Context, a: int, b: int) -> bool:
    """Is there a comma between tokens ``a`` and ``b``?"""
    return any(t.text == "," for t in ctx.doc.tokens[a + 1:b])


def _agreeing_title(ctx: Context, s: int, k: int) -> int | None:
    """`agreement_long_title`: `Меморандума о взаимопонимании между Таджикистаном, Туркменистаном, Узбекистаном и
    ЮНЕСКО о сотрудничестве в сохранении объектов культурного наследия, подписанного в 2021 году`: a participle of
    signing after a comma is of the latest document noun before it in its sentence that agrees with it in case (one
    the noun's form may stand in, whatever the tagger chose: `ратифицировал Соглашение между Правительством … и
    Правительством … о …, подписанное …`) and number, however long its title (not `документов об образовании` inside
    `Соглашения … о взаимном признании документов …, подписанного`)."""
    toks = ctx.doc.tokens
    part = toks[k]
    if not ctx.on("agreement_long_title") or part.feats.get("VerbForm") != "Part" or toks[k - 1].text != ",":
        return None
    case = part.feats.get("Case")
    for j in range(k - 2, ctx.doc.sents[s].first - 1, -1):
        tok = toks[j]
        if lemmas(tok.text) & DOCUMENTS and tok.pos in ("NOUN", "PROPN") and \
                tok.feats.get("Number") == part.feats.get("Number") and \
                (tok.feats.get("Case") == case or SLOVNET_CASE.get(case or "") in _cases_of(tok)):  # `Соглашение`: any
            ctx.changed.append(("agreement", "agreement_long_title", tok.start, part.stop))
            return j
    return None


def _named_in_package(ctx: Context, s: int, j: int) -> int:
    """`подписан пакет документов, в том числе Соглашение о … между X и Y`, `ряд документов, в том числе соглашение
    о …`: a document the generic noun at ``j`` goes on to name (rule `document_named_in_package`); so does a plural
    document noun right before a comma and `в том числе`, `включая` (`membership.apposition`: `подписан ряд
    соглашений, в том числе Соглашение о …`); else ``j``."""
    toks = ctx.doc.tokens
    last = ctx.doc.sents[s].last
    if not ctx.on("document_named_in_package") or toks[j].is_cap:
        return j
    if not lemmas(toks[j].text) & GENERIC_DOCUMENTS:
        opens = _apposition_after(ctx, j + 1, last) if toks[j].feats.get("Number") == "Plur" else None
        return next((i for i in range(opens, min(last, opens + 4)) if lemmas(toks[i].text) & DOCUMENTS), j) \
            if opens is not None else j
    return next((i for i in range(j + 1, min(last, j + 8)) if lemmas(toks[i].text) & DOCUMENTS
                 and not lemmas(toks[i].text) & GENERIC_DOCUMENTS), j)


def _apposition_after(ctx: Context, k: int, last: int) -> int | None:
    """Where the words after a comma at token ``k`` and `в том числе`, `включая` (`membership.apposition`) go on,
    if they stand there."""
    toks = ctx.doc.tokens
    if k >= last or toks[k].text != ",":
        return None
    for opener in APPOSITION:
        n = len(opener.split())
        if k + n < last and " ".join(t.lower for t in toks[k + 1:k + n + 1]) == opener:
            return k + n + 1
    return None


_DANGLING = frozenset({"ADJ", "ADV", "ADP", "DET", "NUM"})
_OPENERS = {"»": "«", "”": "“", '"': '"'}  # a closing quote and the one that opens it
_GENDERS = {**SLOVNET_GENDER, "Neut": "neut"}  # the tagger's genders as the dictionary's, the neuter's too
TITLE_WORDS = 20
"""At most this many tokens of a document's name before its parties' `между`."""
PARTIES_WORDS = 20
"""At most this many tokens of the name from `между` on (`между Министерством … и Министерством … на 2026 год`)."""


def _title(ctx: Context, s: int, j: int) -> str:
    """The document's name: its noun phrase up to the end of the clause, through the parties' `между X и Y`
    (rule `title_through_parties`: `Меморандум о взаимопонимании между МИД Сербии и МИД Парагвая о проведении
    регулярных консультаций`, `План консультаций между МИД России и МИД Лаоса на 2026–2028 годы`)."""
    sent = ctx.doc.sents[s]
    toks = ctx.doc.tokens
    start = j
    while start - 1 >= sent.first and _modifier(toks[start - 1], toks[start]) and \
            not lemmas(toks[start - 1].text) & TOLD_AGAIN:
        start -= 1  # not `Соответствующий`: it points back, no part of the name
    rest = _past_setting(ctx, j + 1)  # the name goes on after the signing's place or day
    stop, cap, parties = rest, TITLE_WORDS + rest - j - 1, False
    while stop < sent.last and stop - j < cap and _name_goes_on(ctx, j, stop, sent.last, parties):
        if toks[stop].lower == "между":
            if parties or not ctx.on("title_through_parties"):
                break
            cap, parties = stop - j + PARTIES_WORDS, True  # `между X и Y` and what follows it: one name
        stop += 1
    while stop < sent.last and stop - j < max(cap, 14) and toks[stop - 1].pos in _DANGLING and \
            toks[stop].text not in ",.;:" and toks[stop].pos not in ("VERB", "AUX"):
        stop += 1  # the cap never ends a title on a modifier: `… в области критически важного сырья`
    while stop - 1 > j and (toks[stop - 1].pos in ("CCONJ", "ADV") or toks[stop - 1].text == "," or
                            _unopened_quote(toks[start:stop])):
        stop -= 1  # `подписали Совместное заявление и обсудили …`, `… уже дало`, a list of fields cut at the cap
    if start > sent.first and any(_OPENERS.get(t.text) == toks[start - 1].text for t in toks[j + 1:stop]):
        start -= 1  # `подписали «Дорожную карту» по развитию …`: the quotes the name opens with are its own
    return nominative_phrase(toks[start:j + 1] + toks[max(rest, j + 1):stop])


def _modifier(tok: Token, head: Token) -> bool:
    """Is ``tok`` an adjective before ``head``: the tagger's, or a capitalized word it takes for a name that the
    dictionary reads as an adjective in ``head``'s case, gender and number (`подписали Стамбульскую совместную
    декларацию`)?"""
    if tok.pos == "ADJ":
        return True
    case, gender = SLOVNET_CASE.get(head.feats.get("Case", "")), _GENDERS.get(head.feats.get("Gender", ""))
    number = "plur" if head.feats.get("Number") == "Plur" else "sing"
    return tok.is_cap and tok.pos == "PROPN" and case is not None and any(
        p.tag.POS == "ADJF" and p.tag.case == case and p.tag.number == number and
        (number == "plur" or p.tag.gender == gender) for p in parses(tok.lower))


def _unopened_quote(toks: list[Token]) -> bool:
    """Do ``toks`` end in a closing quote none of them opens: the quotes of a law or decree the document is named in
    (`Закон «О ратификации Соглашения между … о сотрудничестве в области обороны»`)?"""
    opener = _OPENERS.get(toks[-1].text)
    if opener is None:
        return False
    said = [t.text for t in toks]
    return said.count(opener) < said.count(toks[-1].text) if opener != toks[-1].text else said.count(opener) % 2 == 1


def _name_goes_on(ctx: Context, j: int, k: int, last: int, parties: bool) -> bool:
    """Does the name of the document at ``j`` go on at ``k``: no clause's end (but a comma going on with a list of
    fields, or of ``parties`` after `между`, not opening a second document), `который`, amount, occasion, verb (but an
    attributive participle) or `и` opening a second document?"""
    toks = ctx.doc.tokens
    tok = toks[k]
    goes_on = _field_goes_on(toks, k, last) or (parties and _party_goes_on(toks, k, last) and _opens_document(
        toks, k, last, _cases_of(toks[j])) is None)  # `…, Соглашение о …` after the parties: a second document
    if tok.text in ",.;:" and not goes_on:
        return False
    if tok.lower == "который" or _amount_at(toks, k) or _occasion_at(ctx, k):
        return False
    if tok.pos in ("VERB", "AUX") and not _attributive(toks, k, last):
        return False
    return not (tok.lower == "и" and _opens_document(toks, k, last, _cases_of(toks[j])) is not None)


def _attributive(toks: list[Token], k: int, last: int) -> bool:
    """Is ``k`` a full participle before a word in its case, a modifier inside the document's name (`о реализации
    согласованных мер`, `об организованном наборе граждан`), not the verb that tells the signing?"""
    case = toks[k].feats.get("Case")
    return toks[k].feats.get("VerbForm") == "Part" and toks[k].feats.get("Variant") != "Short" and case is not None \
        and k + 1 < last and toks[k + 1].feats.get("Case") == case


def _occasion_at(ctx: Context, k: int) -> bool:
    """Does the occasion of a signing open at ``k`` (`в ходе`, `во время`, `на полях`: rule
    `title_ends_at_occasion`)?"""
    toks = ctx.doc.tokens
    return k + 1 < len(toks) and f"{toks[k].lower} {toks[k + 1].lower}" in OCCASIONS and \
        ctx.on("title_ends_at_occasion")


def _past_setting(ctx: Context, k: int) -> int:
    """The token after the place or day of a signing that opens at ``k``, right after the document's noun: `в` and a
    place's mention, or a date of a day (`Документ в Тегеране подписали …`, `Соглашение 5 декабря подписали …`: the
    document told before; `соглашение в Пекине о строительстве завода`: no part of its name; rule
    `title_ends_at_setting`); else ``k``. Not a year, which may name a document (`Договор 1992 года о …`)."""
    toks = ctx.doc.tokens
    if not ctx.on("title_ends_at_setting") or k >= len(toks):
        return k
    if toks[k].lower in ("в", "во"):
        place = ctx.doc.starting_at("location").get(k + 1)
        return place.b if place is not None else k
    day = ctx.doc.starting_at("date").get(k)
    return day.b if day is not None and len(str(day.data.get("value", ""))) == 10 else k


def _amount_at(toks: list[Token], k: int) -> bool:
    """Does `на (общую) сумму` open at ``k``: the amount a document is for, no part of its name?"""
    return toks[k].lower == "на" and any(lemmas(t.text) & AMOUNTS for t in toks[k + 1:k + 3])


def _field_goes_on(toks: list[Token], k: int, last: int) -> bool:
    """Does the comma at ``k`` go on with a list of fields inside a title (`о сотрудничестве в области торговли,
    инвестиций и образования`): a lower-case noun or adjective after it in the case of the noun before it, no
    document's noun, or an adjective in the case of the adjective before it (`в газовой, транспортной и таможенной
    сферах`)?"""
    if toks[k].text != "," or k + 1 >= last:
        return False
    nxt = toks[k + 1]
    if toks[k - 1].pos == "ADJ":  # `о сотрудничестве в газовой, транспортной и таможенной сферах`
        return nxt.pos == "ADJ" and not nxt.is_cap and nxt.feats.get("Case") == toks[k - 1].feats.get("Case")
    if toks[k - 1].pos != "NOUN":
        return False
    case = SLOVNET_CASE.get(toks[k - 1].feats.get("Case", ""), "")
    return bool(case) and not nxt.is_cap and not lemmas(nxt.text) & (DOCUMENTS | GENERIC_DOCUMENTS) and \
        in_case(nxt, case)


def _party_goes_on(toks: list[Token], k: int, last: int) -> bool:
    """Does the comma at ``k`` go on with a list of parties after `между` (`между Таджикистаном, Туркменистаном,
    Узбекистаном и ЮНЕСКО`): a capitalized word after it in the case of the word before it?"""
    case = toks[k - 1].feats.get("Case")
    return toks[k].text == "," and k + 1 < last and toks[k + 1].is_cap and case is not None and \
        toks[k + 1].feats.get("Case") == case


def _cases_of(tok: Token) -> set[str]:
    """The cases a document noun may stand in: the tagger's and the dictionary's readings of it as a document
    (`Соглашение`, nominative or accusative, whatever the tagger chose)."""
    tagged = SLOVNET_CASE.get(tok.feats.get("Case", ""), "")
    read = {str(p.tag.case) for p in parses(tok.lower) if p.normal_form in DOCUMENTS and p.tag.case}
    return ({tagged} if tagged else set()) | read


def _opens_document(toks: list[Token], k: int, last: int, case: set[str]) -> int | None:
    """The document noun that `и` or a comma at ``k`` opens (`Декларацию … и ряд соглашений`, `и Совместное
    заявление`, `, а также Программа`: `agreement.joiners`): one in a case of ``case`` (the first document's) after
    at most three adjectives, count words (`agreement.counts`) or numbers (`и более 15 межправительственных
    соглашений`); not `Меморандум о реализации соглашения и протокола`, whose `протокола` is the title's."""
    counted = False  # a count governs its noun's case: `и ряд соглашений`
    while k + 1 < last and toks[k + 1].lower in JOINERS:
        k += 1  # `…, а также Программа …`
    for i in range(k + 1, min(last, k + 5)):
        t = toks[i]
        lem = lemmas(t.text)
        if lem & (DOCUMENTS | GENERIC_DOCUMENTS):
            return i if counted or not case or any(in_case(t, c) for c in case) else None
        count = _count(t)
        if not (count or t.pos == "ADJ"):
            return None
        counted = counted or count
    return None


def _count(tok: Token) -> bool:
    """A count word (`agreement.counts`: `ряд`, `более`) or a number (`12`, `двенадцать`) before documents' noun."""
    return bool(lemmas(tok.text) & COUNTS) or tok.pos == "NUM" or tok.text.isdigit()


RULES = ("agreement_between", "agreement_between_in_sentence", "agreement_signers", "agreement_session",
         "agreement_sides_of_talks", "agreement_subject_states", "agreement_told_before")
"""Who signed, in the order tried: `между X и Y` after the document's name, else anywhere in the sentence;
the signers named as subjects; the states taking part in the session the sentence names (`По итогам заседания
министры подписали …`); the sides of the talks the sentence speaks of; with no talks told, the states a sentence
before names as the subjects of a verb (`Казахстан и Узбекистан подписали соглашение … Кроме того, стороны подписали
протокол …`: `agreement_subject_states`); the parties of a document named with
`между X и Y` in the sentence before (`Между Казахстаном и Китаем вступило в силу соглашение … Соглашение было
подписано в сентябре 2023 года`). Where the sides are states and bodies,
the states sign (a secretary general at the table does not sign for their organization)."""
NAMING_RULES = ("document_named_in_package", "signing_ceremony", "signing_witnessed", "agreement_long_title",
                "documents_listed", "title_told_before", "date_told_again", "documents_after_colon",
                "title_ends_at_occasion", "title_ends_at_setting", "documents_told_next", "title_through_parties",
                "date_of_own_predicate", "signers_among_sides", "documents_after_verb")
"""Which document a signing speaks of, and which signings count: `document_named_in_package`, a named one
(`Соглашение о …`) after `пакет документов, в том числе`, not the package; `signing_ceremony`, the signing a ceremony
is of (`церемония подписания соглашения …`), the ceremony told as held where no plan is told; `signing_witnessed`, a
signing told as held by a past verb of presence or of taking place before it (`лидеры присутствовали при подписании
ряда документов`, `состоялось подписание соглашения`); `agreement_long_title`, a participle of signing after a
comma is of the document noun it agrees with, however long its title (`Меморандума о взаимопонимании между …
о сотрудничестве в сохранении объектов культурного наследия, подписанного в 2021 году`); `documents_listed`, the
documents listed after the first in its case, each after a comma or `и` (`подписали Договор о … и Совместное
заявление`): each an agreement of the same parties, but for a `между X и Y` after a later one, which is its own;
`date_told_again`, the date a later sentence gives a document told again with the same parties and title, where
the first telling had none; `title_told_before`, a document told again in one word (`Документ подписали …`) bears
the title of the one whose signing the sentence before tells (`Подписана Дорожная карта по развитию …`), or of the
one it names with `между X и Y`, which that document's noun alone opening the sentence tells again too (`Соглашение было
подписано …`);
`documents_after_colon`, a signing of documents named by the generic noun in a sentence ending in a colon
(`подписаны следующие документы:`) is of the documents its list items name (`– Соглашение между … о …;` / `–
Меморандум о …;`), each an agreement of the parties its own `между X и Y` gives, else of the signing's, and so is a
list on the colon's line whose items semicolons part (`подписаны: Соглашение о …; Меморандум о …`);
`title_ends_at_occasion`, a title ends before the occasion of the signing (`agreement.occasions`: `Документ в ходе
заседания комиссии подписали …` is the document told before, titled `Документ`); `title_ends_at_setting`, a title
leaves out the place or day of the signing right after its noun (`Документ в Тегеране подписали …`);
`documents_told_next`, a signing of documents named by the generic noun is of those the next sentence lists after
an opener (`agreement.list_openers`:
`обменялись подписанными документами. В их числе – Договор …, Соглашение … и Меморандум … между Министерством … и
Министерством …`), each the signing's, or of its own `между X и Y` before the next document; `title_through_parties`,
a title runs on through the parties' `между X и Y` and what follows it in the clause (`Меморандум о взаимопонимании
между МИД Сербии и МИД Парагвая о проведении регулярных консультаций`, `План консультаций между МИД России и МИД Лаоса
на 2026–2028 годы`), as the document is named; `date_of_own_predicate`, a date after the next finite verb of the
signing's sentence is another event's, not the document's (`подписали Меморандум … и договорились о проведении диалога
… в 2027 году`); `signers_among_sides`, a document told again in one word whose signers stand for two or more of the
sides of one told before and no other (a company's head among them: `Документ подписали председатель правления ПАО
«Газпром» A, министр энергетики Казахстана B и …` after `Россия, Казахстан и Узбекистан подписали …`) is that one;
`documents_after_verb`, a signing verb right before the colon that ends its sentence, no document named in it (`По
итогам переговоров подписаны:`), signs the documents its list items open with (`Соглашение о …;` / `Меморандум о
…;`), as `documents_after_colon` has them."""
VETOES = ("agreement_told_in_full", "headline_told_again", "headline_document_retold")
"""Rules that keep an agreement out: `agreement_told_in_full`, one with a one-word title (a headline's
`меморандум`), or a title opening a longer one, is the one of the same sides told with the longer title;
`headline_told_again`, a headline's document of the same sides and kind as the one such document the text tells after
it is that one, in other words (`соглашение о строительстве железной дороги` over `соглашение о строительстве
железнодорожной линии …`); `headline_document_retold`, so is one of another kind where the text tells only one
document of those sides after it (`соглашение в оборонной сфере` over `программу двустороннего сотрудничества в
области обороны`)."""


def _parties(ctx: Context, s: int, after: int, between: bool = True) -> tuple[str, list[str]]:
    """The parties that signed, and the first of `RULES` that names them (not a `между` one unless ``between``)."""
    readers = (lambda: between_parties(ctx, s, after), lambda: between_parties(ctx, s, ctx.doc.sents[s].start),
               lambda: signers(ctx, s), lambda: _session_sides(ctx, s),
               lambda: _states_first(ctx.region_sides_of_talks(s)),
               lambda: subject_states(ctx, s, "agreement_subject_states") if ctx.mentions_sides(s) else [],
               lambda: _told_before(ctx, s))
    for rule, read in zip(RULES, readers, strict=True):
        parties = read() if ctx.on(rule) and (between or not rule.startswith("agreement_between")) else []
        if parties:
            return rule, parties
    return "", []


def _signing_day(ctx: Context, s: int, stop: int) -> str | None:
    """The day of a signing sentence ``s`` gives no date after its document for: a date of its own, else the day of
    the talks it names again (`talks_day`: `По итогам переговоров подписана Дорожная карта …` after talks on the
    days of a stay, not the lead's dateline), else its event's (`when_where`); not a date of another predicate, after
    character ``stop`` (`… и договорились о проведении диалога … в 2027 году`: `date_of_own_predicate`)."""
    dates = [r for r in ctx.in_sentence(s, ("date",)) if r.start >= ctx.dateline_stop and not period_covered(ctx, r)]
    own = any(r.start < stop for r in dates)
    day = (None if own else talks_day(ctx, s)) or ctx.when_where(s)[0]
    return None if any(r.id == day and r.start >= stop for r in dates) and not own else day


def _told_before(ctx: Context, s: int) -> list[str]:
    """The parties `между X и Y` of a document the sentence before names (`Между Казахстаном и Китаем вступило в
    силу соглашение …`), for a signing that names none; for a document told again (`Соответствующий меморандум
    подписали …`, `Документ подписали …`), the sides acting in the sentence before where they take in every side
    the signing names (`Россия и Индонезия договорились о сотрудничестве …`)."""
    if s == 0:
        return []
    prev = ctx.doc.sents[s - 1]
    if any(lemmas(t.text) & DOCUMENTS for t in ctx.doc.tokens[prev.first:prev.last]) and \
            (between := between_parties(ctx, s - 1, prev.start)):
        return between
    if not _document_told_again(ctx, s):
        return []
    sides = signers(ctx, s - 1)
    return sides if len(sides) >= 2 and set(signers(ctx, s)) <= set(sides) else []


def _document_told_again(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` speak of a document told before: a document noun after a word pointing back
    (`agreement.told_again`: `Соответствующий меморандум`, `Данное соглашение`) or `документ` in the singular
    (`Документ подписали …`; not `пакет из 15 документов`)?"""
    toks = ctx.doc.tokens[ctx.doc.sents[s].first:ctx.doc.sents[s].last]
    return any((lemmas(t.text) & GENERIC_DOCUMENTS and t.feats.get("Number") == "Sing") or (
        k and lemmas(t.text) & DOCUMENTS and lemmas(toks[k - 1].text) & TOLD_AGAIN) for k, t in enumerate(toks))


def _session_sides(ctx: Context, s: int) -> list[str]:
    """`По итогам заседания министры подписали …`, `По итогам заседания подписан протокол` after the heads of the
    commission's parts are told: the states of the session's participants."""
    toks = ctx.doc.tokens[ctx.doc.sents[s].first:ctx.doc.sents[s].last]
    if not any(lemmas(t.text) & SESSION_NOUNS for t in toks):
        return []
    session = next((m for _, m in ctx.meetings if m.rule in SESSION_RULES), None)
    return _states_first(ctx.meeting_parties(session)) if session else []


def _states_first(parties: list[str]) -> list[str]:
    """The states among ``parties`` where there are two or more, else all of them."""
    states = [p for p in parties if p.startswith("country-")]
    return states if len(states) >= 2 else parties


def _signed_for(parties: list[str], said: frozenset[str]) -> bool:
    """Do ``parties`` sign for the sides ``said`` told before: the same states, and as many other sides as it had
    (`Документ подписали вице-премьер Казахстана и вице-президент Еврокомиссии` after `Казахстан и Европейский
    союз подписали меморандум`: the Commission signs for the Union)?"""
    states = {p for p in parties if p.startswith("country-")}
    others = set(parties) - states
    return bool(others) and states == {p for p in said if p.startswith("country-")} and \
        len(others) == len(said - states)


def _signers_among_sides(ctx: Context, parties: list[str], said: frozenset[str]) -> bool:
    """`Документ подписали председатель правления ПАО «Газпром» A, министр энергетики Казахстана B и министр энергетики
    Узбекистана C` after `Россия, Казахстан и Узбекистан подписали трехстороннее соглашение …`: signers standing for two
    or more of the sides told before and for no other (a signer's side unread: a company's head) tell that document
    again (rule `signers_among_sides`)."""
    return len(parties) >= 2 and set(parties) < said and ctx.on("signers_among_sides")


def find(ctx: Context) -> list[Agreement]:
    found: list[Agreement] = []
    told: set[tuple[frozenset[str], str | None]] = set()  # (parties, title) of the agreements found
    states = _bodies_of_states(ctx)
    words = ctx.doc.scan.where(SIGNED, SIGNING)  # two sets, each known to the scan by its identity
    for s, sent in enumerate(ctx.doc.sents):
        for k in within(words, sent.first, sent.last):
            if not _signed(ctx, k):
                continue
            j = _document_near(ctx, s, k)
            toks = ctx.doc.tokens
            listed = _items_after_verb(ctx, s, k) if j is None else []
            j = k if listed else j  # `подписаны:` / `Соглашение о …;`: the verb stands for the documents
            window = range(max(sent.first, min(j or k, k) - 3), min(sent.last, max(j or k, k) + 1))
            if j is None or any(lemmas(toks[i].text) & PLANNED for i in window):
                continue
            # `соглашение, подписанное в 2016 году` after `документ … между X и Y`: the same parties
            nouns = (j, *_listed(ctx, s, j))
            readings = _list_parties(ctx, s, nouns)
            named = [(s, noun) for noun in nouns]
            if items := listed or _items_after_colon(ctx, s, j) or _items_told_next(ctx, s, j):
                named = items
                readings = [_item_parties(ctx, item, noun, readings[0], _next_noun(ctx, items, n))
                            for n, (item, noun) in enumerate(items)]
            rule, parties = readings[0]
            if all(len(parties) < 2 for _, parties in readings):
                continue
            if rule == "agreement_sides_of_talks" and not ctx.mentions_sides(s):
                informed = "signed_by_sides" if ctx.signed_by_sides(s) else "sides_by_title"
                ctx.changed.append(("agreement", informed, sent.start, sent.stop))
            if lemmas(toks[k].text) & SIGNING and (held := _signing_held(ctx, k)):
                ctx.changed.append(("agreement", held, sent.start, sent.stop))
            stop = _next_predicate(ctx, s, max(j, k))
            dates = [r for r in ctx.in_sentence(s, ("date",)) if toks[min(j, k)].start < r.start < stop and
                     not period_covered(ctx, r)]
            date = dates[0].id if dates else _signing_day(ctx, s, stop)
            for (at, noun), (rule, parties) in zip(named, readings, strict=True):
                if len(parties) < 2:
                    continue
                agreement = Agreement(parties=parties, date=date, title=_title(ctx, at, noun),
                                      evidence=ctx.evidence(s, at), rule=rule)
                bare = _one_word(agreement)  # `Документ подписали президенты`: the one told before,
                key = (frozenset(parties), agreement.title.lower() if agreement.title else None)  # `программа …`
                if key not in told and not (bare and any(  # told again as `Программа …`; whoever signed for it
                        _sides(states, parties) == _sides(states, said) or _signed_for(parties, said) or
                        _signers_among_sides(ctx, parties, said) for said, _ in told)):
                    told.add(key)
                    if bare and (before := _title_told_before(ctx, s, words)):
                        agreement.title = before
                        ctx.changed.append(("agreement", "title_told_before", sent.start, sent.stop))
                    found.append(agreement)
                elif agreement.date and ctx.on("date_told_again") and (undated := _undated_same(found, agreement)):
                    undated.date = agreement.date  # `Соглашение было подписано 13 марта 2025 года`
                    ctx.changed.append(("agreement", "date_told_again", sent.start, sent.stop))
    return _told_in_full(ctx, found) if ctx.on("agreement_told_in_full") else found


def _next_predicate(ctx: Context, s: int, k: int) -> int:
    """Where the next finite verb after token ``k`` in sentence ``s`` starts, a predicate of its own whose date is
    another event's (`подписали Меморандум … и договорились о проведении диалога … в 2027 году`: rule
    `date_of_own_predicate`), else the sentence's end."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    verb = next((t for t in toks[k + 1:sent.last] if t.is_finite_verb), None) \
        if ctx.on("date_of_own_predicate") else None
    return verb.start if verb is not None else sent.stop


def _items_after_colon(ctx: Context, s: int, j: int) -> list[tuple[int, int]]:
    """`подписаны следующие документы:` / `– Соглашение о …;` / `– Меморандум о …`: for a generic document noun at
    ``j`` in a sentence ending in a colon, each list item after it and the document noun opening it (after a dash
    or a bullet, at most two adjectives; rule `documents_after_colon`); so for a document noun right after a colon in
    a sentence ending in a semicolon, itself first (`подписаны: Соглашение о …; Меморандум о …; Программа …`)."""
    toks = ctx.doc.tokens
    inline = not lemmas(toks[j].text) & GENERIC_DOCUMENTS and _after_colon(ctx, s, j) and \
        ctx.doc.text[ctx.doc.sents[s].start:ctx.doc.sents[s].stop].rstrip().endswith(";")
    if not ctx.on("documents_after_colon") or not (inline or lemmas(toks[j].text) & GENERIC_DOCUMENTS):
        return []
    out: list[tuple[int, int]] = [(s, j)] if inline else []
    out += _documents_of_items(ctx, s)
    if len(out) <= inline:
        return []
    ctx.changed.append(("agreement", "documents_after_colon", toks[j].start, ctx.doc.sents[out[-1][0]].stop))
    return out


def _documents_of_items(ctx: Context, s: int) -> list[tuple[int, int]]:
    """The list items after sentence ``s`` that each open with a document noun (after a dash or a bullet, at most
    two adjectives), up to the first that does not: (item, noun)."""
    toks, out = ctx.doc.tokens, []
    for item in ctx.list_items(s):
        sent = ctx.doc.sents[item]
        first = sent.first + (toks[sent.first].text in DASHES | {"•", "-", "*"})
        noun = next((i for i in range(first, min(sent.last, first + 3)) if lemmas(toks[i].text) & DOCUMENTS), None)
        if noun is None or any(toks[i].pos != "ADJ" for i in range(first, noun)):
            break
        out.append((item, noun))
    return out


def _items_after_verb(ctx: Context, s: int, k: int) -> list[tuple[int, int]]:
    """`По итогам переговоров подписаны:` / `Соглашение о …;` / `Меморандум о …`: a signing verb right before the
    colon that ends its sentence, no document named in it, signs the documents the list items after it open with
    (rule `documents_after_verb`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    if not ctx.on("documents_after_verb") or k + 2 != sent.last or toks[k + 1].text != ":":
        return []
    out = _documents_of_items(ctx, s)
    if out:
        ctx.changed.append(("agreement", "documents_after_verb", toks[k].start, ctx.doc.sents[out[-1][0]].stop))
    return out


def _after_colon(ctx: Context, s: int, j: int) -> bool:
    """Does the document noun at ``j`` open a list right after a colon, its adjectives and a dash between at most?"""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    k = before_adjectives(toks, j, first)
    k = k - 1 if k > first and toks[k].text in DASHES else k
    return k >= first and toks[k].text == ":"


def _item_parties(ctx: Context, item: int, noun: int, signing: tuple[str, list[str]],
                  stop: int | None = None) -> tuple[str, list[str]]:
    """The rule and parties of a listed document: its own `между X и Y` (before character ``stop``, where the next
    document of its sentence opens), else the signing sentence's."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[item]
    if stop is not None and not any(toks[noun].stop <= t.start < stop and t.lower == "между"
                                    for t in toks[sent.first:sent.last]):
        return signing
    own = between_parties(ctx, item, toks[noun].stop)
    return ("agreement_between", own) if len(own) >= 2 else signing


def _next_noun(ctx: Context, items: list[tuple[int, int]], n: int) -> int | None:
    """Where the document after item ``n`` opens, if it is in the same sentence (character offset), else None."""
    if n + 1 < len(items) and items[n + 1][0] == items[n][0]:
        return ctx.doc.tokens[items[n + 1][1]].start
    return None


def _items_told_next(ctx: Context, s: int, j: int) -> list[tuple[int, int]]:
    """`обменялись подписанными документами. В их числе – Договор …, Соглашение … и Меморандум …`: for a generic
    document noun at ``j``, the documents the next sentence lists after an opener (`agreement.list_openers`), each
    with that sentence (rule `documents_told_next`)."""
    toks, sents = ctx.doc.tokens, ctx.doc.sents
    if not ctx.on("documents_told_next") or not lemmas(toks[j].text) & GENERIC_DOCUMENTS or s + 1 >= len(sents) or \
            not ctx.doc.text[sents[s + 1].start:sents[s + 1].stop].lower().startswith(LIST_OPENERS):
        return []
    sent = sents[s + 1]
    first = next((i for i in range(sent.first, min(sent.last, sent.first + 8)) if lemmas(toks[i].text) & DOCUMENTS
                  and not lemmas(toks[i].text) & GENERIC_DOCUMENTS), None)
    if first is None:
        return []
    ctx.changed.append(("agreement", "documents_told_next", toks[j].start, sent.stop))
    return [(s + 1, noun) for noun in (first, *_listed(ctx, s + 1, first))]


def _undated_same(found: list[Agreement], agreement: Agreement) -> Agreement | None:
    """`подписал закон о ратификации Соглашения между X и Y … . Соглашение было подписано 13 марта 2025 года`: the
    agreement of the same parties and title found before with no date, which a later sentence dates (rule
    `date_told_again`); told again in one word, of a title that word opens or any (`документ`): a headline's
    `Казахстан и Китай подписали соглашение о …` dated by the lead's `… подписали соглашение`; a title told again
    with its first letter raised (the lead's `подписали Соглашение о …` under the headline's `соглашение о …`)."""
    said = lemmas(agreement.title or "") if _one_word(agreement) else frozenset()
    title = (agreement.title or "").lower()
    return next((a for a in found if a.date is None and set(a.parties) == set(agreement.parties) and (
        (a.title or "").lower() == title or bool(said & (GENERIC_DOCUMENTS | lemmas((a.title or " ").split()[0]))))),
        None)


def _title_told_before(ctx: Context, s: int, words: list[int]) -> str | None:
    """`Подписана Дорожная карта по развитию … . Документ подписали …`: for a document told again, the title of
    more than one word of the document whose signing the sentence before tells, else of the one it names with its
    parties' `между X и Y` (`Вступило в силу соглашение между Казахстаном и Китаем о … Документ был подписан …`;
    rule `title_told_before`); the latter too for the same noun alone opening the sentence (`… ратифицировал
    соглашение между Кыргызстаном и Китаем о … Соглашение было подписано …`)."""
    if s == 0 or not ctx.on("title_told_before"):
        return None
    again = _document_told_again(ctx, s)
    prev = ctx.doc.sents[s - 1]
    for k in within(words, prev.first, prev.last):
        if again and _signed(ctx, k) and (j := _document_near(ctx, s - 1, k)) is not None and \
                len(title := _title(ctx, s - 1, j).split()) > 1:
            return " ".join(title)
    toks = ctx.doc.tokens
    named = next((j for j in range(prev.first, prev.last - 1) if lemmas(toks[j].text) & DOCUMENTS and
                  toks[j + 1].lower == "между"), None)
    if named is None or not (again or _opens_with_noun(ctx, s, lemmas(toks[named].text))):
        return None
    return _title(ctx, s - 1, named) if between_parties(ctx, s - 1, prev.start) else None


def _opens_with_noun(ctx: Context, s: int, said: frozenset[str]) -> bool:
    """Does sentence ``s`` open with a noun of lemma ``said`` in the singular (`Соглашение было подписано …`)?"""
    first = ctx.doc.tokens[ctx.doc.sents[s].first]
    return bool(lemmas(first.text) & said) and first.feats.get("Number") != "Plur"


def _list_parties(ctx: Context, s: int, nouns: tuple[int, ...]) -> list[tuple[str, list[str]]]:
    """The rule and parties of each document of a list signed in sentence ``s``: a `между X и Y` after a later
    document is that one's and those after it's (`подписаны Соглашение о … и Меморандум … между Министерством …
    и Министерством …`: the agreement is the sides' of the talks); a document without one has the parties of the
    one before it."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    starts = [toks[n].start for n in nouns] + [sent.stop]
    betweens = [t.start for t in toks[sent.first:sent.last] if t.lower == "между"]
    own = [any(a <= b < z for b in betweens) for a, z in pairwise(starts)]
    first = _parties(ctx, s, toks[nouns[0]].stop)
    if len(nouns) > 1 and betweens and betweens[0] > starts[1]:  # a list: `documents_listed` is on
        alone = _parties(ctx, s, toks[nouns[0]].stop, between=False)
        first = alone if alone[1] else first
    readings = [first]
    for n, noun in enumerate(nouns[1:], 1):
        parties = between_parties(ctx, s, toks[noun].stop) if own[n] else []
        readings.append(("agreement_between", parties) if len(parties) >= 2 else readings[-1])
    if readings[1:] and readings[1] != readings[0]:
        ctx.changed.append(("agreement", "documents_listed", toks[nouns[0]].start, toks[nouns[-1]].stop))
    return readings


def _listed(ctx: Context, s: int, j: int) -> list[int]:
    """`подписали Договор о союзнических отношениях и Совместное заявление`, `Программу …, Соглашение … и Меморандум
    …`: the documents listed after the one at ``j``, each opened by a comma or `и` in its case (`_opens_document`),
    up to the next verb (rule `documents_listed`); not a count (`и ряд соглашений`)."""
    toks = ctx.doc.tokens
    if not ctx.on("documents_listed"):
        return []
    case, last, out = _cases_of(toks[j]), ctx.doc.sents[s].last, []
    for k in range(j + 1, last):
        if toks[k].pos in ("VERB", "AUX") or toks[k].text == ";":
            break
        i = _opens_document(toks, k, last, case) if toks[k].text in (",", "и") else None
        if i is not None and not lemmas(toks[i].text) & GENERIC_DOCUMENTS and not any(
                _count(t) for t in toks[k + 1:i]):  # `и ряд соглашений`, `и 12 соглашений` name none
            out.append(i)
    if out:
        ctx.changed.append(("agreement", "documents_listed", toks[j].start, toks[out[-1]].stop))
    return out


def _sides(states: dict[str, str], parties: Iterable[str]) -> frozenset[str]:
    """The sides ``parties`` stand for: a state's body (`Министерство инвестиций … Узбекистан`) is its state's
    (``states``: body id -> its state's id, `_bodies_of_states`)."""
    return frozenset(states.get(p, p) for p in parties)


def _bodies_of_states(ctx: Context) -> dict[str, str]:
    """Each body of one state (not an international one) and that state's id, read once per document."""
    return {o.id: f"country-{o.country}" for o in ctx.out.organizations if o.country and o.kind != "international"}


def _one_word(agreement: Agreement) -> bool:
    """Is the agreement's title one word (`Документ`, a headline's `меморандум`)?"""
    return len((agreement.title or "").split()) == 1


def _opens_longer(agreement: Agreement, found: list[Agreement], states: dict[str, str]) -> bool:
    """Does the title of ``agreement`` shorten a longer title of the same sides (a state's bodies stand for it,
    ``states``: `Казахстан и Оман подписали соглашение о взаимной защите инвестиций` over the lead's `Соглашение
    между Правительством Республики Казахстан и Правительством Султаната Оман о …`): open it (a headline's `программу
    экономического сотрудничества` before the lead's `Программу экономического сотрудничества на 2027–2030 годы`), or
    leave words out of it, its first the same (`соглашение о демаркации участков границы` for `соглашение о
    демаркации отдельных участков кыргызско-узбекской государственной границы`)? Its parties' `между …` may name
    them in other words (`программу сотрудничества между МИД двух стран` for `Программу сотрудничества между
    внешнеполитическими ведомствами на 2027–2028 годы`)."""
    full = (agreement.title or "").lower().split()
    words = full[:full.index("между")] if "между" in full else full  # the parties told in other words
    sides = _sides(states, agreement.parties)
    return len(words) > 1 and any(
        _sides(states, other.parties) == sides and len(longer := (other.title or "").lower().split()) >
        len(full) and (longer[:len(words)] == words or _words_within(words, longer)) for other in found)


def _words_within(words: list[str], longer: list[str]) -> bool:
    """Are ``words``, each by a lemma, all in ``longer`` in their order, the first words the same?"""
    if words[0] != longer[0]:
        return False
    k = 0
    for word in words:
        said = lemmas(word)
        while k < len(longer) and not lemmas(longer[k]) & said:
            k += 1
        if k == len(longer):
            return False
        k += 1
    return True


def _told_in_full(ctx: Context, found: list[Agreement]) -> list[Agreement]:
    """`Глава МИД Казахстана и госсекретарь США подписали меморандум` over the lead that names it in full: an
    agreement with a one-word title, or a title opening a longer one, is the one of the same sides told with the
    longer title (not `соглашений, подписанных в январе` beside a `программу сотрудничества` signed now)."""
    full = {(frozenset(a.parties), head) for a in found if not _one_word(a)
            for head in lemmas((a.title or "").split()[0])}
    states = _bodies_of_states(ctx)
    kept = [a for a in found if not (_one_word(a) and any(
        (frozenset(a.parties), head) in full for head in lemmas(a.title or ""))) and
            not _opens_longer(a, found, states)]
    for a in found:
        if a not in kept and a.evidence is not None:
            ctx.changed.append(("agreement", "agreement_told_in_full", a.evidence.start, a.evidence.stop))
    if not ctx.on("headline_told_again"):
        return kept
    again = [a for a in kept if _headline_told_again(ctx, a, kept, states)]
    for a in again:
        assert a.evidence is not None  # a headline's agreement has its sentence
        ctx.changed.append(("agreement", "headline_told_again", a.evidence.start, a.evidence.stop))
    return [a for a in kept if a not in again]


def _headline_told_again(ctx: Context, a: Agreement, found: list[Agreement], states: dict[str, str]) -> bool:
    """`Узбекистан и Туркменистан подписали соглашение о строительстве железной дороги` as the headline over the
    lead's `соглашение о строительстве железнодорожной линии …`: a headline's document of the same sides and kind
    (its document noun's lemma, adjectives before it aside: `межправительственное соглашение`) as the one such
    document told after the headline is that one, in other words (rule `headline_told_again`); a generic document
    noun (`подписали документы о сотрудничестве`, `пакет документов`) is the documents of the same sides the text
    names after it, however many."""
    def sent(x: Agreement) -> int | None:
        rng = ctx.doc.token_range(x.evidence.start, x.evidence.stop) if x.evidence else None
        return ctx.doc.tokens[rng[0]].sent if rng else None

    told = sent(a)
    if told is None or not ctx.in_headline(told) or not a.title:
        return False
    kind, sides = _kind(a.title), _sides(states, a.parties)
    generic = bool(kind & GENERIC_DOCUMENTS)
    after = [o for o in found if o is not a and o.title and _sides(states, o.parties) == sides and
             (s := sent(o)) is not None and not ctx.in_headline(s)]
    same = [o for o in after if generic or _kind(o.title or "") & kind]
    # `Армения и Франция подписали соглашение в оборонной сфере` over the lead's only document of those sides,
    # `программу двустороннего сотрудничества в области обороны`: the headline's, named otherwise
    return len(same) == 1 or (generic and len(same) > 1) or (len(after) == 1 and ctx.on("headline_document_retold"))


def _kind(title: str) -> frozenset[str]:
    """The lemmas of a title's document noun: its first word read first as a noun (`межправительственное соглашение
    о …` → `соглашение`), else its first word."""
    words = title.split()
    return next((lemmas(w) for w in words if (ps := parses(w.lower())) and ps[0].tag.POS == "NOUN"),
                lemmas(words[0]))
