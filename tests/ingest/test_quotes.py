"""The one best quote (ingest.quotes): the most topical sentence of chunks, exact, cut
to a limit."""

from __future__ import annotations

from pathlib import Path

from ingest import read_paths
from ingest.quotes import MAX_QUOTE, best_quote
from ingest.types import Chunk, Span

TEXT = (
    "Enheten har haft ett svårt år. Signs of Safety är en riskbedömningsmodell som vi "
    "använder i alla utredningar. Den ger familjen en tydlig röst.\n- Nätverksmöten\n"
    "- Uppföljning av placeringar"
)
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _chunk(text: str, cid: str = "c1") -> Chunk:
    return Chunk(cid, "r", "r:s1", ("Rubrik",), "heading", None, text, Span(1, 3))


def test_picks_the_topical_sentence_verbatim() -> None:
    quote = best_quote([_chunk(TEXT)], "Signs of Safety i utredningar")
    assert quote is not None and quote.chunk.id == "c1"
    assert (
        quote.text
        == "Signs of Safety är en riskbedömningsmodell som vi använder i alla utredningar."
    )
    assert quote.score == 1.0  # every content word of the claim is in it


def test_best_chunk_wins_and_ties_go_to_the_earliest() -> None:
    other = _chunk("Familjen får stöd. Nätverksmöten hålls varje månad med familjen.", "c2")
    quote = best_quote([_chunk(TEXT), other], "nätverksmöten varje månad")
    assert quote is not None and quote.chunk.id == "c2"
    assert quote.text == "Nätverksmöten hålls varje månad med familjen."
    tie = best_quote([other, _chunk(TEXT)], "nätverksmöten")
    assert tie is not None and tie.chunk.id == "c2"
    assert best_quote([], "nätverksmöten") is None


def test_a_long_sentence_is_cut_at_a_word_boundary_within_the_limit() -> None:
    text = "Familjehemsvården " + "utvecklas vidare med nya arbetssätt och " * 20 + "mer."
    for limit in (120, MAX_QUOTE, 320):
        quote = best_quote([_chunk(text)], "familjehemsvården", limit)
        assert quote is not None and len(quote.text) <= limit and quote.text in text
        assert quote.text.startswith("Familjehemsvården") and not quote.text.endswith(" ")
        assert len(quote.text) > limit - 45  # only the last (partial) word is dropped


def test_quotes_never_span_a_line_break() -> None:
    text = "Signs of Safety införs i enheten.\nSigns of Safety utvärderas av enheten."
    quote = best_quote([_chunk(text)], "signs of safety")
    assert quote is not None and quote.text == "Signs of Safety införs i enheten."


def test_goal_statements_are_quoted_from_their_own_chunks() -> None:
    """On the corpus: each goal's statement quote is exact and shares the goal's first words."""
    reports = read_paths([CORPUS / "vb-2019-barn-och-ungdomsenheten-hagersten-liljeholmen.txt"])
    (report,) = reports.reports
    checked = 0
    for goal in report.goals:
        chunks = [
            c
            for c in report.chunks
            if c.span.line_start <= goal.span.line_end and goal.span.line_start <= c.span.line_end
        ]
        quote = best_quote(chunks, goal.text)
        if quote is None:
            continue
        assert quote.text in quote.chunk.text
        first = " ".join(goal.text.split()[:2])
        checked += first in " ".join(quote.chunk.text.split())
    assert checked >= len(report.goals) * 0.8
