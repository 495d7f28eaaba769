"""Reading a goal question: is it about goals, does it ask for a list, which level and
fulfilment it names, and what topic remains once goal, status, document and unit words are gone.
Pure functions over the question text (and the unit and district names of the ledger)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.types import LEVELS
from service.answer.goal_asks import asks_deviations, asks_figure, own_words, part_named_at
from service.answer.goal_words import BOARD_GOAL, CITY_GOAL, GOAL_WORD, is_goal_question
from service.answer.lexicon import NOT_GOAL_TOPIC
from service.answer.names import unit_acronym, unit_shorthand
from service.answer.question import Question, extract_topic

__all__ = [
    "asks_above",
    "asks_units_goals",
    "is_goal",
    "is_goal_list",
    "list_filters",
    "parent_asked",
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


def is_goal_list(text: str) -> bool:
    """A question asking which goals (of a level, status, year or topic) there are: a list
    word and a goal word that comes before any word for units ("Vilka enhetsmål har
    Kungsholmens enheter …"), or units said to have goals ("Vilka enheter har mål om miljö?",
    "Which units have goals on …": their goals, listed with their units; see asks_units_goals)."""
    goal, units = GOAL_WORD.search(text), _UNITS.search(text)
    if asks_units_goals(text):
        return True
    if _PART_ASKED.search(text) or _part_first(text, goal) or _ONE_GOAL.search(text):
        return False
    return bool(goal and _LIST.search(text) and (units is None or goal.start() < units.start()))


_ONE_GOAL = re.compile(
    r"\b(?:its|their|the|this)\s+(?:(?:19|20)\d\d\s+)?(?:unit\s+)?(?:goal|mål|enhetsmål|"
    r"nämndmål)\s+(?:that|of|on|about)\b|"
    r"\b(?:sitt|dess)\s+(?:(?:19|20)\d\d\s+)?(?:mål|enhetsmål|nämndmål)\s+(?:att|om)\b|"
    r"\b(?:målet|enhetsmålet|nämndmålet)\s+(?:att|om)\b",
    re.IGNORECASE,
)
"""One goal named by what it says ("What status did the unit give its 2019 goal that children
… get …?", "Hur följdes målet att … upp?", "… sitt enhetsmål om …", and an English question
read in Swedish: "… its enhetsmål that …"): that goal, not a list."""


def _part_first(text: str, goal: re.Match[str] | None) -> bool:
    """Whether a question names a part of a goal before the goal itself ("Vad var det
    förväntade resultatet för Familjeenhetens mål om …?"): that part of one goal."""
    part = part_named_at(text)
    return goal is not None and part is not None and part < goal.start()


_PART_ASKED = re.compile(
    r"^\W*(?:(?:och|and|men|but)\s+)?(?:vilke[nt]|vilka|which|what)\s+(?:\w+\s+)?(?:förväntat?|förväntade|"
    r"aktivitet\w*|indikator\w*|analys\w*|utfall\w*|målnivå\w*|målvärde\w*|utgångsläge\w*|"
    r"expected|activit\w+|indicators?|analys[ie]s|outcomes?|target (?:level|value)s?)\b",
    re.IGNORECASE,
)
"""A question asking for a part of one goal ("Vilket förväntat resultat om sjukfrånvaron har
enheten kopplat till sitt arbetsmiljömål?", "Vilka aktiviteter …"): not a list of goals."""


_UNITS_GOALS = re.compile(
    r"^\W*(?:vilka|hur många|which|how many)\s+(?:(?:av|of)\s+(?:the\s+|de\s+)?)?(?:[\w-]+\s+)?"
    r"(?:enheter|units)\s+(?:har|hade|have|had)\s+(?:[\w-]+\s+){0,3}?"
    r"(?!(?:klago|tviste|brott|års)mål)(?:\w*mål|goals?|objectives?)\b",
    re.IGNORECASE,
)


def asks_units_goals(text: str) -> bool:
    """Whether a question asks which units have goals ("Vilka enheter har mål om miljö?",
    "How many units have unit goals on …?", "Vilka av Kungsholmens enheter har 2022 ett eget
    enhetsmål om …?"): answered by the goals, each with its unit; an indicator's årsmål is no
    goal of the hierarchy."""
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
    """Whether a question is answered from the goal ledger (a list, one goal's follow-up, or a
    part of one goal), not one asking for a target figure (see _TARGET_FIGURE) unless it
    names the goal's level too ("Vilket enhetsmål har enheten för skolgången, och hur stor
    andel ska klara …?")."""
    if _TARGET_FIGURE.search(text) and list_filters(text)[0] is None:
        return False
    return (
        is_goal_list(text)
        or is_goal_question(text)
        or _names_part_of_goal(text)
        or _figure_of_own_goal(text)
        or parent_asked(text) is not None
        or asks_deviations(text)
        or _BELOW.search(text) is not None
    )


_BELOW = re.compile(
    r"\b(?:vilke[nt]|vilka|which|what)\s+(?:egna\s+|own\s+)?(?:enhetsmål|nämndmål|mål|"
    rf"(?:unit\s+)?goals?)\b.{{0,120}}?\bunder\s+(?:the\s+|det\s+)?(?:{CITY_GOAL}|{BOARD_GOAL})",
    re.IGNORECASE,
)
"""Goals asked for under a goal the question names ("Vilka enhetsmål har Familjestödsenheten
under nämndmålet att barn och unga …?"), with or without a year: the ledger answers them
(see goal_below), not a passage quoting the named goal itself."""


_OWN_GOAL = re.compile(
    rf"\b(?:sitt|sina|dess|deras|its|their)\s+(?:\w+\s+)?{GOAL_WORD.pattern}", re.IGNORECASE
)
"""A unit's own goal ("i sitt mål om …", "in its goal on …"), by the one goal word
(goal_words.GOAL_WORD: not "sitt årsmål", an indicator's, nor "sina klagomål")."""


def _figure_of_own_goal(text: str) -> bool:
    """Whether a question asks the level or figure a unit sets in its own goal ("Vilken nivå
    siktar Familjeenheten på i sitt mål om hälsa och skolgång?", "What level does the unit aim
    for in its goal on …?"): the goal's block states it, when no table row does."""
    return _OWN_GOAL.search(text) is not None and asks_figure(text)


def _names_part_of_goal(text: str) -> bool:
    """Whether a question names a part of a goal and the goal ("Vilket förväntat resultat är
    kopplat till enhetens mål om tidiga insatser?"): that goal's part, from the ledger, with
    or without a year or a follow-up word."""
    return part_named_at(text) is not None and GOAL_WORD.search(text) is not None


_PARENT = re.compile(
    r"\b(under vilke[nt]|vilke[nt]\b.{0,80}\b(hör|hörde|tillhör|tillhörde|ligger|låg|legat|"
    r"faller|föll|kopplat|kopplad|anknyter|placera\w*)\b|(under|to) which\b|"
    r"which\b.{0,120}?\b(belongs?|belonged|falls?|fell|sits?|sat|comes?|came|linked|tied|"
    r"(?:placed|put|listed|found|placera\w*) under)\b|"
    r"^\W*(?:(?:och|and)\s+)?(?:vad|under\s+vad)\s+(?:låg|ligger|hörde|hör|föll|faller)\s+"
    r"(?:det|den|de|målet|målen)\s+(?:under|till)?\s*\?|"
    r"^\W*(?:(?:och|and)\s+)?what\s+(?:was|is|were|are|does|did)\s+(?:it|they|that|the goals?)\s+"
    r"(?:(?:placed|put|listed|placera\w*)\s+)?(?:under|belongs?\s+to|fall\s+under|come\s+under)"
    r"\s*\?)",
    re.IGNORECASE,
)
_ASKED_LEVEL = re.compile(r"\b(?:vilke[nt]|which|what)\s+(?:av\s+|of\s+(?:the\s+)?)?", re.I)
"""Where the level a question asks for is named: right after its question word ("Vilket
nämndmål …", "Vilket av kommunfullmäktiges mål …", "which board goal …")."""


def asks_above(text: str) -> bool:
    """Whether a question asks which goal stands above a goal ("Under vilket nämndmål ligger
    …?", a follow-up "Vad låg det under?"), whatever levels it names; not one asking for a
    part of the goal (see _PART_ASKED)."""
    return _PARENT.search(text) is not None and _PART_ASKED.search(text) is None


def parent_asked(text: str) -> tuple[str, str] | None:
    """(parent level, goal level) when a question asks which goal a goal belongs to ("Under
    vilket nämndmål ligger enhetsmålet om …?", "Which committee goal does the unit goal on …
    belong to?"): the level its question word asks for ("… två enhetsmål om personalen. Vilket
    nämndmål låg de under?"; with no lower level named, the goals just below it: "Vilket
    nämndmål hörde det till?" after a unit goal), else the higher level it names first ("" for
    any: "Vilket mål hör enhetsmålet … till?"), then the one it asks about; None for other
    questions (also "Vilka nämndmål ligger under inriktningsmålet …?", which asks for goals
    below one)."""
    if not asks_above(text):  # "Vilket förväntat resultat
        return None  # har enheten kopplat till enhetsmålet …?": that part of the goal
    starts = [(m.start(), name) for name, rx in _LEVELS if (m := rx.search(text))]
    named = [name for _, name in sorted(starts)]
    asked = _level_asked_for(text)
    if asked is not None and asked != "enhetsmal":  # the goal told of first, then the question
        lower = [n for n in named if LEVELS.index(n) > LEVELS.index(asked)]  # type: ignore[arg-type]
        return (asked, lower[0] if lower else LEVELS[LEVELS.index(asked) + 1])  # type: ignore[arg-type]
    if len(named) == 1 and named[0] == "enhetsmal":
        return ("", "enhetsmal")
    if len(named) < 2 or LEVELS.index(named[0]) >= LEVELS.index(named[1]):  # type: ignore[arg-type]
        return None
    return (named[0], named[1])


_NAMED_BELOW = re.compile(
    r"\bunder\s+(?!vilke|which|what)(?:[\w:'’-]+\s+){0,3}?(?:\w*mål\w*|goals?)\b", re.I
)
"""A goal named after "under" ("… sits under the city's goal on sports"): the goal asked for
is the one below it, not above."""


def _level_asked_for(text: str) -> str | None:
    """The level named right after the question word of a question's own words (see
    _ASKED_LEVEL; not of the earlier question a follow-up carries in parentheses), when what
    it names is the goal above ("Vilket nämndmål låg de under?", "… placed under?"); None when
    none is, or a goal is named after "under" (the asked one lies below it)."""
    own = own_words(text)
    if not _PARENT.search(own) or _NAMED_BELOW.search(own):
        return None
    for m in _ASKED_LEVEL.finditer(own):
        found = next((name for name, rx in _LEVELS if rx.match(own, m.end())), None)
        if found is not None:
            return found
    return None


def levels_named(text: str) -> frozenset[str]:
    """The goal levels a question names ("enhetsmål", "nämndmålet", "board goal" …)."""
    return frozenset(name for name, rx in _LEVELS if rx.search(text))


def asked_level(text: str) -> str | None:
    """The one goal level a question names ("Vilka förväntade resultat anges under nämndmålet
    om …?", "Under the board goal that …"); None when it names none or several."""
    named = levels_named(text)
    return next(iter(named)) if len(named) == 1 else None


def goal_unsaid(q: Question, quote: str) -> bool:
    """Whether a goal question naming a goal level ("Vilket enhetsmål har Vuxenenheten för
    …?"), which the ledger did not answer, is left unanswered by a passage whose quote says
    nothing of a goal: a unit's work on a topic is no goal of it."""
    asked = q.intent == "goal" and asked_level(q.swedish or q.text) is not None
    return asked and GOAL_WORD.search(quote) is None


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


_WORK_ON = re.compile(r"\b(?:arbete|arbetet|work)\s+(?=(?:med|mot|kring|on|with)\b)", re.I)
""""Sitt arbete med råd och stöd", "its work on …": what the work is on is the topic."""


def topic_terms(q: Question, places: Iterable[str]) -> list[str]:
    """What a goal question is about: its content words without goal, status, level and
    document words and without words (or initials) of the unit and district names in
    `places`, nor those of a follow-up's own question (Question.asked: the goal is the earlier
    question's); a compound ending in -mål gives its head ("jämställdhetsmål" -> "jämställdhet")."""
    names = {w for place in places for w in re.findall(r"\w+", place.lower())}
    names |= {a for place in places if (a := unit_acronym(place))}  # "BoU"
    names |= {a for place in places if (a := unit_shorthand(place))}  # "bu-enheten"
    names |= {w[:-1] for w in names if len(w) > 3 and w.endswith("s")}  # "Lunds kommun": Lund
    text = q.swedish or q.text
    if q.asked:  # a follow-up's own question ("Hur ska de jobba för att nå det?") is not the goal's
        text = text.replace(q.asked, " ", 1)
    terms = []
    for term in extract_topic(_WORK_ON.sub(" ", text)).terms:
        word = re.sub(r"s?mål(en|et|ets)?$", "", term) if len(term) > 6 else term
        word = word.rstrip("-")
        if word in NOT_GOAL_TOPIC or len(word) < 3 or _names_a_place(word, names):
            continue
        terms.append(word)
    return terms
