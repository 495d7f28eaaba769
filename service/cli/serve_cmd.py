"""`rapport serve` (placeholder until its owner fills it in)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the `serve` subcommand to the root parser."""
    parser: argparse.ArgumentParser = sub.add_parser("serve", help="not implemented yet")
    parser.set_defaults(func=lambda _args, _settings: 2)
