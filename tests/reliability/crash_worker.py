"""Child process of the kill -9 test: ingest synthetic reports one batch at a time.

    python -m tests.reliability.crash_worker INDEX_DIR FIRST COUNT

After each `add_reports` call returns it prints ``ACK <id> <id> ...`` and flushes: an ACK is the
acknowledgement a client would get, so every acknowledged report must survive a crash.
"""

from __future__ import annotations

import sys
from pathlib import Path

import ingest
import search
from tests.reliability import synth

BATCH = 2


def main(index_dir: str, first: int, count: int) -> None:
    index = search.open_index(Path(index_dir), search.make_embedder("hash"))
    print("READY", flush=True)
    for start in range(first, first + count, BATCH):
        reports = []
        for n in range(start, min(start + BATCH, first + count)):
            reports += ingest.read_bytes(synth.report_text(n).encode(), synth.name(n))
        index.add_reports(reports)
        print("ACK", *(r.id for r in reports), flush=True)
    index.close()
    print("DONE", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
