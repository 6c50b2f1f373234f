"""The shared lemma scan: where each word stands, and never fewer places than a gazetteer could match at."""

from __future__ import annotations

import pytest

from diplonlp.lexicon import countries, locations, organizations, post_heads, role_nouns, sectors
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
