"""The drafts of "Hitta tidigare formuleringar" are valid; their scoring is checkable by hand."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.ask_devset import AskGold, chunk_haystack, passages_by_report
from bench.errors import DevSetError, GoldNotFoundError
from bench.similar_devset import DRAFT_KINDS, Draft, check_draft_gold, load_similar_devset
from bench.similar_eval import DraftRecord, format_table, hit_matches, score_hits
from ingest import read_paths

DRAFTS = load_similar_devset()


def test_size_and_kinds() -> None:
    assert len(DRAFTS) >= 20
    kinds = Counter(d.kind for d in DRAFTS)
    assert set(kinds) == set(DRAFT_KINDS) and min(kinds.values()) >= 5
    for d in DRAFTS:
        assert 6 <= len(d.text.split()) <= 60, d.id
        assert 1 <= d.text.count(".") + d.text.count(";") <= 3, d.id


def test_every_draft_gold_lies_in_one_passage(corpus_dir: Path) -> None:
    passages = passages_by_report(read_paths([corpus_dir]).reports)
    check_draft_gold(DRAFTS, passages)
    broken = [Draft("s99", "goal", "text", (AskGold(DRAFTS[0].gold[0].report, "finns inte"),))]
    with pytest.raises(GoldNotFoundError, match="s99"):
        check_draft_gold(broken, passages)


def test_malformed_draft_names_line_and_id(tmp_path: Path) -> None:
    bad = tmp_path / "sim.jsonl"
    bad.write_text('{"id": "s1", "kind": "poem", "text": "t", "gold": []}\n', encoding="utf-8")
    with pytest.raises(DevSetError, match=r"sim\.jsonl:1 \(s1\): field 'kind'"):
        load_similar_devset(bad)
    bad.write_text('{"id": "s1", "kind": "goal", "text": "t", "gold": []}\n', encoding="utf-8")
    with pytest.raises(DevSetError, match="non-empty list"):
        load_similar_devset(bad)


GOLD = (AskGold("r1", "budget i balans"), AskGold("r2", "kollektivtrafik i tjänsten"))


def test_hit_matches_needs_report_and_text() -> None:
    text = chunk_haystack("Målet är en budget i balans.")
    assert hit_matches([("r1", text)], GOLD) == frozenset({0})
    assert hit_matches([("r2", text)], GOLD) == frozenset()  # right words, wrong report
    folded = ("r2", chunk_haystack("Vi använder kollektivtrafik\ni tjänsten."))
    assert hit_matches([("r9", "x"), folded], GOLD) == frozenset({1})


def test_score_hits_rank_and_folded_duplicates() -> None:
    draft = Draft("s1", "goal", "Budgeten ska gå ihop.", GOLD)
    hits = [
        {"report_id": "r3", "text": "Annat.", "section_path": [], "also_in": []},
        {"report_id": "r3", "text": "Annat igen.", "section_path": [], "also_in": ["c7"]},
        {"report_id": "r1", "text": "Budget i balans.", "section_path": [], "also_in": []},
    ]
    folded = {"c7": ("r2", chunk_haystack("kollektivtrafik i tjänsten"))}
    r = score_hits(draft, hits, folded.__getitem__, 5.0)
    assert (r.first_rank, r.rr, r.top_report) == (2, 0.5, "r3")
    none = score_hits(draft, hits[:1], folded.__getitem__, 5.0)
    assert (none.first_rank, none.rr) == (0, 0.0)


def test_format_table_rows() -> None:
    records = [
        DraftRecord("a", "goal", 1, 1.0, "r1", 10.0),
        DraftRecord("b", "goal", 3, 1 / 3, "r1", 20.0),
        DraftRecord("c", "analysis", 0, 0.0, "r2", 30.0),
    ]
    lines = format_table(records, 10).splitlines()
    assert lines[2] == "| goal | 2 | 0.500 | 1.000 | 0.667 | 15 | 20 |"
    assert lines[3] == "| analysis | 1 | 0.000 | 0.000 | 0.000 | 30 | 30 |"
    assert lines[4].startswith("| overall | 3 | 0.333 | 0.667 | 0.444 |")
