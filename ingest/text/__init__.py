"""The Swedish text toolkit shared by ingest, search and the service: sentences (as spans),
words and the one Snowball stemmer, stopwords and content stems, years, language detection,
and cutting a quote to a length.
Pure functions, no state."""

from ingest.text.language import Language, detect_language
from ingest.text.quotes import MAX_QUOTE, clip_span, shorten
from ingest.text.sentences import (
    LOOSE_END,
    PROSE_END,
    SENTENCE_END,
    sentence_cuts,
    sentence_spans,
    sentences,
    trim_span,
)
from ingest.text.stopwords import STOPWORDS, content_stems, word_match, wordset
from ingest.text.words import normalize, stem, tokens
from ingest.text.years import (
    MONTHS_EN,
    MONTHS_SV,
    WEEKDAYS_EN,
    YEAR,
    alternation,
    is_year,
    years_in,
)

__all__ = [
    "LOOSE_END",
    "MAX_QUOTE",
    "MONTHS_EN",
    "MONTHS_SV",
    "PROSE_END",
    "SENTENCE_END",
    "STOPWORDS",
    "WEEKDAYS_EN",
    "YEAR",
    "Language",
    "alternation",
    "clip_span",
    "content_stems",
    "detect_language",
    "is_year",
    "normalize",
    "sentence_cuts",
    "sentence_spans",
    "sentences",
    "shorten",
    "stem",
    "tokens",
    "trim_span",
    "word_match",
    "wordset",
    "years_in",
]
