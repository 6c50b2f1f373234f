"""Cooperation between states, regions or organizations, and the sectors it covers.

Parties come from compound adjectives (`казахско-таджикское сотрудничество`), from `между X и Y`
after a word of cooperation, from `сотрудничества X с Y`, from `связей с Y` (Y and the clause's subject),
from `двух стран` (the two states the context names), from `X является партнером Y`, and from the sides
of the talks (`стороны обсудили … в … сферах`): of any talks where the text has none of the others, else of
two-sided talks where no cooperation told is in scope (`cooperation_bilateral_talks`). Sectors go
to the cooperation told in their sentence, else to the one told last before it while the text stays
with the same parties; sectors told before any party go to the document's only cooperation. Parties
with no sector at all (`обсудили двустороннее сотрудничество`) give a cooperation with no sectors, as the
contract asks.
"""

from __future__ import annotations

from itertools import pairwise

from ..inflect import SLOVNET_CASE, in_case
from ..lexicon import words
from ..mentions.organizations import STATE_BODY_KINDS, heads_of_names
from ..models import Cooperation, Meeting
from ..morph import lemmas, name_head
from ..posts.heads import said_plural
from ..posts.phrase import CLOSING_QUOTES, OPENING_QUOTES, QUOTES
from ..scan import within
from ..text import DASHES, Token
from .context import SIGNED, Context, Ref
from .meeting import JOINT, SUBCLAUSE, joined_pair
from .meeting import PLANNED as MEETINGS_PLANNED
from .setting import before_adjectives, told_as_done

COOPERATION = words("cooperation.cooperation")
DOCUMENTS = words("agreement.documents")
DOCUMENT_SIGNERS = "cooperation_document_signers"
PLANNED_DOCUMENTS = words("agreement.planned") | MEETINGS_PLANNED
NOT_COOPERATION = words("cooperation.not_cooperation")
MENDING = words("cooperation.mending")
GENERIC = words("cooperation.generic")
PAIR_NUMERALS = words("cooperation.pair_numerals")
ROUTE_NOUNS = words("cooperation.route_nouns")
EXCHANGE_NOUNS = words("cooperation.exchange_nouns")
BILATERAL = words("cooperation.bilateral")
PARTNER = words("cooperation.partner")
COPULAS = words("cooperation.copulas")
PERSONAL = words("cooperation.personal")
OWNERS = words("cooperation.owners")
"""`его`, `ее`: a possessive before a cooperation word with `с` after it names whose cooperation it is
(`possessive_partner`)."""
PERSONS_AS_SIDES = words("cooperation.persons_as_sides")
PARTY_KINDS = ("country", "location", "org", "person")
APPOSITION = words("membership.apposition")
PLACE_TYPES = words("locations.type_words") | words("cooperation.unit_nouns")


def _joining(gap: str, joins: tuple[str, ...] = ("и", ",", ", и")) -> str | None:
    """The conjunction of ``gap`` between two parties (`и`, a comma), which may end in a place's type noun
    outside its name (`Гродненской областью и городом Крагуевац`, `области и провинции Кёнсан-Пукто`, `с землей
    Гессен`: `cooperation.unit_nouns`), and the quotes of a name may close and open it (`«Самрук-Казына» и Abu Dhabi
    …`, `«Газпром» и «Узбекнефтегаз»`); else None."""
    words_ = gap.strip().strip(QUOTES).strip().lower().split()
    if len(words_) > 1 and lemmas(words_[-1]) & PLACE_TYPES:
        words_ = words_[:-1]
    joined = " ".join(words_).replace(" ,", ",")
    return joined if joined in joins else None


def between_parties(ctx: Context, s: int, after: int) -> list[str]:
    """Parties of the first `между X и Y` after character ``after`` in sentence ``s``."""
    sent = ctx.doc.sents[s]
    toks = ctx.doc.tokens
    k = next((i for i in range(sent.first, sent.last) if toks[i].start >= after and toks[i].lower == "между"), None)
    if k is None:
        return []
    if (k + 1 < sent.last and lemmas(toks[k + 1].text) & GENERIC) or (
            k + 2 < sent.last and lemmas(toks[k + 2].text) & GENERIC and toks[k + 1].pos in ("NUM", "ADJ", "DET")):
        sides = [p for p in ctx.sides_of_talks(s) if p.startswith("country-")]  # `стороны … между своими странами`
        if len(sides) >= 2:
            return sides
        several = toks[k + 1].pos == "NUM" and not lemmas(toks[k + 1].text) & PAIR_NUMERALS  # `между тремя странами`
        return (ctx.states_listed(s) if several else []) or ctx.salient_pair(s)
    parties: list[str] = []
    end = toks[k].stop
    for ref in ctx.between(toks[k].stop, sent.stop, PARTY_KINDS):
        gap = ctx.doc.text[end:ref.start]
        if any(ch in gap for ch in ".;:()") or len(gap.split()) > 3 or _verb_between(ctx, end, ref.start):
            break  # `между Узбекистаном и Кореей и обсудили сотрудничество областей …`: a new clause
        party = ctx.party_of(ref)
        if party and party not in parties:
            parties.append(party)
        end = ref.stop
    if len(parties) < 2:  # между министерствами иностранных дел двух стран
        return ctx.both_states(s)
    return parties


def _between_near(ctx: Context, k: int, last: int) -> bool:
    """Is the first `между` after token ``k`` (before ``last``) at most four tokens after it, or after it and an
    aside between commas only (`сотрудничества, в частности, между провинцией …`: `membership.apposition`)?"""
    toks = ctx.doc.tokens
    j = next((i for i in range(k, last) if toks[i].lower == "между"), k)
    return k + 4 >= j or ctx.doc.text[toks[k].stop:toks[j].start].strip(" ,").lower() in APPOSITION


def _conjunct_before_between(ctx: Context, k: int, last: int) -> bool:
    """Does the phrase of cooperation word ``k`` end before the `между` after it, which then belongs to the next
    conjunct (`азербайджано-французских отношений и мирного процесса между Азербайджаном и Арменией`: the peace
    process's sides; rule `between_of_conjunct`)?"""
    toks = ctx.doc.tokens
    j = next((i for i in range(k, last) if toks[i].lower == "между"), last)
    return _phrase_end(ctx, toks[k], last) < j and ctx.on("between_of_conjunct")


def _verb_between(ctx: Context, start: int, stop: int) -> bool:
    """Is there a verb between characters ``start`` and ``stop``?"""
    rng = ctx.doc.token_range(start, stop)
    return rng is not None and any(t.pos == "VERB" for t in ctx.doc.tokens[rng[0]:rng[1]])


def signers(ctx: Context, s: int) -> list[str]:
    """The sides acting in sentence ``s``: the regions of persons who each head a region their title names (`Аким
    Алматы A и мэр Бишкека B подписали …`: rule `regions_of_heads`), else persons' states or bodies, else the states
    it names outside a body's name, else states and bodies joined by `и` (`Центральный банк Республики Узбекистан и
    Национальный банк Республики Казахстан подписали …`: the banks). Persons before whom others sign are no sides
    where those others are two (`witness_not_signer`: `Алиев и Пашинян в присутствии … Трампа подписали …`; not `в
    присутствии Токаева и Президента Вьетнама … подписаны …`, their states')."""
    if regions := ctx.heads_regions(list(dict.fromkeys(r.id for r in ctx.in_sentence(s, ("person",))))):
        return regions
    persons = ctx.in_sentence(s, ("person",))
    acting = [r for r in persons if not ctx.witness(s, r)]
    for refs in (acting, persons):  # the witnesses' states where no two others sign
        parties = list(dict.fromkeys(p for p in (_signer_party(ctx, r) for r in refs) if p))
        if len(parties) >= 2:
            return parties
    bodies = ctx.in_sentence(s, ("org",))  # `Счетная палата Российской Федерации`: the body, not its state
    route = _route_states(ctx, s)
    states = [r.id for r in ctx.in_sentence(s, ("country",)) if not r.adjective and not any(
        o.start <= r.start and r.stop <= o.stop for o in bodies) and r.start not in route]
    if len(set(states)) >= 2:
        return list(dict.fromkeys(states))
    sent = ctx.doc.sents[s]
    sides = _coordinated(ctx, sent.start, sent.stop)  # `Казахстан и Европейский союз подписали …`
    return sides if any(side.startswith("org-") for side in sides) else []


def _signer_party(ctx: Context, ref: Ref) -> str | None:
    """The side a signer stands for: their state or body, else the region their title names where they head it and
    no word names its state (rule `region_of_unnamed_state`: `Аким Алматинской области A и министр экономики
    Кыргызстана B подписали …`: the region and Kyrgyzstan)."""
    party = ctx.party_of(ref)
    if party is None and ref.kind == "person" and ctx.on("region_of_unnamed_state"):
        return ctx.region_of.get(ref.id)
    return party


def _route_states(ctx: Context, s: int) -> set[int]:
    """`соглашение о строительстве железной дороги Китай – Кыргызстан – Узбекистан`: the starts of the states of
    sentence ``s`` joined to another state or place by a dash, a route's stops, no sides (rule
    `route_states_not_sides`)."""
    if not ctx.on("route_states_not_sides"):
        return set()
    places = ctx.in_sentence(s, ("country", "location"))
    text, out = ctx.doc.text, set()
    for a, b in pairwise(places):
        if text[a.stop:b.start].strip() in DASHES and "country" in (a.kind, b.kind):
            out |= {a.start, b.start}
    return out


def _compounds(ctx: Context, s: int) -> list[tuple[int, list[str], str]]:
    """`казахско-таджикское сотрудничество`: the states of one compound adjective of sentence ``s`` (not before
    `встреча`, `переговоры`, nor of ties being mended: `нормализации азербайджано-армянских отношений`)."""
    toks = ctx.doc.tokens
    compounds: dict[tuple[int, int], list[str]] = {}  # the parts of one compound word share its token
    for ref in ctx.in_sentence(s, ("country",)):
        rng = ctx.doc.token_range(ref.start, ref.stop) if ref.adjective else None
        if rng:
            compounds.setdefault(rng, []).append(ref.id)
    return [(toks[a].start, codes, "cooperation_compound") for (a, b), codes in compounds.items()
            if len(codes) >= 2 and not _qualifies_no_cooperation(ctx, b) and not compound_in_name(ctx, s, a)
            and not (b < len(toks) and _being_mended(ctx, b))]


def _qualifies_no_cooperation(ctx: Context, b: int) -> bool:
    """The compound ending before token ``b`` qualifies a noun that is no cooperation (`встреча`, `граница`), an
    adjective or two between (`казахстанско-кыргызской государственной границы`), or a noun such a noun governs
    right after it (`на таджикско-афганском участке границы`)."""
    toks = ctx.doc.tokens
    k = b
    while k < min(len(toks), b + 2) and toks[k].pos == "ADJ":
        k += 1
    governed = k + 1 < len(toks) and toks[k + 1].feats.get("Case") == "Gen" and \
        bool(lemmas(toks[k + 1].text) & NOT_COOPERATION)
    return k < len(toks) and (bool(lemmas(toks[k].text) & NOT_COOPERATION) or governed)


def _states_qualified(after: Token) -> bool:
    """Does the word after `стран`, `государств` say which (`стран Центральной Азии`, `государств региона`,
    `государств – участников СНГ`), so that they are not the two the text speaks of?"""
    return after.text in DASHES or after.is_cap or (after.pos == "NOUN" and after.feats.get("Case") == "Gen")


def _being_mended(ctx: Context, k: int) -> bool:
    """`нормализации отношений между Азербайджаном и Арменией`, `урегулирования отношений`, `прекратили
    сотрудничество`: ties a word of mending, worsening or ending governs, an adjective between at most, are no
    cooperation (veto `relations_being_mended`)."""
    toks = ctx.doc.tokens
    j = k - 1
    if j > 0 and toks[j].pos == "ADJ":
        j -= 1
    return j >= 0 and bool(lemmas(toks[j].text) & MENDING) and ctx.on("relations_being_mended")


OPENING_MARKS = frozenset({"«", '"', "“", "(", ":", "–", "—"})
"""After these a word may be capitalized with no name: a quote, a bracket, a list item opening."""


def compound_in_name(ctx: Context, s: int, a: int) -> bool:
    """`Российско-Таджикский (Славянский) университет`, `Китайско-Белорусского индустриального парка`: a compound
    capitalized inside its sentence and line opens a name, and tells no cooperation of its states."""
    tok = ctx.doc.tokens[a]
    return ctx.on("compound_in_name") and tok.is_cap and a != ctx.doc.sents[s].first and not ctx.doc.opens_line(a) \
        and ctx.doc.tokens[a - 1].text not in OPENING_MARKS


def _explicit_anchors(ctx: Context, s: int, fields: list[Ref], words: list[int],
                      partners: list[int]) -> list[tuple[int, list[str], str]]:
    """(character offset, parties, rule) of the places of sentence ``s`` that name cooperating parties; ``fields``:
    its sector mentions that are fields of cooperation (`_fields`); ``words``: the document's tokens that may be
    cooperation words (`LemmaScan.where`); ``partners``: its tokens with a lemma `партнер`."""
    out = _compounds(ctx, s) if ctx.on("cooperation_compound") else []
    toks = ctx.doc.tokens
    sent = ctx.doc.sents[s]
    sector_starts = {r.start for r in fields}
    for k in sorted({*within(words, sent.first, sent.last), *_tokens_at(ctx, sent.first, sector_starts)}):
        word = bool(lemmas(toks[k].text) & COOPERATION)
        if word and (_being_mended(ctx, k) or _in_body_name(ctx, s, toks[k])):
            continue  # `заседания Совета сотрудничества Казахстан – ЕС`: a body's name tells no cooperation
        if (word or toks[k].start in sector_starts) and _document_to_come(ctx, s, k):
            continue  # `намерение подписать документ о сотрудничестве между X и Y`: an agreement still to come
        bilateral = not word and bool(BILATERAL & lemmas(toks[k].text)) and not _qualifies_no_cooperation(ctx, k + 1)
        if (word or bilateral) and (pair := _clause_partner(ctx, s, k)) and ctx.on("cooperation_clause_partner"):
            out.append((toks[k].start, pair, "cooperation_clause_partner"))
            continue
        if word or toks[k].start in sector_starts:  # товарооборот между X и Y
            parties = between_parties(ctx, s, toks[k].stop)
            groups, of_with = _of_with(ctx, s, k) if word or _exchange(toks[k]) else ([], "cooperation_of_with")
            near = parties and _between_near(ctx, k, sent.last)
            if near and not (word and _conjunct_before_between(ctx, k, sent.last)):
                if not word and (route_between_regions(ctx, parties) or _route_noun_between(ctx, k, sent.last)):
                    continue
                if ctx.on("cooperation_between"):
                    out.append((toks[k].start, parties, "cooperation_between"))
            elif groups and ctx.on("cooperation_of_with"):
                out += [(toks[k].start, group, of_with) for group in groups]
            elif word and (actor := _with_actor(ctx, s, k))[0] and ctx.on(actor[1]):
                out += [(toks[k].start, pair, actor[1]) for pair in actor[0]]
            elif word and (pair := _together_with(ctx, s, k)):
                out.append((toks[k].start, pair, "cooperation_together_with"))
            elif k + 2 < sent.last and lemmas(toks[k + 1].text) & ({"два", "двух"} | GENERIC):
                pair = ctx.salient_pair(s) if lemmas(toks[k + 2].text) & GENERIC or (
                    lemmas(toks[k + 1].text) & GENERIC and not _states_qualified(toks[k + 2])) else []
                if pair and ctx.on("cooperation_two_states"):
                    out.append((toks[k].start, pair, "cooperation_two_states"))  # сотрудничество двух стран
        elif bilateral:  # двусторонние встречи
            pair = _bilateral_pair(ctx, s)  # the talks' sides: with `В ходе бесед`, those of each meeting
            referred, chose = ctx.sides_of_each_meeting(s)
            each = [p for p in referred if len(p) == 2]
            pairs = _each_meeting(ctx, s, each, chose) if pair in each else [pair]
            if ctx.on("cooperation_bilateral"):
                out += [(toks[k].start, sides, "cooperation_bilateral") for sides in pairs if sides]
    out += _partners(ctx, s, partners) + _joint_work(ctx, s) + _parallel_partners(ctx, s, sector_starts)
    coop = next((toks[k] for k in within(words, sent.first, sent.last) if lemmas(toks[k].text) & COOPERATION
                 and not _being_mended(ctx, k) and not _in_body_name(ctx, s, toks[k])), None)
    if not [a for a in out if a[2] != "cooperation_clause_partner"] and coop is not None and \
            ctx.on("cooperation_subjects"):
        # Лидеры двух стран обсудили взаимодействие …; Казахстан и Турция развивают связи …
        pair = ctx.both_states(s) or _coordinated(ctx, sent.start, coop.start) or _joint_subject_sides(ctx, s, coop.i)
        if pair:
            out.append((sent.start, pair, "cooperation_subjects"))
    if not out and coop is None and fields and (pair := _agreed_on_field(ctx, s)):
        out.append((sent.start, pair, "cooperation_agreed_on_field"))
    return sorted(out)


AGREEING = words("cooperation.agreeing")


def _agreed_on_field(ctx: Context, s: int) -> list[str]:
    """`Азербайджан и Туркменистан договорились об увеличении транзита грузов`: the states, or two officials' states,
    joined as the subject of the sentence's first finite verb, a verb of agreeing told as done and not negated
    (`cooperation.agreeing`), where the sentence names a field and no word of cooperation (rule
    `cooperation_agreed_on_field`); else []."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    verb = next((k for k in range(sent.first, sent.last) if toks[k].is_finite_verb), None)
    if verb is None or not ctx.on("cooperation_agreed_on_field") or not lemmas(toks[verb].text) & AGREEING or \
            not told_as_done(toks, verb) or toks[verb - 1].lower == "не":
        return []
    states = _coordinated(ctx, sent.start, toks[verb].start)
    return states if len(states) >= 2 and all(p.startswith("country-") for p in states) else \
        _joint_subject_sides(ctx, s, verb + 1)


def _bilateral_pair(ctx: Context, s: int) -> list[str]:
    """`Стороны обсудили вопросы двустороннего сотрудничества`: the two states of the talks `стороны` stand for
    where the sentence names no two states itself but topics (`двусторонние отношения …, а также ситуация в Сирии и
    Ливане`: `Context.is_topic`; not the last two states named before: after a credentials list, two senders); else
    the pair the text speaks of around the sentence."""
    own = {p for r in ctx.in_sentence(s, ("country", "person"))
           if (p := ctx.party_of(r)) and p.startswith("country-") and not ctx.is_topic(r)}
    sides = [p for p in ctx.sides_of_talks(s) if p.startswith("country-")]
    return sides if len(own) < 2 and len(sides) == 2 else ctx.salient_pair(s)


CLAUSE_GAP = {"ADV", "VERB", "AUX"}
"""What may stand between a clause's `с X` and its word of cooperation (`последовательно развивается`)."""


def _clause_partner(ctx: Context, s: int, k: int) -> list[str]:
    """`…, а с Индонезией последовательно развивается взаимодействие в … сферах`, `С индийским коллегой обсуждались
    …, с пакистанским – взаимодействие двух стран в энергетике`: a clause opening with `с X` before its word of
    cooperation ``k`` tells the cooperation of X and the side the sentence keeps (`cooperation_clause_partner`)."""
    partner = _opening_with(ctx, s, k) or _sentence_opening_with(ctx, s, k)
    if partner is None:
        return []
    at, x = partner
    kept = _kept_side(ctx, s, at, x)
    return [kept, x] if kept else []


def _opening_with(ctx: Context, s: int, k: int) -> tuple[int, str] | None:
    """(token, party) of the `с X` that opens the clause of token ``k``, with at most an adverb, a verb or a dash
    (an elided verb) and a counterpart noun (`с пакистанским коллегой`) between X and ``k``."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    j = k - 1
    while j > sent.first and k - j <= 3 and (toks[j].pos in CLAUSE_GAP or toks[j].text in "–—"):
        j -= 1
    if j > sent.first and toks[j].pos == "NOUN" and toks[j].feats.get("Case") == "Ins":
        j -= 1  # the counterpart: `с пакистанским коллегой`
    ending = [r for r in ctx.between(sent.start, toks[j].stop, ("country", "org")) if r.stop == toks[j].stop]
    ref = ending[-1] if ending else None
    rng = ctx.doc.token_range(ref.start, ref.stop) if ref else None
    if ref is None or rng is None or rng[0] - 1 < sent.first or toks[rng[0] - 1].lower not in ("с", "со"):
        return None
    w = rng[0] - 1
    before = w - 1 if w - 1 >= sent.first and toks[w - 1].lower in ("а", "но") else w
    if before > sent.first and toks[before - 1].text not in (",", ";"):
        return None
    party = ctx.party_of(ref)
    return (before, party) if party else None


def _sentence_opening_with(ctx: Context, s: int, k: int) -> tuple[int, str] | None:
    """(token, party) of a `с X` that opens the sentence, X the only party named before token ``k``, with a verb
    between (`С индонезийским коллегой обсуждались вопросы двустороннего сотрудничества`: the clause is all X's)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    first = sent.first
    if toks[first].lower not in ("с", "со") or (x := _party_after_with(ctx, s, first)) is None:
        return None
    named = {ctx.party_of(r) for r in ctx.between(sent.start, toks[k].start, ("country", "org", "person"))}
    if named - {x, None} or not any(t.pos == "VERB" for t in toks[first + 1:k]):
        return None
    return first, x


def _parallel_partners(ctx: Context, s: int, sector_starts: set[int]) -> list[tuple[int, list[str], str]]:
    """`С немецким дипломатом обсуждались вопросы энергетического партнерства, с французским – сотрудничество в
    сфере образования, с итальянским – …`: where two or more clauses of a sentence open `с X`, each that names a
    field is the cooperation of X and the side the sentence keeps against the first (`_kept_side`), anchored at its
    `с`, so the fields after it are its (`cooperation_clause_partner`)."""
    if not ctx.on("cooperation_clause_partner"):
        return []
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    opens = [(j, x) for j in range(sent.first, sent.last) if toks[j].lower in ("с", "со")
             and (x := _party_after_with(ctx, s, j))]
    kept = _kept_side(ctx, s, *opens[0]) if len(opens) >= 2 else None
    if kept is None:
        return []
    out: list[tuple[int, list[str], str]] = []
    for n, (j, x) in enumerate(opens):
        stop = toks[opens[n + 1][0]].start if n + 1 < len(opens) else sent.stop
        if x != kept and any(toks[j].start < start < stop for start in sector_starts):
            out.append((toks[j].start, [kept, x], "cooperation_clause_partner"))
    return out


def _kept_side(ctx: Context, s: int, at: int, partner: str) -> str | None:
    """The side the clause's partner is set against: of the sides named in the sentence before token ``at`` (not a
    body named as the frame, `в БРИКС`), the one left when the partner of an earlier clause opening `с Y` (`С
    индийским коллегой …`) is taken out; with none named, the other side of the partner's last meeting
    (`_met_side`); else the side of the person told last before, if the sentence names no other or names it
    (`Путин … Россию и Вьетнам связывают …, а с Индонезией …`); with no such person, the side named first."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    named = [p for r in ctx.between(sent.start, toks[at].start, ("country", "org"))
             if (p := ctx.party_of(r)) and not _framed(ctx, r)]  # `взаимодействия в БРИКС`: where, not who
    sides = list(dict.fromkeys(p for p in named if p != partner))
    earlier = next((y for j in range(sent.first, at) if toks[j].lower in ("с", "со")
                    and (y := _party_after_with(ctx, s, j)) in sides), None)
    if earlier is not None:
        sides.remove(earlier)
    if len(sides) == 1:
        return sides[0]
    met = _met_side(ctx, s, partner) if not sides else None
    if met is not None:
        return met
    people = ctx.between(0, toks[at].start, ("person",))
    actor = ctx.party_of(people[-1]) if people else None
    if actor is None or actor == partner:
        return sides[0] if sides else None  # `Казахстан и Китай …, а с Россией …`: the side named first
    return actor if not sides or actor in sides else None


def _framed(ctx: Context, ref: Ref) -> bool:
    """Does a framing word (`в`, `в рамках`: `cooperation.framing`) stand right before ``ref``?"""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return rng is not None and rng[0] > 0 and ctx.doc.tokens[rng[0] - 1].lower in FRAMING


def _met_side(ctx: Context, s: int, partner: str) -> str | None:
    """The other side of the last two-sided meeting told by sentence ``s`` that had ``partner`` as a side (`Мередов
    провел встречи с Байрамовым и Алоевым. С азербайджанским коллегой обсуждалось …`: Turkmenistan)."""
    for k, meeting in reversed(ctx.meetings):
        parties = ctx.meeting_parties(meeting)
        if k <= s and partner in parties and len(parties) == 2:
            return next(p for p in parties if p != partner)
    return None


def _party_after_with(ctx: Context, s: int, j: int) -> str | None:
    """The party of the state or body right after `с` ``j`` that opens the sentence or a clause, or after a
    counterpart's title noun in the instrumental (`С министром Кувейта обсуждены …, а с филиппинской коллегой – …`);
    or the state of a person named right after it (`С Джорджей Мелони стороны обсудили …`: rule `partner_by_name`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    if j > sent.first and toks[j - 1].text not in (",", ";", "а"):
        return None
    if j + 1 < sent.last and ctx.on("partner_by_name"):
        person = next(iter(ctx.between(toks[j + 1].start, sent.stop, ("person",))), None)
        if person is not None and person.start == toks[j + 1].start:
            return ctx.party_of(person)
    ref = next(iter(ctx.between(toks[j].stop, sent.stop, ("country", "org"))), None)
    if ref is None:
        return None
    gap = ctx.doc.text[toks[j].stop:ref.start].split()
    title = j + 1 < sent.last and toks[j + 1].pos == "NOUN" and toks[j + 1].feats.get("Case") == "Ins" and \
        gap == [toks[j + 1].text] and toks[j + 1].text.islower()
    return ctx.party_of(ref) if not gap or title else None


def _partners(ctx: Context, s: int, partners: list[int]) -> list[tuple[int, list[str], str]]:
    """`Россия является партнером АСЕАН`, `Таджикистан … является стратегическим партнером и союзником России`,
    `Германия является одним из ключевых партнеров Узбекистана`: the state or body before a copula and the one a
    `партнер` in the instrumental (up to five words after the copula), or after `одним из`, governs cooperate
    (`cooperation_partner`); with a plural one governing none, the two joined before the copula (`_partners_joined`);
    `X рассматривает Y как ключевого партнера`: X and Y (`_seen_as_partner`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    out: list[tuple[int, list[str], str]] = []
    for k in within(partners, sent.first + 1, sent.last):
        one_of = _one_of(toks, k, sent.first)
        if (seen := _seen_as_partner(ctx, s, k)) is not None:
            out.append((toks[k].start, seen, "cooperation_partner"))
            continue
        if toks[k].feats.get("Case") != "Ins" and one_of is None:
            continue
        reach = k - 6 if one_of is None else one_of - 2  # `является третьим по величине торговым партнером`
        copula = next((j for j in range(k - 1, max(sent.first, reach) - 1, -1) if lemmas(toks[j].text) & COPULAS),
                      None)
        owner = _governed_party(ctx, s, k)
        subjects = [r for r in ctx.between(sent.start, toks[copula].start, ("country", "org", "location"))
                    if not r.adjective and (r.kind != "location" or _nominative_place(ctx, r))] \
            if copula is not None else []
        parties = [p for p in (ctx.party_of(subjects[-1]) if subjects else None, owner) if p]
        if owner is None and one_of is None and toks[k].feats.get("Number") == "Plur":
            parties = _partners_joined(ctx, subjects)  # `Китай и Бразилия являются … партнерами`
        if len(set(parties)) == 2:
            out.append((toks[k].start, parties, "cooperation_partner"))
    return out


def _nominative_place(ctx: Context, ref: Ref) -> bool:
    """`Свердловская область является одним из ключевых торговых партнеров Кыргызстана`: a place in the nominative
    before the copula is the partner, as a state is (rule `region_as_partner`; not `в Центральной Азии`)."""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return rng is not None and ctx.on("region_as_partner") and all(
        t.feats.get("Case") == "Nom" for t in ctx.doc.tokens[rng[0]:rng[1]] if t.pos in ("NOUN", "PROPN", "ADJ"))


def _seen_as_partner(ctx: Context, s: int, k: int) -> list[str] | None:
    """`Корея рассматривает Узбекистан как ключевого партнера`: `как` and up to three adjectives before a singular
    `партнера` at ``k``: the last two states or bodies before `как`, in its clause, subject and object; else None."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    j = before_adjectives(toks, k, sent.first, 3)
    if toks[j].lower != "как" or toks[k].feats.get("Number") == "Plur":
        return None
    comma = max((i for i in range(sent.first, j) if toks[i].text == ","), default=sent.first)
    refs = [r for r in ctx.between(toks[comma].start, toks[j].start, ("country", "org")) if not r.adjective]
    parties = [p for p in (ctx.party_of(r) for r in refs[-2:]) if p]
    return parties if len(refs) >= 2 and len(set(parties)) == 2 else None


def _partners_joined(ctx: Context, subjects: list[Ref]) -> list[str]:
    """`Беларусь и Китай являются надежными партнерами`: the two states or bodies joined by `и` right before the
    copula of a plural `партнерами` that governs no party are each other's partners."""
    if len(subjects) < 2 or ctx.doc.text[subjects[-2].stop:subjects[-1].start].strip() != "и":
        return []
    return [p for p in (ctx.party_of(subjects[-2]), ctx.party_of(subjects[-1])) if p]


def _one_of(toks: list[Token], k: int, first: int) -> int | None:
    """`является одним из ключевых партнеров Узбекистана`: `партнеров` in the genitive plural after `одним из` and
    up to two adjectives; where `одним` is."""
    if toks[k].feats.get("Case") != "Gen" or toks[k].feats.get("Number") != "Plur":
        return None
    j = before_adjectives(toks, k, first, 2)
    return j - 1 if j > first and toks[j].lower == "из" and lemmas(toks[j - 1].text) & {"один"} else None


def _governed_party(ctx: Context, s: int, k: int) -> str | None:
    """The state or body right after `партнером` ``k`` (past `и союзником`): `партнером АСЕАН`."""
    toks = ctx.doc.tokens
    for ref in ctx.between(toks[k].stop, ctx.doc.sents[s].stop, ("country", "org")):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        between = toks[k + 1:rng[0]] if rng else []
        if ref.adjective or rng is None or len(between) > 2 or any(
                t.lower != "и" and not lemmas(t.text) & PARTNER for t in between):
            return None
        return ctx.party_of(ref)
    return None


def _tokens_at(ctx: Context, first: int, starts: set[int]) -> list[int]:
    """The tokens from ``first`` on that begin at one of the character offsets ``starts``."""
    at = (ctx.doc.token_range(start, start + 1) for start in starts)
    return [a for rng in at if rng and (a := rng[0]) >= first and ctx.doc.tokens[a].start in starts]


def _of_with(ctx: Context, s: int, k: int) -> tuple[list[list[str]], str]:
    """The parties named right after cooperation word ``k``: `сотрудничества X с Y и Z` (X with each: [X, Y],
    [X, Z]), `взаимодействия X и Y` or a dialogue's format `X – Y`, `Армения-ЕС` ([X, Y]); a genitive that only
    places the one before (`областью Кыргызстана`) ends the run. The rule is `cooperation_with_body_named` where an
    organization named before stands as its head noun (`с организацией`, `с Совещанием`), else
    `cooperation_of_with`."""
    toks = ctx.doc.tokens
    rule = "cooperation_of_with"
    refs = [r for r in ctx.between(toks[k].stop, ctx.doc.sents[s].stop, ("country", "location", "org"))]
    if not refs or refs[0].adjective or ctx.doc.text[toks[k].stop:refs[0].start].strip():
        return [], rule
    run, mode, end = [refs[0]], "", refs[0].stop
    for ref in refs[1:]:
        gap = _joining(ctx.doc.text[end:ref.start], ("с", "со", "и", ",", ", и", *DASHES))
        if ref.adjective or gap is None or (gap in ("с", "со") and mode):
            break
        mode = mode or ("with" if gap in ("с", "со") else "and")
        run.append(ref)
        end = ref.stop
    sides = [(_party(ctx, r), ctx.party_of(r)) for r in run]
    parties = list(dict.fromkeys(p for p, _ in sides if p))
    if any(p != q for p, q in sides):
        rule = "cooperation_with_body_named"
    if len(parties) == 1 and not mode and ctx.on("cooperation_with_body_named"):
        body = _body_named_again(ctx, s, end)
        if body and body != parties[0]:
            parties, mode, rule = [*parties, body], "with", "cooperation_with_body_named"
    if len(parties) < 2:
        return [], rule
    return ([[parties[0], other] for other in parties[1:]] if mode == "with" else [parties]), rule


def _party(ctx: Context, ref: Ref) -> str | None:
    """The side a mention in a run of parties speaks for; one word NER took for a place that is the head noun of an
    international organization named before is that organization (`с Совещанием`)."""
    if ref.kind == "location" and ctx.on("cooperation_with_body_named"):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if rng and rng[1] - rng[0] == 1:
            body = _named_before(ctx, ctx.doc.tokens[rng[0]])
            if body:
                return body
    return ctx.party_of(ref)


def _body_named_again(ctx: Context, s: int, end: int) -> str | None:
    """`взаимодействие Казахстана с организацией` after `ОБСЕ`, `с Совещанием` after `Совещания по взаимодействию и
    мерам доверия в Азии`: `с` and the head noun of an international organization named before, in the
    instrumental, is that organization (the last named with that head)."""
    toks = ctx.doc.tokens
    rng = ctx.doc.token_range(end, ctx.doc.sents[s].stop)
    if rng is None or rng[0] + 1 >= ctx.doc.sents[s].last or toks[rng[0]].lower not in ("с", "со"):
        return None
    noun = toks[rng[0] + 1]
    return _named_before(ctx, noun) if noun.pos in ("NOUN", "PROPN") and noun.feats.get("Case") == "Ins" else None


def _named_before(ctx: Context, noun: Token) -> str | None:
    """The international organization named last before ``noun`` whose name's head noun it is, or the head noun of
    another name the gazetteer gives it (`с альянсом` after `НАТО`, `Североатлантический альянс`: rule
    `head_of_other_name`)."""
    said = lemmas(noun.text)
    heads = heads_of_names if ctx.on("head_of_other_name") else name_head
    named = [(m.start, o.id) for o in ctx.out.organizations if o.kind == "international" and said & heads(o.name)
             for m in o.mentions if m.stop <= noun.start]
    return max(named)[1] if named else None


def _with_actor(ctx: Context, s: int, k: int) -> tuple[list[list[str]], str]:
    """`Путин … выразил уверенность в укреплении связей с Таиландом`, the UN's coordinator `подтвердила готовность
    … развивать взаимодействие с Таджикистаном`: a cooperation word with only `с Y` after it is of Y and the side of
    the subject of its clause (not a person's own: `о своих связях с Россией`); with a list `с Японией, Индией и
    США`, one pair with each. Returns the groups of parties and the rule that names them."""
    toks = ctx.doc.tokens
    if k + 1 >= ctx.doc.sents[s].last or toks[k + 1].lower not in ("с", "со"):
        return [], "cooperation_with_actor"
    after = next(iter(ctx.between(toks[k + 1].stop, ctx.doc.sents[s].stop, ("country", "org"))), None)
    if after is None or after.adjective or (ctx.doc.text[toks[k + 1].stop:after.start].strip() and
                                            not _type_noun_before(ctx, k + 2, after)):
        body = _named_before(ctx, toks[k + 2]) if k + 2 < ctx.doc.sents[s].last and toks[k + 2].pos == "NOUN" and \
            ctx.on("cooperation_with_body_named") else None  # `сотрудничества с организацией` after `ШОС`
        after = Ref(toks[k + 2].start, toks[k + 2].stop, body, "org") if body else None
    if after is None:
        return [], "cooperation_with_actor"
    if k > 0 and toks[k - 1].lower in OWNERS and ctx.on("possessive_partner"):
        owner = _owner_before(ctx, s, k - 1)  # `поддерживать Казахстан в его взаимодействии с ЕС`
        return ([[owner, after.id]] if owner and owner != after.id else []), "possessive_partner"
    actor = ctx.subject(_actors_clause(toks, k), ("person", "country", "org", "location")) if toks[k].rel else \
        _nominative_before(ctx, s, k)
    if actor is not None and actor.kind == "person" and lemmas(toks[k - 1].text) & PERSONAL:
        return [], "cooperation_with_actor"  # `Флинн … о своих связях с Россией`: a person's own ties
    side = ctx.party_of(actor) if actor else None
    others = [p for ref in [after, *_listed_after(ctx, s, after)] if (p := ctx.party_of(ref))]
    joined = _joined_to_sides(ctx, s, k, others) if side is None else []
    if joined:
        return [joined], "cooperation_joined_to_sides"
    return [[side, other] for other in dict.fromkeys(others) if side and other != side], "cooperation_with_actor"


def _owner_before(ctx: Context, s: int, k: int) -> str | None:
    """The state or body a possessive pronoun at token ``k`` stands for: the last one sentence ``s`` names before it
    by a noun (`Венгрия продолжит поддерживать Казахстан в его взаимодействии с ЕС`: Kazakhstan), else None."""
    refs = [r for r in ctx.between(ctx.doc.sents[s].start, ctx.doc.tokens[k].start, ("country", "org"))
            if not r.adjective]
    return refs[-1].id if refs else None


def _actors_clause(toks: list[Token], k: int) -> int:
    """Where to look for the actor of cooperation word ``k``: itself, or, where it is its clause's subject
    (`отметил, что сотрудничество с МАГАТЭ является одним из приоритетов`), the clause that clause hangs on: the
    speaker's."""
    verb = toks[k].head
    return toks[verb].head if toks[k].rel.startswith("nsubj") and 0 <= verb < len(toks) and \
        0 <= toks[verb].head < len(toks) else k


def _type_noun_before(ctx: Context, i: int, ref: Ref) -> bool:
    """`сотрудничество с компанией ACWA Power`: token ``i`` is the kind of the body ``ref`` right after it names, in the
    instrumental (`cooperation.body_kinds`, rule `partner_after_type_noun`)."""
    toks = ctx.doc.tokens
    return i + 1 < len(toks) and toks[i + 1].start == ref.start and bool(lemmas(toks[i].lower) & BODY_KINDS) and \
        not toks[i].is_cap and toks[i].feats.get("Case") == "Ins" and ref.kind == "org" and \
        ctx.on("partner_after_type_noun")


def _joined_to_sides(ctx: Context, s: int, k: int, others: list[str]) -> list[str]:
    """`Стороны подтвердили намерение укреплять трехстороннее сотрудничество с США`: a cooperation word that a
    three-sided (or more) word qualifies, with `с Y`, is one cooperation of the sides of the talks and Y (rule
    `cooperation_joined_to_sides`)."""
    if not ctx.on("cooperation_joined_to_sides") or not any(
            lemmas(t.text) & JOINT for t in ctx.doc.tokens[max(ctx.doc.sents[s].first, k - 2):k]):
        return []
    sides = [p for p in ctx.sides_of_talks(s) if p not in others]
    return list(dict.fromkeys([*sides, *others])) if len(sides) >= 2 else []


TOGETHER = words("cooperation.together")
BODY_KINDS = words("cooperation.body_kinds")


def _together_with(ctx: Context, s: int, k: int) -> list[str]:
    """`Китай готов вместе с Египтом продвигать сотрудничество`, `Казахстан совместно с ЕС развивает
    сотрудничество`: a cooperation word whose clause has `вместе с Y` or `совместно с Y` before it is of Y and the
    state or body its clause's subject is, or, unparsed, the one right before `вместе` (rule
    `cooperation_together_with`)."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    if not ctx.on("cooperation_together_with"):
        return []
    j = next((j for j in range(k - 2, max(first, k - 8) - 1, -1) if toks[j].text in ",;:–—" or
              _together_at(toks, j)), None)
    if j is None or toks[j].text in ",;:–—":
        return []
    partner = _partner_after_with(ctx, j, toks[k].start)
    if partner is None:
        return []
    right_before = [r for r in ctx.between(ctx.doc.sents[s].start, toks[j].start, ("country", "org"))
                    if not r.adjective and not ctx.doc.text[r.stop:toks[j].start].strip()]
    actor = ctx.subject(k, ("country", "org")) or _nominative_before(ctx, s, j) or next(iter(right_before), None)
    return _pair(ctx, actor, partner)


def _together_at(toks: list[Token], j: int) -> bool:
    """`вместе с`, `совместно с` at token ``j``."""
    return bool(lemmas(toks[j].text) & TOGETHER) and toks[j + 1].lower in ("с", "со")


def _partner_after_with(ctx: Context, j: int, stop: int) -> Ref | None:
    """The state or body right after the `с` of `вместе с` at token ``j`` (nothing between), before character
    ``stop``; not a state's adjective, unless said of a side (`вместе с перуанской стороной`)."""
    with_ = ctx.doc.tokens[j + 1]
    partner = next(iter(ctx.between(with_.stop, stop, ("country", "org"))), None)
    if partner is None or ctx.doc.text[with_.stop:partner.start].strip():
        return None
    return None if partner.adjective and not ctx.side_named(partner) else partner


def _pair(ctx: Context, actor: Ref | None, partner: Ref) -> list[str]:
    """The parties of the actor and the partner, where they are two."""
    parties = [p for p in (ctx.party_of(actor) if actor else None, ctx.party_of(partner)) if p]
    return parties if len(set(parties)) == 2 else []


JOINT_VERBS = words("cooperation.joint_verbs")


def _joint_work(ctx: Context, s: int) -> list[tuple[int, list[str], str]]:
    """`программа, которую ЭСКАТО реализует совместно с Европейской экономической комиссией ООН`, `Казахстан
    совместно с ПРООН реализует проект …`: a verb of carrying out (`cooperation.joint_verbs`) with `совместно с Y`
    or `вместе с Y` next to it in its clause: its subject and Y cooperate (rule `cooperation_joint_work`)."""
    if not ctx.on("cooperation_joint_work"):
        return []
    toks, sent, out = ctx.doc.tokens, ctx.doc.sents[s], []
    for k in within(ctx.doc.scan.with_lemma(JOINT_VERBS), sent.first, sent.last):
        near = range(max(sent.first, k - 6), min(sent.last - 2, k + 3))
        j = next((j for j in near if _together_at(toks, j)), None)
        if toks[k].pos != "VERB" or j is None or any(toks[i].text in ",;:–—" for i in range(min(j, k), max(j, k))):
            continue
        partner = _partner_after_with(ctx, j, sent.stop)
        if partner is None:
            continue
        actor = ctx.subject(k, ("country", "org")) or _nominative_before(ctx, s, min(j, k))
        if parties := _pair(ctx, actor, partner):
            out.append((toks[k].start, parties, "cooperation_joint_work"))
    return out


def _listed_after(ctx: Context, s: int, first: Ref) -> list[Ref]:
    """The states or bodies listed after ``first``, each after a comma or `и` (`с Японией, Индией и США`)."""
    out, end = [], first.stop
    for ref in ctx.between(first.stop, ctx.doc.sents[s].stop, ("country", "org")):
        if ref.adjective or ref.kind != first.kind or _joining(ctx.doc.text[end:ref.start]) is None:
            break
        out.append(ref)
        end = ref.stop
    return out


def _nominative_before(ctx: Context, s: int, k: int) -> Ref | None:
    """In a sentence the parser did not read (no person, no title in it: `Казахстан активно сотрудничает с
    Китаем`), the subject of word ``k``: the last state or body in the nominative before it in its clause, or a
    state's adjective before `сторона` in the nominative (`российская сторона готова развивать сотрудничество с
    …`)."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    a = next((j + 1 for j in range(k - 1, first - 1, -1) if toks[j].text in ",;:–—"), first)
    found = [r for r in ctx.between(toks[a].start, toks[k].start, ("country", "org", "location"))
             if (rng := ctx.doc.token_range(r.start, r.stop)) and toks[rng[0]].feats.get("Case") == "Nom" and
             (not r.adjective or (rng[1] < k and ctx.side_named(r)))]
    return found[-1] if found else None


def _document_topic(ctx: Context, s: int, k: int) -> bool:
    """Token ``k`` (after up to three adjectives) is what a document is about (`документ о сотрудничестве`,
    `Соглашение о свободной торговле`)."""
    toks = ctx.doc.tokens
    first = ctx.doc.sents[s].first
    j = before_adjectives(toks, k, first, 3)
    return j >= first and toks[j].lower in ("о", "об") and any(
        lemmas(t.text) & DOCUMENTS for t in toks[max(first, j - 3):j])


def _document_to_come(ctx: Context, s: int, k: int) -> bool:
    """Token ``k`` names the subject of a document in a sentence that tells the document is still to come
    (`намерение подписать документ о сотрудничестве`)."""
    sent = ctx.doc.sents[s]
    return _document_topic(ctx, s, k) and any(
        lemmas(t.text) & PLANNED_DOCUMENTS for t in ctx.doc.tokens[sent.first:sent.last])


def sector_is_document_topic(ctx: Context, s: int, k: int) -> bool:
    """A sector noun that a document is about (`Соглашение о свободной торговле между ЕАЭС и Вьетнамом`) names
    the document's parties, not parties cooperating in it, and is no field of another cooperation; `документ
    о сотрудничестве между …` and `соглашение об экономическом сотрудничестве` still are."""
    tok = ctx.doc.tokens[k]
    return ctx.on("sector_is_document_topic") and tok.pos == "NOUN" and not lemmas(tok.text) & COOPERATION and \
        _document_topic(ctx, s, k)


def route_between_regions(ctx: Context, parties: list[str]) -> bool:
    """`транзита между Европой и Азией`, `связанности между Центральной Азией и Азиатско-Тихоокеанским регионом`: a
    field of cooperation (no word of cooperation) between regions that span states is a route, not parties (so are
    any places after a route's noun: `_route_noun_between`)."""
    if not ctx.on("route_between_regions"):
        return False
    spanning = {(f.start, f.stop) for f in ctx.doc.found.get("location", [])
                if f.data.get("known") and not f.data.get("country")}
    places = {loc.id: loc for loc in ctx.out.locations}
    return all(p in places and not places[p].country and any((m.start, m.stop) in spanning for m in places[p].mentions)
               for p in parties)


def _exchange(tok: Token) -> bool:
    """`Товарооборот Беларуси с Ленинградской областью`: a noun of trade between sides (`cooperation.exchange_nouns`)
    names them after it as a word of cooperation does (rule `cooperation_of_with`)."""
    return tok.pos in ("NOUN", "PROPN") and bool(lemmas(tok.text) & EXCHANGE_NOUNS)


def _route_noun_between(ctx: Context, k: int, last: int) -> bool:
    """`развития туризма и прямого авиасообщения между Ташкентом и Коломбо`: a route's noun (`cooperation.route_nouns`)
    right before the `между` after field ``k`` makes its places a route's ends, not parties, whatever they are (rule
    `route_between_regions`; `побратимских связей между Бишкеком и Анкарой` are parties)."""
    toks = ctx.doc.tokens
    j = next((i for i in range(k + 1, last) if toks[i].lower == "между"), None)
    return ctx.on("route_between_regions") and j is not None and bool(lemmas(toks[j - 1].text) & ROUTE_NOUNS)


def _fields(ctx: Context, s: int) -> list[Ref]:
    """The sector mentions of sentence ``s`` that are fields of cooperation (not a document's topic)."""
    out = []
    for ref in ctx.in_sentence(s, ("sector",)):
        rng = ctx.doc.token_range(ref.start, ref.stop)
        if not (rng and sector_is_document_topic(ctx, s, rng[1] - 1)):
            out.append(ref)
    return out


def _coordinated(ctx: Context, start: int, stop: int) -> list[str]:
    """The last run of two or more states, regions or bodies joined by `и` or commas between ``start`` and ``stop``
    (`Казахстан и Турция развивают связи`, `Туркестанская область и Самаркандская область наращивают …`); a run
    with a body only as a finite verb's subject (`Казахстан и Европейский союз подписали …`; not `в ООН и ОБСЕ`,
    `между … и ЮНЕСКО о …`), a state's or a company's body only joined by `и`, with no place (`КазНУ и
    Университет Цинхуа подписали …`; not `на Луне, НАСА может …`); not one `между` opens before `а также` and the
    word of cooperation (`нормализации отношений между Арменией и Азербайджаном, а также … сотрудничество`), nor
    before `и` and it, after a word that is none of cooperation (`мирного процесса между … и сотрудничество`)."""
    best: list[str] = []
    run: list[str] = []
    loose = False  # joined by a comma, or holding a place: no run for a state's or a company's body
    owned = False  # opened by `между`: the parties of what comes before, where `а также` follows
    end = run_start = start
    bodies = {o.id for o in ctx.out.organizations if o.kind == "international"}
    for ref in ctx.between(start, stop, ("country", "location", "org")):
        if ref.adjective:
            continue
        join = _joining(ctx.doc.text[end:ref.start]) if run else "и"
        if join is None or not run:  # `области Узбекистана`: no
            run, loose, join, owned = [], False, "и", _opened_by_between(ctx, ref.start)
            run_start = ref.start
        if ref.id not in run:
            run.append(ref.id)
            loose = loose or join != "и" or ref.kind == "location"
        end = ref.stop
        orgs = {p for p in run if p.startswith("org-")}
        rest = ctx.doc.text[ref.stop:stop]
        other = _another_topic(ctx, run_start, rest) if owned else _earlier_conjunct(ctx, ref.stop, rest)
        if len(run) >= 2 and not other and (not orgs or (_verb_after(ctx, ref.stop) and (orgs <= bodies or not loose))):
            best = list(run)
    return best


def _opened_by_between(ctx: Context, start: int) -> bool:
    """Does `между` open the run at ``start`` (`перспективы мирного процесса между Азербайджаном и Арменией, а также
    сотрудничество …`: the process's parties, not cooperation's, where `а также` brings in the cooperation as
    another topic)?"""
    rng = ctx.doc.token_range(start, start + 1)
    return rng is not None and rng[0] > 0 and ctx.doc.tokens[rng[0] - 1].lower == "между"


def _earlier_conjunct(ctx: Context, stop: int, rest: str) -> bool:
    """`обсудили ситуацию в Афганистане и Пакистане, а также сотрудничество …`, `вопросы связанности Центральной и
    Южной Азии, …, а также сотрудничество …`: a run ending at ``stop`` that is no verb's subject, with `а также` in
    ``rest`` (the text up to the word of cooperation), is of an earlier conjunct's topic, not the cooperating sides
    (rule `run_of_earlier_conjunct`)."""
    return "а также" in rest and not _verb_after(ctx, stop) and ctx.on("run_of_earlier_conjunct")


def _another_topic(ctx: Context, start: int, rest: str) -> bool:
    """Do the states `между` opens at ``start`` belong to a topic before the word of cooperation, by ``rest`` (the text
    up to it): where `а также` brings it in, or `и` after `между` governed by no word of cooperation (`ход мирного
    процесса между Арменией и Азербайджаном и сотрудничество в сфере …`; not `отношений между A и B и
    сотрудничества …`), or where ties being mended govern it, whatever follows (`урегулирования отношений между
    Арменией и Азербайджаном и реализации проекта …`: rule `relations_being_mended`)?"""
    if "а также" in rest:
        return True
    rng = ctx.doc.token_range(start, start + 1)
    noun = ctx.doc.tokens[rng[0] - 2] if rng is not None and rng[0] > 1 else None
    if noun is None:
        return False
    if lemmas(noun.text) & COOPERATION and _being_mended(ctx, noun.i):
        return True
    return rest.strip() == "и" and not lemmas(noun.text) & COOPERATION


def _verb_after(ctx: Context, stop: int) -> bool:
    """Is the word right after ``stop``, past a name's closing quote, a finite verb (`Казахстан и ЕС подписали`,
    `«Газпром» и «Узбекнефтегаз» подписали`)?"""
    rng = ctx.doc.token_range(stop, len(ctx.doc.text))
    k = rng[0] if rng else len(ctx.doc.tokens)
    k += int(k < len(ctx.doc.tokens) and ctx.doc.tokens[k].text in CLOSING_QUOTES)
    nxt = ctx.doc.tokens[k] if k < len(ctx.doc.tokens) else None
    return nxt is not None and nxt.is_finite_verb


RULES = ("cooperation_clause_partner", "cooperation_compound", "cooperation_between", "cooperation_of_with",
         "cooperation_with_body_named",
         "cooperation_with_actor", "possessive_partner", "cooperation_joined_to_sides", "cooperation_together_with",
         "cooperation_joint_work", "cooperation_two_states",
         "cooperation_bilateral", "cooperation_partner", "cooperation_subjects", "cooperation_sides_of_talks",
         "cooperation_bilateral_talks", "cooperation_participants_told", "cooperation_subject_states",
         DOCUMENT_SIGNERS, "cooperation_agreed_on_field")
"""What names the parties, in the order tried (a Cooperation's ``rule``)."""
VETOES = ("sector_is_document_topic", "route_between_regions", "compound_in_name", "relations_being_mended",
          "between_of_conjunct", "run_of_earlier_conjunct", "phrase_ends_at_verb", "genitive_head_unparsed")
"""Rules that keep a cooperation out (`between_of_conjunct`: a `между X и Y` after the cooperation word's phrase has
ended is the next conjunct's: `отношений и мирного процесса между Азербайджаном и Арменией`)."""
NAMING_RULES = ("partner_after_type_noun", "body_beside_state", "regions_of_heads", "partner_by_name",
                "head_of_other_name", "region_as_partner", "newer_talks_sides", "executive_bodies_of_states",
                "region_of_unnamed_state", "route_states_not_sides", "witness_not_signer")
"""How a partner is read: `partner_after_type_noun`, a body's kind in the instrumental between `с` and its name
(`отметил успешное сотрудничество с компанией ACWA Power`: the company is the partner); `body_beside_state`, a
state's ministry, government or parliament among sides that are otherwise states stands for its state
(`Министерства иностранных дел Беларуси и Вьетнама подписали программу сотрудничества`: Belarus and Vietnam);
`head_of_other_name`, `с альянсом` after `НАТО` is NATO, the head noun of another name the gazetteer gives it
(`Североатлантический альянс`) as of its name (`cooperation_with_body_named`, `cooperation_with_actor`);
`region_as_partner`, a place in the nominative before the copula of `партнером`, `одним из партнеров` is the partner
as a state is (`Свердловская область является одним из ключевых торговых партнеров Кыргызстана`);
`regions_of_heads`, the regions of talks between heads of regions, each named in their title, are the sides
(`аким Алматинской области` and `губернатор Иссык-Кульской области`: the two regions, not Kazakhstan and Kyrgyzstan);
`partner_by_name`, a person named right after the `с` that opens a clause stands for their state
(`С Джорджей Мелони стороны обсудили …`: Italy's cooperation, `cooperation_clause_partner`); `newer_talks_sides`,
the sides of talks told after the sentence that named the parties in scope, other than those parties, take the fields
a sentence about the sides names (`Стороны дали высокую оценку белорусско-китайскому партнерству. Позднее белорусский
министр провел переговоры с Генеральным секретарем ОДКБ … Стороны обсудили взаимодействие в сфере военной
безопасности`: Belarus and the CSTO, not Belarus and China); `executive_bodies_of_states`, two states' governments or
ministries as the only sides stand for their states (`сотрудничестве между Правительством Республики Таджикистан и
Правительством Китайской Народной Республики`: TJ and CN), parliaments' chambers stay; `region_of_unnamed_state`, a
head of a region whose state no word names stands for the region beside the other sides (`Генеральный консул
Казахстана в Новосибирске … встретился с губернатором Новосибирской области`: Kazakhstan and the region, as for
agreements); `route_states_not_sides`, states a dash joins to another state or place are a route's stops, not the
signing's sides (`Кыргызстан и Китай подписали соглашение о строительстве железной дороги Китай – Кыргызстан –
Узбекистан`: Kyrgyzstan and China); `witness_not_signer`, a person named right after `в присутствии` is one before
whom others sign, no side (`Алиев и Пашинян в присутствии Президента США Дональда Трампа подписали …`: Azerbaijan
and Armenia, not the United States; `context.witnessed`)."""
EXECUTIVE_KINDS = frozenset({"government", "ministry"})
"""The kinds of a state body whose cooperation with another state's is their states' (`executive_bodies_of_states`)."""


def _sides_of_talks(ctx: Context, fields: list[list[Ref]]) -> dict[int, list[str]]:
    """Sentence -> the parties of the talks it tells or refers to (`стороны обсудили … в … сферах`), for each
    sentence with a field of cooperation, or cooperation named, and a meeting of its own or a word for the sides."""
    told: dict[int, Meeting] = {}  # sentence -> the first meeting told in it
    for k, m in ctx.meetings + ctx.calls:
        told.setdefault(k, m)
    out: dict[int, list[str]] = {}
    for s, sectors in enumerate(fields):
        own = told.get(s)
        if (not sectors and not _cooperation_told(ctx, s)) or (not own and s in ctx.item_headings()):
            continue  # a digest item's heading tells the next item's talks, not those told before
        named = ctx.mentions_sides(s)
        signed = not own and not named and ctx.signed_by_sides(s)
        titled = not own and not named and not signed and ctx.titled_sides(s)  # `Президенты обсудили …`
        sides = named or signed or titled
        by_participants = not own and not sides and _participants_told(ctx, s, bool(sectors))
        if not (own or sides or by_participants):
            if len(signed_it := _document_signers(ctx, s)) >= 2:
                out[s] = signed_it
                ctx.changed.append(("cooperation", DOCUMENT_SIGNERS, ctx.doc.sents[s].start, ctx.doc.sents[s].stop))
            continue
        meeting = own or ctx.last_meeting(s)
        if not own and meeting and ctx.one_of_credentials(meeting):
            continue
        parties = ctx.meeting_sides(meeting) if meeting else \
            subject_states(ctx, s) if sides else []
        if len(parties) < 2:
            continue
        out[s] = parties
        informed = "cooperation_participants_told" if by_participants else "signed_by_sides" if signed and meeting \
            else "sides_by_title" if titled and meeting else None if meeting else "cooperation_subject_states"
        if informed:
            ctx.changed.append(("cooperation", informed, ctx.doc.sents[s].start, ctx.doc.sents[s].stop))
    return out


def _document_signers(ctx: Context, s: int) -> list[str]:
    """`… и … подписали протокол … . Документ предусматривает расширение сотрудничества в сферах …`: a sentence
    opening with a document's noun in the nominative (`agreement.documents`: `Документ`, `Меморандум`; after a
    determiner, `Данный документ`) and naming cooperation tells of the sides that signed in the sentence right before
    (rule `cooperation_document_signers`; not what the document is about: `Соглашение … предусматривает поставки
    газа`); else []."""
    sent = ctx.doc.sents[s]
    if not s or not ctx.on(DOCUMENT_SIGNERS) or not within(ctx.doc.scan.with_lemma(COOPERATION), sent.first, sent.last):
        return []
    toks, first = ctx.doc.tokens, sent.first
    k = first + 1 if toks[first].pos == "DET" else first
    before = ctx.doc.sents[s - 1]
    if not (lemmas(toks[k].text) & DOCUMENTS and toks[k].feats.get("Case") == "Nom") or not any(
            lemmas(toks[i].text) & SIGNED and toks[i].pos == "VERB" and told_as_done(toks, i)
            for i in range(before.first, before.last)):
        return []
    return signers(ctx, s - 1)


CORE = words("cooperation.core")
FRAMING = words("cooperation.framing")


def _cooperation_told(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` name cooperation itself (`cooperation.core`: `развитие межпарламентского сотрудничества`)
    with no side named after it (a body it works in may be: `взаимодействия в ООН`, `в рамках ТРАСЕКА и ОЧЭС` with an
    abbreviation no gazetteer knows in the list), so that the sides of the talks cooperate with no field named, as
    the contract asks? (`сотрудничества Казахстана с землей Гессен` names its own
    sides.)"""
    sent, toks = ctx.doc.sents[s], ctx.doc.tokens
    words = within(ctx.doc.scan.with_lemma(CORE), sent.first, sent.last)
    if not words:
        return False
    word = next((toks[k] for k in words if not _in_body_name(ctx, s, toks[k])), None)
    if word is None:
        return False
    framed = False
    refs = ctx.between(word.stop, toks[_phrase_end(ctx, word, sent.last) - 1].stop, ("country", "location", "org"))
    ends = {ref.stop for ref in refs}
    for ref in refs:
        rng = ctx.doc.token_range(ref.start, ref.stop)
        i = rng[0] - 1 if rng else -1
        if i - 1 > word.i and toks[i].text in OPENING_QUOTES:
            i -= 1  # `взаимодействие в СБ ООН и «Группе двадцати»`: a quoted body in the frame
        while i - 2 > word.i and toks[i].lower in (",", "и") and _unknown_abbreviation(toks[i - 1]) and \
                toks[i - 1].stop not in ends:  # not the end of a body named before it (`ООН`)
            i -= 2  # `в рамках ПАТГ и ПА ОБСЕ`: a body the gazetteer does not know, listed in the frame
        before = toks[i].lower if i >= 0 else ""
        framed = before in FRAMING or (framed and before in (",", "и", "+", *DASHES))  # `формата «Центральная Азия –
        # Китай»`, `диалога «Центральная Азия + Япония»`
        if not framed:
            return False  # a side of its own, not the frame it works in (`взаимодействия в ООН, ОБСЕ и СНГ`)
    return True


def _in_body_name(ctx: Context, s: int, tok: Token) -> bool:
    """Is ``tok`` inside an organization's name in sentence ``s`` (`Совещания по взаимодействию …`, `Совета
    сотрудничества Казахстан – ЕС`): a word of the name, telling no cooperation?"""
    return any(r.start <= tok.start < r.stop for r in ctx.in_sentence(s, ("org",)))


def _phrase_end(ctx: Context, word: Token, last: int) -> int:
    """Where the phrase of cooperation word ``word`` ends: at `и` or a comma before a noun in its case, a new
    conjunct (`обсудили межпарламентское сотрудничество и перспективы реализации проектов …`), or at a comma before
    `а также` (`вопросы межпарламентского сотрудничества, а также поддержку Латвией …`) or a subordinate clause
    (`сотрудничество в рамках ШОС, где Монголия является наблюдателем`) or a finite verb (`обсудили межпарламентское
    сотрудничество, сообщила пресс-служба киргизского парламента`: the source, no side; rule `phrase_ends_at_verb`),
    else at ``last``; adjectives in its case may
    come before that noun (`межпарламентское сотрудничество и европейскую интеграцию Республики Молдова`). A word in
    the genitive a noun before it governs ends so before a noun in that noun's case too (`вопросы пограничного
    сотрудничества и подготовку к председательству Малайзии в АСЕАН`)."""
    toks, case = ctx.doc.tokens, word.feats.get("Case")
    head = toks[word.head] if 0 <= word.head < word.i and case == "Gen" else _unparsed_head(ctx, word)
    head = head if head is not None and head.pos == "NOUN" and head.feats.get("Case") else None
    for k in range(word.i + 1, last - 1):
        if toks[k].lower in (",", "и") and ((case and _conjunct_noun(toks, k, last, case)) or (
                head is not None and _conjunct_noun(toks, k, last, str(head.feats["Case"]), head.i))):
            return k
        nxt = toks[k + 1]
        if toks[k].text == "," and (nxt.lower in SUBCLAUSE or (
                k + 2 < last and (nxt.lower, toks[k + 2].lower) == ("а", "также")) or (
                nxt.is_finite_verb and ctx.on("phrase_ends_at_verb"))):
            return k
    return last


def _unparsed_head(ctx: Context, word: Token) -> Token | None:
    """`На встрече обсуждены вопросы межпарламентского сотрудничества и повестка …`, a sentence the parser does not
    read: the noun right before the genitive word ``word`` and its adjectives, in another case, governs it (rule
    `genitive_head_unparsed`); else None."""
    if word.head >= 0 or word.feats.get("Case") != "Gen" or not ctx.on("genitive_head_unparsed"):
        return None
    toks, j = ctx.doc.tokens, word.i - 1
    while j > 0 and toks[j].pos == "ADJ" and toks[j].feats.get("Case") == "Gen":
        j -= 1
    return toks[j] if j >= 0 and toks[j].pos == "NOUN" and toks[j].feats.get("Case") not in (None, "Gen") else None


def _conjunct_noun(toks: list[Token], k: int, last: int, case: str, head: int | None = None) -> bool:
    """Does a noun in ``case`` (adjectives in it before) follow the `и` or comma at token ``k``, or, where ``head``
    is given, one the parse joins to that token as its conjunct (`вопросы … и председательство`, tagged Nom)?"""
    j = _past_adjectives(toks, k + 1, last, case)
    return toks[j].pos == "NOUN" and (toks[j].feats.get("Case") == case or (
        j > k + 1 and in_case(toks[j], SLOVNET_CASE.get(case, ""))) or (  # the tagger's `курс` Nom for Acc
        head is not None and toks[j].rel == "conj" and toks[j].head == head))


def _past_adjectives(toks: list[Token], k: int, last: int, case: str | None) -> int:
    """The first token from ``k`` on (before ``last``) that is not an adjective in ``case``."""
    while k < last - 1 and toks[k].pos == "ADJ" and toks[k].feats.get("Case") == case:
        k += 1
    return k


def _unknown_abbreviation(tok: Token) -> bool:
    """A word of two or more capitals (`ПАТГ`): an abbreviation, here of a body no gazetteer knows."""
    return tok.is_word and len(tok.text) >= 2 and tok.text.isupper()


def subject_states(ctx: Context, s: int, rule: str = "cooperation_subject_states") -> list[str]:
    """With no meeting told, the sides (`Стороны также договорились …`) are the states a sentence before names as
    its subjects, a run of two or more right before a finite verb (`Узбекистан, Казахстан и Таджикистан
    договорились …`), or the sides of two persons joined as its first finite verb's subject (`Министр … России A и
    министр … Казахстана B подписали соглашение …`; ``rule``: `cooperation_subject_states`,
    `agreement_subject_states`)."""
    if not ctx.on(rule):
        return []
    for k in range(s - 1, max(-1, s - 3), -1):
        sent = ctx.doc.sents[k]
        run = [r for r in ctx.between(sent.start, sent.stop, ("country",)) if not r.adjective]
        for end in range(1, len(run)):
            if _verb_after(ctx, run[end].stop):
                states = _coordinated(ctx, sent.start, run[end].stop)
                if len(states) >= 2 and all(p.startswith("country-") for p in states):
                    return states
        if sides := _joint_subject_sides(ctx, k, sent.last):
            return sides
    return []


def _joint_subject_sides(ctx: Context, s: int, stop: int) -> list[str]:
    """The two sides of the persons joined as the subject of sentence ``s``'s first finite verb before token
    ``stop`` (`meeting.joined_pair`: `Министр обороны России A и министр обороны КНР B договорились о расширении
    военного сотрудничества`, where no talks made them sides; the regions of two heads of regions their titles name:
    `regions_of_heads`), else []."""
    toks = ctx.doc.tokens
    verb = next((j for j in range(ctx.doc.sents[s].first, stop) if toks[j].is_finite_verb), None)
    pair = joined_pair(ctx, s, verb) if verb is not None else None
    if pair and (regions := ctx.heads_regions([r.id for r in pair])):
        return regions  # `Аким Алматы A и мэр Бишкека B подписали …`
    parties = [_signer_party(ctx, r) for r in pair] if pair else []
    if None not in parties and len(set(parties)) == 2:
        return [p for p in parties if p]
    return _listed_subject_sides(ctx, s, verb) if verb is not None else []


def _listed_subject_sides(ctx: Context, s: int, verb: int) -> list[str]:
    """`Министры энергетики Казахстана, Кыргызстана и Узбекистана A, B и C подписали …`, `Министр … Туркменистана A,
    министр … Азербайджана B и министр … Турции C подписали …`: the sides, three or more, of the persons listed right
    before the verb, one to a comma or `и` (each with its title), each of a side of its own (rule
    `cooperation_subject_states`)."""
    text, start = ctx.doc.text, ctx.doc.tokens[verb].start
    persons = [r for r in ctx.in_sentence(s, ("person",)) if r.stop <= start]
    run: list[Ref] = []
    for ref in reversed(persons):
        stop = ctx.named_from(s, run[0]) if run else start
        gap = text[ref.stop:stop].strip()
        if (run and gap not in (",", "и")) or (not run and gap):
            break
        run.insert(0, ref)
    parties = [ctx.party_of(r) for r in run]
    return [p for p in parties if p] if len(run) >= 3 and None not in parties and len(set(parties)) == len(run) \
        else []


def _participants_told(ctx: Context, s: int, fields: bool) -> bool:
    """Does sentence ``s`` speak of cooperation and name two participants of the last meeting, by name, title or
    pronoun (`Вучич обсудил с послом сотрудничество в энергетике`), or, with ``fields`` of it named and no side of
    its own after the cooperation word, one (`Чо Хён отметил важность сотрудничества в энергетике`)?"""
    if not ctx.on("cooperation_participants_told"):
        return False
    sent = ctx.doc.sents[s]
    if not within(ctx.doc.scan.with_lemma(COOPERATION), sent.first, sent.last):
        return False
    meeting = ctx.last_meeting(s)
    people = [ref for ref in ctx.in_sentence(s, ("person",)) if meeting is not None and ref.id in meeting.participants]
    if len({ref.id for ref in people}) >= 2:
        return True
    return bool(people) and fields and _cooperation_told(ctx, s) and _in_own_clause(ctx, s, people[0])


def _in_own_clause(ctx: Context, s: int, ref: Ref) -> bool:
    """Is the first cooperation word after ``ref`` in its clause, no subordinate clause opening between (not `Он
    отметил, что другие страны региона развивают сотрудничество …`, the others' cooperation)?"""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    rng = ctx.doc.token_range(ref.start, ref.stop)
    if rng is None:
        return False
    k = next((i for i in range(rng[1], sent.last) if lemmas(toks[i].text) & COOPERATION), None)
    return k is not None and not any(toks[i].text == "," and toks[i + 1].lower in SUBCLAUSE for i in range(rng[1], k))


def find(ctx: Context) -> list[Cooperation]:
    doc = ctx.doc
    fields = [_fields(ctx, s) for s in range(len(doc.sents))]
    words = doc.scan.where(COOPERATION, BILATERAL)
    partners = doc.scan.with_lemma(PARTNER) if ctx.on("cooperation_partner") else []
    anchors = {s: [(at, _bodies_beside_states(ctx, parties), rule) for at, parties, rule in
                   _explicit_anchors(ctx, s, fields[s], words, partners)] for s in range(len(doc.sents))}
    talks = _sides_of_talks(ctx, fields) if ctx.on("cooperation_sides_of_talks") else {}
    if not any(anchors.values()):
        for s, parties in talks.items():
            anchors[s] = [(doc.sents[s].start, _bodies_beside_states(ctx, each), "cooperation_sides_of_talks")
                          for each in _each_meeting(ctx, s, *ctx.sides_of_each_meeting(s)) or [parties]]
        talks = {}
    elif ctx.on("cooperation_bilateral_talks"):  # then only where no cooperation told is in scope
        talks = {s: _bodies_beside_states(ctx, parties) for s, parties in talks.items() if len(parties) == 2}
    else:
        talks = {}
    sets: dict[tuple[str, ...], Cooperation] = {}
    for s, found in anchors.items():
        for _, parties, rule in found:
            _cooperation(ctx, sets, s, parties, rule)
    if not sets:
        return []
    current: list[tuple[str, ...]] | None = None  # the parties the fields told next are of (each meeting's: several)
    since = 0  # the sentence that named the current parties
    pending: list[str] = []
    anchored = False  # has a sentence before this one named the parties?
    for s in range(len(doc.sents)):
        sectors = fields[s]
        if current is not None and not anchors[s] and (
                _foreign(ctx, s, current) or s in ctx.item_headings() or _newer_talks(ctx, s, since, talks, current)):
            current = None  # a state not a party; a digest's next item; sides of talks told since
        if (current is None or _leaders_act(ctx, s)) and s in talks and not anchors[s]:  # `Собеседники обсудили …`
            anchors[s] = [(doc.sents[s].start, talks[s], "cooperation_bilateral_talks")]
            _cooperation(ctx, sets, s, talks[s], "cooperation_bilateral_talks")
        if anchors[s]:
            for ref in sectors:
                for parties in _last_anchors(anchors[s], ref.start):
                    _add(sets[tuple(sorted(parties))], ref.id)
            current, since = _told_next(anchors[s]), s
            anchored = True
            continue
        for ref in sectors:
            for told in current or ():
                _add(sets[told], ref.id)
            if current is None and not anchored:
                pending.append(ref.id)
    if len(sets) == 1:
        only = next(iter(sets.values()))
        for sector in pending:
            _add(only, sector)
    return list(sets.values())


EACH_MEETING_RULES = ("cooperation_sides_of_talks", "cooperation_bilateral")
"""The rules whose anchors may be the sides of each meeting a sentence refers to (`sides_of_each_meeting`)."""


def _told_next(anchors: list[tuple[int, list[str], str]]) -> list[tuple[str, ...]]:
    """The parties a sentence's anchors leave for the fields told after it: the last anchor's, or, where the sentence
    referred to several meetings (`В ходе встреч …`: only the talks' sides, several), each meeting's."""
    each = len(anchors) > 1 and all(rule in EACH_MEETING_RULES and at == anchors[0][0] for at, _, rule in anchors)
    return [tuple(sorted(parties)) for _, parties, _ in (anchors if each else anchors[-1:])]


def _newer_talks(ctx: Context, s: int, since: int, talks: dict[int, list[str]],
                 current: list[tuple[str, ...]]) -> bool:
    """`… вклад в развитие казахстанско-японских отношений. В тот же день казахстанский министр встретился с …
    координатором ООН … Стороны обсудили сотрудничество в области здравоохранения`: do the sides sentence ``s``
    speaks of belong to talks told after sentence ``since``, which named the current parties, and differ from them
    (rule `newer_talks_sides`)? Its fields are then theirs."""
    return s in talks and tuple(sorted(talks[s])) not in current and ctx.on("newer_talks_sides") and \
        any(since < k <= s for k, _ in ctx.meetings)


def _each_meeting(ctx: Context, s: int, sides: list[list[str]], rule: str) -> list[list[str]]:
    """``sides``, each meeting's that sentence ``s`` refers to (`sides_of_each_meeting`), told in ``changed`` under
    the ``rule`` that chose them where there are any, as they are then used."""
    if sides:
        ctx.changed.append(("cooperation", rule, ctx.doc.sents[s].start, ctx.doc.sents[s].stop))
    return sides


def _cooperation(ctx: Context, sets: dict[tuple[str, ...], Cooperation], s: int, parties: list[str],
                 rule: str) -> Cooperation:
    """The cooperation of ``parties`` (one per set of parties), made from sentence ``s`` where it is new."""
    key = tuple(sorted(parties))
    if key not in sets:
        sets[key] = Cooperation(parties=parties, sectors=[], evidence=ctx.evidence(s), rule=rule)
    return sets[key]


def _bodies_beside_states(ctx: Context, parties: list[str]) -> list[str]:
    """`Министерства иностранных дел Беларуси и Вьетнама подписали программу сотрудничества`: a state's ministry,
    government or parliament among sides that are otherwise states stands for its state, as a ministry's cooperation
    is its state's (rule `body_beside_state`); bodies beside bodies stay (`между Палатой представителей … и Народной
    скупщиной …`), but a government's or ministry's beside another state's (`Соглашение об экономическом и техническом
    сотрудничестве между Правительством Республики Таджикистан и Правительством Китайской Народной Республики`: TJ and
    CN; rule `executive_bodies_of_states`): interparliamentary cooperation is the chambers', a government's its
    state's."""
    orgs = {o.id: o for o in ctx.out.organizations}
    if ctx.on("executive_bodies_of_states") and len(parties) >= 2 and all(
            (org := orgs.get(p)) is not None and org.kind in EXECUTIVE_KINDS and org.country for p in parties):
        states = list(dict.fromkeys(f"country-{orgs[p].country}" for p in parties))
        return states if len(states) == len(parties) else parties
    if not ctx.on("body_beside_state") or not any(p.startswith("country-") for p in parties):
        return parties
    out: list[str] = []
    for party in parties:
        org = orgs.get(party)
        state = f"country-{org.country}" if org is not None and org.kind in STATE_BODY_KINDS and org.country else None
        if state is None and party.startswith("org-"):
            return parties  # an international body or a company beside a state: as told
        if (state or party) not in out:
            out.append(state or party)
    return out if len(out) >= 2 else parties


def _last_anchors(anchors: list[tuple[int, list[str], str]], offset: int) -> list[list[str]]:
    """The parties of the anchors told last before ``offset`` (all those at one place: `X с Y и Z`), else the
    sentence's first."""
    before = [a for a in anchors if a[0] <= offset] or anchors[:1]
    return [parties for off, parties, _ in before if off == before[-1][0]]


def _add(coop: Cooperation, sector: str) -> None:
    if sector not in coop.sectors:
        coop.sectors.append(sector)


def _leaders_act(ctx: Context, s: int) -> bool:
    """Is the subject of sentence ``s`` the people of the talks (`Лидеры договорились наращивать взаимодействие`,
    `Собеседники обсудили …`: `cooperation.persons_as_sides`), whose cooperation it then tells, not the bodies of
    a memorandum told just before (rule `cooperation_bilateral_talks`)?"""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]  # a sentence naming no one may have no parse: the verb next
    return any(lemmas(toks[k].text) & PERSONS_AS_SIDES and said_plural(toks[k]) and toks[k].feats.get("Case") == "Nom"
               and (toks[k].rel.startswith("nsubj") or (k + 1 < sent.last and toks[k + 1].is_finite_verb))
               for k in range(sent.first, sent.last))


def _foreign(ctx: Context, s: int, current: list[tuple[str, ...]]) -> bool:
    """Does sentence ``s`` turn to a state that is not a party (then its sectors are not this cooperation's)?"""
    countries = {p for parties in current for p in parties if p.startswith("country-")}
    if not countries:
        return False
    for ref in ctx.in_sentence(s, ("country", "person")):
        party = ctx.party_of(ref)
        if party and party.startswith("country-") and party not in countries:
            return True
    return False
