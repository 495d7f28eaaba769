"""Time in a sentence, for questions asking when, how long and how often: a date or season,
a day, a weekday, a clock time; a duration ("inom ett år", "två veckor", "sedan 2020"); a
frequency ("en gång per månad", "årligen"). Each function gives what a sentence says of the
kind the question asks for, so service.answer.expectations can tell whether it answers. Pure
functions over question and sentence text."""

from __future__ import annotations

import re

from ingest.text.years import MONTHS_EN, MONTHS_SV, alternation
from service.answer.asked import ASKS_HOUR, OPEN_DAYS, TIME_LIMIT

__all__ = [
    "ASKS_FREQUENCY",
    "FREQUENCY",
    "asks_duration",
    "asks_frequency",
    "asks_part_of_year",
    "dates_said",
    "durations_said",
    "frequencies_said",
    "part_of_year",
    "without_days",
]

_DATE = re.compile(
    r"\b(19|20)\d\d\b|\b("
    + alternation(MONTHS_SV)
    + r"|vår(?:en|ens|terminen)|höst(?:en|ens|terminen)|sommar(?:en|ens)|"
    r"vinter(?:n|ns)|kvartal\w*|tertial\w*|vecka)\b",
    re.IGNORECASE,
)
_MONTH = f"(?:{alternation(MONTHS_SV, MONTHS_EN)})"
_DAY = re.compile(  # a day: "15 mars", "den 3:e maj", "2017-03-15", "15/3"
    rf"\b\d{{1,2}}(?::?[ae])?\s+{_MONTH}\b|\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}\b",
    re.IGNORECASE,
)
_WHOLE_YEAR = re.compile(r"\b((?:19|20)\d\d)-01-01\b[^\d]{1,12}\1-12-31\b")
"""An activity's span of a whole year ("2022-01-01 | 2022-12-31" in a plan's table): the year
it runs, not a day anything happens on."""
_ASKS_DAY = re.compile(r"\b(vilket datum|vilken dag|what date|which day|on what day)\b", re.I)
"""A date question asking for the day itself: "hösten 2017" does not answer it."""
_ASKS_WEEKDAY = re.compile(
    rf"\b(veckodag\w*|dag i veckan|days? of the week|weekdays?)\b|{OPEN_DAYS}", re.IGNORECASE
)
_WEEKDAY = re.compile(
    r"\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vardag|helg)\w*", re.IGNORECASE
)
"""A question for the day of the week wants one named ("på onsdagar"), not "en dag per vecka"."""

_HOUR = re.compile(r"\bkl(?:ockan|\.)?\s*\d{1,2}\b|(?<![\d,.])\d{1,2}[.:][0-5]\d(?![\d,.]\d)")
"""A question for the time of day (asked.ASKS_HOUR) wants a clock time said ("kl. 9",
"08.00–16.30"), not "kvällstid" or a year."""

_ASKS_DURATION = re.compile(
    rf"\b(hur (?:lång tid|länge|snabbt|fort)|{TIME_LIMIT}|how (?:long|soon|quickly|fast)|"
    r"hur långa? (?:är|var|blir|blev) (?:\w+ )?\w*tid(?:en|erna)?)\b",
    re.I,
)
_DURATION = re.compile(
    r"\b(?:(?:ett|en|samma|nästa|inom|efter|per)\s+(?:\w+\s+)?)(?:dag|dagar|dagen|dygn|dygnet|"
    r"vecka|veckor|veckan|månad|månader|månaden|år|året|timme|timmar|halvår|kvartal)\b|"
    r"\bdagen (?:efter|därpå)\b|\bomgående\b|"
    r"\b(?:ett|två|tre|fyra|fem|sex)(?:års|månaders|veckors|dagars)(?:period|perioden|projekt)\b",
    re.IGNORECASE,
)
"""How long something takes, in words ("inom ett år", "dagen efter", "samma dag", "under en
treårsperiod"): it answers a question for a duration as a number would ("Inom hur lång tid
…?", "Hur snabbt …?")."""
_SPAN = re.compile(
    r"(?<!från )\b(?:\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|"
    r"nio|tio|tolv|femton|tjugo|trettio|några|flera)\s+(?:dag|dagar|dygn|vecka|veckor|månad|månader|år|"
    r"timme|timmar|minuter|samtal|träffar|tillfällen|gånger|sessioner)\b|"
    r"\bsedan\s+(?:(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december|hösten|våren|sommaren|början av|slutet av)\s+)?(?:19|20)\d\d\b|"
    r"\bsedan\s+(?:några|flera|många)\s+år\b|"
    r"\b(?:fram\s+till|till\s+och\s+med|t\.\s?o\.\s?m\.?|until)\s+(?:(?:19|20)\d\d-\d\d-\d\d|"
    rf"(?:(?:{alternation(MONTHS_SV, MONTHS_EN)}|årsskiftet|sommaren|hösten|våren|slutet av)\s+)?"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""A stretch of time or of sessions with its unit ("två veckor", "14 dagar", "fem samtal"), or
since or until when ("sedan 2020", "sedan några år", "fram till 2020-06-30"): a question for a
duration wants one of these or a _DURATION, not any figure ("Hur länge fick föräldrarna vänta
…?" is not answered by "cirka 66 barn"), nor an age ("målgrupper från 18 år")."""


ASKS_FREQUENCY = re.compile(
    r"\b(hur ofta|med vilket intervall|hur regelbundet|how (?:often|frequently)|"
    r"hur många gånger (?:om|per|i|varje) (?:året|år|månaden|månad|veckan|vecka|terminen)|"
    r"how many times (?:a|per|each|every) (?:year|month|week|term))\b",
    re.I,
)
FREQUENCY = re.compile(
    r"(?:\b(?:en|ett|två|tre|fyra|fem|sex)\s+|\b\d+\s*)(?:gång|gånger|ggr)\b|"
    r"\b(?:per|varje|vart?\s?ann(?:an|at)|var\s+\w+(?:e|de)|var\s+\d+:[ea])\s+"
    r"(?:dag|vecka|månad|år|termin|"
    r"kvartal|tertial|"
    r"halvår)\b|\b(?:dagligen|årligen|(?:vecko|månads|kvartals|halvårs|tertial|termins)vis\w*|"
    r"månatlig\w*|veckoträffar|månadsmöten)\b|\b(?:vid|på|efter|inför)\s+varje\s+\w+",
    re.IGNORECASE,
)
"""How often something happens, in words ("en gång per månad", "2ggr/år", "varje vecka", "var tredje
månad", "vartannat år", "var 6:e månad", "årligen", "veckovisa möten", "månatliga
arbetsplatsträffar") or by the occasion it recurs at ("vid varje samverkansmöte", "på varje
APT"): it answers "Hur ofta …?" / "Med vilket intervall …?" as a number would."""


_OCCASION = re.compile(
    r"\bi samband med\b|\bi (?:början|slutet|mitten) av\b|\b(?:årlig|månatlig|veckovis)\w*",
    re.IGNORECASE,
)
"""When something recurs or at what occasion ("i samband med de årliga uppföljningarna", "i
slutet av varje termin"): it answers "När …?" as a date would."""


def dates_said(sentence: str, question: str) -> list[str]:
    """The times a sentence says of the kind a when-question asks for: a clock time for "vid
    vilken tid" (asked.ASKS_HOUR), a weekday for "vilken veckodag", a day for "vilket datum",
    else any year, month, season or week, an occasion or a frequency (see _OCCASION,
    FREQUENCY)."""
    if ASKS_HOUR.search(question):
        return _HOUR.findall(sentence)
    if _ASKS_WEEKDAY.search(question):
        return _WEEKDAY.findall(sentence)
    if _ASKS_DAY.search(question):
        return _DAY.findall(_WHOLE_YEAR.sub(" ", sentence))
    said = (m.group(0) for p in (_DATE, _OCCASION, FREQUENCY) for m in p.finditer(sentence))
    return list(said)


def without_days(sentence: str) -> str:
    """A sentence with the days it names blanked ("sedan 1 juli 2016" -> "sedan   2016"): a
    day of the month counts nothing."""
    return _DAY.sub(" ", sentence)


def asks_duration(question: str) -> bool:
    """Whether a question asks how long something takes ("Hur lång tid …?", "How soon …?")."""
    return _ASKS_DURATION.search(question) is not None


def durations_said(sentence: str) -> list[str]:
    """The durations a sentence states, in words or with a unit (see _DURATION, _SPAN)."""
    return _DURATION.findall(sentence) + _SPAN.findall(sentence)


def asks_frequency(question: str) -> bool:
    """Whether a question asks how often something happens ("Hur ofta …?")."""
    return ASKS_FREQUENCY.search(question) is not None


def frequencies_said(sentence: str) -> list[str]:
    """How often a sentence says something happens (see FREQUENCY)."""
    return FREQUENCY.findall(sentence)


_PART_OF_YEAR = re.compile(
    r"\b(?:under|efter) (?:det |den )?(?:första|andra|tredje|sista) "
    r"(?:tertial|halvår|kvartal)\w*",
    re.IGNORECASE,
)
_ASKS_PART = re.compile(
    r"\b(?:tertial|halvår|kvartal|delår|hittills|half|quarter)\w*|"
    rf"\b(?:{alternation(MONTHS_SV, MONTHS_EN)})\b",
    re.IGNORECASE,
)


def part_of_year(sentence: str) -> bool:
    """Whether a sentence tells of a part of the year only ("Under första tertialen har det
    gjorts fyra interna avvikelser"): a figure for a year is then not its figure."""
    return _PART_OF_YEAR.search(sentence) is not None


def asks_part_of_year(question: str) -> bool:
    """Whether a question asks of a part of a year: a tertial, a half, a quarter, a month."""
    return _ASKS_PART.search(question) is not None
