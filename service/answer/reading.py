"""Reading a question in its conversation: a follow-up resolved against the earlier turns (see
followup), then the question read once for every strategy: language, intent, topic, years, the
kind of answer it asks for, a follow-up's own question (see question), and the situation its
asker tells before asking (see situation)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from ingest.text.language import Language, detect_language
from service.answer.acronyms import LongForm, phrase_acronyms
from service.answer.asked import asks_yes_no, expected_answer
from service.answer.cues import asks_for
from service.answer.followup import OWN_ASKS, is_bare_followup, resolve_followup
from service.answer.followup_years import own_years
from service.answer.glossary import to_swedish
from service.answer.goal_questions import is_goal_list
from service.answer.lexicon import FIGURE_WORDS, NOT_GOAL_TOPIC, POLITE_ASK, QUESTION_WORD
from service.answer.phrases import report_terms
from service.answer.premise import presumed
from service.answer.question import (
    Intent,
    Question,
    Topic,
    aggregate_group,
    asked_years,
    counted_words,
    extract_topic,
    is_aggregate,
)
from service.answer.situation import told_apart
from service.answer.types import Turn

__all__ = ["read_question"]


def _asks_itself(text: str, resolved: str) -> bool:
    """Whether a follow-up decides the kind of answer by itself: asking its own why or how
    ("why are they surveying what girls want?" after "how many visitors …?") it wants a
    reason, not the number the previous question asked for (nor, asking where, a list);
    asking its own number ("Och hur många familjer då?") its own kind, and asking yes or no
    ("Ska de fortsätta erbjuda det 2020?" after "Hur många familjer fick …?") no number (so
    does one asking a question of its own, see _own_topic); a bare one ("Och 2019?", "hur var
    det 2019?") takes the resolved question's."""
    if resolved == text:
        return False
    return bool(expected_answer(text)) or asks_for(text) in OWN_ASKS or asks_yes_no(text)


_OPENS_ASKING = re.compile(
    rf"\W*(?:och\s+|and\s+|men\s+|but\s+)?(?:{POLITE_ASK},?\s+)?{QUESTION_WORD}\b", re.I
)
OWN_TERMS = 1
"""Content words a follow-up must add to the earlier question to ask a question of its own."""


def _own_topic(text: str, resolved: str, units: Sequence[str] = ()) -> bool:
    """Whether a follow-up asks a question of its own about the earlier one's subject: it opens
    with a question word or asks yes or no, and adds OWN_TERMS content words or more ("Vilket
    alternativ har de testat för ungdomar med beteendeproblem då?" after "Hur många
    sammanbrott …?" does not ask for a number; "Finns det något särskilt upplägg för
    kvinnor?" asks for that, not the earlier treatment again); "Hur gick det för Vuxenenheten
    då?" and "Varför bara delvis?" (a goal's status) ask of the earlier question's subject
    again, "Och flickorna då?" the earlier question of another group."""
    asking = _OPENS_ASKING.match(text) or asks_yes_no(text)  # not "Och flickorna då?"
    if not asking or text.strip() not in resolved:  # not "Och året innan?"
        return False
    before = set(extract_topic(resolved.replace(text.strip(), " ", 1)).terms)
    named = {w.lower() for w in re.findall(r"\b[A-ZÅÄÖ][\w-]*", text[1:])}  # who, not what
    named |= {w.lower() for unit in units for w in re.findall(r"[\w-]+", unit)}
    new = [
        t
        for t in extract_topic(text).terms
        if t not in before | named | _TOLD | NOT_GOAL_TOPIC
        and len(t) > 3
        and not FIGURE_WORDS.match(t)
    ]
    return len(new) >= OWN_TERMS


_TOLD = frozenset(
    {"hände", "händer", "hänt", "sedan", "sen", "därefter", "efteråt", "innan"}
    | {"happened", "happen", "then", "later", "after", "before"}
)
"""Words asking what came of the earlier question's subject ("Vad hände sedan?"): no topic."""


def _worded(
    resolved: str, language: Language, acronyms: Mapping[LongForm, str]
) -> tuple[str, str, Topic]:
    """The question in the reports' words, the text to retrieve with, and the topic of the
    former shown as asked: an English question's Swedish wording (its Swedish topic words added
    to the text), then the report terms its everyday phrases stand for, added to both ("gick
    back" is written "underskott" in the reports), and the acronyms the reports define for
    the long forms it says ("samordnad individuell plan" is written "SIP")."""
    topic = extract_topic(resolved)
    swedish = resolved
    if language == "en":  # look for the Swedish wording, keep the English for display
        swedish = to_swedish(resolved)
        sv_topic = extract_topic(swedish)
        topic = replace(sv_topic, display=topic.display)
        resolved = f"{resolved} ({' '.join(sv_topic.terms)})" if sv_topic.terms else resolved
    said = [t for t in report_terms(swedish) if t not in swedish.lower()]
    said += [a for a in phrase_acronyms(swedish, acronyms) if not re.search(rf"\b{a}\b", swedish)]
    if said:
        added = f" ({' '.join(said)})"
        swedish, resolved = swedish + added, resolved + added
        topic = replace(extract_topic(swedish), display=topic.display)
    return swedish, resolved, topic


def read_question(
    text: str,
    history: Sequence[Turn] = (),
    is_goal: Callable[[str], bool] | None = None,
    units: Sequence[str] = (),
    years: Collection[int] = (),
    acronyms: Mapping[LongForm, str] | None = None,
) -> Question:
    """Resolve follow-ups, then read language, intent, topic, years and the answer kind.

    `is_goal` tells whether a (resolved) question is about goals of the goal hierarchy; those
    are answered from the goal ledger; `units` and `years`, the served units' names and
    reports' years (see resolve_followup); `acronyms`, the long forms of several words the
    reports define an acronym by (see acronyms.defined_phrases)."""
    resolved = resolve_followup(text, history, units, years)
    own = resolved != text and _own_topic(text, resolved, units)
    itself = own or _asks_itself(text, resolved)
    premises = presumed(resolved)  # of the words asked, not the glossary's Swedish added below
    focus = own_years(text, resolved)
    language = detect_language(resolved if is_bare_followup(text) else text)
    told = told_apart(text)[0] if resolved == text else ""
    swedish, resolved, topic = _worded(resolved, language, acronyms or {})
    told = to_swedish(told) if language == "en" else told
    told = told if swedish.startswith(told) else ""  # the start of the reports' wording
    aggregate = is_aggregate(resolved) and not (itself and asks_for(text) in OWN_ASKS)
    intent: Intent = "aggregate" if aggregate else "passage"
    if is_goal is not None and is_goal(swedish) and (not aggregate or is_goal_list(swedish)):
        intent = "goal"  # "Vilka enheter har mål om miljö?" too: units by their goals
    return Question(
        text=resolved,
        language=language,
        aggregate=aggregate,
        topic=topic,
        years=asked_years(resolved),
        intent=intent,
        group=aggregate_group(resolved),
        expects=expected_answer(text if itself else resolved),
        swedish=swedish,
        counted=counted_words(to_swedish(text) if itself else swedish),
        presumed=premises,
        focus=focus,
        answered=_last_reply(history) if resolved != text else "",
        asked=(to_swedish(text) if language == "en" else text) if own else "",
        kind_asked=text if itself and resolved != text else "",
        told=told,
    )


def _last_reply(history: Sequence[Turn]) -> str:
    """The assistant's latest reply in the conversation ("" when none)."""
    return next((t.content for t in reversed(history) if t.role == "assistant"), "")
