"""Issue 13 item 12: the server answers while it indexes - the last complete index, or 503 with
Retry-After where nothing can be answered yet - and switches when the sync is complete."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from fastapi.testclient import TestClient

import search
from search.embed import HashEmbedder
from search.protocols import EmbedKind
from service.app import create_app
from service.settings import Settings
from tests.service.conftest import make_settings

FIRST = "vb-2017-familjeenheten"
SECOND = "vp-2020-familjestodsenheten-spanga-tensta"


class GatedEmbedder(HashEmbedder):
    """The hash fake, but passages wait until the test opens the gate."""

    def __init__(self, gate: threading.Event) -> None:
        super().__init__(64)
        self.name = "hash-64"
        self.gate = gate

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]:
        if kind == "passage":
            assert self.gate.wait(60), "the test never opened the gate"
        return super().embed(texts, kind=kind)


@pytest.fixture()
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    event = threading.Event()
    monkeypatch.setattr(search, "make_embedder", lambda spec, **_: GatedEmbedder(event))
    yield event
    event.set()


def _settings(tmp: Path, corpus_dir: Path, *names: str) -> Settings:
    corpus = tmp / "corpus"
    corpus.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(corpus_dir / f"{name}.txt", corpus)
    return make_settings(tmp, background_indexing=True)


def wait_ready(client: TestClient) -> dict[str, Any]:
    for _ in range(600):
        health: dict[str, Any] = client.get("/api/health").json()
        if health["status"] == "ok":
            return health
        threading.Event().wait(0.05)
    raise AssertionError(f"never ready: {health}")


def wait_indexing(client: TestClient) -> dict[str, Any]:
    for _ in range(600):
        health: dict[str, Any] = client.get("/api/health").json()
        if health["status"] == "indexing" and health["progress"]["total"]:
            return health
        threading.Event().wait(0.05)
    raise AssertionError(f"never indexing: {health}")


def _is_retry_later(response: Any) -> bool:
    return (
        response.status_code == 503
        and response.json()["error"]["code"] == "indexing"
        and int(response.headers["retry-after"]) > 0
    )


def test_first_start_answers_at_once_with_503_then_switches(
    tmp_path: Path, corpus_dir: Path, gate: threading.Event
) -> None:
    settings = _settings(tmp_path, corpus_dir, FIRST)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        health = wait_indexing(client)
        assert health["progress"] == {"done": 0, "total": 1} and health["reports"] == 0
        assert _is_retry_later(client.get("/api/search", params={"q": "familjebehandling"}))
        assert _is_retry_later(client.post("/api/ask", json={"question": "Vad gör enheten?"}))
        files = {"file": ("ny.txt", b"Verksamhetsplan 2023\n\nText om enheten.\n", "text/plain")}
        assert _is_retry_later(client.post("/api/reports", files=files))
        assert client.get("/").status_code == 200  # the UI loads and shows the state
        gate.set()
        health = wait_ready(client)
        assert health["reports"] == 1 and health["progress"] is None
        hits = client.get("/api/search", params={"q": "familjebehandling"}).json()["hits"]
        assert hits and hits[0]["report_id"] == FIRST


def test_restart_serves_the_last_complete_index_while_syncing(
    tmp_path: Path, corpus_dir: Path, gate: threading.Event
) -> None:
    settings = _settings(tmp_path, corpus_dir, FIRST)
    gate.set()
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
    gate.clear()
    shutil.copy(corpus_dir / f"{SECOND}.txt", settings.corpus_dir)  # a new report to embed
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        health = wait_indexing(client)
        assert health["reports"] == 1 and health["progress"] == {"done": 0, "total": 1}
        old = client.get("/api/search", params={"q": "familjebehandling", "k": 50}).json()
        assert {h["report_id"] for h in old["hits"]} == {FIRST}  # served, not 503
        gone = client.delete(f"/api/reports/{FIRST}")
        assert _is_retry_later(gone), client.get("/api/health").json()["message"]
        gate.set()
        assert wait_ready(client)["reports"] == 2
        new = client.get("/api/search", params={"q": "familjestöd Spånga", "k": 50}).json()
        assert SECOND in {h["report_id"] for h in new["hits"]}


def test_a_store_that_cannot_be_opened_is_reported_by_health(
    tmp_path: Path, corpus_dir: Path
) -> None:
    settings = _settings(tmp_path, corpus_dir, FIRST)
    settings.index_dir.mkdir(parents=True)
    (settings.index_dir / "store.sqlite3").write_bytes(b"")
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        for _ in range(600):
            health = client.get("/api/health").json()
            if health["status"] == "error":
                break
            threading.Event().wait(0.05)
        assert health["status"] == "error" and "store.sqlite3" in health["message"]
        response = client.get("/api/search", params={"q": "x"})
        assert (
            response.status_code == 503 and "store.sqlite3" in response.json()["error"]["message"]
        )
