"""Issue 13 item 11: a query of NUL or invalid UTF-8 is a 400 like an empty one, never hits."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize("raw", ["%00", "%FF%FE", "Signs%00of", "%01%02", "%20%20"])
def test_search_query_that_is_not_text_is_400(corpus_client: TestClient, raw: str) -> None:
    response = corpus_client.get(f"/api/search?q={raw}")
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "bad_request" and error["message"].startswith("q:")


@pytest.mark.parametrize("text", ["\x00", "Signs of Safety\x00", "\ufffd\ufffd"])
def test_similar_text_that_is_not_text_is_400(corpus_client: TestClient, text: str) -> None:
    response = corpus_client.post("/api/similar", json={"text": text})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["message"].startswith("text:")


def test_ordinary_queries_still_search(corpus_client: TestClient) -> None:
    response = corpus_client.get("/api/search", params={"q": "Signs of Safety\tår 2019"})
    assert response.status_code == 200 and response.json()["hits"]
