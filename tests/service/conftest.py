"""Fixtures of the service tests: the app over a fake index, or over the real corpus index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.service.fakes import FakeIndex, sample_reports


def make_settings(tmp: Path, **overrides: object) -> Settings:
    """Settings pointing every path into tmp (no .env, no environment)."""
    values: dict[str, object] = {
        "index_dir": tmp / "index",
        "corpus_dir": tmp / "corpus",
        "embedder": "hash",
        "rate_limit_per_minute": 0,
        "background_indexing": False,  # the corpus is indexed once the app is up
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture()
def fake_index() -> FakeIndex:
    return FakeIndex(sample_reports())


@pytest.fixture()
def fake_client(tmp_path: Path, fake_index: FakeIndex) -> Iterator[TestClient]:
    app = create_app(make_settings(tmp_path), index=fake_index)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Iterator[object]:
    """The real index (SQLite store, FAISS, BM25) of the shipped corpus, built once.

    It uses the offline HashEmbedder: these tests check the service's own logic (whole-corpus
    scans, quotes, filters, follow-ups), which must not hinge on embedding quality; embedding
    the corpus with e5 takes minutes on a busy 2-core machine (the search tests cover e5)."""
    from service.uploads.indexing import open_corpus_index

    index = open_corpus_index(tmp_path_factory.mktemp("corpus-index"), corpus_dir, "hash")
    yield index
    index.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def corpus_client(
    tmp_path_factory: pytest.TempPathFactory, corpus_index: object
) -> Iterator[TestClient]:
    """The app over the real corpus index (read-only tests share it)."""
    settings = make_settings(tmp_path_factory.mktemp("corpus-app"))
    app = create_app(settings, index=corpus_index)  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="session")
def e5_corpus_client(
    tmp_path_factory: pytest.TempPathFactory, e5_corpus_index: object
) -> Iterator[TestClient]:
    """The app over the corpus index built with the real default e5 embedder (slow tests)."""
    settings = make_settings(tmp_path_factory.mktemp("e5-app"), embedder="e5")
    app = create_app(settings, index=e5_corpus_index)  # type: ignore[arg-type]
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
