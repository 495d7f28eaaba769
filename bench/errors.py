"""Errors of the bench package; every message names the file (and line or field) at fault."""

from __future__ import annotations


class BenchError(Exception):
    """Base of every error raised by the bench package."""


class DevSetError(BenchError):
    """The dev set file is malformed: a missing field, a bad kind, an empty gold list."""


class GoldNotFoundError(BenchError):
    """A gold passage does not occur in the corpus file it names."""
