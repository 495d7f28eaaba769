"""`python -m bench.cluster_indexing`: cold indexing, one process vs a local Dask cluster.

Each run embeds from scratch into a fresh temporary index directory (nothing cached):

* single process: today's `Index.sync` with the settings' embedder (e5 on all cores);
* `--cluster local:N` for each N of `--workers`: N worker processes with e5 on one thread each
  (`search.cluster`), the main process committing report by report.

Reported: texts embedded (passages + sentences) per second of `sync`, the cluster's start-up
(processes + model load) apart, and the writer's share of the sync: the SQLite commits
(`Store.put_report`) and the rebuild of the derived files (FAISS, BM25, manifest) after the last
report. `--reports K` limits the run to the first K reports to keep it short on a busy machine.
Prints and writes bench/out/cluster_indexing.md.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.indexes import BENCH_OUT, CORPUS_DIR, read_corpus
from bench.report import load_note, machine_description
from ingest.types import Report
from search import Embedder, make_embedder, open_index


@dataclass(frozen=True, slots=True)
class Run:
    label: str
    texts: int
    sync_s: float
    commit_s: float
    derived_s: float
    startup_s: float = 0.0

    @property
    def rate(self) -> float:
        return self.texts / self.sync_s if self.sync_s else 0.0


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.cluster_indexing", description=__doc__)
    p.add_argument("--embedder", default="e5", help="e5 | hash | st:<model> (default e5)")
    p.add_argument("--workers", default="2", help="comma-separated local cluster sizes, e.g. 1,2")
    p.add_argument("--reports", type=int, default=0, help="first K reports only (0 = all)")
    p.add_argument("--skip-single", action="store_true", help="no single-process run")
    p.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    p.add_argument("--out", type=Path, default=BENCH_OUT)
    return p


def _timed_method(obj: Any, name: str, total: list[float]) -> None:
    """Wrap `obj.name` so the seconds spent in it add up in `total[0]`."""
    inner: Callable[..., Any] = getattr(obj, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - started

    setattr(obj, name, timed)


def build(label: str, embedder: Embedder, reports: Sequence[Report], startup_s: float) -> Run:
    """Sync `reports` into a fresh temporary index; time the commits and the derived rebuild."""
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        index = open_index(Path(tmp) / "idx", embedder)
        commit = [0.0]
        _timed_method(index._store, "put_report", commit)
        last_commit = [0.0]

        def progress(done: int, total: int) -> None:
            if done == total:
                last_commit[0] = time.perf_counter()

        started = time.perf_counter()
        stats = index.sync(reports, progress=progress)
        ended = time.perf_counter()
        index.close()
    return Run(
        label,
        stats.chunks_embedded,
        ended - started,
        commit[0],
        ended - last_commit[0],
        startup_s,
    )


@contextlib.contextmanager
def cluster(workers: int, spec: str) -> Iterator[tuple[Embedder, float]]:
    """A ClusterEmbedder on `workers` local processes and its start-up seconds."""
    from search.cluster import cluster_embedder

    started = time.perf_counter()
    with cluster_embedder(f"local:{workers}", spec) as embedder:
        yield embedder, time.perf_counter() - started


def table(runs: Sequence[Run]) -> str:
    base = runs[0].rate if runs else 0.0
    lines = [
        "| run | texts | sync s | texts/s | vs first | SQLite commits | derived rebuild "
        "| start-up s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        lines.append(
            f"| {r.label} | {r.texts} | {r.sync_s:.1f} | {r.rate:.1f} | "
            f"{r.rate / base if base else 0:.2f}x | {r.commit_s:.2f} s "
            f"({100 * r.commit_s / r.sync_s:.1f} %) | {r.derived_s:.2f} s "
            f"({100 * r.derived_s / r.sync_s:.1f} %) | {r.startup_s:.1f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the single-process build and each cluster size; print and write the table."""
    args = _parser().parse_args(argv)
    reports = read_corpus(args.corpus)
    if args.reports > 0:
        reports = reports[: args.reports]
    notes = [f"before: {load_note()}"]
    runs: list[Run] = []
    if not args.skip_single:
        runs.append(build("single process", make_embedder(args.embedder), reports, 0.0))
        notes.append(f"after single: {load_note()}")
    for workers in (int(w) for w in args.workers.split(",") if w.strip()):
        with cluster(workers, args.embedder) as (embedder, startup_s):
            runs.append(build(f"--cluster local:{workers}", embedder, reports, startup_s))
        notes.append(f"after local:{workers}: {load_note()}")
    chunks = sum(len(r.chunks) for r in reports)
    text = "\n".join(
        [
            f"# Cold indexing, single process vs local Dask cluster (embedder `{args.embedder}`)\n",
            f"{len(reports)} reports, {chunks} passages. Machine: {machine_description()}.",
            f"Load: {'; '.join(notes)}.\n",
            table(runs),
        ]
    )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "cluster_indexing.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
