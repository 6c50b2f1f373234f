"""Holders named beside their title: after it (`посол … Валихан Туреханов`, lists after `среди которых`) or
before it (`Мади Атамкулов, посол …`), with the brackets, origins, modifiers and counterparts between."""

from __future__ import annotations

import re

from ..analysis import Analysis, Found
from ..inflect import head_case, noun_cases
from ..lexicon import relational_kinds, words
from ..mentions.countries import country_at
from ..morph import lemmas, parses
from ..posts.agreement import PREDICATES, agrees, name_can_be, title_noun
from ..posts.colleagues import surname_stem
from ..posts.complements import COURTESY
from ..posts.find import HONORIFICS
from ..posts.lists import laid_out
from ..posts.phrase import location_at
from ..text import DASHES
from .predicate import APPOINTING, passive
from .vetoes import ONE_OF

AGE = re.compile(r"\d+-(летн|лет)\w*")
"""An age between a title and its holder: `директора ФБР 68-летнего Роберта Мюллера`."""


def appositive_of(doc: Analysis, post: Found, persons: list[Found], before: list[Found]) -> list[Found]:
    """The name before the comma, unless the parse hangs the title on an earlier name in another case than that
    one: `Ли Пэн, соратник Цзян Цзэминя, премьер Госсовета` (the premier is Ли Пэн)."""
    if len(before) != 1:
        return before
    head = doc.tokens[post.data["head"][1] - 1]
    anchor = doc.tokens[head.head] if head.rel in ("appos", "conj") and head.head >= 0 else None
    named = next((p for p in persons if anchor is not None and p.a <= anchor.i < p.b and p.b <= post.a), None)
    near = doc.tokens[before[0].a]
    if named is None or named is before[0] or near.feats.get("Case") == head.feats.get("Case"):
        return before
    return [named]


LIST_BRIDGE = DASHES | {",", ":"} | words("holders.list_bridge")
"""Words between an occupation and the names it lists: `критики, среди которых — …`, `музыкантами группы СВ —`."""
OFFICE_ADJECTIVES = words("holders.office_adjectives")


def holders_right(doc: Analysis, i: int, by_start: dict[int, Found], post: Found | None = None) -> list[Found]:
    out: list[Found] = []
    if i + 1 < len(doc.tokens) and AGE.fullmatch(doc.tokens[i].text) and i + 1 in by_start:
        i += 1  # директора ФБР 68-летнего Роберта Мюллера
    if post is not None and parenthetical(doc, post, i, by_start):
        return [by_start[i + 1]]  # Президент России, Владимир Путин, лично выразил соболезнования
    listed = False
    states: list[str] = []
    if post is not None and _rank_before_name(doc, post, i, by_start):
        i += 1  # `министрами … Катара и ОАЭ шейхом Мухаммедом … и шейхом Абдаллой …`
    if post is not None and i + 1 in by_start and lemmas(doc.tokens[i].text) & COURTESY and \
            doc.on("courtesy_before_name"):
        i += 1  # `Президент Республики Таджикистан уважаемый Эмомали Рахмон`
    if post is not None and i not in by_start:
        k = i
        while k < min(i + 6, len(doc.tokens)) and doc.tokens[k].lower in LIST_BRIDGE:
            k += 1
        if k > i and (lead := _state_before_list(doc, post, k, by_start)) is not None:
            states, k = [lead[0]], lead[1]  # `министры … государств – членов ОДКБ – Беларуси Максим Рыженков, …`
        if k > i and k in by_start and any(doc.tokens[j].text in DASHES | {":"} or doc.tokens[j].lower == "среди"
                                           for j in range(i, k)):
            # `Министр обороны — Ицунори Онодэра.`: a sentence that opens with the title names its holder
            opens = post.a == doc.sents[doc.tokens[post.a].sent].first and k == i + 1 and doc.tokens[i].text in DASHES
            i, listed = k, not opens and not laid_out(post)  # `Турции – Уфука Улутаса`: the holder
    if post is not None and i in by_start and boss(doc, post, by_start[i]):
        served = by_start[i]  # Адвокат Гаева Александр Аснис: the name after the one served
        after = by_start.get(served.b)
        return [after] if after is not None and agrees(doc, post, after) else out
    if post is not None and i in by_start and ((not agrees(doc, post, by_start[i]) and not laid_out(post)) or
                                               _subject_after_governed_title(doc, post, by_start[i]) or
                                               _subject_after_decree(doc, post, by_start[i])):
        return out  # a list's `Чехии – Петр Кубернат` agrees with the ambassadors' noun before it, not the state
    while i in by_start:
        person = by_start[i]
        out.append(person)
        if _own_post_bracketed(doc, person.b):
            break  # `послов: Х.Д.Вальдеса (Куба), …`: each name has the post its bracket gives
        i = past_origin(doc, past_brackets(doc, person.b))  # Юрий Царёв (проект «Метро»), Алексей Борисов
        if post is not None and _singular(doc, post) and doc.on("singular_title_one_holder"):
            break  # `Глава МИД России Сергей Лавров и Фидан обсудили`: Фидан holds no Russian post
        if i < len(doc.tokens) and doc.tokens[i].text in (",", "и") and i + 1 in by_start:
            i += 1
        elif i < len(doc.tokens) and doc.tokens[i].text in (",", "и") and _rank_before_name(doc, post, i + 1, by_start):
            i += 2  # `…, Айманом Сафади и принцем Фейсалом бин Фарханом`
        elif (state := _state_of_next(doc, post, i, by_start, bool(states))) is not None:
            code, i = state
            states.append(code)
        else:
            break
    if post is not None and states and len(states) == len(out) - (0 if post.data["country"] is None else 1):
        post.data["countries"] = [post.data["country"], *states] if post.data["country"] else states
    return out if len(out) >= 2 or not listed else []  # `адвокат — Сабрина Шрофф` is a clause, not a list


def _subject_after_governed_title(doc: Analysis, post: Found, person: Found) -> bool:
    """`… Мурат Нуртлеу … С российским министром М.Нуртлеу обсудил …`: a title a preposition opening the sentence
    governs, then a name of someone named before (the same `surname_stem`) that the parse reads in the
    nominative, and a finite verb with no subject of its own: the name is the verb's subject, not the title's holder
    (rule `subject_after_governed_title`; a name not named before is the holder, the subject left out: `С грузинским
    премьер-министром И.Кобахидзе обсудил …`)."""
    toks = doc.tokens
    first = doc.sents[toks[post.a].sent].first
    if post.a - 1 != first or toks[first].pos != "ADP" or person.b >= len(toks) or \
            not doc.on("subject_after_governed_title"):
        return False
    verb, name, agree = toks[person.b], toks[person.b - 1], post.data.get("agree")
    if agree is None:
        return False  # `и. о.`: no word gives the title's case
    stem = surname_stem(name.text)
    named_before = any(b <= post.a and surname_stem(toks[b - 1].text) == stem for _, _, b in doc.ner_tokens("PER"))
    return named_before and verb.is_finite_verb and name.feats.get("Case") == "Nom" and \
        toks[agree].feats.get("Case") not in (None, "Nom") and \
        not any(t.head == verb.i and t.rel.startswith("nsubj") for t in toks[first:doc.sents[verb.sent].last]
                if not person.a <= t.i < person.b)


DECREES = words("holders.decrees")


def _subject_after_decree(doc: Analysis, post: Found, person: Found) -> bool:
    """`Указом Главы государства Ерлан Карин назначен …`, `Распоряжением Президента … Ерлан Карин освобожден …`: a
    title right after a decree's noun (`holders.decrees`) is its issuer's, not held by a name after it that the
    tagger reads in the nominative before a short participle or a finite verb, the name its subject (rule
    `decree_issuer_title`; the issuer named in the genitive is the title's: `Указом Президента Касым-Жомарта
    Токаева`)."""
    toks = doc.tokens
    if post.a == 0 or not lemmas(toks[post.a - 1].text) & DECREES or person.b >= len(toks) or \
            not doc.on("decree_issuer_title"):
        return False
    verb = toks[person.b]
    said = verb.is_finite_verb or (verb.feats.get("VerbForm") == "Part" and verb.feats.get("Variant") == "Short")
    return said and all(t.feats.get("Case") == "Nom" for t in toks[person.a:person.b] if t.is_word)


def _own_post_bracketed(doc: Analysis, i: int) -> bool:
    """Does a bracket at ``i`` hold a post a credentials list's layout gives (rule `credentials_bracketed`)?"""
    if i + 1 >= len(doc.tokens) or doc.tokens[i].text != "(":
        return False
    post = doc.starting_at("post").get(i + 1)
    return post is not None and laid_out(post)


def _rank_before_name(doc: Analysis, post: Found | None, i: int, by_start: dict[int, Found]) -> bool:
    """A title of rank (`шейхом`, `принцем`: `posts.honorifics`) at token ``i`` right before a name, in a case the
    title ``post`` can stand in: part of the name's item, not the end of the list of holders (rule
    `honorific_in_list`: `главу … Саудовской Аравии принца Фейсала`, `…, Айманом Сафади и принцем Фейсалом`)."""
    if post is None or i + 1 not in by_start or not lemmas(doc.tokens[i].text) & HONORIFICS:
        return False
    noun = title_noun(post)
    return bool(set(noun_cases(doc.tokens[noun].lower)) & set(noun_cases(doc.tokens[i].lower))) and \
        doc.on("honorific_in_list")


def _singular(doc: Analysis, post: Found) -> bool:
    """Is the title's head singular in every reading the dictionary has (not `критики`, `зампредам`, which the
    parse may call singular)?"""
    head = doc.tokens[post.data["head"][1] - 1]
    return not post.data["plural"] and all(p.tag.number != "plur" for p in parses(head.lower))


def _state_before_list(doc: Analysis, post: Found, k: int, by_start: dict[int, Found]) -> tuple[str, int] | None:
    """`министры иностранных дел стран Центральной Азии – Казахстана Мурат Нуртлеу, …`: a plural title with no
    state of its own, then a dash and a state right before the first name of the list (rule `interleaved_states`);
    (the state, where the name starts)."""
    if not post.data["plural"] or post.data["country"] or not doc.on("interleaved_states") or \
            doc.tokens[k - 1].text not in DASHES | {":"}:
        return None
    return _state_then_name(doc, k, by_start)


def _state_then_name(doc: Analysis, k: int, by_start: dict[int, Found]) -> tuple[str, int] | None:
    """A state named at token ``k`` and a name right after it, or after a dash (`Кыргызстана – Жээнбек Кулубаев`:
    rule `interleaved_states`): (the state, where the name starts)."""
    found = country_at(doc, k, doc.sents[doc.tokens[k].sent].last)
    listed = doc.starting_at("post").get(k)
    if found is None or (listed is not None and laid_out(listed)):
        return None  # `послов: Республики Польша – Марека …`: each item's post is its own (`credentials_list`)
    code, end = found
    if end not in by_start and end + 1 in by_start and doc.tokens[end].text in DASHES:
        end += 1
    return (code, end) if end in by_start else None


def _state_of_next(doc: Analysis, post: Found | None, i: int, by_start: dict[int, Found], led: bool = False
                   ) -> tuple[str, int] | None:
    """`министры иностранных дел Казахстана Мурат Нуртлеу и Узбекистана Бахтиёр Саидов`: a plural title with its
    state (or the first holder's, ``led``: `_state_before_list`), then each next holder's own state before their
    name; (the state, where the name starts)."""
    if post is None or not post.data["plural"] or not (post.data["country"] or led) or \
            not doc.on("interleaved_states"):
        return None
    if i >= len(doc.tokens) or doc.tokens[i].text not in (",", "и"):
        return None
    return _state_then_name(doc, i + 1, by_start)


def parenthetical(doc: Analysis, post: Found, i: int, by_start: dict[int, Found]) -> bool:
    """A name set off by commas right after a title, in its case, where no name comes before the title."""
    if i >= len(doc.tokens) or doc.tokens[i].text != "," or i + 1 not in by_start:
        return False
    person = by_start[i + 1]
    sent = doc.sents[doc.tokens[i].sent]
    closed = person.b >= sent.last or doc.tokens[person.b].text in {",", "("}
    opened = post.a == sent.first or doc.tokens[post.a - 1].text not in {",", *DASHES}
    return closed and opened and agrees(doc, post, person) and not boss(doc, post, person)


def serves(doc: Analysis, post: Found) -> bool:
    """A title that serves someone (`представитель`, `первый заместитель`: `relational.tsv`), with no phrase of
    its own after it."""
    head = doc.tokens[post.data["head"][1] - 1]
    return post.b == head.i + 1 and "serves" in relational_kinds(head.text)


def boss(doc: Analysis, post: Found, person: Found) -> bool:
    """The name after a title that serves is the one served, not the holder, when the title's phrase goes on
    after it (`Помощник Хиллари Клинтон по европейским делам`) or when the title is not itself in the genitive
    and the name can be (`сообщил представитель Обамы`, `Адвокат Гаева Александр Аснис`)."""
    if not serves(doc, post):
        return False
    if person.b < len(doc.tokens) and doc.tokens[person.b].lower == "по":
        return True
    head = doc.tokens[post.data["head"][1] - 1]
    case = head_case(head)
    if head.i > post.a and lemmas(doc.tokens[head.i - 1].text) & OFFICE_ADJECTIVES and case is not None and \
            doc.on("office_title_holder") and name_can_be(doc, person.a, person.b, case):
        return False  # `с государственным секретарем Левенте Мадьяром`: an office, the name its holder
    return case not in ("gent", None) and name_can_be(doc, person.a, person.b, "gent")


def past_brackets(doc: Analysis, i: int) -> int:
    """The token after a short bracketed remark starting at ``i`` (`(1990—2000 годы)`), else ``i``."""
    if i < len(doc.tokens) and doc.tokens[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 12, len(doc.tokens))) if doc.tokens[j].text == ")"), None)
        if close is not None:
            return close + 1
    return i


def past_origin(doc: Analysis, i: int) -> int:
    """The token after a place of origin starting at ``i`` (`из Москвы`, `из Красноярского края`), else ``i``."""
    if i + 1 < len(doc.tokens) and doc.tokens[i].lower == "из":
        place = location_at(doc, i + 1)
        if place is not None:
            return place.b
        state = country_at(doc, i + 1, len(doc.tokens))
        if state is not None:
            return state[1]
    return i


def past_modifiers(doc: Analysis, k: int) -> int:
    """Back from token ``k`` over the adjectives before a title, coordinated or not, and `один из`
    (`Иван Петров, известный журналист`; `Машков — советский и российский актёр`; `— один из самых успешных
    исполнителей`): the token before them."""
    j = k
    while j >= 0 and k - j < 8:
        tok = doc.tokens[j]
        between_adjectives = j > 0 and doc.tokens[j - 1].pos == "ADJ" and doc.tokens[j + 1].pos == "ADJ"
        if tok.pos == "ADJ" or tok.lower in ONE_OF or (tok.lower in ("и", ",") and between_adjectives):
            j -= 1
            continue
        break
    return j if j >= 0 else k


def holders_left(doc: Analysis, i: int, by_end: dict[int, Found]) -> list[Found]:
    """`Мади Атамкулов, посол …`, `Викторова, назначенного послом …`, `Викторов назначен послом …` (not
    `Медведев назначил руководителем …`)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (lemmas(doc.tokens[k].text) & PREDICATES or doc.tokens[k].lower == "ранее"):
        if lemmas(doc.tokens[k].text) & APPOINTING and not passive(doc, doc.tokens[k]):
            return []  # `Медведев назначил руководителем …`: the one who appoints
        k -= 1
    if k < 0:
        return []
    k = past_modifiers(doc, k)
    if (doc.tokens[k].text in DASHES | {","} or _own_post_bracketed(doc, k)) and k in by_end:
        return [by_end[k]]  # `Мади Атамкулов, посол …`, `Х.Д.Вальдеса (Куба)`
    if doc.tokens[k].text in DASHES | {","} and k > 0 and doc.tokens[k - 1].text == ")":
        # Скотт Хоровитц (Scott Horowitz), бывший астронавт; Дарио Фо (24 марта 1926, Санджано) — драматург
        reach = 40 if doc.tokens[k].text in DASHES else 12
        opening = next((j for j in range(k - 2, max(-1, k - reach), -1) if doc.tokens[j].text == "("), None)
        if opening is not None and opening in by_end:
            return [by_end[opening]]
    if k + 1 in by_end and k + 1 < i:
        return [by_end[k + 1]]
    return []
