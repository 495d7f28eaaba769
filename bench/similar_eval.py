"""Score `POST /api/similar` ("Hitta tidigare formuleringar") on the draft dev set.

    python -m bench.similar_eval [--embedder e5|hash] [--k 10] [--json FILE] [--verbose]

A hit counts as finding a gold when it -- or one of the near-duplicates folded into its `also_in`
-- comes from the gold's report and its text with heading path contains the gold substring.
Prints hit@1, hit@5 and MRR@k per draft kind and overall.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from bench.ask_devset import AskGold, chunk_haystack
from bench.ask_eval import bench_client
from bench.devset import normalise
from bench.metrics import mean, percentile, reciprocal_rank
from bench.similar_devset import SIMILAR_DEVSET_PATH, Draft, load_similar_devset

__all__ = ["DraftRecord", "evaluate", "format_table", "hit_matches", "main", "score_hits"]

Passage = tuple[str, str]  # (report id, normalised haystack)
Fetch = Callable[[str], Passage]


@dataclass(frozen=True, slots=True)
class DraftRecord:
    """What one draft got: the rank of its first gold passage (0 = none in the top k)."""

    id: str
    kind: str
    first_rank: int
    rr: float
    top_report: str
    latency_ms: float


def hit_matches(passages: Sequence[Passage], gold: Sequence[AskGold]) -> frozenset[int]:
    """Indices of the gold passages that any of one hit's passages (own + folded) contains."""
    return frozenset(
        i
        for i, g in enumerate(gold)
        for report, haystack in passages
        if report == g.report and normalise(g.contains) in haystack
    )


def score_hits(
    draft: Draft, hits: Sequence[dict[str, Any]], fetch: Fetch, ms: float
) -> DraftRecord:
    """Score one `/api/similar` hit list against the draft's gold."""
    matches = []
    for h in hits:
        own = (str(h["report_id"]), chunk_haystack(str(h["text"]), h.get("section_path", [])))
        folded = [fetch(str(c)) for c in h.get("also_in", [])]
        matches.append(hit_matches([own, *folded], draft.gold))
    rr = reciprocal_rank(matches, len(matches))
    return DraftRecord(
        id=draft.id,
        kind=draft.kind,
        first_rank=round(1 / rr) if rr else 0,
        rr=rr,
        top_report=str(hits[0]["report_id"]) if hits else "",
        latency_ms=ms,
    )


def _fetcher(client: TestClient) -> Fetch:
    cache: dict[str, Passage] = {}

    def fetch(chunk_id: str) -> Passage:
        if chunk_id not in cache:
            r = client.get(f"/api/chunks/{chunk_id}")
            body: dict[str, Any] = r.json() if r.status_code == 200 else {}
            chunk = body.get("chunk", {})
            path = [str(p) for p in chunk.get("section_path", [])]
            report = str(body.get("report", {}).get("id", ""))
            cache[chunk_id] = (report, chunk_haystack(str(chunk.get("text", "")), path))
        return cache[chunk_id]

    return fetch


def evaluate(client: TestClient, drafts: Sequence[Draft], k: int) -> list[DraftRecord]:
    """Post every draft (after one un-timed warm-up) and score the hits."""
    client.post("/api/similar", json={"text": "Budget i balans.", "k": k})
    fetch = _fetcher(client)
    records = []
    for d in drafts:
        start = time.perf_counter()
        r = client.post("/api/similar", json={"text": d.text, "k": k})
        ms = (time.perf_counter() - start) * 1000
        hits = r.json().get("hits", []) if r.status_code == 200 else []
        records.append(score_hits(d, hits, fetch, ms))
    return records


def _row(group: str, records: Sequence[DraftRecord]) -> str:
    hit1 = mean([1.0 if r.first_rank == 1 else 0.0 for r in records])
    hit5 = mean([1.0 if 0 < r.first_rank <= 5 else 0.0 for r in records])
    mrr = mean([r.rr for r in records])
    p50, p95 = (percentile([r.latency_ms for r in records], q) for q in (50, 95))
    cells = [group, str(len(records)), f"{hit1:.3f}", f"{hit5:.3f}", f"{mrr:.3f}"]
    return "| " + " | ".join([*cells, f"{p50:.0f}", f"{p95:.0f}"]) + " |"


def format_table(records: Sequence[DraftRecord], k: int) -> str:
    """A markdown table per draft kind (in dev-set order) and overall."""
    kinds = list(dict.fromkeys(r.kind for r in records))
    lines = [f"| kind | n | hit@1 | hit@5 | MRR@{k} | p50 ms | p95 ms |", "|" + "---|" * 7]
    lines += [_row(kind, [r for r in records if r.kind == kind]) for kind in kinds]
    lines.append(_row("overall", records))
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.similar_eval", description=__doc__)
    p.add_argument("--embedder", default="e5", help="embedder spec of the index (e5 | hash)")
    p.add_argument("--devset", type=Path, default=SIMILAR_DEVSET_PATH, help="drafts JSON lines")
    p.add_argument("--k", type=int, default=10, help="hits requested per draft")
    p.add_argument("--json", type=Path, help="write the per-draft records here")
    p.add_argument("--verbose", action="store_true", help="print every draft's outcome")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    load_before = os.getloadavg()[0]
    drafts = load_similar_devset(args.devset)
    with bench_client(args.embedder) as client:
        records = evaluate(client, drafts, args.k)
    if args.verbose:
        for r in records:
            print(
                f"{r.id} {r.kind:<16} rank={r.first_rank} top={r.top_report} {r.latency_ms:.0f} ms"
            )
        print()
    print(
        f"/api/similar on {len(drafts)} drafts ({args.devset.name}), embedder {args.embedder}, "
        f"load average {load_before:.1f} before / {os.getloadavg()[0]:.1f} after"
    )
    print(format_table(records, args.k))
    if args.json:
        data = [asdict(r) for r in records]
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"records written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
