"""Inferring report metadata (unit, district, year, type, title, date, diarienummer).

The document's own statements come first: a stated title line ("Verksamhetsberättelse VB 2017 för
Familjeenheten") gives unit, year and type with confidence 1.0; otherwise the title is the first
heading or title line (for PDFs the Title metadata or the first large line), the year comes from
the title or a dated line before years counted in the body, the unit only from recognised unit
forms and the type only from strong evidence, else the generic "rapport" (see `meta_fields`).
The district comes from "X stadsdelsområde", "enheten i X", a title-page line naming a stadsdel
of any city ("Stadsdelsförvaltning Askim-Frölunda-Högsbo"), for unit reports known addresses and
places, a municipality the title page names ("Uppsala kommun"), or plain mentions (in that order
of trust). A field inferred with less than KNOWN_AT confidence is given as unknown ("unknown",
year None, type "rapport"), not guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.lines import clean_line
from ingest.meta_fields import infer_type, infer_unit, infer_year
from ingest.meta_title import CITY_LINE, TitleHints, find_title, head_of, stated_report_title
from ingest.types import DocType, ReportMeta

__all__ = ["DISTRICTS", "KNOWN_AT", "UNKNOWN", "TitleHints", "compose_title", "infer_meta"]

KNOWN_AT = 0.5
"""Confidence from which an inferred field is shown and filtered on; below it, it is unknown."""
UNKNOWN = "unknown"
DISTRICTS = (
    "Rinkeby-Kista", "Spånga-Tensta", "Hässelby-Vällingby", "Bromma", "Kungsholmen", "Norrmalm",
    "Östermalm", "Södermalm", "Enskede-Årsta-Vantör", "Skarpnäck", "Farsta", "Älvsjö",
    "Hägersten-Liljeholmen", "Hägersten-Älvsjö", "Skärholmen",
)  # fmt: skip
PLACES = {
    "Oxenstiernsgatan": "Östermalm",
    "Karlavägen": "Östermalm",
    "Lindhagensgatan": "Kungsholmen",
    "Fleminggatan": "Kungsholmen",
    "Telefonvägen": "Hägersten-Liljeholmen",
    "Axelsberg": "Hägersten-Liljeholmen",
    "Mälarhöjd": "Hägersten-Liljeholmen",
    "Fagerstagatan": "Spånga-Tensta",
    "Hjulsta": "Spånga-Tensta",
    "Rinkebysvängen": "Rinkeby-Kista",
    "Götgatan": "Södermalm",
}
_DNR = re.compile(r"\bDnr\.?:?\s*([0-9][\w./-]*\w)", re.I)
_DATE = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d$")


def _district_re(name: str) -> str:
    return r"\s*-\s*".join(re.escape(part) for part in name.split("-"))


_DISTRICT_ALT = "|".join(_district_re(d) for d in sorted(DISTRICTS, key=len, reverse=True))
_STATED = re.compile(
    rf"(?P<a>{_DISTRICT_ALT})s?\s+stadsdelsområde|enhet(?:en)?\s+i\s+(?P<b>{_DISTRICT_ALT})", re.I
)
_MENTION = re.compile(rf"\b({_DISTRICT_ALT})", re.I)
_NAME = r"[A-ZÅÄÖ][\wåäöé]+(?:\s*-\s*[A-ZÅÄÖ][\wåäöé]+)*"
_MUNICIPALITY = re.compile(  # in a line: "Uppsala kommun", "Upplands-Bro kommun", "Göteborgs Stad"
    r"\b[A-ZÅÄÖ][\wåäö]+(?:-[A-ZÅÄÖ][\wåäö]+)? kommun\b|\b[A-ZÅÄÖ][\wåäö]+s [Ss]tad\b"
)


def _city_in(line: str) -> re.Match[str] | None:
    """A municipality named in a title-page line, or the line naming a city alone ("Malmö
    stad", see meta_title.CITY_LINE)."""
    return _MUNICIPALITY.search(line) or CITY_LINE.match(line)


_TITLE_PAGE_DISTRICT = re.compile(  # "Stadsdelsförvaltning Askim-Frölunda-Högsbo, Göteborgs Stad"
    rf"(?i:\bstadsdels(?:förvaltning|nämnd|område)(?:en|t)?)\s+(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})\s+(?i:stadsdels(?:förvaltning|nämnd|område)(?:en|t)?)\b"
)


def infer_meta(
    raw: Sequence[str],
    text: str,
    hints: TitleHints | None = None,
    *,
    margins: frozenset[int] = frozenset(),
) -> ReportMeta:
    """Metadata of one report from its raw lines (title page) and its cleaned, joined text.
    `margins` holds 0-based indices into `raw` of running headers/footers: a stated title there
    counts, but they are no title page for the generic title and date."""
    hints = hints or TitleHints()
    first = [clean_line(line)[0] for line in raw[:80]]
    stated = stated_report_title(first)
    if stated is not None:
        conf = {"doc_type": 1.0, "unit": 1.0, "title": 1.0, "year": 1.0 if stated.year else 0.0}
        meta = ReportMeta(stated.unit, UNKNOWN, stated.year, stated.doc_type, stated.title)
        return _finish(meta, conf, first, text, hints.file_name)
    page = ["" if i in margins else line for i, line in enumerate(raw)]
    return _finish(*_inferred(page, text, hints), first, text, hints.file_name)


def _inferred(
    raw: Sequence[str], text: str, hints: TitleHints
) -> tuple[ReportMeta, dict[str, float]]:
    head = head_of(raw)
    found = find_title(head, hints)
    title, title_conf = found if found else ("", 0.0)
    doc_type, type_conf = infer_type(title, head.lines, text)
    year, year_conf = infer_year(title, head.lines, text, doc_type)
    unit, unit_conf = infer_unit(head.lines, text, doc_type in ("VB", "VP"))
    conf = {"doc_type": type_conf, "year": year_conf, "unit": unit_conf, "title": title_conf}
    meta = ReportMeta(unit or UNKNOWN, UNKNOWN, year, doc_type, title)
    return meta, conf


def _finish(
    meta: ReportMeta, conf: dict[str, float], first: Sequence[str], text: str, file_name: str
) -> ReportMeta:
    """District, date and diarienummer added; weak fields made unknown; a title guaranteed."""
    district = _infer_district(text, conf, meta.doc_type in ("VB", "VP"), first[:40])
    date = next((t for t in first[:40] if _DATE.match(t)), None)
    dnr = next((m.group(1).rstrip(".") for t in first[:40] if (m := _DNR.search(t))), None)
    conf["date"] = 1.0 if date else 0.0
    conf["diarienummer"] = 1.0 if dnr else 0.0
    unit, year, doc_type = meta.unit, meta.year, meta.doc_type
    if conf["unit"] < KNOWN_AT:
        unit, conf["unit"] = UNKNOWN, 0.0
    if conf["year"] < KNOWN_AT:
        year, conf["year"] = None, 0.0
    if conf["doc_type"] < KNOWN_AT:
        doc_type, conf["doc_type"] = "rapport", 0.0
    if conf["district"] < KNOWN_AT:
        district, conf["district"] = UNKNOWN, 0.0
    title = meta.title
    if not title:
        title = compose_title(doc_type, year, unit)
        conf["title"] = min(conf["doc_type"], conf["year"], conf["unit"])
    if not title:  # nothing states a title: the file's name is what the user knows it by
        title, conf["title"] = file_name or "Namnlös rapport", 0.0
    return ReportMeta(unit, district, year, doc_type, title, date, dnr, conf)


def compose_title(doc_type: DocType, year: int | None, unit: str) -> str:
    """A readable title from known parts, e.g. "Verksamhetsplan 2020 för Familjestödsenheten";
    "" when the type or the unit is unknown (the caller then uses the file's name)."""
    if doc_type not in ("VB", "VP") or unit == UNKNOWN:
        return ""
    kind = "Verksamhetsberättelse" if doc_type == "VB" else "Verksamhetsplan"
    return f"{kind} {year if year else '(år okänt)'} för {unit}"


def _canon(name: str) -> str:
    """A Stockholm district's usual spelling, another city's as written (hyphens closed up)."""
    flat = re.sub(r"\s*-\s*", "-", name)
    return next((d for d in DISTRICTS if d.lower() == flat.lower()), flat)


def _infer_district(
    text: str, conf: dict[str, float], unit_report: bool, head: Sequence[str] = ()
) -> str:
    """The district a text states; one its title page (`head`) names as a stadsdel of any city
    ("Stadsdelsförvaltning Askim-Frölunda-Högsbo"); for a unit report one its addresses or
    places give; else the municipality its title page names ("Uppsala kommun")."""
    stated = Counter(_canon(m.group("a") or m.group("b")) for m in _STATED.finditer(text))
    if stated:
        conf["district"] = 0.9
        return stated.most_common(1)[0][0]
    named = (m for line in head if (m := _TITLE_PAGE_DISTRICT.search(line)))
    if (found := next(named, None)) is not None:
        conf["district"] = 0.8
        name = found.group("a") or re.sub(r"(?<=\w\w\w)s$", "", found.group("b"))  # "Angereds"
        return _canon(name)
    places = Counter(d for place, d in PLACES.items() if place in text)
    if places and unit_report:
        conf["district"] = 0.7
        return places.most_common(1)[0][0]
    town = next((m.group(0).strip() for line in head if (m := _city_in(line))), None)
    if town is not None:  # a city without stadsdelar: the municipality is where the unit is
        conf["district"] = 0.6
        return town
    mentions = Counter(_canon(m.group(1)) for m in _MENTION.finditer(text))
    if mentions:
        conf["district"] = 0.4
        return mentions.most_common(1)[0][0]
    conf["district"] = 0.0
    return UNKNOWN
