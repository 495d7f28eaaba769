"""A follow-up moving in time: "och året innan?", "the year after", "tre år tidigare",
"förra året". Which years it means, the earlier question asked of them, and whether it asks a
question of its own besides ("Hur många ringde föräldramottagningen förra året?"). Pure
functions over the texts; see followup.resolve_followup."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.text.years import YEAR
from service.answer.lexicon import FIGURE_WORDS
from service.answer.question import extract_topic, extract_years

__all__ = [
    "asks_its_own",
    "compares",
    "own_years",
    "shifted_years",
    "stated_years",
    "with_years",
]


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


_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNTS |= {"ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5}
_YEARS_AWAY = re.compile(
    r"\b(?P<n>[1-9]|" + "|".join(_COUNTS) + r")\s+(?:years?|år)\s+"
    r"(?:(?P<back>earlier|before|previously|tidigare|innan|före)|later|after|senare|efter)\b",
    re.IGNORECASE,
)


def shifted_years(text: str, previous: str) -> tuple[int, ...]:
    """The years a follow-up means by "året innan" / "the year after" / "tre år tidigare" (its
    own years, else the previous question's, that many earlier or later); () when it says no
    such thing or names no year and the question named none."""
    away = _YEARS_AWAY.search(text)
    if away is not None:
        n = away.group("n").lower()
        steps = int(n) if n.isdigit() else _COUNTS[n]
        shift = -steps if away.group("back") else steps
    else:
        shift = -1 if _EARLIER.search(text) else 1 if _LATER.search(text) else 0
    asked = extract_years(text) or extract_years(previous)  # "i VB 2019 jämfört med året före"
    kept = asked if compares(text) else ()
    return tuple(dict.fromkeys([*kept, *(y + shift for y in asked)])) if shift else ()


_BARE_OPENING = re.compile(r"^\W*(?:in|i|under|during|år)\s*,\s*", re.IGNORECASE)
_COMPARED = re.compile(
    r"\b(compar\w*|jämför\w*|skillnad\w*|difference|förändr\w*|change[sd]?)\b", re.IGNORECASE
)
"""A follow-up comparing with another year ("And how does that compare with the year
before?") asks about both years."""


def compares(text: str) -> bool:
    """Whether a follow-up compares ("jämfört med", "difference", "change"; see _COMPARED)."""
    return _COMPARED.search(text) is not None


def with_years(previous: str, years: Sequence[int]) -> str:
    """The earlier question asked of `years` instead of its own (none: of no year)."""
    base = YEAR.sub("", previous)
    base = re.sub(r"\s+([?.!,])", r"\1", " ".join(base.split()))
    base = _BARE_OPENING.sub("", base)  # "In 2019, what share …" -> "what share …"
    if not years:
        return base
    stated = ", ".join(map(str, years))
    end = base.rstrip("?.! ")
    return f"{end} {stated}{base[len(end) :].strip()}".strip()


def _moved(text: str, by: str = " ") -> str:
    """A follow-up with the words moving it in time ("förra året", "three years later")
    replaced `by` (a space: without them)."""
    return _YEARS_AWAY.sub(by, _LATER.sub(by, _EARLIER.sub(by, text)))


def asks_its_own(text: str, previous: str) -> bool:
    """Whether a follow-up moving in time asks of a topic word the earlier question lacks
    ("Hur många ringde föräldramottagningen förra året?" after "Vilket föräldrastöd erbjuder
    enheten 2022?"), a figure or comparing word aside ("Och utfallet året innan?", "How does
    that compare with the year before?" ask the same again)."""
    topic = extract_topic(_moved(text))
    earlier = set(extract_topic(previous).stems)
    return any(
        stem not in earlier and not FIGURE_WORDS.match(term) and not _COMPARED.match(term)
        for term, stem in zip(topic.terms, topic.stems, strict=True)
    )


def stated_years(text: str, years: Sequence[int]) -> str:
    """A follow-up with the years it moves to written in place of the words moving it
    ("… förra året?" -> "… 2021?"); the years it names itself stay."""
    own = extract_years(text)
    moved = ", ".join(str(y) for y in years if y not in own)
    return " ".join(_moved(text, moved).split())


def own_years(text: str, resolved: str) -> tuple[int, ...]:
    """The years a follow-up itself asks: those it names ("Och 2016 då?"), or those it moves
    to ("Och året innan?": the resolved question's); () for a question that is no follow-up."""
    if resolved == text:
        return ()
    own = extract_years(text)
    if not own and _moved(text) != text:
        return extract_years(resolved)
    return own
