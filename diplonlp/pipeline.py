"""The pipeline: text -> tokens and sentences -> tags -> mentions of each kind -> entities -> Document."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import re
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from typing import Any, Literal, NamedTuple, TypeVar, overload

from .analysis import Analysis
from .budget import Deadline, check_timeout, deadline_in
from .inputs import DateLike, Item, Refused, check_date, check_id, read_item
from .lexicon import ACTIVE
from .lexicons import Lexicon, gazetteers, merge
from .mentions.datelines import opening_date, opening_day
from .models import Document, Span
from .neural import Models, shared_models
from .stages import RULES, Stage, plan, sentences_to_parse
from .text import read_header, segment
from .tokens import TokenView, token_views

LOG = logging.getLogger("diplonlp")
"""The package's logger: model loads (INFO), failed or skipped inputs (INFO), stage timings (DEBUG)."""
MAX_CHARS = 4_000_000
"""Longest text accepted, in characters (about 7 MB of Russian in UTF-8); a longer one raises
`TextTooLong`. Time grows linearly with length (`benchmarks/complexity.py`) and a 5 MB text peaks below
1 GB of memory."""


class TextTooLong(ValueError):
    """The text is longer than `MAX_CHARS`: split it (by item or paragraph) before extraction."""


SURROGATES = re.compile("[\ud800-\udfff]")


def check_text(text: object) -> str:
    """The text itself, or a clear error for what is not one. A lone surrogate (text decoded with
    ``surrogateescape``) becomes U+FFFD, one character for one: offsets hold and the output stays valid UTF-8,
    where refusing the text would lose the rest of the item."""
    if isinstance(text, bytes | bytearray):
        raise TypeError(f"expected str, got {type(text).__name__}: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise TextTooLong(f"text has {len(text)} characters; the limit is {MAX_CHARS}")
    return SURROGATES.sub("\ufffd", text)


class ExtractionError(RuntimeError):
    """Extraction failed on one document of a batch; ``index`` is its place in the input."""

    def __init__(self, index: int, cause: BaseException) -> None:
        super().__init__(f"document {index}: {type(cause).__name__}: {cause}")
        self.index = index
        self.cause = cause

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[int, BaseException]]:
        """Pickles as its arguments, so a worker process can send it back."""
        return (ExtractionError, (self.index, self.cause))


class Fired(NamedTuple):
    """One rule that fired: its stage, its name, and the span it read (a mention, or a relation's sentence)."""

    stage: str
    rule: str
    start: int
    stop: int
    text: str


OnError = Literal["raise", "skip", "return"]
C = TypeVar("C")
Input = str | Mapping[str, Any]
"""What `Pipeline.pipe` reads: a text, or a record ``{"text", "date"?, "id"?}`` (other keys are ignored)."""


class Pipeline:
    """Holds the models (loaded lazily, once, shared by every Pipeline) and turns texts into Documents."""

    def __init__(self, models: Models | None = None, blas_threads: int | None = 1, *,
                 disable: Iterable[str] = (), lexicons: Lexicon | Iterable[Lexicon] | None = None) -> None:
        """``blas_threads``: how many threads numpy's BLAS may use while diplonlp's models run (None: numpy's
        own setting). One by default: a second thread saves about 7 % of the time on two cores and costs 65 %
        more CPU, which `pipe(n_process=…)` puts to better use. ``disable``: stages (`diplonlp.stages.STAGES`)
        or mention kinds (`person`, `date`, …) to leave out, and named rules (`stages.RULES`: `predicate`,
        `visit_noun`, …) their stages run without; ValueError names an unknown one, or one a kept stage needs.
        ``lexicons``: `diplonlp.Lexicon` objects laid over the built-in gazetteers (later ones over earlier)."""
        if blas_threads is not None and blas_threads < 1:
            raise ValueError("blas_threads must be at least 1, or None")
        if isinstance(disable, str):
            disable = [disable]
        self.disabled = tuple(disable)
        self._stages: list[Stage] = plan(self.disabled)
        kept = {stage.name for stage in self._stages} | {"text"}  # a left-out stage's rules are off wherever they run
        self._rules_off = frozenset(name for name, stage in RULES.items() if name in self.disabled or stage not in kept)
        self._models = models or shared_models()
        self._blas_threads = blas_threads
        self.lexicon = merge(lexicons)

    @contextmanager
    def _gazetteers(self) -> Iterator[None]:
        """This pipeline's gazetteers in force (its lexicons over the built-in ones) for the stages run inside."""
        if self.lexicon is None:
            yield
            return
        token = ACTIVE.set(gazetteers(self.lexicon))
        try:
            yield
        finally:
            ACTIVE.reset(token)

    def __call__(self, text: str, *, date: DateLike | None = None, id: str | None = None,
                 timeout: float | None = None) -> Document:
        """The `Document` of ``text``. ``date`` (ISO ``YYYY-MM-DD`` or `datetime.date`) is the document date: it
        anchors year-less and relative dates and wins over a ` date` header line; ``id`` is copied into it.
        ``timeout``: seconds the document may take, else `DocumentTimeout` (`diplonlp.budget.Deadline`)."""
        item = Item(check_text(text), check_date(date), check_id(id))
        budget = deadline_in(check_timeout(timeout))
        return self._finish(self._prepare([item], budget)[0], budget)

    def __reduce__(self) -> tuple[Any, ...]:
        """A pickled Pipeline is a fresh one of the same settings: models load again, lazily, where it lands."""
        return (_rebuild, (self._blas_threads, self.disabled, self.lexicon))

    @property
    def stages(self) -> list[str]:
        """The names of the stages this pipeline runs, in order."""
        return [stage.name for stage in self._stages]

    @overload
    def pipe(self, texts: Iterable[Input], batch_size: int = ..., n_process: int = ...,
             on_error: Literal["raise", "skip"] = ..., as_tuples: Literal[False] = ..., timeout: float | None = ...
             ) -> Iterator[Document]: ...

    @overload
    def pipe(self, texts: Iterable[Input], batch_size: int = ..., n_process: int = ..., *,
             on_error: Literal["return"], as_tuples: Literal[False] = ..., timeout: float | None = ...
             ) -> Iterator[Document | ExtractionError]: ...

    @overload
    def pipe(self, texts: Iterable[tuple[Input, C]], batch_size: int = ..., n_process: int = ...,
             on_error: Literal["raise", "skip"] = ..., *, as_tuples: Literal[True], timeout: float | None = ...
             ) -> Iterator[tuple[Document, C]]: ...

    @overload
    def pipe(self, texts: Iterable[tuple[Input, C]], batch_size: int = ..., n_process: int = ..., *,
             on_error: Literal["return"], as_tuples: Literal[True], timeout: float | None = ...
             ) -> Iterator[tuple[Document | ExtractionError, C]]: ...

    def pipe(self, texts: Iterable[Any], batch_size: int = 32, n_process: int = 1, on_error: OnError = "raise",
             as_tuples: bool = False, timeout: float | None = None) -> Iterator[Any]:
        """Documents for ``texts``, in input order.

        Each input is a text or a record ``{"text", "date"?, "id"?}`` (date and id as in `__call__`).
        Texts are tagged ``batch_size`` at a time (one slovnet batch for all their sentences); with
        ``n_process`` > 1, batches go to that many worker processes (forked with the models loaded, or
        spawned to load them once each: see `_pool`).
        A document that fails raises `ExtractionError` naming its index (``on_error="raise"``), is left
        out (``"skip"``), or stands in the output as its `ExtractionError` (``"return"``).
        With ``as_tuples=True`` the input is ``(text, context)`` pairs and the output ``(document, context)``
        pairs: ids and metadata stay with their documents and never travel to the workers.
        ``timeout``: seconds each document may take (its share of its batch's tagging, then its rules); one that
        runs over fails with `DocumentTimeout` as the cause of its `ExtractionError`, and the rest go on.
        Arguments are checked here, at the call, not at the first ``next()``.
        """
        if isinstance(texts, str | bytes | Mapping):
            raise TypeError(f"pipe() takes an iterable of texts, not one {type(texts).__name__}: "
                            "use extract(text) or pipe([text])")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be an integer of at least 1, got {batch_size!r}")
        if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
            raise ValueError(f"n_process must be an integer of at least 1, got {n_process!r}")
        if on_error not in ("raise", "skip", "return"):
            raise ValueError("on_error must be 'raise', 'skip' or 'return'")
        cpus = os.cpu_count() or 1
        if n_process > cpus:
            warnings.warn(f"n_process={n_process} is more than the {cpus} CPUs here: {cpus} workers are used",
                          RuntimeWarning, stacklevel=2)
            n_process = cpus
        return self._pipe(iter(texts), batch_size, n_process, on_error, as_tuples, check_timeout(timeout))

    def _pipe(self, texts: Iterator[Any], batch_size: int, n_process: int, on_error: OnError,
              as_tuples: bool, timeout: float | None) -> Iterator[Any]:
        contexts: deque[object] = deque()
        if as_tuples:
            texts = _unzip(texts, contexts)
        for item in self._stream(texts, batch_size, n_process, timeout):
            context = contexts.popleft() if as_tuples else None
            if isinstance(item, ExtractionError):
                LOG.info("input %d failed (on_error=%s): %s", item.index, on_error, item)
                if on_error == "raise":
                    raise item
                if on_error == "skip":
                    continue
            yield (item, context) if as_tuples else item

    def _stream(self, texts: Iterable[object], batch_size: int, n_process: int, timeout: float | None
                ) -> Iterator[Document | ExtractionError]:
        """A Document or an ExtractionError for every text, in order."""
        batches = _batches(texts, batch_size)
        if n_process == 1:
            for batch in batches:
                yield from self._batch(batch, timeout)
            return
        work = partial(_work, timeout=timeout)  # what a worker runs on a batch
        with self._pools(n_process) as fresh:
            pool = fresh()
            window: deque[tuple[Batch, Future[Results]]] = deque()
            for batch in batches:
                window.append((batch, _submit(pool, work, batch)))
                while len(window) >= 2 * n_process:  # in order, with a bounded number of batches in flight
                    pool = yield from _collect(window, pool, fresh, work)
            while window:
                pool = yield from _collect(window, pool, fresh, work)

    @contextmanager
    def _pools(self, n_process: int) -> Iterator[Callable[[], ProcessPoolExecutor]]:
        """A maker of pools of worker processes with one BLAS thread each (a new one when a worker dies).

        On Linux, from a process with no other thread, workers are forked from this one with the models
        already loaded (nothing to import or load again, memory shared copy-on-write); otherwise, where a
        fork could inherit a lock held by another thread, they are spawned and load the models themselves.
        """
        global _worker
        made: list[ProcessPoolExecutor] = []
        fork = sys.platform == "linux" and threading.active_count() == 1
        freeze_here = False
        if fork:
            self("Посол Казахстана в Сербии.")  # models and lexicons loaded here, inherited by the workers
            freeze_here = not _frozen  # FREEZE_LOADED off: frozen for the pool's time only
            if freeze_here:  # what is loaded stays out of the workers' collections: no copy-on-write by them
                gc.freeze()
            _worker = self

        def fresh() -> ProcessPoolExecutor:
            if made:
                made[-1].shutdown(wait=False, cancel_futures=True)
            if fork:
                made.append(ProcessPoolExecutor(n_process, multiprocessing.get_context("fork"), _one_blas_thread))
            else:
                made.append(ProcessPoolExecutor(n_process, multiprocessing.get_context("spawn"), _init_worker,
                                                (self.disabled, self.lexicon)))
            return made[-1]
        try:
            yield fresh
        finally:
            for pool in made:
                pool.shutdown(wait=pool is made[-1], cancel_futures=True)
            if fork:
                _worker = None
            if freeze_here:
                gc.unfreeze()

    def _batch(self, batch: list[tuple[int, object]], timeout: float | None = None) -> list[Document | ExtractionError]:
        """One batch: checked, tagged together, then read one by one; failures stay with their index. With a
        ``timeout``, each document has that many seconds: its share of the batch's tagging, then its rules."""
        out: dict[int, Document | ExtractionError] = {}
        good: list[tuple[int, Item]] = []
        for index, value in batch:
            try:
                given = read_item(value)
                good.append((index, given._replace(text=check_text(given.text))))
            except (TypeError, ValueError) as err:
                out[index] = ExtractionError(index, err)
        for index, doc, spent in self._tagged(good, timeout, out):
            try:
                out[index] = self._finish(doc, deadline_in(timeout - spent if timeout is not None else None))
            except Exception as err:
                out[index] = ExtractionError(index, err)
        return [out[index] for index, _ in batch]

    def _tagged(self, good: list[tuple[int, Item]], timeout: float | None,
                out: dict[int, Document | ExtractionError]) -> list[tuple[int, Analysis, float]]:
        """Each text tagged, with the seconds of tagging charged to it: all together (each charged its share by
        length), or, where that fails or runs over ``timeout``, one by one (the failures go to ``out``)."""
        began = time.perf_counter()
        try:
            docs = self._prepare([t for _, t in good], deadline_in(timeout))
        except Exception:  # one bad (or slow) text must not sink its batch: tag them one by one
            tagged = []
            for index, item in good:
                began = time.perf_counter()
                try:
                    doc = self._prepare([item], deadline_in(timeout))[0]
                    tagged.append((index, doc, time.perf_counter() - began))
                except Exception as err:
                    out[index] = ExtractionError(index, err)
            return tagged
        spent, chars = time.perf_counter() - began, sum(len(d.text) for d in docs) or 1
        return [(index, doc, spent * len(doc.text) / chars) for (index, _), doc in zip(good, docs, strict=True)]

    def trace(self, text: str, *, date: DateLike | None = None) -> list[Fired]:
        """Every rule that fired on ``text``, in text order: mention stages (the stage's name, or the rule's where
        the stage records one) with the mention's span, relation rules with their evidence sentence."""
        doc = self.analyze(text, date=date)
        stage_of = {kind: stage.name for stage in self._stages for kind in stage.adds}
        fired = [Fired(stage_of.get(kind, kind), str(f.data.get("rule") or stage_of.get(kind, kind)), f.start, f.stop,
                       text[f.start:f.stop]) for kind, founds in doc.found.items() for f in founds]
        fired += [Fired(stage_of["post"], rule, doc.tokens[a].start, doc.tokens[b - 1].stop,
                        text[doc.tokens[a].start:doc.tokens[b - 1].stop])
                  for f in doc.found.get("post", []) for rule, a, b in f.data.get("fired", ())]
        fired += [Fired("references", r.rule, r.start, r.stop, text[r.start:r.stop])
                  for r in (*doc.title_references, *doc.references)]
        fired += [Fired(stage_of.get(kind, kind), rule, a, b, text[a:b])
                  for kind, rule, a, b in (doc.context.changed if doc.context else [])]
        for rel in doc.document.relations if doc.document else []:
            span = rel.evidence or Span(start=0, stop=0)
            fired.append(Fired(stage_of.get(rel.kind, rel.kind), rel.rule or rel.kind, span.start, span.stop,
                               text[span.start:span.stop]))
        return sorted(fired, key=lambda f: (f.start, f.stop))

    def tokens(self, text: str) -> list[TokenView]:
        """The tokens of ``text`` as diplonlp sees them (`diplonlp.TokenView`: offsets, sentence, lemma, slovnet's
        tags, syntax and NER), for rules built on top; the header line has none. Runs the models, not the rules."""
        return token_views(self._prepare([Item(check_text(text), None)])[0])

    def analyze(self, text: str, *, date: DateLike | None = None) -> Analysis:
        """The internal working document with every layer filled (for debugging diplonlp itself; its shape may
        change between versions: rules built on top read `tokens` and the `Document`)."""
        return self._rules(self._prepare([Item(check_text(text), check_date(date))])[0])

    def _prepare(self, items: list[Item], deadline: Deadline | None = None) -> list[Analysis]:
        """Header, tokens and sentences of each text, then the neural layers for all of them at once (checking
        ``deadline`` between model batches)."""
        docs: list[Analysis] = []
        for text, date, doc_id in items:
            assert isinstance(text, str)
            header = read_header(text)
            tokens, sents = segment(text, header.stop, "headline_in_capitals" not in self._rules_off)
            date = date or header.date or opening_date(text, header.stop)  # the caller's, the header's, the dateline's
            docs.append(Analysis(text, header, tokens, sents, date=date, id=doc_id, rules_off=self._rules_off,
                                 dateline_day=opening_day(text, header.stop, date)))
        live = [d for d in docs if d.tokens]
        check = deadline.check if deadline is not None else None
        with self._models.blas_limit(self._blas_threads), self._gazetteers():
            ids = [self._models.ids(d.tokens) for d in live]  # the three models' inputs, looked up once
            for doc, spans in zip(live, self._models.ner([d.tokens for d in live], check, ids), strict=True):
                doc.ner = doc.within_sentences(spans)
            self._models.tag([(d.tokens, d.sents) for d in live], sentences_to_parse(live), check, ids)
        return docs

    def _rules(self, doc: Analysis, deadline: Deadline | None = None) -> Analysis:
        """Every stage of the plan, in order (`diplonlp.stages`): mentions, entities, relations; ``deadline``
        checked before each."""
        if not doc.tokens:
            return doc
        timed = LOG.isEnabledFor(logging.DEBUG)
        with self._gazetteers():
            for stage in self._stages:
                if deadline is not None:
                    deadline.check()
                began = time.perf_counter() if timed else 0.0
                stage.run(doc)
                if timed:
                    LOG.debug("stage %s: %.1f ms (%d characters)", stage.name, 1000 * (time.perf_counter() - began),
                              len(doc.text))
        return doc

    def _finish(self, doc: Analysis, deadline: Deadline | None = None) -> Document:
        if not doc.text.strip():
            return Document(text=doc.text, date=doc.date, id=doc.id)
        try:
            self._rules(doc, deadline)
        finally:
            doc.context = None  # it points back at the document: a cycle left for the collector's full passes
        out = doc.document or Document(text=doc.text, date=doc.date, id=doc.id)
        out.relations.sort(key=lambda r: r.evidence.start if r.evidence else 0)
        _freeze_loaded()
        return out


def _batches(texts: Iterable[object], size: int) -> Iterator[list[tuple[int, object]]]:
    batch: list[tuple[int, object]] = []
    for item in enumerate(texts):
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _unzip(pairs: Iterable[object], contexts: deque[object]) -> Iterator[object]:
    """The texts of ``(text, context)`` pairs; each context waits in ``contexts`` for its document. What is no
    pair stands in as `Refused` (context None), to fail by its index under ``on_error``."""
    for number, pair in enumerate(pairs):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            contexts.append(None)
            yield Refused(TypeError(f"as_tuples=True expects (text, context) pairs; item {number} is "
                                    f"{type(pair).__name__}"))
            continue
        contexts.append(pair[1])
        yield pair[0]


_worker: Pipeline | None = None

FREEZE_LOADED = True
"""After the first document a process reads, `gc.freeze()` once: what is alive then (models, gazetteers, the
caller's objects too) leaves the collector's generations, so its full passes stop walking them (about a
tenth of the time on news). Set to False before the first document to leave the collector alone."""
_frozen = False
"""Whether `FREEZE_LOADED`'s freeze has been done (for good: nothing here unfreezes it)."""


def _freeze_loaded() -> None:
    global _frozen
    if FREEZE_LOADED and not _frozen:
        gc.freeze()
        _frozen = True


def _one_blas_thread() -> None:
    """A worker's numpy runs on one thread: n processes with n threads each fight for the cores (measured on
    2 cores: 0.4x the serial speed with default threads, 1.5x with one); a worker leaves Ctrl-C to the parent."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the pool, quietly


def _rebuild(blas_threads: int | None, disabled: tuple[str, ...], lexicon: Lexicon | None = None) -> Pipeline:
    return Pipeline(None, blas_threads, disable=disabled, lexicons=lexicon)


def _init_worker(disabled: tuple[str, ...] = (), lexicon: Lexicon | None = None) -> None:
    global _worker
    _worker = Pipeline(disable=disabled, lexicons=lexicon)
    _worker("Посол Казахстана в Сербии.")  # load the models once per worker (numpy with them)
    _one_blas_thread()


def _work(batch: list[tuple[int, object]], timeout: float | None) -> list[Document | ExtractionError]:
    assert _worker is not None
    return [_sendable(item) for item in _worker._batch(batch, timeout)]


def _sendable(item: Document | ExtractionError) -> Document | ExtractionError:
    """An error whose cause cannot be pickled goes back with the cause's name and message instead."""
    if isinstance(item, ExtractionError):
        try:
            pickle.loads(pickle.dumps(item.cause))
        except Exception:
            return ExtractionError(item.index, RuntimeError(f"{type(item.cause).__name__}: {item.cause}"))
    return item


class WorkerDied(RuntimeError):
    """A worker process ended while reading a batch (killed, out of memory, ``os._exit``), twice: once in the
    pool, once in a fresh one."""


Batch = list[tuple[int, object]]
Results = list[Document | ExtractionError]
Work = partial[Results]  # `_work` with the timeout: picklable, so it reaches the worker processes
Collected = Generator[Document | ExtractionError, None, ProcessPoolExecutor]  # the results, then the pool to use


def _submit(pool: ProcessPoolExecutor, work: Work, batch: Batch) -> Future[Results]:
    """``batch`` sent to ``pool``; where a worker has died since the last batch (the pool broken before
    `_collect` could see it), a future holding that failure, which `_collect` retries in a fresh pool."""
    try:
        return pool.submit(work, batch)
    except BrokenProcessPool as err:
        failed: Future[Results] = Future()
        failed.set_exception(err)
        return failed


def _collect(window: deque[tuple[Batch, Future[Results]]], pool: ProcessPoolExecutor,
             fresh: Callable[[], ProcessPoolExecutor], work: Work) -> Collected:
    """Yield the results of the oldest batch in flight; where its worker died, retry it once in a fresh pool and
    then report its texts failed, resubmitting the batches the dead pool held. The pool to go on with."""
    batch, future = window.popleft()
    try:
        yield from future.result()
        return pool
    except BrokenProcessPool:
        pass
    pool = fresh()
    try:
        done = pool.submit(work, batch).result()
    except BrokenProcessPool as err:
        pool = fresh()
        done = [ExtractionError(index, WorkerDied(f"a worker died reading this batch, twice ({err})"))
                for index, _ in batch]
    for k, (waiting, _) in enumerate(window):
        window[k] = (waiting, _submit(pool, work, waiting))
    yield from done
    return pool


_default: Pipeline | None = None


def extract(text: str, *, date: DateLike | None = None, id: str | None = None,
            timeout: float | None = None) -> Document:
    """Everything diplonlp reads from ``text``, as a `Document`; ``date`` (ISO ``YYYY-MM-DD`` or
    `datetime.date`) anchors year-less and relative dates, ``id`` is copied into the Document; past ``timeout``
    seconds, `DocumentTimeout`."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text, date=date, id=id, timeout=timeout)
