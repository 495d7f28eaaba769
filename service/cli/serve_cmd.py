"""`rapport serve [--host H] [--port P]`: index the corpus (only what changed), then serve."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from service.settings import Settings

log = logging.getLogger(__name__)


def register(sub: Any) -> None:
    """Add the `serve` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "serve",
        help="index corpus_dir if needed, then serve the web UI and the API",
        description=__doc__,
    )
    parser.add_argument("--host", help="address to bind (default: settings.host)")
    parser.add_argument("--port", type=int, help="port to listen on (default: settings.port)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Open (building or refreshing) the index of settings.corpus_dir, then run uvicorn."""
    import uvicorn

    from service.app import create_app
    from service.guards import sandboxed_parser
    from service.indexing import open_corpus_index

    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    log.info("opening the index in %s (corpus: %s)", settings.index_dir, settings.corpus_dir)
    index = open_corpus_index(
        settings.index_dir,
        settings.corpus_dir,
        settings.embedder,
        ann=settings.ann,
        ann_threshold=settings.ann_threshold,
        progress=True,
        parse_upload=sandboxed_parser(settings),
    )
    try:
        app = create_app(settings, index=index)
        log.info("serving on http://%s:%d", host, port)
        # With trusted-header login the proxy's user header is the identity; uvicorn's own
        # X-Forwarded-For rewriting would otherwise make the auth guard ignore that header.
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level=settings.log_level.lower(),
            proxy_headers=not settings.trusted_user_header,
        )
    finally:
        close = getattr(index, "close", None)
        if callable(close):
            close()
    return 0
