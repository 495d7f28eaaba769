"""The dev set is well-formed and every gold passage really occurs in the corpus file it names."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.devset import (
    KINDS,
    DevQuestion,
    GoldPassage,
    check_gold_in_corpus,
    gold_matches,
    load_devset,
    normalise,
)
from bench.errors import DevSetError, GoldNotFoundError

QUESTIONS = load_devset()


def test_size_languages_and_kinds() -> None:
    assert len(QUESTIONS) >= 48
    langs = Counter(q.lang for q in QUESTIONS)
    assert set(langs) == {"sv", "en"}
    assert 0.2 <= langs["en"] / len(QUESTIONS) <= 0.35
    kinds = Counter(q.kind for q in QUESTIONS)
    assert set(kinds) == set(KINDS)
    assert min(kinds.values()) >= 8


def test_every_gold_passage_occurs_in_its_file(corpus_dir: Path) -> None:
    check_gold_in_corpus(QUESTIONS, corpus_dir)  # raises GoldNotFoundError naming the question
    for q in QUESTIONS:
        for g in q.gold:
            assert 30 <= len(g.contains) <= 120, (q.id, g.contains)


def test_which_units_name_every_unit_with_a_unique_passage(corpus_dir: Path) -> None:
    texts = {p.name: normalise(p.read_text(encoding="utf-8")) for p in corpus_dir.glob("*.txt")}
    which = [q for q in QUESTIONS if q.kind == "which_units"]
    for q in which:
        assert q.units and len(q.gold) >= 2, q.id
        assert all(g.unit for g in q.gold), q.id
        assert set(q.units) == {g.unit for g in q.gold}, q.id
        for g in q.gold:  # one occurrence, so it pins a single unit even inside the bundle
            assert texts[g.file].count(normalise(g.contains)) == 1, (q.id, g.contains)


def test_matching_survives_cleaning_differences() -> None:
    gold = (
        GoldPassage("a.txt", "samverkansträffar med fältassistenter, polis"),
        GoldPassage("a.txt", "föreningen Maskrosbarn inleddes under våren"),
        GoldPassage("b.txt", "Hässelby-Vällingby och Bromma"),
    )
    wrapped = "deltagit i samverkans-\nträffar med fält assistenter,\n\npolis och skola"
    assert gold_matches(gold, "a.txt", wrapped) == frozenset({0})
    assert gold_matches(gold, "a.txt", "med föreningen **Maskrosbarn** inleddes under våren") == {1}
    assert gold_matches(gold, "b.txt", "Hässelby-\nVällingby och  Bromma") == frozenset({2})
    assert gold_matches(gold, "a.txt", "Hässelby-Vällingby och Bromma") == frozenset()
    assert gold_matches(gold, "b.txt", "text", context=("Hässelby-Vällingby och Bromma",)) == {2}


def test_malformed_devset_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "dev.jsonl"
    bad.write_text('{"id": "x", "question": "q", "lang": "sv", "kind": "fact", "gold": []}\n')
    with pytest.raises(DevSetError, match=r"dev\.jsonl:1: field 'gold'"):
        load_devset(bad)
    bad.write_text('{"id": "x", "question": "q", "lang": "sv", "kind": "odd", "gold": []}\n')
    with pytest.raises(DevSetError, match="kind"):
        load_devset(bad)


def test_missing_gold_is_reported(corpus_dir: Path) -> None:
    q = QUESTIONS[0]
    broken = [
        DevQuestion(q.id, q.question, q.lang, q.kind, (GoldPassage(q.gold[0].file, "nope " * 8),))
    ]
    with pytest.raises(GoldNotFoundError, match=q.id):
        check_gold_in_corpus(broken, corpus_dir)
