"""Stages with declared inputs and outputs: the plan, disabling, provenance of every relation, the trace."""

from __future__ import annotations

import pickle

import pytest

from diplonlp import Pipeline
from diplonlp.stages import STAGES, plan

from .conftest import FIXTURES

SEED = (FIXTURES / "seed_003.txt").read_text(encoding="utf-8")
VISIT = "Посол Казахстана в Сербии Мади Атамкулов совершил визит в Воеводину 13 февраля."


def test_the_plan_is_every_stage_in_order_and_each_reads_only_earlier_ones():
    names = [s.name for s in STAGES]
    assert [s.name for s in plan()] == names
    for k, stage in enumerate(STAGES):
        assert set(stage.needs) | set(stage.uses) <= set(names[:k]), stage.name


@pytest.mark.parametrize(("disable", "message"), [
    (["entities"], "stage 'references' needs it"), (["countries"], "stage 'country_names' needs it"),
    (["nonsense"], "no stage, kind or rule .nonsense."),
])
def test_disabling_what_a_kept_stage_needs_is_refused(disable, message):
    with pytest.raises(ValueError, match=message):
        Pipeline(disable=disable)


def test_disabling_a_kind_removes_exactly_its_stages(nlp):
    full = nlp(SEED)
    no_dates = Pipeline(disable=["date"])
    assert "dates" not in no_dates.stages
    doc = no_dates(SEED)
    assert doc.dates == [] and full.dates
    assert [p.name for p in doc.persons] == [p.name for p in full.persons]
    assert [r.kind for r in doc.relations] == [r.kind for r in full.relations]
    assert all(r.date is None for r in doc.relations if r.kind in ("meeting", "visit"))


def test_disabling_relation_stages_leaves_the_entities(nlp):
    doc = Pipeline(disable=["meeting", "visit", "cooperation", "agreement", "membership"])(SEED)
    assert {r.kind for r in doc.relations} == {"holds_post"}
    assert doc.persons == nlp(SEED).persons


def test_a_pipeline_with_disabled_stages_keeps_them_disabled_in_workers():
    nlp = Pipeline(disable=["visit"])
    assert pickle.loads(pickle.dumps(nlp)).stages == nlp.stages
    docs = list(nlp.pipe([VISIT, SEED], n_process=2, batch_size=1))
    assert not any(r.kind == "visit" for d in docs for r in d.relations)


def test_every_relation_says_which_rule_made_it(nlp):
    rules = {(r.kind, r.rule) for r in nlp(SEED).relations}
    assert ("holds_post", "title_before_name") in rules
    assert ("meeting", "meeting_talks") in rules
    assert ("visit", "visit_noun") in rules  # `совершил визит`
    assert all(rule for _, rule in rules)


@pytest.mark.parametrize(("text", "rule"), [
    ("Посол Казахстана в Сербии Мади Атамкулов прибыл в Белград.", "title_before_name"),
    ("Мади Атамкулов, посол Казахстана в Сербии, прибыл в Белград.", "name_before_title"),
    ("Глава МИД назначил Мурата Нуртлеу послом Казахстана в Венгрии.", "predicate"),
    ("Вице-премьер – министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Белград.", "title_chain"),
])
def test_holders_rules(nlp, text, rule):
    assert rule in {r.rule for r in nlp(text).relations if r.kind == "holds_post"}


def test_the_trace_lists_rules_with_their_spans(nlp):
    fired = nlp.trace(VISIT, date="2026-02-14")
    assert ("dates", "day_month", "13 февраля") in {(f.stage, f.rule, f.text) for f in fired}
    assert ("persons", "Мади Атамкулов") in {(f.stage, f.text) for f in fired}
    visit = next(f for f in fired if f.rule == "visit_noun")
    assert visit.text == VISIT and (visit.start, visit.stop) == (0, len(VISIT))
    assert [f.start for f in fired] == sorted(f.start for f in fired)


def test_the_title_of_the_one_who_appoints_is_not_given_to_the_appointed(nlp):
    doc = nlp("Президент назначил Мурата Нуртлеу послом Казахстана в Венгрии.")
    names = {e.id: e.name for e in (*doc.persons, *doc.posts)}
    held = [(names[r.person], names[r.post], r.rule) for r in doc.relations if r.kind == "holds_post"]
    assert held == [("Мурат Нуртлеу", "посол Казахстана в Венгрии", "predicate")]


def test_a_rule_left_out_changes_only_what_it_reads():
    text = "Министр иностранных дел Казахстана Мурат Нуртлеу совершил визит в Сербию. Затем Нуртлеу посетил Будапешт."
    full = {(r.rule, r.destination) for r in Pipeline()(text).relations if r.kind == "visit"}
    assert {rule for rule, _ in full} == {"visit_noun", "visit_verb"}
    without = {(r.rule, r.destination) for r in Pipeline(disable=["visit_noun"])(text).relations if r.kind == "visit"}
    assert without == {pair for pair in full if pair[0] == "visit_verb"}


def test_every_named_rule_belongs_to_a_stage():
    """Or to the text layer, read as the tokens are cut before any stage (`headline_in_capitals`)."""
    from diplonlp.stages import RULES
    assert {"title_before_name", "predicate", "day_month", "relative_weekday", "visit_noun",
            "cooperation_compound", "agreement_signers", "membership_frame"} <= set(RULES)
    assert set(RULES.values()) <= {s.name for s in STAGES} | {"text"}
    assert [rule for rule, stage in RULES.items() if stage == "text"] == ["headline_in_capitals"]


def test_leaving_out_the_reference_stage_leaves_titles_unresolved(nlp):
    """The title references run while the entities are built, yet belong to the `references` stage: leaving the
    stage out leaves a repeated title (`Посол подчеркнул`) no mention of the ambassador."""
    text = "Посол Казахстана в Сербии Мади Атамкулов прибыл в Белград. Посол подчеркнул значение визита."
    second = text.rindex("Посол")
    full = {m.start for p in nlp(text).persons for m in p.mentions}
    without = {m.start for p in Pipeline(disable=["references"])(text).persons for m in p.mentions}
    assert second in full
    assert second not in without
