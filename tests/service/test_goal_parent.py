"""Which goal a goal belongs to: the question's form, and the answer over the real ledger of the
shipped corpus (hash embedder; the similarities that pick the goal are set by hand here, e5's
are exercised in test_answers_e5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_paths
from search.embed import HashEmbedder
from search.goals.build import Ledger, build_ledger
from service.answer.goal_parent import ancestor, answer_parent
from service.answer.goal_questions import is_goal, parent_asked
from service.answer.reading import read_question


def test_a_question_for_the_goal_above_one_names_both_levels_or_a_unit_goal() -> None:
    sv = "Under vilket nämndmål ligger Familjestödsenhetens enhetsmål om RVC Väst 2020?"
    assert parent_asked(sv) == ("namndmal", "enhetsmal")
    en = "Which committee goal does the unit goal on RVC Väst belong to?"
    assert parent_asked(en) == ("namndmal", "enhetsmal")
    assert parent_asked("Vilket mål hör enhetsmålet om RVC Väst till?") == ("", "enhetsmal")
    assert parent_asked("Vilka nämndmål ligger under inriktningsmålet om trygghet?") is None
    assert parent_asked("Vilka enhetsmål uppfylldes delvis 2019?") is None
    assert parent_asked("Vilket nämndmål handlar om våld?") is None
    # a part of the goal asked ("which expected result … linked to the goal"): not its parent
    part = "Vilket förväntat resultat har enheten kopplat till enhetsmålet att vi samverkar?"
    assert parent_asked(part) is None
    assert is_goal("Which committee goal does the unit goal on violence belong to?")


def test_goals_asked_for_under_a_named_goal_are_goal_questions_without_a_year() -> None:
    """ "Vilka enhetsmål har Familjestödsenheten under nämndmålet att barn och unga …?" asks for
    the ledger's goals below that one, year or not; a goal's own figure is no such question."""
    assert is_goal(
        "Vilka enhetsmål har Familjestödsenheten i Spånga-Tensta under nämndmålet att barn och "
        "unga har goda förutsättningar att göra fria livsval?"
    )
    assert is_goal("Which enhetsmål does Vuxenenheten have under the nämndmål that adults …?")
    assert not is_goal("Vilka aktiviteter görs under året för barnen?")


def test_the_level_after_the_question_word_is_the_one_asked_for() -> None:
    """A question telling of a goal first and asking for the one above it after ("… två
    enhetsmål om personalen. Vilket nämndmål låg de under?") asks for the level its question
    word names; with no lower level named, the goals just below it ("Vilket nämndmål hörde det
    till?" after a unit goal); "låg", "hörde", "placed under" ask as "ligger", "hör" do."""
    told = "Enheten hade 2017 två enhetsmål om personalen. Vilket nämndmål låg de under?"
    assert parent_asked(told) == ("namndmal", "enhetsmal")
    city = "Rapporten har nämndmålet att boende känner sig trygga. Vilket av kommunfullmäktiges "
    assert parent_asked(city + "mål för verksamhetsområdet ligger det under?") == (
        "kf_mal",
        "namndmal",
    )
    assert parent_asked("Vilket nämndmål hörde det till?") == ("namndmal", "enhetsmal")
    placed = "Which board goal is the unit goal about healthy working conditions placed under?"
    assert parent_asked(placed) == ("namndmal", "enhetsmal")
    assert parent_asked("Vilket enhetsmål ligger under nämndmålet om trygghet?") is None
    # the goal asked for lies below a goal named after "under"; a follow-up's earlier question
    # (in parentheses) asks nothing of its own; a part of the goal asked in a follow-up
    below = "Which board goal sits under the city's goal on sports, and what was it expected to do?"
    assert parent_asked(below) is None
    carried = (
        "Vad förväntades på nämndnivå? (Vilket nämndmål låg under målet om en tillgänglig stad?)"
    )
    assert parent_asked(carried) is None
    part = (
        "Och vilket förväntat resultat hörde till? (Vilket enhetsmål om arbetsmiljö hade enheten?)"
    )
    assert parent_asked(part) is None


def test_a_short_follow_up_asking_what_the_goal_lay_under_asks_for_the_goal_above() -> None:
    """ "Vad låg det under?" after "Vilket enhetsmål har enheten för …?" is no bare repeat of the
    earlier question (it has no topic word of its own): it asks for the goal above that one."""
    from service.answer.types import Turn

    history = [
        Turn("user", "Vilket enhetsmål har enheten för klienterna inom socialpsykiatrin 2022?"),
        Turn("assistant", "Att personer inom socialpsykiatri deltar i samhället."),
    ]
    for asked in ("Vad låg det under?", "What was it placed under?", "Och vad hörde målet till?"):
        q = read_question(asked, history)
        assert parent_asked(q.swedish or q.text) == ("", "enhetsmal"), asked
        assert "2022" in q.text  # the earlier question carried whole, its year too


@pytest.fixture(scope="module")
def ledger(corpus_dir: Path) -> Ledger:
    return build_ledger(read_paths([corpus_dir]).reports, HashEmbedder())


def _goal_id(ledger: Ledger, unit: str, start: str) -> str:
    return next(g.id for g in ledger.goals if g.unit == unit and g.text.startswith(start))


def test_the_goal_above_a_unit_goal_is_quoted_with_it(ledger: Ledger) -> None:
    rvc = _goal_id(ledger, "Familjestödsenheten", "Personer som utsatts för eller utövat våld")
    q = read_question("Under vilket nämndmål ligger Familjestödsenhetens enhetsmål om RVC Väst?")
    answer = answer_parent(q, ledger, {rvc: 9.0}, None)
    assert answer is not None and answer.grounded and len(answer.citations) == 2
    above, below = answer.citations
    assert above.quote.startswith("Vuxna i behov av stöd och insatser möter en rättssäker")
    assert below.quote.startswith("Personer som utsatts för eller utövat våld")
    assert "nämndmålet" in answer.text and "[1]" in answer.text and "[2]" in answer.text
    parent = ancestor(ledger, ledger.get(rvc), "namndmal")
    assert parent is not None and ancestor(ledger, parent, "namndmal") is None
    # nothing close enough in meaning, or another question: no answer of this kind
    assert answer_parent(q, ledger, {rvc: 0.1}, None) is None
    other = read_question("Hur följdes Familjestödsenhetens enhetsmål om RVC Väst upp?")
    assert answer_parent(other, ledger, {rvc: 9.0}, None) is None


def test_a_follow_up_asking_its_own_question_after_a_parent_question_is_no_parent_question(
    ledger: Ledger,
) -> None:
    """ "Och vad ska det enhetsmålet leda till?" after "Under vilket nämndmål ligger …?" asks
    what the goal is to lead to: not again for the goal above it ("Och vad hörde målet till?"
    still does)."""
    from service.answer.types import Turn

    rvc = _goal_id(ledger, "Familjestödsenheten", "Personer som utsatts för eller utövat våld")
    history = [
        Turn("user", "Under vilket nämndmål ligger Familjestödsenhetens enhetsmål om RVC Väst?"),
        Turn("assistant", "Under nämndmålet att vuxna i behov av stöd möter en rättssäker …"),
    ]
    own = read_question("Och vad ska det enhetsmålet leda till?", history)
    assert "Under vilket nämndmål" in own.text and own.asked
    assert answer_parent(own, ledger, {rvc: 9.0}, None) is None
    again = read_question("Och vad hörde målet till?", history)
    assert answer_parent(again, ledger, {rvc: 9.0}, None) is not None


def test_a_goal_named_by_most_of_its_wording_is_the_one_whose_parent_is_given(
    ledger: Ledger,
) -> None:
    """The question repeats most of one unit goal's words ("fungerande samarbeten och
    samverkan med andra aktörer", not "utifrån barnets bästa"): that goal's parent is the answer,
    though another goal of the unit is closer in meaning to the question as a whole."""
    unit = "Familjeenheten"
    said = _goal_id(ledger, unit, "Familjeenheten har fungerande samarbeten och samverkan")
    other = _goal_id(ledger, unit, "Familjeenheten använder resurser effektivt")
    q = read_question(
        "Vilket nämndmål ligger ovanför Familjeenheten på Kungsholmens enhetsmål om fungerande"
        " samarbeten och samverkan med andra aktörer 2022?"
    )
    answer = answer_parent(q, ledger, {said: 2.0, other: 3.0}, None)
    assert answer is not None and len(answer.citations) == 2
    assert answer.citations[1].quote.startswith("Familjeenheten har fungerande samarbeten")
    assert not answer.citations[0].quote.startswith("3.2.2")
