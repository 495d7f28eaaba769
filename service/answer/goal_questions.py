"""Reading a goal question: is it about goals, does it ask for a list, which level and
fulfilment it names, and what topic remains once goal, status, document and unit words are gone.
Pure functions over the question text (and the unit and district names of the ledger)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ingest.types import LEVELS
from service.answer.asked import expected_answer
from service.answer.cues import asks_for
from service.answer.expectations import has_quantity
from service.answer.goal_prose import GOAL_WORD, is_goal_question
from service.answer.lexicon import NOT_GOAL_TOPIC
from service.answer.question import Question, extract_topic
from service.answer.who import unit_acronym

__all__ = [
    "asks_activities",
    "asks_figure",
    "asks_how_followed_up",
    "asks_if_met",
    "asks_past_wording",
    "asks_units_goals",
    "how_plainly_figured",
    "how_plainly_followed_up",
    "how_plainly_met",
    "is_goal",
    "is_goal_list",
    "list_filters",
    "parent_asked",
    "part_asked",
    "says_how_followed_up",
    "says_if_met",
    "sentence_asked_for",
    "topic_terms",
]

_LIST = re.compile(
    r"^\s*(vilka|vilket|which|what|list|lista|hur många|how many)\b"
    r"|^\s*vad\s+(?:är|var|har|hade)\b(?=[^?]*\b(?!(?:klago|tviste|brott)mål)\w*mål\b(?!-))",
    re.I,
)
"""A list word; "Vad är/har …" when the goal word is bare ("Vad är Familjeenhetens enhetsmål?",
"Vad har enheten för mål?"), not one goal ("Vad är målet för skolresultaten?")."""
_UNITS = re.compile(r"\b(enheter|enheterna|units|verksamheter)\b", re.I)
_LEVELS = (
    ("enhetsmal", re.compile(r"enhetsmål|unit'?s? goals?|unit objectives?", re.I)),
    ("namndmal", re.compile(r"nämndmål|nämndens mål|committee'?s? goals?|board'?s? goals?", re.I)),
    ("kf_inriktningsmal", re.compile(r"inriktningsmål|overall goals?|strategic goals?", re.I)),
    ("kf_mal", re.compile(r"kf:s mål|kommunfullmäktiges mål|council'?s? goals?", re.I)),
)
_STATUSES = (
    ("delvis", re.compile(r"\bdelvis\b|\bpart(ly|ially)\b|\bin part\b", re.I)),
    (
        "ej",
        re.compile(
            r"\b(inte|ej|ouppfyll\w*|not (been )?(met|achieved|fulfilled|reached)|unmet)\b", re.I
        ),
    ),
    ("helt", re.compile(r"\bhelt\b|\bfully\b|\bcompletely\b", re.I)),
)


_ASKS_FOLLOW_UP = re.compile(
    r"\bhur\b.*\b(följ\w*\s+(\S+\s+){0,12}?upp|uppfölj\w*|mät\w*|utvärder\w*)|"
    r"\bhow\b.*\b(follow\w*\s+up|monitor\w*|measur\w*|evaluat\w*)",
    re.IGNORECASE,
)
_SAYS_FOLLOW_UP = re.compile(
    r"\b(följ(?:s|as|des|ts|er|a|de|t)?\s+upp|uppfölj\w*|mäts|mätas|mättes|utvärder\w*)\b",
    re.IGNORECASE,
)


_ASKS_MET = re.compile(
    r"^\W*(?:och\s+|and\s+)?(nådde|nåddes|uppnådde|uppnåddes|uppfylldes|uppfyllde|klarade|"
    r"lyckades|did\b.*\b(meet|reach|achieve)|was\b.*\b(met|reached|achieved|fulfilled))\b|"
    r"\b(blev|var|är|har)\s+(målet|målen)\s+(uppfyllt|uppfyllda|uppnått|uppnådda|nått|nådda)\b|"
    r"^\W*(blev|var|är)\b.*\b(uppfyllt|uppfyllda|uppnått|uppnådda)\b|"
    r"\b(hur väl|i vilken (grad|utsträckning)|to what extent|how well)\b|"
    r"\bmåluppfyllelse\w*|\bhow was\b.*\b(fulfilment|achievement)\b|"
    r"\b(vilken|vilket|what|which)\s+(status|bedömning|betyg|rating)\b|"
    r"\b(bedömdes|bedömde|assessed|rated|judged)\b(?![^?]*\b(helt|delvis|fully|partly|"
    r"partially)\b)",
    re.IGNORECASE,
)
_SAYS_MET = re.compile(
    r"\b(uppfyll\w*|uppnå\w*|nått|nåtts|nådde|når\s+(?:\w+\s+)?(?:mål\w*|årsmål\w*))\b",
    re.IGNORECASE,
)


def asks_if_met(text: str) -> bool:
    """Whether a question asks whether (or how well) a goal was met ("Nådde enheten sitt
    enhetsmål om … 2019?", "Was the goal met?")."""
    return _ASKS_MET.search(text) is not None


def says_if_met(text: str) -> bool:
    """Whether a sentence says how far a goal was met ("… har målet uppfyllt delvis",
    "Indikatorn visar att vi når årsmålet")."""
    return _SAYS_MET.search(text) is not None


_STATES_MET = re.compile(
    r"\b(?:uppfyll\w*|uppnå\w*|nått|nåtts)\s+(?:helt|delvis|ej|inte)\b|"
    r"\b(?:helt|delvis|ej|inte)\s+(?:uppfyll\w*|uppnå\w*|nått|nåtts)\b",
    re.IGNORECASE,
)


def how_plainly_met(text: str) -> int:
    """How plainly a sentence says how far a goal was met: 2 when it states the fulfilment
    ("Utifrån enhetens förväntade resultat har målet uppfyllt delvis"), 1 when it only speaks of
    meeting goals ("… har lett till att enheten inte har nått sina mål till fullo"), 0 when
    it does not say (see says_if_met)."""
    if _STATES_MET.search(text):
        return 2
    return int(says_if_met(text))


def how_plainly_followed_up(text: str) -> int:
    """1 when a sentence tells how something is followed up (see says_how_followed_up)."""
    return int(says_how_followed_up(text))


def sentence_asked_for(text: str) -> Callable[[str], int] | None:
    """For a question on one goal, how plainly a sentence of the block says what it asks (0:
    not at all): how the goal is followed up, how far it was met (see how_plainly_met), or
    the figure asked for; None for other questions, and for a why-question, which asks for
    the reason ("Varför bara delvis?" after "Vilken status fick målet …?")."""
    if asks_for(text) == "reason":
        return None
    return next((says for asks, says in _ASKED_SENTENCES if asks(text)), None)


def asks_how_followed_up(text: str) -> bool:
    """Whether a question asks how a goal is (was) followed up or measured ("Hur följdes målet
    om … upp 2016?", "How is the goal measured?")."""
    return _ASKS_FOLLOW_UP.search(text) is not None


def says_how_followed_up(text: str) -> bool:
    """Whether a sentence tells how something is followed up ("Målet följs upp utifrån …",
    "Detta följs upp via resultat från medarbetarenkät", "mäts genom")."""
    return _SAYS_FOLLOW_UP.search(text) is not None


def is_goal_list(text: str) -> bool:
    """A question asking which goals (of a level, status, year or topic) there are: a list
    word and a goal word that comes before any word for units ("Vilka enhetsmål har
    Kungsholmens enheter …"), or units said to have goals ("Vilka enheter har mål om miljö?",
    "Which units have goals on …": their goals, listed with their units; see asks_units_goals)."""
    goal, units = GOAL_WORD.search(text), _UNITS.search(text)
    if asks_units_goals(text):
        return True
    if _PART_ASKED.search(text) or _part_first(text, goal):
        return False
    return bool(goal and _LIST.search(text) and (units is None or goal.start() < units.start()))


_PARTS = (
    (
        "expected_result",
        re.compile(r"\bförvänta(?:t|de)? resultat\w*|\bexpected (?:result|outcome)", re.I),
    ),
    ("analysis", re.compile(r"\banalys\w*|\banalys[ie]s\b", re.I)),
    ("method", re.compile(r"\baktivitet\w*|\barbetssätt\w*|\bactivit(?:y|ies)\b", re.I)),
)


_ACTIVITIES = re.compile(r"\b(?:aktivitet\w*|activit(?:y|ies))\b", re.IGNORECASE)


def asks_activities(text: str) -> bool:
    """Whether a question asks for a goal's activities ("Vilka aktiviteter har enheten lagt in
    under målet om …?"): the goal's list of them answers."""
    return _ACTIVITIES.search(text) is not None


def part_asked(text: str) -> str | None:
    """The part of a goal a question asks about, as the Goal field holding it
    ("expected_result" for "Vilket förväntat resultat …", "analysis" for "… i analysen",
    "method" for "Vilka aktiviteter …"); None when it names none."""
    return next((name for name, pattern in _PARTS if pattern.search(text)), None)


def _part_first(text: str, goal: re.Match[str] | None) -> bool:
    """Whether a question names a part of a goal before the goal itself ("Vad var det
    förväntade resultatet för Familjeenhetens mål om …?"): that part of one goal."""
    parts = [m.start() for _, pattern in _PARTS if (m := pattern.search(text))]
    return goal is not None and bool(parts) and min(parts) < goal.start()


_PART_ASKED = re.compile(
    r"^\W*(?:vilke[nt]|vilka|which|what)\s+(?:\w+\s+)?(?:förväntat?|förväntade|"
    r"aktivitet\w*|indikator\w*|analys\w*|utfall\w*|målnivå\w*|målvärde\w*|utgångsläge\w*|"
    r"expected|activit\w+|indicators?|analys[ie]s|outcomes?|target (?:level|value)s?)\b",
    re.IGNORECASE,
)
"""A question asking for a part of one goal ("Vilket förväntat resultat om sjukfrånvaron har
enheten kopplat till sitt arbetsmiljömål?", "Vilka aktiviteter …"): not a list of goals."""


_UNITS_GOALS = re.compile(
    r"^\W*(?:vilka|hur många|which|how many)\s+(?:enheter|units)\s+(?:har|hade|have|had)\s+"
    r"(?:\w+\s+)?(?!(?:klago|tviste|brott)mål)(?:\w*mål|goals?|objectives?)\b",
    re.IGNORECASE,
)


def asks_units_goals(text: str) -> bool:
    """Whether a question asks which units have goals ("Vilka enheter har mål om miljö?",
    "How many units have unit goals on …?"): answered by the goals, each with its unit."""
    return _UNITS_GOALS.search(text) is not None


_TARGET_FIGURE = re.compile(
    r"\b(?:för|om|kring) hur (?:ofta|många|mycket|stor|stora|höga?|högt)\b|"
    r"\b(?:for|on) how (?:often|many|much|large|high)\b|"
    r"\b(?:hur stor|vilken) andel\b(?! av (?:\w+ )?\w*mål)|"
    r"\bwhat (?:share|andel|percentage|proportion)\b(?! of (?:the |their |its )?(?:\w+ )?"
    r"(?:goals|mål))",
    re.IGNORECASE,
)
"""A goal asked for as a figure ("Vilket mål har enheten för hur ofta skolan ska kontaktas?",
"What share of foster children should meet the knowledge goals?"): an indicator's target,
which a passage states ("… i 70% av utredningarna"), as "årsmål"; not a share of the goals
("Hur stor andel av enhetsmålen uppfylldes?")."""


def is_goal(text: str) -> bool:
    """Whether a question is answered from the goal ledger (a list, or one goal's follow-up),
    not one asking for a target figure (see _TARGET_FIGURE) unless it names the goal's level
    too ("Vilket enhetsmål har enheten för skolgången, och hur stor andel ska klara …?")."""
    if _TARGET_FIGURE.search(text) and list_filters(text)[0] is None:
        return False
    return is_goal_list(text) or is_goal_question(text)


_PARENT = re.compile(
    r"\b(under vilke[nt]|vilke[nt]\b.{0,80}\b(hör|tillhör|ligger|faller|kopplat|kopplad|"
    r"anknyter)\b|(under|to) which\b|which\b.{0,80}\b(belongs?|falls?|sits?|comes?|linked|"
    r"tied)\b)",
    re.IGNORECASE,
)


def parent_asked(text: str) -> tuple[str, str] | None:
    """(parent level, goal level) when a question asks which goal a goal belongs to ("Under
    vilket nämndmål ligger enhetsmålet om …?", "Which committee goal does the unit goal on …
    belong to?"): the higher level it names first ("" for any: "Vilket mål hör enhetsmålet …
    till?"), then the one it asks about; None for other questions (also "Vilka nämndmål ligger
    under inriktningsmålet …?", which asks for goals below one)."""
    if not _PARENT.search(text):
        return None
    starts = [(m.start(), name) for name, rx in _LEVELS if (m := rx.search(text))]
    named = [name for _, name in sorted(starts)]
    if len(named) == 1 and named[0] == "enhetsmal":
        return ("", "enhetsmal")
    if len(named) < 2 or LEVELS.index(named[0]) >= LEVELS.index(named[1]):  # type: ignore[arg-type]
        return None
    return (named[0], named[1])


def list_filters(text: str) -> tuple[str | None, str | None]:
    """(level, status) a question names, None where it names none."""
    level = next((name for name, rx in _LEVELS if rx.search(text)), None)
    status = next((name for name, rx in _STATUSES if rx.search(text)), None)
    return level, status


def _names_a_place(word: str, names: set[str]) -> bool:
    """Whether a word is (an inflection of) a unit or district name word: "Kungsholmens",
    "familjeenhetens", "Hägersten-Liljeholmens" (each part), not a compound that only opens
    with one ("preventionsindex" is a topic of Enheten för prevention och familjebehandling)."""
    if "-" in word.strip("-"):  # "hägersten-liljeholmen"
        return all(_names_a_place(part, names) for part in word.split("-") if part)
    root = word[:-2] if word.endswith(("ns", "en")) else word
    return word in names or any(
        len(n) >= 6
        and ((word.startswith(n[:-2]) and len(word) <= len(n) + INFLECTION) or n.startswith(root))
        for n in names
    )


INFLECTION = 3
"""Letters an inflection adds to a name word ("enheten" -> "enhetens", "enheterna")."""


def topic_terms(q: Question, places: Iterable[str]) -> list[str]:
    """What a goal question is about: its content words without goal, status, level and
    document words and without words (or initials) of the unit and district names in
    `places`; a compound
    ending in -mål gives its head ("jämställdhetsmål" -> "jämställdhet")."""
    names = {w for place in places for w in re.findall(r"\w+", place.lower())}
    names |= {a for place in places if (a := unit_acronym(place))}  # "BoU"
    names |= {w[:-1] for w in names if len(w) > 3 and w.endswith("s")}  # "Lunds kommun": Lund
    terms = []
    for term in extract_topic(q.swedish or q.text).terms:
        word = re.sub(r"s?mål(en|et|ets)?$", "", term) if len(term) > 6 else term
        word = word.rstrip("-")
        if word in NOT_GOAL_TOPIC or len(word) < 3 or _names_a_place(word, names):
            continue
        terms.append(word)
    return terms


def asks_figure(text: str) -> bool:
    """Whether a question on one goal asks for a figure ("Vilken nivå siktar enheten på i
    målet om källsortering?"): its target or level, which a sentence of the block states."""
    return expected_answer(text) == "number"


def how_plainly_figured(text: str) -> int:
    """1 when a sentence states a quantity ("90% källsorterar"), 0 else."""
    return int(has_quantity(text))


_ASKED_SENTENCES: tuple[tuple[Callable[[str], bool], Callable[[str], int]], ...] = (
    (asks_how_followed_up, how_plainly_followed_up),
    (asks_if_met, how_plainly_met),
    (asks_figure, how_plainly_figured),
)


_ASKS_WORDING = re.compile(
    r"\b(formuler\w*|lydde|löd|lyder|ordalyd\w*|utveckl\w*|förändr\w*|ändr\w*|word(?:ed|ing)|"
    r"phrased|formulated|chang\w*|develop\w*|evolv\w*)\b|"
    r"^\W*(hur gick det|how did\b.*\bgo\b)",  # how it went: the status, stated with the goal
    re.IGNORECASE,
)


def asks_past_wording(text: str) -> bool:
    """Whether a question on one goal asks for more than the goal itself: how it is followed
    up, whether it was met, why, or how it was worked on ("Hur ska enheten följa upp sitt mål
    om …?", "Uppnådde enheten målet …?", "Varför uppfylldes målet bara delvis?"), not how it
    was worded or changed over the years ("Hur formulerades målet 2016 och 2019?") or how it
    went (its status, stated with the goal: "Hur gick det med målet om …?"). Its answer
    is a sentence of the goal's block, quoted before the goal it is about."""
    if _ASKS_WORDING.search(text):
        return False
    return sentence_asked_for(text) is not None or asks_for(text) in ("reason", "method")
