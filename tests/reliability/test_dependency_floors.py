"""Installed versions stay at or above the releases that fixed advisories we rely on."""

from __future__ import annotations

import importlib.metadata

import pytest

FLOORS = {
    "starlette": (1, 3, 1),  # multipart/form limits, StaticFiles path handling
    "python-multipart": (0, 0, 30),  # boundary and header parsing DoS fixes
    "h11": (0, 16, 0),  # CVE-2025-43859, chunked-encoding request smuggling
    "pypdf": (6, 0, 0),  # decompression limits (LimitReachedError), infinite-loop fixes
}


def _version(name: str) -> tuple[int, ...]:
    parts = []
    for piece in importlib.metadata.version(name).split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dependency_is_not_below_its_security_floor(name: str) -> None:
    assert _version(name) >= FLOORS[name], f"{name} {_version(name)} < {FLOORS[name]}"
