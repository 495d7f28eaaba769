"""What stands between a request and the routes: ASGI middleware for body and query limits,
authentication and CORS, same-origin checks for writes, rate limiting, and their installation
from the settings (`install_guards`)."""

from service.guards.install import install_guards, sandboxed_parser, settings_problems

__all__ = ["install_guards", "sandboxed_parser", "settings_problems"]
