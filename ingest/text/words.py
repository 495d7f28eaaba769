"""Words and the one Swedish Snowball stemmer.

`tokens` is the answerer's tokenizer (letters and digits, hyphenated words kept whole); `stem`
is the Snowball Swedish stem shared by the lexical index, the answerer and the goal ledger.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["TOKEN", "normalize", "stem", "tokens"]

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
