"""Reports and passages: list, read (with section tree and text), passage context, upload,
delete (the rules for kept uploads live in `service.uploads.kept`)."""

from __future__ import annotations

import logging
import re
from typing import Annotated

from fastapi import APIRouter, File, Query, Response, UploadFile

from ingest.types import Report
from search.protocols import SearchIndex
from service.api.convert import chunk_out, report_out, section_out
from service.api.schemas import ChunkContextOut, DeleteOut, ReportDetailOut, ReportOut, UploadOut
from service.deps import IndexDep, UploadsDep, WritableIndexDep
from service.errors import NotFound
from service.uploads.names import safe_upload_name

__all__ = ["router"]

log = logging.getLogger(__name__)
router = APIRouter(tags=["reports"])

_REPORT_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,199}$")
_CHUNK_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


@router.get("/api/reports", response_model=list[ReportOut])
def list_reports(index: IndexDep, uploads: UploadsDep) -> list[ReportOut]:
    """All reports with metadata (unit, district, year, VB/VP, title), sizes, and whether
    DELETE may remove them (`deletable`: uploads are, corpus-folder reports are not)."""
    reports = sorted(index.list_reports(), key=lambda r: (r.meta.year or 0, r.meta.unit, r.id))
    return [report_out(r, deletable=uploads.deletable(r)) for r in reports]


def _report(index: SearchIndex, report_id: str) -> Report:
    if not _REPORT_ID.match(report_id):
        raise NotFound(f"no report with id {report_id[:80]!r}")
    return index.get_report(report_id)


@router.get("/api/reports/{report_id}", response_model=ReportDetailOut)
def get_report(index: IndexDep, uploads: UploadsDep, report_id: str) -> ReportDetailOut:
    """One report: metadata, section tree, and its cleaned text as ordered chunks."""
    report = _report(index, report_id)
    chunks = sorted(report.chunks, key=lambda c: c.ordinal)
    return ReportDetailOut(
        **report_out(report, deletable=uploads.deletable(report)).model_dump(),
        section_tree=[section_out(s) for s in report.sections],
        chunk_list=[chunk_out(c) for c in chunks],
    )


@router.get("/api/chunks/{chunk_id}", response_model=ChunkContextOut)
def get_chunk(index: IndexDep, uploads: UploadsDep, chunk_id: str) -> ChunkContextOut:
    """One passage with its report's metadata and the passages before and after it."""
    if not _CHUNK_ID.match(chunk_id):
        raise NotFound(f"no passage with id {chunk_id[:80]!r}")
    chunk, _meta = index.get_chunk(chunk_id)
    report = index.get_report(chunk.report_id)
    ordered = sorted(report.chunks, key=lambda c: c.ordinal)
    at = next(i for i, c in enumerate(ordered) if c.id == chunk.id)
    return ChunkContextOut(
        chunk=chunk_out(chunk),
        report=report_out(report, deletable=uploads.deletable(report)),
        previous=chunk_out(ordered[at - 1]) if at > 0 else None,
        next=chunk_out(ordered[at + 1]) if at + 1 < len(ordered) else None,
    )


@router.post("/api/reports", response_model=UploadOut, status_code=201)
def upload_report(
    index: WritableIndexDep,
    uploads: UploadsDep,
    response: Response,
    file: Annotated[UploadFile, File(description="A PDF, .txt or .md report")],
    replace: Annotated[
        bool, Query(description="Overwrite an uploaded report of the same id (else a new id)")
    ] = False,
) -> UploadOut:
    """Upload a report; it is parsed, stored and indexed at once. A report id that exists gets
    a new id unless `replace`; the same content as a stored report answers with its id (200)."""
    name = safe_upload_name(file.filename)
    data = file.file.read()  # the body limit bounds it; the parser checks the size
    result = uploads.add(index, data, name, overwrite=replace)
    if result.outcome == "duplicate":
        response.status_code = 200
    log.info("upload %s: %s", name, result.message)
    return UploadOut(
        report_ids=list(result.report_ids),
        chunks_added=result.chunks_added,
        outcome=result.outcome,
        message=result.message,
    )


@router.delete("/api/reports/{report_id}", response_model=DeleteOut)
def delete_report(index: WritableIndexDep, uploads: UploadsDep, report_id: str) -> DeleteOut:
    """Remove an uploaded report (with every other report of the same file) from the store, the
    search indexes and the kept uploads. Corpus-folder reports answer 409 managed_by_corpus."""
    _report(index, report_id)
    return DeleteOut(deleted=list(uploads.delete(index, report_id)))
