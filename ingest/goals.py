"""Goal records from a report: `extract_goals(report) -> tuple[Goal, ...]` (a pure function).

Reads the report line by line (see ingest.goal_lines) with a small state machine: goal markers
("Nämndmål:" …) open a goal, headings ("Förväntat resultat", "Analys" …) open a field of the
innermost goal, table headers open an indicator or activity table (ingest.goal_tables), a
fulfilment line ("Uppfylls helt", "— Ingen") closes the goal statement. Markers, fulfilment and
goal numbers are read with the grammar section classification uses (ingest.goal_grammar).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.goal_grammar import fulfilment, goal_marker, goal_number, no_fulfilment
from ingest.goal_lines import Line, report_lines, span_of
from ingest.goal_tables import TableParser, header_kind
from ingest.types import (
    LEVELS,
    Activity,
    Goal,
    GoalRecordLevel,
    Indicator,
    Report,
    Sourced,
    Span,
    Status,
)

__all__ = ["GOALS_FORMAT", "extract_goals"]

GOALS_FORMAT = "3:blank-fields"
"""The goal extraction rules' version: a store holding goals extracted by other rules extracts
them again from its stored pages (search.store). 2: a plan's Resursanvändning is a field. 3: a
field holding only a placeholder (".", "-") is no field."""

_FIELDS = {
    "beskrivning": "description",
    "förväntat resultat": "expected_result",
    "förväntade resultat": "expected_result",
    "analys": "analysis",
    "arbetssätt": "method",
    "arbetsätt": "method",
    "arbets sätt": "method",
    "uppföljning": "followup",
    "resursanvändning": "resources",
}
_END = re.compile(
    r"^(Uppföljning av (ekonomi|driftbudget)|Analys av resultaträkning|Bedömning av nämndens"
    r" interna kontroll|Kvalitetsarbete|Övrigt|Synpunkter och klagomål|Investeringar|Medel för"
    r" lokaländamål|Särskilda satsningar|Bilagor?\b)",
    re.I,
)
_TOC_TAIL = re.compile(r"(\.{4,}|…)\s*\d*\s*$|\s\d{1,3}$")
_MAX_GOAL_LINES = 6
_GLUED_FIELD = re.compile(r"^(.*\S)\s+(Beskrivning|Förväntat resultat|Analys)$", re.I)


@dataclass
class _Draft:
    level: GoalRecordLevel
    marker: Line
    text: list[Line] = field(default_factory=list)
    status: Status | None = None
    status_line: Line | None = None
    fields: dict[str, list[Line]] = field(default_factory=dict)
    indicators: list[Indicator] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    last_line: int = 0
    last_page: int | None = None
    parent: int | None = None


def _marker(line: Line) -> tuple[GoalRecordLevel, str] | None:
    marker = goal_marker(line.text)
    if marker is None:
        return None
    if len(line.tabs) > 1 and re.fullmatch(r"\d{1,3}", line.tabs[-1].strip()):
        return None  # a table-of-contents line ending in a page number
    if _TOC_TAIL.search(marker[1]) and "....." in line.text:
        return None
    return marker


def _status(line: Line) -> tuple[bool, Status | None]:
    """(whether the line settles the goal's fulfilment, the status it states)."""
    status = fulfilment(line.text)
    return status is not None or no_fulfilment(line.text), status


def _field_name(line: Line) -> str | None:
    key = line.text.rstrip(":").strip().lower()
    return _FIELDS.get(key)


class _Parser:
    def __init__(self, plan: bool) -> None:
        self.plan = plan
        self.goals: list[_Draft] = []
        self.open: dict[GoalRecordLevel, int] = {}  # innermost open goal per level
        self.current: int | None = None
        self.mode: str | None = None
        self.table: TableParser | None = None
        self.after_blank = False

    def feed(self, line: Line) -> None:
        if line.blank:
            self.after_blank = True
            return
        if not self._structural(line):
            self._content(line)
        self._touch(line)
        self.after_blank = False

    def _touch(self, line: Line) -> None:
        if self.current is not None:
            self.goals[self.current].last_line = line.no
            self.goals[self.current].last_page = line.page

    def _structural(self, line: Line) -> bool:
        marker = _marker(line)
        if marker:
            self._open_goal(line, *marker)
            return True
        if _END.match(line.text) and len(line.text) < 60:
            self._close_table()
            self.current, self.mode, self.open = None, None, {}
            return True
        if self.current is None:
            return False
        return self._goal_structure(line)

    def _goal_structure(self, line: Line) -> bool:
        goal = self.goals[self.current] if self.current is not None else None
        assert goal is not None
        kind = header_kind(line)
        if kind:
            if self.table is not None and self.table.kind == kind:
                self.table.reheader(line)
            else:
                self._close_table()
                self.table = TableParser(kind, line, self.plan)
            self.mode = "table"
            return True
        is_status, status = _status(line)
        if is_status and goal.status_line is None:
            if self.mode in ("text", None):
                goal.status, goal.status_line = status, line
                self.mode = None
                return True
            if status and self.mode == "field:analysis" and not goal.fields["analysis"]:
                goal.status, goal.status_line = status, line  # "Analys / Målet uppfylls
                # delvis. …": the analysis's first line, kept as its text too
        name = _field_name(line)
        if name and not (name == "analysis" and self.mode == "table" and self._table_rows()):
            self._close_table()
            goal.fields.setdefault(name, [])
            self.mode = f"field:{name}"
            return True
        return False

    def _table_rows(self) -> bool:
        return self.table is not None and bool(self.table.rows)

    def _content(self, line: Line) -> None:
        if self.current is None or self.mode is None:
            return
        goal = self.goals[self.current]
        if self.mode == "text":
            self._goal_text(goal, line)
        elif self.mode == "table" and self.table is not None:
            self.table.feed(line)
        elif self.mode.startswith("field:"):
            goal.fields[self.mode[6:]].append(line)

    def _goal_text(self, goal: _Draft, line: Line) -> None:
        stop = goal.text and self.after_blank and not line.text[:1].islower()
        if stop or len(goal.text) >= _MAX_GOAL_LINES:
            self.mode = None
            return
        goal.text.append(line)

    def _open_goal(self, line: Line, level: GoalRecordLevel, rest: str) -> None:
        self._close_table()
        depth = LEVELS.index(level)
        parent = next((self.open[lv] for lv in reversed(LEVELS[:depth]) if lv in self.open), None)
        self.open = {lv: i for lv, i in self.open.items() if LEVELS.index(lv) < depth}
        draft = _Draft(level=level, marker=line, parent=parent, last_line=line.no)
        glued = _GLUED_FIELD.match(rest)  # "… är hållbar**Beskrivning**" in one export
        if glued:
            rest = glued.group(1)
        if rest:
            draft.text.append(Line(line.no, line.page, rest, rest, (rest,), (rest,)))
        self.goals.append(draft)
        self.current = self.open[level] = len(self.goals) - 1
        self.mode = "text"
        if glued:
            name = _FIELDS[glued.group(2).lower()]
            draft.fields.setdefault(name, [])
            self.mode = f"field:{name}"

    def _close_table(self) -> None:
        if self.table is not None and self.current is not None:
            indicators, activities = self.table.finish()
            self.goals[self.current].indicators.extend(indicators)
            self.goals[self.current].activities.extend(activities)
        self.table = None

    def finish(self) -> list[_Draft]:
        self._close_table()
        return self.goals


def _join(lines: list[Line]) -> str:
    parts: list[str] = []
    for line in lines:
        if parts and re.match(r"^[-•]\s", line.text):
            parts.append("\n" + line.text)
        elif parts and parts[-1].endswith("-") and line.text[:1].islower():
            parts[-1] = parts[-1][:-1] + line.text
        else:
            parts.append((" " if parts else "") + line.text)
    return "".join(parts).strip()


def _sourced(lines: list[Line] | None) -> Sourced | None:
    """The field's text, or None when it says nothing: no lines, or only a placeholder with no
    letter or digit (a plan's "Resursanvändning" left as ".")."""
    kept = [ln for ln in lines or [] if ln.text]
    if not any(ch.isalnum() for ln in kept for ch in ln.text):
        return None
    return Sourced(text=_join(kept), span=span_of(kept))


def _goal_text(draft: _Draft) -> tuple[str | None, str]:
    text = _join(draft.text)
    number, rest = goal_number(text)
    if number is not None and draft.level != "enhetsmal":
        return number, rest.strip()
    return None, text


def _block_span(draft: _Draft) -> Span:
    end = max(draft.last_line, draft.marker.no)
    first, last = draft.marker.page, draft.last_page or draft.marker.page
    return Span(line_start=draft.marker.no, line_end=end, page_start=first, page_end=last)


def _build(report: Report, drafts: list[_Draft]) -> tuple[Goal, ...]:
    meta = report.meta
    ids = [f"{report.id}:g{i}" for i in range(1, len(drafts) + 1)]
    goals: list[Goal] = []
    for i, draft in enumerate(drafts):
        number, text = _goal_text(draft)
        if not text:
            continue
        f = draft.fields
        goals.append(
            Goal(
                id=ids[i], report_id=report.id, level=draft.level, number=number, text=text,
                span=span_of(draft.text or [draft.marker]),
                block_span=_block_span(draft),
                unit=meta.unit, district=meta.district, year=meta.year, doc_type=meta.doc_type,
                parent_id=ids[draft.parent] if draft.parent is not None else None,
                status=draft.status,
                status_span=span_of([draft.status_line]) if draft.status_line else None,
                description=_sourced(f.get("description")),
                expected_result=_sourced(f.get("expected_result")),
                analysis=_sourced(f.get("analysis")), method=_sourced(f.get("method")),
                followup=_sourced(f.get("followup")), resources=_sourced(f.get("resources")),
                indicators=tuple(draft.indicators), activities=tuple(draft.activities),
            )
        )  # fmt: skip
    return tuple(goals)


def extract_goals(report: Report) -> tuple[Goal, ...]:
    """Every goal statement of the report, in document order, with its follow-up fields."""
    parser = _Parser(plan=report.meta.doc_type == "VP")
    for line in report_lines(report):
        parser.feed(line)
    return _build(report, parser.finish())
