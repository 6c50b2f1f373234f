"""Meetings: talks, negotiations, credentials ceremonies, briefings with a named counterpart.

Receptions and planned meetings are not meetings. Participants are persons; an organization or a
state (`с белорусской стороной`) takes part only where no person of its side is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from ..analysis import Coverage
from ..lexicon import role_nouns, words
from ..mentions.organizations import MEMBER_STATES
from ..models import HoldsPost, Meeting, Organization
from ..morph import lemmas, parses
from ..posts.chain import STATE_BODIES
from ..posts.colleagues import COLLEAGUES
from ..posts.heads import said_plural
from ..posts.lists import CREDENTIALS, CREDENTIALS_AGAIN, credentials_told, laid_out
from ..posts.phrase import CLOSING_QUOTES, OPENING_QUOTES
from ..posts.right import headed_at
from ..references.titles import BARE_STATE_HEADS, OFFICES, office_titles
from ..scan import within
from ..text import DASHES, Token
from .context import SPOKESMAN_TITLES, TALK_NOUNS, Context, Ref
from .setting import (
    FUTURE_BE,
    VISIT_VERBS,
    a_day,
    before_adjectives,
    clause_day,
    elsewhere,
    envoy_abroad,
    is_participle,
    told_as_done,
)

NOUNS = words("meeting.nouns")
JOINING = words("meeting.joining")
"""`приняли участие`, `участвовал`: the words that make a sentence's persons join the meeting told before."""
VERBS = words("meeting.verbs")
COURTESY_NOUNS = words("meeting.courtesy_nouns")
COURTESY_VERBS = words("meeting.courtesy_verbs")
PLANS = words("meeting.planned")
PLANNED = PLANS | words("meeting.receptions")
"""Cues near a trigger that the meeting has not happened, or is a reception."""
FUTURE_VERBS = words("meeting.future_verbs")
MODALS = words("meeting.modals")
MANAGED = words("meeting.managed")
SIDE = words("meeting.side")


AUDIENCE = words("meeting.audience")
"""A meeting `с журналистами` has no named counterpart."""
NOT_RECEIVED = words("meeting.not_received")
"""`принял участие`, `принял приглашение`: what was taken, not whom; no meeting."""


def _audience(ctx: Context, tok: Token) -> bool:
    """`с журналистами`: a plural audience with no organization named after it (`с представителями ВБ`)."""
    if not (lemmas(tok.text) & AUDIENCE and tok.feats.get("Number") == "Plur"):
        return False
    end = ctx.doc.tokens[min(tok.i + 3, len(ctx.doc.tokens) - 1)].stop
    return not ctx.between(tok.stop, end, ("org",))


def _held_with(ctx: Context, s: int, k: int) -> bool:
    """`Ли Чжэ Мён провел в администрации президента саммит с премьер-министром Японии …`: a session noun that is
    the object of a verb of holding, with `с` and a person or state right after it, is talks of two (rule
    `session_held_with`)."""
    toks = ctx.doc.tokens
    if k + 2 >= ctx.doc.sents[s].last or toks[k + 1].lower not in ("с", "со") or toks[k].rel != "obj" or \
            not lemmas(toks[toks[k].head].text) & HELD or not ctx.on("session_held_with"):
        return False
    if not ctx.between(toks[k + 2].start, toks[min(k + 5, ctx.doc.sents[s].last - 1)].stop, ("person", "country")):
        return False
    ctx.changed.append(("meeting", "session_held_with", toks[k].start, toks[k + 1].stop))
    return True


def _is_trigger(ctx: Context, s: int, k: int) -> bool:
    toks = ctx.doc.tokens
    sent = ctx.doc.sents[s]
    tok = toks[k]
    lem = lemmas(tok.text)
    if lem & SESSION_NOUNS and not lem & NOUNS:  # `A и B провели (очередное) заседание межправительственной комиссии`
        j = _before_setting(ctx, s, before_adjectives(toks, k, sent.first))
        return (j >= sent.first and bool(lemmas(toks[j].text) & HELD) and _joint_subjects(ctx, s, j)) or \
            _held_with(ctx, s, k)
    if lem & COURTESY_NOUNS and not lem & NOUNS:
        return _courtesy_call(ctx, s, k)
    if not lem & (NOUNS | VERBS):
        return False
    after = toks[k + 1:min(sent.last, k + 4)]
    if after and after[0].lower in ("с", "со") and len(after) > 1 and _audience(ctx, after[1]):
        return False
    if any(_phone(t) for t in toks[max(sent.first, k - 2):k + 4]):
        return False  # a phone call is not a meeting
    if lem & NOUNS and _margins_of(ctx, k):
        return False
    if lem & NOUNS:  # принял участие во встрече, участвовал в переговорах: joins one already told
        return not _in_document_name(ctx, s, k) and not any(
            lemmas(t.text) & JOINING for t in toks[max(sent.first, k - 3):min(sent.last, k + 5)])
    if "принять" in lem:  # not `Участие в ней приняли министры …`: taking part
        nxt = toks[k + 1].lower if k + 1 < sent.last else ""
        return nxt not in NOT_RECEIVED and tok.pos == "VERB" and not any(
            "участие" in lemmas(t.text) for t in toks[max(sent.first, k - 3):k])
    if "вручить" in lem:
        return any("грамота" in lemmas(t.text) for t in toks[k:min(sent.last, k + 4)])
    if lem & DISCUSSED:
        return not _call_told_again(ctx, s) and (_joint_subjects(ctx, s, k) or _discussed_with_person(ctx, s, k))
    return bool(lem & {"встретиться", "побеседовать", "переговорить"})


def _margins_of(ctx: Context, k: int) -> bool:
    """`На полях встречи министров … X провел встречи с A и B`: a talks noun right after `на полях` names the session
    whose margins the sentence's talks are on, no talks of its own (rule `margins_not_talks`)."""
    toks = ctx.doc.tokens
    return k > 1 and toks[k - 1].lower == "полях" and toks[k - 2].lower == "на" and ctx.on("margins_not_talks")


DOCUMENT_NOUNS = words("agreement.documents")
NAME_STOPS = words("agreement.occasions") | words("meeting.talks_results")
"""Two words no document's name runs back past to a talks noun (`в ходе`, `по итогам`)."""


def _in_document_name(ctx: Context, s: int, k: int) -> bool:
    """`подписали меморандум о взаимопонимании по проведению политических консультаций`, `Программу консультаций между
    МИД …`: a talks noun in a document's name, lower-case words back to the document's noun with no verb, stop or
    occasion (`по итогам`, `в ходе`) between, names what the document is about, no talks (rule
    `talks_in_document_name`)."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    for j in range(k - 1, max(first, k - 10) - 1, -1):
        tok = toks[j]
        if not tok.is_word or tok.pos in ("VERB", "AUX") or f"{tok.lower} {toks[j + 1].lower}" in NAME_STOPS:
            return False
        if lemmas(tok.text) & DOCUMENT_NOUNS and tok.pos in ("NOUN", "PROPN"):
            return ctx.on("talks_in_document_name")
    return False


def _courtesy_call(ctx: Context, s: int, k: int) -> bool:
    """`Посол … нанес прощальный визит министру иностранных дел …`, `нанес визит вежливости Председателю …`: a visit
    noun after `нанести` (adjectives between) with a word in the dative right after it (past `вежливости`) is a
    meeting with that one (rule `courtesy_call`); not `нанес визит в Казахстан`, a trip."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    j = before_adjectives(toks, k, sent.first)
    after = k + 1 + (k + 1 < sent.last and toks[k + 1].lower == "вежливости")
    if not ctx.on("courtesy_call") or j < sent.first or not lemmas(toks[j].text) & COURTESY_VERBS or \
            after >= sent.last or toks[after].feats.get("Case") != "Dat":
        return False
    ctx.changed.append(("meeting", "courtesy_call", toks[j].start, toks[k].stop))
    return True


def _before_setting(ctx: Context, s: int, j: int) -> int:
    """The token before the place or date that token ``j`` closes with its preposition (`провели в Тбилиси
    заседание`, `провели 30 июля очередное заседание`), else ``j``."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    setting = [r for r in ctx.between(toks[max(first, j - 4)].start, toks[j].stop, ("location", "date"))
               if r.stop == toks[j].stop]
    if not setting or (rng := ctx.doc.token_range(setting[-1].start, setting[-1].stop)) is None:
        return j
    a = rng[0] - 1 if rng[0] > first and toks[rng[0] - 1].pos == "ADP" else rng[0]
    return a - 1 if a > first else j


def _joint_subjects(ctx: Context, s: int, k: int) -> bool:
    """`Посол Беларуси в Китае Александр Ярошенко и вице-губернатор провинции Цзянсу Ху Гуанцзе обсудили …`: a verb
    of discussion (or of holding a session: `провели заседание`) right after two persons of different states (or a
    state's and an international body's: `Мухриддин и Генеральный секретарь ШОС Нурлан Ермекбаев обсудили`; or a
    company's: `глава «Росатома» A и министр энергетики Узбекистана B обсудили`) joined by `и` (`и его грузинский
    коллега`) tells their talks (rule `meeting_joint_subjects`)."""
    if not ctx.on("meeting_joint_subjects") or ctx.doc.tokens[k].start < ctx.lead[0]:
        return False  # a headline's talks are told again in the text
    pair = joined_pair(ctx, s, k)
    if pair is None:
        return False
    ctx.changed.append(("meeting", "meeting_joint_subjects", pair[0].start, ctx.doc.tokens[k].stop))
    return True


def joined_pair(ctx: Context, s: int, k: int) -> tuple[Ref, Ref] | None:
    """The two persons of different sides (states, international bodies, companies) joined by `и` right before the
    finite verb ``k`` as its subject, if there are, and they are not the end of a longer list."""
    if ctx.doc.tokens[k].feats.get("VerbForm") != "Fin":
        return None
    people = ctx.between(ctx.doc.sents[s].start, ctx.doc.tokens[k].start, ("person",))
    if len(people) < 2 or ctx.doc.text[people[-1].stop:ctx.doc.tokens[k].start].strip() not in ("", *DASHES):
        return None  # a dash closes the names set off after a noun: `Сопредседатели комиссии — A и B — обсудили`
    first, second = people[-2], people[-1]
    if len(people) > 2 and ctx.doc.text[people[-3].stop:ctx.named_from(s, first)].strip() == ",":
        return None  # `A, B и C провели трехстороннюю встречу`: the last two of a longer list are no pair
    between = ctx.doc.text[first.stop:ctx.named_from(s, second)].split()
    tail = ctx.doc.text[first.stop:_before_whence(ctx, first.stop, second.start)].split()  # the counterpart noun
    joined = between == ["и"] or (tail[:1] == ["и"] and len(tail) <= 4 and bool(  # may be read as a post of its own
        lemmas(tail[-1]) & COLLEAGUES))  # `Байрамов и его грузинский коллега Макар Бочоришвили обсудили`
    return _of_two_sides(ctx, first, second) if joined else None


def _of_two_sides(ctx: Context, first: Ref, second: Ref) -> tuple[Ref, Ref] | None:
    """``first`` and ``second`` as a pair, where they are two persons each of a side named, not the same one."""
    sides = {_side_of(ctx, first), _side_of(ctx, second)}
    return (first, second) if first.id != second.id and len(sides - {None}) == 2 else None


def _side_of(ctx: Context, ref: Ref) -> str | None:
    """The state or international body a person speaks for, else the company or other body of their post (`глава
    госкорпорации «Росатом» A и министр энергетики Узбекистана B обсудили`), else the region their title has them
    head (`Губернатор Новосибирской области A и аким Павлодарской области B подписали`: `regions_of_heads`), else the
    code of their state no country mention names (`Владимир Путин` in a Moscow item: rule `side_of_unnamed_state`)."""
    region = ctx.region_of.get(ref.id) if ctx.on("regions_of_heads") else None
    home = ctx.home_of.get(ref.id) if ctx.on("side_of_unnamed_state") else None
    return ctx.party_of(ref) or ctx.employer_of.get(ref.id) or region or home


def _before_whence(ctx: Context, start: int, stop: int) -> int:
    """Where `из` and the state right before offset ``stop`` open (`его коллега из Лаоса Тхонгсаван Фомвихан`), else
    ``stop``."""
    states = [r for r in ctx.between(start, stop, ("country",)) if not ctx.doc.text[r.stop:stop].strip()]
    before = ctx.doc.text[start:states[-1].start].rstrip() if states else ""
    return len(before) - 2 + start if before.endswith(" из") else stop


def _pair_referred(ctx: Context, s: int) -> tuple[list[str], int] | None:
    """`A и B подписали в Минске программу. … Главы правительств обсудили …`: a verb of discussion whose subject is
    a plural talks noun (`министры`, `главы МИД двух стран`, `стороны`), in a sentence naming no one before it, tells
    the talks of the pair the last sentence naming a person made its joint subject (or the sentence before that one,
    where it names none but the pair: `A и B подписали … Подписание состоялось во время визита B …`), unless it tells
    a phone call (rule `pair_referred`); so do talks named by their noun alone with such a verb in their clause
    (`Подписание состоялось после переговоров, в ходе которых стороны обсудили …`); (the pair, that sentence)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    if not ctx.on("pair_referred") or sent.start < ctx.lead[0] or s == 0:
        return None
    verb = next((k for k in range(sent.first, sent.last) if lemmas(toks[k].text) & DISCUSSED and
                 toks[k].is_finite_verb and told_as_done(toks, k)), None)
    officials = None
    if (verb is None or ctx.between(sent.start, toks[verb].start, ("person",)) or not any(
            t.head == verb and t.rel.startswith("nsubj") and lemmas(t.text) & TALK_NOUNS and said_plural(t)
            for t in toks[sent.first:verb])) and (officials := _plural_officials_met(ctx, s)) is None:
        return None
    before = _sentence_naming_before(ctx, s)
    if before is None or ctx.doc.sents[before].start < ctx.lead[0]:
        return None
    pair = _pair_of(ctx, before)
    if pair is None and (earlier := _sentence_naming_before(ctx, before)) is not None and \
            ctx.doc.sents[earlier].start >= ctx.lead[0] and (pair := _pair_of(ctx, earlier)) is not None:
        named = {r.id for r in ctx.in_sentence(before, ("person",))}  # `A и B подписали … Церемония состоялась в
        pair, before = (pair, earlier) if named <= {r.id for r in pair} else (None, before)  # ходе визита B …`
    prior = ctx.doc.sents[before]
    if any(_phone(t) for t in toks[prior.first:prior.last]):
        return None  # `A и B провели телефонный разговор. Лидеры обсудили …`: a call, no meeting
    if pair is None or (officials and not all(_holds_office(ctx, r.id, officials) or not ctx.titles_held(r.id)
                                              for r in pair)):
        return None  # `Президенты …` after a president and a minister: no title of both (one untitled may hold it)
    return [pair[0].id, pair[1].id], before


def _plural_officials_met(ctx: Context, s: int) -> str | None:
    """`Затем между президентами состоялась беседа`, `После церемонии президенты провели переговоры`, `по итогам
    переговоров глав внешнеполитических ведомств`: a talks noun told as done whose sides are a plural role noun or
    title (after `между` near it, in the genitive right after it, or the subject of the verb it is the object of), in
    a sentence naming no person, tells the talks of the pair named before, as `Лидеры обсудили` does (rule
    `plural_officials_met`): the title both must hold, `""` for a role noun, else None."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    if not ctx.on("plural_officials_met") or ctx.in_sentence(s, ("person",)):
        return None
    posts = ctx.doc.starting_at("post")
    titles = {i: str(f.data["title"]) for i in range(sent.first, sent.last)
              if (f := posts.get(i)) is not None and f.data.get("plural")}
    for k in range(sent.first, sent.last):
        if not lemmas(toks[k].text) & NOUNS or planned(ctx, s, k):
            continue
        near = toks[max(sent.first, k - 3):min(sent.last, k + 4)]  # and the subject of the verb it is the object of
        subject = [t for t in toks[sent.first:k] if toks[k].rel == "obj" and t.head == toks[k].head and t not in near]
        for t in near + subject:
            role = bool(lemmas(t.text) & TALK_NOUNS) and said_plural(t)
            if not role and t.i not in titles:
                continue
            if toks[t.i - 1].lower == "между" or (t.i == k + 1 and t.feats.get("Case") == "Gen") or (
                    toks[k].rel == "obj" and ((t.rel.startswith("nsubj") and t.head == toks[k].head) or
                                              _subject_parse_missed(ctx, s, t.i, toks[k].head))):
                ctx.changed.append(("meeting", "plural_officials_met", toks[k].start, t.stop))
                return "" if role else titles[t.i]
    return None


def _subject_parse_missed(ctx: Context, s: int, i: int, verb: int) -> bool:
    """`После церемонии главы правительств провели переговоры`, which the parse hangs on `церемонии`: a word in the
    nominative before a verb that has no subject is its subject (rule `plural_officials_met`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    return i < verb and toks[i].feats.get("Case") == "Nom" and toks[verb].pos == "VERB" and not any(
        t.rel.startswith("nsubj") and t.head == verb for t in toks[sent.first:sent.last])


def _pair_together(ctx: Context, s: int) -> tuple[Ref, Ref] | None:
    """`Шавкат Мирзиёев вместе с Президентом Азербайджанской Республики Ильхамом Алиевым посетил …`: the subject of
    the clause `вместе с`, `совместно с` is in and the first person after it, of different sides (one may be of no
    state named: `Президент Ильхам Алиев`), are the pair the sentence is about (rule `plural_officials_met`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    k = next((j for j in range(sent.first, sent.last - 1) if toks[j].lower in TOGETHER and
              toks[j + 1].lower in ("с", "со")), None)
    if k is None or not ctx.on("plural_officials_met"):
        return None
    after = ctx.between(toks[k + 1].stop, sent.stop, ("person",))
    first = ctx.subject(k, ("person",))
    if first is None or not after or first.start > toks[k].start:
        return None
    second, sides = after[0], {_side_of(ctx, first), _side_of(ctx, after[0])}
    return (first, second) if first.id != second.id and len(sides) == 2 else None  # one side may be unnamed


def _pair_after_verb(ctx: Context, s: int) -> tuple[Ref, Ref] | None:
    """`Документ подписали министр иностранных дел Беларуси A и министр иностранных дел Омана B.`: the two persons of
    different sides joined by `и` after the sentence's first finite verb, closing it, with no one named before the
    verb nor `с` bringing them in, are its subject, the pair it is about (rule `pair_after_verb`; not `A встретилась с
    B и C`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    k = next((j for j in range(sent.first, sent.last) if toks[j].is_finite_verb), None)
    if k is None or not ctx.on("pair_after_verb") or ctx.between(sent.start, toks[k].start, ("person",)):
        return None
    people = ctx.between(toks[k].stop, sent.stop, ("person",))
    if len(people) != 2 or ctx.doc.text[people[1].stop:sent.stop].strip(" .;") or \
            ctx.doc.text[people[0].stop:ctx.named_from(s, people[1])].split() != ["и"] or \
            {"с", "со"} & set(ctx.doc.text[toks[k].stop:ctx.named_from(s, people[0])].lower().split()):
        return None
    return _of_two_sides(ctx, *people)


def _pair_of(ctx: Context, s: int) -> tuple[Ref, Ref] | None:
    """The pair sentence ``s`` is about: its joint subject, the two `вместе с` joins, or the two after its verb."""
    return _subject_pair(ctx, s) or _pair_together(ctx, s) or _pair_after_verb(ctx, s)


def _sentence_naming_before(ctx: Context, s: int) -> int | None:
    """The last sentence before ``s`` that names a person, if any."""
    return next((r for r in range(s - 1, -1, -1) if ctx.in_sentence(r, ("person",))), None)


def _subject_pair(ctx: Context, s: int) -> tuple[Ref, Ref] | None:
    """The pair sentence ``s`` makes the joint subject of its first finite verb (`joined_pair`), if any."""
    sent = ctx.doc.sents[s]
    k = next((j for j in range(sent.first, sent.last) if ctx.doc.tokens[j].is_finite_verb), None)
    return joined_pair(ctx, s, k) if k is not None else None


def _discussed_with_person(ctx: Context, s: int, k: int) -> bool:
    """`Лавров обсудил со своим саудовским коллегой Фейсалом бен Фарханом …`: a finite verb of discussion with `с` and
    a person after it, a few words on, tells talks with that person (rule `meeting_discussed_with`); not in a
    headline, whose talks the text tells again."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    if not ctx.on("meeting_discussed_with") or not toks[k].is_finite_verb or toks[k].start < ctx.lead[0]:
        return False
    j = next((i for i in range(k + 1, min(last, k + 4)) if toks[i].lower in ("с", "со")), None)
    if j is None or not _words_no_verb(toks[k + 1:j]) or j + 1 >= last:
        return False
    found = ctx.between(toks[j].stop, ctx.doc.sents[s].stop, ("person",))
    gap = ctx.doc.token_range(toks[j].stop, found[0].start) if found else None
    if gap is None or gap[1] - gap[0] > 10 or not _words_no_verb(toks[gap[0]:gap[1]]):
        return False  # the title words only, up to the name
    ctx.changed.append(("meeting", "meeting_discussed_with", toks[k].start, found[0].stop))
    return True


def _phone(tok: Token) -> bool:
    """`по телефону`, `телефонный разговор`, `телефонные переговоры`."""
    return tok.lower == "телефону" or "телефонный" in lemmas(tok.text)  # not `номер телефона`


PHONE = words("meeting.phone")
"""Lemmas a phone call's cue has (`_phone` tells which of their tokens are one)."""


def _calls(ctx: Context) -> None:
    """Phone calls told (`провел телефонный разговор с Y`, `X и Y обсудили по телефону`): no meetings, but their
    sides are those `стороны` and `собеседники` stand for after them (`Context.calls`)."""
    cues = _phone_cues(ctx)
    for s, sent in enumerate(ctx.doc.sents):
        cue = next(iter(within(cues, sent.first, sent.last)), None)
        if cue is None or planned(ctx, s, cue):
            continue
        sides = _sides(ctx, s, cue)
        if len(sides) >= 2:
            date, place = ctx.when_where(s)
            ctx.calls.append((s, Meeting(participants=[r.id for r in sides], date=date, location=place,
                                         evidence=ctx.evidence(s), rule="call_sides")))
            ctx.changed.append(("meeting", "call_sides", sent.start, sent.stop))


def _call_told_again(ctx: Context, s: int) -> bool:
    """`Токаев провел телефонный разговор с Президентом Узбекистана … Касым-Жомарт Токаев и Шавкат Мирзиёев обсудили
    …`: a verb of discussion in a sentence whose persons, two or more, are all sides of the phone call told last (no
    meeting told since) goes on telling that call, not talks (rule `call_told_again`)."""
    if not ctx.on("call_told_again") or not any(k <= s for k, _ in ctx.calls):
        return False  # no call told yet: nothing to look back for (cheap on long texts)
    last = ctx.last_meeting(s)
    if last is None or last.rule != "call_sides":
        return False
    sent = ctx.doc.sents[s]
    persons = {r.id for r in ctx.between(sent.start, sent.stop, ("person",))}
    return len(persons) >= 2 and persons <= set(last.participants)


def _phone_cues(ctx: Context) -> list[int]:
    """The tokens that cue a phone call (`телефонный`, `по телефону`), in order."""
    return [k for k in ctx.doc.scan.with_lemma(PHONE) if _phone(ctx.doc.tokens[k])]


def _not_called(ctx: Context, s: int, triggers: list[int], sides: list[Ref]) -> list[Ref]:
    """`провел телефонный разговор с премьер-министром Японии …, а затем встретился с председателем Европейской
    комиссии …`, `принял … Ван И, а затем провел телефонный разговор с … Путиным`: the ones named after a phone
    call's cue, up to the next talks word, were called, not met (rule `call_not_met`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    cues = within(_phone_cues(ctx), sent.first, sent.last) if ctx.on("call_not_met") else []
    if not cues:
        return sides
    subject = ctx.subject(triggers[0], ("person",))  # `После телефонного разговора с A B встретился с C`: B meets
    for cue in cues:
        end = toks[next((k for k in triggers if k > cue), sent.last - 1)].start
        sides = [r for r in sides if not toks[cue].stop <= r.start < end or (subject and r.start == subject.start)]
    return sides


def _words_no_verb(toks: list[Token]) -> bool:
    """Are ``toks`` all words, none a verb (what may stand between `обсудил`, `с` and the name after it)?"""
    return all(t.is_word and t.pos != "VERB" for t in toks)


def planned(ctx: Context, s: int, k: int, cues: frozenset[str] | set[str] = PLANNED) -> bool:
    """A cue within a few words of trigger ``k`` (before a verb of discussion only: what follows it is the topic,
    `обсудили подготовку к заседанию`) or governing it (`Государственный визит Президента Казахстана в Монголию
    запланирован …`), or a verb of the sentence in the future tense (not one heading a relative clause the trigger
    is not in: `прибыл … в Брюссель, где примет участие в заседании` tells an arrival; one right before the trigger
    governs it whatever the parse says: `прибыл в Доху, где в понедельник проведет переговоры`)."""
    sent = ctx.doc.sents[s]
    toks = ctx.doc.tokens
    first = _reporting_clause(ctx, s, k)
    after = 1 if lemmas(toks[k].text) & DISCUSSED else 3
    if any(lemmas(toks[j].text) & cues and not _invitation_ground(ctx, j)
           for j in range(max(first, k - 3), min(sent.last, k + after))):
        return True
    head = toks[k].head
    if _subject_of_plan(ctx, s, k, cues):
        return True
    if first <= head < k and toks[k].rel == "conj" and lemmas(toks[head].text) & NOUNS and \
            ctx.on("planned_conjunct") and planned(ctx, s, head, cues):
        return True  # `запланированы переговоры с A и встреча с B`: the talks joined to planned ones are planned
    if _talks_in_infinitive(ctx, s, k) or (first <= head and _governed_by_future(ctx, s, k)) or \
            _negated_event(ctx, s, k):
        return True
    return any(lemmas(t.text) & FUTURE_VERBS and (t.feats.get("Tense") == "Fut" or _possible(toks, j, sent.first))
               and not (t.rel == "acl:relcl" and not ctx.under(k, j, sent.first, sent.last) and not j < k <= j + 2)
               for j, t in enumerate(toks[first:sent.last], first))  # `где примет …`


def _reporting_clause(ctx: Context, s: int, k: int) -> int:
    """The first token of the clause trigger ``k`` is in where that clause says who said what (`Моди совершит визит в
    Узбекистан, сообщил Саидов на встрече с послом Индии`): neither the plans said nor the persons named in them are
    the talks they were said at (rule `reported_content`); else the sentence's first token."""
    comma = ctx.reporting_comma(s)
    return comma + 1 if comma is not None and k > comma else ctx.doc.sents[s].first


def _invitation_ground(ctx: Context, j: int) -> bool:
    """`находилась в Японии с официальным визитом по приглашению министра …`: an invitation right after `по` is the
    ground of an event told, not a plan (rule `invitation_ground`; `пригласил посетить`, `принял приглашение` still
    are)."""
    toks = ctx.doc.tokens
    return j > 0 and toks[j - 1].lower == "по" and bool(lemmas(toks[j].text) & INVITATION) and \
        ctx.on("invitation_ground")


def _negated_event(ctx: Context, s: int, k: int) -> bool:
    """`не встретился с …`, `так и не смог провести переговоры с …`, `Переговоры … не состоялись`, `не посетил Баку`:
    `не` right before the trigger, or before a verb it hangs on (three heads up at most), tells an event that did not
    happen (rule `negated_event`; not `не только`, `не раз`, whose `не` stands before another word), where each word
    on the way is its verb's subject, object or complement (not a clause of its own, `не знала о запрете на въезд,
    когда приехала в страну`, nor a frame, `во время встречи внук ничего не говорил`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    if not ctx.on("negated_event"):
        return False
    j = k
    for _ in range(3):
        if j > sent.first and toks[j - 1].lower == "не":
            return True
        head = toks[j].head
        if not sent.first <= head < sent.last or toks[head].pos not in ("VERB", "AUX") or \
                toks[j].rel.split(":")[0] not in ARGUMENTS:
            return False
        j = head
    return False


ARGUMENTS = frozenset({"nsubj", "obj", "xcomp"})
"""The relations by which a trigger, or a verb on its way up, is an argument of the verb above it."""


def _subject_of_plan(ctx: Context, s: int, k: int, cues: frozenset[str] | set[str]) -> bool:
    """`Государственный визит … запланирован …`: the trigger is the subject of a word of plan; or, by rule
    `plan_subject_nouns`, a noun it hangs on as a conjunct or a modifier is (`планируется участие министра в
    бизнес-форуме и переговоры с …`, which the parse hangs on `бизнес-форуме`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    for _ in range(4 if ctx.on("plan_subject_nouns") else 1):  # a bound: the parse may make a cycle
        head = toks[k].head
        if not sent.first <= head < sent.last:
            return False
        if toks[k].rel.startswith("nsubj") and lemmas(toks[head].text) & cues:
            return True
        if toks[k].rel not in ("conj", "nmod") or toks[head].pos != "NOUN":
            return False
        k = head
    return False


def _governed_by_future(ctx: Context, s: int, k: int) -> bool:
    """`отбудет с официальным визитом во Францию`, `вылетит с государственным визитом в Китай`: the trigger, or the
    verb before it that it hangs on, in the future tense tells an event still to come, whatever the verb (rule
    `governed_by_future`; not a verb after it, which the parse may wrongly give: `во время своего визита в Москву …
    выразил надежду, что … его поддержит президент`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    head = toks[k].head
    verb = k if toks[k].pos == "VERB" else head if sent.first <= head < k else None
    return verb is not None and ctx.on("governed_by_future") and toks[verb].pos == "VERB" and \
        toks[verb].feats.get("Tense") == "Fut"


def _talks_in_infinitive(ctx: Context, s: int, k: int) -> bool:
    """`намерен встретиться с …`, `собирается провести переговоры с …`: a talks verb in the infinitive, or the verb
    right before a talks noun (`провести переговоры`), tells talks still to come, unless a verb of managing in the past
    governs it (`удалось встретиться`, `смогли обсудить`; rule `talks_in_infinitive`)."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    j = k if toks[k].pos == "VERB" else k - 1
    if not ctx.on("talks_in_infinitive") or j < first or toks[j].pos != "VERB" or \
            toks[j].feats.get("VerbForm") != "Inf":
        return False
    before = toks[j - 1] if j > first else None
    return not (before is not None and lemmas(before.text) & MANAGED and before.feats.get("Tense") == "Past")


def _possible(toks: list[Token], j: int, first: int) -> bool:
    """`может состояться`, `могут провести`: an event verb in the infinitive after a modal not in the past tense;
    `будут проведены`, `будет проводить`, `будет также находиться`: any form after a future auxiliary."""
    if any(t.lower in FUTURE_BE for t in toks[max(first, j - 2):j]):
        return True
    modal = toks[j - 1] if j > first else None
    return toks[j].feats.get("VerbForm") == "Inf" and modal is not None and bool(lemmas(modal.text) & MODALS) and \
        modal.feats.get("Tense") != "Past"


CLAUSE_MARKS = {";", ":", "«", "»", "(", ")", "“", "”", '"'}
SUBCLAUSE = words("meeting.subclause")


def _clause(ctx: Context, s: int, k: int) -> tuple[int, int]:
    """Character bounds of the clause around token ``k``: quotes, colons and subordinate clauses end it, and after it
    a finite verb after a comma (`… с Джайшанкаром, сообщил официальный представитель … Тэмми Брюс`: the reporter is
    no side; before it, `Лавров, прибывший в Душанбе …, провел переговоры`, the comma closes a participle's phrase),
    but for one more talks of the same subject (`был принят A, провел переговоры с B, а также встретился с C`: rule
    `meeting_each_counterpart`)."""
    sent = ctx.doc.sents[s]
    toks = ctx.doc.tokens
    names = _name_quotes(toks, sent.first, sent.last)

    def boundary(i: int, ahead: bool) -> bool:
        return (toks[i].text in CLAUSE_MARKS and i not in names) or (toks[i].text == "," and i + 1 < sent.last and (
            toks[i + 1].lower in SUBCLAUSE or (ahead and toks[i + 1].is_finite_verb and not _talks_again(ctx, i + 1))))

    a = k
    while a > sent.first and not boundary(a - 1, False):
        a -= 1
    b = k
    while b + 1 < sent.last and not boundary(b + 1, True):
        b += 1
    return toks[a].start, toks[b].stop


def _talks_again(ctx: Context, v: int) -> bool:
    """Is the finite verb ``v`` one more talks of the clause's subject: a talks verb or one with a talks noun right
    after it (`провел переговоры`), with no subject of its own in the parse?"""
    toks = ctx.doc.tokens
    first, last = ctx.doc.sent_bounds(v)
    talks = bool(lemmas(toks[v].text) & VERBS) or any(lemmas(t.text) & NOUNS for t in toks[v + 1:min(v + 3, last)])
    return talks and ctx.on("meeting_each_counterpart") and not any(
        t.head == v and t.rel.startswith("nsubj") for t in toks[first:last])


QUOTED_NAME = 6
"""The most words a name in quotes holds (`форума «Валдай»`, `Диалог «Центральная Азия – Индия»`)."""


def _name_quotes(toks: list[Token], first: int, last: int) -> set[int]:
    """The quote marks of tokens ``first:last`` that enclose a name right after a word (`на полях форума «Валдай»
    провел встречи`): a few words and no finite verb between them, no clause's bounds."""
    out: set[int] = set()
    for i in range(first + 1, last):
        if toks[i].text not in OPENING_QUOTES or not toks[i - 1].is_word or i in out:
            continue  # `"` closing a name (in ``out``) opens no other
        close = next((j for j in range(i + 1, min(last, i + QUOTED_NAME + 2)) if toks[j].text in CLOSING_QUOTES), None)
        if close is not None and close > i + 1 and not any(t.is_finite_verb for t in toks[i + 1:close]):
            out |= {i, close}
    return out


def _sides(ctx: Context, s: int, k: int) -> list[Ref]:
    """Participants named around trigger ``k``: persons of its clause (of the sentence if the clause has
    fewer than two), then bodies or states with no person of their own (nor a body of a person's state)."""
    people: list[Ref] = []
    start, stop = _clause(ctx, s, k)
    start = max(start, ctx.doc.tokens[_reporting_clause(ctx, s, k)].start)
    own = ctx.between(start, stop, ("person",))
    owners = False  # a person named only as a thing's owner or author (`Следуя предложению Дмитрия Медведева, …`)
    for refs in (_where_subject(ctx, s, k, start, own) + own, ctx.in_sentence(s, ("person",))):
        people = []
        for ref in refs:
            if ref.id in {p.id for p in people} or ctx.reports(ref, k):
                continue
            if _owned(ctx, s, ref):
                owners = True
            else:
                people.append(ref)
        if len(people) >= 2:
            return people + _unnamed_in_series(ctx, s, k)
    if owners and not people:  # no bodies stand for the sides of talks its persons take no part in
        return _titled_pair_before(ctx, s, k, {r.id for r in ctx.in_sentence(s, ("person",))})
    # what the persons named stand for is no side beside them: the body each serves, and each one's state, a mention
    # or not (`делегацией JICA во главе с вице-президентом …`: Japan's body, though Japan is no mention)
    taken = {ctx.org_of.get(p.id) for p in people} | {ctx.employer_of.get(p.id) for p in people} | {
        f"country-{ctx.home_of[p.id]}" for p in people if p.id in ctx.home_of}
    others: list[Ref] = []
    orgs = {o.id: o for o in ctx.out.organizations}
    unnamed = _unnamed_officials(ctx, s, k, people)
    pending: list[Ref] = []  # the states of unheld titles
    for ref in ctx.in_sentence(s, ("org", "country")):
        if ref.id in taken or ref.id in {o.id for o in others}:
            continue
        is_org = ref.kind == "org"
        if is_org and f"country-{orgs[ref.id].country}" in taken:
            continue  # `Делегация МИД Беларуси во главе с … Лукашевичем`: his own state's body
        if is_org and orgs[ref.id].kind == "media":
            continue
        if _is_side(ctx, ref, org=is_org):
            others.append(ref)
        elif unnamed.covers(ref.start):
            pending.append(_state_of_executive(ctx, ref, orgs) if is_org else ref)
    others += _officials(ctx, s, pending)
    sides = people + (others or ([] if people else _two_states_unnamed(ctx, s, unnamed)))
    if len(sides) < 2 and all(r.kind == "person" for r in sides):
        sides = _titled_pair_before(ctx, s, k, {r.id for r in sides}) or sides
    host = _host_body(ctx, s, k, orgs) if len(sides) == 1 else None
    at_home = host is not None and ctx.country_of.get(sides[0].id) == f"country-{orgs[host.id].country}"
    return [host, *sides] if host is not None and host.id != sides[0].id and not at_home else sides


def _plural_titles(ctx: Context) -> set[tuple[int, int]]:
    """The (start, stop) of the plural titles of the text (`министрами иностранных дел Латвии и Эстонии`)."""
    return {(f.start, f.stop) for f in ctx.doc.found.get("post", []) if f.data["plural"]}


def _unnamed_in_series(ctx: Context, s: int, k: int) -> list[Ref]:
    """`провел встречи с министрами иностранных дел Латвии, Эстонии и Словакии, а также с … Каей Каллас`: a plural
    talks word right before `с` and a plural title no one holds meets the states that title names, beside the persons
    its sentence names (rule `unnamed_in_series`; `officials_unnamed` where it names no one else)."""
    toks = ctx.doc.tokens
    if not _plural_talks(toks[k]) or not ctx.on("unnamed_in_series") or not ctx.on("officials_unnamed"):
        return []
    plural = _plural_titles(ctx)
    titles = Coverage([t for t in ctx.unheld_titles(s) if t in plural and
                       ctx.doc.text[toks[k].stop:t[0]].split() in (["с"], ["со"])])
    return _officials(ctx, s, [r for r in ctx.in_sentence(s, ("country",)) if titles.covers(r.start)])


def _state_of_executive(ctx: Context, ref: Ref, orgs: dict[str, Organization]) -> Ref:
    """`с заместителем председателя Правительства Республики Беларусь`: the state an unnamed official of its
    government serves, as the state of an unnamed minister is (`officials_unnamed`), not the government (an official
    of a ministry named as a body stands for the ministry: `с делегацией во главе с государственным министром …
    Министерства иностранных дел Франции`)."""
    org = orgs[ref.id]
    state = f"country-{org.country}"
    if org.kind == "government" and any(c.id == state for c in ctx.out.countries):
        return replace(ref, id=state, kind="country")
    return ref


def _opens_where(ctx: Context, start: int) -> bool:
    """Does the clause at offset ``start`` open with `где` (`meeting.where_clauses`)?"""
    rng = ctx.doc.token_range(start, start + 1)
    return rng is not None and ctx.doc.tokens[rng[0]].lower in WHERE_CLAUSES


def _where_subject(ctx: Context, s: int, k: int, start: int, own: list[Ref]) -> list[Ref]:
    """`Мирзоян находился с рабочим визитом в Брюсселе, где провел встречи с A и B`: a clause opening `где`
    (`meeting.where_clauses`) that names no one before its talks word ``k`` has the main clause's subject, the
    first person of the sentence (not a spokesperson who reports it: `spokesman_reports`), for its own (rule
    `where_clause_subject`)."""
    toks = ctx.doc.tokens
    if not _opens_where(ctx, start) or any(r.start < toks[k].start for r in own) or \
            not ctx.on("where_clause_subject"):
        return []
    first = next((r for r in ctx.between(ctx.doc.sents[s].start, start, ("person",)) if not ctx.reports(r, k)), None)
    if first is None:
        return []
    ctx.changed.append(("meeting", "where_clause_subject", first.start, toks[k].stop))
    return [first]


def _host_body(ctx: Context, s: int, k: int, orgs: dict[str, Organization]) -> Ref | None:
    """`В Министерстве иностранных дел Туркменистана состоялась встреча с делегацией Азиатского банка развития`: the
    body a sentence opens by, in whose house a meeting `с` one side is held, is the other side, its officials not
    named (rule `officials_unnamed`); ``orgs``: the document's organizations by id."""
    toks, first = ctx.doc.tokens, ctx.doc.sents[s].first
    if not ctx.on("officials_unnamed") or toks[first].lower not in ("в", "во") or \
            not lemmas(toks[k].text) & NOUNS or k + 1 >= ctx.doc.sents[s].last or toks[k + 1].lower not in ("с", "со"):
        return None
    body = next(iter(ctx.in_sentence(s, ("org",))), None)
    if body is None or body.start != toks[first + 1].start or orgs[body.id].kind == "media":
        return None
    ctx.changed.append(("meeting", "officials_unnamed", body.start, body.stop))
    return body


def _two_states_unnamed(ctx: Context, s: int, unnamed: Coverage) -> list[Ref]:
    """`в ходе встречи министров водных ресурсов двух стран`: officials no one holds of `двух стран`, or a plural
    talks noun of them (`лидеры двух стран провели переговоры`), stand for the two states the text speaks of (rule
    `officials_unnamed`, the contract's `встреча президентов двух стран`), or for their persons who met or were
    named as a joint subject before, or are in the next sentence (`official_named_elsewhere`)."""
    toks = ctx.doc.tokens
    for k in ctx.both_words(s):  # the title, then `двух стран` (in it or right after it)
        if k > ctx.doc.sents[s].first and (unnamed.covers(toks[k - 1].start) or (
                lemmas(toks[k - 1].text) & TALK_NOUNS and said_plural(toks[k - 1]))):
            pair = ctx.salient_pair(s)
            title = next((str(f.data["title"]) for f in ctx.doc.found.get("post", [])
                          if f.start <= toks[k - 1].start < f.stop), None)
            met = _pair_met(ctx, s, pair) or _pair_joined_before(ctx, s, pair, title) or \
                _pair_joined_next(ctx, s, pair)
            if met:
                ctx.changed.append(("meeting", "official_named_elsewhere", toks[k].start, toks[k + 1].stop))
                return [Ref(toks[k].start, toks[k + 1].stop, pid, "person") for pid in met]
            if len(pair) == 2:
                ctx.changed.append(("meeting", "officials_unnamed", toks[k].start, toks[k + 1].stop))
                return [Ref(toks[k].start, toks[k + 1].stop, party, "country") for party in pair]
    return []


def _titled_pair_before(ctx: Context, s: int, k: int, named: set[str]) -> list[Ref]:
    """`Соглашение подписали Министр иностранных дел Беларуси A и Министр иностранных дел Омана B. Переговоры глав
    внешнеполитических ведомств прошли в Маскате`: a talks noun ``k`` governing a plural title or role noun of no
    state, in a sentence naming no one but them (``named``), stands for the two persons of two states the last
    sentence naming someone before names alone (or makes its joint subject), or it and the sentence right before it
    name one each (`_persons_named_last`), each holding that title (rule `official_named_elsewhere`)."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    if not ctx.on("official_named_elsewhere") or k + 1 >= last or not lemmas(toks[k].text) & NOUNS or \
            toks[k + 1].feats.get("Number") != "Plur":
        return []
    post = next((f for f in ctx.doc.found.get("post", []) if f.a == k + 1), None)
    title = post.data if post is not None and post.data.get("plural") else None
    role = role_nouns().match_at(toks, k + 1, last) if title is None else None
    stop = role.stop if role else post.b if post is not None else k + 1
    before = _sentence_naming_before(ctx, s)
    if (title is None and role is None) or before is None or s - before > 2 or (
            stop < last and ctx.between(toks[stop].start, toks[stop].stop, ("country", "org"))):
        return []  # `переговоры министров обороны Кыргызстана и Таджикистана`: of states (`officials_unnamed`)
    joined = _subject_pair(ctx, before)
    persons = list(dict.fromkeys(r.id for r in joined)) if joined else _persons_named_last(ctx, before)
    states = {ctx.country_of.get(p) for p in persons} - {None}
    family = str(title["family"]) if title else role.value[0] if role else ""
    if len(persons) != 2 or len(states) != 2 or not named <= set(persons) or \
            not all(_of_family(ctx, p, family, title) for p in persons):
        return []
    ctx.changed.append(("meeting", "official_named_elsewhere", toks[k].start, toks[k + 1].stop))
    return [Ref(toks[k + 1].start, toks[k + 1].stop, p, "person") for p in persons]


def _of_family(ctx: Context, person: str, family: str, title: dict[str, object] | None) -> bool:
    """Does ``person`` hold a post of ``title`` (`министров`: `министр иностранных дел` too) or, for a role noun, of its
    ``family`` (`глав внешнеполитических ведомств`: a minister's; `лидеров`: a head of state's or government's)?"""
    held = ctx.titles_held(person)
    if title is not None:
        name = str(title["title"])
        return _holds_office(ctx, person, name) or any(t.startswith(f"{name} ") for t in held)
    if family == "minister":
        return any(t.split()[0] == "министр" for t in held) or bool(held & OFFICES[2])
    return bool(held & (OFFICES[1] if family == "premier" else OFFICES[0] | OFFICES[1]))


def _pair_met(ctx: Context, s: int, pair: list[str]) -> list[str]:
    """`После переговоров главы двух государств присутствовали …` after the talks of Си Цзиньпин and Анутин
    Чанвиракун: the officials of `двух государств` are the persons of the two states who met in the last meeting told
    before, each the first of its state there (the talks' principals before the members of the delegations: `Затем
    лидеры двух стран продолжили переговоры` after talks the ministers took part in; rule `official_named_elsewhere`);
    else none."""
    last = next((m for k, m in reversed(ctx.meetings) if k < s), None)
    if len(pair) != 2 or last is None or not ctx.on("official_named_elsewhere"):
        return []
    first: dict[str | None, str] = {}  # each state's first person in the meeting
    for p in last.participants:
        first.setdefault(ctx.country_of.get(p) if p.startswith("person-") else None, p)
    persons = [first[state] for state in pair if state in first]
    return persons if len(persons) == 2 else []


def _pair_joined_before(ctx: Context, s: int, pair: list[str], title: str | None) -> list[str]:
    """`Президент … Рахмон и Президент … Мирзиёев приняли участие в церемонии … Затем лидеры двух стран провели
    переговоры`: the two persons of the pair's states the last sentence naming a person made its joint subject, else
    the only two it names (or it and the sentence right before it: `_persons_named_last`), one of each state, each
    holding the officials' ``title`` or another of its office, or for
    a bare head's (`лидеры`, `главы`), that of a head of state or government (`В аэропорту Тбилиси Премьер-министра
    Армении … встретил Премьер-министр Грузии …`; rule `official_named_elsewhere`); else none."""
    k = _sentence_naming_before(ctx, s)
    joined = _pair_as_subject(ctx, k, pair)
    if joined or k is None or len(pair) != 2 or not ctx.on("official_named_elsewhere"):
        return joined
    persons = _persons_named_last(ctx, k)
    if sorted(ctx.country_of.get(p) or "" for p in persons) != sorted(pair):
        return []
    return persons if all(_holds_office(ctx, p, title) for p in persons) else []


def _persons_named_last(ctx: Context, k: int) -> list[str]:
    """The persons sentence ``k`` names, with those of the sentence right before it where ``k`` names one only (`X
    прибыл с визитом. В аэропорту его встретил Y`: the pronoun is none of the mentions)."""
    persons = list(dict.fromkeys(r.id for r in ctx.in_sentence(k, ("person",))))
    earlier = _sentence_naming_before(ctx, k) if len(persons) == 1 else None
    if earlier is not None and k - earlier == 1:
        persons = list(dict.fromkeys([*(r.id for r in ctx.in_sentence(earlier, ("person",))), *persons]))
    return persons


def _holds_office(ctx: Context, person: str, title: str | None) -> bool:
    """Does ``person`` hold ``title`` or another title of its office, or, for no title or a bare head's (`лидер`,
    `глава`: `references.bare_state_heads`), a head of state's or government's?"""
    held = ctx.titles_held(person)
    if title is None or title in BARE_STATE_HEADS:
        return bool(held & (OFFICES[0] | OFFICES[1]))
    return title in held or bool(held & office_titles(title))


def _pair_joined_next(ctx: Context, s: int, pair: list[str]) -> list[str]:
    """`Лидеры двух стран провели переговоры … Президент Вьетнама Лыонг Кыонг и Касым-Жомарт Токаев обсудили …`: the
    two persons of the pair's states the next sentence makes its joint subject (rule `official_named_elsewhere`);
    else none."""
    return _pair_as_subject(ctx, s + 1 if s + 1 < len(ctx.doc.sents) else None, pair)


def _pair_as_subject(ctx: Context, k: int | None, pair: list[str]) -> list[str]:
    """The two persons sentence ``k`` makes its joint subject (`_subject_pair`), where they are of the two states of
    ``pair``; else none."""
    if len(pair) != 2 or k is None or not ctx.on("official_named_elsewhere"):
        return []
    joined = _subject_pair(ctx, k)
    persons = [joined[0].id, joined[1].id] if joined else []
    return persons if sorted(ctx.country_of.get(p) or "" for p in persons) == sorted(pair) else []


def _officials(ctx: Context, s: int, refs: list[Ref]) -> list[Ref]:
    """The sides the states of unheld titles stand for: each the holder named before (`_holder_named`), else, where
    every one left has one, the holder named in the rest of the paragraph; else the state."""
    holders = [_holder_named(ctx, s, ref) for ref in refs]
    later = [h or _holder_named(ctx, s, ref, later=True) for h, ref in zip(holders, refs, strict=True)]
    holders = later if None not in later else holders
    out: list[Ref] = []
    for ref, holder in zip(refs, holders, strict=True):
        out.append(ref if holder is None else replace(ref, id=holder, kind="person"))
        rule = "officials_unnamed" if holder is None else "official_named_elsewhere"
        ctx.changed.append(("meeting", rule, ref.start, ref.stop))
    return out


def _holder_named(ctx: Context, s: int, ref: Ref, later: bool = False) -> str | None:
    """`official_named_elsewhere`: `Находящийся с визитом в Азербайджане Президент Республики Узбекистан Шавкат
    Мирзиёев … Затем состоялась встреча президентов Азербайджана и Узбекистана`: the state of an unheld title
    stands for the one person the text names before as holding that title of that state, not for the state; with
    ``later``, for the one named so in the rest of its paragraph, three sentences at most (`В Бишкеке прошли переговоры
    министров обороны Кыргызстана и Таджикистана. Министр обороны Кыргызской Республики Руслан Мукамбетов …`; `провел
    встречи с послами Китая, Индии и Вьетнама. Послу Китая Се Сяоюну …`); from a sentence ending its paragraph (an
    agency's lead), into the next paragraph (`… встреча заместителей министров иностранных дел Армении, Грузии и
    Ирана.` / `Армению представлял заместитель министра иностранных дел A, Грузию – …`)."""
    if not ctx.on("official_named_elsewhere"):
        return None
    title = next((str(f.data["title"]) for f in ctx.doc.found.get("post", [])
                  if f.start <= ref.start < f.stop), None)
    held = ctx.holders(title, ref.id) if title else {}
    end = _paragraph_on(ctx, s, 3)
    if later and end == s and s + 1 < len(ctx.doc.sents):
        end = _paragraph_on(ctx, s + 1, 2)
    stop = ctx.doc.sents[end].stop
    named = [p for p, at in held.items() if (ref.start < at < stop if later else at < ref.start)]
    return named[0] if len(named) == 1 else None


def _paragraph_on(ctx: Context, s: int, most: int) -> int:
    """The last sentence of sentence ``s``'s paragraph, at most ``most`` sentences on."""
    sents = ctx.doc.sents
    k = s
    while k + 1 < min(len(sents), s + most + 1) and not ctx.doc.opens_paragraph(k + 1):
        k += 1
    return k


def _side_of_counterpart(ctx: Context, sides: list[Ref]) -> list[Ref]:
    """`side_of_counterpart`: `В ходе беседы кубинский министр поблагодарил российскую сторону`: a state's side
    (`российскую сторону`) beside a person who met someone of that state in talks told before is that someone, so
    the talks are those told again, not the person's with the state."""
    persons = {r.id for r in sides if r.kind == "person"}
    if not persons or not ctx.on("side_of_counterpart"):
        return sides
    out: list[Ref] = []
    for ref in sides:
        met = next((p for _, m in reversed(ctx.meetings) if persons & set(m.participants) for p in m.participants
                    if p not in persons and ctx.country_of.get(p) == ref.id), None) \
            if ref.kind == "country" and ref.adjective else None
        if met is not None:
            ctx.changed.append(("meeting", "side_of_counterpart", ref.start, ref.stop))
        out.append(ref if met is None else replace(ref, id=met, kind="person"))
    return out


def _unnamed_officials(ctx: Context, s: int, k: int, people: list[Ref]) -> Coverage:
    """The phrases of sentence ``s`` that name an official no one holds in the text: their states and bodies stand
    for them (rule `officials_unnamed`), outside a headline. Any such phrase where the sentence names no person
    (`Президенты Казахстана и Узбекистана провели переговоры`, `встреча президентов России и Китая`: a plural title
    too); where it names one, the phrase the talks word ``k`` governs, a word or two after it (`Бердымухамедов
    принял Генерального секретаря ОДКБ`), after the delegation it heads (`встретился с делегацией во главе с
    государственным министром по делам Европы Министерства иностранных дел Франции`) or after a participle's phrase
    (`принял прибывшего в Ашхабад с рабочим визитом министра …`), or, the one named after it,
    the subject before it (`Депутаты Мажилиса … встретились с делегацией Бундестага во главе с … Штайнигером`,
    `Президент Сербии принял посла Черногории Милана Ракочевича`)."""
    if not ctx.on("officials_unnamed") or len(people) > 1 or ctx.in_headline(s):
        return Coverage([])  # a headline's talks are told again in the text
    toks = ctx.doc.tokens
    near = toks[min(_past_participle(ctx, s, _past_delegation(ctx, s, _past_credentials(ctx, s, k))) + 3,
                    len(toks) - 1)].stop
    gap = ctx.doc.text[toks[k].stop:people[0].start] if people and people[0].start > toks[k].stop else ""
    # `… встретились с …`, `… принял посла Черногории Милана Ракочевича`: the one named is the counterpart
    with_ = " с " in f" {gap} " or (bool(gap) and "принять" in lemmas(toks[k].text) and _own_title_between(
        ctx, toks[k].stop, people[0].start))
    return Coverage([(a, b) for a, b in ctx.unheld_titles(s) if not people or toks[k].stop < a < near or
                     (with_ and b <= toks[k].start and _nominative(ctx, a))])


def _past_credentials(ctx: Context, s: int, k: int) -> int:
    """`принял верительные грамоты от послов …`: the talks word ``k``, or the last of the credentials' words and
    `от` right after it (the ones presenting them follow)."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    j = k
    while j + 1 < last and (toks[j + 1].lower == "от" or lemmas(toks[j + 1].text) & (CREDENTIALS | CREDENTIALS_AGAIN)):
        j += 1
    return j if j > k + 1 else k


def _past_delegation(ctx: Context, s: int, j: int) -> int:
    """`встретился с делегацией во главе с …`: the `с` that brings in a delegation's head within a few words after
    the talks word ``j`` (the delegation's official follows it), else ``j``."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    if not any("делегация" in lemmas(t.text) for t in toks[j + 1:min(j + 4, last)]):
        return j
    return next((i + 2 for i in range(j + 1, min(j + 8, last) - 2) if headed_at(toks, i)), j)


def _past_participle(ctx: Context, s: int, j: int) -> int:
    """`провела встречи с аккредитованными в Грузии послами стран ЕС`, `принял прибывшего в Ташкент министра …`:
    where a participle and its place follow ``j`` (after `с` or not), two words before the noun it modifies (by the
    parse, else the next in its case: the official follows where a bare `с` would bring one in), else ``j``."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    p = j + 2 if j + 1 < last and toks[j + 1].lower in ("с", "со") else j + 1
    if p + 1 >= last or not is_participle(toks[p]):
        return j
    case, head, end = toks[p].feats.get("Case"), toks[p].head, min(p + 8, last)
    noun = head if p < head < end and toks[head].pos == "NOUN" else next(
        (i for i in range(p + 1, end) if toks[i].pos == "NOUN" and toks[i].feats.get("Case") == case), None)
    return noun - 2 if noun is not None else j


def _own_title_between(ctx: Context, start: int, stop: int) -> bool:
    """Is the text between characters ``start`` and ``stop`` one title phrase (`принял посла Черногории Милана
    Ракочевича`; not `принял отставку правительства Исама Шарафа`)?"""
    text = ctx.doc.text
    return any(not text[start:r.start].strip() and not text[r.stop:stop].strip()
               for r in ctx.between(start, stop, ("post",)))


def _nominative(ctx: Context, start: int) -> bool:
    """Does the phrase starting at character ``start`` open with a word in the nominative (a subject)?"""
    rng = ctx.doc.token_range(start, start + 1)
    return rng is not None and ctx.doc.tokens[rng[0]].feats.get("Case") == "Nom"


def _subject_told_before(ctx: Context, s: int, k: int, counterpart: Ref) -> str | None:
    """`Жапаров совершил государственный визит в Турцию. В Анкаре состоялись переговоры с Президентом Турции …`:
    talks with one counterpart after `с` and no one named before the talks word are held by the one the counterpart
    met in talks told before (`В беседе с Ж.Кулубаевым …`), else by the person the sentence before is about — the
    first named there, of another state than the counterpart's (sentences that name no one passed over: `Стороны
    обсудили …`) — or, where that one is a counterpart of talks the sentence before tells, by the other side of those
    (`В ходе переговоров с Каей Каллас … На встрече с комиссаром ЕС Юттой Урпилайнен обсуждены …`; rule
    `subject_told_before`)."""
    toks = ctx.doc.tokens
    if not ctx.on("subject_told_before") or s == 0 or ctx.between(ctx.doc.sents[s].start, toks[k].start, ("person",)):
        return None
    if not _after_with(ctx, s, counterpart):  # `с Президентом Турции Эрдоганом`
        return None
    met = next((m.participants for _, m in reversed(ctx.meetings) if counterpart.id in m.participants and
                len(m.participants) == 2), None)
    if met is not None:
        return next(p for p in met if p != counterpart.id)
    before = _last_naming_person(ctx, s)
    earlier = [r for r in ctx.in_sentence(before, ("person",)) if r.id != counterpart.id]
    # `В ходе переговоров с A … На встрече с B обсуждены …`: the one who met the counterpart told before meets B
    prev = next((m.participants for k, m in reversed(ctx.meetings) if k == before and len(m.participants) == 2), [])
    other = [p for p in prev if earlier and p != earlier[0].id and earlier[0].id in prev]
    if earlier and _of_other_state(ctx, earlier[0].id, counterpart.id) and not (
            other and _after_with(ctx, before, earlier[0])):  # `С министром … Даути глава ведомства рассмотрел …`
        return _speaker_state(ctx, earlier[0].id)
    return other[0] if other and other[0] != counterpart.id and other[0].startswith("person-") else None


def _several_told_before(ctx: Context, s: int, k: int, sides: list[Ref]) -> list[list[str]]:
    """`В рамках визита состоялись переговоры с Премьер-министром Малайзии A и Верховным правителем B`: persons all
    named after the talks word, the first right after `с`, the rest joined to it by `и` or commas, meet the one told
    before (`_subject_told_before`), each in turn where each speaks for a state or body of their own, else all at
    once; none of them meets another (rule `subject_told_before`)."""
    toks = ctx.doc.tokens
    if any(r.kind != "person" or r.start < toks[k].start for r in sides) or not all(
            ctx.doc.text[a.stop:ctx.named_from(s, b)].strip() in (",", "и") for a, b in pairwise(sides)):
        return []
    before = _subject_told_before(ctx, s, k, sides[0])
    if before is None:
        return []
    parties = [ctx.party_of(r) for r in sides]
    if None not in parties and len(set(parties)) == len(parties):
        return [[before, r.id] for r in sides]
    return [[before, *(r.id for r in sides)]]


def _speaker_state(ctx: Context, person: str) -> str:
    """``person``, or the state of a spokesperson who answers for it (`Ответ официального представителя МИД Казахстана
    … Визит Главы государства в Пекин прошел успешно. В ходе переговоров с Председателем КНР …`): talks the
    spokesperson tells are held by an official of their state, not by them (rule `spokesman_not_subject`)."""
    state = ctx.country_of.get(person)
    if state and ctx.titles_held(person) & SPOKESMAN_TITLES and ctx.on("spokesman_not_subject"):
        return state
    return person


def _after_with(ctx: Context, s: int, ref: Ref) -> bool:
    """Is the person ``ref`` of sentence ``s`` named right after `с`, with their title between: the counterpart of
    talks, not the one who held them?"""
    rng = ctx.doc.token_range(ctx.named_from(s, ref), ref.stop)
    return rng is not None and rng[0] > 0 and ctx.doc.tokens[rng[0] - 1].lower in ("с", "со")


def _named_before_of_another_state(ctx: Context, s: int, person: str) -> str | None:
    """The first person of the last sentence before ``s`` naming one (`_last_naming_person`), where they are of a
    known state other than ``person``'s; else None."""
    earlier = [r for r in ctx.in_sentence(_last_naming_person(ctx, s), ("person",)) if r.id != person]
    return earlier[0].id if s > 0 and earlier and _of_other_state(ctx, earlier[0].id, person) else None


def _of_other_state(ctx: Context, person: str, other: str) -> bool:
    """Is ``person`` of a known state, not ``other``'s?"""
    return ctx.country_of.get(person) not in (None, ctx.country_of.get(other))


def _last_naming_person(ctx: Context, s: int) -> int:
    """The sentence before ``s`` that names a person, passing over up to two that name no one (`Стороны обсудили …`
    after the talks: rule `subject_told_before`); the one right before where none does."""
    return next((k for k in range(s - 1, max(-1, s - 4), -1) if ctx.in_sentence(k, ("person",))), s - 1)


DISCUSSED = words("meeting.discussed")
HELD = words("meeting.held")
AUXILIARIES = words("meeting.auxiliaries")


def _discussed_with(ctx: Context, s: int) -> list[str] | None:
    """`Мередов провел ряд встреч. С министром … Азербайджана Джейхуном Байрамовым обсуждалось сотрудничество …`: a
    sentence opening with `с` and a person, then a verb of discussion, is a meeting of that person with the one
    named before the verb (`С Джорджей Мелони Токаев обсудил …`), else (a plural talks noun between, `стороны
    рассмотрели`, or none) with the first person, of another state, of the sentence before the run of such sentences
    (rule `meeting_discussed_with`)."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    if not ctx.on("meeting_discussed_with") or s == 0 or toks[sent.first].lower not in ("с", "со"):
        return None
    people = ctx.in_sentence(s, ("person",))
    rng = ctx.doc.token_range(ctx.named_from(s, people[0]), people[0].stop) if people else None
    if rng is None or rng[0] != sent.first + 1:
        return None
    j, actor = rng[1], None
    if len(people) > 1 and (named := ctx.doc.token_range(people[1].start, people[1].stop)) and named[0] == j:
        j, actor = named[1], people[1]  # `С Джорджей Мелони Токаев обсудил …`: the one who discussed is named
    elif j < sent.last and lemmas(toks[j].text) & TALK_NOUNS and said_plural(toks[j]):
        j += 1  # `С заместителем министра … Ирана Маджидом Тахт-Раванчи стороны рассмотрели …`
    while j < sent.last and lemmas(toks[j].text) & AUXILIARIES:
        j += 1
    if j >= sent.last or not lemmas(toks[j].text) & DISCUSSED:
        return None
    if actor is not None:
        return [actor.id, people[0].id] if actor.id != people[0].id else None
    k = s - 1
    while k > 0 and toks[ctx.doc.sents[k].first].lower in ("с", "со"):
        k -= 1
    # where that sentence names no one of another known state (`В ходе встречи с Генеральным директором ВТО …`), up
    # to two before it; not one met there, after `с` (rule `counterpart_not_actor`)
    met = ctx.on("counterpart_not_actor")
    actor = next(filter(None, (_of_another_state(ctx, j, people[0].id, skip_met=met)
                               for j in range(k, max(-1, k - 3), -1))), None)
    return [actor.id, people[0].id] if actor else None


INVITATION = words("meeting.invitation")
"""`По приглашению X прибыл Y`: the noun of an invitation, whose holder hosts the visit (`talks_of_invitation`)."""


def _invitation_pair(ctx: Context, s: int) -> list[str] | None:
    """`По приглашению Президента … Эмомали Рахмона … в Душанбе с официальным визитом прибыл Президент … Прабово
    Субианто. В ходе переговоров стороны обсудили …`: talks naming no side, in the sentence right after one (or two
    after) that tells a visit told as done at someone's invitation, are the inviter's with the visitor, the first
    person after the inviter of another state (rule `talks_of_invitation`)."""
    if not ctx.on("talks_of_invitation"):
        return None
    toks = ctx.doc.tokens
    for k in range(s - 1, max(-1, s - 3), -1):
        sent = ctx.doc.sents[k]
        said = ctx.sentence_lemmas(k)
        cue = next((i for i in range(sent.first + 1, sent.last) if said[i - sent.first] & INVITATION and
                    toks[i - 1].lower == "по"), None)
        if cue is None or not any(said[i - sent.first] & VISIT_VERBS and told_as_done(toks, i)
                                  for i in range(sent.first, sent.last)):
            continue
        after = [r for r in ctx.in_sentence(k, ("person",)) if r.start > toks[cue].stop]
        visitor = next((r for r in after[1:] if _of_other_state(ctx, r.id, after[0].id)), None)
        return [after[0].id, visitor.id] if visitor is not None else None
    return None


def _of_another_state(ctx: Context, s: int, person: str, skip_met: bool = False) -> Ref | None:
    """The first person of sentence ``s`` of a known state other than ``person``'s, its subject first (`Послу Китая
    Се Сяоюну министр подтвердил …`: the minister); with ``skip_met``, not one named after `с` (`В ходе встречи с
    Министром … Таджикистан Сироджиддином Мухриддином обсуждены …`: who was met, not who met)."""
    found = [r for r in ctx.in_sentence(s, ("person",)) if _of_other_state(ctx, r.id, person) and
             not (skip_met and _after_with(ctx, s, r))]
    return next((r for r in found if _subject(ctx, r)), found[0] if found else None)


def _subject(ctx: Context, ref: Ref) -> bool:
    """Is a word of the mention ``ref`` a verb's subject by the parse?"""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return rng is not None and any(t.rel.startswith("nsubj") for t in ctx.doc.tokens[rng[0]:rng[1]])


def _owned(ctx: Context, s: int, ref: Ref) -> bool:
    """Is the person named after a noun of something theirs (`подготовку визита Путина`, `передал послание
    Президента Токаева`), with their title between, so not a side of the talks? Not the subject of the finite verb
    right after the name, adverbs between (`В ходе визита С.Шойгу также был принят …`; rule
    `subject_past_adverb`)."""
    rng = ctx.doc.token_range(ctx.named_from(s, ref), ref.stop)
    if rng is None or rng[0] == 0:
        return False
    before, first = ctx.doc.tokens[rng[0] - 1], ctx.doc.tokens[rng[0]]
    if before.sent != first.sent or before.feats.get("Case") == "Ins":
        return False  # not `с рабочей поездкой первого заместителя …`
    toks, j = ctx.doc.tokens, rng[1]
    while j < len(toks) - 1 and toks[j].pos in ("ADV", "PART") and ctx.on("subject_past_adverb"):
        j += 1  # `В ходе визита С.Шойгу также был принят …`
    if j < len(toks) and toks[j].is_finite_verb:
        return False  # the verb's subject: `В рамках поездки Хаканен посетила …`
    if _a_things(ctx, before, rng) and not _received_after_setting(ctx, before):
        return True
    cases = {p.tag.case for p in parses(first.lower)}
    return bool(lemmas(before.text) & OWNED) and "gent" in cases and "nomn" not in cases


def _received_after_setting(ctx: Context, tok: Token) -> bool:
    """`принял в президентском дворце министра … Мохамада Хасана`: does ``tok`` close a place phrase (`в`, `во`, `на`
    and a noun in the prepositional, its adjectives and genitive nouns) right after `принять`, whose object the named
    phrase after it is (rule `received_after_setting`)?"""
    toks = ctx.doc.tokens
    if not ctx.on("received_after_setting") or tok.feats.get("Case") != "Loc":
        return False
    j = tok.i - 1
    while j > tok.i - 5 and j > 0 and toks[j].pos in ("ADJ", "DET"):
        j -= 1
    return toks[j].lower in ("в", "во", "на") and j > 0 and "принять" in lemmas(toks[j - 1].text) and \
        toks[j - 1].pos == "VERB"


def _a_things(ctx: Context, tok: Token, named: tuple[int, int]) -> bool:
    """Is ``tok`` a noun of a thing, no talks, session, taking part nor side, that the phrase ``named`` depends on
    (or on the thing's noun right before it: `сборник стихов Егише Чаренца`), its last word readable in the genitive
    (`подарил книгу Абая`; not `в том числе Высокого представителя …`): the person named is its author or owner, no
    side (rule `owner_not_side`)?"""
    toks = ctx.doc.tokens
    if not ctx.on("owner_not_side") or not _thing_noun(tok):
        return False
    heads = {t.head for t in toks[named[0]:named[1]]}
    held = tok.i in heads or (tok.i > 0 and tok.i - 1 in heads and _thing_noun(toks[tok.i - 1]))
    return held and "gent" in {p.tag.case for p in parses(toks[named[1] - 1].lower)}


def _thing_noun(tok: Token) -> bool:
    """A noun the dictionary reads as inanimate only, none of `THINGS_NOT`."""
    if tok.pos != "NOUN" or lemmas(tok.text) & THINGS_NOT:
        return False
    nouns = [p for p in parses(tok.lower) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("inan" in p.tag for p in nouns)


def _is_side(ctx: Context, ref: Ref, org: bool) -> bool:
    """`делегации ЕАБР`, `с представителями Азиатского банка развития`, `с белорусской стороной`, `делегацию
    Франции`."""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    if rng is None:
        return False
    a, b = rng
    toks = ctx.doc.tokens
    prev = toks[a - 1] if a > 0 else None
    if org or (not ref.adjective and prev is not None and "делегация" in lemmas(prev.text)):
        # a delegation or representatives (plural: `представитель МИД` is a post); a state's delegation
        return prev is not None and bool(lemmas(prev.text) & SIDE) and (
            "представитель" not in lemmas(prev.text) or prev.feats.get("Number") == "Plur")
    return ref.adjective and b < len(toks) and "сторона" in lemmas(toks[b].text)


RULES = ("meeting_talks", "subject_told_before", "meeting_each_counterpart", "meetings_plural",
         "counterparts_of_states",
         "session_participants", "meeting_joined", "meeting_credentials", "meeting_delegation_heads", "call_sides",
         "call_not_met", "call_told_again",
         "meeting_discussed_with", "meeting_joint_subjects", "officials_unnamed", "meetings_listed", "talks_of_agent",
         "meeting_named_later", "side_of_counterpart", "official_named_elsewhere", "heads_of_delegations",
         "where_clause_subject", "pair_referred", "owner_not_side", "officials_session", "courtesy_call",
         "received_after_setting", "talks_in_infinitive", "planned_conjunct", "talks_in_document_name",
         "spokesman_reports", "plan_subject_nouns", "governed_by_future", "talks_of_invitation",
         "occupation_no_official", "each_with_own_preposition", "series_told_before", "chair_told_after",
         "spokesman_not_subject", "talks_pronoun_joined", "session_held_with",
         "delegation_head_named_after", "delegation_other_side", "negated_event", "counterpart_not_actor",
         "subject_past_adverb", "plural_officials_met", "side_of_unnamed_state", "unnamed_in_series",
         "pair_after_verb", "margins_not_talks", "chair_told_before", "session_told_before",
         "headline_side_named", "invitation_ground", "round_of_talks")
"""`meeting_talks`: a talks word and the sides around it make one meeting. `subject_told_before`: with one counterpart
after `с` and no one before the talks word, the one the counterpart met in talks told before holds the talks, else the
first person of the sentence before, of another state. `meeting_each_counterpart`: one person named before the talks
meets those named after each talks word in turn (`министр встретился с A, а также провел переговоры с B`, `был принят
A, провел переговоры с B`): one meeting each, as the contract asks; so after one talks word in the plural
(`meetings_plural`: `провел встречи с A и B`, `с послами Индии и Китая`) or with counterparts of different states,
none the subject's (`counterparts_of_states`: `провел переговоры с министром … Узбекистана A и министром … Киргизии
B`). `session_participants`: a multilateral session
(`заседание`, `совещание`, `саммит`) is one meeting of everyone named as taking part in it — chairing, opening, taking
part (`Под председательством A прошло заседание …`, `В заседании приняли участие B, C и D`), a list laid out after a
colon included; not one who sends a message or declines, not a session still to come. `meeting_joined`: `Во встрече
приняли участие A и B`, `Встреча прошла с участием A`: those named join the meeting told last (the meeting keeps the
rule that found it; the states they stand for leave it), or, with none told, those of two or more states meet.
`meeting_credentials`: the receiver of credentials meets each ambassador listed. `meeting_delegation_heads`: `Узбекскую
делегацию возглавил A, казахстанскую – B`, `Узбекистан представлял A, Казахстан – B` after talks told: the heads
meet. `call_sides`: a phone call is no meeting,
but `стороны`, `собеседники` after it stand for its sides (`Лавров провел телефонный разговор с Фиданом. Собеседники
обсудили совместные проекты в энергетической сфере`: cooperation of Russia and Turkey). `call_told_again`: a verb of
discussion whose sentence names only persons the phone call told last had for sides, two or more, goes on telling
that call (`Касым-Жомарт Токаев и Шавкат Мирзиёев обсудили …` after their call), no talks. `meeting_discussed_with`: a
sentence opening `С <person>
обсуждалось …` (`были рассмотрены`) is that person's meeting with the one the sentence before the run of such sentences
is about, of another state, not one met there after `с` (`counterpart_not_actor`: `В ходе встречи с Министром …
Мухриддином обсуждены … С Министром … Байрамовым рассмотрены …` is the series' holder's, not Мухриддин's); and `X
обсудил с Y …` (a finite verb of discussion, `с` and a person a few title words on,
not in a headline) is X's meeting with Y. `meeting_joint_subjects`: `A и B обсудили …`, two persons of different states
joined by `и` right before a verb of discussion, hold talks. `officials_unnamed`: officials no one holds in the text
make their states or bodies sides, as the contract asks: any, in a sentence that names no person (`Президенты Казахстана
и Узбекистана провели переговоры`); the one the talks word governs, in a sentence that names one, not in a headline
(`Бердымухамедов принял Генерального секретаря ОДКБ`). `meetings_listed`: one person's talks told with a colon meet each
person of the list's items that open with `с` (`провел ряд встреч:` / `– с Послом Турции A;` / `– с Послом Ирана B.`).
`talks_of_agent`: a talks noun in the genitive with a person of its own right after it and `с` another (`оценил итоги
переговоров индонезийского министра с его вьетнамским коллегой B`): those two meet, not the one who speaks of their
talks. `meeting_named_later`: talks whose sides were a state or body, told right before a sentence opening `В ходе` and
its talks noun, are the talks that sentence tells of the persons who stand for them (`… провел консультации с делегацией
МИД Индии. В ходе консультаций … Бакаев и секретарь МИД Индии Танмая Лал обсудили …`): one meeting, theirs; so
after a sentence naming the heads of their delegations (`meeting_delegation_heads`).
`side_of_counterpart`: a state's side (`российскую сторону`) beside a person who met one of that state in talks told
before is that one. `official_named_elsewhere`: the state of an unheld title (`встреча президентов Азербайджана и
Узбекистана`) stands for the one person the text names before as holding that title of that state (`Президент Республики
Узбекистан Шавкат Мирзиёев`); a talks noun governing a plural title of no state (`Переговоры министров прошли в
Маскате`) stands for the two of two states named before holding it. `heads_of_delegations`: after a session told,
`A принял глав делегаций …` (`участников заседания`) is one meeting of A with the session's participants, less
those of A's state. `pair_referred`: `A и B подписали в Минске программу. … Главы правительств обсудили …`: a plural
talks noun as the subject of a verb of discussion stands for the two persons of different states the last sentence
naming a person made its joint subject; they meet. `owner_not_side`: a person named in the genitive after a noun of a
thing (`передал собеседнику сборник стихов Егише Чаренца`, `подарил книгу Абая`) is no side, as one after `визита`,
`послания` is not (`meeting.owned`). `officials_session`: a talks noun right before a plural title or role noun names a
session of those officials
(`прошла встреча министров иностранных дел стран Центральной Азии и ЕС. В ней приняли участие …`).
`courtesy_call`: a visit paid to one in the dative (`нанес прощальный визит министру …`, `нанес визит вежливости
…`) is a meeting with them. `received_after_setting`: after `принял` and the place it tells (`принял в президентском
дворце министра …`), the title and name are the verb's object, not the place's owner (`owner_not_side` does not read
them). `talks_in_infinitive`: a talks verb in the infinitive, or the verb right before a talks noun (`намерен
встретиться с …`, `собирается провести переговоры с …`), tells talks still to come, unless a verb of managing in the
past governs it (`удалось встретиться`). `planned_conjunct`: a talks noun joined by `и` to planned talks is planned too
(`В рамках визита запланированы переговоры с A и встреча с B`). `talks_in_document_name`: a talks noun in a document's
name (`подписали меморандум … по проведению политических консультаций`) names what the document is about, no talks.
`spokesman_reports`: a spokesperson who is the subject of a verb of saying before the talks word (`Официальный
представитель МИД … сообщил, что в Токио состоялись переговоры …`) reports them, no side, nor a visitor
(`Context.reports`). `plan_subject_nouns`: talks the parse hangs, as a conjunct or a modifier, on a noun that is the
subject of a word of plan are planned (`планируется участие министра в бизнес-форуме и переговоры с …`).
`governed_by_future`: a trigger, or the verb before it that it hangs on, in the future tense tells an event still to
come, whatever the verb (`отбудет с официальным визитом во Францию`; visits too). `negated_event`: `не` right before
the trigger or a verb it hangs on tells an event that did not happen (`не встретился с …`, `Переговоры … не
состоялись`, `не посетил Баку`; visits too). `subject_past_adverb`: a name after a thing's noun (`визита`) is the
subject of the finite verb right after it, adverbs between, not the thing's owner (`В ходе визита С.Шойгу также был
принят Президентом …`). `talks_of_invitation`: talks naming
no side, right after a visit told as done at someone's invitation (`По приглашению Президента … Рахмона … прибыл
Президент … Прабово Субианто. В ходе переговоров стороны обсудили …`), are the inviter's with the visitor.
`occupation_no_official`: an occupation no one named holds (`обсуждалась ситуация с российскими журналистами в
Латвии`, `professions.tsv`) is no official whose state stands for them in talks (`Context.unheld_titles`).
`each_with_own_preposition`: one subject meets counterparts each after their own `с` one by one (`встретился с
министром торговли Турции A, с министром энергетики B и с министром транспорта C`), though of one state.
`series_told_before`: so does one whose talks the sentence before told in the plural, naming no one after them
(`Кулубаев … провел серию встреч. Кыргызский министр встретился с A, B и C`). `chair_told_after`: the sentence right
after a session's participants, whose verb of holding takes a session noun for its object (or the talks noun that
named the session: `Встречу провел D`, then no talks of its own), names one more taking part (`В нем приняли участие
A, B и C. Заседание провел D.`); `chair_told_before`: so does the one the sentence right before them tells held it
(`Заседание провел A. В совещании приняли участие B и C`), or opened it where the participants' sentence names it again
by a talks noun (`Встречу открыл A. Во встрече приняли участие …`). `session_told_before`: a session whose sentences
give no date or place takes those of the sentence right before them that names it by its noun and no one
(`24–25 апреля в Ташкенте … состоялась встреча министров … Заседание провел A. Во встрече приняли участие …`).
`spokesman_not_subject`: talks with one counterpart whose
holder the sentence before names as a spokesperson are held by an official of the spokesperson's state, not by them
(`Ответ официального представителя МИД Казахстана … В ходе переговоров с Председателем КНР …`: Kazakhstan's).
`talks_pronoun_joined`: `В них приняли участие A и B` right after a sentence with a talks noun no preposition
governs (`Российско-узбекские переговоры прошли в Кремле.`) tells who took part in those talks, as `В переговорах`
would. `session_held_with`: a session noun a verb of holding governs, with `с` and a person or state right after it
(`Ли Чжэ Мён провел … саммит с премьер-министром Японии …`), is talks of two. `plural_officials_met`: a talks noun
whose sides are a plural title or role noun (`Затем между президентами состоялась беседа`, `президенты провели
переговоры`, `по итогам переговоров глав внешнеполитических ведомств`), in a sentence naming no one, is the talks of
the pair named before, as `pair_referred` reads them (both holding the title, where a title names them), or of the
subject of the sentence before and the one it names after `вместе с` (`Мирзиёев вместе с Президентом … Алиевым
посетил …`); one of the pair holding no title is taken to hold it. `side_of_unnamed_state`: a person whose state no
country mention names (`Владимир Путин` in a Moscow item, known from the leaders' list) is a side of that state's
own beside another's, so `Владимир Путин и Президент Казахстана … приняли участие …` names a pair.
`unnamed_in_series`: `провел встречи с министрами иностранных дел Латвии, Эстонии и Словакии, а также с … Каей
Каллас`: a plural talks word right before `с` and a plural title no one holds meets each state the title names (as
`officials_unnamed` has them) beside the persons the sentence names, one meeting each (`meetings_plural`).
`pair_after_verb`: `Документ подписали министр … Беларуси A и министр … Омана B. Министры также обсудили …`: the pair
`pair_referred` reads may be the subject after the verb, two persons of different sides joined by `и` closing the
sentence, no one named before the verb nor `с` bringing them in. `margins_not_talks`: a talks noun right after `на
полях` (`На полях встречи министров … X провел встречи с A и B`) names the session, not talks of its own.
`headline_side_named`: a headline's meeting with a body's delegation (`… принял делегацию Всемирного банка`) is the
text's meeting of the same persons with one who stands for that body (`… встретился с вице-президентом Всемирного
банка …`): one meeting, not two."""
TOGETHER = words("cooperation.together")
"""`вместе с`, `совместно с` before one who joins the sentence's subject (`_pair_together`)."""
SESSION_NOUNS = words("meeting.session_nouns")
SESSION_ROLES = words("meeting.session_roles")
SESSION_HELD = words("meeting.session_held")
MESSAGES = words("meeting.messages")
OWNED = words("meeting.owned")
HEADED = words("meeting.headed")
GUESTS = words("meeting.guests")
GUEST_GROUPS = words("meeting.guest_groups")
EACH_NOUNS = words("meeting.each_nouns")
IN_TURN = words("meeting.in_turn")
JOINT = words("meeting.joint")
WHERE_CLAUSES = words("meeting.where_clauses")
REFUSALS = words("meeting.refusals")
NOT_TOLD = MESSAGES | REFUSALS
"""A session sentence with one of these tells no taking part (a message sent, a refusal)."""
NOT_JOINED = SESSION_NOUNS | MESSAGES
"""A sentence with one of these joins no earlier meeting (its own session, a message)."""
CALL_NOUNS = words("meeting.call_nouns")
THINGS_NOT = NOUNS | SESSION_NOUNS | SESSION_ROLES | HEADED | SIDE | TALK_NOUNS | CALL_NOUNS
"""Nouns after which a person in the genitive may well be a side (`встреча Путина`, `с участием министра`,
`состоялся телефонный разговор Министра … с …`: the call's)."""
SESSION_PRONOUNS = words("meeting.session_pronouns")
"""`В нем приняли участие …` right after a sentence naming a session: that session."""
SESSION_OR_TALKS = SESSION_NOUNS | NOUNS
"""What tells taking part in a session right after a sentence naming one (`Заседание провел X. Во встрече …`)."""
ROUNDS = words("meeting.rounds")
"""`состоялся раунд диалога …`: talks held, whatever names them (`round_of_talks`)."""


def _plural_talks(tok: Token) -> bool:
    """`встречи`, `беседы` in the plural: as slovnet tags it, or a verb's object that pymorphy can read as a
    plural (slovnet takes `провел встречи` for a genitive singular)."""
    if not lemmas(tok.text) & EACH_NOUNS:
        return False
    return tok.feats.get("Number") == "Plur" or (tok.rel == "obj" and any(
        p.tag.number == "plur" and p.tag.case == "accs" for p in parses(tok.lower)))


def _groups(ctx: Context, s: int, triggers: list[int], sides: list[Ref]) -> list[tuple[list[Ref], str]]:
    """The meetings of one sentence: every side together, or the one subject with the people named after each
    talks word, where two or more talks words each have their own."""
    toks = ctx.doc.tokens
    people = [r for r in sides if r.kind == "person"]
    subjects = [r for r in people if r.stop <= toks[triggers[0]].start]
    turns: dict[int, list[Ref]] = {}
    for ref in people:
        if ref.start >= toks[triggers[0]].start:
            turn = max(k for k in triggers if toks[k].start <= ref.start)
            turns.setdefault(turn, []).append(ref)
    turns.update(_delegation_turns(ctx, s, triggers, turns) if len(subjects) == 1 and turns else {})
    if len(subjects) == 1 and len(turns) >= 2 and len(people) == len(sides) and ctx.on("meeting_each_counterpart"):
        return [([subjects[0], *group], "meeting_each_counterpart") for k, others in turns.items()
                for group in _in_turn(ctx, s, toks[k], subjects[0], others)]
    first = toks[triggers[0]]
    after = [r for others in turns.values() for r in others]
    if len(subjects) == 1 and len(after) >= 2 and len(people) == len(sides):
        rule = "meetings_plural" if _plural_talks(first) else "counterparts_of_states" if _each_a_state(
            ctx, s, subjects[0], after) else None
        if rule and ctx.on(rule):
            return [([subjects[0], other], rule) for other in after]
    others = [r for r in sides if r.start >= first.start]  # `провел встречи с послами Германии, Франции и Италии`
    if len(subjects) == 1 and len(others) >= 2 and len(others) + 1 == len(sides) and ctx.on("meetings_plural") and \
            (_plural_talks(first) or _unnamed_in_turn(ctx, s, subjects[0], others)):
        return [([subjects[0], other], "meetings_plural") for other in others]
    return [(sides, "meeting_talks")] if ctx.on("meeting_talks") else []


def _in_turn(ctx: Context, s: int, trigger: Token, subject: Ref, others: list[Ref]) -> list[list[Ref]]:
    """The counterparts of one talks word met together, or one by one where the talks word is plural or each
    speaks for a state of their own (`поочередно принял Посла Палестины A и Посла Ливана B`)."""
    if len(others) >= 2 and (_plural_talks(trigger) or _each_a_state(ctx, s, subject, others)):
        return [[other] for other in others]
    return [others]


def _delegation_turns(ctx: Context, s: int, triggers: list[int], turns: dict[int, list[Ref]]) -> dict[int, list[Ref]]:
    """`принял посла Японии A, а затем провел встречу с делегацией Азиатского банка развития`: a later talks word
    that names no person but a body's or a state's delegation or representatives (`_is_side`) meets that side."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].stop
    out: dict[int, list[Ref]] = {}
    for n, k in enumerate(triggers):
        if k in turns or k < min(turns):
            continue
        stop = toks[triggers[n + 1]].start if n + 1 < len(triggers) else last
        side = next((r for r in ctx.between(toks[k].stop, stop, ("org", "country"))
                     if _is_side(ctx, r, org=r.kind == "org")), None)
        if side is not None:
            out[k] = [side]
    return out


def _each_a_state(ctx: Context, s: int, subject: Ref, others: list[Ref]) -> bool:
    """Do ``others`` each speak for a state or body of their own, none the subject's (`провел переговоры с министром
    … Узбекистана A и министром … Киргизии B`: bilateral talks in turn, not `с Президентом Туркменистана A и
    Председателем Халк Маслахаты B`), or does sentence ``s`` say the subject met them in turn (`поочередно`)? Not
    where it calls the talks three-sided or more (`в трехстороннем формате`)."""
    parties = [ctx.party_of(r) for r in others]
    own = None not in parties and len(set(parties)) == len(parties) and ctx.party_of(subject) not in parties
    sent = ctx.doc.sents[s]
    if any(lemmas(t.text) & JOINT for t in ctx.doc.tokens[sent.first:sent.last]):
        return False  # `провел переговоры с A и B в трехстороннем формате`: one meeting of all
    return own or _said_in_turn(ctx, s, subject, others) or _each_with_own_preposition(ctx, s, others) or \
        _series_told_before(ctx, s, subject)


def _said_in_turn(ctx: Context, s: int, subject: Ref, others: list[Ref]) -> bool:
    """Does sentence ``s`` say, between the subject and its counterparts, that it met them in turn (`поочередно`:
    `meeting.in_turn`)?"""
    sent = ctx.doc.sents[s]
    return any(t.lower in IN_TURN for t in ctx.doc.tokens[sent.first:sent.last]
               if subject.stop <= t.start < others[0].start)


def _unnamed_in_turn(ctx: Context, s: int, subject: Ref, others: list[Ref]) -> bool:
    """`поочередно принял Послов Алжира, Марокко и Туниса`: states of officials no one names, met by the subject in turn
    (`поочередно` between them: `meeting.in_turn`), each in a meeting of their own (rule `meetings_plural`)."""
    return all(r.kind == "country" for r in others) and _said_in_turn(ctx, s, subject, others)


def _each_with_own_preposition(ctx: Context, s: int, others: list[Ref]) -> bool:
    """`встретился с министром … A, с министром … B и с генеральным секретарем … C`: does each counterpart's phrase
    open with its own `с` (rule `each_with_own_preposition`)?"""
    return ctx.on("each_with_own_preposition") and all(_after_with(ctx, s, ref) for ref in others)


def _series_told_before(ctx: Context, s: int, subject: Ref) -> bool:
    """`Нуртлеу … провел ряд встреч. Казахстанский министр встретился с A, B и C`: does the sentence before, in the
    same paragraph, tell the subject's talks in the plural with no one named after them (rule
    `series_told_before`)?"""
    if ctx.doc.opens_paragraph(s) or not ctx.on("series_told_before") or ctx.in_headline(s - 1):
        return False
    before = ctx.doc.sents[s - 1]
    people = ctx.in_sentence(s - 1, ("person",))
    plural = [t for t in ctx.doc.tokens[before.first:before.last] if _plural_talks(t)]
    return bool(plural) and any(p.id == subject.id for p in people) and \
        not any(p.start > plural[0].start for p in people)


SETTING_BEFORE_ROLE = words("meeting.setting_before_role")


def _session_sentences(ctx: Context) -> tuple[list[int], set[int]]:
    """Sentences that name those taking part in a session held, and those of them that tell who held it right after
    (`_chair_told_after`): a session noun (or a talks noun or `в нем` right
    after a sentence naming the session, which then counts too: `Заседание провел X. Во встрече приняли участие …`,
    `Состоялось совещание министров … В нем приняли участие …`) and a role word told as done (not `будет
    представлять`, nor after `SETTING_BEFORE_ROLE`), no message, not planned; and the items of a list a colon opens
    (each ending in `;`, the last in a full stop)."""
    out: set[int] = set()
    session_before = chaired_before = False  # did the sentence before name a session, or talks with a role?
    toks = ctx.doc.tokens
    roles, sessions = ctx.doc.scan.with_lemma(SESSION_ROLES), ctx.doc.scan.with_lemma(SESSION_NOUNS)
    held = [k for k in ctx.doc.scan.with_lemma(SESSION_HELD) if toks[k].feats.get("Number") == "Plur"]
    roles = sorted({*roles, *held})  # `Заседание провели A и B`: those who held it together
    talks = ctx.doc.scan.with_lemma(NOUNS)
    for s, sent in enumerate(ctx.doc.sents):
        role = next((k for k in within(roles, sent.first, sent.last) if told_as_done(toks, k) and
                     (k == 0 or toks[k - 1].lower not in SETTING_BEFORE_ROLE)), None)
        session = bool(within(sessions, sent.first, sent.last)) or _officials_meet(ctx, within(talks, sent.first,
                                                                                              sent.last))
        before, session_before = session_before, session
        chaired, chaired_before = chaired_before, role is not None and bool(within(talks, sent.first, sent.last))
        if role is None:
            continue
        nouns = SESSION_OR_TALKS if before else SESSION_NOUNS  # `Заседание провел X. Во встрече …`
        words_ = toks[sent.first:sent.last]
        found = [lemmas(t.text) for t in words_]
        named = any(lem & nouns for lem in found) or (before and any(t.lower in SESSION_PRONOUNS for t in words_))
        told = named and not any(
            lem & NOT_TOLD or t.lower == "не" for lem, t in zip(found, words_, strict=True)) and \
            not planned(ctx, s, role)
        if told:
            session_before |= ctx.on("chair_told_before")  # `Встречу открыл A. Во встрече приняли участие B, C …`
            out.update([s, *ctx.list_items(s)])
            if not session or chaired or _chair_told_before(ctx, s):  # the sentence naming the session names its
                out.add(s - 1)  # chair (`Под председательством A … состоялась встреча министров … В мероприятии …`)
    chairs = {s + 1 for s in out if _chair_told_after(ctx, s)}
    return sorted(out | chairs), chairs


def _chair_told_after(ctx: Context, s: int) -> bool:
    """`В работе совещания приняли участие A, B и C. Совещание провел D.`: does the sentence after session sentence
    ``s``, in its paragraph, tell who held the session, by a verb of holding told as done whose object is a session
    noun, or the talks noun that named the session in ``s`` or the sentence before (`Состоялась встреча министров … В
    ней приняли участие … Встречу провел D`; not `провел на полях форума встречу`: talks of its own; rule
    `chair_told_after`)?"""
    if s + 1 >= len(ctx.doc.sents) or ctx.doc.opens_paragraph(s + 1) or not ctx.on("chair_told_after"):
        return False
    return _holds_session(ctx, s + 1, ctx.doc.sents[max(0, s - 1)].first, ctx.doc.sents[s].last)


def _chair_told_before(ctx: Context, s: int) -> bool:
    """`Заседание провел A. В совещании приняли участие B, C и D.`: does the sentence before session sentence ``s``,
    in its paragraph, tell who held the session so (`_holds_session`; rule `chair_told_before`, which also reads a
    talks noun after a sentence that told a session's chair, `Встречу открыл A. Во встрече приняли участие …`)?"""
    if s == 0 or ctx.doc.opens_paragraph(s) or not ctx.on("chair_told_before"):
        return False
    return _holds_session(ctx, s - 1, ctx.doc.sents[s - 1].first, ctx.doc.sents[s].last)


def _holds_session(ctx: Context, k: int, first: int, last: int) -> bool:
    """Does sentence ``k`` tell who held a session, by a verb of holding told as done whose object is a session noun
    or a talks noun said between tokens ``first`` and ``last`` (the sentences naming the session)?"""
    sent, toks = ctx.doc.sents[k], ctx.doc.tokens
    nouns = SESSION_NOUNS | {lem for t in toks[first:last] for lem in lemmas(t.text) & NOUNS}
    held = {t.i for t in toks[sent.first:sent.last] if lemmas(t.text) & SESSION_HELD and told_as_done(toks, t.i)}
    return any(t.head in held and t.rel == "obj" and lemmas(t.text) & nouns for t in toks[sent.first:sent.last])


def _officials_meet(ctx: Context, talks: Sequence[int]) -> bool:
    """`встреча министров иностранных дел стран Центральной Азии и Европейского союза`, `встреча глав
    внешнеполитических ведомств …`: a talks noun right before a title or a role noun in the plural names a session of
    those officials (rule `officials_session`)."""
    if not ctx.on("officials_session"):
        return False
    toks, posts = ctx.doc.tokens, ctx.doc.starting_at("post")
    for k in talks:
        post = posts.get(k + 1)
        role = role_nouns().match_at(toks, k + 1, len(toks)) if k + 1 < len(toks) else None
        if (post is not None and post.data["plural"]) or (
                role is not None and toks[role.start].feats.get("Number") == "Plur"):
            return True
    return False


def _session(ctx: Context, found: list[Meeting]) -> set[int]:
    """One meeting of everyone named in the document's session sentences (`session_participants`); the sentences
    that tell who held it after its participants, whose talks noun is that session's (`Встречу провели A и B`: not
    talks of A and B of their own)."""
    sentences, chaired = _session_sentences(ctx) if ctx.on("session_participants") else ([], set())
    people: list[str] = []
    for s in sentences:
        people += [r.id for r in ctx.in_sentence(s, ("person",)) if r.id not in people and not _owned(ctx, s, r)]
    named = {ctx.country_of.get(p) for p in people}  # the states of unnamed officials taking part, not the named's
    people += [side for side in _unnamed_in_session(ctx, sentences, len(people) > 1) if side not in named]
    if len(people) >= 2:
        _add(ctx, found, sentences[0], people, "session_participants", _session_setting(ctx, sentences))
    return chaired


def _session_setting(ctx: Context, sentences: list[int]) -> tuple[str | None, str | None]:
    """The date and place of a session: each the first its sentences give, in their first run (a sentence or two
    apart at most) after the headline's: a headline gives none, the lead does (`Токаев принял участие в саммите ОЭС`
    over `Ханкенди, 4 июля. … принял участие в XVII саммите …`); a remark further on about the past does not."""
    sentences = _past_headline(ctx, sentences)
    run = [sentences[0]]
    for s in sentences[1:]:
        if s - run[-1] > 2:
            break
        run.append(s)
    told = [ctx.when_where(s) for s in run]
    if (before := _session_told_before(ctx, run[0])) is not None:  # sentence 0 too, where no headline is
        told.append(ctx.when_where(before))
    return next((d for d, _ in told if d), None), next((p for _, p in told if p), None)


def _past_headline(ctx: Context, sentences: list[int]) -> list[int]:
    """``sentences`` but the headline's, unless the headline's are all there are: where an event's day and place
    are told (a headline gives no day, and its place is the dateline's)."""
    return [s for s in sentences if not ctx.in_headline(s)] or sentences


def _session_told_before(ctx: Context, s: int) -> int | None:
    """The sentence right before a session's first naming its participants, where it tells the session by its noun
    and names no one (`24–25 апреля в Ташкенте … состоялась встреча министров транспорта …` before `Заседание провел
    A. Во встрече приняли участие B, C …`): its date and place are the session's where their own give none (rule
    `session_told_before`); not a headline."""
    if s == 0 or ctx.in_headline(s - 1) or ctx.in_sentence(s - 1, ("person",)) or not ctx.on("session_told_before"):
        return None
    said = ctx.sentence_lemmas(s - 1)
    return s - 1 if any(lem & SESSION_OR_TALKS for lem in said) else None


def _unnamed_in_session(ctx: Context, sentences: list[int], plural_only: bool = False) -> list[str]:
    """`В заседании приняли участие министры иностранных дел Азербайджана, Армении и Беларуси`: the states and bodies
    of the titles no one holds taking part stand for their holders (rule `officials_unnamed`); beside two named or
    more, only of plural titles in a sentence naming one of them or telling taking part (`В саммите участвовали
    президенты Казахстана, Кыргызстана …, а также Председатель Европейского совета Антониу Кошта`, `Участие в ней
    приняли министры … Казахстана и Узбекистана. Встречу провели A и B`; not a former title of one named, `некогда
    секретарь ЦК КПСС`, nor the session's own name, `совещание министров … Узбекистана, Туркменистана и
    Афганистана. В нем приняли участие A, B и C`)."""
    if not ctx.on("officials_unnamed"):
        return []
    sides: list[str] = []
    orgs = {o.id: o for o in ctx.out.organizations}
    known = {c.id for c in ctx.out.countries}
    plural = _plural_titles(ctx)
    for s in sentences:
        if plural_only and not ctx.in_sentence(s, ("person",)) and not _tells_taking_part(ctx, s):
            continue
        unheld = [t for t in ctx.unheld_titles(s) if (not plural_only or t in plural) and not _heads_list(ctx, t)]
        titles = Coverage([*unheld, *_role_lists(ctx, s)])
        for ref in ctx.in_sentence(s, ("country", "org")):
            if ref.kind == "org" and _of_members(ctx, ref):
                continue  # `главы … государств – членов ШОС`: the members, not the organization, take part
            state = orgs[ref.id].country if ref.kind == "org" and orgs[ref.id].kind in STATE_BODIES else None
            side = f"country-{state}" if state and f"country-{state}" in known else ref.id
            if titles.covers(ref.start) and side not in sides:
                sides.append(side)  # `главы МИД Азербайджана`: the state of the body its head heads
                ctx.changed.append(("meeting", "officials_unnamed", ref.start, ref.stop))
    return sides


def _tells_taking_part(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` tell taking part in a session (`участвовали`, `приняли участие`)?"""
    sent = ctx.doc.sents[s]
    return bool(within(ctx.doc.scan.with_lemma(SESSION_ROLES), sent.first, sent.last))


def _heads_list(ctx: Context, title: tuple[int, int]) -> bool:
    """Does the title at ``title`` open the list of its holders after a dash or a colon (`Заседание провели
    сопредседатели комиссии – заместитель премьер-министра … A и … B`): they, not its body, take part?"""
    after = ctx.doc.text[title[1]:title[1] + 3].lstrip()
    return after[:1] in DASHES or after[:1] == ":"


def _of_members(ctx: Context, ref: Ref) -> bool:
    """Is the organization ``ref`` named after the word for its members (`государств – членов ШОС`)?"""
    rng = ctx.doc.token_range(ref.start, ref.stop)
    return rng is not None and rng[0] > 0 and bool(lemmas(ctx.doc.tokens[rng[0] - 1].text) & MEMBER_STATES)


def _role_lists(ctx: Context, s: int) -> list[tuple[int, int]]:
    """`главы МИД Азербайджана, Казахстана и Турции`: a role noun in the plural and the states or bodies listed right
    after it (commas and `и` between), as (start, stop) offsets."""
    toks, sent = ctx.doc.tokens, ctx.doc.sents[s]
    out: list[tuple[int, int]] = []
    for i in range(sent.first, sent.last):
        role = role_nouns().match_at(toks, i, sent.last)
        if role is None or toks[role.start].feats.get("Number") != "Plur":
            continue
        end = toks[role.stop - 1].stop
        for ref in ctx.between(toks[role.start].start, sent.stop, ("country", "org")):
            if ref.start > end and ctx.doc.text[end:ref.start].strip() not in ("", ",", "и", ", и"):
                break
            end = max(end, ref.stop)
        out.append((toks[role.start].start, end))
    return out


def _joined(ctx: Context, s: int, found: list[Meeting]) -> None:
    """`Во встрече приняли участие A и B`, `В консультациях участвовали A и B`: the persons of a sentence with a
    talks noun and a word of taking part (`meeting.joining`) join the meeting told last before it (`meeting_joined`);
    with none told before, those of two or more states meet (`В переговорах приняли участие: со стороны России – A;
    со стороны Вьетнама – B`), and one person alone meets the one the text named last before, of another state
    (`Бакаев прибыл с рабочим визитом в Азербайджан. В Баку состоялись консультации с участием … Фариза Рзаева`)."""
    if not ctx.on("meeting_joined"):
        return
    lems = ctx.sentence_lemmas(s)
    talks = next((ctx.doc.sents[s].first + i for i, lem in enumerate(lems) if lem & NOUNS), None)
    referred = talks is None and (talks := _talks_pronoun(ctx, s)) is not None
    if talks is None or not any(lem & JOINING for lem in lems) or any(lem & NOT_JOINED for lem in lems) or \
            planned(ctx, s, talks):
        return  # `В ходе визита запланированы встречи министра с …, а также участие в форуме`: still to come
    last = next((m for k, m in reversed(ctx.meetings) if k < s), None)
    if last is None:
        people = list(dict.fromkeys(ref.id for ref in ctx.in_sentence(s, ("person",))))
        if len({ctx.country_of.get(p) for p in people} - {None}) >= 2:  # `В них …`: where and when those talks were
            _add(ctx, found, s, people, "meeting_joined", ctx.when_where(s - 1, people) if referred else None)
        elif len(people) == 1 and (host := _named_before_of_another_state(ctx, s, people[0])) is not None:
            _add(ctx, found, s, [host, people[0]], "meeting_joined")
        return
    for ref in ctx.in_sentence(s, ("person",)):
        if ref.id not in last.participants:
            last.participants.append(ref.id)
            ctx.changed.append(("meeting", "meeting_joined", ref.start, ref.stop))
            ctx.meeting_of.setdefault(frozenset(last.participants), last)
    _sides_joined(ctx, found, last)


def _sides_joined(ctx: Context, found: list[Meeting], meeting: Meeting) -> None:
    """`состоялась трехсторонняя встреча министров иностранных дел Туркменистана, Азербайджана и Турции. В ней приняли
    участие A, B и C`: the states or bodies of a meeting that the persons who joined it stand for are those persons
    (rule `meeting_joined`), and so are as many sides left as persons of no known state or body; the same meeting told
    by the session's sentences (`session_participants`) is that one."""
    persons = [p for p in meeting.participants if p.startswith("person-")]
    sides = _sides_stood_for(ctx, meeting.participants, persons)
    left = [p for p in meeting.participants if not p.startswith("person-") and p not in sides]
    if left and len(left) == len([p for p in persons if not ctx.country_of.get(p) and not ctx.org_of.get(p)]):
        sides += left
    if not sides:
        return
    ctx.meeting_of.pop(frozenset(meeting.participants), None)
    meeting.participants = [p for p in meeting.participants if p not in sides]
    key = frozenset(meeting.participants)
    same = next((m for m in found if m is not meeting and frozenset(m.participants) == key), None)
    if same is None:
        ctx.meeting_of.setdefault(key, meeting)
        return
    same.date, same.location = same.date or meeting.date, same.location or meeting.location
    found.remove(meeting)
    ctx.meetings[:] = [(j, same if m is meeting else m) for j, m in ctx.meetings]


def _sides_stood_for(ctx: Context, participants: list[str], persons: list[str]) -> list[str]:
    """The participants that are no persons and that one of ``persons`` stands for: a state or body of theirs, or a
    body of their state (`МИД Беларуси` for the Belarusian minister), or the international body whose abbreviation
    closes the name of theirs (`Бюро по демократическим институтам и правам человека ОБСЕ`: the OSCE)."""
    orgs = {o.id: o.country for o in ctx.out.organizations}
    stand = {x for p in persons for x in (ctx.country_of.get(p), ctx.org_of.get(p))} - {None}
    names = {o.name for o in ctx.out.organizations if o.id in stand}
    stand |= {o.id for o in ctx.out.organizations if o.kind == "international" and o.abbr and
              any(name.endswith(f" {o.abbr}") for name in names)}
    return [p for p in participants if not p.startswith("person-") and (
        p in stand or f"country-{orgs.get(p)}" in stand)]


TALKS_PRONOUNS = words("meeting.talks_pronouns")
"""`в них`, `в ней`: the talks a sentence right before names (`talks_pronoun_joined`)."""


def _talks_pronoun(ctx: Context, s: int) -> int | None:
    """`Российско-узбекские переговоры прошли в Кремле. В них приняли участие …`: `в` and a pronoun in sentence ``s``
    after a sentence with a talks noun no preposition governs (its subject or object, not `в ходе переговоров`)
    stand for those talks (rule `talks_pronoun_joined`); where that pronoun is, else None."""
    if not s or not ctx.on("talks_pronoun_joined"):
        return None
    toks, sent, before = ctx.doc.tokens, ctx.doc.sents[s], ctx.doc.sents[s - 1]
    if not any(lemmas(toks[k].text) & NOUNS and (k == before.first or toks[k - 1].pos != "ADP")
               for k in range(before.first, before.last)):
        return None
    return next((k for k in range(sent.first + 1, sent.last)
                 if toks[k].lower in TALKS_PRONOUNS and toks[k - 1].lower in ("в", "во")), None)


def _credentials(ctx: Context, found: list[Meeting]) -> None:
    """`meeting_credentials`: the one who receives credentials (the first person named where they are told who is
    none of the ambassadors) meets each ambassador who presents them — of a credentials list (`posts.lists`), or
    named with an ambassador's title where credentials are told (`Верительные грамоты вручили Посол Японии A и
    Посол Италии B`) — on the day and at the place the first sentence of credentials that gives any tells, a
    headline's only where the text tells them nowhere else."""
    doc = ctx.doc
    told = credentials_told(doc) if doc.document is not None and ctx.on("meeting_credentials") else []
    if not told:  # no credentials spoken of: neither a receiver nor a list
        return
    ambassadors = _presenters(ctx, set(told))
    presenting = {person for person, _ in ambassadors}
    receiver = next(((s, ref.id) for s in told for ref in ctx.in_sentence(s, ("person",))
                     if ref.id not in presenting), None)
    if receiver is None:
        return
    # a headline has no day, its place the dateline's
    when = next((w for w in map(ctx.when_where, _past_headline(ctx, told)) if any(w)), (None, None))
    for person, line in ambassadors:
        _add(ctx, found, line, [receiver[1], person], "meeting_credentials", when)
    named = {ctx.country_of.get(person) for person, _ in ambassadors}
    for state, line in _states_presenting(ctx, set(told), receiver):
        if state not in named:
            _add(ctx, found, line, [receiver[1], state], "meeting_credentials", when)


def _states_presenting(ctx: Context, told: set[int], receiver: tuple[int, str]) -> list[tuple[str, int]]:
    """`… принял верительные грамоты от послов девяти государств. Верительные грамоты вручили послы Венесуэлы,
    Вьетнама, Индии …`, `Верительные грамоты Александру Лукашенко вручили послы …`: the states of a plural
    ambassadors' title no one holds, in a sentence of credentials told as done, the receiver's or one after it naming
    no other person, each with that sentence: their ambassadors present them."""
    doc = ctx.doc
    known = {c.id for c in ctx.out.countries}
    out: list[tuple[str, int]] = []
    for f in doc.found.get("post", []):
        s = doc.tokens[f.a].sent
        if f.data["family"] != "diplomat" or not f.data["plural"] or s not in told or s < receiver[0] or \
                not _done(ctx, s) or any(r.id != receiver[1] for r in ctx.in_sentence(s, ("person",))):
            continue
        out += [(f"country-{code}", s) for code in f.data["countries"] or [] if f"country-{code}" in known]
    return out


def _each_presenting(ctx: Context, s: int, sides: list[Ref]) -> list[str] | None:
    """`Санду приняла верительные грамоты послов Германии, Франции и Польши`: in a sentence of credentials, one
    person and the states of ambassadors no one holds: the receiver meets each state's ambassador on their own (rule
    `meeting_credentials`), not all of them at once; not those the text names (`Послы Швеции Андерс Мартинссон и
    Египта Мохамед Фарид вручили грамоты`: those persons meet the receiver). None where the sentence is no such."""
    if not ctx.on("meeting_credentials") or len(sides) < 3 or sides[0].kind != "person" or \
            s not in credentials_told(ctx.doc) or any(r.kind != "country" for r in sides[1:]):
        return None
    named = {code for pid, code in ctx.country_of.items() if pid != sides[0].id}
    return [r.id for r in sides[1:] if r.id not in named]


def _presenters(ctx: Context, told: set[int]) -> list[tuple[str, int]]:
    """The ambassadors who present credentials, each with the sentence naming them: the holders of the posts of a
    credentials list, and of an ambassador's title in a sentence that speaks of credentials or in the list items
    its colon opens."""
    doc = ctx.doc
    assert doc.document is not None
    done = {s for s in told if _done(ctx, s)}
    done |= {item for s in done for item in ctx.list_items(s)}  # `Верительные грамоты вручили:` then `Посол Италии A;`
    presenting = {(f.start, f.stop) for f in doc.found.get("post", [])
                  if laid_out(f)
                  or (f.data["family"] == "diplomat" and doc.tokens[f.a].sent in done)}
    lines = {ref.id: doc.tokens[rng[0]].sent for ref in ctx.refs if ref.kind == "post"
             and (ref.start, ref.stop) in presenting and (rng := doc.token_range(ref.start, ref.stop))}
    return list(dict.fromkeys((r.person, lines[r.post]) for r in doc.document.relations
                              if isinstance(r, HoldsPost) and r.post in lines))


def _done(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` tell what was done, no verb in the future and no plan (`Посол Перу … вручит верительные
    грамоты на одной из следующих церемоний`)?"""
    sent = ctx.doc.sents[s]
    return not any(t.feats.get("Tense") == "Fut" or lemmas(t.text) & PLANS  # `церемония приема грамот` was held
                   for t in ctx.doc.tokens[sent.first:sent.last])


HEADING = words("meeting.heading")
REPRESENTING = words("meeting.representing")


def _delegation_heads(ctx: Context, found: list[Meeting]) -> None:
    """`meeting_delegation_heads`: `Узбекскую делегацию возглавил A, казахстанскую – B`, `Узбекскую часть комиссии
    возглавил A, венгерскую – B`, `Узбекистан представлял A, Казахстан – B` in or right after a sentence that tells
    talks or a session held: the heads named meet (one meeting), on the date and at the place that sentence gives;
    one head named alone meets the first person, of another state, of that sentence before."""
    if not ctx.on("meeting_delegation_heads"):
        return
    toks = ctx.doc.tokens
    for s in sorted({toks[k].sent for k in ctx.doc.scan.with_lemma(HEADING | REPRESENTING)}):
        if not any(lem & HEADED for lem in ctx.sentence_lemmas(s)) and not _represents_state(ctx, s):
            continue
        heads = list(dict.fromkeys(r.id for r in ctx.in_sentence(s, ("person",))))
        if len(heads) == 1 and s > 0 and _talks_held(ctx, s - 1):  # `Делегация МИД Беларуси во главе с A провела
            other = _of_another_state(ctx, s - 1, heads[0])  # консультации … Российскую делегацию возглавил B`
            side = other.id if other else _other_side_named(ctx, s - 1, heads[0])
            heads = [side, *heads] if side else heads
        held = next((k for k in (s, s - 1) if k >= 0 and _talks_held(ctx, k)), None)
        if len(heads) >= 2 and held is not None:  # the talks' date and place are the sentence's that tells them
            _add(ctx, found, s, heads, "meeting_delegation_heads", ctx.when_where(held) if held != s else None)



def _represents_state(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` name a state right before `представлял` (`Узбекистан представлял A`)?"""
    toks = ctx.doc.tokens
    ends = {r.stop for r in ctx.in_sentence(s, ("country",))}
    sent = ctx.doc.sents[s]
    return any(lemmas(toks[k].text) & REPRESENTING and toks[k - 1].stop in ends
               for k in range(sent.first + 1, sent.last))


def _other_side_named(ctx: Context, s: int, head: str) -> str | None:
    """`состоялись консультации между министерствами иностранных дел Туркменистана и Российской Федерации.
    Российскую делегацию возглавил A`: the one state or body of another state than head ``head``'s that the talks'
    sentence ``s`` names, a body before its state (rule `delegation_other_side`); else None."""
    if not ctx.on("delegation_other_side"):
        return None
    orgs = {o.id: o for o in ctx.out.organizations}
    own = {ctx.country_of.get(head), ctx.org_of.get(head)} - {None}
    sides: dict[str, str] = {}  # state -> the state or its body named
    for ref in ctx.in_sentence(s, ("country", "org")):
        org = orgs.get(ref.id)
        state = f"country-{org.country}" if org is not None and org.country else ref.id
        if org is not None and (org.kind == "media" or not org.country):
            continue
        if ref.id not in own and state not in own:
            sides[state] = ref.id if org is not None else sides.get(state, ref.id)
    return next(iter(sides.values())) if len(sides) == 1 else None


def _talks_held(ctx: Context, s: int) -> bool:
    """Does sentence ``s`` tell talks or a session (`состоялись консультации`, `прошло заседание комиссии`) that are
    not still to come?"""
    sent = ctx.doc.sents[s]
    told = SESSION_OR_TALKS | ROUNDS if ctx.on("round_of_talks") else SESSION_OR_TALKS
    return any(lemmas(ctx.doc.tokens[k].text) & told and not planned(ctx, s, k) for k in range(sent.first, sent.last))


def _add_referred(ctx: Context, found: list[Meeting], s: int, pair: list[str], before: int) -> None:
    """The meeting `_pair_referred` reads in sentence ``s`` of the pair named in sentence ``before``, at the place
    and on the date that sentence gives where ``s`` gives none."""
    date, place = ctx.when_where(s)
    again = ctx.when_where(before)
    _add(ctx, found, s, pair, "pair_referred", (date or again[0], place or again[1]))


def find(ctx: Context) -> list[Meeting]:
    found: list[Meeting] = []
    chaired = _session(ctx, found)
    _credentials(ctx, found)
    _delegation_heads(ctx, found)
    if ctx.on("call_sides"):
        _calls(ctx)
    words = ctx.doc.scan.where(NOUNS, VERBS, SESSION_NOUNS, COURTESY_NOUNS)
    presented = {k for k, m in ctx.meetings if m.rule == "meeting_credentials"}  # each ambassador's own meeting
    skipped = presented | chaired
    for s, sent in enumerate(ctx.doc.sents):
        triggers = [k for k in within(words, sent.first, sent.last)
                    if s not in skipped and _is_trigger(ctx, s, k) and not planned(ctx, s, k)]
        if not triggers:
            if not _talks_joined(ctx, s, found):
                _joined(ctx, s, found)
            if (pair := _discussed_with(ctx, s)) is not None:
                _add(ctx, found, s, pair, "meeting_discussed_with")
            elif (referred := _pair_referred(ctx, s)) is not None:
                _add_referred(ctx, found, s, *referred)
            continue
        sides = _not_called(ctx, s, triggers, _side_of_counterpart(ctx, _sides(ctx, s, triggers[0])))
        listed = _listed_counterparts(ctx, s, sides) if len(sides) == 1 else []
        for item, counterpart in listed:
            _add(ctx, found, item, [sides[0].id, counterpart.id], "meetings_listed")
        if listed:
            continue
        if len(sides) == 1 and (before := _subject_told_before(ctx, s, triggers[0], sides[0])) is not None:
            _add(ctx, found, s, [before, sides[0].id], "subject_told_before")
            continue
        if len(sides) > 1 and (told := _several_told_before(ctx, s, triggers[0], sides)):
            for participants in told:
                _add(ctx, found, s, participants, "subject_told_before")
            continue
        if sides and (guests := _session_guests(ctx, s, triggers[0], sides[0].id)):
            named = [r.id for r in sides if r.kind == "person"]  # `… и Генерального секретаря организации`
            _add(ctx, found, s, [*named, *(g for g in guests if g not in named)], "heads_of_delegations")
            continue
        if not sides and (referred := _pair_referred(ctx, s)) is not None:  # `Подписание состоялось после
            _add_referred(ctx, found, s, *referred)  # переговоров, в ходе которых стороны обсудили …`
            continue
        if not sides and (invited := _invitation_pair(ctx, s)) is not None:
            _add(ctx, found, s, invited, "talks_of_invitation")
            continue
        if len(sides) < 2:
            continue
        pair = _talks_of_agent(ctx, s, triggers[0])
        if pair and set(pair) != {r.id for r in sides} and ctx.on("talks_of_agent"):  # a third who speaks of them
            _add(ctx, found, s, pair, "talks_of_agent")
            continue
        if (each := _each_presenting(ctx, s, sides)) is not None:
            for state in each:
                _add(ctx, found, s, [sides[0].id, state], "meeting_credentials")
            continue
        for group, rule in _groups(ctx, s, triggers, sides):
            ids = [r.id for r in group]
            k = max((t for t in triggers if ctx.doc.tokens[t].start < group[-1].start), default=triggers[0])
            _add(ctx, found, s, ids, rule, _clause_when(ctx, s, k, ids))
        for k, ids in _where_clause_talks(ctx, s, triggers, sides):
            _add(ctx, found, s, ids, "where_clause_subject", _clause_when(ctx, s, k, ids))
    found = _named_later(ctx, found) if ctx.on("meeting_named_later") else found
    return _headline_side_named(ctx, _head_named_after(ctx, found))


def _where_clause_talks(ctx: Context, s: int, triggers: list[int], sides: list[Ref]) -> list[tuple[int, list[str]]]:
    """`встретился с A и посетил генеральное консульство …, где провел встречу с B`: talks in a `где` clause after the
    first talks word's clause, with persons of their own none of ``sides`` (the first clause's), are the main clause
    subject's with them (rule `where_clause_subject`); (their trigger, the participants)."""
    toks, out = ctx.doc.tokens, []
    first_stop = _clause(ctx, s, triggers[0])[1]
    taken = {r.id for r in sides}
    for k in triggers:
        if toks[k].start < first_stop or not ctx.on("where_clause_subject"):
            continue
        if not _opens_where(ctx, _clause(ctx, s, k)[0]):
            continue
        own = _sides(ctx, s, k)
        if len(own) >= 2 and own[0].id in taken and not {r.id for r in own[1:]} & taken:
            out.append((k, [r.id for r in own]))
    return out


def _clause_when(ctx: Context, s: int, k: int, participants: list[str]) -> tuple[str | None, str | None] | None:
    """The date and place of talks at trigger ``k`` whose clause, opened by `, где` or `, а`, gives its own day
    (`setting.clause_day`), else None (the sentence's, `Context.when_where`)."""
    day = clause_day(ctx, s, k)
    return None if day is None else (day, ctx.when_where(s, participants)[1])


def _named_later(ctx: Context, found: list[Meeting]) -> list[Meeting]:
    """`Заместитель министра … РК провел консультации с делегацией МИД Индии. В ходе консультаций … Алибек Бакаев и
    секретарь МИД Индии … Танмая Лал обсудили …`: talks whose sides were a state or body are the talks the next
    sentence, opening `В ходе` and its talks noun, tells of the persons who stand for them (rule
    `meeting_named_later`): the earlier meeting is that one; so are talks of states whose delegations' heads the next
    sentence names (`переговоры глав правительств Беларуси и Вьетнама. Белорусскую делегацию возглавил A, вьетнамскую
    – B`: `meeting_delegation_heads`); the later keeps the earlier's date and place where its own sentence gives
    none (`Министры … провели в Бишкеке переговоры …` in the lead, `В ходе переговоров A и B подписали …` after)."""
    for s, later in list(ctx.meetings):  # the heads' meeting is told before the talks' (`_delegation_heads`)
        words = [t for t in ctx.doc.tokens[ctx.doc.sents[s].first:ctx.doc.sents[s].last] if t.is_word][:3]
        if (len(words) < 3 or [w.lower for w in words[:2]] != ["в", "ходе"] or not lemmas(words[2].text) & NOUNS) \
                and later.rule != "meeting_delegation_heads":
            continue
        earlier = next((m for j, m in reversed(ctx.meetings) if j == s - 1 and m is not later), None)
        if earlier is None or earlier is later or all(p.startswith("person-") for p in earlier.participants):
            continue
        persons = [p for p in later.participants if p.startswith("person-")]
        sides = _sides_stood_for(ctx, earlier.participants, persons)
        if all(p in persons or p in sides for p in earlier.participants):
            later.date, later.location = later.date or earlier.date, later.location or earlier.location
            found = [m for m in found if m is not earlier]
            ctx.meetings[:] = [(j, later if m is earlier else m) for j, m in ctx.meetings]
            ctx.changed.append(("meeting", "meeting_named_later", ctx.doc.sents[s - 1].start, ctx.doc.sents[s].stop))
    return found


def _head_named_after(ctx: Context, found: list[Meeting]) -> list[Meeting]:
    """`Ашимбаев провел встречу с делегацией Народной палаты Королевства Камбоджа. Делегацию возглавил Первый
    вице-председатель Народной палаты Чеам Йеап`: a state or body that sides in a meeting for a delegation stands for
    the one person the next sentence tells heads it (`meeting.heading`, `meeting.headed`), of that state or body
    (rule `delegation_head_named_after`); where that person's meeting is told already, the body's is dropped."""
    if not ctx.on("delegation_head_named_after"):
        return found
    for s, meeting in list(ctx.meetings):
        said = ctx.sentence_lemmas(s + 1) if s + 1 < len(ctx.doc.sents) else []
        if not any(lem & HEADING for lem in said) or not any(lem & HEADED for lem in said):
            continue
        heads = list(dict.fromkeys(r.id for r in ctx.in_sentence(s + 1, ("person",))))
        if len(heads) != 1 or heads[0] in meeting.participants:
            continue
        sides = _sides_stood_for(ctx, meeting.participants, heads)
        if len(sides) != 1:
            continue
        ctx.meeting_of.pop(frozenset(meeting.participants), None)
        meeting.participants = [heads[0] if p == sides[0] else p for p in meeting.participants]
        if frozenset(meeting.participants) in ctx.meeting_of:  # `meeting_delegation_heads` told it
            found = _dropped(ctx, found, meeting)
        else:
            ctx.meeting_of[frozenset(meeting.participants)] = meeting
        ctx.changed.append(("meeting", "delegation_head_named_after", ctx.doc.sents[s + 1].start,
                            ctx.doc.sents[s + 1].stop))
    return found


def _headline_side_named(ctx: Context, found: list[Meeting]) -> list[Meeting]:
    """`Глава МИД Узбекистана принял делегацию Всемирного банка` over `… Бахтиёр Саидов встретился с вице-президентом
    Всемирного банка … Антонеллой Бассани`: a meeting told in the headline alone, where a state or body sides for a
    delegation, is the meeting the text tells of the same persons with one who stands for that state or body (rule
    `headline_side_named`): the headline's is dropped."""
    if not ctx.on("headline_side_named"):
        return found
    told: dict[int, list[int]] = {}  # id of each meeting -> the sentences that tell it
    for s, m in ctx.meetings:
        told.setdefault(id(m), []).append(s)
    in_headline = {key: all(ctx.in_headline(s) for s in sents) for key, sents in told.items()}
    for meeting in list(found):
        sides = [p for p in meeting.participants if not p.startswith("person-")]
        if not sides or not in_headline.get(id(meeting)):
            continue
        persons = [p for p in meeting.participants if p.startswith("person-")]
        if any(set(persons) <= set(m.participants) and not any(ctx.in_headline(s) for s in told.get(id(m), []))
               and _sides_stood_for(ctx, sides, [p for p in m.participants if p not in persons]) == sides
               for m in found if m is not meeting):
            found = _dropped(ctx, found, meeting)
            ctx.meeting_of.pop(frozenset(meeting.participants), None)
            first, last = told[id(meeting)][0], told[id(meeting)][-1]
            ctx.changed.append(("meeting", "headline_side_named", ctx.doc.sents[first].start,
                                ctx.doc.sents[last].stop))
    return found


def _dropped(ctx: Context, found: list[Meeting], meeting: Meeting) -> list[Meeting]:
    """``found`` without ``meeting``, which no sentence of ``ctx.meetings`` tells any more."""
    ctx.meetings[:] = [(j, m) for j, m in ctx.meetings if m is not meeting]
    return [m for m in found if m is not meeting]


def _talks_of_agent(ctx: Context, s: int, k: int) -> list[str]:
    """`итоги переговоров индонезийского министра с его вьетнамским коллегой B`, `в переговорах Сергея Лаврова с
    Муратом Нуртлеу`: the person in the genitive right after the talks noun ``k`` (their title or an adjective between
    at most) and the person after the `с` that follows them, else []."""
    toks = ctx.doc.tokens
    if not (lemmas(toks[k].text) & NOUNS and k + 1 < len(toks) and toks[k + 1].feats.get("Case") == "Gen"):
        return []
    people = [r for r in ctx.in_sentence(s, ("person",)) if r.start > toks[k].start]
    posts = ctx.between(toks[k].stop, people[0].start, ("post",)) if people else []
    after = posts[-1].stop if posts and posts[0].start - toks[k].stop <= 1 else toks[k].stop
    if len(people) < 2 or len(ctx.doc.text[after:people[0].start].split()) > 1:
        return []  # `переговоров президента Франции Эмманюэля Макрона с …`: the agent's title between
    agent, rest = people[0], people[1:]
    rng = ctx.doc.token_range(agent.stop, rest[0].start)
    gap = toks[rng[0]:rng[1]] if rng else []
    if not gap or gap[0].lower not in ("с", "со") or len(gap) > 4 or agent.id == rest[0].id:
        return []
    return [agent.id, rest[0].id]


def _talks_joined(ctx: Context, s: int, found: list[Meeting]) -> bool:
    """`Посол России A принял участие в переговорах Сергея Лаврова с Муратом Нуртлеу`: the talks of the two
    (`talks_of_agent`), with the one who takes part in them."""
    if not ctx.on("talks_of_agent") or not any("участие" in lem for lem in ctx.sentence_lemmas(s)):
        return False
    sent = ctx.doc.sents[s]
    for k in range(sent.first, sent.last):
        pair = _talks_of_agent(ctx, s, k)
        if pair and frozenset(pair) not in ctx.meeting_of and not planned(ctx, s, k):  # else it joins that one
            joined = [r.id for r in ctx.in_sentence(s, ("person",)) if r.stop <= ctx.doc.tokens[k].start]
            _add(ctx, found, s, list(dict.fromkeys(pair + joined)), "talks_of_agent")
            return True
    return False


def _listed_counterparts(ctx: Context, s: int, sides: list[Ref]) -> list[tuple[int, Ref]]:
    """`Министр … провел ряд встреч:` / `– с Послом Турции A;` / `– с Послом Ирана B.`: the first person of each item
    of a list the trigger's sentence opens with a colon, an item opening with `с` (rule `meetings_listed`)."""
    if not ctx.on("meetings_listed"):
        return []
    out: list[tuple[int, Ref]] = []
    for item in ctx.list_items(s):
        sent = ctx.doc.sents[item]
        words = [t for t in ctx.doc.tokens[sent.first:sent.last] if t.is_word]
        people = [r for r in ctx.in_sentence(item, ("person",)) if r.id != sides[0].id]
        if words and words[0].lower in ("с", "со") and people:
            out.append((item, people[0]))
    return out


def _session_guests(ctx: Context, s: int, k: int, host: str) -> list[str]:
    """`Токаев принял глав делегаций зарубежных государств – членов ШОС`, `принял участников заседания`: the heads
    of delegations or the participants (`meeting.guests`, plural, with `делегация`, `meeting.guest_groups`, or a
    session's noun after) the talks word ``k`` governs, after a session told before, are that session's
    participants, less the host and those of the host's state (rule `heads_of_delegations`)."""
    toks, last = ctx.doc.tokens, ctx.doc.sents[s].last
    guests = next((i for i in range(k + 1, min(k + 3, last - 1)) if lemmas(toks[i].text) & GUESTS and
                   toks[i].feats.get("Number") == "Plur"), None)
    if guests is None or not ctx.on("heads_of_delegations") or \
            not lemmas(toks[guests + 1].text) & (SESSION_NOUNS | GUEST_GROUPS):
        return []
    session = next((m for t, m in ctx.meetings if t < s and m.rule == "session_participants"), None)
    state = ctx.country_of.get(host)
    return [p for p in session.participants if p != host and (state is None or ctx.country_of.get(p) != state)] \
        if session else []


def _headline_place(ctx: Context, same: Meeting, s: int, place: str | None) -> bool:
    """`Джейхун Байрамов провел встречу с генсеком НАТО` over `Баку, 25 апреля. … Байрамов 25 апреля в Брюсселе
    встретился с …`: a meeting told first in a headline, set at the dateline's place for want of one of its own, is
    where the text's telling of it puts it (rule `headline_place_retold`); one told in a state other than the
    dateline's (`провел в Ватикане встречу с …`, over `Кишинев, 18 августа`) is at no place of ours."""
    first = next((t for t, m in ctx.meetings if m is same), None)
    moved = place != same.location if place is not None else elsewhere(ctx, s)
    return moved and same.location == ctx.dateline_place and same.location is not None and \
        first is not None and ctx.in_headline(first) and not ctx.in_headline(s) and ctx.on("headline_place_retold")


def _add(ctx: Context, found: list[Meeting], s: int, participants: list[str], rule: str,
         when: tuple[str | None, str | None] | None = None) -> None:
    """A meeting of ``participants`` told in sentence ``s``, unless the text told it already (a headline's meeting
    told again gains the place it lacked, or had only from the dateline, and the date if a day); ``when``: its date
    and place where another sentence gives them (else sentence ``s``'s, `Context.when_where`); each participant once,
    and no meeting of one."""
    participants = list(dict.fromkeys(participants))
    if len(participants) < 2:
        return
    key = frozenset(participants)
    same = ctx.meeting_of.get(key)
    if same is not None and frozenset(same.participants) != key:  # it gained participants since
        del ctx.meeting_of[key]
        same = next((m for m in found if set(m.participants) == key), None)
    date, place = when or ctx.when_where(s, participants)
    if place is not None and place == ctx.dateline_place and envoy_abroad(ctx, s, participants):
        place = None  # `посол Казахстана в Эфиопии … встретился …` in an item datelined in Astana
    if same is not None:
        if same.date is None and date is not None and a_day(ctx, date):  # not a bare year told again, which
            same.date = date  # dates something else: `вопросы председательства … в 2029 году`
        same.location = place if _headline_place(ctx, same, s, place) else same.location or place
        ctx.meetings.append((s, same))
        return
    meeting = Meeting(participants=participants, date=date, location=place, evidence=ctx.evidence(s), rule=rule)
    found.append(meeting)
    ctx.meetings.append((s, meeting))
    ctx.meeting_of[key] = meeting
