"""The text layer: razdel's tokens and sentences with offsets into the original text."""

from __future__ import annotations

from diplonlp.text import segment, unmixed


def test_a_word_typed_with_latin_lookalikes_is_one_token_with_its_own_letters():
    text = "Cолист группы и пpезидент клуба выступили."  # a Latin C, a Latin p
    tokens, sents = segment(text, 0)
    assert [t.text for t in tokens][:4] == ["Cолист", "группы", "и", "пpезидент"]
    assert all(text[t.start:t.stop] == t.text for t in tokens) and len(sents) == 1


def test_only_words_that_mix_scripts_change_and_lengths_hold():
    text = "Cолист The Prodigy, Кит Флинт и NATO."
    fixed = unmixed(text)
    assert fixed == "Солист The Prodigy, Кит Флинт и NATO."
    assert len(fixed) == len(text) and unmixed("English only") == "English only"
