"""Entry points of ingest: files, uploaded bytes and folders into Reports (with their goals).

`read_paths` keeps going when a file fails and reports why in `IngestResult.failures`.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Any

from ingest.blocks import Block, build_blocks, detect_layout
from ingest.bundles import split_parts
from ingest.chunking import CHUNK_FORMAT, chunk_nodes
from ingest.decode import decode_text, sniff
from ingest.errors import IngestError, NoTextExtracted, UnreadableFile
from ingest.goals import extract_goals
from ingest.lines import CleanedLines, clean_lines, margin_noise
from ingest.manifest import MANIFEST_NAME, apply_overrides, load_manifest, validate_entry
from ingest.meta import TitleHints, infer_meta
from ingest.normalise import normalise_text
from ingest.pdf import read_pdf
from ingest.sections import build_nodes, to_sections
from ingest.types import Page, Report

log = logging.getLogger(__name__)
SUFFIXES = (".pdf", ".txt", ".md")


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file that could not be ingested and why (the reason names the problem)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class IngestResult:
    """Reports read from a batch of paths, in path order, plus the files that failed."""

    reports: tuple[Report, ...]
    failures: tuple[IngestFailure, ...]


def slugify(name: str) -> str:
    """Path-safe id `[a-z0-9-]+` from a file name stem ("VB 2017 Älvsjö" -> "vb-2017-alvsjo")."""
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", flat.lower()).strip("-")
    return slug or "report"


def read_file(path: Path, overrides: Mapping[str, Any] | None = None) -> list[Report]:
    """Reports in one PDF or text file (several for a bundle); raises IngestError subclasses."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(str(path), f"cannot read the file ({exc.strerror or exc})") from exc
    return read_bytes(data, str(path), overrides)


def read_bytes(
    data: bytes,
    filename: str,
    overrides: Mapping[str, Any] | None = None,
    *,
    report_id: str | None = None,
) -> list[Report]:
    """Reports in uploaded bytes; `filename` names them (id from its stem unless `report_id`)."""
    if overrides:
        validate_entry(overrides, f"overrides for {filename}")
    stem = PurePath(filename).stem
    if sniff(data, filename) == "pdf":
        pdf = read_pdf(data, filename)
        pages, hints = pdf.pages, TitleHints(pdf.title, pdf.large_line, stem)
    else:
        pages, hints = (Page(1, decode_text(data, filename)),), None
    pages = tuple(Page(p.number, normalise_text(p.text)) for p in pages)
    base_id = report_id or slugify(stem)
    return _build_reports(pages, hints, filename, data, base_id, overrides)


def read_paths(paths: Sequence[Path], *, use_manifest: bool = True) -> IngestResult:
    """Every report under the given files/folders (*.pdf, *.txt, *.md, recursively).

    A `reports.toml` in a given folder (or beside a given file) supplies metadata overrides
    unless `use_manifest` is False. Failures are returned, not logged: the caller reports each
    one once.
    """
    reports: list[Report] = []
    failures: list[IngestFailure] = []
    taken: set[str] = set()
    for path in paths:
        root = path if path.is_dir() else path.parent
        files = _expand(path)
        manifest = _manifest(root, failures) if use_manifest else {}
        for file in files:
            try:
                got = _read_unique(file, manifest.get(file.relative_to(root).as_posix()), taken)
            except IngestError as exc:
                failures.append(IngestFailure(str(file), exc.reason))
                log.debug("skipped %s", exc)
                continue
            except OSError as exc:
                failures.append(IngestFailure(str(file), f"cannot read the file ({exc})"))
                continue
            taken.update(r.id for r in got)
            reports.extend(got)
    return IngestResult(tuple(reports), tuple(failures))


def _read_unique(file: Path, overrides: Mapping[str, Any] | None, taken: set[str]) -> list[Report]:
    """Reports of one file; ids already taken get a suffix from the file's path hash."""
    data = file.read_bytes()
    got = read_bytes(data, str(file), overrides)
    if any(r.id in taken for r in got):
        rid = f"{slugify(file.stem)}-{hashlib.sha256(str(file).encode()).hexdigest()[:6]}"
        got = read_bytes(data, str(file), overrides, report_id=rid)
    return got


def _expand(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    found = (
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
    return sorted(found)


def _manifest(root: Path, failures: list[IngestFailure]) -> dict[str, dict[str, Any]]:
    path = root / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        return load_manifest(path)
    except IngestError as exc:
        failures.append(IngestFailure(str(path), exc.reason))
        return {}


def _page_locator(pages: Sequence[Page], is_pdf: bool) -> Callable[[int], int | None]:
    if not is_pdf:
        return lambda _no: None
    starts: list[int] = []
    no = 1
    for page in pages:
        starts.append(no)
        no += page.text.count("\n") + 1
    return lambda line_no: pages[max(0, bisect.bisect_right(starts, line_no) - 1)].number


def _build_reports(
    pages: tuple[Page, ...],
    hints: TitleHints | None,
    source: str,
    data: bytes,
    base_id: str,
    overrides: Mapping[str, Any] | None,
) -> list[Report]:
    """Reports of one file; `hints` is None for text files, else the PDF's title hints."""
    is_pdf = hints is not None
    raw = "\n".join(p.text for p in pages).split("\n")
    drop = margin_noise(pages) if is_pdf else set()
    page_of = _page_locator(pages, is_pdf)
    parts = split_parts(raw)
    stem = PurePath(source).stem
    reports = []
    for index, (start, end) in enumerate(parts, start=1):
        bundle = len(parts) > 1
        rid = f"{base_id}-{index}" if bundle else base_id
        cleaned = clean_lines(raw[start:end], start + 1, drop)
        layout = detect_layout(cleaned.lines)
        blocks = build_blocks(cleaned.lines, layout)
        if _too_little(blocks):
            raise NoTextExtracted(source, _why_empty(cleaned))
        text = "\n".join(b.text for b in blocks)
        own = hints if hints is not None and not bundle else TitleHints(file_name=stem)
        margins = frozenset(no - start - 1 for no in drop if start < no <= end)
        meta = infer_meta(raw[start:end], text, own, margins=margins)
        meta = apply_overrides(meta, overrides, index if bundle else None)
        toc = (cleaned.toc_titles, cleaned.toc_end)
        nodes = build_nodes(blocks, *toc, meta.title, layout.markdown)
        sections, ids = to_sections(rid, nodes, page_of)
        chunks = chunk_nodes(rid, nodes, ids, page_of)
        if not chunks:
            raise NoTextExtracted(source, _why_empty(cleaned))
        digest = _digest(data, index if bundle else None)
        report = Report(rid, source, meta, pages, sections, chunks, digest)
        reports.append(replace(report, goals=extract_goals(report)))
    log.debug("%s: %d report(s)", source, len(reports))
    return reports


def _too_little(blocks: Sequence[Block]) -> bool:
    """No body text: only headings and short title-like lines (a cover, a title-only page)."""
    return not any(_is_body(b) for b in blocks)


def _is_body(block: Block) -> bool:
    if block.md_level or block.kind == "heading" or not any(c.isalnum() for c in block.text):
        return False
    text = block.text.rstrip()
    return block.kind in ("bullet", "table") or len(text.split()) > 8 or text[-1] in ".!?:;"


def _why_empty(cleaned: CleanedLines) -> str:
    """Why a part yielded no chunk: only headings/a title were left, or nothing at all."""
    if not cleaned.lines:
        return "no text left after removing headers, page numbers and the table of contents"
    first = cleaned.lines[0].text
    shown = first if len(first) <= 60 else first[:57] + "..."
    return (
        f"too little text to index: only {len(cleaned.lines)} short line(s) such as {shown!r} "
        "(a title or cover page without body text)"
    )


def _digest(data: bytes, part: int | None) -> str:
    """The report's content hash: its source bytes, its part of a bundle, the chunking rules."""
    tail = (f"#part{part}" if part is not None else "") + f"#chunks{CHUNK_FORMAT}"
    return hashlib.sha256(data + tail.encode()).hexdigest()
