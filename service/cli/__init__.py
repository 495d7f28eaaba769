"""The `rapport` command: one root parser, one module per subcommand."""

from service.cli.main import main

__all__ = ["main"]
