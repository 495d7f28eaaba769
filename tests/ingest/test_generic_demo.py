"""The generic demo end to end: generated non-Stockholm documents are read, indexed with the hash
embedder, found by what they say, and a year filter keeps the undated one (flagged)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ingest import read_paths
from search import Filters, HashEmbedder, open_index
from search.protocols import SearchIndex
from tests.ingest.generic_docs import DOCS, TITLE_ONLY, GenericDoc, write_all


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    folder = tmp_path_factory.mktemp("generic")
    write_all(folder, (*DOCS, TITLE_ONLY))
    result = read_paths([folder])
    assert [f.path.rsplit("/", 1)[-1] for f in result.failures] == ["bilaga-3.md"]
    assert "too little text" in result.failures[0].reason
    with open_index(tmp_path_factory.mktemp("generic-index"), HashEmbedder()) as opened:
        opened.sync(list(result.reports))
        yield opened


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_each_document_is_found_by_what_it_says(index: SearchIndex, doc: GenericDoc) -> None:
    hits = index.search(doc.query, k=3, mode="hybrid")
    assert hits[0].chunk.report_id == _stem(doc.name), [h.chunk.report_id for h in hits]
    assert hits[0].meta.title == doc.expected.title


def test_a_year_filter_keeps_the_undated_report_and_flags_it(index: SearchIndex) -> None:
    wanted = Filters(year_from=2021, year_to=2021)
    passing = {chunk.report_id for chunk, _ in index.iter_chunks(wanted)}
    dated_2021 = {_stem(d.name) for d in DOCS if d.expected.year == 2021}
    undated = {_stem(d.name) for d in DOCS if d.expected.year is None}
    assert dated_2021 and undated and passing == dated_2021 | undated
    hits = index.search("hemlösheten bland unga vuxna", k=10, filters=wanted)
    flags = {h.chunk.report_id: h.uncertain for h in hits}
    assert flags["kartlaggning-hemloshet"] == {"year"}
    assert all(flags[rid] == frozenset() for rid in flags if rid in dated_2021)
    strict = Filters(year_from=2021, year_to=2021, strict_years=True)
    assert {c.report_id for c, _ in index.iter_chunks(strict)} == dated_2021


def test_type_filter_on_the_generic_demo(index: SearchIndex) -> None:
    plans = {chunk.report_id for chunk, _ in index.iter_chunks(Filters(doc_types=("VP",)))}
    assert plans == {"goteborg-vp-2023"}
    generic = {c.report_id for c, _ in index.iter_chunks(Filters(doc_types=("rapport",)))}
    assert generic == {_stem(d.name) for d in DOCS if d.expected.doc_type == "rapport"}
