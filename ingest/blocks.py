"""Joining cleaned lines into blocks (paragraphs, headings, markers) with line anchors.

PDF extraction wraps paragraphs at the page width, sometimes with a blank line after every line,
and hyphenates words at line ends. A block re-joins such lines; `anchors` remember where each
source line starts inside the block text so any slice of it maps back to original line numbers.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.classify import Classified, LineKind, classify
from ingest.lines import Line

_CONJUNCTIONS = frozenset({"och", "eller", "samt", "till", "resp", "respektive", "som", "men"})
_TERMINAL = (".", "!", "?", ":", ";", '."', ".”", ")")


@dataclass(frozen=True, slots=True)
class Layout:
    """How a text was wrapped: `width` of wrapped lines (0 = not wrapped), blank after each line."""

    width: int
    double_spaced: bool
    markdown: bool = False  # headings are marked with '#': plain short lines are no headings


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a single structural line. anchors = ((offset in text, line no), ...)."""

    text: str
    info: Classified
    anchors: tuple[tuple[int, int], ...]
    md_level: int = 0

    @property
    def kind(self) -> LineKind:
        return self.info.kind

    @property
    def first_no(self) -> int:
        return self.anchors[0][1]

    @property
    def last_no(self) -> int:
        return self.anchors[-1][1]

    def no_at(self, offset: int) -> int:
        """Original line number of the character at `offset` of `text`."""
        starts = [a[0] for a in self.anchors]
        return self.anchors[max(0, bisect.bisect_right(starts, offset) - 1)][1]

    def piece(self, start: int, end: int) -> Block:
        """The block cut to text[start:end] with anchors re-based (whitespace trimmed)."""
        raw = self.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        base = start + lead
        anchors = [(0, self.no_at(base))]
        anchors += [(o - base, n) for o, n in self.anchors if base < o < base + len(text)]
        return Block(text, self.info, tuple(anchors), self.md_level)


def detect_layout(lines: Sequence[Line]) -> Layout:
    """Wrap width = 95th percentile line length when many lines are that long (else 0)."""
    lengths = sorted(len(line.text) for line in lines)
    if len(lengths) < 20:
        return Layout(0, False, sum(line.md_level > 0 for line in lines) >= 5)
    width = lengths[int(len(lengths) * 0.95) - 1]
    long_share = sum(n >= 0.75 * width for n in lengths) / len(lengths)
    wrapped = width <= 130 and long_share >= 0.3
    single_gap = sum(line.gap == 1 for line in lines) / len(lines)
    markdown = sum(line.md_level > 0 for line in lines) >= 5
    return Layout(width if wrapped else 0, wrapped and single_gap >= 0.5, markdown)


def build_blocks(lines: Sequence[Line], layout: Layout) -> list[Block]:
    """Classify lines and join wrapped continuations into paragraph blocks."""
    blocks: list[Block] = []
    parts: list[Line] = []
    info: Classified | None = None
    for i, line in enumerate(lines):
        cls = classify(line.text, line.md_level)
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        too_long = layout.width and len(line.text) >= 0.75 * layout.width
        if cls.kind == "heading" and not line.md_level and (_starts_lower(nxt) or too_long):
            cls = Classified("text")
        if info and parts and _continues(parts[-1], info, line, cls, layout):
            parts.append(line)
            continue
        if info and parts:
            blocks.append(_join(parts, info))
        parts, info = [line], cls
    if info and parts:
        blocks.append(_join(parts, info))
    return blocks


def _continues(prev: Line, prev_info: Classified, cur: Line, cls: Classified, lay: Layout) -> bool:
    if prev_info.kind == "marker" and prev_info.title and cls.kind in ("text", "heading"):
        # a goal title wrapped after its marker: "KF:s mål ...: 1.4. I Stockholm ..." + "hög ..."
        return cur.gap <= 1 and _starts_lower(cur.text) and not prev.text.endswith(_TERMINAL)
    if prev_info.kind not in ("text", "bullet") or cls.kind not in ("text", "heading"):
        return False
    if cur.md_level:
        return False
    if _hyphenated(prev.text) and cur.gap <= 3:
        return True
    terminal = prev.text.endswith(_TERMINAL)
    if _starts_lower(cur.text) and cur.gap <= 3 and (not terminal or lay.width):
        return True
    gap_ok = cur.gap == 0 or (lay.double_spaced and cur.gap <= 1)
    if not (lay.width and gap_ok and len(prev.text) >= 0.75 * lay.width):
        return False
    return not (cls.kind == "heading" and terminal)


def _starts_lower(text: str) -> bool:
    return bool(text) and (text[0].islower() or text[0] in ",;)")


def _hyphenated(text: str) -> bool:
    return len(text) > 2 and text[-1] == "-" and text[-2].isalpha()


def _join(parts: Sequence[Line], info: Classified) -> Block:
    text = parts[0].text
    anchors = [(0, parts[0].no)]
    for line in parts[1:]:
        nxt = line.text
        if _hyphenated(text):
            first_word = nxt.split(" ", 1)[0].strip(",.").lower()
            if first_word in _CONJUNCTIONS:
                text += " "
            elif nxt[0].islower():
                text = text[:-1]
        else:
            text += " "
        anchors.append((len(text), line.no))
        text += nxt
    return Block(text, info, tuple(anchors), parts[0].md_level)
