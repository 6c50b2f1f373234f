"""natasha's neural models (navec + slovnet morph, syntax, NER), loaded lazily once per process."""

from __future__ import annotations

import threading
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

    def load_all(self) -> None:
        for name in ("emb", "morph", "syntax", "ner"):
            self._get(name)

    def tag(self, tokens: list[Token], sents: list[Sentence]) -> None:
        """Fill ``pos``, ``feats``, ``head`` and ``rel`` of every token, sentence by sentence."""
        windows = [(s, min(s + MAX_SENT_TOKENS, sent.last)) for sent in sents
                   for s in range(sent.first, sent.last, MAX_SENT_TOKENS)]
        if not windows:
            return
        chunks = [[tokens[i].text for i in range(a, b)] for a, b in windows]
        for (a, _), markup in zip(windows, self._get("morph").map(chunks), strict=True):
            for tok, src in zip(tokens[a:], markup.tokens, strict=False):
                tok.pos = src.pos
                tok.feats = dict(src.feats)
        for (a, _), markup in zip(windows, self._get("syntax").map(chunks), strict=True):
            for tok, src in zip(tokens[a:], markup.tokens, strict=False):
                head = int(src.head_id)
                tok.head = a + head - 1 if head > 0 else -1
                tok.rel = src.rel

    def ner(self, text: str, offset: int) -> list[NerSpan]:
        body = text[offset:]
        if not body.strip():
            return []
        markup = self._get("ner")(body)
        return [NerSpan(offset + s.start, offset + s.stop, s.type) for s in markup.spans]


_shared = Models()


def shared_models() -> Models:
    return _shared
