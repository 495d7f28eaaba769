"""Indicator and activity tables under a goal, in the three layouts of the corpus.

Tab-separated rows (Markdown/Word exports), space-aligned rows with the name wrapped over several
lines and the values on a line of their own (PDF text), and one-line plan rows ("Index 82 År").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ingest.goal_cells import (
    PERIOD,
    PERIOD_WORDS,
    VALUE,
    VB_COLUMNS,
    VP_COLUMNS,
    column_key,
    space_values,
    split_target,
    trim_tabs,
)
from ingest.goal_lines import Line, span_of
from ingest.types import Activity, Indicator, Sourced

TableKind = Literal["indicators", "activities"]

_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_ANALYS = re.compile(r"^Analys\b[:\s]*(.*)$")
_GAP_ROW = re.compile(r"^\s*(?P<name>\S.*?\S)\s{3,}(?P<rest>-?\d.*)$")
_PLAN_ROW = re.compile(
    r"^(?P<name>.*?[^\d\s])\s+(?P<target>\d+(?:[,.]\d+)?\s?%?)\s+(?P<period>"
    + "|".join(PERIOD_WORDS)
    + r")$"
)
_HEADER_WORDS = {
    "indikator", "periodens", "utfall", "män/", "pojkar", "kvinnor/", "flickor", "vb",
    "årsmål", "arsmål", "kf:s", "period", "periodicitet", "prognos", "helår", "aktivitet",
    "startdatum", "slutdatum", "avvikelse", "kvinn", "or/", "perio", "dens", "progno", "s",
}  # fmt: skip
_MAX_PENDING = 14
_UNFINISHED = re.compile(r"(?i)^(tas fram|fastställs)(?!.*(nämnden|styrelsen|\d{4})$)")
_RULE = re.compile(r"^[-|: ]+$")


def header_kind(line: Line) -> TableKind | None:
    """Whether the line opens an indicator or an activity table."""
    low = line.text.lower()
    if low.startswith("indikator") and (
        low == "indikator" or any(w in low for w in ("årsmål", "arsmål", "utfall", "period"))
    ):
        return "indicators"
    if low.startswith("aktivitet") and "startdatum" in low:
        return "activities"
    return None


def is_header_only(line: Line) -> bool:
    """A line made only of table-header words (headers wrapped over lines in PDF text)."""
    words = line.text.lower().split()
    return bool(words) and all(w in _HEADER_WORDS or re.fullmatch(r"\d{4}", w) for w in words)


@dataclass
class _Draft:
    lines: list[Line]
    values: dict[str, str] = field(default_factory=dict)
    analysis: list[Line] = field(default_factory=list)

    def name(self) -> str:
        return " ".join(self.values.get("name", "").split())


def _analysis(draft: _Draft) -> Sourced | None:
    parts = [ln.text for ln in draft.analysis if ln.text]
    if not parts:
        return None
    text = " ".join(parts)
    return Sourced(text=text, span=span_of(draft.analysis)) if text else None


class TableParser:
    """Feeds the lines of one goal's table(s); `finish` returns what was recognised."""

    def __init__(self, kind: TableKind, header: Line, plan: bool) -> None:
        self.kind = kind
        self.plan = plan
        self.columns: list[str] = [column_key(c) for c in trim_tabs(header.tabs)]
        self.tabbed = len(self.columns) > 1
        self.header_text = header.text.lower()
        self.pending: list[Line] = []
        self.rows: list[_Draft] = []
        self.in_analysis = False

    def reheader(self, header: Line) -> None:
        """A repeated header (after a page break): keep the rows, keep an open analysis."""
        self.pending.clear()
        if len(trim_tabs(header.tabs)) > 1:
            self.columns = [column_key(c) for c in trim_tabs(header.tabs)]
            self.tabbed = True

    def feed(self, line: Line) -> None:
        if line.blank:
            return
        match = _ANALYS.match(line.text)
        if match and self.rows:
            self.in_analysis = True
            self.pending.clear()
            if match.group(1).strip():
                self.rows[-1].analysis.append(_with_text(line, match.group(1)))
            return
        if self._period_piece(line):
            return
        if is_header_only(line) or _RULE.match(line.text):
            self.header_text += " " + line.text.lower()
            return
        if self.kind == "activities":
            self._feed_activity(line)
        elif self.tabbed and len(line.tabs) > 1:
            self._feed_tab_indicator(line)
        else:
            self._feed_space_indicator(line)

    def _continue(self, line: Line) -> bool:
        """Append a stray line to the open analysis, a wrapped "tas fram av nämnden", a name."""
        if self.pending and not self.in_analysis:
            return False
        if self._wrapped_target(line) or self._period_piece(line) or len(line.text) <= 2:
            return True  # (the last: a stray symbol or letter between table pieces)
        if self.in_analysis and self.rows:
            self.rows[-1].analysis.append(line)
            return True
        if self.rows and not self.pending and line.text[:1].islower():
            last = self.rows[-1]
            last.values["name"] = last.values.get("name", "") + " " + line.text
            last.lines.append(line)
            return True
        return False

    def _wrapped_target(self, line: Line) -> bool:
        last = self.rows[-1].values if self.rows else {}
        target = last.get("kf_target", "")
        if not _UNFINISHED.match(target) or len(line.text) > 20 or self.in_analysis:
            return False
        joiner = "" if len(line.text) == 1 or target.endswith("/") else " "
        last["kf_target"] = (target + joiner + line.text.replace(" ", "")).strip()
        return True

    def _feed_activity(self, line: Line) -> None:
        dates = _DATE.findall(line.text)
        if not dates:
            if not self._continue(line):
                self.pending = [*self.pending[-_MAX_PENDING:], line]
            return
        head = line.text[: line.text.find(dates[0])].strip()
        name = " ".join([*(p.text for p in self.pending), head]).strip()
        tail = line.text[line.text.rfind(dates[-1]) + len(dates[-1]) :]
        values = {"name": name, "start": dates[0], "end": dates[1] if len(dates) > 1 else ""}
        values["deviation"] = "yes" if "avvikelse" in tail.lower() else ""
        if name:
            self.rows.append(_Draft(lines=[*self.pending, line], values=values))
        self.pending = []
        self.in_analysis = False

    def _feed_tab_indicator(self, line: Line) -> None:
        cells = trim_tabs(line.tabs)
        if len(cells) <= 1 or not any(cells[1:]):
            if not self._continue(line):
                self.pending = [*self.pending[-_MAX_PENDING:], line]
            return
        values = {k: v for k, v in zip(self.columns, cells, strict=False) if v and k != "other"}
        values["name"] = " ".join([*(p.text for p in self.pending), values.get("name", "")])
        self.rows.append(_Draft(lines=[*self.pending, line], values=values))
        self.pending = []
        self.in_analysis = False

    def _space_columns(self) -> tuple[str, ...]:
        return VB_COLUMNS if "utfall" in self.header_text else VP_COLUMNS

    def _feed_space_indicator(self, line: Line) -> None:
        plan_row = _PLAN_ROW.match(line.text)
        gap_row = _GAP_ROW.match(line.raw)
        words = line.text.split()
        starts_with_value = bool(words) and bool(VALUE.fullmatch(words[0]))
        only_period = line.text in PERIOD_WORDS
        if plan_row and not self.pending:
            values = {"name": plan_row["name"], "target": plan_row["target"]}
            values["period"] = plan_row["period"]
            self._add_space_row([line], values)
        elif gap_row and not self.pending:
            values = space_values(gap_row["rest"], self._space_columns())
            self._add_space_row([line], {"name": gap_row["name"], **values})
        elif (starts_with_value or only_period) and self.pending:
            values = space_values(line.text, self._space_columns())
            name = " ".join(p.text for p in self.pending)
            self._add_space_row([*self.pending, line], {**values, **split_target(name)})
        elif not self._continue(line):
            self.pending = [*self.pending[-_MAX_PENDING:], line]

    def _period_piece(self, line: Line) -> bool:
        """A period on its own line ("VB"), or its year wrapped after it ("VB" / "2016")."""
        last = self.rows[-1].values if self.rows and not self.pending else {}
        if not last or self.in_analysis:
            return False
        if last.get("period") == "VB" and re.fullmatch(r"\d{4}", line.text):
            last["period"] = f"VB {line.text}"
        elif "period" not in last and PERIOD.fullmatch(line.text):
            last["period"] = line.text
        else:
            return False
        self.rows[-1].lines.append(line)
        return True

    def _add_space_row(self, lines: list[Line], values: dict[str, str]) -> None:
        self.rows.append(_Draft(lines=lines, values=values))
        self.pending = []
        self.in_analysis = False

    def finish(self) -> tuple[tuple[Indicator, ...], tuple[Activity, ...]]:
        """The rows recognised so far, as records."""
        drafts = [d for d in self.rows if d.name()]
        if self.kind == "activities":
            return (), tuple(_activity(d) for d in drafts)
        return tuple(_indicator(d) for d in drafts), ()


def _with_text(line: Line, text: str) -> Line:
    return Line(no=line.no, page=line.page, text=text.strip(), raw=text, cells=(text.strip(),))


def _indicator(draft: _Draft) -> Indicator:
    v = draft.values
    keys = ("outcome", "outcome_men", "outcome_women", "previous", "forecast", "target")
    fields = {k: v.get(k) or None for k in (*keys, "kf_target", "period")}
    return Indicator(
        name=draft.name(), span=span_of(draft.lines), analysis=_analysis(draft), **fields
    )


def _activity(draft: _Draft) -> Activity:
    v = draft.values
    return Activity(
        name=draft.name(),
        span=span_of(draft.lines),
        start=v.get("start") or None,
        end=v.get("end") or None,
        deviation=bool(v.get("deviation")),
        analysis=_analysis(draft),
    )
