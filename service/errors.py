"""The service's errors and the one error shape every failure is rendered in.

Tree::

    ServiceError (status, code)
    ├── BadRequest            400 bad_request
    ├── NotFound              404 not_found
    ├── Conflict              409 (code given by the raiser, e.g. managed_by_corpus)
    ├── PayloadTooLarge       413 upload_too_large / query_too_long
    ├── UnsupportedMedia      415 unsupported_media_type
    ├── Unprocessable         422 (code given by the raiser, e.g. no_text_extracted)
    └── Unavailable           503 index_unavailable / indexing (with Retry-After)

Every error body is ``{"error": {"code", "message", "request_id"}}`` - validation errors, unknown
routes, errors raised by `search` and `ingest`, and unexpected exceptions (without a stack trace).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest import errors as ingest_errors
from search import errors as search_errors

__all__ = [
    "BadRequest",
    "Conflict",
    "NotFound",
    "PayloadTooLarge",
    "ServiceError",
    "Unavailable",
    "Unprocessable",
    "UnsupportedMedia",
    "error_body",
    "install_error_handlers",
]

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    503: "unavailable",
}


class ServiceError(Exception):
    """Base of the service's errors: carries an HTTP status and a stable machine-readable code."""

    status = 500
    code = "internal_error"

    def __init__(
        self, message: str, *, code: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}
        if code is not None:
            self.code = code


class BadRequest(ServiceError):
    status, code = 400, "bad_request"


class NotFound(ServiceError):
    status, code = 404, "not_found"


class Conflict(ServiceError):
    status, code = 409, "conflict"


class PayloadTooLarge(ServiceError):
    status, code = 413, "upload_too_large"


class UnsupportedMedia(ServiceError):
    status, code = 415, "unsupported_media_type"


class Unprocessable(ServiceError):
    status, code = 422, "unprocessable"


class Unavailable(ServiceError):
    status, code = 503, "index_unavailable"


def error_body(code: str, message: str, request_id: str) -> dict[str, Any]:
    """The one error shape."""
    return {"error": {"code": code, "message": message, "request_id": request_id}}


def _request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", "") or "")


def _respond(
    request: Request, status: int, code: str, message: str, extra: dict[str, str] | None = None
) -> JSONResponse:
    headers = {"X-Request-ID": _request_id(request), **(extra or {})}
    body = error_body(code, message, _request_id(request))
    return JSONResponse(body, status_code=status, headers=headers)


def _ingest_code(exc: Exception) -> tuple[int, str]:
    name = type(exc).__name__
    table = {
        "UnsupportedFormat": (415, "unsupported_media_type"),
        "EncryptedPdf": (422, "pdf_encrypted"),
        "NoTextExtracted": (422, "no_text_extracted"),
        "EncodingError": (422, "bad_encoding"),
    }
    return table.get(name, (422, "pdf_unreadable"))


def _search_code(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, search_errors.NotFound):
        return 404, "not_found"
    if isinstance(exc, search_errors.EmptyQuery):
        return 400, "bad_request"
    return 503, "index_unavailable"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Render every error - ours, FastAPI's, search's, ingest's, unexpected ones - in one shape."""

    async def on_service(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ServiceError)
        return _respond(request, exc.status, exc.code, exc.message, exc.headers)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = str(exc.detail) if exc.status_code != 404 else "no such resource"
        return _respond(request, exc.status_code, code, message)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _respond(request, 422, "validation_error", _validation_message(exc))

    async def on_search(request: Request, exc: Exception) -> JSONResponse:
        status, code = _search_code(exc)
        if status >= 500:
            log.error("search failed: %s", exc)
        return _respond(request, status, code, str(exc))

    async def on_ingest(request: Request, exc: Exception) -> JSONResponse:
        status, code = _ingest_code(exc)
        return _respond(request, status, code, str(exc))

    async def on_unexpected(request: Request, _exc: Exception) -> JSONResponse:
        log.exception("unhandled error in %s %s", request.method, request.url.path)
        return _respond(request, 500, "internal_error", "internal error (see the server log)")

    app.add_exception_handler(ServiceError, on_service)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(search_errors.SearchError, on_search)
    app.add_exception_handler(ingest_errors.IngestError, on_ingest)
    app.add_exception_handler(Exception, on_unexpected)
