"""The pure pieces of goal linking, checked by hand."""

from __future__ import annotations

import pytest

from ingest.text.stopwords import content_stems as stems
from search.goals.link import (
    LinkParams,
    components,
    greedy_one_to_one,
    number_term,
    overlap,
    pair_score,
    rescale,
)

P = LinkParams()


def test_stems_drop_stop_words_and_boilerplate_and_cut_words() -> None:
    assert stems("Kungsholmens stadsdelsområde är tryggt och säkert") == {"trygg", "säker"}
    assert stems("Invånarna i stadsdelsområdet är självförsörjande") == {"invån", "själv"}
    assert stems("Stockholm är en stad") == frozenset()


def test_overlap_is_the_dice_coefficient() -> None:
    a, b = frozenset({"barn", "delak", "resur"}), frozenset({"barn", "delak"})
    assert overlap(a, b) == pytest.approx(2 * 2 / 5)
    assert overlap(a, frozenset()) == 0.0


def test_number_term_rewards_equal_and_penalises_different_numbers() -> None:
    assert number_term("1.4", "1.4", P) == P.number_bonus
    assert number_term("1.4", "2.5", P) == -P.number_penalty
    assert number_term(None, "2.5", P) == 0.0


def test_rescale_maps_the_cosine_floor_to_zero() -> None:
    assert rescale(0.85, 0.85) == 0.0
    assert rescale(1.0, 0.85) == 1.0
    assert rescale(0.925, 0.85) == pytest.approx(0.5)
    assert rescale(0.5, 0.85) == 0.0


def test_pair_score_by_hand_and_boilerplate_guard() -> None:
    # 0.5 * rescale(0.925) + 0.5 * 0.4 + bonus = 0.25 + 0.2 + 0.1
    assert pair_score(0.925, 0.4, P.number_bonus, P) == pytest.approx(0.55)
    # goals sharing only boilerplate have no overlap: no link, however close the embeddings
    shared = overlap(
        stems("Kungsholmens stadsdelsområde är tryggt och säkert"),
        stems("Invånarna i stadsdelsområdet är självförsörjande"),
    )
    assert shared == 0.0
    assert pair_score(0.99, shared, 0.0, P) == 0.0


def test_greedy_one_to_one_takes_best_pairs_first() -> None:
    scored = [(0.9, "a1", "b1"), (0.8, "a1", "b2"), (0.7, "a2", "b1"), (0.6, "a2", "b2")]
    assert greedy_one_to_one(scored, 0.5) == [(0.9, "a1", "b1"), (0.6, "a2", "b2")]
    assert greedy_one_to_one(scored, 0.65) == [(0.9, "a1", "b1")]


def test_components_join_chains() -> None:
    got = components(["a", "b", "c", "d"], [("b", "c"), ("c", "a")])
    assert got == {"a": "a", "b": "a", "c": "a", "d": "d"}
