"""Holders: which person holds each post phrase. `link_holders` tries `HOLDER_RULES` in order for every post
phrase and names the rule that linked each holder; the rules live in the modules beside this one:
`apposition` (a name beside its title), `chain` (titles side by side or coordinated), `predicate` (verbs
and copulas), `discourse` (pronouns, the last person named as a subject), `vetoes` (nominations, plural titles).

Reads: post and person mentions, tokens with their parse. Adds: (post, person, country, rule) links,
which the entity stage turns into `holds_post`.
"""

from __future__ import annotations

from ..analysis import Analysis, Found
from ..inflect import BOTH, STATES, head_case
from ..lexicon import known_person
from ..morph import lemmas
from ..posts.agreement import kin_before
from ..posts.lists import laid_out
from ..text import DASHES, Sentence
from .apposition import appositive_of, holders_left, holders_right
from .chain import adjacent, holders_of_conjunct, same_case
from .discourse import pronoun_before_dash
from .predicate import holder_of_predicate
from .vetoes import nominated, offices_only, one_of

HOLDER_RULES = ("title_before_name", "name_before_title", "title_chain", "name_before_titles", "predicate",
                "pronoun_before_dash", "conjunct")
"""How a post phrase finds its holders, in the order tried (a holds_post's ``rule``)."""
PREDICATE_RULES = ("appointed_passive",)
"""Readings inside `predicate`: `appointed_passive`, a title in the instrumental the parse hangs elsewhere, in a
sentence whose verb of appointing in the passive has a person for its subject, is that person's (`Чрезвычайным и
Полномочным Послом Казахстана в Японии назначен Ерлан Байжанов`)."""
STATE_RULES = ("interleaved_states", "last_item_state", "honorific_in_list", "numbered_states",
               "leader_of_numbered_state", "states_opening_before")
"""How each holder of a shared plural title gets a state of their own where the title's phrase gives one only
(`министры … Казахстана Мурат Нуртлеу и Узбекистана Бахтиёр Саидов`); `last_item_state`: the last item of such a
list, with a title of its own, gets the state left (`министров … Азербайджана, Турции и Пакистана – Джейхуна
Байрамова, Хакана Фидана и заместителя премьер-министра – министра иностранных дел Исхака Дара`: Pakistan);
`honorific_in_list`: a title of rank before a name, in a case the title can stand in, is part of the name's item
(`министрами … Египта, Иордании и Саудовской Аравии …, Айманом Сафади и принцем Фейсалом бин Фарханом`: the prince
holds the Saudi post; `главу … ведомства Саудовской Аравии принца Фейсала`); `numbered_states`, and
`leader_of_numbered_state` where the leaders' list tells whose state is whose: `_numbered_states`;
`states_opening_before`: a plural title naming no state takes the states opening the sentence before as its verb's
subject (`Кыргызстан и Казахстан подписали … Документ подписали министры энергетики A и B`)."""
AGREEMENT_RULES = ("undeclined_after_instrumental", "undeclined_after_nominative", "undeclined_after_genitive",
                   "genitive_or_accusative", "office_title_holder", "son_of_in_name")
"""How a name agrees with its title beyond its readings: `undeclined_after_instrumental`, a name after a title in the
instrumental whose every part ends in `-е`, `-и`, `-о`, `-у`, `-э`, `-ю`, or in a consonant but no instrumental ending,
is one that does not decline (`с Председателем Сейма Литвы Сауле Скверняле`, `Сауле` read by the dictionary as `Саул`'s
locative; `с региональным директором МККК Ариан Бауэр`); `undeclined_after_nominative`, so is one whose every part ends
in such a vowel after a title in the nominative (`Премьер-министр Александру Мунтяну`, which the dictionary reads as
`Александр Мунтян`'s dative); `undeclined_after_genitive`, so is a name of two parts or more each ending in a consonant,
its last no Russian surname, after an envoy's title in the genitive or accusative, where a man's name would end in `-а`,
`-я` (`принял Посла Малайзии в Узбекистане Азлин Юсуф`); `genitive_or_accusative`: a title the tagger reads in the
genitive, in the one form its genitive and accusative share (`Посла`, `министра`), is held by a name in either case
(`принял Чрезвычайного и Полномочного Посла Королевства Нидерландов … Катарину Энгберг`: the tagger's choice between the
two is a guess the parse of a long title gets wrong); `office_title_holder`: a title that serves someone, after an
adjective naming an office (`holders.office_adjectives`), is held by a name after it that can stand in its case, not one
served (`с государственным секретарем Марко Рубио`, `с генеральным секретарем Антониу Гутеррешем`); `son_of_in_name`: a
name with a word for `son of` inside (`persons.sons_particles`: `бин`, `бен`, `уулу`) is a man's, so a first name read
only as a woman's form is not declined (`государственный министр … ОАЭ Тани бен Ахмед аз-Зейуди`: no `Таня`'s
genitive)."""
VETO_RULES = ("honorific_not_post", "singular_title_one_holder", "subject_after_governed_title", "kin_of_title_holder",
              "decree_issuer_title")
"""`honorific_not_post`: a title of rank alone (`шейх`, `принц`) held by one who holds an office is no post;
`singular_title_one_holder`: a title in the singular is held by the one name after it, not the names joined to that
(`Глава МИД России Сергей Лавров и Фидан`); `subject_after_governed_title`: `С российским министром М.Нуртлеу
обсудил …`, a name the parse reads in the nominative between a title a sentence-opening preposition governs and a
finite verb with no subject of its own is that verb's subject, no holder of the title; `kin_of_title_holder`: a title
in the genitive right after a kin noun (`holders.kin_nouns`: `с супругой Президента Турции Эмине Эрдоган`) is not held
by the name after it, the relative's; `decree_issuer_title`: a title right after a decree's noun (`holders.decrees`:
`Указом Главы государства Ерлан Карин назначен …`) is not held by a name the tagger reads in the nominative before a
short participle or a finite verb, the decree's subject."""


def _kin_named(doc: Analysis, post: Found, by_start: dict[int, Found]) -> bool:
    """Is the name right after ``post`` its kin noun's apposition (`kin_before`: `с супругой Президента Турции Эмине
    Эрдоган`), not its holder?"""
    person = by_start.get(post.b)
    return person is not None and kin_before(doc, post, person.a, person.b) is not None


def _next_title_after_comma(doc: Analysis, a: Found, b: Found, persons: list[Found]) -> bool:
    """Post ``b`` right after post ``a`` and a comma, in its case (`Абдалла бин Заид, заместитель премьер-министра,
    министр иностранных дел ОАЭ, провел`): the next title of the one named before them, unless a name in its case
    follows it in its clause (`поэт A, журналист, член Союза писателей и журналистов России B`: B's)."""
    if [t.text for t in doc.tokens[a.b:b.a]] != [","] or not same_case(doc, a, b):
        return False
    end = next((i for i in range(b.b, len(doc.tokens)) if doc.tokens[i].text in ",;.:"), len(doc.tokens))
    case = head_case(doc.tokens[b.data["head"][1] - 1])
    return not any(b.b <= p.a < end and p.data.get("case") == case for p in persons)


def _numbered_states(doc: Analysis, post: Found, holders: list[Found]) -> list[str]:
    """`Документ подписали министры иностранных дел двух стран A и B` after `Казахстан и Кыргызстан подписали …`: a
    plural title closing with a numeral and `стран`/`государств`, held by the names ``holders``, is of as many states
    named in its sentence before it and the one before, each holder's in turn (rule `numbered_states`), or, where the
    leaders' list gives each holder one of those states, each holder's own (`leader_of_numbered_state`: `визита
    Президента Азербайджана … в Казахстан … подписали министры … двух стран Мурат Нуртлеу и Джейхун Байрамов`);
    else []."""
    states = _states_numbered(doc, post, len(holders)) or _states_opening_before(doc, post, len(holders))
    known = [_leader_state(doc, h) for h in holders]
    if states and set(known) == set(states) and len(set(known)) == len(known) and doc.on("leader_of_numbered_state"):
        return [str(state) for state in known]
    return states


def _leader_state(doc: Analysis, person: Found) -> str | None:
    """The state the leaders' list (`leaders.tsv`, a user lexicon's persons) gives the person named, if any."""
    last, first = person.data.get("last"), person.data.get("first")
    known = known_person(str(last), doc.date, first) if last else None
    return known.country if known else None


def _states_numbered(doc: Analysis, post: Found, n: int) -> list[str]:
    """The ``n`` states `_numbered_states` reads, in the order the text names them; else []."""
    toks = doc.tokens
    if post.b - post.a < 3 or not (lemmas(toks[post.b - 1].text) & STATES) or not (
            toks[post.b - 2].pos == "NUM" or lemmas(toks[post.b - 2].text) & BOTH) or not doc.on("numbered_states"):
        return []
    sent = toks[post.a].sent
    first = doc.sents[sent - 1].first if sent else doc.sents[sent].first
    states = [str(f.data["code"]) for f in sorted(doc.found.get("country", []), key=lambda f: f.start)
              if doc.tokens[first].start <= f.start < toks[post.a].start and not f.data["adjective"]]
    states = list(dict.fromkeys(states))
    return states if len(states) == n else []


def _states_opening_before(doc: Analysis, post: Found, n: int) -> list[str]:
    """`Кыргызстан и Казахстан подписали меморандум … Документ подписали министры энергетики A и B`: a plural title
    naming no state, held by ``n`` names, takes the ``n`` states that open the sentence before it, joined by `и` or
    commas, as the subject of its finite verb, each holder's in turn (rule `states_opening_before`); so the states
    opening its own sentence, or its words after a dateline's dash, with no finite verb before the title
    (`Москва, 26 февраля. Интерфакс – Россия и Иран в ходе переговоров министров иностранных дел A и B …
    подтвердили`); else []."""
    toks = doc.tokens
    sent = toks[post.a].sent
    if not doc.on("states_opening_before"):
        return []
    own = doc.sents[sent]
    if not any(t.is_finite_verb for t in toks[own.first:post.a]):
        dash = next((j for j in range(own.first, post.a) if toks[j].text in DASHES), None)
        for start in (own.first, *(() if dash is None else (dash + 1,))):
            states, k = _opening_states(doc, own, start)
            if len(set(states)) == len(states) == n and k < post.a:
                return states
    if not sent:
        return []
    before = doc.sents[sent - 1]
    states, k = _opening_states(doc, before, before.first)
    return states if len(set(states)) == len(states) == n and k < before.last and toks[k].is_finite_verb else []


def _opening_states(doc: Analysis, sent: Sentence, k: int) -> tuple[list[str], int]:
    """The states that open sentence ``sent`` at token ``k``, joined by `и` or commas, and the token after them."""
    by_start = {f.a: f for f in doc.found.get("country", []) if not f.data["adjective"]}
    states: list[str] = []
    while k in by_start:
        states.append(str(by_start[k].data["code"]))
        k = by_start[k].b
        if k < sent.last and doc.tokens[k].text in (",", "и") and k + 1 in by_start:
            k += 1
    return states, k


def _last_item_state(doc: Analysis, posts: list[Found], k: int, last: Found) -> None:
    """The posts of the last item of a list after plural post ``k`` (`и` right after its last holder ``last``, then
    a chain of titles of its own) take the state the list names last and no holder took (`last_item_state`)."""
    if not doc.on("last_item_state") or last.b >= len(doc.tokens) or doc.tokens[last.b].text != "и":
        return
    state = posts[k].data["countries"][-1]
    j = next((j for j in range(k + 1, len(posts)) if posts[j].a == last.b + 1), None)
    while j is not None and not posts[j].data["country"]:
        posts[j].data["country"] = state
        posts[j].data["fired"] = [*posts[j].data.get("fired", ()), ("last_item_state", posts[j].a, posts[j].b)]
        j = j + 1 if j + 1 < len(posts) and adjacent(doc, posts[j], posts[j + 1]) else None


def _chain_holders(doc: Analysis, posts: list[Found], k: int, rights: list[list[Found]]) -> list[Found]:
    """`вице-премьер – министр …`, `сценарист и кинорежиссер Александр Новопашин`, `председатель … шейх X`: the
    holders named after the chain of titles post ``k`` opens; the post takes the state of the chain's first title
    that names one."""
    post, j = posts[k], k
    holders: list[Found] = []
    while not holders and j + 1 < len(posts) and adjacent(doc, posts[j], posts[j + 1]) and \
            same_case(doc, posts[j], posts[j + 1]):  # not `заместитель … генерал-лейтенанта Кердпола`
        j += 1
        holders = rights[j]
    if holders and j > k:
        post.data["country"] = post.data["country"] or next(
            (c for c in (p.data["country"] for p in posts[k + 1:j + 1]) if c), None)
    return holders


def _state_before_name(doc: Analysis, post: Found) -> bool:
    """Is ``post`` a list's `State – Name` (`Мали – Ассими Гоита`): its holder after the dash, never the name before
    it (the last item's)?"""
    return laid_out(post) and post.b < len(doc.tokens) and doc.tokens[post.b].text in DASHES


def _state_after_name(doc: Analysis, post: Found) -> bool:
    """Is ``post`` a list's `Name – State` (`Ли Минган – Китай`): its holder before the dash, never the name after it
    (the next line's, where the lines end in no stop)?"""
    return laid_out(post) and post.a > 0 and doc.tokens[post.a - 1].text in DASHES


def link_holders(doc: Analysis, posts: list[Found], persons: list[Found]
                 ) -> list[tuple[Found, Found, str | None, str]]:
    """(post, person, country, rule) for every holder found; ``country`` is set where coordination assigns one
    per holder, ``rule`` names the construction that linked them.

    Apposition (`посол … Валихан Туреханов`), `Имя Фамилия, посол …`, compound posts (`вице-премьер –
    министр …`), shared posts (`президентами Казахстана и России Токаевым и Путиным`) and predicates
    (`Викторов работал директором …`, `Викторова, назначенного послом …`).
    """
    by_start = {p.a: p for p in persons}
    by_end = {p.b: p for p in persons}
    out: list[tuple[Found, Found, str | None, str]] = []
    posts = sorted(posts, key=lambda p: p.a)
    linked: dict[int, list[Found]] = {}
    rules: dict[int, str] = {}
    rights = [holders_right(doc, post.b, by_start, post) if doc.on("title_before_name") and
              not _state_after_name(doc, post) and not _kin_named(doc, post, by_start) else [] for post in posts]
    titled = {h.a for found in rights for h in found}  # persons named after a title of theirs
    for k, post in enumerate(posts):
        holders, rule = rights[k], "title_before_name"
        before = [] if holders or _state_before_name(doc, post) else appositive_of(doc, post, persons,
                                                                                  holders_left(doc, post.a, by_end))
        if before and not all(h.a in titled for h in before) and doc.on("name_before_title"):
            holders, rule = before, "name_before_title"  # Мади Атамкулов, посол …
        in_list = False
        if not holders and doc.on("title_chain"):
            holders, rule = _chain_holders(doc, posts, k, rights), "title_chain"
            # a titled name before the comma and one after the chain: a bare title is the next item's (`актёры … Алиса
            # Гребенщикова, выдающийся спортсмен и актёр Олег Тактаров`); one with its own phrase may be an item whose
            # name is not given (`Полузащитник Челси Фрэнк Лэмпард, капитан клуба … и защитник Арсенала Киран Гиббс`)
            if before and holders and post.b != post.data["head"][1]:
                holders, in_list = [], True
            elif before and not holders and doc.on("name_before_titles"):
                holders, rule = before, "name_before_titles"  # академик Виктор Виноградов, языковед и литературовед
        if not holders and doc.on("predicate"):
            holders, rule = holder_of_predicate(doc, post, persons), "predicate"
        if not holders and doc.on("pronoun_before_dash"):
            holders, rule = pronoun_before_dash(doc, post, persons), "pronoun_before_dash"
        if not holders and not in_list and doc.on("conjunct"):
            holders, rule = holders_of_conjunct(doc, post, posts[:k], linked), "conjunct"
        if not holders and k and rules[k - 1] in ("name_before_title", "name_before_titles") and \
                _next_title_after_comma(doc, posts[k - 1], post, persons) and doc.on("name_before_titles"):
            holders, rule = linked[k - 1], "name_before_titles"  # A, заместитель премьер-министра, министр …
        if holders and nominated(doc, post):
            holders = []  # выдвинул на пост главы ФБР Джеймса Коми: not the holder yet
        if post.data["plural"] and len(holders) < 2 and not one_of(doc, post):
            holders = []  # `президенты … Саакашвили`: a plural title wants several holders (not `один из …`)
        linked[k], rules[k] = holders, rule
        if post.data["plural"] and 1 < len(holders) == len(post.data.get("countries") or []) - 1:
            _last_item_state(doc, posts, k, holders[-1])
        if post.data["plural"] and len(holders) > 1 and not post.data["country"] and not post.data.get("countries"):
            post.data["countries"] = _numbered_states(doc, post, holders)
        countries_ = post.data.get("countries") or []
        for n, holder in enumerate(holders):
            own = countries_[n] if 1 < len(holders) <= len(countries_) else None  # in order (a last item may
            # have its own title: `министров … Азербайджана, Турции и Пакистана – Байрамова, Фидана и вице-премьера …`)
            out.append((post, holder, own, rule))
    return offices_only(doc, out)
