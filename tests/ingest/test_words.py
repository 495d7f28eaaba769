"""The one stemmer's companions: definite nouns Snowball leaves whole, names without their
definite ending, and text typed without Swedish letters."""

from __future__ import annotations

import pytest

from ingest.text.words import acronym_form, fold, indefinite, stem, tokens, undefined


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


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("kronofogden", "kronofogd"),  # as in "kronofogdemyndigheten"
        ("familjeenheten", "familjeenhet"),
        ("barnahuset", "barnahus"),
        ("kuggen", "kuggen"),  # "kugg" is too short to stand for it
        ("tryggare", "tryggare"),  # no definite ending
    ],
)
def test_undefined_drops_a_definite_singular_ending(word: str, root: str) -> None:
    assert undefined(word) == root and word.startswith(root)


def test_fold_types_swedish_letters_plain() -> None:
    assert fold("Hur många klagomål på Östermalm") == "Hur manga klagomal pa Ostermalm"


def test_acronym_form_is_how_texts_write_a_word_as_an_acronym() -> None:
    texts = ["Grundutbildning i BBIC.", "nya BBIC-stödjare", "BBiC", "en bbic-stödjare"]
    assert acronym_form("bbic", texts) == "BBIC"  # three in four with capitals
    assert acronym_form("bou", ["BoU-utredning", "BoU"]) == "BoU"
    assert acronym_form("barn", ["Barn och unga", "barn"]) is None  # a word, not an acronym
    assert acronym_form("sip", ["Kommunens sipp"]) is None  # not as a word of its own


def test_a_dash_typeset_inside_a_word_joins_it_as_a_hyphen_does() -> None:
    """A question pasted from a word processor writes "dag 1–14" (en dash) where the reports
    write "dag 1-14": both are one token, written with "-"."""
    typeset, typed = tokens("Sjukfrånvaro dag 1–14"), tokens("Sjukfrånvaro dag 1-14")
    assert typeset == typed == ["sjukfrånvaro", "dag", "1-14"]
    assert tokens("Spånga\u2011Tensta") == ["spånga-tensta"]  # a non-breaking hyphen
    assert tokens("Barn- och ungdomsenheten – 2019") == ["barn", "och", "ungdomsenheten", "2019"]
