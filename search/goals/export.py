"""The ledger as flat rows: CSV export and one-line renderings of indicators and activities."""

from __future__ import annotations

import csv
import io

from ingest.types import Activity, Goal, Indicator, Sourced
from search.goals.build import Ledger

__all__ = [
    "CSV_COLUMNS",
    "activity_line",
    "anchor_chunk_id",
    "csv_cell",
    "indicator_line",
    "ledger_csv",
]

CSV_COLUMNS = (
    "goal_id",
    "thread_id",
    "level",
    "number",
    "text",
    "status",
    "unit",
    "district",
    "year",
    "doc_type",
    "report_id",
    "parent_id",
    "line_start",
    "line_end",
    "description",
    "expected_result",
    "analysis",
    "method",
    "followup",
    "resources",
    "indicators",
    "activities",
    "linked_goal_ids",
)


def indicator_line(ind: Indicator) -> str:
    """ "Sjukfrånvaro: utfall 3,4 % (män 0 %, kvinnor 3,7 %), årsmål 6 %, period VB 2017"."""
    parts = []
    if ind.outcome:
        genders = [f"män {ind.outcome_men}" if ind.outcome_men else ""]
        genders.append(f"kvinnor {ind.outcome_women}" if ind.outcome_women else "")
        split = ", ".join(g for g in genders if g)
        parts.append(f"utfall {ind.outcome}" + (f" ({split})" if split else ""))
    for label, value in (("årsmål", ind.target), ("KF:s årsmål", ind.kf_target)):
        if value:
            parts.append(f"{label} {value}")
    if ind.period:
        parts.append(f"period {ind.period}")
    return f"{ind.name}: {', '.join(parts)}" if parts else ind.name


def activity_line(act: Activity) -> str:
    """ "Brukarintervjuer … (2019-02-01 – 2019-12-31)", with "avvikelse" when flagged."""
    dates = f" ({act.start} – {act.end})" if act.start or act.end else ""
    return act.name + dates + (" [avvikelse]" if act.deviation else "")


def anchor_chunk_id(ledger: Ledger, goal: Goal) -> str | None:
    """The chunk to open when showing the goal: the first one overlapping its statement."""
    chunks = ledger.chunks_at(goal.report_id, goal.span) or ledger.chunks_at(
        goal.report_id, goal.block_span
    )
    return chunks[0].id if chunks else None


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ tab or CR (which Excel,
    LibreOffice and Sheets would run as a formula, e.g. =HYPERLINK(...)) gets a leading '."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _prose_parts(goal: Goal) -> tuple[Sourced | None, ...]:
    """The goal's prose parts in CSV order (description … resources)."""
    return (
        goal.description,
        goal.expected_result,
        goal.analysis,
        goal.method,
        goal.followup,
        goal.resources,
    )


def _prose(part: Sourced | None) -> str:
    return part.text if part else ""


def _row(ledger: Ledger, goal: Goal) -> list[str]:
    linked = sorted({x for link in ledger.links_of(goal.id) for x in (link.a, link.b)} - {goal.id})
    return [
        goal.id,
        ledger.thread_of[goal.id],
        goal.level,
        goal.number or "",
        goal.text,
        goal.status or "",
        goal.unit,
        goal.district,
        str(goal.year or ""),
        goal.doc_type,
        goal.report_id,
        goal.parent_id or "",
        str(goal.span.line_start),
        str(goal.span.line_end),
        *(_prose(part) for part in _prose_parts(goal)),
        " | ".join(indicator_line(i) for i in goal.indicators),
        " | ".join(activity_line(a) for a in goal.activities),
        " ".join(linked),
    ]


def ledger_csv(ledger: Ledger, goals: list[Goal] | None = None) -> str:
    """The ledger (or the given goals) as CSV with a header row, one goal record per row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for goal in ledger.goals if goals is None else goals:
        writer.writerow([csv_cell(cell) for cell in _row(ledger, goal)])
    return out.getvalue()
