"""Corpus loaders and scorers: on small excerpts in each format (always), on the real corpora (when present)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplonlp.corpora import evaluate, factrueval, nerel

from .conftest import FIXTURES

SHARED = FIXTURES.parent.parent / "shared" / "corpora"
FRE_DEV = SHARED / "factrueval-2016" / "devset"
NEREL_DEV = SHARED / "nerel-1.1" / "dev"


def test_factrueval_loader_reads_every_layer():
    book, other = factrueval.load(FIXTURES / "factrueval")
    assert (book.name, other.name) == ("book_1", "book_2")
    start, stop = book.object_span("13")
    assert book.text[start:stop] == "Мади Атамкулов"
    assert book.coref["5"] == {"firstname": "Майя", "lastname": "Гойкович"}
    assert book.members["5"] == ["15"]
    kinds = [f.kind for f in book.facts]
    assert kinds == ["Meeting", "Occupation", "Occupation"]
    position = book.facts[2].fields["Position"][0][0]
    assert (position.ref, position.text) == ("span6", "председателем правительства")
    mentions = book.mentions()
    assert {book.text[a:b] for a, b in mentions["locorg"]} == {"Казахстана", "Сербии"}


def test_factrueval_scores_and_exports(nlp, tmp_path):
    report = evaluate(FIXTURES / "factrueval", "factrueval", nlp, export=tmp_path)
    assert report.f1("per_exact") == 1.0
    assert report.f1("occupation") == 1.0
    assert report.f1("meeting_pairs") == 1.0
    task1 = (tmp_path / "book_1.task1").read_text(encoding="utf-8").splitlines()
    assert "per 42 14" in task1  # Мади Атамкулов
    assert all(line.split()[0] in {"per", "org", "loc", "locorg"} for line in task1)
    task3 = (tmp_path / "book_1.task3").read_text(encoding="utf-8")
    assert "OCCUPATION:\nWHO: Мади Атамкулов\nWHERE: Казахстан\nPOSITION: посол" in task3
    assert "MEETING:\nPARTICIPANT: Мади Атамкулов\nPARTICIPANT: Майя Гойкович" in task3


def test_an_occupations_where_is_the_place_its_post_names(nlp):
    """The organizers name the region a regional head serves, not its state (`глава Московской области`)."""
    doc = nlp("Губернатор подписал указ. Об этом сообщил глава Московской области Борис Громов.")
    assert [(p.title, p.country) for p in doc.posts] == [("глава", "RU")]
    assert "OCCUPATION:\nWHO: Борис Громов\nWHERE: Московская область\nPOSITION: глава" in factrueval.task3(doc)


def test_nerel_loader_and_scores(nlp):
    (doc,) = nerel.load(FIXTURES / "nerel")
    assert doc.entities["T3"].text == "Барак Обама"
    assert doc.works_as == [("T3", "T1"), ("T6", "T4")]
    report = evaluate(FIXTURES / "nerel", "nerel", nlp)
    assert report.f1("person_exact") == 1.0
    assert report.f1("country_exact") == 1.0
    assert report.f1("works_as") == 1.0


def test_nerel_discontinuous_spans_take_their_extent(tmp_path):
    (tmp_path / "2_text.txt").write_text("посол США и России", encoding="utf-8")
    (tmp_path / "2_text.ann").write_text("T1\tPROFESSION 0 9;12 18\tпосол США России\n", encoding="utf-8")
    (doc,) = nerel.load(tmp_path)
    assert (doc.entities["T1"].start, doc.entities["T1"].stop) == (0, 18)


def test_eval_cli_prints_json_and_rejects_bad_input(tmp_path):
    out = subprocess.run([sys.executable, "-m", "diplonlp", "eval", str(FIXTURES / "nerel"), "--corpus", "nerel",
                          "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(out.stdout)
    assert scores["works_as"]["f1"] == 1.0
    bad = subprocess.run([sys.executable, "-m", "diplonlp", "eval", str(tmp_path / "missing")],
                         capture_output=True, text=True)
    assert bad.returncode == 3 and "missing" in bad.stderr


def _require(path: Path) -> None:
    if not path.is_dir():
        pytest.skip(f"{path} is absent (a fresh clone without ../shared/corpora): corpus-scale test skipped")


def test_factrueval_devset(nlp):
    _require(FRE_DEV)
    report = evaluate(FRE_DEV, "factrueval", nlp)
    assert report.f1("per_overlap") >= 0.95
    assert report.f1("occupation") >= 0.55


def test_nerel_dev(nlp):
    _require(NEREL_DEV)
    report = evaluate(NEREL_DEV, "nerel", nlp)
    assert report.f1("person_overlap") >= 0.92
    assert report.f1("country_exact") >= 0.92


def test_a_post_entity_keeps_one_title(nlp):
    doc = nlp("Президент России Владимир Путин прибыл в Минск. Глава государства провел переговоры с президентом "
              "Белоруссии Александром Лукашенко. Президент подчеркнул важность сотрудничества.")
    putin = next(p for p in doc.persons if p.name == "Владимир Путин")
    # `Глава государства` is a mention of the person; the bare `Президент`, the subject, is who met, not the one met
    # after `с` (rule `title_of_actor`)
    assert [m.text for m in putin.mentions] == ["Владимир Путин", "Глава государства", "Президент"]
    posts = {p.name: [m.text for m in p.mentions] for p in doc.posts}
    assert posts["президент России"] == ["Президент России", "Президент"]  # a bare repeat is one post, not
    assert posts["президент Белоруссии"] == ["президентом Белоруссии"]  # `Глава государства`: another title


def test_nerel_works_as_is_mention_level_with_the_entity_level_as_diagnostic(tmp_path):
    text = "Президент США Барак Обама прибыл в Берлин. Президент встретился с канцлером."
    (tmp_path / "3_text.txt").write_text(text, encoding="utf-8")
    ann = ["T1\tPROFESSION 0 13\tПрезидент США", "T2\tPERSON 14 25\tБарак Обама", "T3\tPROFESSION 43 52\tПрезидент",
           "R1\tWORKS_AS Arg1:T2 Arg2:T1"]
    (tmp_path / "3_text.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    report = evaluate(tmp_path, "nerel")
    # ours: (Обама, Президент США) and, in the next sentence with no name of his, nothing for `Президент`
    assert (report.counts["works_as"].tp, report.counts["works_as"].fp, report.counts["works_as"].fn) == (1, 0, 0)
    assert report.counts["works_as_entities"].tp == 1
