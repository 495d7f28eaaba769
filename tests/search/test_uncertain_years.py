"""A year filter never silently drops a report whose year is unknown or uncertain."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ingest.types import Report
from search import Filters, HashEmbedder, open_index
from search.filters import matches_meta, uncertain_fields, uncertain_reports, year_uncertain
from search.hits import hit_to_dict
from search.ranking import UNCERTAIN_WEIGHT
from tests.search.factory import make_report


def _with_year_confidence(report: Report, confidence: float) -> Report:
    meta = dataclasses.replace(report.meta, confidence={"year": confidence})
    return dataclasses.replace(report, meta=meta)


def test_unknown_and_low_confidence_years_pass_on_trust() -> None:
    dated = make_report("dated", ["text"], year=2019)
    undated = make_report("undated", ["text"], year=None)
    guessed = _with_year_confidence(make_report("guessed", ["text"], year=2016), 0.4)
    curated = _with_year_confidence(make_report("curated", ["text"], year=2016), 1.0)
    wanted = Filters(year_from=2019, year_to=2019)
    assert [year_uncertain(r.meta) for r in (dated, undated, guessed, curated)] == [
        False, True, True, False
    ]  # fmt: skip
    assert matches_meta(dated.meta, dated.id, wanted)
    assert matches_meta(undated.meta, undated.id, wanted)
    assert matches_meta(guessed.meta, guessed.id, wanted)  # 2016, but nobody is sure of it
    assert not matches_meta(curated.meta, curated.id, wanted)  # surely 2016
    assert uncertain_fields(undated.meta, wanted) == {"year"}
    assert uncertain_fields(dated.meta, wanted) == frozenset()
    assert uncertain_fields(undated.meta, Filters(units=("Familjeenheten",))) == frozenset()
    metas = {r.id: r.meta for r in (dated, undated, guessed, curated)}
    assert uncertain_reports(metas, wanted) == {"undated", "guessed"}
    assert uncertain_reports(metas, None) == frozenset()
    strict = dataclasses.replace(wanted, strict_years=True)
    assert not matches_meta(undated.meta, undated.id, strict)
    assert not matches_meta(guessed.meta, guessed.id, strict)
    assert uncertain_fields(undated.meta, strict) == frozenset()


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_search_keeps_the_undated_report_flagged_and_ranked_lower(
    tmp_path: Path, mode: str
) -> None:
    reports = [
        make_report("plan-2021", ["återhämtningsplan för Sverige med reformer och investeringar"],
                    year=2021),
        make_report("undated", ["återhämtningsplan med reformer och investeringar i Sverige"],
                    year=None),
        make_report("old", ["återhämtningsplan, reformer och investeringar för Sverige"],
                    year=2018),
    ]  # fmt: skip
    query = "återhämtningsplan reformer investeringar"
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(reports)
        same_rows = Filters(report_ids=("plan-2021", "undated"))  # the same rows, no year filter
        plain = {
            h.chunk.report_id: h for h in index.search(query, k=5, mode=mode, filters=same_rows)
        }
        hits = index.search(query, k=5, mode=mode, filters=Filters(year_from=2021, year_to=2021))
        by_id = {h.chunk.report_id: h for h in hits}
        assert set(by_id) == {"plan-2021", "undated"}  # 2018 surely excluded, undated kept
        assert by_id["undated"].uncertain == {"year"} and by_id["plan-2021"].uncertain == set()
        assert by_id["undated"].score == pytest.approx(plain["undated"].score * UNCERTAIN_WEIGHT)
        assert by_id["plan-2021"].score == pytest.approx(plain["plan-2021"].score)
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        assert hit_to_dict(by_id["undated"])["uncertain"] == ["year"]
        assert hit_to_dict(by_id["plan-2021"])["uncertain"] == []
        strict = Filters(year_from=2021, year_to=2021, strict_years=True)
        assert {h.chunk.report_id for h in index.search(query, k=5, mode=mode, filters=strict)} == {
            "plan-2021"
        }
        assert len(list(index.iter_chunks(Filters(year_from=2021)))) == 2
