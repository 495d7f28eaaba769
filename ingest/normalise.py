"""Character normalisation of extracted text: what PDF producers and word processors emit.

Browsers' print-to-PDF, Word's "save as PDF" and publishing tools write compatibility ligatures
("ﬀ", "ﬁ", "ﬂ" ...), soft hyphens, no-break hyphens, no-break and zero-width spaces and
typographic apostrophes; a search for "samverkansträffar" must still find the extracted
"samverkansträﬀar". The text is normalised per page right after reading, before anything else
sees it. Line breaks are never added or removed, so every line number (and so every chunk's
span) stays that of the file.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LIGATURES", "normalise_text"]

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",  # long s + t
    "\ufb06": "st",
}
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space/(non-)joiner, word joiner, BOM
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"
_HYPHENS = "\u2010\u2011"  # hyphen, non-breaking hyphen ("Hägersten‑Liljeholmen")
_TABLE = str.maketrans(
    {
        **LIGATURES,
        **dict.fromkeys(_ZERO_WIDTH, ""),
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_HYPHENS, "-"),
    }
)
_SOFT_HYPHEN_END = re.compile(r"\u00ad[ \t]*$", re.M)  # a hyphenation point where a line wraps
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc\u2032](?=\w)")  # "Alzheimer’s" -> "Alzheimer's"


def normalise_text(text: str) -> str:
    """NFC text with ligatures spelled out, no soft hyphens or zero-width characters, plain
    spaces for no-break/thin spaces, plain hyphens and apostrophes inside words; same lines."""
    text = unicodedata.normalize("NFC", text.translate(_TABLE))
    text = _SOFT_HYPHEN_END.sub("-", text)  # the line wrapped at the soft hyphen: "-" is joined
    text = text.replace("\u00ad", "")
    return _APOSTROPHE.sub("'", text)
