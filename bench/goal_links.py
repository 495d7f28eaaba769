"""Goal linking against hand-judged pairs: `python -m bench.goal_links [embedder]` prints P/R.

The ledger is built over the whole corpus with the given embedder (default "e5"); only its
links between the two Barn- och ungdomsenheten reports (2016, 2019) at the judged levels count.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest import read_paths
from search import make_embedder
from search.goals.build import Ledger, build_ledger

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = Path(__file__).with_name("goal_links_sample.json")


@dataclass(frozen=True)
class LinkScores:
    links: int
    correct: int
    required: int
    found: int

    @property
    def precision(self) -> float:
        return self.correct / self.links if self.links else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0


def _judged(pair: dict[str, Any], old_text: str, new_text: str) -> bool:
    return new_text.startswith(pair["new"]) and any(old_text.startswith(o) for o in pair["old"])


def score_links(ledger: Ledger, sample: dict[str, Any]) -> LinkScores:
    """Precision of the ledger's links between the two reports, recall of the required pairs."""
    by_id = ledger.by_id
    made = []
    for link in ledger.links:
        a, b = by_id[link.a], by_id[link.b]
        if (a.report_id, b.report_id) == (sample["old_report"], sample["new_report"]) and (
            a.level in sample["levels"]
        ):
            made.append((a.text, b.text))
    pairs = sample["pairs"]
    correct = sum(any(_judged(p, o, n) for p in pairs) for o, n in made)
    required = [p for p in pairs if p["required"]]
    found = sum(any(_judged(p, o, n) for o, n in made) for p in required)
    return LinkScores(links=len(made), correct=correct, required=len(required), found=found)


def main(argv: list[str]) -> int:
    spec = argv[0] if argv else "e5"
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    ledger = build_ledger(read_paths([ROOT / "corpus"]).reports, make_embedder(spec))
    s = score_links(ledger, sample)
    print(f"embedder {spec}: {s.links} links between BoU 2016 and 2019 (nämndmål, enhetsmål)")
    print(f"  precision {s.precision:.3f} ({s.correct}/{s.links})")
    print(f"  recall {s.recall:.3f} ({s.found}/{s.required} required pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
