"""`rapport index` and `rapport search` end to end on the shipped corpus (hash embedder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli.main import main


@pytest.fixture()
def env(tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RAPPORT_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("RAPPORT_CORPUS_DIR", str(corpus_dir))
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash")
    monkeypatch.setenv("RAPPORT_LOG_LEVEL", "WARNING")
    return tmp_path / "idx"


def test_index_then_search(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "added 10" in out and "10 reports" in out and (env / "CURRENT").is_file()
    assert main(["index", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "unchanged 10" in out and "embedded 0 chunks" in out

    assert (
        main(
            [
                "search",
                "familjehemsplacerade barn",
                "-k",
                "4",
                "--year",
                "2016-2017",
                "--type",
                "VB",
                "--json",
            ]
        )
        == 0
    )
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 4
    assert all(h["year"] in (2016, 2017) and h["doc_type"] == "VB" for h in hits)
    assert hits[0]["score"] >= hits[-1]["score"] and hits[0]["section_path"]

    rid = "vb-2017-familjeenheten"
    assert main(["search", "barn", "--report", rid, "--status", "helt", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all(h["report_id"] == rid and h["status"] == "helt" for h in hits)

    assert main(["search", "ekonomiskt bistånd", "--mode", "lexical", "-k", "2"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("1. [") and "lines" in text and "\n2. [" in text


def test_cli_errors(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["search", "barn", "--year", "2019-2016"]) == 2
    assert "--year" in capsys.readouterr().err
    assert main(["index", "--no-progress"]) == 0
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash:32")
    assert main(["search", "barn"]) == 1
    err = capsys.readouterr().err
    assert "hash-64" in err and "hash-32" in err and "--rebuild" in err
    assert main(["index", "--rebuild", "--no-progress"]) == 0
    assert "embedder hash-32" in capsys.readouterr().out
    assert main(["search", "   "]) == 1
    assert "empty" in capsys.readouterr().err
