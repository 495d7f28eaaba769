"""The FastAPI service, CLI and web UI of rapport."""

from service.app import create_app
from service.settings import Settings

__all__ = ["Settings", "create_app"]
