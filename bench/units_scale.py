"""`python -m bench.units_scale`: the cost of a "which units" answer at 100,000 passages.

Builds an index of copies of the demo corpus (each copy its own reports: new ids, unit names
"<unit> <n>", so chunk ids and posting lists grow like a real archive's) until it holds at least
`--chunks` passages, with the hash embedder at e5's dimension (the question's e5 embedding,
~35 ms, is a constant added on top and is measured by bench.latency). Then times the answerer's
aggregate strategy (key-term route through the lexical posting lists, meaning route through the
top passages' sentence vectors) for named and descriptive questions, and, for comparison, a
plain scan of every passage's text for the same key term.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.indexes import read_corpus
from bench.metrics import percentile
from bench.report import load_note, machine_description
from ingest.types import Report
from search import HashEmbedder, open_index
from search.index import Index
from service.answer import Answerer

QUESTIONS = (
    "Vilka enheter använder Signs of Safety?",
    "Vilka enheter erbjuder Komet?",
    "Which units use FREDA?",
    "Vilka enheter har SIP-samordnare?",
    "Vilka enheter arbetar vräkningsförebyggande?",
    "Vilka enheter gick med underskott eller hade en ekonomi i obalans?",
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.units_scale", description=__doc__)
    p.add_argument("--chunks", type=int, default=100_000, help="passages to reach (default 1e5)")
    p.add_argument("--repeat", type=int, default=5, help="timed runs per question (default 5)")
    return p


def copies(reports: list[Report], n: int) -> list[Report]:
    """Copy `n` of the corpus: every report under a new id and unit name."""
    out = []
    for i in range(n):
        for r in reports:
            rid = f"{r.id}-c{i:04d}"
            chunks = tuple(replace(c, id=f"{c.id}{i:04d}", report_id=rid) for c in r.chunks)
            meta = replace(r.meta, unit=f"{r.meta.unit} {i}")
            out.append(replace(r, id=rid, meta=meta, chunks=chunks, digest=f"{r.digest}{i}"))
    return out


def _scan(index: Index, term: str) -> int:
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    return len({c.report_id for c, _ in index.iter_chunks() if pattern.search(c.text)})


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    corpus = read_corpus()
    per_copy = sum(len(r.chunks) for r in corpus)
    n = -(-args.chunks // per_copy)
    with tempfile.TemporaryDirectory() as tmp:
        index = open_index(Path(tmp), HashEmbedder(384))
        started = time.perf_counter()
        index.sync(copies(corpus, n))
        built = time.perf_counter() - started
        answerer = Answerer(index)
        print(f"# which-units cost at {index.stats()['chunks']:,} passages ({n} corpus copies)")
        print(f"machine: {machine_description()}  {load_note()}")
        print(f"index build (hash embedder, dim 384): {built:.0f} s\n")
        print("| question | reports listed | p50 ms | p95 ms |")
        print("|---|---|---|---|")
        for question in QUESTIONS:
            times, listed = [], 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                answer = answerer.answer(question)
                times.append((time.perf_counter() - t0) * 1000)
                listed = len(answer.units)
            print(
                f"| {question} | {listed} | {percentile(times, 50):.0f} | "
                f"{percentile(times, 95):.0f} |"
            )
        t0 = time.perf_counter()
        found = _scan(index, "signs of safety")
        print(
            f"\nfor comparison, a scan of every passage's text for one term: "
            f"{(time.perf_counter() - t0) * 1000:.0f} ms ({found} reports)"
        )
        index.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
