"""The FastAPI service, CLI and web UI of rapport."""

__all__: list[str] = []
