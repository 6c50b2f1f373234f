"""razdel's tokenizer without its records: the same atoms and join rules, offsets straight from the atoms.

razdel builds a split record (three atoms either side) between every two atoms, though it asks its rules
only where no space parts them, and then finds each token in the text again to get its offsets. Here a
split is built only where the rules are asked, and a token's offsets are its first atom's start and its
last atom's stop. `tests/test_tokenizer.py` checks the tokens equal `razdel.tokenize`'s.
"""

from __future__ import annotations

from razdel.segmenters.tokenize import ATOM, Atom, TokenSplit, tokenize

WINDOW = 3
"""Atoms either side of a split that razdel's rules may look at (razdel's `TokenSplitter` window)."""


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each token of ``text``, as `razdel.tokenize` cuts them."""
    atoms = [Atom(m.start(), m.end(), m.lastgroup, m.group(0)) for m in ATOM.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = -1
    for k, atom in enumerate(atoms):
        if k and atom.start == atoms[k - 1].stop:
            split = TokenSplit(atoms[max(0, k - WINDOW):k], "", atoms[k:k + WINDOW])
            split.buffer = text[start:atom.start]
            if tokenize.join(split):
                continue
        if k:
            spans.append((start, atoms[k - 1].stop))
        start = atom.start
    if atoms:
        spans.append((start, atoms[-1].stop))
    return spans
