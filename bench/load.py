"""Bounded load test: concurrent clients on /api/search and /api/ask from a second process.

    python -m bench.load                     # start a server on 127.0.0.1, 8 clients x 60 s
    python -m bench.load --url http://127.0.0.1:8000 --clients 8 --duration 60

Without ``--url`` it starts ``rapport`` itself (uvicorn, one worker, rate limit off, a fresh index
of corpus/ in a temporary folder) and stops it afterwards. Only loopback targets are accepted and
every loop is bounded by the duration. Prints throughput, p50/p95 latency and errors per endpoint;
during the run it also samples /api/health latency (the server must stay responsive).
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from bench.metrics import percentile

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
QUERIES = (
    "Hur arbetar enheten med barns delaktighet?",
    "Vilka mål uppfylldes inte?",
    "Förväntat resultat för familjestöd",
    "samverkan med skolan",
    "Hur många barn fick insatser under året?",
    "Vilka aktiviteter planeras för att minska väntetiderna?",
    "brukarundersökning resultat",
    "Hur följs handläggningstiderna upp?",
    "kompetensutveckling för socialsekreterare",
    "Vad säger analysen om nämndmålet om trygghet?",
    "våld i nära relationer",
    "Which goals were only partly met?",
)


@dataclass(frozen=True, slots=True)
class Sample:
    """One request: which endpoint, its HTTP status (0 = transport error) and its latency."""

    endpoint: str
    status: int
    seconds: float


def _request(http: httpx.Client, endpoint: str, query: str) -> Sample:
    started = time.perf_counter()
    try:
        if endpoint == "search":
            response = http.get("/api/search", params={"q": query, "k": 10})
        elif endpoint == "ask":
            response = http.post("/api/ask", json={"question": query})
        else:
            response = http.get("/api/health")
        status = response.status_code
    except httpx.HTTPError:
        status = 0
    return Sample(endpoint, status, time.perf_counter() - started)


def client_loop(base_url: str, deadline: float, seed: int) -> list[Sample]:
    """One client: alternate search and ask with random queries until `deadline`."""
    rng = random.Random(seed)
    samples = []
    with httpx.Client(base_url=base_url, timeout=60.0) as http:
        turn = seed % 2
        while time.monotonic() < deadline:
            endpoint = ("search", "ask")[turn]
            samples.append(_request(http, endpoint, rng.choice(QUERIES)))
            turn = 1 - turn
    return samples


def health_probe(base_url: str, deadline: float) -> list[Sample]:
    """/api/health twice a second while the load runs."""
    samples = []
    with httpx.Client(base_url=base_url, timeout=30.0) as http:
        while time.monotonic() < deadline:
            samples.append(_request(http, "health", ""))
            time.sleep(0.5)
    return samples


def run_load(base_url: str, clients: int, duration: float) -> list[Sample]:
    """`clients` concurrent clients plus a health probe for `duration` seconds."""
    deadline = time.monotonic() + duration
    with ThreadPoolExecutor(max_workers=clients + 1) as pool:
        futures = [pool.submit(client_loop, base_url, deadline, seed) for seed in range(clients)]
        futures.append(pool.submit(health_probe, base_url, deadline))
        return [sample for future in futures for sample in future.result()]


def summarize(samples: list[Sample], duration: float) -> list[dict[str, object]]:
    """Per endpoint: requests, throughput, p50/p95/max latency (ms), errors (non-2xx)."""
    rows: list[dict[str, object]] = []
    for endpoint in ("search", "ask", "health"):
        mine = [s for s in samples if s.endpoint == endpoint]
        if not mine:
            continue
        millis = [s.seconds * 1000 for s in mine]
        rows.append(
            {
                "endpoint": endpoint,
                "requests": len(mine),
                "per_s": round(len(mine) / duration, 1),
                "p50_ms": round(percentile(millis, 50), 1),
                "p95_ms": round(percentile(millis, 95), 1),
                "max_ms": round(max(millis), 1),
                "errors": sum(1 for s in mine if not 200 <= s.status < 300),
            }
        )
    return rows


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_healthy(base_url: str, proc: subprocess.Popen[bytes], limit_s: float) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before it was healthy")
        try:
            health = httpx.get(f"{base_url}/api/health", timeout=5.0)
            if health.status_code == 200 and health.json().get("status") == "ok":  # indexed
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"server not healthy after {limit_s:g} s")


def stop(proc: subprocess.Popen[bytes], grace_s: float = 30) -> None:
    """Terminate a server process; kill it if it has not stopped within `grace_s`."""
    proc.terminate()
    try:
        proc.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)


@contextmanager
def local_server(embedder: str, index_dir: Path) -> Iterator[str]:
    """A server on a free loopback port (one worker, rate limit off); yields its base URL."""
    port = free_port()
    env = {
        **os.environ,
        "RAPPORT_INDEX_DIR": str(index_dir),
        "RAPPORT_CORPUS_DIR": str(ROOT / "corpus"),
        "RAPPORT_EMBEDDER": embedder,
        "RAPPORT_RATE_LIMIT_PER_MINUTE": "0",
        "RAPPORT_LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, "-m", "bench.load", "--serve-only", "--port", str(port)]
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base_url, proc, limit_s=900)
        yield base_url
    finally:
        stop(proc)


def serve(port: int) -> None:
    """Run the app on 127.0.0.1:`port` with settings from the environment (the entry point)."""
    import uvicorn

    from service.app import create_app
    from service.settings import Settings

    uvicorn.run(create_app(Settings()), host="127.0.0.1", port=port, log_level="warning")


def _print(rows: list[dict[str, object]], clients: int, duration: float) -> None:
    print(f"load: {clients} clients x {duration:g} s, 127.0.0.1")
    print(
        f"{'endpoint':8} {'requests':>8} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'max ms':>8} {'errors':>6}"
    )
    for r in rows:
        print(
            f"{r['endpoint']!s:8} {r['requests']!s:>8} {r['per_s']!s:>7} {r['p50_ms']!s:>8} "
            f"{r['p95_ms']!s:>8} {r['max_ms']!s:>8} {r['errors']!s:>6}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--url", help="a running server (loopback only); default: start one")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds (max 600)")
    parser.add_argument("--embedder", default="e5", help="for the server this starts")
    parser.add_argument("--serve-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_only:
        serve(args.port)
        return 0
    duration = min(max(args.duration, 1.0), 600.0)
    clients = min(max(args.clients, 1), 64)
    if args.url:
        if urlsplit(args.url).hostname not in LOOPBACK:
            parser.error("--url must point at 127.0.0.1 or localhost")
        samples = run_load(args.url.rstrip("/"), clients, duration)
    else:
        with (
            tempfile.TemporaryDirectory(prefix="rapport-load-") as tmp,
            local_server(args.embedder, Path(tmp) / "index") as base_url,
        ):
            samples = run_load(base_url, clients, duration)
    rows = summarize(samples, duration)
    _print(rows, clients, duration)
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
