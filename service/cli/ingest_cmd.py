"""`rapport ingest PATH... [--json] [--strict] [--no-manifest]`: parse and show what was found.

A batch in which some files fail still succeeds (exit 0, every failure listed once) when at least
one report was read; `--strict` makes any failure exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ingest import IngestResult, Report, read_paths
from ingest.serialize import report_to_dict
from service.settings import Settings

_COLUMNS = ("report", "unit", "district", "year", "type", "sections", "chunks")


def register(sub: Any) -> None:
    """Add the `ingest` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "ingest", help="parse reports (PDF/text files or folders) and print their structure"
    )
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders (*.pdf, *.txt, *.md)")
    parser.add_argument(
        "--json", action="store_true", help="print reports with meta, sections and chunks as JSON"
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="also write that JSON to this file (UTF-8)"
    )
    add_strict(parser)
    parser.add_argument(
        "--no-manifest",
        action="store_true",
        help="ignore reports.toml: show only what is inferred from the files themselves",
    )
    parser.set_defaults(func=run)


def add_strict(parser: argparse.ArgumentParser) -> None:
    """The `--strict` flag shared by `ingest` and `index`."""
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when any file fails (default: only when no report at all could be read)",
    )


def exit_code(result: IngestResult, strict: bool) -> int:
    """1 when files failed and nothing was read (or any failed under --strict), else 0."""
    return 1 if result.failures and (strict or not result.reports) else 0


def run(args: argparse.Namespace, settings: Settings) -> int:  # noqa: ARG001 - CLI signature
    """Ingest the paths; see `exit_code`."""
    result = read_paths(list(args.paths), use_manifest=not args.no_manifest)
    if args.out is not None:
        text = json.dumps(to_json(result), ensure_ascii=False, indent=2)
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.json:
        json.dump(to_json(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        write_table(result, sys.stdout)
    return exit_code(result, args.strict)


def summary_row(report: Report) -> dict[str, Any]:
    """One line of the summary table."""
    meta = report.meta
    return {
        "report": report.id,
        "unit": meta.unit,
        "district": meta.district,
        "year": meta.year if meta.year is not None else "?",
        "type": meta.doc_type,
        "sections": len(report.sections),
        "chunks": len(report.chunks),
    }


def to_json(result: IngestResult) -> dict[str, Any]:
    """Summary, full reports (without raw pages) and failures."""
    return {
        "summary": [summary_row(r) for r in result.reports],
        "reports": [report_to_dict(r) for r in result.reports],
        "failures": [{"path": f.path, "reason": f.reason} for f in result.failures],
    }


def write_table(result: IngestResult, out: TextIO) -> None:
    """An aligned plain-text table of reports, then one line per failure."""
    rows = [[str(v) for v in summary_row(r).values()] for r in result.reports]
    widths = [max([len(c)] + [len(row[i]) for row in rows]) for i, c in enumerate(_COLUMNS)]
    for row in [list(_COLUMNS), *rows]:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")
    total_chunks = sum(len(r.chunks) for r in result.reports)
    out.write(f"\n{len(result.reports)} report(s), {total_chunks} chunk(s)")
    out.write(f", {len(result.failures)} failure(s)\n")
    for failure in result.failures:
        out.write(f"FAILED {failure.path}: {failure.reason}\n")
