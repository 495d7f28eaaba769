"""Reading a question: its language, whether it asks for a list of units, its topic, its years,
and how a short follow-up ("och 2019?") inherits the topic of the previous question."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from ingest.text.language import detect_language
from ingest.text.words import normalize, stem
from ingest.text.words import tokens as words
from ingest.text.years import YEAR, is_year, years_in
from service.answer.expectations import Expect, expected_answer, proper_names
from service.answer.glossary import to_swedish
from service.answer.lexicon import CONNECTIVE, FRAME, PHRASE_GLUE
from service.answer.premise import Event, presumed
from service.answer.swaps import swap_phrase, swap_subject
from service.answer.text import WHOLE_WORD
from service.answer.types import Language, Turn

__all__ = [
    "Intent",
    "Question",
    "Topic",
    "aggregate_group",
    "content_wording",
    "counted_words",
    "extract_topic",
    "extract_years",
    "is_aggregate",
    "read_question",
    "resolve_followup",
]

_GROUPS = {
    "units": "enheter enheterna verksamheter verksamheterna units teams departments services",
    "reports": "rapporter rapporterna dokument dokumenten verksamhetsberättelser "
    "verksamhetsplaner planer reports documents plans",
    "agencies": "myndigheter myndigheterna organisationer agencies organisations organizations",
    "districts": "stadsdelar stadsdelarna stadsdelsområden stadsdelsnämnder districts",
    "countries": "länder länderna countries",
}
_GROUP_OF = {w: g for g, ws in _GROUPS.items() for w in ws.split()}
_AGGREGATE = re.compile(
    r"\b(?:vilka|hur många|which|how many|what|i vilka|in which)\s+(?:\w+\s+)?"
    r"(" + "|".join(sorted(_GROUP_OF, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_BARE_AGGREGATE = re.compile(
    r"^\s*(?:vilka|who)\s+(?:nämner|tar upp|beskriver|skriver om|använder|arbetar|erbjuder|"
    r"mentions?|uses?|describes?|works?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Topic:
    """What a question is about: content words, their stems, and the phrase they form."""

    terms: tuple[str, ...]
    stems: tuple[str, ...]
    phrase: str  # normalised contiguous span of the topic words ("signs of safety"), or ""
    display: str  # as written in the question


Intent = Literal["passage", "aggregate", "goal"]


@dataclass(frozen=True, slots=True)
class Question:
    """A question after follow-up resolution."""

    text: str  # the text to retrieve with (topic of the earlier turn for bare follow-ups)
    language: Language
    aggregate: bool
    topic: Topic
    years: tuple[int, ...]
    intent: Intent = "passage"
    group: str = "units"  # what an aggregate question counts: units, reports, agencies, ...
    expects: Expect = ""  # the kind of answer asked for: number, date, person, address, name
    swedish: str = ""  # the question with English domain terms put in Swedish (for key terms)
    named: frozenset[str] | None = None  # ids of the reports it names; None: read from the text
    counted: tuple[str, ...] = ()  # stems of what "hur många …?" counts ("familjehem")
    presumed: tuple[Event, ...] = ()  # events a why-question takes for granted (see premise)
    focus: tuple[int, ...] = ()  # a follow-up's own years ("Och 2016 då?"); () for the others


def is_aggregate(text: str) -> bool:
    """Questions asking which or how many units (reports, documents, agencies, districts) do
    something, or a bare "Vilka nämner …?"."""
    return _AGGREGATE.search(text) is not None or _BARE_AGGREGATE.search(text) is not None


def aggregate_group(text: str) -> str:
    """What an aggregate question counts: "units" (default), "reports", "agencies", ..."""
    match = _AGGREGATE.search(text)
    return _GROUP_OF.get(match.group(1).lower(), "units") if match else "units"


_COUNTED = re.compile(
    r"\b(hur många|how many)\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?", re.IGNORECASE
)
_NOT_COUNTED = frozenset(
    ["nya", "fler", "olika", "unika", "egna", "andra", "totalt", "sammanlagt", "ungefär"]
)


_REFERRED = frozenset(["av", "of", "gånger", "times"])
"""A first word after "hur många" that leaves nothing to count by name: a part of something
said before ("hur många av dem …?") or a frequency ("hur många gånger …?")."""


def counted_words(text: str) -> tuple[str, ...]:
    """The stem of the word after "hur många" / "how many" that says what is counted, the
    next one when that is "nya", "olika" … ("Hur många nya familjehem rekryterades?" ->
    "familjehem"; "Hur många familjer deltog?" -> "familj", not the verb), and the next as well
    when the first ends in -a, an adjective before its noun ("Hur många personliga
    assistenter" -> "personlig", "assistent"); in English, where adjectives come first ("how many
    structured riskbedömningar"), each of the next three words; () for other questions and
    for "hur många av dem" or "hur många gånger" (see _REFERRED)."""
    match = _COUNTED.search(text)
    if match is None:
        return ()
    found = [w.lower() for w in match.groups()[1:] if w]
    if found[0] in _REFERRED:
        return ()
    counted = [w for w in found if w not in FRAME and w not in _NOT_COUNTED]
    if match.group(1).lower() == "how many":  # adjectives first: any of the next three words
        return tuple(dict.fromkeys(stem(w) for w in counted))
    if len(counted) > 1 and counted[0].endswith("a") and not counted[1].endswith("a"):
        return (counted[0][:-1], stem(counted[1]))  # "intern", not the stem "int" of "inte"
    return (stem(counted[0]),) if counted else ()


def extract_years(text: str) -> tuple[int, ...]:
    """The years a text mentions, sorted, without duplicates."""
    return years_in(text)


def extract_topic(text: str) -> Topic:
    """Content words of a question (frame words and years dropped) and the phrase they span."""
    spans = [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[\w-]+", text)]
    keep = [i for i, (_, _, w) in enumerate(spans) if w not in FRAME and not is_year(w)]
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
    rest = [w for w in words(text) if w not in CONNECTIVE and not is_year(w)]
    return not rest or not extract_topic(" ".join(rest)).terms


_FOLLOW_START = re.compile(
    r"^\s*(och|men|samt|också|även|and|but|also|what about|how about|hur är det med|"
    r"gäller det|samma för)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(det|den|de|detta|denna|där|it|its|they|this|that|one)\b", re.I)
"""Words that point back only in a short question (at most eight words): "det", "it" are
common in questions of their own. The stronger ones are _ANAPHOR's."""
_ANAPHOR = re.compile(
    r"\b(sådan|sådant|sådana|dessa|dem|(?:det|samma)\s+året|such|them|there|those|these|"
    r"(?:that|the\s+same)\s+year)\b",
    re.IGNORECASE,
)
"""Words that point back at an earlier turn however long the question ("Hur många nya barn
fick en sådan plan det året?", "How many sessions can a client get there …?")."""


_EARLIER = re.compile(
    r"\b(år(?:et)?\s+(?:innan|före|dessförinnan|därförinnan)|(?:förra|föregående)\s+år(?:et)?|"
    r"(?:the\s+)?(?:previous|prior)\s+year|(?:the\s+)?year\s+before)\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(år(?:et)?\s+(?:efter|därefter|därpå)|(?:nästa|följande)\s+år(?:et)?|"
    r"(?:the\s+)?(?:next|following)\s+year|(?:the\s+)?year\s+after)\b",
    re.IGNORECASE,
)


def _shifted_years(text: str, previous: str) -> tuple[int, ...]:
    """The years a follow-up means by "året innan" / "the year after" (the previous question's
    years one earlier or later); () when it says no such thing or the question named no year."""
    shift = -1 if _EARLIER.search(text) else 1 if _LATER.search(text) else 0
    return tuple(y + shift for y in extract_years(previous)) if shift else ()


def _previous_question(history: Sequence[Turn]) -> str | None:
    for turn in reversed(history):
        if turn.role == "user" and not _is_bare_followup(turn.content):
            return turn.content
    return None


def _answer_names(history: Sequence[Turn], previous: str) -> str:
    """The names the assistant's latest reply used that the question `previous` did not
    ("Komet", "ABC-tonår" in the reply to "Vilka föräldrastödsprogram erbjuder …?"): what "dem"
    or "them" in the next question may point at; "" when there was no reply or it named
    nothing."""
    replies = [t for t in history if t.role == "assistant"]
    if not replies:
        return ""
    asked = previous.lower()
    names = [n for n in proper_names(replies[-1].content) if n.lower() not in asked]
    return " ".join(names)


def resolve_followup(text: str, history: Sequence[Turn]) -> str:
    """A follow-up read in the light of the latest earlier user question that had a topic:

    - a bare one ("och 2019?"): that question with its years replaced by the follow-up's;
    - "och året innan?" / "the year after?": that question with its years one earlier/later;
    - "och i X?" where that question has "i Y": that question with Y replaced by X;
    - "och X?" / "and the X?" where that question names one subject ("Familjeresursen"):
      that question about X instead, unless it asked which units ("Och Familjeenheten?" after
      "Vilka enheter använder Signs of Safety?" narrows the list; see swaps.swap_subject);
    - another follow-up (it starts with och/and/what about…, refers back with "en sådan",
      "det året", "them", "there" or, in at most eight words, with det/it…, or has at most
      four words): the follow-up followed by that question in parentheses, and, when it
      points back with "dem", "them", "en sådan" …, by the names the assistant's reply used;
    otherwise (or with no earlier question) `text` unchanged."""
    previous = _previous_question(history)
    if previous is None:
        return text
    shifted = _shifted_years(text, previous)
    if shifted or _is_bare_followup(text):
        base = YEAR.sub("", previous)
        base = re.sub(r"\s+([?.!,])", r"\1", " ".join(base.split()))
        years = shifted or extract_years(text)
        return f"{base} {' '.join(map(str, years))}".strip() if years else base
    swapped = swap_phrase(text, previous) or (
        None if is_aggregate(previous) else swap_subject(text, previous)
    )
    if swapped is not None:
        return swapped
    short = len(words(text)) <= 4
    if _ANAPHOR.search(text):
        names = _answer_names(history, previous)
        return f"{text.strip()} ({previous.strip()}{' ' + names if names else ''})"
    refers = _PRONOUN.search(text) and len(words(text)) <= 8
    if _FOLLOW_START.match(text) or refers or short:
        return f"{text.strip()} ({previous.strip()})"
    return text


def read_question(
    text: str, history: Sequence[Turn] = (), is_goal: Callable[[str], bool] | None = None
) -> Question:
    """Resolve follow-ups, then read language, intent, topic, years and the answer kind.

    `is_goal` tells whether a (resolved) question is about goals of the goal hierarchy; those
    are answered from the goal ledger."""
    resolved = resolve_followup(text, history)
    focus = extract_years(text) if resolved != text else ()  # what the follow-up itself asks
    language = detect_language(resolved if _is_bare_followup(text) else text)
    topic = extract_topic(resolved)
    swedish = resolved
    if language == "en":  # look for the Swedish wording, keep the English for display
        swedish = to_swedish(resolved)
        sv_topic = extract_topic(swedish)
        topic = Topic(sv_topic.terms, sv_topic.stems, sv_topic.phrase, topic.display)
        resolved = f"{resolved} ({' '.join(sv_topic.terms)})" if sv_topic.terms else resolved
    aggregate = is_aggregate(resolved)
    intent: Intent = "aggregate" if aggregate else "passage"
    if not aggregate and is_goal is not None and is_goal(swedish):
        intent = "goal"
    return Question(
        text=resolved,
        language=language,
        aggregate=aggregate,
        topic=topic,
        years=extract_years(resolved),
        intent=intent,
        group=aggregate_group(resolved),
        expects=expected_answer(resolved),
        swedish=swedish,
        counted=counted_words(swedish),
        presumed=presumed(resolved),
        focus=focus,
    )


def content_wording(q: Question) -> str:
    """A question's (Swedish) content words alone ("familjeenheten färre barn familjehem"): e5
    matches them to the sentence that answers more often than the whole question, whose frame
    words ("Varför har …") weigh on its vector; each candidate keeps the better of the two
    similarities (measured on the dev set: the answering passage first for 29 of 41 Swedish
    questions instead of 26). An English question's are its glossary Swedish ("flickor pojkar"
    for "girls and boys"): e5 matches Swedish to Swedish better than English to Swedish (over
    the seven question sets, English cite-hit 0.84 -> 0.89)."""
    if len(q.topic.terms) < 2:
        return ""
    return " ".join(q.topic.terms)
