"""What is embedded and indexed for a chunk, and its embedding cache key.

A chunk is indexed as a label of its report (unit, district, type and year), its last headings,
and its text: questions name units and years ("Familjeenheten 2017") that the chunk text itself
rarely repeats. On the dev set this lifted dense Recall@10 from 0.54 to 0.64.
"""

from __future__ import annotations

import hashlib

from ingest.types import Chunk, ReportMeta

__all__ = ["HEADING_LEVELS", "PASSAGE_FORMAT", "passage_hash", "passage_text", "report_label"]

HEADING_LEVELS = 2
"""How many trailing headings of the section path precede the chunk text."""
PASSAGE_FORMAT = f"2:label+headings{HEADING_LEVELS}"
"""Changes whenever passage_text changes; `Index.sync` then re-embeds every report."""


def report_label(meta: ReportMeta) -> str:
    """ "Familjeenheten, Östermalm (VB 2017)"; unknown parts are left out."""
    names = [v for v in (meta.unit, meta.district) if v and v != "unknown"]
    kind = [v for v in (meta.doc_type if meta.doc_type != "unknown" else "", meta.year) if v]
    when = f" ({' '.join(str(v) for v in kind)})" if kind else ""
    return f"{', '.join(names)}{when}".strip()


def passage_text(chunk: Chunk, meta: ReportMeta) -> str:
    """The text embedded and indexed for a chunk: report label, last headings, then the text."""
    headings = " > ".join(chunk.section_path[-HEADING_LEVELS:]) if HEADING_LEVELS else ""
    lines = [report_label(meta), headings, chunk.text]
    return "\n".join(line for line in lines if line)


def passage_hash(text: str) -> str:
    """Embedding cache key: sha256 of the exact text given to the embedder."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
