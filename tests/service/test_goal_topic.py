"""Which goals are on a question's topic (service.answer.goal_topic): closeness carried down the
goal hierarchy, by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ingest.types import Goal, Span
from service.answer.goal_topic import (
    GOAL_SIMILARITY,
    NAMED_GOAL_SIMILARITY,
    PARENT_DROP,
    asked_goals,
    inherited,
    listed_order,
    on_topic,
    quoted,
    wording,
)


def goal(gid: str, level: str, text: str, parent: str | None = None) -> Goal:
    return Goal(
        gid, "r1", level, None, text, Span(1, 1), Span(1, 2),  # type: ignore[arg-type]
        "Enheten för stöd och service i hemmet", "Kungsholmen", 2022, "VP", parent_id=parent,
    )  # fmt: skip


KF = goal("kf", "kf_mal", "Stockholm är en hållbar stad med en god livsmiljö")
NAMND = goal("n", "namndmal", "Nämndens verksamheter bidrar till en hållbar livsmiljö", "kf")
UNIT = goal("e", "enhetsmal", "Alla grupp- och servicebostäder källsorterar", "n")
OTHER = goal("o", "enhetsmal", "Enhetens budget är i balans", None)
GOALS = [KF, NAMND, UNIT, OTHER]


def test_a_goal_is_as_close_to_a_topic_as_the_goal_it_serves() -> None:
    sims = {"kf": 3.0, "n": 0.5, "e": 0.0, "o": 0.2}
    out = inherited(sims, GOALS)
    assert out["kf"] == 3.0 and out["o"] == 0.2  # no parent: its own
    assert out["n"] == pytest.approx(3.0 - PARENT_DROP["kf_mal"])  # a KF goal is broad
    assert out["e"] == pytest.approx(out["n"] - PARENT_DROP["namndmal"])  # its nämndmål's, whole
    assert inherited({"kf": -1.0, "n": -2.0, "e": 1.5}, GOALS)["e"] == 1.5  # its own when higher


def test_a_parent_cycle_does_not_loop() -> None:
    a = goal("a", "namndmal", "A", "b")
    b = goal("b", "namndmal", "B", "a")
    assert inherited({"a": 1.0, "b": 2.0}, [a, b]) == {"a": 2.0, "b": 2.0}


def test_a_units_goal_that_never_names_the_topic_is_listed_through_its_nämndmål() -> None:
    sims = inherited({"kf": GOAL_SIMILARITY + 1.0, "n": 0.0, "e": 0.0, "o": 0.0}, GOALS)
    assert on_topic([UNIT, OTHER], ["miljön"], sims) == [UNIT]
    assert on_topic([UNIT, OTHER], ["miljön"], {"e": 0.0, "o": 0.0}) == []  # without it


def test_a_named_units_closest_goal_counts_when_nothing_else_does() -> None:
    near = {"e": NAMED_GOAL_SIMILARITY + 0.1, "o": 0.0}
    assert on_topic([UNIT, OTHER], ["miljön"], near, named=True) == [UNIT]
    assert on_topic([UNIT, OTHER], ["miljön"], near, named=False) == []
    far = {"e": NAMED_GOAL_SIMILARITY - 0.1, "o": 0.0}
    assert on_topic([UNIT, OTHER], ["miljön"], far, named=True) == []


def test_a_goal_is_worded_as_the_namndmal_it_serves_too() -> None:
    climate = goal("c", "enhetsmal", "Medskapande präglar enhetens arbetsklimat", "w")
    work = goal("w", "namndmal", "Ledare och medarbetare skapar en hälsosam arbetsmiljö", "kf")
    served = {g.id: g for g in [KF, NAMND, UNIT, OTHER, climate, work]}
    assert wording(climate, served).endswith("en hälsosam arbetsmiljö")
    assert "Stockholm" not in wording(NAMND, served)  # a KF goal is not taken whole
    pool = [climate, OTHER]
    assert on_topic(pool, ["arbetsmiljö"], {}, named=True, served=served) == [climate]
    assert on_topic(pool, ["arbetsmiljö"], {}, named=True) == []


def test_a_list_on_a_topic_leads_with_the_closest_goal_of_each_year() -> None:
    """Ordered by year, then by closeness when the question has a topic; without one, as the
    report runs (line order)."""
    quality = replace(
        goal("a", "enhetsmal", "Barn erbjuds insatser av god kvalitet"), span=Span(3, 3)
    )
    violence = replace(
        goal("b", "enhetsmal", "Barn som upplevt våld uppmärksammas och erbjuds stöd"),
        span=Span(9, 9),
    )
    next_year = replace(goal("c", "enhetsmal", "Våld uppmärksammas"), year=2023)
    sims = {"a": 0.4, "b": 2.5, "c": 3.0}
    asked = [next_year, quality, violence]
    assert [g.id for g in sorted(asked, key=listed_order(["våld"], sims))] == ["b", "a", "c"]
    assert [g.id for g in sorted(asked, key=listed_order([], sims))] == ["a", "b", "c"]


def test_a_list_leads_with_the_units_own_goal_as_close_as_the_goal_above_it() -> None:
    """ "Vilket miljömål har enheten satt upp?": the unit's goal on sorting waste inherits the
    closeness of the KF goal on a sustainable city (less a standard deviation through its
    nämndmål) and, being the unit's own, comes first; the nämndmål follows the KF goal."""
    city = goal("k", "kf_mal", "Stockholm är en hållbar stad med en god livsmiljö")
    board = goal("n", "namndmal", "Nämndens verksamheter bidrar till en hållbar livsmiljö")
    unit = goal("e", "enhetsmal", "Alla grupp- och servicebostäder källsorterar")
    sims = {"k": 2.5, "n": 1.5, "e": 1.5}
    ordered = sorted([city, board, unit], key=listed_order(["miljö"], sims))
    assert [g.id for g in ordered] == ["e", "k", "n"]


def test_whether_a_plans_goal_was_met_is_not_in_the_plan() -> None:
    from dataclasses import replace

    from service.answer.goal_pool import plan_only_note, plans_only
    from service.answer.reading import read_question

    plan = UNIT  # a VP 2022's unit goal
    report = replace(UNIT, doc_type="VB", year=2019)
    assert plans_only([plan], (2022,)) and plans_only([plan], ())
    assert not plans_only([plan], (2021,))  # a plan looks back on the year before
    assert not plans_only([report, plan], ())
    q = read_question("Blev målet om källsortering helt uppfyllt 2022?")
    note = plan_only_note(q, [plan])
    assert note.startswith("Målet finns bara i verksamhetsplanen för 2022 (Enheten för stöd")
    english = plan_only_note(read_question("Was the recycling goal met in 2022?"), [plan])
    assert "does not tell whether the goal was met" in english


def test_a_goal_whose_wording_the_question_repeats_is_the_goal_asked_about() -> None:
    """The question quotes the nämndmål: it is asked about, not the enhetsmål under it that a
    question naming no goal is answered with (its own goals preferred); a goal of fewer than
    three content words is not taken as quoted by a question that merely holds them."""
    asked = "Hur skulle nämndens verksamheter bidra till en hållbar livsmiljö enligt planen?"
    assert quoted(asked, GOALS) == [NAMND]
    assert quoted("Är enhetens budget i balans?", GOALS) == [OTHER]
    assert quoted("Är budgeten i balans?", GOALS) == []  # "enhet" is not said
    short = goal("s", "enhetsmal", "Budget i balans")
    assert quoted("Är budgeten i balans?", [short]) == []  # two words: any question holds them
    later = replace(NAMND, id="n2", year=2023)
    threads = {"kf": "t-kf", "n": "t-n", "n2": "t-n", "e": "t-e", "o": "t-o"}
    sims = {"kf": 3.0, "n": 3.0, "n2": 2.5, "e": 3.0, "o": 0.0}
    pool = [*GOALS, later]
    assert asked_goals(asked, pool, sims, False, threads) == [NAMND, later]  # every year's
    by_level = "Vilket förväntat resultat har nämndmålet om hållbar livsmiljö?"
    assert asked_goals(by_level, pool, sims, False, threads) == [NAMND, later]
    under = "Vilka enhetsmål står under nämndmålet att nämndens verksamheter bidrar till "
    under += "en hållbar livsmiljö?"
    assert asked_goals(under, pool, sims, False, threads) == pool  # goals under it, not it
    plain = "Vilket mål om hållbar livsmiljö har enheten?"
    assert asked_goals(plain, pool, sims, False, threads) == pool


def test_a_goal_named_by_its_number_is_the_one_asked_about() -> None:
    """ "målet 1.4.2" is the goal the report numbers so, however far its words are from the
    rest of the question; asked for the unit goals under it, the number names their parent."""
    numbered = replace(NAMND, number="1.4.2")
    pool = [KF, numbered, UNIT, OTHER]
    threads = {g.id: g.id for g in pool}
    sims = {"kf": 0.1, "n": 0.0, "e": 0.2, "o": 3.0}  # the budget goal is closest in words
    asked = "Vad är det förväntade resultatet om boende under målet 1.4.2?"
    assert asked_goals(asked, pool, sims, True, threads) == [numbered]
    assert asked_goals("What did board goal (1.4.2) expect?", pool, sims, True, threads) == [
        numbered
    ]
    below = "Vilka enhetsmål ligger under nämndmålet 1.4.2?"
    assert asked_goals(below, pool, sims, True, threads) != [numbered]
