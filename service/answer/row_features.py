"""How a table row and a piece too short to embed are scored (see features): a row of figures
means what its label says, a row's coverage counts its table's header, a row whose label says
every topic word is marked, and a row narrowing a broader one yields to it. Pure functions."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.text import tokens
from search.sentences import Evidence
from service.answer.lexicon import FIGURE_WORDS
from service.answer.presence import Variants, coverage
from service.answer.text import row_cells

__all__ = [
    "LABEL_DROP",
    "UNEMBEDDED_DROP",
    "broadened",
    "headed",
    "label_text",
    "meanings",
    "row_says",
]

UNEMBEDDED_DROP = 1.0  # a heading or label scores as its passage, a little lower
LABEL_DROP = 1.0  # a row of figures scores as its label, a little lower


def headed(
    own: float, header: str, row: str, weights: dict[str, float], variants: Variants | None
) -> float:
    """A table row's coverage with its header's words ("Indikator | Årsmål | Periodicitet"
    over "Sjukfrånvaro | 8 % | …" answers "Vilka årsmål för sjukfrånvaro …?"), when higher."""
    if not header:
        return own
    return max(own, coverage(weights, f"{header} {row}", variants))


ROW_COVERAGE = 0.99


def row_says(
    piece: str,
    header: str,
    weights: dict[str, float],
    variants: Variants | None,
    label: str = "",
) -> bool:
    """Whether a table row's label (its first cell, or the `label` sentences above a row of
    bare figures, see label_text), with its table's header, says every topic word but those
    naming a kind of figure (lexicon.FIGURE_WORDS: "utfall", "årsmål", "indikator" are the
    table's columns and frame, not what the row is about; see the module docstring)."""
    cells = row_cells(piece)
    said = cells[0] if cells else label
    asked = {w: v for w, v in weights.items() if not FIGURE_WORDS.match(w)}
    if not said or not asked:
        return False
    return coverage(asked, f"{header} {said}", variants) >= ROW_COVERAGE


def broadened(
    meaning: list[tuple[float, float]],
    narrowing: Sequence[tuple[int, tuple[str, ...]] | None],
    question: str,
) -> tuple[list[tuple[float, float]], list[bool]]:
    """Which rows narrow a broader row by words the question does not use, and the meanings
    with each such broader row taking its narrower rows' similarity and coverage when higher:
    asked about "sjukfrånvaro", "Sjukfrånvaro | 2,8 %" answers, not "Sjukfrånvaro dag 1-14"."""
    asked = set(tokens(question))
    narrowed = [n is not None and asked.isdisjoint(n[1]) for n in narrowing]
    out = list(meaning)
    for j, n in enumerate(narrowing):
        if n is not None and narrowed[j]:
            i = n[0]
            out[i] = (max(out[i][0], meaning[j][0]), max(out[i][1], meaning[j][1]))
    return out, narrowed


def meanings(
    ev: Evidence,
    labels: Sequence[int | None],
    passage: float,
    weights: dict[str, float],
    variants: Variants | None,
) -> list[tuple[float, float]]:
    """Each sentence's (similarity, coverage); a table row of figures takes its label's (the
    sentence `labels` names for it, see text.label_of, with the sentence before when the label
    goes on from it, see label_text) when higher, the similarity LABEL_DROP lower (the label
    speaks for every row): "92,9 % 91,7 % …" means what "Andel barn och ungdomar som … inte
    är aktuella 12 månader efter avslutad insats" says. A piece too short to be embedded
    scores as its passage, UNEMBEDDED_DROP lower."""
    text = ev.hit.chunk.text
    own = [
        (
            ev.standard(s.similarity) if s.similarity is not None else passage - UNEMBEDDED_DROP,
            coverage(weights, text[s.start : s.end], variants),
        )
        for s in ev.sentences
    ]
    out = []
    for (sim, cov), j in zip(own, labels, strict=True):
        if j is None or ev.sentences[j].similarity is None:  # a bare heading labels nothing
            out.append((sim, cov))
            continue
        label_sim = max(own[k][0] for k in _label_parts(ev, j))
        said = coverage(weights, label_text(ev, j), variants)
        out.append((max(sim, label_sim - LABEL_DROP), max(cov, said)))
    return out


def label_text(ev: Evidence, j: int) -> str:
    """The label ending in sentence j: j, and the sentence before it when j goes on from it
    (opens with a parenthesis or a lower-case letter: "Andel barn och ungdomar som varit
    aktuella för insatser …" / "(Utredningstyp BoU eller Vuxen) och som inte är aktuella 12
    månader …", split where the PDF broke the line)."""
    return " ".join(ev.sentence_text(k) for k in _label_parts(ev, j))


def _label_parts(ev: Evidence, j: int) -> list[int]:
    """The sentences of the label ending in sentence j (see label_text)."""
    piece = ev.sentence_text(j).lstrip()
    goes_on = piece[:1] == "(" or piece[:1].islower()
    if j > 0 and goes_on and ev.sentences[j - 1].similarity is not None:
        return [j - 1, j]
    return [j]
