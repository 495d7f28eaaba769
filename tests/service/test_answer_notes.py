"""What an answer says about itself: reports kept although their year is unsure; bad input."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from service.answer import Answerer
from service.app import create_app
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex, make_report


def _undated_and_dated() -> FakeIndex:
    undated = make_report(
        "rapport-vrakning",
        "Vuxenenheten",
        2022,
        "VP",
        [("Boende", ["Vuxenenheten förebygger vräkningar genom tidiga hembesök hos hyresgäster."])],
    )
    undated = replace(undated, meta=replace(undated.meta, year=None))
    return FakeIndex([undated])


def test_an_answer_names_a_report_whose_year_is_unsure() -> None:
    answer = Answerer(_undated_and_dated()).answer(
        "Hur förebygger Vuxenenheten vräkningar genom hembesök 2022?"
    )
    assert answer.grounded
    assert "Året är okänt eller osäkert för Vuxenenheten" in answer.text.split("\n")[-1]


def test_no_note_when_no_year_is_asked() -> None:
    answer = Answerer(_undated_and_dated()).answer(
        "Hur förebygger Vuxenenheten vräkningar genom hembesök?"
    )
    assert answer.grounded and "osäkert" not in answer.text


def test_a_question_with_control_characters_is_a_clear_400(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path), index=_undated_and_dated())  # type: ignore[arg-type]
    with TestClient(app) as client:
        for path in ("/api/ask", "/api/ask/stream"):
            r = client.post(path, json={"question": "vräkningar\x00"})
            assert r.status_code == 400, r.text
            assert r.json()["error"]["code"] == "bad_request"
            assert "question" in r.json()["error"]["message"]
