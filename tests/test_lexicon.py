"""Lexicon data derived from other data stays current."""

from __future__ import annotations

from diplonlp.lexicon import gazetteer_lemmas, place_lemmas


def test_the_place_lemma_table_is_what_the_gazetteers_would_compute():
    fresh = gazetteer_lemmas()
    assert len(fresh) > 1500
    assert place_lemmas() == fresh, "data/place_lemmas.tsv is stale: run scripts/place_lemmas.py"


def test_every_post_title_row_matches_its_own_head():
    """A head the lemma index cannot match (a word not in its lemma form: `правления`, `поверенный`) is a dead
    row; each row of data/posts.tsv must match its own spelling, whole."""
    from diplonlp.lexicon import post_heads, rows
    from diplonlp.text import segment

    index = post_heads()
    dead = []
    for head, _family, _title in rows("posts.tsv"):
        tokens, _ = segment(head, 0)
        match = index.match_at(tokens, 0, len(tokens))
        if match is None or match.stop != len(tokens):
            dead.append(head)
    assert dead == []
