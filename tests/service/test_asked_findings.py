"""What a question asks for when it is not a plain statement: what an inquiry found, a value,
an outcome of a plan's year; and words that look like goals but are not the ledger's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest.text.sentences import sentence_spans
from service.answer.asked import asks_finding, expected_answer
from service.answer.expectations import meets_expectation
from service.answer.features import sentence_features
from service.answer.goal_questions import is_goal
from service.answer.reading import read_question
from tests.service.test_select import evidence


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Vad visade den interna aktgranskningen som enheten gjorde under hösten?", True),
        ("Vad kom utvärderingen av Komet fram till?", True),
        ("Vilka resultat gav brukarundersökningen?", True),
        ("What did the researchers' study of the centres conclude?", True),
        ("What were the findings of the survey of foster parents?", True),
        ("Vad gav enheten för stöd till familjerna?", False),
        ("Vad visade sig vara svårt under året?", False),
        ("What does the unit offer parents?", False),
    ],
)
def test_a_question_may_ask_what_an_inquiry_found(question: str, asks: bool) -> None:
    assert asks_finding(question) is asks


def test_a_sentence_telling_what_will_be_examined_has_found_nothing() -> None:
    asked = "Vad visade kartläggningen av tjänsteresor?"
    planned = "Under våren kommer enheten att göra en kartläggning av tjänsteresor."
    done = "Kartläggningen av tjänsteresor visade att de flesta resor görs med kollektivtrafik."
    assert not meets_expectation("", planned, asked)
    assert meets_expectation("", done, asked)
    assert meets_expectation("", planned, "Vad ska enheten kartlägga under våren?")


def test_a_plan_cannot_tell_what_an_inquiry_of_its_own_year_found() -> None:
    """The test report is a VB 2017 (test_select.META); as a VP 2017 its sentence about an
    inquiry of 2017 is written before the year, so it is an unmet expectation."""
    text = "Aktgranskningen omfattar tio slumpmässigt utvalda akter."
    report = evidence(text, [0.8] * len(sentence_spans(text)))
    plan = replace(report, hit=replace(report.hit, meta=replace(report.hit.meta, doc_type="VP")))
    q = read_question("Vad visade aktgranskningen 2017?")
    assert [f.unmet for _, _, f in sentence_features(plan, q, {})] == [1.0]
    assert [f.unmet for _, _, f in sentence_features(report, q, {})] == [0.0]


@pytest.mark.parametrize(
    ("question", "expects"),
    [
        ("Vilket AMI-värde fick enheten i medarbetarenkäten?", "number"),
        ("Vilket värde hade indikatorn 2019?", "number"),
        ("Vilka värden vägleder arbetet med brukarna?", ""),
    ],
)
def test_a_question_for_a_value_asks_for_a_number(question: str, expects: str) -> None:
    assert expected_answer(question) == expects


def test_the_schools_learning_goals_are_no_goals_of_the_ledger() -> None:
    assert not is_goal("Hur många placerade barn klarade grundskolans lärmål 2019?")
    assert not is_goal("Hur stor andel av eleverna nådde kunskapsmålen?")
    assert is_goal("Vilka mål har enheten om skolgång för placerade barn?")
