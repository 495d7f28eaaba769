"""Shared fixtures. Every path points at tmp_path; the network is off (pytest-socket)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _index_dir_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Settings built without an explicit index_dir must not write into the checkout's .index
    (an upload stored there would be restored into the real index by the next `make run`)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("RAPPORT_INDEX_DIR", str(tmp_path_factory.mktemp("default-index-dir")))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shipped demo corpus."""
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def e5_corpus_index(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Iterator[Any]:
    """The real index of the shipped corpus with the default bundled e5 embedder, built once.

    Embedding the corpus takes about one to two minutes on 2 cores: only slow tests use it.
    """
    import ingest
    import search

    reports = ingest.read_paths([corpus_dir]).reports
    index = search.open_index(tmp_path_factory.mktemp("e5-index"), search.make_embedder("e5"))
    index.sync(reports)
    yield index
    index.close()
