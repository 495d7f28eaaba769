"""`rapport search "fråga" [-k 10] [filters] [--mode ..] [--json]`: query the index."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from search import Filters, Hit, SearchError, hit_to_dict, make_embedder, open_index
from search.filters import parse_years
from service.answer.glossary import swedish_wording
from service.settings import Settings


def register(sub: Any) -> None:
    """Add the `search` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser("search", help="search the indexed reports")
    parser.add_argument("query", help="question or keywords, in Swedish or English")
    parser.add_argument("-k", type=int, default=10, help="number of hits (default 10)")
    parser.add_argument("--unit", action="append", help="unit (enhet); repeat for several")
    parser.add_argument("--district", action="append", help="district (stadsdelsområde)")
    parser.add_argument("--year", help="a year (2019) or an inclusive range (2016-2019)")
    parser.add_argument("--type", choices=("VB", "VP", "rapport"), action="append", dest="doc_type")
    parser.add_argument("--kind", action="append", help="goal level, e.g. namndmal, enhetsmal")
    parser.add_argument("--status", choices=("helt", "delvis", "ej"), action="append")
    parser.add_argument("--report", action="append", help="report id; repeat for several")
    parser.add_argument("--mode", choices=("hybrid", "dense", "lexical"), default="hybrid")
    parser.add_argument("--json", action="store_true", help="print hits as JSON")
    parser.set_defaults(func=run)


def filters_from_args(args: argparse.Namespace) -> Filters:
    """Filters from the command-line options (ValueError on a malformed --year)."""
    years = parse_years(args.year) if args.year else (None, None)

    def many(values: list[str] | None) -> tuple[str, ...] | None:
        return tuple(values) if values else None

    return Filters(
        units=many(args.unit),
        districts=many(args.district),
        year_from=years[0],
        year_to=years[1],
        doc_types=many(args.doc_type),
        kinds=many(args.kind),
        statuses=many(args.status),
        report_ids=many(args.report),
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the hits; 1 on a search error, 2 on bad options."""
    try:
        filters = filters_from_args(args)
    except ValueError as exc:
        _err(f"error: --year {args.year!r}: {exc}")
        return 2
    try:
        embedder = make_embedder(settings.embedder)
        with open_index(
            settings.index_dir, embedder, ann=settings.ann, ann_threshold=settings.ann_threshold
        ) as index:
            also = swedish_wording(args.query)
            hits = index.search(args.query, k=args.k, filters=filters, mode=args.mode, also=also)
    except SearchError as exc:
        _err(f"error: {exc}")
        return 1
    if args.json:
        _out(json.dumps([hit_to_dict(h) for h in hits], ensure_ascii=False, indent=2))
    else:
        _out("\n\n".join(_format(h) for h in hits) if hits else "no hits")
    return 0


def _format(hit: Hit) -> str:
    meta, chunk = hit.meta, hit.chunk
    where = f"p. {chunk.span.page_start}, " if chunk.span.page_start else ""
    head = (
        f"{hit.rank}. [{hit.score:.3f}] {meta.unit} · {meta.district} · {meta.doc_type} "
        f"{meta.year or '?'} · {' > '.join(chunk.section_path)} "
        f"({where}lines {chunk.span.line_start}-{chunk.span.line_end}) [{chunk.id}]"
    )
    body = textwrap.shorten(chunk.text, width=400, placeholder=" …")
    also = f"\n   also in: {', '.join(hit.also_in)}" if hit.also_in else ""
    return f"{head}\n   {body}{also}"


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")
