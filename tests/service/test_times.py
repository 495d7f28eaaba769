"""Time expressions of the kind a question asks for (service.answer.times)."""

from __future__ import annotations

import pytest

from service.answer.cues import asks_for, cue_score
from service.answer.expectations import meets_expectation
from service.answer.times import (
    asks_duration,
    asks_frequency,
    dates_said,
    durations_said,
    frequencies_said,
)

SENTENCE = "Mottagningen har öppet på onsdagar kl. 9-12 från den 3 maj 2018."


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Vilka tider har mottagningen öppet?", ["kl. 9"]),
        ("Vilken veckodag har mottagningen öppet?", ["onsdag"]),
        ("Vilket datum öppnade mottagningen?", ["3 maj"]),
        ("När öppnade mottagningen?", ["maj", "2018"]),
    ],
)
def test_dates_said_gives_the_kind_of_time_asked(question: str, said: list[str]) -> None:
    assert dates_said(SENTENCE, question) == said


def test_a_season_does_not_give_a_day() -> None:
    assert dates_said("Arbetet startade hösten 2017.", "Vilket datum startade arbetet?") == []


def test_durations_and_frequencies() -> None:
    assert asks_duration("Hur länge fick föräldrarna vänta?")
    assert not asks_duration("Hur många föräldrar väntade?")
    assert durations_said("Väntetiden var två veckor.") == ["två veckor"]
    assert durations_said("Cirka 66 barn väntade.") == []
    assert durations_said("Aktiviteten pågår fram till 2020-06-30.") == ["fram till 2020-06-30"]
    assert durations_said("Projektet pågår till och med december 2022.") != []
    assert durations_said("Vi kom fram till 2 lösningar.") == []
    assert asks_frequency("Hur ofta träffas gruppen?")
    assert frequencies_said("Gruppen träffas en gång per månad.") == ["en gång", "per månad"]


def test_an_ordinal_in_figures_gives_a_recurrence() -> None:
    """ "minst var 6:e månad" answers "Hur ofta följs insatserna upp?" as "var sjätte månad"
    does; a date's "den 6:e" is no recurrence."""
    said = "Beviljade insatser följs upp kontinuerligt, minst var 6:e månad."
    assert frequencies_said(said) == ["var 6:e månad"]
    assert frequencies_said("Uppföljning sker var sjätte månad.") == ["var sjätte månad"]
    assert frequencies_said("Mötet hölls den 6:e maj.") == []


def test_an_occasion_or_a_recurrence_answers_when() -> None:
    """ "När får brukarna information …?" is answered by the occasion, with no date."""
    question = "När får brukarna information om hur de kan lämna synpunkter?"
    occasion = "Information om synpunkter ges i samband med de årliga uppföljningarna av insatsen."
    assert dates_said(occasion, question) != []
    assert dates_said("Gruppen träffas varje månad.", question) == ["varje månad"]
    assert dates_said("Information om synpunkter finns på webben.", question) == []
    assert dates_said(occasion, "Vilket datum fick brukarna information?") == []


def test_a_recurrence_written_as_an_adjective_or_an_occasion_answers_how_often() -> None:
    """ "Hur ofta har teamen möten …?" is answered by "veckovisa möten" (an inflected
    adverb) and "Hur ofta diskuteras frågan?" by "vid varje samverkansmöte"."""
    assert frequencies_said("Enhetens samtliga team har veckovisa möten.") == ["veckovisa"]
    assert frequencies_said("Budgeten tas upp på de månatliga arbetsplatsträffarna.") != []
    said = "Frågan om våldsutövare diskuteras vid varje samverkansmöte med familjeenheten."
    assert frequencies_said(said) == ["vid varje samverkansmöte"]
    assert frequencies_said("Enheten har ett årshjul som lyfts på varje APT.") != []
    assert frequencies_said("Varje barn har en egen handläggare.") == []
    assert frequencies_said("Enheten samverkar med skolan.") == []


def test_every_other_year_in_either_gender_is_a_frequency() -> None:
    """ "Hur ofta görs hemlöshetsräkningen?" is answered by "görs enbart vartannat år" (the
    neuter of "varannan vecka"), also written apart ("var annan månad")."""
    said = "Hemlöshetsräkningen görs enbart vartannat år och 2017 gjordes ingen räkning."
    assert frequencies_said(said) == ["vartannat år"]
    assert frequencies_said("Gruppen träffas var annan månad.") == ["var annan månad"]
    asked = "Hur ofta görs hemlöshetsräkningen enligt Familjeenheten?"
    assert meets_expectation("number", said, asked)


def test_a_frequency_written_with_its_figure_joined_is_read() -> None:
    said = frequencies_said("Biträdande enhetschefer granskar dokumentationen 2ggr/år.")
    assert said == ["2ggr"]
    asked = "How often do the deputy managers review documentation in social psychiatry?"
    assert cue_score(asks_for(asked), "De granskar dokumentationen 2ggr/år.", asked) == 1.0
    assert frequencies_said("Kostnaden är 120 kr/år.") == []  # a price per year


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        (
            "Sedan när kan vuxenenheten ge terapeutiska samtal?",
            "Enheten har sedan sommaren 2020 kunnat erbjuda behandlingssamtal i öppenvården.",
        ),
        (
            "Since when has the unit used e-bikes for work trips?",
            "Enheten använde förvaltningens el-bil men har sedan 2019 köpt in el-cyklar.",
        ),
        ("Hur länge har teamet funnits?", "Teamet har funnits från och med hösten 2018."),
    ],
)
def test_since_when_meets_a_start_in_time(asked: str, answer: str) -> None:
    """A since-when question is answered by the sentence telling when something began
    ("sedan sommaren 2020"), not by one using the thing since then ("Sedan dess …")."""
    assert asks_for(asked) == "since"
    assert cue_score("since", answer, asked) == 1.0
    assert cue_score("since", "Sedan dess har enheten fler klienter.", asked) == 0.0
    assert asks_for("När startade teamet?") is None
