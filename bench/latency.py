"""`python -m bench.latency`: in-process query latency on the demo corpus.

Times `Index.search(query, k, mode)` end to end -- query embedding, FAISS, BM25, fusion, folding
-- for distinct queries: the dev-set questions, then section headings of the corpus, then chunk
openings, so no query repeats (a cache could not flatter the figures). Ten warm-up queries are not
counted. Also times the query embedding alone. Prints and writes bench/out/latency.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.devset import load_devset
from bench.indexes import BENCH_OUT, CORPUS_DIR, build_index, index_dir_for, read_corpus
from bench.metrics import mean, percentile
from bench.report import load_note, machine_description
from ingest.types import Report
from search import make_embedder

TARGET_P95_MS = 50.0
WARM_UP = 10


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.latency", description=__doc__)
    p.add_argument("--embedder", default="e5", help="e5 | hash | st:<model> (default e5)")
    p.add_argument("--queries", type=int, default=240, help="timed queries (default 240)")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--mode", default="hybrid", choices=("hybrid", "dense", "lexical"))
    p.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    p.add_argument("--out", type=Path, default=BENCH_OUT)
    return p


def query_pool(reports: Sequence[Report], n: int) -> list[str]:
    """`n` distinct queries: dev-set questions, then headings, then chunk openings."""
    pool = [q.question for q in load_devset()]
    pool += [s.heading for r in reports for s in r.sections if len(s.heading) >= 12]
    pool += [" ".join(c.text.split()[:12]) for r in reports for c in r.chunks]
    unique = list(dict.fromkeys(p.strip() for p in pool if p.strip()))
    if len(unique) < n:
        raise ValueError(f"only {len(unique)} distinct queries available, {n} requested")
    return unique[:n]


def _time_ms(
    fn: Callable[[str], object], queries: Sequence[str]
) -> tuple[list[float], list[float]]:
    """Wall-clock and process CPU milliseconds per call (CPU time sums all threads)."""
    wall, cpu = [], []
    for q in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        fn(q)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall[WARM_UP:], cpu[WARM_UP:]


def timing_row(label: str, ms: Sequence[float]) -> str:
    return (
        f"| {label} | {len(ms)} | {percentile(ms, 50):.1f} | {percentile(ms, 95):.1f} | "
        f"{percentile(ms, 99):.1f} | {mean(ms):.1f} | {max(ms):.1f} |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Open the index, time the queries, print and write the table."""
    args = _parser().parse_args(argv)
    load_before = load_note()
    reports = read_corpus(args.corpus)
    index = build_index(index_dir_for(args.out, args.embedder), args.embedder, reports)
    queries = query_pool(reports, args.queries + WARM_UP)
    embedder = make_embedder(args.embedder)
    search_ms, search_cpu = _time_ms(lambda q: index.search(q, k=args.k, mode=args.mode), queries)
    embed_ms, embed_cpu = _time_ms(lambda q: embedder.embed([q], kind="query"), queries)
    p95 = percentile(search_ms, 95)
    chunks = sum(len(r.chunks) for r in reports)
    verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
    text = "\n".join(
        [
            f"# Query latency ({args.mode}, k={args.k}, embedder `{args.embedder}`)\n",
            f"Demo corpus: {len(reports)} reports, {chunks} chunks. "
            f"Machine: {machine_description()}. Before: {load_before}; after: {load_note()}.\n",
            "| timed | queries | p50 ms | p95 ms | p99 ms | mean ms | max ms |",
            "|---|---|---|---|---|---|---|",
            timing_row(f"Index.search ({args.mode}, incl. query embedding), wall", search_ms),
            timing_row("  the same, process CPU time", search_cpu),
            timing_row("query embedding alone, wall", embed_ms),
            timing_row("  the same, process CPU time", embed_cpu),
            "",
            f"Wall-clock p95 {p95:.1f} ms {verdict} the target of {TARGET_P95_MS:.0f} ms. "
            "CPU time sums all threads of a call (and their spin-waits when other processes "
            "compete for the cores).",
        ]
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latency.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
