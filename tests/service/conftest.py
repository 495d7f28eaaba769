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
