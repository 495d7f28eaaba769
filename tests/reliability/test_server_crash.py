"""kill -9 the server while uploads stream in, restart it: acknowledged uploads are all there."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.reliability import synth
from tests.reliability.consistency import check_index, expected_reports
from tests.reliability.server import LiveServer

SEED = 6
ROUNDS = 3
PER_ROUND = 25


def _upload_until_dead(url: str, numbers: list[int], acked: set[str]) -> None:
    with httpx.Client(base_url=url, timeout=30.0) as http:
        for n in numbers:
            files = {"file": (synth.name(n), synth.report_text(n).encode(), "text/plain")}
            try:
                response = http.post("/api/reports", files=files)
            except httpx.HTTPError:
                return  # the server is gone
            if response.status_code == 201:
                acked.update(response.json()["report_ids"])


@pytest.mark.slow
def test_kill_9_server_during_uploads_then_restart(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    server = LiveServer(tmp_path, rate_limit_per_minute="0")
    acked: set[str] = set()
    expected = expected_reports(range(ROUNDS * PER_ROUND))
    try:
        for round_no in range(ROUNDS):
            server.start()
            held = {r["id"] for r in httpx.get(f"{server.url}/api/reports").json()}
            assert acked <= held, f"round {round_no}: lost {sorted(acked - held)}"
            numbers = list(range(round_no * PER_ROUND, (round_no + 1) * PER_ROUND))
            worker = threading.Thread(target=_upload_until_dead, args=(server.url, numbers, acked))
            worker.start()
            time.sleep(rng.uniform(0.3, 1.5))
            server.kill()
            worker.join(timeout=60)
            assert not worker.is_alive()
        assert acked, "some uploads should have been acknowledged before the kills"
        held_ids = check_index(tmp_path / "index", acked, expected)
        server.start()  # and once more through the server: every acknowledged upload is listed
        listed = {r["id"] for r in httpx.get(f"{server.url}/api/reports").json()}
        assert acked <= listed and held_ids <= listed
    finally:
        server.stop()
