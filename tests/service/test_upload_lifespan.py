"""The lifespan indexes corpus_dir itself; uploads (a generated PDF) are indexed at once and
survive a restart (they are kept under index_dir/uploads and re-synced)."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient
from fpdf import FPDF

from service.app import create_app
from tests.service.conftest import make_settings


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
