"""Read the corpus and build or re-open a search index for the benchmarks, under bench/out/."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

from bench.errors import BenchError
from ingest import read_paths
from ingest.types import Report
from search import make_embedder, open_index
from search.index import Index

__all__ = ["BENCH_OUT", "CORPUS_DIR", "build_index", "index_dir_for", "read_corpus"]

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parent.parent
BENCH_OUT = ROOT / "bench" / "out"
CORPUS_DIR = ROOT / "corpus"


def index_dir_for(out_dir: Path, embedder_spec: str) -> Path:
    """One index directory per embedder spec, e.g. bench/out/index-e5."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", embedder_spec).strip("_") or "default"
    return out_dir / f"index-{slug}"


def read_corpus(corpus_dir: Path = CORPUS_DIR) -> list[Report]:
    """Every report of the corpus folder; raises BenchError when a file fails or none is found."""
    result = read_paths([corpus_dir])
    if result.failures:
        names = ", ".join(str(f) for f in result.failures)
        raise BenchError(f"{corpus_dir}: ingest failed for {names}")
    if not result.reports:
        raise BenchError(f"{corpus_dir}: no reports found")
    return list(result.reports)


def build_index(
    index_dir: Path, embedder_spec: str, reports: Sequence[Report], *, fresh: bool = False
) -> Index:
    """Open (creating when absent, wiping first when `fresh`) and sync an index of `reports`."""
    if fresh and index_dir.exists():
        shutil.rmtree(index_dir)
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    index = open_index(index_dir, make_embedder(embedder_spec))
    stats = index.sync(reports)
    log.info("index %s synced: %s", index_dir, stats)
    return index
