"""Whether a question's words are present in a text: its topic stems (as themselves, a
thesaurus synonym, or another way the reports write them), its key terms (names, rare words),
and what it counts next to a quantity. Pure functions over lower-cased text; the features of
`service.answer.features` and the which-units quotes (`service.answer.units`) use them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from ingest.text.stopwords import STOPWORDS, wordset
from ingest.text.words import indefinite, normalize, stem, tokens
from search.sentences import Evidence
from service.answer.expectations import is_quantity, without_ages
from service.answer.terms import Term
from service.answer.text import figures_of, term_in
from service.answer.thesaurus import alternatives

__all__ = [
    "COUNT_WINDOW",
    "Variants",
    "context_of",
    "counts",
    "coverage",
    "missing_keys",
    "repeats",
    "said_share",
    "says_key",
]

Variants = Mapping[str, tuple[tuple[str, ...], ...]]
"""Other ways a topic stem is written, each a tuple of stems that must all occur: a compound's
two parts ("våld", "utsat" for "våldsutsat"), an acronym the reports define ("rvc$" for
"relationsvåldscentrum"); see topic_words.topic_parts and acronyms.acronym_variants."""

COUNT_WINDOW = 3
"""A count and what it counts stand at most this many words apart ("38 medarbetare",
"Antal besökare 2 338")."""


def counts(sentence: str, counted: Sequence[str], variants: Variants | None = None) -> bool:
    """Whether a sentence states a quantity within COUNT_WINDOW words of a word for what the
    question counts (itself, a thesaurus synonym, or a one-word variant, also inside a
    compound: "107 st SIP-möten", "7 LUS" for "LUS-meddelanden"): "38 medarbetare" counts
    staff, not the foster homes asked about (see _names_counted); a bounded one counts only
    the word after it ("minst ett medarbetarsamtal", not the "brukare" beside "minst en gång");
    an age counts nobody ("personer upp till arton år", see expectations.without_ages)."""
    tokens = re.findall(r"[\w%-]+", without_ages(sentence).lower())
    numbers = [i for i, t in enumerate(tokens) if is_quantity(t)]
    ones = [
        i + 1
        for i, t in enumerate(tokens)
        if t in ("en", "ett", "one") and i and is_quantity(f"{tokens[i - 1]} {t}")
    ]
    if not numbers and not ones:
        return False
    ways = {c: tuple(v for v in (variants or {}).get(c, ()) if len(v) == 1) for c in counted}
    window = {
        i for j in numbers for i in range(max(0, j - COUNT_WINDOW), j + COUNT_WINDOW + 1)
    } | set(ones)  # only words this close to a quantity can be what it counts
    return any(
        any(_names_counted(c, tokens[i], ways[c]) for c in counted)
        for i in window
        if i < len(tokens)
    )


MAX_ENDING = 5
"""Letters an inflection adds to a stem ("medarbet" + "arnas")."""
SHORT_STEM = 8
"""A stem shorter than this ("barn", "familj") counts only as a word's head; a longer one
anywhere in it (English "family law social workers" counts "familjerättssekreterare" by its
first word)."""


_PERSONS = wordset("person personer individ individer people persons")
_PEOPLE_COUNTED = frozenset(
    map(
        stem,
        wordset(
            "förälder föräldrar vårdnadshavare ungdomar unga klienter brukare kvinnor män vuxna "
            "deltagare anhöriga invånare parents guardians clients users women men adults"
        ),
    )
)
"""Grown-ups and young people a question counts that a report may count as persons ("Under
2021 har 59 personer ringt mottagningen" counts the parents asked about); not children or
staff, whom the reports count by name."""


def _names_counted(counted: str, token: str, ways: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a word names what is counted: a short counted stem at its end, with at most an
    inflection after it ("barnen", "familjehemsbarn"), not as a compound's first part ("två
    barngrupper" counts groups, not children; "två familjebehandlare" counts no families); a
    longer stem, a synonym or a variant as presence finds it; "personer" for people counted
    (see _PEOPLE_COUNTED)."""
    if token in _PERSONS and counted in _PEOPLE_COUNTED:
        return True
    at = token.rfind(counted)
    if at >= 0 and len(counted) < SHORT_STEM:
        return len(token) - at - len(counted) <= MAX_ENDING
    return _found(counted, token, ways)


def coverage(weights: Mapping[str, float], text: str, variants: Variants | None = None) -> float:
    """IDF-weighted share (0..1) of the topic stems `weights` found in `text`, each found as
    itself or as a word of its thesaurus group at a word start ("anställda" in "38
    medarbetare", not "tjänst" inside "socialtjänsten"; see service.answer.thesaurus), or as
    one of its `variants` ("våldsutsatthet" as "utsatthet för våld", "Relationsvåldscentrum"
    as "RVC")."""
    total = sum(weights.values())
    if total <= 0:
        return 0.0
    lowered = normalize(text)
    variants = variants or {}
    return sum(w for s, w in weights.items() if _found(s, lowered, variants.get(s, ()))) / total


def said_share(topic: Mapping[str, float], quote: str, terms: Sequence[Term]) -> float:
    """The share of `topic` a quote says (presence.coverage), a topic word counted as said
    when a key term the quote writes is a form of it: "omvärldsbevakar" says the
    "omvärldsbevakning" asked about, as the key term "omvärldsbevaka" finds both."""
    total = sum(topic.values())
    if total <= 0:
        return 0.0
    written = [t for t in terms if t.found_in(quote)]
    forms = {s for s in topic if any(t.found_in(s) for t in written)}
    rest = {s: w for s, w in topic.items() if s not in forms}
    said = sum(topic[s] for s in forms) + coverage(rest, quote) * sum(rest.values())
    return said / total


def _found(term_stem: str, lowered: str, variants: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a topic stem is in lower-cased text: itself, a synonym, or one of its variants."""
    if term_in(term_stem, lowered):
        return True
    base = indefinite(term_stem)  # "jourhemmet" asked, "jourhem" written
    if base is not None and term_in(base, lowered):
        return True
    synonym = _synonym(term_stem)
    if synonym is not None and synonym.search(lowered):
        return True
    return any(all(term_in(p, lowered) for p in variant) for variant in variants)


@lru_cache(maxsize=4096)
def _synonym(term_stem: str) -> re.Pattern[str] | None:
    """A word starting with the stem of another word of the stem's thesaurus groups."""
    others = alternatives(term_stem)
    if not others:
        return None
    return re.compile(r"(?<![0-9a-zà-öø-ÿ])(?:" + "|".join(map(re.escape, others)) + ")")


def context_of(ev: Evidence) -> str:
    """A passage's headings, the section's text before it when it continues a section (the
    fritidsgård a table's later rows count the visitors of is named above them), and its text:
    where a topic word or key term counts as present."""
    return " ".join((*ev.hit.chunk.section_path, ev.before, ev.hit.chunk.text))


def missing_keys(
    ev: Evidence, keys: Sequence[Term], context: str | None = None, variants: Variants | None = None
) -> int:
    """How many of the question's key terms (names, rare words) the passage does not contain
    (in its text, headings or its report's title, which names whose it is: "Uppsala" in
    "Verksamhetsberättelse 2020 Vuxenenheten Uppsala kommun"; `context` when already built), a
    key also found through a one-word variant of it or of one of its words ("RVC Väst" for
    "Relationsvåldscentrum Väst", "7 LUS" for "LUS-meddelanden")."""
    where = f"{ev.hit.meta.title} {context_of(ev) if context is None else context}"
    return sum(not _key_in(key, where, variants or {}) for key in keys)


def says_key(text: str, keys: Sequence[Term], variants: Variants | None = None) -> bool:
    """Whether a text names one of the question's key terms (see missing_keys)."""
    return any(_key_in(key, text, variants or {}) for key in keys)


def _key_in(key: Term, text: str, variants: Variants) -> bool:
    if key.found_in(text):
        return True
    lowered = normalize(text)
    whole = stem(key.display.lower())  # a hyphenated key's variants are the whole word's
    words = (variants.get(w, ()) for w in {whole, *(stem(w.lower()) for w in key.words)})
    return any(len(v) == 1 and term_in(v[0], lowered) for found in words for v in found)


MIN_REPEATED = 4
REPEATED_SHARE = 0.75
MIN_SHARED_FIGURES = 2


def repeats(sentence: str, earlier: str, same_years: bool = False) -> bool:
    """Whether a sentence says again what an earlier reply said: of its MIN_REPEATED or more
    content words and figures (stems, stopwords left out), REPEATED_SHARE or more are in the
    reply; or, for a follow-up asking no year of its own (`same_years`), the reply gave
    MIN_SHARED_FIGURES or more of the sentence's figures (years aside; a table row's only
    one): a reply may give an indicator row's outcome and target in its own words ("70,5 %,
    under årsmålet 84 %"). A follow-up asks something new ("Varför blev det så lågt?" after
    the figure was given), so the sentence the reply gave is not its answer."""
    if not earlier:
        return False
    if same_years and _figures_said(sentence, earlier):
        return True
    said = _content(sentence)
    if len(said) < MIN_REPEATED:
        return False
    return len(said & _content(earlier)) >= REPEATED_SHARE * len(said)


def _figures_said(sentence: str, earlier: str) -> bool:
    """Whether the reply gave MIN_SHARED_FIGURES of the sentence's figures, or the one figure
    of a table row ("… förhållanden | 100 % | VB 2019", the rest of a row the reply gave)."""
    figures = figures_of(sentence)
    shared = len(figures & figures_of(earlier))
    return shared >= MIN_SHARED_FIGURES or (shared == len(figures) == 1 and " | " in sentence)


def _content(text: str) -> set[str]:
    return {stem(t) for t in tokens(text) if t not in STOPWORDS and (len(t) > 2 or t.isdigit())}
