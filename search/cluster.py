"""Distributed embedding for `rapport index --cluster local:N | ADDRESS` on Dask distributed.

Every worker process loads its own embedder once (e5 on one thread; `search.cluster_worker`)
and embeds batches of texts; the main process keeps the one `Index` that writes SQLite, report
by report, through a `ClusterEmbedder` (`search.cluster_embedder`) that reports the workers'
model name and dimension. The embedding cache by content hash makes an interrupted run resume
without re-embedding what was committed.

The engine (`distributed`) is imported only inside `connect`: importing this module, or running
`rapport index` without `--cluster`, does not load it. Install it with the `cluster` extra.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from search.cluster_embedder import ClusterEmbedder, ClusterUnavailable

__all__ = [
    "ClusterEmbedder",
    "ClusterSpec",
    "ClusterUnavailable",
    "cluster_embedder",
    "connect",
    "parse_cluster",
]

log = logging.getLogger(__name__)
_LOCAL = re.compile(r"local:(\d+)")


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """`workers` processes on this machine (a LocalCluster), or a running scheduler's address."""

    workers: int = 0
    address: str | None = None


def parse_cluster(value: str) -> ClusterSpec:
    """Parse `--cluster`: "local:N" (N >= 1) or a scheduler address ("tcp://host:8786",
    "host:8786")."""
    value = value.strip()
    match = _LOCAL.fullmatch(value)
    if match:
        workers = int(match.group(1))
        if workers < 1:
            raise ClusterUnavailable(f"--cluster {value}: local:N needs N >= 1 worker")
        return ClusterSpec(workers=workers)
    if not value or value.startswith("local"):
        raise ClusterUnavailable(
            f"--cluster {value!r}: give local:N (e.g. local:2) or a scheduler address"
        )
    return ClusterSpec(address=value if "://" in value else f"tcp://{value}")


@contextmanager
def connect(spec: ClusterSpec) -> Iterator[Any]:
    """A `distributed.Client` on a new local cluster (`spec.workers` single-thread processes,
    loopback only, no dashboards) or on the scheduler at `spec.address`; closed on exit."""
    try:
        engine: Any = importlib.import_module("distributed")
    except ImportError as exc:
        raise ClusterUnavailable(
            "--cluster needs Dask distributed: pip install 'rapport[cluster]'"
        ) from exc
    cluster: Any = None
    try:
        if spec.address is None:
            cluster = engine.LocalCluster(
                n_workers=spec.workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                worker_dashboard_address=None,
                # the scheduler's health/metrics server: any free loopback port, not 8787
                scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            )
            client = engine.Client(cluster)
        else:
            client = engine.Client(spec.address, timeout="20s")
    except (OSError, TimeoutError, RuntimeError) as exc:
        if cluster is not None:
            cluster.close()
        raise ClusterUnavailable(f"cannot start or reach the cluster {spec}: {exc}") from exc
    log.info("cluster: connected to %s", client.scheduler_info().get("address"))
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def cluster_embedder(
    cluster: str, embedder_spec: str, batch: int = 16
) -> Iterator[ClusterEmbedder]:
    """Connect to `cluster` ("local:N" | address) and yield a ClusterEmbedder for
    `embedder_spec` ("e5", "hash", "st:..."), its model loaded on every worker."""
    with connect(parse_cluster(cluster)) as client:
        yield ClusterEmbedder.on_workers(client, embedder_spec, batch=batch)
