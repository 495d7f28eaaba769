"""Activities a report marks with a deviation, listed from the real ledger of the shipped
corpus (hash embedder: the list depends on no similarity)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_paths
from search.embed import HashEmbedder
from search.goals.build import Ledger, build_ledger
from search.types import Filters
from service.answer.goal_asks import asks_deviations
from service.answer.goal_deviations import answer_deviations, marked_activities
from service.answer.goal_questions import is_goal
from service.answer.reading import read_question


@pytest.fixture(scope="module")
def ledger(corpus_dir: Path) -> Ledger:
    return build_ledger(read_paths([corpus_dir]).reports, HashEmbedder())


def test_a_question_for_the_activities_marked_with_a_deviation() -> None:
    sv = "Vilka aktiviteter hade avvikelse i Barn- och ungdomsenhetens rapport 2019?"
    assert asks_deviations(sv) and is_goal(sv)
    assert asks_deviations("Which activities were flagged as deviations in 2019?")
    assert not asks_deviations("Vilka aktiviteter hade enheten 2019?")  # all of them
    assert not asks_deviations("Hur många interna avvikelser rapporterades 2019?")  # no activity
    one = "Aktiviteten om insatsgrupp markerades med avvikelse. Hur långt kom enheten?"
    assert not asks_deviations(one)  # about one such activity: its analysis answers
    assert asks_deviations("Vilka KF-aktiviteter fick avvikelse 2019?")


def test_every_marked_activity_in_scope_is_listed_with_its_row(ledger: Ledger) -> None:
    q = read_question("Vilka aktiviteter hade avvikelse i Barn- och ungdomsenhetens rapport 2019?")
    marked = marked_activities(q, ledger, None)
    expected = [a for g in ledger.goals if g.year == 2019 for a in g.activities if a.deviation]
    assert len(marked) == len({a.span.line_start for a in expected}) >= 2
    answer = answer_deviations(q, ledger, None)
    assert answer is not None and answer.grounded
    assert answer.text.startswith(f"{len(marked)} aktiviteter markerades med avvikelse (2019):")
    assert len(answer.citations) == len(marked)
    for (_, act), cite in zip(marked, answer.citations, strict=True):
        assert act.name[:40] in cite.quote
    # none marked in the scope asked: no list (the passage answer takes over)
    plans = Filters(doc_types=("VP",))
    assert answer_deviations(q, ledger, plans) is None
