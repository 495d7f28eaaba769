"""Root of the `rapport` command line; each subcommand registers itself from its own module."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from service.cli import goals_cmd, index_cmd, ingest_cmd, search_cmd, serve_cmd
from service.settings import Settings

_COMMANDS = (ingest_cmd, index_cmd, search_cmd, serve_cmd, goals_cmd)


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand registered."""
    parser = argparse.ArgumentParser(prog="rapport", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for module in _COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, configure logging from settings, run the chosen subcommand."""
    args = build_parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    code: int = args.func(args, settings)
    return code


if __name__ == "__main__":
    sys.exit(main())
