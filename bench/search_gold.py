"""Score the search box (`GET /api/search`) on the assistant's question sets.

    python -m bench.search_gold [--embedder e5|hash] [--k 10] [--plain] [--devset FILE ...]

Every answerable question without a history and with gold quotes is searched as a user types it
in the search box; it counts as found when a hit within the top k (its text with heading path)
holds a gold quote. Prints hit@k and MRR@k per language and overall. `--plain` searches the
index directly with the question alone, without the Swedish wording the search box adds to an
English query (see service.answer.glossary.swedish_wording): the comparison behind that choice.
The default sets are the dev set and the held-out sets 1-6 and 8-11 (held-out 7 only by name).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.ask_devset import ASK_DEVSET_PATH, AskQuestion, chunk_haystack, load_ask_devset
from bench.ask_eval import bench_client
from bench.ask_metrics import contains_gold
from bench.metrics import mean

__all__ = ["DEFAULT_SETS", "Found", "found_at", "main", "summary_lines"]

BENCH = Path(__file__).parent
DEFAULT_SETS = (
    ASK_DEVSET_PATH,
    *(
        BENCH / f"ask_heldout{'' if i == 1 else i}.jsonl"
        for i in (1, 2, 3, 4, 5, 6, *range(8, 198))
    ),
)

Search = Callable[[str], list[tuple[str, Sequence[str]]]]
"""A question -> its hits as (text, heading path), best first."""


@dataclass(frozen=True, slots=True)
class Found:
    """One question's result: its language and the gold matches of its top-k hits."""

    lang: str
    matches: tuple[bool, ...]


def found_at(question: AskQuestion, search: Search) -> Found:
    """Whether each hit of `search` for the question holds one of its gold quotes."""
    golds = [g.contains for g in question.gold]
    hits = search(question.question)
    matches = tuple(contains_gold(chunk_haystack(text, path), golds) for text, path in hits)
    return Found(question.lang, matches)


def summary_lines(results: Sequence[Found], k: int) -> list[str]:
    """A markdown table: hit@k and MRR@k per language, then overall."""
    lines = [f"| group | n | hit@{k} | MRR@{k} |", "|---|---|---|---|"]
    for name in ("en", "sv", "overall"):
        group = [r for r in results if name in ("overall", r.lang)]
        if group:
            hit = mean([float(any(r.matches[:k])) for r in group])
            mrr = mean([_reciprocal_rank(r.matches[:k]) for r in group])
            lines.append(f"| {name} | {len(group)} | {hit:.3f} | {mrr:.3f} |")
    return lines


def _reciprocal_rank(matches: Sequence[bool]) -> float:
    """1 / rank of the first hit holding a gold, 0.0 when none does."""
    return next((1.0 / rank for rank, hit in enumerate(matches, 1) if hit), 0.0)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.search_gold", description=__doc__)
    p.add_argument("--embedder", default="e5", help="e5 | hash (default e5)")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--plain", action="store_true", help="the question alone, no Swedish wording")
    p.add_argument("--devset", type=Path, nargs="+", default=list(DEFAULT_SETS))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    questions = [
        q
        for path in args.devset
        for q in load_ask_devset(path)
        if q.answerable and q.gold and not q.history
    ]
    with bench_client(args.embedder) as client:
        index = client.app.state.answerer.index  # type: ignore[attr-defined]

        def search(text: str) -> list[tuple[str, Sequence[str]]]:
            if args.plain:
                return [(h.chunk.text, h.chunk.section_path) for h in index.search(text, k=args.k)]
            found = client.get("/api/search", params={"q": text, "k": args.k})
            found.raise_for_status()
            return [(h["text"], h["section_path"]) for h in found.json()["hits"]]

        results = [found_at(q, search) for q in questions]
    how = "the index, question alone" if args.plain else "GET /api/search"
    print(f"{how} on {len(questions)} answerable questions of {len(args.devset)} sets, ", end="")
    print(f"embedder {args.embedder}, k={args.k}")
    print("\n".join(summary_lines(results, args.k)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
