"""kill -9 during ingest, then restart: no acknowledged report lost, none half-visible."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability import synth
from tests.reliability.consistency import check_index, expected_reports

SEED = 20261123
ROUNDS = 6
PER_ROUND = 30


def _worker(index_dir: Path, first: int, count: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.reliability.crash_worker", str(index_dir)]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [*command, str(first), str(count)], cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE
    )


def _acks(lines: list[str]) -> set[str]:
    return {rid for line in lines if line.startswith("ACK ") for rid in line.split()[1:]}


def _kill_after(proc: subprocess.Popen[str], acks_wanted: int, delay: float) -> list[str]:
    """Read `acks_wanted` ACK lines, wait `delay` s, SIGKILL; returns every line printed."""
    assert proc.stdout is not None
    lines: list[str] = []
    while sum(line.startswith("ACK") for line in lines) < acks_wanted:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    lines += [line.strip() for line in proc.stdout.read().splitlines()]
    proc.stdout.close()
    proc.wait(timeout=30)
    return lines


@pytest.mark.slow
def test_kill_9_at_random_points_then_restart(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    index_dir = tmp_path / "index"
    acked: set[str] = set()
    expected = expected_reports(range(ROUNDS * PER_ROUND + PER_ROUND))
    killed_mid_run = 0
    for round_no in range(ROUNDS):
        first = round_no * PER_ROUND
        proc = _worker(index_dir, first, PER_ROUND)
        lines = _kill_after(proc, rng.randrange(0, 8), rng.uniform(0.0, 0.04))
        killed_mid_run += "DONE" not in lines
        acked |= _acks(lines)
        attempted = {rid: expected[rid] for rid in expected if expected[rid][0] < first + PER_ROUND}
        held = check_index(index_dir, acked, attempted)
        assert acked <= held
    assert killed_mid_run >= ROUNDS - 1, "the kills should land while ingest is running"
    # after all the crashes the index still takes new reports and finds them
    first = ROUNDS * PER_ROUND
    proc = _worker(index_dir, first, PER_ROUND)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "DONE" in out
    held = check_index(index_dir, acked | _acks(out.splitlines()), expected)
    assert {synth.name(n)[:-4] for n in range(first, first + PER_ROUND)} <= held
