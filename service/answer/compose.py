"""The extractive composer: answers built only from quoted passages, every sentence cited [n].

No language model: the answer is a short list of exact quotes, each introduced by the unit
that wrote it; aggregate questions get a count sentence naming what was matched ("3 enheter
nämner Komet") and one line per report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ingest.types import Chunk, ReportMeta
from search.errors import NotFound
from search.filters import year_uncertain
from search.protocols import SearchIndex
from service.answer.citations import citation_at, group_units
from service.answer.lexicon import PHRASE_GLUE
from service.answer.question import Question
from service.answer.types import Answer, Citation, Language, UnitGroup

__all__ = [
    "compose_aggregate",
    "compose_passages",
    "label",
    "more_line",
    "no_such_unit",
    "nothing_to_compare",
    "quoted",
    "ungrounded",
    "with_year_note",
]

Quoted = tuple[Chunk, ReportMeta, int, int]
"""A passage with the offsets of its quote."""

_NOUNS = {  # group -> (sv singular, sv plural, en singular, en plural)
    "units": ("enhet", "enheter", "unit", "units"),
    "reports": ("rapport", "rapporter", "report", "reports"),
    "agencies": ("myndighet", "myndigheter", "agency", "agencies"),
    "districts": ("stadsdel", "stadsdelar", "district", "districts"),
    "countries": ("rapport", "rapporter", "report", "reports"),
}


def label(unit: str, district: str, doc_type: str, year: int | None) -> str:
    """'Familjeenheten, Kungsholmen (VP 2022)' - unknown parts left out."""
    name = unit if unit != "unknown" else "Okänd enhet"
    where = f", {district}" if district and district != "unknown" else ""
    kind = "" if doc_type == "unknown" else doc_type
    when = " ".join(p for p in (kind, str(year) if year else "") if p)
    return f"{name}{where} ({when})" if when else f"{name}{where}"


def more_line(listed: int, total: int, lang: Language) -> list[str]:
    """The line counting what a list leaves out ("(+3 till)" / "(+3 more)"), [] when none."""
    more = total - listed
    if more <= 0:
        return []
    return [f"(+{more} more)" if lang == "en" else f"(+{more} till)"]


def quoted(quote: str, lang: Language) -> str:
    """A quote in the answer's line: in the language's quotation marks, on one line (a table's
    label and rows, quoted across lines, joined by " / "; the citation keeps the exact text)."""
    one_line = " / ".join(" ".join(line.split()) for line in quote.splitlines() if line.strip())
    return f"“{one_line}”" if lang == "en" else f"”{one_line}”"


def _cite_all(passages: Sequence[Quoted], start: int, seen: set[str]) -> list[Citation]:
    """Citations numbered from `start`, skipping passages whose quote was already used."""
    cites: list[Citation] = []
    for chunk, meta, lo, hi in passages:
        cit = citation_at(start + len(cites), chunk, meta, lo, hi)
        if cit is not None and cit.quote not in seen:
            seen.add(cit.quote)
            cites.append(cit)
    return cites


def compose_passages(question: Question, passages: Sequence[Quoted]) -> Answer:
    """One cited line per passage: '<unit> skriver: ”<quote>” [n]'."""
    cites = _cite_all(passages, 1, set())
    if not cites:
        return ungrounded(question)
    verb = "writes" if question.language == "en" else "skriver"
    lines = [
        f"{label(c.unit, c.district, c.doc_type, c.year)} {verb}: "
        f"{quoted(c.quote, question.language)} [{c.n}]"
        for c in cites
    ]
    return Answer(
        text="\n".join(lines),
        citations=tuple(cites),
        units=group_units(cites),
        grounded=True,
        language=question.language,
        mode="extractive",
    )


def _count_sentence(question: Question, units: Sequence[UnitGroup], what: str) -> str:
    """'3 enheter nämner Komet [1][3][5]:' (or '… i 4 rapporter'); with no key term named,
    '3 enheter skriver om det [..]:'. Units are counted by (unit, district), districts by
    district ('4 stadsdelar nämner … i 6 rapporter'); a group of reports by report."""
    reports = len(units)
    if question.group == "units" and all(u.unit != "unknown" for u in units):
        count = len({(u.unit, u.district) for u in units})
    elif question.group == "districts" and all(u.district != "unknown" for u in units):
        count = len({u.district for u in units})
    else:
        count = reports
    sv_one, sv_many, en_one, en_many = _NOUNS.get(question.group, _NOUNS["units"])
    refs = "".join(f"[{u.citations[0]}]" for u in units)
    if question.language == "en":
        noun = en_one if count == 1 else en_many
        verb = (
            ("mentions" if count == 1 else "mention")
            if what
            else ("writes about it" if count == 1 else "write about it")
        )
        extra = f" in {reports} reports" if reports != count else ""
        return f"{count} {noun} {verb}{' ' + what if what else ''}{extra} {refs}:"
    noun = sv_one if count == 1 else sv_many
    verb = "nämner" if what else "skriver om det"
    extra = f" i {reports} rapporter" if reports != count else ""
    return f"{count} {noun} {verb}{' ' + what if what else ''}{extra} {refs}:"


def compose_aggregate(question: Question, groups: Sequence[Sequence[Quoted]], what: str) -> Answer:
    """A count sentence and one line per report, each with its own quotes (1-2 per report).
    `what` names the matched key phrase ("Komet"); empty for a topic matched by meaning."""
    cites: list[Citation] = []
    lines: list[str] = []
    for passages in groups:
        mine = _cite_all(passages, len(cites) + 1, set())
        if not mine:
            continue
        cites.extend(mine)
        first = mine[0]
        quotes = " … ".join(f"{quoted(c.quote, question.language)} [{c.n}]" for c in mine)
        lines.append(f"- {label(first.unit, first.district, first.doc_type, first.year)}: {quotes}")
    if not cites:
        return ungrounded(question)
    units = group_units(cites)
    return Answer(
        text="\n".join([_count_sentence(question, units, what), *lines]),
        citations=tuple(cites),
        units=units,
        grounded=True,
        language=question.language,
        mode="aggregate",
    )


MAX_NAMED_WORDS = 3
"""A refusal names the question's topic only when it is at most this many words."""


def _nameable(question: Question) -> bool:
    """One topic word ("rymdresor"), or a short name ("Signs of Safety": capitalised words and
    glue), never a run of question words ("bemannar Kungsholmens fritidsgård")."""
    topic = question.topic
    if len(topic.terms) == 1:
        return True
    words = [w for w in topic.display.split() if w.lower() not in PHRASE_GLUE]
    return (
        bool(topic.phrase) and len(words) <= MAX_NAMED_WORDS and all(w[0].isupper() for w in words)
    )


def ungrounded(question: Question, note: str = "") -> Answer:
    """Say plainly that the reports do not support an answer (and why, when `note` says),
    naming the topic only when it is one word or a short name (see _nameable)."""
    topic = question.topic.display if _nameable(question) else ""
    if question.language == "en":
        about = f" about {topic}" if topic else ""
        text = (
            f"I find nothing in the reports that answers the question{about}. "
            "Try other words, or use the search mode."
        )
    else:
        about = f" om {topic}" if topic else ""
        text = (
            f"Jag hittar inget i rapporterna som besvarar frågan{about}. "
            "Pröva andra ord, eller använd sökläget."
        )
    text = f"{text} {note}".strip()
    return Answer(text, (), (), grounded=False, language=question.language, mode="ungrounded")


def no_such_unit(language: str, unit: str, district: str) -> str:
    """The note refusing a question on a unit in a district no served report is of."""
    if language == "en":
        return f"None of the reports is from {unit} in {district}."
    return f"Ingen av rapporterna är från {unit} i {district}."


def nothing_to_compare(language: str, units: Sequence[tuple[str, str]]) -> str:
    """The note refusing a comparison when nothing answering was found for these units."""
    names = ", ".join(f"{unit} ({district})" for unit, district in units)
    if language == "en":
        return f"Nothing was found on {names} to compare with."
    return f"Jag hittar inget om {names} att jämföra med."


def with_year_note(answer: Answer, index: SearchIndex) -> Answer:
    """The answer with a line naming the cited reports whose year is unknown or uncertain:
    a year in a question favours or filters reports, but never drops one on an unsure year."""
    unsure = []
    for unit in answer.units:
        try:
            _, meta = index.get_chunk(
                next(c.chunk_id for c in answer.citations if c.report_id == unit.report_id)
            )
        except (NotFound, StopIteration):
            continue
        if year_uncertain(meta):
            unsure.append(label(unit.unit, unit.district, unit.doc_type, unit.year))
    if not unsure:
        return answer
    names = ", ".join(unsure)
    note = (
        f"(The year of {names} is unknown or uncertain; included anyway.)"
        if answer.language == "en"
        else f"(Året är okänt eller osäkert för {names}; rapporten togs med ändå.)"
    )
    return with_note(answer, note)


def with_note(answer: Answer, note: str) -> Answer:
    """The answer with `note` as its last line."""
    return replace(answer, text=f"{answer.text}\n{note}")
