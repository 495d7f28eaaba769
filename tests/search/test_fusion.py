"""Ranking math checked by hand."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from search.fusion import (
    Folded,
    fold_near_duplicates,
    fuse,
    jaccard,
    lexical_weight,
    shingles,
    top_rows,
)


def test_rrf_by_hand() -> None:
    # a: 1/(60+1) ; b: 1/(60+2) + 1/(60+1) ; c: 1/(60+2)
    fused = dict(fuse({"dense": ["a", "b"], "lexical": ["b", "c"]}, k=60))
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["a"] == pytest.approx(1 / 61)
    assert fused["c"] == pytest.approx(1 / 62)
    assert [item for item, _ in fuse({"dense": ["a", "b"], "lexical": ["b", "c"]}, k=60)] == [
        "b",
        "a",
        "c",
    ]


def test_rrf_weights_and_k() -> None:
    # k=0: dense rank1 -> 2/1, lexical rank1 -> 1/1, so x (dense top) beats y (lexical top)
    ranked = fuse({"dense": ["x", "y"], "lexical": ["y", "x"]}, {"dense": 2.0, "lexical": 1.0}, k=0)
    assert ranked[0] == ("x", pytest.approx(2 / 1 + 1 / 2))
    assert ranked[1] == ("y", pytest.approx(2 / 2 + 1 / 1))
    # a zero weight removes a ranker's influence entirely
    only_lexical = fuse({"dense": ["x", "y"], "lexical": ["y", "x"]}, {"dense": 0.0}, k=60)
    assert [i for i, _ in only_lexical] == ["y", "x"]


def test_rrf_ties_keep_first_seen_order() -> None:
    assert [i for i, _ in fuse({"a": ["p"], "b": ["q"]})] == ["p", "q"]
    assert fuse({}) == []


def test_top_rows_best_first_and_ties_to_lower_index() -> None:
    scores = np.array([0.1, 0.9, 0.5, 0.9, -1.0], dtype=np.float32)
    assert top_rows(scores, 3).tolist() == [1, 3, 2]
    assert top_rows(scores, 10).tolist() == [1, 3, 2, 0, 4]
    assert top_rows(scores, 0).tolist() == []


def test_numbers_do_not_prevent_folding() -> None:
    text = "Under {} placerades {} barn i familjehem och {} barn fick kontaktfamilj via enheten."
    folded = fold_near_duplicates(
        [("a", text.format(2016, 37, 79)), ("b", text.format(2017, 41, 80))]
    )
    assert [f.also_in for f in folded] == [("b",)]


def test_shingles_and_jaccard() -> None:
    a = shingles("Barn ska få stöd i tid")
    assert ("barn", "ska", "få") in a and len(a) == 4
    assert jaccard(a, a) == 1.0
    assert jaccard(a, shingles("helt annan text om budget")) == 0.0
    assert shingles("två ord") == frozenset({("två", "ord")})


def test_fold_near_duplicates_copied_across_years() -> None:
    base = (
        "Enheten ska arbeta för att barn och unga som placeras i familjehem får en god "
        "skolgång och att deras hälsa följs upp regelbundet under hela placeringen."
    )
    items = [
        ("vb2019", base),
        ("other", "Ekonomiskt bistånd ska handläggas skyndsamt och med hög rättssäkerhet."),
        ("vb2017", base.replace("Enheten", "enheten") + " "),  # same words, case/space differ
        ("vp2020", base.replace("regelbundet", "kontinuerligt")),  # one word differs: 2 of 25
    ]
    folded = fold_near_duplicates(items, threshold=0.9)
    assert [(f.index, f.also_in) for f in folded] == [(0, ("vb2017",)), (1, ()), (3, ())]
    # with a looser threshold the one-word edit folds too
    # (3-word shingles: one changed word removes 3 of 24 and adds 3, Jaccard 21/27 = 0.78)
    looser = fold_near_duplicates(items, threshold=0.75)
    assert looser[0].also_in == ("vb2017", "vp2020")


def test_fold_limit_keeps_k_but_still_folds_later_copies() -> None:
    items = [
        ("a", "ett två tre fyra"),
        ("b", "fem sex sju åtta"),
        ("c", "nio tio elva tolv"),
        ("a2", "ett två tre fyra"),
    ]
    folded = fold_near_duplicates(items, limit=2)
    assert [(f.index, f.also_in) for f in folded] == [(0, ("a2",)), (1, ())]


def test_lexical_weight_scales_with_vocabulary_coverage() -> None:
    assert lexical_weight(0.5, weight=1.0, power=2.0) == 0.25
    assert lexical_weight(1.0, weight=0.8, power=3.0) == pytest.approx(0.8)
    assert lexical_weight(0.0, weight=1.0, power=1.0) == 0.0
    assert lexical_weight(1.7, weight=1.0, power=1.0) == 1.0  # clamped
    assert lexical_weight(0.3, weight=2.0, power=0.0) == 2.0  # power 0 turns it off


def test_folding_matches_the_pairwise_definition_on_real_passages(corpus_dir: Path) -> None:
    """The inverted-index fold gives what comparing every item with every kept item gives."""
    import random

    from ingest.pipeline import read_paths

    chunks = [c for r in read_paths([corpus_dir]).reports for c in r.chunks]
    rng = random.Random(7)
    for _ in range(20):
        picked = rng.sample(chunks, 60)
        items = [(c.id, c.text) for c in picked]
        items += [(f"{c.id}-copy", c.text.replace("2019", "2020")) for c in picked[:8]]
        rng.shuffle(items)
        for limit in (None, 10):
            assert fold_near_duplicates(items, limit=limit) == _pairwise(items, 0.9, limit)


def _pairwise(items: list[tuple[str, str]], threshold: float, limit: int | None) -> list[Folded]:
    kept: list[tuple[int, frozenset[tuple[str, ...]], list[str]]] = []
    for position, (item_id, text) in enumerate(items):
        sh = shingles(text)
        match = next((k for k in kept if sh and k[1] and jaccard(sh, k[1]) >= threshold), None)
        if match is not None:
            match[2].append(item_id)
        elif limit is None or len(kept) < limit:
            kept.append((position, sh, []))
    return [Folded(index=p, also_in=tuple(f)) for p, _, f in kept]
