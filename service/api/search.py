"""Search and "find prior formulations" routes."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ingest.quotes import best_quote
from service.answer.courtesy import without_courtesy
from service.answer.glossary import swedish_wording
from service.answer.text import MAX_QUOTE
from service.api.convert import hit_out
from service.api.filters import make_filters
from service.api.schemas import SearchOut, SimilarHitOut, SimilarIn, SimilarOut
from service.api.similar import fold_duplicates
from service.api.textinput import searchable
from service.deps import IndexDep

__all__ = ["router"]

router = APIRouter(tags=["search"])


@router.get("/api/search", response_model=SearchOut)
def search(
    index: IndexDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="Query text")],
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    unit: Annotated[list[str] | None, Query()] = None,
    district: Annotated[list[str] | None, Query()] = None,
    year: Annotated[str | None, Query(description="'2019' or '2016-2019'")] = None,
    doc_type: Annotated[list[str] | None, Query(description="VB or VP")] = None,
    mode: Literal["hybrid", "dense", "lexical"] = "hybrid",
) -> SearchOut:
    """Hybrid search over report passages with metadata filters; a query with English glossary
    phrases is also read in its Swedish wording (see SearchIndex.search's `also`). A query
    pasted from a message is searched without its greeting, thanks and signature ("Hej! …
    Tack på förhand! Mvh Anna"), as the assistant reads it (see courtesy)."""
    filters = make_filters(unit, district, year, doc_type)
    query = without_courtesy(searchable(q, "q"))
    also = swedish_wording(query)
    hits = index.search(query, k=k, filters=filters, mode=mode, also=also)
    return SearchOut(query=q, also_searched=also, hits=[hit_out(h) for h in hits])


@router.post("/api/similar", response_model=SimilarOut)
def similar(index: IndexDep, body: SimilarIn) -> SimilarOut:
    """Closest prior formulations of a pasted draft across reports and years."""
    searchable(body.text, "text")
    f = body.filters
    filters = make_filters(f.unit, f.district, f.year, f.doc_type)
    found = index.search(body.text, k=body.k * 2, filters=filters, mode=body.mode)
    hits = fold_duplicates(found)[: body.k]
    out = []
    for h in hits:
        quote = best_quote([h.chunk], body.text, MAX_QUOTE)
        out.append(SimilarHitOut(**hit_out(h).model_dump(), quote=quote.text if quote else ""))
    return SimilarOut(text=body.text, hits=out)
