"""Writes diplonlp/data/frequent_lemmas.tsv: the lemma sets (`diplonlp.morph.lemmas`) of navec's most frequent
words and of every word in diplonlp/data/, read at load instead of analysed again.

    .venv/bin/python scripts/frequent_lemmas.py [--top 30000]

Run it after upgrading pymorphy3 or its dictionary (the file's first line names both; another version
makes diplonlp ignore the file, and `tests/test_morph.py` fails while it is stale) or after adding words
to data/.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from diplonlp.morph import SHIPPED_LEMMAS, fresh_lemmas, stamp

DATA = Path(__file__).resolve().parent.parent / "diplonlp" / "data"
WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def words(top: int) -> set[str]:
    from natasha import NewsEmbedding

    vocab = NewsEmbedding().vocab
    by_count = sorted(range(len(vocab.words)), key=lambda k: -vocab.counts[k])
    frequent = [vocab.words[k] for k in by_count if WORD.fullmatch(vocab.words[k])][:top]
    data = {w for path in DATA.glob("*.tsv") if path.name != SHIPPED_LEMMAS
            for w in WORD.findall(path.read_text(encoding="utf-8").lower())}
    return set(frequent) | data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=30_000)
    table = {w: fresh_lemmas(w) for w in words(parser.parse_args().top)}
    lines = [stamp(), *(f"{w}\t{' '.join(sorted(lemmas))}" for w, lemmas in sorted(table.items()))]
    (DATA / SHIPPED_LEMMAS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} words -> {DATA / SHIPPED_LEMMAS}")


if __name__ == "__main__":
    main()
