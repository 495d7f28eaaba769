"""Goal extraction against the hand-checked sample: `python -m bench.goals` prints P/R.

The goals scored are those ingest stores with each report (`Report.goals`).

The sample (bench/goals_sample.json) lists every goal statement inside four scopes of the
corpus (three whole reports and the first plan of the bundle), each verified by reading the
report: the marker line, level, number, the first words and the fulfilment; plus twelve
indicator rows with their values. A goal is found when an extracted record of the same file has
the same level, starts within a few lines of the marker and its text starts like the gold text.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest import read_paths
from ingest.types import Goal, Indicator

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = Path(__file__).with_name("goals_sample.json")
MAX_LINE_GAP = 6
"""The goal text may sit a few (blank) lines below its marker."""
PREFIX = 30
"""Characters of normalised text that must agree."""
INDICATOR_FIELDS = (
    "outcome", "outcome_men", "outcome_women", "previous", "forecast", "target", "kf_target",
    "period",
)  # fmt: skip


@dataclass(frozen=True)
class Scores:
    gold: int
    extracted: int
    matched: int
    status_right: int
    status_total: int
    indicator_fields_right: int
    indicator_fields_total: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()[:PREFIX]


def _goals_by_file(corpus: Path) -> dict[str, list[Goal]]:
    out: dict[str, list[Goal]] = {}
    for report in read_paths([corpus]).reports:
        out.setdefault(Path(report.source).name, []).extend(report.goals)
    return out


def _in_scope(goal: Goal, scopes: list[dict[str, Any]], name: str) -> bool:
    return any(
        s["file"] == name and s["from_line"] <= goal.span.line_start <= s["to_line"] for s in scopes
    )


def _match(gold: dict[str, Any], goal: Goal) -> bool:
    return (
        goal.level == gold["level"]
        and 0 <= goal.span.line_start - gold["line"] <= MAX_LINE_GAP
        and _norm(goal.text).startswith(_norm(gold["text"])[: len(_norm(goal.text))])
        and _norm(gold["text"]).startswith(_norm(goal.text)[: len(_norm(gold["text"]))])
    )


def _indicator_fields(sample: dict[str, Any], goals: dict[str, list[Goal]]) -> tuple[int, int]:
    right = total = 0
    for gold in sample["indicators"]:
        rows: list[Indicator] = [
            i for g in goals.get(gold["file"], []) for i in g.indicators
            if i.name.startswith(gold["name"])
        ]  # fmt: skip
        for field in INDICATOR_FIELDS:
            total += 1
            expected = gold.get(field)
            right += any((getattr(row, field) or None) == expected for row in rows[:1])
    return right, total


def evaluate(
    corpus: Path = ROOT / "corpus", sample_path: Path = SAMPLE, *, held_out: bool = False
) -> Scores:
    """Precision/recall of goal statements, status accuracy, indicator field accuracy.

    `held_out` selects the part of the sample listed after the parser was written.
    """
    sample = json.loads(sample_path.read_text(encoding="utf-8"))
    sample["scopes"] = [s for s in sample["scopes"] if bool(s.get("held_out")) == held_out]
    sample["goals"] = [g for g in sample["goals"] if bool(g.get("held_out")) == held_out]
    by_file = _goals_by_file(corpus)
    extracted = [
        (name, g) for name, goals in by_file.items() for g in goals
        if _in_scope(g, sample["scopes"], name)
    ]  # fmt: skip
    used: set[str] = set()
    matched = status_right = 0
    for gold in sample["goals"]:
        hit = next(
            (
                g
                for name, g in extracted
                if name == gold["file"] and g.id not in used and _match(gold, g)
            ),
            None,
        )
        if hit is not None:
            used.add(hit.id)
            matched += 1
            status_right += hit.status == gold["status"]
    fields_right, fields_total = _indicator_fields(sample, by_file)
    return Scores(
        gold=len(sample["goals"]), extracted=len(extracted), matched=matched,
        status_right=status_right, status_total=matched,
        indicator_fields_right=fields_right, indicator_fields_total=fields_total,
    )  # fmt: skip


def main() -> int:
    for title, held_out in (("development sample", False), ("held-out sample", True)):
        s = evaluate(held_out=held_out)
        print(f"{title}: gold {s.gold}, extracted {s.extracted}, matched {s.matched}")
        print(f"  precision {s.precision:.3f}  recall {s.recall:.3f}")
        print(f"  fulfilment status right on matched goals: {s.status_right}/{s.status_total}")
        if not held_out:
            print(
                "  indicator values right (12 hand-checked rows x 8 fields): "
                f"{s.indicator_fields_right}/{s.indicator_fields_total}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
