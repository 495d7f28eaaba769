"""The seams of search: what an embedder and a search index promise.

`service` codes against `SearchIndex`; `search.index.Index` implements it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol

import numpy as np
import numpy.typing as npt

from ingest.types import Chunk, Report, ReportMeta
from search.types import Filters, Hit

if TYPE_CHECKING:
    from search.sentences import Evidence

EmbedKind = Literal["query", "passage"]


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of shape (len(texts), dim)."""

    name: str  # identifies model + variant; stored in the index manifest
    dim: int

    def embed(self, texts: Sequence[str], *, kind: EmbedKind) -> npt.NDArray[np.float32]: ...


class SearchIndex(Protocol):
    """What the service needs from an index over reports."""

    @property
    def embedder(self) -> Embedder | None:
        """The embedder the index was built with (None for an index without one)."""
        ...

    def stats(self) -> dict[str, Any]:
        """At least "reports", "chunks" and "embedder" (its name, or None)."""
        ...

    def report_versions(self) -> dict[str, str]:
        """Report id -> content digest of every stored report; cheap (no pages decoded)."""
        ...

    def report_metas(self) -> dict[str, ReportMeta]:
        """Report id -> metadata of every served report (from memory, no store read)."""
        ...

    def close(self) -> None:
        """Release files and connections; the index is not used afterwards."""
        ...

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        mode: str = "hybrid",
        also: str = "",
    ) -> list[Hit]:
        """Top-k hits (mode: "hybrid" | "dense" | "lexical"), near-duplicates folded; with
        `also` (the query in the reports' language, e.g. an English query's Swedish wording)
        the dense ranker embeds it instead of the query and BM25 ranks both wordings, fused."""
        ...

    def evidence(
        self, query: str, k: int = 40, filters: Filters | None = None, also: str = ""
    ) -> list[Evidence]:
        """Candidate passages for a question, each with the question's similarity to the
        passage and to each of its sentences (see search.sentences.Evidence). With `also` (a
        second wording of the question, e.g. its content words alone) each similarity is the
        better of the two wordings', in standard scores."""
        ...

    def embed_query(self, query: str) -> npt.NDArray[np.float32]:
        """The query's unit vector from the index's embedder."""
        ...

    def background(self, query: str) -> tuple[float, float]:
        """Mean and standard deviation of the query's similarity to a sample of passages."""
        ...

    def doc_freq(self, word: str) -> float:
        """Share of passages (0..1) containing `word` (by stem or compound part); 1.0 for a word
        that is not indexed (stopwords, numbers)."""
        ...

    def spellings(self, word: str) -> list[str]:
        """Index terms (stems) one edit away from `word`'s stem ("sara" for "Sarah")."""
        ...

    def respelling(self, word: str, plain: bool = False) -> str | None:
        """The reports' word (one edit away, in the most passages) that a `word` found in no
        passage misspells ("anmälnignar" -> "anmälningar"), or that it is typed without
        Swedish letters ("klagomal"; with `plain`, an asker who types none, also another form
        of it: "aldersgrupp" -> "åldersgrupp"); None when `word` is found or nothing is
        near."""
        ...

    def written_as(self, word: str) -> str | None:
        """How the reports write a (rare) word they write as an acronym ("bbic" -> "BBIC");
        None otherwise."""
        ...

    def chunks_with(
        self, words: Sequence[str], filters: Filters | None = None, *, heads: bool = False
    ) -> list[tuple[Chunk, ReportMeta]]:
        """Passages containing every one of `words`, from the lexical posting lists (`heads`:
        also as the start of a longer word, for names: "Facebooksida")."""
        ...

    def iter_chunks(self, filters: Filters | None = None) -> Iterator[tuple[Chunk, ReportMeta]]:
        """Every stored chunk (with its report's metadata) passing the filters, in report order."""
        ...

    def list_reports(self) -> list[Report]:
        """All reports, with sections and chunks (pages may be empty)."""
        ...

    def get_report(self, report_id: str) -> Report:
        """One report; raises search.errors.NotFound."""
        ...

    def get_chunk(self, chunk_id: str) -> tuple[Chunk, ReportMeta]:
        """One chunk and its report's metadata; raises search.errors.NotFound."""
        ...

    def add_reports(self, reports: Sequence[Report]) -> int:
        """Store, embed and index reports (replacing same-id ones); returns chunks added."""
        ...

    def delete_report(self, report_id: str) -> None:
        """Remove a report and its chunks; raises search.errors.NotFound."""
        ...
