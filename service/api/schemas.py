"""Pydantic models of the HTTP edge: separate input and output models, nothing else uses them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AnswerOut",
    "AskIn",
    "ChunkContextOut",
    "ChunkOut",
    "CitationOut",
    "DeleteOut",
    "ErrorBody",
    "ErrorOut",
    "FiltersIn",
    "HealthOut",
    "HitOut",
    "ProgressOut",
    "ReportDetailOut",
    "ReportOut",
    "SearchOut",
    "SectionOut",
    "SimilarHitOut",
    "SimilarIn",
    "SimilarOut",
    "TurnIn",
    "UnitOut",
    "UploadOut",
]

_STRICT = ConfigDict(extra="forbid")


class FiltersIn(BaseModel):
    """Metadata filters; each may be one value or a list. `year` is "2019" or "2016-2019"."""

    model_config = _STRICT
    unit: str | list[str] | None = None
    district: str | list[str] | None = None
    year: str | int | None = None
    doc_type: str | list[str] | None = None


class TurnIn(BaseModel):
    model_config = _STRICT
    role: Literal["user", "assistant"]
    content: str = Field(max_length=20_000)


class AskIn(BaseModel):
    model_config = _STRICT
    question: str = Field(min_length=1, max_length=2_000)
    history: list[TurnIn] = Field(default_factory=list, max_length=50)
    filters: FiltersIn = Field(default_factory=FiltersIn)


class SimilarIn(BaseModel):
    model_config = _STRICT
    text: str = Field(min_length=1, max_length=20_000)
    k: int = Field(8, ge=1, le=50)
    filters: FiltersIn = Field(default_factory=FiltersIn)
    mode: Literal["hybrid", "dense", "lexical"] = "hybrid"


class HitOut(BaseModel):
    chunk_id: str
    report_id: str
    unit: str
    district: str
    year: int | None
    doc_type: str
    title: str
    section_path: list[str]
    page: int | None
    line_start: int
    line_end: int
    text: str
    score: float
    kind: str
    status: str | None
    also_in: list[str]
    uncertain: list[str] = []  # filter fields passed on trust: ["year"] when its year is unknown


class SearchOut(BaseModel):
    query: str
    also_searched: str = Field(
        default="",
        description="The query's Swedish wording, searched too (its English glossary phrases "
        "put in Swedish); empty when the query has none",
    )
    hits: list[HitOut]


class SimilarHitOut(HitOut):
    quote: str


class SimilarOut(BaseModel):
    text: str
    hits: list[SimilarHitOut]


class CitationOut(BaseModel):
    n: int
    chunk_id: str
    report_id: str
    unit: str
    district: str
    year: int | None
    doc_type: str
    section_path: list[str]
    page: int | None
    quote: str


class UnitOut(BaseModel):
    unit: str
    district: str
    year: int | None
    doc_type: str
    report_id: str
    citations: list[int]


class AnswerOut(BaseModel):
    answer: str
    citations: list[CitationOut]
    units: list[UnitOut]
    grounded: bool
    language: str
    mode: str


class ReportOut(BaseModel):
    id: str
    unit: str
    district: str
    year: int | None
    doc_type: str
    title: str
    date: str | None
    diarienummer: str | None
    source: str
    sections: int
    chunks: int
    deletable: bool = Field(
        description=(
            "Whether DELETE /api/reports/{id} may remove it: uploaded reports are, corpus-folder "
            "reports are not (409 managed_by_corpus)."
        )
    )


class SectionOut(BaseModel):
    id: str
    heading: str
    path: list[str]
    depth: int
    kind: str
    number: str | None
    status: str | None
    parent_id: str | None
    page: int | None
    line_start: int


class ChunkOut(BaseModel):
    id: str
    report_id: str
    section_id: str
    section_path: list[str]
    kind: str
    status: str | None
    text: str
    page: int | None
    line_start: int
    line_end: int
    ordinal: int


class ReportDetailOut(ReportOut):
    section_tree: list[SectionOut]
    chunk_list: list[ChunkOut]


class ChunkContextOut(BaseModel):
    chunk: ChunkOut
    report: ReportOut
    previous: ChunkOut | None
    next: ChunkOut | None


class UploadOut(BaseModel):
    report_ids: list[str]
    chunks_added: int
    outcome: Literal["added", "renamed", "replaced", "duplicate"] = "added"
    message: str = ""


class DeleteOut(BaseModel):
    deleted: list[str]


class ProgressOut(BaseModel):
    done: int
    total: int


class HealthOut(BaseModel):
    status: Literal["ok", "starting", "indexing", "error"]
    reports: int
    chunks: int
    embedder: str | None
    chat_backend: str
    generation: int | None = Field(
        None,
        description=(
            "The index generation this server process serves (generations/<n>/); None before "
            "the index is open, or for an index without generations."
        ),
    )
    progress: ProgressOut | None = None
    message: str | None = None


class ErrorBody(BaseModel):
    code: str
    message: str
    request_id: str


class ErrorOut(BaseModel):
    """The one error shape (documented in OpenAPI)."""

    error: ErrorBody
