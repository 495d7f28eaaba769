"""The curator manifest reports.toml overrides inferred metadata, per file and per bundle part."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest import ManifestError, read_bytes, read_paths

TEXT = "Inledning\nEnheten arbetar med barn och unga i stadsdelen under 2021.\n"


def test_manifest_overrides_fields_with_full_confidence(tmp_path: Path) -> None:
    (tmp_path / "okand.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "reports.toml").write_text(
        '["okand.txt"]\nunit = "Fältenheten"\ndistrict = "Farsta"\nyear = 2021\ndoc_type = "VB"\n',
        encoding="utf-8",
    )
    (report,) = read_paths([tmp_path]).reports
    meta = report.meta
    assert (meta.unit, meta.district, meta.year, meta.doc_type) == (
        "Fältenheten",
        "Farsta",
        2021,
        "VB",
    )
    assert meta.title == "Verksamhetsberättelse 2021 för Fältenheten"  # recomposed
    assert all(meta.confidence[k] == 1.0 for k in ("unit", "district", "year", "doc_type", "title"))


def test_manifest_beside_a_single_file(tmp_path: Path) -> None:
    path = tmp_path / "okand.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "reports.toml").write_text('["okand.txt"]\ndistrict = "Bromma"\n', encoding="utf-8")
    (report,) = read_paths([path]).reports
    assert report.meta.district == "Bromma"


def test_bundle_part_override(tmp_path: Path, corpus_dir: Path) -> None:
    name = "vp-2022-kungsholmen-sex-enheter.txt"
    shutil.copy(corpus_dir / name, tmp_path / name)
    (tmp_path / "reports.toml").write_text(
        f'["{name}"]\ndistrict = "Norrmalm"\n\n["{name}".parts.2]\nunit = "Familjeenheten City"\n',
        encoding="utf-8",
    )
    reports = read_paths([tmp_path]).reports
    assert len(reports) == 6
    assert [r.meta.district for r in reports] == ["Norrmalm"] * 6
    assert reports[1].meta.unit == "Familjeenheten City"
    assert reports[1].meta.title == "Verksamhetsplan 2022 för Familjeenheten"  # stated, kept
    assert reports[2].meta.unit == "Biståndsbedömning, funktionsnedsättning"


def test_bad_manifest_is_a_failure_but_files_still_ingest(tmp_path: Path) -> None:
    (tmp_path / "okand.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "reports.toml").write_text('["okand.txt"]\nenhet = "X"\n', encoding="utf-8")
    result = read_paths([tmp_path])
    assert len(result.reports) == 1
    (failure,) = result.failures
    assert failure.path.endswith("reports.toml") and "unknown field 'enhet'" in failure.reason


def test_wrong_type_in_overrides_names_the_field() -> None:
    with pytest.raises(ManifestError, match="field 'year' must be int"):
        read_bytes(TEXT.encode(), "a.txt", {"year": "2021"})
    with pytest.raises(ManifestError, match="doc_type"):
        read_bytes(TEXT.encode(), "a.txt", {"doc_type": "XX"})


def test_overrides_for_uploads() -> None:
    (report,) = read_bytes(TEXT.encode(), "a.txt", {"unit": "Vuxenenheten", "year": 2021})
    assert (report.meta.unit, report.meta.year, report.meta.confidence["unit"]) == (
        "Vuxenenheten",
        2021,
        1.0,
    )
