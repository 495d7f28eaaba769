"""`rapport goals [PATHS] [--q ..] [--unit ..] [--year ..] [--level ..] [--status ..] [--csv FILE]
[--show GOAL_ID]`: the goal ledger of the reports (default: the corpus folder from the settings).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Any

from ingest import read_paths
from search import SearchError, make_embedder
from search.goals.build import Ledger, build_ledger, filter_goals
from search.goals.diff import wording_diff
from search.goals.export import indicator_line, ledger_csv
from service.settings import Settings

_STATUS = {"helt": "helt", "delvis": "delvis", "ej": "ej", None: "-"}


def register(sub: Any) -> None:
    """Add the `goals` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "goals", help="list, export or inspect the goal ledger (goals linked across years)"
    )
    parser.add_argument("paths", nargs="*", type=Path, help="files/folders (default: corpus_dir)")
    parser.add_argument("--q", help="words the goals should contain (e.g. delaktighet)")
    parser.add_argument("--unit", help="unit (enhet), exact name")
    parser.add_argument("--year", type=int, help="year of the report")
    parser.add_argument("--level", choices=("kf_inriktningsmal", "kf_mal", "namndmal", "enhetsmal"))
    parser.add_argument("--status", choices=("helt", "delvis", "ej"))
    parser.add_argument(
        "--csv", metavar="FILE", help="write the selected goals as CSV ('-' = stdout)"
    )
    parser.add_argument("--show", metavar="GOAL_ID", help="one goal with its versions and diffs")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Build the ledger and print, export or show; 1 when reading or embedding fails."""
    result = read_paths(args.paths or [settings.corpus_dir])
    for failure in result.failures:
        _err(f"skipped {failure.path}: {failure.reason}")
    try:
        ledger = build_ledger(result.reports, make_embedder(settings.embedder))
    except SearchError as exc:
        _err(f"error: {exc}")
        return 1
    if args.show:
        return _show(ledger, args.show)
    goals = filter_goals(
        ledger, q=args.q, unit=args.unit, year=args.year, level=args.level, status=args.status
    )
    if args.csv:
        text = ledger_csv(ledger, goals)
        if args.csv == "-":
            _out(text.rstrip("\n"))
        else:
            Path(args.csv).write_text(text, encoding="utf-8")
            _err(f"wrote {len(goals)} goals to {args.csv}")
        return 0
    for goal in goals:
        versions = len(ledger.versions(goal.id))
        _out(
            f"{goal.id}  {goal.level} {goal.number or ''}  [{_STATUS[goal.status]}]  "
            f"{goal.doc_type} {goal.year or '?'}  {goal.unit}  versions={versions}\n"
            f"    {goal.text}"
        )
    _out(f"{len(goals)} goals, {len(ledger.links)} links in the ledger")
    return 0


def _show(ledger: Ledger, goal_id: str) -> int:
    if goal_id not in ledger.by_id:
        _err(f"error: goal {goal_id!r} is not in the ledger")
        return 1
    versions = ledger.versions(goal_id)
    for version in versions:
        _out(
            f"{version.year or '?'} {version.doc_type} {version.unit} ({version.district})"
            f"  [{_STATUS[version.status]}]  {version.id}\n    {version.text}"
        )
        for indicator in version.indicators:
            _out(f"      indikator: {indicator_line(indicator)}")
    for old, new in itertools.pairwise(versions):
        if old.text != new.text:
            parts = wording_diff(old.text, new.text)
            marked = " ".join(
                p.text
                if p.op == "equal"
                else f"[-{p.text}-]"
                if p.op == "delete"
                else f"{{+{p.text}+}}"
                for p in parts
            )
            _out(f"diff {old.year} -> {new.year}: {marked}")
    return 0


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")
