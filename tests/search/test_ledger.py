"""The goal ledger over the shipped corpus (real ingest, real e5 embedder) and a generated pair."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest import read_bytes, read_paths
from ingest.types import Report
from search.embed import E5Embedder, HashEmbedder
from search.errors import NotFound
from search.goals.build import Ledger, build_ledger, filter_goals
from search.goals.diff import wording_diff
from search.goals.link import LinkParams

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
VP_2020 = CORPUS / "vp-2020-familjestodsenheten-spanga-tensta.txt"


@pytest.fixture(scope="module")
def reports() -> tuple[Report, ...]:
    result = read_paths([CORPUS])
    assert not result.failures
    return result.reports


@pytest.fixture(scope="module")
def ledger(reports: tuple[Report, ...]) -> Ledger:
    return build_ledger(reports, E5Embedder())


def _goal(ledger: Ledger, report_prefix: str, text_start: str) -> str:
    found = [
        g.id
        for g in ledger.goals
        if g.report_id.startswith(report_prefix) and g.text.startswith(text_start)
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.slow
def test_same_unit_goal_linked_across_2016_and_2019(ledger: Ledger) -> None:
    old = _goal(ledger, "vb-2016", "Barn, ungdomar och deras familjer som på olika sätt")
    new = _goal(
        ledger, "vb-2019", "Barn, unga och deras familjer som kommer i kontakt med enheten lever"
    )
    assert ledger.thread_of[old] == ledger.thread_of[new]
    link = next(link for link in ledger.links_of(old) if new in (link.a, link.b))
    assert (link.a, link.b, link.kind) == (old, new, "same_goal")
    years = [g.year for g in ledger.versions(new)]
    assert years == sorted(years) and {2016, 2019} <= set(years)
    quality_2016 = _goal(ledger, "vb-2016", "Barn, ungdomar och deras familjer ska erbjudas")
    quality_2019 = _goal(
        ledger, "vb-2019", "Barn, ungdomar och deras familjer som är i behov av skydd"
    )
    assert ledger.thread_of[quality_2016] == ledger.thread_of[quality_2019]


@pytest.mark.slow
def test_no_link_between_goals_sharing_only_boilerplate(ledger: Ledger) -> None:
    trygg = _goal(
        ledger, "vp-2022-kungsholmen-sex-enheter-1", "Kungsholmens stadsdelsområde är tryggt"
    )
    self_support = _goal(ledger, "vb-2019", "Invånarna i stadsdelsområdet är självförsörjande")
    assert ledger.thread_of[trygg] != ledger.thread_of[self_support]
    safe_city = _goal(ledger, "vb-2019", "Stockholm är en trygg, säker och välskött stad")
    green_city = _goal(ledger, "vb-2019", "Stockholm är en hållbar stad med en god livsmiljö")
    assert ledger.thread_of[safe_city] != ledger.thread_of[green_city]
    # every link joins goals of one level, in different reports, with shared content words
    by_id = {g.id: g for g in ledger.goals}
    for link in ledger.links:
        a, b = by_id[link.a], by_id[link.b]
        assert a.level == b.level and a.report_id != b.report_id and link.overlap > 0


@pytest.mark.slow
def test_identical_council_goal_is_one_thread_across_units(ledger: Ledger) -> None:
    ids = [g.id for g in ledger.goals if g.number == "1.4" and g.level == "kf_mal"]
    assert len(ids) >= 8 and len({ledger.thread_of[i] for i in ids}) == 1


def generated_followup() -> Report:
    """The 2020 plan turned into that year's report: statuses added, one goal reworded."""
    text = VP_2020.read_text(encoding="utf-8")
    text = text.replace(
        "Barn och ungdomar får sina behov tillgodosedda",
        "Barn och unga får sina behov tillgodosedda i hög grad",
    )
    text = re.sub(r"(Enhetsmål:\n[^\n]+\n)", r"\1\nUppfylls delvis\n", text)
    overrides = {
        "unit": "Familjestödsenheten",
        "district": "Spånga-Tensta",
        "year": 2020,
        "doc_type": "VB",
    }
    (report,) = read_bytes(text.encode("utf-8"), "vb-2020-familjestod-genererad.txt", overrides)
    return report


def test_plan_linked_to_followup_of_the_same_year() -> None:
    """The corpus has no VP and VB of one unit and year, so the pair is generated."""
    (plan,) = read_paths([VP_2020]).reports
    followup = generated_followup()
    ledger = build_ledger([plan, followup], HashEmbedder(256), LinkParams(cosine_floor=0.0))
    assert ledger.plan_pairs == ((plan.id, followup.id),)
    unit_goals = [g for g in ledger.goals if g.level == "enhetsmal"]
    assert len(unit_goals) == 12
    links = [link for link in ledger.links if link.a.startswith(plan.id)]
    assert links and all(link.kind == "plan_followup" for link in links)
    planned = _goal(ledger, plan.id, "Barn och ungdomar får sina behov")
    (version,) = [g for g in ledger.versions(planned) if g.report_id == followup.id]
    assert version.text == "Barn och unga får sina behov tillgodosedda i hög grad"
    assert version.status == "delvis" and ledger.get(planned).status is None
    changes = [
        (p.op, p.text)
        for p in wording_diff(ledger.get(planned).text, version.text)
        if p.op != "equal"
    ]
    assert changes == [("delete", "ungdomar"), ("insert", "unga"), ("insert", "i hög grad")]


def test_filters_and_lookup(reports: tuple[Report, ...]) -> None:
    ledger = build_ledger(reports, HashEmbedder(64))
    partly = filter_goals(ledger, status="delvis")
    assert partly and all(g.status == "delvis" and g.year == 2019 for g in partly)
    assert len(filter_goals(ledger, year=2016, level="enhetsmal")) == 14
    hits = filter_goals(ledger, q="delaktighet barn")
    assert hits and "delakt" in hits[0].text.lower()
    with pytest.raises(NotFound, match="nope"):
        ledger.get("nope")


@pytest.mark.slow
def test_links_against_hand_judged_pairs(ledger: Ledger) -> None:
    import json

    from bench.goal_links import SAMPLE, score_links

    scores = score_links(ledger, json.loads(SAMPLE.read_text(encoding="utf-8")))
    assert scores.links >= 5 and scores.precision == 1.0 and scores.recall >= 0.75


def test_pick_thread_by_topic_stems(reports: tuple[Report, ...]) -> None:
    """Without similarities, the thread sharing most topic stems wins; unknown topics give none."""
    from search.goals.threads import pick_thread, topic_stems

    ledger = build_ledger(reports, HashEmbedder(64))
    topic = topic_stems("Hur följdes målet om barns delaktighet upp 2016 och 2019?")
    assert "2016" not in topic and "följd" not in topic
    versions = pick_thread(ledger, topic, {2016, 2019})
    assert versions and all("delaktig" in g.text.lower() for g in versions)
    assert versions == sorted(versions, key=lambda g: (g.year or 0, g.span.line_start))
    assert pick_thread(ledger, topic_stems("Hur gick målet om rymdresor?"), set()) == []
