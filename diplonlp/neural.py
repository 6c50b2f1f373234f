"""natasha's neural models (navec + slovnet morph, syntax, NER), loaded lazily once per process."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .text import Sentence, Token

MAX_SENT_TOKENS = 256
"""slovnet sees at most this many tokens at once; longer sentences are tagged in windows."""


@dataclass(slots=True)
class NerSpan:
    start: int
    stop: int
    type: str  # PER, LOC, ORG


class Models:
    """Holds the loaded models; thread-safe lazy loading, shared by every Pipeline in the process."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._loaded: dict[str, Any] = {}

    def _get(self, name: str) -> Any:
        model = self._loaded.get(name)
        if model is not None:
            return model
        with self._lock:
            if name not in self._loaded:
                self._loaded[name] = self._load(name)
            return self._loaded[name]

    def _load(self, name: str) -> Any:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        if name == "emb":
            return NewsEmbedding()
        factory = {"morph": NewsMorphTagger, "syntax": NewsSyntaxParser, "ner": NewsNERTagger}[name]
        return factory(self._get("emb"))

    @property
    def loaded(self) -> bool:
        return bool(self._loaded)

    def tag(self, docs: list[tuple[list[Token], list[Sentence]]],
            parse: Callable[[list[Token], Sentence], bool] | None = None) -> None:
        """Fill ``pos`` and ``feats`` of every token of every document, ``head`` and ``rel`` of those in
        the sentences ``parse`` accepts (all when it is None): the parser is the costliest model, and a
        sentence naming no person needs no parse.

        The sentences of all ``docs`` go to slovnet in one batch: batches of many short documents are
        what makes the taggers fast.
        """
        windows = [(tokens, s, min(s + MAX_SENT_TOKENS, sent.last), parse is None or parse(tokens, sent))
                   for tokens, sents in docs for sent in sents for s in range(sent.first, sent.last, MAX_SENT_TOKENS)]
        if not windows:
            return
        chunks = [[tokens[i].text for i in range(a, b)] for tokens, a, b, _ in windows]
        for (tokens, a, _, _), markup in zip(windows, self._get("morph").map(chunks), strict=True):
            for k, src in enumerate(markup.tokens):
                tokens[a + k].pos = src.pos
                tokens[a + k].feats = _shared_feats(src.feats)
        parsed = [(w, chunk) for w, chunk in zip(windows, chunks, strict=True) if w[3]]
        if not parsed:
            return
        for ((tokens, a, _, _), _), markup in zip(parsed, self._get("syntax").map([c for _, c in parsed]),
                                                  strict=True):
            for k, src in enumerate(markup.tokens):
                head = int(src.head_id)
                tokens[a + k].head = a + head - 1 if head > 0 else -1
                tokens[a + k].rel = src.rel

    def ner(self, items: list[tuple[str, int]]) -> list[list[NerSpan]]:
        """NER spans of each ``(text, offset)``: the text from ``offset`` on.

        One text at a time: slovnet's NER pads a batch to its longest text, so batching whole
        documents of unequal length costs memory (≈120 MB more on the FactRuEval devset) for no speed.
        """
        out: list[list[NerSpan]] = []
        tagger = self._get("ner")
        for text, offset in items:
            spans: list[NerSpan] = []
            for start, stop in _pieces(text, offset):
                piece = text[start:stop]
                if piece.strip():
                    spans.extend(NerSpan(start + s.start, start + s.stop, s.type) for s in tagger(piece).spans)
            out.append(spans)
        return out


_FEATS: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}


def _shared_feats(feats: dict[str, str]) -> dict[str, str]:
    """One dict per distinct feature set (a few thousand exist): a long text keeps no million copies."""
    key = tuple(sorted(feats.items()))
    shared = _FEATS.get(key)
    if shared is None:
        shared = _FEATS[key] = dict(feats)
    return shared


NER_PIECE = 20_000
"""NER reads a long text in pieces of about this many characters, cut between paragraphs (or lines, or
words): its memory grows with the length of what it reads at once."""


def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while len(text) - start > NER_PIECE:
        window = text[start:start + NER_PIECE]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        stop = start + (cut + 1 if cut > NER_PIECE // 2 else NER_PIECE)
        pieces.append((start, stop))
        start = stop
    pieces.append((start, len(text)))
    return pieces


_shared = Models()


def shared_models() -> Models:
    return _shared
