"""Rate-limit buckets in SQLite: the same arithmetic as the in-process buckets, and one budget
per client however many limiter objects or processes spend it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from service.guards.ratelimit import RateLimiter
from service.guards.shared_buckets import SharedRateLimiter
from tests.conftest import ROOT


def test_buckets_refill_like_the_in_process_ones(tmp_path: Path) -> None:
    now = [1000.0]
    shared = SharedRateLimiter(tmp_path / "rl.sqlite3", 2, clock=lambda: now[0])
    local = RateLimiter(2, clock=lambda: now[0])
    for step in (0.0, 0.0, 0.0, 29.0, 1.0, 0.0, 90.0, 0.0, 0.0, 0.0):
        now[0] += step
        assert shared.take("ip:1") == local.take("ip:1"), now[0]
    assert shared.take("ip:2") == 0  # another client has its own bucket


def test_two_limiters_on_one_file_share_a_budget(tmp_path: Path) -> None:
    path = tmp_path / "rl.sqlite3"
    one = SharedRateLimiter(path, 3, clock=lambda: 50.0)
    two = SharedRateLimiter(path, 3, clock=lambda: 50.0)
    assert [one.take("k"), two.take("k"), one.take("k")] == [0, 0, 0]
    assert two.take("k") == 20 and one.take("k") == 20  # 3 a minute: the next in 20 s


CHILD = """
import sys
from pathlib import Path
from service.guards.shared_buckets import SharedRateLimiter
limiter = SharedRateLimiter(Path(sys.argv[1]), 50, clock=lambda: 7.0)
print(sum(limiter.take("ip:9") == 0 for _ in range(40)))
"""


def test_processes_spending_one_bucket_get_its_capacity_in_total(tmp_path: Path) -> None:
    path = str(tmp_path / "rl.sqlite3")
    command = [sys.executable, "-c", CHILD, path]
    children = [
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(3)
    ]
    granted = [int(child.communicate(timeout=120)[0]) for child in children]
    assert sum(granted) == 50, granted  # 120 asked, 50 in the bucket, none twice


def test_an_unusable_file_allows_the_request(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    limiter = SharedRateLimiter(tmp_path / "dir", 1)  # a directory, not a database
    assert limiter.take("k") == 0 and limiter.take("k") == 0
