"""Cells of goal tables: column names from headers, values from space-aligned rows.

Pure helpers of ingest.goal_tables, kept apart so each module stays one concept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

VALUE = re.compile(r"-?\d+(?:[ ,.]\d+)*\s?(?:%|st\b)?")
PERIOD_WORDS = ("År", "Tertial", "Kvartal", "Månad", "Halvår", "Delår")
PERIOD = re.compile(r"\s*((?:VB|T[12])\s*\d{4}|VB|" + "|".join(PERIOD_WORDS) + r")\s*$")
VB_COLUMNS = ("outcome", "outcome_men", "outcome_women", "previous", "target", "kf_target")
VP_COLUMNS = ("target", "kf_target")
_VB_SHORT = {
    4: ("outcome", "previous", "target", "kf_target"),
    3: ("outcome", "target", "kf_target"),
}


def column_key(cell: str) -> str:
    key = re.sub(r"\s+", "", cell.lower())
    if key.startswith("indikator"):
        return "name"
    if "prognos" in key or "progno" in key:
        return "forecast"
    if "vb" in key or re.search(r"\d{4}", key):
        return "previous"
    if "män" in key:
        return "outcome_men"
    if "kvinn" in key:
        return "outcome_women"
    if "utfall" in key:
        return "outcome"
    if key.startswith("kf"):
        return "kf_target"
    if "årsmål" in key or "arsmål" in key:
        return "target"
    return "period" if key.startswith("period") else "other"


def trim_tabs(tabs: Sequence[str]) -> list[str]:
    cells = list(tabs)
    while cells and len(cells[0]) <= 1:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    return cells


def space_values(text: str, columns: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    period = PERIOD.search(text)
    if period:
        out["period"] = " ".join(period.group(1).split())
        text = text[: period.start()]
    values = [v.strip() for v in VALUE.findall(text)]
    rest = VALUE.sub(" ", text).strip(" ,")
    if len(values) >= len(columns):
        out.update(zip(columns, values, strict=False))
    elif columns == VB_COLUMNS and len(values) in _VB_SHORT:
        out.update(zip(_VB_SHORT[len(values)], values, strict=False))
    elif values:
        out[columns[0]] = values[0]
    if rest and re.search(r"[a-zåäö]{3}", rest):
        out.setdefault("kf_target", " ".join(rest.split()))
    return out


def split_target(name: str) -> dict[str, str]:
    """ "Sjukfrånvaro Tas fram av nämnd/styrel se" -> name and a "tas fram …" target."""
    match = re.search(r"(?i)\btas fram\b", name)
    if not match:
        return {"name": name}
    words = name[match.start() :].split()
    target = " ".join(words[:3]) + " " + "".join(w for w in words[3:] if w != "-")
    return {"name": name[: match.start()].strip(), "kf_target": target.strip()}
