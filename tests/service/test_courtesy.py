"""The greeting, thanks and signature around a question written as a message
(service.answer.courtesy)."""

from __future__ import annotations

import pytest

from service.answer import Answerer
from service.answer.courtesy import without_courtesy
from service.answer.types import Turn
from tests.service.fakes import FakeIndex, sample_reports


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Hej! Jag undrar hur många medarbetare Familjestödsenheten har? Tack på förhand! "
            "Mvh Anna",
            "Jag undrar hur många medarbetare Familjestödsenheten har?",
        ),
        (
            "Hello, I work at a school in Tensta. What does Familjestödsenheten do for parents? "
            "Thanks in advance, Peter",
            "I work at a school in Tensta. What does Familjestödsenheten do for parents?",
        ),
        ("God morgon Lisa, vilka enheter använder MI?", "Vilka enheter använder MI?"),
        ("Hej! Vad gör de?\nMvh\nAnna", "Vad gör de?"),
        (
            "Dear Sir or Madam, which units use FREDA? Thank you very much for your help. Kind "
            "regards, Maria Svensson",
            "Which units use FREDA?",
        ),
        ("Vad gör Vuxenenheten? Tacksam för svar!", "Vad gör Vuxenenheten?"),
        ("Tack! Vem fattar beslut om insatsen där?", "Vem fattar beslut om insatsen där?"),
    ],
)
def test_greeting_thanks_and_signature_are_taken_off(message: str, question: str) -> None:
    assert without_courtesy(message) == question


@pytest.mark.parametrize(
    "text",
    [
        "Hur många tackade ja till erbjudandet?",  # "tackade" is what is asked about
        "Which method works best?",  # "best" ends the question, not a closing
        "Hej då, vad betyder det?",  # no greeting alone before the punctuation
        "Vad gör Familjeenheten? Anna",  # a name without a closing may be asked about
        "Tack!",  # nothing but a courtesy: left as written
    ],
)
def test_a_question_without_courtesies_is_left_as_it_is(text: str) -> None:
    assert without_courtesy(text) == text


def test_a_question_written_as_a_message_is_answered_as_the_bare_question() -> None:
    """Read with its greeting, thanks and signature, "hej", "mvh" and "Anna" would be the
    question's rarest words, which no passage has: the passage that answers would be refused."""
    answerer = Answerer(FakeIndex(sample_reports()))
    bare = answerer.answer("Hur följs familjehemsplaceringar upp?")
    message = answerer.answer(
        "Hej! Jag undrar hur familjehemsplaceringar följs upp? Tack på förhand! Mvh Anna"
    )
    assert bare.grounded and message.grounded
    assert [c.quote for c in message.citations] == [c.quote for c in bare.citations]


def test_an_earlier_turn_is_read_without_its_courtesies() -> None:
    answerer = Answerer(FakeIndex(sample_reports()))
    history = [
        Turn("user", "Hej! Hur följs familjehemsplaceringar upp? Tack på förhand! Mvh Anna"),
        Turn("assistant", "Varje kvartal."),
    ]
    q = answerer.read("Och 2019?", history)
    assert not {"hej", "mvh", "ann", "anna", "tack"} & set(q.topic.stems)
