"""The "Mål" view in headless Chromium: filter, timeline, wording diff, open the report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ingest import read_paths
from search.embed import HashEmbedder
from service.app import create_app
from tests.e2e.conftest import serve_in_thread
from tests.search.test_ledger import CORPUS, generated_followup
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


class _Index(FakeIndex):
    embedder = HashEmbedder(256)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    reports = [*read_paths([CORPUS]).reports, generated_followup()]
    app = create_app(make_settings(tmp_path_factory.mktemp("goals-e2e")), index=_Index(reports))
    with serve_in_thread(app) as url:
        yield url


def test_goal_timeline_diff_and_report(base_url: str, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    d = browser
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


def test_a_plans_goal_card_shows_its_way_of_working_resources_and_follow_up(
    base_url: str, browser: object
) -> None:
    """A Kungsholmen plan's enhetsmål shows its Arbetssätt, Resursanvändning and Uppföljning
    beside the expected result."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    d = browser
    wait = WebDriverWait(d, 20)  # type: ignore[arg-type]
    d.get(base_url + "/")  # type: ignore[attr-defined]
    wait.until(ec.element_to_be_clickable((By.ID, "tab-goals"))).click()
    box = wait.until(ec.presence_of_element_located((By.ID, "goal-q")))
    box.send_keys("familjehemsplacerade barn god hälsa skolgång")
    d.find_element(By.CSS_SELECTOR, ".goal-filters button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.text_to_be_present_in_element((By.ID, "goals-status"), "mål"))
    items = d.find_elements(By.CSS_SELECTOR, ".goal-item")  # type: ignore[attr-defined]
    next(i for i in items if "Familjehemsplacerade barn har god hälsa" in i.text).click()
    card = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".goal-version.current")))
    wait.until(lambda _: "Resursanvändning" in card.text)
    assert "Barn- resp familjehemssekreterare på enheten." in card.text
    assert "Arbetssätt" in card.text and "Uppföljning" in card.text
