"""Which units state a key term: the posting-list route finds every spelling of a name."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import search
from ingest.types import Report
from search.protocols import SearchIndex
from service.answer import Answerer
from service.answer.keyterms import find_key_terms
from service.answer.terms import KeyTerms, make_term
from service.answer.units import by_terms
from tests.service.fakes import FakeIndex, make_report


@contextmanager
def _indexed(tmp_path: Path, reports: Sequence[Report]) -> Iterator[SearchIndex]:
    """A real (hash-embedded) index over `reports`: postings, head and spelling lookups."""
    with search.open_index(tmp_path / "index", search.make_embedder("hash")) as index:
        index.add_reports(reports)
        yield index


def _listed(index: SearchIndex, keys: KeyTerms) -> list[str]:
    """The report ids `by_terms` lists, sorted."""
    return sorted(f.chunk.report_id for f in by_terms(index, keys, None))


def test_a_name_of_two_words_is_also_found_written_as_one() -> None:
    index = FakeIndex(
        [
            make_report(
                "a",
                "Familjeenheten",
                2022,
                "VP",
                [("Kvalitet", ["Vi går igenom Lex Sarah-rapporter."])],
            ),
            make_report(
                "b", "Vuxenenheten", 2022, "VP", [("Kvalitet", ["Kunskap om LexSarah behövs."])]
            ),
            make_report(
                "c", "Enheten för sysselsättning", 2022, "VP", [("Kvalitet", ["Inget om det."])]
            ),
        ]
    )
    keys = find_key_terms("Vilka enheter tar upp Lex Sarah?", index.doc_freq)
    found = by_terms(index, keys, None)
    assert sorted(f.chunk.report_id for f in found) == ["a", "b"]
    for f in found:
        assert "sarah" in f.chunk.text[f.start : f.end].lower()


def test_a_name_is_found_at_the_head_of_a_compound(tmp_path: Path) -> None:
    reports = [
        make_report("a", "Familjeenheten", 2017, "VB", [("Info", ["Vi har ett Instagramkonto."])]),
        make_report("b", "Vuxenenheten", 2022, "VP", [("Info", ["Vi finns på Instagram."])]),
        make_report("c", "Fältgruppen", 2022, "VP", [("Info", ["Inget om sociala medier här."])]),
    ]
    with _indexed(tmp_path, reports) as index:
        keys = find_key_terms("Vilka enheter använder Instagram?", index.doc_freq)
        assert keys.named
        found = _listed(index, keys)
    assert found == ["a", "b"]


def test_beside_a_rare_word_only_passages_close_in_meaning_are_listed() -> None:
    from service.answer.units import RARE_WORD_SIMILARITY, by_meaning

    words = [
        "äpple",
        "päron",
        "plommon",
        "körsbär",
        "druva",
        "melon",
        "citron",
        "mango",
        "kiwi",
        "ananas",
        "banan",
        "fikon",
        "dadel",
        "persika",
        "aprikos",
        "hallon",
        "blåbär",
        "lingon",
        "vinbär",
        "krusbär",
    ]
    question = " ".join(words)  # 20 words; the fake's similarity is the share found / 0.1
    close = " ".join(words[:10]) + "."  # 10 of 20: 5.0
    near = " ".join(words[:7]) + "."  # 7 of 20: 3.5
    index = FakeIndex(
        [
            make_report("a", "Familjeenheten", 2017, "VB", [("X", [close])]),
            make_report("b", "Vuxenenheten", 2022, "VP", [("X", [near])]),
        ]
    )
    loose = {f.chunk.report_id for f in by_meaning(index, question, None)}
    strict = {f.chunk.report_id for f in by_meaning(index, question, None, RARE_WORD_SIMILARITY)}
    assert loose == {"a", "b"} and strict == {"a"}


def test_a_name_or_rare_word_is_also_found_as_a_report_misspells_it(tmp_path: Path) -> None:
    reports = [
        make_report("a", "Familjeenheten", 2017, "VB", [("Grupp", ['En "Skilda värdar-grupp".'])]),
        make_report("b", "Familjestöd", 2020, "VP", [("Grupp", ["Barngrupper: Skilda världar."])]),
        make_report("c", "Vuxenenheten", 2022, "VP", [("Samtal", ["Samarbetsamtal erbjuds."])]),
        make_report("d", "Fältgruppen", 2022, "VP", [("Värd", ["Skilda värden och en värd."])]),
        make_report("e", "Familjerätt", 2022, "VP", [("Samtal", ["Samarbetssamtal ges."])]),
    ]
    with _indexed(tmp_path, reports) as index:
        named = find_key_terms("Vilka enheter nämner Skilda världar?", index.doc_freq)
        assert named.named
        assert _listed(index, named) == ["a", "b"]
        rare = KeyTerms(((make_term("samarbetssamtal"),),), named=False)
        assert _listed(index, rare) == ["c", "e"]


def test_a_word_no_passage_holds_whole_is_found_at_the_head_of_a_compound(
    tmp_path: Path,
) -> None:
    reports = [
        make_report("a", "Prevention", 2022, "VP", [("Barn", ["En barnrättsombudsperson finns."])]),
        make_report(
            "b", "Vuxenenheten", 2022, "VP", [("Metod", ["Metodutvecklingen fortsätter."])]
        ),
        make_report("c", "Familjeenheten", 2022, "VP", [("Metod", ["En metodutvecklare finns."])]),
    ]
    with _indexed(tmp_path, reports) as index:
        unknown = KeyTerms(((make_term("barnrättsombud"),),), named=False)
        assert _listed(index, unknown) == ["a"]
        known = KeyTerms(((make_term("metodutvecklare"),),), named=False)  # its own postings only
        assert _listed(index, known) == ["c"]


def test_a_report_is_quoted_with_the_sentence_that_says_what_the_question_asks() -> None:
    """Asked which units offer "Tryggare barn" to parents, a report listing the name bare
    (earlier in the report) is quoted with its sentence saying the offer to parents."""
    index = FakeIndex(
        [
            make_report(
                "a",
                "Familjeenheten",
                2017,
                "VB",
                [
                    ("Utbildningar", ['- "Tryggare barn"', "- Signs of Safety"]),
                    (
                        "Öppenvård",
                        [
                            'Insatsen "Tryggare barn" har erbjudits till föräldrar där det '
                            "funnits misstanke om barnmisshandel."
                        ],
                    ),
                ],
            ),
            make_report("b", "Vuxenenheten", 2022, "VP", [("Stöd", ["Inget om barn här."])]),
        ]
    )
    answer = Answerer(index).answer("Vilka enheter erbjuder Tryggare barn till föräldrar?")
    assert [c.report_id for c in answer.citations][:1] == ["a"]
    assert answer.citations[0].quote.startswith('Insatsen "Tryggare barn" har erbjudits')


def test_the_quote_is_the_sentence_naming_the_term_also_after_a_letter_lowered_longer() -> None:
    """The term is located once per passage and mapped to its sentence; a passage with a
    letter whose lower case is longer ("İ", two characters) is quoted from the text's own
    offsets, not the lower-cased text's (45 such letters before it would shift the match into
    the next sentence)."""
    first = "Enheten arbetar med flera metoder."
    named = "Sedan 2019 används Signs of Safety i alla utredningar."
    for lead in ("", "Gäster från İzmir, İstanbul och İnegöl besökte oss. " * 15):
        text = f"{lead}{first} {named} Vi följer upp arbetet."
        index = FakeIndex([make_report("a", "Familjeenheten", 2019, "VB", [("Metoder", [text])])])
        keys = find_key_terms("Vilka enheter använder Signs of Safety?", index.doc_freq)
        found = by_terms(index, keys, None)
        assert len(found) == 1
        assert found[0].chunk.text[found[0].start : found[0].end] == named


def test_a_named_compound_is_also_found_written_as_two_words(tmp_path: Path) -> None:
    reports = [
        make_report(
            "a", "Familjeenheten", 2017, "VB", [("Våld", ["Vi ställer FREDA-kortfrågor."])]
        ),
        make_report(
            "b", "Familjestöd", 2020, "VP", [("Våld", ["Våld scannas med FREDA kort frågor."])]
        ),
        make_report("c", "Vuxenenheten", 2022, "VP", [("Våld", ["Korta frågor om FREDA ställs."])]),
        make_report("d", "Fältgruppen", 2022, "VP", [("Kort", ["Kort om frågor vi fått."])]),
        make_report("e", "Familjerätt", 2022, "VP", [("Stöd", ["Metod stöd ges av teamet."])]),
        make_report("f", "Mottagningen", 2022, "VP", [("Stöd", ["Metodstöd ges av teamet."])]),
    ]
    with _indexed(tmp_path, reports) as index:
        named = find_key_terms("Vilka enheter använder FREDA-kortfrågor?", index.doc_freq)
        assert named.named
        assert _listed(index, named) == ["a", "b"]  # not "Korta frågor om FREDA"
        rare = KeyTerms(((make_term("metodstöd"),),), named=False)
        assert _listed(index, rare) == ["f"]  # a rare word's parts are everyday words: not split


def test_a_descriptive_topic_said_in_words_is_listed_below_the_similarity_floor() -> None:
    """A unit whose sentence says every word of a descriptive topic is listed at a lower
    similarity than one matched by meaning alone ("Vilka enheter arbetar med familjehem?":
    a plainly worded sentence on its familjehem); a sentence as close without the word is not."""
    from ingest.text.words import stem
    from service.answer.units import SAID_SIMILARITY, UNIT_SIMILARITY, by_meaning

    words = [f"ord{i}" for i in range(19)] + ["familjehem"]
    question = " ".join(words)  # the fake's similarity is the share of words found / 0.1
    close = " ".join(words[:10]) + "."  # 5.0
    said = " ".join(words[:3]) + " familjehem."  # 2.0: below the floor, says the topic
    unsaid = " ".join(words[3:7]) + "."  # 2.0 without it
    assert SAID_SIMILARITY <= 2.0 < UNIT_SIMILARITY
    index = FakeIndex(
        [
            make_report("a", "Familjeenheten", 2017, "VB", [("X", [close])]),
            make_report("b", "Vuxenenheten", 2022, "VP", [("X", [said])]),
            make_report("c", "Fältgruppen", 2022, "VP", [("X", [unsaid])]),
        ]
    )
    topic = {stem("familjehem"): 1.0}
    assert {f.chunk.report_id for f in by_meaning(index, question, None)} == {"a"}
    listed = {f.chunk.report_id for f in by_meaning(index, question, None, topic=topic)}
    assert listed == {"a", "b"}


def test_which_units_in_a_year_also_reads_the_next_years_plan_when_it_names_the_year() -> None:
    """A plan reports on the year before ("Under 2021 erbjöds Komet …" in a VP 2022): asked
    which units used Komet in 2021, it is listed beside the 2021 report; a 2022 plan not
    naming 2021, or a 2022 report (a VB tells of its own year), is not."""
    index = FakeIndex(
        [
            make_report("vb-2021", "Familjeenheten", 2021, "VB", [("X", ["Vi använder Komet."])]),
            make_report(
                "vp-2022", "Vuxenenheten", 2022, "VP", [("X", ["Under 2021 erbjöds Komet."])]
            ),
            make_report("vp-2022b", "Fältgruppen", 2022, "VP", [("X", ["Vi inför Komet."])]),
            make_report("vb-2022", "Barnenheten", 2022, "VB", [("X", ["Komet fanns även 2021."])]),
        ]
    )
    answer = Answerer(index).answer("Vilka enheter använde Komet 2021?")
    assert [u.report_id for u in answer.units] == ["vb-2021", "vp-2022"]


def test_a_report_of_an_unknown_or_uncertain_year_is_never_dropped_by_a_year() -> None:
    """The year post-filter keeps what the index's year filter keeps (search.filters): a report
    whose year is unknown, or inferred with low confidence, stays listed."""
    from dataclasses import replace

    from service.answer.units import Found, reports_on

    report = make_report("r", "Familjeenheten", 2020, "VB", [("X", ["Vi använder Komet."])])
    chunk = report.chunks[0]
    unknown = replace(report.meta, year=None)
    guessed = replace(report.meta, confidence={"year": 0.2})
    assert not reports_on(Found(chunk, report.meta, 0, 5, 1.0), (2019,))
    assert reports_on(Found(chunk, unknown, 0, 5, 1.0), (2019,))
    assert reports_on(Found(chunk, guessed, 0, 5, 1.0), (2019,))


def test_of_two_passages_as_strong_the_one_saying_something_is_quoted_first() -> None:
    """A bare mention in a list ("- "Tryggare barn"") names the topic and says nothing of it:
    the passage telling what the unit does with it comes first, though it comes later."""
    from service.answer.units import Found, group_by_report

    listed = ['- "Tryggare barn"', 'Insatsen "Tryggare barn" har erbjudits till föräldrar.']
    report = make_report("r", "Familjeenheten", 2017, "VB", [("Insatser", listed)])
    bare, told = report.chunks
    found = [
        Found(bare, report.meta, 0, len(bare.text), 1.0),
        Found(told, report.meta, 0, len(told.text), 1.0),
    ]
    assert [f.chunk.id for f in group_by_report(found, 2)[0]] == [told.id, bare.id]
    stronger = [Found(bare, report.meta, 0, len(bare.text), 2.0), found[1]]
    assert [f.chunk.id for f in group_by_report(stronger, 2)[0]] == [bare.id, told.id]
