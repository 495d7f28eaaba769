"""The load benchmark's own logic: summaries by hand, loopback-only targets."""

from __future__ import annotations

import pytest

from bench.load import Sample, main, summarize


def test_summary_counts_throughput_percentiles_and_errors() -> None:
    samples = [Sample("search", 200, s / 1000) for s in range(1, 101)]  # 1..100 ms
    samples += [Sample("ask", 200, 0.5), Sample("ask", 500, 0.1), Sample("ask", 0, 1.0)]
    rows = {row["endpoint"]: row for row in summarize(samples, duration=10.0)}
    assert rows["search"] == {
        "endpoint": "search",
        "requests": 100,
        "per_s": 10.0,
        "p50_ms": 50.5,
        "p95_ms": 95.0,
        "max_ms": 100.0,
        "errors": 0,
    }
    assert rows["ask"]["errors"] == 2 and rows["ask"]["requests"] == 3
    assert "health" not in rows


@pytest.mark.parametrize("url", ["http://example.com", "http://10.0.0.1:8000", "http://0.0.0.0:1"])
def test_only_loopback_targets_are_accepted(url: str) -> None:
    with pytest.raises(SystemExit):
        main(["--url", url, "--duration", "1"])
