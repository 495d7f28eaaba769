"""A quote saying the opposite of the question's qualifier does not answer it."""

from __future__ import annotations

import pytest

from service.answer.opposites import contradicts, set_aside

QUESTION = "Vilka enheter har haft hög personalomsättning?"


@pytest.mark.parametrize(
    ("quote", "contradicting"),
    [
        ("Låg sjukfrånvaro, låg personalomsättning och hög trivsel.", True),
        ("Arbetsmiljön har varit ansträngd på grund av hög personalomsättning.", False),
        ("Personalomsättningen har varit låg.", False),  # the qualifier after: not read
        ("Låg personalomsättning i år, men hög personalomsättning förra året.", False),
        ("Låg sjukfrånvaro och god trivsel.", False),  # another word qualified
    ],
)
def test_the_opposite_qualifier_of_the_same_word_contradicts(
    quote: str, contradicting: bool
) -> None:
    assert contradicts(QUESTION, quote) is contradicting


def test_each_pair_works_both_ways_and_in_english() -> None:
    assert contradicts("Which units report low sick leave?", "high sick leave this year")
    assert contradicts("Vilka enheter har minskad sjukfrånvaro?", "en ökad sjukfrånvaro")
    assert not contradicts("Vilka enheter använder Signs of Safety?", "låg personalomsättning")


TOTAL = "Vilka enheter har ett årsmål för den totala sjukfrånvaron (inte dag 1–14) på högst 5 %?"


def test_what_a_question_sets_aside_in_parentheses_is_no_evidence() -> None:
    assert set_aside(TOTAL) == [["dag", "1-14"]]
    assert contradicts(TOTAL, "Sjukfrånvaro dag 1-14 | 1,3 % | Tas fram av nämnd/styrelse")
    assert not contradicts(TOTAL, "Sjukfrånvaro | 5 % | Tas fram av nämnd/styrelse")
    assert set_aside("Which units report sick leave (not day 1-14)?") == [["day", "1-14"]]


def test_a_parenthesis_asking_for_more_sets_nothing_aside() -> None:
    asked = "Vilka enheter anger en uppmätt sjukfrånvaro (inte bara ett årsmål)?"
    assert set_aside(asked) == []
    assert not contradicts(asked, "Sjukfrånvaro | 5 % | bara ett årsmål")
