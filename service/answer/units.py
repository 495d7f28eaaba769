"""Which units (reports) state something: found through the index, never by scanning every text.

A question with key terms (names, acronyms, rare words; see keyterms) lists every report with a
passage containing all of them: candidates come from the lexical posting lists
(`SearchIndex.chunks_with`), then each term's pattern is checked in the text and the quote is the
sentence that names it. A descriptive question ("gick med underskott eller hade en ekonomi i
obalans") is matched by meaning: the question's sentence-level similarity to the best passages
(`SearchIndex.evidence`), a report listed when its best sentence reaches UNIT_SIMILARITY and lies
within UNIT_MARGIN of the best report's. Questions whose key terms are rare words, not names, use
both routes.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.text.quotes import clip_span
from ingest.text.sentences import sentence_spans
from ingest.text.words import stem
from ingest.types import Chunk, ReportMeta
from search.filters import year_uncertain
from search.protocols import SearchIndex
from search.sentences import Evidence
from search.types import Filters
from service.answer.acronyms import is_acronym
from service.answer.presence import coverage
from service.answer.terms import KeyTerms, Term, make_term
from service.answer.text import MAX_QUOTE
from service.answer.topic_words import compound_parts

__all__ = [
    "RARE_WORD_SIMILARITY",
    "SEMANTIC_K",
    "UNIT_MARGIN",
    "UNIT_SIMILARITY",
    "Found",
    "by_meaning",
    "by_terms",
    "reported_years",
    "reports_on",
]

SEMANTIC_K = 150
"""Candidate passages for a descriptive question (across all reports)."""
UNIT_SIMILARITY = 3.0
"""In standard deviations above the question's background (see Evidence.standard)."""
UNIT_MARGIN = 2.5
SAID_SIMILARITY = 1.5
"""The least similarity of a passage whose sentence says every word of a descriptive topic."""
SAID_MARGIN = 3.5
RARE_WORD_SIMILARITY = 4.0
"""The least similarity of a passage listed by meaning when the question also has a rare key
word whose postings are looked up (its other wordings only: "kollektivt" ~ "lokaltrafik")."""


@dataclass(frozen=True, slots=True)
class Found:
    """A passage that shows a report states the topic, with the quote's offsets."""

    chunk: Chunk
    meta: ReportMeta
    start: int
    end: int
    strength: float  # orders a report's passages: terms found (+ topic share), or similarity


def _term_quote(
    chunk: Chunk, terms: Sequence[Term], topic: Mapping[str, float]
) -> tuple[int, int, float] | None:
    """(start, end, strength) of the sentence naming most of the terms, of those the one
    saying most of the question's other topic words (`topic`: stem -> IDF weight): asked
    which units offer "Tryggare barn" to parents, 'Insatsen "Tryggare barn" har erbjudits till
    föräldrar …' before a bare list item '- "Tryggare barn"'. The strength is the number of
    terms found plus that share (0..1); None when the passage (with its headings) lacks a term."""
    headings = " ".join(chunk.section_path)
    named = _term_starts(chunk.text, terms)
    if not all(starts or t.found_in(headings) for t, starts in zip(terms, named, strict=True)):
        return None
    spans = sentence_spans(chunk.text)
    best: tuple[int, int, float] | None = None
    for start, end in spans:
        count = sum(_any_within(starts, start, end) for starts in named)
        if not count:
            continue
        strength = count + coverage(topic, chunk.text[start:end])
        if best is None or strength > best[2]:
            best = (start, end, strength)
    if best is None:  # named in the heading only: the passage's first sentence
        best = (*spans[0], 0.0) if spans else None
    return best


def _term_starts(text: str, terms: Sequence[Term]) -> list[list[int]]:
    """Where each term is found in `text` (match starts, ascending): one pass over the text
    per term, not one per sentence."""
    return [[m.start() for m in t.pattern.finditer(text)] for t in terms]


def _any_within(starts: Sequence[int], start: int, end: int) -> bool:
    """Whether some offset of the ascending `starts` lies in [start, end)."""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def by_terms(
    index: SearchIndex,
    keys: KeyTerms,
    scope: Filters | None,
    topic: Mapping[str, float] | None = None,
) -> list[Found]:
    """Every passage containing all terms of some alternative (posting lists, then each
    term's pattern in the text), also as a report misspells it ("Skilda värdar"); a name, or a
    word no passage holds whole, also at the head of a compound ("Instagramkonto",
    "barnrättsombudsperson"). Each is quoted with its sentence naming the terms that says
    most of the `topic` (see _term_quote)."""
    found: dict[str, Found] = {}
    for terms in keys.alternatives:
        for spelled in _respelled(index, terms, apart=keys.named):
            for words in _spellings(spelled):
                heads = keys.named or any(index.doc_freq(w) == 0 for w in words)
                _collect(index, spelled, words, scope, found, heads=heads, topic=topic or {})
    return list(found.values())


MIN_FUZZY = 7
"""A one-word term is also looked up misspelled from this many letters ("samarbetssamtal")."""
MIN_FUZZY_PART = 5
"""A word of a longer name is also looked up misspelled from this many letters ("Sarah"): the
name's other words keep the match precise."""


def _respelled(
    index: SearchIndex, terms: Sequence[Term], *, apart: bool = False
) -> list[tuple[Term, ...]]:
    """The terms as the question writes them, then with one word as the reports misspell it
    (an index term one edit away, with the asked word's ending: "Skilda värdar",
    "samarbetsamtal", not "Skilda värden"); acronyms and short words never (see MIN_FUZZY,
    MIN_FUZZY_PART); with `apart` (names), also with a compound written as two words (see
    _written_apart; a rare word's two parts are everyday words). The display stays as asked."""
    out = [tuple(terms), *(_written_apart(index, terms) if apart else ())]
    for i, term in enumerate(terms):
        least = MIN_FUZZY_PART if len(term.words) > 1 else MIN_FUZZY
        for j, word in enumerate(term.words):
            if len(word) < least or _is_acronym_in(word, term.display):
                continue
            ending = word[len(stem(word)) :] if word.startswith(stem(word)) else ""
            for near in index.spellings(word):  # a stem: "värd" + "ar" of "världar"
                words = (*term.words[:j], near + ending, *term.words[j + 1 :])
                respelled = make_term(" ".join(words), exact=True)
                variant = Term(term.display, respelled.words, respelled.pattern)
                out.append((*terms[:i], variant, *terms[i + 1 :]))
    return out


def _written_apart(index: SearchIndex, terms: Sequence[Term]) -> list[tuple[Term, ...]]:
    """The terms with a compound of theirs written as two words, as reports often do ("FREDA
    kort frågor" for "FREDA-kortfrågor"; parts as topic_words.compound_parts finds them, both
    words some passage contains); the pattern still finds the compound written whole."""
    out = []
    for i, term in enumerate(terms):
        for j, word in enumerate(term.words):
            parts = compound_parts(word, index.doc_freq) if len(word) >= MIN_FUZZY else None
            if parts is None:
                continue
            written = make_term(" ".join((*term.words[:j], *parts, *term.words[j + 1 :])))
            variant = Term(term.display, written.words, written.pattern)
            out.append((*terms[:i], variant, *terms[i + 1 :]))
    return out


def _is_acronym_in(word: str, display: str) -> bool:
    """Whether `word` is written as an acronym in the term's display ("SIP", "RoS")."""
    return any(is_acronym(t) and t.lower() == word for t in re.split(r"[\s\-–]+", display))


def _spellings(terms: Sequence[Term]) -> list[list[str]]:
    """The words to look up for a set of terms: as written, and with each name of several
    words also written as one ("Lex Sarah" -> "lexsarah"; the term's pattern accepts both)."""
    written = [w for t in terms for w in t.words]
    joined = [w for t in terms for w in (("".join(t.words),) if len(t.words) > 1 else t.words)]
    return [written] if joined == written else [written, joined]


def _collect(
    index: SearchIndex,
    terms: Sequence[Term],
    words: list[str],
    scope: Filters | None,
    found: dict[str, Found],
    *,
    heads: bool,
    topic: Mapping[str, float],
) -> None:
    """Add every passage holding `words` (names also at the head of a longer word) whose text
    matches all `terms` to `found`."""
    for chunk, meta in index.chunks_with(words, scope, heads=heads):
        if chunk.id in found:  # found by an earlier spelling or alternative
            continue
        quote = _term_quote(chunk, terms, topic)
        if quote is None:
            continue
        start, end = clip_span(chunk.text, quote[0], quote[1], MAX_QUOTE)
        found[chunk.id] = Found(chunk, meta, start, end, quote[2])


def _best_sentence(ev: Evidence) -> tuple[float, int, int]:
    """(standard score, start, end) of the passage's sentence closest to the question."""
    scored = [
        (ev.standard(s.similarity), s.start, s.end)
        for s in ev.sentences
        if s.similarity is not None
    ]
    if not scored:
        spans = sentence_spans(ev.hit.chunk.text)
        start, end = spans[0] if spans else (0, len(ev.hit.chunk.text))
        return (ev.standard(ev.similarity), start, end)
    return max(scored)


def by_meaning(
    index: SearchIndex,
    question: str,
    scope: Filters | None,
    least: float = UNIT_SIMILARITY,
    topic: Mapping[str, float] | None = None,
) -> list[Found]:
    """Passages whose best sentence is close enough in meaning to the question: at least
    `least` (UNIT_SIMILARITY; RARE_WORD_SIMILARITY beside a rare word's postings) and within
    UNIT_MARGIN of the closest (standard scores); or whose sentence says every word of the
    `topic` (stem -> IDF weight) at SAID_SIMILARITY and within SAID_MARGIN: "Vilka enheter
    arbetar med familjehem?" lists each unit with a sentence on its familjehem, however
    plainly worded."""
    evidence = index.evidence(question, k=SEMANTIC_K, filters=scope)
    best = [(_best_sentence(ev), ev) for ev in evidence]
    top = max((b[0] for b, _ in best), default=least)
    floor = max(least, top - UNIT_MARGIN)
    said_floor = max(min(least, SAID_SIMILARITY), top - SAID_MARGIN)
    found = []
    for (sim, start, end), ev in best:
        if sim < floor:  # close enough only if a sentence says the topic in words
            sim, start, end = _said_sentence(ev, topic) if topic else (-math.inf, 0, 0)
        if sim >= floor or sim >= said_floor:
            span = clip_span(ev.hit.chunk.text, start, end, MAX_QUOTE)
            found.append(Found(ev.hit.chunk, ev.hit.meta, *span, sim))
    return found


def _said_sentence(ev: Evidence, topic: Mapping[str, float]) -> tuple[float, int, int]:
    """(standard score, start, end) of the passage's closest sentence saying every topic word;
    -inf when no sentence does."""
    text = ev.hit.chunk.text
    scored = [
        (ev.standard(s.similarity), s.start, s.end)
        for s in ev.sentences
        if s.similarity is not None and coverage(topic, text[s.start : s.end]) >= 1.0
    ]
    return max(scored, default=(-math.inf, 0, 0))


def group_by_report(found: Sequence[Found], per_report: int) -> list[list[Found]]:
    """Found passages grouped by report (best first within a report, at most `per_report`),
    reports ordered by year, then unit."""
    groups: dict[str, list[Found]] = {}
    for f in found:
        groups.setdefault(f.chunk.report_id, []).append(f)
    ordered = sorted(
        groups.values(),
        key=lambda g: (g[0].meta.year or 0, g[0].meta.unit.lower(), g[0].chunk.report_id),
    )
    return [sorted(g, key=_order_in_report)[:per_report] for g in ordered]


BARE_WORDS = 3
"""A quote of this many words or fewer names the topic and says nothing of it ("- "Tryggare
barn"" in a list of courses): of two passages as strong, the one saying more comes first."""


def _order_in_report(found: Found) -> tuple[float, bool, int]:
    """Strongest first; of equal strength, a quote saying something before a bare mention
    (BARE_WORDS), then the report's order."""
    words = len(re.findall(r"\w+", found.chunk.text[found.start : found.end]))
    return (-found.strength, words <= BARE_WORDS, found.chunk.ordinal)


def reported_years(years: Sequence[int]) -> tuple[int, ...]:
    """The report years that can state what happened in `years`: those years, and the year
    after, whose plan reports the year before ("Det ekonomiska resultatet för 2021 …" in a
    VP 2022); see reports_on."""
    return (*years, max(years) + 1) if years else ()


def reports_on(found: Found, years: Sequence[int]) -> bool:
    """Whether a passage found among the reported_years states something of `years`: a report
    of one of them (or of an unknown or uncertain year, which a year never drops: see
    search.filters), or a plan of the year after whose passage names one."""
    year = found.meta.year
    if not years or year in years or year_uncertain(found.meta):
        return True
    named = any(str(y) in found.chunk.text for y in years)
    return found.meta.doc_type == "VP" and year is not None and year - 1 in years and named
