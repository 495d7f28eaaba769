"""Deleting a report from the web UI: the `deletable` field the report list carries (one rule,
`KeptUploads.deletable`), the API round trip the Rapporter tab makes (upload, list, delete, gone),
and the UI's delete controls themselves, which must not silently disappear from the served
scripts."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import ingest
from service.app import create_app
from service.settings import Settings
from tests.service.conftest import make_settings
from tests.service.fakes import FakeIndex

CORPUS_ID = "vb-2017-familjeenheten"
KEY = "ui-delete-test-key-0123456789"


def _report_text(marker: str) -> bytes:
    return (
        "Verksamhetsberättelse 2022 för Raderingsenheten\n\nInledning\n\n"
        f"Raderingsenheten har under året prövat arbetssättet {marker} med goda resultat.\n"
    ).encode()


@pytest.fixture()
def corpus_copy(tmp_path: Path, corpus_dir: Path) -> Path:
    (tmp_path / "corpus").mkdir()
    shutil.copy(corpus_dir / f"{CORPUS_ID}.txt", tmp_path / "corpus")
    return tmp_path


@contextmanager
def served(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings, parse_upload=ingest.read_bytes)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def _upload(client: TestClient, name: str, data: bytes, **headers: str) -> Any:
    files = {"file": (name, data, "text/plain")}
    return client.post("/api/reports", files=files, headers=headers)


def _listed(client: TestClient) -> dict[str, bool]:
    """report id -> deletable, as the Rapporter tab sees the list."""
    return {r["id"]: r["deletable"] for r in client.get("/api/reports").json()}


def _search_ids(client: TestClient, q: str) -> set[str]:
    hits = client.get("/api/search", params={"q": q, "mode": "lexical"}).json()["hits"]
    return {h["report_id"] for h in hits}


# the field ---------------------------------------------------------------------------------------
def test_reports_from_outside_the_uploads_are_not_deletable(
    fake_client: TestClient, fake_index: FakeIndex
) -> None:
    reports = fake_client.get("/api/reports").json()
    assert reports and all(r["deletable"] is False for r in reports)
    assert fake_client.get("/api/reports/vb-2016-bou").json()["deletable"] is False
    chunk = fake_index.get_report("vb-2016-bou").chunks[0]
    assert fake_client.get(f"/api/chunks/{chunk.id}").json()["report"]["deletable"] is False


def test_openapi_documents_deletable_as_a_required_boolean(fake_client: TestClient) -> None:
    schema = fake_client.get("/openapi.json").json()["components"]["schemas"]["ReportOut"]
    assert schema["properties"]["deletable"]["type"] == "boolean"
    assert "deletable" in schema["required"]


# the round trip the UI makes -----------------------------------------------------------------
def test_upload_list_delete_and_gone_end_to_end(corpus_copy: Path) -> None:
    with served(make_settings(corpus_copy)) as client:
        r = _upload(client, "vb-2022-radering.txt", _report_text("RADERAMIG"))
        assert r.status_code == 201, r.text
        (rid,) = r.json()["report_ids"]
        listed = _listed(client)
        assert listed == {CORPUS_ID: False, rid: True}
        assert client.get(f"/api/reports/{rid}").json()["deletable"] is True
        assert _search_ids(client, "RADERAMIG") == {rid}

        gone = client.delete(f"/api/reports/{rid}")
        assert gone.status_code == 200 and gone.json() == {"deleted": [rid]}
        assert _listed(client) == {CORPUS_ID: False}
        assert _search_ids(client, "RADERAMIG") == set()
        assert client.get(f"/api/reports/{rid}").status_code == 404
        health = client.get("/api/health").json()
        assert health["reports"] == 1


def test_deletable_says_exactly_what_delete_does(corpus_copy: Path) -> None:
    """Every listed report: DELETE succeeds if and only if the list said `deletable`."""
    with served(make_settings(corpus_copy)) as client:
        assert _upload(client, "en.txt", _report_text("ETT")).status_code == 201
        for rid, deletable in _listed(client).items():
            r = client.delete(f"/api/reports/{rid}")
            assert (r.status_code == 200) is deletable, (rid, r.text)
            if not deletable:
                assert r.status_code == 409
                assert r.json()["error"]["code"] == "managed_by_corpus"
        assert _listed(client) == {CORPUS_ID: False}


def test_delete_needs_the_api_key_the_ui_sends_when_one_is_set(corpus_copy: Path) -> None:
    with served(make_settings(corpus_copy, api_key=KEY)) as client:
        r = _upload(client, "nyckel.txt", _report_text("NYCKEL"), **{"X-API-Key": KEY})
        assert r.status_code == 201, r.text
        (rid,) = r.json()["report_ids"]
        assert _listed(client)[rid] is True  # reading the list needs no key
        refused = client.delete(f"/api/reports/{rid}")
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "unauthenticated"
        assert refused.json()["error"]["message"]  # what the UI shows
        assert rid in _listed(client)
        ok = client.delete(f"/api/reports/{rid}", headers={"X-API-Key": KEY})
        assert ok.status_code == 200 and rid not in _listed(client)


# the UI control ------------------------------------------------------------------------------
def test_served_ui_has_the_delete_control(fake_client: TestClient) -> None:
    """The one delete flow (remove.js: confirmed, sent as DELETE with the API key header, its
    error message shown) behind the Rapporter tab's "Ta bort", made per deletable report, and
    the report view's "Ta bort rapporten", shown for a deletable report. No browser here, so the
    served files are checked for the hooks the feature is made of (tests/e2e drives it)."""
    page = fake_client.get("/")
    assert page.status_code == 200
    assert 'id="reports-body"' in page.text and "/static/app.js" in page.text
    assert 'id="reader-delete"' in page.text and "Ta bort rapporten" in page.text
    flow = fake_client.get("/static/remove.js")
    assert flow.status_code == 200
    js = flow.text
    assert "export async function deleteReport" in js and "window.confirm(" in js
    assert 'method: "DELETE"' in js and "/api/reports/${encodeURIComponent(" in js
    search = fake_client.get("/static/search.js").text
    assert "data-delete-report" in search and "r.deletable" in search  # only where allowed
    assert '"Ta bort"' in search and "deleteReport(" in search
    reader = fake_client.get("/static/reader.js").text
    assert "report.deletable" in reader and "deleteReport(" in reader
    assert "function deleteReport" not in search + reader  # one flow, not copies
    util = fake_client.get("/static/util.js").text
    assert '"X-API-Key"' in util  # api() sends the key the user typed, deletes included
