""" "Which units …?" answered over the whole index: the aggregate strategy of the answerer.

A question's scope is what it names: its years (and the year after, whose plan reports on
them; a year no served report is of or reports on is one the passages must state instead:
"Agenda 2030"), its districts ("Vilka enheter på Kungsholmen …?", or all but the units it names with
"förutom"), its kind of report ("verksamhetsberättelser": VB). Within it, every report whose
passages state the topic is listed with the quote that shows it: by the key terms' postings
(names, rare words; see units.by_terms) and, for a descriptive topic or beside a rare word, by
meaning (units.by_meaning); a quote saying the opposite of the question's qualifier ("låg
personalomsättning" for "hög") is no evidence (see opposites), nor, when the question bounds a
figure ("årsmål … på 80 eller högre"), a quote whose table row does not keep it (see bounds);
such a passage is quoted instead with a sentence of it that fits, if any (see _fitting). A
count the question asks of the thing ("tio arbetsplatsträffar") or something it asks the
reports to say did not occur ("inga klagomål om diskriminering") must be written in the quote,
or in a sentence of the passage quoted instead (see _counting, _absent)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ingest.text.quotes import clip_span
from ingest.text.sentences import sentence_spans
from ingest.text.stopwords import STOPWORDS
from ingest.text.words import tokens
from ingest.types import ReportMeta
from search.filters import with_doc_types, with_years
from search.protocols import SearchIndex
from search.types import Filters
from service.answer.bounds import Bound, Count, asked_bound, asked_count, keeps, says_count
from service.answer.compose import compose_aggregate
from service.answer.keyterms import find_key_terms, without_examples
from service.answer.names import without_who
from service.answer.opposites import asked_absent, contradicts, says_absent, set_aside
from service.answer.presence import said_share
from service.answer.question import Question, doc_types_named, extract_topic
from service.answer.terms import KeyTerms
from service.answer.text import MAX_QUOTE
from service.answer.topic_words import idf_weights
from service.answer.types import Answer
from service.answer.units import (
    RARE_WORD_SIMILARITY,
    Found,
    by_meaning,
    by_terms,
    group_by_report,
    reported_years,
    reports_on,
)
from service.answer.who import scoped_reports

__all__ = ["MIN_RARE_COVERAGE", "answer_aggregate", "report_years"]

MIN_RARE_COVERAGE = 0.4
"""The least share of a question's topic (its examples left out; IDF-weighted, see
presence.said_share) a quote must say to show a report states what a rare key word is asked
about: asked which units "har en mentor eller fadder som stöd för nyanställda", a report whose
only "mentor" is a mentor of something else says less of it. When no quote says that much,
every report naming the word is listed, as before."""


def report_years(years: Sequence[int], metas: Mapping[str, ReportMeta]) -> tuple[int, ...]:
    """The years of `years` some served report is of or reports on (a plan of the year
    after); the others are years the text speaks of ("Agenda 2030", "målet till 2025"), not
    reports to look in."""
    served = {m.year for m in metas.values()}
    return tuple(y for y in years if y in served or y + 1 in served)


def _scope(
    q: Question, metas: Mapping[str, ReportMeta], filters: Filters | None, years: Sequence[int]
) -> tuple[Filters | None, bool]:
    """The filters a "which units" question is answered within (see the module docstring;
    `years`: its report_years), and whether they hold the places it names (then those are no
    part of its meaning)."""
    scoped = scoped_reports(q.text, metas)
    scope = _narrowed(with_years(filters, reported_years(years)), scoped)
    return with_doc_types(scope, doc_types_named(q.text)), scoped is not None


def answer_aggregate(
    index: SearchIndex, q: Question, filters: Filters | None, per_unit: int
) -> Answer:
    """One line per report stating the topic, at most `per_unit` quotes each."""
    served = index.report_metas()
    years = report_years(q.years, served)
    spoken = [str(y) for y in q.years if y not in years]  # "Agenda 2030": the text's
    scope, by_place = _scope(q, served, filters, years)
    metas = served.values()
    what = without_who(q.swedish or q.text, metas)
    keys = find_key_terms(what, index.doc_freq, swedish=q.language == "sv")
    topic = idf_weights(extract_topic(what).terms, index.doc_freq, unknown=False)
    found = by_terms(index, keys, scope, topic) if keys.alternatives else []
    if not keys.named:  # a rare word: the reports that say what is asked of it
        found = _saying_enough(found, what, keys, index.doc_freq)
    meaning = without_who(q.text, metas) if by_place else q.text
    if keys.descriptive:
        found += by_meaning(index, meaning, scope, topic=topic)
    elif not keys.named:  # a rare word: its postings, and other wordings close in meaning
        found += by_meaning(index, meaning, scope, RARE_WORD_SIMILARITY)
    found = [f for f in found if reports_on(f, years) and all(y in f.chunk.text for y in spoken)]
    asked = q.swedish or q.text
    aside = {w for run in set_aside(asked) for w in run}
    found = _fitting(found, _fits(asked, None), aside)
    if not keys.named:  # "har aktiviteten att införa arbetssätt och metoder för att …"
        found = _worded_alike(what, found)
    bound = asked_bound(q.text)
    if bound is not None:  # "… på 80 eller högre": only rows whose figure keeps it
        found = _fitting(found, _fits(asked, bound), aside)
    found = _absent(_counting(found, asked_count(what), what), what)
    groups = group_by_report(found, per_unit)
    quoted = [[(f.chunk, f.meta, f.start, f.end) for f in g] for g in groups]
    joins = ("or", "and") if q.language == "en" else ("eller", "och")
    named = keys.joined(*joins) if keys.named else ""
    named += "".join(f" {y}" for y in spoken if f"{named} {y}" in q.text)  # "Agenda 2030"
    return compose_aggregate(q, quoted, named)


MIN_WORDING = 4
"""Content words in a row a question shares with the reports' own wording (an activity's or
a goal's title) for the list to keep only the reports writing it (see _worded_alike)."""


def _saying_enough(
    found: list[Found], what: str, keys: KeyTerms, doc_freq: Callable[[str], float]
) -> list[Found]:
    """The passages whose quote says MIN_RARE_COVERAGE of the question's topic, its examples
    left out; all of them when none does."""
    topic = idf_weights(extract_topic(without_examples(what)).terms, doc_freq, unknown=False)
    said = [
        f
        for f in found
        if said_share(topic, f.chunk.text[f.start : f.end], keys.terms) >= MIN_RARE_COVERAGE
    ]
    return said or found


def _worded_alike(question: str, found: list[Found]) -> list[Found]:
    """The passages that write the question's wording when two reports or more write a run of
    MIN_WORDING content words of it or more (a plan's standard activity: "Implementera
    arbetssätt och metoder för att upptäcka hedersrelaterat våld"): the question asks for
    that, not for whatever is near it in meaning; all passages otherwise."""
    asked = tokens(question)
    runs = [_run(asked, tokens(f.chunk.text[f.start : f.end])) for f in found]
    if len({f.chunk.report_id for f, run in zip(found, runs, strict=True) if run}) < 2:
        return found
    return [f for f, run in zip(found, runs, strict=True) if run]


def _run(asked: list[str], said: list[str]) -> bool:
    """Whether `said` holds a run of MIN_WORDING content words or more of `asked`, in order
    and with the same words between them."""
    for i in range(len(asked)):
        for j in range(len(said)):
            k = 0
            while i + k < len(asked) and j + k < len(said) and asked[i + k] == said[j + k]:
                k += 1
            if sum(w not in STOPWORDS for w in asked[i : i + k]) >= MIN_WORDING:
                return True
    return False


def _words(text: str) -> set[str]:
    """The words of `text` but its figures."""
    return {w for w in tokens(text) if not any(c.isdigit() for c in w)}


def _fits(asked: str, bound: Bound | None) -> Callable[[str], bool]:
    """Whether a quote fits the question `asked`: it says no opposite of it and writes
    nothing it sets aside (see opposites), and keeps its `bound` (see bounds), if any."""

    def fits(quote: str) -> bool:
        return not contradicts(asked, quote) and (bound is None or keeps(bound, quote))

    return fits


def _fitting(found: list[Found], fits: Callable[[str], bool], aside: set[str]) -> list[Found]:
    """The passages whose quote fits (says no opposite of the question, keeps its bound); a
    passage whose quote does not is quoted instead with a sentence of it (a table row) that
    fits and writes the words of that quote, its figures aside, but those the question sets
    aside (`aside`), and no others: asked for the total sick leave "(inte dag 1–14)", the row
    "Sjukfrånvaro | 5 % | …" beside "Sjukfrånvaro dag 1-14 | 1,3 % | …". Dropped when no
    sentence does."""
    kept = []
    for f in found:
        quote = f.chunk.text[f.start : f.end]
        if fits(quote):
            kept.append(f)
            continue
        wanted = _words(quote) - aside
        for start, end in sentence_spans(f.chunk.text):
            said = f.chunk.text[start:end]
            if fits(said) and _words(said) == wanted:
                start, end = clip_span(f.chunk.text, start, end, MAX_QUOTE)
                kept.append(replace(f, start=start, end=end))
                break
    return kept


def _counting(found: list[Found], count: Count | None, asked: str) -> list[Found]:
    """The passages writing the count the question `asked` asks of the thing ("tio
    arbetsplatsträffar": "Enheten kommer att hålla 10 APT under året", see
    bounds.asked_count); all of them when none does, or the question asks none."""
    if count is None:
        return found
    return _stating(found, lambda said: says_count(said, count), asked) or found


def _absent(found: list[Found], asked: str) -> list[Found]:
    """The passages saying that what the question `asked` asks about did not occur ("Inga
    klagomål eller synpunkter om diskriminering har inkommit", see opposites.asked_absent);
    all of them when the question asks no such thing or none does."""
    word = asked_absent(asked)
    if word is None:
        return found
    return _stating(found, lambda said: says_absent(said, word), asked) or found


def _stating(found: list[Found], says: Callable[[str], bool], asked: str) -> list[Found]:
    """The passages whose quote `says` what is asked, or quoted with a sentence of theirs that
    does (of those, the one sharing the most words with the question `asked`, at least one);
    the others left out."""
    wanted = {w for w in tokens(asked) if w not in STOPWORDS}
    kept = []
    for f in found:
        text = f.chunk.text
        if says(text[f.start : f.end]):
            kept.append(f)
            continue
        stating = [(a, b) for a, b in sentence_spans(text) if says(text[a:b])]
        shared = [(len(wanted & set(tokens(text[a:b]))), a, b) for a, b in stating]
        best = max(shared, default=(0, 0, 0))
        if best[0]:
            start, end = clip_span(text, best[1], best[2], MAX_QUOTE)
            kept.append(replace(f, start=start, end=end))
    return kept


def _narrowed(scope: Filters | None, reports: frozenset[str] | None) -> Filters | None:
    """`scope` narrowed to `reports` (None: not narrowed; see who.scoped_reports)."""
    if reports is None:
        return scope
    scope = scope or Filters()
    if scope.report_ids is not None:
        reports &= frozenset(scope.report_ids)
    return replace(scope, report_ids=tuple(sorted(reports)))
