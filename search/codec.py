"""JSON codecs of the ingest records, for the SQLite store (no pickle).

Records are stored as `dataclasses.asdict` JSON and rebuilt by `ingest.serialize`, the one
place that knows how to turn those dicts back into records.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ingest.serialize import chunk_from_dict, goals_from_list, meta_from_dict, section_from_dict
from ingest.types import Chunk, Goal, Page, ReportMeta, Section

__all__ = [
    "chunk_from_json",
    "chunk_to_json",
    "goals_from_json",
    "goals_to_json",
    "meta_from_json",
    "meta_to_json",
    "pages_from_json",
    "pages_to_json",
    "rows_from_json",
    "rows_to_json",
    "section_from_json",
    "section_to_json",
]


def _to_json(record: Any) -> str:
    return json.dumps(dataclasses.asdict(record), ensure_ascii=False)


def meta_to_json(meta: ReportMeta) -> str:
    return _to_json(meta)


def meta_from_json(text: str) -> ReportMeta:
    return meta_from_dict(json.loads(text))


def section_to_json(s: Section) -> str:
    return _to_json(s)


def section_from_json(text: str) -> Section:
    return section_from_dict(json.loads(text))


def chunk_to_json(c: Chunk) -> str:
    return _to_json(c)


def chunk_from_json(text: str) -> Chunk:
    return chunk_from_dict(json.loads(text))


def pages_to_json(pages: tuple[Page, ...]) -> str:
    return json.dumps([[p.number, p.text] for p in pages], ensure_ascii=False)


def pages_from_json(text: str) -> tuple[Page, ...]:
    return tuple(Page(number, body) for number, body in json.loads(text))


def rows_to_json(metas: dict[str, ReportMeta], rows: list[tuple[Chunk, str]]) -> bytes:
    """A generation's rows file: the reports' metadata and every row's chunk and text hash."""
    data = {
        "metas": {rid: dataclasses.asdict(m) for rid, m in metas.items()},
        "rows": [[dataclasses.asdict(c), h] for c, h in rows],
    }
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def rows_from_json(data: bytes) -> tuple[dict[str, ReportMeta], list[tuple[Chunk, str]]]:
    parsed = json.loads(data)
    metas = {rid: meta_from_dict(m) for rid, m in parsed["metas"].items()}
    return metas, [(chunk_from_dict(c), str(h)) for c, h in parsed["rows"]]


def goals_to_json(goals: tuple[Goal, ...]) -> str:
    return json.dumps([dataclasses.asdict(g) for g in goals], ensure_ascii=False)


def goals_from_json(text: str) -> tuple[Goal, ...]:
    return goals_from_list(json.loads(text))
