"""What is known about one sentence of a candidate passage for a question: the features the
answer score weighs (see select.WEIGHTS), as pure functions a reader can check.

- sentence: question-sentence similarity in standard scores over the question's background
  (the passage's, minus one, for a piece too short to be embedded);
- passage: question-passage similarity in standard scores (it carries unit, year, headings);
- coverage: IDF-weighted share of the question's topic words found in the sentence;
- context: the same share over the passage text and its headings;
- named: 1 when the question names the report (its unit, narrowed by a named district, or its
  district when no unit is named; see named_reports);
- other_report: 1 when the question names reports and this is none of them (asked about
  Familjestödsenheten's SIP meetings, Barn- och ungdomsenheten's are not the answer);
- report_year: 1 when the question names the report's year, or the year before a plan's
  and the sentence states it (a VP 2022 reports on 2021);
- text_year: 1 when the sentence itself states a year the question names;
- other_year: 1 when the question names years and the sentence states only other years, in a
  report of another year (asked about 2017, a 2022 plan's "mellan 2020 och 2021" is about
  something else; a 2016 report's "(2015: 19 barn)" still reports 2016);
- unmet: 1 when the question asks for a number, date, person or address the sentence does not give;
- uncounted: 1 when the question counts something ("Hur många familjehem …?") and no quantity
  in the sentence stands next to a word for it (see counts);
- cue: 1 when a why/how/where question meets a sentence with a reason/method/place cue;
- unreasoned: 1 when a why-question meets a sentence that gives no reason, nor does a
  neighbour of it (a false premise: "Varför lades fritidsgården ner?" of one still open);
- retrieval: 1 / log2(1 + hybrid rank), what BM25 and the dense index made of the passage;
- missing: how many key terms (names, acronyms) of the question the passage lacks;
- unembedded: 1 for a piece too short to be embedded (a heading, a table label);
- preamble: 1 for text before the report's first heading (a cover letter: handläggare, phone,
  title) unless the question asks for a person.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache

from ingest.text.stopwords import STOPWORDS
from ingest.text.words import normalize, stem
from ingest.text.years import years_in
from ingest.types import ReportMeta
from search.sentences import Evidence
from service.answer.keyterms import Term
from service.answer.question import Expect, Question
from service.answer.text import term_in
from service.answer.thesaurus import alternatives

__all__ = [
    "FEATURE_NAMES",
    "Features",
    "Variants",
    "asks_for",
    "context_of",
    "counts",
    "coverage",
    "cue_of",
    "district_named",
    "has_quantity",
    "meets_expectation",
    "missing_keys",
    "named_reports",
    "names_report",
    "sentence_features",
    "unit_named",
    "without_who",
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
_ADDRESS = re.compile(  # a street and its number: "Stormbyvägen 2-4", "Hjulsta backar 17 A"
    r"\b[A-ZÅÄÖ][a-zåäöé]+(?:vägen|gatan|gränd|torget|backe|backen|allén|stigen|platsen|"
    r"gången|\s(?:backar|backe|torg|gränd|väg))\s+\d+"
)
_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+")
_ROLE = re.compile(  # who does it, by role: "sju timvikarier", "socialsekreterare", "en psykolog"
    r"\b\w+(?:are|arna|ister|isterna|log|loger|chef|chefer|vikarie|vikarier|assistent|"
    r"assistenter|personal|personalen|medarbetare)\b",
    re.IGNORECASE,
)
_IDENTITY = re.compile(
    r"\b(vem|vilka)\s+(är|var|heter|leder)\b|\bvad heter\b|\bwho (is|was)\b", re.IGNORECASE
)
"""A question for someone's identity ("Vem är chef för …?") wants a name, not a role."""

_ASKS = (
    (
        "reason",
        r"\b(varför|orsak\w*|anledning\w*|skälet|hur kommer det sig|berodde|beror|why|reasons?|"
        r"cause[sd]?)\b",
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
    r"till följd av|med anledning av|ledde till|leder till|lett till|förklar\w*|bidr\w* till|"
    r"bidragande|faktor\w*|syfte\w*|avsikt\w*|för att|medför\w*|innebär|innebar|inneburit|"
    r"gör att|gjorde att|i och med|med tanke på|resulter\w*|handlar\s+(?:det\s+)?om)\b",
    "method": r"\b(genom|med hjälp av|arbetar med|används|använder|metod\w*|arbetssätt\w*|"
    r"modell\w*|insats\w*)\b",
    "place": r"\b\w+(vägen|gatan|gränd|torget|backe|backar)\s+\d|\b(lokal\w*|adress\w*|"
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
    other_report: float
    report_year: float
    text_year: float
    other_year: float
    unmet: float
    uncounted: float
    cue: float
    unreasoned: float
    retrieval: float
    missing: float
    unembedded: float
    preamble: float

    def values(self) -> tuple[float, ...]:
        return tuple(getattr(self, name) for name in FEATURE_NAMES)


FEATURE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Features))


_COUNT = re.compile(r"\b(hur många|how many)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d+(?:[,.]\d+)?\s*(?:%|procent\b)", re.IGNORECASE)
_SHARE = re.compile(r"\b(andel\w*|procent\w*|share|percent\w*|proportion)\b|%", re.IGNORECASE)


def _quantities(sentence: str, question: str) -> list[str]:
    """The quantities a sentence states; for a count question ("Hur många besökare …?") not
    its percentages, which count nothing ("Andelen besökare … 95,1 %") unless the question
    asks for a share as well."""
    if _COUNT.search(question) and not _SHARE.search(question):
        sentence = _PERCENT.sub(" ", sentence)
    return [m.group(0).strip() for m in _QUANTITY.finditer(sentence)]


def _new(found: list[str], question: str) -> bool:
    """Whether something found in a sentence is not already in the question."""
    lowered = " ".join(question.lower().split())
    return any(" ".join(f.lower().split()) not in lowered for f in found)


def meets_expectation(expects: Expect, sentence: str, question: str = "") -> bool:
    """Whether a sentence can answer a question asking for a number (a quantity, not a year),
    a date, a person (two capitalised words, or a role: "timvikarier", "psykolog") or an
    address (a street and its number): it must say one the question does not."""
    if expects == "number":
        return _new(_quantities(sentence, question), question)
    if expects == "date":
        return _new([m.group(0) for m in _DATE.finditer(sentence)], question)
    if expects == "address":
        return _new(_ADDRESS.findall(sentence), question)
    if expects == "person":
        roles = [] if _IDENTITY.search(question) else _ROLE.findall(sentence)
        return _new(_NAME.findall(sentence) + roles, question)
    return True


COUNT_WINDOW = 3
"""A count and what it counts stand at most this many words apart ("38 medarbetare",
"Antal besökare 2 338")."""


def counts(sentence: str, counted: Sequence[str]) -> bool:
    """Whether a sentence states a quantity within COUNT_WINDOW words of a word for what the
    question counts (itself or a thesaurus synonym, also inside a compound: "107 st
    SIP-möten"): "38 medarbetare" counts staff, not the foster homes asked about."""
    tokens = re.findall(r"[\w%-]+", sentence.lower())
    near = [i for i, t in enumerate(tokens) if any(_found(c, t, ()) for c in counted)]
    numbers = [i for i, t in enumerate(tokens) if _QUANTITY.fullmatch(t)]
    return any(abs(i - j) <= COUNT_WINDOW for i in near for j in numbers)


def has_quantity(text: str) -> bool:
    """Whether a text states a quantity (a number that is not a year, or a number word)."""
    return _QUANTITY.search(text) is not None


def asks_for(question: str) -> str | None:
    """What a why/how/where question asks for: "reason", "method" or "place"; None else."""
    return next((kind for kind, pattern in _ASK_PATTERNS if pattern.search(question)), None)


def cue_of(question: str) -> re.Pattern[str] | None:
    """The cue a sentence answering this question tends to carry: a reason ("eftersom", "på
    grund av") for why-questions, a method ("genom", "med hjälp av") for how-questions, a place
    (a street address, "lokal") for where-questions; None for other questions."""
    kind = asks_for(question)
    return _CUE_PATTERNS[kind] if kind is not None else None


Variants = Mapping[str, tuple[tuple[str, ...], ...]]
"""Other ways a topic stem is written, each a tuple of stems that must all occur: a compound's
two parts ("våld", "utsat" for "våldsutsat"), an acronym the reports define ("rvc$" for
"relationsvåldscentrum"); see select.topic_parts and acronyms.acronym_variants."""


def _looks_back(meta: ReportMeta, asked: set[int], stated: set[int]) -> bool:
    """Whether a plan's sentence reports the year before the plan's, which the question asks
    about: a VP 2022 tells how 2021 went ("Under 2021 har 59 personer ringt mottagningen")."""
    if meta.doc_type != "VP" or meta.year is None:
        return False
    return meta.year - 1 in asked and meta.year - 1 in stated


def _reason_near(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether sentence i or a neighbour of it gives a reason (see _CUES["reason"])."""
    start = spans[i - 1][0] if i > 0 else spans[i][0]
    end = spans[i + 1][1] if i + 1 < len(spans) else spans[i][1]
    window = text[start:end]
    return _CUE_PATTERNS["reason"].search(window) is not None


def coverage(weights: dict[str, float], text: str, variants: Variants | None = None) -> float:
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


def _found(term_stem: str, lowered: str, variants: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a topic stem is in lower-cased text: itself, a synonym, or one of its variants."""
    if term_in(term_stem, lowered):
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


def unit_named(lowered: str, unit: str) -> bool:
    """Whether a lower-cased question names a unit in any inflection (Familjeenhet-en/-ens), or
    in other words with all of the name's own words ("enheten för biståndsbedömning inom
    funktionsnedsättning" for "Biståndsbedömning, funktionsnedsättning")."""
    root = _name_root(unit)
    if root and root in lowered:
        return True
    words = _unit_words(unit)
    return len(words) >= 2 and all(_starts_word(w).search(lowered) for w in words)


def district_named(lowered: str, district: str) -> bool:
    """Whether a lower-cased question names a (known) district."""
    name = district.lower()
    return len(name) > 3 and name != "unknown" and name in lowered


def _name_root(name: str) -> str:
    """A unit's or district's name without its definite ending, so that every inflection
    matches ("Familjeenhet" for Familjeenheten/-ens); "" for a name too short to tell."""
    lowered = name.lower()
    root = lowered[:-2] if lowered.endswith("en") else lowered
    return root if len(root) > 5 and lowered != "unknown" else ""


def without_who(question: str, metas: Iterable[ReportMeta]) -> str:
    """The question without the units and districts it names, in any inflection: they say
    whose report answers (the `named` feature), not what the answer is about, so their words
    ("Barn- och ungdomsenheten", "Hägersten-Liljeholmen") are neither topic nor key terms."""
    metas = list(metas)
    roots = {_name_root(n) for m in metas for n in (m.unit, m.district)} - {""}
    out = question
    for root in sorted(roots, key=len, reverse=True):
        out = re.sub(re.escape(root) + r"[\w-]*", " ", out, flags=re.IGNORECASE)
    for words in {_unit_words(m.unit) for m in metas}:
        if len(words) >= 2 and all(_starts_word(w).search(out) for w in words):
            for w in words:  # reworded: "enheten för biståndsbedömning inom funktionsnedsättning"
                out = _starts_word(w).sub(" ", out)
    units = {m.unit.lower() for m in metas}
    return _SHORT_NAME.sub(lambda m: " " if _shortens(m.group(1), units) else m.group(0), out)


_SHORT_NAME = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{5,})s?(?![\w-])")


def _shortens(word: str, units: set[str]) -> bool:
    """Whether a capitalised word is a unit's short name: the start of one's name before
    "enhet" ("Familjestöd" for "Familjestödsenheten")."""
    lowered = word.lower()
    return any(
        u.startswith(lowered) and u[len(lowered) :].lstrip("s").startswith("enhet") for u in units
    )


def _unit_words(unit: str) -> tuple[str, ...]:
    """The stems of a unit name's own words ("Biståndsbedömning, funktionsnedsättning"), without
    "enhet" and function words."""
    found = re.findall(r"[^\W\d_]+", unit.lower())
    return tuple(
        stem(w) for w in found if len(w) >= 4 and not w.startswith("enhet") and w not in STOPWORDS
    )


def _starts_word(word_stem: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word_stem)}[\w-]*", re.IGNORECASE)


def names_report(question: str, meta: ReportMeta) -> bool:
    """Whether the question names the report's unit (any inflection) or district."""
    lowered = question.lower()
    return unit_named(lowered, meta.unit) or district_named(lowered, meta.district)


def named_reports(question: str, metas: Mapping[str, ReportMeta]) -> frozenset[str]:
    """The ids of the reports a question names, every name it gives counted: the reports of the
    units it names, narrowed to the districts it names, or those of the districts it names when
    it names no unit. "Familjeenheten på Kungsholmen" is not Östermalm's Familjeenheten, and
    "sjukfrånvaron på Familjeenheten på Kungsholmen" is not about Kungsholmen's other units
    (names_report alone counts the district for all of them)."""
    lowered = question.lower()
    units = {rid for rid, m in metas.items() if unit_named(lowered, m.unit)}
    districts = {rid for rid, m in metas.items() if district_named(lowered, m.district)}
    if units and districts:
        return frozenset(units & districts or units | districts)
    return frozenset(units or districts)


def context_of(ev: Evidence) -> str:
    """A passage's headings and text: where a topic word or key term counts as present."""
    return " ".join((*ev.hit.chunk.section_path, ev.hit.chunk.text))


def missing_keys(
    ev: Evidence, keys: Sequence[Term], context: str | None = None, variants: Variants | None = None
) -> int:
    """How many of the question's key terms (names, rare words) the passage does not contain
    (in its text or headings; `context` when already built), a key also found through a
    one-word variant of one of its words ("RVC Väst" for "Relationsvåldscentrum Väst")."""
    where = context_of(ev) if context is None else context
    return sum(not _key_in(key, where, variants or {}) for key in keys)


def _key_in(key: Term, text: str, variants: Variants) -> bool:
    if key.found_in(text):
        return True
    lowered = normalize(text)
    words = (variants.get(stem(w.lower()), ()) for w in key.words)
    return any(len(v) == 1 and term_in(v[0], lowered) for found in words for v in found)


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
    return {
        "passage": ev.standard(ev.similarity),
        "context": coverage(weights, context),
        "named": float(
            ev.hit.chunk.report_id in q.named if q.named is not None else names_report(q.text, meta)
        ),
        "other_report": float(bool(q.named) and ev.hit.chunk.report_id not in (q.named or ())),
        "report_year": float(meta.year is not None and meta.year in q.years),
        "retrieval": 1.0 / math.log2(1 + max(ev.hit.rank, 1)),
        "missing": float(missing_keys(ev, keys, context, variants)),
        "preamble": float(ev.hit.chunk.kind == "preamble" and q.expects != "person"),
    }


def sentence_features(
    ev: Evidence,
    q: Question,
    weights: dict[str, float],
    keys: Sequence[Term] = (),
    variants: Variants | None = None,
) -> list[tuple[int, int, Features]]:
    """Every sentence of a candidate passage as (start, end, features); `variants` are other
    ways the topic's words are written (see coverage)."""
    shared = _passage_part(ev, q, weights, keys, variants)
    cue = cue_of(q.text)
    why = asks_for(q.text) == "reason"
    text = ev.hit.chunk.text
    spans = [(s.start, s.end) for s in ev.sentences]
    out = []
    for i, s in enumerate(ev.sentences):
        piece = text[s.start : s.end]
        embedded = s.similarity is not None
        stated, asked = set(years_in(piece)), set(q.years)
        other = bool(asked and stated) and not stated & asked  # only other years than asked
        sim = (
            ev.standard(s.similarity)
            if s.similarity is not None
            else shared["passage"] - UNEMBEDDED_DROP
        )
        year = float(shared["report_year"] or _looks_back(ev.hit.meta, asked, stated))
        f = Features(
            sentence=sim,
            coverage=coverage(weights, piece, variants),
            text_year=float(bool(stated & asked)),
            other_year=float(other and not year),
            unmet=float(not meets_expectation(q.expects, piece, q.text)),
            uncounted=float(bool(q.counted) and not counts(piece, q.counted)),
            cue=float(cue is not None and cue.search(piece) is not None),
            unreasoned=float(why and not _reason_near(text, spans, i)),
            unembedded=float(not embedded),
            **(shared | {"report_year": year}),
        )
        out.append((s.start, s.end, f))
    return out
