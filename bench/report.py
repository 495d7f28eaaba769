"""Markdown tables of evaluation summaries and of the fusion-weight grid."""

from __future__ import annotations

import platform
from collections.abc import Sequence
from pathlib import Path

from bench.harness import Summary

__all__ = ["grid_table", "load_note", "machine_description", "summary_table"]


def summary_table(summaries: Sequence[Summary], k: int) -> str:
    """One row per group, for each mode the columns Recall@k, nDCG@k and MRR."""
    modes = list(dict.fromkeys(s.mode for s in summaries))
    groups = list(dict.fromkeys(s.group for s in summaries))
    by_key = {(s.mode, s.group): s for s in summaries}
    head = ["group", "n"]
    for mode in modes:
        head += [f"{mode} R@{k}", f"{mode} nDCG@{k}", f"{mode} MRR"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for group in groups:
        first = next(by_key[(m, group)] for m in modes if (m, group) in by_key)
        row = [group, str(first.n)]
        for mode in modes:
            s = by_key.get((mode, group))
            row += [f"{s.recall:.3f}", f"{s.ndcg:.3f}", f"{s.mrr:.3f}"] if s else ["", "", ""]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def grid_table(rows: Sequence[tuple[str, Summary]], k: int) -> str:
    """The fusion grid: one row per parameter setting with its overall hybrid metrics."""
    lines = [
        f"| setting | R@{k} | nDCG@{k} | MRR |",
        "|---|---|---|---|",
    ]
    for label, s in rows:
        lines.append(f"| {label} | {s.recall:.3f} | {s.ndcg:.3f} | {s.mrr:.3f} |")
    return "\n".join(lines)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine_description() -> str:
    """`nproc`, CPU model and RAM of this machine, plus the Python version."""
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{cores} cores (nproc), {_cpu_model()}, {_ram_gib()} RAM, "
        f"Python {platform.python_version()}"
    )


def load_note() -> str:
    """The 1/5/15-minute load averages: other work on a shared machine skews timings."""
    import os

    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min)"
