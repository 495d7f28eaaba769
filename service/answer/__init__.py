"""Answering questions from retrieved report passages, with verified citations."""

from service.answer.engine import Answerer, StreamEvent
from service.answer.text import best_quote, verify_quote
from service.answer.types import Answer, Citation, Turn, UnitGroup

__all__ = [
    "Answer",
    "Answerer",
    "Citation",
    "StreamEvent",
    "Turn",
    "UnitGroup",
    "best_quote",
    "verify_quote",
]
