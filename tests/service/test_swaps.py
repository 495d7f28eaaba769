"""A follow-up's new place or subject swapped into the earlier question (service.answer.swaps)."""

from __future__ import annotations

from service.answer.followup import resolve_followup
from service.answer.swaps import own_place, own_unit, swap_phrase, swap_subject, swap_unit
from service.answer.types import Turn


def test_a_new_place_after_the_same_preposition_replaces_the_old_one() -> None:
    earlier = "Hur många barn var placerade i jourhem hos enheten 2016?"
    assert swap_phrase("Och i HVB-hem?", earlier) == (
        "Hur många barn var placerade i HVB-hem hos enheten 2016?"
    )
    assert swap_phrase("Och varför?", earlier) is None


def test_a_named_subject_replaces_the_earlier_questions_one_named_subject() -> None:
    earlier = "Var har Familjeresursen i Spånga-Tensta sina lokaler?"  # the district is no subject
    assert swap_subject("Och Familjerätten då?", earlier) == (
        "Var har Familjerätten i Spånga-Tensta sina lokaler?"
    )
    assert swap_subject("And the family law team?", "What does Familjeresursen do?") == (
        "What does family law team do?"
    )
    assert swap_subject("Och familjerätten?", earlier) is None  # Swedish: a name, capitalised
    assert swap_subject("Och Familjerätten 2019?", earlier) is None  # a year: a topic in a year
    assert swap_subject("Och Familjerätten, var finns de?", earlier) == (
        "Var har Familjerätten i Spånga-Tensta sina lokaler?"
    )  # asked again in frame words only
    assert swap_subject("Och Familjerätten, hur många ärenden hade de?", earlier) is None
    genitive = "Vilka metoder bygger RVC Västs individuella samtal på?"
    assert swap_subject("Och Gruppbehandlingen?", genitive) is None


def test_and_what_about_a_name_swaps_the_subject() -> None:
    earlier = "What sick-leave target does Familjeenheten on Kungsholmen have in its 2022 plan?"
    assert swap_subject("And what about Vuxenenheten?", earlier) == (
        "What sick-leave target does Vuxenenheten on Kungsholmen have in its 2022 plan?"
    )
    assert swap_subject("Men hur är det med Vuxenenheten?", earlier) == (
        "What sick-leave target does Vuxenenheten on Kungsholmen have in its 2022 plan?"
    )


def test_a_served_unit_replaces_the_earlier_questions_unit_whole() -> None:
    units = ("Enheten för stöd och service i hemmet", "Vuxenenheten", "Familjeenheten")
    earlier = "What sick-leave target did Enheten för stöd och service i hemmet set for 2022?"
    assert swap_subject("And what about the Vuxenenheten?", earlier, units) == (
        "What sick-leave target did Vuxenenheten set for 2022?"
    )  # not "Vuxenenheten för stöd och service i hemmet"
    assert swap_subject("And what about the Vuxenenheten?", earlier) == (
        "What sick-leave target did Vuxenenheten för stöd och service i hemmet set for 2022?"
    )  # without the served units' names only the capitalised word is known
    assert swap_subject("Och Komet?", earlier, units) is None  # "Enheten" is the unit's, no subject


def test_a_new_district_replaces_the_earlier_questions_district() -> None:
    """ "och hur såg det ut i spånga-tensta?" asks the earlier question of another district."""
    from service.answer.swaps import swap_place

    earlier = "vad har familjeenheten på kungsholmen för mål för placerade barns skolresultat?"
    assert swap_place("och hur såg det ut i spånga-tensta?", earlier) == (
        "vad har familjeenheten på spånga-tensta för mål för placerade barns skolresultat?"
    )
    assert swap_place("And in Östermalm?", earlier) == (
        "vad har familjeenheten på Östermalm för mål för placerade barns skolresultat?"
    )
    assert swap_place("och i HVB-hem?", earlier) is None  # no district: swap_phrase's case
    assert swap_place("och i Kista?", "Hur många familjer deltog?") is None  # none to replace


UNITS = (
    "Enheten för prevention och familjebehandling",
    "Biståndsbedömning, funktionsnedsättning",
    "Vuxenenheten",
    "Familjeenheten",
)


def test_another_unit_asked_after_a_preposition_or_in_english_replaces_the_unit() -> None:
    """A follow-up naming another served unit asks the same of it: after a preposition
    ("Och på vuxenenheten?" is no new phrase after "på"), with a comma in its name, or in the
    English the glossary reads as the unit's words."""
    sv = "Vilken introduktion får nyanställda på Enheten för prevention och familjebehandling?"
    assert swap_unit("Och på vuxenenheten?", sv, UNITS) == (
        "Vilken introduktion får nyanställda på vuxenenheten?"
    )
    assert swap_unit("Och på Biståndsbedömning, funktionsnedsättning då?", sv, UNITS) == (
        "Vilken introduktion får nyanställda på Biståndsbedömning, funktionsnedsättning?"
    )
    en = "What introduction do new staff get at Enheten för prevention och familjebehandling?"
    assert swap_unit("What about the disability needs assessment unit?", en, UNITS) == (
        "What introduction do new staff get at the disability needs assessment unit?"
    )


def test_a_follow_up_saying_more_than_a_unit_swaps_nothing() -> None:
    sv = "Vilken introduktion får nyanställda på Enheten för prevention och familjebehandling?"
    assert swap_unit("Och vuxenenhetens budget?", sv, UNITS) is None  # a topic besides
    assert swap_unit("Och på Kungsholmen?", sv, UNITS) is None  # a place
    assert swap_unit("Och vuxenenheten 2019?", sv, UNITS) is None  # a year
    assert swap_unit("Och på vuxenenheten?", "Vilken introduktion får nyanställda?", UNITS) is None


SERVED = (*UNITS, "Barn- och ungdomsenheten")


def test_a_follow_up_naming_another_unit_asks_the_earlier_question_of_that_unit() -> None:
    earlier = "Vilket årsmål för sjukfrånvaron har Familjeenheten på Kungsholmen för 2022?"
    assert own_unit("Och vilket mål har Vuxenenheten satt?", earlier, SERVED) == (
        "Vilket årsmål för sjukfrånvaron har Vuxenenheten på Kungsholmen för 2022?"
    )
    then = "Hur låg sjukfrånvaron på Familjeenheten på Östermalm 2017?"  # and in its district
    assert own_unit("Och hos Barn- och ungdomsenheten i Hägersten-Liljeholmen?", then, SERVED) == (
        "Hur låg sjukfrånvaron på Barn- och ungdomsenheten på Hägersten-Liljeholmen 2017?"
    )
    for same in ("Och vad har Familjeenhetens chefer för mål?", "Och vilket mål har de satt?"):
        assert own_unit(same, earlier, SERVED) == earlier  # the same unit, or none named
    both = "Hur står sig Vuxenenheten mot Barn- och ungdomsenheten?"
    assert own_unit(both, earlier, SERVED) == earlier  # two units: no one to swap in


def test_the_earlier_unit_is_found_without_the_comma_of_its_name() -> None:
    earlier = "Hur många klagomål kom in till Biståndsbedömning funktionsnedsättning 2021?"
    assert own_unit("Och hos Vuxenenheten?", earlier, SERVED) == (
        "Hur många klagomål kom in till Vuxenenheten 2021?"
    )


def test_the_resolved_follow_up_no_longer_names_the_earlier_unit() -> None:
    history = [
        Turn("user", "Vilket årsmål för sjukfrånvaron har Familjeenheten på Kungsholmen för 2022?"),
        Turn("assistant", "Familjeenheten, Kungsholmen (VP 2022) skriver: ”Sjukfrånvaro 4 %”"),
    ]
    resolved = resolve_followup("Och vilket mål har Vuxenenheten satt?", history, SERVED)
    assert "Vuxenenheten" in resolved and "Familjeenheten" not in resolved


def test_a_follow_up_naming_another_district_asks_the_earlier_question_of_it() -> None:
    earlier = "Hur gick testet med Viewpoint i Hägersten-Liljeholmen 2019?"
    assert own_place("Hur många barn på Östermalm fick använda det?", earlier) == (
        "Hur gick testet med Viewpoint i Östermalm 2019?"
    )
    history = [Turn("user", earlier), Turn("assistant", "Familjehemsvården testade verktyget.")]
    resolved = resolve_followup("Och hur många barn på Östermalm fick använda det?", history)
    assert "Hägersten" not in resolved and "Viewpoint i Östermalm" in resolved
    for same in ("Och i Hägersten?", "Hur många på Hägersten-Liljeholmens enhet?", "Och 2019?"):
        assert own_place(same, earlier) == earlier  # the same district, or none named
    both = "Är det fler på Östermalm än på Kungsholmen?"
    assert own_place(both, earlier) == earlier  # two districts: no one to swap in
