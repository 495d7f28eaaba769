"""The retrieval dev set: questions with gold passages given robustly to chunking.

A gold passage is a (corpus file name, short substring) pair. A retrieved chunk is relevant to it
when the chunk comes from that file and its text -- or its heading path, which the chunk carries as
context -- contains the substring after `normalise`: lower-cased with everything but letters and
digits dropped. That survives line-joining, whitespace collapsing, undone end-of-line hyphenation,
stripped markdown bold markers and quote-style changes, so the dev set does not depend on how
ingest cleans or splits the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from bench.errors import DevSetError, GoldNotFoundError

Kind = Literal["fact", "paraphrase", "which_units", "goal_across_years"]
KINDS: tuple[Kind, ...] = ("fact", "paraphrase", "which_units", "goal_across_years")
DEVSET_PATH = Path(__file__).resolve().parent / "devset.jsonl"

__all__ = [
    "DEVSET_PATH",
    "KINDS",
    "DevQuestion",
    "GoldPassage",
    "Kind",
    "check_gold_in_corpus",
    "field",
    "gold_contains",
    "gold_matches",
    "load_devset",
    "normalise",
    "read_jsonl",
]


@dataclass(frozen=True, slots=True)
class GoldPassage:
    """One passage that answers (part of) a question."""

    file: str  # corpus file name, e.g. "vb-2016-barn-och-ungdomsenheten.txt"
    contains: str  # short exact substring of the report text
    unit: str | None = None  # for which_units questions: the unit this passage stands for


@dataclass(frozen=True, slots=True)
class DevQuestion:
    """One dev-set question with its complete set of gold passages."""

    id: str
    question: str
    lang: str  # "sv" | "en"
    kind: Kind
    gold: tuple[GoldPassage, ...]
    units: tuple[str, ...] = ()


def normalise(text: str) -> str:
    """Lower-case `text` and keep only letters and digits (so layout differences vanish)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def gold_matches(
    gold: Sequence[GoldPassage], file_name: str, text: str, context: Iterable[str] = ()
) -> frozenset[int]:
    """Indices of the gold passages a chunk (from `file_name`, with `text`) is relevant to."""
    haystack = normalise(" ".join((*context, text)))
    return frozenset(
        i for i, g in enumerate(gold) if g.file == file_name and normalise(g.contains) in haystack
    )


def field(raw: Mapping[str, Any], name: str, where: str) -> Any:
    """`raw[name]`; raises DevSetError naming `where` and the field when it is missing."""
    if name not in raw:
        raise DevSetError(f"{where}: missing field '{name}'")
    return raw[name]


def gold_contains(raw: Any, where: str) -> str:
    """The 'contains' text of one gold entry (an object with a non-empty string), else a
    DevSetError naming `where`."""
    if not isinstance(raw, dict):
        raise DevSetError(f"{where}: each gold entry must be an object")
    contains = field(raw, "contains", where)
    if not isinstance(contains, str) or not normalise(contains):
        raise DevSetError(f"{where}: field 'contains' must be a non-empty string")
    return contains


def _parse_gold(raw: Any, where: str) -> GoldPassage:
    contains = gold_contains(raw, where)
    unit = raw.get("unit")
    return GoldPassage(file=str(field(raw, "file", where)), contains=contains, unit=unit)


def _parse_question(raw: dict[str, Any], where: str) -> DevQuestion:
    kind = field(raw, "kind", where)
    if kind not in KINDS:
        raise DevSetError(f"{where}: field 'kind' is {kind!r}, expected one of {KINDS}")
    gold_raw = field(raw, "gold", where)
    if not isinstance(gold_raw, list) or not gold_raw:
        raise DevSetError(f"{where}: field 'gold' must be a non-empty list")
    gold = tuple(_parse_gold(g, f"{where} gold[{i}]") for i, g in enumerate(gold_raw))
    return DevQuestion(
        id=str(field(raw, "id", where)),
        question=str(field(raw, "question", where)),
        lang=str(field(raw, "lang", where)),
        kind=cast(Kind, kind),
        gold=gold,
        units=tuple(raw.get("units", ())),
    )


def read_jsonl(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """The JSON objects of a JSON-lines file, each with where it stands ("file:line"); raises
    DevSetError naming the file and line of a line that is no JSON object, or of a duplicate
    "id"."""
    rows: list[tuple[str, dict[str, Any]]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DevSetError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(raw, dict):
            raise DevSetError(f"{where}: each line must be a JSON object")
        rows.append((where, raw))
    ids = [str(raw.get("id")) for _, raw in rows]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise DevSetError(f"{path.name}: duplicate ids {duplicates}")
    return rows


def load_devset(path: Path = DEVSET_PATH) -> list[DevQuestion]:
    """Read the JSON-lines dev set; raises DevSetError naming the file and line at fault."""
    return [_parse_question(raw, where) for where, raw in read_jsonl(path)]


def check_gold_in_corpus(questions: Sequence[DevQuestion], corpus_dir: Path) -> None:
    """Raise GoldNotFoundError unless every gold substring occurs in the file it names."""
    cache: dict[str, str] = {}
    for q in questions:
        for g in q.gold:
            if g.file not in cache:
                path = corpus_dir / g.file
                if not path.is_file():
                    raise GoldNotFoundError(f"{q.id}: gold file {path} does not exist")
                cache[g.file] = normalise(path.read_text(encoding="utf-8"))
            if normalise(g.contains) not in cache[g.file]:
                raise GoldNotFoundError(f"{q.id}: {g.contains!r} not found in {g.file}")
