"""Plain JSON to and from our frozen dataclasses, for the sandbox boundary (no pickle).

The child encodes with `dataclasses.asdict`; the parent rebuilds the objects from the type hints
of `ingest.types`, so a field added there (with a default) travels without changes here.
"""

from __future__ import annotations

import dataclasses
import types
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from ingest.types import Report

__all__ = ["decode", "decode_reports", "encode_reports"]


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
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _decode_dataclass(tp, value)
    origin = get_origin(tp)
    args = get_args(tp)
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


def _decode_dataclass(tp: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"expected an object for {tp.__name__}, got {type(value).__name__}")
    hints = get_type_hints(tp)
    kwargs = {
        field.name: decode(hints[field.name], value[field.name])
        for field in dataclasses.fields(tp)
        if field.name in value
    }
    return tp(**kwargs)
