"""The extractive composer: answers built only from quoted passages, every sentence cited [n].

No language model: the answer is a short list of exact quotes, each introduced by the unit
that wrote it; aggregate questions get a count sentence and one line per unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.types import Chunk, ReportMeta
from service.answer.citations import group_units, make_citation
from service.answer.question import Question
from service.answer.types import Answer, Citation, Language, UnitGroup

__all__ = ["compose_aggregate", "compose_passages", "label", "ungrounded"]

Passage = tuple[Chunk, ReportMeta]


def label(unit: str, district: str, doc_type: str, year: int | None) -> str:
    """'Familjeenheten, Kungsholmen (VP 2022)' - unknown parts left out."""
    name = unit if unit != "unknown" else "Okänd enhet"
    where = f", {district}" if district and district != "unknown" else ""
    kind = "" if doc_type == "unknown" else doc_type
    when = " ".join(p for p in (kind, str(year) if year else "") if p)
    return f"{name}{where} ({when})" if when else f"{name}{where}"


def _quoted(quote: str, lang: Language) -> str:
    return f"“{quote}”" if lang == "en" else f"”{quote}”"


def _cite_all(
    question: Question, passages: Sequence[Passage], start: int, seen: set[str]
) -> list[Citation]:
    """Citations numbered from `start`, skipping passages whose quote was already used."""
    cites: list[Citation] = []
    for chunk, meta in passages:
        cit = make_citation(start + len(cites), chunk, meta, question.topic)
        if cit is not None and cit.quote not in seen:
            seen.add(cit.quote)
            cites.append(cit)
    return cites


def compose_passages(question: Question, passages: Sequence[Passage]) -> Answer:
    """One cited line per passage: '<unit> skriver: ”<quote>” [n]'."""
    cites = _cite_all(question, passages, 1, set())
    if not cites:
        return ungrounded(question)
    verb = "writes" if question.language == "en" else "skriver"
    lines = [
        f"{label(c.unit, c.district, c.doc_type, c.year)} {verb}: "
        f"{_quoted(c.quote, question.language)} [{c.n}]"
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


def _count_sentence(question: Question, units: Sequence[UnitGroup]) -> str:
    reports = len(units)
    distinct = len({(u.unit, u.district) for u in units})
    refs = "".join(f"[{u.citations[0]}]" for u in units)
    topic = question.topic.display
    if question.language == "en":
        noun = "unit mentions" if distinct == 1 else "units mention"
        extra = f" in {reports} reports" if reports != distinct else ""
        return f"{distinct} {noun} {topic}{extra} {refs}:"
    noun = "enhet nämner" if distinct == 1 else "enheter nämner"
    extra = f" i {reports} rapporter" if reports != distinct else ""
    return f"{distinct} {noun} {topic}{extra} {refs}:"


def compose_aggregate(question: Question, groups: Sequence[Sequence[Passage]]) -> Answer:
    """A count sentence and one line per unit, each with its own quotes (1-2 per unit)."""
    cites: list[Citation] = []
    lines: list[str] = []
    for passages in groups:
        mine = _cite_all(question, passages, len(cites) + 1, set())
        if not mine:
            continue
        cites.extend(mine)
        first = mine[0]
        quotes = " … ".join(f"{_quoted(c.quote, question.language)} [{c.n}]" for c in mine)
        lines.append(f"- {label(first.unit, first.district, first.doc_type, first.year)}: {quotes}")
    if not cites:
        return ungrounded(question)
    units = group_units(cites)
    return Answer(
        text="\n".join([_count_sentence(question, units), *lines]),
        citations=tuple(cites),
        units=units,
        grounded=True,
        language=question.language,
        mode="aggregate",
    )


def ungrounded(question: Question) -> Answer:
    """Say plainly that the reports do not support an answer."""
    topic = question.topic.display
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
    return Answer(text, (), (), grounded=False, language=question.language, mode="ungrounded")
