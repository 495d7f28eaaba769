"""Hybrid retrieval over report chunks: embeddings + FAISS, BM25, fusion, filters, persistence."""

from search.protocols import Embedder, SearchIndex
from search.types import Filters, Hit

__all__ = ["Embedder", "Filters", "Hit", "SearchIndex"]
