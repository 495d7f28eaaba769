"""The answerer's retrieval rules, checked with an index whose modes disagree."""

from __future__ import annotations

from search.types import Filters, Hit
from service.answer import Answerer
from service.answer.types import Turn
from tests.service.fakes import FakeIndex, sample_reports


class _DenseMisses(FakeIndex):
    """Hybrid search returns an off-topic passage; only lexical search finds the wording."""

    def search(
        self, query: str, k: int = 10, filters: Filters | None = None, mode: str = "hybrid"
    ) -> list[Hit]:
        hits = super().search(query, k, filters, mode)
        if mode == "lexical":
            return hits
        off_topic = super().search("vräkningar hembesök", k, filters)
        return [h for h in off_topic if h.chunk.id not in {x.chunk.id for x in hits}]


def test_lexical_hits_back_up_a_dense_miss() -> None:
    answer = Answerer(_DenseMisses(sample_reports())).answer(
        "Hur följs familjehemsplaceringar upp?"
    )
    assert answer.grounded
    assert [c.quote for c in answer.citations] == [
        "Familjehemsplaceringar följs upp varje kvartal."
    ]


def test_off_topic_hits_do_not_ground_an_answer() -> None:
    answer = Answerer(_DenseMisses(sample_reports())).answer("Hur går det med rymdresorna?")
    assert not answer.grounded and answer.citations == ()


def test_a_swedish_word_an_english_question_is_translated_into_weighs_as_in_swedish() -> None:
    """ "noise" becomes "buller", which no report contains: it weighs as an unknown Swedish
    word (the reports lack what was asked); "frobnicate", left English and unknown, says
    nothing."""
    answerer = Answerer(FakeIndex(sample_reports()))
    english = answerer.candidates(answerer.read("How are complaints about noise handled?"), None)
    swedish = answerer.candidates(answerer.read("Hur hanteras klagomål om buller?"), None)
    assert "bull" in english.weights and english.weights["bull"] == swedish.weights["bull"]
    assert english.unknown > 0.0
    odd = answerer.candidates(answerer.read("How are complaints about frobnicate handled?"), None)
    plain = answerer.candidates(answerer.read("How are complaints handled?"), None)
    assert (odd.weights, odd.unknown) == (plain.weights, plain.unknown)


def test_the_teams_or_services_of_one_named_unit_are_not_a_list_of_units() -> None:
    """ "Vilka verksamheter …" lists units unless the question names one: then it asks for
    the parts of that unit ("Vilka verksamheter har Barn- och ungdomsenheten?"); "Vilka enheter
    samarbetar med Barn- och ungdomsenheten?" still."""
    answerer = Answerer(FakeIndex(sample_reports()))
    assert answerer.read("Vilka verksamheter har Barn- och ungdomsenheten?").intent == "passage"
    assert answerer.read("Which services does Barn- och ungdomsenheten run?").intent == "passage"
    assert answerer.read("Vilka verksamheter arbetar med familjehem?").intent == "aggregate"
    listing = answerer.read("Vilka enheter samarbetar med Barn- och ungdomsenheten?")
    assert listing.intent == "aggregate"


def test_a_unit_in_a_district_none_of_the_reports_is_from_is_refused() -> None:
    """Vuxenenheten is Kungsholmen's: asked about one in Hägersten-Liljeholmen, the answer says
    no report is from it instead of quoting Kungsholmen's or Hägersten-Liljeholmen's units."""
    answerer = Answerer(FakeIndex(sample_reports()))
    answer = answerer.answer("Hur minskar Vuxenenheten i Hägersten-Liljeholmen vräkningar?")
    assert not answer.grounded
    assert "Ingen av rapporterna är från Vuxenenheten i Hägersten-Liljeholmen." in answer.text
    assert answerer.answer("Hur minskar Vuxenenheten på Kungsholmen vräkningar?").grounded
    norrmalm = answerer.answer("How does the adult unit in Norrmalm reduce evictions?")
    assert not norrmalm.grounded  # a district none of the reports is from
    assert "None of the reports is from Vuxenenheten in Norrmalm." in norrmalm.text


def test_a_comparison_with_a_unit_nothing_is_found_for_is_refused() -> None:
    """Only Barn- och ungdomsenheten writes of an "överskott": compared with Vuxenenheten, one
    side alone does not answer, and the answer says which unit nothing was found for; asked
    alone, the same passage answers."""
    answerer = Answerer(FakeIndex(sample_reports()))
    alone = answerer.answer("Hur stort överskott redovisar Barn- och ungdomsenheten?")
    assert alone.grounded
    compared = answerer.answer(
        "Redovisar Barn- och ungdomsenheten ett större överskott än Vuxenenheten?"
    )
    assert not compared.grounded and compared.citations == ()
    assert "Jag hittar inget om Vuxenenheten (Kungsholmen) att jämföra med." in compared.text


def test_the_units_a_question_compares() -> None:
    from service.answer.who import compared_units

    metas = {r.id: r.meta for r in sample_reports()}
    both = compared_units("Hade Barn- och ungdomsenheten fler vräkningar än Vuxenenheten?", metas)
    assert both == {
        ("Barn- och ungdomsenheten", "Hägersten-Liljeholmen"),
        ("Vuxenenheten", "Kungsholmen"),
    }
    assert not compared_units("Hur många vräkningar hade Vuxenenheten jämfört med 2021?", metas)
    assert not compared_units("Samarbetar Barn- och ungdomsenheten med Vuxenenheten?", metas)


def test_a_district_alone_names_no_units_to_compare() -> None:
    from dataclasses import replace

    from service.answer.who import compared_units

    metas = {r.id: r.meta for r in sample_reports()}
    vuxen = metas["vp-2022-vuxen"]
    metas["vp-2022-familj"] = replace(vuxen, unit="Familjeenheten")  # two units, one district
    assert vuxen.district == "Kungsholmen"
    assert not compared_units("Varför lägger man på Kungsholmen mer tid i skolor än ute?", metas)
    assert not compared_units("Hur gick Hägersten-Liljeholmen 2019 jämfört med 2016?", metas)
    named = "Lägger Familjeenheten på Kungsholmen mer tid i skolor än Vuxenenheten?"
    assert compared_units(named, metas) == {
        ("Familjeenheten", "Kungsholmen"),
        ("Vuxenenheten", "Kungsholmen"),
    }


def test_a_follow_up_on_one_unit_after_a_comparison_is_no_comparison() -> None:
    from service.answer.who import compared_units

    metas = {r.id: r.meta for r in sample_reports()}
    resolved = "Och hos Vuxenenheten? (Hade Barn- och ungdomsenheten fler vräkningar än 2015?)"
    assert compared_units(resolved.replace("än 2015", "än Vuxenenheten"), metas)
    assert not compared_units(
        resolved.replace("än 2015", "än Vuxenenheten"), metas, typed="Och hos Vuxenenheten?"
    )


def test_the_passages_that_answer_are_cited_in_the_order_of_their_rank() -> None:
    """Whether to answer is the best score's to decide (select.WEIGHTS, the threshold); which
    passage is cited first is the rank's (select.RANK_WEIGHTS)."""
    from dataclasses import replace

    from service.answer.engine import FOLLOW_MARGIN
    from service.answer.reading import read_question

    answerer = Answerer(FakeIndex(sample_reports()))
    q = read_question("Hur följs familjehemsplaceringar upp?")
    ranked = answerer.rank(q, None)
    assert len(ranked) >= 2 and ranked[0].score >= answerer.threshold_of(q)
    assert all(c.rank != c.score for c in ranked)  # ranked by RANK_WEIGHTS, not WEIGHTS again
    best, other = ranked[0], ranked[1]
    close = replace(other, score=best.score - 1.0, rank=best.rank + 1.0)  # within the margin
    picked = answerer._picked(q, [best, close, *ranked[2:]])
    assert picked[0].evidence is other.evidence  # ranked higher, cited first
    far = replace(close, score=best.score - FOLLOW_MARGIN - 1.0)  # ranked higher, scored far
    assert all(c.evidence is not other.evidence for c in answerer._picked(q, [best, far]))
    below = [replace(c, score=answerer.threshold_of(q) - 1.0) for c in (best, close)]
    assert answerer._picked(q, below) == []  # the score, not the rank, decides to answer


def test_words_typed_as_spoken_are_no_part_of_the_topic() -> None:
    """ "nån", "e" and "dom" are "någon", "är" and "de": frame words, not what is asked."""
    answerer = Answerer(FakeIndex(sample_reports()))
    read = answerer.read("finns det nån grupp för barn vars mamma e sjuk, hur får dom hjälp?")
    assert {"nån", "e", "dom"}.isdisjoint(read.topic.terms)
    assert {"grupp", "mamma"} <= set(read.topic.terms)


def test_an_earlier_turn_is_read_in_the_reports_words_as_the_question_is() -> None:
    """A follow-up carries the earlier turn's words: misspelt there, they are respelled there
    too (as a plain typist's "nar" and "fritidsgard" are), not carried on as typed."""
    answerer = Answerer(FakeIndex(sample_reports()))
    history = [
        Turn(role="user", content="Hur följs familjehemsplacerigar upp 2016?"),
        Turn(role="assistant", content="Varje kvartal."),
    ]
    read = answerer.read("Och 2019?", history)
    assert "familjehemsplaceringar" in read.text and "2019" in read.text
