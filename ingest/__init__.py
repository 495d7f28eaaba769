"""Reading PDFs and text exports into typed records: Report > Section > Chunk."""

from ingest.goal_types import Activity, Goal, Indicator, Sourced
from ingest.goals import extract_goals
from ingest.types import Chunk, DocType, GoalLevel, Page, Report, ReportMeta, Section, Span, Status

__all__ = [
    "Activity",
    "Chunk",
    "DocType",
    "Goal",
    "GoalLevel",
    "Indicator",
    "Page",
    "Report",
    "ReportMeta",
    "Section",
    "Sourced",
    "Span",
    "Status",
    "extract_goals",
]
