"""Search behaviour: folding copies across years, hit JSON, modes, reads during writes."""

from __future__ import annotations

import threading
from pathlib import Path

from ingest.types import Report
from search import HashEmbedder, hit_to_dict, open_index
from tests.search.conftest import CountingEmbedder
from tests.search.factory import make_report

COPIED = (
    "Enheten arbetar för att barn som placeras i familjehem får en god skolgång och att deras "
    "hälsa följs upp regelbundet under hela placeringen, tillsammans med skolan."
)


def test_passage_copied_across_years_shows_once(tmp_path: Path) -> None:
    reports = [
        make_report(
            "vb2017", [COPIED.replace("Enheten", "Familjeenheten"), "Budget i balans."], year=2017
        ),
        make_report("vb2018", [COPIED, "Ekonomiskt bistånd."], year=2018),
        make_report("vb2019", [COPIED + " ", "Våld i nära relationer."], year=2019),
    ]
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(reports)
        hits = index.search("skolgång för barn placerade i familjehem", k=5)
    copies = [h for h in hits if "skolgång" in h.chunk.text]
    assert len(copies) == 1
    others = {c.id for r in reports for c in r.chunks if "skolgång" in c.text} - {
        copies[0].chunk.id
    }
    assert set(copies[0].also_in) == others and len(others) == 2
    assert len(hits) == 4  # 6 chunks, 2 folded away


def test_hit_json_fields(tmp_path: Path, corpus_reports: tuple[Report, ...]) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(corpus_reports[:2])
        hit = index.search("familjehem", k=1)[0]
    data = hit_to_dict(hit)
    required = {
        "chunk_id",
        "report_id",
        "unit",
        "district",
        "year",
        "doc_type",
        "title",
        "section_path",
        "page",
        "line_start",
        "line_end",
        "text",
        "score",
        "kind",
        "status",
        "also_in",
    }
    assert required <= set(data)
    assert data["chunk_id"] == hit.chunk.id and data["text"] == hit.chunk.text
    assert isinstance(data["section_path"], list) and data["page"] is None  # text files
    assert data["line_start"] <= data["line_end"]
    assert data["via"] and set(data["via"]) <= {"dense", "lexical"}


def test_modes_differ_and_hybrid_mixes(tmp_path: Path, corpus_reports: tuple[Report, ...]) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(corpus_reports)
        q = "ensamkommande barn placerade"
        lexical = index.search(q, k=10, mode="lexical")
        dense = index.search(q, k=10, mode="dense")
        hybrid = index.search(q, k=10, mode="hybrid")
    assert all(h.via == frozenset({"lexical"}) for h in lexical)
    assert all(h.via == frozenset({"dense"}) for h in dense)
    assert lexical[0].score >= lexical[-1].score and dense[0].score >= dense[-1].score
    both = {h.chunk.id for h in lexical} & {h.chunk.id for h in dense}
    agreed = [h for h in hybrid if h.via == frozenset({"dense", "lexical"})]
    assert agreed and all(h.chunk.id in {x.chunk.id for x in hybrid} for h in agreed)
    assert both <= {h.chunk.id for h in hybrid}  # found by both rankers -> fused to the top
    assert "ensamkommande" in lexical[0].chunk.text.lower()


def test_searches_run_while_a_writer_adds(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    first, *rest = corpus_reports
    errors: list[BaseException] = []
    counts: list[int] = []
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync([first])
        done = threading.Event()

        def reader() -> None:
            try:
                while not done.is_set():
                    counts.append(len(index.search("familjehem barn", k=5)))
                    index.get_report(first.id)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for t in threads:
            t.start()
        for report in rest[:4]:
            index.add_reports([report])
        done.set()
        for t in threads:
            t.join()
        assert index.stats()["reports"] == 5
    assert not errors and counts and all(c == 5 for c in counts)


def test_repeated_query_is_embedded_once(tmp_path: Path, counting: CountingEmbedder) -> None:
    with open_index(tmp_path, counting) as index:
        index.sync([make_report("a", ["Barn i familjehem", "Bistånd"])])
        first = index.search("barn", mode="dense")
        again = index.search("barn", mode="hybrid")
        assert counting.queries == 1 and first[0].chunk.id == again[0].chunk.id
        index.search("bistånd", mode="dense")
        assert counting.queries == 2


def test_doc_freq_is_one_for_words_the_lexical_index_does_not_index(tmp_path: Path) -> None:
    from search import HashEmbedder, open_index
    from tests.search.factory import make_report

    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync([make_report("a", ["Barn i familjehem", "Ekonomi i balans"])])
        assert index.doc_freq("och") == 1.0  # a stopword
        assert index.doc_freq("familjehem") == 0.5
        assert index.doc_freq("rymdresor") == 0.0


def test_a_word_the_reports_write_as_an_acronym_is_known_in_their_casing(
    tmp_path: Path,
) -> None:
    from search import HashEmbedder, open_index
    from tests.search.factory import make_report

    texts = [f"Stycke {i} om ekonomi." for i in range(40)]
    texts += ["Utbildning i BBIC för alla.", "Nya BBIC-stödjare.", "Barn i familjehem."]
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync([make_report("a", texts)])
        assert index.written_as("bbic") == "BBIC"
        assert index.written_as("familjehem") is None  # written as a word
        assert index.written_as("ekonomi") is None  # in most passages: a common word
        assert index.written_as("rymdresor") is None  # in none
        assert index.written_as("ros") is None
        # Remembered per snapshot: a report written since is read afresh.
        index.sync([make_report("a", texts), make_report("b", ["Stöd med ROS-verktyget."])])
        assert index.written_as("ros") == "ROS"


def test_a_second_wording_is_searched_and_fused(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    """An English query's Swedish wording (`also`) finds what the English words cannot: the
    dense ranker embeds the wording, BM25 ranks both, and a hit says which rankers found it."""
    english = "children in foster homes"
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(corpus_reports)
        alone = index.search(english, k=5, mode="hybrid")
        both = index.search(english, k=5, mode="hybrid", also="barn i familjehem")
        lexical = index.search(english, k=5, mode="lexical", also="barn i familjehem")
        same = index.search("familjehem", k=5, mode="lexical", also="familjehem")
        plain = index.search("familjehem", k=5, mode="lexical")
    assert not any("familjehem" in h.chunk.text.lower() for h in alone[:2])
    assert "familjehem" in both[0].chunk.text.lower()
    assert sum("familjehem" in h.chunk.text.lower() for h in both) >= 3
    assert any(h.via == frozenset({"dense", "lexical"}) for h in both)
    assert lexical and all("familjehem" in h.chunk.text.lower() for h in lexical)
    assert all(h.via == frozenset({"lexical"}) for h in lexical)
    assert [h.chunk.id for h in same] == [h.chunk.id for h in plain]  # the same wording: once


def test_the_dense_ranker_embeds_the_reports_wording(tmp_path: Path) -> None:
    texts = [
        "Budgeten för året visar ett underskott på två miljoner kronor.",
        "Medarbetarna har gått en utbildning i motiverande samtal.",
        "Fritidsgården har öppet tre kvällar i veckan för ungdomar.",
        "Sjukfrånvaron har minskat jämfört med föregående år.",
        "Vi rekryterar fler familjehem till barn som behöver placeras.",
        "Lokalerna har renoverats under hösten.",
    ]
    with open_index(tmp_path, HashEmbedder(1024)) as index:  # wide: no word collides
        index.sync([make_report("vb", texts)])
        dense = index.search("recruiting foster homes", k=1, mode="dense", also="familjehem")
    assert dense and "familjehem" in dense[0].chunk.text
    assert dense[0].via == frozenset({"dense"})
