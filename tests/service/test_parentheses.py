"""What a question says in parentheses (service.answer.parentheses)."""

from __future__ import annotations

from service.answer.parentheses import (
    acronyms_defined,
    elaborating,
    named_inside,
    rare_inside,
    unknown_named,
)

FREQ = {"lus": 0.002, "apt": 0.04, "miljöombud": 0.002, "statens": 0.01, "mst": 0.0}


def doc_freq(word: str) -> float:
    return FREQ.get(word, 0.0 if word == "multisystemisk" else 0.2)


def test_an_acronym_spelled_by_the_words_before_it_is_defined_with_its_long_form() -> None:
    found, rest = acronyms_defined("Vilka erbjuder Respekt och självrespekt (RoS)?", doc_freq)
    assert [t.display for t in found] == ["RoS", "Respekt och självrespekt (RoS)"]
    assert "självrespekt" not in rest  # the long form's words are no other name


def test_an_unspelled_acronym_elaborates_and_is_another_name_when_rare() -> None:
    assert elaborating("Vem tar upp lagen om samverkan vid utskrivning (LUS)?", doc_freq) == ["LUS"]
    assert elaborating("Hur ofta hålls arbetsplatsträffar (APT)?", doc_freq) == []  # common


def test_names_and_words_inside_parentheses() -> None:
    asked = "Vilka placerar hos SiS (Statens institutionsstyrelse)?"
    assert named_inside(asked, doc_freq) == ["Statens institutionsstyrelse"]
    assert named_inside("Vilka erbjuder Komet (inklusive Tonårskomet)?", doc_freq) == []
    assert rare_inside("Which units have an environmental rep (miljöombud)?", doc_freq) == (
        "miljöombud"
    )
    assert unknown_named("Vilka använder multisystemisk terapi (MST)?", doc_freq) == "MST"
    assert unknown_named("Vem tar upp utskrivning (LUS)?", doc_freq) is None


def test_a_long_compound_beside_an_acronym_is_another_name_of_it() -> None:
    """ "(relationsvåldscentrum/RVC)": the reports write either; a short word or a number
    beside an acronym only elaborates."""
    freq = {"rvc": 0.01, "relationsvåldscentrum": 0.005}
    found, _ = acronyms_defined(
        "Which units mention a violence centre (relationsvåldscentrum/RVC)?",
        lambda w: freq.get(w, 0.2),
    )
    assert [t.display for t in found] == ["RVC", "relationsvåldscentrum"]
    found, _ = acronyms_defined("Vilka arbetar enligt lagen (SoL, 2001)?", lambda w: 0.01)
    assert found == []
