"""Corrupt derived index files on disk: detected before use and rebuilt from the SQLite store."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import ingest
import search
from tests.reliability import synth
from tests.reliability.consistency import check_index, expected_reports

REPORTS = range(12)
QUERIES = ("trygg uppväxt", "väntetiderna minskar", "familjebehandling skola", synth.sentinel(7))


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(len(data))
    for _ in range(10):
        data[rng.randrange(len(data))] ^= 0xFF
    path.write_bytes(bytes(data))


def _halve(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _random(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(path.stat().st_size))


def _delete(path: Path) -> None:
    path.unlink()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "flip": _flip,
    "halve": _halve,
    "empty": _empty,
    "random": _random,
    "delete": _delete,
}


@pytest.fixture(scope="module")
def clean_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("clean") / "index"
    with search.open_index(directory, search.make_embedder("hash")) as index:
        for n in REPORTS:
            index.add_reports(ingest.read_bytes(synth.report_text(n).encode(), synth.name(n)))
    return directory


def _results(directory: Path) -> list[list[str]]:
    with search.open_index(directory, search.make_embedder("hash")) as index:
        return [[hit.chunk.id for hit in index.search(q, k=8)] for q in QUERIES]


def _derived_files(directory: Path) -> list[str]:
    skip = ("store.sqlite3",)
    return sorted(
        str(p.relative_to(directory))
        for p in directory.rglob("*")
        if p.is_file() and not p.name.startswith(skip) and p.stat().st_size > 0  # not lock files
    )


def test_the_index_has_derived_files_to_corrupt(clean_index: Path) -> None:
    names = _derived_files(clean_index)
    assert any(n.endswith("/manifest.json") for n in names), names
    assert any(n.endswith(".faiss") for n in names), names
    assert any("/bm25/" in n for n in names), names


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_each_damaged_derived_file_is_rebuilt(
    clean_index: Path, tmp_path: Path, damage: str
) -> None:
    baseline = _results(clean_index)
    expected = expected_reports(REPORTS)
    for name in _derived_files(clean_index):
        copy = tmp_path / name.replace("/", "_") / "index"
        shutil.copytree(clean_index, copy)
        DAMAGE[damage](copy / name)
        held = check_index(copy, set(expected), expected)
        assert held == set(expected)
        assert _results(copy) == baseline, f"{damage} {name}: results changed after the rebuild"


def test_damaged_store_of_record_is_a_clear_error(clean_index: Path, tmp_path: Path) -> None:
    copy = tmp_path / "index"
    shutil.copytree(clean_index, copy)
    store = copy / "store.sqlite3"
    store.write_bytes(b"this is not SQLite" + store.read_bytes()[18:])
    with pytest.raises(search.IndexCorrupt, match=r"store\.sqlite3"):
        search.open_index(copy, search.make_embedder("hash"))
