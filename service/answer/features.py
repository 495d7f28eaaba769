"""What is known about one sentence of a candidate passage for a question: the features the
answer score weighs (see select.WEIGHTS), as pure functions a reader can check.

- sentence: question-sentence similarity in standard scores over the question's background
  (the passage's, minus one, for a piece too short to be embedded);
- passage: question-passage similarity in standard scores (it carries unit, year, headings);
- coverage: IDF-weighted share of the question's topic words found in the sentence (a table
  row's with its header, for a number question);
- context: the same share over the passage text and its headings;
- named: 1 when the question names the report (its unit, narrowed by a named district, or its
  district when no unit is named; see who.named_reports);
- other_report: 1 when the question names reports and this is none of them (asked about
  Familjestödsenheten's SIP meetings, Barn- och ungdomsenheten's are not the answer);
- report_year, text_year, other_year, unsaid_year: whether the sentence is of the year asked
  about (see year_features); a question naming no year asks of every year of the unit it
  names (see any_year);
- unmet: 1 when the question asks for a number, date, person or address the sentence does not
  give (a plan's figure for a year before its own does not give the planned year's number, nor
  does a plan's target give a number of a year before it, nor does a plan give the outcome of
  its own year); for a number, also when the passage names the question's key terms only
  after the sentence (the figure counts something else);
- uncounted: 1 when the question counts something ("Hur många familjehem …?") and no quantity
  in the sentence stands next to a word for it (see presence.counts);
- cue: 1 when a why/how/where/how-often question meets a sentence with a reason/method/place/
  frequency cue, 2 when a where-question meets a street address (see cues.cue_score); 1 when "Vad är
  Lili?" meets a sentence naming the topic that presents it ("driver en … fritidsgård …, Lili");
- unstated: 1 when a why-question takes an event for granted ("Varför lades … ner?") that
  neither the sentence, the one before it, nor the passage's headings state (see premise);
- unreasoned: 1 when a why-question meets a sentence that gives no reason, nor does a
  neighbour of it (a false premise: "Varför lades fritidsgården ner?" of one still open);
- retrieval: 1 / log2(1 + hybrid rank), what BM25 and the dense index made of the passage;
- missing: how many key terms (names, acronyms) of the question the passage lacks;
- unembedded: 1 for a piece too short to be embedded (a heading, a table label);
- row: 1 when a number question meets a table row whose label (its first cell), with its
  table's header, says every topic word of the question ("Antal vräkningar som berör barn |
  0 | …" for "What annual target … for the number of evictions affecting children?"): the
  figures and the columns' words in a row make its embedding a poor judge of it;
- qualified: 1 for a table row whose label narrows a shorter row's beside it by words the
  question does not use ("Sjukfrånvaro dag 1-14" beside "Sjukfrånvaro", see text.narrowings);
  the broader row then takes its similarity and coverage when higher (see row_features.broadened);
  also 1 for a sentence telling of a part of the year only ("Under första tertialen …") when a
  figure is asked for a year, not for a part of it;
- preamble: 1 for text before the report's first heading (a cover letter: handläggare, phone,
  title) unless the question asks for a person;
- repeated: 1 when a follow-up meets a sentence the previous reply already said (see
  presence.repeats): it asks something new;
- assigned: 1 for an activity as a table assigns it (dated) when its analysis follows it, for a
  question that does not ask which activities there are: the analysis says what was done
  ("Vad gjorde enheten med aktiviteten om allvarssamtal?"), the row only what was to be done.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from search.sentences import Evidence
from service.answer.cues import asks_cue, cue_score, reason_near
from service.answer.expectations import meets_expectation
from service.answer.premise import unstated
from service.answer.presence import (
    Variants,
    context_of,
    counts,
    coverage,
    missing_keys,
    repeats,
    says_key,
)
from service.answer.question import Question, planned_years
from service.answer.row_features import broadened, headed, label_text, meanings, row_says
from service.answer.terms import Term
from service.answer.text import (
    followed_up,
    is_figures,
    label_of,
    narrowings,
    refers_back,
    table_header,
)
from service.answer.times import asks_part_of_year, part_of_year
from service.answer.who import names_report
from service.answer.year_features import year_features

__all__ = [
    "FEATURE_NAMES",
    "Features",
    "sentence_features",
]


@dataclass(frozen=True, slots=True)
class Features:
    """The features of one sentence (see the module docstring)."""

    sentence: float
    passage: float
    coverage: float
    context: float
    named: float
    other_report: float
    report_year: float
    text_year: float
    other_year: float
    unsaid_year: float
    unmet: float
    uncounted: float
    cue: float
    unreasoned: float
    unstated: float
    retrieval: float
    missing: float
    unembedded: float
    row: float
    qualified: float
    preamble: float
    repeated: float
    assigned: float

    def values(self) -> tuple[float, ...]:
        return tuple(getattr(self, name) for name in FEATURE_NAMES)


FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Features))


def _passage_part(
    ev: Evidence,
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term],
    variants: Variants | None = None,
) -> dict[str, float]:
    """The features every sentence of one passage shares."""
    meta = ev.hit.meta
    context = context_of(ev)
    named = ev.hit.chunk.report_id in q.named if q.named is not None else names_report(q.text, meta)
    return {
        "passage": ev.standard(ev.similarity),
        "context": coverage(weights, context),
        "named": float(named),
        "other_report": float(bool(q.named) and ev.hit.chunk.report_id not in (q.named or ())),
        "report_year": float(_of_year(ev, q)) or any_year(q, named),
        "retrieval": 1.0 / math.log2(1 + max(ev.hit.rank, 1)),
        "missing": float(missing_keys(ev, keys, context, variants)),
        "preamble": float(ev.hit.chunk.kind == "preamble" and q.expects != "person"),
    }


ANY_YEAR = 1.0
"""The report_year a passage has when its question names no year but names the passage's
unit: any year of that unit's reports is the year asked about. Over all 170 sets (6,894
questions) against none: 0.5 gives cite .782 -> .806, answered .861 -> .894, refused .857 ->
.843; 1.0 gives cite .824, answered .920, refused .828 (1.0 with the threshold raised from 6.0
to 6.5 instead: .787, .873, .850). On the dev set 1.0 answers a038 (cited) and a039 but also
unanswerable a115 and a117 (refused .917 -> .833); 0.5 answers a115 alone (.875)."""


def _of_year(ev: Evidence, q: Question) -> bool:
    """Whether the passage's report is of a year the question names, or a report on the year
    before one it asks the plans for (a VB 2019 tells what is planned "inför 2020", see
    question.planned_years)."""
    year = ev.hit.meta.year
    if year is None:
        return False
    return year in q.years or (ev.hit.meta.doc_type == "VB" and year + 1 in planned_years(q.text))


def any_year(q: Question, named: bool) -> float:
    """ANY_YEAR when a question naming no year is asked of a report of the unit it names
    ("Vilka boenden har Enheten för stöd och service i hemmet?"); 0 else."""
    return ANY_YEAR if not q.years and not q.focus and named and bool(q.named) else 0.0


_LISTS_ACTIVITIES = re.compile(
    r"\b(?:vilka|vilken|vilket|vad för|which|what)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aktivitet\w*|activit\w*)",
    re.IGNORECASE,
)
"""A question asking which activities there are ("Vilka aktiviteter var kopplade till …?")."""


def _unkeyed(
    ev: Evidence,
    q: Question,
    i: int,
    keys: Sequence[Term],
    variants: Variants | None,
) -> bool:
    """Whether a number question naming something ("Hur många barn deltog i Skilda världar?")
    meets a sentence of a passage that names one of its key terms only after it (another,
    "Familjerätten", may come before): the figure counts something
    else ("Under året har föräldrar till cirka 66 barn gått i samarbetsamtal. En "Skilda
    värdar-grupp" … har genomförts"). Named in the headings, in or before the sentence, or not
    in the passage at all (an earlier passage names "Kuggen" above its "2021: Antal besökare
    2 338"), the figure may be the one asked for."""
    if q.expects != "number" or not keys:
        return False
    text, end = ev.hit.chunk.text, ev.sentences[i].end
    told = " ".join((*ev.hit.chunk.section_path, text[:end]))
    return any(
        not says_key(told, [key], variants) and says_key(text[end:], [key], variants)
        for key in keys
    )


def _unstated(q: Question, ev: Evidence, i: int) -> bool:
    """Whether sentence i leaves an event a why-question takes for granted unstated, with the
    passage's headings and the sentence before it (see premise.unstated)."""
    if not q.presumed:
        return False
    before = " ".join((*ev.hit.chunk.section_path, ev.sentence_text(i - 1) if i else ""))
    return unstated(q.presumed, before, ev.sentence_text(i))


def _asks_whole_year(q: Question) -> bool:
    """Whether a question asks a figure for a year, not for a part of it: then a sentence
    telling of a part only ("Under första tertialen …" for "Hur många … under 2019?") is
    qualified, and the year's own figure answers."""
    return q.expects == "number" and bool(q.years) and not asks_part_of_year(q.text)


def _meets(q: Question, text: str, spans: Sequence[tuple[int, int]], i: int, header: str) -> bool:
    """Whether sentence i gives the kind of answer asked for (expectations.meets_expectation;
    by a follow-up's own words when they decide it, Question.kind_asked); asked who, a
    sentence referring back to the one before it ("I uppdraget ingår att …") names the
    person there."""
    piece, asked = text[slice(*spans[i])], q.kind_asked or q.text
    if meets_expectation(q.expects, piece, asked, header):
        return True
    if q.expects != "person" or i == 0 or not refers_back(piece):
        return False
    return meets_expectation("person", text[slice(*spans[i - 1])], asked)


def sentence_features(
    ev: Evidence,
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term] = (),
    variants: Variants | None = None,
) -> list[tuple[int, int, Features]]:
    """Every sentence of a candidate passage as (start, end, features); `variants` are other
    ways the topic's words are written (see presence.coverage)."""
    shared = _passage_part(ev, q, weights, keys, variants)
    of_year = _of_year(ev, q)
    asks = asks_cue(q.own_words, q.text)  # a follow-up asking its own question: its own kind
    lists = _LISTS_ACTIVITIES.search(q.text) is not None
    whole_year = _asks_whole_year(q)
    text = ev.hit.chunk.text
    spans = [(s.start, s.end) for s in ev.sentences]
    labels = [label_of(text, spans, i) for i in range(len(spans))]
    headers = [table_header(text, a) if q.expects == "number" else "" for a, _ in spans]
    meaning = meanings(ev, labels, shared["passage"], weights, variants)
    meaning, narrowed = broadened(meaning, narrowings(text, spans), q.text)
    out = []
    for i, (s, label) in enumerate(zip(ev.sentences, labels, strict=True)):
        piece = text[s.start : s.end]
        labelled = piece if label is None else f"{text[slice(*spans[label])]} {piece}"
        years, past = year_features(ev, q, i, labels, headers[i], of_year)
        years["report_year"] = max(years["report_year"], shared["report_year"])  # any year
        unmet = (
            past or not _meets(q, text, spans, i, headers[i]) or _unkeyed(ev, q, i, keys, variants)
        )
        uncounted = bool(q.counted) and not counts(labelled, q.counted, variants)
        f = Features(
            sentence=meaning[i][0],
            coverage=headed(meaning[i][1], headers[i], piece, weights, variants),
            unmet=float(unmet),
            uncounted=float(uncounted),
            cue=_cue(asks, text, spans, i, q.text, covered=meaning[i][1] > 0),
            unreasoned=float(asks == "reason" and not reason_near(text, spans, i, q.text)),
            unembedded=float(s.similarity is None),
            unstated=float(_unstated(q, ev, i)),
            row=float(
                q.expects == "number" and _row(ev, i, labels[i], headers[i], weights, variants)
            ),
            qualified=float(narrowed[i] or (whole_year and part_of_year(piece))),
            repeated=float(repeats(piece, q.answered, same_years=not q.focus)),
            assigned=float(not lists and followed_up(text, s.start, s.end)),
            **(shared | years),
        )
        out.append((s.start, s.end, f))
    return out


def _row(
    ev: Evidence,
    i: int,
    label: int | None,
    header: str,
    weights: dict[str, float],
    variants: Variants | None,
) -> bool:
    """Whether sentence i is a table row whose label says the question's topic (see
    row_features.row_says): its first cell, or for a row of bare figures its label above."""
    piece = ev.sentence_text(i)
    said = label_text(ev, label) if label is not None and is_figures(piece) else ""
    return row_says(piece, header, weights, variants, said)


NEXT_CUE = 0.5
"""The cue a reason question finds only in the next sentence counts this much: a report states
the event, then its reason ("… en omsättning i personalgruppen. Merparten … slutade för att
…"), and the quote takes both (see quoting.quote_span)."""


def _cue(
    asks: str | None,
    text: str,
    spans: Sequence[tuple[int, int]],
    i: int,
    question: str,
    covered: bool,
) -> float:
    """The cue of sentence i (see cues.cue_score), half of the next sentence's for a
    reason; a definition ("Lili är en …") only in a sentence naming the topic (`covered`)."""
    if asks == "definition" and not covered:
        return 0.0
    own = cue_score(asks, text[slice(*spans[i])], question)
    if own or asks != "reason" or i + 1 >= len(spans):
        return own
    return NEXT_CUE * cue_score(asks, text[slice(*spans[i + 1])], question)
