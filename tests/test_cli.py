"""The command line as a pipeline uses it: ids and dates in, output that loads back, files, tables, summaries."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import jsonschema

import diplonlp
from diplonlp import Document

BEIJING = ("Пекин, 9 апреля. Вчера министр иностранных дел Китая Ван И провел переговоры с послом России "
           "Игорем Моргуловым.")


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "diplonlp", *args], input=stdin, capture_output=True, text=True)


def test_version():
    out = _run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"diplonlp {diplonlp.__version__}"
    assert diplonlp.__version__ != "0+unknown"


def test_jsonl_records_anchor_their_dates_and_load_back(tmp_path):
    source = tmp_path / "items.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "bj-1", "date": "2025-04-09", "text": BEIJING},
        {"id": "bad", "date": "2024-02-30", "text": BEIJING},
        {"text": "Посол РФ в КНР."}]) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    out = _run("extract", str(source), "--input-format", "jsonl", "--format", "jsonl", "--output", str(target))
    assert out.returncode == 1 and out.stdout == ""
    assert f"{source}:2: date '2024-02-30' is no calendar day" in out.stderr
    schema = json.loads(_run("schema").stdout)
    lines = target.read_text(encoding="utf-8").splitlines()
    docs = [Document.model_validate_json(line) for line in lines]
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    assert [d.id for d in docs] == ["bj-1", f"{source}:3"]
    assert {d.value for d in docs[0].dates} == {"2025-04-09", "2025-04-08"}


def test_json_from_files_carries_the_path_and_goes_to_output(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(BEIJING, encoding="utf-8")
    target = tmp_path / "out.json"
    out = _run("extract", str(a), "--output", str(target))
    assert out.returncode == 0 and out.stdout == ""
    doc = Document.model_validate_json(target.read_text(encoding="utf-8"))
    assert doc.id == str(a) and doc.text == BEIJING
    assert json.loads(_run("extract", "--format", "jsonl", stdin="Посол РФ в КНР.").stdout)["id"] == "<stdin>"


def test_an_unwritable_output_is_one_clear_line(tmp_path):
    out = _run("extract", "--output", str(tmp_path / "no" / "such" / "dir" / "x.json"), stdin="Посол РФ в КНР.")
    assert out.returncode == 2
    assert out.stderr.startswith("diplonlp: cannot write") and "Traceback" not in out.stderr


def test_text_format_is_a_summary_to_read():
    out = _run("extract", "--format", "text", stdin=BEIJING)
    assert out.returncode == 0
    assert "Ван И — министр иностранных дел Китая" in out.stdout
    assert "Ван И, Игорь Моргулов met" in out.stdout
    assert "[Ван И|person-1]" in out.stdout


def test_csv_cells_are_safe_in_spreadsheets(tmp_path):
    source = tmp_path / "items.jsonl"
    source.write_text(json.dumps({"id": '=HYPERLINK("http://x","y")', "text": "-Посол РФ в КНР."}) + "\n",
                      encoding="utf-8")
    _run("extract", str(source), "--input-format", "jsonl", "--format", "csv", "--output", str(tmp_path / "t"))
    for name in ("documents", "entities", "mentions", "relations"):
        rows = list(csv.DictReader((tmp_path / "t" / f"{name}.csv").open(encoding="utf-8")))
        assert all(row["doc_id"] == '\'=HYPERLINK("http://x","y")' for row in rows), name
    document = next(csv.DictReader((tmp_path / "t" / "documents.csv").open(encoding="utf-8")))
    assert document["text"] == "'-Посол РФ в КНР." and document["characters"] == "16"
