"""`python -m bench.serve_scale`: searches/s and p95 at 8 clients for 1 vs 2 server processes
(`rapport serve --workers N`, e5, real HTTP on loopback), and how long a new index generation
takes to reach the servers.

Each run copies the cached e5 store (`bench/out/index-e5/store.sqlite3`, built by the other
benchmarks) into a temporary folder, so nothing is embedded but the queries; the corpus sync is
off (no corpus folder) and so is the rate limit. Every query is new (a numbered variant of the
dev queries): the per-process query cache never answers, each search embeds its question.

The swap: with the server running, this process adds a one-passage report to the same folder
(`Index.add_reports`, which publishes a generation), then searches its unique word over HTTP
until 20 answers in a row contain it (with 2 workers the kernel spreads them over both
processes). Reported: publish time and time from publish to the first and to the 20-in-a-row
answer. Prints and writes bench/out/serve_scale.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from bench.errors import BenchError
from bench.indexes import BENCH_OUT, index_dir_for
from bench.load import QUERIES, free_port, stop
from bench.metrics import percentile
from bench.report import load_note, machine_description
from ingest import read_bytes
from search import make_embedder, open_index
from search.store import STORE_FILE

ROOT = Path(__file__).resolve().parent.parent
IN_A_ROW = 20


@dataclass(frozen=True, slots=True)
class Config:
    """`rapport serve --workers N` with RAPPORT_EMBED_THREADS=T (0: serve's own choice)."""

    workers: int
    threads: int = 0

    @classmethod
    def parse(cls, text: str) -> Config:
        """ "2" (two processes, cores / 2 threads each) or "2x2" (two processes, 2 threads)."""
        workers, _, threads = text.partition("x")
        return cls(int(workers), int(threads or 0))

    def __str__(self) -> str:
        return f"{self.workers}x{self.threads}" if self.threads else str(self.workers)


@dataclass(frozen=True, slots=True)
class Throughput:
    workers: str
    searches: int
    per_s: float
    p50_ms: float
    p95_ms: float
    errors: int


@dataclass(frozen=True, slots=True)
class Swap:
    workers: str
    publish_s: float
    first_s: float
    all_s: float


@contextmanager
def server(index_dir: Path, config: Config) -> Iterator[str]:
    """`rapport serve --workers N` on a free loopback port; yields its base URL."""
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RAPPORT_INDEX_DIR": str(index_dir),
        "RAPPORT_CORPUS_DIR": str(index_dir / "no-corpus"),
        "RAPPORT_EMBEDDER": "e5",
        "RAPPORT_RATE_LIMIT_PER_MINUTE": "0",
        "RAPPORT_LOG_LEVEL": "WARNING",
        "RAPPORT_EMBED_THREADS": str(config.threads),
    }
    command = [sys.executable, "-m", "service.cli.main", "serve"]
    command += ["--port", str(port), "--workers", str(config.workers)]
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        stop(proc, grace_s=60)


def _wait_healthy(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise BenchError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(f"{url}/api/health", timeout=5).json().get("status") == "ok":
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.5)
    raise BenchError("server not healthy in 600 s")


def _client(url: str, seed: int, deadline: float) -> list[tuple[int, float]]:
    """Searches with never-repeated questions until `deadline`: (status, seconds) each."""
    out: list[tuple[int, float]] = []
    with httpx.Client(base_url=url, timeout=60) as http:
        n = 0
        while time.monotonic() < deadline:
            query = f"{QUERIES[(seed + n) % len(QUERIES)]} {seed * 100_000 + n}"
            started = time.perf_counter()
            try:
                status = http.get("/api/search", params={"q": query, "k": 10}).status_code
            except httpx.HTTPError:
                status = 0
            out.append((status, time.perf_counter() - started))
            n += 1
    return out


def measure(url: str, workers: str, clients: int, seconds: float) -> Throughput:
    _load(url, clients, 5.0)  # warm-up: every process has its model loaded and pages touched
    samples = _load(url, clients, seconds)
    millis = [s * 1000 for _, s in samples]
    return Throughput(
        workers=workers,
        searches=len(samples),
        per_s=round(len(samples) / seconds, 1),
        p50_ms=round(percentile(millis, 50), 1),
        p95_ms=round(percentile(millis, 95), 1),
        errors=sum(1 for status, _ in samples if status != 200),
    )


def _load(url: str, clients: int, seconds: float) -> list[tuple[int, float]]:
    deadline = time.monotonic() + seconds
    with ThreadPoolExecutor(max_workers=clients) as pool:
        futures = [pool.submit(_client, url, seed, deadline) for seed in range(clients)]
        return [sample for future in futures for sample in future.result()]


def swap(url: str, index_dir: Path, workers: str, n: int) -> Swap:
    """Publish a generation holding one new report from this process; time until it is served."""
    word = "zq" + "".join("abcdefghij"[int(d)] for d in f"{n:04d}") + "qz"
    text = f"Swap {n}\n\nEnheten prövade arbetssättet {word} med familjer under våren.\n"
    reports = read_bytes(text.encode(), f"vb-2024-swap-{n}.txt")
    with open_index(index_dir, make_embedder("e5", threads=1)) as index:
        started = time.perf_counter()
        index.add_reports(reports)
        published = time.perf_counter()
    first = 0.0
    row = 0
    with httpx.Client(base_url=url, timeout=30) as http:
        while row < IN_A_ROW and time.perf_counter() - published < 60:
            hits = http.get("/api/search", params={"q": word, "mode": "lexical"}).json()["hits"]
            row = row + 1 if hits else 0
            first = first or (time.perf_counter() - published if hits else 0.0)
    return Swap(
        workers=workers,
        publish_s=round(published - started, 2),
        first_s=round(first, 2),
        all_s=round(time.perf_counter() - published, 2),
    )


def run(source: Path, configs: list[Config], rounds: int, seconds: float) -> list[str]:
    lines = [f"machine: {machine_description()}", f"before: {load_note()}"]
    results: list[Throughput] = []
    swaps: list[Swap] = []
    for r in range(rounds):
        for k, config in enumerate(configs):
            with tempfile.TemporaryDirectory(prefix="serve-scale-") as tmp:
                index_dir = Path(tmp) / "index"
                index_dir.mkdir()
                shutil.copy(source / STORE_FILE, index_dir / STORE_FILE)
                with server(index_dir, config) as url:
                    results.append(measure(url, str(config), 8, seconds))
                    n = (r * len(configs) + k) * 10
                    swaps += [swap(url, index_dir, str(config), n + i) for i in range(3)]
            print(results[-1], swaps[-3:], flush=True)
    lines += _table(results, swaps)
    lines.append(f"after: {load_note()}")
    return lines


def _table(results: list[Throughput], swaps: list[Swap]) -> list[str]:
    lines = [
        "",
        "| processes | searches | searches/s | p50 ms | p95 ms | errors |",
        "|---|---|---|---|---|---|",
    ]
    for t in results:
        lines.append(
            f"| {t.workers} | {t.searches} | {t.per_s} | {t.p50_ms} | {t.p95_ms} | {t.errors} |"
        )
    lines += ["", "| processes | publish s | first answer s | 20 in a row s |", "|---|---|---|---|"]
    for s in swaps:
        lines.append(f"| {s.workers} | {s.publish_s} | {s.first_s} | {s.all_s} |")
    by = {
        w: [t.per_s for t in results if t.workers == w]
        for w in sorted({t.workers for t in results})
    }
    if "1" in by:
        base = sum(by["1"]) / len(by["1"])
        for name, values in by.items():
            ratio = sum(values) / len(values) / base
            lines.append(f"\n{name} vs 1 process: {ratio:.2f}x searches/s (mean over rounds)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=index_dir_for(BENCH_OUT, "e5"))
    parser.add_argument(
        "--configs", nargs="+", default=["1", "2"], help='"N" or "NxT": N processes, T threads'
    )
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    if not (args.index / STORE_FILE).is_file():
        raise BenchError(f"{args.index}: no e5 store; build one with python -m bench.evaluate")
    configs = [Config.parse(c) for c in args.configs]
    lines = run(args.index, configs, args.rounds, args.seconds)
    text = "\n".join(lines) + "\n"
    print(text)
    (BENCH_OUT / "serve_scale.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
