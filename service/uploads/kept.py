"""Kept uploads: the files behind uploaded reports, and the rules that keep them and the index in
one state however often the server restarts.

Every accepted upload is kept as ``index_dir/uploads/<sha16>/<name>`` and its reports point their
`source` at that file; the file's name decides the report ids (ingest names a report after the
file stem). The rules:

* **Never a silent collision.** An upload whose report id exists gets the next free name
  (``vb-2017-x.txt`` -> ``vb-2017-x-2.txt``, id ``vb-2017-x-2``); the kept file carries that name,
  so a restore after ``--rebuild`` gives the same id. Only ``replace`` overwrites, and only
  reports that are uploads themselves (corpus reports: 409 ``managed_by_corpus``).
* **Replacing removes the old kept file** once the new version is indexed, so no restart can
  bring the old text back.
* **Same content, same report**: an upload whose reports all have the digest (content hash) of a
  stored report is answered with the stored ids; nothing is kept twice.
* **Delete** removes the kept file first, then the reports (a crash in between leaves a report
  without its file, which the next start removes).
* **Restore** (at start-up) indexes kept files the store lacks; one whose id a live report holds
  is renamed like a new upload, so earlier collisions settle instead of flipping.

One lock serialises these decisions (two uploads of one name cannot both take the same free id),
across the server's worker processes too (an `flock` on ``index_dir/uploads.lock``).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from ingest.pipeline import slugify
from ingest.types import Report
from search.locks import ProcessLock
from search.protocols import SearchIndex
from service.errors import Conflict

__all__ = ["UPLOADS", "KeptUploads", "Outcome", "UploadResult"]

log = logging.getLogger(__name__)

UPLOADS = "uploads"
"""Sub-folder of the index directory where accepted uploads are kept (uploads/<sha>/<name>)."""

Parser = Callable[[bytes, str], list[Report]]
Outcome = Literal["added", "renamed", "replaced", "duplicate"]
_MAX_RENAMES = 1000


@dataclass(frozen=True, slots=True)
class UploadResult:
    """What an upload did: its report ids, chunks indexed, and how it was stored."""

    report_ids: tuple[str, ...]
    chunks_added: int
    outcome: Outcome
    message: str


class KeptUploads:
    """The uploads folder of one index, with the parser that reads its files."""

    def __init__(self, uploads_dir: Path, parse: Parser) -> None:
        self.dir = uploads_dir.resolve()
        self.parse = parse
        # one decision at a time, in every worker process: index_dir/uploads.lock
        self._lock = ProcessLock(self.dir.with_name(f"{self.dir.name}.lock"))

    def is_upload(self, source: str) -> bool:
        """Whether a report's source is a kept upload (else it belongs to the corpus folder)."""
        try:
            return Path(source).resolve().is_relative_to(self.dir)
        except OSError:
            return False

    def deletable(self, report: Report) -> bool:
        """Whether `delete` would remove this report: only uploads are (the corpus folder owns
        the rest). The one rule, also shown to clients as `deletable` in the report list."""
        return self.is_upload(report.source)

    # upload ------------------------------------------------------------------------------
    def add(self, index: SearchIndex, data: bytes, name: str, *, overwrite: bool) -> UploadResult:
        """Parse, keep and index one upload under the rules above."""
        reports = self.parse(data, name)
        with self._lock.held():
            stored = index.list_reports()
            twins = _same_content(stored, reports)
            if twins:
                listed = ", ".join(twins)
                return UploadResult(twins, 0, "duplicate", f"{name}: already stored as {listed}")
            holders = {r.id: r.source for r in stored}
            clash = [r.id for r in reports if r.id in holders]
            if clash and overwrite:
                return self._replace(index, reports, data, name, {holders[i] for i in clash})
            outcome: Outcome = "added"
            if clash:
                name, reports = self._free_name(data, name, reports, set(holders))
                outcome = "renamed"
            added = self._keep_and_index(index, reports, data, name)
        new_ids = tuple(r.id for r in reports)
        message = f"{name}: added as {', '.join(new_ids)}"
        if outcome == "renamed":
            message += f" ({', '.join(clash)} already exists; use replace=true to overwrite)"
        return UploadResult(new_ids, added, outcome, message)

    def _replace(
        self,
        index: SearchIndex,
        reports: list[Report],
        data: bytes,
        name: str,
        old_sources: set[str],
    ) -> UploadResult:
        corpus = sorted(s for s in old_sources if not self.is_upload(s))
        if corpus:
            raise Conflict(
                f"{name}: would replace a report of the corpus folder ({corpus[0]}); those are "
                "managed by the corpus folder: change the file there",
                code="managed_by_corpus",
            )
        new_ids = {r.id for r in reports}
        leftovers = [
            r.id for r in index.list_reports() if r.source in old_sources and r.id not in new_ids
        ]
        added = self._keep_and_index(index, reports, data, name)
        for rid in leftovers:  # other parts of the replaced file
            index.delete_report(rid)
        kept = {r.source for r in index.list_reports()}
        for source in old_sources - kept:
            _forget(Path(source))
        ids = tuple(r.id for r in reports)
        return UploadResult(ids, added, "replaced", f"{name}: replaced {', '.join(ids)}")

    def _free_name(
        self, data: bytes, name: str, reports: list[Report], taken: set[str]
    ) -> tuple[str, list[Report]]:
        """The first name `stem-N.suffix` whose reports take no stored id, and those reports."""
        stem, _, suffix = name.rpartition(".")
        base = slugify(stem)
        for n in range(2, _MAX_RENAMES):
            wanted = [r.id.replace(base, f"{base}-{n}", 1) for r in reports]
            if any(w in taken for w in wanted):
                continue
            renamed = self.parse(data, f"{stem}-{n}.{suffix}")
            if [r.id for r in renamed] == wanted:
                return f"{stem}-{n}.{suffix}", renamed
            break  # the parser named them otherwise: parsing again would not help
        raise Conflict(
            f"{name}: report id {reports[0].id!r} exists and no free name was found; rename the "
            "file or use replace=true",
            code="report_exists",
        )

    def _keep_and_index(
        self, index: SearchIndex, reports: list[Report], data: bytes, name: str
    ) -> int:
        path = _keep(data, name, self.dir)
        kept = [replace(r, source=str(path)) for r in reports]
        try:
            return index.add_reports(kept)
        except BaseException:
            _forget(path)  # an upload that could not be indexed leaves no file to revive
            raise

    # delete ------------------------------------------------------------------------------
    def delete(self, index: SearchIndex, report_id: str) -> tuple[str, ...]:
        """Remove an uploaded report, every other report of its file, and the kept file."""
        with self._lock.held():
            report = index.get_report(report_id)
            if not self.deletable(report):
                raise Conflict(
                    f"report {report_id!r} comes from the corpus folder ({report.source}) and is "
                    "managed there: remove or change that file, then restart or run "
                    "`rapport index`",
                    code="managed_by_corpus",
                )
            ids = tuple(r.id for r in index.list_reports() if r.source == report.source)
            _forget(Path(report.source))  # first: a crash now cannot revive the report
            for rid in ids:
                index.delete_report(rid)
        log.info("deleted upload %s: %s", report.source, ", ".join(ids))
        return ids

    # restore -----------------------------------------------------------------------------
    def restore(self, index: SearchIndex) -> int:
        """Index kept files the store lacks (after `--rebuild`, or a crash before indexing),
        drop uploaded reports whose kept file is gone; returns how many files were restored."""
        if not self.dir.is_dir():
            return 0
        restored = 0
        with self._lock.held():
            self._drop_orphans(index)
            stored = {os.path.realpath(r.source) for r in index.list_reports()}
            for path in sorted(p for p in self.dir.glob("*/*") if p.is_file()):
                if os.path.realpath(path) in stored or path.name.endswith(".tmp"):
                    continue
                restored += self._restore_one(index, path)
        return restored

    def _restore_one(self, index: SearchIndex, path: Path) -> int:
        try:
            data = path.read_bytes()
            reports = self.parse(data, path.name)
            holders = {r.id: r.source for r in index.list_reports()}
            live = {i for i, source in holders.items() if Path(source).exists()}
            if any(r.id in live for r in reports):
                name, reports = self._free_name(data, path.name, reports, live)
                path = _rename_kept(path, name)
                log.warning("kept upload renamed to %s: its report id was taken", path)
        except Exception as exc:  # one bad kept file must not stop the server
            log.warning("skipped kept upload %s: %s", path, exc)
            return 0
        index.add_reports([replace(r, source=str(path)) for r in reports])
        return 1

    def _drop_orphans(self, index: SearchIndex) -> None:
        for report in index.list_reports():
            if self.is_upload(report.source) and not Path(report.source).exists():
                log.warning("removed %s: its kept upload %s is gone", report.id, report.source)
                index.delete_report(report.id)


def _same_content(stored: Sequence[Report], reports: Sequence[Report]) -> tuple[str, ...]:
    """Ids of stored reports with the digests of `reports`, when every one of them has a twin."""
    by_digest = {r.digest: r.id for r in stored if r.digest}
    twins = [by_digest.get(r.digest) for r in reports if r.digest]
    if not reports or len(twins) != len(reports) or None in twins:
        return ()
    return tuple(t for t in twins if t is not None)


def _keep(data: bytes, name: str, uploads_dir: Path) -> Path:
    """Write `data` to uploads_dir/<sha16>/<name>, whole or not at all (a restart never reads
    half a file)."""
    folder = uploads_dir / hashlib.sha256(data).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return path


def _rename_kept(path: Path, name: str) -> Path:
    target = path.with_name(name)
    os.replace(path, target)
    return target


def _forget(path: Path) -> None:
    """Remove a kept file (and its folder when empty)."""
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        path.parent.rmdir()
