"""What a question on one goal asks of it, and how plainly a sentence of the goal's block says
that: whether the goal was met, how it is followed up, a figure, a part of it (expected result,
analysis, activities), or more than its wording. Pure functions over question and sentence
text (which goals a question is about: see goal_questions)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from service.answer.asked import expected_answer
from service.answer.cues import asks_for
from service.answer.expectations import has_quantity
from service.answer.lexicon import CITY, QUESTION_WORD

__all__ = [
    "asks_activities",
    "asks_deviations",
    "asks_done",
    "asks_figure",
    "asks_how_followed_up",
    "asks_if_met",
    "asks_indicators",
    "asks_past_wording",
    "asks_which_goal",
    "how_plainly_figured",
    "how_plainly_followed_up",
    "how_plainly_met",
    "names_goal_or_target",
    "own_words",
    "part_asked",
    "part_named_at",
    "presumes_status",
    "says_how_followed_up",
    "says_if_met",
    "sentence_asked_for",
]


_ASKS_FOLLOW_UP = re.compile(
    r"\b(?:hur|på vilk(?:et|a) sätt)\b.*\b(följ\w*\s+(\S+\s+){0,12}?upp|uppfölj\w*|mät\w*|"
    r"utvärder\w*)|"
    r"\b(?:how|in what ways?)\b.*\b(follow\w*\s+up|monitor\w*|measur\w*|evaluat\w*)",
    re.IGNORECASE,
)


_SAYS_FOLLOW_UP = re.compile(
    r"\b(följ(?:s|as|des|ts|er|a|de|t)?\s+upp|uppfölj\w*|mäts|mätas|mättes|utvärder\w*)\b",
    re.IGNORECASE,
)


_ASKS_MET = re.compile(
    r"^\W*(?:och\s+|and\s+)?(nådde|nåddes|uppnådde|uppnåddes|uppfylldes|uppfyllde|klarade|"
    r"lyckades|did\b.*\b(meet|reach|achieve)|was\b.*\b(met|reached|achieved|fulfilled))\b|"
    r"^\W*(?:och\s+|and\s+)?(har|hade|has|have|had)\b[^?]{0,80}?\b(nått|uppnått|klarat|"
    r"uppfyllt|met|reached|achieved|fulfilled)\s+(?:\w+\s+){0,2}?(\w*mål\w*|targets?|goals?)\b|"
    r"\b(blev|var|är|har)\s+(målet|målen)\s+(uppfyllt|uppfyllda|uppnått|uppnådda|nått|nådda)\b|"
    r"^\W*(blev|var|är)\b.*\b(uppfyllt|uppfyllda|uppnått|uppnådda)\b|"
    r"\b(hur väl|i vilken (grad|utsträckning)|to what extent|how well)\b|"
    r"\bmåluppfyllelse\w*|\bhow was\b.*\b(fulfilment|achievement)\b|"
    r"\b(vilken|vilket|what|which)\s+(status|bedömning|betyg|rating)\b",
    re.IGNORECASE,
)
_ASKS_RATED = re.compile(
    r"\b(bedömdes|bedömde|assessed|rated|judged)\b(?![^?]*\b(helt|delvis|fully|partly|"
    r"partially)\b)",
    re.IGNORECASE,
)
"""How a goal was rated ("Hur bedömdes målet om …?"), when a goal or target is named: "how is
feedback sorted and assessed?" asks a way of working."""
_GOAL_OR_TARGET = re.compile(
    r"\b(\w*mål\w*|målvärde\w*|goals?|targets?|objectives?)\b", re.IGNORECASE
)


_SAYS_MET = re.compile(
    r"\b(uppfyll\w*|uppnå\w*|nått|nåtts|nådde|når\s+(?:\w+\s+)?(?:mål\w*|årsmål\w*))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def asks_if_met(text: str) -> bool:
    """Whether a question asks whether (or how well) a goal was met ("Nådde enheten sitt
    enhetsmål om … 2019?", "Was the goal met?"); how its fulfilment is followed up ("Hur följs
    måluppfyllelsen upp?") asks how, not whether."""
    if asks_how_followed_up(text):
        text = _FULFILMENT_FOLLOWED.sub(" ", text)
    if _ASKS_MET.search(text) is not None:
        return True
    return _ASKS_RATED.search(text) is not None and names_goal_or_target(text)


def own_words(text: str) -> str:
    """A question without the parenthesised earlier question a follow-up is read with (see
    followup.resolve_followup: "Och vilket förväntat resultat hörde till? (Vilket enhetsmål
    …?)")."""
    if not text.rstrip().endswith(")"):
        return text
    depth = 0
    for i in range(len(text.rstrip()) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return text[:i]
    return text


def names_goal_or_target(text: str) -> bool:
    """Whether a question names a goal or a target ("årsmålet", "målvärdet", "its target"),
    of any level or none."""
    return _GOAL_OR_TARGET.search(text) is not None


_FULFILMENT_FOLLOWED = re.compile(
    r"\bfölj\w*\s+(?:\w+\s+)?måluppfyllelse\w*\s+upp\b|"
    r"\bmåluppfyllelse\w*\s+(?:\w+\s+){0,2}?(?:följ\w*|mät\w*|sammanställ\w*)",
    re.IGNORECASE,
)
"""The fulfilment as what is followed up, measured or compiled ("Hur följs måluppfyllelsen
upp?", "Hur ska måluppfyllelsen mätas?"), in a how-question: how, not whether the goal was met
("Vilken måluppfyllelse redovisades …?" asks whether)."""


_PRESUMES_STATUS = re.compile(
    r"\b(?:inte|ej|bara delvis|endast delvis|delvis)\s+(?:\w+\s+){0,2}?(?:nådde|nåddes|nått|"
    r"nåtts|uppnådde|uppnåddes|uppnått|uppfyllde|uppfylldes|uppfyllt|uppfyllts|klarade)\b|"
    r"\b(?:nådde|nåddes|uppnådde|uppnåddes|uppfyllde|uppfylldes|klarade)\s+(?:\w+\s+){0,4}?"
    r"(?:inte|ej|bara delvis|endast delvis)\b|"
    r"\b(?:not|only partly|only partially|partly|partially)\s+(?:been\s+)?(?:met|reached|"
    r"achieved|fulfilled)\b|\b(?:didn't|did not|failed to)\s+(?:meet|reach|achieve)\b|"
    r"\bdid\b.{1,40}\bnot\s+(?:meet|reach|achieve)\b",
    re.IGNORECASE,
)


def presumes_status(text: str) -> bool:
    """Whether a question takes a goal's status for granted ("Varför nådde enheten inte sitt
    mål …?", "Why was the goal only partly met?"): only a report on the year can answer it."""
    return _PRESUMES_STATUS.search(text) is not None


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


_OPENS = r"^\W*(?:(?:och|and|men|but)\s+)?"
"""The start of a question, a follow-up's "Och …" / "And …" allowed."""

_PARTS = (
    (
        "expected_result",
        re.compile(
            r"\bförvänta(?:t|de)? resultat\w*|\bexpected (?:result|outcome)|"
            r"\b(?:vilket|vilka|vad för)\s+(?:\w+\s+)?resultat\w*\s+(?:[\w-]+\s+){0,6}?"
            r"(?:förvänta\w*|"
            r"räkna\w*\s+(?:[\w-]+\s+){0,8}?med|sikta\w*|(?:vill|ska|skulle)\s+(?:\w+\s+)?(?:nå|uppnå))|"
            rf"{_OPENS}vad\s+(?:förväntas\s+av|förväntar(?:\s+\S+){{0,6}}?\s+sig)\b|"
            rf"{_OPENS}vad\s+förvänta(?:de)?s\s+(?:\w+\s+){{0,2}}?(?:leda\s+till|ge|resultera)\b|"
            rf"{_OPENS}vad\s+förvänta(?:de)?s\s+(?:\w+\s+){{0,2}}?(?:hända|ske|uppnås)\b"
            r"(?=[^?]*\w*mål(?:et|en)?\b)|"  # under a goal it names, not of any count
            rf"{_OPENS}vad\s+(?:ska|skulle|skall)\s+(?:det\s+|detta\s+)?\w*(?:målet|målen)\s+"
            r"(?:\w+\s+)?(?:leda\s+till|ge|resultera\s+i|åstadkomma)\b|"
            r"\bwhat (?:\w+\s+)?(?:results?|outcomes?)\s+[^?]{0,80}?\b(?:expect\w*|aim\w*|"
            r"supposed|meant|intended)|"
            r"\bwhat\b[^?]{0,60}\b(?:meant|supposed|intended|expected)\s+to\s+(?:achieve|produce|"
            r"deliver|bring|lead\s+to|result\s+in)\b|"
            rf"{_OPENS}what\s+(?:is|was|are|were)\s+expected\b|"
            r"\bwhat\s+(?:does|do|did)\s+[^?]{0,80}?\bexpect\s+(?:to\s+(?:achieve|reach|see)|regarding|concerning|as\s+to|"
            r"in\s+terms\s+of|for|of)\b",
            re.I,
        ),
    ),
    ("analysis", re.compile(r"\banalys\w*|\banalys[ie]s\b", re.I)),
    (
        "method",
        re.compile(
            r"\baktivitet\w*|\barbetssätt\w*|\bactivit(?:y|ies)\b|"
            r"\bhur\s+(?:ska|skall|skulle|kommer|tänker|planerar)\s+(?:[\w-]+\s+){0,6}?(?:att\s+)?"
            r"(?:arbeta|jobba)\s+för\s+att\s+(?:nå|uppnå|uppfylla|klara)\b|"
            r"\bhow\s+(?:will|does|do|is|are|should|shall)\b[^?]{0,60}?\bwork(?:ing)?\s+"
            r"(?:towards?|to\s+(?:reach|achieve|meet|fulfil+))\b",
            re.I,
        ),
    ),
    (
        "resources",
        re.compile(
            r"\bresurs(?:er|erna|användning\w*)?\b|\bresources?\b|"
            r"\b(?:vilken|vilka|vad för)\s+(?:\w+\s+)?(?:personal|yrkesgrupper)\b|"
            r"\bwhich (?:\w+\s+)?staff\b|\bwhat staff\b",
            re.I,
        ),
    ),
)


_ACTIVITIES = re.compile(r"\b(?:aktivitet\w*|activit(?:y|ies))\b", re.IGNORECASE)


def asks_activities(text: str) -> bool:
    """Whether a question asks for a goal's activities ("Vilka aktiviteter har enheten lagt in
    under målet om …?"): the goal's list of them answers."""
    return _ACTIVITIES.search(text) is not None


_INDICATORS = re.compile(
    r"\b(?:indikator\w*|årsmål\w*|målvärde\w*|indicators?|annual targets?|target values?)\b",
    re.IGNORECASE,
)


def asks_indicators(text: str) -> bool:
    """Whether a question asks for a goal's indicators or annual targets ("Vilken indikator och
    vilket årsmål har enheten under målet …?"): the goal's indicator table answers."""
    return _INDICATORS.search(text) is not None


_DEVIATION = re.compile(r"\b(?:avvikelse\w*|avvek\w*|deviat\w*|flagged)\b", re.IGNORECASE)
_WHICH_ACTIVITIES = re.compile(
    r"\b(?:vilka|vilken|which|what|hur många|how many)\s+(?:[\w-]+\s+){0,2}?[\w-]*?"
    r"(?:aktivitet\w*|activit(?:y|ies))\b",
    re.IGNORECASE,
)


def asks_deviations(text: str) -> bool:
    """Whether a question asks which activities a report marked with a deviation ("Vilka
    aktiviteter markerades med avvikelse 2019?", "Which activities were flagged as
    deviations?"): the ledger's activity rows say it; not one asking about one such activity
    ("KF-aktiviteten om … markerades med avvikelse. Hur långt hade enheten kommit?")."""
    return _WHICH_ACTIVITIES.search(text) is not None and _DEVIATION.search(text) is not None


_DONE = re.compile(
    r"\b(vad gjorde|vad (?:har|hade) [^?]{0,60}?\bgjort|hur arbetade|hur (?:har|hade) [^?]{0,60}?"
    r"\barbetat|hur följde|hur följdes|what did [^?]{0,60}?\bdo|how did [^?]{0,60}?\b(?:work|"
    r"follow)|how was [^?]{0,60}?\bfollowed up)\b",
    re.IGNORECASE,
)


def asks_done(text: str) -> bool:
    """Whether a question asks what was done about a goal, or how it was followed up, in the
    past ("Vad gjorde enheten under 2017 för att nå målet …?", "Hur följdes målet upp?"): a
    report's analysis of the goal tells it, not the goal's expected result."""
    return _DONE.search(text) is not None


def part_asked(text: str) -> str | None:
    """The part of a goal a question asks about, as the Goal field holding it
    ("expected_result" for "Vilket förväntat resultat …", "analysis" for "… i analysen",
    "method" for "Vilka aktiviteter …", "resources" for "Vilka resurser …" or "Vilken personal
    …", a plan's Resursanvändning); None when it names none."""
    return next((name for name, pattern in _PARTS if pattern.search(text)), None)


def asks_figure(text: str) -> bool:
    """Whether a question on one goal asks for a figure ("Vilken nivå siktar enheten på i
    målet om källsortering?"): its target or level, which a sentence of the block states."""
    return expected_answer(text) == "number"


_WHICH_GOAL = re.compile(
    r"\b(?:vilket|vilka|vad är|what|which)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:enhetsmål\w*|nämndmål\w*|mål|målet|målen|goals?)\b|"
    rf"^(?![^?]*\b{QUESTION_WORD}\b)"
    r"[^?]*(?<![\w-])(?:mål|målet|målen|goals?)(?![\w-])",
    re.IGNORECASE,
)


def asks_which_goal(text: str) -> bool:
    """Whether a question asks which goal, its wording ("Vilket enhetsmål har Familjeenheten
    för … skolresultat?", a query naming goals with no question form: "mål skolresultat
    familjehemsplacerade barn 2022"), not a figure asked under a goal ("What annual
    sick-leave targets did … set under its goal …?", "Under the 2017 goal on violence, how
    many staff …?", "… och vad är kommunfullmäktiges mål?", see _CITY_TARGET)."""
    return _WHICH_GOAL.search(_CITY_TARGET.sub(" ", text)) is not None


_CITY_TARGET = re.compile(rf"\b{CITY}\s+(?:mål|goals?)\b", re.IGNORECASE)
"""The city's goal asked beside a unit's target ("… och vad är kommunfullmäktiges mål?"): the
city's figure in the same table row, not a goal of the ledger."""


def how_plainly_figured(text: str) -> int:
    """1 when a sentence states a quantity ("90% källsorterar"), 0 else."""
    return int(has_quantity(text))


_ASKED_SENTENCES: tuple[tuple[Callable[[str], bool], Callable[[str], int]], ...] = (
    (asks_how_followed_up, how_plainly_followed_up),
    (asks_if_met, how_plainly_met),
    (asks_figure, how_plainly_figured),
)


_PARTS_FIRST = ("resources", "method")
"""Parts of a goal a question may ask past its wording for, like its analysis or expected
result: the answer quotes the part first (the sentence that answers), then the goal it
belongs to; not when the question asks which goals ("Vilka enhetsmål … under nämndmålet att
… använda resurser …?") or for activities, which are listed (see goal_prose)."""


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
    went (its status, stated with the goal: "Hur gick det med målet om …?"); what its analysis
    or its expected result says. Its answer is a sentence of the goal's block, quoted before
    the goal it is about."""
    part = part_asked(text)
    if part in ("analysis", "expected_result"):  # "Vad redovisar enheten i analysen av målet
        return True  # …?", "Vilket förväntat resultat kopplade X till …?"
    own = own_words(text)  # a follow-up's own words, not the earlier "Vilket enhetsmål …?"
    if part in _PARTS_FIRST and not asks_activities(text) and not asks_which_goal(own):
        return True  # "Vilka resurser …?", "Hur ska enheten arbeta för att nå målet …?"
    if _ASKS_WORDING.search(text):  # (a goal's quoted wording may say "utvecklas")
        return False
    return sentence_asked_for(text) is not None or asks_for(text) in ("reason", "method")


def part_named_at(text: str) -> int | None:
    """Where a question first names a part of a goal (see part_asked); None when it names
    none."""
    found = [m.start() for _, pattern in _PARTS if (m := pattern.search(text))]
    return min(found) if found else None
