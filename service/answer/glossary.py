"""A small English -> Swedish glossary of the reports' domain, so English questions find the
Swedish wording (the corpus is Swedish). Pure data plus one pure function."""

from __future__ import annotations

import re

__all__ = ["GLOSSARY", "to_swedish"]

GLOSSARY: dict[str, str] = {
    "domestic violence": "våld i nära relationer",
    "violence in close relationships": "våld i nära relationer",
    "intimate partner violence": "våld i nära relationer",
    "child participation": "barns delaktighet",
    "children's participation": "barns delaktighet",
    "participation": "delaktighet",
    "foster homes": "familjehem",
    "foster home": "familjehem",
    "foster care": "familjehem",
    "foster families": "familjehem",
    "sick leave": "sjukfrånvaro",
    "sickness absence": "sjukfrånvaro",
    "evictions": "vräkningar",
    "eviction": "vräkningar",
    "homelessness": "hemlöshet",
    "substance abuse": "missbruk",
    "addiction": "missbruk",
    "drugs": "droger",
    "gambling": "spel",
    "budget": "budget",
    "economy": "ekonomi",
    "finances": "ekonomi",
    "children": "barn",
    "child": "barn",
    "young people": "unga",
    "youth": "unga",
    "parents": "föräldrar",
    "families": "familjer",
    "family": "familj",
    "staff": "medarbetare",
    "employees": "medarbetare",
    "training": "utbildning",
    "education": "utbildning",
    "school": "skola",
    "employment": "sysselsättning",
    "elderly": "äldre",
    "disability": "funktionsnedsättning",
    "disabilities": "funktionsnedsättning",
    "goals": "mål",
    "goal": "mål",
    "investigations": "utredningar",
    "investigation": "utredning",
    "safety planning": "säkerhetsplanering",
    "honour-related violence": "hedersrelaterat våld",
    "honor-related violence": "hedersrelaterat våld",
    "unaccompanied minors": "ensamkommande",
    "placements": "placeringar",
    "placement": "placering",
    "digitalisation": "digitalisering",
    "digitalization": "digitalisering",
    "work environment": "arbetsmiljö",
}
_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(GLOSSARY, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def to_swedish(text: str) -> str:
    """`text` with the glossary's English terms replaced by their Swedish wording."""
    return _PATTERN.sub(lambda m: GLOSSARY[m.group(1).lower()], text)
