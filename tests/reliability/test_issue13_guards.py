"""Issue 13 items 7-10: guards that must hold on the real app (and the real uvicorn launch)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from tests.conftest import ROOT
from tests.reliability.server import LiveServer, serve_refused
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex, sample_reports

KEY = "k3y-for-the-tests-0123456789"
TEXT = "Verksamhetsberättelse 2021 för Mottagningen\n\nVi har infört kvällsöppen rådgivning.\n"


_settings = make_settings


def _client(tmp: Path, **overrides: Any) -> TestClient:
    app = create_app(_settings(tmp, **overrides), index=FakeIndex(sample_reports()))
    return TestClient(app, raise_server_exceptions=False)


# --- item 7: a weak API key (or other bad setting) stops the start, clearly -----------------


def test_weak_api_key_refused_by_serve_with_a_clear_message_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert serve_refused(monkeypatch, tmp_path, API_KEY="changeme")
    err = capsys.readouterr().err
    assert "RAPPORT_API_KEY" in err and "16+ characters" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "overrides", [{"api_key": "changeme"}, {"chat_backend": "gpt"}, {"ann": "fast"}]
)
def test_create_app_refuses_bad_settings_at_once(tmp_path: Path, overrides: Any) -> None:
    with pytest.raises(ValueError, match="invalid settings"):
        create_app(_settings(tmp_path, **overrides), index=FakeIndex())


# --- item 8: asking and similar texts are reads --------------------------------------------


def test_api_key_mode_lets_the_ui_ask_and_find_similar_without_a_key(tmp_path: Path) -> None:
    with _client(tmp_path, api_key=KEY) as client:
        ask = client.post("/api/ask", json={"question": "Vad är Signs of Safety?"})
        stream = client.post("/api/ask/stream", json={"question": "Vad är Signs of Safety?"})
        similar = client.post("/api/similar", json={"text": "Signs of Safety används"})
        assert (ask.status_code, stream.status_code, similar.status_code) == (200, 200, 200)
        files = {"file": ("a.txt", TEXT.encode(), "text/plain")}
        assert client.post("/api/reports", files=files).status_code == 401
        assert client.delete("/api/reports/vb-2016-bou").status_code == 401
    with _client(tmp_path, api_key=KEY, auth_required_for_reads=True) as client:
        assert client.post("/api/similar", json={"text": "Signs"}).status_code == 401


# --- item 9: X-Forwarded-For only from trusted proxies -------------------------------------


def test_forwarded_for_is_believed_only_from_a_trusted_proxy_when_enabled(tmp_path: Path) -> None:
    def codes(client: TestClient, n: int) -> list[int]:
        return [
            client.post(
                "/api/similar", json={"text": "Signs"}, headers={"X-Forwarded-For": f"10.9.0.{i}"}
            ).status_code
            for i in range(n)
        ]

    app = create_app(
        _settings(tmp_path, rate_limit_per_minute=3, trust_forwarded_for=True),
        index=FakeIndex(sample_reports()),
    )
    with TestClient(app, client=("127.0.0.1", 1)) as proxy:  # a trusted proxy: per real client
        assert codes(proxy, 6) == [200] * 6
    with TestClient(app, client=("10.1.1.1", 1)) as direct:  # untrusted peer: header ignored
        assert codes(direct, 4) == [200] * 3 + [429]


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    workdir = tmp_path_factory.mktemp("limited")
    (workdir / "corpus").mkdir()
    shutil.copy(ROOT / "corpus" / "vb-2017-familjeenheten.txt", workdir / "corpus")
    server = LiveServer(workdir, rate_limit_per_minute="4", background_indexing="false").start()
    try:
        yield server
    finally:
        server.stop()


def test_rotating_forwarded_for_from_loopback_does_not_dodge_the_rate_limit(
    limited: LiveServer,
) -> None:
    codes = [
        httpx.post(
            f"{limited.url}/api/similar",
            json={"text": "familjebehandling"},
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
            timeout=30,
        ).status_code
        for i in range(8)
    ]
    assert codes[:4] == [200] * 4 and set(codes[4:]) == {429}


# --- item 10: cross-origin writes ----------------------------------------------------------


def test_cross_origin_upload_and_delete_are_refused(tmp_path: Path) -> None:
    files = {"file": ("mottagning.txt", TEXT.encode(), "text/plain")}
    evil = {"Origin": "http://evil.example"}
    with _client(tmp_path) as client:
        refused = client.post("/api/reports", files=files, headers=evil)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden_origin"
        assert client.delete("/api/reports/vb-2016-bou", headers=evil).status_code == 403
        assert (
            client.request(
                "POST", "/api/reports", files=files, headers={"Origin": "null"}
            ).status_code
            == 403
        )
        assert "mottagning" not in {r["id"] for r in client.get("/api/reports").json()}
        assert client.get("/api/reports", headers=evil).status_code == 200  # reads stay open
        own = client.post("/api/reports", files=files, headers={"Origin": "http://testserver"})
        assert own.status_code == 201, own.text
    with _client(tmp_path, cors_origins="http://evil.example") as client:
        allowed = client.post("/api/reports", files=files, headers=evil)
        assert allowed.status_code == 201, allowed.text
