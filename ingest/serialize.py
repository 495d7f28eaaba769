"""The one record codec: plain-dict (JSON-ready) forms of reports and their records and back.

Used by the CLI (`rapport ingest --json`), the store (search.codec wraps these in JSON strings)
and the upload sandbox: the child encodes with `dataclasses.asdict`, the parent rebuilds with
`decode_reports`, a checked decoder driven by the type hints of `ingest.types` (a wrong shape is
a ValueError), so a field added there (with a default) travels without changes here.
"""

from __future__ import annotations

import dataclasses
import functools
import types
from collections.abc import Mapping
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from ingest.types import Chunk, Goal, Page, Report, ReportMeta, Section, Span

__all__ = [
    "chunk_from_dict",
    "decode",
    "decode_reports",
    "encode_reports",
    "goals_from_list",
    "meta_from_dict",
    "report_from_dict",
    "report_to_dict",
    "section_from_dict",
]


def report_to_dict(report: Report, include_pages: bool = False) -> dict[str, Any]:
    """JSON-ready dict of a report; pages (the raw text) only when asked for."""
    data = dataclasses.asdict(report)
    if not include_pages:
        data["pages"] = []
    return data


def meta_from_dict(data: Mapping[str, Any]) -> ReportMeta:
    """Inverse of `dataclasses.asdict(meta)`."""
    return ReportMeta(**data)


def section_from_dict(data: Mapping[str, Any]) -> Section:
    """Inverse of `dataclasses.asdict(section)` (tuples restored, span rebuilt)."""
    return Section(**{**data, "path": tuple(data["path"]), "span": Span(**data["span"])})


def chunk_from_dict(data: Mapping[str, Any]) -> Chunk:
    """Inverse of `dataclasses.asdict(chunk)` (tuples restored, span rebuilt)."""
    return Chunk(
        **{**data, "section_path": tuple(data["section_path"]), "span": Span(**data["span"])}
    )


def goals_from_list(data: list[Any]) -> tuple[Goal, ...]:
    """Inverse of `[dataclasses.asdict(goal) ...]`; raises ValueError on a wrong shape."""
    return tuple(decode(Goal, item) for item in data)


def report_from_dict(data: Mapping[str, Any]) -> Report:
    """Inverse of `report_to_dict` (tuples restored, spans, pages and goals rebuilt)."""
    return Report(
        id=data["id"],
        source=data["source"],
        meta=meta_from_dict(data["meta"]),
        pages=tuple(Page(**p) for p in data.get("pages", ())),
        sections=tuple(section_from_dict(s) for s in data["sections"]),
        chunks=tuple(chunk_from_dict(c) for c in data["chunks"]),
        digest=data.get("digest", ""),
        goals=goals_from_list(data.get("goals", [])),
    )


def encode_reports(reports: list[Report]) -> list[dict[str, Any]]:
    """Reports as JSON-ready dicts."""
    return [dataclasses.asdict(report) for report in reports]


def decode_reports(raw: object) -> list[Report]:
    """Rebuild reports from `encode_reports` output; raises ValueError on a wrong shape."""
    if not isinstance(raw, list):
        raise ValueError("sandbox answer: 'reports' is not a list")
    return [decode(Report, item) for item in raw]


def decode(tp: Any, value: Any) -> Any:
    """Rebuild a value of type `tp` (dataclass, tuple, optional, dict, literal, scalar)."""
    origin, args = _shape(tp)
    if origin is dataclasses.dataclass:
        return _decode_dataclass(tp, value)
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(f"expected a list for {tp}, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], item) for item in value)
        return tuple(decode(arg, item) for arg, item in zip(args, value, strict=True))
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        inner = [arg for arg in args if arg is not type(None)]
        return decode(inner[0], value) if len(inner) == 1 else value
    if origin is dict:
        return dict(value)
    if origin is Literal and value not in args:
        raise ValueError(f"{value!r} is not one of {args}")
    return value


@functools.cache
def _shape(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    """(origin, args) of a type, worked out once per type (`dataclasses.dataclass` for records)."""
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return dataclasses.dataclass, ()
    return get_origin(tp), get_args(tp)


@functools.cache
def _fields(tp: type) -> tuple[tuple[str, Any], ...]:
    """(name, resolved type) of each field of a record type, resolved once per type."""
    hints = get_type_hints(tp)
    return tuple((field.name, hints[field.name]) for field in dataclasses.fields(tp))


def _decode_dataclass(tp: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"expected an object for {tp.__name__}, got {type(value).__name__}")
    kwargs = {name: decode(hint, value[name]) for name, hint in _fields(tp) if name in value}
    return tp(**kwargs)
