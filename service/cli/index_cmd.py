"""`rapport index [PATHS...] [--rebuild] [--strict] [--cluster local:N|ADDRESS]`: read reports and
sync them into the index (with `--cluster`, embedded on Dask workers; see search.cluster).

Files that fail are listed once each on stderr and the rest is indexed; the exit code is 0 when
at least one report was read (see `ingest_cmd.exit_code`), 1 on any failure with `--strict`.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path
from typing import Any

from ingest.pipeline import read_paths
from search import Embedder, SearchError, make_embedder, open_index
from service.cli.ingest_cmd import add_strict, exit_code
from service.settings import Settings


def register(sub: Any) -> None:
    """Add the `index` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "index", help="index reports (default: the corpus_dir setting), incrementally"
    )
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders of reports")
    parser.add_argument(
        "--rebuild", action="store_true", help="delete the index and re-embed everything"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--cluster",
        metavar="local:N|ADDRESS",
        help="embed on a Dask cluster: N local worker processes, or a scheduler address",
    )
    add_strict(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Read, sync, print counts and timing; 1 on a search error, else see `exit_code`."""
    start = time.perf_counter()
    paths = list(args.paths) or [settings.corpus_dir]
    result = read_paths(paths)
    for failure in result.failures:
        _err(f"FAILED {failure.path}: {failure.reason}")
    read_s = time.perf_counter() - start
    try:
        with contextlib.ExitStack() as stack:
            embedder = _embedder(settings.embedder, args.cluster, stack)
            index = stack.enter_context(
                open_index(
                    settings.index_dir,
                    embedder,
                    ann=settings.ann,
                    ann_threshold=settings.ann_threshold,
                    progress=not args.no_progress,
                    rebuild=args.rebuild,
                )
            )
            stats = index.sync(result.reports)
            totals = index.stats()
    except SearchError as exc:
        _err(f"error: {exc}")
        return 1
    _out(
        f"read {len(result.reports)} reports ({len(result.failures)} failed) in {read_s:.1f}s; "
        f"added {stats.added}, replaced {stats.replaced}, deleted {stats.deleted}, "
        f"unchanged {stats.unchanged}; embedded {stats.chunks_embedded} chunks "
        f"in {stats.seconds:.1f}s"
    )
    _out(
        f"index {totals['index_dir']}: {totals['reports']} reports, {totals['chunks']} chunks, "
        f"embedder {totals['embedder']}, {totals['ann']} dense index; "
        f"total {time.perf_counter() - start:.1f}s"
    )
    return exit_code(result, args.strict)


def _embedder(spec: str, cluster: str | None, stack: contextlib.ExitStack) -> Embedder:
    """The settings' embedder, or one whose batches run on `cluster` (the engine is imported
    only then)."""
    if cluster is None:
        return make_embedder(spec)
    from search.cluster import cluster_embedder

    return stack.enter_context(cluster_embedder(cluster, spec))


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")
