"""Report text with an XSS payload renders as text in the web UI (headless Chromium)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT
from tests.reliability import synth
from tests.reliability.server import LiveServer

# Entities in the source: ingest strips tags but unescapes entities, so the stored text holds
# real markup. The UI must show it as characters and never build elements from it.
PAYLOAD = '<img src=x onerror=window.xssHit=1><script>window.xssHit=2</script><b id="xssb">fet</b>'
SOURCE = PAYLOAD.replace("<", "&lt;").replace(">", "&gt;")
N = 777
SINKS = re.compile(r"\.innerHTML\s*[+]?=|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(")


def test_ui_code_has_no_html_sinks() -> None:
    offenders = []
    for path in sorted((ROOT / "service" / "static").glob("*.js")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SINKS.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert not offenders, offenders


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.skip("Debian chromium + chromedriver are not installed (make browser)")
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()


def _wait(browser: Any, css: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def _no_markup(browser: Any, container: str) -> None:
    from selenium.webdriver.common.by import By

    box = browser.find_element(By.CSS_SELECTOR, container)
    assert box.find_elements(By.CSS_SELECTOR, "img, script, #xssb") == []
    assert browser.execute_script("return window.xssHit === undefined")
    shown = browser.execute_script(f"return document.querySelector('{container}').textContent")
    assert "<img src=x onerror=window.xssHit=1>" in shown  # kept as characters


@pytest.mark.e2e
@pytest.mark.slow
def test_xss_payload_renders_as_text(live: LiveServer, driver: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    text = synth.report_text(N, extra=f"Personalen skrev {SOURCE} i journalen.")
    files = {"file": (synth.name(N), text.encode(), "text/plain")}
    assert httpx.post(f"{live.url}/api/reports", files=files, timeout=60).status_code == 201

    driver.get(live.url + "/")
    driver.find_element(By.ID, "tab-search").click()
    box = driver.find_element(By.ID, "search-q")
    box.send_keys(f"{synth.sentinel(N)} journalen", Keys.ENTER)
    _wait(driver, "#search-results li.result")
    _no_markup(driver, "#search-results")

    driver.find_element(By.CSS_SELECTOR, "#search-results li.result button.link").click()
    _wait(driver, "#reader:not([hidden])")
    _no_markup(driver, "#reader")

    driver.get(live.url + "/")  # a fresh page: the reader panel no longer covers the tabs
    driver.find_element(By.ID, "tab-ask").click()
    question = driver.find_element(By.ID, "question")
    question.send_keys("Vad skrev personalen i journalen hos Syntetenheten?", Keys.ENTER)
    _wait(driver, "#conversation .answer-text")
    _no_markup(driver, "#conversation")
