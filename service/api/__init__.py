"""The HTTP API: routes (search, ask, reports, goals), their pydantic schemas, and the
conversions between records and schemas. Routes stay thin; the work is in search/ and answer/."""

from service.api.goals import install_goals

__all__ = ["install_goals"]
