"""natasha's neural models (navec + slovnet morph, syntax, NER), loaded lazily once per process and run
on our own tokens: word ids cached and looked up once for the three models, the windows of many
documents packed together (`diplonlp.convnet`)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from .convnet import Check, Ids, MorphTagger, NerTagger, SyntaxParser, Tagger
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

ID_CACHE = 200_000
"""Most word forms remembered with their vocabulary and shape ids (the cache empties when full)."""


@dataclass(slots=True)
class NerSpan:
    start: int
    stop: int
    type: str  # PER, LOC, ORG


class _Model:
    """One slovnet model as a `convnet.Tagger`, with what each predicted id stands for.

    Read from natasha's slovnet pack directly, without its word vocabulary: that is navec's (250,002 words,
    tested the same), which `Models.ids` reads from the embeddings; natasha's loader would build it once a
    model (≈ 40 MB and 0.1 s each)."""

    def __init__(self, name: str, emb: Any) -> None:
        from natasha.data import NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
        from slovnet.const import REL, SHAPE, TAG
        from slovnet.exec.model import NER, Morph, Syntax
        from slovnet.exec.pack import Pack

        path, model_type, tagger, labels = {
            "morph": (NEWS_MORPH, Morph, MorphTagger, TAG), "syntax": (NEWS_SYNTAX, Syntax, SyntaxParser, REL),
            "ner": (NEWS_NER, NER, NerTagger, TAG)}[name]
        with Pack(path) as pack:
            pack.load_meta().check_protocol()
            model = pack.load_model(model_type)
            arrays = dict(pack.load_arrays(model.weights))
            shapes = pack.load_vocab(SHAPE)
            self.labels: list[str] = pack.load_vocab(labels).items
        self.shapes = shapes.item_ids
        self.tagger: Tagger = tagger(model.inject_arrays(arrays).inject_navec(emb), (emb.vocab.pad_id, shapes.pad_id))


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
        from natasha import NewsEmbedding
        from slovnet.conll import parse_conll_tag

        if name == "emb":
            return NewsEmbedding()
        if name == "blas":  # found once: looking for the loaded BLAS libraries takes milliseconds
            from threadpoolctl import ThreadpoolController

            return ThreadpoolController()
        if name == "morph_tags":  # each morph tag id as (pos, feats), parsed once
            return [(pos, dict(feats)) for pos, feats in map(parse_conll_tag, self._get("morph").labels)]
        return _Model(name, self._get("emb"))

    def ids(self, tokens: list[Token]) -> Ids:
        """The navec word id and slovnet shape id of each token: the three models' vocabularies are navec's
        and their shapes the same, so a document's ids serve all three."""
        from slovnet.shape import word_shape

        vocab, shapes = self._get("emb").vocab, self._get("ner").shapes
        words, unknown = vocab.word_ids, vocab.unk_id
        ids = self._ids
        word_ids, shape_ids = [], []
        for token in tokens:
            found = ids.get(token.text)
            if found is None:
                if len(ids) >= ID_CACHE:
                    ids.clear()
                found = ids[token.text] = (words.get(token.text.lower(), unknown), shapes[word_shape(token.text)])
            word_ids.append(found[0])
            shape_ids.append(found[1])
        return np.array(word_ids, dtype=np.int64), np.array(shape_ids, dtype=np.int64)

    @property
    def loaded(self) -> bool:
        return bool(self._loaded)

    def blas_limit(self, threads: int | None) -> AbstractContextManager[object]:
        """A context in which numpy's BLAS uses at most ``threads`` threads (no limit for None)."""
        if threads is None:
            return nullcontext()
        return cast(AbstractContextManager[object], self._get("blas").limit(limits=threads, user_api="blas"))

    def tag(self, docs: list[tuple[list[Token], list[Sentence]]],
            parse: Callable[[list[Token], Sentence], bool] | None = None, check: Check = None,
            ids: list[Ids] | None = None) -> None:
        """Fill ``pos`` and ``feats`` of every token of every document, ``head`` and ``rel`` of those in
        the sentences ``parse`` accepts (all when it is None): the parser is the costliest model, and a
        sentence naming no person needs no parse. ``ids``: each document's `ids`, when already looked up.

        The sentences of all ``docs`` go to the models together, packed end to end.
        """
        ids = ids or [self.ids(tokens) for tokens, _ in docs]
        windows = [(tokens, doc_ids, s, min(s + MAX_SENT_TOKENS, sent.last), wanted)
                   for (tokens, sents), doc_ids in zip(docs, ids, strict=True) for sent in sents
                   for wanted in [parse is None or parse(tokens, sent)]  # once a sentence, not once a window
                   for s in range(sent.first, sent.last, MAX_SENT_TOKENS)]
        if not windows:
            return
        chunks = [(words[a:b], shapes[a:b]) for _, (words, shapes), a, b, _ in windows]
        tags = self._get("morph_tags")
        predicted = self._get("morph").tagger.predict(chunks, check)
        for (tokens, _, a, _, _), tag_ids in zip(windows, predicted, strict=True):
            for k, tag_id in enumerate(tag_ids.tolist()):
                tokens[a + k].pos, tokens[a + k].feats = tags[tag_id]
        parsed = [(w, chunk) for w, chunk in zip(windows, chunks, strict=True) if w[4]]
        if not parsed:
            return
        syntax = self._get("syntax")
        parses = syntax.tagger.predict([c for _, c in parsed], check)
        for ((tokens, _, a, _, _), _), (heads, rels) in zip(parsed, parses, strict=True):
            for k, (head, rel) in enumerate(zip(heads.tolist(), rels.tolist(), strict=True)):
                tokens[a + k].head = a + head - 1 if head > 0 else -1
                tokens[a + k].rel = syntax.labels[rel]

    def ner(self, docs: list[list[Token]], check: Check = None, ids: list[Ids] | None = None) -> list[list[NerSpan]]:
        """NER spans of each document's tokens (``ids``: each document's `ids`, when already looked up).

        A document is read in stretches of `NER_CORE` tokens with `NER_CONTEXT` tokens of context either
        side, the stretches of all ``docs`` packed together: the CRF decodes position by position, so the
        length of what it reads at once is the length of its Python loop.
        """
        from slovnet.bio import bio_spans

        ids = ids or [self.ids(tokens) for tokens in docs]
        model = self._get("ner")
        closed = [self._closed(tokens, doc_ids) for tokens, doc_ids in zip(docs, ids, strict=True)]
        windows = [(k, a, max(a - NER_CONTEXT, 0), min(a + NER_CORE + NER_CONTEXT, len(words)))
                   for k, ((words, _), _) in enumerate(closed) for a in range(0, len(words), NER_CORE)]
        preds = model.tagger.predict([(closed[k][0][0][lo:hi], closed[k][0][1][lo:hi]) for k, _, lo, hi in windows],
                                     check)
        tags: list[list[int]] = [[] for _ in docs]
        for (k, a, lo, _), tag_ids in zip(windows, preds, strict=True):
            tags[k].extend(tag_ids[a - lo:a - lo + NER_CORE].tolist())
        return [[NerSpan(s.start, s.stop, s.type) for s in bio_spans(tokens, [model.labels[doc_tags[j]] for j in at])]
                for tokens, doc_tags, (_, at) in zip(docs, tags, closed, strict=True)]

    def _closed(self, tokens: list[Token], ids: Ids) -> tuple[Ids, list[int]]:
        """The ids with a full stop after each sentence that ends in a word (a headline, a caption), and where
        each token now stands: slovnet's NER, trained on running text, reads a name ending a headline into
        the next line (`… М.В.Захаровой` / `Об участии …` tagged `М.В.` alone)."""
        ends = [i + 1 for i in range(len(tokens) - 1)
                if tokens[i].sent != tokens[i + 1].sent and tokens[i].text[-1:].isalnum()]
        if not ends:
            return ids, list(range(len(tokens)))
        stop_word, stop_shape = self._stop_ids()
        at = (np.arange(len(tokens)) + np.searchsorted(np.array(ends), np.arange(len(tokens)), side="right")).tolist()
        return (np.insert(ids[0], ends, stop_word), np.insert(ids[1], ends, stop_shape)), at

    def _stop_ids(self) -> tuple[int, int]:
        """The word and shape ids of a full stop."""
        from slovnet.shape import word_shape

        vocab = self._get("emb").vocab
        return vocab.word_ids.get(".", vocab.unk_id), self._get("ner").shapes[word_shape(".")]


_shared = Models()


def shared_models() -> Models:
    return _shared
