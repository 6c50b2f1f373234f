"""Coverage-guided fuzzing of the pipeline with atheris: any text, the offsets and ids must hold.

    .venv/bin/pip install atheris
    .venv/bin/python scripts/fuzz.py -max_total_time=600 -max_len=2000

Every input is decoded as UTF-8 (invalid bytes replaced) and extracted; a crash or a broken
invariant (an offset that does not point at its text, a relation to a missing id, a JSON round
trip that changes the Document) stops the run with the input saved by libFuzzer.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from diplonlp import Document, Pipeline

NLP = Pipeline()


def check(text: str) -> None:
    doc = NLP(text)
    groups = [doc.persons, doc.posts, doc.countries, doc.organizations, doc.locations, doc.sectors, doc.dates]
    ids = {e.id for g in groups for e in g}
    for group in groups:
        for entity in group:
            for m in entity.mentions:
                if not (0 <= m.start < m.stop <= len(text) and text[m.start:m.stop] == m.text):
                    raise AssertionError(f"bad mention {m!r} in {text!r}")
    for rel in doc.relations:
        data = rel.model_dump(exclude={"kind", "evidence", "title"})
        for value in data.values():
            for item in value if isinstance(value, list) else [value]:
                if item is not None and item not in ids:
                    raise AssertionError(f"relation {rel!r} points at a missing id")
    if Document.model_validate_json(doc.model_dump_json()) != doc:
        raise AssertionError("JSON round trip changed the document")


def one_input(data: bytes) -> None:
    check(data.decode("utf-8", errors="replace"))


def main() -> None:
    NLP("Посол Казахстана в Сербии Мади Атамкулов.")  # load the models before fuzzing
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
