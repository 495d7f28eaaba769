"""Evidence for answers: similarities in standard scores, and two wordings of one question."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.types import Report
from search import HashEmbedder, open_index
from search.evidence import strongest
from search.sentences import Evidence, ScoredSentence
from search.types import Hit
from tests.search.factory import make_report


def _evidence(passage: float, sims: list[float | None], bg: tuple[float, float]) -> Evidence:
    report = make_report("r1", ["En mening. En till."])
    hit_chunk = report.chunks[0]
    sentences = tuple(ScoredSentence(i * 11, i * 11 + 10, s) for i, s in enumerate(sims))
    return Evidence(Hit(hit_chunk, report.meta, 1.0, 1), passage, sentences, bg)


def test_strongest_keeps_the_better_standard_score_of_each_similarity() -> None:
    a = _evidence(0.80, [0.85, 0.70], (0.75, 0.02))  # z: passage 2.5, sentences 5.0, -2.5
    b = _evidence(0.40, [0.30, 0.50], (0.30, 0.05))  # z: passage 2.0, sentences 0.0, 4.0
    both = strongest(a, b)
    assert both.background == (0.0, 1.0)
    assert both.standard(both.similarity) == pytest.approx(2.5)
    assert [s.similarity for s in both.sentences] == pytest.approx([5.0, 4.0])
    none = strongest(
        _evidence(0.8, [None, 0.8], (0.7, 0.1)), _evidence(0.8, [0.9, 0.8], (0.7, 0.1))
    )
    assert none.sentences[0].similarity is None  # an unembedded piece stays unembedded


def test_strongest_refuses_two_different_passages() -> None:
    other = make_report("r2", ["Något annat."])
    a = _evidence(0.8, [0.8, 0.8], (0.7, 0.1))
    b = Evidence(Hit(other.chunks[0], other.meta, 1.0, 1), 0.8, a.sentences, (0.7, 0.1))
    with pytest.raises(ValueError, match="different passages"):
        strongest(a, b)


def test_a_second_wording_scores_the_same_passages_better_or_equal(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    question = "Varför har Familjeenheten allt färre barn i familjehem?"
    content = "familjeenheten färre barn familjehem"
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(corpus_reports)
        one = index.evidence(question, k=10)
        two = index.evidence(question, k=10, also=content)
    assert [e.hit.chunk.id for e in one] == [e.hit.chunk.id for e in two]  # same candidates
    for a, b in zip(one, two, strict=True):
        assert b.standard(b.similarity) >= a.standard(a.similarity) - 1e-9
        for x, y in zip(a.sentences, b.sentences, strict=True):
            if x.similarity is not None and y.similarity is not None:
                assert y.similarity >= a.standard(x.similarity) - 1e-9
    gained = sum(
        b.standard(b.similarity) > a.standard(a.similarity) + 1e-6
        for a, b in zip(one, two, strict=True)
    )
    assert gained > 0  # the content words do score some passage higher


def test_both_wordings_are_embedded_in_one_batch_and_remembered(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    from tests.search.conftest import CountingEmbedder

    class Batches(CountingEmbedder):
        def __init__(self) -> None:
            super().__init__()
            self.query_batches: list[list[str]] = []

        def embed(self, texts, *, kind):  # type: ignore[no-untyped-def]
            if kind == "query":
                self.query_batches.append(list(texts))
            return super().embed(texts, kind=kind)

    embedder = Batches()
    question = "Varför har Familjeenheten allt färre barn i familjehem?"
    content = "familjeenheten färre barn familjehem"
    with open_index(tmp_path, embedder) as index:
        index.sync(corpus_reports)
        first = index.evidence(question, k=10, also=content)
        again = index.evidence(question, k=10, also=content)
        alone = index.embed_query(content)
    assert embedder.query_batches == [[question, content]]  # one batch; then remembered
    assert [e.hit.chunk.id for e in first] == [e.hit.chunk.id for e in again]
    assert alone.tolist() == pytest.approx(
        HashEmbedder(embedder.dim).embed([content], kind="query")[0].tolist()
    )


def test_a_passage_continuing_its_section_carries_the_text_before_it(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    # the Kungsholmen plan's fritidsgård section runs over two chunks: its later visitor rows
    # ("2019: Antal besökare 1 749") stand in a chunk of their own, Kuggen is named before them
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(corpus_reports)
        found = index.evidence("2019: Antal besökare 1 749 flickor pojkar", k=10)
    rows = next(e for e in found if "2019: Antal besökare 1 749" in e.hit.chunk.text)
    assert "Kuggen" not in rows.hit.chunk.text and "Kuggen" in rows.before
    chunks = {c.id: c for r in corpus_reports for c in r.chunks}
    for e in found:  # the text before is the same section's previous chunk, or nothing
        earlier = [
            c
            for c in chunks.values()
            if c.report_id == e.hit.chunk.report_id and c.ordinal == e.hit.chunk.ordinal - 1
        ]
        same = earlier and earlier[0].section_id == e.hit.chunk.section_id
        assert e.before == (earlier[0].text if same else "")


@pytest.mark.parametrize("sample", [3, 4096])  # a sample of the passages, or all of them
def test_a_query_s_background_does_not_depend_on_the_order_reports_were_stored_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample: int
) -> None:
    """Storing the same reports again, in another order (a re-index after an upgrade), must
    not move every standard score: the background passages are chosen by content."""
    import search.evidence

    monkeypatch.setattr(search.evidence, "BACKGROUND_SAMPLE", sample)
    reports = [
        make_report("a", ["Barn i familjehem.", "Ekonomi i balans."]),
        make_report("b", ["Sjukfrånvaro bland personalen.", "Våld i nära relation."]),
        make_report("c", ["Föräldrastöd i grupp.", "Lokaler vid torget."]),
    ]
    found = []
    for name, order in (("one", reports), ("two", reports[::-1])):
        with open_index(tmp_path / name, HashEmbedder()) as index:
            for report in order:  # stored one by one, in this order
                index.sync([*order[: order.index(report) + 1]])
            found.append(index.background("placerade barn"))
    assert found[0] == pytest.approx(found[1])
