"""Goals are stored with their report: the store keeps them, an older store gets them once, and
the ledger reads them instead of parsing pages again."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from ingest.goals import GOALS_FORMAT, extract_goals
from ingest.types import Report
from search import HashEmbedder, codec, open_index
from search.goals.build import build_ledger
from search.store import STORE_FILE, Store


def _store(path: Path, reports: tuple[Report, ...]) -> None:
    store = Store(path)
    for report in reports:
        store.put_report(report, [c.id for c in report.chunks], "none", {})
    store.close()


def test_goals_round_trip_through_the_store(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    _store(tmp_path / STORE_FILE, corpus_reports)
    store = Store(tmp_path / STORE_FILE)
    try:
        stored = {r.id: r.goals for r in store.list_reports()}
        assert stored == {r.id: r.goals for r in corpus_reports}
        assert sum(len(goals) for goals in stored.values()) == 278
        one = corpus_reports[2]
        held = store.get_report(one.id)
        assert held is not None and held.goals == one.goals
    finally:
        store.close()


def test_a_store_written_before_goals_gets_them_extracted_once(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    path = tmp_path / STORE_FILE
    _store(path, corpus_reports)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE reports DROP COLUMN goals")  # the schema before goals were stored
    conn.close()
    store = Store(path)  # opening adds the column and fills it from the stored pages
    store.close()
    conn = sqlite3.connect(path)
    empty = conn.execute("SELECT COUNT(*) FROM reports WHERE goals IS NULL").fetchone()[0]
    conn.close()
    assert empty == 0
    store = Store(path)
    try:
        assert {r.id: r.goals for r in store.list_reports()} == {
            r.id: r.goals for r in corpus_reports
        }
    finally:
        store.close()


def test_the_index_hands_out_reports_with_their_goals(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    with open_index(tmp_path, HashEmbedder()) as index:
        index.sync(corpus_reports[:3])
        held = {r.id: r.goals for r in index.list_reports()}
    assert held == {r.id: r.goals for r in corpus_reports[:3]}
    assert all(held.values())


def test_the_ledger_reads_stored_goals_and_parses_no_pages(
    corpus_reports: tuple[Report, ...],
) -> None:
    """A report without pages keeps its goals; the ledger takes exactly those."""
    report = corpus_reports[0]
    kept = report.goals[:3]
    ledger = build_ledger([replace(report, pages=(), goals=kept)], HashEmbedder(64))
    assert ledger.goals == kept
    assert extract_goals(replace(report, pages=())) == ()


def test_goals_extracted_by_older_rules_are_extracted_again(
    tmp_path: Path, corpus_reports: tuple[Report, ...]
) -> None:
    """A store whose goals older extraction rules wrote (no Resursanvändning field, another
    goals_format) gets them extracted again from its stored pages when opened."""
    path = tmp_path / STORE_FILE
    _store(path, corpus_reports)
    conn = sqlite3.connect(path)
    stale = [(codec.goals_to_json(tuple(replace(g, resources=None) for g in r.goals)), r.id)
             for r in corpus_reports]  # fmt: skip
    conn.executemany("UPDATE reports SET goals=? WHERE id=?", stale)
    conn.execute("UPDATE settings SET value='1' WHERE key='goals_format'")
    conn.commit()
    conn.close()
    store = Store(path)
    try:
        held = {r.id: r.goals for r in store.list_reports()}
        assert held == {r.id: r.goals for r in corpus_reports}
        assert sum(1 for goals in held.values() for g in goals if g.resources) >= 30
    finally:
        store.close()
    conn = sqlite3.connect(path)
    (kept,) = conn.execute("SELECT value FROM settings WHERE key='goals_format'").fetchone()
    conn.close()
    assert kept == GOALS_FORMAT
