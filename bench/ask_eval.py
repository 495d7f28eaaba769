"""Score `/api/ask` on the assistant dev set, exactly as users get it.

    python -m bench.ask_eval [--embedder e5|hash] [--json FILE] [--verbose]

Builds (or re-opens) the benchmark index of the corpus under bench/out/, creates the app over it
and posts every question with its history through FastAPI's TestClient. Each citation's passage
is fetched from `GET /api/chunks/{id}`. Prints one table per kind, per language and overall,
weakest groups first; `--json` writes the per-question records and the group scores.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from bench.ask_devset import ASK_DEVSET_PATH, AskQuestion, chunk_haystack, load_ask_devset
from bench.ask_metrics import (
    GroupScore,
    QuestionRecord,
    cite_hit,
    first_cite_hit,
    gold_recall,
    headline,
    quote_hit,
    summarise_group,
    unit_counts,
)
from bench.indexes import BENCH_OUT, build_index, index_dir_for, read_corpus
from service.app import create_app
from service.settings import Settings

WARM_UP = "Vilka enheter finns i rapporterna?"

__all__ = [
    "bench_client",
    "bench_settings",
    "evaluate",
    "format_table",
    "group_scores",
    "main",
    "score_answer",
]

Fetch = Callable[[str], str]  # chunk id -> normalised passage haystack


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.ask_eval", description=__doc__)
    p.add_argument("--embedder", default="e5", help="embedder spec of the index (e5 | hash)")
    p.add_argument("--devset", type=Path, default=ASK_DEVSET_PATH, help="dev set JSON lines")
    p.add_argument("--json", type=Path, help="write per-question records and group scores here")
    p.add_argument("--verbose", action="store_true", help="print every question's outcome")
    return p


def score_answer(q: AskQuestion, body: dict[str, Any], fetch: Fetch, ms: float) -> QuestionRecord:
    """Score one `/api/ask` response body against the question's gold."""
    citations = body.get("citations", [])
    passages = [fetch(str(c["chunk_id"])) for c in citations]
    golds = [g.contains for g in q.gold]
    first_quote = str(citations[0].get("quote", "")) if citations else ""
    units = tuple(dict.fromkeys(str(u["report_id"]) for u in body.get("units", [])))
    return QuestionRecord(
        id=q.id,
        kind=q.kind,
        lang=q.lang,
        answerable=q.answerable,
        grounded=bool(body.get("grounded")),
        mode=str(body.get("mode", "")),
        n_citations=len(citations),
        cite_hit=cite_hit(passages, golds),
        first_hit=first_cite_hit(passages, golds),
        quote_hit=bool(golds) and quote_hit(first_quote, golds),
        gold_recall=gold_recall(passages, golds) if golds else 0.0,
        units_predicted=units,
        units_gold=q.units,
        latency_ms=ms,
        answer=str(body.get("answer", "")),
    )


def _fetcher(client: TestClient) -> Fetch:
    cache: dict[str, str] = {}

    def fetch(chunk_id: str) -> str:
        if chunk_id not in cache:
            r = client.get(f"/api/chunks/{chunk_id}")
            chunk: dict[str, Any] = r.json()["chunk"] if r.status_code == 200 else {}
            path = [str(p) for p in chunk.get("section_path", [])]
            cache[chunk_id] = chunk_haystack(str(chunk.get("text", "")), path)
        return cache[chunk_id]

    return fetch


def _ask(client: TestClient, q: AskQuestion) -> tuple[dict[str, Any], float]:
    payload = {"question": q.question, "history": [asdict(t) for t in q.history]}
    start = time.perf_counter()
    r = client.post("/api/ask", json=payload)
    ms = (time.perf_counter() - start) * 1000
    if r.status_code != 200:
        return {"answer": f"HTTP {r.status_code}: {r.text[:200]}", "grounded": False}, ms
    body: dict[str, Any] = r.json()
    return body, ms


def evaluate(client: TestClient, questions: Sequence[AskQuestion]) -> list[QuestionRecord]:
    """Ask every question (after un-timed warm-up requests) and score the answers.

    The warm-up loads the query embedder and builds the goal ledger, which the app does lazily
    on first use, so the latencies are those of a running server."""
    client.post("/api/ask", json={"question": WARM_UP, "history": []})
    client.get("/api/goals", params={"q": "delaktighet"})
    fetch = _fetcher(client)
    records = []
    for q in questions:
        body, ms = _ask(client, q)
        records.append(score_answer(q, body, fetch, ms))
    return records


def group_scores(records: Sequence[QuestionRecord]) -> list[GroupScore]:
    """Scores per kind and per language, weakest first, then the overall row."""
    groups: dict[str, list[QuestionRecord]] = {}
    for r in records:
        groups.setdefault(r.kind, []).append(r)
    for r in records:
        groups.setdefault(f"lang {r.lang}", []).append(r)
    scores = sorted((summarise_group(g, rs) for g, rs in groups.items()), key=headline)
    return [*scores, summarise_group("overall", records)]


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def format_table(scores: Sequence[GroupScore]) -> str:
    """A markdown table of group scores."""
    head = "| group | n | cite-hit | first-hit | quote-hit | gold-recall | answered | refused |"
    head += " units P / R / F1 | p50 ms | p95 ms |"
    lines = [head, "|" + "---|" * 11]
    for s in scores:
        units = (
            ""
            if s.units is None
            else (f"{s.units.precision:.2f} / {s.units.recall:.2f} / {s.units.f1:.2f}")
        )
        cells = [s.group, str(s.n), _fmt(s.cite_hit), _fmt(s.first_hit), _fmt(s.quote_hit)]
        cells.append(_fmt(s.gold_recall))
        cells += [_fmt(s.answered), _fmt(s.refused), units, f"{s.p50_ms:.0f}", f"{s.p95_ms:.0f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _verbose_line(r: QuestionRecord) -> str:
    marks = "".join("x" if f else "." for f in (r.cite_hit, r.first_hit, r.quote_hit))
    line = f"{r.id} {r.kind:<12} {r.lang} grounded={int(r.grounded)} {r.mode:<10} {marks}"
    if r.units_gold:
        c = unit_counts(r.units_predicted, r.units_gold)
        line += f" units tp={c.tp} fp={c.fp} fn={c.fn}"
        missing = sorted(set(r.units_gold) - set(r.units_predicted))
        extra = sorted(set(r.units_predicted) - set(r.units_gold))
        line += f" missing={missing} extra={extra}" if missing or extra else ""
    return line + f" {r.latency_ms:.0f} ms | {r.answer[:100]!r}"


def bench_settings(tmp: Path, embedder: str) -> Settings:
    """Settings of the benchmark app: paths in `tmp`, no rate limit, no .env or environment."""
    values: dict[str, Any] = {
        "index_dir": tmp / "index",
        "corpus_dir": tmp / "corpus",
        "embedder": embedder,
        "rate_limit_per_minute": 0,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _write_json(
    path: Path, records: Sequence[QuestionRecord], scores: Sequence[GroupScore]
) -> None:
    data = {"records": [asdict(r) for r in records], "groups": [asdict(s) for s in scores]}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


@contextmanager
def bench_client(embedder: str) -> Iterator[TestClient]:
    """A TestClient of the app over the benchmark index of the corpus (built or re-opened under
    bench/out/), settings in a temporary folder; the index is closed afterwards."""
    index = build_index(index_dir_for(BENCH_OUT, embedder), embedder, read_corpus())
    try:
        with tempfile.TemporaryDirectory() as tmp:
            app = create_app(bench_settings(Path(tmp), embedder), index=index)
            with TestClient(app, raise_server_exceptions=False) as client:
                yield client
    finally:
        index.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    load_before = os.getloadavg()[0]
    questions = load_ask_devset(args.devset)
    with bench_client(args.embedder) as client:
        records = evaluate(client, questions)
    scores = group_scores(records)
    if args.verbose:
        for r in records:
            print(_verbose_line(r))
        print()
    print(
        f"/api/ask on {len(questions)} questions ({args.devset.name}), embedder {args.embedder}, "
        f"load average {load_before:.1f} before / {os.getloadavg()[0]:.1f} after"
    )
    print(format_table(scores))
    if args.json:
        _write_json(args.json, records, scores)
        print(f"records written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
