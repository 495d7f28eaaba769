"""Ingest on the shipped corpus: every report found, metadata, section trees, exact chunk spans."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from ingest import IngestResult, Report, Section, read_file, read_paths
from tests.ingest.spans import assert_spans_exact

IDS = [
    "vb-2016-barn-och-ungdomsenheten",
    "vb-2017-familjeenheten",
    "vb-2019-barn-och-ungdomsenheten-hagersten-liljeholmen",
    "vp-2020-familjestodsenheten-spanga-tensta",
    *[f"vp-2022-kungsholmen-sex-enheter-{n}" for n in range(1, 7)],
]
BUNDLE_UNITS = [
    "Enheten för sysselsättning",
    "Familjeenheten",
    "Biståndsbedömning, funktionsnedsättning",
    "Enheten för prevention och familjebehandling",
    "Enheten för stöd och service i hemmet",
    "Vuxenenheten",
]


@pytest.fixture(scope="module")
def result(corpus_dir: Path) -> IngestResult:
    return read_paths([corpus_dir])


@pytest.fixture(scope="module")
def reports(result: IngestResult) -> dict[str, Report]:
    return {r.id: r for r in result.reports}


def _goal(report: Report, kind: str, heading_start: str) -> Section:
    found = [s for s in report.sections if s.kind == kind and s.heading.startswith(heading_start)]
    assert len(found) == 1, (kind, heading_start, [s.heading for s in found])
    return found[0]


def _children(report: Report, parent: Section) -> list[Section]:
    return [s for s in report.sections if s.parent_id == parent.id]


def test_every_report_found_and_the_bundle_split_in_six(result: IngestResult) -> None:
    assert result.failures == ()
    assert [r.id for r in result.reports] == IDS
    for report in result.reports:
        assert re.fullmatch(r"[a-z0-9-]+", report.id)
        assert report.sections and report.chunks


def test_bundle_parts_are_the_six_units(reports: dict[str, Report]) -> None:
    parts = [reports[f"vp-2022-kungsholmen-sex-enheter-{n}"] for n in range(1, 7)]
    assert [p.meta.unit for p in parts] == BUNDLE_UNITS
    assert all(
        p.meta.title == f"Verksamhetsplan 2022 för {u}"
        for p, u in zip(parts, BUNDLE_UNITS, strict=True)
    )
    # parts do not overlap and follow each other in the file
    spans = [(p.sections[0].span.line_start, p.sections[-1].span.line_end) for p in parts]
    assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))
    assert len({p.digest for p in parts}) == 6


@pytest.mark.parametrize(
    ("name", "unit", "district", "year", "doc_type", "stated"),
    [
        ("vb-2016-barn-och-ungdomsenheten", "Barn- och ungdomsenheten", "Hägersten-Liljeholmen",
         2016, "VB", False),
        ("vb-2017-familjeenheten", "Familjeenheten", "Östermalm", 2017, "VB", True),
        ("vb-2019-barn-och-ungdomsenheten-hagersten-liljeholmen", "Barn- och ungdomsenheten",
         "Hägersten-Liljeholmen", 2019, "VB", True),
        ("vp-2020-familjestodsenheten-spanga-tensta", "Familjestödsenheten", "Spånga-Tensta",
         2020, "VP", False),
    ],
)  # fmt: skip
def test_inferred_metadata_without_the_manifest(
    corpus_dir: Path, name: str, unit: str, district: str, year: int, doc_type: str, stated: bool
) -> None:
    (report,) = read_file(corpus_dir / f"{name}.txt")  # read_file applies no manifest
    meta = report.meta
    assert (meta.unit, meta.district, meta.year, meta.doc_type) == (unit, district, year, doc_type)
    title_conf = meta.confidence["title"]
    if stated:  # a title page states unit, year and type
        assert meta.confidence["unit"] == meta.confidence["year"] == title_conf == 1.0
    else:  # no title page: a best inference with a lower confidence
        assert 0.4 <= meta.confidence["unit"] < 1.0 and 0.4 <= meta.confidence["year"] < 1.0
        assert title_conf < 1.0
    assert 0.4 <= meta.confidence["district"] < 1.0


def test_title_page_date_and_diarienummer(reports: dict[str, Report]) -> None:
    meta = reports["vb-2017-familjeenheten"].meta
    assert meta.title == "Verksamhetsberättelse VB 2017 för Familjeenheten"
    assert (meta.date, meta.diarienummer) == ("2018-02-20", "2017-847-1.2.1")
    assert reports["vp-2020-familjestodsenheten-spanga-tensta"].meta.date is None


def test_manifest_in_the_corpus_folder_is_applied(reports: dict[str, Report]) -> None:
    meta = reports["vb-2016-barn-och-ungdomsenheten"].meta
    assert meta.confidence["unit"] == meta.confidence["district"] == 1.0
    assert meta.title == "Verksamhetsberättelse 2016 för Barn- och ungdomsenheten"
    assert reports["vb-2017-familjeenheten"].meta.confidence["district"] == 1.0
    assert all(
        reports[f"vp-2022-kungsholmen-sex-enheter-{n}"].meta.district == "Kungsholmen"
        for n in range(1, 7)
    )


def test_vb_2019_goal_with_partial_fulfilment(reports: dict[str, Report]) -> None:
    report = reports["vb-2019-barn-och-ungdomsenheten-hagersten-liljeholmen"]
    goal = _goal(
        report,
        "enhetsmal",
        "Barn, unga och deras familjer som kommer i kontakt med enheten får en rättssäker",
    )
    assert goal.status == "delvis"
    by_id = {s.id: s for s in report.sections}
    namnd = by_id[goal.parent_id or ""]
    assert namnd.kind == "namndmal"
    assert (
        namnd.heading
        == "Invånarna i stadsdelsområdet lever ett självständigt liv utifrån sina förutsättningar"
    )
    kf = by_id[namnd.parent_id or ""]
    assert (kf.kind, kf.number) == ("kf_mal", "1.4")
    assert by_id[kf.parent_id or ""].kind == "kf_inriktningsmal"
    kids = {s.kind: s for s in _children(report, goal)}
    assert {"forvantat_resultat", "analys", "aktiviteter"} <= set(kids)
    assert all(k.status == "delvis" for k in kids.values())  # inherited from the goal
    assert "har målet uppfyllt delvis" in kids["analys"].text
    assert goal.path[-1] == goal.heading and goal.path[-2] == namnd.heading
    statuses = [s.status for s in report.sections if s.kind == "enhetsmal"]
    assert statuses == ["delvis", "helt", "delvis", "helt", "delvis", "helt"]  # as in the file


def test_vb_2017_goals_and_numbers(reports: dict[str, Report]) -> None:
    report = reports["vb-2017-familjeenheten"]
    goal = _goal(report, "enhetsmal", "Familjeenhetens resor är miljömässigt hållbara")
    assert goal.status == "helt"
    chain = []
    by_id = {s.id: s for s in report.sections}
    node: Section | None = goal
    while node is not None:
        chain.append((node.kind, node.number))
        node = by_id.get(node.parent_id or "")
    assert chain[1:] == [
        ("namndmal", None),
        ("kf_mal", "2.2"),
        ("kf_inriktningsmal", "2"),
        ("heading", None),  # "Uppföljning av Kommunfullmäktiges inriktningsmål"
    ]
    kf_numbers = [s.number for s in report.sections if s.kind == "kf_mal"]
    assert kf_numbers == ["1.2", "2.1", "2.2", "2.5", "2.6", "3.5", "4.1", "4.2", "4.3", "4.4",
                          "4.5", "4.6", "4.7", "4.8"]  # fmt: skip


def test_plan_goals_have_numbers_and_no_status(reports: dict[str, Report]) -> None:
    report = reports["vp-2022-kungsholmen-sex-enheter-2"]
    goal = _goal(report, "namndmal", "1.4.1 Förebyggande och tidiga insatser")
    assert goal.number == "1.4.1" and goal.status is None
    assert {s.kind for s in _children(report, goal)} >= {"forvantat_resultat", "enhetsmal"}
    assert all(s.status is None for s in report.sections)


def test_vb_2016_wrapped_goal_title_is_joined(reports: dict[str, Report]) -> None:
    report = reports["vb-2016-barn-och-ungdomsenheten"]
    goal = _goal(report, "enhetsmal", "Barn, ungdomar och deras familjer ska erbjudas insatser")
    assert goal.heading.endswith("motverkar riskfaktorer och främjar skyddande faktorer.")
    assert goal.status == "helt"
    namnd = _goal(report, "namndmal", "Boende i Hägersten-Liljeholmen känner sig trygga")
    assert {s.kind for s in _children(report, namnd)} == {"forvantat_resultat", "enhetsmal"}


@pytest.mark.parametrize("name", [n for n in IDS if not n.endswith(("-2", "-3", "-4", "-5", "-6"))])
def test_one_goal_section_per_goal_marker(
    corpus_dir: Path, reports: dict[str, Report], name: str
) -> None:
    """Every "Nämndmål:" / "Enhetsmål:" / "KF:s ...:" marker in the file opens exactly one goal."""
    source = Path(reports[name].source).read_text(encoding="utf-8")
    not_toc = r"^(?!.*(?:\t|\.{2,})\s*\d+\s*$)"
    markers = {
        "enhetsmal": not_toc + r"\W*Enhetsmål\W*:",
        "namndmal": not_toc + r"\W*Nämndmål\W*:",
        "kf_mal": not_toc + r"\W*KF:s mål för verksamhetsområdet:",
    }
    group = [r for r in reports.values() if r.source == reports[name].source]
    for kind, pattern in markers.items():
        expected = len(re.findall(pattern, source, flags=re.M))
        assert sum(s.kind == kind for r in group for s in r.sections) == expected, kind


def test_goals_of_a_plan_are_not_interrupted_by_top_level_headings(
    reports: dict[str, Report],
) -> None:
    """Per-goal fields listed in the TOC ("Resursanvändning") stay inside their goal."""
    for n in range(1, 7):
        sections = reports[f"vp-2022-kungsholmen-sex-enheter-{n}"].sections
        goals = [i for i, s in enumerate(sections) if s.kind in ("kf_mal", "enhetsmal")]
        inside = sections[goals[0] : goals[-1] + 1]
        assert all(s.depth > 0 or s.kind == "kf_inriktningsmal" for s in inside), n
        uses = [s for s in sections if s.heading == "Resursanvändning"]
        assert uses and all(s.depth > 0 for s in uses)


def test_toc_and_repeated_headings_make_no_sections(reports: dict[str, Report]) -> None:
    for report in reports.values():
        headings = [s.heading for s in report.sections]
        assert "Innehållsförteckning" not in headings
        assert headings.count("Sammanfattande analys") <= 1
        assert not any(re.search(r"\.{3,}\s*\d+$", h) for h in headings)
        for section in report.sections:  # no heading section repeats an open heading
            if section.kind in ("heading", "preamble"):
                assert section.path.count(section.heading) == 1


def test_every_chunk_span_contains_its_text_tightly(reports: dict[str, Report]) -> None:
    assert sum(assert_spans_exact(report) for report in reports.values()) > 900


def test_chunks_are_bounded_clean_and_consistent(reports: dict[str, Report]) -> None:
    for report in reports.values():
        sections = {s.id: s for s in report.sections}
        ids = [c.id for c in report.chunks]
        assert len(set(ids)) == len(ids)
        assert [c.ordinal for c in report.chunks] == list(range(len(report.chunks)))
        for chunk in report.chunks:
            section = sections[chunk.section_id]
            assert (chunk.section_path, chunk.kind, chunk.status) == (
                section.path,
                section.kind,
                section.status,
            )
            assert 0 < len(chunk.text) <= 1200
            assert not re.search(r"<\/?[a-z]+>|\*\*|^#+ |Sid \d+ \(\d+\)|\t", chunk.text, re.M)
            assert chunk.span.page_start is None  # text files have no pages
        assert [s.id for s in report.sections] == [
            f"{report.id}:s{n}" for n in range(1, len(report.sections) + 1)
        ]


def test_cleaning_on_the_markdown_export(reports: dict[str, Report]) -> None:
    report = reports["vb-2017-familjeenheten"]
    text = "\n".join(c.text for c in report.chunks)
    assert "funktion_sd10_familjeenheten@stockholm.se" in text  # markdown escapes undone
    assert "Vård och behandling Familjeenheten placerar" in text  # bold markers removed
    # a paragraph broken by a page break is joined again
    assert "Flera workshops har genomförts" in text
    assert "familjebehandlare från enheten. En socialsekreterare deltog tillsammans" in text


def test_ids_are_stable_across_runs(corpus_dir: Path, reports: dict[str, Report]) -> None:
    again = read_paths([corpus_dir])
    assert [c.id for r in again.reports for c in r.chunks] == [
        c.id for r in reports.values() for c in r.chunks
    ]


def test_an_activity_and_its_analysis_share_a_chunk(reports: dict[str, Report]) -> None:
    """In the 2019 report's activity table every activity row is followed up by an "Analys"
    paragraph: an analysis shares its chunk with the row it answers (read together, a question
    about what was done with an activity finds the passage that says so), also one too long
    for a chunk, whose first piece is cut to the room the row leaves."""
    report = reports["vb-2019-barn-och-ungdomsenheten-hagersten-liljeholmen"]
    pairs = [
        ("allvarssamtal med ungdomar", "Analys Enheten har under det första halvåret"),
        ("lokala operativa samverkansforum för", "Analys Vi har deltagit i stadsdelens planering"),
        ("inrätta och bidra till lokala operativa", "Analys Enheten har deltagit i två träffar"),
    ]
    for row, analysis in pairs:
        (chunk,) = [c for c in report.chunks if analysis in c.text]
        assert row in chunk.text, row
        assert chunk.text.index(row) < chunk.text.index(analysis)
    analyses = [c for c in report.chunks if re.search(r"^Analys\b", c.text)]
    assert len(analyses) <= 2  # an analysis opens a chunk only when no row is before it


def test_a_change_of_the_chunking_rules_changes_every_digest(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digest tells an index whether a stored report must be stored again: a report read
    under other chunking rules (ingest.chunking.CHUNK_FORMAT) must not look unchanged."""
    import ingest.pipeline

    (before,) = read_file(corpus_dir / "vb-2017-familjeenheten.txt")
    monkeypatch.setattr(ingest.pipeline, "CHUNK_FORMAT", "another")
    (after,) = read_file(corpus_dir / "vb-2017-familjeenheten.txt")
    assert before.digest != after.digest
    assert [c.id for c in before.chunks] == [c.id for c in after.chunks]
