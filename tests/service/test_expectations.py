"""What a question asks for, read from its words: a cost wants an amount of money, a measure
asked with "Vad var …?" its figure."""

from __future__ import annotations

import pytest

from service.answer.expectations import meets_expectation
from service.answer.question import read_question


@pytest.mark.parametrize(
    "question",
    [
        "Hur mycket kostade den köpta öppenvården 2019?",
        "Vad kostade studieresan till Amsterdam?",
        "How much did the cooperation with Maskrosbarn cost in 2017?",
        "Vilken kostnad hade enheten för tolkar?",
    ],
)
def test_a_cost_is_answered_by_an_amount_of_money_not_a_share_or_count(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    share = "Öppenvården ökade med omkring 14 procent och låg på 160-170 ärenden."
    assert not meets_expectation(q.expects, share, q.text)
    for amount in ("Den kostade 4,4 mkr.", "Kostnaden var 150 000 kronor.", "Pris: 70kr per dag."):
        assert meets_expectation(q.expects, amount, q.text), amount
    counted = read_question("Hur många ärenden hade öppenvården 2019?")  # not a cost
    assert meets_expectation(counted.expects, share, counted.text)


@pytest.mark.parametrize(
    "question",
    [
        "Vad var sjukfrånvaron på Familjestödsenheten 2019?",
        "Vad blev personalomsättningen 2021?",
        "What was the staff turnover at the unit in 2021?",
    ],
)
def test_a_measure_asked_with_what_was_wants_its_figure(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    assert not meets_expectation(q.expects, "Vi arbetar för en låg sjukfrånvaro.", q.text)
    assert read_question("Vad var syftet med projektet?").expects == ""
