"""Issue 13 in the web UI: asking works in API-key mode without a key, uploads send the key the
user typed, and the "Indexerar rapporter n/N" banner follows /api/health."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from service.app import create_app
from tests.e2e.conftest import free_port
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex, sample_reports

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

KEY = "ui-test-key-0123456789abcdef"


@pytest.fixture()
def keyed_server(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """(base URL, app): the app in API-key mode over the small fake index."""
    app = create_app(make_settings(tmp_path, api_key=KEY), index=FakeIndex(sample_reports()))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    server.should_exit = True
    thread.join(timeout=10)


def _wait(driver: Any, seconds: float = 30) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds)


def test_api_key_mode_ask_and_upload_with_the_typed_key(
    keyed_server: tuple[str, Any], browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    url, _app = keyed_server
    browser.get(url)
    box = _wait(browser).until(lambda d: d.find_element(By.ID, "question"))
    box.send_keys("Vad är Signs of Safety?", Keys.ENTER)
    done = ".turn.assistant .bubble:not(.pending)"
    bubble = _wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, done))
    assert "Signs of Safety" in bubble.text and "credentials" not in bubble.text
    browser.find_element(By.ID, "tab-reports").click()
    report = tmp_path / "vp-2023-nyckel.txt"
    report.write_text("Verksamhetsplan 2023 för Nyckelenheten\n\nEnheten ska öppna.\n", "utf-8")
    status = browser.find_element(By.ID, "upload-status")
    browser.find_element(By.ID, "upload-file").send_keys(str(report))
    browser.find_element(By.CSS_SELECTOR, "#upload-form button[type=submit]").click()
    _wait(browser).until(lambda d: "misslyckades" in status.text)
    assert "X-API-Key" in status.text
    browser.find_element(By.ID, "api-key").send_keys(KEY, Keys.TAB)
    browser.find_element(By.ID, "upload-file").send_keys(str(report))
    browser.find_element(By.CSS_SELECTOR, "#upload-form button[type=submit]").click()
    _wait(browser).until(lambda d: "Klart" in status.text)
    assert "vp-2023-nyckel" in status.text


def test_indexing_banner_follows_health(keyed_server: tuple[str, Any], browser: Any) -> None:
    from selenium.webdriver.common.by import By

    url, app = keyed_server
    state = app.state.startup
    state.opened(empty=False)
    state.advance(3, 10)
    browser.get(url)
    banner = _wait(browser).until(lambda d: d.find_element(By.ID, "index-state"))
    _wait(browser).until(lambda d: "Indexerar rapporter 3/10" in banner.text)
    state.finish()
    _wait(browser).until(lambda d: not banner.is_displayed())
