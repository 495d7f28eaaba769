"""Answering questions from retrieved report passages, with verified citations."""

from service.answer.engine import Answerer
from service.answer.text import verify_quote
from service.answer.types import Answer, Citation, StreamEvent, Turn, UnitGroup

__all__ = [
    "Answer",
    "Answerer",
    "Citation",
    "StreamEvent",
    "Turn",
    "UnitGroup",
    "verify_quote",
]
