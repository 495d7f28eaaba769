"""Building a report's section tree from blocks.

Goal markers open goal sections at fixed ranks (KF:s inriktningsmål 1 > KF:s mål 2 > Nämndmål 3 >
Enhetsmål 4); labels (Förväntat resultat, Analys, ...) open sub-sections of the nearest goal; a
status line ("Uppfylls delvis") is attached to the nearest goal and inherited by its sub-sections.
Headings listed in the table of contents (or well-known template headings) are top-level; other
headings nest under the current section. A heading that repeats an open heading is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ingest.blocks import Block
from ingest.classify import GOAL_RANK, Classified, classify
from ingest.goal_grammar import goal_number
from ingest.lines import normalise_title
from ingest.types import GoalLevel, Section, Span, Status

_TOP = re.compile(
    r"^(?:Sammanfattande analys|Inledning|"
    r"Uppföljning av (?:ekonomi|driftbudget|kommunfullmäktige)\S*(?: [\w ]+)?|"
    r"Redovisning av ekonomi|Budget \d{4}|Övrigt|Bilagor|Kvalitet(?:sarbete)?|"
    r"Synpunkter och klagomål|Administrativa uppgifter|Bedömning av nämndens interna kontroll)$",
    re.I,
)
_LABEL_KINDS = frozenset(
    {"forvantat_resultat", "analys", "aktiviteter", "indikatorer", "uppfoljning"}
)
_TABLE_KINDS = frozenset({"aktiviteter", "indikatorer"})
_TABLE_NAME = {"aktiviteter": "Aktiviteter", "indikatorer": "Indikatorer"}
_MARKER_NAME: dict[GoalLevel, str] = {
    "kf_inriktningsmal": "KF:s inriktningsmål",
    "kf_mal": "KF:s mål för verksamhetsområdet",
    "namndmal": "Nämndmål",
    "enhetsmal": "Enhetsmål",
}


@dataclass(eq=False)
class Node:
    """A section under construction; `blocks` is its own body, `title` the goal title block."""

    heading: str
    kind: GoalLevel
    rank: int
    parent: Node | None
    first_no: int
    sublevel: int = 9  # markdown level of generic headings (9 = unknown)
    is_label: bool = False
    number: str | None = None
    status: Status | None = None
    title: Block | None = None
    blocks: list[Block] = field(default_factory=list)

    @property
    def is_goal(self) -> bool:
        return self.kind in GOAL_RANK

    def path(self) -> tuple[str, ...]:
        up = self.parent.path() if self.parent else ()
        return (*up, self.heading)


@dataclass
class _Builder:
    toc_titles: frozenset[str]
    toc_end: int
    preamble_heading: str
    markdown: bool = False
    nodes: list[Node] = field(default_factory=list)
    stack: list[Node] = field(default_factory=list)
    pending: tuple[GoalLevel, Block] | None = None

    def feed(self, block: Block) -> None:
        if self.pending:
            level, marker = self.pending
            self.pending = None
            if block.kind in ("text", "heading", "bullet") and block.first_no > self.toc_end:
                self._open_goal(level, block.text, block, marker.first_no)
                return
            self._open_goal(level, _MARKER_NAME[level], None, marker.first_no)
        if block.first_no <= self.toc_end:
            self._body(block, preamble=True)
            return
        handler: dict[str, Callable[[Block], None]] = {
            "marker": self._marker,
            "label": self._label,
            "status": self._status,
            "heading": self._heading,
        }
        handler.get(block.kind, self._body)(block)

    def finish(self) -> list[Node]:
        """All nodes; a marker at the very end still opens its (untitled) goal."""
        if self.pending:
            level, marker = self.pending
            self.pending = None
            self._open_goal(level, _MARKER_NAME[level], None, marker.first_no)
        return self.nodes

    def _marker(self, block: Block) -> None:
        level = block.info.level
        assert level is not None and level in GOAL_RANK
        if block.info.title:
            inline = classify(block.text).title  # the title may go on over wrapped lines
            title = block.piece(len(block.text) - len(inline), len(block.text))
            self._open_goal(level, title.text, title, block.first_no)
        else:
            self.pending = (level, block)

    def _open_goal(self, level: GoalLevel, heading: str, title: Block | None, no: int) -> None:
        rank = GOAL_RANK[level]
        while self.stack and (self.stack[-1].rank >= rank or not self._holds_goals(self.stack[-1])):
            self.stack.pop()
        number, _ = goal_number(heading)
        self._push(Node(heading, level, rank, self._top(), no, number=number, title=title))

    @staticmethod
    def _holds_goals(node: Node) -> bool:
        return node.is_goal or (node.rank == 0 and "mål" in node.heading.lower())

    def _label(self, block: Block) -> None:
        level = block.info.level
        assert level is not None
        top = self._top()
        if top and top.is_label and top.kind == level and level in _TABLE_KINDS:
            if not top.blocks or top.blocks[0].text != block.text:
                top.blocks.append(block)  # the table goes on; a repeated header row is dropped
            return
        while self.stack and not self.stack[-1].is_goal and self.stack[-1].rank > 0:
            self.stack.pop()
        parent = self._top()
        rank = parent.rank + 1 if parent else 1
        heading = (
            _TABLE_NAME.get(level, block.info.title) if " " in block.text else block.info.title
        )
        node = Node(heading, level, max(rank, 5), parent, block.first_no, is_label=True)
        self._push(node)
        if heading != block.info.title:
            node.blocks.append(block)  # a table header row: keep it as the table's first line

    def _status(self, block: Block) -> None:
        """The goal's fulfilment; a statement that goes on ("Målet uppfylls delvis. Väntetiden
        var …") is also body text, never dropped."""
        goal = next((n for n in reversed(self.stack) if n.is_goal), None)
        if goal is not None and goal.status is None:
            goal.status = block.info.status
        if goal is None or "." in block.text.rstrip(". "):
            self._body(block)

    def _heading(self, block: Block) -> None:
        key = normalise_title(block.text)
        if any(normalise_title(n.heading) == key for n in self.stack):
            return  # merely repeats an open heading
        if key in self.toc_titles or _TOP.match(block.text):
            self.stack.clear()
            self._push(Node(block.text, "heading", 0, None, block.first_no))
            return
        top = self._top()
        in_label = top is not None and top.is_label and not block.text.isupper()
        if block.md_level == 0 and (
            self.markdown or (top and (top.kind in _TABLE_KINDS or in_label))
        ):
            self._body(Block(block.text, Classified("text"), block.anchors))
            return
        level = block.md_level or 9
        while self.stack and not self.stack[-1].is_goal and not self.stack[-1].is_label:
            if self.stack[-1].rank == 0 or self.stack[-1].sublevel < level:
                break
            self.stack.pop()
        parent = self._top()
        rank = parent.rank + 1 if parent else 1
        self._push(Node(block.text, "heading", rank, parent, block.first_no, sublevel=level))

    def _body(self, block: Block, preamble: bool = False) -> None:
        top = self._top()
        if top and not top.blocks and normalise_title(block.text) == normalise_title(top.heading):
            return  # a heading repeated as a line right under itself
        if top is None or (preamble and top.kind != "preamble"):
            top = Node(self.preamble_heading, "preamble", 0, None, block.first_no)
            self.stack.clear()
            self._push(top)
        top.blocks.append(block)

    def _top(self) -> Node | None:
        return self.stack[-1] if self.stack else None

    def _push(self, node: Node) -> None:
        self.nodes.append(node)
        self.stack.append(node)


def build_nodes(
    blocks: Sequence[Block],
    toc_titles: frozenset[str],
    toc_end: int,
    preamble_heading: str,
    markdown: bool = False,
) -> list[Node]:
    """Section nodes in document order (statuses not yet inherited).

    In a markdown export (`markdown`), only '#' lines, labels and TOC/template headings open
    sections; other short lines are body text.
    """
    builder = _Builder(toc_titles, toc_end, preamble_heading, markdown)
    for block in blocks:
        builder.feed(block)
    return builder.finish()


def inherited_status(node: Node) -> Status | None:
    """The node's own status, else its nearest ancestor's."""
    current: Node | None = node
    while current is not None:
        if current.status:
            return current.status
        current = current.parent
    return None


def to_sections(
    report_id: str, nodes: Sequence[Node], page_of: Callable[[int], int | None]
) -> tuple[tuple[Section, ...], dict[int, str]]:
    """Frozen Sections (ids f"{report_id}:s{n}") and a map id(node) -> section id."""
    ids = {id(node): f"{report_id}:s{i}" for i, node in enumerate(nodes, start=1)}
    sections = []
    for node in nodes:
        path = node.path()
        last = max([node.first_no] + [b.last_no for b in node.blocks])
        if node.title is not None:
            last = max(last, node.title.last_no)
        span = Span(node.first_no, last, page_of(node.first_no), page_of(last))
        sections.append(
            Section(
                id=ids[id(node)],
                report_id=report_id,
                heading=node.heading,
                path=path,
                depth=len(path) - 1,
                kind=node.kind,
                number=node.number,
                status=inherited_status(node),
                text="\n".join(b.text for b in node.blocks),
                span=span,
                parent_id=ids[id(node.parent)] if node.parent else None,
            )
        )
    return tuple(sections), ids
