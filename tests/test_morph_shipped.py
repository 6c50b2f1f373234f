"""The lemma sets shipped in data/frequent_lemmas.tsv are what pymorphy3 gives now (else: rerun the script)."""

from __future__ import annotations

from diplonlp.morph import fresh_lemmas, lemmas, shipped_lemmas


def test_shipped_lemma_sets_are_current():
    shipped = shipped_lemmas()
    assert len(shipped) > 30_000, "data/frequent_lemmas.tsv was made with another pymorphy3 or dictionary: " \
                                  "run scripts/frequent_lemmas.py"
    stale = [w for w in shipped if lemmas(w) != fresh_lemmas(w)]
    assert not stale, f"stale entries (run scripts/frequent_lemmas.py): {stale[:10]}"


def test_lemmas_read_the_table_and_pymorphy3_alike():
    assert lemmas("Послом") == lemmas("послом") == frozenset({"посол"}) and shipped_lemmas()["послом"] == "посол"
    assert "зюзяблик" not in shipped_lemmas() and lemmas("Зюзябликов") == fresh_lemmas("зюзябликов")
