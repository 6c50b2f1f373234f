"""The pipeline: text -> tokens and sentences -> tags -> mentions of each kind -> entities -> Document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import relations
from .analysis import Analysis
from .entities import build
from .mentions import countries, dates, locations, organizations, persons, posts, sectors
from .models import Document
from .neural import Models, shared_models
from .text import read_header, segment

MAX_CHARS = 2_000_000
"""Longest text accepted, in characters; a longer one raises `TextTooLong`."""


class TextTooLong(ValueError):
    """The text is longer than `MAX_CHARS`: split it (by item or paragraph) before extraction."""


def check_text(text: object) -> str:
    """The text itself, or a clear error for what is not one."""
    if isinstance(text, bytes | bytearray):
        raise TypeError(f"expected str, got {type(text).__name__}: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise TextTooLong(f"text has {len(text)} characters; the limit is {MAX_CHARS}")
    return text


class Pipeline:
    """Holds the models (loaded lazily, once, shared by every Pipeline) and turns texts into Documents."""

    def __init__(self, models: Models | None = None) -> None:
        self._models = models or shared_models()

    def __call__(self, text: str) -> Document:
        return self._run(check_text(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[Document]:
        """Documents for ``texts``, in input order."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        for text in texts:
            yield self(text)

    def analyze(self, text: str) -> Analysis:
        """The working document with every layer filled (for debugging and for rules built on top)."""
        text = check_text(text)
        header = read_header(text)
        tokens, sents = segment(text, header.stop)
        doc = Analysis(text, header, tokens, sents)
        if not tokens:
            return doc
        self._models.tag(tokens, sents)
        doc.ner = self._models.ner(text, header.stop)
        found = doc.found
        found["country"] = countries.find(doc)
        found["org"] = organizations.find(doc)
        # a country adjective inside an organization's name is not a country mention
        found["country"] = [c for c in found["country"]
                            if not (c.data["adjective"] and any(c.inside(o) for o in found["org"]))]
        found["location"] = locations.find(doc, found["country"] + found["org"])
        found["date"] = dates.find(doc)
        found["post"] = posts.find(doc, found["org"])
        found["person"] = persons.find(doc, found["org"] + found["location"] + found["country"])
        found["sector"] = sectors.find(doc, found["org"] + found["post"])
        return doc

    def _run(self, text: str) -> Document:
        if not text.strip():
            return Document(text=text, date=read_header(text).date)
        doc = self.analyze(text)
        out = build(doc)
        relations.extract(doc, out)
        return out


_default: Pipeline | None = None


def extract(text: str) -> Document:
    """Everything diplonlp reads from ``text``, as a `Document`."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(text)
