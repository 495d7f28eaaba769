"""Token buckets shared by every server process on one index: a small SQLite file beside the
index (`index_dir/ratelimit.sqlite3`, WAL), one UPSERT statement (one transaction) per request.

With `rapport serve --workers N` each worker is its own process; buckets in process memory would
let a client make N times its budget. SQLite serialises the writers, so the N processes spend
one bucket per client. The refill is computed inside the statement from the row it updates, so
two processes can never both spend the last token. The state is throw-away (a lost bucket is a
full one): `synchronous=OFF`, no fsync per request; a file that cannot be opened or written is
logged and the request allowed (rate limiting never takes the service down).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from service.guards.ratelimit import retry_after

__all__ = ["RATE_FILE", "SharedRateLimiter"]

log = logging.getLogger(__name__)

RATE_FILE = "ratelimit.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS buckets(
    key TEXT PRIMARY KEY, tokens REAL NOT NULL, updated REAL NOT NULL, granted INTEGER NOT NULL)
"""
_REFILL = "min(:capacity, tokens + max(0.0, :now - updated) * :rate)"
_TAKE = f"""
INSERT INTO buckets(key, tokens, updated, granted) VALUES (:key, :capacity - 1.0, :now, 1)
ON CONFLICT(key) DO UPDATE SET
    granted = ({_REFILL}) >= 1.0,
    tokens = CASE WHEN ({_REFILL}) >= 1.0 THEN ({_REFILL}) - 1.0 ELSE ({_REFILL}) END,
    updated = :now
RETURNING tokens, granted
"""
_FORGET_EVERY = 1000


class SharedRateLimiter:
    """`take(key)` like `RateLimiter`, with the buckets in SQLite (thread- and process-safe)."""

    def __init__(
        self, path: Path, per_minute: int, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.path = path
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._clock = clock
        self._local = threading.local()
        self._count = 0

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:  # opened on first use: creating the app touches no file
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=10)
            _setup(conn)
            self._local.conn = conn
        return conn

    def take(self, key: str) -> int:
        """Spend one token of `key`: 0 when allowed, else the seconds to wait."""
        now = self._clock()
        values = {"key": key, "capacity": self.capacity, "rate": self.rate, "now": now}
        try:
            conn = self._conn()
            tokens, granted = conn.execute(_TAKE, values).fetchone()
            self._count += 1
            if self._count % _FORGET_EVERY == 0:
                self._forget(conn, now)
        except sqlite3.Error as exc:
            log.error("rate limit store %s unusable (%s): request allowed", self.path, exc)
            return 0
        return 0 if granted else retry_after(float(tokens), self.rate)

    def _forget(self, conn: sqlite3.Connection, now: float) -> None:
        """Drop buckets that have refilled completely (the same as having none)."""
        full_after = self.capacity / self.rate if self.rate else 0.0
        conn.execute("DELETE FROM buckets WHERE updated < ?", (now - full_after,))


SETUP_TRIES = 50
"""Setting WAL mode does not wait on SQLite's busy handler: processes opening the file at the
same moment retry it (0.1 s apart) instead of failing open for every request."""


def _setup(conn: sqlite3.Connection) -> None:
    """WAL journal, no fsync, the buckets table; retried while another process holds the lock."""
    for attempt in range(SETUP_TRIES):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=OFF")
            conn.execute(_SCHEMA)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt == SETUP_TRIES - 1:
                raise
            time.sleep(0.1)
