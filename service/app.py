"""The app factory: `create_app(settings, *, index=None, chat=None)`.

The lifespan opens the index unless one is passed in - in a background thread that then syncs
the corpus (`service.uploads.startup`), so the server answers from the first moment; with
`background_indexing` off it does all that before serving. The index, the answerer, the upload
parser and the start-up state live on `app.state`; routes get them via `deps`.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from search.goals.build import Ledger
from search.protocols import SearchIndex
from service.answer import Answerer
from service.answer.chat import ChatModel, OpenAIChat
from service.answer.select import ANSWER_THRESHOLD, threshold_for
from service.api import ask as routes_ask
from service.api import reports as routes_reports
from service.api import search as routes_search
from service.api.goals import install_goals
from service.api.schemas import ErrorOut, HealthOut, ProgressOut
from service.deps import SettingsDep, UploadParser, ledger_of
from service.errors import install_error_handlers
from service.guards.install import install_guards, sandboxed_parser
from service.settings import Settings
from service.uploads.kept import UPLOADS, KeptUploads
from service.uploads.startup import StartupState, build_index

__all__ = ["CSP", "create_app"]

log = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI at /docs loads its assets from a CDN and runs one inline script.
_DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    "https://fastapi.tiangolo.com; object-src 'none'; frame-ancestors 'none'"
)
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def chat_from_settings(settings: Settings) -> ChatModel | None:
    """None for the extractive composer, else a client of the configured endpoint."""
    if settings.chat_backend == "extractive":
        return None
    if settings.chat_backend == "openai":
        key = settings.chat_api_key.get_secret_value()
        return OpenAIChat(settings.chat_base_url, settings.chat_model, key)
    raise ValueError(
        f"chat_backend: expected 'extractive' or 'openai', got {settings.chat_backend!r}"
    )


def _answerer(
    app: FastAPI, index: SearchIndex, chat: ChatModel | None, settings: Settings
) -> Answerer:
    """The answerer over `index`: with the goal ledger when the index has an embedder (the
    ledger embeds goals), its answer threshold calibrated for that embedder."""
    embedder = index.embedder
    goals = None
    if embedder is not None:

        def goals() -> Ledger:
            return ledger_of(app, index)

    threshold = threshold_for(embedder.name) if embedder is not None else ANSWER_THRESHOLD
    return Answerer(index, chat, goals=goals, top_k=settings.top_k, threshold=threshold)


def _lifespan(
    index: SearchIndex | None, chat: ChatModel | None
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings: Settings = app.state.settings
        state: StartupState = app.state.startup
        model = chat if chat is not None else chat_from_settings(settings)
        opened: list[SearchIndex] = []

        def publish(idx: SearchIndex) -> None:
            app.state.answerer = _answerer(app, idx, model, settings)
            app.state.index = idx
            if idx is not index:
                opened.append(idx)

        worker = _start(app, index, settings, publish)
        try:
            yield
        finally:
            state.stop()
            if worker is not None:
                worker.join()  # ends after the report it is storing
            for idx in opened:
                idx.close()

    return lifespan


def _start(
    app: FastAPI,
    index: SearchIndex | None,
    settings: Settings,
    publish: Callable[[SearchIndex], None],
) -> threading.Thread | None:
    """Publish the given index, or build one: in a background thread unless the settings say
    to index before serving. Returns the thread, if any."""
    state: StartupState = app.state.startup
    if index is not None:
        publish(index)
        state.finish()
        return None
    args = (settings, app.state.uploads, state, publish)
    if not settings.background_indexing:
        build_index(*args, reraise=True)
        return None
    worker = threading.Thread(target=build_index, args=args, name="rapport-indexing", daemon=True)
    worker.start()
    return worker


async def _headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    given = request.headers.get("x-request-id", "")
    request.state.request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
    response = await call_next(request)
    docs = request.url.path in ("/docs", "/redoc") or request.url.path.startswith("/docs/")
    response.headers["Content-Security-Policy"] = _DOCS_CSP if docs else CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Request-ID"] = request.state.request_id
    return response


def create_app(
    settings: Settings,
    *,
    index: SearchIndex | None = None,
    chat: ChatModel | None = None,
    parse_upload: UploadParser | None = None,
) -> FastAPI:
    """Build the app. Pass `index`/`chat`/`parse_upload` to use those instead of the settings'."""
    app = FastAPI(
        title="rapport",
        summary="Chat-style assistant and semantic search over social-services unit reports",
        lifespan=_lifespan(index, chat),
        responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}},
    )
    app.state.settings = settings
    app.state.parse_upload = parse_upload or sandboxed_parser(settings)
    app.state.uploads = KeptUploads(settings.index_dir / UPLOADS, app.state.parse_upload)
    app.state.startup = StartupState()
    install_guards(app, settings)  # auth, rate limit, body limit; inside _headers (request id)
    app.middleware("http")(_headers)
    install_error_handlers(app)
    for module in (routes_search, routes_ask, routes_reports):
        app.include_router(module.router)
    install_goals(app)  # /api/goals*, ledger built lazily from the index (goal-ledger helper)
    app.get("/api/health", response_model=HealthOut, tags=["meta"])(_health)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.get("/", include_in_schema=False)(_home)
    return app


def _health(request: Request, settings: SettingsDep) -> HealthOut:
    """Liveness, the start-up phase (with indexing progress), the served index's size and the
    generation this process serves."""
    now = request.app.state.startup.progress()
    index: SearchIndex | None = getattr(request.app.state, "index", None)
    served = _served(index) if index is not None else _Served(0, 0, None, None)
    status = {"ready": "ok", "failed": "error"}.get(now.phase, now.phase)
    return HealthOut(
        status=status,
        reports=served.reports,
        chunks=served.chunks,
        embedder=served.embedder,
        chat_backend=settings.chat_backend,
        generation=served.generation,
        progress=ProgressOut(done=now.done, total=now.total) if status != "ok" else None,
        message=now.error or None,
    )


@dataclass(frozen=True, slots=True)
class _Served:
    """What /api/health tells of the index a process serves."""

    reports: int
    chunks: int
    embedder: str | None
    generation: int | None  # None for an index without generations (a test double)


def _served(index: SearchIndex) -> _Served:
    """The served index's size, embedder name and generation, from one `stats()` call."""
    s = index.stats()
    embedder, generation = s.get("embedder"), s.get("generation")
    return _Served(
        reports=int(s["reports"]),
        chunks=int(s["chunks"]),
        embedder=None if embedder is None else str(embedder),
        generation=None if generation is None else int(generation),
    )


def _home() -> FileResponse:
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})
