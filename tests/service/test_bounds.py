"""A figure bound of a list question, and the table rows that keep it (pure)."""

from __future__ import annotations

import pytest

from service.answer.bounds import (
    Bound,
    Count,
    asked_bound,
    asked_count,
    keeps,
    row_figures,
    says_count,
)


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("Vilka enheter har ett årsmål för Ledarskapsindex på 80 eller högre?", Bound("ge", 80)),
        (
            "Vilka av Kungsholmens enheter har satt ett lägre årsmål för Aktivt medskapandeindex"
            " än KF:s årsmål 83 i sina planer för 2022?",
            Bound("lt", 83),
        ),
        ("Vilka enheter har årsmålet för sjukfrånvaron 5,5 procent eller lägre?", Bound("le", 5.5)),
        (
            "Which units set their annual target for the index below the council's target of 83?",
            Bound("lt", 83),
        ),
        ("Which units have a target of at least 90 percent?", Bound("ge", 90)),
        (
            "Vilka enheter har ett årsmål för Aktivt medskapandeindex som ligger under KF:s"
            " årsmål?",
            Bound("lt", None),  # the city's target in the row's own last column
        ),
        ("Which units set a target above the city's target for the index?", Bound("gt", None)),
        ("Vilka enheter nådde inte årsmålet på 84 % för andelen barn?", Bound("lt", 84)),
        ("Which units met the target of 90 percent for the share?", Bound("ge", 90)),
        ("Vilka enheter klarade inte årsmålet 6 % för sjukfrånvaron?", Bound("gt", 6)),  # less
        ("Vilka enheter arbetar med unga under 18 år?", None),  # no figure of a table named
        ("Vilka enheter hade en andel över 2021 års nivå?", None),  # a year bounds nothing
        # a target set to a figure keeps that figure alone
        ("Vilka enheter har satt årsmålet 90 för Ledarskapsindex?", Bound("eq", 90)),
        ("Vilka enheter satte årsmålet för Ledarskapsindex till 80?", Bound("eq", 80)),
        ("Which units set the index target to 83?", Bound("eq", 83)),
        ("Vilka enheter har ett årsmål lika högt som KF:s årsmål på 83?", Bound("eq", 83)),
        ("Vilka enheter har samma årsmål som KF:s årsmål?", Bound("eq", None)),
    ],
)
def test_the_bound_a_question_sets(question: str, bound: Bound | None) -> None:
    assert asked_bound(question) == bound


def test_a_row_keeps_a_bound_by_its_first_figure() -> None:
    at_least = Bound("ge", 80)
    assert row_figures("Aktivt Medskapandeindex | 76 | 83 | År")[0] == 76
    assert row_figures("Sjukfrånvaro | 5,5 % | Tas fram av | Tertial")[0] == 5.5
    assert keeps(at_least, "Ledarskapsindex | 87 | År")
    assert not keeps(at_least, "Ledarskapsindex | 79 | År")
    assert not keeps(at_least, "ledarskapsindex stiger")  # prose shows no figure
    assert keeps(Bound("lt", 83), "Aktivt Medskapandeindex | 76 | 83 | År")
    assert not keeps(Bound("lt", 83), "Aktivt Medskapandeindex | 83 | 83 | År")


def test_a_bound_by_the_citys_target_compares_a_row_with_its_own_last_figure() -> None:
    below = Bound("lt", None)
    assert keeps(below, "Aktivt Medskapandeindex | 76 | 83 | År")
    assert not keeps(below, "Aktivt Medskapandeindex | 83 | 83 | År")
    assert not keeps(below, "Aktivt Medskapandeindex | 76 | År")  # no city's figure to compare
    outcome = "Andel barn … insats | 70,5 % | 62,5 % | 85,7 % | 88,7 % | 84 % | 84 % | VB 2017"
    assert keeps(below, outcome)  # a report's outcome first, the city's target last


def test_a_line_of_bare_figures_under_its_label_is_a_row_too() -> None:
    quote = "Andel barn som inte är aktuella igen\n92,9 % 91,7 % 94,6 % 84 % 84 % VB"
    assert keeps(Bound("ge", 84), quote) and not keeps(Bound("lt", 84), quote)
    # prose is no row; since the twenty-fourth round its one stated share is compared instead
    assert row_figures("Andel barn som inte är aktuella igen ökade till 80 %") == []
    assert not keeps(Bound("lt", 84), "Andelen ökade från 78 % till 86 % under året")


def test_a_sentence_stating_one_share_keeps_a_bound_by_it() -> None:
    from service.answer.bounds import prose_figure

    below = Bound("lt", 5.0)
    assert prose_figure("Gemensamt har vi ca 4 % sjukfrånvaro på enheten.") == [4.0]
    assert keeps(below, "Gemensamt har vi ca 4 % sjukfrånvaro på enheten.")
    assert not keeps(below, "Sjukfrånvaron var 6,2 procent under året.")
    assert not keeps(below, "Sjukfrånvaron sjönk från 6 % till 4 %.")  # no one figure
    assert not keeps(below, "Sjukfrånvaron har minskat under året.")


def test_a_target_set_to_a_figure_keeps_the_rows_giving_it() -> None:
    bound = asked_bound("Vilka enheter har satt årsmålet 83 för Aktivt medskapandeindex?")
    assert bound is not None
    assert keeps(bound, "Aktivt Medskapandeindex | 83 | 83 | År")
    assert not keeps(bound, "Aktivt Medskapandeindex | 76 | 83 | År")


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Vilka enheter planerar att hålla tio arbetsplatsträffar under året?", Count(10)),
        ("Which units hold 10 APT a year?", Count(10)),
        ("Vilka enheter kallar unga till samtal inom två dygn?", Count(2, 48)),
        ("Vilka enheter ger föräldrar en tid inom två veckor?", Count(2, 336)),
        ("Vilka enhetsmål har de sex enheterna på Kungsholmen?", None),  # the scope
        ("Vilka enheter har 5 procent eller mer?", None),  # a bound of its own
        ("Vilka enheter har Lindhagensgatan 76 som adress?", None),  # no count of a thing
        ("Vilka enheter använder Signs of Safety 2019?", None),  # a year
    ],
)
def test_the_count_a_list_question_asks_the_reports_to_state(
    question: str, count: Count | None
) -> None:
    assert asked_count(question) == count


def test_a_count_is_stated_in_digits_or_words_and_a_time_in_any_unit() -> None:
    assert says_count("Enheten kommer att hålla 10 APT under året.", Count(10))
    assert says_count("Vi håller tio arbetsplatsträffar.", Count(10))
    assert not says_count("Enheten håller APT varje månad.", Count(10))
    two_days = Count(2, 48)
    assert says_count("Inom 48 timmar hålls allvarssamtal.", two_days)
    assert not says_count("Samtal inom två veckor.", two_days)
