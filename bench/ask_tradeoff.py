"""`python -m bench.ask_tradeoff`: the refusal trade-off of the assistant's answer threshold.

Asks every dev-set question through `/api/ask` (as bench.ask_eval does) once per threshold of
the passage strategy (`Answerer.threshold`, standard-score units, see service.answer.select)
and prints, overall and per language: the share of answerable questions answered, the share of
unanswerable ones refused, and cite-hit over answerable questions. The shipped threshold is
marked. Aggregate and goal answers do not depend on this threshold.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from bench.ask_devset import ASK_DEVSET_PATH, load_ask_devset
from bench.ask_eval import bench_client, evaluate
from bench.ask_metrics import QuestionRecord, rate
from service.answer.select import ANSWER_THRESHOLD

__all__ = ["main", "tradeoff_row"]

THRESHOLDS = (3.0, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 9.0)


def tradeoff_row(threshold: float, records: Sequence[QuestionRecord], lang: str = "") -> str:
    """One table row: threshold, answered (answerable), refused (unanswerable), cite-hit."""
    rs = [r for r in records if not lang or r.lang == lang]
    answerable = [r for r in rs if r.answerable]
    answered = rate([r.grounded for r in answerable])
    refused = rate([not r.grounded for r in rs if not r.answerable])
    cited = rate([r.cite_hit for r in answerable])
    mark = " (shipped)" if abs(threshold - ANSWER_THRESHOLD) < 1e-9 else ""
    cells = [f"{threshold:.1f}{mark}", lang or "all"]
    cells += ["" if v is None else f"{v:.2f}" for v in (answered, refused, cited)]
    return "| " + " | ".join(cells) + " |"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ask_tradeoff", description=__doc__)
    p.add_argument("--embedder", default="e5")
    p.add_argument("--devset", type=Path, default=ASK_DEVSET_PATH, help="question set (JSONL)")
    args = p.parse_args(argv)
    questions = load_ask_devset(args.devset)
    rows: dict[str, list[str]] = {"all": [], "sv": [], "en": []}
    with bench_client(args.embedder) as client:
        answerer = client.app.state.answerer  # type: ignore[attr-defined]
        for threshold in THRESHOLDS:
            answerer.threshold = threshold
            records = evaluate(client, questions)
            for lang in rows:
                rows[lang].append(tradeoff_row(threshold, records, lang * (lang != "all")))
    print("| threshold | questions | answered (answerable) | refused (unanswerable) | cite-hit |")
    print("|---|---|---|---|---|")
    for lines in rows.values():
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
