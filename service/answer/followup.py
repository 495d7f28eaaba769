"""Resolving a follow-up against the conversation: a short follow-up ("och 2019?", "Och
Familjeenheten?", "Hur många fick en sådan plan det året?") read in the light of the latest
earlier question with a topic (see resolve_followup). Pure functions over the turns."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ingest.text.words import tokens as words
from ingest.text.years import is_year
from service.answer.cues import asks_for
from service.answer.expectations import proper_names
from service.answer.followup_years import (
    asks_its_own,
    compares,
    shifted_years,
    stated_years,
    with_years,
)
from service.answer.goal_questions import asks_above, is_goal_list
from service.answer.lexicon import CONNECTIVE, FIGURE_WORDS
from service.answer.names import districts_in, is_unit_word, unit_named
from service.answer.phrases import report_terms
from service.answer.question import AHEAD_OF, extract_topic, extract_years, is_aggregate
from service.answer.swaps import own_target, swap_phrase, swap_place, swap_subject, swap_unit
from service.answer.types import Turn

__all__ = ["MAX_CHAIN", "OWN_ASKS", "is_bare_followup", "resolve_followup"]


def is_bare_followup(text: str) -> bool:
    """A turn with no topic of its own: connectives, years, filler ("och 2019?", "and 2017?");
    not one whose everyday words stand for a report term ("Hur många jobbar där?" asks for
    "medarbetare", see phrases)."""
    rest = [w for w in words(text) if w not in CONNECTIVE and not is_year(w)]
    return not rest or not (extract_topic(" ".join(rest)).terms or report_terms(text))


_FOLLOW_START = re.compile(
    r"^\s*(och|men|samt|också|även|and|but|also|what about|how about|hur är det med|"
    r"gäller det|samma för)\b",
    re.IGNORECASE,
)
_THEN_END = re.compile(r"\bdå\W*$", re.IGNORECASE)
"""A question ending in "då" ("Hur stor var andelen 2021 då?") asks on from the earlier turn."""
_PRONOUN = re.compile(
    r"\b(det|den|de|detta|denna|där|dit|it|its|they|this|that|one|målet|målen|"
    r"han|hon|hen|honom|henne|he|she|him|"
    r"the\s+goals?(?:'s)?)\b",
    re.IGNORECASE,
)
"""Words that point back only in a short question (at most eight words): "det", "it" are
common in questions of their own; "målet", "the goal" with nothing naming it ("Vad skulle
målet leda till?") is the goal an earlier turn named; "han", "she": the person it spoke of
("Blev han nöjd till slut?"). The stronger ones are _ANAPHOR's."""
_ANAPHOR = re.compile(
    r"\b(sådan|sådant|sådana|dessa|dem|(?:det|samma)\s+året|such|them|there|those|these|"
    r"(?:that|the\s+same)\s+year)\b",
    re.IGNORECASE,
)
"""Words that point back at an earlier turn however long the question ("Hur många nya barn
fick en sådan plan det året?", "How many sessions can a client get there …?")."""

_OBJECT_PRONOUN = re.compile(
    r"\b(?:med|om|för|av|till|på|från|kring|inför|efter|with|about|for|of|to|on|from|by)\s+"
    r"(?:det|den|dem|detta|denna|it|them|this|that)\s*(?:[?.!,;]|$|\s+(?:då|och|and|now)\b)|"
    r"\b(?:det|den|dem|detta|denna|it|them|this|that)\W*$",
    re.IGNORECASE,
)
"""A pronoun after a preposition, ending a clause ("… och vad är syftet med den?", "Who is
responsible for it, and since when?"), or ending the question ("How do the staff keep each
other practising that?"): nothing in the question names what it stands for, however long
the question."""

_REFERS_BACK = re.compile(
    r"\b(they|their|(?:the|that|this)\s+(?:unit|post|position|team)|enheten(?!\s+för)|"
    r"enhetens|tjänsten)\b",
    re.IGNORECASE,
)
"""Words that point back at the unit or post an earlier turn named, however long the question
("What do they see as the biggest cost challenge?", "Is the post going to continue?")."""
_THEY = re.compile(
    r"\b(?:vad|hur|varför|när|var|vem|vilka|vilket|vilken)\s+\w+\s+(?:de|dom)\s+"
    r"(?:att|med|för|under|i|på|om|inte|själva|då|nu|konkret|sedan|mer|också|till|åt)\b|"
    r"^\W*(?:har|hade|gör|gjorde|får|fick|kan|kunde|ska|skulle|använder|erbjuder|arbetar|"
    r"jobbar)\s+(?:de|dom)\s+(?!som\b)|"
    r"\b(?:det|detta|samma)\s+mål(?:et)?\b|\b(?:that|this|the\s+same)\s+goal\b|"
    r"\b(?:hör|hörde|tillhör|tillhörde|ligger|låg)\s+(?:det|den|de|dom)\s+(?:till|under)\b",
    re.IGNORECASE,
)
""""De" as the subject after the verb ("Vad gjorde de under året …?", "Vad ska de konkret
göra …?", "Har de planer på …?"; not "de enheter som …", where it is an article), "det
målet" / "that goal", or "det" placing a goal ("Vilket nämndmål hörde det till, …?"): they
point back at the unit or goal an earlier turn named, however long the question."""


_THE_GOAL = re.compile(
    r"\b(?:enhets|nämnd|del)?mål(?:et|en)\s+(?:om|för|kring|gällande|att)\b|"
    r"\bthe\s+goals?\s+(?:on|of|about|for|that)\b",
    re.IGNORECASE,
)
"""A goal named in the definite ("målet om skydd och stöd", "the goal on sick leave") in a
question naming no unit, district or year: the goal of the unit and year an earlier turn
named."""


MAX_CHAIN = 4
"""User turns with a topic read back in a conversation: the earlier question is itself
resolved against the turns before it up to this many, so a long conversation costs linear
time and its context stays a few questions deep."""


def _previous_question(
    history: Sequence[Turn], units: Sequence[str] = (), years: Collection[int] = ()
) -> str | None:
    """The latest earlier user question with a topic, itself read in the light of the turns
    before it ("Hur påverkade det arbetet på enheten?" after a question naming the unit and year
    carries them on to "Vad gjorde de åt det?"; "Och 2019?" is the question before it in 2019):
    the user turns from the MAX_CHAIN-th latest with a topic of its own on (bare turns between
    them, "Och 2019?", do not count) resolved in order, each against the one before it."""
    asked: list[int] = []
    topical = 0
    for i in range(len(history) - 1, -1, -1):
        if topical == MAX_CHAIN:
            break
        if history[i].role == "user":
            asked.insert(0, i)
            topical += not is_bare_followup(history[i].content)
    previous = None
    for i in asked:
        text = history[i].content
        resolved = (
            text if previous is None else _resolved(text, previous, history[:i], units, years)
        )
        if not is_bare_followup(resolved):
            previous = resolved
    return previous


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


_OF_THEM = re.compile(
    r"^\W*(?:(?:och|men|and|but)\s+)?(?:vilka|vilken|vilket|which)(?:\s+\w+)?\s+(?:av|of)\s+"
    r"(?:dem|dessa|de|them|these|those)\b\s*"
    r"(?:(?:är|var|finns|fanns|ligger|låg|are|were|is|was)\b\s*)?",
    re.IGNORECASE,
)


def _narrowed(text: str, previous: str) -> str | None:
    """A follow-up narrowing a list ("Vilka av dem är på Kungsholmen?" after "Vilka enheter
    använder Signs of Safety?", "Which of them were fully met?" after "Which goals concern
    violence?"): the list question with the follow-up's words added ("Vilka enheter använder
    Signs of Safety på Kungsholmen?"), so its key terms and topic stay; None otherwise."""
    if not (is_aggregate(previous) or is_goal_list(previous)):
        return None
    match = _OF_THEM.match(text)
    rest = text[match.end() :].strip(" ?.!") if match else ""
    return f"{previous.strip().rstrip('?.! ')} {rest}?" if rest else None


def resolve_followup(
    text: str, history: Sequence[Turn], units: Sequence[str] = (), years: Collection[int] = ()
) -> str:
    """A follow-up read in the light of the latest earlier user question that had a topic:

    - a bare one ("och 2019?"; not "Varför har så många kommit tillbaka?", which asks its own
      why of it, as below): that question with its years replaced by the follow-up's;
    - "och året innan?" / "the year after?": that question with its years one earlier/later;
    - "vilka av dem …?" / "which of them …?" after a list question: that question narrowed
      (see _narrowed);
    - "och på X?" / "what about the X unit?" where X is another served unit and that question
      names one: that question about X instead (see swaps.swap_unit);
    - "och i X?" where that question has "i Y": that question with Y replaced by X;
    - "och hur såg det ut i X?" / "and in X?" where X is a district and that question names
      one: that question in X instead (see swaps.swap_place);
    - "och X?" / "and the X?" where that question names one subject ("Familjeresursen"):
      that question about X instead, unless it asked which units ("Och Familjeenheten?" after
      "Vilka enheter använder Signs of Safety?" narrows the list; see swaps.swap_subject);
    - another follow-up (it starts with och/and/what about…, refers back with "en sådan",
      "det året", "them", "there" or, in at most eight words, with det/it…, ends in "då",
      has at most four words, or asks for a figure of no topic of its own: "What was the level in
      2021?", see _figure_only): the follow-up followed by that question in parentheses,
      and, when it points back with "dem", "them", "en sådan" …, by the names the
      assistant's reply used;
    otherwise (or with no earlier question) `text` unchanged. `units` are the served units'
    names (a follow-up naming one swaps the earlier question's unit, see swaps.swap_subject);
    `years`, the years of the served reports (a follow-up naming one of them asks the earlier
    question of it, see _in_own_years)."""
    previous = _previous_question(history, units, years)
    return text if previous is None else _resolved(text, previous, history, units, years)


def _resolved(
    text: str,
    previous: str,
    history: Sequence[Turn],
    units: Sequence[str],
    years: Collection[int] = (),
) -> str:
    """`text` read in the light of the earlier question `previous` (see resolve_followup);
    a follow-up naming another served unit or district asks about it (see swaps.own_target)."""
    previous = own_target(text, previous, units)
    shifted = shifted_years(text, previous)
    if shifted and asks_its_own(text, previous):
        return f"{stated_years(text, shifted)} ({with_years(previous, shifted)})"
    bare = is_bare_followup(text)
    if shifted or (bare and asks_for(text) not in OWN_ASKS and not asks_above(text)):
        return with_years(previous, shifted or extract_years(text))
    narrowed = _narrowed(text, previous)
    if narrowed is not None:
        return narrowed
    swapped = (
        swap_place(text, previous)
        or (None if is_aggregate(previous) else swap_unit(text, previous, units))
        or swap_phrase(text, previous)
        or (None if is_aggregate(previous) else swap_subject(text, previous, units))
    )
    if swapped is not None:
        return swapped
    short = len(words(text)) <= 4
    if _ANAPHOR.search(text):
        names = _answer_names(history, previous)
        return f"{text.strip()} ({previous.strip()}{' ' + names if names else ''})"
    refers = bool(_PRONOUN.search(text)) and len(words(text)) <= 8
    refers = refers or _REFERS_BACK.search(text) is not None or _THEY.search(text) is not None
    refers = refers or _OBJECT_PRONOUN.search(text) is not None
    refers = refers or _names_the_goal(text, units)
    then = _THEN_END.search(text)
    pointed = _FOLLOW_START.match(text) or refers or short or then or bare
    if pointed or _figure_only(text) or _places_nothing(text, units):
        return f"{text.strip()} ({_in_own_years(text, previous, years).strip()})"
    return text


_AHEAD = re.compile(rf"{AHEAD_OF}\d{{4}}\b", re.IGNORECASE)
"""A year planned for ("inför 2020"): a report of the year before says what is planned."""


def _in_own_years(text: str, previous: str, years: Collection[int]) -> str:
    """The earlier question asked of the years a follow-up names instead of its own ("Och hur
    stort var underskottet 2019?" after "Hur gick det ekonomiskt 2016?" asks of 2019: the 2016
    answer was given already), when reports of those `years` are served; as it was when the
    follow-up names none or only a year ahead ("Vad vill de utveckla inför 2020?": the 2019
    report says) or one no report is of, or when it compares (see followup_years.compares:
    "jämfört med 2016" names both)."""
    own = extract_years(_AHEAD.sub(" ", text))
    if not own or not set(own) <= set(years) or not extract_years(previous) or compares(text):
        return previous
    return with_years(previous, own)


_UNITS_OF_THEIR_OWN = ("enheten", "enhetens")
"""Words that name no unit of their own: "enheten" is the one the conversation is about."""


def _places_nothing(text: str, units: Sequence[str]) -> bool:
    """Whether a question in a conversation names no unit, district or year and asks for no
    list ("Blir samordnartjänsten kvar efter projektåret?", "Vad gör de när någon klagar?"):
    whose it is, the earlier turn said. A unit's name ("Vuxenenheten", a served unit's name)
    or units in the plural ("de enheter som …") place it by themselves."""
    if is_aggregate(text) or is_goal_list(text) or extract_years(text) or districts_in(text):
        return False
    lowered = text.lower()
    named = [w for w in words(text) if is_unit_word(w) and w not in _UNITS_OF_THEIR_OWN]
    plural = re.search(r"\benhete(?:r|rna|rnas)\b", lowered) is not None
    return not named and not plural and not any(unit_named(lowered, u) for u in units)


def _names_the_goal(text: str, units: Sequence[str]) -> bool:
    """Whether a question names a goal in the definite and no unit, place or year of its
    own (see _THE_GOAL)."""
    if not _THE_GOAL.search(text) or extract_years(text):
        return False
    lowered = text.lower()
    return not any(unit_named(lowered, u) for u in units) and not proper_names(text)


def _figure_only(text: str) -> bool:
    """Whether a question names a figure and no topic besides ("What was the level in 2021?",
    "Hur stor var andelen 2021?"): whose figure it asks for, the earlier turn said."""
    terms = extract_topic(text).terms
    return bool(terms) and all(FIGURE_WORDS.match(t) for t in terms)


OWN_ASKS = ("reason", "method", "place")
"""A follow-up asking its own why, how or where ("Where are its premises?" after "Which
districts fund RVC Väst?") asks about one thing: a passage, not the previous list."""
