"""The command line as a pipeline uses it: ids and dates in, output that loads back, files, tables, summaries."""

from __future__ import annotations

import csv
import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

import diplonlp
from diplonlp import Document

from .conftest import FIXTURES

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
    assert out.returncode == 3
    assert out.stderr.startswith("diplonlp: cannot write") and "Traceback" not in out.stderr


@pytest.mark.parametrize("args", [("--jobs", "0"), ("--batch-size", "-1"), ("--timeout", "0"), ("--timeout", "x"),
                                  ("--bogus",), ("--format", "csv")])
def test_bad_arguments_exit_3_with_one_message(args):
    out = _run("extract", *args, stdin="Посол РФ в КНР.")
    assert out.returncode == 3 and "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("diplonlp")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", ["json", "jsonl", "text"])
def test_a_full_disk_exits_3_with_one_line(fmt):
    out = _run("extract", "--format", fmt, "--output", "/dev/full", stdin="Посол РФ в КНР.")
    assert out.returncode == 3
    assert out.stderr == "diplonlp: cannot write /dev/full: No space left on device\n"


@pytest.mark.skipif(sys.platform == "win32", reason="closes a descriptor with a POSIX shell")
@pytest.mark.parametrize(("redirect", "message"), [(">&-", "standard output is closed"),
                                                   ("<&-", "standard input is closed")])
def test_a_closed_stream_exits_3_with_one_line(redirect, message):
    out = subprocess.run(f"{shlex.quote(sys.executable)} -m diplonlp extract {redirect}", shell=True,
                         capture_output=True, text=True)
    assert out.returncode == 3 and message in out.stderr and "Traceback" not in out.stderr


def test_statuses_say_how_many_inputs_failed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(BEIJING, encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    assert _run("extract", str(good), "--format", "jsonl").returncode == 0
    assert _run("extract", str(good), missing, "--format", "jsonl").returncode == 1
    assert _run("extract", missing).returncode == 2
    slow = _run("extract", str(good), "--timeout", "1e-9", "--format", "jsonl")
    assert slow.returncode == 2 and "over its time budget" in slow.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to a process group")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_quietly_with_whole_lines(tmp_path, jobs):
    files = [str(p) for p in sorted(FIXTURES.glob("*.txt"))] * 30
    run, err, lines = _interrupted(tmp_path / "out.jsonl", jobs, files)
    assert run.returncode == 130 and err == b""
    assert 0 < len(lines) < len(files)
    assert all(Document.model_validate_json(line).id for line in lines)


def _ctrl_c_as_at_a_terminal() -> None:
    """Ctrl-C as a shell gives it: a runner that ignores SIGINT would pass that on to the command (Python keeps an
    ignored SIGINT ignored), and Ctrl-C would then not reach it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupted(path: Path, jobs: str, files: list[str]) -> tuple[subprocess.Popen[bytes], bytes, list[str]]:
    """`diplonlp extract` over ``files``, sent Ctrl-C once it has written its first lines: the run, its stderr and
    the lines written."""
    with path.open("w+b") as out:
        run = subprocess.Popen([sys.executable, "-m", "diplonlp", "extract", "--format", "jsonl", "--jobs", jobs,
                                "--batch-size", "4", *files], stdout=out, stderr=subprocess.PIPE,
                               start_new_session=True, preexec_fn=_ctrl_c_as_at_a_terminal)
        began = time.monotonic()
        while os.fstat(out.fileno()).st_size == 0 and time.monotonic() - began < 120:
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=120)
        out.seek(0)
        return run, err, out.read().decode("utf-8").splitlines()


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


def test_extract_takes_lexicons_and_disabled_stages(tmp_path):
    orgs = tmp_path / "orgs.tsv"
    orgs.write_text("JICA\tЯпонское агентство международного сотрудничества\tgovernment\t\tJP\n", encoding="utf-8")
    japan = str(FIXTURES / "doc_07_japan.txt")
    out = _run("extract", japan, "--lexicon", f"organizations={orgs}", "--disable", "date")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert ("JICA", "JP", "government") in {(o["abbr"], o["country"], o["kind"]) for o in doc["organizations"]}
    assert doc["dates"] == []
    orgs.write_text("# mine\nJICA\tАгентство\tbank\n", encoding="utf-8")
    bad = _run("extract", japan, "--lexicon", f"organizations={orgs}")
    assert bad.returncode == 3 and bad.stdout == ""
    assert bad.stderr.strip() == f"diplonlp: {orgs}:2: kind 'bank' is not one of company, education, embassy, " \
        "government, international, media, ministry, other, parliament"
    assert _run("extract", japan, "--lexicon", "orgs.tsv").returncode == 3
