"""Routes, filters, error shape and headers through the app factory, over the in-memory index."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from service.app import CSP
from tests.service.fakes import FakeIndex

HIT_FIELDS = {
    "chunk_id",
    "report_id",
    "unit",
    "district",
    "year",
    "doc_type",
    "title",
    "section_path",
    "page",
    "line_start",
    "line_end",
    "text",
    "score",
}


def assert_error(response, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "request_id"}
    assert body["error"]["code"] == code
    assert body["error"]["request_id"] == response.headers["x-request-id"]
    assert "Traceback" not in response.text


def test_search_returns_hits_with_all_fields(fake_client: TestClient) -> None:
    r = fake_client.get("/api/search", params={"q": "Signs of Safety", "k": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["query"] == "Signs of Safety"
    assert body["hits"] and set(body["hits"][0]) >= HIT_FIELDS
    assert all("Signs of Safety" in h["text"] for h in body["hits"][:2])


def test_search_leaves_out_a_messages_greeting_and_signature(
    fake_client: TestClient, fake_index: FakeIndex
) -> None:
    """A query pasted from an e-mail is searched as its question: "Hej", "Tack", "Mvh" and
    the signature are no search words; the reply still shows the query as sent."""
    searched: list[str] = []
    search = fake_index.search

    def spy(query: str, **kw: Any) -> Any:
        searched.append(query)
        return search(query, **kw)

    fake_index.search = spy  # type: ignore[method-assign]
    message = "Hej! Vilka använder Signs of Safety? Tack på förhand! Mvh Anna"
    r = fake_client.get("/api/search", params={"q": message, "k": 5})
    assert r.status_code == 200 and r.json()["query"] == message
    assert searched == ["Vilka använder Signs of Safety?"]
    assert all("Signs of Safety" in h["text"] for h in r.json()["hits"][:2])


@pytest.mark.parametrize(
    ("params", "report_ids"),
    [
        ({"year": "2019"}, {"vb-2019-bou"}),
        ({"year": "2016-2019"}, {"vb-2016-bou", "vb-2019-bou"}),
        ({"doc_type": "vp"}, {"vp-2022-vuxen"}),
        ({"unit": "Vuxenenheten"}, {"vp-2022-vuxen"}),
        ({"district": "Hägersten-Liljeholmen", "year": "2016"}, {"vb-2016-bou"}),
    ],
)
def test_search_filters(
    fake_client: TestClient, params: dict[str, str], report_ids: set[str]
) -> None:
    r = fake_client.get(
        "/api/search", params={"q": "enheten metoden året familjehem vräkningar", **params}
    )
    assert r.status_code == 200
    assert {h["report_id"] for h in r.json()["hits"]} == report_ids


def test_bad_filters_and_missing_query_use_the_error_shape(fake_client: TestClient) -> None:
    assert_error(
        fake_client.get("/api/search", params={"q": "x", "year": "nittonhundra"}),
        400,
        "bad_request",
    )
    assert_error(
        fake_client.get("/api/search", params={"q": "x", "doc_type": "PDF"}), 400, "bad_request"
    )
    assert_error(fake_client.get("/api/search"), 422, "validation_error")
    assert_error(fake_client.get("/api/search", params={"q": "a", "k": 0}), 422, "validation_error")
    assert_error(
        fake_client.get("/api/search", params={"q": "?!"}), 400, "bad_request"
    )  # EmptyQuery
    assert_error(fake_client.post("/api/ask", json={"question": ""}), 422, "validation_error")
    assert_error(fake_client.post("/api/ask", content=b"{not json"), 422, "validation_error")
    assert_error(fake_client.get("/api/nothing-here"), 404, "not_found")
    assert_error(fake_client.delete("/api/search"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    "path",
    [
        "/api/reports/no-such-report",
        "/api/reports/..%2F..%2Fetc%2Fpasswd",
        "/api/reports/%2e%2e",
        "/api/chunks/0000000000000000",
        "/api/chunks/..%2Fsecret",
    ],
)
def test_unknown_and_traversal_ids_are_404(fake_client: TestClient, path: str) -> None:
    assert_error(fake_client.get(path), 404, "not_found")


def test_unexpected_errors_keep_the_shape_without_a_trace(
    fake_client: TestClient, fake_index: FakeIndex
) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("secret internals")

    fake_index.search = boom  # type: ignore[method-assign]
    r = fake_client.get("/api/search", params={"q": "barn"})
    assert_error(r, 500, "internal_error")
    assert "secret internals" not in r.text


def test_security_headers_and_request_id(fake_client: TestClient) -> None:
    r = fake_client.get("/", headers={"X-Request-ID": "abc-123"})
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-request-id"] == "abc-123"
    odd = fake_client.get("/api/health", headers={"X-Request-ID": "<script>"})
    assert odd.headers["x-request-id"] != "<script>"


def test_health(fake_client: TestClient) -> None:
    assert fake_client.get("/api/health").json() == {
        "status": "ok",
        "reports": 3,
        "chunks": 6,
        "embedder": None,
        "chat_backend": "extractive",
        "generation": None,  # the fake index has no generations
        "progress": None,
        "message": None,
    }


def test_reports_list_and_detail(fake_client: TestClient) -> None:
    reports = fake_client.get("/api/reports").json()
    assert [r["id"] for r in reports] == ["vb-2016-bou", "vb-2019-bou", "vp-2022-vuxen"]
    detail = fake_client.get("/api/reports/vb-2016-bou").json()
    assert detail["unit"] == "Barn- och ungdomsenheten" and detail["doc_type"] == "VB"
    assert [s["heading"] for s in detail["section_tree"]] == ["Metoder", "Ekonomi"]
    assert [c["ordinal"] for c in detail["chunk_list"]] == [0, 1, 2]
    assert detail["chunk_list"][0]["text"].startswith("Signs of Safety")


def test_chunk_with_context(fake_client: TestClient, fake_index: FakeIndex) -> None:
    middle = fake_index.get_report("vb-2016-bou").chunks[1]
    body = fake_client.get(f"/api/chunks/{middle.id}").json()
    assert body["chunk"]["text"] == middle.text
    assert body["report"]["id"] == "vb-2016-bou"
    assert body["previous"]["ordinal"] == 0 and body["next"]["ordinal"] == 2


def test_similar_folds_copies_and_quotes_the_closest_sentence(
    fake_client: TestClient, fake_index: FakeIndex
) -> None:
    from tests.service.fakes import make_report

    text = "Säkerhetsplanering enligt Signs of Safety används i alla utredningar."
    fake_index.add_reports(
        [
            make_report(
                "vb-2020-bou", "Barn- och ungdomsenheten", 2020, "VB", [("Utveckling", [text])]
            )
        ]
    )
    r = fake_client.post(
        "/api/similar",
        json={
            "text": "Vi ska använda säkerhetsplanering enligt Signs of Safety i utredningar",
            "k": 3,
        },
    )
    hits = r.json()["hits"]
    assert hits[0]["text"] == text and len(hits[0]["also_in"]) == 1
    assert sum(h["text"] == text for h in hits) == 1
    assert hits[0]["quote"] in hits[0]["text"]


def test_ask_aggregate_lists_units_with_citations(fake_client: TestClient) -> None:
    body = fake_client.post(
        "/api/ask", json={"question": "Vilka enheter använder Signs of Safety?"}
    ).json()
    assert body["grounded"] is True and body["mode"] == "aggregate"
    assert [u["report_id"] for u in body["units"]] == ["vb-2016-bou", "vb-2019-bou"]
    assert body["answer"].startswith("1 enhet nämner Signs of Safety i 2 rapporter")
    numbers = {c["n"] for c in body["citations"]}
    assert all(set(u["citations"]) <= numbers for u in body["units"])


def test_ask_with_year_filter_and_followup(fake_client: TestClient) -> None:
    first = fake_client.post(
        "/api/ask", json={"question": "Vilka enheter använder Signs of Safety 2016?"}
    ).json()
    assert [u["year"] for u in first["units"]] == [2016]
    history = [
        {"role": "user", "content": "Vilka enheter använder Signs of Safety 2016?"},
        {"role": "assistant", "content": first["answer"]},
    ]
    follow = fake_client.post("/api/ask", json={"question": "och 2019?", "history": history}).json()
    assert [u["year"] for u in follow["units"]] == [2019]
    assert "Signs of Safety" in follow["citations"][0]["quote"]
    filtered = fake_client.post(
        "/api/ask",
        json={"question": "Vilka enheter använder Signs of Safety?", "filters": {"doc_type": "VP"}},
    ).json()
    assert filtered["grounded"] is False and filtered["units"] == []


def test_ask_ungrounded(fake_client: TestClient) -> None:
    body = fake_client.post(
        "/api/ask", json={"question": "Vad säger rapporterna om rymdresor?"}
    ).json()
    assert body["grounded"] is False and body["citations"] == []
    assert "hittar inget" in body["answer"]


def _sse(text: str) -> list[tuple[str, dict[str, object]]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_ask_stream_sends_deltas_then_the_same_answer(fake_client: TestClient) -> None:
    question = {"question": "Hur följs familjehemsplaceringar upp?"}
    r = fake_client.post("/api/ask/stream", json=question)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = _sse(r.text)
    assert [e for e, _ in events[:-1]] == ["delta"] * (len(events) - 1)
    kind, final = events[-1]
    assert kind == "answer"
    assert "".join(str(d["text"]) for _, d in events[:-1]).strip() == final["answer"]
    assert final == fake_client.post("/api/ask", json=question).json()


def test_upload_text_report_is_indexed_and_searchable(fake_client: TestClient, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Verksamhetsberättelse 2021 för Mottagningsenheten\n\nInledning\n\n"
        "Mottagningsenheten har under året infört kvällsöppen rådgivning för unga vuxna.\n"
    ).encode()
    r = fake_client.post(
        "/api/reports", files={"file": ("vb-2021-mottagning.txt", text, "text/plain")}
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["report_ids"] == ["vb-2021-mottagning"] and body["chunks_added"] >= 1
    hits = fake_client.get("/api/search", params={"q": "kvällsöppen rådgivning"}).json()["hits"]
    assert hits[0]["report_id"] == "vb-2021-mottagning"
    stored = list((tmp_path / "index" / "uploads").rglob("vb-2021-mottagning.txt"))
    assert len(stored) == 1 and stored[0].read_bytes() == text


def test_upload_rejects_other_types_and_bad_content(fake_client: TestClient) -> None:
    r = fake_client.post(
        "/api/reports", files={"file": ("evil.exe", b"MZ\x90\x00", "application/octet-stream")}
    )
    assert_error(r, 415, "unsupported_media_type")
    r = fake_client.post(
        "/api/reports", files={"file": ("trasig.pdf", b"%PDF-1.4\ntrasig", "application/pdf")}
    )
    assert r.status_code == 422 and r.json()["error"]["code"].startswith(("pdf_", "no_text"))
    assert fake_client.get("/api/health").status_code == 200


def test_openapi_lists_the_api(fake_client: TestClient) -> None:
    paths = set(fake_client.get("/openapi.json").json()["paths"])
    assert {
        "/api/search", "/api/ask", "/api/ask/stream", "/api/reports", "/api/reports/{report_id}",
        "/api/chunks/{chunk_id}", "/api/similar", "/api/health",
    } <= paths  # fmt: skip
    assert fake_client.get("/docs").status_code == 200


def test_static_ui_never_uses_innerhtml() -> None:
    from service.app import STATIC

    scripts = {p.name: p.read_text(encoding="utf-8") for p in STATIC.glob("*.js")}
    assert {"app.js", "ask.js", "reader.js", "search.js", "util.js"} <= set(scripts)
    mine = {n: s for n, s in scripts.items() if not n.startswith("goals")}
    assert not [n for n, s in mine.items() if "innerHTML" in s or "insertAdjacentHTML" in s]


def test_which_units_in_a_named_district_lists_only_that_districts_units(
    fake_client: TestClient,
) -> None:
    """ "Vilka enheter på Kungsholmen …?" is scoped to the district's reports: Hägersten-
    Liljeholmen's units using the method are not Kungsholmen's."""
    asked = "Vilka enheter i Hägersten-Liljeholmen använder Signs of Safety?"
    body = fake_client.post("/api/ask", json={"question": asked}).json()
    assert [u["report_id"] for u in body["units"]] == ["vb-2016-bou", "vb-2019-bou"]
    other = "Vilka enheter på Kungsholmen använder Signs of Safety?"
    elsewhere = fake_client.post("/api/ask", json={"question": other}).json()
    assert elsewhere["grounded"] is False and elsewhere["units"] == []


def test_which_units_besides_a_named_unit_lists_the_others(fake_client: TestClient) -> None:
    asked = "Vilka enheter förutom Barn- och ungdomsenheten använder Signs of Safety?"
    body = fake_client.post("/api/ask", json={"question": asked}).json()
    assert body["grounded"] is False and body["units"] == []  # only that unit does
    asked = "Vilka enheter utöver Vuxenenheten använder Signs of Safety?"
    body = fake_client.post("/api/ask", json={"question": asked}).json()
    assert [u["report_id"] for u in body["units"]] == ["vb-2016-bou", "vb-2019-bou"]
