"""The post stage's driver: each title head in a sentence read into a post phrase by the rule lists, kept where
it is a post (a role noun alone never is)."""

from __future__ import annotations

import re
from itertools import takewhile

from ..analysis import Analysis, Found, coverage
from ..lexicon import Match, PostHead, post_heads, role_nouns, words
from ..mentions.locations import VISITED
from ..morph import lemmas
from ..scan import next_from
from ..text import DASHES, Sentence
from .agreement import predicative
from .chain import title_chain
from .colleagues import colleague_post
from .complements import with_complement
from .heads import HONORIFICS, hyphenated_head, is_plural, leader_of_nation, not_a_title, plural_subject, title_at
from .left import LEFT_RULES
from .lists import credentials_list
from .normalize import KEPT_MODIFIERS, acting_name, declining_end, join_words, nominative_words, title_words
from .phrase import PostPhrase, apply, switched_on
from .right import RIGHT_RULES, minister_of_ministry, possessed_body_title

BARE_NEEDS_MORE = words("posts.bare_needs_more")
OFFICE_HEADS = words("posts.office_heads")
OFFICE_NOUNS = words("posts.office_nouns")
MINISTRY_NAMED_BEFORE = "ministry_named_before"
MINISTRY_OF_SENTENCE = "ministry_of_sentence"
EMBASSY_OF_SENTENCE = "embassy_of_sentence"
PARLIAMENT_OF_SENTENCE = "parliament_of_sentence"
COMMITTEES = words("organizations.commissions")
RANK_BEFORE_HOLDER = "rank_before_holder"
PLURAL_ROLE_OF_STATES = "plural_role_of_states"
PREMIER_TITLES = words("posts.premier_titles")
"""Titles that name no post without a complement or a holder (`глава` alone is a role, not a post)."""


def find(doc: Analysis, taken: list[Found]) -> list[Found]:
    """Post phrases. ``taken``: organization spans (a post head inside them is part of a name)."""
    busy = coverage(taken)
    person_ends = {b for _, _, b in doc.ner_tokens("PER")}
    found: list[Found] = []
    starts = doc.scan.where(role_nouns().firsts, post_heads().firsts, hyphenated=True)
    for sent in doc.sents:
        i = next_from(starts, sent.first, sent.last)
        while i < sent.last:
            role = role_nouns().match_at(doc.tokens, i, sent.last)
            match = post_heads().match_at(doc.tokens, i, sent.last)
            if role and match and not leader_of_nation(doc, match.stop - 1):
                post = _role_phrase_post(doc, role, match, sent)
                if _held_here(doc, post, match, found, sent, person_ends) or _officials_of_states(doc, post):
                    found.append(post)  # главой МИД Беларуси Максимом Рыженковым; Василий Шумов, лидер группы
                    i = post.b
                    continue
            if role:  # глава дипломатической миссии: a role noun, never a post of its own
                i = role.stop
                continue
            tok = doc.tokens[i]
            if not match and "-" in tok.text:
                match = hyphenated_head(tok, i)  # писатель-фронтовик, Композитор-неоклассик
            if not match or busy.covers(tok.start) or not_a_title(doc, match.stop - 1):
                i = next_from(starts, i + 1, sent.last)
                continue
            post = with_complement(doc, read_post(doc, match, sent.first, sent.last), sent.last)
            found.append(post)
            i = post.b
    if doc.on(MINISTRY_NAMED_BEFORE):
        found = [ministry_named_before(doc, post, found) for post in found]
    if doc.on(MINISTRY_OF_SENTENCE):
        found = [ministry_of_sentence(doc, post, taken) for post in found]
    if doc.on(EMBASSY_OF_SENTENCE):
        found = [embassy_of_sentence(doc, post, taken) for post in found]
    if doc.on(PARLIAMENT_OF_SENTENCE):
        found = [parliament_of_sentence(doc, post, taken) for post in found]
    listed = credentials_list(doc) + colleague_post(doc, found)
    return sorted(found + listed, key=lambda f: f.a) if listed else found


def ministry_named_before(doc: Analysis, post: Found, found: list[Found]) -> Found:
    """`первый заместитель главы ведомства` in a ministry's release: a title over a bare `ведомство` is over the
    ministry whose minister the text's first title naming one names (the headline's `первого заместителя Министра
    иностранных дел Республики Беларусь`, the lead's `Министр иностранных дел Беларуси`, not a counterpart's named
    since), with that title's state: `первый заместитель министра иностранных дел`, BY (rule
    `ministry_named_before`)."""
    words = str(post.data["title"]).split()
    if post.data["country"] or len(words) < 3 or not (lemmas(words[-1]) & OFFICE_NOUNS and
                                                       lemmas(words[-2]) & OFFICE_HEADS):
        return post
    for earlier in takewhile(lambda f: f.a < post.a, found):  # ``found`` is in the text's order
        named = str(earlier.data["title"]).split()
        k = next((n for n, w in enumerate(named) if w in ("министр", "министра")), None)
        if k is not None and k + 1 < len(named) and earlier.data["country"]:
            title = " ".join([*words[:-2], "министра", *named[k + 1:]])
            fired = [*post.data["fired"], (MINISTRY_NAMED_BEFORE, post.a, post.b)]
            return doc.make("post", post.a, post.b, **{**post.data, "title": title, "country": earlier.data["country"],
                                                       "countries": [earlier.data["country"]], "fired": fired})
    return post


def ministry_of_sentence(doc: Analysis, post: Found, taken: list[Found]) -> Found:
    """`В Министерстве иностранных дел Туркменистана состоялась встреча заместителя Министра …`: a deputy's title
    over a bare `министра` is over the ministry its sentence names before it: the ministry's field joins the title
    (`заместитель министра иностранных дел`) and its state is the post's (rule `ministry_of_sentence`); so is a bare
    `министр` before a name where that ministry is the place (`посетил Министерство водного хозяйства
    Узбекистана, где встретился с министром Шавкатом Хамраевым`; not the ministry of a delegation)."""
    words = str(post.data["title"]).split()
    bare = words == ["министр"] and post.b < len(doc.tokens) and doc.tokens[post.b].is_cap
    if not (bare or (len(words) >= 2 and words[-1] == "министра")) or post.data.get("organization"):
        return post
    ministry = _body_before(doc, post, taken, "ministry", stated=True)
    if ministry is None or (post.data["country"] and post.data["country"] != ministry.data["country"]) or \
            (bare and not _place_of_visit(doc, ministry)):
        return post
    name = str(ministry.data.get("name") or "").split()
    field = list(takewhile(lambda w: w.islower(), name[1:]))
    if not field:
        return post
    title = " ".join([*words, *field])
    fired = [*post.data["fired"], (MINISTRY_OF_SENTENCE, post.a, post.b)]
    return doc.make("post", post.a, post.b, **{**post.data, "title": title, "name": title,
                                               "country": ministry.data["country"],
                                               "countries": [ministry.data["country"]], "fired": fired})


def embassy_of_sentence(doc: Analysis, post: Found, taken: list[Found]) -> Found:
    """`Посольство Азербайджана в Грузии организовало встречу посла Фариза Рзаева`, `Посольство Казахстана в Турции
    провело презентацию … В мероприятии принял участие посол Ержан Кистафин`: a bare ambassador's title is the head of
    the one embassy its sentence, or the one before it in its paragraph, names: its state and host (rule
    `embassy_of_sentence`)."""
    if post.data["title"] != "посол" or post.data["country"] or post.data["plural"] or post.data.get("organization"):
        return post
    sent = doc.tokens[post.a].sent
    near = {sent} if doc.opens_paragraph(sent) else {sent, sent - 1}
    embassies = {(f.data["country"], f.data.get("host")) for f in taken if doc.tokens[f.a].sent in near and
                 f.data.get("kind") == "embassy" and f.data.get("country")}
    if len(embassies) != 1:
        return post
    code, host = embassies.pop()
    fired = [*post.data["fired"], (EMBASSY_OF_SENTENCE, post.a, post.b)]
    return doc.make("post", post.a, post.b, **{**post.data, "country": code, "countries": [code], "host": host,
                                               "fired": fired})


def parliament_of_sentence(doc: Analysis, post: Found, taken: list[Found]) -> Found:
    """`посетила Милли Меджлис, где … встретился с председателем комитета по международным отношениям …`: a
    committee's title with no state or body of its own is of the parliament its sentence names before it as the
    place of an event, after `в` or a verb of visiting: its state is the post's (rule `parliament_of_sentence`)."""
    if post.data["country"] or post.data.get("organization") or post.data["plural"] or \
            not any(lemmas(word) & COMMITTEES for word in str(post.data["title"]).split()):
        return post
    parliament = _body_before(doc, post, taken, "parliament")
    if parliament is None or not parliament.data.get("country") or not _place_of_visit(doc, parliament):
        return post
    code = parliament.data["country"]
    fired = [*post.data["fired"], (PARLIAMENT_OF_SENTENCE, post.a, post.b)]
    return doc.make("post", post.a, post.b, **{**post.data, "country": code, "countries": [code], "fired": fired})


def _body_before(doc: Analysis, post: Found, taken: list[Found], kind: str, stated: bool = False) -> Found | None:
    """The last body of ``kind`` (with a state, where ``stated``) that its sentence names before ``post``
    (``taken``: the organizations)."""
    sent = doc.tokens[post.a].sent
    return next((f for f in reversed(taken) if f.b <= post.a and doc.tokens[f.a].sent == sent and
                 f.data.get("kind") == kind and (f.data.get("country") or not stated)), None)


def _place_of_visit(doc: Analysis, body: Found) -> bool:
    """Is ``body`` named as the place of an event, after `в` or a verb of visiting (`В Министерстве …`, `посетил
    Министерство …`)?"""
    before = doc.tokens[body.a - 1] if body.a else None
    return before is not None and (before.lower in ("в", "во") or bool(lemmas(before.text) & VISITED))


def _role_phrase_post(doc: Analysis, role: Match[tuple[str, bool]], match: Match[PostHead], sent: Sentence
                      ) -> Found:
    """A title inside a role phrase (`глава дипломатической миссии`): read as a post; `Глава государства
    Дмитрий Медведев`: the role phrase before a name is the title."""
    post = read_post(doc, match, sent.first, sent.last)
    person_starts = doc.ner_starts("PER")
    if post.b < role.stop and role.stop < len(doc.tokens) and doc.tokens[role.stop].start in person_starts:
        title = " ".join(nominative_words(doc.tokens[role.start:role.stop], match.stop - 1 - role.start))
        return doc.make("post", role.start, role.stop, **{**post.data, "title": title, "name": title,
                                                          "bare": False, "bare_any": False})
    return with_complement(doc, post, sent.last)  # Лидер оппозиции Нино Бурджанадзе


def _held_here(doc: Analysis, post: Found, match: Match[PostHead], found: list[Found], sent: Sentence,
               person_ends: set[int]) -> bool:
    """A title read within a role phrase is a post when a holder stands by it: a name after it (or after a dash,
    `глав МИД Узбекистана, Казахстана и Кыргызстана – A, B и C`, or a title of rank: `rank_before_holder`) or
    before a dash or comma, a title it continues
    (`министр и глава …`), a copula or predicate, a second title in its case."""
    tokens = doc.tokens
    before = tokens[post.a - 1].text if post.a > 0 else ""
    after_post = bool(found) and found[-1].b == post.a - 1 and before in {"и", ","}
    starts = doc.ner_starts("PER")
    nxt = post.b + 1 if post.b + 1 < len(tokens) and lemmas(tokens[post.b].text) & HONORIFICS and \
        doc.on(RANK_BEFORE_HOLDER) else post.b  # `главу … ведомства Саудовской Аравии принца Фейсала …`
    named_after = nxt < len(tokens) and tokens[nxt].start in starts
    listed_after = post.b + 1 < len(tokens) and tokens[post.b].text in DASHES and tokens[post.b + 1].start in starts
    return named_after or listed_after or (
        before in DASHES | {","} and post.a - 1 in person_ends) or after_post or \
        predicative(doc, match.stop - 1) or (
            post.b < sent.last and  # лидер …, народный депутат Украины Мустафа Джемилев
            title_at(doc, post.b, sent.last) == tokens[match.stop - 1].feats.get("Case", ""))


def _officials_of_states(doc: Analysis, post: Found) -> bool:
    """`провел встречи с главами МИД Туркменистана и Таджикистана`: a role phrase in the plural over two states or
    more names their officials, as a plural title does (rule `plural_role_of_states`): no post of anyone's, but
    their states stand for them in talks, or the holders the text names."""
    return bool(post.data["plural"]) and len(post.data.get("countries") or []) >= 2 and \
        doc.on(PLURAL_ROLE_OF_STATES)


def _family(doc: Analysis, p: PostPhrase, title: str) -> str:
    """The title's family: a chair's title that heads a government is the premier's (`председатель правительства`);
    a head's title over a body that a role noun names is that role's (`глава МИД`, `глава Министерства иностранных
    дел`: the minister's, so `Глава государства` after it is not its holder)."""
    if title in PREMIER_TITLES:
        return "premier"
    if p.family == "head" and title.startswith("министр "):
        return "minister"  # `глава Минобороны`: `министр обороны` (`minister_of_ministry`)
    if p.family == "head":
        role = role_nouns().match_at(doc.tokens, p.a, p.chain_end)
        if role is not None and role.value[0] != "head":
            return role.value[0]
    return p.family


def read_post(doc: Analysis, match: Match[PostHead], first: int, last: int) -> Found:
    """The post phrase around the head ``match`` within its sentence ``first:last``: `LEFT_RULES`, the title's
    chain (`CHAIN_RULES`), its words (`TITLE_RULES`), `RIGHT_RULES`."""
    a, head_end = match.start, match.stop
    noun = declining_end(doc, a, head_end) - 1  # `временным поверенным в делах`: `поверенным` agrees
    p = PostPhrase(a, head_end, first, last, match.value.family, left=a, agree=noun)
    left_rules, right_rules = switched_on(doc, LEFT_RULES), switched_on(doc, RIGHT_RULES)
    while p.left - 1 >= first and apply(left_rules, doc, p):
        pass
    p.chain_end = title_chain(doc, p)
    words, title = title_words(doc, p, match.value.title)
    p.j = p.chain_end
    while p.j < last and apply(right_rules, doc, p):
        pass
    title = minister_of_ministry(doc, p, possessed_body_title(doc, p, title))
    tokens = doc.tokens
    rest = doc.text[tokens[p.chain_end - 1].stop:tokens[p.j - 1].stop] if p.j > p.chain_end else ""
    rest = re.sub(r"\s+", " ", rest)  # `в\xa0Казахстане`, a line break: one space in the name
    bare = p.j == head_end and p.country is None and all(  # `Министр`, `Первый замминистра`
        t.lower in KEPT_MODIFIERS for t in tokens[p.left:a])
    family = _family(doc, p, title)
    return doc.make("post", p.left, p.j, title=title, name=join_words(acting_name(doc, p, words)) + rest, family=family,
                    country=p.country, host=p.host, more_hosts=p.more_hosts, organization=p.organization,
                    plural=is_plural(tokens[noun]) or plural_subject(doc, tokens[noun]),
                    countries=[p.country, *p.more] if p.country else [],
                    bare=bare and match.value.title in BARE_NEEDS_MORE, bare_any=bare, head=(a, head_end),
                    agree=p.agree, fired=p.fired)
