"""How a text names a unit or a district of the served reports: in any inflection, in other
words, by initials or shorthand, a part of a hyphenated district or a municipality's city; and
the text without those names. Pure functions over text and names; which reports a question
picks out by them is service.answer.who."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ingest.meta import DISTRICTS
from ingest.text.stopwords import STOPWORDS
from ingest.text.words import stem, undefined
from ingest.types import ReportMeta

__all__ = [
    "city_of",
    "district_named",
    "districts_in",
    "is_place",
    "is_unit_word",
    "unit_acronym",
    "unit_named",
    "unit_shorthand",
    "without_who",
]


def unit_named(lowered: str, unit: str) -> bool:
    """Whether a lower-cased question names a unit in any inflection (Familjeenhet-en/-ens), in
    other words with all of the name's own words ("enheten för biståndsbedömning inom
    funktionsnedsättning" for "Biståndsbedömning, funktionsnedsättning"), or by the initials
    of its name ("BoU" for "Barn- och ungdomsenheten", see unit_acronym)."""
    root = _name_root(unit)
    if root and root in lowered:
        return True
    acronym = _acronym_pattern(unit)
    if acronym is not None and acronym.search(lowered):
        return True
    words = _unit_words(unit)
    return len(words) >= 2 and all(_starts_word(w).search(lowered) for w in words)


MIN_UNIT_ACRONYM = 3


@lru_cache(maxsize=4096)
def unit_acronym(unit: str) -> str:
    """The lower-cased initials of a unit name of MIN_UNIT_ACRONYM words or more, as staff
    shorten it ("bou" for "Barn- och ungdomsenheten"); "" for a shorter name."""
    words = re.findall(r"[^\W\d_]+", unit.lower())
    return "".join(w[0] for w in words) if len(words) >= MIN_UNIT_ACRONYM else ""


_GLUE = frozenset(["och", "för", "i", "inom", "av", "med"])


_FOR_UNIT = re.compile(r"enheten\s+för\s+([^\W\d_]{4,})", re.IGNORECASE)


def unit_compound(unit: str) -> str:
    """The first word of a name "Enheten för X …", lower-cased, that staff join into one word
    with "enheten" ("sysselsättningsenheten" for "Enheten för sysselsättning",
    "preventionsenheten" for "Enheten för prevention och familjebehandling"); "" for other
    names."""
    found = _FOR_UNIT.match(unit.strip())
    return found.group(1).lower() if found else ""


@lru_cache(maxsize=4096)
def unit_shorthand(unit: str) -> str:
    """A unit name ending in "enheten" shortened as staff write it: the initials of its other
    words before "-enheten" ("bu-enheten" for "Barn- och ungdomsenheten"); "" when fewer than
    two initials remain."""
    words = [w for w in re.findall(r"[^\W\d_]+", unit.lower()) if w not in _GLUE]
    if not words or not words[-1].endswith("enheten"):
        return ""
    initials = "".join(w[0] for w in words if not w.startswith("enhet"))
    return f"{initials}-enheten" if len(initials) >= 2 else ""


@lru_cache(maxsize=4096)
def _acronym_pattern(unit: str) -> re.Pattern[str] | None:
    """The unit's initials (see unit_acronym) as a whole word, in any case, also in the
    genitive ("BoU", "BoUs"), its shorthand ("bu-enheten", see unit_shorthand) or its name
    as one compound ("sysselsättningsenheten", see unit_compound); None for a unit without
    any."""
    forms = [re.escape(f) for f in (unit_acronym(unit), unit_shorthand(unit)) if f]
    forms += [rf"{re.escape(w)}s?enhet(?:en)?" for w in [unit_compound(unit)] if w]
    if not forms:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})s?(?![\w-])", re.IGNORECASE)


def district_named(lowered: str, district: str) -> bool:
    """Whether a lower-cased question names a (known) district, or the city of a municipality
    ("i Lund", "Malmös" for "Lunds kommun", "Malmö stad"; see city_of)."""
    name = district.lower()
    if len(name) <= 3 or name == "unknown":
        return False
    city = city_of(district)
    if name in lowered or (city is not None and city.search(lowered) is not None):
        return True
    part = _part_pattern(name)
    return part is not None and part.search(lowered) is not None


MIN_DISTRICT_PART = 4


@lru_cache(maxsize=4096)
def _part_pattern(name: str) -> re.Pattern[str] | None:
    """A part of a hyphenated district name as a whole word, also in the genitive, as staff
    type it ("spånga tensta", "i Hägersten", "Liljeholmens"); None for a one-word name."""
    parts = [p for p in name.split("-") if len(p) >= MIN_DISTRICT_PART]
    if "-" not in name or not parts:
        return None
    alternatives = "|".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<![\w-])(?:{alternatives})s?(?![\w-])")


_MUNICIPALITY = re.compile(r"^(?P<city>[^\W\d_][\w-]+?)s?\s+(?:kommun|stad)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def city_of(district: str) -> re.Pattern[str] | None:
    """How a question names the city of a municipality report ("Lunds kommun" -> "Lund",
    "Lunds"; "Malmö stad" -> "Malmö"; "Västerås stad" -> "Västerås"), in any case; None for
    a district that is not a municipality ("Kungsholmen")."""
    match = _MUNICIPALITY.match(district.strip())
    if match is None or len(match.group("city")) < 3:
        return None
    return re.compile(rf"(?<![\w-]){re.escape(match.group('city'))}s?(?![\w-])", re.IGNORECASE)


def districts_in(text: str) -> int:
    """How many of Stockholm's districts (ingest.meta.DISTRICTS) a text names."""
    lowered = text.lower()
    return sum(district_named(lowered, d) for d in DISTRICTS)


_PLACE_PARTS = frozenset(
    {part.lower() for district in DISTRICTS for part in district.split("-")}
    | {"stockholm", "sverige", "sweden", "landet"}
)


def is_place(name: str) -> bool:
    """Whether a word or name is a district, a part of one or Stockholm, in any case and also
    in the genitive ("Kungsholmens", "Spånga-Tensta", "Kista"): where something is, never
    what a question asks about."""
    parts = name.lower().split("-")
    return all(part.rstrip("s") in _PLACE_PARTS or part in _PLACE_PARTS for part in parts)


def _name_root(name: str) -> str:
    """A unit's or district's name without its definite ending, so that every inflection
    matches ("Familjeenhet" for Familjeenheten/-ens); "" for a name too short to tell."""
    lowered = name.lower()
    root = undefined(lowered)
    return root if len(root) > 5 and lowered != "unknown" else ""


def without_who(question: str, metas: Iterable[ReportMeta]) -> str:
    """The question without the units and districts it names, in any inflection: they say
    whose report answers (the `named` feature), not what the answer is about, so their words
    ("Barn- och ungdomsenheten", "Hägersten-Liljeholmen") are neither topic nor key terms."""
    metas = list(metas)
    roots = {_name_root(n) for m in metas for n in (m.unit, m.district)} - {""}
    out = question
    for root in sorted(roots, key=len, reverse=True):
        out = re.sub(re.escape(root) + r"[\w-]*", " ", out, flags=re.IGNORECASE)
    for city in {c for m in metas if (c := city_of(m.district)) is not None}:
        out = city.sub(" ", out)
    for words in {_unit_words(m.unit) for m in metas}:
        if len(words) >= 2 and all(_starts_word(w).search(out) for w in words):
            for start, end in sorted(_closest(words, out), reverse=True):  # reworded: "enheten
                out = (
                    f"{out[:start]} {out[end:]}"  # för biståndsbedömning inom funktionsnedsättning"
                )
    for acronym in {a for m in metas if (a := _acronym_pattern(m.unit)) is not None}:
        out = acronym.sub(" ", out)
    units = {m.unit.lower() for m in metas}
    return _SHORT_NAME.sub(lambda m: " " if _shortens(m.group(1), units) else m.group(0), out)


_SHORT_NAME = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{5,})s?(?![\w-])")


def _shortens(word: str, units: set[str]) -> bool:
    """Whether a capitalised word is a unit's short name: the start of one's name before
    "enhet" ("Familjestöd" for "Familjestödsenheten")."""
    lowered = word.lower()
    return any(
        u.startswith(lowered) and u[len(lowered) :].lstrip("s").startswith("enhet") for u in units
    )


def _unit_words(unit: str) -> tuple[str, ...]:
    """The stems of a unit name's own words ("Biståndsbedömning, funktionsnedsättning"), without
    "enhet" and function words."""
    found = re.findall(r"[^\W\d_]+", unit.lower())
    return tuple(
        stem(w) for w in found if len(w) >= 4 and not w.startswith("enhet") and w not in STOPWORDS
    )


def _closest(words: Sequence[str], text: str) -> set[tuple[int, int]]:
    """The spans of one occurrence of each word (a stem starting a word) lying closest together
    in `text`: a reworded unit name ("the unit for stöd och service i hemmet"), not the same
    words elsewhere in the question ("stödboende", "service flats")."""
    spans = [[m.span() for m in _starts_word(w).finditer(text)] for w in words]
    best: tuple[int, set[tuple[int, int]]] | None = None
    for anchor in (a for found in spans for a in found):
        picked = {min(found, key=lambda s: abs(s[0] - anchor[0])) for found in spans}
        width = max(b for _, b in picked) - min(a for a, _ in picked)
        if best is None or width < best[0]:
            best = (width, picked)
    return best[1] if best else set()


def _starts_word(word_stem: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word_stem)}[\w-]*", re.IGNORECASE)


def is_unit_word(word: str) -> bool:
    """Unit and place words name who, not what ("Familjeenhetens", "Kungsholmens")."""
    lowered = word.lower()
    return lowered.endswith(("enheten", "enhetens", "enheterna", "enheternas")) or is_place(word)
