"""`python -m bench.similar_load`: search latency while long /api/similar requests run.

Serves the app (uvicorn in this process, e5 embedder, rate limit off) over the demo corpus index
and times `GET /api/search` for distinct queries (no query repeats, so the query cache cannot
flatter the figures) from one client, alone and while `--drafts` clients keep posting
20,000-character drafts to `/api/similar` (each draft a different stretch of the corpus text),
in alternating rounds so that other load on a shared machine falls on both alike.
Prints p50/p95 of both and their ratio (issue 13's target: p95 under load within 2x of alone),
plus the similar requests' own latency. Figures depend on the machine's load: it is printed too.
"""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

from bench.indexes import BENCH_OUT, CORPUS_DIR, build_index, index_dir_for, read_corpus
from bench.latency import query_pool, timing_row
from bench.load import free_port
from bench.metrics import percentile
from bench.report import load_note, machine_description
from search.index import Index
from service.app import create_app
from service.settings import Settings

DRAFT_CHARS = 20_000
ROUNDS = 4


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.similar_load", description=__doc__)
    p.add_argument("--embedder", default="e5", help="e5 | hash | st:<model> (default e5)")
    p.add_argument("--queries", type=int, default=120, help="timed searches per phase")
    p.add_argument("--drafts", type=int, default=2, help="clients posting long drafts")
    p.add_argument("--out", type=Path, default=BENCH_OUT)
    return p


@contextmanager
def serving(index: Index, embedder: str, out: Path) -> Iterator[str]:
    """The app over `index` under uvicorn on a free loopback port; yields its base URL."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, index_dir=out / "similar-load", embedder=embedder, rate_limit_per_minute=0
    )
    port = free_port()
    config = uvicorn.Config(create_app(settings, index=index), port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def drafts(corpus: Path) -> list[str]:
    """Distinct 20,000-character drafts cut from the corpus text."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    step = 997  # a prime stride: every draft starts somewhere new
    return [text[i : i + DRAFT_CHARS] for i in range(0, len(text) - DRAFT_CHARS, step)]


def time_searches(url: str, queries: Sequence[str]) -> list[float]:
    """Milliseconds per search, one at a time."""
    out = []
    with httpx.Client(base_url=url, timeout=120) as http:
        for q in queries:
            started = time.perf_counter()
            http.get("/api/search", params={"q": q, "k": 10}).raise_for_status()
            out.append((time.perf_counter() - started) * 1000)
    return out


def post_drafts(url: str, texts: Sequence[str], stop: threading.Event, ms: list[float]) -> None:
    """Post the drafts one after another until `stop`; their timings go into `ms`."""
    with httpx.Client(base_url=url, timeout=300) as http:
        for text in texts:
            if stop.is_set():
                return
            started = time.perf_counter()
            http.post("/api/similar", json={"text": text, "k": 8}).raise_for_status()
            ms.append((time.perf_counter() - started) * 1000)


def under_load(
    url: str, queries: Sequence[str], pool: list[str], clients: int
) -> tuple[list[float], list[float]]:
    """Search timings while `clients` threads post drafts, and the drafts' own timings."""
    stop = threading.Event()
    similar_ms: list[float] = []
    workers = [
        threading.Thread(target=post_drafts, args=(url, pool[i::clients], stop, similar_ms))
        for i in range(clients)
    ]
    for worker in workers:
        worker.start()
    time.sleep(1.0)  # the drafts are in flight before the first timed search
    try:
        return time_searches(url, queries), similar_ms
    finally:
        stop.set()
        for worker in workers:
            worker.join()


def main(argv: Sequence[str] | None = None) -> int:
    """Open the index, serve it, time both phases in alternating rounds, print the table."""
    args = _parser().parse_args(argv)
    reports = read_corpus(CORPUS_DIR)
    index = build_index(index_dir_for(args.out, args.embedder), args.embedder, reports)
    pool = query_pool(reports, 2 * args.queries + 10)
    warm, alone_pool, loaded_pool = pool[:10], pool[10::2], pool[11::2]  # the same mix in both
    texts = drafts(CORPUS_DIR)
    print(f"machine: {machine_description()}; {load_note()}")
    alone: list[float] = []
    loaded: list[float] = []
    similar_ms: list[float] = []
    step = max(1, args.queries // ROUNDS)
    with serving(index, args.embedder, args.out) as url:
        time_searches(url, warm)
        for start in range(0, args.queries, step):  # alternate: machine noise hits both
            alone += time_searches(url, alone_pool[start : start + step])
            more, ms = under_load(url, loaded_pool[start : start + step], texts, args.drafts)
            loaded += more
            similar_ms += ms
            texts = texts[len(ms) + args.drafts :] + texts[: len(ms) + args.drafts]
    index.close()
    ratio = percentile(loaded, 95) / percentile(alone, 95)
    print("| timed | requests | p50 ms | p95 ms | p99 ms | mean ms | max ms |")
    print("|---|---|---|---|---|---|---|")
    print(timing_row("GET /api/search alone", alone))
    print(timing_row(f"GET /api/search, {args.drafts} clients posting drafts", loaded))
    print(timing_row("POST /api/similar, 20,000 characters, meanwhile", similar_ms or [0.0]))
    print(f"search p95 under load / alone: {ratio:.2f}x (target <= 2x); {load_note()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
