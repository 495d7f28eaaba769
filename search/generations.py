"""Immutable index generations: `index_dir/generations/<n>/` and the pointer `index_dir/CURRENT`.

A generation holds everything a search reads besides the store of record: the derived files
(`dense.faiss`, `bm25/`), the rows they index (`rows.json`: chunks with their text hashes, and
the reports' metadata) and `manifest.json` (written last, with every file's sha256). A writer
builds it in `generations/.building-<pid>-<token>/`, renames the finished folder to its number
and then replaces `CURRENT` (temp file, fsync, `os.replace`, directory fsync), so a reader that
follows the pointer only ever finds a complete generation; a generation is never changed after.

Who holds a generation: each reader (an `Index` in any process) takes a shared `flock` on the
generation's `LOCK` file and keeps it while it serves that generation. The pruner deletes a
generation only when it gets an exclusive non-blocking lock on it, and never the current one or
the one before it (a reader that has just read the pointer can still lock that one). `flock`
rather than pid lease files: the kernel drops the lock when a process dies however it dies (no
stale leases, no pid reuse), it works between two `Index` objects of one process as between
processes (the lock belongs to the open file), and nothing has to be cleaned up. It does not
hold across machines on NFS: one index folder is served from one machine's processes.

Writers from several processes take turns on `WRITER.lock` (exclusive `flock`), so generation
numbers grow with the store's state.
"""

from __future__ import annotations

import fcntl
import logging
import os
import secrets
import shutil
from pathlib import Path
from typing import IO

from search.locks import ProcessLock
from search.manifest import atomic_write, fsync_dir

__all__ = [
    "CURRENT_FILE",
    "GENERATIONS_DIR",
    "LOCK_FILE",
    "Lease",
    "current",
    "generation_dir",
    "new_building_dir",
    "pointer_stamp",
    "prune",
    "publish",
    "writer_lock",
]

log = logging.getLogger(__name__)

GENERATIONS_DIR = "generations"
CURRENT_FILE = "CURRENT"
LOCK_FILE = "LOCK"
WRITER_LOCK = "WRITER.lock"
BUILDING = ".building-"
DELETING = ".deleting-"
KEEP = 2  # the current generation and the one before it are never pruned


def generation_dir(index_dir: Path, number: int) -> Path:
    return index_dir / GENERATIONS_DIR / str(number)


def pointer_stamp(index_dir: Path) -> tuple[int, int] | None:
    """(inode, mtime_ns) of `CURRENT`, None when absent: changes whenever it is replaced."""
    try:
        st = os.stat(index_dir / CURRENT_FILE)
    except FileNotFoundError:
        return None
    return st.st_ino, st.st_mtime_ns


def current(index_dir: Path) -> int | None:
    """The generation `CURRENT` points at, None when there is none (or it is unreadable)."""
    try:
        return int((index_dir / CURRENT_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def _numbers(index_dir: Path) -> list[int]:
    folder = index_dir / GENERATIONS_DIR
    if not folder.is_dir():
        return []
    return sorted(int(p.name) for p in folder.iterdir() if p.name.isdigit())


def new_building_dir(index_dir: Path) -> Path:
    """An empty folder to build the next generation in (with its LOCK file)."""
    folder = index_dir / GENERATIONS_DIR / f"{BUILDING}{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(parents=True)
    (folder / LOCK_FILE).touch()
    return folder


def publish(index_dir: Path, building: Path) -> int:
    """Make the finished folder `building` the next generation and point `CURRENT` at it.

    Call with the writer lock held (numbers come from the folders present)."""
    number = max([*_numbers(index_dir), current(index_dir) or 0]) + 1
    target = generation_dir(index_dir, number)
    os.replace(building, target)
    fsync_dir(target.parent)
    atomic_write(index_dir / CURRENT_FILE, f"{number}\n".encode("ascii"))
    log.info("published index generation %d", number)
    return number


class Lease:
    """A shared lock on one generation, held while a reader serves it."""

    def __init__(self, handle: IO[bytes], number: int) -> None:
        self._handle = handle
        self.number = number
        st = os.fstat(handle.fileno())
        self._file = (st.st_dev, st.st_ino)  # which `generations/<n>/` this is, not just its n

    @classmethod
    def take(cls, index_dir: Path, number: int) -> Lease | None:
        """Lock generation `number` for reading; None when it is gone or being deleted."""
        folder = generation_dir(index_dir, number)
        try:
            handle = (folder / LOCK_FILE).open("rb")
        except OSError:
            return None
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return None
        if not folder.is_dir():  # deleted between open and lock
            handle.close()
            return None
        return cls(handle, number)

    def is_at(self, index_dir: Path) -> bool:
        """Whether `generations/<number>/` is still the folder this lease locked: False once it
        was deleted, or replaced by another generation of the same number (after a wipe such
        as `rapport index --rebuild`, numbering starts again at 1)."""
        try:
            st = os.stat(generation_dir(index_dir, self.number) / LOCK_FILE)
        except OSError:
            return False
        return (st.st_dev, st.st_ino) == self._file

    def release(self) -> None:
        self._handle.close()  # closing the file drops the lock


def prune(index_dir: Path, *, building_too: bool = False) -> list[int]:
    """Delete generations no reader holds, except the current one and the one before it;
    `building_too` (only with the writer lock held) also removes abandoned build folders.
    Returns the numbers deleted."""
    folder = index_dir / GENERATIONS_DIR
    now = current(index_dir)
    numbers = _numbers(index_dir)
    keep = {n for n in numbers if now is not None and n <= now}
    keep = set(sorted(keep)[-KEEP:]) | {n for n in numbers if now is None or n > now}
    deleted = [n for n in numbers if n not in keep and _delete_unheld(folder / str(n))]
    if building_too and folder.is_dir():
        for stale in (*folder.glob(f"{BUILDING}*"), *folder.glob(f"{DELETING}*")):
            shutil.rmtree(stale, ignore_errors=True)
    if deleted:
        log.info("pruned index generations %s", deleted)
    return deleted


def _delete_unheld(path: Path) -> bool:
    try:
        handle = (path / LOCK_FILE).open("rb")
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a reader holds it
        trash = path.with_name(f"{DELETING}{path.name}-{secrets.token_hex(4)}")
        os.replace(path, trash)
    shutil.rmtree(trash, ignore_errors=True)
    return True


def writer_lock(index_dir: Path) -> ProcessLock:
    """The lock writers of `index_dir` take turns on (`WRITER.lock`)."""
    return ProcessLock(index_dir / WRITER_LOCK)
