"""Issue 13 item 5: a long query is cut to the model's window, and no lock is held across a long
embedding (a search never waits behind the passages an upload or the corpus sync embeds).
Latency under load is measured by `python -m bench.similar_load`, not asserted here."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

import search
from search.embed import MAX_TOKENS, E5Embedder, HashEmbedder
from search.protocols import EmbedKind
from tests.service.fakes import sample_reports

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


class _Gated(HashEmbedder):
    def __init__(self, gate: threading.Event, entered: threading.Event) -> None:
        super().__init__(64)
        self.gate, self.entered = gate, entered

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]:
        if kind == "passage" and not self.gate.is_set():
            self.entered.set()
            self.gate.wait(60)
        return super().embed(texts, kind=kind)


def test_search_does_not_wait_for_a_passage_embedding_in_progress(tmp_path: Path) -> None:
    gate, entered = threading.Event(), threading.Event()
    gate.set()
    idx = search.open_index(tmp_path, _Gated(gate, entered))
    idx.add_reports(sample_reports()[:1])
    gate.clear()
    writer = threading.Thread(target=idx.add_reports, args=(sample_reports()[1:],))
    writer.start()
    try:
        assert entered.wait(30)  # the writer is inside a passage embedding now
        found: list[int] = []
        reader = threading.Thread(target=lambda: found.append(len(idx.search("Signs of Safety"))))
        reader.start()
        reader.join(30)
        assert found, "the search waited for the passage embedding"
    finally:
        gate.set()
        writer.join()
        idx.close()


@pytest.mark.slow
def test_e5_cuts_a_long_query_to_its_window() -> None:
    embedder = E5Embedder()
    text = (CORPUS / "vb-2017-familjeenheten.txt").read_text(encoding="utf-8")[:20_000]
    fitted = embedder.fit(text)
    count = embedder._model.token_count
    assert 500 < len(fitted) < len(text) and text.startswith(fitted)
    assert count(fitted, True) <= MAX_TOKENS < count(text[: len(fitted) + 20], True)
    short = "Hur arbetar enheten med Signs of Safety?"
    assert embedder.fit(short) == short
    long_vector = embedder.embed([text], kind="query")[0]
    assert np.allclose(long_vector, embedder.embed([fitted], kind="query")[0], atol=1e-6)
