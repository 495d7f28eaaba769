"""What a why-question takes for granted, and whether a passage states it.

"Varför lades fritidsgården ner 2021?" presupposes that the fritidsgård closed. A passage that
answers it says so ("… har avvecklats", "… stängdes", "nedläggningen"); a passage that only
describes the fritidsgård ("Enheten driver fritidsgården onsdags- och fredagskvällar") is about
the subject and not the answer, however close its meaning. The events here are the changes
a report explains: something ending, starting, moving, growing, shrinking, a year's deficit or
surplus, staff leaving. Each
has the words a question asks it with (Swedish or English) and the words a Swedish report
states it with; a passage states an event when a word of the latter starts a word of its text
or headings. Pure data plus pure functions.

Not an entailment check: "stängdes inte" states the event as much as "stängdes". It only
catches the passage that never mentions the change at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from service.answer.asked import expected_answer
from service.answer.cues import asks_for, cue_score

__all__ = ["EVENTS", "Event", "events_of", "given_as_cause", "presumed", "states", "unstated"]

_START = r"(?<![0-9a-zà-öø-ÿ])"
_LAID = r"(?:la|lade|lades|lagt|lagts|lägga|lägger|läggs|lagd|lagda)"
_PUT_DOWN = _LAID + r"\s+ne[dr]\b"
_EFFORT = r"(?!\s+(?:\w+\s+)?(?:tid|arbete|kraft|resurser|energi|möda)\b)"
_PUT_DOWN_ASKED = _LAID + r"\b[^?.!]*\bne[dr]\b" + _EFFORT
"""A question puts its subject between the verb and its particle ("lades fritidsgården ner");
"lägger ner mycket tid" spends time, it closes nothing."""


@dataclass(frozen=True, slots=True)
class Event:
    """A change a why-question can take for granted: how a question asks it, how a report
    states it (regular expressions over lower-cased text, each alternative at a word start)."""

    name: str
    asked: re.Pattern[str]
    stated: re.Pattern[str]


def _event(name: str, asked: str, stated: str) -> Event:
    return Event(name, re.compile(_START + f"(?:{asked})"), re.compile(_START + f"(?:{stated})"))


_ENDING = r"avslut|upphör|stäng|avveckl|nedlag|nedlägg|slutade\b|slutat\b|sluta\b|avbr"

EVENTS: tuple[Event, ...] = (
    _event(
        "end",
        _ENDING
        + "|"
        + _PUT_DOWN_ASKED
        + r"|clos(?:e|ed|ing)\b|shut\b|stop\b|stopp|discontinu|ceas|terminat|halt|abandon|"
        + r"cancel|scrap(?:ped|s)?\b|w(?:ou|i)nd down|"
        + r"(?<!the )end(?:ed|s)?\b(?! of\b)",
        _ENDING + "|" + _PUT_DOWN + r"|inte längre|stannade av|avstann",
    ),
    _event(
        "start",
        r"startade|startat|påbörj|inledde|inleddes|började|öppnade|öppnades|införde|infördes|"
        r"(?:dra|drog|drogs|dras)\s+igång|started\b|began\b|begun\b|launch|introduc|opened\b",
        r"start|påbörj|inled|börja|öppna|inför|igång|implementer|etabler",
    ),
    _event(
        "move",
        r"flytt|moved?\b|relocat",
        r"flytt|nya lokal|ny lokal|lokalbyte|omlokaliser|omplacer",  # a placement moved
    ),
    _event(
        "increase",
        r"ökade|ökat|ökar|öka\b|ökning|steg\b|stigit|höjde|höjts|växte|vuxit|increas|\brose\b|"
        r"risen\b|grew\b|grown\b|dyrare|högre|fler\b|more\s+expensive|higher\b",
        r"ök|steg\b|stig|höj|väx|vuxit|fler\b|större|högre|dyrare|gått upp|gick upp",
    ),
    _event(
        "decrease",
        r"minskade|minskat|minskar|minska\b|minskning|sjönk|sjunkit|sänkte|sänkts|decreas|"
        r"declin|fell\b|dropped|reduc|billigare|lägre|färre|mindre\b|cheaper|lower\b|fewer\b",
        r"minsk|sjönk|sjunk|sänk|färre|mindre|lägre|billigare|nedgång|g(?:ått|ick) ne[dr]",
    ),
    _event(
        "deficit",  # a year's result: "Varför gick enheten med underskott 2016?"
        r"underskott|minus|gick back|gått back|går back|förlust|deficit|in the red\b",
        r"underskott|minus|negativ\w* (?:resultat|avvikelse)|överskr|ej i balans|"
        r"inte i balans|obalans|över budget|högre än budget|back\b",
    ),
    _event(
        "surplus",
        r"överskott|plusresultat|gick med plus|surplus|in the black\b",
        r"överskott|plus|positiv\w* (?:resultat|avvikelse)|under budget|lägre än budget",
    ),
    _event(
        "leave",
        r"lämnade|lämnat|sa upp sig|sagt upp sig|left\b|quit\b|resign",
        r"lämna|slutade|slutat|sagt upp|sa upp|säg\w* upp|omsättning|avgång|personalomsättning",
    ),
)
"""The events, each asked and stated in the words ordinary Swedish and English use for it."""


def events_of(question: str) -> tuple[Event, ...]:
    """The events a question names ("Varför lades … ner" -> end); ending a year with a result
    ("Varför slutade enheten med ett underskott 2016?") ends nothing. A question naming both a
    deficit and a surplus ("Did … end 2017 with a surplus or a deficit? Why was that?") asks
    which it was and takes neither for granted."""
    lowered = _ENDED_WITH.sub(r" \1", question.lower())
    named = [e for e in EVENTS if e.asked.search(lowered)]
    if {"deficit", "surplus"} <= {e.name for e in named}:
        named = [e for e in named if e.name not in ("deficit", "surplus")]
    return tuple(named)


_ENDED_WITH = re.compile(
    r"\b(?:slutade|slutat|sluta|end(?:ed)?|finish(?:ed)?)\b[^?.!]*?\b(?:med|på|with|on|in)\s+(?:ett|en|a|an)?"
    r"\s*(?:\w+\s+)?(underskott|överskott|minus|plus|resultat|deficit|surplus|result)"
)
"""A year that ended with a result ("slutade … med ett underskott", "ended the year with a
deficit"): the result is what is asked about (a deficit or surplus presumed), no activity
ended."""


def presumed(question: str) -> tuple[Event, ...]:
    """The events a why-question or a when-question takes for granted ("När öppnade
    jourhemmet?" presumes it opened: "Under december månad var 4 barn i jourhemmet" dates
    something else); () for any other question."""
    if asks_for(question) == "reason" or expected_answer(question) == "date":
        return events_of(question)
    return ()


def states(event: Event, text: str) -> bool:
    """Whether a text (a passage and its headings) states the event in some word for it."""
    return event.stated.search(text.lower()) is not None


_SUBORDINATE = re.compile(r"\b(?:då|eftersom|när|sedan|because|since|as|when)\b")
_CLAUSE_WORDS = 6
"""An event this many words or fewer after "då" / "eftersom" is that clause's own."""


def given_as_cause(event: Event, sentence: str) -> int | None:
    """Where the event's statement ends when a sentence states it only in a clause giving the
    cause or time of something else ("Mottagningsteamet har ej gjort en handlingsplan … då
    biträdande enhetschef avslutade sin tjänst i mars 2019"): such a sentence tells what the
    event led to, not why it happened; None when it states the event otherwise or not at all."""
    lowered = sentence.lower()
    found = event.stated.search(lowered)
    if found is None or event.stated.search(lowered, found.end()) is not None:
        return None
    before = lowered[: found.start()].split()[-_CLAUSE_WORDS:]
    return found.end() if any(_SUBORDINATE.fullmatch(w) for w in before) else None


def unstated(presumed: Sequence[Event], before: str, piece: str) -> bool:
    """Whether a sentence (`piece`) leaves an event a why-question takes for granted unstated:
    neither it nor `before` (the passage's headings and the sentence before it) states it; the
    reason stands with the change it explains ("Gruppen avslutades. Orsaken var …"), and
    "efter avslutad utredning" two sentences on is not "Varför slutade enheten med Signs of
    Safety?" answered; nor does a sentence explain an event it states only as the cause of
    something else (see given_as_cause) when nothing before it states the event. What a unit
    does now has started: a sentence giving the reason for a practice ("För att öka känslan av
    sammanhang … har enheten avsatt en timme varje fredag för …") answers why it began."""
    where = f"{before} {piece}"
    return any(
        not states(e, where) or (_as_cause(e, piece) and not states(e, before))
        for e in presumed
        if not (e.name == "start" and cue_score("reason", piece))
    )


def _as_cause(event: Event, piece: str) -> bool:
    """Whether a sentence states the event only as the cause of something else, giving no
    reason after it (see given_as_cause)."""
    end = given_as_cause(event, piece)
    return end is not None and not cue_score("reason", piece[end:])
