"""Distributed embedding (`rapport index --cluster`) on a local Dask cluster of 2 processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import ingest
from ingest.types import Report
from search import make_embedder, open_index
from search.cluster import ClusterEmbedder, ClusterSpec, ClusterUnavailable, connect, parse_cluster
from search.store import STORE_FILE
from service.cli.main import main

pytest.importorskip("distributed")  # the `cluster` extra (installed by `make install-dev`)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A local cluster of 2 single-thread worker processes on loopback (about 1-2 s to start)."""
    with connect(ClusterSpec(workers=2)) as c:
        yield c


@pytest.fixture(scope="module")
def reports(corpus_dir: Path) -> list[Report]:
    return list(ingest.read_paths([corpus_dir]).reports)


def stored(index_dir: Path, embedder: str) -> tuple[list[str], dict[str, np.ndarray]]:
    """Chunk ids in storage order and every stored vector by text hash."""
    conn = sqlite3.connect(index_dir / STORE_FILE)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM chunks ORDER BY report_id, ordinal")]
        rows = conn.execute("SELECT hash, vector FROM embeddings WHERE embedder=?", (embedder,))
        vectors = {h: np.frombuffer(v, dtype=np.float32) for h, v in rows}
    finally:
        conn.close()
    return ids, vectors


def assert_same_build(left: Path, right: Path, embedder: str, atol: float) -> None:
    ids_a, vec_a = stored(left, embedder)
    ids_b, vec_b = stored(right, embedder)
    assert ids_a == ids_b and ids_a
    assert vec_a.keys() == vec_b.keys()
    worst = max(float(np.abs(vec_a[h] - vec_b[h]).max()) for h in vec_a)
    assert worst <= atol, worst


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("local:2", ClusterSpec(workers=2)),
        (" local:1 ", ClusterSpec(workers=1)),
        ("tcp://10.0.0.5:8786", ClusterSpec(address="tcp://10.0.0.5:8786")),
        ("scheduler:8786", ClusterSpec(address="tcp://scheduler:8786")),
    ],
)
def test_parse_cluster(value: str, expected: ClusterSpec) -> None:
    assert parse_cluster(value) == expected


@pytest.mark.parametrize("value", ["local:0", "local", "local:x", ""])
def test_parse_cluster_refuses(value: str) -> None:
    with pytest.raises(ClusterUnavailable, match="local:N"):
        parse_cluster(value)


def test_cluster_embedder_matches_local_in_order(client: Any) -> None:
    local = make_embedder("hash")
    remote = ClusterEmbedder.on_workers(client, "hash", batch=3, per_worker=2)
    assert (remote.name, remote.dim) == (local.name, local.dim)
    texts = [f"text number {i} om barn och familj {i % 7}" for i in range(40)]
    remote.prefetch(texts[5:])  # queued ahead; the first five are asked for unqueued (urgent)
    for part in (texts[:5], texts[5:17], texts[17:18], texts[18:]):
        got = remote.embed(part, kind="passage")
        np.testing.assert_allclose(got, local.embed(part, kind="passage"), atol=1e-6)
    assert remote.pending() == 0
    query = remote.embed(["familjehem"], kind="query")
    np.testing.assert_allclose(query, local.embed(["familjehem"], kind="query"), atol=1e-6)
    assert remote.embed([], kind="passage").shape == (0, local.dim)


def test_cluster_sync_equals_single_process(
    client: Any, reports: list[Report], tmp_path: Path
) -> None:
    with open_index(tmp_path / "one", make_embedder("hash")) as index:
        index.sync(reports)
    remote = ClusterEmbedder.on_workers(client, "hash")
    with open_index(tmp_path / "two", remote) as index:
        stats = index.sync(reports)
        assert stats.added == len(reports)
        assert index.stats()["embedder"] == "hash-64"
    assert_same_build(tmp_path / "one", tmp_path / "two", "hash-64", atol=1e-6)


class Stop(Exception):
    pass


def test_interrupted_cluster_run_resumes_without_re_embedding(
    client: Any, reports: list[Report], tmp_path: Path
) -> None:
    def stop_after_three(done: int, total: int) -> None:
        if done == 3:
            raise Stop

    remote = ClusterEmbedder.on_workers(client, "hash")
    with open_index(tmp_path / "idx", remote) as index, pytest.raises(Stop):
        index.sync(reports, progress=stop_after_three)
    _, first = stored(tmp_path / "idx", "hash-64")
    with open_index(tmp_path / "idx", ClusterEmbedder.on_workers(client, "hash")) as index:
        stats = index.sync(reports)
    _, everything = stored(tmp_path / "idx", "hash-64")
    assert 0 < len(first) < len(everything)
    assert stats.chunks_embedded == len(everything) - len(first)


def test_cli_index_with_cluster(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash")
    monkeypatch.setenv("RAPPORT_LOG_LEVEL", "WARNING")
    monkeypatch.setenv("RAPPORT_INDEX_DIR", str(tmp_path / "two"))
    assert main(["index", str(corpus_dir), "--no-progress", "--cluster", "local:2"]) == 0
    assert "added 10" in capsys.readouterr().out
    monkeypatch.setenv("RAPPORT_INDEX_DIR", str(tmp_path / "one"))
    assert main(["index", str(corpus_dir), "--no-progress"]) == 0
    assert_same_build(tmp_path / "one", tmp_path / "two", "hash-64", atol=1e-6)


def test_cli_refuses_a_bad_cluster_value(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setenv("RAPPORT_EMBEDDER", "hash")
    monkeypatch.setenv("RAPPORT_INDEX_DIR", str(tmp_path / "idx"))
    assert main(["index", str(corpus_dir), "--no-progress", "--cluster", "local:0"]) == 1
    assert "local:N" in capsys.readouterr().err


def test_engine_not_imported_without_cluster(tmp_path: Path, corpus_dir: Path) -> None:
    code = (
        "import sys\n"
        "from service.cli.main import main\n"
        f"assert main(['index', {str(corpus_dir)!r}, '--no-progress']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "assert not loaded and 'search.cluster' not in sys.modules, loaded\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "RAPPORT_EMBEDDER": "hash",
        "RAPPORT_INDEX_DIR": str(tmp_path / "idx"),
        "RAPPORT_LOG_LEVEL": "WARNING",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.slow
def test_e5_on_two_workers_equals_single_process_build(
    e5_corpus_index: Any, reports: list[Report], tmp_path: Path
) -> None:
    """The issue's acceptance test: 2 worker processes (e5, one thread each) over the demo
    corpus store the same chunk ids and, within float tolerance, the same vectors."""
    with connect(ClusterSpec(workers=2)) as c:
        remote = ClusterEmbedder.on_workers(c, "e5")
        assert (remote.name, remote.dim) == (e5_corpus_index.embedder.name, 384)
        with open_index(tmp_path / "cluster", remote) as index:
            index.sync(reports)
    assert_same_build(e5_corpus_index.directory, tmp_path / "cluster", remote.name, atol=1e-4)
