"""`python -m bench.ask_diagnose`: where the answering passage ranks among the candidates.

For every passage-strategy question of the assistant dev set (not "which units", not goal
questions), reads the question as the app does, scores every candidate passage
(`Answerer.rank`) and prints one line: the best score, the threshold, the rank and score of the
first gold passage among the candidates (`-` when retrieval did not bring it), and the answer's
first quote. This is the tool for finding which part of the answer layer loses a question:
retrieval (gold absent), ranking (gold present, not first) or refusal (best under threshold).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from bench.ask_devset import ASK_DEVSET_PATH, AskQuestion, chunk_haystack, load_ask_devset
from bench.ask_eval import bench_client
from bench.ask_metrics import contains_gold
from service.answer.engine import Answerer
from service.answer.question import Question
from service.answer.select import Choice
from service.answer.types import Turn

__all__ = ["diagnose", "main", "passage_question"]


def _gold_rank(ranked: Sequence[Choice], q: AskQuestion) -> tuple[int, float] | None:
    golds = [g.contains for g in q.gold]
    for i, c in enumerate(ranked):
        chunk = c.evidence.hit.chunk
        if contains_gold(chunk_haystack(chunk.text, chunk.section_path), golds):
            return i + 1, c.score
    return None


def passage_question(answerer: Answerer, q: AskQuestion) -> Question | None:
    """The dev-set question read as the app reads it, None unless the passage strategy
    answers it ("which units" and goal questions have their own)."""
    history = [Turn(**asdict(t)) for t in q.history]
    read = answerer.read(q.question, history)
    return read if read.intent == "passage" else None


def diagnose(answerer: Answerer, q: AskQuestion) -> str | None:
    """One line for a passage-strategy question, None for the other strategies."""
    read = passage_question(answerer, q)
    if read is None:
        return None
    ranked = answerer.rank(read, None)
    threshold = answerer.threshold_of(read)
    top = ranked[0].score if ranked else float("-inf")
    gold = _gold_rank(ranked, q) if q.gold else None
    where = f"gold #{gold[0]:<2} {gold[1]:5.1f}" if gold else "gold  -        "
    verdict = "refused " if top < threshold else "answered"
    quote = ""
    if ranked:
        c = ranked[0]
        quote = c.evidence.hit.chunk.text[c.start : c.end][:90].replace("\n", " ")
    head = f"{q.id} {q.kind:<12} {q.lang} {verdict} top {top:5.1f} / {threshold:.1f}"
    return f"{head}  {where} | {quote}"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ask_diagnose", description=__doc__)
    p.add_argument("--embedder", default="e5")
    p.add_argument("--only", nargs="*", default=(), help="question ids to show")
    p.add_argument("--devset", default=str(ASK_DEVSET_PATH), help="question set (JSON lines)")
    args = p.parse_args(argv)
    with bench_client(args.embedder) as client:
        answerer = client.app.state.answerer  # type: ignore[attr-defined]
        for q in load_ask_devset(Path(args.devset)):
            if args.only and q.id not in args.only:
                continue
            line = diagnose(answerer, q)
            if line is not None:
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
