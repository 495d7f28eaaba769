"""The "Mål" view in headless Chromium: filter, timeline, wording diff, open the report."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from ingest import read_paths
from search.embed import HashEmbedder
from service.app import create_app
from tests.search.test_ledger import CORPUS, generated_followup
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


class _Index(FakeIndex):
    embedder = HashEmbedder(256)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    reports = [*read_paths([CORPUS]).reports, generated_followup()]
    app = create_app(make_settings(tmp_path_factory.mktemp("goals-e2e")), index=_Index(reports))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def driver(tmp_path: Path) -> Iterator[object]:
    if not (shutil.which("chromium") and Path("/usr/bin/chromedriver").exists()):
        pytest.skip("chromium/chromedriver not installed (make browser)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        f"--user-data-dir={tmp_path / 'chrome'}", "--window-size=1400,1000",
    ):  # fmt: skip
        options.add_argument(arg)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield browser
    browser.quit()


def test_goal_timeline_diff_and_report(base_url: str, driver: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    d = driver
    wait = WebDriverWait(d, 20)  # type: ignore[arg-type]
    d.get(base_url + "/")  # type: ignore[attr-defined]
    wait.until(ec.element_to_be_clickable((By.ID, "tab-goals"))).click()
    wait.until(ec.presence_of_element_located((By.ID, "goal-q"))).send_keys("behov tillgodosedda")
    wait.until(lambda _: len(Select(d.find_element(By.ID, "goal-year")).options) > 1)  # type: ignore[attr-defined]
    Select(d.find_element(By.ID, "goal-year")).select_by_value("2020")  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, ".goal-filters button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.text_to_be_present_in_element((By.ID, "goals-status"), "mål"))
    items = d.find_elements(By.CSS_SELECTOR, ".goal-item")  # type: ignore[attr-defined]
    target = next(
        i for i in items if "Barn och ungdomar får sina behov" in i.text and "VP" in i.text
    )
    target.click()
    timeline = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".goal-timeline")))
    assert (
        "2020" in timeline.text
        and "Uppfylls delvis" in timeline.text
        and "Planerat" in timeline.text
    )
    deleted = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".goal-diff del")]  # type: ignore[attr-defined]
    inserted = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".goal-diff ins")]  # type: ignore[attr-defined]
    assert deleted == ["ungdomar"] and inserted == ["unga", "i hög grad"]
    d.find_element(By.CSS_SELECTOR, ".goal-version .link").click()  # type: ignore[attr-defined]
    wait.until(ec.visibility_of_element_located((By.ID, "reader")))
    wait.until(ec.text_to_be_present_in_element((By.ID, "reader-title"), "Familjestödsenheten"))
