"""`python -m bench.scale [--n 1000000]`: synthetic vectors through the search package's HNSW index.

Builds `search.dense.DenseIndex` (kind "hnsw", the approximate index `ann=auto` switches to above
the threshold) over n clustered unit vectors (see bench.synthetic), then reports build time,
single-query latency p50/p95 at the package's efSearch, resident memory, and recall@k against
exact inner-product search on held-out queries. Prints the figures and writes bench/out/scale.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import faiss
import numpy as np
import numpy.typing as npt

from bench.indexes import BENCH_OUT
from bench.memory import rss_mib
from bench.metrics import mean, neighbour_recall, percentile
from bench.report import load_note, machine_description
from bench.synthetic import SyntheticSpace, exact_top_k
from search.dense import HNSW_EF_SEARCH, HNSW_M, DenseIndex


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__)
    p.add_argument("--n", type=int, default=1_000_000, help="indexed vectors (default 1e6)")
    p.add_argument("--queries", type=int, default=200, help="held-out queries (default 200)")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--dim", type=int, default=384)
    p.add_argument("--latent", type=int, default=96, help="intrinsic dimension (default 96)")
    p.add_argument("--clusters", type=int, default=1000, help="mixture components (default 1000)")
    p.add_argument("--out", type=Path, default=BENCH_OUT)
    return p


def _timed_queries(
    dense: DenseIndex, queries: npt.NDArray[np.float32], k: int
) -> tuple[list[float], list[list[int]]]:
    """Per-query wall time in ms and the returned row ids."""
    latencies: list[float] = []
    found: list[list[int]] = []
    for q in queries:
        started = time.perf_counter()
        rows, _ = dense.search(q, k)
        latencies.append((time.perf_counter() - started) * 1000)
        found.append([int(r) for r in rows])
    return latencies, found


def main(argv: Sequence[str] | None = None) -> int:
    """Generate, build, query, compare with exact search; print and write the figures."""
    args = _parser().parse_args(argv)
    load_before = load_note()
    space = SyntheticSpace(dim=args.dim, latent=args.latent, clusters=args.clusters)
    rss_start = rss_mib()
    started = time.perf_counter()
    vectors = space.matrix(args.n, stream=0)
    gen_s = time.perf_counter() - started
    rss_data = rss_mib()
    started = time.perf_counter()
    dense = DenseIndex.build(vectors, "hnsw")
    build_s = time.perf_counter() - started
    rss_built = rss_mib()
    queries = space.matrix(args.queries, stream=1)
    _timed_queries(dense, queries[:10], args.k)  # warm-up, not counted
    latencies, found = _timed_queries(dense, queries, args.k)
    exact = exact_top_k(vectors, queries, args.k)
    recall = neighbour_recall(found, [[int(r) for r in row] for row in exact])
    lines = [
        f"# Scale benchmark: {args.n:,} x {args.dim} float32 vectors, HNSW "
        f"(M={HNSW_M}, efSearch={HNSW_EF_SEARCH})\n",
        f"Machine: {machine_description()}; FAISS threads {faiss.omp_get_max_threads()}. "
        f"Before: {load_before}; after: {load_note()}.\n",
        "| figure | value |",
        "|---|---|",
        f"| data generation | {gen_s:.1f} s |",
        f"| index build | {build_s:.1f} s ({args.n / build_s:,.0f} vectors/s) |",
        f"| query latency p50 / p95 (k={args.k}, one query per call) | "
        f"{percentile(latencies, 50):.2f} / {percentile(latencies, 95):.2f} ms |",
        f"| query latency mean / max | {mean(latencies):.2f} / {max(latencies):.2f} ms |",
        f"| recall@{args.k} vs exact search ({args.queries} queries) | {recall:.3f} |",
        f"| RSS: start / with vectors / with index | "
        f"{rss_start:,.0f} / {rss_data:,.0f} / {rss_built:,.0f} MiB |",
        f"| RSS of the index alone (approx.) | {rss_built - rss_data:,.0f} MiB |",
        f"| peak RSS | {rss_mib('VmHWM'):,.0f} MiB |",
        "",
        f"Vectors: {space.clusters} Gaussian clusters in a {space.latent}-dim latent space, "
        f"projected to {args.dim} dims, noise {space.noise}, L2-normalised (bench/synthetic.py).",
    ]
    text = "\n".join(lines) + "\n"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scale.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
