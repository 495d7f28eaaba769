"""Two server processes over one index folder (what `rapport serve --workers 2` runs): a report
added through either, or by `rapport index`, is found by both within 5 s; searches never fail
while generations are published; rate limits hold across the processes."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT
from tests.reliability import synth
from tests.reliability.server import LiveServer

VISIBLE_WITHIN_S = 5.0  # the bound for a new generation to reach every reader


def _pair(workdir: Path, **settings: str) -> tuple[LiveServer, LiveServer]:
    (workdir / "corpus").mkdir()
    shutil.copy(ROOT / "corpus" / "vb-2017-familjeenheten.txt", workdir / "corpus")
    first = LiveServer(workdir, **settings).start()
    try:
        return first, LiveServer(workdir, **settings).start()
    except BaseException:
        first.stop()
        raise


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, LiveServer]]:
    servers = _pair(tmp_path_factory.mktemp("workers"), rate_limit_per_minute="0")
    try:
        yield servers
    finally:
        for server in servers:
            server.stop()


def _upload(server: LiveServer, n: int) -> str:
    files = {"file": (synth.name(n), synth.report_text(n).encode(), "text/plain")}
    response = httpx.post(f"{server.url}/api/reports", files=files, timeout=60.0)
    assert response.status_code == 201, response.text
    report_id: str = response.json()["report_ids"][0]
    return report_id


def _finds(server: LiveServer, n: int) -> set[str]:
    params = {"q": synth.sentinel(n), "mode": "lexical"}
    response = httpx.get(f"{server.url}/api/search", params=params, timeout=30.0)
    assert response.status_code == 200, response.text
    return {hit["report_id"] for hit in response.json()["hits"]}


def _all_find(servers: tuple[LiveServer, ...], n: int, report_id: str) -> bool:
    """Whether every server returns `report_id` for report n's word within VISIBLE_WITHIN_S."""
    deadline = time.monotonic() + VISIBLE_WITHIN_S
    waiting = list(servers)
    while waiting and time.monotonic() < deadline:
        waiting = [s for s in waiting if report_id not in _finds(s, n)]
        time.sleep(0.1)
    return not waiting


def test_an_upload_through_either_server_reaches_both(pair: tuple[LiveServer, LiveServer]) -> None:
    one, two = pair
    assert _finds(one, 801) == _finds(two, 801) == set()
    first = _upload(one, 801)
    assert _all_find(pair, 801, first)
    assert _all_find(pair, 802, _upload(two, 802))
    response = httpx.delete(f"{two.url}/api/reports/{first}", timeout=60.0)
    assert response.status_code == 200, response.text
    deadline = time.monotonic() + VISIBLE_WITHIN_S
    while time.monotonic() < deadline and (_finds(one, 801) or _finds(two, 801)):
        time.sleep(0.1)
    assert _finds(one, 801) == _finds(two, 801) == set()


def test_rapport_index_reaches_running_servers(
    pair: tuple[LiveServer, LiveServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    from service.cli.main import main

    one, _ = pair
    (one.workdir / "corpus" / synth.name(803)).write_text(synth.report_text(803), "utf-8")
    monkeypatch.chdir(one.workdir)
    for key in ("INDEX_DIR", "CORPUS_DIR", "EMBEDDER"):
        monkeypatch.setenv(f"RAPPORT_{key}", one.env[f"RAPPORT_{key}"])
    assert main(["index", "--no-progress"]) == 0
    assert _all_find(pair, 803, synth.name(803)[:-4])


def _hammer(server: LiveServer, stop: threading.Event) -> list[int]:
    statuses: list[int] = []
    with httpx.Client(base_url=server.url, timeout=60.0) as http:
        while not stop.is_set():
            response = http.get("/api/search", params={"q": "barn i familjehem skola"})
            statuses.append(response.status_code)
    return statuses


@pytest.mark.slow
def test_no_search_fails_while_generations_are_published(
    pair: tuple[LiveServer, LiveServer],
) -> None:
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=4) as pool:
        hammers = [pool.submit(_hammer, server, stop) for server in pair for _ in range(2)]
        try:
            added = [(n, _upload(pair[n % 2], n)) for n in range(810, 816)]
            assert all(_all_find(pair, n, rid) for n, rid in added)
        finally:
            stop.set()
        statuses = [s for h in hammers for s in h.result()]
    assert len(statuses) > 20 and set(statuses) == {200}


@pytest.mark.slow
def test_rate_limits_hold_across_processes(tmp_path: Path) -> None:
    one, two = _pair(tmp_path, rate_limit_per_minute="3")
    try:
        body = {"text": "Barnen i familjehem behöver stöd i skolan under hela året."}
        statuses = [
            httpx.post(f"{server.url}/api/similar", json=body, timeout=60.0).status_code
            for server in (one, two, one, two)
        ]
    finally:
        one.stop()
        two.stop()
    assert statuses == [200, 200, 200, 429]  # 3 a minute for this client, not 3 per process
