"""Shared fixtures. Every path points at tmp_path; the network is off (pytest-socket)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shipped demo corpus."""
    return ROOT / "corpus"
