"""Years and numbers said in words are read in digits: a dictated question's year is a year."""

from __future__ import annotations

import pytest

from service.answer import Answerer
from service.answer.numerals import in_digits
from service.answer.types import Turn
from tests.service.fakes import FakeIndex, sample_reports


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("hur många klagade under tjugosexton alltså", "hur många klagade under 2016 alltså"),
        ("okej och Tjugonitton då", "okej och 2019 då"),
        ("inför tjugotjugotvå", "inför 2022"),
        ("under tvåtusentjugoett", "under 2021"),
        ("placerade tjugohundrasjutton", "placerade 2017"),
        ("placerade tjugo hundra nitton", "placerade 2019"),
        ("in twenty seventeen right", "in 2017 right"),
        ("in twenty twenty-one and two thousand and nineteen", "in 2021 and 2019"),
        ("årsmålet på åttiofyra procent", "årsmålet på 84 procent"),
        ("tolv månader efter avslutad insats", "12 månader efter avslutad insats"),
        ("fem procent", "5 procent"),
        ("forty-two percent of the twelve staff", "42 percent of the 12 staff"),
        ("tjugotvå barn", "22 barn"),
    ],
)
def test_spoken_years_and_numbers_are_written_in_digits(said: str, written: str) -> None:
    assert in_digits(said).text == written


@pytest.mark.parametrize(
    "text",
    [
        "ett tjugotal barn",
        "den fjortonde",
        "en tolvåring",
        "sex barn och en av tio",
        "one unit",
        "inte bara en procentuell förändring",
    ],
)
def test_words_that_are_no_spoken_figure_stay(text: str) -> None:
    said = in_digits(text)
    assert (said.text, said.changes) == (text, ())


def test_a_dictated_question_asks_about_its_year_without_its_fillers() -> None:
    answerer = Answerer(FakeIndex(sample_reports()))
    q = answerer.read("eh alltså hur många klagomål kom in under tjugosexton liksom du vet")
    assert q.years == (2016,)
    assert ("tjugosexton", "2016") in q.respelled  # named in the answer's "Sökte som"
    assert not {"eh", "alltså", "liksom"} & set(q.topic.terms)
    english = answerer.read("so uh how many complaints came in in twenty sixteen actually")
    assert english.years == (2016,) and not {"uh", "actually"} & set(english.topic.terms)


def test_a_follow_up_takes_the_year_said_in_words_of_the_earlier_question() -> None:
    answerer = Answerer(FakeIndex(sample_reports()))
    history = [
        Turn(role="user", content="hur många klagomål kom in under tjugosexton"),
        Turn(role="assistant", content="Sexton klienter framförde klagomål."),
    ]
    assert answerer.read("och vad handlade de om", history).years == (2016,)
