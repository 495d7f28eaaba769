"""Words and the one Swedish Snowball stemmer.

`tokens` is the answerer's tokenizer (letters and digits, hyphenated words kept whole); `stem`
is the Snowball Swedish stem shared by the lexical index, the answerer and the goal ledger.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

__all__ = [
    "TOKEN",
    "acronym_form",
    "fold",
    "indefinite",
    "normalize",
    "stem",
    "tokens",
    "undefined",
]

TOKEN = re.compile(r"[0-9a-zà-öø-ÿ]+(?:[-‐‑–][0-9a-zà-öø-ÿ]+)*", re.IGNORECASE)
"""A word token: letters (Latin-1 range) and digits, hyphenated words kept whole, also when
typeset with an en dash or a Unicode hyphen ("dag 1–14", as a word processor writes it)."""
_DASHES = str.maketrans("‐‑–", "---")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (hyphenated words kept whole, every dash joining two of them
    written as "-": "1–14" is the reports' "1-14")."""
    return [w.lower().translate(_DASHES) for w in TOKEN.findall(text)]


def normalize(text: str) -> str:
    """Lower case with runs of whitespace collapsed: the form phrases are matched in."""
    return " ".join(text.lower().split())


_FOLD = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")


def fold(text: str) -> str:
    """`text` as typed on a keyboard without Swedish letters: å and ä as a, ö as o, é as e
    ("klagomål" -> "klagomal", "på" -> "pa")."""
    return text.translate(_FOLD)


@lru_cache(maxsize=1)
def _stemmer() -> Callable[[str], str]:
    import Stemmer

    stemmer = Stemmer.Stemmer("swedish")
    return stemmer.stemWord  # type: ignore[no-any-return]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball Swedish stem of one lower-cased word."""
    return _stemmer()(word)


MIN_INDEFINITE = 4
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def indefinite(word_stem: str) -> str | None:
    """The indefinite form of a definite neuter noun the stemmer leaves whole ("jourhemmet" ->
    "jourhem", "barnet" -> "barn", "programmet" -> "program"; Snowball strips "-et" after some
    letters only), a doubled last consonant undone; None unless it ends in "-et" and keeps
    MIN_INDEFINITE letters. A prefix of the word, so it finds what the word finds and more."""
    if not word_stem.endswith("et"):
        return None
    base = word_stem[:-2]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] in _CONSONANTS:
        base = base[:-1]
    return base if len(base) >= MIN_INDEFINITE else None


MIN_UNDEFINED = 5


def undefined(word: str) -> str:
    """A lower-cased noun or name without its definite singular ending, as the indefinite and
    the head of a compound write it: "kronofogden" -> "kronofogd" (in "kronofogdemyndigheten"),
    "familjeenheten" -> "familjeenhet", "barnahuset" -> "barnahus" (see indefinite); the word
    itself when it has no such ending or fewer than MIN_UNDEFINED letters would be left. A
    prefix of the word, so it finds what the word finds and more."""
    if word.endswith("en") and len(word) - 2 >= MIN_UNDEFINED:
        return word[:-2]
    base = indefinite(word)
    return base if base is not None and len(base) >= MIN_UNDEFINED else word


ACRONYM_SHARE = 0.75


def acronym_form(word: str, texts: Iterable[str]) -> str | None:
    """How texts write a word they write as an acronym, with two capitals or more ("BBIC",
    "BoU"), in ACRONYM_SHARE of its occurrences or more (as a whole word, also before a
    hyphen: "SIP-möten"), its commonest such form: how a word typed in lower case ("bbic") is
    meant; None otherwise."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", re.IGNORECASE)
    forms = Counter(m.group(0) for text in texts for m in pattern.finditer(text))
    if not forms:
        return None
    capitalised = Counter({f: n for f, n in forms.items() if sum(c.isupper() for c in f) >= 2})
    if capitalised.total() < ACRONYM_SHARE * forms.total():
        return None
    return capitalised.most_common(1)[0][0]
