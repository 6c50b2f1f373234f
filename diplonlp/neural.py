"""natasha's neural models (navec + slovnet morph, syntax, NER), loaded lazily once per process and run
on our own tokens: word ids cached, windows from many documents batched by length."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from .text import Sentence, Token

LOG = logging.getLogger("diplonlp")

MAX_SENT_TOKENS = 256
"""slovnet sees at most this many tokens at once; longer sentences are tagged in windows."""

NER_CORE = 128
"""NER reads a document in stretches of this many tokens (its memory and its CRF's Python loop grow with
the length of what it reads at once) ..."""
NER_CONTEXT = 8
"""... each with this many tokens of context either side, whose tags are dropped: slovnet's three
convolutions see three tokens each way, so the stretch gets the scores the whole text would give it."""

BATCH_TOKENS = 1024
"""Windows go to a model in batches of about this many (padded) tokens, sorted by length."""

Check = Callable[[], None] | None
"""Called before each model batch: raises to stop (a document's time budget, `diplonlp.budget`)."""
ID_CACHE = 200_000
"""Most word forms remembered with their vocabulary and shape ids (the cache empties when full)."""


@dataclass(slots=True)
class NerSpan:
    start: int
    stop: int
    type: str  # PER, LOC, ORG


class _Runner:
    """One slovnet model over lists of words: their ids looked up once, windows padded in batches."""

    def __init__(self, api: Any, ids: dict[str, tuple[int, int]]) -> None:
        from slovnet.shape import word_shape

        self.infer = api.infer
        self._words, self._shapes = api.infer.encoder.words_vocab, api.infer.encoder.shapes_vocab
        self._word_shape = word_shape
        self._ids = ids  # shared by the three models: their vocabularies are navec's, the same
        decoder = api.infer.decoder
        vocab = decoder.rels_vocab if hasattr(decoder, "rels_vocab") else decoder.tags_vocab
        self.labels: list[str] = list(vocab.items)  # what each predicted id stands for

    def _id(self, word: str) -> tuple[int, int]:
        found = self._ids.get(word)
        if found is None:
            if len(self._ids) >= ID_CACHE:
                self._ids.clear()
            found = self._ids[word] = (self._words.encode(word.lower()), self._shapes.encode(self._word_shape(word)))
        return found

    def predict(self, windows: list[list[str]], check: Check = None) -> list[Any]:
        """slovnet's prediction for each window (tag ids, or head and relation ids), in input order; ``check``
        is called before each batch (a document's time budget)."""
        from slovnet.exec.encoders import WordShapeInput

        out: list[Any] = [None] * len(windows)
        for chunk in _batches(sorted(range(len(windows)), key=lambda k: len(windows[k])), windows):
            if check is not None:
                check()
            width = len(windows[chunk[-1]])
            word_id = np.full((len(chunk), width), self._words.pad_id)
            shape_id = np.full((len(chunk), width), self._shapes.pad_id)
            for row, k in enumerate(chunk):
                ids = [self._id(word) for word in windows[k]]
                word_id[row, :len(ids)] = [w for w, _ in ids]
                shape_id[row, :len(ids)] = [s for _, s in ids]
            inputs = WordShapeInput(word_id, shape_id, word_id == self._words.pad_id)
            for k, pred in zip(chunk, self.infer.process([inputs]), strict=True):
                out[k] = pred
        return out


def _batches(order: list[int], windows: list[list[str]]) -> Iterator[list[int]]:
    """Consecutive runs of ``order`` (sorted by length) padding to at most `BATCH_TOKENS` tokens."""
    chunk: list[int] = []
    for k in order:
        if chunk and (len(chunk) + 1) * len(windows[k]) > BATCH_TOKENS:
            yield chunk
            chunk = []
        chunk.append(k)
    if chunk:
        yield chunk


class Models:
    """Holds the loaded models; thread-safe lazy loading, shared by every Pipeline in the process."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._loaded: dict[str, Any] = {}
        self._ids: dict[str, tuple[int, int]] = {}

    def _get(self, name: str) -> Any:
        model = self._loaded.get(name)
        if model is not None:
            return model
        with self._lock:
            if name not in self._loaded:
                began = time.perf_counter()
                self._loaded[name] = self._load(name)
                LOG.info("loaded %s in %.2f s", name, time.perf_counter() - began)
            return self._loaded[name]

    def _load(self, name: str) -> Any:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
        from slovnet.conll import parse_conll_tag

        if name == "emb":
            return NewsEmbedding()
        if name == "blas":  # found once: looking for the loaded BLAS libraries takes milliseconds
            from threadpoolctl import ThreadpoolController

            return ThreadpoolController()
        if name == "morph_tags":  # each morph tag id as (pos, feats), parsed once
            return [(pos, dict(feats)) for pos, feats in map(parse_conll_tag, self._get("morph").labels)]
        factory = {"morph": NewsMorphTagger, "syntax": NewsSyntaxParser, "ner": NewsNERTagger}[name]
        return _Runner(factory(self._get("emb")), self._ids)

    @property
    def loaded(self) -> bool:
        return bool(self._loaded)

    def blas_limit(self, threads: int | None) -> AbstractContextManager[object]:
        """A context in which numpy's BLAS uses at most ``threads`` threads (no limit for None)."""
        if threads is None:
            return nullcontext()
        return cast(AbstractContextManager[object], self._get("blas").limit(limits=threads, user_api="blas"))

    def tag(self, docs: list[tuple[list[Token], list[Sentence]]],
            parse: Callable[[list[Token], Sentence], bool] | None = None, check: Check = None) -> None:
        """Fill ``pos`` and ``feats`` of every token of every document, ``head`` and ``rel`` of those in
        the sentences ``parse`` accepts (all when it is None): the parser is the costliest model, and a
        sentence naming no person needs no parse.

        The sentences of all ``docs`` go to slovnet together, batched by length: batches of many short
        sentences are what makes the taggers fast.
        """
        windows = [(tokens, s, min(s + MAX_SENT_TOKENS, sent.last), wanted)
                   for tokens, sents in docs for sent in sents
                   for wanted in [parse is None or parse(tokens, sent)]  # once a sentence, not once a window
                   for s in range(sent.first, sent.last, MAX_SENT_TOKENS)]
        if not windows:
            return
        chunks = [[tokens[i].text for i in range(a, b)] for tokens, a, b, _ in windows]
        tags = self._get("morph_tags")
        for (tokens, a, _, _), ids in zip(windows, self._get("morph").predict(chunks, check), strict=True):
            for k, tag_id in enumerate(ids.tolist()):
                tokens[a + k].pos, tokens[a + k].feats = tags[tag_id]
        parsed = [(w, chunk) for w, chunk in zip(windows, chunks, strict=True) if w[3]]
        if not parsed:
            return
        syntax = self._get("syntax")
        predicted = syntax.predict([c for _, c in parsed], check)
        for ((tokens, a, _, _), _), (heads, rels) in zip(parsed, predicted, strict=True):
            for k, (head, rel) in enumerate(zip(heads.tolist(), rels.tolist(), strict=True)):
                tokens[a + k].head = a + head - 1 if head > 0 else -1
                tokens[a + k].rel = syntax.labels[rel]

    def ner(self, docs: list[list[Token]], check: Check = None) -> list[list[NerSpan]]:
        """NER spans of each document's tokens.

        A document is read in stretches of `NER_CORE` tokens with `NER_CONTEXT` tokens of context either
        side, and the stretches of all ``docs`` are batched by length: slovnet's NER pads a batch to its
        longest text and decodes its CRF token by token in Python, so whole documents are slow to batch.
        """
        from slovnet.bio import bio_spans

        windows = [(tokens, a, max(a - NER_CONTEXT, 0), min(a + NER_CORE + NER_CONTEXT, len(tokens)))
                   for tokens in docs for a in range(0, len(tokens), NER_CORE)]
        runner = self._get("ner")
        preds = runner.predict([[t.text for t in tokens[lo:hi]] for tokens, _, lo, hi in windows], check)
        tags: dict[int, list[str]] = {id(tokens): [] for tokens in docs}
        for (tokens, a, lo, _), ids in zip(windows, preds, strict=True):
            core = ids[a - lo:a - lo + NER_CORE]
            tags[id(tokens)].extend(runner.labels[i] for i in core.tolist())
        return [[NerSpan(s.start, s.stop, s.type) for s in bio_spans(tokens, tags[id(tokens)])] for tokens in docs]


_shared = Models()


def shared_models() -> Models:
    return _shared
