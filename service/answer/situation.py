"""The asker's own situation, told before the question: "Min sambo har ett alkoholmissbruk och
vi har två barn tillsammans. Vart hänvisar Vuxenenheten på Kungsholmen barnen för stöd?". The
told sentences say who asks and why; the question after them says what the answer must say.
Their words still find the passages (a told "Vår 16-åring skrevs nyss ut från slutenpsykiatrin"
is what "Hör de av sig till oss föräldrar …?" is about), but an answering passage need not
repeat them: "sambo" and "alkoholmissbruk" are not what the answer is about. So a passage is
scored twice, by all the words and by the question's alone (see candidates.gather), and keeps
the better score (told_aside): the told words order the passages, but do not decide alone that
a question goes unanswered. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.text.sentences import LOOSE_END, sentence_spans
from service.answer.select import Choice

__all__ = ["told_apart", "told_aside"]

_FIRST_PERSON = re.compile(
    r"\b(?:jag|mig|min|mitt|mina|vi|oss|vår|vårt|våra|my|me|we|us|our)\b", re.IGNORECASE
)
"""A word by which askers tell of themselves."""
_I = re.compile(r"(?<=\s)I\b|^I\s+(?:am|have|had|was|work|live|care|need|want|heard)\b")
"""English "I", not the Swedish preposition opening a sentence ("I Tensta finns …")."""


_WONDERS = re.compile(
    r"^\W*(?:jag|vi|I|we)\s+(?:undrar|undrade|är\s+nyfiken|"
    r"(?:skulle|vill)\s+(?:gärna\s+)?(?:vilja\s+)?veta|(?:am|was)\s+wondering|wonder(?:ed)?|"
    r"(?:would|'d)\s+like\s+to\s+know|want\s+to\s+know)\b",
    re.IGNORECASE,
)
"""A statement that asks ("Jag undrar hur stor budgeten var.", "I would like to know …")."""


def _of_self(sentence: str) -> bool:
    """Whether a sentence tells of the asker: a statement (no question mark, nor one that asks:
    "Jag undrar hur …") with a word in the first person ("Min son bor …", "I am his legal
    guardian.")."""
    if sentence.rstrip().endswith("?") or _WONDERS.match(sentence):
        return False
    return bool(_FIRST_PERSON.search(sentence) or _I.search(sentence))


def told_apart(text: str) -> tuple[str, str]:
    """(told, asked): the leading sentences in which the asker tells of themselves, and the
    question after them; ("", text) when the question does not open so or asks nothing after
    ("Min son bor på ett HVB-hem." alone; "Vi har hög personalomsättning – hur har andra
    enheter jobbat med det?" is one sentence: its question is all of it)."""
    spans = sentence_spans(text, LOOSE_END)
    cut = 0
    for start, end in spans[:-1]:
        if not _of_self(text[start:end]):
            break
        cut = end
    asked = text[cut:].strip()
    if cut == 0 or not asked.endswith("?"):
        return "", text
    return text[:cut].strip(), asked


def told_aside(ranked: Sequence[Choice], asked: Sequence[Choice]) -> list[Choice]:
    """The passages of `ranked` (scored by all the question's words), each with the score and
    features it has when scored by the question's own words alone (`asked`, the same passages)
    when those are better, best first. The quote and the rank stay those of `ranked`."""
    alone = {c.evidence.hit.chunk.id: c for c in asked}
    kept = []
    for c in ranked:
        a = alone.get(c.evidence.hit.chunk.id)
        better = a is not None and a.score > c.score
        kept.append(replace(c, score=a.score, features=a.features) if a and better else c)
    return sorted(kept, key=lambda c: -c.score)
