"""Metadata inference figures: `python -m bench.metadata` prints title, year, type and unit scores.

Two sets, both read without any curator manifest: the generated generic demo (agency reports, a
government assignment, a referral response, an undated survey, PDFs, another city's plan; see
tests/ingest/generic_docs.py) and the ten demo corpus reports, whose truth is what the curated
run (with corpus/reports.toml) says. Figures:

- title right: the inferred title equals the document's own title;
- year right or unknown: the year is right, or it is None (honestly unknown, as the issue's
  target counts it); only a wrong year counts against it. "missed" counts the unknown years of
  documents that do state one;
- type right: VB / VP / rapport as expected;
- invented units: a unit given although the document names none, or a different one.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ingest import ReportMeta, read_paths
from tests.ingest.generic_docs import DOCS, write_all

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@dataclass(frozen=True, slots=True)
class Case:
    """One document: what was inferred and what is true."""

    name: str
    got: ReportMeta
    title: str
    year: int | None
    doc_type: str
    unit: str


@dataclass(frozen=True, slots=True)
class Figures:
    documents: int
    title_right: int
    year_right_or_unknown: int
    year_unknown: int
    year_missed: int  # unknown although the document states a year
    type_right: int
    invented_units: int


def score(cases: Sequence[Case]) -> Figures:
    """The counts behind the figures."""
    return Figures(
        documents=len(cases),
        title_right=sum(c.got.title == c.title for c in cases),
        year_right_or_unknown=sum(c.got.year == c.year or c.got.year is None for c in cases),
        year_unknown=sum(c.got.year is None for c in cases),
        year_missed=sum(c.got.year is None and c.year is not None for c in cases),
        type_right=sum(c.got.doc_type == c.doc_type for c in cases),
        invented_units=sum(c.got.unit not in ("unknown", c.unit) for c in cases),
    )


def generic_cases(folder: Path) -> list[Case]:
    """The generated generic demo, read from `folder`."""
    write_all(folder)
    by_id = {r.id: r.meta for r in read_paths([folder], use_manifest=False).reports}
    cases = []
    for doc in DOCS:
        want = doc.expected
        got = by_id[doc.name.rsplit(".", 1)[0]]
        cases.append(Case(doc.name, got, want.title, want.year, want.doc_type, want.unit))
    return cases


def corpus_cases() -> list[Case]:
    """The demo corpus without its manifest against the curated reading."""
    curated = {r.id: r.meta for r in read_paths([CORPUS]).reports}
    bare = read_paths([CORPUS], use_manifest=False).reports
    return [
        Case(r.id, r.meta, m.title, m.year, m.doc_type, m.unit)
        for r in bare
        for m in [curated[r.id]]
    ]


def _line(name: str, f: Figures) -> str:
    def pct(n: int) -> str:
        return f"{100 * n / max(1, f.documents):.0f} %"

    return (
        f"{name:<28} {f.documents:>4}  title right {pct(f.title_right):>6}  "
        f"year right or unknown {pct(f.year_right_or_unknown):>6} "
        f"({f.year_unknown} unknown, {f.year_missed} missed)  "
        f"type right {pct(f.type_right):>6}  invented units {f.invented_units}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        generic = generic_cases(Path(tmp))
    corpus = corpus_cases()
    for name, cases in (("generic demo (generated)", generic), ("corpus without manifest", corpus)):
        print(_line(name, score(cases)))
    print(_line("both", score([*generic, *corpus])))
    for case in [*generic, *corpus]:
        wrong = [
            f"{field}: {got!r} (want {want!r})"
            for field, got, want in (
                ("title", case.got.title, case.title),
                ("year", case.got.year, case.year),
                ("type", case.got.doc_type, case.doc_type),
                ("unit", case.got.unit, case.unit),
            )
            if got != want and not (field == "unit" and got == "unknown")
        ]
        if wrong:
            print(f"  {case.name}: " + "; ".join(wrong))


if __name__ == "__main__":
    main()
