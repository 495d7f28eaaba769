"""`rapport ingest` (placeholder until its owner fills it in)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the `ingest` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser("ingest", help="not implemented yet")
    parser.set_defaults(func=lambda _args, _settings: 2)
