"""A quote saying the opposite of the question's qualifier does not answer it."""

from __future__ import annotations

import pytest

from service.answer.opposites import contradicts

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
