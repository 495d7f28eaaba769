"""An in-memory `SearchIndex` over hand-made reports: fast tests of the service's own logic."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from ingest.text.sentences import sentence_spans
from ingest.text.words import acronym_form, stem
from ingest.types import Chunk, Report, ReportMeta, Section, Span
from search import HashEmbedder, errors
from search.lexical import one_edit
from search.protocols import Embedder, SearchIndex
from search.sentences import Evidence, ScoredSentence
from search.types import Filters, Hit


def make_report(
    report_id: str,
    unit: str,
    year: int,
    doc_type: str,
    sections: Sequence[tuple[str, Sequence[str]]],
    district: str = "Kungsholmen",
) -> Report:
    """A report whose sections each hold the given passages (one chunk per passage)."""
    meta = ReportMeta(unit, district, year, doc_type, f"{doc_type} {year} för {unit}")  # type: ignore[arg-type]
    secs, chunks, line = [], [], 1
    for s_no, (heading, passages) in enumerate(sections):
        sid = f"{report_id}:s{s_no}"
        secs.append(
            Section(
                sid,
                report_id,
                heading,
                (heading,),
                1,
                "heading",
                None,
                None,
                "\n\n".join(passages),
                Span(line, line + len(passages)),
                None,
            )
        )
        for text in passages:
            cid = hashlib.sha256(f"{report_id}{heading}{text}".encode()).hexdigest()[:16]
            chunks.append(
                Chunk(
                    cid,
                    report_id,
                    sid,
                    (heading,),
                    "heading",
                    None,
                    text,
                    Span(line, line, 1 + len(chunks) // 2, 1 + len(chunks) // 2),
                    len(chunks),
                )
            )
            line += 1
    return Report(report_id, f"{report_id}.txt", meta, (), tuple(secs), tuple(chunks))


def _words(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def _passes(meta: ReportMeta, chunk: Chunk, f: Filters | None) -> bool:
    if f is None:
        return True
    checks = [
        f.units is None or meta.unit in f.units,
        f.districts is None or meta.district in f.districts,
        f.year_from is None or (meta.year is not None and meta.year >= f.year_from),
        f.year_to is None or (meta.year is not None and meta.year <= f.year_to),
        f.doc_types is None or meta.doc_type in f.doc_types,
        f.report_ids is None or chunk.report_id in f.report_ids,
    ]
    return all(checks)


class FakeIndex:
    """Word-overlap ranking; enough to exercise routes, filters, answers and errors."""

    embedder: Embedder | None = None

    def __init__(self, reports: Sequence[Report] = ()) -> None:
        self.reports: dict[str, Report] = {}
        self.add_reports(reports)

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        mode: str = "hybrid",
        also: str = "",
    ) -> list[Hit]:
        q = _words(query) | _words(also)
        if not q:
            raise errors.EmptyQuery(f"query {query!r} has no searchable words")
        scored = []
        for chunk, meta in self.iter_chunks(filters):
            overlap = len(q & _words(chunk.text))
            if overlap:
                scored.append((overlap / len(q), chunk, meta))
        scored.sort(key=lambda s: -s[0])
        return [
            Hit(chunk, meta, score, rank, frozenset({"lexical"}))
            for rank, (score, chunk, meta) in enumerate(scored[:k], 1)
        ]

    def evidence(
        self, query: str, k: int = 40, filters: Filters | None = None, also: str = ""
    ) -> list[Evidence]:
        """Word overlap as similarity: the share of the query's words in the sentence (the
        passage), against a background of mean 0 and deviation 0.1. A second wording (`also`)
        is ignored: its content words are the query's own, which is all the fake looks at."""
        del also
        q = _words(query)
        hits = self.search(query, k, filters)
        seen = {h.chunk.id for h in hits}
        hits += [h for h in self.search(query, k, filters, "lexical") if h.chunk.id not in seen]
        out = []
        for hit in hits:
            text = hit.chunk.text
            sentences = tuple(
                ScoredSentence(s, e, len(q & _words(text[s:e])) / len(q))
                for s, e in sentence_spans(text)
            )
            out.append(Evidence(hit, len(q & _words(text)) / len(q), sentences, (0.0, 0.1)))
        return out

    def embed_query(self, query: str) -> npt.NDArray[np.float32]:
        embedder = self.embedder or HashEmbedder()
        vector: npt.NDArray[np.float32] = embedder.embed([query], kind="query")[0]
        return vector

    def background(self, query: str) -> tuple[float, float]:
        chunks = [c.text for r in self.reports.values() for c in r.chunks]
        if len(chunks) < 2:
            return (0.0, 1.0)
        embedder = self.embedder or HashEmbedder()
        sims = embedder.embed(chunks, kind="passage") @ self.embed_query(query)
        return (float(sims.mean()), float(sims.std()))

    def doc_freq(self, word: str) -> float:
        chunks = [c for r in self.reports.values() for c in r.chunks]
        found = sum(bool(_words(word) & _words(c.text)) for c in chunks)
        return found / max(1, len(chunks))

    def spellings(self, word: str) -> list[str]:
        target = stem(word.lower())
        texts = (c.text.lower() for r in self.reports.values() for c in r.chunks)
        have = {stem(w) for text in texts for w in re.findall(r"\w+", text)}
        return sorted(t for t in have if t[:2] == target[:2] and one_edit(t, target))

    def written_as(self, word: str) -> str | None:
        return acronym_form(word, (c.text for r in self.reports.values() for c in r.chunks))

    def respelling(self, word: str, plain: bool = False) -> str | None:
        target = word.lower()
        texts = [c.text.lower() for r in self.reports.values() for c in r.chunks]
        have = {w for text in texts for w in re.findall(r"[^\W\d_]+", text)}
        if len(target) < 7 or target in have:  # as search.lexical: MIN_SPELLED, ENDING
            return None

        def before_ending(w: str) -> bool:
            shorter = min(len(w), len(target))
            first = next((k for k in range(shorter) if w[k] != target[k]), shorter)
            return first < shorter - 2

        near = [w for w in have if w[:2] == target[:2] and one_edit(w, target) and before_ending(w)]
        return max(near, key=lambda w: (sum(w in t for t in texts), w), default=None)

    def chunks_with(
        self, words: Sequence[str], filters: Filters | None = None, *, heads: bool = False
    ) -> list[tuple[Chunk, ReportMeta]]:
        wanted = _words(" ".join(words))

        def holds(text: str) -> bool:
            have = _words(text)
            if not heads:
                return wanted <= have
            return all(any(h.startswith(w) for h in have) for w in wanted)

        return [(c, m) for c, m in self.iter_chunks(filters) if holds(c.text)]

    def iter_chunks(self, filters: Filters | None = None) -> Iterator[tuple[Chunk, ReportMeta]]:
        for report in self.reports.values():
            for chunk in report.chunks:
                if _passes(report.meta, chunk, filters):
                    yield chunk, report.meta

    def list_reports(self) -> list[Report]:
        return list(self.reports.values())

    def get_report(self, report_id: str) -> Report:
        if report_id not in self.reports:
            raise errors.NotFound(f"no report {report_id!r}")
        return self.reports[report_id]

    def get_chunk(self, chunk_id: str) -> tuple[Chunk, ReportMeta]:
        for chunk, meta in self.iter_chunks():
            if chunk.id == chunk_id:
                return chunk, meta
        raise errors.NotFound(f"no chunk {chunk_id!r}")

    def add_reports(self, reports: Sequence[Report]) -> int:
        for report in reports:
            self.reports[report.id] = replace(report, pages=())
        return sum(len(r.chunks) for r in reports)

    def delete_report(self, report_id: str) -> None:
        self.get_report(report_id)
        del self.reports[report_id]

    def stats(self) -> dict[str, Any]:
        chunks = sum(len(r.chunks) for r in self.reports.values())
        return {"reports": len(self.reports), "chunks": chunks, "embedder": None}

    def report_metas(self) -> dict[str, ReportMeta]:
        return {r.id: r.meta for r in self.reports.values()}

    def report_versions(self) -> dict[str, str]:
        return {r.id: r.digest for r in self.reports.values()}

    def close(self) -> None:
        pass


def _conforms(index: FakeIndex) -> SearchIndex:
    """mypy (when it reads tests) checks here that FakeIndex implements SearchIndex."""
    return index


def sample_reports() -> list[Report]:
    """Three small reports: two mention Signs of Safety, one is a plan of another unit."""
    return [
        make_report(
            "vb-2016-bou",
            "Barn- och ungdomsenheten",
            2016,
            "VB",
            [
                (
                    "Metoder",
                    [
                        "Signs of Safety är en riskbedömningsmodell. "
                        "Vi utbildar alla nya medarbetare i metoden under året.",
                        "Barnens delaktighet ökar när familjens nätverk deltar i mötena.",
                    ],
                ),
                ("Ekonomi", ["Enheten redovisar ett överskott på två miljoner kronor."]),
            ],
            district="Hägersten-Liljeholmen",
        ),
        make_report(
            "vb-2019-bou",
            "Barn- och ungdomsenheten",
            2019,
            "VB",
            [
                (
                    "Utveckling",
                    [
                        "Säkerhetsplanering enligt Signs of Safety används i alla utredningar.",
                        "Familjehemsplaceringar följs upp varje kvartal.",
                    ],
                ),
            ],
            district="Hägersten-Liljeholmen",
        ),
        make_report(
            "vp-2022-vuxen",
            "Vuxenenheten",
            2022,
            "VP",
            [
                ("Mål", ["Vuxenenheten ska minska antalet vräkningar genom tidiga hembesök."]),
            ],
        ),
    ]
