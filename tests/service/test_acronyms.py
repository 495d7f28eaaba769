"""Acronyms the reports define stand for their long form in questions."""

from __future__ import annotations

from service.answer.acronyms import abbreviates, acronym_variants, defined_acronyms
from service.answer.keyterms import find_key_terms
from service.answer.presence import coverage, missing_keys
from tests.service.test_select import evidence

DEFINING = (
    "Familjestöd består av Familjeresursen och Relationsvåldscentrum Väst (RVC). "
    "Personal från Relationsvåldsteamet (RVT) deltar. Samordnad individuell plan (SIP) upprättas."
)


def test_an_acronym_is_read_from_its_definition_when_it_abbreviates_one_word() -> None:
    assert abbreviates("Relationsvåldscentrum", "RVC")
    assert not abbreviates("Samordnad", "SIP")  # several words: a phrase, not this word
    assert not abbreviates("Kommunen", "KVC")  # no V in it
    assert defined_acronyms(["Alternativ till våld (ATV) och Aktivt medskapandeindex (AMI)"]) == {}
    assert defined_acronyms([DEFINING]) == {
        "relationsvåldscentrum": "rvc",
        "relationsvåldsteam": "rvt",
    }


def test_a_sentence_using_the_acronym_covers_the_long_form_and_its_key() -> None:
    acronyms = defined_acronyms([DEFINING])
    weights = {"relationsvåldscentrum": 5.0, "väst": 4.0}
    variants = acronym_variants(weights, acronyms)
    said = "RVC Väst bedriver verksamheten på Stormbyvägen 2-4 i Spånga."
    assert coverage(weights, said, variants) == 1.0
    assert coverage(weights, said) == 4.0 / 9.0
    keys = find_key_terms(
        "På vilken adress håller Relationsvåldscentrum Väst till?", lambda w: 0.001
    )
    ev = evidence(said, [0.8])
    assert (
        missing_keys(ev, keys.terms, variants=acronym_variants(["relationsvåldscentrum"], acronyms))
        == 0
    )
    assert missing_keys(ev, keys.terms) == len(keys.terms) >= 1
    assert coverage({"rvc": 1.0}, "Arvcentrum") == 0.0


def test_a_key_named_before_a_continuing_passage_is_not_missing() -> None:
    from dataclasses import replace

    from service.answer.keyterms import find_key_terms
    from tests.service.test_select import evidence

    keys = find_key_terms("Hur många besökare hade fritidsgården Kuggen 2019?", lambda w: 0.001)
    rows = evidence("2019: Antal besökare 1 749, 40 % flickor, 60 % pojkar", [0.8])
    assert missing_keys(rows, keys.terms) == 1
    named = replace(rows, before="Andelen besökare på Kuggen som upplever sig trygga har ökat.")
    assert missing_keys(named, keys.terms) == 0


def test_a_hyphenated_key_is_found_through_its_acronym_alone() -> None:
    from service.answer.topic_words import topic_parts

    freq = {"lus-meddelanden": 0.004, "lus": 0.02, "meddelanden": 0.05}
    keys = find_key_terms("Hur många LUS-meddelanden kom in 2019?", lambda w: freq.get(w, 0.2))
    variants = topic_parts(["lus-meddelanden"], lambda w: freq.get(w, 0.0))
    said = evidence("På enheten har det inkommit 7 LUS under 2019.", [0.8])
    assert [t.display for t in keys.terms] == ["LUS-meddelanden"]
    assert missing_keys(said, keys.terms) == 1
    assert missing_keys(said, keys.terms, variants=variants) == 0  # "7 LUS"
    other = evidence("Antalet orosanmälningar ökade under 2019.", [0.8])
    assert missing_keys(other, keys.terms, variants=variants) == 1


def test_a_key_its_reports_title_names_is_present_in_each_of_its_passages() -> None:
    from dataclasses import replace

    keys = find_key_terms("Hur lång var väntetiden hos Vuxenenheten i Uppsala?", lambda w: 0.001)
    said = evidence("Väntetiden var i genomsnitt 17 dagar under 2020.", [0.8])
    assert [t.display for t in keys.terms] == ["Uppsala"]
    assert missing_keys(said, keys.terms) == 1
    titled = "Verksamhetsberättelse 2020 Vuxenenheten Uppsala kommun"
    uppsala = replace(said, hit=replace(said.hit, meta=replace(said.hit.meta, title=titled)))
    assert missing_keys(uppsala, keys.terms) == 0


def test_an_acronym_of_several_words_is_read_from_any_report_in_any_inflection() -> None:
    from service.answer.acronyms import defined_phrases, phrase_acronyms

    defined = defined_phrases(
        [DEFINING, "Barn och ungdom (BoU) och Parenting Young Children (PYC) erbjuds."]
    )
    assert defined == {
        ("samordn", "individuell", "plan"): "SIP",
        ("parenting", "young", "childr"): "PYC",
    }  # "Barn och ungdom" also says "barn och ungdomar": left out
    assert phrase_acronyms("Hur många samordnade individuella planer hölls?", defined) == ["SIP"]
    assert phrase_acronyms("Hur många individuella planer hölls?", defined) == []


def test_a_question_naming_the_long_form_finds_a_report_writing_only_the_acronym() -> None:
    """One report defines SIP, another writes only "SIP": a question saying "samordnad
    individuell plan" is answered from the latter; once the defining report is gone, not."""
    from service.answer import Answerer
    from tests.service.fakes import FakeIndex, make_report

    defining = make_report(
        "vp-2020-fse", "Familjestödsenheten", 2020, "VP", [("Samverkan", [DEFINING])]
    )
    using = make_report(
        "vb-2019-bou",
        "Barn- och ungdomsenheten",
        2019,
        "VB",
        [
            (
                "Samverkan",
                [
                    "Under 2019 fick 40 barn en kontaktperson i stadsdelen.",
                    "Under 2019 har 31 nya barn fått en SIP upprättad.",
                ],
            )
        ],
    )
    index = FakeIndex([defining, using])
    answerer = Answerer(index)
    question = "Hur många barn fick en samordnad individuell plan under 2019?"
    answer = answerer.answer(question)
    assert answer.grounded
    assert answer.citations[0].quote == "Under 2019 har 31 nya barn fått en SIP upprättad."
    index.delete_report("vp-2020-fse")
    assert "SIP" not in answerer.read(question).text


def test_a_sentence_spells_out_an_acronym_before_or_after_it() -> None:
    from service.answer.acronyms import spells_out

    for said, acronym in (
        ("Parenting Young Children (PYC) är en behandlingsmetod.", "PYC"),
        ("arbetssättet EST (Effektiv samordning av trygghet), som är systematiskt", "EST"),
        ("inom socialpsykiatrin används DUR (Dokumentation - Utredning - Resultat)", "DUR"),
        ("AKK, alternativ och kompletterande kommunikationsstöd, används", "AKK"),
    ):
        assert spells_out(said, acronym), said
    assert not spells_out("Enheten deltar i samverkansforumen SAMBA och SSP.", "SAMBA")
    assert not spells_out("utförare inom stadens LOV-anslutna verksamheter", "LOV")


def test_a_question_for_what_an_acronym_stands_for_wants_its_words() -> None:
    """ "Vad står SAMBA för?" is not answered by a sentence that only names SAMBA; "Vad står
    enheten för?" asks for its values, any statement."""
    from service.answer.asked import expected_answer
    from service.answer.expectations import meets_expectation

    asked = "Vad står SAMBA för, samverkansforumet som enheten deltog i?"
    assert expected_answer(asked) == "expansion"
    assert expected_answer("What does LOV stand for in the plan?") == "expansion"
    assert expected_answer("Vad står enheten för?") == ""
    named = "Enheten har deltagit i de samverkansforum som finns, SAMBA och SSP."
    assert not meets_expectation("expansion", named, asked)
    spelled = "SAMBA (Samverkan, Ansvar, Möten, Barn, Aktörer) är ett forum."
    assert meets_expectation("expansion", spelled, asked)
