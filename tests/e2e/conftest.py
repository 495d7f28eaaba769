"""End-to-end fixtures: the app over the real corpus index served by uvicorn on a free
127.0.0.1 port in a thread, and headless Debian Chromium driven by Selenium."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from service.app import create_app
from service.uploads.indexing import open_corpus_index
from tests.service.conftest import make_settings

CHROME_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1440,960",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """Serve `app` with uvicorn on a free 127.0.0.1 port in a thread; yields the base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Iterator[Any]:
    """(base URL, index): uvicorn serving create_app over the corpus index (hash embedder)."""
    tmp = tmp_path_factory.mktemp("e2e")
    index = open_corpus_index(tmp / "index", corpus_dir, "hash")
    with serve_in_thread(create_app(make_settings(tmp), index=index)) as url:
        yield url, index
    index.close()  # type: ignore[attr-defined]


@pytest.fixture()
def browser(tmp_path: Path) -> Iterator[Any]:
    """Headless Chromium with a fresh profile in tmp_path."""
    if not (shutil.which("chromium") and Path("/usr/bin/chromedriver").exists()):
        pytest.skip("chromium/chromedriver not installed (make browser)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in (*CHROME_ARGS, f"--user-data-dir={tmp_path / 'chrome-profile'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture()
def screenshot(tmp_path: Path) -> Any:
    """save(driver, name): a PNG in tmp_path, copied to $RAPPORT_SCREENSHOT_DIR when set
    (`RAPPORT_SCREENSHOT_DIR=docs/screenshots pytest -m e2e` refreshes the README's images)."""

    def save(driver: Any, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        assert driver.save_screenshot(str(path))
        assert path.read_bytes().startswith(b"\x89PNG")
        target = os.environ.get("RAPPORT_SCREENSHOT_DIR")
        if target:
            Path(target).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(target) / path.name)
        return path

    return save
