"""The default fusion constants keep a single retriever's top hit near the top."""

from __future__ import annotations

from search import fusion


def test_a_lexical_only_top_hit_stays_in_the_fused_top_two() -> None:
    dense = [f"d{i}" for i in range(50)]
    lexical = ["rare", *dense[40:]]
    fused = [
        item
        for item, _score in fusion.fuse(
            {"dense": dense, "lexical": lexical},
            {"dense": fusion.DENSE_WEIGHT, "lexical": fusion.LEXICAL_WEIGHT},
        )
    ]
    assert fused.index("rare") <= 1


def test_by_hand_with_the_defaults() -> None:
    # k=5, equal weights: a = 1/6 + 1/7, b = 1/7, c = 1/6
    fused = fusion.fuse(
        {"dense": ["a", "b"], "lexical": ["c", "a"]}, {"dense": 1.0, "lexical": 1.0}
    )
    assert [item for item, _ in fused] == ["a", "c", "b"]
    assert abs(fused[0][1] - (1 / 7 + 1 / 6)) < 1e-12
