"""`python -m bench.ask_calibrate`: fit the answerability model (service.answer.answerable).

For every passage-strategy question of the given sets (default: the assistant dev set and the
held-out sets that were read while building the answerer, `bench/ask_heldout*.jsonl` but
held-out 7, kept unread), ranks the candidates as the app does (`Answerer.rank`) and takes the
model's inputs (`answerable.inputs`); the label is whether the question is answerable.

Fits a logistic regression (standardised inputs, L2 penalty, gradient descent) separating the
questions whose first-ranked passage holds a gold answer from the unanswerable ones (an
answerable question with another passage first is left out of the fit), and prints trade-offs
for the score threshold alone, the model alone and the threshold with the model (the shipped
rule: an answer needs both), the last two 5-fold cross-validated (each question scored by a
model fitted without it: the honest figure) and the shipped model in-sample; then the fitted
coefficients in raw units, to paste into answerable.py. A trade-off row is a probability cut:
answered and first-cited shares of the answerable questions, refused share of the
unanswerable ones.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench.ask_devset import ASK_DEVSET_PATH, chunk_haystack, load_ask_devset
from bench.ask_diagnose import passage_question
from bench.ask_eval import bench_client
from bench.ask_metrics import contains_gold
from service.answer.answerable import INPUTS, MIN_PROBABILITY, clears, inputs, probability
from service.answer.engine import Answerer

__all__ = ["default_sets", "fit", "main", "tradeoff"]

Matrix = npt.NDArray[np.float64]
Vector = npt.NDArray[np.float64]
CUTS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
PENALTY = 0.01
FOLDS = 5
UNREAD = ("ask_heldout7.jsonl",)  # kept unread: a check no rule was written for


def default_sets() -> list[Path]:
    """The dev set and the read held-out sets."""
    here = ASK_DEVSET_PATH.parent
    held = sorted(p for p in here.glob("ask_heldout*.jsonl") if p.name not in UNREAD)
    return [ASK_DEVSET_PATH, *held]


UNANSWERABLE, CITED, MISCITED = 0.0, 1.0, 2.0
"""A question's label: unanswerable; answerable with a gold passage ranked first; answerable
with another passage first (left out of the fit: answering it cites the wrong passage, refusing
it loses an answer)."""


def _rows(answerer: Answerer, paths: Sequence[Path]) -> tuple[Matrix, Vector, Vector]:
    """Inputs, labels (see CITED) and the second passage's margin (-inf with none) of every
    passage question with candidates."""
    rows, labels, seconds = [], [], []
    for path in paths:
        for q in load_ask_devset(path):
            read = passage_question(answerer, q)
            if read is None:
                continue
            ranked = answerer.rank(read, None)
            if not ranked:
                continue
            threshold = answerer.threshold_of(read)
            values = inputs(ranked, threshold)
            rows.append([values[name] for name in INPUTS])
            seconds.append(ranked[1].score - threshold if len(ranked) > 1 else -math.inf)
            chunk = ranked[0].evidence.hit.chunk
            haystack = chunk_haystack(chunk.text, chunk.section_path)
            cited = contains_gold(haystack, [g.contains for g in q.gold])
            labels.append(UNANSWERABLE if not q.answerable else CITED if cited else MISCITED)
    return (
        np.asarray(rows, np.float64),
        np.asarray(labels, np.float64),
        np.asarray(seconds, np.float64),
    )


def fit(x: Matrix, y: Vector, penalty: float = PENALTY, steps: int = 3000) -> Vector:
    """Logistic regression on standardised inputs; raw-unit coefficients, intercept last."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        grad = z.T @ (p - y) / len(y) + penalty * np.r_[beta[:-1], 0.0]
        beta -= 0.5 * grad
    raw = beta[:-1] / scale
    return np.asarray(np.r_[raw, beta[-1] - float(raw @ mean)], np.float64)


def _predict(coef: Vector, x: Matrix) -> Vector:
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ coef[:-1] + coef[-1]))), np.float64)


def _fitted(x: Matrix, y: Vector) -> Vector:
    """The model fitted on the cited (1) and unanswerable (0) questions of x."""
    kept = y != MISCITED
    return fit(x[kept], (y[kept] == CITED).astype(np.float64))


def _cross_validated(x: Matrix, y: Vector) -> Vector:
    """Each question's probability from a model fitted on the other folds."""
    order = np.random.default_rng(0).permutation(len(y))
    out = np.zeros(len(y))
    for k in range(FOLDS):
        held = order[k::FOLDS]
        kept = np.setdiff1d(order, held)
        out[held] = _predict(_fitted(x[kept], y[kept]), x[held])
    return out


def tradeoff(p: Vector, y: Vector, cuts: Sequence[float] = CUTS) -> list[str]:
    """One row per cut: answered and first-cited shares of the answerable questions, refused
    share of the unanswerable ones."""
    answerable = y != UNANSWERABLE
    lines = []
    for cut in cuts:
        answered = float(np.mean(p[answerable] >= cut))
        cited = float(np.mean((p >= cut)[answerable] & (y[answerable] == CITED)))
        refused = float(np.mean(p[~answerable] < cut))
        mark = " (shipped)" if math.isclose(cut, MIN_PROBABILITY) else ""
        lines.append(f"| {cut:.2f}{mark} | {answered:.3f} | {cited:.3f} | {refused:.3f} |")
    return lines


def at_refusal(p: Vector, y: Vector, level: float) -> tuple[float, float, float]:
    """(cut, answered, first-cited) at the lowest cut refusing `level` of the unanswerable."""
    answerable = y != UNANSWERABLE
    for cut in sorted(set(p[~answerable].tolist()) | {0.0}):
        if float(np.mean(p[~answerable] < cut + 1e-12)) >= level:
            taken = p[answerable] >= cut + 1e-12
            cited = float(np.mean(taken & (y[answerable] == CITED)))
            return cut + 1e-12, float(np.mean(taken)), cited
    return 1.0, 0.0, 0.0


def _table(title: str, p: Vector, y: Vector) -> None:
    print(f"\n{title}\n| p cut | answered | first cited | refused |\n|---|---|---|---|")
    print("\n".join(tradeoff(p, y)))
    for level in (0.80, 0.85, 0.88, 0.90, 0.92):
        _, answered, cited = at_refusal(p, y, level)
        print(f"refusing {level:.2f}: answered {answered:.3f}, first cited {cited:.3f}")


_NAMES = {CITED: "cited first", MISCITED: "miscited", UNANSWERABLE: "unanswerable"}


def _margin_only(x: Matrix) -> Vector:
    margin = x[:, INPUTS.index("margin")]
    return 1.0 / (1.0 + np.exp(-margin))  # margin 0 (the score threshold) at cut 0.5


def _shipped(x: Matrix) -> Vector:
    return np.asarray([probability(dict(zip(INPUTS, map(float, r), strict=True))) for r in x])


def _gated(p: Vector, x: Matrix, seconds: Vector) -> Vector:
    """The probabilities of the questions whose best passage clears the score threshold (or,
    standing alone, comes near it: answerable.clears), 0 for the others (which are refused
    whatever the model says): the shipped rule."""
    margins = x[:, INPUTS.index("margin")]
    pairs = zip(margins, seconds, strict=True)
    cleared = [clears([m] if s == -math.inf else [m, s], 0.0) for m, s in pairs]
    return np.where(np.asarray(cleared), p, 0.0)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ask_calibrate", description=__doc__)
    p.add_argument("--embedder", default="e5")
    p.add_argument("--devset", nargs="*", type=Path, help="question sets (default: read sets)")
    p.add_argument("--rows", type=Path, help="an .npz of inputs: read if present, else written")
    args = p.parse_args(argv)
    paths = args.devset or default_sets()
    if args.rows and args.rows.exists():
        saved = np.load(args.rows)
        x, y, seconds = saved["x"], saved["y"], saved["seconds"]
    else:
        with bench_client(args.embedder) as client:
            x, y, seconds = _rows(client.app.state.answerer, paths)  # type: ignore[attr-defined]
        if args.rows:
            np.savez(args.rows, x=x, y=y, seconds=seconds)
    counts = ", ".join(f"{int(np.sum(y == v))} {n}" for v, n in _NAMES.items())
    print(f"{len(y)} passage questions ({counts}) from {len(paths)} sets")
    _table("Score threshold alone (the threshold at cut 0.5):", _margin_only(x), y)
    held_out = _cross_validated(x, y)
    _table(f"Fitted model alone, {FOLDS}-fold cross-validated:", held_out, y)
    gated = _gated(held_out, x, seconds)
    _table(f"Threshold and fitted model, {FOLDS}-fold cross-validated:", gated, y)
    _table("Threshold and shipped model (in-sample):", _gated(_shipped(x), x, seconds), y)
    coef = _fitted(x, y)
    print("\nCOEFFICIENTS = {")
    for name, value in zip(INPUTS, coef[:-1], strict=True):
        print(f'    "{name}": {value:.3f},')
    print(f"}}\nINTERCEPT = {coef[-1]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
