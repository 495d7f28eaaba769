"""Issue 13 item 12 on a real server: it answers while it indexes - after a kill -9 too - with
answers or a clear 503 + Retry-After, never a refused connection once the process is up."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.reliability.server import LiveServer

REPORTS = 10


def _watch(server: LiveServer, kill_early: bool) -> list[str]:
    """Requests until the index is ready (or, with `kill_early`, until the first indexing
    answer, then kill -9); every one answers 200, or 503 indexing with Retry-After."""
    seen: list[str] = []
    deadline = time.monotonic() + 600  # passages and their sentences, on a busy machine
    with httpx.Client(base_url=server.url, timeout=30) as http:
        while time.monotonic() < deadline:
            health = http.get("/api/health")
            assert health.status_code == 200, health.text
            status = health.json()["status"]
            seen.append(status)
            search = http.get("/api/search", params={"q": "familjebehandling"})
            _answered(search)
            if kill_early and status == "indexing":
                server.kill()
                return seen
            if status == "ok":
                return seen
    raise AssertionError(f"never ready: {seen[-5:]}")


def _answered(response: httpx.Response) -> None:
    if response.status_code == 200:
        return
    assert response.status_code == 503, response.text
    body: dict[str, Any] = response.json()
    assert body["error"]["code"] == "indexing" and int(response.headers["retry-after"]) > 0


@pytest.mark.slow
def test_server_answers_while_indexing_across_kill_9_restarts(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    server = LiveServer(tmp_path, rate_limit_per_minute="0", test_embed_delay_s="0.05")
    try:
        first = _watch(server.start(ready=False), kill_early=True)
        assert first[0] in ("starting", "indexing")  # it listened before the index was built
        for round_ in range(2):  # restart after a kill -9 mid-indexing; kill -9 when done, again
            seen = _watch(server.start(ready=False), kill_early=False)
            assert seen[-1] == "ok"
            if round_ == 0:
                server.kill()
        health = httpx.get(f"{server.url}/api/health").json()
        assert health["reports"] == REPORTS
        hits = httpx.get(f"{server.url}/api/search", params={"q": "familjebehandling"}).json()
        assert hits["hits"]
    finally:
        server.stop()
