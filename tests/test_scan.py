"""The shared lemma scan: where each word stands, and never fewer places than a gazetteer could match at."""

from __future__ import annotations

import pytest

from diplonlp import scan as scan_module
from diplonlp.lexicon import countries, locations, organizations, post_heads, role_nouns, sectors, words
from diplonlp.morph import lemmas
from diplonlp.scan import LemmaScan, next_from, within
from diplonlp.text import segment

from .conftest import FIXTURES

TEXT = "Министр иностранных дел встретился с министрами экономики. Казахстанско-китайский форум «Астана» открыт."


def _scan(text: str) -> tuple[list, LemmaScan]:
    tokens, _ = segment(text, 0)
    return tokens, LemmaScan(tokens)


def test_a_word_is_found_under_its_lemma_in_any_case_and_number():
    tokens, scan = _scan(TEXT)
    assert [tokens[i].text for i in scan.where({"министр"})] == ["Министр", "министрами"]


def test_written_forms_and_hyphens_are_found_as_written():
    tokens, scan = _scan(TEXT)
    assert [tokens[i].text for i in scan.where(texts={"«", "»"})] == ["«", "»"]
    assert [tokens[i].text for i in scan.where(hyphenated=True)] == ["Казахстанско-китайский"]
    assert scan.where({"посол"}, texts={"ООН"}) == []


def test_several_word_sets_give_one_sorted_list_without_repeats():
    tokens, scan = _scan(TEXT)
    found = scan.where({"министр", "экономика"}, {"министр"}, texts={"Министр"})
    assert [tokens[i].text for i in found] == ["Министр", "министрами", "экономики"]


def test_next_from_and_within_read_sorted_positions():
    positions = [2, 5, 9]
    assert [next_from(positions, i, 8) for i in (0, 3, 5, 6)] == [2, 5, 5, 8]
    assert list(within(positions, 3, 10)) == [5, 9]


@pytest.mark.parametrize("index", [
    post_heads, role_nouns, locations, lambda: countries().names, lambda: organizations().names,
    lambda: organizations().bodies, lambda: sectors().phrases])
def test_every_phrase_a_gazetteer_matches_starts_where_the_scan_says(index):
    """The rules skip every token the scan leaves out: a phrase matched anywhere else would be lost."""
    phrases = index()
    matched = 0
    for path in sorted(FIXTURES.glob("*.txt")):
        tokens, scan = _scan(path.read_text(encoding="utf-8"))
        starts = set(scan.where(phrases.firsts))
        at = {i for i in range(len(tokens)) if phrases.match_at(tokens, i)}
        assert at <= starts, path.name
        matched += len(at)
    assert matched > 0


def _by_hand(tokens: list, group: frozenset[str], how: str) -> list[int]:
    return [i for i, t in enumerate(tokens) if lemmas(t.text) & group or (how == "word" and t.lower in group)]


@pytest.mark.parametrize("name", ["meeting.session_nouns", "cooperation.cooperation", "agreement.signed"])
def test_sets_give_the_tokens_a_token_by_token_test_gives(name):
    """`where` (a lemma or the lower-case form) and `with_lemma` (a lemma only) over the fixtures, against asking
    each token."""
    group = words(name)
    for path in sorted(FIXTURES.glob("*.txt")):
        tokens, scan = _scan(path.read_text(encoding="utf-8"))
        assert scan.where(group) == _by_hand(tokens, group, "word"), path.name
        assert scan.with_lemma(group) == _by_hand(tokens, group, "lemma"), path.name


def test_a_set_first_asked_after_the_scan_was_made_is_found():
    tokens, scan = _scan(TEXT)
    fresh = frozenset({"форум", "открыть"})  # no scan has met this set: the masks made above lack its bit
    assert [tokens[i].text for i in scan.where(fresh)] == ["форум", "открыт"]
    assert [tokens[i].text for i in scan.with_lemma(frozenset({"министр"}))] == ["Министр", "министрами"]


def test_bits_start_again_when_callers_make_too_many_sets(monkeypatch):
    monkeypatch.setattr(scan_module, "MAX_SETS", 3)
    tokens, scan = _scan(TEXT)
    for word, expected in [("министр", ["Министр", "министрами"]), ("экономика", ["экономики"]),
                           ("форум", ["форум"]), ("открыть", ["открыт"]), ("министр", ["Министр", "министрами"])]:
        assert [tokens[i].text for i in scan.where(frozenset({word}))] == expected
    assert len(scan_module._keys.bits) <= 3
    fresh = [frozenset({"министр"}), frozenset({"экономика"}), frozenset({"форум"})]  # three at once, two known
    assert [tokens[i].text for i in scan.where(*fresh)] == ["Министр", "министрами", "экономики", "форум"]
