"""A quote saying the opposite of the question's qualifier does not answer it."""

from __future__ import annotations

import pytest

from service.answer.opposites import asked_absent, contradicts, says_absent, set_aside

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


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Vilka enheter skriver att inga klagomål om diskriminering har kommit in?", "klagomål"),
        ("Vilka enheter skriver att de inte har fått några klagomål?", "klagomål"),
        ("Which units received no klagomål about diskriminering?", "klagomål"),  # its Swedish
        ("Vilka enheter redovisar ett antal klagomål, inte bara att inga klagomål kom?", None),
        ("Vilka enheter har fått klagomål om diskriminering?", None),
    ],
)
def test_what_a_list_question_asks_the_reports_to_say_did_not_occur(
    question: str, absent: str | None
) -> None:
    assert asked_absent(question) == absent


def test_a_negation_before_the_word_says_it_did_not_occur() -> None:
    assert says_absent("Inga klagomål eller synpunkter om diskriminering har inkommit.", "klagomål")
    assert says_absent("Det har inte inkommit några klagomål under året.", "klagomål")
    assert not says_absent("Klagomål om diskriminering hanteras enligt rutin.", "klagomål")
