"""Reading a question: its language, whether it asks for a list of units, its topic, its years,
and how a short follow-up ("och 2019?") inherits the topic of the previous question."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from service.answer.glossary import to_swedish
from service.answer.lexicon import CONNECTIVE, EN_MARKERS, FRAME, PHRASE_GLUE, SV_MARKERS
from service.answer.text import WHOLE_WORD, normalize, stem, words
from service.answer.types import Language, Turn

__all__ = [
    "Question",
    "Topic",
    "detect_language",
    "extract_topic",
    "extract_years",
    "is_aggregate",
    "read_question",
    "resolve_followup",
]

_AGGREGATE = re.compile(
    r"\b(vilka|hur många|which|how many|what)\s+(\w+\s+)?"
    r"(enheter|enheterna|verksamheter|verksamheterna|units|teams|departments)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(20\d\d|19\d\d)\b")


@dataclass(frozen=True, slots=True)
class Topic:
    """What a question is about: content words, their stems, and the phrase they form."""

    terms: tuple[str, ...]
    stems: tuple[str, ...]
    phrase: str  # normalised contiguous span of the topic words ("signs of safety"), or ""
    display: str  # as written in the question


@dataclass(frozen=True, slots=True)
class Question:
    """A question after follow-up resolution."""

    text: str  # the text to retrieve with (topic of the earlier turn for bare follow-ups)
    language: Language
    aggregate: bool
    topic: Topic
    years: tuple[int, ...]


def detect_language(text: str) -> Language:
    """English ('en') when at least two English function words outnumber the Swedish ones;
    otherwise Swedish ('sv'), the language of the corpus. Letters å/ä/ö count as a Swedish word
    (not as a veto: English questions name places like Östermalm)."""
    tokens = words(text)
    en = sum(t in EN_MARKERS for t in tokens)
    sv = sum(t in SV_MARKERS for t in tokens) + any(ch in text.lower() for ch in "åäö")
    return "en" if en > sv and en >= 2 else "sv"


def is_aggregate(text: str) -> bool:
    """Questions asking which or how many units do something."""
    return _AGGREGATE.search(text) is not None


def extract_years(text: str) -> tuple[int, ...]:
    """The years a text mentions, sorted, without duplicates."""
    return tuple(sorted({int(y) for y in _YEAR.findall(text)}))


def extract_topic(text: str) -> Topic:
    """Content words of a question (frame words and years dropped) and the phrase they span."""
    spans = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[\w-]+", text)]
    keep = [i for i, (_, _, w) in enumerate(spans) if w not in FRAME and not _YEAR.fullmatch(w)]
    terms = tuple(dict.fromkeys(spans[i][2] for i in keep))
    if not keep:
        return Topic((), (), "", "")
    display = text[spans[keep[0]][0] : spans[keep[-1]][1]]
    gap_words = [spans[i][2] for i in range(keep[0], keep[-1] + 1) if i not in keep]
    glued = len(gap_words) <= 1 and all(w in PHRASE_GLUE for w in gap_words)
    phrase = normalize(display) if len(keep) > 1 and glued else ""
    acronyms = {w.lower() for w in re.findall(r"\b[A-ZÅÄÖ]{2,3}\b", text)}
    stems = tuple(dict.fromkeys(t + WHOLE_WORD if t in acronyms else stem(t) for t in terms))
    return Topic(terms, stems, phrase, display if phrase or len(keep) == 1 else " ".join(terms))


def _is_bare_followup(text: str) -> bool:
    """A turn with no topic of its own: connectives, years, filler ("och 2019?", "and 2017?")."""
    rest = [w for w in words(text) if w not in CONNECTIVE and not _YEAR.fullmatch(w)]
    return not rest or not extract_topic(" ".join(rest)).terms


def resolve_followup(text: str, history: Sequence[Turn]) -> str:
    """For a bare follow-up, the latest earlier user question that had a topic, with its years
    replaced by the follow-up's; otherwise `text` unchanged."""
    if not _is_bare_followup(text):
        return text
    for turn in reversed(history):
        if turn.role == "user" and not _is_bare_followup(turn.content):
            base = _YEAR.sub("", turn.content)
            base = re.sub(r"\s+([?.!,])", r"\1", " ".join(base.split()))
            years = extract_years(text)
            return f"{base} {' '.join(map(str, years))}".strip() if years else base
    return text


def read_question(text: str, history: Sequence[Turn] = ()) -> Question:
    """Resolve follow-ups, then read language, aggregate-ness, topic and years."""
    resolved = resolve_followup(text, history)
    language = detect_language(resolved if _is_bare_followup(text) else text)
    topic = extract_topic(resolved)
    if language == "en":  # look for the Swedish wording, keep the English for display
        swedish = extract_topic(to_swedish(resolved))
        topic = Topic(swedish.terms, swedish.stems, swedish.phrase, topic.display)
        resolved = f"{resolved} ({' '.join(swedish.terms)})" if swedish.terms else resolved
    return Question(
        text=resolved,
        language=language,
        aggregate=is_aggregate(resolved),
        topic=topic,
        years=extract_years(resolved),
    )
