"""Goal records extracted from the shipped corpus: levels, numbers, status, indicators, spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.goals import extract_goals
from ingest.types import Goal, Page, Report, ReportMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
BOU_2019 = "vb-2019-barn-och-ungdomsenheten-hagersten-liljeholmen.txt"


def _raw_report(name: str, doc_type: str = "VB", year: int = 2019) -> Report:
    """The file as one page, exactly as a reader hands a text file over (no sections needed)."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    meta = ReportMeta(unit="u", district="d", year=year, doc_type=doc_type, title=name)  # type: ignore[arg-type]
    return Report(
        id=name[:-4], source=name, meta=meta, pages=(Page(1, text),), sections=(), chunks=()
    )


@pytest.fixture(scope="module")
def bou2019() -> tuple[Goal, ...]:
    return extract_goals(_raw_report(BOU_2019))


def _find(goals: tuple[Goal, ...], start: str) -> Goal:
    found = [g for g in goals if g.text.startswith(start)]
    assert len(found) == 1, [g.text for g in goals]
    return found[0]


def test_enhetsmal_with_status_activities_and_parents(bou2019: tuple[Goal, ...]) -> None:
    goal = _find(bou2019, "Barn, unga och deras familjer som kommer i kontakt med enheten får en")
    assert goal.level == "enhetsmal" and goal.status == "delvis"
    assert goal.status_span is not None and goal.status_span.line_start == 275
    names = [a.name for a in goal.activities]
    assert names[0].startswith("Brukarintervjuer med barn och unga enligt Västernorrlandsmodellen")
    first = goal.activities[0]
    assert (first.start, first.end) == ("2019-02-01", "2019-12-31")
    assert first.analysis is not None and first.analysis.text.startswith(
        "Tre stycken barnintervjuer"
    )
    assert goal.expected_result is not None
    assert goal.expected_result.text.startswith(
        "Barn, unga och deras familjer som kommer i kontakt"
    )
    by_id = {g.id: g for g in bou2019}
    parent = by_id[goal.parent_id or ""]
    assert parent.level == "namndmal" and parent.text.startswith(
        "Invånarna i stadsdelsområdet lever"
    )
    kf = by_id[parent.parent_id or ""]
    assert (kf.level, kf.number) == ("kf_mal", "1.4")
    assert by_id[kf.parent_id or ""].number == "1"


def test_tab_indicator_values_by_column(bou2019: tuple[Goal, ...]) -> None:
    kf14 = next(g for g in bou2019 if g.number == "1.4")
    row = next(i for i in kf14.indicators if i.name.startswith("Andel barn och ungdomar som varit"))
    assert (row.outcome, row.outcome_men, row.outcome_women) == ("84,7 %", "83,1 %", "86,2 %")
    assert (row.previous, row.forecast, row.target, row.kf_target) == (
        "87,1 %",
        "84 %",
        "84 %",
        "84 %",
    )
    assert row.period == "VB 2019"
    assert row.analysis is not None and row.analysis.text.startswith("Indikatorn visar att vi")
    feriejobb = next(g for g in bou2019 if g.number == "1.1").indicators[0]
    assert (feriejobb.outcome, feriejobb.target, feriejobb.kf_target) == (
        "368",
        "360 st",
        "9 000 st",
    )


def test_goal_spans_point_at_the_goal_text(bou2019: tuple[Goal, ...]) -> None:
    lines = (CORPUS / BOU_2019).read_text(encoding="utf-8").split("\n")
    for goal in bou2019:
        first_words = " ".join(goal.text.split()[:3])
        source = " ".join(lines[goal.span.line_start - 1 : goal.span.line_end])
        assert first_words in " ".join(source.split()), (goal.id, first_words)
        assert goal.block_span.line_start <= goal.span.line_start <= goal.block_span.line_end


def test_markdown_export_2017_statuses_and_bold_markers() -> None:
    goals = extract_goals(_raw_report("vb-2017-familjeenheten.txt", year=2017))
    units = [g for g in goals if g.level == "enhetsmal"]
    assert len(units) == 17 and all(g.status == "helt" for g in units)
    assert any(g.text.startswith("Individer som utsätts för våld i nära relation") for g in units)
    kf42 = next(g for g in goals if g.number == "4.2")
    sick = next(i for i in kf42.indicators if i.name == "Sjukfrånvaro")
    assert (sick.outcome, sick.outcome_men, sick.outcome_women) == ("3,4 %", "0 %", "3,7 %")
    assert (sick.previous, sick.target, sick.period) == ("6 %", "6 %", "VB 2017")
    assert not any(i.name.startswith("---") for i in kf42.indicators)


def test_pdf_text_2016_wrapped_tables() -> None:
    goals = extract_goals(_raw_report("vb-2016-barn-och-ungdomsenheten.txt", year=2016))
    assert len(goals) == 42
    kf12 = next(g for g in goals if g.number == "1.2")
    row = kf12.indicators[0]
    assert row.name.startswith("Andel barn och ungdomar som varit aktuella för insatser")
    assert (row.outcome, row.outcome_men, row.outcome_women) == ("92,9 %", "91,7 %", "94,6 %")
    assert (row.previous, row.target, row.period) == ("79,7 %", "84 %", "VB 2016")
    act = kf12.activities[0]
    assert act.name.startswith("Stadsdelsnämnderna ska i samarbete med socialnämnden kartlägga")
    assert act.name.endswith("målgruppen") and (act.start, act.end) == ("2016-01-01", "2016-12-31")
    sick = next(g for g in goals if g.number == "4.2").indicators[0]
    assert (sick.name, sick.outcome, sick.kf_target) == (
        "Sjukfrånvaro",
        "4,3 %",
        "tas fram av nämnden",
    )


def test_plan_2022_numbers_no_status_and_toc_skipped() -> None:
    goals = extract_goals(_raw_report("vp-2022-kungsholmen-sex-enheter.txt", "VP", 2022))
    assert all(g.status is None for g in goals)
    assert all(g.span.line_start > 36 for g in goals)  # the table of contents makes no goals
    trygg = next(g for g in goals if g.number == "1.2.1")
    assert (
        trygg.level == "namndmal"
        and trygg.text == "Kungsholmens stadsdelsområde är tryggt och säkert"
    )
    kf14 = next(g for g in goals if g.number == "1.4")
    happy = next(i for i in kf14.indicators if i.name.startswith("Andel brukare som är nöjd"))
    assert (happy.target, happy.kf_target, happy.period) == ("93 %", "80 %", "År")
    unit_goal = next(g for g in goals if g.text.startswith("Enhetens brukare får stöd i händelse"))
    assert unit_goal.method is not None and unit_goal.followup is not None
    assert [a.start for a in unit_goal.activities] == ["2022-01-14"]
    placed = next(g for g in goals if g.text.startswith("Familjehemsplacerade barn har god"))
    assert placed.resources is not None  # the plan's Resursanvändning, not part of Arbetssätt
    assert placed.resources.text == "Barn- resp familjehemssekreterare på enheten."
    assert placed.method is not None and "resp familjehemssekreterare" not in placed.method.text
    assert sum(1 for g in goals if g.resources is not None) >= 30


def test_a_placeholder_field_is_no_field() -> None:
    """Vuxenenheten's plan leaves "Resursanvändning" as a lone "." under its goal on
    beroendeproblematik: the goal has no resources (an answer would quote "."), and its other
    fields stay."""
    goals = extract_goals(_raw_report("vp-2022-kungsholmen-sex-enheter.txt", "VP", 2022))
    goal = next(g for g in goals if g.text.startswith("Den vuxne med beroendeproblematik"))
    assert goal.resources is None
    assert goal.method is not None and "Motivational Interviewing" in goal.method.text
    assert goal.followup is not None and goal.followup.text.startswith("Förändringarna följs")
    fields = ("description", "expected_result", "analysis", "method", "followup", "resources")
    texts = [getattr(g, f).text for g in goals for f in fields if getattr(g, f) is not None]
    assert texts and all(any(ch.isalnum() for ch in t) for t in texts)


def test_plan_2020_space_aligned_indicators() -> None:
    goals = extract_goals(_raw_report("vp-2020-familjestodsenheten-spanga-tensta.txt", "VP", 2020))
    kf32 = next(g for g in goals if g.number == "3.2")
    rows = {i.name: i for i in kf32.indicators}
    assert (rows["Aktivt Medskapandeindex"].target, rows["Aktivt Medskapandeindex"].period) == (
        "82",
        "År",
    )
    assert rows["Sjukfrånvaro"].kf_target == "Tas fram av nämnd/styrelse"
    kf14 = next(g for g in goals if g.number == "1.4")
    assert kf14.indicators[0].name.endswith("kärnämnena i grundskolan")
    assert (kf14.indicators[0].target, kf14.indicators[0].period) == ("75 %", "Tertial")


def _key(goal: Goal) -> tuple[str, str | None, str, str | None]:
    return (goal.level, goal.number, goal.text[:40], goal.status)


def test_ingest_extracts_the_goals_once_with_each_report() -> None:
    """Reports from read_paths carry their goals (bundle parts only their own part's), the same
    records a parse of the report's pages gives."""
    from ingest import read_paths

    reports = read_paths([CORPUS]).reports
    counts = {}
    for report in reports:
        assert report.goals == extract_goals(report), report.id
        counts[report.id] = len(report.goals)
        lo = min(s.span.line_start for s in report.sections)
        hi = max(s.span.line_end for s in report.sections)
        assert all(lo <= g.span.line_start <= hi for g in report.goals)
        assert all(g.id.startswith(f"{report.id}:g") for g in report.goals)
    assert counts["vp-2022-kungsholmen-sex-enheter-2"] == 24  # part 2 only, not the whole file
    assert sum(counts.values()) == 278


@pytest.mark.parametrize("held_out", [False, True])
def test_hand_checked_sample_precision_recall(held_out: bool) -> None:
    from bench.goals import evaluate

    scores = evaluate(held_out=held_out)
    assert scores.gold >= 75 and scores.precision >= 0.97 and scores.recall >= 0.97
    assert scores.status_right == scores.status_total
    if not held_out:
        assert scores.indicator_fields_right >= 0.95 * scores.indicator_fields_total


def test_section_classification_and_goal_extraction_read_markers_alike() -> None:
    """Every goal's marker line and fulfilment line, cleaned as for sections, classifies as a
    marker of the goal's level and as the goal's status (one grammar for both readers)."""
    from ingest import read_paths
    from ingest.classify import classify
    from ingest.lines import clean_line

    checked = 0
    for report in read_paths([CORPUS]).reports:
        lines = "\n".join(p.text for p in report.pages).split("\n")
        for goal in report.goals:
            marker = classify(clean_line(lines[goal.block_span.line_start - 1])[0])
            assert (marker.kind, marker.level) == ("marker", goal.level), goal.id
            if goal.status_span is not None and goal.status is not None:
                status = classify(clean_line(lines[goal.status_span.line_start - 1])[0])
                assert (status.kind, status.status) == ("status", goal.status), goal.id
                checked += 1
    assert checked >= 30


def test_a_status_sentence_opening_an_analysis_sets_the_status_and_stays_text() -> None:
    from ingest import read_bytes

    text = "\n\n".join(
        [
            "Verksamhetsberättelse 2020 Vuxenenheten Uppsala kommun",
            "Inledning",
            "Vuxenenheten ger stöd till vuxna med missbruk och beroende i hela kommunen.",
            "Nämndmål: Uppsalabor får stöd i tid",
            "Enhetsmål: Väntetiden till första samtal är högst två veckor",
            "Förväntat resultat",
            "Alla klienter erbjuds ett första samtal inom två veckor.",
            "Analys",
            "Målet uppfylls delvis. Väntetiden var i genomsnitt 17 dagar under 2020.",
        ]
    ).encode()
    (report,) = read_bytes(text, "uppsala.txt")
    unit_goal = next(g for g in report.goals if g.level == "enhetsmal")
    assert unit_goal.status == "delvis"
    assert any("17 dagar" in c.text for c in report.chunks)  # the sentence after it is kept


def test_other_phrasings_of_fulfilment_and_the_board_goal_marker() -> None:
    """Reports written outside the city's template state fulfilment in sentences of their own
    ("Målet bedöms som delvis uppfyllt", "Enhetsmålet har uppnåtts", a bare "Uppfyllt") and
    spell the board's goal "Nämndsmål"; each goal gets its status, met without a degree = helt."""
    from ingest import read_bytes

    goals = [
        ("Väntetiden till första samtal är kort", "Målet bedöms som delvis uppfyllt."),
        ("Alla klienter har en genomförandeplan", "Enhetsmålet har uppnåtts."),
        ("Medarbetarna upplever god arbetsmiljö", "Uppfyllt"),
        ("Enheten källsorterar allt avfall", "Målet är inte uppfyllt. Sorteringen började i maj."),
    ]
    parts = ["Verksamhetsberättelse 2021 Vuxenenheten Västerås stad", "Nämndsmål: Stöd i tid"]
    for goal, status in goals:
        parts += [f"Enhetsmål: {goal}", "Analys", status, "Resultatet följs upp varje tertial."]
    (report,) = read_bytes("\n\n".join(parts).encode(), "vasteras.txt")
    found = {g.text: g.status for g in report.goals}
    assert found["Stöd i tid"] is None
    assert [found[goal] for goal, _ in goals] == ["delvis", "helt", "helt", "ej"]
    board = next(g for g in report.goals if g.text == "Stöd i tid")
    assert board.level == "namndmal"
