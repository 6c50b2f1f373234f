"""Holders read off a verb or copula: `работал директором`, `назначил … послом`, `назначенного послом`,
`Амано был дипломатом`, `заявил об уходе с поста …`."""

from __future__ import annotations

from ..analysis import Analysis, Found
from ..inflect import SLOVNET_GENDER
from ..lexicon import words
from ..morph import lemmas
from ..posts.agreement import PREDICATES, copula_of
from ..text import Token
from .discourse import antecedent, last_named

APPOINTING = words("posts.appointing")
"""Predicates whose object, not subject, takes the title (`назначил Иванова министром`)."""


APPOINTING_NOUNS = words("posts.appointing_nouns")
APPOINTED_TO = words("posts.appointed_to")
APPOINTING_ACTS = words("posts.appointing_acts")
POSITION = words("posts.position")


LEAVING = words("posts.leaving")
"""Nouns between a verb and the post it is about: `заявил об уходе с поста`, `подал в отставку с поста`."""


def _appointed_misparsed(doc: Analysis, title: Token, persons: list[Found]) -> Found | None:
    """`назначил Айбека Молдогазиева Чрезвычайным и Полномочным Послом`: a title in the instrumental (the caller
    checks) the parse hangs on the object of a verb of appointing (as its apposition or conjunct), not on the verb,
    is the object's."""
    obj = doc.tokens[title.head]  # `указ, которым назначил Эдиля …`: the accusative parsed a subject
    if not (obj.rel == "obj" or (obj.rel.startswith("nsubj") and obj.feats.get("Case") == "Acc")) or obj.head < 0:
        return None
    verb = doc.tokens[obj.head]
    if not lemmas(verb.text) & APPOINTING or passive(doc, verb):
        return None
    return _person_at(persons, obj.i)


def _appointed_by_noun(doc: Analysis, title: Token, sentence: list[Token], persons: list[Found]) -> Found | None:
    """`Указ о назначении Ерлана Карина Государственным советником`: a title in the instrumental (the caller checks)
    hanging on a noun of appointing (`posts.appointing_nouns`) that an act names (`posts.appointing_acts`: a decree,
    an order) is the post of the person named in the genitive on that noun; not an appointment only spoken of
    (`назначение Мэйсона директором ФБР будет означать`, `В случае избрания Гачечиладзе премьер-министром`)."""
    noun = doc.tokens[title.head]
    named = _person_at(persons, noun.i)
    if named is not None and noun.head >= 0:  # `о назначении Мурата Аннаева Послом …`: parsed on the name
        noun = doc.tokens[noun.head]
    if not lemmas(noun.text) & APPOINTING_NOUNS or noun.head < 0 or \
            not lemmas(doc.tokens[noun.head].text) & APPOINTING_ACTS:
        return None
    return named or next((p for t in sentence if t.head == noun.i and t.rel == "nmod" and
                          t.feats.get("Case") in ("Gen", "Acc") and (p := _person_at(persons, t.i))), None)


def _appointed_passive(doc: Analysis, title: Token, sentence: list[Token], persons: list[Found]) -> Found | None:
    """`Чрезвычайным и Полномочным Послом Казахстана в Японии назначен Ерлан Байжанов`: a title in the instrumental
    (the caller checks) the parse hangs elsewhere, with a verb giving a post in the passive (`posts.appointed_to`) and
    no other finite verb between, is that verb's subject's, a person (rule `appointed_passive`; not `будет отстранена
    …, и исполняющим обязанности президента станет …`)."""
    if not doc.on("appointed_passive"):
        return None
    verbs = {t.i for t in sentence if lemmas(t.text) & APPOINTED_TO and t.pos == "VERB" and passive(doc, t) and
             not any(u.is_finite_verb for u in doc.tokens[min(t.i, title.i) + 1:max(t.i, title.i)])}
    return next((p for t in sentence if t.head in verbs and t.rel.startswith("nsubj") and
                 (p := _person_at(persons, t.i))), None)


def _person_at(persons: list[Found], i: int) -> Found | None:
    return next((p for p in persons if p.a <= i < p.b), None)


def holder_of_predicate(doc: Analysis, post: Found, persons: list[Found]) -> list[Found]:
    """The subject of `работал директором`, or the noun a participle `назначенного послом` describes."""
    head_a, head_b = post.data["head"]
    agree = post.data["agree"]
    word = agree if agree is not None and agree < head_a else head_b - 1  # исполняющим обязанности губернатора
    verb_i = doc.tokens[word].head
    leaving = False
    if verb_i >= 0 and lemmas(doc.tokens[verb_i].text) & POSITION:
        verb_i = doc.tokens[verb_i].head  # занять пост премьер-министра
        if verb_i >= 0 and lemmas(doc.tokens[verb_i].text) & LEAVING:
            verb_i, leaving = doc.tokens[verb_i].head, True  # заявил об уходе с поста главного тренера
    sent = doc.sents[doc.tokens[head_b - 1].sent]
    sentence = doc.tokens[sent.first:sent.last]
    title = doc.tokens[word]
    if title.feats.get("Case") == "Ins" and title.head >= 0:  # a title the one appointed is named as
        appointed = _appointed_misparsed(doc, title, persons) or _appointed_by_noun(doc, title, sentence, persons) \
            or _appointed_passive(doc, title, sentence, persons)
        if appointed is not None:
            return [appointed]
    copula = copula_of(doc, head_b - 1)
    if copula:
        verb_i = head_b - 1  # Амано был дипломатом: the title itself governs the subject
    elif verb_i < 0 or not (lemmas(doc.tokens[verb_i].text) & PREDICATES or (
            leaving and doc.tokens[verb_i].pos == "VERB")):
        return []
    verb = doc.tokens[verb_i]

    if verb.rel in ("acl", "amod") and verb.head >= 0:
        found = _person_at(persons, verb.head)
        return [found] if found else []
    if lemmas(verb.text) & APPOINTING and not passive(doc, verb):
        if doc.tokens[word].rel.startswith("nsubj"):
            return []  # `Президент назначил Нуртлеу послом`: the title of the one who appoints is not given
        # Путин назначил Сергея Иванова министром: the one appointed, never the subject; назначил руководителем …
        # Ивана Муравьева (parsed appos)
        objects = {t.i for t in sentence if t.head == verb_i and t.rel == "obj"}
        found = next((p for t in sentence if ((t.head, t.rel) in ((verb_i, "obj"), (head_b - 1, "appos"))
                                              or (t.rel == "appos" and t.head in objects))
                      and (p := _person_at(persons, t.i))), None)
        return [found] if found else []  # назначил свою жену Мехрибан первым вице-президентом
    # согласился занять пост …; учился во Франции и работал консультантом: the subject the verbs share
    for governor in (verb_i, verb.head if verb.rel in ("xcomp", "conj") else -1):
        for tok in sentence:
            if governor >= 0 and tok.head == governor and tok.rel.startswith("nsubj"):
                named = next((p for t in sentence if t.head == tok.i and t.rel in ("appos", "flat:name")
                              and (p := _person_at(persons, t.i))), None)  # станет лауреат фестиваля Оксана Карас
                found = _person_at(persons, tok.i) or named or antecedent(doc, tok, persons)
                if found is None:
                    return []
                # Операторами выступили Михаил Агранович и Михаил Хасая: the subject and its conjuncts
                more = [p for t in sentence if t.head == tok.i and t.rel == "conj" and (p := _person_at(persons, t.i))]
                return [found, *more] if post.data["plural"] else [found]
    # Стал генералом, работал министром …: a biography's sentence with no subject is about the person named last
    # (the copula bears tense and gender: `Сиссе занимал посты, в том числе был министром` parsed as two roots)
    finite = copula or verb
    gender = SLOVNET_GENDER.get(finite.feats.get("Gender", ""))
    if gender and finite.feats.get("Tense") == "Past" and verb.rel in ("root", "conj"):
        found = last_named(doc, verb.i, persons, gender, subject=True)
        return [found] if found else []
    return []


def passive(doc: Analysis, verb: Token) -> bool:
    """`назначен`, `был уволен`: slovnet marks the voice, or a passive subject or auxiliary hangs on the verb."""
    if verb.feats.get("Voice") == "Pass" or verb.feats.get("VerbForm") == "Part":
        return True
    sent = doc.sents[verb.sent]
    return any(t.head == verb.i and t.rel in ("nsubj:pass", "aux:pass") for t in doc.tokens[sent.first:sent.last])
