"""The assistant dev set is well-formed and every gold passage lies inside one passage of its
report as ingested (so a citation can actually contain it)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from bench.ask_devset import (
    ASK_KINDS,
    AskGold,
    AskQuestion,
    check_gold_in_reports,
    load_ask_devset,
    passages_by_report,
)
from bench.devset import normalise
from bench.errors import DevSetError, GoldNotFoundError
from ingest import read_paths

QUESTIONS = load_ask_devset()
BENCH = Path(__file__).resolve().parents[2] / "bench"
LAST_HELD_OUT = 197
HELD_OUT = load_ask_devset(BENCH / "ask_heldout.jsonl")
SETS = [
    QUESTIONS,
    HELD_OUT,
    *(load_ask_devset(BENCH / f"ask_heldout{i}.jsonl") for i in range(2, LAST_HELD_OUT + 1)),
]
SET_IDS = ["dev", "held-out", *(f"held-out-{i}" for i in range(2, LAST_HELD_OUT + 1))]
MIN_PER_KIND = {
    "fact": 18,
    "paraphrase": 12,
    "english": 15,
    "which_units": 14,
    "goal": 12,
    "followup": 6,
    "unanswerable": 12,
}


@pytest.fixture(scope="module")
def passages(corpus_dir: Path) -> dict[str, list[str]]:
    return passages_by_report(read_paths([corpus_dir]).reports)


def test_size_kinds_and_languages() -> None:
    assert len(QUESTIONS) >= 90
    kinds = Counter(q.kind for q in QUESTIONS)
    assert set(kinds) == set(ASK_KINDS)
    for kind, least in MIN_PER_KIND.items():
        assert kinds[kind] >= least, (kind, kinds[kind])
    langs = Counter(q.lang for q in QUESTIONS)
    assert 0.2 <= langs["en"] / len(QUESTIONS) <= 0.35
    assert all(q.lang == "en" for q in QUESTIONS if q.kind == "english")
    for kind in ("which_units", "followup", "unanswerable"):
        assert {q.lang for q in QUESTIONS if q.kind == kind} == {"sv", "en"}, kind


@pytest.mark.parametrize("questions", SETS, ids=SET_IDS)
def test_every_gold_lies_in_one_passage_of_its_report(
    passages: dict[str, list[str]], questions: list[AskQuestion]
) -> None:
    check_gold_in_reports(questions, passages)  # raises GoldNotFoundError naming the question
    for q in questions:
        for g in q.gold:
            assert 4 <= len(g.contains.split()) <= 15, (q.id, g.contains)


@pytest.mark.parametrize("questions", SETS, ids=SET_IDS)
def test_which_units_gold_sets_are_complete_and_pinned(
    passages: dict[str, list[str]], questions: list[AskQuestion]
) -> None:
    for q in (q for q in questions if q.kind == "which_units"):
        assert q.units, q.id
        assert len(set(q.units)) == len(q.units), q.id
        assert {g.report for g in q.gold} == set(q.units), q.id
        for g in q.gold:  # in the unit's own report, not only a bundle neighbour's; a table
            # row several listed units share word for word ("Aktivt Medskapandeindex 83 83 År")
            # may lie in each of them, never in a unit left out
            found = {r for r, ps in passages.items() if any(normalise(g.contains) in p for p in ps)}
            assert g.report in found and found <= set(q.units), (q.id, g.contains, found)


@pytest.mark.parametrize("questions", SETS, ids=SET_IDS)
def test_unanswerable_and_followup_shapes(questions: list[AskQuestion]) -> None:
    others = [other for other in SETS if other is not questions]
    assert not {q.id for q in questions} & {q.id for other in others for q in other}
    for q in questions:
        if q.kind == "unanswerable":
            assert not q.answerable and not q.gold and not q.units, q.id
        else:
            assert q.answerable and q.gold, q.id
        if q.kind == "followup":
            assert q.history and q.history[0].role == "user", q.id
            assert len(q.question.split()) <= 12, q.id


def _line(**overrides: object) -> str:
    record: dict[str, object] = {
        "id": "x1",
        "kind": "fact",
        "lang": "sv",
        "question": "q",
        "history": [],
        "answerable": True,
        "gold": [{"report": "r", "contains": "något"}],
        "units": [],
    }
    record.update(overrides)
    return json.dumps(record)


def test_malformed_lines_name_file_line_and_id(tmp_path: Path) -> None:
    bad = tmp_path / "ask.jsonl"
    cases = {
        _line(kind="odd"): r"ask\.jsonl:1 \(x1\): field 'kind'",
        _line(gold=[]): r"x1.*needs gold",
        _line(kind="unanswerable", answerable=False): r"x1.*no gold",
        _line(kind="which_units", units=[]): r"x1.*needs its units",
        _line(kind="followup"): r"x1.*needs a history",
        _line(history=[{"role": "bot", "content": "hej"}]): r"x1.*role",
        "{not json": r"ask\.jsonl:1: not valid JSON",
    }
    for text, pattern in cases.items():
        bad.write_text(text + "\n", encoding="utf-8")
        with pytest.raises(DevSetError, match=pattern):
            load_ask_devset(bad)
    bad.write_text(_line() + "\n" + _line() + "\n", encoding="utf-8")
    with pytest.raises(DevSetError, match="duplicate ids"):
        load_ask_devset(bad)


def test_missing_gold_names_the_question(passages: dict[str, list[str]]) -> None:
    q = QUESTIONS[0]
    wrong_text = replace(q, gold=(AskGold(q.gold[0].report, "inte här " * 3),))
    with pytest.raises(GoldNotFoundError, match=q.id):
        check_gold_in_reports([wrong_text], passages)
    wrong_report = replace(q, gold=(AskGold("nope", q.gold[0].contains),))
    with pytest.raises(GoldNotFoundError, match=f"{q.id}: gold report 'nope'"):
        check_gold_in_reports([wrong_report], passages)
    without_gold = replace(q, units=(*q.units, "vb-2017-familjeenheten", q.gold[0].report))
    if "vb-2017-familjeenheten" not in {g.report for g in q.gold}:
        with pytest.raises(GoldNotFoundError, match="have no gold passage"):
            check_gold_in_reports([without_gold], passages)
