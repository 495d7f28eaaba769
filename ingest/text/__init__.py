"""The Swedish text toolkit shared by ingest, search and the service: sentences (as spans),
words and the one Snowball stemmer, language detection. Pure functions, no state."""

from ingest.text.language import Language, detect_language
from ingest.text.sentences import (
    LOOSE_END,
    PROSE_END,
    SENTENCE_END,
    sentence_cuts,
    sentence_spans,
    sentences,
    trim_span,
)
from ingest.text.words import normalize, stem, tokens

__all__ = [
    "LOOSE_END",
    "PROSE_END",
    "SENTENCE_END",
    "Language",
    "detect_language",
    "normalize",
    "sentence_cuts",
    "sentence_spans",
    "sentences",
    "stem",
    "tokens",
    "trim_span",
]
