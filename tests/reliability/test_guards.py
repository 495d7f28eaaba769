"""Authentication, CORS, rate limiting and the body limit, on a small app with the real guards."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request, UploadFile

from service.guards.install import install_guards
from service.guards.ratelimit import RateLimiter, refill, retry_after
from service.settings import Settings

KEY = "k3y-for-the-tests-0123456789"


def _settings(**overrides: Any) -> Settings:
    base: dict[str, Any] = {"rate_limit_per_minute": 0, "max_upload_bytes": 100_000}
    return Settings(_env_file=None, **{**base, **overrides})  # type: ignore[call-arg]


def _app(settings: Settings, received: list[int] | None = None) -> FastAPI:
    app = FastAPI()
    install_guards(app, settings)
    got = received if received is not None else []

    @app.get("/api/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/search")
    def search(request: Request) -> dict[str, Any]:
        return {"user": getattr(request.state, "user", None)}

    @app.post("/api/ask")
    def ask() -> dict[str, str]:
        return {"answer": "ok"}

    @app.post("/api/reports")
    async def upload(file: UploadFile) -> dict[str, int]:
        data = await file.read()
        got.append(len(data))
        return {"bytes": len(data)}

    return app


def _call(app: FastAPI, method: str, path: str, client: str = "127.0.0.1", **kw: Any) -> Any:
    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=(client, 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            return await http.request(method, path, **kw)

    return asyncio.run(run())


def _error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["request_id"] and "Traceback" not in response.text
    return dict(body["error"])


def test_auth_off_by_default_everything_open() -> None:
    app = _app(_settings())
    assert _call(app, "POST", "/api/ask").status_code == 200
    assert _call(app, "GET", "/api/search").json() == {"user": None}


def test_api_key_guards_writes_but_not_reads() -> None:
    app = _app(_settings(api_key=KEY))
    files = {"file": ("a.txt", b"hej", "text/plain")}
    for headers in ({}, {"X-API-Key": "wrong"}, {"X-API-Key": KEY[:-1]}, {"X-API-Key": KEY + "x"}):
        refused = _call(app, "POST", "/api/reports", headers=headers, files=files)
        _error(refused, 401, "unauthenticated")
    _error(_call(app, "POST", f"/api/reports?api_key={KEY}", files=files), 401, "unauthenticated")
    ok = _call(app, "POST", "/api/reports", headers={"X-API-Key": KEY}, files=files)
    assert ok.status_code == 200
    assert _call(app, "GET", "/api/search").status_code == 200
    assert _call(app, "POST", "/api/ask").status_code == 200  # asking only reads (issue 13 #8)


def test_reads_need_credentials_when_configured() -> None:
    app = _app(_settings(api_key=KEY, auth_required_for_reads=True))
    _error(_call(app, "GET", "/api/search"), 401, "unauthenticated")
    _error(_call(app, "GET", "/openapi.json"), 401, "unauthenticated")
    assert _call(app, "GET", "/api/health").status_code == 200
    ok = _call(app, "GET", "/api/search", headers={"X-API-Key": KEY})
    assert ok.json() == {"user": "api-key"}


def test_trusted_header_believed_only_from_a_trusted_proxy() -> None:
    app = _app(_settings(trusted_user_header="X-Remote-User", auth_required_for_reads=True))
    who = {"X-Remote-User": "anna"}
    assert _call(app, "GET", "/api/search", headers=who).json() == {"user": "anna"}
    _error(_call(app, "GET", "/api/search", "10.1.2.3", headers=who), 401, "unauthenticated")
    _error(_call(app, "GET", "/api/search"), 401, "unauthenticated")


@pytest.mark.parametrize(
    "overrides",
    [{"auth_required_for_reads": True}, {"api_key": "changeme"}, {"api_key": "short"}],
)
def test_unsafe_auth_settings_refuse_to_start(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        _call(_app(_settings(**overrides)), "GET", "/api/health")


def test_cors_closed_by_default_and_exact_when_configured() -> None:
    evil = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    closed = _call(_app(_settings()), "OPTIONS", "/api/ask", headers=evil)
    assert "access-control-allow-origin" not in closed.headers
    app = _app(_settings(cors_origins="https://intra.example"))
    assert (
        "access-control-allow-origin" not in _call(app, "GET", "/api/search", headers=evil).headers
    )
    good = _call(app, "GET", "/api/search", headers={"Origin": "https://intra.example"})
    assert good.headers["access-control-allow-origin"] == "https://intra.example"


def test_rate_limit_429_with_retry_after_per_client() -> None:
    app = _app(_settings(rate_limit_per_minute=5))
    codes = [_call(app, "POST", "/api/ask").status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]
    refused = _call(app, "POST", "/api/ask")
    _error(refused, 429, "rate_limited")
    assert 1 <= int(refused.headers["Retry-After"]) <= 12
    assert _call(app, "POST", "/api/ask", "10.0.0.9").status_code == 200  # another client
    assert all(_call(app, "GET", "/api/search").status_code == 200 for _ in range(10))


def test_token_bucket_math_by_hand() -> None:
    assert refill(0.0, 60.0, 1.0, 2.5) == 2.5
    assert refill(59.0, 60.0, 1.0, 10.0) == 60.0
    assert retry_after(0.25, 0.5) == 2  # needs 0.75 tokens at 0.5/s = 1.5 s -> 2
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])  # 2 per minute: one token per 30 s
    assert [limiter.take("a"), limiter.take("a"), limiter.take("a")] == [0, 0, 30]
    now[0] = 30.0
    assert limiter.take("a") == 0 and limiter.take("a") == 30


def test_declared_oversize_body_is_refused_unread() -> None:
    received: list[int] = []
    app = _app(_settings(), received)
    files = {"file": ("big.pdf", b"%PDF-1.4" + b"x" * 300_000, "application/pdf")}
    _error(_call(app, "POST", "/api/reports", files=files), 413, "upload_too_large")
    assert received == []


def test_streamed_oversize_body_without_length_is_cut_off() -> None:
    received: list[int] = []
    app = _app(_settings(), received)
    sent: list[int] = []

    async def body() -> Any:
        yield (
            b'--b\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\n'
            b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"
        )
        for _ in range(100):
            sent.append(1)
            yield b"y" * 10_000

    headers = {"Content-Type": "multipart/form-data; boundary=b"}
    response = _call(app, "POST", "/api/reports", headers=headers, content=body())
    _error(response, 413, "upload_too_large")
    assert received == [] and len(sent) < 30  # stopped soon after the 164 KB limit


def test_small_upload_passes_the_body_limit() -> None:
    received: list[int] = []
    app = _app(_settings(), received)
    files = {"file": ("ok.txt", b"hej " * 1000, "text/plain")}
    assert _call(app, "POST", "/api/reports", files=files).json() == {"bytes": 4000}
    assert received == [4000]


def test_overlong_query_parameter_is_413_before_routing() -> None:
    app = _app(_settings(max_query_chars=50))
    assert _call(app, "GET", "/api/search", params={"q": "å" * 50}).status_code == 200
    _error(_call(app, "GET", "/api/search", params={"q": "å" * 51}), 413, "query_too_long")
    _error(_call(app, "GET", "/api/search", params={"q": "x" * 30_000}), 413, "query_too_long")


def test_every_api_route_of_the_real_app_needs_credentials_when_configured() -> None:
    from fastapi.testclient import TestClient

    from service.app import create_app
    from tests.service.fakes import FakeIndex, sample_reports

    settings = _settings(api_key=KEY, auth_required_for_reads=True)
    app = create_app(settings, index=FakeIndex(sample_reports()))
    checked = []
    with TestClient(app) as client:
        for route, operations in app.openapi()["paths"].items():
            path = route.replace("{", "").replace("}", "")  # any id will do
            for method in (m.upper() for m in operations):
                response = client.request(method, path)
                if route == "/api/health":
                    assert response.status_code == 200
                    continue
                _error(response, 401, "unauthenticated")  # type: ignore[arg-type]
                assert response.headers["x-content-type-options"] == "nosniff"  # app headers too
                authed = client.request(method, path, headers={"X-API-Key": KEY})
                assert authed.status_code not in (401, 500), (method, route, authed.text)
                checked.append(f"{method} {route}")
    assert {"GET /api/search", "POST /api/ask", "POST /api/reports"} <= set(checked)


def test_real_app_rate_limits_answers_and_uploads_but_not_search() -> None:
    from fastapi.testclient import TestClient

    from service.app import create_app
    from tests.service.fakes import FakeIndex, sample_reports

    app = create_app(_settings(rate_limit_per_minute=3), index=FakeIndex(sample_reports()))
    files = {"file": ("a.txt", b"hej", "text/plain")}
    with (
        TestClient(app, client=("10.0.0.1", 1)) as one,
        TestClient(app, client=("10.0.0.2", 1)) as two,
    ):
        asks = [one.post("/api/ask", json={"question": "Vilka mål?"}) for _ in range(4)]
        assert [r.status_code for r in asks[:3]] == [200] * 3
        _error(asks[3], 429, "rate_limited")  # type: ignore[arg-type]
        assert int(asks[3].headers["retry-after"]) >= 1
        codes = [two.post("/api/reports", files=files).status_code for _ in range(4)]
        assert codes[3] == 429 and 429 not in codes[:3]  # another client has its own bucket
        assert all(one.get("/api/search", params={"q": "mål"}).status_code == 200 for _ in range(5))
