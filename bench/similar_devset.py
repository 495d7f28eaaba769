"""The "Hitta tidigare formuleringar" dev set: drafts a quality planner might paste.

Each line of `similar_devset.jsonl` is a draft (`kind`: goal, expected_result, activity or
analysis; 1-3 sentences rewritten in other words than the corpus) with the prior formulations it
should find, as (report id, short substring) pairs matched like the assistant dev set's gold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from bench.ask_devset import AskGold, check_golds, parse_gold
from bench.devset import read_jsonl
from bench.errors import DevSetError

DraftKind = Literal["goal", "expected_result", "activity", "analysis"]
DRAFT_KINDS: tuple[DraftKind, ...] = ("goal", "expected_result", "activity", "analysis")
SIMILAR_DEVSET_PATH = Path(__file__).resolve().parent / "similar_devset.jsonl"

__all__ = [
    "DRAFT_KINDS",
    "SIMILAR_DEVSET_PATH",
    "Draft",
    "DraftKind",
    "check_draft_gold",
    "load_similar_devset",
]


@dataclass(frozen=True, slots=True)
class Draft:
    """One pasted draft with the prior formulations that count as found."""

    id: str
    kind: DraftKind
    text: str
    gold: tuple[AskGold, ...]


def _parse(raw: Mapping[str, Any], where: str) -> Draft:
    for name in ("id", "kind", "text", "gold"):
        if name not in raw:
            raise DevSetError(f"{where}: missing field '{name}'")
    where = f"{where} ({raw['id']})"
    if raw["kind"] not in DRAFT_KINDS:
        raise DevSetError(
            f"{where}: field 'kind' is {raw['kind']!r}, expected one of {DRAFT_KINDS}"
        )
    gold = raw["gold"]
    if not isinstance(gold, list) or not gold:
        raise DevSetError(f"{where}: field 'gold' must be a non-empty list")
    if not str(raw["text"]).strip():
        raise DevSetError(f"{where}: field 'text' is empty")
    return Draft(
        id=str(raw["id"]),
        kind=cast(DraftKind, raw["kind"]),
        text=str(raw["text"]),
        gold=tuple(parse_gold(g, f"{where} gold[{i}]") for i, g in enumerate(gold)),
    )


def load_similar_devset(path: Path = SIMILAR_DEVSET_PATH) -> list[Draft]:
    """Read the JSON-lines draft set; raises DevSetError naming the file, line and draft id."""
    return [_parse(raw, where) for where, raw in read_jsonl(path)]


def check_draft_gold(drafts: Sequence[Draft], passages: Mapping[str, Sequence[str]]) -> None:
    """Raise GoldNotFoundError (naming the draft) unless each gold lies in one passage."""
    for d in drafts:
        check_golds(d.id, d.gold, passages)
