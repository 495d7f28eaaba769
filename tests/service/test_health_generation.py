"""/api/health names the index generation the serving process has open, and follows the swap
when another writer (another worker, `rapport index`) publishes a newer one."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient

import search
from search.generations import current
from service.app import create_app
from tests.search.factory import make_report
from tests.service.conftest import make_settings

ADDED = make_report("vb-gen", ["Zebrafinkar i Rinkeby räknades noggrant under våren."])
SWAP_WITHIN_S = 30.0  # a bound for the watcher thread on a busy machine, not a speed check


def _wait_for_generation(client: TestClient, wanted: int) -> int | None:
    """Poll /api/health until it reports generation `wanted` (or the bound passes)."""
    deadline = time.monotonic() + SWAP_WITHIN_S
    seen: int | None = None
    while time.monotonic() < deadline:
        health = client.get("/api/health")
        assert health.status_code == 200, health.text
        seen = health.json()["generation"]
        if seen == wanted:
            break
        time.sleep(0.02)
    return seen


def test_health_reports_the_generation_served_and_the_one_after_a_swap(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, generation_poll_s=0.02)  # the lifespan opens the index
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        first = client.get("/api/health").json()
        assert first["status"] == "ok"
        assert first["generation"] == current(settings.index_dir) is not None
        with search.open_index(settings.index_dir, search.make_embedder("hash")) as writer:
            writer.add_reports([ADDED])  # publishes generation n+1, as another process would
            published = writer.generation
        assert published > first["generation"]
        assert _wait_for_generation(client, published) == published  # the watcher swapped
        after = client.get("/api/health").json()
        assert after["reports"] == first["reports"] + 1
        hits = client.get("/api/search", params={"q": "zebrafinkar", "mode": "lexical"}).json()
        assert any(hit["report_id"] == "vb-gen" for hit in hits["hits"])
