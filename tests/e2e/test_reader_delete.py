"""Deleting an uploaded report in headless Chromium: from the report view ("Ta bort rapporten"),
and what that does to the assistant's earlier answers: their citation chips to the report are
marked removed, also when someone else deleted it and the chip is only found dead on opening.

Each test uploads its own generated report through the Rapporter tab into the real corpus index
(hash embedder) and deletes it again, so the module's server ends as it began."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _wait(driver: Any, seconds: float = 30) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds)


def _report_text(unit: str, method: str) -> str:
    return (
        f"Verksamhetsplan 2024 för {unit}\n\nInledning\n\n"
        f"{unit} arbetar sedan 2023 med metoden {method} för att stärka barns röst"
        " i utredningar.\n\n"
        f"Metoder\n\n{method} innebär att barnet ritar sin vardag tillsammans med"
        " familjebehandlaren.\n"
    )


def _open_app(driver: Any, base: str) -> None:
    """Load the UI and wait for the Rapporter list."""
    from selenium.webdriver.common.by import By

    driver.get(base + "/")
    _wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#reports-body tr")) > 1)


def _upload_report(driver: Any, path: Path, unit: str, method: str) -> str:
    """Write a generated report of `unit` using `method` to `path` and upload it (_upload)."""
    path.write_text(_report_text(unit, method), "utf-8")
    return _upload(driver, path)


def _upload(driver: Any, path: Path) -> str:
    """Upload `path` in the Rapporter tab; returns the new report id once the list shows it."""
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, "tab-reports").click()
    status = driver.find_element(By.ID, "upload-status")
    driver.find_element(By.ID, "upload-file").send_keys(str(path))
    driver.find_element(By.CSS_SELECTOR, "#upload-form button[type=submit]").click()
    _wait(driver).until(lambda d: status.text.startswith("Klart"))
    rid = path.stem
    assert rid in status.text
    _wait(driver).until(lambda d: _rows(d, rid))
    return rid


def _rows(driver: Any, rid: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, f'#reports-body tr[data-report-id="{rid}"]')


def _search(driver: Any, q: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    driver.find_element(By.ID, "tab-search").click()
    box = driver.find_element(By.ID, "search-q")
    box.clear()
    box.send_keys(q + "\n")
    status = driver.find_element(By.ID, "search-status")
    _wait(driver).until(lambda d: status.text and "Söker" not in status.text)
    return driver.find_elements(By.CSS_SELECTOR, "#search-results .result")


def _report_of(node: Any) -> str:
    return str(node.get_attribute("data-report-id"))


def _ask(driver: Any, question: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.find_element(By.ID, "tab-ask").click()
    done = ".turn.assistant .bubble:not(.pending)"
    before = len(driver.find_elements(By.CSS_SELECTOR, done))
    driver.find_element(By.ID, "question").send_keys(question, Keys.ENTER)
    _wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, done)) > before)
    return driver.find_elements(By.CSS_SELECTOR, done)[-1]


def _chips(answer: Any, rid: str | None = None) -> list[Any]:
    from selenium.webdriver.common.by import By

    chips = answer.find_elements(By.CSS_SELECTOR, ".chip")
    return [c for c in chips if rid is None or _report_of(c) == rid]


def _is_removed(chip: Any) -> bool:
    return (
        not chip.is_enabled()
        and "removed" in (chip.get_attribute("class") or "")
        and chip.get_attribute("title") == "Rapporten är borttagen"
    )


def _reader_shown(driver: Any) -> bool:
    from selenium.webdriver.common.by import By

    return bool(driver.find_element(By.ID, "reader").is_displayed())


def _delete_over_http(base: str, rid: str) -> None:
    """Someone else's delete: the same API, not through this browser."""
    request = urllib.request.Request(f"{base}/api/reports/{rid}", method="DELETE")
    with urllib.request.urlopen(request, timeout=30) as response:
        assert json.load(response) == {"deleted": [rid]}


def test_delete_from_the_report_view(corpus_server: Any, browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    base, _index = corpus_server
    _open_app(browser, base)
    reports_status = browser.find_element(By.ID, "reports-status")
    count_before = reports_status.get_attribute("textContent")  # "n rapporter"
    rid = _upload_report(
        browser, tmp_path / "vp-2024-glasbruket.txt", "Glasbrukets familjeenhet", "Lyktsnäckan"
    )
    unit = "Glasbrukets familjeenhet"
    units = browser.find_element(By.ID, "search-unit")
    _wait(browser).until(lambda d: unit in units.get_attribute("textContent"))  # filters reloaded
    remove = browser.find_element(By.ID, "reader-delete")

    # a corpus report opens without the button: only uploads are deletable
    _wait(browser).until(lambda d: _rows(d, "vb-2017-familjeenheten"))
    _rows(browser, "vb-2017-familjeenheten")[0].find_element(By.CSS_SELECTOR, ".link").click()
    _wait(browser).until(lambda d: "Familjeenheten" in d.find_element(By.ID, "reader-meta").text)
    assert not remove.is_displayed()

    results = [r for r in _search(browser, "Lyktsnäckan") if _report_of(r) == rid]
    assert results
    results[0].find_element(By.CSS_SELECTOR, "button.link").click()
    _wait(browser).until(lambda d: unit in d.find_element(By.ID, "reader-meta").text)
    _wait(browser).until(lambda d: remove.is_displayed())
    assert remove.text == "Ta bort rapporten"

    remove.click()  # cancelled at the confirmation: nothing happens
    alert = _wait(browser).until(ec.alert_is_present())
    assert "Ta bort rapporten?" in alert.text and f"{rid}.txt" in alert.text
    alert.dismiss()
    assert _reader_shown(browser) and remove.is_enabled() and _rows(browser, rid)

    remove.click()
    _wait(browser).until(ec.alert_is_present()).accept()
    _wait(browser).until(lambda d: not _reader_shown(d))
    # told in the Rapporter list's status line, shown with focus on it (not lost on <body>)
    told = f"Borttagen: {rid}. {count_before} kvar."  # the count as before the upload
    _wait(browser).until(lambda d: reports_status.get_attribute("textContent") == told)
    assert browser.find_element(By.ID, "tab-reports").get_attribute("aria-selected") == "true"
    assert browser.switch_to.active_element.get_attribute("id") == "reports-status"
    assert not browser.find_elements(By.CSS_SELECTOR, f'#search-results [data-report-id="{rid}"]')
    _wait(browser).until(lambda d: not _rows(d, rid))
    assert unit not in units.get_attribute("textContent")
    assert rid not in {_report_of(r) for r in _search(browser, "Lyktsnäckan")}


def test_chips_citing_a_deleted_report_are_marked_removed(
    corpus_server: Any, browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    base, _index = corpus_server
    _open_app(browser, base)
    rid = _upload_report(
        browser, tmp_path / "vp-2024-ankdammen.txt", "Ankdammens familjeenhet", "Stjärnkikaren"
    )

    cited = _ask(browser, "Vilka enheter använder Stjärnkikaren?")
    assert "Ankdammens familjeenhet" in cited.text
    chips = _chips(cited, rid)
    assert chips and all(c.is_enabled() for c in chips)
    other = _ask(browser, "Vilka enheter använder Signs of Safety?")
    others = _chips(other)
    assert others and not _chips(other, rid)

    browser.find_element(By.ID, "tab-reports").click()  # the Rapporter tab's "Ta bort"
    browser.find_element(By.CSS_SELECTOR, f'[data-delete-report="{rid}"]').click()
    _wait(browser).until(ec.alert_is_present()).accept()
    _wait(browser).until(lambda d: not _rows(d, rid))

    browser.find_element(By.ID, "tab-ask").click()
    _wait(browser).until(lambda d: all(_is_removed(c) for c in chips))
    assert all(c.is_enabled() and not _is_removed(c) for c in others)  # other reports' chips live
    browser.execute_script("arguments[0].click()", chips[0])  # a click reaches nothing
    assert not _reader_shown(browser)


def test_a_chip_to_a_report_deleted_elsewhere_says_so_when_opened(
    corpus_server: Any, browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    base, _index = corpus_server
    _open_app(browser, base)
    rid = _upload_report(
        browser, tmp_path / "vp-2024-vindbrygga.txt", "Vindbryggans familjeenhet", "Månskärran"
    )
    cited = _ask(browser, "Vilka enheter använder Månskärran?")
    chips = _chips(cited, rid)
    assert chips

    _delete_over_http(base, rid)
    chips[0].click()
    status = browser.find_element(By.ID, "reader-status")
    _wait(browser).until(lambda d: "har tagits bort" in status.text)
    assert _reader_shown(browser)
    assert browser.find_element(By.ID, "reader-title").text == "Rapporten finns inte längre"
    assert not browser.find_element(By.ID, "reader-body").text
    assert not browser.find_element(By.ID, "reader-delete").is_displayed()
    _wait(browser).until(lambda d: all(_is_removed(c) for c in chips))
    _wait(browser).until(lambda d: not _rows(d, rid))  # the list is reloaded without it


def test_deleting_a_report_someone_else_deleted_first_drops_it(
    corpus_server: Any, browser: Any, tmp_path: Path
) -> None:
    """The report view still shows the report (loaded before); its DELETE answers 404."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    base, _index = corpus_server
    _open_app(browser, base)
    rid = _upload_report(
        browser, tmp_path / "vp-2024-sjobod.txt", "Sjöbodens familjeenhet", "Tångruskan"
    )
    _rows(browser, rid)[0].find_element(By.CSS_SELECTOR, ".link").click()
    remove = browser.find_element(By.ID, "reader-delete")
    _wait(browser).until(lambda d: remove.is_displayed())

    _delete_over_http(base, rid)
    remove.click()
    _wait(browser).until(ec.alert_is_present()).accept()
    _wait(browser).until(lambda d: not _reader_shown(d))
    _wait(browser).until(lambda d: not _rows(d, rid))


def _live_regions_outside_the_view(driver: Any) -> list[Any]:
    """The displayed live regions (aria-live or role=status) that are not in the report view."""
    from selenium.webdriver.common.by import By

    regions = driver.find_elements(By.CSS_SELECTOR, '[aria-live], [role="status"]')
    outside = "return !document.getElementById('reader').contains(arguments[0])"
    return [r for r in regions if r.is_displayed() and driver.execute_script(outside, r)]


def test_a_delete_from_the_report_view_is_told_outside_it(
    corpus_server: Any, browser: Any, tmp_path: Path
) -> None:
    """The view closes on a delete, so the confirmation must land in a live region still on
    screen, and focus on a node still there, not on <body>."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    base, _index = corpus_server
    _open_app(browser, base)
    count_before = browser.find_element(By.ID, "reports-status").get_attribute("textContent")
    rid = _upload_report(
        browser, tmp_path / "vp-2024-kvarnen.txt", "Kvarnens familjeenhet", "Vattenhjulet"
    )
    results = [r for r in _search(browser, "Vattenhjulet") if _report_of(r) == rid]
    assert results
    results[0].find_element(By.CSS_SELECTOR, "button.link").click()  # opened from the Sök tab
    remove = browser.find_element(By.ID, "reader-delete")
    _wait(browser).until(lambda d: remove.is_displayed())

    remove.click()
    _wait(browser).until(ec.alert_is_present()).accept()
    _wait(browser).until(lambda d: not _reader_shown(d))
    told = f"Borttagen: {rid}. {count_before} kvar."
    _wait(browser, 10).until(
        lambda d: any(r.text == told for r in _live_regions_outside_the_view(d)),
        f"no live region outside the closed view says {told!r}",
    )
    focused = browser.execute_script(
        "const a = document.activeElement;"
        " return a && a !== document.body && !document.getElementById('reader').contains(a)"
        " ? a : null"
    )
    assert focused is not None and focused.is_displayed()


_REFUSE_DELETES = """
const [status, message] = arguments;
window.realFetch = window.realFetch || window.fetch;
window.fetch = (path, options = {}) => options.method === "DELETE"
  ? Promise.resolve(new Response(JSON.stringify({ error: { code: "refused", message } }),
      { status, headers: { "Content-Type": "application/json" } }))
  : window.realFetch(path, options);
"""


@pytest.mark.parametrize(
    ("code", "said"), [(401, "fyll i API-nyckeln"), (500, "Kunde inte ta bort rapporten")]
)
def test_a_refused_delete_is_told_in_the_open_report_view(
    corpus_server: Any, browser: Any, tmp_path: Path, code: int, said: str
) -> None:
    """The server's refusal (the page's fetch answers DELETE with `code`) keeps the view open
    with the error in its own status line; the Rapporter tab is not shown for it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    base, _index = corpus_server
    _open_app(browser, base)
    rid = _upload_report(browser, tmp_path / f"vp-2024-nekad{code}.txt", "Nekade enheten", "Spärr")
    results = [r for r in _search(browser, "Spärr") if _report_of(r) == rid]
    assert results
    results[0].find_element(By.CSS_SELECTOR, "button.link").click()
    remove = browser.find_element(By.ID, "reader-delete")
    _wait(browser).until(lambda d: remove.is_displayed())

    browser.execute_script(_REFUSE_DELETES, code, "Nekad i testet")
    remove.click()
    _wait(browser).until(ec.alert_is_present()).accept()
    status = browser.find_element(By.ID, "reader-status")
    _wait(browser).until(lambda d: "Nekad i testet" in status.text)
    assert said in status.text and status.text.startswith("Kunde inte ta bort rapporten")
    assert _reader_shown(browser) and remove.is_enabled() and _rows(browser, rid)
    assert browser.find_element(By.ID, "tab-search").get_attribute("aria-selected") == "true"
    reports_status = browser.find_element(By.ID, "reports-status").get_attribute("textContent")
    assert "Borttagen" not in reports_status

    browser.execute_script("window.fetch = window.realFetch")  # then it goes: the server as before
    remove.click()
    _wait(browser).until(ec.alert_is_present()).accept()
    _wait(browser).until(lambda d: not _reader_shown(d))
    _wait(browser).until(lambda d: not _rows(d, rid))
