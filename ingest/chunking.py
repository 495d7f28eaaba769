"""Cutting sections into bounded chunks on paragraph (then sentence) boundaries.

Pure functions: `pack` groups pieces greedily up to `max_chars`; `split_block` cuts one oversized
paragraph at sentence ends (at spaces only as a last resort). A goal's chunks start with its title,
since the title is what the goal says; other headings live in `section_path` only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

from ingest.blocks import Block
from ingest.sections import Node, inherited_status
from ingest.text.sentences import PROSE_END, sentence_cuts
from ingest.types import Chunk, Span

MAX_CHARS = 1200
CHUNK_FORMAT = "4:analysis-with-its-row"
"""The version of the chunking rules, part of every report's digest: an index holding reports
chunked by earlier rules stores them again when it syncs (embeddings of unchanged chunks come
from the cache). Change it with any change to how chunks are cut."""


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def chunk_id(report_id: str, path: Sequence[str], text: str, salt: int = 0) -> str:
    """sha256(report_id + section path + text)[:16]; `salt` separates identical twins."""
    payload = "\x1f".join([report_id, *path, text]) + (f"\x1f{salt}" if salt else "")
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def split_block(block: Block, max_chars: int = MAX_CHARS, first: int | None = None) -> list[Block]:
    """The block itself if short enough, else pieces cut at sentence ends (or spaces); with
    `first`, the first piece is at most that long (it shares a chunk with the line before)."""
    limit_first = max_chars if first is None else min(first, max_chars)
    if len(block.text) <= limit_first:
        return [block]
    cuts = sentence_cuts(block.text, PROSE_END)
    pieces: list[Block] = []
    start = 0
    while len(block.text) - start > (limit_first if not pieces else max_chars):
        limit = start + (limit_first if not pieces else max_chars)
        fitting = [c for c in cuts if start < c <= limit]
        end = fitting[-1] if fitting else block.text.rfind(" ", start + 1, limit + 1)
        if end <= start:
            end = limit
        pieces.append(block.piece(start, end))
        start = end
    pieces.append(block.piece(start, len(block.text)))
    return [p for p in pieces if p.text]


_ANSWERS_LINE_BEFORE = re.compile(r"^\s*Analys\b")


def follows_up(paragraph: str) -> bool:
    """Whether a paragraph opening with its label "Analys" follows up the line before it (an
    activity of the table above: "… inom 48 timmar … | 2019-01-01 | 2019-12-31", then "Analys
    Enheten har …"); such a line and its analysis are chunked together."""
    return _ANSWERS_LINE_BEFORE.match(paragraph) is not None


def pack(pieces: Sequence[Block], max_chars: int = MAX_CHARS) -> list[list[Block]]:
    """Greedy groups of consecutive pieces whose joined text stays within `max_chars`; a line
    followed by its analysis opens a new group with it rather than end the group before (the
    activity and what was done about it are read together)."""
    groups: list[list[Block]] = []
    size = 0
    for i, piece in enumerate(pieces):
        fits = bool(groups) and size + 1 + len(piece.text) <= max_chars
        if fits and i + 1 < len(pieces) and follows_up(pieces[i + 1].text):
            pair = len(piece.text) + 1 + len(pieces[i + 1].text)
            fits = size + 1 + pair <= max_chars or pair > max_chars
        if fits:
            groups[-1].append(piece)
            size += 1 + len(piece.text)
        else:
            groups.append([piece])
            size = len(piece.text)
    return groups


def cut_blocks(blocks: Sequence[Block], max_chars: int) -> list[Block]:
    """The blocks cut to chunk size; an analysis too long to share a chunk with the line it
    follows up has its first piece cut to the room that line leaves (at least half a chunk),
    so that an activity is always read with the start of what was done about it."""
    pieces: list[Block] = []
    for i, block in enumerate(blocks):
        room = max_chars - 1 - len(blocks[i - 1].text) if i else 0
        follows = i > 0 and follows_up(block.text) and room >= max_chars // 2
        pieces += split_block(block, max_chars, room if follows else None)
    return pieces


def chunk_nodes(
    report_id: str,
    nodes: Sequence[Node],
    section_ids: dict[int, str],
    page_of: Callable[[int], int | None],
    max_chars: int = MAX_CHARS,
) -> tuple[Chunk, ...]:
    """Every chunk of a report, in document order, with ordinals and unique ids."""
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for node in nodes:
        blocks = ([node.title] if node.title is not None else []) + node.blocks
        pieces = [p for p in cut_blocks(blocks, max_chars) if _has_words(p.text)]
        path = node.path()
        for group in pack(pieces, max_chars):
            text = "\n".join(p.text for p in group)
            salt = 0
            while (cid := chunk_id(report_id, path, text, salt)) in seen:
                salt += 1
            seen.add(cid)
            first = min(p.first_no for p in group)
            last = max(p.last_no for p in group)
            chunks.append(
                Chunk(
                    id=cid,
                    report_id=report_id,
                    section_id=section_ids[id(node)],
                    section_path=path,
                    kind=node.kind,
                    status=inherited_status(node),
                    text=text,
                    span=Span(first, last, page_of(first), page_of(last)),
                    ordinal=len(chunks),
                )
            )
    return tuple(chunks)
