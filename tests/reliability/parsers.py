"""Hostile stand-ins for `ingest.read_bytes`, run inside the sandbox child by the tests."""

from __future__ import annotations

import ctypes
import time

from ingest.types import Page, Report, ReportMeta

_META = ReportMeta(unit="u", district="d", year=2020, doc_type="VB", title="t")


def _report(source: str, pages: tuple[Page, ...] = ()) -> Report:
    return Report(id="echo", source=source, meta=_META, pages=pages, sections=(), chunks=())


def sleep_forever(data: bytes, filename: str) -> list[Report]:
    """Never returns: the wall-clock timeout must kill the child."""
    while True:
        time.sleep(1)


def spin_forever(data: bytes, filename: str) -> list[Report]:
    """Burns CPU without end: RLIMIT_CPU or the wall clock must stop it."""
    n = 0
    while True:
        n += 1


def segfault(data: bytes, filename: str) -> list[Report]:
    """Dereferences NULL: the child dies of SIGSEGV."""
    ctypes.string_at(0)
    return []


def hog_memory(data: bytes, filename: str) -> list[Report]:
    """Allocates 4 GiB: RLIMIT_AS turns this into a MemoryError."""
    blob = bytearray(4 << 30)
    return [_report(str(len(blob)))]


def write_file(data: bytes, filename: str) -> list[Report]:
    """Tries to write a file at the path given as the upload's text: RLIMIT_FSIZE forbids it."""
    with open(data.decode("utf-8").strip(), "wb") as out:
        out.write(b"escaped" * 1000)
    return []


def echo(data: bytes, filename: str) -> list[Report]:
    """One report holding the decoded text as its only page."""
    return [_report(filename, (Page(1, data.decode("utf-8")),))]


def environment(data: bytes, filename: str) -> list[Report]:
    """Reports the names of the environment variables the child can see."""
    import os

    return [_report(filename, (Page(1, "\n".join(sorted(os.environ))),))]


def killed(data: bytes, filename: str) -> list[Report]:
    """Dies of SIGKILL, as under the kernel's OOM killer."""
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)
    return []


def hang_if_large(data: bytes, filename: str) -> list[Report]:
    """A heavy upload (over 1 MiB) never finishes; a small one is answered at once."""
    if len(data) > 1 << 20:
        sleep_forever(data, filename)
    return [_report(filename)]
