"""Hybrid retrieval over report chunks: embeddings + FAISS, BM25, fusion, filters, persistence.

    index = open_index(Path(".index"), make_embedder("e5"))   # creates the directory when absent
    index.sync(ingest.read_paths([Path("corpus")]).reports)   # embeds only new/changed reports
    hits = index.search("Hur många barn placerades i familjehem?", k=10,
                        filters=Filters(year_from=2016, year_to=2019), mode="hybrid")
    [hit_to_dict(h) for h in hits]                           # the JSON shape of the CLI and API

The index directory holds `store.sqlite3` (store of record: reports, sections, chunks and
embeddings keyed by embedder and passage hash) and immutable generations of derived files
(`generations/<n>/`: `dense.faiss`, `bm25/`, `rows.json`, `manifest.json`) with the pointer
`CURRENT` (search.generations).
"""

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
