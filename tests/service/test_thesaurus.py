"""The Swedish domain thesaurus: a question's word meets the report's other wording."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from ingest.text.words import stem
from service.answer.thesaurus import GROUPS, alternatives


def test_an_employee_is_a_staff_member() -> None:
    assert stem("medarbetare") in alternatives(stem("anställd"))
    assert stem("medarbetare") in alternatives(stem("personalgruppen"))  # "12 medarbetare"
    assert stem("anställda") in alternatives(stem("medarbetare"))


def test_everyday_words_meet_the_reports_officialese() -> None:
    assert stem("avslutas") in alternatives(stem("nedlagd"))
    assert stem("ringt") in alternatives(stem("hörde"))
    assert stem("skola") in alternatives(stem("skolgång"))
    assert stem("underskott") in alternatives(stem("minusresultat"))
    assert stem("summa") in alternatives(stem("totala"))  # "Summa kostnader" in a budget table


def test_alternatives_are_symmetric_sorted_and_exclude_the_stem() -> None:
    for group in GROUPS:
        for word in group.split():
            s = stem(word)
            others = alternatives(s)
            assert s not in others
            assert list(others) == sorted(set(others))
            for other in others:
                assert s in alternatives(other), (word, other)


def test_a_word_outside_every_group_has_no_alternatives() -> None:
    assert alternatives(stem("zebra")) == ()
    assert alternatives("") == ()


def test_related_but_different_words_stay_apart() -> None:
    assert stem("ungdom") not in alternatives(stem("barn"))
    assert stem("jourhem") not in alternatives(stem("familjehem"))
    assert stem("pojke") not in alternatives(stem("flicka"))


def test_every_group_has_two_stems_and_single_lower_case_words() -> None:
    for group in GROUPS:
        words = group.split()
        assert len({stem(w) for w in words}) >= 2, group
        assert len(words) == len(set(words)), group
        for word in words:
            assert word == word.lower() and word.strip() == word and " " not in word


def test_a_word_is_in_at_most_two_groups() -> None:
    counts = Counter(w for group in GROUPS for w in set(group.split()))
    assert max(counts.values()) <= 2
    assert len(GROUPS) == len(set(GROUPS))


def test_a_word_no_report_has_is_known_through_its_synonym() -> None:
    """ "gick med minus": no report says "minus", they say "underskott"; the word weighs as its
    synonym and is not part of the unknown share that costs an answer its score."""
    from service.answer.topic_words import idf_weights, unknown_share

    def df(word: str) -> float:  # the index takes a word or its stem
        return 0.02 if "underskott".startswith(word) else 0.5 if word.startswith("enhet") else 0.0

    assert unknown_share(["minus", "enhet"], df) == 0.0
    assert idf_weights(["minus"], df)["minus"] == pytest.approx(math.log(1 / 0.02))
    assert unknown_share(["rymdresor", "enhet"], df) > 0.5  # no synonym: unknown


def test_putting_effort_into_something_is_a_focus() -> None:
    """Asked why a unit "lägger så mycket kraft på pengarna", "Stort fokus … läggas på" says."""
    assert stem("fokus") in alternatives(stem("kraft"))
