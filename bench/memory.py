"""Resident memory of this process, from /proc/self/status (Linux)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["rss_mib"]


def rss_mib(field: str = "VmRSS") -> float:
    """Current (VmRSS) or peak (VmHWM) resident set size in MiB; 0.0 where /proc is absent."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
