"""Coverage-guided fuzzing of the pipeline with atheris: any text, the offsets and ids must hold, in bounded time.

    .venv/bin/pip install atheris
    .venv/bin/python scripts/fuzz.py [CORPUS_DIR] -max_total_time=1800 -max_len=4096

The first byte of an input picks how the rest becomes a text: UTF-8 (invalid bytes replaced), arbitrary code
points (lone surrogates included), or a snippet repeated up to 200,000 characters. Each text is extracted; a
crash, a broken invariant (an offset that does not point at its text, a relation to a missing id, a JSON round
trip that changes the Document, a text whose length changed) or a run over the time limit (`limit`: 2 s and 1 s
per 5,000 characters) stops the run with the input saved by libFuzzer.
"""

from __future__ import annotations

import sys
import time

import atheris

with atheris.instrument_imports():
    from diplonlp import Document, Pipeline

NLP = Pipeline()


LONGEST = 200_000


def limit(text: str) -> float:
    """Seconds a text may take: linear in its length. The slowest linear rate measured uninstrumented is about
    40,000 characters a second (text dense with punctuation and control characters); atheris' instrumentation
    slows the rules two to three times, so 5,000 a second leaves room, and a quadratic stage would not fit."""
    return 2.0 + len(text) / 5_000


def check(text: str) -> None:
    began = time.perf_counter()
    doc = NLP(text)
    took = time.perf_counter() - began
    if took > limit(text):
        raise AssertionError(f"{len(text)} characters took {took:.1f} s (limit {limit(text):.1f} s)")
    if len(doc.text) != len(text):
        raise AssertionError("the document's text changed length: offsets would not hold")
    text = doc.text  # lone surrogates replaced, one character for one
    groups = [doc.persons, doc.posts, doc.countries, doc.organizations, doc.locations, doc.sectors, doc.dates]
    ids = {e.id for g in groups for e in g}
    for group in groups:
        for entity in group:
            for m in entity.mentions:
                if not (0 <= m.start < m.stop <= len(text) and text[m.start:m.stop] == m.text):
                    raise AssertionError(f"bad mention {m!r} in {text!r}")
    for rel in doc.relations:
        data = rel.model_dump(exclude={"kind", "evidence", "title", "rule"})
        for value in data.values():
            for item in value if isinstance(value, list) else [value]:
                if item is not None and item not in ids:
                    raise AssertionError(f"relation {rel!r} points at a missing id")
    if Document.model_validate_json(doc.model_dump_json()) != doc:
        raise AssertionError("JSON round trip changed the document")


def one_input(data: bytes) -> None:
    if not data:
        return check("")
    mode, provider = data[0] % 3, atheris.FuzzedDataProvider(data[1:])
    if mode == 0:
        return check(data[1:].decode("utf-8", errors="replace"))
    if mode == 1:
        return check(provider.ConsumeUnicode(len(data)))  # any code point, surrogates included
    times = provider.ConsumeIntInRange(1, LONGEST)
    snippet = provider.ConsumeUnicodeNoSurrogates(len(data)) or " "
    check((snippet * min(times, LONGEST // len(snippet) + 1))[:LONGEST])


def main() -> None:
    NLP("Посол Казахстана в Сербии Мади Атамкулов.")  # load the models before fuzzing
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
