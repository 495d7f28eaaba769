"""`rapport serve`: hands the app to uvicorn on host/port; the corpus is indexed meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient

from service.cli.main import main


def wait_ready(client: TestClient) -> Any:
    """Health once the background indexing is done (polls; fails after ~2 minutes)."""
    for _ in range(1200):
        health = client.get("/api/health").json()
        if health["status"] != "indexing" and health["status"] != "starting":
            return health
        threading.Event().wait(0.1)
    raise AssertionError(f"still indexing: {health}")


def test_serve_indexes_then_runs_uvicorn(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    monkeypatch.setenv("RAPPORT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("RAPPORT_CORPUS_DIR", str(corpus_dir))
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash")
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen.update(kwargs)
        with TestClient(app) as client:  # serving at once; the corpus is indexed in the background
            seen["first"] = client.get("/api/health").status_code
            seen["health"] = wait_ready(client)
            seen["home"] = client.get("/").status_code

    monkeypatch.setattr(uvicorn, "run", fake_run)
    assert main(["serve", "--host", "127.0.0.1", "--port", "8765"]) == 0
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8765 and seen["first"] == 200
    assert seen["health"]["reports"] == 10 and seen["health"]["chunks"] > 500
    assert seen["home"] == 200
    assert (tmp_path / "index" / "CURRENT").exists()
