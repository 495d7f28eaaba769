"""Inferring report metadata (unit, district, year, type, title, date, diarienummer).

A stated title line ("Verksamhetsberättelse VB 2017 för Familjeenheten") gives unit, year and type
with confidence 1.0. Without one, each field is inferred from the text with a lower confidence:
statuses and "VB 20xx" suggest a report on a year, "Budget 20xx" a plan; the unit is the most
mentioned "...enheten"; the district comes from "X stadsdelsområde", "enheten i X", known
addresses and places, or plain mentions (in that order of trust).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.bundles import TITLE
from ingest.lines import clean_line
from ingest.types import DocType, ReportMeta

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
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_YEAR_PHRASE = re.compile(
    r"\b(?:under|för|inför|i|år|december|budget)\s+(?:år\s+)?((?:19|20)\d\d)\b", re.I
)
_UNIT = re.compile(r"\b((?:[A-ZÅÄÖa-zåäö]+-?\s+och\s+)?[A-ZÅÄÖa-zåäö]*[a-zåäö]enhet)(?:en|ens)\b")


def _district_re(name: str) -> str:
    return r"\s*-\s*".join(re.escape(part) for part in name.split("-"))


_DISTRICT_ALT = "|".join(_district_re(d) for d in sorted(DISTRICTS, key=len, reverse=True))
_STATED = re.compile(
    rf"(?P<a>{_DISTRICT_ALT})s?\s+stadsdelsområde|enhet(?:en)?\s+i\s+(?P<b>{_DISTRICT_ALT})", re.I
)
_MENTION = re.compile(rf"\b({_DISTRICT_ALT})", re.I)


def infer_meta(raw: Sequence[str], text: str) -> ReportMeta:
    """Metadata of one report from its raw lines (title page) and its cleaned, joined text."""
    head = [clean_line(line)[0] for line in raw[:80]]
    conf: dict[str, float] = {}
    doc_type, year, unit, title = _from_title(head, conf)
    if doc_type == "unknown":
        doc_type = _infer_type(text, conf)
    if year is None:
        year = _infer_year(text, doc_type, conf)
    if unit == UNKNOWN:
        unit = _infer_unit(text, conf)
    if not title:
        title = compose_title(doc_type, year, unit)
        conf["title"] = min(conf["doc_type"], conf["year"], conf["unit"])
    district = _infer_district(text, conf)
    date = next((t for t in head[:40] if _DATE.match(t)), None)
    dnr = next((m.group(1).rstrip(".") for t in head[:40] if (m := _DNR.search(t))), None)
    conf["date"] = 1.0 if date else 0.0
    conf["diarienummer"] = 1.0 if dnr else 0.0
    return ReportMeta(unit, district, year, doc_type, title, date, dnr, conf)


def compose_title(doc_type: DocType, year: int | None, unit: str) -> str:
    """A readable title from inferred parts, e.g. "Verksamhetsplan 2020 för Familjestödsenheten"."""
    kind = {"VB": "Verksamhetsberättelse", "VP": "Verksamhetsplan"}.get(doc_type, "Rapport")
    return f"{kind} {year if year else '(år okänt)'} för {unit}"


def _from_title(
    head: Sequence[str], conf: dict[str, float]
) -> tuple[DocType, int | None, str, str]:
    for text in head:
        match = TITLE.match(text)
        if not match or re.search(r"\|\s*\d+$|\.{3,}", text):
            continue
        doc_type: DocType = "VB" if match.group("kind").lower() == "berättelse" else "VP"
        years = _YEAR.findall(match.group("rest"))
        unit = match.group("unit").strip().rstrip(".")
        head_word = "Verksamhets" + match.group("kind").lower()
        title = f"{head_word}{match.group('rest')}för {unit}"
        conf.update(doc_type=1.0, unit=1.0, title=1.0, year=1.0 if years else 0.0)
        return doc_type, int(years[0]) if years else None, unit, title
    return "unknown", None, UNKNOWN, ""


def _infer_type(text: str, conf: dict[str, float]) -> DocType:
    lower = text.lower()
    vb = len(
        re.findall(r"uppfylls (?:helt|delvis|ej)|verksamhetsberättelse|periodens utfall", lower)
    )
    vp = len(re.findall(r"verksamhetsplan|periodicitet|\bbudget 20\d\d\b|\bkommer att\b", lower))
    if vb == vp:
        conf["doc_type"] = 0.0
        return "unknown"
    conf["doc_type"] = 0.7 if abs(vb - vp) >= 3 else 0.5
    return "VB" if vb > vp else "VP"


def _infer_year(text: str, doc_type: DocType, conf: dict[str, float]) -> int | None:
    budget = re.findall(r"\bBudget\s+((?:19|20)\d\d)\b", text)
    if budget:
        conf["year"] = 0.8
        return int(budget[-1])
    counts = Counter(int(y) for y in _YEAR_PHRASE.findall(text))
    if not counts:
        conf["year"] = 0.0
        return None
    conf["year"] = 0.6
    if doc_type == "VP":
        frequent = [y for y, n in counts.items() if n >= 2] or list(counts)
        return max(frequent)
    return counts.most_common(1)[0][0]


def _infer_unit(text: str, conf: dict[str, float]) -> str:
    counts = Counter(m.group(1).lower() for m in _UNIT.finditer(text))
    if not counts:
        conf["unit"] = 0.0
        return UNKNOWN
    name = counts.most_common(1)[0][0]
    name = re.sub(r"\s+", " ", name)
    conf["unit"] = 0.6
    return name[0].upper() + name[1:] + "en"


def _canon(name: str) -> str:
    flat = re.sub(r"\s*-\s*", "-", name).lower()
    return next(d for d in DISTRICTS if d.lower() == flat)


def _infer_district(text: str, conf: dict[str, float]) -> str:
    stated = Counter(_canon(m.group("a") or m.group("b")) for m in _STATED.finditer(text))
    if stated:
        conf["district"] = 0.9
        return stated.most_common(1)[0][0]
    places = Counter(d for place, d in PLACES.items() if place in text)
    if places:
        conf["district"] = 0.7
        return places.most_common(1)[0][0]
    mentions = Counter(_canon(m.group(1)) for m in _MENTION.finditer(text))
    if mentions:
        conf["district"] = 0.4
        return mentions.most_common(1)[0][0]
    conf["district"] = 0.0
    return UNKNOWN
