"""`python -m bench.ask_fit`: fit the answer score's feature weights on the assistant dev set.

For every passage-strategy question of the dev set (`bench/ask_devset.jsonl`), the answerer's
candidates (`Answerer.candidates`) give every sentence's features (`service.answer.features`).
A sentence of a gold passage that overlaps the gold text is a positive; every sentence of the
other candidates, and the other sentences of gold passages (at half weight), are negatives.
The weights minimise the pairwise logistic loss  log(1 + exp(-w . (x_pos - x_neg)))  with an L2
penalty, each question weighing the same, and are scaled so the sentence similarity weighs 1
(scores stay in standard-score units, like the threshold).

Printed: the shipped WEIGHTS' and RANK_WEIGHTS' first-passage accuracy (in-sample: they were
set on these questions), leave-one-question-out accuracy of the fit for each penalty (the
honest figure: each question is ranked by weights fitted without it), or with `--folds K`
(many sets) the fit's accuracy on each question set held out of K folds of sets against
WEIGHTS', over the questions WEIGHTS' score answers (RANK_WEIGHTS only reorders those), and
the weights fitted on all questions. The refusal threshold is chosen separately
(bench/ask_tradeoff.py).

    python -m bench.ask_fit --folds 5 --devset bench/ask_devset.jsonl bench/ask_heldout*.jsonl
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench.ask_devset import ASK_DEVSET_PATH, AskQuestion, chunk_haystack, load_ask_devset
from bench.ask_diagnose import passage_question
from bench.ask_eval import bench_client
from bench.devset import normalise
from service.answer.engine import Answerer
from service.answer.features import FEATURE_NAMES, sentence_features
from service.answer.select import (
    ANSWER_THRESHOLD,
    ENGLISH_OFFSET,
    RANK_WEIGHTS,
    UNKNOWN_SHARE_FREE,
    UNKNOWN_SHARE_PENALTY,
    WEIGHTS,
)

__all__ = ["Sample", "by_folds", "fit", "main", "top_hits", "top_score"]

Matrix = npt.NDArray[np.float64]
PENALTIES = (0.001, 0.01, 0.1)


@dataclass(frozen=True)
class Sample:
    """One question: its sentences' features (rows), which passage each belongs to, which
    passages are gold and which sentences say the gold text."""

    id: str
    set: str
    lang: str
    answerable: bool
    x: Matrix  # sentences x features
    passage: npt.NDArray[np.int64]  # passage index of each sentence
    gold_passage: npt.NDArray[np.bool_]  # per sentence: its passage contains a gold
    positive: npt.NDArray[np.bool_]  # per sentence: it says the gold text
    unknown: float
    english: bool


def _overlaps(sentence: str, golds: Sequence[str]) -> bool:
    s = normalise(sentence)
    return any(g[:30] in s or (len(s) >= 12 and s[:30] in g) for g in map(normalise, golds))


def _sample(answerer: Answerer, q: AskQuestion, source: str = "") -> Sample | None:
    read = passage_question(answerer, q)
    if read is None:
        return None
    c = answerer.candidates(read, None)
    golds = [g.contains for g in q.gold]
    rows, passage, gold, positive = [], [], [], []
    for i, ev in enumerate(c.evidence):
        chunk = ev.hit.chunk
        is_gold = any(normalise(g) in chunk_haystack(chunk.text, chunk.section_path) for g in golds)
        for start, end, f in sentence_features(ev, read, c.weights, c.keys, c.variants):
            piece = chunk.text[start:end]
            if sum(ch.isalpha() for ch in piece) < 3:
                continue
            rows.append(f.values())
            passage.append(i)
            gold.append(is_gold)
            positive.append(is_gold and _overlaps(piece, golds))
    x = np.asarray(rows, np.float64).reshape(-1, len(FEATURE_NAMES))
    return Sample(
        q.id, source, q.lang, q.answerable, x, np.asarray(passage), np.asarray(gold, bool),
        np.asarray(positive, bool), c.unknown, read.language == "en",
    )  # fmt: skip


def fit(samples: Sequence[Sample], penalty: float, steps: int = 800) -> dict[str, float]:
    """Listwise logistic regression: for each question the softmax over its sentences' scores
    should put its mass on the sentences that say the gold text (loss -log of that mass), plus
    `penalty` times the squared weights of the standardised features; gradient descent, then
    scaled so the sentence weight is 1."""
    used = [s for s in samples if s.answerable and s.positive.any()]
    allx = np.vstack([s.x for s in used])
    mean, scale = allx.mean(axis=0), allx.std(axis=0) + 1e-9
    zs = [((s.x - mean) / scale, s.gold_passage | s.positive) for s in used]
    beta = np.zeros(allx.shape[1])
    for _ in range(steps):
        grad = penalty * beta
        for z, pos in zs:
            scores = z @ beta
            p_all = np.exp(scores - scores.max())
            p_all /= p_all.sum()
            p_pos = p_all * pos / max(float((p_all * pos).sum()), 1e-12)
            grad += (p_all - p_pos) @ z / len(zs)
        beta -= 0.5 * grad
    raw = beta / scale
    raw = raw / raw[FEATURE_NAMES.index("sentence")]
    return {name: round(float(v), 2) for name, v in zip(FEATURE_NAMES, raw, strict=True)}


def _vector(weights: Mapping[str, float]) -> Matrix:
    return np.asarray([weights[n] for n in FEATURE_NAMES], np.float64)


def top_score(s: Sample, weights: Mapping[str, float]) -> tuple[float, bool]:
    """The best sentence score (with the unknown-topic penalty) and whether its passage is gold."""
    if len(s.x) == 0:
        return -math.inf, False
    scores = s.x @ _vector(weights)
    best = int(np.argmax(scores))
    strange = UNKNOWN_SHARE_PENALTY * max(0.0, s.unknown - UNKNOWN_SHARE_FREE)
    return float(scores[best]) - strange, bool(s.gold_passage[best])


def top_hits(samples: Sequence[Sample], weights: Mapping[str, float]) -> float:
    """Share of answerable questions whose best-scoring sentence is in a gold passage."""
    answerable = [s for s in samples if s.answerable and s.gold_passage.any()]
    return sum(top_score(s, weights)[1] for s in answerable) / max(len(answerable), 1)


def _cross_validated(samples: Sequence[Sample], penalty: float) -> float:
    answerable = [s for s in samples if s.answerable and s.positive.any()]
    hits = 0
    for held in answerable:
        weights = fit([s for s in answerable if s is not held], penalty, steps=300)
        hits += top_score(held, weights)[1]
    return hits / len(answerable)


def by_folds(samples: Sequence[Sample], folds: int, penalty: float) -> tuple[int, int, int]:
    """(fitted hits, WEIGHTS' hits, questions): over the answerable questions whose gold
    passage is a candidate and whose best WEIGHTS score reaches the threshold, whether the
    best sentence by weights fitted without the question's set (sets dealt round-robin into
    `folds` folds) lies in a gold passage, and whether WEIGHTS' best does."""
    sets = sorted({s.set for s in samples})
    fitted = shipped = total = 0
    for k in range(folds):
        held = set(sets[k::folds])
        weights = fit([s for s in samples if s.set not in held], penalty, steps=300)
        for s in samples:
            if s.set not in held or not (s.answerable and s.gold_passage.any()):
                continue
            threshold = ANSWER_THRESHOLD - (ENGLISH_OFFSET if s.english else 0.0)
            if top_score(s, WEIGHTS)[0] < threshold:
                continue  # refused either way: the ranking weights never see it
            total += 1
            fitted += top_score(s, weights)[1]
            shipped += top_score(s, WEIGHTS)[1]
    return fitted, shipped, total


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ask_fit", description=__doc__)
    p.add_argument("--embedder", default="e5")
    p.add_argument("--no-cv", action="store_true", help="skip the leave-one-out figures")
    p.add_argument("--folds", type=int, default=0, help="cross-validate over K folds of sets")
    p.add_argument(
        "--devset", nargs="*", default=[str(ASK_DEVSET_PATH)], help="question sets (JSON lines)"
    )
    args = p.parse_args(argv)
    with bench_client(args.embedder) as client:
        answerer = client.app.state.answerer  # type: ignore[attr-defined]
        paths = [Path(p) for p in args.devset]
        samples = [_sample(answerer, q, p.stem) for p in paths for q in load_ask_devset(p)]
    kept = [s for s in samples if s is not None]
    print(
        f"{len(kept)} passage questions; first-hit WEIGHTS {top_hits(kept, WEIGHTS):.3f}, "
        f"RANK_WEIGHTS {top_hits(kept, RANK_WEIGHTS):.3f}"
    )
    if args.folds:
        fitted, shipped, total = by_folds(kept, args.folds, PENALTIES[1])
        print(f"{args.folds} folds of sets, answered questions: fitted {fitted}, WEIGHTS "
              f"{shipped} of {total}")  # fmt: skip
    elif not args.no_cv:
        for penalty in PENALTIES:
            print(
                f"penalty {penalty}: leave-one-out first-hit {_cross_validated(kept, penalty):.3f}"
            )
    weights = fit(kept, PENALTIES[1])
    print(f"fitted on all (penalty {PENALTIES[1]}): first-hit {top_hits(kept, weights):.3f}")
    print(weights)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
