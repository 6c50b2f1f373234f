"""Flat tables (pandas and CSV), the JSON Schema and the exact JSON round trip of every fixture."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import jsonschema
import pandas as pd
import pytest

import diplonlp
from diplonlp import Document, models
from diplonlp.frames import ENTITY_COLUMNS, ENTITY_GROUPS, RELATION_COLUMNS
from diplonlp.schema import json_schema, reference

from .conftest import FIXTURES

TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))}


@pytest.fixture(scope="module")
def docs(nlp):
    return dict(zip(TEXTS, nlp.pipe(TEXTS.values()), strict=True))


def test_every_fixture_round_trips_exactly_through_json(docs):
    assert len(docs) >= 22
    for doc in docs.values():
        assert Document.model_validate_json(doc.model_dump_json()) == doc


def test_every_fixture_validates_against_the_printed_schema(docs):
    out = subprocess.run([sys.executable, "-m", "diplonlp", "schema"], capture_output=True, text=True, check=True)
    schema = json.loads(out.stdout)
    assert schema == json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    for doc in docs.values():
        validator.validate(doc.model_dump(mode="json"))
    broken = docs["seed_000"].model_dump(mode="json")
    broken["relations"][0]["kind"] = "friendship"
    assert not validator.is_valid(broken)


def test_output_reference_is_the_generated_one():
    assert (FIXTURES.parent / "docs" / "output.md").read_text(encoding="utf-8") == reference()
    for name in ("Person", "Post", "Meeting", "Membership"):
        for field in getattr(models, name).model_fields:
            assert f"| `{field}` |" in reference()


def test_tables_cover_every_model_field():
    entity_fields = {f for name in ("Person", "Post", "Country", "Organization", "Location", "Sector")
                     for f in getattr(models, name).model_fields} - {"mentions", "kind"}
    assert entity_fields <= set(ENTITY_COLUMNS)
    relation_fields = {f for name in ("HoldsPost", "Meeting", "Visit", "Cooperation", "Agreement", "Membership")
                       for f in getattr(models, name).model_fields} - {"evidence"}
    assert relation_fields <= set(RELATION_COLUMNS)


def _count(doc: Document) -> int:
    return sum(len(getattr(doc, group)) for group in ENTITY_GROUPS)


def test_frames_of_one_document_join_on_ids(docs):
    doc = docs["seed_000"]
    entities, mentions, relations = doc.to_frames("seed_000")
    assert set(entities["doc_id"]) == set(mentions["doc_id"]) == {"seed_000"}
    assert len(entities) == _count(doc)
    person = entities[entities["name"] == "Валихан Туреханов"].iloc[0]
    assert (person["kind"], person["first"], person["last"], person["country"]) == ("person", "Валихан",
                                                                                    "Туреханов", "KZ")
    said = mentions.merge(entities, left_on=["doc_id", "entity_id"], right_on=["doc_id", "id"])
    assert len(said) == len(mentions)
    assert {"Туреханов", "В.Туреханов"} <= set(said[said["name"] == "Валихан Туреханов"]["text"])
    assert all(doc.text[r.start:r.stop] == r.text for r in mentions.itertuples())
    held = relations[relations["kind"] == "holds_post"].merge(
        entities, left_on=["doc_id", "post"], right_on=["doc_id", "id"], suffixes=("", "_post"))
    assert "посол Республики Казахстан в Республике Таджикистан" in set(held["name"])
    parties = relations[relations["kind"] == "cooperation"].explode("parties")
    assert set(parties["parties"]) == {"country-KZ", "country-TJ"}


def test_frames_of_many_documents_carry_their_ids(docs):
    frames = diplonlp.to_frames(docs)
    assert set(frames.entities["doc_id"]) == set(docs)
    sizes = frames.entities.groupby("doc_id").size()
    assert all(sizes[name] == _count(doc) for name, doc in docs.items())
    by_position = diplonlp.to_frames(list(docs.values())[:2])
    assert set(by_position.relations["doc_id"]) == {0, 1}
    assert str(by_position.mentions["start"].dtype) == "Int64"
    pairs = diplonlp.Pipeline().pipe([(TEXTS["seed_000"], "mfa-17"), (TEXTS["doc_05_israel"], "tass-3")],
                                     as_tuples=True)
    from_pipe = diplonlp.to_frames(pairs)
    assert list(dict.fromkeys(from_pipe.entities["doc_id"])) == ["mfa-17", "tass-3"]
    with pytest.raises(TypeError, match="hashable, got dict"):
        diplonlp.to_frames([(docs["seed_000"], {"id": 1})])
    failed = diplonlp.Pipeline().pipe([(b"bytes", "bad-1")], as_tuples=True, on_error="return")
    with pytest.raises(TypeError, match=r"expected Document, got ExtractionError \(for doc_id 'bad-1'\)"):
        diplonlp.to_frames(failed)
    empty = diplonlp.to_frames([])
    assert list(empty.entities.columns) == ENTITY_COLUMNS and empty.entities.empty
    with pytest.raises(TypeError, match="expected Document, got str"):
        diplonlp.to_frames(["Посол России"])


def test_missing_pandas_gives_a_clear_error(docs, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"diplonlp\[pandas\]"):
        docs["seed_000"].to_frames()


def test_cli_writes_four_csv_tables(tmp_path):
    source = tmp_path / "items.jsonl"
    source.write_text(json.dumps({"id": "a", "text": TEXTS["seed_000"]}, ensure_ascii=False) + "\n"
                      + json.dumps({"id": "b", "text": TEXTS["doc_13_astana_visit"]}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    out = tmp_path / "tables"
    subprocess.run([sys.executable, "-m", "diplonlp", "extract", str(source), "--input-format", "jsonl",
                    "--format", "csv", "--output", str(out)], check=True, capture_output=True)
    read = {name: list(csv.DictReader((out / f"{name}.csv").open(encoding="utf-8")))
            for name in ("documents", "entities", "mentions", "relations")}
    assert {row["doc_id"] for row in read["entities"]} == {"a", "b"}
    assert {"Валихан Туреханов", "Петер Сийярто"} <= {row["name"] for row in read["entities"]}
    assert [(row["doc_id"], int(row["characters"])) for row in read["documents"]] == [
        ("a", len(TEXTS["seed_000"])), ("b", len(TEXTS["doc_13_astana_visit"]))]
    mention = read["mentions"][0]
    text = read["documents"][0]["text"]
    assert text[int(mention["start"]):int(mention["stop"])] == mention["text"]  # offsets point into documents.csv
    csv_frames = {name: pd.read_csv(out / f"{name}.csv", keep_default_na=False) for name in read}
    assert len(csv_frames["mentions"]) == len(diplonlp.to_frames(
        [diplonlp.extract(TEXTS["seed_000"]), diplonlp.extract(TEXTS["doc_13_astana_visit"])]).mentions)
    cooperation = next(r for r in read["relations"] if r["doc_id"] == "a" and r["kind"] == "cooperation")
    assert set(cooperation["parties"].split(";")) == {"country-KZ", "country-TJ"}
    failed = subprocess.run([sys.executable, "-m", "diplonlp", "extract", str(source), "--format", "csv"],
                            capture_output=True, text=True)
    assert failed.returncode == 3 and "--output" in failed.stderr
