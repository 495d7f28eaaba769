"""`rapport serve [--host H] [--port P] [--workers N]`: check the settings and the store, then
serve at once (the corpus is indexed in the background; `/api/health` shows the progress).

With N > 1 workers uvicorn starts N processes sharing the socket; each builds the app with
`worker_app` (its settings from the environment), serves the index's current generation and
follows new ones, so an upload through any worker reaches all of them within about a second
(setting generation_poll_s). Each process's embedder gets cores / N threads unless
embed_threads says otherwise: processes, not threads, are what use the cores (issue 12).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Any

from fastapi import FastAPI

from service.settings import Settings

__all__ = ["embed_threads", "preflight", "register", "run", "uvicorn_options", "worker_app"]

log = logging.getLogger(__name__)


def register(sub: Any) -> None:
    """Add the `serve` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "serve",
        help="serve the web UI and the API; index corpus_dir in the background",
        description=__doc__,
    )
    parser.add_argument("--host", help="address to bind (default: settings.host)")
    parser.add_argument("--port", type=int, help="port to listen on (default: settings.port)")
    parser.add_argument(
        "--workers", type=int, help="server processes sharing the port (default: settings.workers)"
    )
    parser.set_defaults(func=run)


def preflight(settings: Settings) -> list[str]:
    """Everything that would make the server fail after it started: invalid or unsafe settings,
    a store of record that is damaged (or empty) - one clear message each."""
    from search.errors import SearchError
    from search.store import STORE_FILE, check_store
    from service.guards.install import settings_problems

    problems = settings_problems(settings)
    try:
        check_store(settings.index_dir / STORE_FILE)
    except SearchError as exc:
        problems.append(str(exc))
    return problems


def uvicorn_options(settings: Settings, host: str, port: int, workers: int = 1) -> dict[str, Any]:
    """How uvicorn runs the app. Its proxy-header rewriting is always off: it would let any
    local client pick its own address with X-Forwarded-For (and so dodge rate limits); the
    app reads that header itself, from trusted_proxies only (setting trust_forwarded_for)."""
    return {
        "host": host,
        "port": port,
        "log_level": settings.log_level.lower(),
        "proxy_headers": False,
        "forwarded_allow_ips": "",
        "workers": workers,
    }


def embed_threads(settings: Settings, workers: int, cores: int | None = None) -> int | None:
    """Embedder threads per server process: the setting, else the cores shared out between the
    workers (at least one each); None (the model's default: every core) for a single worker."""
    if settings.embed_threads > 0:
        return settings.embed_threads
    if workers <= 1:
        return None
    return max(1, (cores or os.cpu_count() or 1) // workers)


def worker_app() -> FastAPI:
    """The app of one worker process (uvicorn calls this factory in each): an entry point, so
    it reads the settings, which `run` passed on through the environment."""
    from service.app import create_app

    settings = Settings()
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    return create_app(settings)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Refuse to start on a bad setting or store (exit 2), else run uvicorn."""
    import uvicorn

    from service.app import create_app

    problems = preflight(settings)
    if problems:
        for problem in problems:
            sys.stderr.write(f"rapport serve: {problem}\n")
        sys.stderr.write("rapport serve: not started (fix the settings above)\n")
        return 2
    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    workers = args.workers if args.workers is not None else settings.workers
    if workers < 1:
        sys.stderr.write("rapport serve: --workers must be at least 1\n")
        return 2
    options = uvicorn_options(settings, host, port, workers)
    log.info("serving on http://%s:%d (index: %s)", host, port, settings.index_dir)
    if workers == 1:
        uvicorn.run(create_app(settings), **options)
        return 0
    threads = embed_threads(settings, workers)
    os.environ["RAPPORT_EMBED_THREADS"] = str(threads)
    log.info("%d worker processes, %s embedder thread(s) each", workers, threads)
    uvicorn.run(f"{__name__}:worker_app", factory=True, **options)
    return 0
