"""Acronyms the reports define, so a question naming the long form finds the short one.

Reports introduce an acronym once and use it after: "Relationsvåldscentrum Väst (RVC)" and then
"RVC Väst bedriver verksamheten på Stormbyvägen 2-4". A question asking "På vilken adress håller
Relationsvåldscentrum Väst till?" must find the sentence that says "RVC". The definitions are read
from the candidate passages of the question (the long form retrieves its definition), so nothing
is stored and a report's own acronyms serve its own questions. An acronym of several words
("Samordnad individuell plan (SIP)") is read from all reports instead (see defined_phrases): a
report may write "SIP" only, defined in another. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.text.stopwords import STOPWORDS
from ingest.text.words import stem, tokens
from service.answer.lexicon import PHRASE_GLUE
from service.answer.text import WHOLE_WORD

if TYPE_CHECKING:
    from service.answer.presence import Variants

__all__ = [
    "abbreviates",
    "acronym_variants",
    "defined_acronyms",
    "defined_phrases",
    "is_acronym",
    "phrase_acronyms",
    "spelled_out",
    "spells_out",
    "typed_acronym",
    "without_long_forms",
]

MAX_ACRONYM = 6


def is_acronym(word: str) -> bool:
    """A word of at most MAX_ACRONYM letters written in capitals ("SIP", "FREDA"), or with a
    capital first and another inside ("RoS", "SiS", "FoU")."""
    if len(word) > MAX_ACRONYM or not word.isalpha():
        return False
    return word.isupper() or (word[0].isupper() and sum(ch.isupper() for ch in word) >= 2)


_VOWELLESS = re.compile(r"[b-df-hj-np-tv-xz]{3,6}", re.IGNORECASE)
_MEASURES = frozenset({"tkr", "mkr", "mnkr", "dvs", "ggr", "ggn", "dnr", "https"})


def typed_acronym(word: str) -> bool:
    """A lower-case word of three to six consonants and no vowel ("sms", "hvb"): an acronym
    typed in lower case (Swedish words have vowels), not an abbreviation ("tkr", "dvs")."""
    return word.islower() and bool(_VOWELLESS.fullmatch(word)) and word not in _MEASURES


def spelled_out(words: Sequence[str], acronym: str) -> str | None:
    """The words ending `words` whose first letters spell `acronym`, the long form a text
    defines it by ("Respekt och självrespekt (RoS)", "Signs of Safety (SoS)"); None when the
    words before it do not spell it."""
    n = len(acronym)
    tail = list(words[-n:]) if n else []
    if len(tail) < n or "".join(w[0] for w in tail).lower() != acronym.lower():
        return None
    return " ".join(tail)


def spells_out(sentence: str, acronym: str) -> bool:
    """Whether a sentence writes the words an acronym stands for next to it: before it
    ("Parenting Young Children (PYC)") or after it ("UBARA (Utveckla, Behålla, Rekrytera,
    …)", "SIP, samordnad individuell plan"), their first letters spelling it, with or without
    the small words between them ("Barn och ungdom (BoU)", "Alternativ till våld (ATV)")."""
    words = tokens(sentence)
    n = len(acronym)
    for i, word in enumerate(words):
        if word.lower() != acronym.lower():
            continue
        before, after = words[:i], words[i + 1 :]
        for run_before, run_after in ((before, after), (_content(before), _content(after))):
            if spelled_out(run_before[-n:], acronym) or spelled_out(run_after[:n], acronym):
                return True
    return False


def _content(words: Sequence[str]) -> list[str]:
    """`words` without the small words a long form may hold (see PHRASE_GLUE)."""
    return [w for w in words if w.lower() not in PHRASE_GLUE]


_DEFINITION = re.compile(r"([\w-]+)(?:\s+([\w-]+))?\s*\(\s*([A-ZÅÄÖ]{2,6})\s*\)")
MIN_LONG = 8
"""A word an acronym abbreviates is a compound at least this long ("Relationsvåldscentrum")."""


def abbreviates(word: str, acronym: str) -> bool:
    """Whether an acronym abbreviates one word: it starts with the acronym's first letter and
    holds its letters in order ("Relationsvåldscentrum" for RVC; "Samordnad" is not SIP)."""
    lowered, letters = word.lower(), acronym.lower()
    if len(lowered) < MIN_LONG or not lowered.startswith(letters[0]):
        return False
    at = 0
    for letter in letters[1:]:
        at = lowered.find(letter, at + 1)
        if at < 0:
            return False
    return True


def defined_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Stem of a word -> the acronym a text defines for it, lower-cased: "Relationsvåldscentrum
    (RVC)" or "Relationsvåldscentrum Väst (RVC)", the word being one of the two before the
    parenthesis that the acronym abbreviates (see abbreviates). Acronyms of several words
    ("Samordnad individuell plan (SIP)") stand for a phrase, not a word, and are left out. A
    word defined twice keeps its first acronym."""
    found: dict[str, str] = {}
    for text in texts:
        for word_stem, acronym in _defined_in(text):
            found.setdefault(word_stem, acronym)
    return found


@lru_cache(maxsize=16_384)
def _defined_in(text: str) -> tuple[tuple[str, str], ...]:
    """(stem, acronym) of each definition in one text, in order (remembered per passage)."""
    pairs = []
    for match in _DEFINITION.finditer(text):
        acronym = match.group(3)
        before = [w for w in (match.group(2), match.group(1)) if w]
        word = next((w for w in before if abbreviates(w, acronym)), None)
        if word is not None:
            pairs.append((stem(word.lower()), acronym.lower()))
    return tuple(pairs)


def acronym_variants(stems: Iterable[str], acronyms: Mapping[str, str]) -> Variants:
    """Each stem (of a topic or key word) with a defined acronym, as that acronym (a whole
    word; see presence.Variants)."""
    return {s: ((acronyms[s] + WHOLE_WORD,),) for s in stems if s in acronyms}


_PHRASE_DEFINITION = re.compile(
    rf"((?:[\w-]+\s+){{2,{MAX_ACRONYM}}})\(\s*([A-ZÅÄÖ]\w{{1,{MAX_ACRONYM - 1}}})\s*\)"
)
LongForm = tuple[str, ...]
"""The stems of a long form's words, in order ("samordn", "individuell", "plan")."""


def defined_phrases(texts: Iterable[str]) -> dict[LongForm, str]:
    """The long forms of several words texts define an acronym by, as stems -> the acronym:
    "Samordnad individuell plan (SIP)" and "samordnade individuella planer (SIP)" give
    ("samordn", "individuell", "plan") -> "SIP" (the words before the parenthesis spelling it,
    see spelled_out). A long form with a stopword ("Barn och ungdom (BoU)") also says other
    things than the name ("barn och ungdomar") and is left out; the first definition wins."""
    found: dict[LongForm, str] = {}
    for text in texts:
        for match in _PHRASE_DEFINITION.finditer(text):
            acronym = match.group(2)
            words = spelled_out(match.group(1).split(), acronym) if is_acronym(acronym) else None
            parts = tokens(words or "")
            if len(parts) > 1 and not any(w.lower() in STOPWORDS for w in parts):
                found.setdefault(tuple(stem(w.lower()) for w in parts), acronym)
    return found


def phrase_acronyms(text: str, defined: Mapping[LongForm, str]) -> list[str]:
    """The acronyms whose long form `text` says, in any inflection ("samordnade individuella
    planer" says SIP; see defined_phrases)."""
    stems = tuple(stem(w.lower()) for w in tokens(text))
    said = []
    for form, acronym in defined.items():
        n = len(form)
        if any(stems[i : i + n] == form for i in range(len(stems) - n + 1)):
            said.append(acronym)
    return said


_LONG_FORM = re.compile(r"(?:\b[A-ZÅÄÖ][\w-]*\s+){1,5}\(\s*[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}\s*\)")


def without_long_forms(text: str) -> str:
    """`text` with each run of capitalised words an acronym after them abbreviates blanked,
    the acronym with it ("Samordnad Individuell Plan (SIP)"): the name of a thing, which a
    reader of person names leaves out (see expectations._person_names)."""
    return _LONG_FORM.sub(" ", text)
