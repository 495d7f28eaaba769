"""`python -m bench.indexing`: indexing throughput on the demo corpus, cold and warm.

* ingest: reading and parsing the corpus files (`ingest.read_paths`).
* cold: a fresh index directory; every chunk is embedded, stored, and FAISS/BM25 are built.
* warm: re-opening that directory and syncing the unchanged corpus (embedding cache hit, nothing
  to embed).
* one report changed: one report deleted, then the corpus re-synced -- only it is embedded.

Throughput is corpus chunks per second of wall time. Prints and writes bench/out/indexing.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from bench.indexes import BENCH_OUT, CORPUS_DIR, build_index, index_dir_for, read_corpus
from bench.report import load_note, machine_description

T = TypeVar("T")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.indexing", description=__doc__)
    p.add_argument("--embedder", default="e5", help="e5 | hash | st:<model> (default e5)")
    p.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    p.add_argument("--out", type=Path, default=BENCH_OUT)
    return p


def _timed(fn: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def _row(label: str, seconds: float, chunks: int) -> str:
    return f"| {label} | {seconds:.2f} | {chunks / seconds:,.0f} |"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the three scenarios on a scratch index directory; print and write the table."""
    args = _parser().parse_args(argv)
    load_before = load_note()
    reports, ingest_s = _timed(lambda: read_corpus(args.corpus))
    chunks = sum(len(r.chunks) for r in reports)
    scratch = index_dir_for(args.out, f"indexing-{args.embedder}")
    index, cold_s = _timed(lambda: build_index(scratch, args.embedder, reports, fresh=True))
    index.close()
    index, warm_s = _timed(lambda: build_index(scratch, args.embedder, reports))
    victim = reports[0]
    index.delete_report(victim.id)
    stats, one_s = _timed(lambda: index.sync(reports))
    index.close()
    text = "\n".join(
        [
            f"# Indexing throughput (embedder `{args.embedder}`)\n",
            f"Demo corpus: {len(reports)} reports, {chunks} chunks. "
            f"Machine: {machine_description()}. Before: {load_before}; after: {load_note()}.\n",
            "| scenario | seconds | corpus chunks/s |",
            "|---|---|---|",
            _row("ingest (read + parse files)", ingest_s, chunks),
            _row("cold index (fresh dir: embed + store + FAISS/BM25)", cold_s, chunks),
            _row("warm re-sync, unchanged corpus (embedding cache)", warm_s, chunks),
            f"| re-sync after deleting 1 report ({len(victim.chunks)} chunks re-added) "
            f"| {one_s:.2f} | - |",
            "",
            f"Sync stats of the last run: {stats}.",
        ]
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "indexing.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
