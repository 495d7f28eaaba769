"""A key term and how it is found in text: its display form, its words (for the posting lists),
and a pattern that finds it with spelling variants (case, inflection suffixes, hyphen, space,
quotes or "/" between parts); `KeyTerms` are a question's terms as alternatives (see
service.answer.keyterms, which reads them from questions). Pure data and functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text.words import stem, undefined
from service.answer.acronyms import is_acronym
from service.answer.lexicon import PHRASE_GLUE

__all__ = ["KeyTerms", "Term", "make_term"]

_LETTER = "0-9a-zà-öø-ÿ"


@dataclass(frozen=True, slots=True)
class Term:
    """One key term: its display form, its words, and a pattern matching it in text (any case
    but a genitive's "s", see GENITIVE_ACRONYM)."""

    display: str
    words: tuple[str, ...]
    pattern: re.Pattern[str]

    def found_in(self, text: str) -> bool:
        return self.pattern.search(text) is not None


@dataclass(frozen=True, slots=True)
class KeyTerms:
    """The key terms of a question as alternatives ("barnombud eller barnrättsombud": either
    will do; all terms of one alternative are required), whether they are names (vs rare
    words), and whether some alternative has no key term (a descriptive part, matched by
    meaning: "underskott eller en ekonomi i obalans")."""

    alternatives: tuple[tuple[Term, ...], ...]
    named: bool
    descriptive: bool = False

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(t for alt in self.alternatives for t in alt)

    @property
    def display(self) -> str:
        return self.joined()

    def joined(self, either: str = "eller", both: str = "och") -> str:
        """The alternatives joined ("barnombud eller barnrättsombud"; in English "or", "and"),
        an acronym left out when another names it ("Respekt och självrespekt (RoS)"), a wording
        written twice named once."""
        shown = [f" {both} ".join(t.display for t in alt) for alt in self.alternatives]
        kept = [d for d in shown if not any(d != o and f"({d})" in o for o in shown)]
        once: dict[str, str] = {}  # "RVC or RVC": one is enough
        for d in kept:
            once.setdefault(d.casefold(), d)
        return f" {either} ".join(once.values())

    @property
    def required(self) -> tuple[Term, ...]:
        """The terms a passage must contain: those every alternative holds, each, and of the
        others one term found where any of them is (a passage about Familjeresursen's "RoS"
        needs "Familjeresursen" and "RoS" or "Respekt och självrespekt")."""
        if len(self.alternatives) < 2:
            return self.terms
        first, *others = self.alternatives
        common = tuple(t for t in first if all(t in alt for alt in others))
        rest = tuple(dict.fromkeys(t for t in self.terms if t not in common))
        if not rest:
            return common
        pattern = "|".join(f"(?:{t.pattern.pattern})" for t in rest)
        words = tuple(dict.fromkeys(w for t in rest for w in t.words))
        display = " eller ".join(t.display for t in rest)
        return (*common, Term(display, words, re.compile(pattern, re.IGNORECASE)))


MIN_TAIL = 5


def _tail(word: str) -> str:
    """What may stand before a lower-case part after a hyphen of MIN_TAIL letters or more: the
    head of a compound it ends ("frågorna" in "kortfrågor")."""
    return rf"[{_LETTER}]*?" if len(word) >= MIN_TAIL else ""


GENITIVE_ACRONYM = 4
"""Acronyms this long or longer are also found in the genitive without a colon ("FREDAs",
"BBICs"), by a lower-case "s" ("ANDTS" is another acronym); a shorter one plus "s" may be
another acronym ("LS", "LSS"). Terms are matched in the text as written (IGNORECASE)."""


def _part_pattern(word: str, exact: bool) -> str:
    """A word as a regex: an acronym whole, in the genitive (see GENITIVE_ACRONYM), before a
    hyphen ("FREDA-kortfrågor") or extended by capitals and a plus ("HBTQIA+"); a word of a
    name as written, less a definite ending (see ingest.text.words.undefined), plus any ending
    ("Barnahus" finds "Barnahuset", "Kronofogden" "Kronofogdemyndigheten", "Tryggare" not
    "trygga"); another word by its stem plus any ending."""
    lowered = word.lower()
    if is_acronym(word):
        genitive = "(?-i:s)|" if len(word) >= GENITIVE_ACRONYM else ""  # "FREDAs", not "ANDTS"
        extended = r"(?-i:[A-ZÅÄÖ]{0,3})\+|"  # "HBTQ" in "HBTQI+", "HBTQIA+"
        return re.escape(lowered) + rf"(?:{extended}{genitive}[-–:][{_LETTER}]*)?(?![{_LETTER}])"
    return re.escape(_root(lowered, exact)) + rf"[{_LETTER}]*"


def _root(lowered: str, exact: bool) -> str:
    """What a lower-cased word of a term is found by: a name's word as written less a definite
    ending ("Kronofogden" in "Kronofogdemyndigheten"), another word by its stem."""
    if exact:
        return undefined(lowered)
    return stem(lowered) if len(lowered) > 3 else lowered


MIN_INSIDE = 5
"""Letters a term's first word is found by (its stem or name) for it to be found inside a
compound too: fewer match inside unrelated words ("ment" in "dokumentation")."""


def make_term(display: str, *, exact: bool = False) -> Term:
    """A term from a name (`exact`: its words as written, but a lower-case part after a hyphen
    by its stem, also as a compound's tail: "FREDA-kortfrågorna" finds "FREDA kortfrågor",
    "FREDA-frågorna" finds "FREDA-kortfrågor"; "Skilda världar" stays as written) or a
    rare word (by its stem); glue words ("of") must stand between parts. A term found by
    MIN_INSIDE letters or more may also end a compound ("Komet" in "Tonårskomet"); a shorter
    one starts a word ("mentor", found by "ment", is not inside "implementering")."""
    tokens = [t for t in re.split(r"[\s\-–]+", display.strip()) if t]
    inflected = {
        m.group(1) for m in re.finditer(r"[\-–]([^\s\-–]+)", display) if m.group(1).islower()
    }
    parts = [
        f"(?:{re.escape(t.lower())}|/)?"
        if t.lower() in PHRASE_GLUE
        else _tail(t) + _part_pattern(t, exact=False)
        if t in inflected
        else _part_pattern(t, exact)
        for t in tokens
    ]
    body = r"[\s\-–/\"'“”’]*".join(parts)  # "Trappan"-samtal: quotes between parts too
    short = len(_root(tokens[0].lower(), exact)) < MIN_INSIDE
    prefix = "" if is_acronym(tokens[0]) or short else rf"[{_LETTER}]*?"
    pattern = re.compile(rf"(?<![{_LETTER}]){prefix}{body}", re.IGNORECASE)
    words = tuple(t.lower() for t in tokens if t.lower() not in PHRASE_GLUE)
    return Term(display.strip(), words, pattern)
