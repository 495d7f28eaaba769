"""The one stemmer's companion: definite neuter nouns Snowball leaves whole."""

from __future__ import annotations

import pytest

from ingest.text.words import indefinite, stem


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("jourhemmet", "jourhem"),  # doubled consonant undone
        ("barnet", "barn"),
        ("programmet", "program"),
        ("projektet", "projekt"),
        ("hemmet", None),  # "hem" is too short to stand for it
        ("familjehem", None),  # not definite
    ],
)
def test_indefinite_form_of_a_definite_neuter_noun(word: str, base: str | None) -> None:
    assert stem(word) == word or base is None  # the stemmer keeps these whole
    assert indefinite(stem(word)) == base
