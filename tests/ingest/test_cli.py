"""`rapport ingest PATH... [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli.main import main


def test_json_output_on_the_corpus(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(corpus_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["reports"]) == len(data["summary"]) == 10
    assert data["failures"] == []
    row = data["summary"][1]
    assert row["report"] == "vb-2017-familjeenheten" and row["district"] == "Östermalm"
    report = data["reports"][1]
    assert report["meta"]["diarienummer"] == "2017-847-1.2.1"
    assert len(report["sections"]) == row["sections"] and len(report["chunks"]) == row["chunks"]
    assert report["chunks"][0]["span"]["line_start"] >= 1


def test_table_and_exit_code_on_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bra.txt").write_text("Inledning\nEnheten arbetar med barn.\n", encoding="utf-8")
    (tmp_path / "trasig.pdf").write_bytes(b"%PDF-1.4\n garbage")
    assert main(["ingest", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == [
        "report", "unit", "district", "year", "type", "sections", "chunks"
    ]  # fmt: skip
    assert "bra" in out and "FAILED" in out and "trasig.pdf" in out


def test_out_writes_the_json_file(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "struktur.json"
    assert main(["ingest", str(corpus_dir / "vb-2017-familjeenheten.txt"), "--out", str(out)]) == 0
    assert "vb-2017-familjeenheten" in capsys.readouterr().out  # the table
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in data["reports"]] == ["vb-2017-familjeenheten"]
    assert data["reports"][0]["meta"]["district"] == "Östermalm"  # the folder's manifest applies
