"""The index directory: round trip, embedding cache, incremental sync, mismatch, corruption."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.types import Report
from search import HashEmbedder, IndexMismatch, NotFound, open_index
from search.derived import DENSE_FILE, LEXICAL_DIR
from search.generations import current, generation_dir
from search.manifest import MANIFEST_FILE
from search.sentences import embedded_texts
from tests.search.conftest import CountingEmbedder
from tests.search.factory import make_report

QUESTION = "familjehemsplacerade barn skolgång"


def _served(index_dir: Path) -> Path:
    """The folder of the generation CURRENT points at."""
    number = current(index_dir)
    assert number is not None
    return generation_dir(index_dir, number)


def _ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.chunk.id for h in hits]


def test_round_trip_on_the_corpus(tmp_path: Path, corpus_reports: tuple[Report, ...]) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        stats = index.sync(corpus_reports)
        before = {m: _ids(index.search(QUESTION, k=10, mode=m)) for m in ("hybrid", "lexical")}
        counts = index.stats()
    total = sum(len(r.chunks) for r in corpus_reports)
    assert stats.added == len(corpus_reports) and counts["chunks"] == total
    manifest = json.loads((_served(tmp_path) / MANIFEST_FILE).read_text())
    assert manifest["embedder"] == "hash-64" and manifest["dim"] == 64
    assert manifest["chunks"] == total and manifest["format_version"] == 1
    assert DENSE_FILE in manifest["files"] and any(f.startswith("bm25/") for f in manifest["files"])
    with open_index(tmp_path, HashEmbedder()) as again:
        assert {m: _ids(again.search(QUESTION, k=10, mode=m)) for m in before} == before
        report = again.get_report(corpus_reports[0].id)
        assert report.chunks == corpus_reports[0].chunks
        assert report.sections == corpus_reports[0].sections
        assert report.meta == corpus_reports[0].meta
        chunk, meta = again.get_chunk(corpus_reports[1].chunks[3].id)
        assert chunk == corpus_reports[1].chunks[3] and meta == corpus_reports[1].meta
        assert len(list(again.iter_chunks())) == total


def test_unchanged_resync_embeds_nothing(
    tmp_path: Path, corpus_reports: tuple[Report, ...], counting: CountingEmbedder
) -> None:
    with open_index(tmp_path, counting) as index:
        first = index.sync(corpus_reports)
    embedded = counting.passages
    assert first.chunks_embedded == embedded > 0
    with open_index(tmp_path, counting) as index:
        again = index.sync(corpus_reports)
    assert again.unchanged == len(corpus_reports) and again.added == again.replaced == 0
    assert again.chunks_embedded == 0 and counting.passages == embedded


def test_adding_one_report_embeds_only_that_report(
    tmp_path: Path, corpus_reports: tuple[Report, ...], counting: CountingEmbedder
) -> None:
    *old, new = corpus_reports
    with open_index(tmp_path, counting) as index:
        index.sync(old)
        counting.passages = 0
        stats = index.sync(corpus_reports)
        assert stats.added == 1 and stats.unchanged == len(old)
        seen = {key for r in old for key in embedded_texts(r).texts}
        fresh = set(embedded_texts(new).texts) - seen  # its passages and sentences
        assert counting.passages == stats.chunks_embedded == len(fresh) > 0
        assert index.search(new.chunks[0].text, k=3, mode="lexical")[0].chunk.report_id == new.id


def test_delete_and_vanished_source(tmp_path: Path, counting: CountingEmbedder) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x")
    a = make_report("a", ["Barn i familjehem får stöd"], source=str(source))
    b = make_report("b", ["Ekonomiskt bistånd handläggs"], source=str(tmp_path / "gone.txt"))
    c = make_report("c", ["Våld i nära relationer"])
    with open_index(tmp_path / "idx", counting) as index:
        index.sync([a, b, c])
        index.delete_report("c")
        assert [r.id for r in index.list_reports()] == ["a", "b"]
        with pytest.raises(NotFound, match="'c'"):
            index.delete_report("c")
        with pytest.raises(NotFound):
            index.get_report("c")
        stats = index.sync([a])  # b's source file does not exist: it goes
        assert stats.deleted == 1 and [r.id for r in index.list_reports()] == ["a"]
        assert _ids(index.search("bistånd", mode="lexical")) == []
        # a report added directly (e.g. an upload) whose source still exists is kept by sync
        kept = make_report("kept", ["Bistånd"], source=str(source.with_name("kept.pdf")))
        source.with_name("kept.pdf").write_text("pdf")
        index.add_reports([kept])
        assert index.sync([a]).deleted == 0


def test_changed_report_is_replaced(tmp_path: Path, counting: CountingEmbedder) -> None:
    v1 = make_report("a", ["Gammal text om bistånd", "Oförändrad text om familjehem"])
    v2 = make_report("a", ["Ny text om våld", "Oförändrad text om familjehem"])
    with open_index(tmp_path, counting) as index:
        index.sync([v1])
        counting.passages = 0
        stats = index.sync([v2])
        assert (stats.replaced, stats.added, stats.chunks_embedded) == (1, 0, 1)
        assert counting.passages == 1  # the unchanged chunk came from the cache
        assert [c.text for c, _ in index.iter_chunks()] == [c.text for c in v2.chunks]
        assert _ids(index.search("bistånd", mode="lexical")) == []


def test_mismatched_embedder_is_refused(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder(64)) as index:
        index.sync([make_report("a", ["Barn i familjehem"])])
    with pytest.raises(IndexMismatch) as info:
        open_index(tmp_path, HashEmbedder(32))
    message = str(info.value)
    assert "hash-64" in message and "hash-32" in message and "--rebuild" in message
    with open_index(tmp_path, HashEmbedder(32), rebuild=True) as index:
        assert index.stats()["chunks"] == 0 and index.stats()["embedder"] == "hash-32"


@pytest.mark.parametrize("damage", ["corrupt", "missing", "truncate-bm25", "manifest"])
def test_damaged_derived_files_are_rebuilt_without_embedding(
    tmp_path: Path,
    corpus_reports: tuple[Report, ...],
    counting: CountingEmbedder,
    damage: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    reports = corpus_reports[:3]
    with open_index(tmp_path, counting) as index:
        index.sync(reports)
        expected = _ids(index.search(QUESTION, k=10))
    served = _served(tmp_path)
    dense = served / DENSE_FILE
    if damage == "corrupt":
        data = bytearray(dense.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 64] = b"\xff" * 64
        dense.write_bytes(bytes(data))
    elif damage == "missing":
        dense.unlink()
    elif damage == "truncate-bm25":
        victim = sorted((served / LEXICAL_DIR).glob("*.npy"))[0]
        victim.write_bytes(victim.read_bytes()[:10])
    else:
        (served / MANIFEST_FILE).write_text("{not json")
    counting.passages = 0
    with (
        caplog.at_level(logging.WARNING, logger="search.derived"),
        open_index(tmp_path, counting) as index,
    ):
        assert _ids(index.search(QUESTION, k=10)) == expected
    assert counting.passages == 0
    assert "rebuilding" in caplog.text
    # the rebuilt files verify cleanly on the next open
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="search.derived"):
        open_index(tmp_path, counting).close()
    assert "rebuilding" not in caplog.text


def test_ann_setting_switches_to_hnsw(tmp_path: Path, corpus_reports: tuple[Report, ...]) -> None:
    reports = corpus_reports[:2]
    with open_index(tmp_path, HashEmbedder(), ann="auto", ann_threshold=10) as index:
        index.sync(reports)
        assert index.stats()["ann"] == "hnsw"
        hnsw = _ids(index.search(QUESTION, k=5, mode="dense"))
    with open_index(tmp_path, HashEmbedder(), ann="flat") as index:
        assert index.stats()["ann"] == "flat"
        assert _ids(index.search(QUESTION, k=5, mode="dense")) == hnsw
    with pytest.raises(ValueError, match="ann"):
        open_index(tmp_path, HashEmbedder(), ann="ivf")


def test_report_without_digest_gets_one(tmp_path: Path, counting: CountingEmbedder) -> None:
    report = replace(make_report("a", ["Barn i familjehem"]), digest="")
    with open_index(tmp_path, counting) as index:
        index.sync([report])
        assert index.sync([report]).unchanged == 1
        assert index.get_report("a").digest != ""


class _FailingEmbedder(CountingEmbedder):
    """Fails on the n-th passage batch, like a crash in the middle of a long indexing run."""

    def __init__(self, fail_at: int) -> None:
        super().__init__()
        self.fail_at = fail_at
        self.batches = 0

    def embed(self, texts, *, kind):  # type: ignore[no-untyped-def]
        if kind == "passage":
            self.batches += 1
            if self.batches == self.fail_at:
                raise RuntimeError("embedder crashed")
        return super().embed(texts, kind=kind)


def test_interrupted_sync_keeps_finished_reports_and_no_half_report(tmp_path: Path) -> None:
    reports = [make_report(r, [f"{r} text {i} om barn {r}" for i in range(40)]) for r in "abc"]
    crashing = _FailingEmbedder(fail_at=3)  # 40 chunks = 2 batches each: dies inside report b
    with open_index(tmp_path, crashing) as index, pytest.raises(RuntimeError, match="crashed"):
        index.sync(reports)
    fresh = CountingEmbedder()
    with open_index(tmp_path, fresh) as index:
        assert [r.id for r in index.list_reports()] == ["a"]  # b is not half there
        assert index.stats()["chunks"] == 40
        stats = index.sync(reports)
        assert (stats.unchanged, stats.added) == (1, 2)
        assert fresh.passages == stats.chunks_embedded == 80  # a came from the store


def test_failed_transaction_leaves_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from search import codec

    v1 = make_report("a", ["Första versionen om barn", "och familjehem"])
    v2 = make_report("a", ["Andra versionen om bistånd", "och ekonomi", "tre"])
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync([v1])
        real = codec.chunk_to_json
        calls = iter(range(100))

        def flaky(chunk):  # type: ignore[no-untyped-def]
            if next(calls) == 2:
                raise OSError("disk full")
            return real(chunk)

        monkeypatch.setattr(codec, "chunk_to_json", flaky)
        with pytest.raises(OSError, match="disk full"):
            index.sync([v2])
        assert index.get_report("a").chunks == v1.chunks
    with open_index(tmp_path, HashEmbedder()) as index:
        assert index.get_report("a").chunks == v1.chunks


def test_unreadable_store_is_index_corrupt(tmp_path: Path) -> None:
    from search.errors import IndexCorrupt
    from search.store import STORE_FILE

    (tmp_path / STORE_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(IndexCorrupt, match=STORE_FILE):
        open_index(tmp_path, HashEmbedder())


def test_progress_bar_goes_to_stderr_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = make_report("a", [f"text nummer {i} om barn" for i in range(5)])
    with open_index(tmp_path / "quiet", HashEmbedder()) as index:
        index.sync([report])
    quiet = capsys.readouterr()
    assert "embedding" not in quiet.err and quiet.out == ""
    with open_index(tmp_path / "loud", HashEmbedder(), progress=True) as index:
        index.sync([report])
    loud = capsys.readouterr()
    # five passages and their five sentences (each at least MIN_SENTENCE_CHARS long)
    assert "embedding" in loud.err and "10/10" in loud.err and loud.out == ""


def test_new_passage_format_re_embeds_once(
    tmp_path: Path, counting: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    import search.index
    import search.sentences

    reports = [make_report("a", ["Barn i familjehem", "Bistånd"])]
    with open_index(tmp_path, counting) as index:
        index.sync(reports)
    monkeypatch.setattr(search.index, "PASSAGE_FORMAT", "test-format")
    monkeypatch.setattr(search.sentences, "passage_text", lambda c, m: "ny " + c.text)
    with open_index(tmp_path, counting) as index:
        assert index.sync(reports).replaced == 1 and counting.passages == 4
        assert index.sync(reports).unchanged == 1 and counting.passages == 4


def test_bundle_that_loses_a_part(tmp_path: Path) -> None:
    bundle = str(tmp_path / "bundle.txt")
    (tmp_path / "bundle.txt").write_text("x")
    parts = [make_report(f"b-{i}", [f"Del {i} om barn"], source=bundle) for i in (1, 2, 3)]
    with open_index(tmp_path / "idx", HashEmbedder()) as index:
        index.sync(parts)
        stats = index.sync(parts[:2])  # the file still exists but now yields two parts
        assert stats.deleted == 1 and [r.id for r in index.list_reports()] == ["b-1", "b-2"]
        with pytest.raises(NotFound, match="nope"):
            index.get_chunk("nope")


def test_store_damaged_inside_is_index_corrupt(tmp_path: Path) -> None:
    from search.errors import IndexCorrupt
    from search.store import STORE_FILE

    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync([make_report(f"r{i}", [f"text {i} " * 400] * 20) for i in range(5)])
    store = tmp_path / STORE_FILE
    data = bytearray(store.read_bytes())
    for offset in range(4096, len(data), 4096):  # smash every page header after the first
        data[offset : offset + 16] = b"\xde\xad\xbe\xef" * 4
    store.write_bytes(bytes(data))
    with pytest.raises(IndexCorrupt, match="--rebuild"):
        open_index(tmp_path, HashEmbedder())
    with open_index(tmp_path, HashEmbedder(), rebuild=True) as index:
        assert index.stats()["chunks"] == 0


@pytest.mark.parametrize("ann", ["flat", "hnsw"])
def test_adding_reports_grows_the_dense_index_instead_of_rebuilding(
    tmp_path: Path,
    corpus_reports: tuple[Report, ...],
    ann: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from search.dense import DenseIndex

    first, second, third = corpus_reports[:3]
    builds: list[int] = []
    real_build = DenseIndex.build.__func__  # type: ignore[attr-defined]

    def counting_build(cls, vectors, kind):  # type: ignore[no-untyped-def]
        builds.append(len(vectors))
        return real_build(cls, vectors, kind)

    monkeypatch.setattr(DenseIndex, "build", classmethod(counting_build))
    queries = ["familjehem skola", "ekonomiskt bistånd", "våld i nära relationer"]
    with open_index(tmp_path / "grown", HashEmbedder(), ann=ann) as index:
        index.sync([first])
        index.add_reports([second])
        index.sync([first, second, third])
        grown = [_ids(index.search(q, k=10, mode="dense")) for q in queries]
        grown_lexical = [_ids(index.search(q, k=10, mode="lexical")) for q in queries]
    assert builds == [0, len(first.chunks)]  # the empty index, then the first report only
    with open_index(tmp_path / "fresh", HashEmbedder(), ann=ann) as index:
        index.sync([first])
        index.rebuild_derived()
        index.sync([first, second, third])
        index.rebuild_derived()  # a from-scratch build of the same rows
        assert [_ids(index.search(q, k=10, mode="dense")) for q in queries] == grown
        assert [_ids(index.search(q, k=10, mode="lexical")) for q in queries] == grown_lexical
    with caplog.at_level(logging.WARNING, logger="search.derived"):
        open_index(tmp_path / "grown", HashEmbedder(), ann=ann).close()
    assert "rebuilding" not in caplog.text
