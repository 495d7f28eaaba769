"""A passage question's candidates and what scoring them needs (service.answer.candidates)."""

from __future__ import annotations

from ingest.text.words import stem
from service.answer.candidates import gather
from service.answer.reading import read_question
from tests.service.fakes import FakeIndex, make_report, sample_reports


def test_candidates_carry_topic_weights_and_the_names_a_passage_must_hold() -> None:
    index = FakeIndex(sample_reports())
    q = read_question("Hur används Signs of Safety i utredningarna?")
    found = gather(index, q, q.text, 10, None)
    assert found.evidence and len(found.evidence) <= 10
    assert [t.display for t in found.keys] == ["Signs of Safety"]
    assert stem("utredningarna") in found.weights
    assert found.unknown == 0.0


def test_an_english_name_no_report_holds_is_no_key() -> None:
    index = FakeIndex(sample_reports())
    q = read_question("How is the LGBTQIA youth club run?")
    assert gather(index, q, q.text, 10, None).keys == ()


def test_an_acronym_the_candidates_define_is_a_way_its_word_is_written() -> None:
    text = "Arbetsplatsträffar (APT) hålls varje månad. Vid APT diskuteras arbetsmiljön."
    report = make_report("vp-2022-x", "Vuxenenheten", 2022, "VP", [("Arbetsmiljö", [text])])
    q = read_question("Hur ofta hålls arbetsplatsträffar?")
    found = gather(FakeIndex([report]), q, q.text, 10, None)
    assert any("apt" in str(v).lower() for v in found.variants.get(stem("arbetsplatsträffar"), ()))
