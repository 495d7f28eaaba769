"""Filters apply before top-k: filtered queries still return k hits when k exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.types import Report
from search import EmptyQuery, Filters, HashEmbedder, SearchError, open_index
from search.filters import Columns, matches, parse_years, row_mask
from tests.search.factory import make_report


def test_parse_years() -> None:
    assert parse_years("2019") == (2019, 2019)
    assert parse_years(" 2016-2019 ") == (2016, 2019)
    with pytest.raises(ValueError):
        parse_years("2019-2016")
    with pytest.raises(ValueError):
        parse_years("nittonhundra")


def test_matches_each_field() -> None:
    report = make_report(
        "r",
        ["text"],
        unit="Familjeenheten",
        district="Kungsholmen",
        year=2019,
        doc_type="VB",
        kinds=["namndmal"],
        statuses=["delvis"],
    )
    chunk, meta = report.chunks[0], report.meta
    assert matches(chunk, meta, None) and matches(chunk, meta, Filters())
    passing = [
        Filters(units=("familjeenheten",)),  # case-insensitive
        Filters(districts=("Kungsholmen", "Östermalm")),
        Filters(year_from=2019, year_to=2019),
        Filters(year_from=2016),
        Filters(doc_types=("VB",)),
        Filters(kinds=("namndmal",)),
        Filters(statuses=("delvis",)),
        Filters(report_ids=("r",)),
    ]
    failing = [
        Filters(units=("Vuxenenheten",)),
        Filters(districts=("Östermalm",)),
        Filters(year_to=2018),
        Filters(year_from=2020),
        Filters(doc_types=("VP",)),
        Filters(kinds=("enhetsmal",)),
        Filters(statuses=("helt",)),
        Filters(report_ids=("x",)),
    ]
    assert all(matches(chunk, meta, f) for f in passing)
    assert not any(matches(chunk, meta, f) for f in failing)
    undated = make_report("u", ["text"], year=None)  # an unknown year is no reason to drop it
    assert matches(undated.chunks[0], undated.meta, Filters(year_from=2000))
    assert not matches(undated.chunks[0], undated.meta, Filters(year_from=2000, strict_years=True))


def test_filtered_search_fills_k(tmp_path: Path) -> None:
    # 30 strong matches in 2019 drown 12 weaker matches in 2017: an unfiltered top-10 holds
    # no 2017 passage, yet the 2017 filter must still return 10 of them.
    # (distinct words, not numbers: numbered copies would fold as near-duplicates)
    tags = [f"{a}{b}" for a in "bdfgk" for b in "aeiouy"]
    strong = [f"familjehem familjehem placering barn {t}{t} {t}" for t in tags]
    weak = [f"familjehem och ekonomi {t}x {t}y {t}z" for t in tags[:12]]
    reports = [
        make_report("y2019", strong, year=2019),
        make_report("y2017", weak, year=2017, doc_type="VP", unit="Vuxenenheten"),
    ]
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(reports)
        for mode in ("hybrid", "dense", "lexical"):
            top = index.search("familjehem placering barn", k=10, mode=mode)
            assert {h.meta.year for h in top} == {2019}, mode
            hits = index.search(
                "familjehem placering barn", k=10, mode=mode, filters=Filters(year_to=2018)
            )
            assert len(hits) == 10 and {h.chunk.report_id for h in hits} == {"y2017"}, mode
            assert [h.rank for h in hits] == list(range(1, 11))
        only = Filters(units=("Vuxenenheten",), doc_types=("VP",))
        assert len(index.search("familjehem", k=50, filters=only)) == 12
        assert index.search("familjehem", filters=Filters(year_from=2030)) == []
        assert len(list(index.iter_chunks(Filters(year_from=2019)))) == 30


def test_filters_on_the_corpus(tmp_path: Path, corpus_reports: tuple[Report, ...]) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(corpus_reports)
        vp = index.search("mål för barn och unga", k=20, filters=Filters(doc_types=("VP",)))
        assert len(vp) == 20 and {h.meta.doc_type for h in vp} == {"VP"}
        years = index.search("familjehem", k=15, filters=Filters(year_from=2016, year_to=2017))
        assert len(years) == 15 and {h.meta.year for h in years} <= {2016, 2017}
        done = index.search("mål", k=5, filters=Filters(statuses=("helt",)))
        assert done and all(h.chunk.status == "helt" for h in done)


def test_empty_and_bad_queries(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync([make_report("a", ["Barn i familjehem"])])
        with pytest.raises(EmptyQuery):
            index.search("   ")
        with pytest.raises(EmptyQuery, match="searchable"):
            index.search("och i", mode="lexical")
        with pytest.raises(SearchError, match="mode"):
            index.search("barn", mode="fuzzy")
        assert index.search("barn", k=0) == []


def test_vector_mask_agrees_with_the_predicate(corpus_reports: tuple[Report, ...]) -> None:
    chunks = [c for r in corpus_reports for c in r.chunks]
    metas = {r.id: r.meta for r in corpus_reports}
    columns = Columns.of(chunks)
    graded = next(c for c in chunks if c.status is not None)
    cases = [
        Filters(units=("familjeenheten",), year_from=2017),
        Filters(kinds=("namndmal", "enhetsmal"), statuses=("helt", "delvis")),
        Filters(doc_types=("VP",), districts=("Kungsholmen",)),
        Filters(report_ids=(graded.report_id,), statuses=(str(graded.status),)),
        Filters(year_to=2016),
    ]
    assert row_mask(columns, metas, None) is None and row_mask(columns, metas, Filters()) is None
    for f in cases:
        mask = row_mask(columns, metas, f)
        assert mask is not None
        assert mask.tolist() == [matches(c, metas[c.report_id], f) for c in chunks], f
        assert 0 < mask.sum() < len(chunks), f


def test_the_doc_types_a_question_names_narrow_unless_the_caller_chose() -> None:
    from search.filters import with_doc_types

    assert with_doc_types(None, ()) is None
    assert with_doc_types(None, ("VB",)) == Filters(doc_types=("VB",))
    assert with_doc_types(Filters(year_from=2019), ("VB",)) == Filters(
        year_from=2019, doc_types=("VB",)
    )
    chosen = Filters(doc_types=("VP",))
    assert with_doc_types(chosen, ("VB",)) == chosen
