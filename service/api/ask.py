"""The assistant: a complete answer, or the same answer streamed as server-sent events."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from service.answer import StreamEvent, Turn
from service.api.convert import answer_out
from service.api.filters import make_filters
from service.api.schemas import AnswerOut, AskIn
from service.api.textinput import searchable
from service.deps import AnswererDep
from service.errors import ServiceError, error_body

__all__ = ["router"]

log = logging.getLogger(__name__)
router = APIRouter(tags=["ask"])


@router.post("/api/ask", response_model=AnswerOut)
def ask(answerer: AnswererDep, body: AskIn) -> AnswerOut:
    """Answer a question from the reports; every sentence cites a quoted passage.

    Passage questions, "which units" questions and goal questions (answered from the goal
    ledger) go through the one answerer, so follow-ups and language work for all of them.
    """
    history = [Turn(t.role, t.content) for t in body.history]
    f = body.filters
    filters = make_filters(f.unit, f.district, f.year, f.doc_type)
    return answer_out(answerer.answer(searchable(body.question, "question"), history, filters))


def _sse(event: str, payload: object) -> str:
    return f"event: {event}\ndata: {json.dumps(payload, ensure_ascii=False)}\n\n"


def _events(events: Iterator[StreamEvent], request_id: str) -> Iterator[str]:
    try:
        for event in events:
            if event.answer is not None:
                yield _sse("answer", answer_out(event.answer).model_dump())
            else:
                yield _sse("delta", {"text": event.text})
    except ServiceError as exc:
        yield _sse("error", error_body(exc.code, exc.message, request_id))
    except Exception:
        log.exception("answer stream failed")
        yield _sse("error", error_body("internal_error", "internal error", request_id))


@router.post(
    "/api/ask/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
def ask_stream(answerer: AnswererDep, body: AskIn, request: Request) -> StreamingResponse:
    """The answer as server-sent events: `delta` {text} pieces, then one `answer` event
    (the same JSON as /api/ask, authoritative: citations checked), or an `error` event."""
    history = [Turn(t.role, t.content) for t in body.history]
    f = body.filters
    filters = make_filters(f.unit, f.district, f.year, f.doc_type)
    events = answerer.stream(searchable(body.question, "question"), history, filters)
    request_id = str(getattr(request.state, "request_id", ""))
    return StreamingResponse(
        _events(events, request_id),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
