"""Word-level wording diff between two versions of a goal (difflib), as a pure function."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

DiffOp = Literal["equal", "delete", "insert"]


@dataclass(frozen=True, slots=True)
class DiffPart:
    """A run of words that both versions share ("equal"), only the old ("delete") or new has."""

    op: DiffOp
    text: str


def wording_diff(old: str, new: str) -> tuple[DiffPart, ...]:
    """The word runs turning `old` into `new`; a replacement is a delete followed by an insert.

    Words are compared case-sensitively with their punctuation, so "barn," and "barn" differ.
    Joining the "equal"+"delete" parts gives `old` (whitespace normalised), "equal"+"insert" `new`.
    """
    a, b = old.split(), new.split()
    parts: list[DiffPart] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(DiffPart("equal", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("insert", " ".join(b[j1:j2])))
    return tuple(parts)


def side(parts: tuple[DiffPart, ...], which: Literal["old", "new"]) -> str:
    """One side of a diff back as text."""
    skip = "insert" if which == "old" else "delete"
    return " ".join(p.text for p in parts if p.op != skip)


def similarity(old: str, new: str) -> float:
    """Share of words kept between the versions (difflib ratio over words), 0..1."""
    return difflib.SequenceMatcher(a=old.split(), b=new.split(), autojunk=False).ratio()
