"""Text layer: the ``date`` header line, tokens and sentences with offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from razdel import sentenize

from .capitals import headlines_recased
from .isodates import valid
from .tokenizer import token_spans

SCRIPTS_MEET = re.compile(r"[а-яё][a-z]|[a-z][а-яё]", re.IGNORECASE)
MIXED_WORD = re.compile(r"\w*(?:[а-яё][a-z]|[a-z][а-яё])\w*", re.IGNORECASE)
DASHES = frozenset({"-", "–", "—"})
LIST_MARKS = DASHES | {"•", "·", "▪", "*"}
"""Marks that open a list's item on a line of its own."""
CAMEL = re.compile(r"[а-яё][А-ЯЁ]")
"""`КазНУ`, `ТашГУ`: a capital after a small letter inside a word makes it an abbreviation (never a place; written
as it is)."""
BODY_ABBREVIATION = re.compile(r"[А-ЯЁ][а-яё]+(?:[А-ЯЁ][а-яё]*)*[А-ЯЁ]{2}")
"""`КазНУ`, `ТашГУ`, `ЕврАзЭС`: a word of small and capital letters ending in two capitals names a body (not
`ДиКарло`, `МакЛарен`)."""
"""The dashes a token may be: a hyphen, an en dash, an em dash (`Вице-премьер – министр`, `Name – State`)."""
LATIN_LOOKALIKES = str.maketrans("AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху")
"""Latin letters that look Cyrillic, read as Cyrillic inside a word that mixes the two scripts."""


def unmixed(text: str) -> str:
    """``text`` with every word that mixes Cyrillic and Latin letters written in Cyrillic (`Cолист` with a
    Latin C); one character for one, so offsets hold."""
    if not SCRIPTS_MEET.search(text):
        return text
    return MIXED_WORD.sub(lambda m: m.group().translate(LATIN_LOOKALIKES), text)


HEADER_RE = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b")
"""The first line of an MFA-style item: `` date 2026-02-14 Фото: МИД РК``. Only its date is read; a BOM before it
is skipped."""
LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
"""A line break of any kind: the header line ends at the first."""
HEADER_BOILERPLATE = re.compile(r"[ \t]*(?:Рассказать друзьям|Поделиться|Фото:(?:[ \t]*[A-ZА-ЯЁ]{2,}\b)+)")
"""What may follow the date when header and body share one line (no break anywhere): read past, nothing more."""
BOILERPLATE_LINE = re.compile(r"\s*(?:Подписывайтесь|Подпишитесь)\s+на\b|\s*Фото\s*:|\s*Читайте\s+также\s*:")
"""A body line that is a subscription prompt (`Подписывайтесь на Sputnik в Дзен`), a photo credit (`Фото: Sputnik /
Данияр Абенов`) or a link to another item (`Читайте также: Токаев провел телефонный разговор с Эрдоганом`): the
contract has it yield nothing, so it gets no tokens."""

DATELINE_OPENING = re.compile(r"\s*([А-ЯЁ][\w\-]+(?: [А-ЯЁ][\w\-]+)?)"
                              r"(?:, [А-ЯЁ][а-яё\-]+(?: [А-ЯЁ][а-яё\-]+)?(?=, \d))?(?:[.,]\s+"
                              r"(\d{1,2}(?:[–-]\d{1,2})? (?:[а-яё]+|[А-ЯЁ]{3,})\.?(?: \d{4}(?: года| г\.)?)?"
                              r"|\d{1,2}\.\d{2}\.\d{4})"
                              r"(?=(?<= г\.)\s|(?P<closes>[ \t]*\n)|[.,]\s|\s*[(/]|\s+[–—-]\s)"
                              r"|(?=\.\s+[A-ZА-ЯЁ]{3,}(?: [A-ZА-ЯЁ]{2,})*\s+[–—-]\s|\s+/[^/\n]{2,40}/))")
"""A line opening with a place and a date (group 1, group 2): `Астана. 13 февраля. KAZAKHSTAN TODAY -`,
`Ташкент, 15 мая (УзА).`, `БЕЛГРАД, 5 марта /Танюг/`, `ДУШАНБЕ, 11 апр – РИА Новости`, `Вена, 3 февраля 2025 года.`,
`Женева, 10 июня 2025 г. Постоянный …`, `Бишкек, 3 декабря 2026 года` closing its line (group `closes`; not after
`г.`), the place's state between (`Баку, Азербайджан, 10 июня /Trend/`);
or with a place and the agency only (no group 2): `АСТАНА. КАЗИНФОРМ –`, `Улаанбаатар /МОНЦАМЭ/.`"""


@dataclass(slots=True)
class Token:
    """A razdel token with its place in the text and, once tagged, slovnet's morphology and syntax."""

    i: int
    start: int
    stop: int
    text: str
    sent: int
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1
    rel: str = ""
    lower: str = field(init=False)
    """The text in lower case, ``ё`` as ``е``: what gazetteers compare (computed once: rules ask it often)."""
    is_cap: bool = field(init=False)
    is_word: bool = field(init=False)
    """Whether it has a letter."""

    def __post_init__(self) -> None:
        self.lower = self.text.lower().replace("ё", "е")
        self.is_cap = self.text[:1].isupper()
        self.is_word = any(ch.isalpha() for ch in self.text)

    @property
    def is_finite_verb(self) -> bool:
        """A verb or auxiliary slovnet tags finite (`подписали`, `выступают`), where a clause's predicate stands."""
        return self.pos in ("VERB", "AUX") and self.feats.get("VerbForm") == "Fin"


@dataclass(slots=True)
class Sentence:
    start: int
    stop: int
    first: int
    last: int  # exclusive token index


@dataclass(slots=True)
class Header:
    """The header line: its span (never a source of entities) and the date it gives."""

    stop: int
    date: str | None
    date_start: int | None = None
    date_stop: int | None = None


def read_header(text: str) -> Header:
    """The header line: up to the first line break of any kind (`\\n`, `\\r`, U+2028 …); with none in the text,
    the date and known boilerplate only, so a body on the header's line is read."""
    match = HEADER_RE.match(text)
    if not match:
        return Header(stop=0, date=None)
    brk = LINE_BREAK.search(text, match.end())
    if brk is not None:
        stop = brk.start()
    else:
        extra = HEADER_BOILERPLATE.match(text, match.end())
        stop = extra.end() if extra else match.end()
    year, month, day = match.groups()
    if not valid(int(year), int(month), int(day)):  # `date 2026-13-45`: boilerplate still, but no date
        return Header(stop=stop, date=None)
    return Header(stop=stop, date=f"{year}-{month}-{day}", date_start=match.start(1), date_stop=match.end(3))


def segment(text: str, offset: int, headlines: bool = False) -> tuple[list[Token], list[Sentence]]:
    """Tokens and sentences of ``text[offset:]`` with offsets into ``text``; with ``headlines``, the tokens of a line
    in capitals have the text the rest of the text writes their words in (`capitals.headlines_recased`)."""
    tokens: list[Token] = []
    sents: list[Sentence] = []
    clean = unmixed(text[offset:])  # tokens cut as if mixed words were Cyrillic, their text as written
    cased = headlines_recased(text) if headlines else text
    for sent in sentenize(clean):
        for start, stop in _after_names(clean, offset, _lines(sent.text, offset + sent.start)):
            if BOILERPLATE_LINE.match(text, start) and _whole_line(text, start, stop):
                continue
            first = len(tokens)
            for a, b in token_spans(clean[start - offset:stop - offset]):
                a, b = start + a, start + b
                tokens.append(Token(len(tokens), a, b, cased[a:b], len(sents)))
            if len(tokens) > first:
                sents.append(Sentence(start, stop, first, len(tokens)))
    return tokens, sents


def _whole_line(text: str, start: int, stop: int) -> bool:
    """Is ``text[start:stop]`` a line of its own (a line break or the text's edge on either side)?"""
    a, b = start, stop
    while a > 0 and text[a - 1] in " \t":
        a -= 1
    while b < len(text) and text[b] in " \t":
        b += 1
    return (a == 0 or text[a - 1] in "\n\r") and (b == len(text) or text[b] in "\n\r")


NAME_END = re.compile(r"(?<![\w.])[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[ \t]+([А-ЯЁ][а-яё]+)(?![\w.])")
"""`… министром иностранных дел Китая Ван И. Также он встретился …`: a capitalized word, a one-letter one and a full
stop before a capitalized word; razdel reads the letter as an initial and runs the two sentences on."""
NAME_PARTS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"})


def _after_names(clean: str, offset: int, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` (start, stop into the text), each split after a name's one-letter last part (`Ван И.`) where the word
    after it is one the dictionary knows as no name (`Также`, `Стороны`, `Он`; not `Джон Ф. Кеннеди`)."""
    from .morph import parses  # the text layer is read before the dictionary is loaded

    out = []
    for start, stop in parts:
        for m in NAME_END.finditer(clean, start - offset, stop - offset):
            readings = parses(m.group(1).lower())
            if readings and all(p.is_known and not NAME_PARTS & p.tag.grammemes for p in readings):
                out.append((start, offset + clean.index(".", m.start()) + 1))
                start = offset + m.start(1)
        out.append((start, stop))
    return [(a, b) for a, b in out if b > a]


LINE_OPENS = re.compile(r"[ \t]*\n\s*(?=[A-ZА-ЯЁ0-9«\"„(—–-])")
"""A line break before a capital (a headline, a caption, a list item): razdel keeps them in one sentence."""


def _lines(sentence: str, start: int) -> list[tuple[int, int]]:
    """(start, stop) of the parts of a sentence at ``start`` split at line breaks that open a new line with a
    capital; a line ending in a comma, a hyphen or a short lower-case word (`и`, `в`, `для`) runs on, unless a blank
    line and a dateline follow it (`… подписали соглашение о взаимной отмене виз` over `Минск, 11 июня /Корр. БЕЛТА/.`:
    a headline, not a wrapped line)."""
    parts, a = [], 0
    for m in LINE_OPENS.finditer(sentence):
        line = sentence[a:m.start()].rstrip()
        last = line.rsplit(None, 1)[-1] if line else ""
        runs_on = last[-1:] in (",", "-") or (last.islower() and len(last) <= 3)
        if not last or (runs_on and not _over_dateline(sentence, m)):
            continue
        parts.append((start + a, start + m.start()))
        a = m.end()
    parts.append((start + a, start + len(sentence)))
    return parts


def _over_dateline(sentence: str, brk: re.Match[str]) -> bool:
    """Does line break ``brk`` in ``sentence`` hold a blank line and open a dateline (a headline ends before it)? The
    sentence may end with the dateline's date (`Пекин, 28 января.`): a space stands for what follows it."""
    return brk.group().count("\n") > 1 and DATELINE_OPENING.match(sentence + " ", brk.end()) is not None
