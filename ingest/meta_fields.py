"""Year, type and unit of a report from the evidence in its title, title page and text.

Each function returns (value, confidence). Strong statements win over counts in the body:

- type: "Verksamhetsberättelse"/"Verksamhetsplan" in the title (0.9) or on the title page (0.8),
  else the template's own marks in the body (fulfilment lines "Uppfylls helt/delvis/ej" for a
  report on a year, "Budget 20xx" lines for a plan) when they clearly outweigh each other (0.7).
  Anything else is an honest generic "rapport".
- year: the title's year (0.9), a "Budget 20xx" / "Verksamhetsplan 20xx" statement (0.8), a
  dated line on the title page of a document that is no unit report (0.8), else the year a unit
  report's body is written about (0.6). A body year of any other document is only a guess (0.4).
- unit: a title-page line that is a unit's name ("Familjeenheten", "Enheten för ...", "Avdelningen
  för ...", "Individ- och familjeomsorgen"), or, for a
  unit report only, a capitalised "<X>enheten" used as a name in its body (capitalised inside a
  sentence at least once, mentioned twice); never an abstract noun such as "Medvetenheten".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.classify import classify
from ingest.text.years import MONTHS_SV, alternation
from ingest.types import DocType

__all__ = ["infer_type", "infer_unit", "infer_year"]

_YEAR = re.compile(r"(?<![\d/:.-])((?:19|20)\d\d)(?!\d|\s*[:/]\s*\d)")
_NOT_THE_YEAR = re.compile(r"(?:agenda|vision|till|mot|senast|horisont|inför)\s*$", re.I)
_MONTHS = alternation(MONTHS_SV)
_DATED = re.compile(  # a title-page date (not a cited act's "av den 22 oktober 2014", a deadline)
    rf"(?<![\d-])((?:19|20)\d\d)-[01]\d-[0-3]\d(?![\d-])"
    rf"|(?<!av den )(?<!av )(?<!senast den )(?<!senast )"
    rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+((?:19|20)\d\d)\b"
    rf"|^(?:{_MONTHS})\s+((?:19|20)\d\d)$|^(?:Rapport|PM)\s+((?:19|20)\d\d):\d+\b",
    re.I,
)
_SIGNED = re.compile(  # a signature line of its own: "Stockholm den 3 maj 2022"
    rf"^[A-ZÅÄÖ][\wåäö]+\s+den\s+\d{{1,2}}\s+(?:{_MONTHS})\s+((?:19|20)\d\d)[.,]?[ \t]*$", re.M
)
_OPEN_END = re.compile(r"\b(?:den|senast|från|till|av|per|före|efter|med|och|samt)$", re.I)
_DATE_KEY = re.compile(r"^(?:date|datum)\s*:", re.I)  # front matter "date: 2021-04-01"
_RANGE = re.compile(r"(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b")
_STATED_YEAR = re.compile(
    r"\b(?:Budget|Verksamhetsberättelse|Verksamhetsplan)[ \t]+(?:för[ \t]+)?((?:19|20)\d\d)\b"
)
_YEAR_PHRASE = re.compile(
    r"\b(?:under|för|inför|i|år|december|budget)\s+(?:år\s+)?((?:19|20)\d\d)\b", re.I
)
_OWNERS = r"^\W*(?:[\wåäöÅÄÖ-]+s\s+){0,2}"  # "Socialnämndens ", "Malmö stads "
_VB_WORD = re.compile(rf"{_OWNERS}(?:verksamhets|års)berättelse(?:n)?\b", re.I)
_VP_WORD = re.compile(rf"{_OWNERS}verksamhetsplan(?:en)?\b", re.I)
_BUDGET_LINE = re.compile(r"^Budget\s+(?:19|20)\d\d$", re.I)
_VB_MARKS = re.compile(r"\bperiodens utfall\b", re.I)
_VP_MARKS = re.compile(r"\bperiodicitet\b", re.I)


def infer_type(title: str, head: Sequence[str], text: str) -> tuple[DocType, float]:
    """VB or VP on strong evidence, else ("rapport", 0.0)."""
    for where, confidence in (([title], 0.9), (head, 0.8)):
        vb = any(_VB_WORD.match(t) for t in where)
        vp = any(_VP_WORD.match(t) for t in where)
        if vb != vp:
            return ("VB" if vb else "VP"), confidence
    lines = text.split("\n")
    vb_marks = sum(classify(t).kind == "status" for t in lines) + len(_VB_MARKS.findall(text))
    vp_marks = sum(bool(_BUDGET_LINE.match(t)) for t in lines) + len(_VP_MARKS.findall(text))
    if max(vb_marks, vp_marks) >= 3 and max(vb_marks, vp_marks) >= 2 * min(vb_marks, vp_marks):
        return ("VB" if vb_marks > vp_marks else "VP"), 0.7
    return "rapport", 0.0


def title_year(title: str, dated: int | None = None) -> int | None:
    """The first year in a title that is not a reference ("2007:1244"), a target ("Agenda
    2030"), part of a period ("2021–2025"), or later than a year after the document's date."""
    periods = [m.span() for m in _RANGE.finditer(title)]
    for match in _YEAR.finditer(title):
        year = int(match.group(1))
        if _NOT_THE_YEAR.search(title[: match.start()]):
            continue
        if any(a <= match.start() < b for a, b in periods):
            continue  # "under 2020–2025": a period the document is about, not its year
        if dated is not None and year > dated + 1:
            continue
        return year
    return None


def dated_year(head: Sequence[str], text: str = "") -> int | None:
    """The year of the first date on the title page ("2021-03-15", "3 maj 2021", "Rapport
    2021:4"), else of a signature line in the text ("Stockholm den 3 maj 2021")."""
    previous = ""
    for line in head:
        continues = bool(_OPEN_END.search(previous))  # "... senast den" + "16 april 2020."
        previous = line
        if continues or not (line[:1].isupper() or line[:1].isdigit() or _DATE_KEY.match(line)):
            continue  # a sentence's continuation, not a dated line
        match = _DATED.search(line)
        if match:
            return int(next(g for g in match.groups() if g))
    signed = _SIGNED.search(text)
    return int(signed.group(1)) if signed else None


def infer_year(
    title: str, head: Sequence[str], text: str, doc_type: DocType
) -> tuple[int | None, float]:
    """(year, confidence) from title, stated budget/report years, dated lines, then the body."""
    dated = dated_year(head, text)
    year = title_year(title, dated)
    if year is not None:
        return year, 0.9
    stated = [int(y) for y in _STATED_YEAR.findall(text)]
    if stated and doc_type in ("VB", "VP"):
        return Counter(stated).most_common(1)[0][0], 0.8
    if dated is not None and doc_type not in ("VB", "VP"):
        return dated, 0.8
    return _body_year(text, doc_type, dated)


def _body_year(text: str, doc_type: DocType, dated: int | None) -> tuple[int | None, float]:
    counts = Counter(
        int(y) for y in _YEAR_PHRASE.findall(text) if dated is None or int(y) <= dated + 1
    )
    if not counts:
        return None, 0.0
    confidence = 0.6 if doc_type in ("VB", "VP") else 0.4
    if doc_type == "VP":
        frequent = [y for y, n in counts.items() if n >= 2] or list(counts)
        return max(frequent), confidence
    return counts.most_common(1)[0][0], confidence


_UNIT = re.compile(
    r"(?<![\wåäöÅÄÖ-])((?:[A-ZÅÄÖ][a-zåäö]+-\s+och\s+[a-zåäö]+)|[A-ZÅÄÖ][a-zåäö]{2,})"
    r"enhet(?:en|ens)\b"
)
_ABSTRACT = frozenset(
    {  # stems of abstract nouns "<adjective in -en>heten": medveten -> Medvetenheten
        *("medvet", "omedvet", "erfar", "oerfar", "öpp", "slut", "benäg", "förtrog", "beläg"),
        *("angeläg", "mog", "omog", "bund", "obund", "sammanhåll", "förmög", "trog", "vak"),
        *("tillgiv", "hängiv", "belåt", "förläg", "överlägs", "nak", "sorgs", "leds", "gal"),
        *("förmät", "inneslut", "tillbakadrag", "försigkomm", "förbund", "ovan", "förvån"),
    }
)
_MENTION = re.compile(r"\b([\wåäö]+-\s+och\s+[a-zåäö]+|[\wåäö]+)enhet(?:en|ens)\b", re.I)
_UNIT_LINE = re.compile(  # "Enheten för …", "Avdelningen för …", "Individ- och familjeomsorgen"
    r"^(?:Enheten|Avdelningen|Sektionen) för [a-zåäö][\w ,-]{2,60}$"
    r"|^[A-ZÅÄÖ][a-zåäö]+(?:-\s+och\s+[a-zåäö]+)?(?:omsorgen|avdelningen|sektionen|mottagningen)$"
)


def infer_unit(head: Sequence[str], text: str, unit_report: bool) -> tuple[str | None, float]:
    """A recognised unit name and its confidence, or (None, 0.0). Only a unit report (VB/VP)
    is attributed to a unit its body names; any other document only to one its title page names
    on a line of its own."""
    for line in head:
        match = _UNIT.fullmatch(line)
        if _UNIT_LINE.match(line) or (match and match.group(1).lower() not in _ABSTRACT):
            return line, 0.8
    if not unit_report:
        return None, 0.0
    named: set[str] = set()
    for match in _UNIT.finditer(text):
        stem = match.group(1)
        if stem.lower() in _ABSTRACT or not _mid_sentence(text, match.start()):
            continue
        named.add(re.sub(r"\s+", " ", stem.lower()))
    counts = Counter(re.sub(r"\s+", " ", m.group(1).lower()) for m in _MENTION.finditer(text))
    ranked = [(counts[s], s) for s in named if counts[s] >= 2]
    if not ranked:
        return None, 0.0
    stem = max(ranked)[1]
    return stem[0].upper() + stem[1:] + "enheten", 0.6


def _mid_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` follows a word of the same sentence (so its capital is a
    name's capital, not a sentence's)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and (before[-1].isalnum() or before[-1] in ",(")
