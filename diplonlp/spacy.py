"""diplonlp as a spaCy pipeline component (extra ``diplonlp[spacy]``).

``nlp = spacy.blank("ru"); nlp.add_pipe("diplonlp")`` — importing ``diplonlp.spacy`` registers the factory (the
package's ``spacy_factories`` entry point does it for spaCy too). Each `Doc` gains ``doc.spans["diplonlp"]``
(every mention, label the kind in capitals, ``kb_id_`` the entity id, ``span._.diplonlp`` the entity and
``span._.diplonlp_value`` its normalized value), ``doc.ents`` (the outermost mentions), ``doc._.diplonlp`` (the
`Document`) and ``doc._.relations``. Offsets come from diplonlp's own tokens: a mention that ends inside one of
spaCy's tokens is widened to whole tokens (``alignment_mode="expand"``).

The Doc stores the Document as its JSON (``doc._.diplonlp_json``), which ``Doc.to_bytes`` and
``nlp.pipe(n_process=…)`` carry; the other attributes are read from it (the Document built once per Doc).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .display import entity_value
from .lexicons import Lexicon
from .models import Document, Entity, Relation
from .pipeline import Pipeline
from .views import labelled, non_overlapping

SPANS_KEY = "diplonlp"

_documents: WeakKeyDictionary[Doc, Document] = WeakKeyDictionary()


def _document(doc: Doc) -> Document | None:
    """The Document of ``doc``, built from its stored JSON on first use."""
    data = doc._.diplonlp_json
    if data is None:
        return None
    if doc not in _documents:
        _documents[doc] = Document.model_validate(data)
    return _documents[doc]


def _relations(doc: Doc) -> list[Relation]:
    document = _document(doc)
    return list(document.relations) if document else []


def _entity(span: Span) -> Entity | None:
    document = _document(span.doc)
    return document.entity(span.kb_id_) if document else None


def _value(span: Span) -> str | None:
    entity = _entity(span)
    return entity_value(entity) if entity else None


for _owner, _name, _getter in ((Doc, "diplonlp", _document), (Doc, "relations", _relations),
                               (Span, "diplonlp", _entity), (Span, "diplonlp_value", _value)):
    if not _owner.has_extension(_name):
        _owner.set_extension(_name, getter=_getter)
if not Doc.has_extension("diplonlp_json"):
    Doc.set_extension("diplonlp_json", default=None)


class DiplonlpComponent:
    """Runs a `diplonlp.Pipeline` on each Doc's text and writes what it found onto the Doc."""

    def __init__(self, nlp: Language, name: str = "diplonlp", *, batch_size: int = 32,
                 disable: Iterable[str] = (), lexicons: dict[str, str] | None = None, set_ents: bool = True,
                 timeout: float | None = None) -> None:
        self.name = name
        self.batch_size = batch_size
        self.set_ents = set_ents
        self.timeout = timeout
        self.pipeline = Pipeline(disable=list(disable), lexicons=Lexicon.read(**lexicons) if lexicons else None)

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc, self.pipeline(doc.text, timeout=self.timeout), self.set_ents)

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Docs in order, their texts tagged ``batch_size`` at a time (one model batch, as `Pipeline.pipe`)."""
        size = batch_size or self.batch_size
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) == size:
                yield from self._annotate(batch)
                batch = []
        yield from self._annotate(batch)

    def _annotate(self, batch: list[Doc]) -> Iterator[Doc]:
        results = self.pipeline.pipe([d.text for d in batch], batch_size=len(batch) or 1, timeout=self.timeout)
        for doc, result in zip(batch, results, strict=True):
            yield annotate(doc, result, self.set_ents)


def annotate(doc: Doc, result: Document, set_ents: bool = True) -> Doc:
    """Write ``result`` (read from ``doc.text``) onto ``doc``: span group, entities, extensions."""
    spans: list[Span] = []
    items = labelled(result)
    outer = {id(x.mention) for x in non_overlapping(items)}
    ents: list[Span] = []
    for item in items:
        m = item.mention
        span = doc.char_span(m.start, m.stop, label=item.kind.upper(), kb_id=item.entity.id, alignment_mode="expand")
        if span is None:  # only whitespace under it
            continue
        spans.append(span)
        if id(m) in outer:
            ents.append(span)
    doc.spans[SPANS_KEY] = spans
    if set_ents:
        doc.ents = filter_spans(ents)
    doc._.diplonlp_json = result.model_dump(mode="json")
    _documents[doc] = result
    return doc


@Language.factory("diplonlp", default_config={"batch_size": 32, "disable": [], "lexicons": {}, "set_ents": True,
                                              "timeout": None})
def make_diplonlp(nlp: Language, name: str, batch_size: int, disable: list[str], lexicons: dict[str, str],
                  set_ents: bool, timeout: float | None) -> DiplonlpComponent:
    """The ``"diplonlp"`` factory: ``disable`` as in `Pipeline(disable=...)`, ``lexicons`` TSV paths by part
    (`Lexicon.read`: ``{"organizations": "orgs.tsv"}``), ``set_ents`` whether to overwrite ``doc.ents``,
    ``timeout`` seconds per document."""
    return DiplonlpComponent(nlp, name, batch_size=batch_size, disable=disable, lexicons=lexicons,
                             set_ents=set_ents, timeout=timeout)

