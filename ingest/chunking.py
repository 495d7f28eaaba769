"""Cutting sections into bounded chunks on paragraph (then sentence) boundaries.

Pure functions: `pack` groups pieces greedily up to `max_chars`; `split_block` cuts one oversized
paragraph at sentence ends (at spaces only as a last resort). A goal's chunks start with its title,
since the title is what the goal says; other headings live in `section_path` only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from ingest.blocks import Block
from ingest.sections import Node, inherited_status
from ingest.text.sentences import PROSE_END, sentence_cuts
from ingest.types import Chunk, Span

MAX_CHARS = 1200


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def chunk_id(report_id: str, path: Sequence[str], text: str, salt: int = 0) -> str:
    """sha256(report_id + section path + text)[:16]; `salt` separates identical twins."""
    payload = "\x1f".join([report_id, *path, text]) + (f"\x1f{salt}" if salt else "")
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def split_block(block: Block, max_chars: int = MAX_CHARS) -> list[Block]:
    """The block itself if short enough, else pieces cut at sentence ends (or spaces)."""
    if len(block.text) <= max_chars:
        return [block]
    cuts = sentence_cuts(block.text, PROSE_END)
    pieces: list[Block] = []
    start = 0
    while len(block.text) - start > max_chars:
        limit = start + max_chars
        fitting = [c for c in cuts if start < c <= limit]
        end = fitting[-1] if fitting else block.text.rfind(" ", start + 1, limit + 1)
        if end <= start:
            end = limit
        pieces.append(block.piece(start, end))
        start = end
    pieces.append(block.piece(start, len(block.text)))
    return [p for p in pieces if p.text]


def pack(pieces: Sequence[Block], max_chars: int = MAX_CHARS) -> list[list[Block]]:
    """Greedy groups of consecutive pieces whose joined text stays within `max_chars`."""
    groups: list[list[Block]] = []
    size = 0
    for piece in pieces:
        if groups and size + 1 + len(piece.text) <= max_chars:
            groups[-1].append(piece)
            size += 1 + len(piece.text)
        else:
            groups.append([piece])
            size = len(piece.text)
    return groups


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
        pieces = [p for b in blocks for p in split_block(b, max_chars) if _has_words(p.text)]
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
