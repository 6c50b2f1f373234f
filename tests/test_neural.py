"""The neural layer: slovnet run on our tokens, in stretches and batches, gives what slovnet gives alone."""

from __future__ import annotations

import pytest
from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

from diplonlp import Pipeline
from diplonlp.neural import NER_CORE, shared_models
from diplonlp.text import segment

from .conftest import FIXTURES


def _fixture(n: int) -> str:
    return next(FIXTURES.glob(f"doc_{n:02d}_*.txt")).read_text(encoding="utf-8")


def _long_text() -> str:
    """The fixtures end to end: many NER stretches, entities on their borders somewhere."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("doc_*.txt")))


def test_ner_in_stretches_equals_slovnet_on_the_whole_text():
    text = _long_text()
    tokens, _ = segment(text, 0)
    assert len(tokens) > 5 * NER_CORE
    for token in tokens:
        token.sent = 0  # one sentence: no full stop is added after a headline (the next test)
    ours = [(s.start, s.stop, s.type) for s in shared_models().ner([tokens])[0]]
    whole = [(s.start, s.stop, s.type) for s in NewsNERTagger(NewsEmbedding())(text).spans]
    assert ours == whole
    assert {"PER", "LOC", "ORG"} <= {t for _, _, t in ours}


def test_ner_reads_a_sentence_that_ends_in_a_word_as_closed_by_a_full_stop():
    """A headline ending in a name: slovnet alone tags `М.В.` and leaves `Захаровой` to the next line."""
    text = "Брифинг официального представителя МИД России М.В.Захаровой\n\nОб участии министра в сессии."
    tokens, sents = segment(text, 0)
    assert len(sents) == 2
    persons = [text[s.start:s.stop] for s in shared_models().ner([tokens])[0] if s.type == "PER"]
    assert persons == ["М.В.Захаровой"]
    alone = [text[s.start:s.stop] for s in NewsNERTagger(NewsEmbedding())(text).spans if s.type == "PER"]
    assert alone != persons


def test_ner_of_documents_batched_together_equals_each_alone():
    texts = [_fixture(n) for n in (2, 7, 9)]
    docs = [segment(t, 0)[0] for t in texts]
    together = shared_models().ner(docs)
    alone = [shared_models().ner([d])[0] for d in docs]
    assert together == alone and all(together)


def test_morphology_equals_natashas_sentence_by_sentence():
    text = _long_text()
    tokens, sents = segment(text, 0)
    shared_models().tag([(tokens, sents)])
    doc = Doc(text)
    doc.segment(Segmenter())
    doc.tag_morph(NewsMorphTagger(NewsEmbedding()))
    theirs = [(t.start, t.pos, t.feats) for t in doc.tokens]
    ours = [(t.start, t.pos, t.feats) for t in tokens]
    assert len(ours) == len(theirs) > 1000
    agree = sum(a == b for a, b in zip(ours, theirs, strict=True)) / len(ours)
    assert agree > 0.99, agree  # natasha cuts sentences a little differently at a few places


def test_models_run_with_numpy_held_to_the_threads_asked_for():
    from threadpoolctl import threadpool_info

    def blas_threads() -> set[int]:
        return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}

    before = blas_threads()
    with shared_models().blas_limit(1):
        assert blas_threads() == {1}
    assert blas_threads() == before
    with shared_models().blas_limit(None):
        assert blas_threads() == before


def test_one_blas_thread_or_numpys_own_give_the_same_documents():
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("doc_*.txt"))]
    one = [d.model_dump() for d in Pipeline(blas_threads=1).pipe(texts)]
    own = [d.model_dump() for d in Pipeline(blas_threads=None).pipe(texts)]
    assert one == own


def test_blas_threads_must_be_positive_and_survive_pickling():
    import pickle

    with pytest.raises(ValueError, match="blas_threads"):
        Pipeline(blas_threads=0)
    assert pickle.loads(pickle.dumps(Pipeline(blas_threads=None)))._blas_threads is None


def test_parses_equal_slovnets_on_the_same_sentences():
    from natasha import NewsSyntaxParser

    text = _long_text()
    tokens, sents = segment(text, 0)
    shared_models().tag([(tokens, sents)])
    windows = [[t.text for t in tokens[s.first:s.last]] for s in sents]
    theirs = [(int(tok.head_id), tok.rel) for markup in NewsSyntaxParser(NewsEmbedding()).map(windows)
              for tok in markup.tokens]
    ours = [(t.head - sents[t.sent].first + 1 if t.head >= 0 else 0, t.rel) for t in tokens]
    assert len(ours) == len(theirs) > 1000
    assert ours == theirs


def test_the_models_word_vocabularies_are_navecs():
    """diplonlp reads word ids from navec's vocabulary, not from each slovnet pack's copy of it, and shape ids
    from one pack's shapes for all three."""
    from natasha.data import NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
    from slovnet.const import SHAPE, WORD
    from slovnet.exec.pack import Pack

    words = NewsEmbedding().vocab.words
    shapes = []
    for path in (NEWS_MORPH, NEWS_NER, NEWS_SYNTAX):
        with Pack(path) as pack:
            assert pack.load_vocab(WORD).items == words
            shapes.append(pack.load_vocab(SHAPE).items)
    assert shapes[0] == shapes[1] == shapes[2]
