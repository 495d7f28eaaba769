"""The consistency check run after every fault: what the store lists, search finds."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import ingest
import search
from ingest.types import Report
from tests.reliability import synth


def expected_reports(numbers: Iterable[int]) -> dict[str, tuple[int, Report]]:
    """Report id -> (n, report) for synthetic reports `numbers`, parsed in this process."""
    out = {}
    for n in numbers:
        for report in ingest.read_bytes(synth.report_text(n).encode(), synth.name(n)):
            out[report.id] = (n, report)
    return out


def check_index(
    index_dir: Path, acked: set[str], expected: dict[str, tuple[int, Report]]
) -> set[str]:
    """Assert the index is consistent; returns the ids of the reports it holds.

    * it opens (derived files that are missing or stale get rebuilt, never half-read);
    * every acknowledged report is there;
    * every report there (of those expected) is whole: exactly the chunks it was parsed into;
    * the chunks the index iterates are exactly those of its reports;
    * search finds each held report by its sentinel word, and never a report it does not hold.
    """
    index = search.open_index(index_dir, search.make_embedder("hash"))
    try:
        held = {report.id: report for report in index.list_reports()}
        assert acked <= set(held), f"acknowledged but lost: {sorted(acked - set(held))}"
        for rid, report in held.items():
            if rid not in expected:
                continue  # e.g. a corpus report the server indexed at start-up
            want = {c.id for c in expected[rid][1].chunks}
            assert {c.id for c in report.chunks} == want, f"{rid} is half-ingested"
        owner = {c.id: rid for rid, r in held.items() for c in r.chunks}
        iterated = {chunk.id for chunk, _meta in index.iter_chunks()}
        assert iterated == set(owner)
        for rid, (n, _report) in expected.items():
            hits = index.search(synth.sentinel(n), k=5)
            found = {owner[cid] for hit in hits for cid in (hit.chunk.id, *hit.also_in)}
            if rid in held:
                assert rid in found, f"{rid} is stored but search cannot find it"
            else:
                assert rid not in found, f"{rid} is not stored but search returns it"
        return set(held)
    finally:
        index.close()
