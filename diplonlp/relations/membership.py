"""Membership of states (or bodies) in organizations: `в рамках ООН, СНГ и ШОС`, `член ОДКБ с 1994 года`,
`государств – членов ШОС … министр иностранных дел КНР …`, `в ОДКБ входят Армения, Беларусь …`, `членство
Беларуси в ЕАЭС`.

`в рамках визита` names no organization and gives nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import islice, takewhile

from ..lexicon import words
from ..models import Membership
from ..morph import lemmas
from ..posts.phrase import QUOTES
from ..scan import within
from ..text import DASHES, Token
from .agreement import DOCUMENTS
from .context import Context, Ref
from .cooperation import COPULAS, PARTNER
from .cooperation import CORE as COOPERATION_CORE
from .meeting import PLANS
from .setting import joined_run, reporter_lead, told_as_done

MEMBER_WORDS = words("membership.member_words")
PAIR_JOINS = DASHES | {"+"}
FELLOWS = words("membership.fellows")
MEMBER_NOUNS = words("membership.member_nouns")
CHAIRING = words("membership.chairing")
ALONGSIDE = words("membership.alongside")
ENTERING = words("membership.entering")
NOT_ONLY = words("membership.not_only")
STATE_WORDS = words("membership.state_words")
JOINT_WORK = words("membership.joint_work")
OBSERVERS = words("membership.observers")
STATUS_PHRASES = tuple((head, tuple(rest)) for head, *rest in (p.split() for p in sorted(words("membership.statuses"))))
"""(lemma, the words after it as written) of a status that is no membership (`партнер по диалогу`)."""
PARTNER_COMPOUNDS = words("membership.partner_compounds")
STATUS_WORDS = OBSERVERS | PARTNER_COMPOUNDS | frozenset(head for head, _ in STATUS_PHRASES)
"""The lemmas `_observers` scans for (one set, so the scan reads it once)."""
PARTITIVE = words("membership.partitive")
STATE_NOUNS = words("membership.state_nouns")
TOWARD = words("membership.toward")
APPOSITION = words("membership.apposition")
CANDIDACY = words("membership.candidacy")
AS_MEMBER = words("membership.as_member")
AS_MEMBER_LENGTHS = sorted({len(w.split()) for w in AS_MEMBER}, reverse=True)
"""How many words each opener of `как член` is (`в качестве`: two), longest first."""


def _noun_planned(ctx: Context, s: int, k: int) -> bool:
    """`Ожидается, что … вступление Азербайджана в ШОС`, `Членство Узбекистана в ВТО будет оформлено`: a membership
    noun up to four words after a plan's cue or a word of the way toward it (`на пути вступления`, `заявку на
    вступление`, `membership.toward`) in its clause (or after the cue its `что` clause depends on), or in a
    clause with a short participle after a future auxiliary or a verb in the future (`вступление Черногории в НАТО
    станет первым расширением альянса`), is to come (not `подготовки к заседанию … и итоги председательства`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    a = next((i + 1 for i in range(k - 1, sent.first - 1, -1) if toks[i].pos == "PUNCT"), sent.first)
    b = next((i for i in range(k + 1, sent.last) if toks[i].pos == "PUNCT"), sent.last)
    cues = [*range(max(a, k - 4), k), *([a - 2] if a - 2 >= sent.first and toks[a].lower == "что" else [])]
    if any(lemmas(toks[i].text) & (PLANS | TOWARD) for i in cues):
        return True
    return any((toks[i].feats.get("Variant") == "Short" and not told_as_done(toks, i)) or
               toks[i].feats.get("Tense") == "Fut" for i in range(a, b))


def _partner_in(ctx: Context, s: int, k: int) -> tuple[list[Ref], list[str], str] | None:
    """`Польша является важным партнером Кыргызстана в Европейском союзе`, `Армения остается важным партнером России
    в ЕАЭС`: the state before the copula of `партнером`, whose `в` and organization follow the partner's owner (up to
    three words), is a member of that organization, its partner maybe not (rule `partner_in_organization`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    j = next((i for i in range(k + 1, min(k + 5, sent.last)) if toks[i].lower in ("в", "во")), None)
    if j is None or not ctx.on("partner_in_organization"):
        return None
    orgs = _org_list(ctx, s, toks[j].stop)
    if not orgs or ctx.doc.text[toks[j].stop:orgs[0].start].strip():
        return None
    copula = next((i for i in range(k - 1, max(sent.first, k - 7) - 1, -1) if lemmas(toks[i].text) & COPULAS), None)
    subjects = [r for r in ctx.between(sent.start, toks[copula].start, ("country",)) if not r.adjective] \
        if copula is not None else []
    return (orgs, [subjects[-1].id], "partner_in_organization") if subjects else None


def _org_list(ctx: Context, s: int, start: int) -> list[Ref]:
    """International organizations listed from character ``start`` on (`ООН, СНГ, ШОС и другие`)."""
    kinds = {o.id: o.kind for o in ctx.out.organizations}
    out: list[Ref] = []
    end = start
    for ref in ctx.between(start, ctx.doc.sents[s].stop, ("org",)):
        gap = ctx.doc.text[end:ref.start]
        said = [w for w in gap.split() if w.strip(QUOTES)]  # `«Организации …» и «Группы двадцати»`: quotes aside
        if out and (len(said) > 2 or any(ch in gap for ch in ".;:")):
            break
        if not out and any(lemmas(word) & DOCUMENTS for word in gap.split()):
            break  # `присоединился к Конвенции ООН о …`: a document joined, not the organization
        ref = _parent(ctx, ref, kinds) or ref  # a body of an organization: the organization
        if out and not gap.strip() and ctx.on("owner_of_organization"):
            continue  # `членом Всемирной туристской организации ООН`: the organization's owner, not another one
        if kinds.get(ref.id) == "international" and len(ctx.doc.text[end:ref.start].split()) <= 8:
            out.append(ref)
            end = ref.stop
    return out


def _parent(ctx: Context, body: Ref, kinds: Mapping[str, str]) -> Ref | None:
    """The international organization whose name closes a body's (`Совете министров иностранных дел ОИС`: ОИС):
    membership of a body of an organization is membership of the organization."""
    k = bisect_left(ctx.starts, body.start + 1)
    stop = bisect_left(ctx.starts, body.stop, lo=k)  # only the refs that start inside the body
    return next((r for r in ctx.refs[k:stop] if r.stop == body.stop and r.kind == "org"
                 and kinds.get(r.id) == "international"), None)


def _members(ctx: Context, s: int, stop: int) -> list[str]:
    """The states the sentence makes members: its states before ``stop`` but a topic's (`ситуацию в Мьянме`) and the
    reporter's (`Как сообщили в пресс-службе МИД Казахстана, стороны обсудили …`: rule `reporter_not_member`), else
    the sides of the talks; those too where the sentence tells the talks, speaks of their sides and they take in its
    states (`переговоры с Министром иностранных дел России …, в ходе которых стороны обсудили координацию в рамках
    ООН` after the Nicaraguan minister's arrival: both; so where it opens with `с` and the one met, `С заместителем
    Министра … Ирана … рассмотрены вопросы взаимодействия в рамках ШОС`; rule `sides_beyond_sentence`)."""
    members: list[str] = []
    start = reporter_lead(ctx, s) if ctx.on("reporter_not_member") else ctx.doc.sents[s].start
    for ref in ctx.between(start, stop, ("country", "person")):
        if ctx.is_topic(ref):
            continue
        party = ctx.party_of(ref)
        if party and party.startswith("country-") and party not in members:
            members.append(party)
    if not members:
        members = ctx.both_states(s)
    sides = [p for p in ctx.all_sides_of_talks(s, events=False) if p.startswith("country-")]  # not `Встреча на Эльбе`
    own = next((m for k, m in ctx.meetings if k == s), None)
    if members and own and _opens_with(ctx, s):
        sides = [p for p in ctx.meeting_parties(own) if p.startswith("country-")]  # `С заместителем Министра …`
    elif not ctx.mentions_sides(s, events=False):
        own = None
    if members and own and set(members) < set(sides) and ctx.on("sides_beyond_sentence"):
        ctx.changed.append(("membership", "sides_beyond_sentence", ctx.doc.sents[s].start, ctx.doc.sents[s].stop))
        return sides
    return members or sides


def _opens_with(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` open with `с`, `со` (`С заместителем Министра … Ирана … рассмотрены вопросы …`: the talks
    with the one named, which both sides held)?"""
    return ctx.doc.tokens[ctx.doc.sents[s].first].lower in ("с", "со")


def _frame_opens(ctx: Context, s: int, start: int) -> list[str]:
    """`в рамках ОТГ Азербайджан и Венгрия успешно взаимодействуют`: a frame opening its clause, with the states
    right after the organizations as the clause's subject."""
    toks = ctx.doc.tokens
    rng = ctx.doc.token_range(start, ctx.doc.sents[s].stop)
    if rng is None:
        return []
    _, b = _clause(ctx, s, rng[0])
    return _run_after(ctx, start, toks[b - 1].stop)


CLAUSE_BREAKS = {",", ";", "а", "но", "."}


def _clause(ctx: Context, s: int, k: int) -> tuple[int, int]:
    """Token bounds of the clause around token ``k``: commas, `а`, `но` and full stops end it."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    a = k
    while a - 1 >= sent.first and toks[a - 1].lower not in CLAUSE_BREAKS:
        a -= 1
    b = k
    while b + 1 < sent.last and toks[b + 1].lower not in CLAUSE_BREAKS:
        b += 1
    return a, b + 1


def _states(ctx: Context, start: int, stop: int, places: bool = True) -> list[str]:
    """The states named between characters ``start`` and ``stop``: by name, or as a person's state; without
    ``places``, not a state named as where something is (after `в`: `аккредитованными в Узбекистане`)."""
    members: list[str] = []
    for ref in ctx.between(start, stop, ("country", "person")):
        party = ctx.party_of(ref)
        if party and party.startswith("country-") and not ref.adjective and party not in members and \
                (places or ref.kind != "country" or not _after_in(ctx, ref)):
            members.append(party)
    return members


def _after_in(ctx: Context, ref: Ref) -> bool:
    """Is `в` or `во` right before the mention ``ref``?"""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return rng is not None and rng[0] > 0 and ctx.doc.tokens[rng[0] - 1].lower in ("в", "во")


def _listed_after(ctx: Context, s: int, start: int) -> list[str]:
    """The states named from character ``start`` to the end of sentence ``s`` or its next finite verb (not
    `… участники ОЧЭС выступают …, заявил министр иностранных дел Грузии`), and of the list items a colon there opens
    (sentences ending in `;`, the last in a full stop)."""
    sents = ctx.doc.sents
    verb = next((t.start for t in ctx.doc.tokens[sents[s].first:sents[s].last] if t.start >= start and
                 t.is_finite_verb), sents[s].stop)
    members = _states(ctx, start, verb, places=False)  # not `членов ЕС, аккредитованными в Узбекистане`
    for item in ctx.list_items(s):
        members += [m for m in _states(ctx, sents[item].start, sents[item].stop) if m not in members]
    return members


def _word_members(ctx: Context, s: int, k: int, orgs: list[Ref]) -> tuple[list[str], str]:
    """Members by a member word ``k`` before the organizations: `государств – членов ШОС` (the states named
    after them, `membership_listed`, where any are), else the states of its clause before it (`Венгрия является
    членом ЕС, а Казахстан – одним из основателей ОДКБ`), else those after (`Участниками СПЕКА являются A, B`)."""
    toks = ctx.doc.tokens
    before = [t for t in toks[max(ctx.doc.sents[s].first, k - 2):k] if t.text not in "–—-"]
    states_said = _state_member(toks[k]) or (before and lemmas(before[-1].text) & STATE_WORDS)
    listed = _listed_after(ctx, s, orgs[-1].stop) if states_said else []
    if listed and ctx.on("membership_listed"):
        return listed, "membership_listed"
    if states_said and (session := _session_members(ctx, s)):
        return session, "members_of_session"
    if states_said and _governed(ctx, s, k if _state_member(toks[k]) else before[-1].i):
        return [], "membership_word"  # `для ряда стран – членов ЕС`: states the text does not name
    a, _ = _clause(ctx, s, k)
    # persons addressed or met (`призвал членов Совета`, `встретился с членами Комитета … парламента`): not the
    addressed = (toks[k].rel == "obj" and toks[k].feats.get("Case") == "Acc") or _met_members(ctx, k)
    apposed = bool(states_said) and not _state_member(toks[k]) and toks[before[-1].i - 1].text in "–—-" and \
        ctx.on("members_apposed")  # `президенты Беларуси, Казахстана и России – государств – основателей …`
    members = [] if addressed else _subject_states(ctx, s, a, toks[k].start, apposed)  # subject's membership
    qualified = [] if members or not ctx.on("membership_qualified_state") else _qualified(ctx, s, a)
    if qualified:
        return qualified, "membership_qualified_state"
    as_member = [] if members or not ctx.on("membership_as_member") else _as_member(ctx, s, k)
    if as_member:
        return as_member, "membership_as_member"
    subject = [] if members or not ctx.on("member_of_sentence_subject") else _sentence_subject(ctx, s, a, k)
    if subject:
        return subject, "member_of_sentence_subject"
    rule = "members_apposed" if apposed and members else "membership_word"  # not `… о ситуации в Афганистане`
    return members or _states(ctx, orgs[-1].stop, ctx.doc.sents[s].stop, places=False), rule


def _session_members(ctx: Context, s: int) -> list[str]:
    """`В Тяньцзине состоялся саммит глав государств – членов ШОС. … В мероприятии приняли участие A, B и C`: the
    states of those taking part in the session sentence ``s`` names by its members, none named in it, told from it
    or the two sentences after it (rule `members_of_session`); else none."""
    if not ctx.on("members_of_session"):
        return []
    session = next((m for k, m in ctx.meetings if s <= k <= s + 2 and m.rule == "session_participants"), None)
    return [p for p in ctx.meeting_parties(session) if p.startswith("country-")] if session else []


def _sentence_subject(ctx: Context, s: int, a: int, k: int) -> list[str]:
    """`Беларусь получила статус наблюдателя …, а в 2024 году стала полноправным членом объединения`, `Кыргызстан,
    наряду с …, является членом объединения`: a member word whose clause ``a:k`` has a finite verb and no word in the
    nominative before it is said of the state that opens the sentence in the nominative (rule
    `member_of_sentence_subject`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    clause = toks[a:k]
    if a == sent.first or not any(t.is_finite_verb for t in clause) or \
            any(t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") == "Nom" for t in clause):
        return []
    first = next(iter(ctx.in_sentence(s, ("country",))), None)
    return [first.id] if first is not None and first.start == toks[sent.first].start and not first.adjective and \
        (_nominative(ctx, first) or toks[sent.first].rel.startswith("nsubj")) else []


def _as_member(ctx: Context, s: int, k: int) -> list[str]:
    """`Армения, как член ОДКБ, вправе …`, `обязательствам, взятым на себя как член Совета Европы`, `будучи членом`,
    `являясь полноправным членом`, `в качестве члена` (`membership.as_member`, adjectives between; not `как члена`,
    someone's object), `как одно из государств – участников` (a clause opened by `как` and a partitive `из`): the
    member word is said of the sentence's subject, the nearest state before it named in the nominative, else the first
    after it (`Как член ЕАЭС, Кыргызстан …`); a plural one of every state of the run that state ends (`Китай и
    Франция, как постоянные члены СБ ООН, …`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    a = _clause(ctx, s, k)[0]
    m = k
    while m - 1 > a and toks[m - 1].pos == "ADJ":  # `как полноправный член`
        m -= 1
    said = next((m - n for n in AS_MEMBER_LENGTHS if m - n >= sent.first and
                 " ".join(t.lower for t in toks[m - n:m]) in AS_MEMBER), None)
    if said is None and toks[a].lower == "как" and any(lemmas(t.text) & PARTITIVE for t in toks[a:k]):
        said = a  # `Туркменистан, как одно из государств – участников СПЕКА, …`
    if said is None or (toks[m - 1].lower == "как" and toks[k].feats.get("Case") != "Nom"):
        return []
    named = [r for r in ctx.in_sentence(s, ("country",)) if not r.adjective and _nominative(ctx, r, subject=True)]
    before = [r for r in named if r.stop <= toks[said].start]
    after = [r for r in named if r.start >= toks[k].stop]
    if before and toks[k].feats.get("Number") == "Plur":  # `Китай и Франция, как постоянные члены СБ ООН, …`
        return [r.id for r in reversed(joined_run(ctx, before, len(before) - 1, -1))]
    return [before[-1].id] if before else [after[0].id] if after else []


def _nominative(ctx: Context, ref: Ref, subject: bool = False) -> bool:
    """Is the state named at ``ref`` in the nominative (its first word, as the tagger reads it), or, with
    ``subject``, a subject the parse gives where the tagger reads another case (`Казахстан, являясь членом …`)?"""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    first = ctx.doc.tokens[rng[0]] if rng is not None else None
    return first is not None and (first.feats.get("Case") == "Nom" or (subject and first.rel.startswith("nsubj")))


def _subject_states(ctx: Context, s: int, a: int, stop: int, apposed: bool = False) -> list[str]:
    """The states of the clause opening at token ``a`` up to character ``stop``; where the clause opens with a state,
    the states listed before it in the nominative, one to a comma, are part of its subject (`Турция, Азербайджан,
    Казахстан и Узбекистан являются членами ОТГ`: commas end clauses, not this list); in any case where the member
    word's state noun stands after a dash in apposition to them (``apposed``: `президенты Беларуси, Казахстана и
    России – государств – основателей объединения`, rule `members_apposed`)."""
    toks = ctx.doc.tokens
    members = _states(ctx, toks[a].start, stop, places=False)  # not `посол ЕС в Казахстане и … государств – членов ЕС`
    first = next(iter(ctx.between(toks[a].start, stop, ("country",))), None)
    if not members or first is None or first.start != toks[a].start:
        return members
    run: list[str] = []
    while a - 2 >= ctx.doc.sents[s].first and toks[a - 1].text == ",":
        item = [r for r in ctx.between(toks[a - 2].start, toks[a - 1].start, ("country",)) if not r.adjective]
        if not item or item[-1].stop != toks[a - 2].stop:
            break
        lead = ctx.doc.token_range(item[-1].start, item[-1].stop)
        if lead is None or (toks[lead[0]].feats.get("Case", "Nom") != "Nom" and not apposed):
            break
        run.insert(0, item[-1].id)
        a = lead[0]
    return list(dict.fromkeys(run + members))


def _governed(ctx: Context, s: int, j: int) -> bool:
    """The state word at ``j`` is governed by a preposition a word or two before it (`для ряда стран`, `со
    странами`; not `одним из государств`), or stands in the genitive after persons a verb takes as its object
    (`принял послов государств – членов ЕС`, `руководителей дипломатических представительств государств – членов
    НАТО`) or a preposition governs (`встречу с главами дипломатических миссий государств – членов ЕС`; not `в
    саммите глав государств – членов ШОС`): the members it stands for are others than the clause's states (veto
    `unnamed_members`)."""
    toks = ctx.doc.tokens
    if not ctx.on("unnamed_members"):
        return False
    first = ctx.doc.sents[s].first
    top, persons = toks[j], False
    while top.rel == "nmod" and top.head >= 0 and not persons:
        top = toks[top.head]  # up the chain of words in the genitive, to persons a verb or a preposition governs
        persons = top.feats.get("Animacy") == "Anim" and top.feats.get("Number") == "Plur" and (
            (top.rel in ("obj", "iobj", "obl") and top.head >= 0 and toks[top.head].pos == "VERB") or any(
                t.head == top.i and t.rel == "case" and t.lower not in PARTITIVE for t in toks[first:top.i]))
    return persons or any(t.pos == "ADP" and t.lower not in PARTITIVE for t in toks[max(first, j - 2):j])


def _met_members(ctx: Context, k: int) -> bool:
    """`встретился с членами Комитета по иностранным делам Европейского парламента`: a member word in the plural
    right after `с` (not after `вместе с`, `наряду с`: `membership.alongside`, nor one written with a state word,
    `со странами-членами`) names persons met, whose membership is no one's of the clause (veto `unnamed_members`)."""
    toks = ctx.doc.tokens
    return k > 1 and toks[k - 1].lower in ("с", "со") and toks[k - 2].lower not in ALONGSIDE and \
        toks[k].feats.get("Number") == "Plur" and not _state_member(toks[k]) and ctx.on("unnamed_members")


def _state_member(tok: Token) -> bool:
    """`государством-членом`, `государств-основателей`, `стран-участниц`: a state word and a member word written as
    one hyphenated word, as `государств – членов` is written as two."""
    parts = tok.text.split("-")
    return len(parts) == 2 and bool(lemmas(parts[0]) & STATE_WORDS) and bool(lemmas(parts[1]) & MEMBER_WORDS)


def _qualified(ctx: Context, s: int, a: int) -> list[str]:
    """`позицию Туркменистана, являющегося членом ООН`, `Казахстан, который является членом ШОС`: a clause ``a:``
    opened by a participle or `который` after a comma says it of the state named right before the comma; in the
    plural, of the states joined right before it (`Казахстан и Азербайджан, являющиеся членами ОТГ`)."""
    toks = ctx.doc.tokens
    opener = toks[a]
    if a - 1 <= ctx.doc.sents[s].first or toks[a - 1].text != "," or not (
            opener.feats.get("VerbForm") == "Part" or lemmas(opener.text) & {"который"}):
        return []
    before = [r for r in ctx.between(ctx.doc.sents[s].start, toks[a - 1].start, ("country",)) if not r.adjective]
    if not before or before[-1].stop != toks[a - 2].stop:
        return []
    run = [before[-1]]
    while opener.feats.get("Number") == "Plur" and len(run) < len(before) and \
            ctx.doc.text[before[-len(run) - 1].stop:run[0].start].strip() in (",", "и"):
        run.insert(0, before[-len(run) - 1])
    return [r.id for r in run]


def _noun_members(ctx: Context, s: int, k: int) -> list[str]:
    """`членство Беларуси в ЕАЭС`, `вступление в ЕАЭС Армении и Кыргызстана`, `вступление в БРИКС Египта, Эфиопии
    и ОАЭ`: the states the noun governs, before the body or after it, one after another (`поблагодарил Венгрию,
    напомнив о вступлении Сербии в Совет Европы`: not the state thanked), else the states of the clause."""
    a, b = _clause(ctx, s, k)
    toks = ctx.doc.tokens
    start = toks[k].stop
    org = next(iter(ctx.between(start, toks[min(k + 6, len(toks) - 1)].stop, ("org",))), None)
    if org is not None and ctx.doc.text[start:org.start].strip() in ("в", "во"):
        start = org.stop  # `вступление в БРИКС Египта, Эфиопии, Ирана и ОАЭ`
    sent_end = ctx.doc.sents[s].stop
    governed = _run_after(ctx, start, sent_end)
    return governed or _states(ctx, toks[a].start, toks[b - 1].stop)


def _state_adjective_before(ctx: Context, k: int) -> str | None:
    """`белорусское председательство в ОДКБ`, `в рамках узбекского председательства в ШОС`: the state of an adjective
    right before a member noun (rule `membership_state_adjective`)."""
    if k == 0 or not ctx.on("membership_state_adjective"):
        return None
    tok = ctx.doc.tokens[k - 1]
    ref = next((r for r in ctx.between(tok.start, tok.stop, ("country",)) if r.adjective), None)
    party = ctx.party_of(ref) if ref is not None else None
    return party if party and party.startswith("country-") else None


def _run_after(ctx: Context, start: int, stop: int) -> list[str]:
    """The states named right after character ``start``, one after another joined by `и` or commas."""
    members: list[str] = []
    end = start
    for ref in ctx.between(start, stop, ("country", "person")):
        party = ctx.party_of(ref)
        if ref.adjective or not party or not party.startswith("country-") or \
                ctx.doc.text[end:ref.start].strip() not in ("", ",", "и"):
            break
        members.append(party)
        end = ref.stop
    return list(dict.fromkeys(members))


def _entering(ctx: Context, s: int, k: int) -> tuple[list[Ref], list[str]]:
    """`в ОДКБ входят Армения, Беларусь …`: the organization before the verb, the states after it."""
    toks = ctx.doc.tokens
    orgs = [r for r in ctx.between(toks[max(ctx.doc.sents[s].first, k - 6)].start, toks[k].start, ("org",))]
    if not orgs or ctx.doc.text[orgs[-1].stop:toks[k].start].strip():
        return [], []
    rng = ctx.doc.token_range(orgs[-1].start, orgs[-1].stop)
    if rng is None or rng[0] == 0 or toks[rng[0] - 1].lower not in ("в", "во"):
        return [], []
    return orgs[-1:], _states(ctx, toks[k].stop, ctx.doc.sents[s].stop)


def _joint_work(ctx: Context, s: int, k: int) -> list[str]:
    """`координации двух стран в ООН`, `совместных инициатив Казахстана и Узбекистана в ООН и ОБСЕ`: ``k`` is the
    `в` before the organizations; the states named between a word of joint work in the few words before it and
    ``k`` (or `двух стран`, `стороны`: the pair of the talks) are members."""
    toks = ctx.doc.tokens
    opens = _apposition_opens(ctx, s, k)
    a, _ = _clause(ctx, s, opens - 1 if opens < k else k)  # the clause before the comma of `, в том числе`
    k = opens
    w = next((j for j in range(k - 1, max(a, k - 6) - 1, -1) if lemmas(toks[j].text) & JOINT_WORK), None)
    if w is None:
        return []
    return _states(ctx, toks[w].stop, toks[k].start) or ctx.both_states(s) or _talks_states(ctx, s)


def _apposition_opens(ctx: Context, s: int, k: int) -> int:
    """The comma before `в том числе`, `включая` (`membership.apposition`) right before token ``k``, the joint work
    then named before it (`взаимодействие на многосторонних площадках, в том числе в ООН`), else ``k``."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    for opener in APPOSITION:
        n = len(opener.split())
        if k - n - 1 >= first and toks[k - n - 1].text == "," and \
                " ".join(t.lower for t in toks[k - n:k]) == opener:
            return k - n - 1
    return k


def _talks_states(ctx: Context, s: int) -> list[str]:
    """`Стороны обсудили вопросы взаимодействия в ООН`, `Состоялся обмен мнениями … по взаимодействию в ШОС`: the
    states of the talks the sentence's sides or the talks named again stand for."""
    return [p for p in ctx.all_sides_of_talks(s) if p.startswith("country-")]


RULES = ("membership_frame", "membership_word", "membership_listed", "membership_qualified_state", "membership_noun",
         "membership_entering", "membership_joint_work", "membership_state_noun", "membership_as_member",
         "members_apposed", "member_of_sentence_subject", "sides_beyond_sentence", "members_of_session",
         "membership_fellows", "membership_state_adjective", "owner_of_organization",
         "partner_in_organization")
"""`owner_of_organization`: `членом Всемирной туристской организации ООН`: an organization right after another,
nothing between, is the first one's owner, no second organization joined. `partner_in_organization`: `Польша
является важным партнером Кыргызстана в Европейском союзе`: the state before the copula is a member.
`membership_frame`: `в рамках ООН` with the states of the sentence (or of the talks; not `в рамках формата
«Центральная Азия – ЕС»`, an organization one side of a dialogue); `membership_word`:
`член`, `участник`, `основатель` before the organization, with the states of its clause; `membership_listed`:
`государств – членов ШОС` with the states named after it; `membership_qualified_state`: `Туркменистана,
являющегося членом ООН` (a clause opened by a participle or `который`: the state before its comma);
`membership_noun`: `членство`, `вступление`, `председательство` and the verbs `вступила`, `председательствует`
(told as done) with the states of its clause; `membership_entering`: `в ОДКБ входят A, B`;
`membership_joint_work`: `координации двух стран в ООН и ОБСЕ` (`взаимодействие на многосторонних площадках, в том
числе в ООН`; `взаимодействия в рамках ШОС`, a frame whose sentence names no state); `membership_state_noun`: `X
напомнил, что республика стала членом ЮНЕСКО` (the state noun as the subject: X's state); `membership_as_member`:
`Армения, как член ОДКБ, …`, `обязательствам, взятым на себя как член Совета Европы`, `будучи членом`, `в качестве
члена` (the sentence's subject, the nearest state before it in the nominative); `members_apposed`: `президенты
Беларуси, Казахстана и России – государств – основателей объединения` (every state of the list before the dash, in
whatever case); `member_of_sentence_subject`: `Беларусь получила статус наблюдателя …, а в 2024 году стала
полноправным членом объединения` (a member word's clause with a verb and no subject: the state opening the sentence in
the nominative); `sides_beyond_sentence`: a frame's sentence that tells talks and speaks of their sides, whose
states take in those it names, makes all those sides members (`переговоры с Министром иностранных дел России …, в
ходе которых стороны обсудили координацию в рамках ООН`: Nicaragua too, its minister named before);
`members_of_session`: `состоялся саммит глав государств – членов ШОС` naming no state, those taking part in that
session named after it (`В мероприятии приняли участие A, B и C`) are of member states; `membership_fellows`: `Россия
и Армения – союзники по ОДКБ и ЕАЭС`, `являются партнерами по ЕАЭС` (a fellow's noun and `по`, read as a member
word: the states of its clause); `membership_state_adjective`: `белорусское председательство в ОДКБ`, `в рамках
узбекского председательства в ШОС` (the state of the adjective right before a member noun)."""


VETOES = ("observer_not_member", "unnamed_members", "negated_member", "member_after_status", "reporter_not_member",
          "candidate_not_member")
"""`observer_not_member`: a state given an observer's status in a clause is no member by its sentence.
`unnamed_members`: a member word said of states a preposition governs, none listed after it (`поставщиком газа
для ряда стран – членов ЕС`, `со странами-членами ЕАЭС`), or of persons' states (`встречу с главами миссий государств –
членов ЕС`), gives the clause's states no membership; nor does a plural member word right after `с`, persons met
(`встретился с членами Комитета по иностранным делам Европейского парламента`).
`negated_member`: `не` right before the member word or verb (`не является членом ОДКБ`, `не входит в`) gives
none. `member_after_status`: a member word or noun in another clause than the status's still makes the state a member
(`Беларусь получила статус наблюдателя в ШОС в 2015 году, а в 2024 году стала полноправным членом объединения`).
`reporter_not_member`: the state of who reports, in a lead-in (`Как сообщили в пресс-службе МИД Казахстана, стороны
обсудили взаимодействие в рамках СВМДА`, `По словам …,`), is no member the frame gives; the sides of the talks are.
`candidate_not_member`: a member word or noun whose clause names a candidacy before it (`о кандидатуре Кыргызстана в
непостоянные члены Совета Безопасности ООН на 2027-2028 годы`, `является кандидатом в члены`, `выдвинула кандидатуру на
членство`: `membership.candidacy`) tells a membership sought, not held."""
MEMBER_WORD_RULES = ("membership_word", "membership_listed", "membership_qualified_state", "membership_as_member")
"""The rules that read a member word (`член`, `участник`)."""
TOLD_BY_WORD = frozenset({*MEMBER_WORD_RULES, "membership_noun", "membership_state_noun", "members_apposed",
                          "member_of_sentence_subject"})
"""The rules that read membership from a member word or noun, which a status in another clause does not undo
(`member_after_status`)."""


def _at(ctx: Context, s: int, k: int) -> tuple[list[Ref], list[str], str] | None:
    """The organizations, members and rule of a membership told at token ``k``, if one is."""
    toks = ctx.doc.tokens
    lem = lemmas(toks[k].text)
    if lem & PARTNER and (told := _partner_in(ctx, s, k)) is not None:
        return told
    if lem & ENTERING and ctx.on("membership_entering") and not _negated(ctx, s, k):
        orgs, members = _entering(ctx, s, k)
        return orgs, members, "membership_entering"
    if toks[k].lower in ("в", "во") and ctx.on("membership_joint_work"):
        orgs = _org_list(ctx, s, toks[k].stop)
        if orgs and not ctx.doc.text[toks[k].stop:orgs[0].start].strip():
            members = _joint_work(ctx, s, k)
            if members:
                return orgs, members, "membership_joint_work"
    frame = toks[k].lower == "рамках" and k > ctx.doc.sents[s].first and toks[k - 1].lower == "в"
    fellow = _fellow(toks, k) and ctx.on("membership_fellows")
    member = (fellow or (bool(lem & MEMBER_WORDS or _state_member(toks[k])) and
                         any(ctx.on(r) for r in MEMBER_WORD_RULES))) and not _persons_title(ctx, s, k)
    noun = bool(lem & MEMBER_NOUNS) and ctx.on("membership_noun") and (bool(lem & CHAIRING) or (
        told_as_done(toks, k) and not _noun_planned(ctx, s, k)))  # not `вступить`; a chair to come is a member
    if not ((frame and ctx.on("membership_frame")) or member or noun) or _negated(ctx, s, k):
        return None
    if (member or noun) and _sought(ctx, s, k):
        return None
    orgs = _org_list(ctx, s, toks[k].stop)
    named = next(iter(ctx.between(toks[k].stop, orgs[0].stop, ("org",))), None) if orgs else None
    if member and named and len(ctx.doc.text[toks[k].stop:named.start].split()) > 1:
        orgs = []  # член … ОДКБ: the organization follows the word (a body of it too: `членом Альянса … ООН`)
    if frame and not (member or noun) and orgs and (_verb_between(ctx, k, orgs[0].start) or
                                                   _cooperation_of_sides(ctx, k, orgs[0].start)):
        orgs = []  # `в рамках визита в Брюссель встретился с … ЕС`: the frame is the visit, not the organization
    if frame and not (member or noun):
        orgs = [o for o in orgs if not _side_of_pair(ctx, o)]
    if not orgs:
        return None
    if member:
        members, rule = _word_members(ctx, s, k, orgs)
        rule = "membership_fellows" if fellow and rule == "membership_word" else rule
        if not members and (state := _state_noun(ctx, s, k)):
            return orgs, [state], "membership_state_noun"
        return (orgs, members, rule) if ctx.on(rule) else None
    if noun:
        if adjective := _state_adjective_before(ctx, k):
            return orgs, [adjective], "membership_state_adjective"
        members = _noun_members(ctx, s, k)
        qualify = not members and ctx.on("membership_qualified_state")
        qualified = _qualified(ctx, s, _clause(ctx, s, k)[0]) if qualify else []
        if qualified:
            return orgs, qualified, "membership_qualified_state"  # `Индонезия, председательствовавшая в АСЕАН`
        state = None if members else _state_noun(ctx, s, k)
        return (orgs, [state], "membership_state_noun") if state else (orgs, members, "membership_noun")
    members = _members(ctx, s, toks[k].start) or _frame_opens(ctx, s, orgs[-1].stop)
    if not members and ctx.on("membership_joint_work"):  # `В ходе встречи обсуждены вопросы взаимодействия в рамках …`
        return orgs, _joint_work(ctx, s, k - 1), "membership_joint_work"
    return orgs, members, "membership_frame"


def _cooperation_of_sides(ctx: Context, k: int, start: int) -> bool:
    """`в рамках сотрудничества Россия – АСЕАН`, `в рамках сотрудничества Китая с АСЕАН`: a frame whose noun is a
    cooperation's with its sides named after it, the organization one of them (rule `membership_frame`), not one
    the cooperation is in (`в рамках сотрудничества в ШОС`)."""
    toks = ctx.doc.tokens
    if k + 1 >= len(toks) or not lemmas(toks[k + 1].text) & COOPERATION_CORE:
        return False
    return ctx.doc.text[toks[k + 1].stop:start].strip().lower() not in ("", "в", "во", "на площадке")


def _side_of_pair(ctx: Context, org: Ref) -> bool:
    """`в рамках формата «Центральная Азия – ЕС»`, `диалога «ЕС + Центральная Азия»`: an organization a dash or a plus
    joins to another side names a dialogue of the two, no frame whose states are its members (rule
    `membership_frame`)."""
    text = ctx.doc.text  # read around the name, not a copy of the text before and after it (long documents)
    i, j = org.start, org.stop
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while j < len(text) and text[j].isspace():
        j += 1
    k = j + 1
    while k < len(text) and text[k].isspace():
        k += 1
    return text[i - 1:i] in PAIR_JOINS or (text[j:j + 1] in PAIR_JOINS and text[k:k + 1].isupper())


def _fellow(toks: list[Token], k: int) -> bool:
    """`Россия и Армения – союзники по ОДКБ`, `являются партнерами по ЕАЭС`: a fellow's noun (`membership.fellows`)
    and `по` before an organization are a member word (rule `membership_fellows`); not `партнер по диалогу`, a status
    (`membership.statuses`)."""
    return bool(lemmas(toks[k].text) & FELLOWS) and k + 1 < len(toks) and toks[k + 1].lower == "по"


def _persons_title(ctx: Context, s: int, k: int) -> bool:
    """Does the member word at ``k`` open the title of a post someone holds (`с членом Европейской комиссии по
    вопросам расширения Мартой Кос`): a person's place in a body, no state's membership (not a word inside a
    title, `министры иностранных дел государств – членов ОДКБ`)?"""
    start = ctx.doc.tokens[k].start
    return any(r.start == start and r.id in ctx.held for r in ctx.in_sentence(s, ("post",)))


def _verb_between(ctx: Context, k: int, stop: int) -> bool:
    """Does a finite verb stand after token ``k`` before character ``stop`` (the frame's noun phrase ended)?"""
    return any(t.is_finite_verb for t in takewhile(lambda t: t.start < stop, islice(ctx.doc.tokens, k + 1, None)))


def _negated(ctx: Context, s: int, k: int) -> bool:
    """`Узбекистан не является членом ОДКБ`, `не входит в`: `не` within the two words before the member word or verb
    (not `не только`) says the state is no member (veto `negated_member`)."""
    toks = ctx.doc.tokens
    first = ctx.doc.sents[s].first
    return ctx.on("negated_member") and any(
        toks[j].lower == "не" and toks[j + 1].lower not in NOT_ONLY for j in range(max(first, k - 2), k))


def _sought(ctx: Context, s: int, k: int) -> bool:
    """`о кандидатуре Кыргызстана в непостоянные члены СБ ООН`: a candidacy word (`membership.candidacy`) in the
    member word's clause before it says the membership is sought, not held (veto `candidate_not_member`)."""
    toks = ctx.doc.tokens
    return ctx.on("candidate_not_member") and any(
        lemmas(toks[j].text) & CANDIDACY for j in range(_clause(ctx, s, k)[0], k))


def _state_noun(ctx: Context, s: int, k: int) -> str | None:
    """`membership_state_noun`: `М.Сафарзода напомнил, что республика стала членом ЮНЕСКО`: a state noun
    (`республика`, `страна`: `membership.state_nouns`) in the nominative as the subject of the member word's
    clause, naming no state itself (not `Республика Корея`, `страна пребывания`), is the state of the person the
    sentence names before it, else of the last state it names before it, else, where it names neither, of the one
    state the sentence before in its paragraph names (`Туркменистан … не входит в военно-политические блоки. Вместе с
    тем страна является членом Движения неприсоединения`)."""
    if not ctx.on("membership_state_noun"):
        return None
    toks = ctx.doc.tokens
    a, _ = _clause(ctx, s, k)
    noun = next((t for t in toks[a:k] if not t.is_cap and t.feats.get("Case") == "Nom" and
                 t.feats.get("Number") == "Sing" and lemmas(t.text) & STATE_NOUNS), None)
    if noun is None or noun.i + 1 >= len(toks) or toks[noun.i + 1].is_cap or \
            (toks[noun.i + 1].pos == "NOUN" and toks[noun.i + 1].feats.get("Case") == "Gen"):
        return None
    before = ctx.between(ctx.doc.sents[s].start, noun.start, ("person", "country"))
    for ref in reversed([r for r in before if r.kind == "person"] or before):
        party = ctx.party_of(ref)
        if party and party.startswith("country-") and not ref.adjective:
            return party
    return None if before else _one_state_before(ctx, s)


def _one_state_before(ctx: Context, s: int) -> str | None:
    """The one state named, not by an adjective, in the sentence before ``s`` in its paragraph, if only one is."""
    if ctx.doc.opens_paragraph(s):
        return None
    states = {r.id for r in ctx.in_sentence(s - 1, ("country",)) if not r.adjective}
    return states.pop() if len(states) == 1 else None


def _observers(ctx: Context, s: int) -> dict[str, list[tuple[str | None, int, int]]]:
    """`взаимодействие в рамках ОТГ, где Венгрия имеет статус наблюдателя`, `Узбекистан имеет статус
    государства-наблюдателя при ЕАЭС`, `в рамках АСЕАН, где Россия является партнером по диалогу`, `присоединился к
    БРИКС в качестве страны-партнера` (`membership.partner_compounds`, a compound's second part): the states of a
    clause that gives them an observer's or another status short of membership (`membership.statuses`) are no
    members by sentence ``s``: of the body the clause hangs on by `, где` (not of another named beside it: `в рамках
    СВМДА … и в формате «Центральная Азия – АСЕАН», где Казахстан выступает партнером по диалогу`), else of any
    (None; `observer_not_member`): each state's (body, clause start, clause end) of such clauses."""
    if not ctx.on("observer_not_member"):
        return {}
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    out: dict[str, list[tuple[str | None, int, int]]] = {}
    for k in within(ctx.doc.scan.where(STATUS_WORDS, hyphenated=True), sent.first, sent.last):
        if (stop := _status_stop(toks, k)) is None:
            continue
        a, b = _clause(ctx, s, k)
        body = _body_of_clause(ctx, a) or _body_after(ctx, stop)
        for state in _states(ctx, toks[a].start, toks[b - 1].stop):
            out.setdefault(state, []).append((body, a, b))
    return out


def _status_stop(toks: list[Token], k: int) -> int | None:
    """Where a status short of membership told at token ``k`` ends (an observer's; a partner's compound, `страны-
    партнера`; a phrase of `membership.statuses`, `партнером по диалогу`), if one is told there."""
    parts = toks[k].text.split("-")
    said = lemmas(parts[-1])
    if said & OBSERVERS or (len(parts) > 1 and said & PARTNER_COMPOUNDS):
        return k + 1
    return next((k + 1 + len(rest) for head, rest in STATUS_PHRASES if head in said and
                 tuple(t.lower for t in toks[k + 1:k + 1 + len(rest)]) == rest), None)


def _body_after(ctx: Context, stop: int) -> str | None:
    """The organization named right after a status's words ending at token ``stop`` (`страной-партнером БРИКС`,
    `в качестве партнера ЕС`): the status is of that body only."""
    toks = ctx.doc.tokens
    if stop >= len(toks):
        return None
    return next((r.id for r in ctx.between(toks[stop].start, toks[stop].stop, ("org",)) if r.start == toks[stop].start),
                None)


def _observer(statuses: list[tuple[str | None, int, int]], org: str, k: int, rule: str, on: bool) -> bool:
    """Does a status short of membership (``statuses``: `_observers`) keep the state from membership of ``org`` told
    at token ``k`` by ``rule``? A member word or noun in another clause says it still (`Беларусь получила статус
    наблюдателя в ШОС в 2015 году, а в 2024 году стала полноправным членом объединения`: rule
    `member_after_status`)."""
    told = rule in TOLD_BY_WORD
    return any((body is None or body == org) and not (on and told and not a <= k < b) for body, a, b in statuses)


def _body_of_clause(ctx: Context, a: int) -> str | None:
    """The organization a clause opening `где` at token ``a`` hangs on, right before its comma (a closing quote
    between)."""
    toks = ctx.doc.tokens
    if toks[a].lower != "где" or a < 2 or toks[a - 1].text != ",":
        return None
    end = toks[a - 2].stop if toks[a - 2].text not in ("»", '"') else toks[a - 3].stop
    return next((r.id for r in ctx.between(toks[max(0, a - 12)].start, end, ("org",)) if r.stop == end), None)


def find(ctx: Context) -> list[Membership]:
    found: list[Membership] = []
    seen: set[tuple[str, str]] = set()  # (member, organization) of the memberships found
    for s, sent in enumerate(ctx.doc.sents):
        if not ctx.in_sentence(s, ("org",)) and not ctx.doc.text[sent.start:sent.stop].rstrip().endswith(":"):
            continue  # no organization, no membership (a list after a colon may name the members)
        observers = _observers(ctx, s)
        for k in range(sent.first, sent.last):
            told = _at(ctx, s, k)
            if told is None:
                continue
            orgs, members, rule = told
            for country in members:
                for org in orgs:
                    if _observer(observers.get(country, []), org.id, k, rule, ctx.on("member_after_status")):
                        continue  # an observer is no member
                    if (country, org.id) not in seen:
                        seen.add((country, org.id))
                        found.append(Membership(member=country, organization=org.id, evidence=ctx.evidence(s),
                                                rule=rule))
    return found
