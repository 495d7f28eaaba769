"""`rapport ingest PATH... [--json]`."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from service.cli.main import main
from tests.ingest.generic_docs import DOCS, TITLE_ONLY, write_all


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
    assert main(["ingest", str(tmp_path), "--strict"]) == 1
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


def _batch(folder: Path) -> None:
    """Two good reports, a title-only attachment and a broken PDF."""
    write_all(folder, (*DOCS[:2], TITLE_ONLY))
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.4\n garbage")


def test_partial_batch_succeeds_and_lists_each_failure_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    _batch(tmp_path)
    caplog.set_level(logging.DEBUG, logger="ingest")
    assert main(["ingest", str(tmp_path)]) == 0  # two of four read: a partial batch succeeds
    captured = capsys.readouterr()
    said = (
        captured.out
        + captured.err
        + "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    )
    assert said.count("bilaga-3.md") == 1 and said.count("trasig.pdf") == 1
    assert "FAILED" in captured.out and "2 report(s)" in captured.out
    assert "too little text" in captured.out  # a title-only page, not "headers removed"
    assert "removing headers" not in captured.out
    assert main(["ingest", str(tmp_path), "--strict"]) == 1


def test_nothing_read_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "trasig.pdf").write_bytes(b"%PDF-1.4\n garbage")
    assert main(["ingest", str(tmp_path)]) == 1
    assert "FAILED" in capsys.readouterr().out


def test_index_partial_batch_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    _batch(docs)
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash")
    monkeypatch.setenv("RAPPORT_INDEX_DIR", str(tmp_path / "index"))
    assert main(["index", str(docs), "--no-progress"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("FAILED") == 2 and captured.err.count("trasig.pdf") == 1
    assert "read 2 reports (2 failed)" in captured.out
    assert main(["index", str(docs), "--no-progress", "--strict"]) == 1


def test_no_manifest_shows_what_the_files_say(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "vb-2017-familjeenheten.txt"
    assert main(["ingest", str(corpus_dir / name), "--json", "--no-manifest"]) == 0
    meta = json.loads(capsys.readouterr().out)["reports"][0]["meta"]
    assert meta["confidence"]["district"] < 1.0  # inferred, not the curator's 1.0


def test_server_start_up_sync_logs_each_failure_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from service.uploads.indexing import open_corpus_index

    docs = tmp_path / "docs"
    _batch(docs)
    caplog.set_level(logging.INFO)
    index = open_corpus_index(tmp_path / "index", docs, "hash")
    try:
        assert index.stats()["reports"] == 2
    finally:
        index.close()
    messages = [r.getMessage() for r in caplog.records]
    assert sum("trasig.pdf" in m for m in messages) == 1
    assert sum("bilaga-3.md" in m for m in messages) == 1
