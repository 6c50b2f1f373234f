"""Pronoun references: a pronoun stands for a person named before but is no mention of them in the output
(the contract's mentions are names and role nouns); resolved once for every relation stage.

Reads: tokens with their morphology, person mentions, the Document's persons. Adds: ``doc.references``,
(start, stop, entity id, rule) for each word resolved.
"""

from __future__ import annotations

from typing import NamedTuple

from ..analysis import Analysis, Coverage, Found
from ..holders.discourse import PRONOUN_GENDER, antecedent, is_subject
from ..lexicon import words
from ..mentions.dates import DAY_MONTH
from ..morph import lemmas
from ..text import Token


class Reference(NamedTuple):
    start: int
    stop: int
    entity: str
    rule: str


PRONOUN_SUBJECT = "pronoun_subject"
"""`Он провел переговоры …`, `Затем она посетила …`, `В Пекине он провел …`: a pronoun opening its sentence
(after adverbs, conjunctions and a prepositional phrase at most) is the last person of its gender named before
it, in its sentence or the two before; where that one is named as no subject and its sentence's subject is a
person of that gender, the subject (`X встретился с … Виктором Орбаном. Он также посетил …`: X); where one of the
other gender is named last, the last of its gender if named as a subject (`Мака Бочоришвили провела разговор с …
Араратом Мирзояном. Позже она встретилась с …`). Not one further
in (`разговор не планировался, так как он уже состоялся`: the pronoun stands for a thing)."""
PRONOUN_OF_ANOTHER_STATE = "pronoun_of_another_state"
"""`Казахстанский министр передал приветствие. Он также провел …`: a role noun as a later sentence's subject is the
pronoun's antecedent; and a pronoun whose antecedent is of the state of the one it then meets is the last person of
another state named before it (`… принял министра … Казахстана … Ранее он провел переговоры со своим вьетнамским
коллегой …`)."""
PRONOUN_PAST_OWN_PHRASE = "pronoun_past_own_phrase"
"""`С заместителем генерального секретаря ЕСВД Энрике Мора он обсудил …`, `После встречи с Путиным он посетил …`: a
person named in the phrase that opens the pronoun's own sentence is a word of its clause (whom the subject met, whose
invitation it came on), never what the pronoun stands for; the antecedent is sought before that sentence."""
PRONOUN_AFTER_DATE = "pronoun_after_date"
"""`5 декабря он был принят Президентом Монголии …`: a date opening the pronoun's sentence opens it as an adverb
would (`Накануне он …`), so the pronoun still stands for a person named before."""
PRONOUN_OBJECT = "pronoun_object"
"""`Затем его принял председатель Госсовета КНДР Ким Чен Ын`, `Ее приняла …`: an accusative `его`, `ее` opening its
sentence right before a verb of receiving (`references.receiving_verbs`) is the last subject of the two sentences
before it, named or a role noun standing for a person, of its gender: the one received (the relation stages read it
as that person)."""
OBJECT_GENDER = {"его": "masc", "ее": "femn", "её": "femn"}
RECEIVING = words("references.receiving_verbs")
PRONOUN_COUNTERPART = "pronoun_counterpart"
"""`Президент Мавритании … прибыл в Азербайджан … В тот же день Президент Ильхам Алиев встретился с ним`, `провел с
ней переговоры`: `с ним`, `с ней` by a talks word (`references.talk_words`, three words before `с` or two after the
pronoun) is the last person named before its sentence, in the three before, of its gender and of a state other than
the person its sentence names before it, the one met (not `вместе с ним`: no talks word by it)."""
WITH_GENDER = {"ним": "masc", "ней": "femn"}
TALK_WORDS = words("references.talk_words")
OPENERS = {"ADV", "CCONJ", "PART", "PUNCT"}
PHRASE = {"ADP", "ADJ", "DET", "NOUN", "NUM", "PRON", "PROPN"}
"""What a prepositional phrase before the pronoun may hold (`Кроме того, он …`, `После этого он …`)."""


def resolve(doc: Analysis) -> list[Reference]:
    """The references of a document whose entities are built."""
    if doc.document is None or not doc.on(PRONOUN_SUBJECT):
        return []
    owner = {(m.start, m.stop): p.id for p in doc.document.persons for m in p.mentions}
    named = doc.found.get("person", [])
    dates = _dates(doc) if doc.on(PRONOUN_AFTER_DATE) else Coverage([])
    out: list[Reference] = []
    for tok in doc.tokens:
        if tok.lower in PRONOUN_GENDER and tok.feats.get("Case") == "Nom" and _opens(doc, tok.i, dates):
            persons = _before_own_sentence(doc, tok, named)
            found = antecedent(doc, tok, persons)
            found = _subject_of(doc, found, persons) or found if found else _last_subject(doc, tok, persons)
            entity = owner.get((found.start, found.stop)) if found else None
            if found is not None and not is_subject(doc, found):
                entity = _role_subject_before(doc, tok, found, persons, owner) or entity
            rule = PRONOUN_PAST_OWN_PHRASE if len(persons) < len(named) else PRONOUN_SUBJECT
            if doc.on(PRONOUN_OF_ANOTHER_STATE):
                moved = _role_subject_after(doc, tok, found, persons, owner) or entity
                if moved:
                    moved = _of_another_state(doc, tok, moved, persons, owner) or moved
                rule, entity = (PRONOUN_OF_ANOTHER_STATE, moved) if moved != entity else (rule, entity)
            if entity:
                out.append(Reference(tok.start, tok.stop, entity, rule))
        elif tok.lower in OBJECT_GENDER and (entity := _received(doc, tok, named, owner, dates)):
            out.append(Reference(tok.start, tok.stop, entity, PRONOUN_OBJECT))
        elif tok.lower in WITH_GENDER and (entity := _counterpart(doc, tok, named, owner)):
            out.append(Reference(tok.start, tok.stop, entity, PRONOUN_COUNTERPART))
    return out


def _counterpart(doc: Analysis, tok: Token, named: list[Found], owner: dict[tuple[int, int], str]) -> str | None:
    """The person `с ним`, `с ней` by a talks word stands for (rule `pronoun_counterpart`), if any."""
    first, last = doc.sent_bounds(tok.i)
    if tok.i == first or doc.tokens[tok.i - 1].lower != "с" or not doc.on(PRONOUN_COUNTERPART) or not any(
            lemmas(t.text) & TALK_WORDS for t in doc.tokens[max(first, tok.i - 4):min(last, tok.i + 3)]):
        return None
    assert doc.document is not None
    state = {p.id: p.country for p in doc.document.persons}
    subject = next((owner.get((p.start, p.stop)) for p in named if first <= p.a < tok.i), None) or next(
        (r.entity for r in doc.title_references if doc.tokens[first].start <= r.start < tok.start), None)
    if subject is None or state.get(subject) is None:
        return None
    gender, since = WITH_GENDER[tok.lower], doc.sents[max(0, tok.sent - 3)].first
    before = [owner.get((p.start, p.stop)) for p in named if since <= p.a < first and
              p.data.get("gender") in (gender, None)]
    other = [pid for pid in before if state.get(pid or "") not in (None, state[subject])]
    return other[-1] if other else None


def _received(doc: Analysis, tok: Token, named: list[Found], owner: dict[tuple[int, int], str],
              dates: Coverage) -> str | None:
    """The person an accusative pronoun before a verb of receiving stands for (rule `pronoun_object`), if any."""
    nxt = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
    if nxt is None or tok.feats.get("Case") != "Acc" or not nxt.is_finite_verb or not lemmas(nxt.text) & RECEIVING \
            or not _opens(doc, tok.i, dates, subject=False) or not doc.on(PRONOUN_OBJECT):
        return None
    gender, first = OBJECT_GENDER[tok.lower], doc.sents[max(0, tok.sent - 2)].first
    of = {owner.get((p.start, p.stop)): p.data.get("gender") for p in named}
    subjects = [(p.start, owner.get((p.start, p.stop))) for p in named
                if first <= p.a < doc.sents[tok.sent].first and is_subject(doc, p)]
    for ref in doc.title_references:  # `Глава российской дипломатии провел переговоры …`
        span = doc.token_range(ref.start, ref.stop)
        if span and first <= span[0] < doc.sents[tok.sent].first and \
                any(t.rel.startswith("nsubj") for t in doc.tokens[span[0]:span[1]]):
            subjects.append((ref.start, ref.entity))
    last = max(subjects, default=None)
    return last[1] if last is not None and of.get(last[1]) in (gender, None) else None


def _before_own_sentence(doc: Analysis, pronoun: Token, persons: list[Found]) -> list[Found]:
    """The persons a pronoun may stand for: all, less those its own sentence names before it (rule
    `pronoun_past_own_phrase`; a pronoun resolved opens its sentence, so they are in its opening phrase)."""
    if not doc.on(PRONOUN_PAST_OWN_PHRASE):
        return persons
    first = doc.sents[pronoun.sent].first
    return [p for p in persons if not first <= p.a < pronoun.i]


def _role_subject_after(doc: Analysis, pronoun: Token, found: Found | None, persons: list[Found],
                        owner: dict[tuple[int, int], str]) -> str | None:
    """`… принял министра … Ермека Кошербаева. Казахстанский министр передал приветствие. Он также провел …`: a role
    noun or bare title standing for a person as the subject of a sentence after the name found (if any), before the
    pronoun, in its sentence or the two before, is the pronoun's antecedent (rule `pronoun_of_another_state`)."""
    start = found.stop if found is not None else 0
    roles = _role_subjects(doc, pronoun, persons, owner, (start, pronoun.start), pronoun.sent - 2)
    return roles[-1] if roles else None


def _role_subject_before(doc: Analysis, pronoun: Token, found: Found, persons: list[Found],
                         owner: dict[tuple[int, int], str]) -> str | None:
    """`Затем казахстанский министр был принят вице-президентом Турции Джевдетом Йылмазом. Он также посетил …`: where
    the last person named is no subject, the person a role noun or bare title before it in its sentence stands for,
    as the subject, where of the pronoun's gender (rule `pronoun_subject`)."""
    sent = doc.tokens[found.a].sent
    roles = _role_subjects(doc, pronoun, persons, owner, (doc.sents[sent].start, found.start), sent)
    return roles[-1] if roles else None


def _role_subjects(doc: Analysis, pronoun: Token, persons: list[Found], owner: dict[tuple[int, int], str],
                   between: tuple[int, int], first_sent: int) -> list[str]:
    """The persons the role nouns and bare titles standing as subjects between characters ``between`` (from sentence
    ``first_sent`` on) refer to, where of the pronoun's gender or of none known, in order."""
    gender = {owner.get((p.start, p.stop)): p.data.get("gender") for p in persons}
    return [ref.entity for ref in doc.title_references
            if between[0] <= ref.start and ref.stop <= between[1] and (span := doc.token_range(ref.start, ref.stop))
            and doc.tokens[span[0]].sent >= first_sent and any(t.rel.startswith("nsubj") for t in
                                                                doc.tokens[span[0]:span[1]])
            and gender.get(ref.entity) in (PRONOUN_GENDER.get(pronoun.lower), None)]


def _of_another_state(doc: Analysis, pronoun: Token, entity: str, persons: list[Found],
                      owner: dict[tuple[int, int], str]) -> str | None:
    """`Премьер-министр Вьетнама … принял министра … Казахстана … Ранее он провел переговоры со своим вьетнамским
    коллегой Буй Тхань Шоном`: a pronoun whose antecedent is of the state of the first person named after it in its
    sentence is the last person of another state named before it, in its sentence or the two before (rule
    `pronoun_of_another_state`)."""
    assert doc.document is not None
    state = {p.id: p.country for p in doc.document.persons}
    sent = doc.sents[pronoun.sent]
    after = next((owner.get((p.start, p.stop)) for p in persons if pronoun.stop <= p.start < sent.stop), None)
    if after is None or state.get(entity) is None or state.get(after) != state.get(entity):
        return None
    gender = PRONOUN_GENDER.get(pronoun.lower)
    before = [p for p in persons if p.b <= pronoun.i and doc.tokens[p.a].sent >= pronoun.sent - 2 and
              p.data.get("gender") in (gender, None)]
    other = [owner.get((p.start, p.stop)) for p in before if state.get(owner.get((p.start, p.stop), "")) not in
             (None, state.get(entity))]
    return other[-1] if other else None


def _subject_of(doc: Analysis, found: Found, persons: list[Found]) -> Found | None:
    """`X встретился с Премьер-министром Венгрии Виктором Орбаном. Он также посетил …`: where the last person named
    is no subject, the person of that gender its sentence names as its subject (rule `pronoun_subject`)."""
    sent = doc.tokens[found.a].sent
    if is_subject(doc, found):
        return None
    return next((p for p in persons if doc.tokens[p.a].sent == sent and p.a < found.a and is_subject(doc, p)
                 and p.data.get("gender") == found.data.get("gender")), None)


def _last_subject(doc: Analysis, pronoun: Token, persons: list[Found]) -> Found | None:
    """`Мака Бочоришвили провела телефонный разговор с … Араратом Мирзояном. Позже она встретилась с …`: where a
    person of the other gender is named last, the last person of the pronoun's gender named in its sentence or the
    two before, if named as a subject (rule `pronoun_subject`)."""
    gender = PRONOUN_GENDER.get(pronoun.lower)
    before = [p for p in persons if p.b <= pronoun.i and doc.tokens[p.a].sent >= pronoun.sent - 2 and
              p.data.get("gender") == gender]
    last = max(before, key=lambda p: p.a) if before else None
    return last if last is not None and is_subject(doc, last) else None


def _dates(doc: Analysis) -> Coverage:
    """The text's dates: its date mentions, and every day written with its month (with no document date to give it a
    year, `5 декабря` is no date mention)."""
    return Coverage([(f.start, f.stop) for f in doc.found.get("date", [])] +
                    [m.span() for m in DAY_MONTH.finditer(doc.text)])


def _opens(doc: Analysis, i: int, dates: Coverage, subject: bool = True) -> bool:
    """Token ``i`` opens its sentence, with at most adverbs, conjunctions, punctuation and prepositional phrases
    before it (`В Пекине он провел …`, `В ходе визита она …`), none in the nominative but a foreign name that does
    not decline (`С … Энрике Мора он обсудил …`), no subject, the pronoun the subject (the parse's, or right before
    a verb in a sentence the parser did not read: `Кроме того, он провел …`); a date counts as an adverb (`5 декабря
    он был принят …`, rule `pronoun_after_date`)."""
    first, _ = doc.sent_bounds(i)
    before = [t for t in doc.tokens[first:i] if t.pos not in OPENERS and not dates.covers(t.start)]
    if not before:
        return True
    tok, nxt = doc.tokens[i], doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    parsed_subject = tok.rel.startswith("nsubj") or (not tok.rel and nxt is not None and nxt.pos in ("VERB", "AUX"))
    return before[0].pos == "ADP" and (parsed_subject or not subject) and all(
        t.pos in PHRASE and (t.feats.get("Case") != "Nom" or (t.pos == "PROPN" and not t.rel.startswith("nsubj")))
        for t in before)
