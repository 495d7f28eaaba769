"""How much of a passage a chosen sentence is quoted with (service.answer.select picks the
sentence): a neighbour on the same line that scores nearly as well, the one carrying the cue a
why/how/where question asks for, a table row's label, what a colon announces; cut to
MAX_QUOTE so that the answer stays whole. And which pieces can be a quote at all. Pure
functions over the passage text and its sentences' (score, start, end)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.chunking import follows_up
from ingest.text.quotes import clip_span
from search.sentences import MIN_SENTENCE_CHARS
from service.answer.cues import PURPOSE, RESULT, STATED_PURPOSE
from service.answer.expectations import has_quantity, is_quantity
from service.answer.text import MAX_QUOTE, is_figures, is_header_line, joinable, label_of

__all__ = ["CUE_REACH", "JOIN_MARGIN", "SHORT", "quotable", "quote_span"]

JOIN_MARGIN = 3.0  # a neighbour within this of the best sentence joins the quote
SHORT = 60  # a best sentence shorter than this takes its previous neighbour as its label


def _joinable(
    text: str, scored: list[tuple[float, int, int]], i: int, j: int, limit: int = MAX_QUOTE
) -> bool:
    lo, hi = min(i, j), max(i, j)
    return joinable(text, scored[lo][1:], scored[hi][1:], limit)


CUE_REACH = 2 * MAX_QUOTE
"""How long the best sentence and its neighbour carrying the asked cue may be together: the
quote is then cut to its end, so the reason stays whole (see _clipped)."""


def quote_span(
    text: str, scored: list[tuple[float, int, int]], best: int, cue: re.Pattern[str] | None = None
) -> tuple[int, int]:
    """The best sentence joined with one neighbour on the same line: the one carrying the cue a
    why/how/where question asks for when the best sentence lacks it (the reason often follows
    the sentence that matches the question: "Antalet ... har minskat. Den främsta orsaken är
    ..."; the two may reach CUE_REACH together, see _reaching), else the better neighbour
    when it scores within JOIN_MARGIN, or the previous one when the best sentence is too short
    to stand alone (a number's label); clipped to MAX_QUOTE
    (see _clipped). A table row of figures is quoted with its label, the sentence before it,
    on any line; a sentence ending in a colon ("Förväntat resultat avseende …:") with the
    sentence it announces, on any line."""
    score, start, end = scored[best]
    label = label_of(text, [(a, b) for _, a, b in scored], best)
    if label is not None and not follows_up(text[start:end]):  # a row of figures with its
        return _ending(text, scored[label][1], end, MAX_QUOTE)  # label (an analysis: alone)
    if text[start:end].rstrip().endswith(":") and best + 1 < len(scored):
        return _clipped(text, start, scored[best + 1][2], cue)  # what the colon announces
    neighbours = [
        i for i in (best + 1, best - 1) if 0 <= i < len(scored) and _joinable(text, scored, i, best)
    ]
    other = None
    stated = STATED_PURPOSE if cue is PURPOSE else RESULT if cue is RESULT else None
    ahead = _stated_ahead(text, scored, best, stated) if stated is not None else None
    if ahead is not None:  # "Syftet med teamet är att …", after what names the team
        return _clipped(text, scored[ahead][1], scored[ahead][2], cue)
    if cue is not None and not cue.search(text[start:end]):
        reach = [
            i
            for i in (best + 1, best - 1)
            if 0 <= i < len(scored) and _joinable(text, scored, i, best, CUE_REACH)
        ]
        other = _cue_neighbour(text, scored, best, reach, cue)
        if other is not None and other not in neighbours:  # too long to quote whole
            return _reaching(text, (start, end), scored[other][1:])
    if other is None and neighbours:
        better = max(neighbours, key=lambda i: scored[i][0])
        short = end - start < SHORT and best - 1 in neighbours
        if scored[better][0] >= score - JOIN_MARGIN:
            other = better
        elif short:
            other = best - 1
    if other is not None:
        start, end = min(start, scored[other][1]), max(end, scored[other][2])
    return _clipped(text, start, end, cue)


def _reaching(text: str, best: tuple[int, int], other: tuple[int, int]) -> tuple[int, int]:
    """The best sentence whole with as much of its cue neighbour as fits MAX_QUOTE: the start
    of a reason after it ("… två år sedan. Den främsta orsaken är att …"), the end of one
    before it."""
    if other[0] > best[0]:
        return clip_span(text, best[0], other[1], MAX_QUOTE)
    return _ending(text, other[0], best[1], MAX_QUOTE)


def _clipped(text: str, start: int, end: int, cue: re.Pattern[str] | None) -> tuple[int, int]:
    """A quote too long for MAX_QUOTE cut to its start, or to its end when the last cue the
    question asks for comes past the middle of that start: what follows a cue answers ("Några
    förklaringar … är att …, men den vanligaste anledningen bedöms vara att föräldrarna inte
    anser att det är förenligt med barnets bästa att ha kontakt med oss")."""
    if end - start <= MAX_QUOTE or cue is None:
        return clip_span(text, start, end, MAX_QUOTE)
    cues = [m.start() for m in cue.finditer(text[start:end])]
    if cues and cues[-1] > MAX_QUOTE // 2:
        return _ending(text, start, end, MAX_QUOTE)
    return clip_span(text, start, end, MAX_QUOTE)


def _cue_neighbour(
    text: str,
    scored: list[tuple[float, int, int]],
    best: int,
    neighbours: list[int],
    cue: re.Pattern[str],
) -> int | None:
    """The neighbour of the best sentence that carries the cue, else the sentence after the
    next when it does and all three fit one quote: a report states the event, adds a detail,
    then explains it ("… samarbetet avbrutits. Våra bidrag … har avstannat helt. En analys av
    arbetsgruppen är att det var mycket svårt att få föräldrar att …")."""

    def says(i: int) -> bool:
        return cue.search(text[scored[i][1] : scored[i][2]]) is not None

    near = next((i for i in neighbours if says(i)), None)
    if near is not None:
        return near
    far = best + 2
    if far < len(scored) and best + 1 in neighbours and _joinable(text, scored, best, far):
        return far if says(far) else None
    return None


STATED_REACH = 3
"""How many sentences after the best one the sentence stating a purpose or result asked for
may come."""


def _stated_ahead(
    text: str, scored: list[tuple[float, int, int]], best: int, stated: re.Pattern[str]
) -> int | None:
    """The first of the STATED_REACH sentences after the best one that states the purpose or
    result asked for (`stated`: "… samverkansgrupp, Magnolia, med BVC, MVC … som träffas en
    gång per månad. I teamet finns … Syftet med teamet är att tidigt upptäcka familjer …"),
    None when the best one states it itself or none of them does."""
    if stated.search(text[scored[best][1] : scored[best][2]]):
        return None
    ahead = range(best + 1, min(best + 1 + STATED_REACH, len(scored)))
    return next((i for i in ahead if stated.search(text[scored[i][1] : scored[i][2]])), None)


def _ending(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The span [start, end), or its last words within `limit` characters: a long label is
    cut at its start, so the figures it labels stay in the quote."""
    if end - start <= limit:
        return (start, end)
    cut = text.find(" ", end - limit)
    return (cut + 1 if 0 <= cut < end else end - limit, end)


@lru_cache(maxsize=65_536)
def quotable(piece: str) -> bool:
    """A piece with fewer than three letters ("1.", "1.4.") or a bare heading or label
    ("Utveckling", "Utfall 2017": shorter than MIN_SENTENCE_CHARS, no quantity) can join a
    quote, never be one; a table row of two numbers or more, one a quantity ("2016 | 601",
    "92,9 % 91,7 % 84 %") can, with its label (see quote_span); a table's header (see
    _is_header) labels its rows and is quoted with them, never alone."""
    if _is_header(piece):  # "Socialpsykiatri beställare | Budget VP | Prognos | Avvikelse"
        return False
    if is_figures(piece):  # "2016 | 601" and "92,9 % 91,7 %", not a heading number "1.4."
        numbers = [t.strip("()[],.;:") for t in piece.split() if any(ch.isdigit() for ch in t)]
        return len(numbers) >= 2 and any(is_quantity(t) for t in numbers)
    letters = sum(ch.isalpha() for ch in piece) >= 3
    return letters and (len(piece) >= MIN_SENTENCE_CHARS or has_quantity(piece))


def _is_header(piece: str) -> bool:
    """A table's header line (text.is_header_line) whose cells have three words at most
    ("Indikator | Årsmål | KF:s årsmål | Periodicitet", "Prevention (Fritid) | Budget VP |
    Prognos | Avvikelse")."""
    return is_header_line(piece) and all(len(cell.split()) <= 3 for cell in piece.split(" | "))
