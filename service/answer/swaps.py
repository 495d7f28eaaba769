"""How a short follow-up changes the earlier question: a new place after the same preposition
("Och i HVB-hem?"), another unit or district in place of the one it named ("Och på
vuxenenheten?", "Hur många barn på Östermalm …?"), or a new subject in place of the one it
named ("Och Relationsvåldscentrum Väst, var finns de?"). Pure functions over the two
questions' text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.text.stopwords import STOPWORDS
from ingest.text.words import stem
from ingest.text.words import tokens as words
from ingest.text.years import YEAR, is_year
from service.answer.glossary import to_swedish
from service.answer.lexicon import FRAME, QUESTION_WORD
from service.answer.names import districts_in, is_place, unit_named

__all__ = [
    "MAX_SUBJECT_WORDS",
    "MAX_UNIT_WORDS",
    "own_place",
    "own_target",
    "own_unit",
    "swap_phrase",
    "swap_place",
    "swap_subject",
    "swap_unit",
]

_PREPOSITION = re.compile(
    r"^\s*(?:och|and|men|but)\s+(i|på|för|hos|inom|med|in|at|for|with)\s+(.+?)\s*\??$", re.I
)


def swap_phrase(text: str, previous: str) -> str | None:
    """ "Och i HVB-hem?" after "… placerade i jourhem hos …": the previous question with the
    word after the same preposition replaced; None when the follow-up has no such form."""
    match = _PREPOSITION.match(text)
    if match is None:
        return None
    prep, phrase = match.group(1), match.group(2)
    pattern = re.compile(rf"\b{re.escape(prep)}\s+([\w-]+)", re.IGNORECASE)
    for found in pattern.finditer(previous):
        if found.group(1).lower() not in FRAME:
            return previous[: found.start(1)] + phrase + previous[found.end(1) :]
    return None


_NEW_PLACE = re.compile(
    r"^\W*(?:(?:och|and|men|but)\s+)?(?:hur (?:ser|såg) det ut|hur är det|hur var det|"
    r"what about|how about|how is it|how was it)?\s*(?:i|på|för|hos|in|at|for)\s+"
    r"(?P<place>[\w-]+(?:\s+[\w-]+)?)(?:\s+då)?\s*[?.!]?\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w-]+")


def swap_place(text: str, previous: str) -> str | None:
    """ "och hur såg det ut i spånga-tensta?" after "vad har familjeenheten på kungsholmen för
    mål …?": the previous question with its district replaced by the follow-up's (the last
    one it names; see names.is_place); None when the follow-up names no district after a
    preposition or the previous question names none."""
    match = _NEW_PLACE.match(text)
    if match is None or not is_place(match.group("place")):
        return None
    return _placed(previous, match.group("place"))


def _last_place(text: str) -> re.Match[str] | None:
    """The last district (or part of one) a text names, see names.is_place; None for none."""
    places = [m for m in _WORD.finditer(text) if is_place(m.group(0))]
    return places[-1] if places else None


def _placed(question: str, place: str) -> str | None:
    """The question with the last district it names replaced by `place`; None when it names
    none."""
    last = _last_place(question)
    return None if last is None else question[: last.start()] + place + question[last.end() :]


_NEW_UNIT = re.compile(
    r"^\W*(?:(?:och|and|men|but)\s+)?(?:what about|how about|hur är det med|"
    r"hur (?:är|var|ser|såg) det (?:ut\s+)?|how (?:is|was) it\s+)?"
    r"(?:(?:i|på|hos|för|vid|med|inom|at|in|for|with|within)\s+)?"
    r"(?P<unit>[^?!.]+?)(?:\s+då)?\s*[?.!]?\s*$",
    re.IGNORECASE,
)
MAX_UNIT_WORDS = 8
_UNIT_NOUNS = frozenset({"unit", "the", "enhet", "enheten"})


def swap_unit(text: str, previous: str, units: Sequence[str]) -> str | None:
    """ "Och på vuxenenheten?", "What about Biståndsbedömning, funktionsnedsättning?", "What
    about the disability needs assessment unit?" after a question naming one of the served
    `units`: that question about the follow-up's unit instead, in the follow-up's words (an
    English one names the unit in the glossary's Swedish, "funktionsnedsättning
    biståndsbedömning"); None when the follow-up says anything besides a unit (a place, a
    year, another word: "Och vuxenenhetens budget?") or the previous question names no unit or
    several (see _unit_span)."""
    match = _NEW_UNIT.match(text)
    if match is None:
        return None
    said = match.group("unit").strip()
    if len(words(said)) > MAX_UNIT_WORDS or _ASKING.search(said) or YEAR.search(said):
        return None
    swedish = to_swedish(said).lower()
    named = [u for u in units if unit_named(said.lower(), u) or unit_named(swedish, u)]
    if not named or not _only_unit_words(swedish, named):
        return None
    span = _unit_span(previous, units)
    return None if span is None else previous[: span[0]] + said + previous[span[1] :]


def _only_unit_words(said: str, named: Sequence[str]) -> bool:
    """Whether every word of `said` is of the named units' names (its stem, or a longer form:
    "vuxenenhetens"), a function word or "unit"/"enheten": no place, topic or figure besides."""
    own = {stem(w) for unit in named for w in words(unit.lower())}
    return all(
        not is_place(w)
        and (w in STOPWORDS or w in _UNIT_NOUNS or any(stem(w).startswith(o) for o in own))
        for w in words(said)
    )


_NEW_SUBJECT = re.compile(
    r"^\W*(?:(?:och|and|men|but)\s+)?(?:och|and|men|but|what about|how about|hur är det med|"
    r"hur (?:är|var|ser|såg) det (?:ut\s+)?(?:för|hos|med|på)|how (?:is|was) it (?:for|at|with))\s+"
    r"(?P<the>the\s+)?"
    r"(?P<subject>[^?,.!]+?)(?:\s+då)?\s*(?:[,?.!](?P<rest>.*))?$",
    re.IGNORECASE,
)
_NAMED = re.compile(r"(?<=[\w,;:(\"”] )[A-ZÅÄÖ][\wåäöéÅÄÖ]*(?: [A-ZÅÄÖ][\wåäöéÅÄÖ]*)*(?![\w-])")
"""A name of capitalised words, not the sentence's first ("Familjeresursen", "RVC Väst"); not
one cut by a hyphen ("Barn- och ungdomsenheten"). A genitive ("RVC Västs individuella samtal")
is skipped by swap_subject: the follow-up's subject would replace the samtal, not RVC."""
_ASKING = re.compile(rf"\b{QUESTION_WORD}\b", re.IGNORECASE)
MAX_SUBJECT_WORDS = 4


def _said_in(word: str, asked: Sequence[str]) -> bool:
    """Whether a word of three letters or more is (part of) a word of the earlier question
    ("mål" of "årsmål")."""
    return len(word) >= 3 and any(word in w for w in asked)


def swap_subject(text: str, previous: str, units: Sequence[str] = ()) -> str | None:
    """ "Och Relationsvåldscentrum Väst, var finns de?" after "Var har Familjeresursen i
    Spånga-Tensta sina lokaler?", "And the family law team?" after "What does Familjeresursen
    do …?", "Hur ser det ut för Vuxenenheten då?": the previous question with its one named
    subject replaced by the follow-up's (a name, or an English "the …"; at most
    MAX_SUBJECT_WORDS words unless it is a served unit's name, no question word, no year,
    nothing asked after it but frame words and words of the previous question); None when
    either is missing, or the previous question names more than one (districts aside). A
    subject naming one of the served `units` replaces the one unit the previous question
    names, its whole name ("the Vuxenenheten" after "… Enheten för stöd och service i hemmet
    …", see _unit_span); a capitalised word of that unit's name is no subject of its own."""
    match = _NEW_SUBJECT.match(text)
    if match is None:
        return None
    subject = match.group("subject").strip()
    named = subject[:1].isupper() or match.group("the") is not None  # "RVC Väst", "the team"
    said = [w for w in words(subject) if w not in FRAME and not is_year(w)]
    served = any(unit_named(subject.lower(), u) for u in units)  # a unit's name, however long
    if not named or not said or (len(words(subject)) > MAX_SUBJECT_WORDS and not served):
        return None
    if _ASKING.search(subject) or YEAR.search(subject):  # a question, or a topic in a year
        return None
    rest = match.group("rest") or ""  # "…, var finns de?" or "…, vilket mål har den?" after
    asked = words(previous)  # "Vilket årsmål …?" asks the same; "…, hur många ärenden?" not
    if any(w not in FRAME and not is_year(w) and not _said_in(w, asked) for w in words(rest)):
        return None
    span = _unit_span(previous, units)
    if span is not None and served:
        return previous[: span[0]] + subject + previous[span[1] :]
    unit = range(*span) if span is not None else range(0)  # its words are not a subject
    names = [  # a genitive ("RVC Västs individuella samtal") names whose samtal, not a subject
        m.group(0)
        for m in _NAMED.finditer(previous)
        if not is_place(m.group(0))
        and m.start() not in unit
        and m.group(0) not in subject
        and not (m.group(0).endswith("s") and re.match(r" [a-zåäö]", previous[m.end() :]))
    ]
    if len(names) != 1:
        return None
    return previous.replace(names[0], subject, 1)


def own_unit(text: str, previous: str, units: Sequence[str]) -> str:
    """ "Och vilket mål har Vuxenenheten satt?" after "Vilket årsmål för sjukfrånvaron har
    Familjeenheten på Kungsholmen för 2022?": the earlier question about the one served unit
    the follow-up names instead of the one it named ("… har Vuxenenheten på Kungsholmen …"),
    and in the follow-up's district when it names one ("Och hos Barn- och ungdomsenheten i
    Hägersten-Liljeholmen 2019?" after "… Familjeenheten på Östermalm 2017 …"); `previous`
    unchanged when the follow-up names no unit, several, or the same one, or the earlier
    question names none or several (see _unit_span)."""
    lowered = text.lower()
    named = [u for u in units if unit_named(lowered, u)]
    span = _unit_span(previous, units)
    if len(named) != 1 or span is None or unit_named(previous[span[0] : span[1]].lower(), named[0]):
        return previous
    swapped = previous[: span[0]] + named[0] + previous[span[1] :]
    place = _last_place(text)
    return swapped if place is None else _placed(swapped, place.group(0)) or swapped


def own_target(text: str, previous: str, units: Sequence[str]) -> str:
    """The earlier question asked of the unit and the district a follow-up names instead of
    its own (see own_unit, own_place)."""
    return own_place(text, own_unit(text, previous, units))


def own_place(text: str, previous: str) -> str:
    """ "Hur många barn på Östermalm fick använda det?" after "Hur gick testet med Viewpoint i
    Hägersten-Liljeholmen 2019?": the earlier question in the one district the follow-up names
    instead of the one it named (it asks the same of another district, not of both);
    `previous` unchanged when the follow-up names no district or several, the earlier
    question names none or several, or the follow-up names the same one."""
    if districts_in(text) != 1 or districts_in(previous) != 1:
        return previous
    place, last = _last_place(text), _last_place(previous)
    if place is None or last is None or districts_in(place.group(0)) != 1:
        return previous
    if _same_place(place.group(0), last.group(0)):
        return previous
    return previous[: last.start()] + place.group(0) + previous[last.end() :]


def _same_place(one: str, other: str) -> bool:
    """Whether two district names are the same district ("Kungsholmens", "Kungsholmen")."""
    a, b = one.lower(), other.lower()
    return a.rstrip("s") == b.rstrip("s") or a in b or b in a


def _unit_span(question: str, units: Sequence[str]) -> tuple[int, int] | None:
    """Where a question writes the one served unit it names, whole and in any case ("Enheten
    för stöd och service i hemmet", "Biståndsbedömning funktionsnedsättning" without the name's
    comma); None when it names none or several."""
    spans = {
        (m.start(), m.end())
        for unit in units
        for m in re.finditer(_written(unit), question, re.IGNORECASE)
    }
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return outer[0] if len(outer) == 1 else None


def _written(unit: str) -> str:
    """A pattern for a unit's name as a question writes it: its words in order, the commas
    between them optional ("Biståndsbedömning,? funktionsnedsättning")."""
    return r",?\s+".join(re.escape(w.rstrip(",")) for w in unit.split())
