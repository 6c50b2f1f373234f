"""slovnet's taggers (natasha's morphology, syntax and NER models) computed on packed sequences.

Reads the weights of slovnet's loaded models and computes what slovnet computes, faster. slovnet pads
every window of a batch to the longest and builds each convolution's windows by copying (inputs × kernel)
values per token. Here the windows of a call lie end to end with one zero row between them (slovnet's
padding: the pad embeddings are zero and its encoder zeroes pad rows after each layer, so a window never
sees its neighbours), and a convolution is one matrix multiply by the kernel's three taps side by side,
summed one row shifted. The first layer's shape-embedding part is a table (66 shapes × outputs). Results
equal slovnet's up to float rounding: the same sums, taken in another order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

PACK_ROWS = 2048
"""Windows go to a model in packs of about this many rows (the first layer holds rows × 768 floats)."""
HEAD_ROWS = 512
"""Rows taken at once where a step holds many floats a row (morphology's 753 tag scores, the parser's 45 × 32
relation scores, the first layer's shape table rows): slices keep memory flat."""

Ids = tuple[np.ndarray, np.ndarray]
"""A window's navec word ids and slovnet shape ids."""
Check = Callable[[], None] | None
"""Called before each pack: raises to stop (a document's time budget, `diplonlp.budget`)."""


@dataclass(frozen=True, slots=True)
class Pack:
    """Windows laid end to end, a zero row (pad ids) before, between and after them."""

    word_id: np.ndarray
    shape_id: np.ndarray
    sizes: list[int]  # tokens of each window, in order
    tokens: np.ndarray  # the rows that hold tokens, window after window
    separators: np.ndarray  # the zero rows


def packs(windows: list[Ids], pads: tuple[int, int]) -> Iterator[Pack]:
    """Consecutive windows grouped into packs of about `PACK_ROWS` rows."""
    chunk: list[Ids] = []
    rows = 1
    for window in windows:
        if chunk and rows + len(window[0]) + 1 > PACK_ROWS:
            yield _pack(chunk, pads)
            chunk, rows = [], 1
        chunk.append(window)
        rows += len(window[0]) + 1
    if chunk:
        yield _pack(chunk, pads)


def _pack(windows: list[Ids], pads: tuple[int, int]) -> Pack:
    word_pad, shape_pad = (np.array([pad]) for pad in pads)
    words: list[np.ndarray] = [word_pad]
    shapes: list[np.ndarray] = [shape_pad]
    for word_id, shape_id in windows:
        words += [word_id, word_pad]
        shapes += [shape_id, shape_pad]
    sizes = [len(w) for w, _ in windows]
    separators = np.cumsum([0] + [n + 1 for n in sizes])
    is_token = np.ones(int(separators[-1]) + 1, dtype=bool)
    is_token[separators] = False
    return Pack(np.concatenate(words), np.concatenate(shapes), sizes, np.flatnonzero(is_token), separators)


def _taps(weight: np.ndarray) -> np.ndarray:
    """A convolution's weight (filters × inputs × 3) as inputs × (3 · filters): the taps side by side."""
    return np.ascontiguousarray(np.concatenate([weight[:, :, k].T for k in range(weight.shape[2])], axis=1))


class _Layer:
    """Convolution (kernel 3, padding 1), ReLU and batch norm of one encoder layer on packed rows."""

    def __init__(self, layer: Any) -> None:
        if layer.conv.weight.shape[2] != 3 or layer.conv.padding != 1:
            raise ValueError("diplonlp's packed convolution needs slovnet's kernel 3 with padding 1")
        self.taps = _taps(layer.conv.weight.array)
        self.filters = layer.conv.weight.shape[0]
        self.bias = layer.conv.bias.array
        norm = layer.norm
        self.mean, self.std, self.scale, self.shift = (norm.mean.array, norm.std.array, norm.weight.array,
                                                       norm.bias.array)

    def __call__(self, taps: np.ndarray, separators: np.ndarray) -> np.ndarray:
        """The layer's output from its input already multiplied by `taps` (rows × 3 · filters)."""
        f = self.filters
        out = np.empty((len(taps), f), dtype=np.float32)
        out[0] = out[-1] = 0
        inner = out[1:-1]
        np.add(taps[:-2, :f], taps[1:-1, f:2 * f], out=inner)
        inner += taps[2:, 2 * f:]
        inner += self.bias
        np.maximum(out, 0, out=out)
        out -= self.mean  # slovnet's order: (x - mean) / std * weight + bias
        out /= self.std
        out *= self.scale
        out += self.shift
        out[separators] = 0
        return out


class Encoder:
    """Word and shape embeddings and the convolution layers of one slovnet model."""

    def __init__(self, model: Any) -> None:
        navec = model.emb.word
        self._codes, self._indexes, self._qdims = navec.codes.array, navec.indexes.array, navec.qdims
        dim = navec.dim
        layers = [_Layer(layer) for layer in model.encoder.layers]
        first = layers[0].taps
        self._words_taps = np.ascontiguousarray(first[:dim])
        self._shapes_taps = (model.emb.shape.weight.array @ first[dim:]).astype(np.float32)
        self._layers = layers

    def __call__(self, pack: Pack) -> np.ndarray:
        """The encoder's output for every row of ``pack`` (separators zero)."""
        vectors = self._codes[self._qdims, self._indexes[pack.word_id]].reshape(len(pack.word_id), -1)
        taps = vectors @ self._words_taps
        del vectors
        for a in range(0, len(taps), HEAD_ROWS):  # in slices: the table's rows for all at once are as big as taps
            taps[a:a + HEAD_ROWS] += self._shapes_taps[pack.shape_id[a:a + HEAD_ROWS]]
        x = self._layers[0](taps, pack.separators)
        for layer in self._layers[1:]:
            x = layer(x @ layer.taps, pack.separators)
        return x


class Tagger:
    """One slovnet model over windows of ids; `decode` turns the token rows' encodings into predictions."""

    def __init__(self, model: Any, pads: tuple[int, int]) -> None:
        self.encoder = Encoder(model)
        self._pads = pads

    def predict(self, windows: list[Ids], check: Check = None) -> list[Any]:
        """The prediction for each window, in input order; ``check`` is called before each pack."""
        out: list[Any] = []
        for pack in packs(windows, self._pads):
            if check is not None:
                check()
            out += self.decode(self.encoder(pack)[pack.tokens], pack.sizes)
        return out

    def decode(self, x: np.ndarray, sizes: list[int]) -> list[Any]:
        raise NotImplementedError


def _linear(proj: Any) -> Callable[[np.ndarray], np.ndarray]:
    weight, bias = proj.weight.array, proj.bias.array
    return lambda x: x @ weight + bias


def _sliced(score: Callable[[slice], np.ndarray], rows: int) -> np.ndarray:
    """``score`` of every row, taken `HEAD_ROWS` rows at a time."""
    return np.concatenate([score(slice(a, a + HEAD_ROWS)) for a in range(0, rows, HEAD_ROWS)])


def _split(x: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
    return np.split(x, np.cumsum(sizes)[:-1])


class MorphTagger(Tagger):
    """slovnet's morphology: the best tag id per token."""

    def __init__(self, model: Any, pads: tuple[int, int]) -> None:
        super().__init__(model, pads)
        self._proj = _linear(model.head.proj)

    def decode(self, x: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
        return _split(_sliced(lambda rows: self._proj(x[rows]).argmax(-1), len(x)), sizes)


class NerTagger(Tagger):
    """slovnet's NER: emissions decoded by its CRF (Viterbi over all the pack's windows at once)."""

    def __init__(self, model: Any, pads: tuple[int, int]) -> None:
        super().__init__(model, pads)
        self._proj = _linear(model.head.proj)
        self._transitions = model.head.crf.transitions.array

    def decode(self, x: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
        emissions = _split(self._proj(x), sizes)
        width, tags = max(sizes), emissions[0].shape[1]
        padded = np.zeros((len(sizes), width, tags), dtype=emissions[0].dtype)
        mask = np.zeros((len(sizes), width), dtype=bool)
        for k, e in enumerate(emissions):
            padded[k, :len(e)], mask[k, :len(e)] = e, True
        return [path[:n] for path, n in zip(viterbi(padded, mask, self._transitions), sizes, strict=True)]


def viterbi(emissions: np.ndarray, mask: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The best tag path of each sequence (batch × length × tags; ``mask`` marks real positions), with
    slovnet's CRF arithmetic and tie-breaking; positions past a sequence's end hold junk."""
    batch, width, _ = emissions.shape
    rows = np.arange(batch)
    score, history = emissions[:, 0], []
    for t in range(1, width):
        candidates = score[:, :, None] + transitions + emissions[:, t, None, :]  # previous × next
        best = candidates.argmax(1)
        history.append(best)
        score = np.where(mask[:, t, None], candidates.max(1), score)
    last = mask.sum(1) - 1
    path = np.zeros((batch, width), dtype=np.int64)
    tag = score.argmax(1)
    path[rows, last] = tag
    for t in range(width - 1, 0, -1):
        tag = np.where(t <= last, history[t - 1][rows, tag], tag)
        path[:, t - 1] = tag
    return path


class SyntaxParser(Tagger):
    """slovnet's parser: each token's head (biaffine scores, root included) and its relation to it."""

    def __init__(self, model: Any, pads: tuple[int, int]) -> None:
        super().__init__(model, pads)
        head, rel = model.head, model.rel
        self._head, self._tail = _ff(head.head), _ff(head.tail)
        self._tail_root = self._tail(head.root.array[None])  # the root as a head candidate; never a dependent
        self._kernel = head.kernel.array
        self._rel_head, self._rel_tail = _ff(rel.head), _ff(rel.tail)
        self._rel_root = self._rel_head(rel.root.array[None])
        self._rel_kernel = rel.kernel.array
        self._hidden = rel.kernel.shape[0]

    def decode(self, x: np.ndarray, sizes: list[int]) -> list[tuple[np.ndarray, np.ndarray]]:
        starts = np.cumsum([0, *sizes[:-1]])
        heads = self._heads(x, starts, sizes)
        index = np.concatenate([np.where(h > 0, s + h, 0) for h, s in zip(heads, starts, strict=True)])
        rel_heads = np.concatenate([self._rel_root, self._rel_head(x)])[index]  # row 0 the root
        tails = self._rel_tail(x)

        def best_rel(rows: slice) -> np.ndarray:
            wide = (rel_heads[rows] @ self._rel_kernel).reshape(len(tails[rows]), -1, self._hidden)
            return (wide @ tails[rows, :, None])[:, :, 0].argmax(-1)
        rels = _split(_sliced(best_rel, len(x)), sizes)
        return list(zip(heads, rels, strict=True))

    def _heads(self, x: np.ndarray, starts: np.ndarray, sizes: list[int]) -> list[np.ndarray]:
        """Each token's head: 0 the root, k the k-th token of its window (windows at ``starts`` in ``x``)."""
        heads = self._head(x) @ self._kernel
        tails = self._tail(x)
        out = []
        for start, n in zip(starts.tolist(), sizes, strict=True):
            columns = np.concatenate([self._tail_root, tails[start:start + n]])
            out.append((heads[start:start + n] @ columns.T).argmax(-1))
        return out


def _ff(ff: Any) -> Callable[[np.ndarray], np.ndarray]:
    """slovnet's FF block: linear, then ReLU."""
    proj = _linear(ff.proj)
    return lambda x: proj(x).clip(0)
