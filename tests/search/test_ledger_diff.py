"""Word-level wording diff between two goal versions."""

from __future__ import annotations

from search.goals.diff import DiffPart, side, similarity, wording_diff

OLD = "Barn och ungdomar får sina behov tillgodosedda"
NEW = "Barn och unga får sina behov tillgodosedda i hög grad"


def test_diff_by_hand() -> None:
    assert wording_diff(OLD, NEW) == (
        DiffPart("equal", "Barn och"),
        DiffPart("delete", "ungdomar"),
        DiffPart("insert", "unga"),
        DiffPart("equal", "får sina behov tillgodosedda"),
        DiffPart("insert", "i hög grad"),
    )


def test_both_sides_come_back() -> None:
    parts = wording_diff(OLD, NEW)
    assert side(parts, "old") == OLD
    assert side(parts, "new") == NEW


def test_identical_and_disjoint() -> None:
    assert wording_diff(OLD, OLD) == (DiffPart("equal", OLD),)
    assert similarity(OLD, OLD) == 1.0
    assert similarity("a b", "c d") == 0.0
    assert wording_diff("", "ny text") == (DiffPart("insert", "ny text"),)
