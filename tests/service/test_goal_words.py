"""How goals are spoken of (service.answer.goal_words)."""

from __future__ import annotations

import pytest

from service.answer.goal_words import GOAL_WORD, is_goal_question, level_noun


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("Hur gick det med ekonomimålet?", True),
        ("Which goals were met?", True),
        ("Hur många klagomål kom in?", False),  # a complaint, not a goal
        ("Vilket årsmål hade indikatorn?", False),  # a table row's target
        ("Hur många klarade kunskapsmålen?", False),  # the school's learning goals
        ("Vilka förmåner, typ mellanmål, får personalen 2022?", False),  # a snack
        ("Hur fångas brukarens önskemål upp?", False),  # a wish
        ("När följs delmålen upp?", False),  # a treatment plan's, not a goal level
    ],
)
def test_goal_words(text: str, goal: bool) -> None:
    assert (GOAL_WORD.search(text) is not None) is goal


def test_a_goal_question_asks_how_one_goal_went_or_names_a_year() -> None:
    assert is_goal_question("Hur följdes målet om arbetsmiljö upp?")
    assert is_goal_question("Vilket mål hade enheten 2019?")
    assert not is_goal_question("Vilka enheter har mål om miljö?")  # a list, corpus-wide


def test_a_level_is_a_noun_inside_a_sentence() -> None:
    assert level_noun("enhetsmal") == "enhetsmål"
    assert level_noun("kf_inriktningsmal").startswith("KF")
