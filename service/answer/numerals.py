"""Years and numbers said in words, as a dictating asker's phone writes them, in digits as the
reports write them: "tjugonitton", "tjugohundranitton" and "twenty nineteen" are 2019,
"tvåtusentjugoett" 2021, "åttiofyra procent" 84 procent, "tolv månader" 12 månader. A year
said in words is then a year asked about (report and follow-up years), a figure one the
reports' figures can meet.

Only forms that are numbers beyond doubt: a year is "tjugo", "tjugohundra" or "twenty" before
a number from ten to twenty-nine, or "tvåtusen"/"two thousand" before one up to twenty-nine; a
number is eleven to ninety-nine ("tolv", "fyrtiotvå", "forty-two"), or any before
"procent"/"percent" ("fem procent"). "en", "sex", "tio" alone stay words, as do "tjugotal",
"fjortonde" and "tolvåring". Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Said", "count_of", "in_digits"]

_SV_ONES = {"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7}
_SV_ONES |= {"åtta": 8, "nio": 9}
_SV_TEENS = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15}
_SV_TEENS |= {"sexton": 16, "sjutton": 17, "arton": 18, "aderton": 18, "nitton": 19}
_SV_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "förtio": 40, "femtio": 50, "sextio": 60}
_SV_TENS |= {"sjuttio": 70, "åttio": 80, "nittio": 90}
_EN_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_EN_ONES |= {"eight": 8, "nine": 9}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14}
_EN_TEENS |= {"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_EN_TENS |= {"eighty": 80, "ninety": 90}

_TENS = {**_SV_TENS, **_EN_TENS}
VALUES: dict[str, int] = {
    **_SV_ONES,
    **_SV_TEENS,
    **_SV_TENS,
    **_EN_ONES,
    **_EN_TEENS,
    **_EN_TENS,
}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_SV_NUMBER = rf"(?:(?:{_alt(_SV_TENS)})(?:{_alt(_SV_ONES)})?|{_alt(_SV_TEENS)}|{_alt(_SV_ONES)})"
_EN_NUMBER = rf"(?:(?:{_alt(_EN_TENS)})(?:[\s-]?(?:{_alt(_EN_ONES)}))?|{_alt(_EN_TEENS)}|"
_EN_NUMBER += rf"{_alt(_EN_ONES)})"
_NUMBER = rf"(?:{_SV_NUMBER}|{_EN_NUMBER})"
_END = r"(?![\wåäö-])"
_START = r"(?<![\wåäö-])"
YEAR = re.compile(
    rf"{_START}(?P<head>tjugo\s*hundra|tjugo|twenty|tvåtusen|två\s+tusen|two\s+thousand)"
    rf"(?:\s*(?:och|and)\s+|\s*)(?P<n>{_NUMBER}){_END}",
    re.IGNORECASE,
)
NUMBER = re.compile(
    rf"{_START}(?P<n>{_NUMBER}){_END}(?P<percent>\s+(?:procent|percent){_END})?", re.I
)


def value(words: str) -> int:
    """The number of one to ninety-nine said in `words` ("åttiofyra", "forty-two", "tolv")."""
    text = words.lower()
    for tens, n in _TENS.items():  # no tens word begins another
        if text.startswith(tens):
            rest = text[len(tens) :].strip(" -")
            return n + (VALUES[rest] if rest else 0)
    return VALUES[re.sub(r"\s+", " ", text)]


def count_of(word: str) -> int | None:
    """The number one word writes as a count: digits up to 999 (a year is no count), or two to
    ninety-nine in a single number word ("tio", "ten"; "en", "ett", "one" are articles as often
    as numbers); None else."""
    if word.isdigit():
        return int(word) if len(word) <= 3 else None
    n = VALUES.get(word.lower())
    return n if n is not None and n >= 2 else None


def _year(m: re.Match[str]) -> str | None:
    n = value(m.group("n"))
    thousand = not m.group("head").lower().startswith(("tjugo", "twenty"))
    least = 1 if thousand else 10  # "tjugotvå" is 22, "tvåtusentvå" 2002
    return str(2000 + n) if least <= n <= 29 else None


@dataclass(frozen=True, slots=True)
class Said:
    """A text with its spoken years and numbers in digits, and each (said, written) change."""

    text: str
    changes: tuple[tuple[str, str], ...] = ()


def in_digits(text: str) -> Said:
    """`text` with its years and numbers said in words in digits (see the module docstring)."""
    changes: list[tuple[str, str]] = []

    def year(m: re.Match[str]) -> str:
        said = _year(m)
        if said is None:
            return m.group(0)
        changes.append((m.group(0), said))
        return said

    def number(m: re.Match[str]) -> str:
        n = value(m.group("n"))
        if n <= 10 and not m.group("percent"):
            return m.group(0)
        changes.append((m.group("n"), str(n)))
        return str(n) + (m.group("percent") or "")

    return Said(NUMBER.sub(number, YEAR.sub(year, text)), tuple(changes))
