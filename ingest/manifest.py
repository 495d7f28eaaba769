"""The curator manifest `reports.toml`: per-file (and per bundle part) metadata overrides.

    ["vb-2017-familjeenheten.txt"]
    district = "Östermalm"

    ["vp-2022-kungsholmen-sex-enheter.txt".parts.2]   # part 2 of a bundle (1-based)
    unit = "Familjeenheten"

A field set here replaces the inferred value and gets confidence 1.0. A title composed from
inferred parts (or the file name standing in for a missing title) is composed again from the
curated parts; a title the document states is kept.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ingest.errors import ManifestError
from ingest.meta import compose_title
from ingest.types import ReportMeta

MANIFEST_NAME = "reports.toml"
FIELDS: dict[str, type] = {
    "unit": str,
    "district": str,
    "year": int,
    "doc_type": str,
    "title": str,
    "date": str,
    "diarienummer": str,
}
_DOC_TYPES = ("VB", "VP", "rapport", "unknown")


def load_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """Entries keyed by file name (relative to the manifest's folder), validated."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError(str(path), f"cannot read the manifest ({exc})") from exc
    entries: dict[str, dict[str, Any]] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise ManifestError(str(path), f"[{name!r}] must be a table of fields")
        validate_entry(entry, f"{path} [{name!r}]")
        entries[name] = entry
    return entries


def validate_entry(entry: Mapping[str, Any], where: str) -> None:
    """Raise ManifestError naming `where` and the field for unknown fields or wrong types."""
    for key, value in entry.items():
        if key == "parts":
            if not isinstance(value, dict):
                raise ManifestError(where, "'parts' must be a table keyed by part number")
            for part, fields in value.items():
                if not str(part).isdigit() or not isinstance(fields, dict):
                    raise ManifestError(where, f"parts.{part} must be a table under a number")
                validate_entry(fields, f"{where} parts.{part}")
            continue
        expected = FIELDS.get(key)
        if expected is None:
            raise ManifestError(where, f"unknown field {key!r} (allowed: {', '.join(FIELDS)})")
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ManifestError(where, f"field {key!r} must be {expected.__name__}, got {value!r}")
        if key == "doc_type" and value not in _DOC_TYPES:
            raise ManifestError(where, f"field 'doc_type' must be one of {_DOC_TYPES}")


def apply_overrides(
    meta: ReportMeta, overrides: Mapping[str, Any] | None, part: int | None = None
) -> ReportMeta:
    """Meta with file-level then part-level fields replaced (confidence 1.0 for each)."""
    if not overrides:
        return meta
    fields = {k: v for k, v in overrides.items() if k in FIELDS}
    parts = overrides.get("parts") or {}
    if part is not None:
        fields.update({k: v for k, v in (parts.get(str(part)) or {}).items() if k in FIELDS})
    if not fields:
        return meta
    confidence = dict(meta.confidence)
    confidence.update({k: 1.0 for k in fields})
    updated = dataclasses.replace(meta, **fields, confidence=confidence)
    title_conf = meta.confidence.get("title", 0.0)
    composed = title_conf < 1.0 and meta.title == compose_title(meta.doc_type, meta.year, meta.unit)
    if "title" not in fields and (composed or title_conf == 0.0):
        title = compose_title(updated.doc_type, updated.year, updated.unit)
        if title:  # the parts now known make a better title than a composed or file name one
            confidence["title"] = min(confidence.get(k, 0.0) for k in ("doc_type", "year", "unit"))
            updated = dataclasses.replace(updated, title=title, confidence=confidence)
    return updated
