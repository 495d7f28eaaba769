"""A real server for the reliability tests: ``python -m tests.reliability.server PORT``.

Settings come from the ``RAPPORT_*`` environment the fixture sets (index in tmp_path, hash
embedder). `LiveServer` starts it as a subprocess on a free loopback port and kills it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """`rapport`'s app under uvicorn in a child process; `url` is its base URL."""

    def __init__(self, workdir: Path, **settings: str) -> None:
        self.workdir = workdir
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "OMP_NUM_THREADS": "1",
            "RAPPORT_INDEX_DIR": str(workdir / "index"),
            "RAPPORT_CORPUS_DIR": str(workdir / "corpus"),
            "RAPPORT_EMBEDDER": "hash",
            "RAPPORT_LOG_LEVEL": "WARNING",
            **{f"RAPPORT_{key.upper()}": value for key, value in settings.items()},
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = ""

    def start(self, timeout: float = 120.0, *, ready: bool = True) -> LiveServer:
        """Start the server; wait until it answers (and, if `ready`, has indexed the corpus)."""
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        log = (self.workdir / "server.log").open("ab")
        command = [sys.executable, "-m", "tests.reliability.server", str(port)]
        self.proc = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=log)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited {self.proc.returncode}: {self.log_tail()}")
            try:
                health = httpx.get(f"{self.url}/api/health", timeout=2.0)
                if health.status_code == 200 and (not ready or health.json()["status"] == "ok"):
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"server not healthy in {timeout} s: {self.log_tail()}")

    def log_tail(self) -> str:
        path = self.workdir / "server.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    def kill(self) -> None:
        """SIGKILL, no clean-up: what a crash or the OOM killer does."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def serve_refused(monkeypatch: Any, workdir: Path, **env: str) -> bool:
    """Run `rapport serve` in-process (uvicorn faked) with the index in workdir/index and the
    given extra ``RAPPORT_*`` variables; True when it refused with exit code 2 and never served."""
    from service.cli.main import main

    monkeypatch.chdir(workdir)
    values = {"INDEX_DIR": str(workdir / "index"), "CORPUS_DIR": str(workdir / "corpus")}
    for key, value in {**values, "EMBEDDER": "hash", **env}.items():
        monkeypatch.setenv(f"RAPPORT_{key}", value)
    served: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: served.append(app))
    return main(["serve"]) == 2 and not served


def _slow_embedder(delay_s: float) -> None:
    """Make every passage batch take `delay_s` longer (``RAPPORT_TEST_EMBED_DELAY_S``), so a
    test can watch the server while it indexes."""
    from collections.abc import Sequence

    import search
    from search.embed import HashEmbedder

    class Slow(HashEmbedder):
        def embed(self, texts: Sequence[str], *, kind: Any) -> Any:
            if kind == "passage":
                time.sleep(delay_s)
            return super().embed(texts, kind=kind)

    search.make_embedder = lambda spec, **_: Slow(64)  # type: ignore[assignment]


def main(port: int) -> None:
    import uvicorn

    from service.app import create_app
    from service.cli.serve_cmd import uvicorn_options
    from service.settings import Settings

    delay = float(os.environ.get("RAPPORT_TEST_EMBED_DELAY_S", "0"))
    if delay:
        _slow_embedder(delay)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    app = create_app(settings)
    uvicorn.run(app, **uvicorn_options(settings, "127.0.0.1", port))  # as `rapport serve` does


if __name__ == "__main__":
    main(int(sys.argv[1]))
