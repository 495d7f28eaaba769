"""Wire the reliability and security guards into an app from the settings.

`create_app` calls `install_guards(app, settings)` once; the upload route builds its
`ParseLimits` with `parse_limits(settings)`. Order, outermost first: CORS (answers preflights),
the cross-origin write guard, authentication, rate limiting, query and body size limits, then the
application. `settings_problems` lists what would make the server fail later; `create_app` and
`rapport serve` refuse to start on any.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from ingest.types import Report
from service.guards.auth import AuthConfig, AuthMiddleware, install_cors
from service.guards.bodylimit import BodyLimitMiddleware, QueryLimitMiddleware
from service.guards.origin import OriginGuardMiddleware
from service.guards.ratelimit import RateLimitMiddleware
from service.guards.shared_buckets import RATE_FILE, SharedRateLimiter
from service.settings import Settings
from service.uploads.sandbox import ParseLimits, SandboxedParser

__all__ = [
    "MULTIPART_OVERHEAD",
    "auth_config",
    "install_guards",
    "parse_limits",
    "sandboxed_parser",
    "settings_problems",
]

MULTIPART_OVERHEAD = 64 * 1024
"""Room for multipart boundaries and part headers on top of `max_upload_bytes`."""


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def auth_config(settings: Settings) -> AuthConfig:
    """The authentication mode the settings ask for."""
    return AuthConfig(
        api_key=settings.api_key.get_secret_value(),
        trusted_user_header=settings.trusted_user_header.strip(),
        trusted_proxies=_split(settings.trusted_proxies),
        required_for_reads=settings.auth_required_for_reads,
    )


def parse_limits(settings: Settings) -> ParseLimits:
    """Limits for parsing one upload in the sandbox."""
    return ParseLimits(
        max_bytes=settings.max_upload_bytes,
        max_pages=settings.max_pdf_pages,
        timeout_s=settings.parse_timeout_s,
        memory_mb=settings.parse_memory_mb,
        max_chars=settings.max_extracted_chars,
    )


def sandboxed_parser(settings: Settings) -> Callable[[bytes, str], list[Report]]:
    """The upload parser of the app: `ingest.read_bytes` in limited child processes, two at a
    time (one per core of the project machine)."""
    return SandboxedParser(parse_limits(settings), parallel=2)


def settings_problems(settings: Settings) -> list[str]:
    """What is wrong with the settings, one message naming the variable each (empty = fine)."""
    problems = []
    try:
        auth_config(settings).check()
    except ValueError as exc:
        problems.append(f"RAPPORT_API_KEY / auth: {exc}")
    if settings.chat_backend not in ("extractive", "openai"):
        got = settings.chat_backend
        problems.append(f"RAPPORT_CHAT_BACKEND: expected 'extractive' or 'openai', got {got!r}")
    if settings.ann not in ("flat", "hnsw", "auto"):
        problems.append(f"RAPPORT_ANN: expected 'flat', 'hnsw' or 'auto', got {settings.ann!r}")
    positive = ("max_upload_bytes", "max_pdf_pages", "parse_timeout_s", "max_query_chars", "top_k")
    for name in positive:
        if getattr(settings, name) <= 0:
            problems.append(f"RAPPORT_{name.upper()}: must be above 0")
    if settings.rate_limit_per_minute < 0:
        problems.append("RAPPORT_RATE_LIMIT_PER_MINUTE: must be 0 (off) or more")
    return problems


def install_guards(app: FastAPI, settings: Settings) -> None:
    """Add body and query limits, rate limit, authentication, the cross-origin write guard and
    CORS (inner to outer). Raises ValueError at once for unsafe or invalid settings."""
    problems = settings_problems(settings)
    if problems:
        raise ValueError("invalid settings: " + "; ".join(problems))
    app.add_middleware(
        BodyLimitMiddleware, max_bytes=settings.max_upload_bytes + MULTIPART_OVERHEAD
    )
    app.add_middleware(QueryLimitMiddleware, max_chars=settings.max_query_chars)
    if settings.rate_limit_per_minute > 0:
        forwarders = _split(settings.trusted_proxies) if settings.trust_forwarded_for else ()
        limiter = SharedRateLimiter(settings.index_dir / RATE_FILE, settings.rate_limit_per_minute)
        app.add_middleware(RateLimitMiddleware, limiter=limiter, forwarders=forwarders)
    app.add_middleware(AuthMiddleware, config=auth_config(settings))
    origins = _split(settings.cors_origins)
    app.add_middleware(OriginGuardMiddleware, allowed=origins)
    install_cors(app, origins)
