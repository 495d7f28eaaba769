"""Wire the reliability and security guards into an app from the settings.

`create_app` calls `install_guards(app, settings)` once; the upload route builds its
`ParseLimits` with `parse_limits(settings)`. Order, outermost first: CORS (answers preflights),
authentication, rate limiting, query and body size limits, then the application.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from ingest.types import Report
from service.auth import AuthConfig, AuthMiddleware, install_cors
from service.bodylimit import BodyLimitMiddleware, QueryLimitMiddleware
from service.ratelimit import RateLimiter, RateLimitMiddleware
from service.sandbox import ParseLimits, SandboxedParser
from service.settings import Settings

__all__ = [
    "MULTIPART_OVERHEAD",
    "auth_config",
    "install_guards",
    "parse_limits",
    "sandboxed_parser",
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


def install_guards(app: FastAPI, settings: Settings) -> None:
    """Add body and query limits, rate limit, authentication and CORS (inner to outer)."""
    app.add_middleware(
        BodyLimitMiddleware, max_bytes=settings.max_upload_bytes + MULTIPART_OVERHEAD
    )
    app.add_middleware(QueryLimitMiddleware, max_chars=settings.max_query_chars)
    if settings.rate_limit_per_minute > 0:
        app.add_middleware(RateLimitMiddleware, limiter=RateLimiter(settings.rate_limit_per_minute))
    app.add_middleware(AuthMiddleware, config=auth_config(settings))
    install_cors(app, _split(settings.cors_origins))
