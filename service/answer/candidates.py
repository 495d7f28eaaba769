"""A passage question's candidates: the passages hybrid retrieval finds for it, with what
scoring their sentences needs (see select.choose): the IDF weights of its topic words, its
key terms (names a passage must hold), the share of its topic no report contains, and the other
ways its words are written in the reports (compound parts, acronyms the candidates define);
of a question after a situation its asker tells, the same again for its own words alone."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ingest.text.words import stem
from search.protocols import SearchIndex
from search.sentences import Evidence
from search.types import Filters
from service.answer.acronyms import acronym_variants, defined_acronyms
from service.answer.keyterms import find_key_terms
from service.answer.presence import Variants
from service.answer.question import Question, content_wording, extract_topic
from service.answer.terms import Term
from service.answer.topic_words import idf_weights, said_words, topic_parts, unknown_share

__all__ = ["Candidates", "gather"]


@dataclass(frozen=True, slots=True)
class Candidates:
    """A question's candidate passages, its topic stems' IDF weights, its key terms, and the
    share of its topic no report contains (see select.choose), and other ways its words are
    written (compound parts, acronyms the candidates define; see presence.Variants)."""

    evidence: tuple[Evidence, ...]
    weights: dict[str, float]
    keys: tuple[Term, ...]
    unknown: float
    variants: Variants
    asked: Candidates | None = None  # the same passages scored by what the question after a
    # told situation asks (see situation): its words alone; None when no situation is told


def gather(
    index: SearchIndex,
    q: Question,
    what: str,
    top_k: int,
    filters: Filters | None,
    asked: str = "",
) -> Candidates:
    """The `top_k` candidate passages of a question and what scoring them needs; `what` is
    the (Swedish) question without the units and districts it names. Years a question names
    favour reports of those years instead of filtering the others out. Each sentence keeps the
    better of its similarities to the question and to a second wording: a follow-up's own
    question (`Question.asked`: "Hur många gruppbostäder driver den?" is matched by what it
    asks, not only joined to the earlier turn; on the 273 follow-ups of all sets asking their
    own thing, quote-hit 0.47 -> 0.59), else the question's content words (see
    question.content_wording). `asked`, the question after a situation its asker tells first
    (without the units it names), scores them a second time (`Candidates.asked`)."""
    also = q.asked or content_wording(q)
    evidence = tuple(index.evidence(q.text, k=top_k, filters=filters, also=also))
    found = _scored(index, q, what, evidence)
    return replace(found, asked=_scored(index, q, asked, evidence) if asked else None)


def _scored(
    index: SearchIndex, q: Question, what: str, evidence: tuple[Evidence, ...]
) -> Candidates:
    """The passages with what scoring them by the words of `what` needs (see gather)."""
    terms = said_words(extract_topic(what).terms or q.topic.terms, q.language, index.doc_freq)
    weights = idf_weights(terms, index.doc_freq)
    found = find_key_terms(what, index.doc_freq, swedish=q.language == "sv")
    keys = found.required if found.named else ()  # names; a paraphrase may avoid rare words
    if q.language == "en":  # a name no report holds is the asker's English ("LGBTQIA")
        keys = tuple(k for k in keys if any(index.doc_freq(w) > 0 for w in k.words))
    unknown = unknown_share(terms, index.doc_freq)
    acronyms = defined_acronyms(ev.hit.chunk.text for ev in evidence)
    key_stems = {stem(w.lower()) for k in keys for w in k.words}
    variants = dict(acronym_variants(key_stems | set(weights), acronyms))
    for s, parts in topic_parts(terms, index.doc_freq).items():
        variants[s] = variants.get(s, ()) + parts
    return Candidates(evidence, weights, tuple(keys), unknown, variants)
