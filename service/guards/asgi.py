"""Pure-ASGI plumbing shared by the guard middlewares (auth, rate limit, body limit).

The guards run before routing, so they answer in the service's one error shape themselves.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi.responses import JSONResponse

__all__ = [
    "ASGIApp",
    "Receive",
    "Scope",
    "Send",
    "client_address",
    "client_host",
    "header",
    "request_id",
    "send_error",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def error_body(code: str, message: str, request_id: str) -> dict[str, Any]:
    """The one error shape (the same as `service.errors.error_body`)."""
    return {"error": {"code": code, "message": message, "request_id": request_id}}


def header(scope: Scope, name: str) -> str | None:
    """The first value of request header `name` (case-insensitive), decoded as Latin-1."""
    wanted = name.lower().encode("latin-1")
    for key, value in scope.get("headers", ()):
        if key.lower() == wanted:
            return bytes(value).decode("latin-1")
    return None


def client_host(scope: Scope) -> str:
    """The direct peer's address ("" when unknown, e.g. in-process test clients)."""
    client = scope.get("client")
    return str(client[0]) if client else ""


def client_address(scope: Scope, forwarders: tuple[str, ...] = ()) -> str:
    """The client's address: the direct peer, or - only when that peer is one of `forwarders`
    (trusted reverse proxies) - the last X-Forwarded-For hop that is not itself a forwarder.
    A client talking to the server directly can therefore never choose its own address."""
    peer = client_host(scope)
    forwarded = header(scope, "x-forwarded-for") if peer in forwarders else None
    hops = [hop.strip() for hop in (forwarded or "").split(",") if hop.strip()]
    return next((hop[:64] for hop in reversed(hops) if hop not in forwarders), peer)


def request_id(scope: Scope) -> str:
    """The id the service's request-id middleware stored, else the caller's, else a new one."""
    state = scope.setdefault("state", {})
    rid = state.get("request_id") or header(scope, "x-request-id") or uuid.uuid4().hex
    state["request_id"] = rid
    return str(rid)


async def send_error(
    scope: Scope,
    send: Send,
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
) -> None:
    """Answer the request with ``{"error": {"code", "message", "request_id"}}``."""
    rid = request_id(scope)
    response = JSONResponse(
        error_body(code, message, rid),
        status_code=status,
        headers={"X-Request-ID": rid, **(headers or {})},
    )

    async def no_body() -> Message:
        return {"type": "http.disconnect"}

    await response(scope, no_body, send)
