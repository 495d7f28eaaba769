"""The assistant dev set: questions for `/api/ask` with gold passages given per report.

Each line of `ask_devset.jsonl` is one question of a `kind` (fact, paraphrase, english,
which_units, goal, followup, unanswerable), with an optional chat `history`, whether the reports
can answer it, gold passages as (report id, short substring) pairs, and -- for list questions --
the complete set of report ids (`units`) whose text states the asked thing.

A gold substring is matched like the retrieval dev set's (`bench.devset.normalise`: lower-cased,
letters and digits only) against one passage's text together with its heading path, so a gold
must lie inside a single passage of the named report as ingested. `check_gold_in_reports` checks
exactly that and raises `GoldNotFoundError` naming the question id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from bench.devset import field, gold_contains, normalise, read_jsonl
from bench.errors import DevSetError, GoldNotFoundError
from ingest.types import Chunk, Report

AskKind = Literal[
    "fact", "paraphrase", "english", "which_units", "goal", "followup", "unanswerable"
]
ASK_KINDS: tuple[AskKind, ...] = (
    "fact",
    "paraphrase",
    "english",
    "which_units",
    "goal",
    "followup",
    "unanswerable",
)
ASK_DEVSET_PATH = Path(__file__).resolve().parent / "ask_devset.jsonl"
ROLES = ("user", "assistant")

__all__ = [
    "ASK_DEVSET_PATH",
    "ASK_KINDS",
    "AskGold",
    "AskKind",
    "AskQuestion",
    "Turn",
    "check_gold_in_reports",
    "check_golds",
    "chunk_haystack",
    "load_ask_devset",
    "parse_ask_question",
    "parse_gold",
    "passages_by_report",
]


@dataclass(frozen=True, slots=True)
class Turn:
    """One earlier message of the conversation."""

    role: str  # "user" | "assistant"
    content: str


@dataclass(frozen=True, slots=True)
class AskGold:
    """A passage that answers the question: report id and a short exact substring of it."""

    report: str
    contains: str


@dataclass(frozen=True, slots=True)
class AskQuestion:
    """One assistant dev-set question."""

    id: str
    kind: AskKind
    lang: str  # "sv" | "en"
    question: str
    history: tuple[Turn, ...]
    answerable: bool
    gold: tuple[AskGold, ...]
    units: tuple[str, ...]  # complete gold set of report ids, for list-type questions


def chunk_haystack(text: str, section_path: Iterable[str] = ()) -> str:
    """The normalised text a gold is looked for in: heading path plus passage text."""
    return normalise(" ".join((*section_path, text)))


def _parse_turn(raw: Any, where: str) -> Turn:
    if not isinstance(raw, dict) or raw.get("role") not in ROLES:
        raise DevSetError(f"{where}: each history turn needs a role in {ROLES} and content")
    return Turn(role=str(raw["role"]), content=str(field(raw, "content", where)))


def parse_gold(raw: Any, where: str) -> AskGold:
    contains = gold_contains(raw, where)
    return AskGold(report=str(field(raw, "report", where)), contains=contains)


def _check_consistency(q: AskQuestion, where: str) -> None:
    if q.lang not in ("sv", "en"):
        raise DevSetError(f"{where} ({q.id}): lang must be 'sv' or 'en', got {q.lang!r}")
    if q.answerable and not q.gold:
        raise DevSetError(f"{where} ({q.id}): an answerable question needs gold passages")
    if not q.answerable and (q.gold or q.units):
        raise DevSetError(f"{where} ({q.id}): an unanswerable question has no gold or units")
    if (q.kind == "unanswerable") == q.answerable:
        raise DevSetError(f"{where} ({q.id}): kind 'unanswerable' iff answerable is false")
    if q.kind == "which_units" and not q.units:
        raise DevSetError(f"{where} ({q.id}): a which_units question needs its units")
    if q.kind == "followup" and not q.history:
        raise DevSetError(f"{where} ({q.id}): a followup question needs a history")


def parse_ask_question(raw: Mapping[str, Any], where: str) -> AskQuestion:
    """One dev-set record; raises DevSetError naming `where` and the question id."""
    qid = str(field(raw, "id", where))
    where_id = f"{where} ({qid})"
    kind = field(raw, "kind", where_id)
    if kind not in ASK_KINDS:
        raise DevSetError(f"{where_id}: field 'kind' is {kind!r}, expected one of {ASK_KINDS}")
    history = field(raw, "history", where_id)
    gold = field(raw, "gold", where_id)
    if not isinstance(history, list) or not isinstance(gold, list):
        raise DevSetError(f"{where_id}: fields 'history' and 'gold' must be lists")
    q = AskQuestion(
        id=qid,
        kind=cast(AskKind, kind),
        lang=str(field(raw, "lang", where_id)),
        question=str(field(raw, "question", where_id)),
        history=tuple(_parse_turn(t, f"{where_id} history[{i}]") for i, t in enumerate(history)),
        answerable=bool(field(raw, "answerable", where_id)),
        gold=tuple(parse_gold(g, f"{where_id} gold[{i}]") for i, g in enumerate(gold)),
        units=tuple(str(u) for u in raw.get("units", ())),
    )
    _check_consistency(q, where)
    return q


def load_ask_devset(path: Path = ASK_DEVSET_PATH) -> list[AskQuestion]:
    """Read the JSON-lines dev set; raises DevSetError naming the file, line and question id."""
    return [parse_ask_question(raw, where) for where, raw in read_jsonl(path)]


def passages_by_report(reports: Iterable[Report]) -> dict[str, list[str]]:
    """Report id -> the normalised haystack of each of its passages, in order."""
    return {r.id: [_haystack(c) for c in r.chunks] for r in reports}


def _haystack(chunk: Chunk) -> str:
    return chunk_haystack(chunk.text, chunk.section_path)


def check_golds(qid: str, golds: Iterable[AskGold], passages: Mapping[str, Sequence[str]]) -> None:
    """Raise GoldNotFoundError (naming `qid`) unless each gold lies in one passage of its report."""
    for g in golds:
        if g.report not in passages:
            raise GoldNotFoundError(f"{qid}: gold report {g.report!r} is not in the corpus")
        needle = normalise(g.contains)
        if not any(needle in p for p in passages[g.report]):
            raise GoldNotFoundError(f"{qid}: {g.contains!r} not found in {g.report}")


def check_gold_in_reports(
    questions: Sequence[AskQuestion], passages: Mapping[str, Sequence[str]]
) -> None:
    """Raise GoldNotFoundError unless every gold lies inside one passage of its report.

    Also checks that every report id in `units` exists and that each such report has a gold."""
    for q in questions:
        check_golds(q.id, q.gold, passages)
        missing = [u for u in q.units if u not in passages]
        if missing:
            raise GoldNotFoundError(f"{q.id}: units name unknown reports {missing}")
        without_gold = sorted(set(q.units) - {g.report for g in q.gold})
        if without_gold:
            raise GoldNotFoundError(f"{q.id}: units {without_gold} have no gold passage")
