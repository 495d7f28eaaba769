"""Optional authentication (API key or trusted proxy header) and closed-by-default CORS.

Modes, from `AuthConfig`:

* nothing configured - no authentication (a warning is logged at start-up);
* ``api_key`` - requests must send ``X-API-Key``; keys are compared as SHA-256 digests with
  `hmac.compare_digest`; a key in the query string is never read;
* ``trusted_user_header`` (e.g. ``X-Remote-User``) - a reverse proxy that authenticated the user
  names them in this header; it is believed only when the direct peer is one of
  ``trusted_proxies``, otherwise it is ignored (and logged).

Write requests (anything but GET/HEAD/OPTIONS) under ``/api/`` need credentials, except the
three POSTs that only read (asking, streaming an answer, finding similar texts); with
``required_for_reads`` every ``/api/`` request and the OpenAPI pages do. ``/api/health`` stays open.
Failures are 401 ``unauthenticated`` in the one error shape.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from service.guards.asgi import ASGIApp, Receive, Scope, Send, client_host, header, send_error

__all__ = ["AuthConfig", "AuthMiddleware", "authenticate", "install_cors", "needs_auth"]

log = logging.getLogger(__name__)

_READ_METHODS = {"GET", "HEAD", "OPTIONS"}
_OPEN_PATHS = {"/api/health"}
_READ_POSTS = {"/api/ask", "/api/ask/stream", "/api/similar"}  # POST bodies, but nothing written
_DOC_PATHS = ("/docs", "/redoc", "/openapi.json")
_WEAK_KEYS = {"changeme", "secret", "password", "api-key", "apikey", "test"}


@dataclass(frozen=True, slots=True)
class AuthConfig:
    """What authentication is switched on. Empty strings switch a mode off."""

    api_key: str = ""
    trusted_user_header: str = ""
    trusted_proxies: tuple[str, ...] = ("127.0.0.1", "::1")
    required_for_reads: bool = False

    @property
    def enabled(self) -> bool:
        return bool(self.api_key or self.trusted_user_header)

    def check(self) -> None:
        """Refuse configurations that look safe but are not; raises ValueError."""
        if self.required_for_reads and not self.enabled:
            raise ValueError("auth_required_for_reads is set but neither api_key nor header is")
        if self.api_key and (len(self.api_key) < 16 or self.api_key.lower() in _WEAK_KEYS):
            raise ValueError("api_key is too short or a well-known default (use 16+ characters)")


def needs_auth(method: str, path: str, config: AuthConfig) -> bool:
    """Whether a request must carry credentials under `config`."""
    if not config.enabled or path in _OPEN_PATHS:
        return False
    if path.startswith("/api/"):
        reads = method in _READ_METHODS or (method == "POST" and path in _READ_POSTS)
        return config.required_for_reads or not reads
    return config.required_for_reads and path.startswith(_DOC_PATHS)


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8", "surrogateescape")).digest()


def authenticate(scope: Scope, config: AuthConfig) -> str | None:
    """The caller's identity ("api-key" or the proxy-named user), or None."""
    given = header(scope, "x-api-key")
    if (
        config.api_key
        and given is not None
        and hmac.compare_digest(_digest(given), _digest(config.api_key))
    ):
        return "api-key"
    if config.trusted_user_header:
        named = (header(scope, config.trusted_user_header) or "").strip()
        if named and client_host(scope) in config.trusted_proxies:
            return named[:200]
        if named:
            log.warning(
                "ignored %s from untrusted peer %s", config.trusted_user_header, client_host(scope)
            )
    return None


class AuthMiddleware:
    """401 unauthenticated for requests that need credentials and have none that fit."""

    def __init__(self, app: ASGIApp, config: AuthConfig) -> None:
        config.check()
        if not config.enabled:
            log.warning("authentication is off: every client may upload and delete reports")
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        user = authenticate(scope, self.config) if self.config.enabled else None
        if user:
            scope.setdefault("state", {})["user"] = user
        elif needs_auth(str(scope.get("method", "")), str(scope.get("path", "")), self.config):
            message = "credentials required: send X-API-Key"
            if self.config.trusted_user_header:
                message += f" or sign in through the proxy ({self.config.trusted_user_header})"
            headers = {"WWW-Authenticate": "ApiKey"}
            await send_error(scope, send, 401, "unauthenticated", message, headers)
            return
        await self.app(scope, receive, send)


def install_cors(app: FastAPI, origins: Sequence[str]) -> None:
    """CORS for exactly `origins`; with none, no CORS headers are sent (closed by default)."""
    allowed = [origin.strip() for origin in origins if origin.strip()]
    if not allowed:
        return
    app.add_middleware(
        CORSMiddleware,
        allow_origins=allowed,
        allow_credentials=False,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"],
        max_age=600,
    )
