"""Issue 13 items 1-4: uploads never overwrite silently, replace for good, are not duplicated,
can be deleted - and any number of restarts gives the same state."""

from __future__ import annotations

import hashlib
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

CORPUS_ID = "vb-2017-familjeenheten"


def _text(marker: str) -> bytes:
    return (
        f"Verksamhetsberättelse 2021 för Versionsenheten\n\n"
        f"Enheten skriver här sin text. Markör {marker} står i rapporten.\n"
    ).encode()


@pytest.fixture()
def settings(tmp_path: Path, corpus_dir: Path) -> Settings:
    (tmp_path / "corpus").mkdir()
    shutil.copy(corpus_dir / f"{CORPUS_ID}.txt", tmp_path / "corpus")
    return make_settings(tmp_path)


@contextmanager
def served(settings: Settings) -> Iterator[TestClient]:
    """One run of the server (a restart is the next `with served(...)`)."""
    app = create_app(settings, parse_upload=ingest.read_bytes)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def state(client: TestClient) -> dict[str, str]:
    """report id -> hash of its whole text, for every report."""
    out = {}
    for item in client.get("/api/reports").json():
        detail = client.get(f"/api/reports/{item['id']}").json()
        text = "\n".join(c["text"] for c in detail["chunk_list"])
        out[item["id"]] = hashlib.sha256(text.encode()).hexdigest()[:12]
    return out


def text_of(client: TestClient, report_id: str) -> str:
    detail = client.get(f"/api/reports/{report_id}").json()
    return "\n".join(c["text"] for c in detail["chunk_list"])


def upload(client: TestClient, name: str, data: bytes, **params: Any) -> Any:
    return client.post("/api/reports", files={"file": (name, data, "text/plain")}, params=params)


def kept_files(settings: Settings) -> list[Path]:
    return sorted(p for p in (settings.index_dir / "uploads").glob("*/*") if p.is_file())


def three_restarts(settings: Settings, expected: dict[str, str]) -> None:
    for _ in range(3):
        with served(settings) as client:
            assert state(client) == expected


def test_upload_named_like_a_corpus_report_gets_a_new_id(settings: Settings) -> None:
    with served(settings) as client:
        before = state(client)
        corpus_chunks = len(client.get(f"/api/reports/{CORPUS_ID}").json()["chunk_list"])
        r = upload(client, f"{CORPUS_ID}.txt", _text("ETT"))
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["report_ids"] == [f"{CORPUS_ID}-2"] and body["outcome"] == "renamed"
        assert CORPUS_ID in body["message"]
        after = state(client)
        assert after[CORPUS_ID] == before[CORPUS_ID]
        assert len(client.get(f"/api/reports/{CORPUS_ID}").json()["chunk_list"]) == corpus_chunks
    three_restarts(settings, after)


def test_replacing_an_upload_keeps_the_new_version_across_restarts(settings: Settings) -> None:
    with served(settings) as client:
        assert upload(client, "ver.txt", _text("ETT")).json()["report_ids"] == ["ver"]
        second = upload(client, "ver.txt", _text("TVÅ"))  # no replace: a new id, nothing lost
        assert second.json()["report_ids"] == ["ver-2"] and "ETT" in text_of(client, "ver")
        third = upload(client, "ver.txt", _text("TRE"), replace="true")
        assert third.status_code == 201 and third.json()["outcome"] == "replaced"
        assert "TRE" in text_of(client, "ver") and "ETT" not in text_of(client, "ver")
        expected = state(client)
    assert len(kept_files(settings)) == 2  # ver (TRE) and ver-2 (TVÅ); ETT's file is gone
    three_restarts(settings, expected)
    with served(settings) as client:
        assert "TRE" in text_of(client, "ver") and "TVÅ" in text_of(client, "ver-2")


def test_replace_never_touches_a_corpus_report(settings: Settings) -> None:
    with served(settings) as client:
        before = state(client)
        r = upload(client, f"{CORPUS_ID}.txt", _text("X"), replace="true")
        assert r.status_code == 409 and r.json()["error"]["code"] == "managed_by_corpus"
        assert state(client) == before
    assert kept_files(settings) == []


def test_same_content_under_five_names_is_one_report(settings: Settings) -> None:
    with served(settings) as client:
        first = upload(client, "a.txt", _text("SAMMA"))
        assert first.status_code == 201
        for name in ("b.txt", "c.md", "d.txt", "a.txt"):
            again = upload(client, name, _text("SAMMA"))
            assert again.status_code == 200, again.text
            assert again.json()["report_ids"] == ["a"] and again.json()["outcome"] == "duplicate"
        corpus_copy = upload(
            client, "kopia.txt", (settings.corpus_dir / f"{CORPUS_ID}.txt").read_bytes()
        )
        assert corpus_copy.json()["report_ids"] == [CORPUS_ID]
        assert set(state(client)) == {CORPUS_ID, "a"}
    assert len(kept_files(settings)) == 1


def test_delete_removes_an_upload_everywhere_for_good(settings: Settings) -> None:
    with served(settings) as client:
        upload(client, "borta.txt", _text("BORTA"))
        assert client.get("/api/search", params={"q": "BORTA", "mode": "lexical"}).json()["hits"]
        r = client.delete("/api/reports/borta")
        assert r.status_code == 200 and r.json() == {"deleted": ["borta"]}
        assert client.get("/api/reports/borta").status_code == 404
        assert not client.get("/api/search", params={"q": "BORTA", "mode": "lexical"}).json()[
            "hits"
        ]
        assert client.delete("/api/reports/borta").status_code == 404
        expected = state(client)
    assert kept_files(settings) == []
    three_restarts(settings, expected)


def test_deleting_a_corpus_report_is_refused_clearly(settings: Settings) -> None:
    with served(settings) as client:
        r = client.delete(f"/api/reports/{CORPUS_ID}")
        assert r.status_code == 409
        error = r.json()["error"]
        assert error["code"] == "managed_by_corpus" and "corpus folder" in error["message"]
        assert client.get(f"/api/reports/{CORPUS_ID}").status_code == 200


def test_a_kept_upload_that_overwrote_a_corpus_report_settles_as_its_own(
    settings: Settings,
) -> None:
    """The state the old bug left behind (a kept upload with a corpus report's name) heals at
    the next start: both reports exist, and further restarts change nothing."""
    with served(settings) as client:
        corpus_state = state(client)
    folder = settings.index_dir / "uploads" / "0123456789abcdef"
    folder.mkdir(parents=True)
    (folder / f"{CORPUS_ID}.txt").write_bytes(_text("GAMMAL"))
    with served(settings) as client:
        healed = state(client)
    assert healed[CORPUS_ID] == corpus_state[CORPUS_ID] and f"{CORPUS_ID}-2" in healed
    three_restarts(settings, healed)


def test_a_report_whose_kept_file_is_gone_is_removed_at_start(settings: Settings) -> None:
    """Delete removes the file first: a crash right after it must not leave the report."""
    with served(settings) as client:
        upload(client, "halv.txt", _text("HALV"))
    (path,) = kept_files(settings)
    path.unlink()
    three_restarts(settings, {CORPUS_ID: state_of_corpus(settings)})


def state_of_corpus(settings: Settings) -> str:
    with served(settings) as client:
        return state(client)[CORPUS_ID]


def test_a_long_name_taken_twice_still_gets_its_own_id(settings: Settings) -> None:
    """Through the real sandboxed parser (which caps a stem at 100 characters)."""
    name = "Verksamhetsberättelse för enheten " * 6 + ".txt"
    with TestClient(create_app(settings)) as client:
        first = upload(client, name, _text("ETT")).json()["report_ids"]
        second = upload(client, name, _text("TVÅ"))
        assert second.status_code == 201, second.text
        assert second.json()["report_ids"] == [first[0] + "-2"]
