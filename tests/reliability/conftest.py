"""Fixtures of the reliability suite: hostile PDFs, built once per session."""

from __future__ import annotations

import pytest

from tests.reliability import pdfs


@pytest.fixture(scope="session")
def bomb() -> bytes:
    """A PDF whose single content stream inflates to more than 1 GiB."""
    return pdfs.bomb_pdf()
