"""The web UI in headless Chromium: ask, see cited answers, open a citation in its report."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

QUESTION = "Vilka enheter använder Signs of Safety?"


def _wait(driver: Any, seconds: float = 30) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds)


def _ask(driver: Any, question: str) -> Any:
    """Type the question with the keyboard, send it with Enter, wait for the answer bubble."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.ID, "question")
    assert driver.switch_to.active_element == box  # focus is in the question box
    before = len(driver.find_elements(By.CSS_SELECTOR, ".turn.assistant"))
    box.send_keys(question, Keys.ENTER)
    done = ".turn.assistant .bubble:not(.pending)"
    _wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, done)) > before)
    _wait(driver).until(lambda d: d.switch_to.active_element == box)  # ready for the next one
    return driver.find_elements(By.CSS_SELECTOR, done)[-1]


def test_ask_then_open_a_citation_in_its_report(
    corpus_server: Any, browser: Any, screenshot: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, _index = corpus_server
    browser.get(base + "/")
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#reports-body tr"))
    answer = _ask(browser, QUESTION)
    assert answer.text.startswith("5 enheter nämner Signs of Safety i 6 rapporter")
    units = answer.find_elements(By.CSS_SELECTOR, ".unit-list li")
    assert len(units) == 6
    assert any("Enheten för prevention och familjebehandling" in u.text for u in units)
    chips = answer.find_elements(By.CSS_SELECTOR, ".answer-text .chip")
    assert len(chips) >= 6

    chip = units[3].find_element(By.CSS_SELECTOR, ".chip")  # Familjestödsenheten, VP 2020
    chip_id = chip.get_attribute("data-chunk-id")
    chip.click()
    active = f'.passage.active[data-chunk-id="{chip_id}"] mark.quote'
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, active))
    mark = browser.find_element(By.CSS_SELECTOR, active)
    assert "signs of safety" in mark.text.lower()
    meta = browser.find_element(By.ID, "reader-meta").text
    assert "Familjestödsenheten" in meta and "Spånga-Tensta" in meta and "VP 2020" in meta
    assert browser.find_element(By.ID, "reader-path").text  # heading path shown
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;",
        mark,
    )
    assert in_view, "the highlighted quote is scrolled into view"
    assert browser.switch_to.active_element.get_attribute("data-chunk-id") == chip_id
    screenshot(browser, "ask-citation")

    browser.switch_to.active_element.send_keys(Keys.ESCAPE)  # keyboard: close, focus returns
    _wait(browser).until(lambda d: not d.find_element(By.ID, "reader").is_displayed())
    assert browser.switch_to.active_element == chip


def test_followup_and_ungrounded_in_the_conversation(corpus_server: Any, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    base, _index = corpus_server
    browser.get(base + "/")
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#reports-body tr"))
    _ask(browser, QUESTION)
    follow = _ask(browser, "och 2019?")  # focus returns to the box after each answer
    assert follow.text.startswith("1 enhet nämner Signs of Safety")
    assert "VB 2019" in follow.text
    none = _ask(browser, "Vad säger rapporterna om rymdresor?")
    assert "ungrounded" in none.get_attribute("class")
    assert not none.find_elements(By.CSS_SELECTOR, ".chip")


def test_search_mode_with_filters(corpus_server: Any, browser: Any, screenshot: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, _index = corpus_server
    browser.get(base + "/")
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-unit option + option"))
    browser.find_element(By.ID, "tab-search").click()
    browser.find_element(By.ID, "search-q").send_keys("familjehem")
    Select(browser.find_element(By.ID, "search-type")).select_by_value("VP")
    browser.find_element(By.ID, "search-year").send_keys("2020")
    browser.find_element(By.CSS_SELECTOR, "#search-form button[type=submit]").click()
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .result"))
    metas = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".result-meta strong")]
    assert metas and all("(VP 2020)" in m for m in metas)
    assert browser.find_elements(By.CSS_SELECTOR, ".result-text mark")
    screenshot(browser, "search-filters")


def test_an_english_search_says_what_it_searched_in_swedish(
    corpus_server: Any, browser: Any
) -> None:
    from selenium.webdriver.common.by import By

    base, _index = corpus_server
    browser.get(base + "/")
    browser.find_element(By.ID, "tab-search").click()
    browser.find_element(By.ID, "search-q").send_keys("unaccompanied minors")
    browser.find_element(By.CSS_SELECTOR, "#search-form button[type=submit]").click()
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .result"))
    status = browser.find_element(By.ID, "search-status").text
    assert "sökte även" in status and "ensamkommande" in status
    marks = [m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, ".result-text mark")]
    assert any(m.startswith("ensamkommande") for m in marks)  # the Swedish words highlighted


def test_report_text_is_never_markup(corpus_server: Any, browser: Any) -> None:
    """A report whose text holds HTML/script shows it as text; nothing executes. (The report is
    built directly: ingest would strip the tags, and the UI must not rely on that.)"""
    from selenium.webdriver.common.by import By

    from tests.service.fakes import make_report

    base, index = corpus_server
    payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
    evil = make_report("vb-2018-testenheten", "Test<b>enheten</b>", 2018, "VB", [
        ("Inledning <i>x</i>", [f"Hemlig zebrametod {payload}"]),
    ])  # fmt: skip
    index.add_reports([evil])
    browser.get(base + "/")
    browser.find_element(By.ID, "tab-search").click()
    browser.find_element(By.ID, "search-q").send_keys("zebrametod\n")
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .result"))
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results .result")
    result = next(r for r in results if "zebrametod" in r.text)
    assert payload in result.text and "Test<b>enheten</b>" in result.text
    result.find_element(By.CSS_SELECTOR, "button.link").click()
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".passage.active"))
    assert payload in browser.find_element(By.CSS_SELECTOR, ".passage.active").text
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, #reader img")
    assert browser.execute_script("return window.pwned === undefined")


def test_prior_formulations_by_keyboard_only(
    corpus_server: Any, browser: Any, screenshot: Any
) -> None:
    """Arrow keys pick the tab, Tab reaches the draft box and the button, Enter submits."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, _index = corpus_server
    browser.get(base + "/")
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#reports-body tr"))
    browser.find_element(By.ID, "tab-ask").send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    active = browser.switch_to.active_element
    assert active.get_attribute("id") == "tab-similar"
    assert active.get_attribute("aria-selected") == "true"
    assert browser.find_element(By.ID, "view-similar").is_displayed()
    assert not browser.find_element(By.ID, "view-ask").is_displayed()
    active.send_keys(Keys.TAB)
    draft = browser.switch_to.active_element
    assert draft.get_attribute("id") == "similar-text"
    draft.send_keys(
        "Familjebehandlarna och familjeenheten ska fortsätta arbetet med Signs of Safety."
    )
    draft.send_keys(Keys.TAB)
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    _wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#similar-results .result"))
    results = browser.find_elements(By.CSS_SELECTOR, "#similar-results .result")
    quotes = [r.find_element(By.CSS_SELECTOR, ".result-quote").text for r in results]
    assert len(results) == 10 and all(quotes)
    assert any("signs of safety" in q.lower() for q in quotes[:3])
    screenshot(browser, "similar")
