"""Lexicon data derived from other data stays current."""

from __future__ import annotations

from diplonlp.lexicon import gazetteer_lemmas, place_lemmas


def test_the_place_lemma_table_is_what_the_gazetteers_would_compute():
    fresh = gazetteer_lemmas()
    assert len(fresh) > 1500
    assert place_lemmas() == fresh, "data/place_lemmas.tsv is stale: run scripts/place_lemmas.py"
