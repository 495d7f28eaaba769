"""What is known about one sentence of a candidate passage for a question: the features the
answer score weighs (see select.WEIGHTS), as pure functions a reader can check.

- sentence: question-sentence similarity in standard scores over the question's background
  (the passage's, minus one, for a piece too short to be embedded);
- passage: question-passage similarity in standard scores (it carries unit, year, headings);
- coverage: IDF-weighted share of the question's topic words found in the sentence;
- context: the same share over the passage text and its headings;
- named: 1 when the question names the report's unit or district;
- report_year: 1 when the question names the report's year;
- text_year: 1 when the sentence itself states a year the question names;
- unmet: 1 when the question asks for a number, date or person the sentence does not give;
- cue: 1 when a why/how/where question meets a sentence with a reason/method/place cue;
- retrieval: 1 / log2(1 + hybrid rank), what BM25 and the dense index made of the passage;
- missing: how many key terms (names, acronyms) of the question the passage lacks;
- unembedded: 1 for a piece too short to be embedded (a heading, a table label);
- preamble: 1 for text before the report's first heading (a cover letter: handläggare, phone,
  title) unless the question asks for a person.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from ingest.text.words import normalize
from ingest.text.years import years_in
from ingest.types import ReportMeta
from search.sentences import Evidence
from service.answer.keyterms import Term
from service.answer.question import Expect, Question
from service.answer.text import term_in

__all__ = [
    "FEATURE_NAMES",
    "Features",
    "context_of",
    "coverage",
    "cue_of",
    "district_named",
    "has_quantity",
    "meets_expectation",
    "missing_keys",
    "names_report",
    "sentence_features",
    "unit_named",
]

UNEMBEDDED_DROP = 1.0  # a heading or label scores as its passage, a little lower

_QUANTITY = re.compile(
    r"(?<![\w-])(?!(?:19|20)\d\d(?![\d,.]))\d[\d\s,.]*(?:%|\w*)|\b(två|tre|fyra|fem|sex|sju|åtta|"
    r"nio|tio|elva|tolv|tjugo\w*|trettio|fyrtio|femtio|hundra\w*|tusen\w*|miljon\w*|miljard\w*|"
    r"hälften|dubbelt|procent|several|hundreds?|thousands?|million\w*)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(19|20)\d\d\b|\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december|vår(?:en|ens|terminen)|höst(?:en|ens|terminen)|sommar(?:en|ens)|"
    r"vinter(?:n|ns)|kvartal\w*|tertial\w*|vecka)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+")

_ASKS = (
    (
        "reason",
        r"\b(varför|orsak\w*|anledning\w*|skälet|hur kommer det sig|why|reasons?|cause[sd]?)\b",
    ),
    (
        "method",
        r"\b(hur (arbetar|jobbar|försöker|ska|skall|kan|gör|gjorde|hanterar|arbetade)|på vilket "
        r"sätt|med vilka (metoder|insatser)|how (do|does|did|will|can|is|are))\b",
    ),
    ("place", r"\b(var (ligger|finns|håller)|vilken adress|vilka lokaler|where)\b"),
)
_CUES = {
    "reason": r"\b(eftersom|därför|beror\w* på|på grund av|pga|orsak\w*|anledning\w*|skäl\w*|"
    r"till följd av|med anledning av|ledde till|leder till|förklar\w*|bidr\w* till|"
    r"bidragande|faktor\w*|syfte\w*|avsikt\w*|för att)\b",
    "method": r"\b(genom|med hjälp av|arbetar med|används|använder|metod\w*|arbetssätt\w*|"
    r"modell\w*|insats\w*)\b",
    "place": r"\b\w+(vägen|gatan|gränd|torget|plan|backe)\s+\d|\b(lokal\w*|adress\w*|"
    r"paviljong\w*|våning\w*)\b",
}
_ASK_PATTERNS = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in _ASKS)
_CUE_PATTERNS = {kind: re.compile(p, re.IGNORECASE) for kind, p in _CUES.items()}


@dataclass(frozen=True, slots=True)
class Features:
    """The features of one sentence (see the module docstring)."""

    sentence: float
    passage: float
    coverage: float
    context: float
    named: float
    report_year: float
    text_year: float
    unmet: float
    cue: float
    retrieval: float
    missing: float
    unembedded: float
    preamble: float

    def values(self) -> tuple[float, ...]:
        return tuple(getattr(self, name) for name in FEATURE_NAMES)


FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Features))


def _new(found: list[str], question: str) -> bool:
    """Whether something found in a sentence is not already in the question."""
    lowered = " ".join(question.lower().split())
    return any(" ".join(f.lower().split()) not in lowered for f in found)


def meets_expectation(expects: Expect, sentence: str, question: str = "") -> bool:
    """Whether a sentence can answer a question asking for a number (a quantity, not a year),
    a date or a person (two capitalised words): it must say one the question does not."""
    if expects == "number":
        return _new([m.group(0).strip() for m in _QUANTITY.finditer(sentence)], question)
    if expects == "date":
        return _new([m.group(0) for m in _DATE.finditer(sentence)], question)
    if expects == "person":
        return _new(_NAME.findall(sentence), question)
    return True


def has_quantity(text: str) -> bool:
    """Whether a text states a quantity (a number that is not a year, or a number word)."""
    return _QUANTITY.search(text) is not None


def cue_of(question: str) -> re.Pattern[str] | None:
    """The cue a sentence answering this question tends to carry: a reason ("eftersom", "på
    grund av") for why-questions, a method ("genom", "med hjälp av") for how-questions, a place
    (a street address, "lokal") for where-questions; None for other questions."""
    for kind, pattern in _ASK_PATTERNS:
        if pattern.search(question):
            return _CUE_PATTERNS[kind]
    return None


def coverage(weights: dict[str, float], text: str) -> float:
    """IDF-weighted share (0..1) of the topic stems `weights` found in `text`."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    lowered = normalize(text)
    return sum(w for s, w in weights.items() if term_in(s, lowered)) / total


def unit_named(lowered: str, unit: str) -> bool:
    """Whether a lower-cased question names a unit in any inflection (Familjeenhet-en/-ens)."""
    name = unit.lower()
    root = name[:-2] if name.endswith("en") else name
    return len(root) > 5 and root in lowered


def district_named(lowered: str, district: str) -> bool:
    """Whether a lower-cased question names a (known) district."""
    name = district.lower()
    return len(name) > 3 and name != "unknown" and name in lowered


def names_report(question: str, meta: ReportMeta) -> bool:
    """Whether the question names the report's unit (any inflection) or district."""
    lowered = question.lower()
    return unit_named(lowered, meta.unit) or district_named(lowered, meta.district)


def context_of(ev: Evidence) -> str:
    """A passage's headings and text: where a topic word or key term counts as present."""
    return " ".join((*ev.hit.chunk.section_path, ev.hit.chunk.text))


def missing_keys(ev: Evidence, keys: Sequence[Term], context: str | None = None) -> int:
    """How many of the question's key terms (names, rare words) the passage does not contain
    (in its text or headings; `context` when already built)."""
    where = context_of(ev) if context is None else context
    return sum(not key.found_in(where) for key in keys)


def _passage_part(
    ev: Evidence, q: Question, weights: dict[str, float], keys: Sequence[Term]
) -> dict[str, float]:
    """The features every sentence of one passage shares."""
    meta = ev.hit.meta
    context = context_of(ev)
    return {
        "passage": ev.standard(ev.similarity),
        "context": coverage(weights, context),
        "named": float(names_report(q.text, meta)),
        "report_year": float(meta.year is not None and meta.year in q.years),
        "retrieval": 1.0 / math.log2(1 + max(ev.hit.rank, 1)),
        "missing": float(missing_keys(ev, keys, context)),
        "preamble": float(ev.hit.chunk.kind == "preamble" and q.expects != "person"),
    }


def sentence_features(
    ev: Evidence, q: Question, weights: dict[str, float], keys: Sequence[Term] = ()
) -> list[tuple[int, int, Features]]:
    """Every sentence of a candidate passage as (start, end, features)."""
    shared = _passage_part(ev, q, weights, keys)
    cue = cue_of(q.text)
    text = ev.hit.chunk.text
    out = []
    for s in ev.sentences:
        piece = text[s.start : s.end]
        embedded = s.similarity is not None
        sim = (
            ev.standard(s.similarity)
            if s.similarity is not None
            else shared["passage"] - UNEMBEDDED_DROP
        )
        f = Features(
            sentence=sim,
            coverage=coverage(weights, piece),
            text_year=float(bool(set(years_in(piece)) & set(q.years))),
            unmet=float(not meets_expectation(q.expects, piece, q.text)),
            cue=float(cue is not None and cue.search(piece) is not None),
            unembedded=float(not embedded),
            **shared,
        )
        out.append((s.start, s.end, f))
    return out
