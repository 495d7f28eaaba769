"""`python -m bench.evaluate`: Recall@k, nDCG@k and MRR of lexical, dense and hybrid retrieval
on the dev set, overall and per question kind and language; written to bench/out/eval.md.

With `--grid` it also runs the hybrid search over a grid of fusion constants (weights, RRF k,
lexical-coverage exponent; see bench.tuning) and reports the settings ranked by nDCG -- that is
how search/fusion.py's defaults were chosen.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.devset import DEVSET_PATH, DevQuestion, load_devset
from bench.harness import run_questions, summarise
from bench.indexes import BENCH_OUT, CORPUS_DIR, build_index, index_dir_for, read_corpus
from bench.report import grid_table, machine_description, summary_table
from bench.tuning import current_setting, default_grid, run_grid
from search.protocols import SearchIndex

MODES = ("lexical", "dense", "hybrid")
GRID_ROWS = 15


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.evaluate", description=__doc__)
    p.add_argument("--embedder", default="e5", help="e5 | hash | st:<model> (default e5)")
    p.add_argument("--k", type=int, default=10, help="cut-off for all metrics (default 10)")
    p.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    p.add_argument("--devset", type=Path, default=DEVSET_PATH)
    p.add_argument("--out", type=Path, default=BENCH_OUT, help="index and eval.md go here")
    p.add_argument("--grid", action="store_true", help="also tune the fusion constants")
    return p


def _grid_section(
    index: SearchIndex, args: argparse.Namespace, questions: Sequence[DevQuestion]
) -> str:
    grid = default_grid()
    if current_setting() not in grid:
        grid.append(current_setting())
    rows = run_grid(index, questions, grid, args.k)
    now = current_setting()
    shown = [row for i, row in enumerate(rows) if i < GRID_ROWS or row[0] == now]
    labelled = [(s.label + (" **(current default)**" if s == now else ""), m) for s, m in shown]
    return (
        f"## Fusion grid: real hybrid search, overall, best {GRID_ROWS} of {len(rows)} "
        f"settings (+ the current default)\n\n{grid_table(labelled, args.k)}\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Build/open the index, score every mode, print and write the markdown report."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    questions = load_devset(args.devset)
    started = time.perf_counter()
    index = build_index(
        index_dir_for(args.out, args.embedder), args.embedder, read_corpus(args.corpus)
    )
    summaries = summarise(run_questions(index, questions, MODES, args.k))
    parts = [
        f"# Retrieval quality on the dev set ({len(questions)} questions)\n",
        f"Embedder `{args.embedder}`, k={args.k}, fusion constants {current_setting().label}. "
        f"Machine: {machine_description()}.\n",
        summary_table(summaries, args.k) + "\n",
    ]
    if args.grid:
        parts.append(_grid_section(index, args, questions))
    parts.append(f"_Run time {time.perf_counter() - started:.1f} s._\n")
    text = "\n".join(parts)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "eval.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
