"""The lifespan indexes corpus_dir itself; uploads (a generated PDF) are indexed at once and
survive a restart (they are kept under index_dir/uploads and re-synced)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from fastapi.testclient import TestClient
from fpdf import FPDF

import ingest
import search
from ingest.types import Report
from service.app import create_app
from service.uploads.indexing import open_corpus_index
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex, sample_reports


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for page in range(2):
        pdf.add_page()
        pdf.cell(
            0,
            10,
            "Verksamhetsberättelse 2021 för Mottagningsenheten",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        text = (
            "Mottagningsenheten har infört kvällsöppen rådgivning för unga vuxna. "
            if page == 0
            else "Väntetiderna till första samtal har halverats under året. "
        )
        pdf.multi_cell(0, 8, text * 3)
    return bytes(pdf.output())


def test_lifespan_indexes_corpus_and_uploads_persist(tmp_path: Path, corpus_dir: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(corpus_dir / "vb-2017-familjeenheten.txt", corpus)
    settings = make_settings(tmp_path)
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/health").json()["reports"] == 1
        r = client.post(
            "/api/reports", files={"file": ("vb-2021-mottagning.pdf", _pdf(), "application/pdf")}
        )
        assert r.status_code == 201, r.text
        (report_id,) = r.json()["report_ids"]
        hits = client.get("/api/search", params={"q": "kvällsöppen rådgivning"}).json()["hits"]
        assert hits[0]["report_id"] == report_id and hits[0]["page"] == 1
        second = client.get("/api/search", params={"q": "väntetiderna halverats"}).json()["hits"]
        assert second[0]["report_id"] == report_id and "halverats" in second[0]["text"]
    with TestClient(create_app(settings)) as client:  # restart: the upload is still there
        ids = {r["id"] for r in client.get("/api/reports").json()}
        assert ids == {"vb-2017-familjeenheten", report_id}


def _counting_parser(calls: list[str]) -> Callable[[bytes, str], list[Report]]:
    def parse(data: bytes, name: str) -> list[Report]:
        calls.append(name)
        return ingest.read_bytes(data, name)

    return parse


def test_kept_uploads_are_not_reparsed_but_restored_after_a_rebuild(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    calls: list[str] = []
    upload = ("vb-2021-mottagning.pdf", _pdf(), "application/pdf")
    with TestClient(create_app(settings, parse_upload=_counting_parser(calls))) as client:
        assert client.post("/api/reports", files={"file": upload}).status_code == 201
    assert calls == ["vb-2021-mottagning.pdf"]
    index = open_corpus_index(
        settings.index_dir, settings.corpus_dir, "hash", parse_upload=_counting_parser(calls)
    )
    index.close()  # type: ignore[attr-defined]
    assert calls == ["vb-2021-mottagning.pdf"]  # stored: the kept file is not parsed again
    search.open_index(settings.index_dir, search.make_embedder("hash"), rebuild=True).close()
    index = open_corpus_index(
        settings.index_dir, settings.corpus_dir, "hash", parse_upload=_counting_parser(calls)
    )
    try:
        assert [r.id for r in index.list_reports()] == ["vb-2021-mottagning"]
        assert calls == ["vb-2021-mottagning.pdf"] * 2
    finally:
        index.close()  # type: ignore[attr-defined]


class _FailingIndex(FakeIndex):
    failing = False

    def add_reports(self, reports: Sequence[Report]) -> int:
        if self.failing:
            raise OSError("disk full")
        return super().add_reports(reports)


def test_an_upload_that_cannot_be_indexed_leaves_no_file(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    index = _FailingIndex(sample_reports())
    index.failing = True
    app = create_app(settings, index=index)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post(
            "/api/reports", files={"file": ("vb-2021-mottagning.pdf", _pdf(), "application/pdf")}
        )
        assert response.status_code == 500 and "error" in response.json()
    uploads = settings.index_dir / "uploads"
    assert not uploads.exists() or not any(uploads.rglob("*"))
