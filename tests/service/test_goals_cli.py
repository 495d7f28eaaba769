"""`rapport goals`: list, CSV export and one goal's versions, over the shipped corpus."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from service.cli.main import main
from tests.search.test_ledger import CORPUS


@pytest.fixture(autouse=True)
def _offline_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash")
    monkeypatch.setenv("RAPPORT_CORPUS_DIR", str(CORPUS))


def test_list_with_filters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goals", "--status", "delvis"]) == 0
    out = capsys.readouterr().out
    assert out.count("[delvis]") == 3 and "3 goals" in out
    assert "Enhetens verksamhet har en långsiktigt hållbar ekonomi." in out


def test_csv_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mal.csv"
    assert main(["goals", "--year", "2016", "--level", "enhetsmal", "--csv", str(target)]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 14 and {r["status"] for r in rows} == {"helt"}
    assert "wrote 14 goals" in capsys.readouterr().err


def test_show_and_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goals", "--show", "vb-2017-familjeenheten:g28"]) == 0
    out = capsys.readouterr().out
    assert "Stockholms stad är en bra arbetsgivare" in out
    assert "indikator: Sjukfrånvaro: utfall 3,4 % (män 0 %, kvinnor 3,7 %), årsmål 6 %" in out
    assert main(["goals", "--show", "nope"]) == 1
    assert "'nope' is not in the ledger" in capsys.readouterr().err
