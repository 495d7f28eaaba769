"""What a question is, and the pieces of reading one: whether it asks for a list of units (and
which kind), its topic words, its years, what "hur många" counts, and its content words alone.
Reading a whole question in its conversation is `service.answer.reading`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ingest.text.words import normalize, stem
from ingest.text.years import is_year, years_in
from service.answer.asked import Expect, is_keyword_query
from service.answer.lexicon import FRAME, PHRASE_GLUE
from service.answer.premise import Event
from service.answer.text import WHOLE_WORD
from service.answer.types import Language

__all__ = [
    "AHEAD_OF",
    "Intent",
    "Question",
    "Topic",
    "aggregate_group",
    "asked_years",
    "asks_parts",
    "content_wording",
    "counted_words",
    "doc_types_named",
    "extract_topic",
    "extract_years",
    "is_aggregate",
    "planned_years",
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
    r"\b(?:vilka|hur många|which|how many|what|i vilka|in which)\s+"
    r"(?:(?:av|of)\s+(?:the\s+|de\s+)?)?(?:\w+\s+)?"
    r"(" + "|".join(sorted(_GROUP_OF, key=len, reverse=True)) + r")\b(?!\s+(?:of|on)\s+concern)",
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
    expects: Expect = ""  # the kind of answer asked for: phone, age, number, date, person, …
    swedish: str = ""  # the question with English domain terms put in Swedish (for key terms)
    named: frozenset[str] | None = None  # ids of the reports it names; None: read from the text
    counted: tuple[str, ...] = ()  # stems of what "hur många …?" counts ("familjehem")
    presumed: tuple[Event, ...] = ()  # events a why-question takes for granted (see premise)
    focus: tuple[int, ...] = ()  # a follow-up's own years ("Och 2016 då?"); () for the others
    respelled: tuple[tuple[str, str], ...] = ()  # typed words searched as others (see spelling)
    answered: str = ""  # a follow-up's previous reply: what was said already (see presence.repeats)
    asked: str = ""  # a follow-up asking a question of its own, in Swedish (see reading); "" else
    kind_asked: str = ""  # a follow-up deciding the kind of answer by itself ("Hur många av dem
    # …?" after "Hur stor andel …?" asks for a count, not a share); "" when the question does
    told: str = ""  # the asker's own situation told before the question, in Swedish: the start
    # of `swedish` (see situation); "" when the question tells none

    @property
    def own_words(self) -> str:
        """What the question itself asks: a follow-up's own question (`asked`) rather than the
        earlier turn it is resolved with, else `text`."""
        return self.asked or self.text


_RECEIVED = re.compile(
    r"\b(?:receive[sd]?|receiving|get|got|came in|come in|were (?:made|filed|submitted)|"
    r"filed?|concern reports?|reports? (?:(?:sent|made|submitted) )?to)\b",
    re.IGNORECASE,
)
"""Reports a unit receives or someone files ("How many reports … did the unit receive?",
"How many concern reports did … file?", "How many of the reports to the unit …?"): reports
of concern (orosanmälningar), not the reports of the corpus."""


def is_aggregate(text: str) -> bool:
    """Questions asking which or how many units (reports, documents, agencies, districts) do
    something, or a bare "Vilka nämner …?"; not how many reports a unit received (see
    _RECEIVED)."""
    match = _AGGREGATE.search(text)
    if match is not None and match.group(1).lower() == "reports" and _RECEIVED.search(text):
        match = None
    return match is not None or _BARE_AGGREGATE.search(text) is not None


_PART_WORDS = frozenset(["verksamheter", "verksamheterna", "services", "teams", "departments"])
"""Group words that name the parts of one unit as readily as units: "Vilka verksamheter ingår
i Magnolia?" lists units, "How many teams does the employment unit have?" parts of one."""


def asks_parts(text: str) -> bool:
    """Whether an aggregate question's group word can name the parts of one unit (see
    _PART_WORDS): a question naming one unit then asks about that unit, not which units."""
    match = _AGGREGATE.search(text)
    return match is not None and match.group(1).lower() in _PART_WORDS


_DOC_TYPES = (
    (
        "VB",
        re.compile(
            r"\b(?:verksamhetsberättelse\w*|årsberättelse\w*|årsrapport\w*|(?:annual|activity|"
            r"year-end) reports?|(?-i:VB))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "VP",
        re.compile(
            r"\b(?:verksamhetsplan\w*|(?:business|operational|activity|annual) plans?|(?-i:VP))\b",
            re.IGNORECASE,
        ),
    ),
)


def doc_types_named(text: str) -> tuple[str, ...]:
    """The one kind of report a question names ("Vilka enheters verksamhetsberättelser …?",
    "Which annual reports …?": VB; "… i sina verksamhetsplaner": VP); () for none or both."""
    named = tuple(kind for kind, pattern in _DOC_TYPES if pattern.search(text))
    return named if len(named) == 1 else ()


def aggregate_group(text: str) -> str:
    """What an aggregate question counts: "units" (default), "reports", "agencies", ..."""
    match = _AGGREGATE.search(text)
    return _GROUP_OF.get(match.group(1).lower(), "units") if match else "units"


_COUNTED = re.compile(
    r"\b(hur många|how many)\s+([\w-]+)(?:\s+([\w-]+))?(?:\s+([\w-]+))?", re.IGNORECASE
)
_NOT_COUNTED = frozenset(
    ["nya", "fler", "olika", "unika", "egna", "andra", "totalt", "sammanlagt", "ungefär", "fast"]
)


_WORKING = frozenset(
    ["jobbar", "arbetar", "jobbade", "arbetade", "work", "works", "worked", "working"]
)
_PEOPLE = frozenset(["personer", "people", "persons", "människor"])
_STAFF = ("anställd",)
"""What "hur många jobbar …?" / "how many people work …?" counts: staff, by a word whose
thesaurus group holds "medarbetare", "anställningar", "personal" (see presence.counts)."""

_REFERRED = frozenset(["av", "of", "gånger", "times"])
"""A first word after "hur många" that leaves nothing to count by name: a part of something
said before ("hur många av dem …?") or a frequency ("hur många gånger …?")."""


def counted_words(text: str) -> tuple[str, ...]:
    """The stem of the word after "hur många" / "how many" that says what is counted, the
    next one when that is "nya", "olika", "fast" … ("Hur många nya familjehem rekryterades?" ->
    "familjehem"; "Hur många familjer deltog?" -> "familj", not the verb), and the next as well
    when the first ends in -a, an adjective before its noun ("Hur många personliga
    assistenter" -> "personlig", "assistent"); in English, where adjectives come first ("how many
    structured riskbedömningar"), each of the next three words; staff for "hur många jobbar
    …?" and "how many people work …?" (see _STAFF); () for other questions and for "hur många
    av dem" or "hur många gånger" (see _REFERRED)."""
    match = _COUNTED.search(text)
    if match is None:
        return _keyword_count(text)
    found = [w.lower() for w in match.groups()[1:] if w]
    if found[0] in _REFERRED:
        return ()
    if _WORKING & set(found[:1] if found[0] not in _PEOPLE else found[:2]):
        return _STAFF  # "Hur många jobbar på …?": the staff, not the unit named next
    counted = [w for w in found if w not in FRAME and w not in _NOT_COUNTED]
    if match.group(1).lower() == "how many":  # adjectives first: any of the next three words
        return tuple(dict.fromkeys(stem(w) for w in counted))
    if len(counted) > 1 and counted[0].endswith("a") and not counted[1].endswith("a"):
        return (counted[0][:-1], stem(counted[1]))  # "intern", not the stem "int" of "inte"
    return (stem(counted[0]),) if counted else ()


_ANTAL = re.compile(r"\bantal(?:et)?\s+([\w-]+)", re.IGNORECASE)


def _keyword_count(text: str) -> tuple[str, ...]:
    """What a search-box query typed as keywords counts with "antal" ("lili fritidsgård antal
    besökare" -> "besök"); () for a question, which says "hur många" when it counts."""
    if not is_keyword_query(text) or (match := _ANTAL.search(text)) is None:
        return ()
    word = match.group(1).lower()
    return () if word in FRAME or word.isdigit() else (stem(word),)


def extract_years(text: str) -> tuple[int, ...]:
    """The years a text mentions, sorted, without duplicates."""
    return years_in(text)


_RELATIVE_YEAR = re.compile(
    r"\b(?:år(?:et)?\s+(?P<before>före|innan)|år(?:et)?\s+efter|(?:the\s+)?year\s+"
    r"(?:(?P<prior>before|prior\s+to)|after))\s+(?:[\w-]+\s+){0,3}?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""A year named as the one before or after another: "året före 2022", "året innan planen för
2022 skrevs", "the year after 2019"."""


def asked_years(text: str) -> tuple[int, ...]:
    """The years a question asks about: those it names, except that a year named as the one
    before or after another ("… på Kungsholmen året före 2022?") is that other year moved by
    one (2021, which the plan for 2022 reports on)."""
    years = set(years_in(text))
    for match in _RELATIVE_YEAR.finditer(text):
        year = int(match.group("year"))
        if text.count(match.group("year")) == 1:  # not "2022 jämfört med året före 2022"
            years.discard(year)
        years.add(year - 1 if match.group("before") or match.group("prior") else year + 1)
    return tuple(sorted(years))


AHEAD_OF = r"\b(?:inför|ahead\s+of)\s+(?:år\s+)?"
"""The words naming a year ahead, planned for ("inför 2020", "ahead of 2022"): a regex fragment
the year follows."""
_PLANNED = re.compile(
    rf"{AHEAD_OF}((?:19|20)\d\d)\b|"
    r"\b(?:planer\w*|tänker|avser|ska|skall|kommer\s+att|will|plan(?:s|ned)?|intends?)\b"
    r"[^?.!]{0,80}?\b(?:för|under|i|till|in|for|during)\s+(?:år\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def planned_years(text: str) -> frozenset[int]:
    """The years a question asks what is planned for ("Hur tänker enheten förstärka sin
    ledning inför 2020?", "Vilka åtgärder planerar enheten för 2020?", "What will the unit do
    in 2022?"): the report of the year before tells its plans for them as well as the plan of
    that year (see features)."""
    return frozenset(int(m.group(1) or m.group(2)) for m in _PLANNED.finditer(text))


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
