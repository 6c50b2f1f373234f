"""A typed, read-only view of the tokens diplonlp works on, for users who build rules on top: each token's
offsets, sentence, lemma (pymorphy3), slovnet's part of speech, features and syntax, and its NER tag."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .analysis import Analysis
from .morph import parses

POS_TAGS = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF", "PRTS"},
            "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}, "AUX": {"VERB", "INFN"}, "NUM": {"NUMR"},
            "ADV": {"ADVB", "COMP", "PRED"}, "PRON": {"NPRO"}, "DET": {"ADJF", "NPRO"}, "ADP": {"PREP"},
            "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"}, "PART": {"PRCL"}, "INTJ": {"INTJ"}}
"""slovnet's universal part of speech -> the pymorphy3 parts of speech that agree with it (to pick the lemma)."""


@dataclass(frozen=True, slots=True)
class TokenView:
    """One token: ``text == Document.text[start:stop]``; ``sentence`` indexes `Document.sentences`; ``lemma`` is
    pymorphy3's normal form of the reading that agrees with ``pos`` (lower case; the word itself for punctuation
    and unknown words); ``pos``/``feats`` are slovnet's (Universal Dependencies); ``head`` is the index of the
    syntactic head among the document's tokens (-1: the root, or a sentence the parser did not read) and
    ``rel`` its relation; ``ner`` slovnet's tag in BIO form (`B-PER`, `I-LOC`, `O`)."""

    i: int
    text: str
    start: int
    stop: int
    sentence: int
    lemma: str
    pos: str
    feats: Mapping[str, str]
    head: int
    rel: str
    ner: str


def lemma_of(word: str, pos: str) -> str:
    """The normal form of the reading of ``word`` that agrees with slovnet's ``pos``, else of the likeliest one."""
    readings = parses(word.lower())
    if not readings:
        return word.lower()
    wanted = POS_TAGS.get(pos, set())
    best = next((p for p in readings if p.tag.POS in wanted), readings[0])
    return str(best.normal_form)


def token_views(doc: Analysis) -> list[TokenView]:
    """Every token of a prepared and tagged working document, in order."""
    ner = ["O"] * len(doc.tokens)
    for span, a, b in (found for kind in ("PER", "LOC", "ORG") for found in doc.ner_tokens(kind)):
        ner[a:b] = [f"B-{span.type}"] + [f"I-{span.type}"] * (b - a - 1)
    return [TokenView(t.i, t.text, t.start, t.stop, t.sent, lemma_of(t.text, t.pos) if t.is_word else t.text, t.pos,
                      dict(t.feats), t.head, t.rel, ner[t.i]) for t in doc.tokens]
