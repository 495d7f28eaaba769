"""Fixtures of the reliability suite: hostile PDFs, built once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.conftest import ROOT
from tests.reliability import pdfs
from tests.reliability.server import LiveServer


@pytest.fixture(scope="session")
def bomb() -> bytes:
    """A PDF whose single content stream inflates to more than 1 GiB."""
    return pdfs.bomb_pdf()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A real server over a small corpus (one shipped report), hash embedder, tight limits."""
    workdir = tmp_path_factory.mktemp("live")
    (workdir / "corpus").mkdir()
    shutil.copy(ROOT / "corpus" / "vb-2017-familjeenheten.txt", workdir / "corpus")
    server = LiveServer(
        workdir,
        max_upload_bytes=str(3 << 20),
        max_pdf_pages="20",
        parse_timeout_s="20",
        rate_limit_per_minute="0",
    ).start()
    try:
        yield server
    finally:
        server.stop()
