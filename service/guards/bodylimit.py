"""Request size limits: body bytes (while streaming) and query-parameter length.

Body: enforced while the body streams in, before anything is stored.

A declared ``Content-Length`` above the limit is refused at once without reading the body; a
chunked or lying body is counted as it arrives and cut off at the limit. Either way the client
gets 413 ``upload_too_large`` and the application's partial work (a spooled multipart part, for
instance) is abandoned. The limit is checked here because the framework spools a whole form
before a route could look at it.

Query parameters: a value longer than the limit (``/api/search?q=...``) gets 413
``query_too_long`` before routing, so no tokenizer or embedder ever sees it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from service.guards.asgi import ASGIApp, Receive, Scope, Send, header, send_error

__all__ = ["BodyLimitMiddleware", "QueryLimitMiddleware"]

_BODY_METHODS = {"POST", "PUT", "PATCH"}


class _BodyTooLarge(Exception):
    """Raised inside the application's `receive` once the limit is passed."""


class BodyLimitMiddleware:
    """Refuse request bodies larger than `max_bytes` with 413 upload_too_large."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        declared = header(scope, "content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, send, declared)
            return
        await self._guarded(scope, receive, send)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = {"seen": 0, "over": False, "started": False}

        async def limited_receive() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                state["seen"] += len(message.get("body", b""))
                if state["seen"] > self.max_bytes:
                    state["over"] = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Any) -> None:
            if state["over"]:
                return  # the application's own answer to the cut-off body is dropped
            state["started"] = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not state["over"]:
                raise
        if state["over"] and not state["started"]:
            await self._refuse(scope, send, f"more than {state['seen']}")

    async def _refuse(self, scope: Scope, send: Send, size: str) -> None:
        message = f"request body of {size} bytes exceeds the limit of {self.max_bytes} bytes"
        await send_error(scope, send, 413, "upload_too_large", message, {"Connection": "close"})


class QueryLimitMiddleware:
    """Refuse query-string values longer than `max_chars` with 413 query_too_long."""

    def __init__(self, app: ASGIApp, max_chars: int) -> None:
        self.app = app
        self.max_chars = max_chars

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = bytes(scope.get("query_string", b"")) if scope["type"] == "http" else b""
        if len(raw) > self.max_chars:  # percent-encoding only ever makes it longer
            query = raw.decode("latin-1")
            longest = max((len(value) for _key, value in parse_qsl(query)), default=0)
            if longest > self.max_chars:
                message = f"a query parameter of {longest} characters exceeds {self.max_chars}"
                await send_error(scope, send, 413, "query_too_long", message)
                return
        await self.app(scope, receive, send)
