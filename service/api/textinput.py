"""Free text from a request (a search query, a pasted draft) checked before anything searches it.

Control characters (NUL and the rest of C0 except tab and line breaks) and U+FFFD (what invalid
UTF-8 in a query string decodes to) have no meaning in a query: such input, like a query of only
whitespace, is a 400 ``bad_request`` naming the field, never a list of arbitrary hits.
"""

from __future__ import annotations

import re

from service.errors import BadRequest

__all__ = ["searchable"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def searchable(value: str, field: str) -> str:
    """`value` unchanged when it is searchable text; else BadRequest naming `field`."""
    if _CONTROL.search(value):
        raise BadRequest(f"{field}: contains control characters (such as NUL); send plain text")
    if "\ufffd" in value:
        raise BadRequest(f"{field}: not valid UTF-8 text")
    if not value.strip():
        raise BadRequest(f"{field}: empty or only whitespace")
    return value
