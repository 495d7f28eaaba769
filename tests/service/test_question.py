"""Reading questions: language, aggregate form, topic and phrase, years, follow-ups."""

from __future__ import annotations

import pytest

from service.answer.question import (
    detect_language,
    extract_topic,
    is_aggregate,
    read_question,
    resolve_followup,
)
from service.answer.types import Turn


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vilka enheter använder Signs of Safety?", "sv"),
        ("Which units use Signs of Safety?", "en"),
        ("How do the reports describe child participation?", "en"),
        ("Hur arbetar man med barns delaktighet", "sv"),
        ("Signs of Safety", "sv"),  # undecided -> Swedish, the corpus language
        ("What did the family unit in Östermalm do about sick leave?", "en"),  # place name
        ("Hur många enheter på Östermalm?", "sv"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "aggregate"),
    [
        ("Vilka enheter använder Signs of Safety?", True),
        ("Hur många enheter arbetar med familjehem?", True),
        ("Which units mention drug prevention?", True),
        ("How many units use MI?", True),
        ("Hur arbetar enheten med barns delaktighet?", False),
        ("Vilka mål har Vuxenenheten?", False),
    ],
)
def test_is_aggregate(text: str, aggregate: bool) -> None:
    assert is_aggregate(text) is aggregate


def test_topic_keeps_a_named_method_as_a_phrase() -> None:
    topic = extract_topic("Vilka enheter använder Signs of Safety?")
    assert topic.terms == ("signs", "safety")
    assert topic.phrase == "signs of safety"
    assert topic.display == "Signs of Safety"


def test_topic_drops_frame_words_and_years() -> None:
    topic = extract_topic("Vad säger rapporterna om rymdresor 2019?")
    assert topic.terms == ("rymdresor",)
    assert topic.phrase == ""


def test_bare_followup_keeps_topic_and_takes_the_new_year() -> None:
    history = [
        Turn("user", "Vilka enheter använder Signs of Safety 2016?"),
        Turn("assistant", "1 enhet nämner Signs of Safety [1]:"),
    ]
    assert resolve_followup("och 2019?", history) == "Vilka enheter använder Signs of Safety? 2019"
    q = read_question("och 2019?", history)
    assert q.aggregate and q.years == (2019,)
    assert q.topic.phrase == "signs of safety"
    assert q.language == "sv"


def test_followup_walks_back_past_earlier_followups() -> None:
    history = [
        Turn("user", "Which units use Signs of Safety?"),
        Turn("assistant", "..."),
        Turn("user", "and 2016?"),
        Turn("assistant", "..."),
    ]
    q = read_question("and 2019?", history)
    assert q.years == (2019,) and q.topic.phrase == "signs of safety" and q.language == "en"


def test_a_question_with_its_own_topic_is_not_a_followup() -> None:
    history = [Turn("user", "Vilka enheter använder Signs of Safety?")]
    assert resolve_followup("Och familjehem 2019?", history) == "Och familjehem 2019?"


def test_english_topics_are_looked_up_in_swedish() -> None:
    q = read_question("What do the reports say about domestic violence?")
    assert q.language == "en" and q.topic.display == "domestic violence"
    assert q.topic.phrase == "våld i nära relationer"
    assert "våld" in q.text  # retrieval sees the Swedish wording too


def test_short_upper_case_words_are_acronyms_matched_whole() -> None:
    assert extract_topic("Vilka enheter använder MI?").stems == ("mi$",)
    assert extract_topic("Vilka mål har enheten?").stems == ("mål",)
