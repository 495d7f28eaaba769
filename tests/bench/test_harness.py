"""The harness on a real (hash-embedder) index of one corpus report, and the fusion replay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.devset import DevQuestion, GoldPassage, load_devset, normalise
from bench.harness import hit_matches, run_questions, source_names, summarise
from bench.report import summary_table
from bench.tuning import GridSetting, current_setting, fusion_constants, run_grid
from ingest import read_paths
from ingest.types import Chunk, ReportMeta, Span
from search import fusion, make_embedder, open_index
from search.index import Index
from search.types import Hit

F16 = "vb-2016-barn-och-ungdomsenheten.txt"
F17 = "vb-2017-familjeenheten.txt"
GOLD = "Under 2016 har det inkommit 2043 anmälningar/ansökningar"


def _chunk(cid: str, text: str, report: str = "r1") -> Chunk:
    return Chunk(cid, report, f"{report}:s1", ("Rubrik",), "analys", None, text, Span(1, 1))


def _question(file: str) -> DevQuestion:
    question = "Under 2016 har det inkommit 2043 anmälningar ansökningar gällande barn ungdomar"
    return DevQuestion("t", question, "sv", "fact", (GoldPassage(file, GOLD),))


def test_every_gold_passage_lies_in_one_ingested_chunk(corpus_dir: Path) -> None:
    reports = read_paths([corpus_dir]).reports
    sources = source_names(reports)
    chunks = [(sources[r.id], r.id, normalise(c.text)) for r in reports for c in r.chunks]
    for q in load_devset():
        for g in q.gold:
            needle = normalise(g.contains)
            owners = {rid for name, rid, text in chunks if name == g.file and needle in text}
            assert owners, (q.id, g.contains)
            if g.unit:  # which_units passages identify exactly one report
                assert len(owners) == 1, (q.id, g.contains, owners)


@pytest.fixture(scope="module")
def index_of_2016(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    index = open_index(tmp_path_factory.mktemp("idx"), make_embedder("hash"))
    index.sync(read_paths([corpus_dir / F16]).reports)
    yield index
    index.close()


def test_run_questions_scores_real_hits(index_of_2016: Index) -> None:
    scores = run_questions(index_of_2016, [_question(F16), _question(F17)], ["lexical"], k=10)
    found, elsewhere = scores
    assert (found.recall, found.ndcg, found.rr) == (1.0, 1.0, 1.0)
    assert (elsewhere.recall, elsewhere.ndcg, elsewhere.rr) == (0.0, 0.0, 0.0)
    overall = summarise(scores)[0]
    assert (overall.group, overall.n, overall.recall, overall.mrr) == ("overall", 2, 0.5, 0.5)
    table = summary_table(summarise(scores), 10)
    assert "| overall | 2 | 0.500 | 0.500 | 0.500 |" in table


def test_folded_duplicates_earn_their_gold() -> None:
    q = _question(F16)
    meta = ReportMeta(unit="u", district="d", year=2016, doc_type="VB", title="t")
    kept, folded = _chunk("a", "annat"), _chunk("b", f"… {GOLD} …")
    hits = [Hit(chunk=kept, meta=meta, score=1.0, rank=1, also_in=("b",))]
    lookup = {"a": kept, "b": folded}.get
    assert hit_matches(q, hits, {"r1": F16}, lookup) == [frozenset({0})]
    assert hit_matches(q, hits, {"r1": F17}, lookup) == [frozenset()]


def test_grid_constants_steer_the_real_hybrid_ranking_and_are_restored(
    index_of_2016: Index,
) -> None:
    before = current_setting()
    query = "samverkan med polis och skola kring ungdomar"
    lexical = [h.chunk.id for h in index_of_2016.search(query, k=10, mode="lexical")]
    dense = [h.chunk.id for h in index_of_2016.search(query, k=10, mode="dense")]
    assert lexical != dense
    with fusion_constants(GridSetting(0.0, 1.0, 60, 0.0)):  # lexical list only
        assert fusion.DENSE_WEIGHT == 0.0
        hybrid = [h.chunk.id for h in index_of_2016.search(query, k=10, mode="hybrid")]
        assert hybrid == lexical
    with fusion_constants(GridSetting(1.0, 0.0, 60, 0.0)):  # dense list only
        hybrid = [h.chunk.id for h in index_of_2016.search(query, k=10, mode="hybrid")]
        assert hybrid == dense
    assert current_setting() == before
    rows = run_grid(index_of_2016, [_question(F16)], [before], k=10)
    assert rows[0][0] == before and rows[0][1].n == 1
