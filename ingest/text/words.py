"""Words and the one Swedish Snowball stemmer.

`tokens` is the answerer's tokenizer (letters and digits, hyphenated words kept whole); `stem`
is the Snowball Swedish stem shared by the lexical index, the answerer and the goal ledger.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["TOKEN", "indefinite", "normalize", "stem", "tokens"]

TOKEN = re.compile(r"[0-9a-zà-öø-ÿ]+(?:-[0-9a-zà-öø-ÿ]+)*", re.IGNORECASE)
"""A word token: letters (Latin-1 range) and digits, hyphenated words kept whole."""


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (hyphenated words kept whole)."""
    return [w.lower() for w in TOKEN.findall(text)]


def normalize(text: str) -> str:
    """Lower case with runs of whitespace collapsed: the form phrases are matched in."""
    return " ".join(text.lower().split())


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
