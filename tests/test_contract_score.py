"""The contract scorer gives the reference scorer's figures, and the errors behind them."""

from __future__ import annotations

import importlib.util
import json

import pytest

from diplonlp.cli import main
from diplonlp.contract_score import KINDS, evaluate_folder, norm, score_document
from diplonlp.evaluate import Report

from .conftest import FIXTURES

SHARED = FIXTURES.parent.parent / "shared"


def _reference():
    path = SHARED / "score.py"
    if not path.exists():
        pytest.skip(f"{path} is absent (a fresh clone without ../shared): reference comparison skipped")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", [FIXTURES, SHARED / "diplo-dev"], ids=["fixtures", "diplo-dev"])
def test_the_counts_are_the_reference_scorers(nlp, tmp_path, folder):
    reference = _reference()
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    golds = sorted(folder.glob("*.json"))
    docs = [nlp(g.with_suffix(".txt").read_text(encoding="utf-8")) for g in golds]
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("".join(d.model_dump_json() + "\n" for d in docs), encoding="utf-8")
    theirs = reference.score(folder, predictions)
    ours = Report()
    for gold, doc in zip(golds, docs, strict=True):
        score_document(doc, json.loads(gold.read_text(encoding="utf-8")), gold.name, ours)
    assert set(theirs) == set(KINDS)
    for kind in KINDS:
        t, c = theirs[kind], ours.counts[kind]
        assert (c.tp, c.fp, c.fn) == (t.tp, t.fp, t.fn), kind
    assert sum(e.side == "fp" for e in ours.errors) == sum(ours.counts[k].fp for k in KINDS)
    assert sum(e.side == "fn" for e in ours.errors) == sum(ours.counts[k].fn for k in KINDS)


def test_normalization_forgives_case_yo_quotes_and_spacing():
    assert norm("«Ерлан  Баударбек»") == "ерлан баударбек"
    assert norm("Пётр Ильич") == "петр ильич"
    assert norm("К.Токаев") == "к. токаев"


GOLD = {
    "persons": [{"name": "Мади Атамкулов", "posts": [{"title": "посол", "country": "KZ", "host": "RS"}]},
                {"name": "Ивица Дачич", "posts": [{"title": "министр иностранных дел", "country": "RS"}]}],
    "countries": ["KZ", "RS"],
    "relations": {"meeting": [{"participants": ["Мади Атамкулов", "Ивица Дачич"]}]},
}
TEXT = ("Посол Казахстана в Сербии Мади Атамкулов прибыл в Белград.\n"
        "Министр иностранных дел Сербии Ивица Дачич принял посла Казахстана.")


def test_errors_name_the_item_and_the_sentence_that_gives_it(nlp):
    """The gold leaves Belgrade and the visit out: both are false positives, shown with the sentence."""
    report = score_document(nlp(TEXT), GOLD, "item.txt")
    first = TEXT.splitlines()[0]
    assert [(e.kind, e.side, e.item, e.sentence) for e in report.errors] == [
        ("locations", "fp", ("?белград",), first), ("visit", "fp", ("мади атамкулов", "?белград"), first)]
    assert (report.counts["meeting"].tp, report.counts["posts_full"].tp) == (1, 2)


def test_eval_errors_prints_them_per_document(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = dict(GOLD, persons=[*GOLD["persons"], {"name": "Иван Петров"}])  # a person the text never names
    (tmp_path / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "\na.txt\n" in out
    assert "persons              fn  иван петров" in out
    assert evaluate_folder(tmp_path).counts["persons"].fn == 1


def test_a_false_positive_comes_with_its_sentence(nlp):
    text = "Посол Казахстана в Сербии Мади Атамкулов прибыл в Белград. Там он встретился с Иваном Петровым."
    report = score_document(nlp(text), {"persons": [{"name": "Мади Атамкулов"}], "countries": ["KZ", "RS"]})
    extra = [e for e in report.errors if e.kind == "persons" and e.side == "fp"]
    assert [(e.item, e.sentence) for e in extra] == [(("?иван петров",), "Там он встретился с Иваном Петровым.")]

