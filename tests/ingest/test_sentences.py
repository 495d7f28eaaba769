"""The one sentence splitter: where sentences end, and where an abbreviation's full stop does not
end one."""

from __future__ import annotations

import pytest

from ingest.text.sentences import LOOSE_END, PROSE_END, SENTENCE_END, sentences

STAFF = (
    "Vuxenenheten har åtta socialsekreterare, fem av socialsekreterarna har s.k. "
    '"specialistfunktion" i arbetet med relationsvård. Enheten har en bosamordnare.'
)


@pytest.mark.parametrize("rule", [SENTENCE_END, LOOSE_END, PROSE_END])
def test_an_abbreviation_does_not_end_a_sentence(rule: object) -> None:
    # the corpus's own sentence (vp-2022 Kungsholmen, Vuxenenheten): cut at "s.k." it lost the
    # number it answers with from the word it is asked by
    assert sentences(STAFF, rule) == [  # type: ignore[arg-type]
        'Vuxenenheten har åtta socialsekreterare, fem av socialsekreterarna har s.k. "specialist'
        'funktion" i arbetet med relationsvård.',
        "Enheten har en bosamordnare.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Enheten använder t.ex. BBIC i utredningar. Nästa mening.",
        "Samverkan sker bl.a. Polisen och skolan deltar. Nästa mening.",
        "Bl.a. Familjeenheten deltar i samverkan. Nästa mening.",
        "Enheten har fem medarbetare, dvs. Två team. Nästa mening.",
    ],
)
def test_common_abbreviations_stay_inside_their_sentence(text: str) -> None:
    assert len(sentences(text)) == 2


def test_a_sentence_ending_in_an_abbreviation_that_ends_sentences_still_ends() -> None:
    text = "Svårt att hålla tiden för förhandsbedömning m.m. För att möta behovet anställdes fler."
    assert len(sentences(text)) == 2
