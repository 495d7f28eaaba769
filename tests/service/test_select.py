"""Sentence selection by meaning: the score arithmetic, answer kinds, and quote windows."""

from __future__ import annotations

import pytest

from ingest.text.sentences import sentence_spans
from ingest.types import Chunk, ReportMeta, Span
from search.sentences import Evidence, ScoredSentence
from search.types import Hit
from service.answer import select
from service.answer.question import read_question
from service.answer.select import choose, meets_expectation, names_report, sentence_score

META = ReportMeta("Familjeenheten", "Östermalm", 2017, "VB", "VB 2017")


def evidence(text: str, sims: list[float | None], passage: float = 0.80) -> Evidence:
    chunk = Chunk("c1", "r1", "s1", ("Familjehem",), "heading", None, text, Span(1, 1), 0)
    spans = sentence_spans(text)
    assert len(spans) == len(sims)
    sentences = tuple(ScoredSentence(s, e, sim) for (s, e), sim in zip(spans, sims, strict=True))
    return Evidence(Hit(chunk, META, 1.0, 1), passage, sentences, (0.75, 0.02))


def test_sentence_score_is_a_weighted_sum_a_reader_can_check() -> None:
    # z 5 + 0.5 * z 2.5 + 2.0 * coverage 0.5 + bonuses 1.0 + 1.5 - no penalty
    assert sentence_score(5.0, 2.5, 0.5, True, True, True) == pytest.approx(
        5.0 + select.PASSAGE_WEIGHT * 2.5 + select.LEXICAL_WEIGHT * 0.5 + 1.0 + 1.5
    )
    assert sentence_score(5.0, 0.0, 0.0, False, False) == pytest.approx(5.0 - select.TYPE_PENALTY)


def test_standard_scores_are_measured_against_the_background() -> None:
    ev = evidence("En mening som är lång nog.", [0.85])
    assert ev.standard(0.85) == pytest.approx(5.0)  # (0.85 - 0.75) / 0.02


@pytest.mark.parametrize(
    ("expects", "sentence", "ok"),
    [
        ("number", "I slutet av året hade vi 4 barn placerade.", True),
        ("number", "Två nya vårdnadsöverflyttningar genomfördes.", True),
        ("number", "Boendet drivs av Giovannis.", False),
        ("date", "Projektet startade i mars.", True),
        ("date", "Projektet startade.", False),
        ("person", "Forskningen leds av Anna Eriksson, professor.", True),
        ("person", "Forskningen leds av en professor.", False),
        ("", "Vad som helst.", True),
    ],
)
def test_meets_expectation(expects: str, sentence: str, ok: bool) -> None:
    assert meets_expectation(expects, sentence) is ok  # type: ignore[arg-type]


def test_names_report_by_unit_inflection_or_district() -> None:
    assert names_report("Hur många barn hade Familjeenhetens familjehem?", META)
    assert names_report("Vad gjorde man på Östermalm?", META)
    assert not names_report("Vad gjorde Vuxenenheten?", META)


def test_the_sentence_that_says_it_wins_over_a_neighbour_sharing_more_words() -> None:
    text = (
        "Två nya vårdnadsöverflyttningar genomfördes för barn i familjehem under året. "
        "I slutet av 2017 har vi endast 4 barn placerade för stadigvarande vård i familjehem."
    )
    q = read_question("Hur många barn var långtidsplacerade i familjehem i slutet av 2017?")
    (best,) = choose([evidence(text, [0.80, 0.88])], q, {"barn": 1.0, "familjehem": 1.0})
    assert text[best.start : best.end].startswith("I slutet av 2017")
    # a neighbour scoring nearly as well joins the quote (the answer often spans both)
    (both,) = choose([evidence(text, [0.86, 0.88])], q, {"barn": 1.0, "familjehem": 1.0})
    assert text[both.start : both.end] == text


def test_a_question_asking_for_a_number_avoids_a_sentence_without_one() -> None:
    text = "Giovannis akutboende tar emot ungdomar dygnet runt. Boendet ligger i Solna."
    q = read_question("Vad kostar en dygnsplacering på Giovannis akutboende?")
    (best,) = choose([evidence(text, [0.86, 0.80])], q, {})
    # the best it can do is penalised for lacking a number
    no_penalty = select.sentence_score(5.5, 2.5, 0.0, False, True)
    assert best.score == pytest.approx(no_penalty - select.TYPE_PENALTY)


def test_a_short_best_sentence_takes_its_label_from_the_previous_one() -> None:
    text = "Antal barn placerade i familjehem vid årets slut: 4. Det är få."
    q = read_question("Hur många barn var placerade?")
    (best,) = choose([evidence(text, [0.80, 0.70])], q, {})
    assert text[best.start : best.end] == "Antal barn placerade i familjehem vid årets slut: 4."
    text2 = "Antal placerade. 4 barn."
    (best2,) = choose([evidence(text2, [None, 0.9])], q, {})
    assert text2[best2.start : best2.end] == "Antal placerade. 4 barn."


def test_unknown_share_weighs_words_no_report_contains() -> None:
    from service.answer.select import unknown_share

    freq = {"rymdresor": 0.0, "barn": 0.5, "om": 1.0}  # "om": not indexed, says nothing
    assert unknown_share(["rymdresor"], freq.__getitem__) == 1.0
    assert unknown_share(["barn", "om"], freq.__getitem__) == 0.0
    share = unknown_share(["rymdresor", "barn"], freq.__getitem__)
    assert 0.8 < share < 0.9  # log 100 / (log 100 + log 2)
