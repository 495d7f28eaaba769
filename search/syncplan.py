"""What `Index.sync` must do, decided by a pure function over the given and the stored reports."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.types import Report
from search.passage import passage_hash

__all__ = ["SyncPlan", "SyncStats", "plan_sync", "with_digest"]


@dataclass(frozen=True, slots=True)
class SyncStats:
    """What `Index.sync` did."""

    added: int  # reports new to the index
    replaced: int  # reports whose digest changed
    deleted: int  # reports whose source file is gone
    unchanged: int
    chunks_embedded: int  # passages sent to the embedder (cache misses)
    seconds: float


@dataclass(frozen=True, slots=True)
class SyncPlan:
    """Reports to store (new or changed), report ids to delete, and the counts."""

    put: tuple[Report, ...]
    delete: tuple[str, ...]
    added: int
    replaced: int
    unchanged: int


def with_digest(report: Report) -> Report:
    """The report with a digest: its own, or one derived from its chunks and metadata."""
    if report.digest:
        return report
    digest = passage_hash("\0".join([repr(report.meta), *(c.id for c in report.chunks)]))
    return replace(report, digest=digest)


def plan_sync(
    reports: Sequence[Report],
    stored: Mapping[str, tuple[str, str]],
    *,
    reformat: bool = False,
    exists: Callable[[str], bool] = lambda source: Path(source).exists(),
) -> SyncPlan:
    """Plan a sync of `reports` against `stored` (report id -> (digest, source)).

    New reports and those whose digest changed are put (all of them when `reformat`); a stored
    report that is not given is deleted when its source file is gone or is one of the given
    sources (a bundle that lost a part); others (e.g. uploads kept elsewhere) stay.
    """
    given = {r.id: with_digest(r) for r in reports}  # the last of a repeated id wins
    put = tuple(r for r in given.values() if reformat or stored.get(r.id, ("",))[0] != r.digest)
    sources = {r.source for r in given.values()}
    delete = tuple(
        rid
        for rid, (_, source) in stored.items()
        if rid not in given and (source in sources or not exists(source))
    )
    replaced = sum(1 for r in put if r.id in stored)
    return SyncPlan(put, delete, len(put) - replaced, replaced, len(given) - len(put))
