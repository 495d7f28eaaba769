"""The one error hierarchy of search. Messages name the file, field or setting involved."""

from __future__ import annotations

__all__ = [
    "EmbedderUnavailable",
    "EmptyQuery",
    "IndexCorrupt",
    "IndexMismatch",
    "NotFound",
    "SearchError",
]


class SearchError(Exception):
    """Base of every error raised by the search package."""


class NotFound(SearchError):
    """A report or chunk id that the index does not hold."""


class IndexMismatch(SearchError):
    """The index directory was built with another embedder (or dimension) than the one given."""


class IndexCorrupt(SearchError):
    """The store of record itself (SQLite) is unreadable; derived files are rebuilt instead."""


class EmptyQuery(SearchError):
    """A query with no searchable words."""


class EmbedderUnavailable(SearchError):
    """An embedder spec that is unknown or whose model cannot be loaded."""
