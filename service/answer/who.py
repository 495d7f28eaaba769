"""Who a question names: the reports its unit and district names pick out (see
service.answer.names for how a name is recognised). They say whose report answers (the `named`
and `other_report` features), not what the answer is about. Pure functions over the question
text and the reports' metadata."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.meta import DISTRICTS
from ingest.types import ReportMeta
from service.answer.names import district_named, unit_named

__all__ = [
    "compared_units",
    "named_reports",
    "names_report",
    "names_unit",
    "scoped_reports",
    "unit_elsewhere",
]


def names_report(question: str, meta: ReportMeta) -> bool:
    """Whether the question names the report's unit (any inflection) or district."""
    lowered = question.lower()
    return unit_named(lowered, meta.unit) or district_named(lowered, meta.district)


def _named(
    question: str, metas: Mapping[str, ReportMeta]
) -> tuple[dict[str, ReportMeta], dict[str, ReportMeta]]:
    """The reports whose unit, and those whose district, the question names (id -> metadata)."""
    lowered = question.lower()
    units = {rid: m for rid, m in metas.items() if unit_named(lowered, m.unit)}
    districts = {rid: m for rid, m in metas.items() if district_named(lowered, m.district)}
    return units, districts


def names_unit(question: str, metas: Mapping[str, ReportMeta]) -> bool:
    """Whether the question names the unit of some report (not only a district)."""
    lowered = question.lower()
    return any(unit_named(lowered, m.unit) for m in metas.values())


def unit_elsewhere(
    question: str, metas: Mapping[str, ReportMeta], follow_up: str | None = None
) -> tuple[str, str] | None:
    """(unit, district) when a question names a unit and a district of the served reports but
    no report of that unit is of that district ("Vuxenenheten i Östermalm" when only
    Kungsholmen's is served), or places the unit in a district no served report is of
    ("Familjeenheten på Norrmalm"): the unit asked about is not in the reports; None
    otherwise. `follow_up`, the words a follow-up typed (`question` resolved with the earlier
    turn's): naming a district and no unit, it asks about that district's units ("Och hur såg
    det ut i Spånga-Tensta?"), not the earlier turn's unit there."""
    if follow_up is not None and not names_unit(follow_up, metas):
        return None
    units, districts = _named(question, metas)
    subject = _PARTNERED.sub(" ", question.lower())
    units = {rid: m for rid, m in units.items() if unit_named(subject, m.unit)}
    if not units or units.keys() & districts.keys():
        return None
    unit = next(iter(units.values())).unit
    if districts:
        return unit, next(iter(districts.values())).district
    served = {m.district for m in metas.values()}
    located = (d for d in DISTRICTS if d not in served and _located_in(question, d))
    district = next(located, None)
    return None if district is None else (unit, district)


_PARTNERED = re.compile(
    r"\b(?:mellan\s+[\w-]+\s+och|(?:tillsammans|samarbete\w*|samverka\w*)\s+med|"
    r"between\s+[\w-]+\s+and|(?:together|cooperat\w*|collaborat\w*)\s+with)\s+[\w-]+"
)
"""A unit named as a partner ("samarbetet mellan Familjeresursen och BoU", "tillsammans med
Familjeenheten"): the question asks about the other side's work, not about that unit."""


def _located_in(question: str, district: str) -> bool:
    """Whether a question places what it asks about in a district ("Familjeenheten på
    Norrmalm", "the Family Unit in Norrmalm", "Norrmalms familjeenhet"), not merely names it
    ("samarbetet med Norrmalm")."""
    name = re.escape(district.lower())
    where = rf"\b(?:i|på|in|at|on|from)\s+(?:the\s+)?{name}\b|\b{name}s\s+\w*enhet"
    return re.search(where, question.lower()) is not None


def named_reports(question: str, metas: Mapping[str, ReportMeta]) -> frozenset[str]:
    """The ids of the reports a question names, every name it gives counted: the reports of the
    units it names, narrowed to the districts it names, or those of the districts it names when
    it names no unit. "Familjeenheten på Kungsholmen" is not Östermalm's Familjeenheten, and
    "sjukfrånvaron på Familjeenheten på Kungsholmen" is not about Kungsholmen's other units
    (names_report alone counts the district for all of them)."""
    named_units, named_districts = _named(question, metas)
    units, districts = set(named_units), set(named_districts)
    if units and districts:
        return frozenset(units & districts or units | districts)
    return frozenset(units or districts)


_COMPARES = re.compile(
    r"\b(?:fler|färre|mer|mindre|högre|lägre|större|bättre|sämre|more|fewer|less|higher|lower|"
    r"larger|smaller|better|worse)\b[^?]{0,80}?\b(?:än|than)\b|\b(?:jämfört med|jämför\w*|"
    r"compared? (?:with|to)|skillnad\w*|skiljer|difference|differ\w*)\b",
    re.IGNORECASE,
)


def compared_units(
    question: str, metas: Mapping[str, ReportMeta], typed: str | None = None
) -> frozenset[tuple[str, str]]:
    """The (unit, district) pairs a question compares ("Hade Barn- och ungdomsenheten i
    Hägersten-Liljeholmen fler LVU-omhändertaganden 2016 än Familjeenheten på Östermalm
    2017?"): the units it names by name (in the districts it names) when it asks a comparison
    and names two units, or one unit's name in two districts; empty otherwise ("Familjeenheten"
    alone names two reports, "på Kungsholmen" six, neither a comparison of units). Quoting one
    side alone does not answer it. `typed`, the
    words a follow-up typed (`question` resolved with the earlier turn's), must ask the
    comparison itself ("Och hos Barn- och ungdomsenheten 2019?" after a comparison with a
    target asks about one unit)."""
    if _COMPARES.search(question) is None or (typed is not None and not _COMPARES.search(typed)):
        return frozenset()
    units, districts = _named(question, metas)
    named_districts = {m.district for m in districts.values()}
    pairs = {
        (m.unit, m.district)
        for m in units.values()
        if not named_districts or m.district in named_districts
    }  # the units named, in the districts named ("Kungsholmen" alone names no unit)
    names = {unit for unit, _ in pairs}  # one name in two districts: compared when both named
    if len(names) >= 2 or len({district for _, district in pairs} & named_districts) >= 2:
        return frozenset(pairs)
    return frozenset()


_BESIDES = re.compile(
    r"\b(utöver|förutom|utom|andra än|bortsett från|besides|other than|apart from|except)\b",
    re.IGNORECASE,
)


def scoped_reports(question: str, metas: Mapping[str, ReportMeta]) -> frozenset[str] | None:
    """The reports a "which units" question asks about, None for all: those of the districts it
    names ("Vilka enheter på Kungsholmen …?"); with "förutom" / "besides", every report but
    those of the units (else districts) it names, within the districts it also names
    ("Vilka enheter på Kungsholmen förutom Familjeenheten …?"). A unit named without
    "besides" is what the question is about, not its scope ("… samarbetar med Vuxenenheten")."""
    lowered = question.lower()
    districts = frozenset(r for r, m in metas.items() if district_named(lowered, m.district))
    if not _BESIDES.search(question):
        return districts or None
    units = frozenset(r for r, m in metas.items() if unit_named(lowered, m.unit))
    if not units and not districts:
        return None
    within = districts if units and districts else frozenset(metas)
    return within - (units or districts)
