"""`rapport serve`: hands the app to uvicorn on host/port; the corpus is indexed meanwhile."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from service.cli.main import main
from service.cli.serve_cmd import embed_threads, worker_app
from service.settings import Settings


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


def test_serve_with_workers_hands_uvicorn_a_factory_and_shares_out_the_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RAPPORT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash")
    monkeypatch.setenv("RAPPORT_EMBED_THREADS", "0")  # restored after: `serve` sets it
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen.update(kwargs, app=app, threads=os.environ.get("RAPPORT_EMBED_THREADS"))

    monkeypatch.setattr(uvicorn, "run", fake_run)
    assert main(["serve", "--workers", "2"]) == 0
    assert seen["app"] == "service.cli.serve_cmd:worker_app" and seen["factory"] is True
    assert seen["workers"] == 2 and seen["threads"] == "2"  # 4 cores, 2 processes
    assert isinstance(worker_app(), FastAPI)  # what each worker process builds
    assert main(["serve", "--workers", "0"]) == 2


def test_embedder_threads_per_worker() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert embed_threads(settings, 1, cores=2) is None  # one process: every core (as before)
    assert embed_threads(settings, 2, cores=2) == 1
    assert embed_threads(settings, 3, cores=2) == 1
    assert embed_threads(settings, 2, cores=8) == 4
    fixed = Settings(_env_file=None, embed_threads=3)  # type: ignore[call-arg]
    assert embed_threads(fixed, 2, cores=2) == 3
