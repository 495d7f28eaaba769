"""Token-bucket rate limiting per client on the expensive endpoints (answers, similarity, uploads).

Each client owns a bucket of `capacity` tokens refilled at `rate` tokens per second; a request
takes one token or is refused with 429 ``rate_limited`` and a ``Retry-After`` header saying when
the next token arrives. A client is its API key (hashed), else the user named by the trusted
proxy header, else its address (the X-Forwarded-For one only from a trusted proxy, when enabled).
`RateLimiter` keeps the buckets in this process (tests, one-process use); the server uses
`service.guards.shared_buckets.SharedRateLimiter`, whose buckets every worker process shares.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from service.guards.asgi import ASGIApp, Receive, Scope, Send, client_address, header, send_error

__all__ = [
    "DEFAULT_RULES",
    "RateLimitMiddleware",
    "RateLimiter",
    "Rule",
    "TokenBuckets",
    "client_key",
    "refill",
    "retry_after",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """Requests whose path starts with `prefix` (and whose method is in `methods`, if given)."""

    prefix: str
    methods: frozenset[str] = frozenset()

    def matches(self, method: str, path: str) -> bool:
        return path.startswith(self.prefix) and (not self.methods or method in self.methods)


DEFAULT_RULES = (
    Rule("/api/ask"),
    Rule("/api/similar"),
    Rule("/api/reports", frozenset({"POST", "PUT"})),
)


def refill(tokens: float, capacity: float, rate: float, elapsed: float) -> float:
    """Tokens after `elapsed` seconds of refilling at `rate` per second, capped at `capacity`."""
    return min(capacity, tokens + max(0.0, elapsed) * rate)


def retry_after(tokens: float, rate: float) -> int:
    """Whole seconds until one token is available (at least 1)."""
    return max(1, math.ceil((1.0 - tokens) / rate))


class TokenBuckets(Protocol):
    """What the middleware needs: spend a token of `key`, 0 when allowed, else seconds to wait."""

    def take(self, key: str) -> int: ...


class RateLimiter:
    """Buckets per client key; thread-safe; remembers at most `max_clients` keys (LRU)."""

    def __init__(
        self,
        per_minute: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = 10_000,
    ) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._clock = clock
        self._max_clients = max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, key: str) -> int:
        """Spend one token of `key`: 0 when allowed, else the seconds to wait."""
        now = self._clock()
        with self._lock:
            tokens, updated = self._buckets.pop(key, (self.capacity, now))
            tokens = refill(tokens, self.capacity, self.rate, now - updated)
            wait = 0 if tokens >= 1.0 else retry_after(tokens, self.rate)
            self._buckets[key] = (tokens - 1.0 if wait == 0 else tokens, now)
            while len(self._buckets) > self._max_clients:
                self._buckets.popitem(last=False)
        return wait


def client_key(scope: Scope, forwarders: tuple[str, ...] = ()) -> str:
    """Who is asking: the user the auth guard accepted, else a hash of the API key, else the
    address (X-Forwarded-For only when the peer is one of `forwarders`). Unverified identity
    headers are never used (they would mint fresh buckets)."""
    user = scope.get("state", {}).get("user")
    if user:
        return f"user:{user}"
    api_key = header(scope, "x-api-key")
    if api_key:
        return "key:" + hashlib.sha256(api_key.encode()).hexdigest()[:16]
    return f"ip:{client_address(scope, forwarders)}"


class RateLimitMiddleware:
    """429 rate_limited (with Retry-After) for clients over their budget on matching routes."""

    def __init__(
        self,
        app: ASGIApp,
        limiter: TokenBuckets,
        rules: Sequence[Rule] = DEFAULT_RULES,
        forwarders: Sequence[str] = (),
    ) -> None:
        self.app = app
        self.limiter = limiter
        self.rules = tuple(rules)
        self.forwarders = tuple(forwarders)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self._limited(scope):
            wait = self.limiter.take(client_key(scope, self.forwarders))
            if wait:
                message = f"too many requests to {scope['path']}; retry in {wait} s"
                headers = {"Retry-After": str(wait)}
                await send_error(scope, send, 429, "rate_limited", message, headers)
                return
        await self.app(scope, receive, send)

    def _limited(self, scope: Scope) -> bool:
        method, path = str(scope.get("method", "")), str(scope.get("path", ""))
        return any(rule.matches(method, path) for rule in self.rules)
