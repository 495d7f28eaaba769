"""Cross-origin writes are refused: a browser page on another site must not upload or delete.

CORS only decides whether a page may *read* an answer; a cross-site form or ``fetch`` with a
multipart body is sent (and acted on) without a preflight. So every unsafe request (anything but
GET/HEAD/OPTIONS) that carries an ``Origin`` header must come from the server's own origin (the
host the browser addressed) or from one of the configured CORS origins; otherwise it gets 403
``forbidden_origin`` before it reaches a route. Requests without ``Origin`` (curl, scripts, old
browsers on same-origin form posts) are not browser cross-site requests and pass.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import urlsplit

from service.guards.asgi import ASGIApp, Receive, Scope, Send, header, send_error

__all__ = ["OriginGuardMiddleware", "same_origin"]

log = logging.getLogger(__name__)

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def same_origin(origin: str, host: str) -> bool:
    """Whether `origin` ("https://intra.example:8443") names the `host` header's host and port."""
    parts = urlsplit(origin.strip())
    return parts.scheme in ("http", "https") and bool(host) and parts.netloc.lower() == host.lower()


class OriginGuardMiddleware:
    """403 forbidden_origin for unsafe requests from a foreign Origin not allowed by CORS."""

    def __init__(self, app: ASGIApp, allowed: Sequence[str] = ()) -> None:
        self.app = app
        self.allowed = {origin.strip().rstrip("/").lower() for origin in allowed if origin.strip()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope.get("method", "")) not in _SAFE_METHODS:
            origin = header(scope, "origin")
            if origin is not None and not self._allowed(origin, header(scope, "host") or ""):
                log.warning("refused %s %s from origin %r", scope["method"], scope["path"], origin)
                message = (
                    f"cross-origin {scope['method']} from {origin[:100]!r} refused: only pages "
                    "of this server (or origins listed in cors_origins) may change data"
                )
                await send_error(scope, send, 403, "forbidden_origin", message)
                return
        await self.app(scope, receive, send)

    def _allowed(self, origin: str, host: str) -> bool:
        return same_origin(origin, host) or origin.strip().rstrip("/").lower() in self.allowed
