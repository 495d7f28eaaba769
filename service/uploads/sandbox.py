"""Parse untrusted uploads in a throw-away child process with hard limits.

`parse_upload` checks the size and sniffs the type in this process (with ingest's one sniffer,
`ingest.decode.sniff`: ``%PDF-`` magic or decodable text; a name whose suffix says otherwise is
refused), then runs
`ingest.read_bytes` in a fresh interpreter (``service/uploads/sandbox_child.py``) that sets
RLIMIT_AS, RLIMIT_CPU and RLIMIT_FSIZE on itself before touching the bytes. The parent enforces a
wall-clock timeout (the child is killed on expiry) and decodes the child's JSON answer back into
our frozen dataclasses. No pickle crosses the boundary, so a compromised child cannot run code in
the server.

Every failure is an `UploadRejected` carrying an HTTP status and a code from the closed set:
413 upload_too_large, 415 unsupported_media_type, 422 pdf_encrypted / pdf_unreadable /
pdf_too_many_pages / pdf_limits_exceeded / pdf_timeout / no_text_extracted.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

import ingest
from ingest.decode import Kind
from ingest.decode import sniff as sniff_file
from ingest.errors import IngestError, NoTextExtracted
from ingest.serialize import decode_reports
from ingest.types import Report
from service.errors import ServiceError

__all__ = [
    "ParseLimits",
    "ParserBusy",
    "SandboxBroken",
    "SandboxedParser",
    "UploadRejected",
    "parse_upload",
    "sniff",
]

log = logging.getLogger(__name__)

_CHILD = Path(__file__).with_name("sandbox_child.py")
_PACKAGE_ROOT = Path(ingest.__file__).resolve().parent.parent
_STATUS = {
    "upload_too_large": 413,
    "unsupported_media_type": 415,
    "pdf_encrypted": 422,
    "pdf_unreadable": 422,
    "pdf_too_many_pages": 422,
    "pdf_limits_exceeded": 422,
    "pdf_timeout": 422,
    "no_text_extracted": 422,
}
_SETUP_FAILED = 3  # sandbox_child.SETUP_FAILED
_DEFAULT = "ingest:read_bytes"
SMALL_UPLOAD = 1 << 20
"""Uploads up to this size may also use an express parser slot, so they never queue behind
heavy ones."""


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """Limits on one upload. `memory_mb` is what parsing may add on top of the bare child."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 500
    timeout_s: float = 30.0
    memory_mb: int = 512
    max_chars: int = 2_000_000


class SandboxBroken(RuntimeError):
    """The sandbox itself failed (bad installation), not the upload: a server error."""


class UploadRejected(ServiceError):
    """An upload the service refuses; `status` and `code` go straight into the error shape."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message, code=code)
        self.status = _STATUS.get(code, 422)


class ParserBusy(ServiceError):
    """Every parsing slot stayed taken for a whole timeout: 503, try again later."""

    status, code = 503, "busy"


class SandboxedParser:
    """`parse_upload` with `limits`, running at most `parallel` children at a time, plus one
    express child for small uploads (up to `SMALL_UPLOAD` bytes).

    A caller waits up to `wait_s` (default `limits.timeout_s`) for a free slot, then gets
    `ParserBusy`; this bounds the memory concurrent uploads can claim to
    `(parallel + 1) * memory_mb`. A small upload takes a free shared slot if there is one, else
    the express slot, so two heavy uploads cannot make it wait for their whole timeout.
    """

    def __init__(
        self,
        limits: ParseLimits,
        parallel: int = 2,
        *,
        wait_s: float | None = None,
        parser: str = _DEFAULT,
    ) -> None:
        self.limits = limits
        self.parser = parser
        self.wait_s = limits.timeout_s if wait_s is None else wait_s
        self._slots = threading.BoundedSemaphore(max(1, parallel))
        self._express = threading.BoundedSemaphore(1)

    def __call__(self, data: bytes, filename: str) -> list[Report]:
        slot = self._acquire(len(data) <= SMALL_UPLOAD)
        if slot is None:
            raise ParserBusy(f"{filename}: every upload parser is busy; try again shortly")
        try:
            return parse_upload(data, filename, self.limits, parser=self.parser)
        finally:
            slot.release()

    def _acquire(self, small: bool) -> threading.BoundedSemaphore | None:
        if small and self._slots.acquire(blocking=False):
            return self._slots
        pool = self._express if small else self._slots
        return pool if pool.acquire(timeout=self.wait_s) else None


def sniff(data: bytes, filename: str) -> Kind:
    """'pdf' or 'text' by ingest's sniffer; its refusals as UploadRejected (an empty file is
    no_text_extracted, anything neither PDF nor text, or named as the other type, is 415)."""
    try:
        return sniff_file(data, filename)
    except NoTextExtracted as exc:
        raise UploadRejected("no_text_extracted", str(exc)) from exc
    except IngestError as exc:
        raise UploadRejected("unsupported_media_type", str(exc)) from exc


def parse_upload(
    data: bytes, filename: str, limits: ParseLimits, *, parser: str = _DEFAULT
) -> list[Report]:
    """Check the size, sniff, then parse `data` in a limited child process; raises
    `UploadRejected`. `filename` is used as given: callers pass a safe base name
    (`service.uploads.names.safe_upload_name`).

    Args:
        parser: ``"module:function"`` the child calls as ``function(data, filename)``; a seam for
            tests (a parser that hangs or crashes), never taken from a request.
    """
    if len(data) > limits.max_bytes:
        raise UploadRejected(
            "upload_too_large", f"{filename}: {len(data)} bytes exceeds {limits.max_bytes}"
        )
    kind = sniff(data, filename)
    header = {"filename": filename, "kind": kind, "parser": parser, "limits": asdict(limits)}
    payload = json.dumps(header).encode() + b"\n" + data
    answer = _run_child(payload, filename, limits)
    if not answer.get("ok"):
        raise UploadRejected(str(answer.get("code")), str(answer.get("message")))
    reports = decode_reports(answer["reports"])
    log.info("parsed upload %s (%s): %d report(s)", filename, kind, len(reports))
    return reports


def _run_child(payload: bytes, name: str, limits: ParseLimits) -> dict[str, object]:
    """Run the child on `payload`; map timeouts and crashes to `UploadRejected`."""
    command = [sys.executable, "-P", "-X", "utf8", str(_CHILD)]
    try:
        done = subprocess.run(
            command,
            input=payload,
            capture_output=True,
            timeout=limits.timeout_s,
            env=_child_env(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise UploadRejected(
            "pdf_timeout", f"{name}: parsing took longer than {limits.timeout_s:g} s"
        ) from exc
    if done.returncode == _SETUP_FAILED:
        raise SandboxBroken(f"upload sandbox could not start: {done.stderr[-500:]!r}")
    if done.returncode != 0:
        log.warning("sandbox child for %s exited %s: %s", name, done.returncode, done.stderr[-500:])
        raise _crash_error(name, done.returncode)
    try:
        answer: dict[str, object] = json.loads(done.stdout)
    except ValueError as exc:
        raise UploadRejected("pdf_unreadable", f"{name}: parser returned no answer") from exc
    return answer


def _crash_error(name: str, returncode: int) -> UploadRejected:
    """A child that died: CPU limit -> pdf_timeout, anything else (segfault, OOM) -> unreadable."""
    if returncode == -signal.SIGXCPU:
        return UploadRejected("pdf_timeout", f"{name}: parsing exceeded its CPU-time limit")
    return UploadRejected("pdf_unreadable", f"{name}: the parser crashed on this file")


def _child_env() -> dict[str, str]:
    """A minimal environment: no secrets, one thread per native library, our packages on path."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(_PACKAGE_ROOT),
        "LANG": "C.UTF-8",
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
