"""A lower-precision path for the models' convolutions, measured: is int8 worth adopting?

    .venv/bin/pip install onnx onnxruntime      # for the kernel timings (not a dependency of diplonlp)
    .venv/bin/python benchmarks/precision.py [--rows 2048] [--repeat 20] [--shared ../shared]

1. Kernels: each convolution of the three slovnet encoders is one matrix multiply of a pack of rows by the
   layer's taps (`diplonlp.convnet`). For every such shape, on one thread: numpy float32 (what diplonlp runs),
   onnxruntime float32, and onnxruntime int8 (dynamic quantization: int8 weights, uint8 activations quantized
   per call, `MatMulInteger`, the VNNI kernels) — median milliseconds of ``--repeat`` calls.
2. Outputs: the same int8 arithmetic computed exactly in numpy (weights symmetric per tensor, activations
   asymmetric per call, as onnxruntime's dynamic quantization does; integer sums exact in float64) in place of
   every encoder multiply, then the pipeline over the FactRuEval devset, NEREL dev, diplo-dev and the fixtures:
   how many tokens' NER tags, morphology and heads, and how many Documents, change.
numpy's float32 figure depends on the kernels OpenBLAS runs (printed): ``OPENBLAS_CORETYPE`` picks them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def _shapes() -> list[tuple[str, int, int]]:
    """(model, inputs, 3 · filters) of every encoder multiply."""
    from diplonlp import Pipeline

    nlp = Pipeline()
    nlp("Посол Казахстана в Сербии.")
    out = []
    for name in ("ner", "morph", "syntax"):
        encoder = nlp._models._get(name).tagger.encoder
        out.append((name, *encoder._words_taps.shape))
        out += [(name, *layer.taps.shape) for layer in encoder._layers[1:]]
    return out


def _median_ms(run: Callable[[], Any], repeat: int) -> float:
    run()
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def _ort_session(weight: np.ndarray, int8: bool, folder: Path) -> Any:
    import onnx
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic

    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"])], "matmul",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, weight.shape[0]])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, weight.shape[1]])],
        [numpy_helper.from_array(weight, "w")])
    path = folder / "float.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)
    if int8:
        quantize_dynamic(path, folder / "int8.onnx", weight_type=QuantType.QInt8)
        path = folder / "int8.onnx"
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def kernels(rows: int, repeat: int) -> None:
    from threadpoolctl import threadpool_limits

    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        print("kernels: onnxruntime is not installed (pip install onnx onnxruntime); skipped")
        return
    rng = np.random.default_rng(0)
    totals = {"numpy float32": 0.0, "onnxruntime float32": 0.0, "onnxruntime int8": 0.0}
    from threadpoolctl import threadpool_info

    kernels_of = ", ".join(f"{lib.get('internal_api')} {lib.get('architecture', '')}".strip()
                           for lib in threadpool_info() if lib.get("user_api") == "blas")
    print(f"kernels: a pack of {rows} rows by each encoder's taps, one thread, median ms of {repeat} calls; numpy's "
          f"BLAS: {kernels_of} (OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', 'unset')})")
    print("| model | inputs × outputs | numpy float32 | onnxruntime float32 | onnxruntime int8 |")
    print("|---|---|---|---|---|")
    with threadpool_limits(1, user_api="blas"), tempfile.TemporaryDirectory() as tmp:
        for name, inputs, outputs in _shapes():
            x = np.maximum(rng.standard_normal((rows, inputs), dtype=np.float32), 0)  # ReLU'd, as the layers' inputs
            w = rng.standard_normal((inputs, outputs), dtype=np.float32) * 0.05
            timed = {"numpy float32": _median_ms(lambda x=x, w=w: x @ w, repeat)}
            for label, int8 in (("onnxruntime float32", False), ("onnxruntime int8", True)):
                session = _ort_session(w, int8, Path(tmp))
                timed[label] = _median_ms(lambda s=session, x=x: s.run(None, {"x": x}), repeat)
            for label, ms in timed.items():
                totals[label] += ms
            print(f"| {name} | {inputs} × {outputs} | " + " | ".join(f"{ms:.2f}" for ms in timed.values()) + " |")
    print("| all | | " + " | ".join(f"{ms:.2f}" for ms in totals.values()) + " |")
    print(f"int8 / numpy float32: {totals['onnxruntime int8'] / totals['numpy float32']:.2f} of the time")


def int8_matmul(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``x @ w`` as dynamic int8 quantization computes it: ``w`` symmetric int8 per tensor, ``x`` asymmetric
    uint8 per call (onnxruntime's `DynamicQuantizeLinear`), integer products summed exactly, then scaled back."""
    w_scale = float(np.abs(w).max()) / 127 or 1.0
    qw = np.clip(np.round(w / w_scale), -127, 127)
    low, high = min(float(x.min()), 0.0), max(float(x.max()), 0.0)
    x_scale = (high - low) / 255 or 1.0
    zero = np.clip(np.round(-low / x_scale), 0, 255)
    qx = np.clip(np.round(x / x_scale) + zero, 0, 255)
    exact = (qx.astype(np.float64) - zero) @ qw.astype(np.float64)
    return (exact * (x_scale * w_scale)).astype(np.float32)


@contextmanager
def int8_encoders() -> Iterator[None]:
    """Every encoder multiply of `diplonlp.convnet` through `int8_matmul` while the block runs."""
    from diplonlp import convnet

    original = convnet.Encoder.__call__

    def call(self: Any, pack: Any) -> np.ndarray:
        vectors = self._codes[self._qdims, self._indexes[pack.word_id]].reshape(len(pack.word_id), -1)
        taps = int8_matmul(vectors, self._words_taps)
        taps += self._shapes_taps[pack.shape_id]
        x = self._layers[0](taps, pack.separators)
        for layer in self._layers[1:]:
            x = layer(int8_matmul(x, layer.taps), pack.separators)
        return x

    convnet.Encoder.__call__ = call  # type: ignore[method-assign]
    try:
        yield
    finally:
        convnet.Encoder.__call__ = original  # type: ignore[method-assign]


def _texts(shared: Path) -> list[str]:
    folders = [shared / "corpora" / "factrueval-2016" / "devset", shared / "diplo-dev", ROOT / "fixtures"]
    nerel = shared / "corpora" / "nerel-1.1" / "dev"
    texts = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    return texts + [p.read_text(encoding="utf-8") for p in sorted(nerel.glob("*.txt"))]


def _layers(docs: list[Any]) -> list[tuple[Any, ...]]:
    return [(d.ner and [(s.start, s.stop, s.type) for s in d.ner], [(t.pos, t.feats, t.head, t.rel) for t in d.tokens])
            for d in docs]


def outputs(shared: Path) -> None:
    from diplonlp import Pipeline
    from diplonlp.inputs import Item

    texts = _texts(shared)
    nlp = Pipeline()
    items = [Item(text) for text in texts]

    def run() -> tuple[list[Any], list[str]]:
        prepared = [d for k in range(0, len(items), 32) for d in nlp._prepare(items[k:k + 32])]
        layers = _layers(prepared)
        return layers, [nlp._finish(d).model_dump_json() for d in prepared]

    base_layers, base_docs = run()
    with int8_encoders():
        int8_layers, int8_docs = run()
    tokens = changed_ner = changed_tags = changed_heads = 0
    for (ner_a, toks_a), (ner_b, toks_b) in zip(base_layers, int8_layers, strict=True):
        tokens += len(toks_a)
        changed_ner += len(set(map(tuple, ner_a or [])) ^ set(map(tuple, ner_b or [])))
        changed_tags += sum(a[:2] != b[:2] for a, b in zip(toks_a, toks_b, strict=True))
        changed_heads += sum(a[2:] != b[2:] for a, b in zip(toks_a, toks_b, strict=True))
    documents = sum(a != b for a, b in zip(base_docs, int8_docs, strict=True))
    print(f"outputs, int8 encoders against float32 over {len(texts)} texts ({tokens} tokens): NER spans gained or "
          f"lost {changed_ner}; tokens with other morphology {changed_tags}, other head or relation {changed_heads}; "
          f"Documents changed {documents} of {len(texts)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=2048)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    kernels(args.rows, args.repeat)
    if args.shared.is_dir():
        outputs(args.shared)
    else:
        print(f"outputs: no {args.shared}; skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
