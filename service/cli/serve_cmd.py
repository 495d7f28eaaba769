"""`rapport serve [--host H] [--port P]`: check the settings and the store, then serve at once
(the corpus is indexed in the background; `/api/health` shows the progress)."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from service.settings import Settings

__all__ = ["preflight", "register", "run", "uvicorn_options"]

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


def uvicorn_options(settings: Settings, host: str, port: int) -> dict[str, Any]:
    """How uvicorn runs the app. Its proxy-header rewriting is always off: it would let any
    local client pick its own address with X-Forwarded-For (and so dodge rate limits); the
    app reads that header itself, from trusted_proxies only (setting trust_forwarded_for)."""
    return {
        "host": host,
        "port": port,
        "log_level": settings.log_level.lower(),
        "proxy_headers": False,
        "forwarded_allow_ips": "",
        "workers": 1,
    }


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
    app = create_app(settings)
    log.info("serving on http://%s:%d (index: %s)", host, port, settings.index_dir)
    uvicorn.run(app, **uvicorn_options(settings, host, port))
    return 0
