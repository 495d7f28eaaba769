"""Hybrid retrieval over report chunks: embeddings + FAISS, BM25, fusion, filters, persistence."""

from search.embed import E5Embedder, HashEmbedder, SentenceTransformerEmbedder, make_embedder
from search.errors import (
    EmbedderUnavailable,
    EmptyQuery,
    IndexCorrupt,
    IndexMismatch,
    NotFound,
    SearchError,
)
from search.fusion import fold_near_duplicates, fuse
from search.hits import hit_to_dict
from search.index import Index, SyncStats, open_index
from search.protocols import Embedder, SearchIndex
from search.types import Filters, Hit

__all__ = [
    "E5Embedder",
    "Embedder",
    "EmbedderUnavailable",
    "EmptyQuery",
    "Filters",
    "HashEmbedder",
    "Hit",
    "Index",
    "IndexCorrupt",
    "IndexMismatch",
    "NotFound",
    "SearchError",
    "SearchIndex",
    "SentenceTransformerEmbedder",
    "SyncStats",
    "fold_near_duplicates",
    "fuse",
    "hit_to_dict",
    "make_embedder",
    "open_index",
]
