"""The query side of `Index`: search, evidence for answers, background similarity, document
frequency, passages by word, and the query-vector cache. `Index` (search.index) owns the store,
the snapshot and the write path; this mixin only reads the current snapshot."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ingest.text.words import acronym_form
from ingest.types import Chunk, ReportMeta
from search.derived import Snapshot
from search.embed import LONG_QUERY_CHARS
from search.evidence import background, background_vectors, score_evidence
from search.filters import row_mask
from search.protocols import Embedder
from search.ranking import rank
from search.sentences import Evidence
from search.store import Store
from search.types import Filters, Hit

__all__ = ["LONG_QUERY", "MAX_ACRONYM_FREQ", "QUERY_CACHE", "WRITTEN_CACHE", "IndexQueries"]

QUERY_CACHE = 256
WRITTEN_CACHE = 65_536  # words remembered per snapshot by written_as
MAX_ACRONYM_FREQ = 0.05
LONG_QUERY = LONG_QUERY_CHARS  # a longer query (a draft) waits for the other long ones


class IndexQueries:
    """Reads of the current snapshot; the attributes are set up by `Index.__init__`."""

    directory: Path
    embedder: Embedder
    _store: Store
    _long_queries: threading.Lock
    _cache_lock: threading.Lock
    _queries: dict[str, npt.NDArray[np.float32]]
    _background: tuple[Snapshot, npt.NDArray[np.float32]] | None
    _written: tuple[Snapshot, dict[str, str | None]] | None

    @property
    def _snap(self) -> Snapshot:
        """The snapshot of the generation served now (set up by `Index`)."""
        raise NotImplementedError

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        mode: str = "hybrid",
        also: str = "",
    ) -> list[Hit]:
        """Top-k hits (mode "hybrid" | "dense" | "lexical"), filtered, near-duplicates folded;
        with `also` (the query in the reports' language) the dense ranker embeds it instead and
        BM25 ranks both wordings (see search.ranking)."""
        return rank(self._snap, self._embed_query, query, k, filters, mode, also)

    def evidence(
        self, query: str, k: int = 40, filters: Filters | None = None, also: str = ""
    ) -> list[Evidence]:
        """The top-k hybrid passages for `query`, plus the best k/2 lexical ones not among them
        (exact wording is never missed), each with the query's cosine similarity to the passage
        and to each of its sentences; with `also`, the better of the two wordings' standard
        scores (see search.evidence.strongest)."""
        wordings = [query] if not also or also == query else [query, also]
        vectors = self._embed_queries(wordings)  # one batch, one call to the model
        hits = self.search(query, k=k, filters=filters)
        seen = {h.chunk.id for h in hits}
        lexical = self.search(query, k=max(1, k // 2), filters=filters, mode="lexical")
        hits += [h for h in lexical if h.chunk.id not in seen]
        snap = self._snap
        sample = self._sample(snap)
        return score_evidence(snap, self._store, self.embedder, vectors, hits, sample)

    def _sample(self, snap: Snapshot) -> npt.NDArray[np.float32]:
        """The background sample of `snap` (computed once per snapshot)."""
        cached = self._background
        if cached is not None and cached[0] is snap:
            return cached[1]
        sample = background_vectors(snap, self._store, self.embedder)
        self._background = (snap, sample)
        return sample

    def background(self, query: str) -> tuple[float, float]:
        """Mean and standard deviation of the query's similarity to a fixed sample of passages:
        what an unrelated text scores for it (see Evidence.standard)."""
        return background(self._sample(self._snap), self._embed_query(query))

    def doc_freq(self, word: str) -> float:
        """Share of passages (0..1) whose text contains `word` (stem or compound part); 1.0
        for a word the lexical index does not index (a stopword, a number): it says nothing
        about a passage."""
        snap = self._snap
        if not snap.lexical.terms(word):
            return 1.0
        return len(snap.lexical.word_rows(word)) / max(1, len(snap.chunks))

    def spellings(self, word: str) -> list[str]:
        """Index terms (stems) one edit away from `word`'s stem: its misspellings and near
        spellings in the reports (see LexicalIndex.near_terms)."""
        return self._snap.lexical.near_terms(word)

    def respelling(self, word: str, plain: bool = False) -> str | None:
        """The reports' word a typed `word` in no passage misspells, one edit away or typed
        without Swedish letters (see LexicalIndex.nearest_word; `plain`: the asker types none),
        or None."""
        return self._snap.lexical.nearest_word(word, plain)

    def written_as(self, word: str) -> str | None:
        """How the reports write a word they write as an acronym ("bbic" -> "BBIC", see
        ingest.text.words.acronym_form); None otherwise, and for a word in more than
        MAX_ACRONYM_FREQ of the passages (a common word, however a heading spells it).
        Answers are remembered per snapshot (a write publishes a new one)."""
        snap = self._snap
        cached = self._written
        if cached is None or cached[0] is not snap:
            cached = self._written = (snap, {})
        known = cached[1]
        if word not in known:
            form = None
            if 0.0 < self.doc_freq(word) <= MAX_ACRONYM_FREQ:
                form = acronym_form(word, (c.text for c, _ in self.chunks_with([word])))
            with self._cache_lock:
                if len(known) >= WRITTEN_CACHE:
                    known.clear()  # bounded: arbitrary typed words must not grow it for ever
                known[word] = form
        return known[word]

    def chunks_with(
        self, words: Sequence[str], filters: Filters | None = None, *, heads: bool = False
    ) -> list[tuple[Chunk, ReportMeta]]:
        """Passages containing every one of `words` (by stem or compound part; with `heads`,
        also as the head of a longer word: "Facebook" in "Facebooksida"), read from the lexical
        index's posting lists, in storage order. A stopword is in no posting list and no
        condition ("alla" of "Fritid för alla": the caller matches the whole name in its text);
        words that are all stopwords find nothing."""
        snap = self._snap
        rows: npt.NDArray[np.int64] | None = None
        for word in words:
            if not snap.lexical.terms(word):  # analysed to nothing: a stopword
                continue
            found = snap.lexical.word_rows(word)
            if heads:
                found = np.union1d(found, snap.lexical.head_rows(word))
            rows = found if rows is None else np.intersect1d(rows, found)
        if rows is None:
            return []
        mask = row_mask(snap.columns, snap.metas, filters)
        picked = [int(r) for r in rows if mask is None or mask[r]]
        return [(snap.chunks[r], snap.metas[snap.chunks[r].report_id]) for r in sorted(picked)]

    def embed_query(self, query: str) -> npt.NDArray[np.float32]:
        """The query's unit vector (the last QUERY_CACHE queries are remembered)."""
        return self._embed_query(query)

    def _embed_query(self, query: str) -> npt.NDArray[np.float32]:
        """The query's vector; the last QUERY_CACHE queries are remembered."""
        return self._embed_queries([query])[0]

    def _embed_queries(self, queries: Sequence[str]) -> list[npt.NDArray[np.float32]]:
        """The queries' vectors, those not remembered embedded in one batch (for e5 on 2 cores a
        dev-set question and its content words take 44 ms together, 45 ms one by one)."""
        found = {q: v for q in queries if (v := self._queries.get(q)) is not None}
        missing = list(dict.fromkeys(q for q in queries if q not in found))
        if missing:
            long = max(len(q) for q in missing) > LONG_QUERY
            with self._long_queries if long else contextlib.nullcontext():
                vectors = np.asarray(self.embedder.embed(missing, kind="query"), dtype=np.float32)
            vectors.setflags(write=False)
            found.update(zip(missing, vectors, strict=True))
            with self._cache_lock:  # held for dictionary updates only, never while embedding
                for q in missing:
                    self._queries[q] = found[q]
                while len(self._queries) > QUERY_CACHE:
                    self._queries.pop(next(iter(self._queries)))
        return [found[q] for q in queries]
