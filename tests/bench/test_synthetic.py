"""The synthetic scale data and the blockwise exact search it is checked against."""

from __future__ import annotations

import numpy as np

from bench.synthetic import SyntheticSpace, exact_top_k


def test_vectors_are_unit_length_reproducible_and_streams_differ() -> None:
    space = SyntheticSpace(dim=32, latent=8, clusters=5)
    a = space.matrix(250, stream=0)
    assert a.shape == (250, 32) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(a, space.matrix(250, stream=0))
    assert not np.array_equal(a[:10], space.matrix(10, stream=1))
    blocks = list(space.sample(250, stream=0, block=100))
    assert [len(b) for b in blocks] == [100, 100, 50]


def test_blockwise_exact_top_k_equals_brute_force() -> None:
    space = SyntheticSpace(dim=16, latent=4, clusters=3)
    vectors = space.matrix(1000, stream=0)
    queries = space.matrix(7, stream=1)
    got = exact_top_k(vectors, queries, k=5, block=128)  # blocks that do not divide n
    want = np.argsort(-(queries @ vectors.T), axis=1)[:, :5]
    assert np.array_equal(got, want)
