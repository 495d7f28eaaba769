"""The asker's own situation told before a question (service.answer.situation)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from service.answer.reading import read_question
from service.answer.select import Choice
from service.answer.situation import told_apart, told_aside
from tests.service.test_select import _features, evidence


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Min sambo har ett alkoholmissbruk och vi har två barn tillsammans. Vart hänvisar "
            "Vuxenenheten på Kungsholmen barnen för stöd?",
            "Min sambo har ett alkoholmissbruk och vi har två barn tillsammans.",
        ),
        ("I am his legal guardian. Am I included?", "I am his legal guardian."),
        (
            "Min son är 15. Jag är orolig. Vad gör fältassistenterna?",
            "Min son är 15. Jag är orolig.",
        ),
    ],
)
def test_statements_of_the_asker_before_the_question_are_told(text: str, told: str) -> None:
    assert told_apart(text) == (told, text[len(told) :].strip())


@pytest.mark.parametrize(
    "text",
    [
        "I Tensta finns en fritidsgård. Vem driver den?",  # the Swedish preposition
        "Familjeenheten nämner SkolFam. Vad är det?",  # no first person: the subject itself
        "Vi har hög personalomsättning – hur har andra enheter jobbat med det?",  # one sentence
        "Min son bor på ett HVB-hem.",  # nothing asked after it
        "Hur många barn? Och varför?",
        "Jag undrar hur stor budgeten var 2016. Gick enheten med underskott?",  # asks, twice
        "I would like to know how many staff there are. Is that in the plan?",
    ],
)
def test_a_question_telling_no_situation_is_all_asked(text: str) -> None:
    assert told_apart(text) == ("", text)


def test_the_told_situation_is_the_start_of_the_reports_wording() -> None:
    q = read_question("My husband drinks too much. Does Vuxenenheten give advice to relatives?")
    assert q.told and q.swedish.startswith(q.told)
    assert "advice" not in q.swedish[: len(q.told)]
    assert read_question("Och 2019?", ()).told == ""


def test_a_passage_keeps_the_better_of_its_scores_and_its_quote_and_rank() -> None:
    """Scored by all the words, A leads; by the question's own words alone, B scores higher
    than A ever does: B comes first with that score and its features, but the quote and rank
    of the reading by all the words."""
    a = evidence("Enheten har 38 medarbetare.", [0.9])
    b = replace(a, hit=replace(a.hit, chunk=replace(a.hit.chunk, id="c2")))
    ranked = [Choice(a, 5.0, 0, 10, _features(coverage=0.5), 9.0), Choice(b, 4.0, 3, 12, None, 8.0)]
    asked = [Choice(b, 6.0, 0, 27, _features(coverage=1.0)), Choice(a, 4.5, 0, 27, None)]
    kept = told_aside(ranked, asked)
    assert [(c.evidence, c.score, c.start, c.end, c.rank) for c in kept] == [
        (b, 6.0, 3, 12, 8.0),
        (a, 5.0, 0, 10, 9.0),
    ]
    assert kept[0].features == _features(coverage=1.0)
    assert kept[1].features == _features(coverage=0.5)
