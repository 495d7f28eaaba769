"""The search-box scorer over the assistant's question sets: its arithmetic by hand."""

from __future__ import annotations

from bench.ask_devset import AskGold, AskQuestion
from bench.search_gold import DEFAULT_SETS, Found, found_at, summary_lines


def _question(lang: str, gold: str) -> AskQuestion:
    return AskQuestion("x1", "fact", lang, "Hur många?", (), True, (AskGold("r1", gold),), ())


def test_a_hit_counts_when_its_text_or_headings_hold_a_gold() -> None:
    hits = [("Inget här.", ("Ekonomi",)), ("Vi har 12 familjehem.", ("Familjehem",))]
    found = found_at(_question("sv", "12 familjehem"), lambda _: hits)
    assert found == Found("sv", (False, True))
    by_heading = found_at(_question("sv", "Ekonomi inget"), lambda _: hits)
    assert by_heading.matches == (True, False)


def test_hit_at_k_and_mrr_per_language_by_hand() -> None:
    results = [
        Found("en", (False, True)),  # rank 2
        Found("en", (False, False)),  # not found
        Found("sv", (True,)),  # rank 1
    ]
    lines = summary_lines(results, k=2)
    assert lines[2] == "| en | 2 | 0.500 | 0.250 |"
    assert lines[3] == "| sv | 1 | 1.000 | 1.000 |"
    assert lines[4] == "| overall | 3 | 0.667 | 0.500 |"
    assert summary_lines(results, k=1)[2] == "| en | 2 | 0.000 | 0.000 |"


def test_the_default_sets_exist_and_leave_out_held_out_7() -> None:
    """The dev set and every held-out set but the unread held-out 7."""
    assert all(p.exists() for p in DEFAULT_SETS)
    bench = DEFAULT_SETS[0].parent
    held_out = {p.name for p in bench.glob("ask_heldout*.jsonl")} - {"ask_heldout7.jsonl"}
    assert {p.name for p in DEFAULT_SETS} == {DEFAULT_SETS[0].name, *held_out}
    assert len(DEFAULT_SETS) == 197
