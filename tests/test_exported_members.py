"""Each package's public surface is its explicit __all__, and every name in it exists."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize(
    "package",
    [
        "ingest",
        "ingest.text",
        "search",
        "search.goals",
        "service",
        "service.api",
        "service.guards",
        "service.uploads",
    ],
)
def test_all_names_resolve(package: str) -> None:
    module = importlib.import_module(package)
    names = module.__all__
    assert names and len(names) == len(set(names))
    missing = [name for name in names if not hasattr(module, name)]
    assert not missing, missing


def test_core_surface() -> None:
    import ingest
    import search
    import service

    assert {"read_file", "read_bytes", "read_paths", "Report", "Chunk"} <= set(ingest.__all__)
    assert {"open_index", "make_embedder", "Filters", "Hit", "fuse"} <= set(search.__all__)
    assert {"create_app", "Settings"} <= set(service.__all__)
