"""Immutable index generations: publish, follow, keep what readers hold, prune the rest."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from search import HashEmbedder, Index, open_index
from search.generations import (
    CURRENT_FILE,
    GENERATIONS_DIR,
    Lease,
    current,
    generation_dir,
    new_building_dir,
    prune,
)
from search.locks import ProcessLock
from search.manifest import atomic_write
from tests.search.factory import make_report

FIRST = make_report("vb-a", ["Familjehemsplacerade barn får stöd i skolan.", "Budget i balans."])
SECOND = make_report("vb-b", ["Zebrafinkar i Rinkeby räknades noggrant under våren."])
THIRD = make_report("vb-c", ["Kvarteret ordnade läxhjälp på biblioteket varje tisdag."])


def _numbers(index_dir: Path) -> list[int]:
    return sorted(int(p.name) for p in (index_dir / GENERATIONS_DIR).iterdir() if p.name.isdigit())


def _found(index: object, text: str, report_id: str) -> bool:
    hits = index.search(text, k=5, mode="lexical")  # type: ignore[attr-defined]
    return any(h.chunk.report_id == report_id for h in hits)


def test_a_write_publishes_a_new_generation_and_points_at_it(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        first = index.generation
        index.add_reports([FIRST])
        assert index.generation == current(tmp_path) > first
        files = {p.name for p in generation_dir(tmp_path, index.generation).iterdir()}
    assert {"manifest.json", "dense.faiss", "bm25", "rows.json", "LOCK"} <= files


def test_a_reader_keeps_its_generation_until_it_refreshes(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as writer:
        writer.add_reports([FIRST])
        with open_index(tmp_path, HashEmbedder()) as reader:
            assert reader.generation == writer.generation
            writer.add_reports([SECOND])
            assert not _found(reader, "zebrafinkar", "vb-b")  # still the generation it opened
            assert reader.refresh()
            assert reader.generation == writer.generation
            assert _found(reader, "zebrafinkar", "vb-b")
            assert reader.stats()["reports"] == 2
            assert not reader.refresh()  # nothing newer: no swap


def test_deletes_reach_readers_too(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as writer:
        writer.add_reports([FIRST, SECOND])
        with open_index(tmp_path, HashEmbedder()) as reader:
            writer.delete_report("vb-b")
            assert _found(reader, "zebrafinkar", "vb-b")
            assert reader.refresh() and not _found(reader, "zebrafinkar", "vb-b")


def test_old_generations_are_pruned_unless_a_reader_holds_them(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as writer:
        writer.add_reports([FIRST])
        with open_index(tmp_path, HashEmbedder()) as reader:
            held = reader.generation
            writer.add_reports([SECOND])
            writer.add_reports([THIRD])
            writer.delete_report("vb-c")
            numbers = _numbers(tmp_path)
            assert held in numbers  # the reader still serves it
            assert numbers == [held, writer.generation - 1, writer.generation]
            reader.refresh()
        writer.add_reports([THIRD])
        # the current generation and the one before it are all that is left
        assert _numbers(tmp_path) == [writer.generation - 1, writer.generation]


def test_prune_spares_a_held_generation_and_the_two_newest(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.add_reports([FIRST])
        oldest = index.generation
        lease = Lease.take(tmp_path, oldest)  # another reader, e.g. in another process
        assert lease is not None
        index.add_reports([SECOND])
        index.add_reports([THIRD])
        now = index.generation
    assert _numbers(tmp_path) == [oldest, now - 1, now]
    assert prune(tmp_path) == []  # held by the lease
    lease.release()
    assert prune(tmp_path) == [oldest]
    assert _numbers(tmp_path) == [now - 1, now]
    assert Lease.take(tmp_path, oldest) is None  # gone


def test_an_abandoned_build_and_a_dangling_pointer_are_recovered(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.add_reports([FIRST, SECOND])
    leftover = new_building_dir(tmp_path)  # a writer that died while building
    (tmp_path / "CURRENT").write_text("99\n")  # points at nothing
    with open_index(tmp_path, HashEmbedder()) as index:
        assert _found(index, "zebrafinkar", "vb-b")
        assert index.generation == current(tmp_path) == 100
    assert not leftover.exists()


def test_legacy_derived_files_beside_the_store_are_replaced_by_a_generation(
    tmp_path: Path,
) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.add_reports([FIRST])
    (tmp_path / "dense.faiss").write_bytes(b"old layout")
    (tmp_path / "manifest.json").write_text("{}")
    (tmp_path / "CURRENT").unlink()
    with open_index(tmp_path, HashEmbedder()) as index:
        assert _found(index, "familjehemsplacerade", "vb-a")
    assert not (tmp_path / "dense.faiss").exists() and not (tmp_path / "manifest.json").exists()


def test_a_sync_with_nothing_to_do_serves_what_another_writer_published(tmp_path: Path) -> None:
    with open_index(tmp_path, HashEmbedder()) as late, open_index(tmp_path, HashEmbedder()) as w:
        w.sync([FIRST, SECOND])
        assert late.sync([FIRST, SECOND]).unchanged == 2  # stored already: nothing to publish
        assert late.generation == w.generation and _found(late, "zebrafinkar", "vb-b")


def test_opening_during_another_writers_sync_serves_the_last_generation(tmp_path: Path) -> None:
    opened: list[Index] = []

    def progress(done: int, total: int) -> None:
        if done == 1:  # the writer holds the lock and has stored one of two reports
            opened.append(open_index(tmp_path, HashEmbedder()))

    with open_index(tmp_path, HashEmbedder()) as writer:
        writer.add_reports([FIRST])
        served = writer.generation
        writer.sync([FIRST, SECOND, THIRD], progress)
        with opened[0] as reader:
            assert reader.generation == served  # not a half-synced generation of its own
            assert not _found(reader, "zebrafinkar", "vb-b")
            assert reader.refresh() and reader.generation == writer.generation
            assert _found(reader, "zebrafinkar", "vb-b") and _found(reader, "läxhjälp", "vb-c")


def test_a_process_lock_excludes_another_holder_of_its_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "x.lock"
    one, two = ProcessLock(path), ProcessLock(path)  # as two processes would (own open files)
    with one.held() as mine:
        assert mine
        with one.held() as again:  # re-entrant in its own thread
            assert again
        with two.held(wait=False) as theirs:
            assert not theirs
    with two.held(wait=False) as theirs:
        assert theirs


def _point_at(index_dir: Path, number: int) -> None:
    """Set `CURRENT` as a writer does (temp file, fsync, rename), to any number."""
    atomic_write(index_dir / CURRENT_FILE, f"{number}\n".encode("ascii"))


def _search_until(index: Index, stop: threading.Event, errors: list[BaseException]) -> int:
    """Search in a loop (lexical and hybrid) until `stop`; failures go to `errors`."""
    done = 0
    while not stop.is_set():
        try:
            index.search("zebrafinkar", k=5, mode="lexical")
            index.search("läxhjälp på biblioteket", k=5)
            done += 1
        except BaseException as exc:  # any failure of a search during the swaps
            errors.append(exc)
            return done
    return done


def test_a_pointer_set_back_to_a_lower_generation_is_served_and_not_pruned(
    tmp_path: Path,
) -> None:
    with open_index(tmp_path, HashEmbedder()) as writer:
        writer.add_reports([FIRST, SECOND])
        lower = writer.generation
        writer.add_reports([THIRD])
        higher = writer.generation
    assert lower < higher and _numbers(tmp_path)[-2:] == [lower, higher]
    with open_index(tmp_path, HashEmbedder()) as reader:
        assert reader.generation == higher and _found(reader, "läxhjälp", "vb-c")
        stop, errors = threading.Event(), []
        with ThreadPoolExecutor(max_workers=1) as pool:
            searches = pool.submit(_search_until, reader, stop, errors)
            for number in (lower, higher) * 5 + (lower,):  # back and forth under load
                _point_at(tmp_path, number)
                assert reader.refresh() and reader.generation == number
            stop.set()
            assert searches.result(timeout=60) > 0
        assert errors == []
        assert not _found(reader, "läxhjälp", "vb-c") and _found(reader, "zebrafinkar", "vb-b")
        assert reader.stats()["reports"] == 2 and not reader.refresh()
        prune(tmp_path)  # the pointer's generation is kept; so is the higher one (n > CURRENT)
        assert {lower, higher} <= set(_numbers(tmp_path))
    assert lower not in prune(tmp_path)  # no reader holds it now: kept as the pointer's
    assert current(tmp_path) == lower and lower in _numbers(tmp_path)
    # Not a rollback: the store of record still holds vb-c, so a process opening now finds the
    # pointer's generation behind the store and publishes a new one from it (above both).
    with open_index(tmp_path, HashEmbedder()) as again:
        assert again.generation > higher and _found(again, "läxhjälp", "vb-c")


def test_a_rebuilt_folder_is_served_even_when_its_number_is_the_one_served(
    tmp_path: Path,
) -> None:
    with open_index(tmp_path, HashEmbedder()) as first:
        first.add_reports([FIRST])  # generations 1 (empty) and 2
    with open_index(tmp_path, HashEmbedder()) as reader:
        served = reader.generation
        with open_index(tmp_path, HashEmbedder(), rebuild=True) as rebuilt:  # wipes generations/
            rebuilt.add_reports([SECOND])  # numbering starts again: 1 (empty), then 2
            assert rebuilt.generation == served == current(tmp_path)
        assert reader.refresh()  # same number, another folder: swapped
        assert reader.generation == served and _found(reader, "zebrafinkar", "vb-b")
        assert not _found(reader, "familjehemsplacerade", "vb-a")
        assert not reader.refresh()
