"""Concurrent uploads and queries against one server leave a consistent index."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.reliability import synth
from tests.reliability.consistency import check_index, expected_reports
from tests.reliability.server import LiveServer

UPLOADERS = 4
PER_UPLOADER = 3
QUERIERS = 2
QUERIES_EACH = 12


def _numbers(worker: int) -> list[int]:
    return [500 + worker * 10 + i for i in range(PER_UPLOADER)]


def _uploader(url: str, worker: int, start: threading.Barrier) -> list[int]:
    statuses = []
    with httpx.Client(base_url=url, timeout=120.0) as http:
        start.wait()
        for n in _numbers(worker):
            files = {"file": (synth.name(n), synth.report_text(n).encode(), "text/plain")}
            statuses.append(http.post("/api/reports", files=files).status_code)
    return statuses


def _querier(url: str, worker: int, start: threading.Barrier) -> list[int]:
    statuses = []
    with httpx.Client(base_url=url, timeout=120.0) as http:
        start.wait()
        for i in range(QUERIES_EACH):
            if i % 3 == 2:
                response = http.post("/api/ask", json={"question": "Hur går det med mål 1?"})
            else:
                response = http.get("/api/search", params={"q": f"trygg uppväxt {worker} {i}"})
            statuses.append(response.status_code)
    return statuses


@pytest.mark.slow
def test_concurrent_uploads_and_queries(live: LiveServer) -> None:
    start = threading.Barrier(UPLOADERS + QUERIERS)
    with ThreadPoolExecutor(UPLOADERS + QUERIERS) as pool:
        ups = [pool.submit(_uploader, live.url, w, start) for w in range(UPLOADERS)]
        qs = [pool.submit(_querier, live.url, w, start) for w in range(QUERIERS)]
        upload_statuses = [s for f in ups for s in f.result(timeout=600)]
        query_statuses = [s for f in qs for s in f.result(timeout=600)]
    assert upload_statuses == [201] * UPLOADERS * PER_UPLOADER
    assert query_statuses == [200] * QUERIERS * QUERIES_EACH
    numbers = [n for w in range(UPLOADERS) for n in _numbers(w)]
    expected = expected_reports(numbers)
    with httpx.Client(base_url=live.url, timeout=60.0) as http:
        listed = {r["id"] for r in http.get("/api/reports").json()}
        assert set(expected) <= listed
        for rid, (_n, report) in expected.items():
            detail = http.get(f"/api/reports/{rid}").json()
            assert {c["id"] for c in detail["chunk_list"]} == {c.id for c in report.chunks}
    live.stop()  # the index on disk, reopened cold, agrees
    assert set(expected) <= check_index(live.workdir / "index", set(expected), expected)
