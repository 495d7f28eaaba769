"""The assistant scorer's metrics on hand-checkable cases (no index, no model)."""

from __future__ import annotations

from typing import Any

import pytest

from bench.ask_devset import AskGold, AskQuestion, Turn, chunk_haystack
from bench.ask_eval import format_table, group_scores, score_answer
from bench.ask_metrics import (
    QuestionRecord,
    UnitCounts,
    cite_hit,
    contains_gold,
    first_cite_hit,
    gold_recall,
    headline,
    quote_hit,
    rate,
    summarise_group,
    unit_counts,
    words,
)

GOLD = "Vi har under året ringt 18 föräldrar"
PASSAGE = chunk_haystack("Vi deltar i enkätuppföljning. Vi har under\nåret ringt **18** föräldrar.")
OTHER = chunk_haystack("Signs of Safety är en riskbedömningsmodell.")


def test_contains_gold_survives_layout_and_case() -> None:
    assert contains_gold(PASSAGE, [GOLD])
    assert contains_gold(PASSAGE, ["nope", "RINGT 18 föräldrar"])
    assert not contains_gold(PASSAGE, ["ringt 19 föräldrar"])
    assert not contains_gold(PASSAGE, ["", "  "])  # an empty gold never matches
    assert contains_gold(
        chunk_haystack("Budget i balans.", ("Mål", "Förväntat resultat")),
        ["Mål Förväntat resultat Budget i balans"],
    )


def test_cite_hit_and_first_cite_hit() -> None:
    assert cite_hit([OTHER, PASSAGE], [GOLD]) and not first_cite_hit([OTHER, PASSAGE], [GOLD])
    assert cite_hit([PASSAGE], [GOLD]) and first_cite_hit([PASSAGE], [GOLD])
    assert not cite_hit([], [GOLD]) and not first_cite_hit([], [GOLD])
    assert not cite_hit([OTHER], [GOLD])
    assert gold_recall([OTHER, PASSAGE], [GOLD, "riskbedömningsmodell", "saknas"]) == pytest.approx(
        2 / 3
    )
    assert gold_recall([], [GOLD]) == 0.0 and gold_recall([OTHER], []) == 1.0


def test_quote_hit_containment_and_word_share() -> None:
    gold = "Under 2016 har 20 barn och ungdomar omhändertagits enligt LVU"  # 10 words
    assert quote_hit(
        "Under 2016 har 20 barn och ungdomar omhändertagits enligt LVU. Av dessa", [gold]
    )
    assert quote_hit("har 20 barn och ungdomar omhändertagits", [gold])  # inside, 6/10 words
    assert not quote_hit("20 barn och ungdomar omhändertagits", [gold])  # inside, 5/10 words
    assert not quote_hit("Av dessa var 11 ungdomar och 9 barn", [gold])  # elsewhere
    assert not quote_hit("", [gold])
    assert quote_hit("x ringt 18 föräldrar", ["nope", "ringt 18 föräldrar"])
    assert words("Lex-Sarah, 4,9 av 5!") == ["lex", "sarah", "4", "9", "av", "5"]


def test_unit_counts_precision_recall_f1() -> None:
    c = unit_counts(["a", "b", "x"], ["a", "b", "c", "d"])
    assert c == UnitCounts(tp=2, fp=1, fn=2)
    assert c.precision == pytest.approx(2 / 3) and c.recall == pytest.approx(0.5)
    assert c.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert c + UnitCounts(1, 0, 0) == UnitCounts(3, 1, 2)
    empty = unit_counts([], ["a"])
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)


def _record(qid: str, kind: str = "fact", lang: str = "sv", **kw: Any) -> QuestionRecord:
    values: dict[str, Any] = {
        "answerable": kind != "unanswerable",
        "grounded": True,
        "mode": "extractive",
        "n_citations": 1,
        "cite_hit": False,
        "first_hit": False,
        "quote_hit": False,
        "gold_recall": 0.0,
        "units_predicted": (),
        "units_gold": (),
        "latency_ms": 10.0,
        "answer": "",
        **kw,
    }
    return QuestionRecord(id=qid, kind=kind, lang=lang, **values)


def test_summarise_group_rates_apply_to_their_questions() -> None:
    records = [
        _record(
            "a", cite_hit=True, first_hit=True, quote_hit=True, gold_recall=0.5, latency_ms=10.0
        ),
        _record("b", grounded=False, latency_ms=30.0),
        _record("c", kind="unanswerable", grounded=False, latency_ms=20.0),
        _record("d", kind="unanswerable", grounded=True, latency_ms=40.0),
        _record("e", kind="which_units", units_predicted=("r1", "r9"), units_gold=("r1", "r2")),
    ]
    s = summarise_group("all", records)
    assert s.n == 5
    assert s.cite_hit == pytest.approx(1 / 3)  # a, b, e are answerable
    assert s.answered == pytest.approx(2 / 3)
    assert s.gold_recall == pytest.approx(0.5 / 3)
    assert s.refused == pytest.approx(0.5)
    assert s.units == UnitCounts(tp=1, fp=1, fn=1)
    assert s.p50_ms == pytest.approx(20.0) and s.p95_ms == pytest.approx(38.0)
    only_unanswerable = summarise_group("u", records[2:4])
    assert only_unanswerable.cite_hit is None and only_unanswerable.units is None
    assert headline(only_unanswerable) == pytest.approx(0.5)
    assert rate([]) is None


def test_group_scores_weakest_first_then_overall() -> None:
    records = [
        _record("a", cite_hit=True),
        _record("b", kind="english", lang="en"),
        _record("c", kind="unanswerable", lang="en", grounded=False),
    ]
    scores = group_scores(records)
    assert [s.group for s in scores][-1] == "overall"
    assert [s.group for s in scores][:2] == ["english", "lang en"]  # cite-hit 0.0 first
    table = format_table(scores)
    assert table.splitlines()[0].startswith("| group | n | cite-hit")
    assert "| unanswerable | 1 |  |  |  |  |  | 1.000 |" in table


def test_score_answer_reads_the_api_shape() -> None:
    q = AskQuestion(
        id="t1",
        kind="which_units",
        lang="sv",
        question="och 2016?",
        history=(Turn("user", "Vilka enheter ringer föräldrar?"),),
        answerable=True,
        gold=(AskGold("r1", GOLD),),
        units=("r1", "r2"),
    )
    body = {
        "answer": "2 enheter …",
        "grounded": True,
        "mode": "aggregate",
        "citations": [
            {"n": 1, "chunk_id": "c2", "quote": "Signs of Safety är en riskbedömningsmodell."},
            {"n": 2, "chunk_id": "c1", "quote": "Vi har under året ringt 18 föräldrar."},
        ],
        "units": [{"report_id": "r1"}, {"report_id": "r3"}, {"report_id": "r1"}],
    }
    passages = {"c1": PASSAGE, "c2": OTHER}
    r = score_answer(q, body, passages.__getitem__, 12.5)
    assert (r.cite_hit, r.first_hit, r.quote_hit, r.gold_recall) == (True, False, False, 1.0)
    assert r.units_predicted == ("r1", "r3") and r.units_gold == ("r1", "r2")
    assert r.grounded and r.mode == "aggregate" and r.n_citations == 2 and r.latency_ms == 12.5
    refused = score_answer(
        q, {"answer": "Jag hittar inget", "grounded": False}, passages.__getitem__, 1.0
    )
    assert not refused.grounded and not refused.cite_hit and refused.units_predicted == ()
