"""A typed Swedish question in the reports' words: misspellings and English terms (spelling)."""

from __future__ import annotations

from service.answer.spelling import as_written, respelled, spelling_note, written_turns
from service.answer.types import Turn

REPORT_WORDS = {
    "anmälningar",
    "familjeenheten",
    "team",
    "barn",
    "sjukfrånvaro",
    "far",
    "klagomål",
    "bbic",
    "kungsholmen",
    "boende",
    "barnfamiljersboende",  # a compound part, as doc_freq finds it
}


def respelling(word: str, plain: bool = False) -> str | None:
    known = {
        "anmälnignar": "anmälningar",
        "familjeenhten": "familjeenheten",
        "klagomal": "klagomål",
    }
    if plain and word == "aldersgrupp":  # another form of "åldersgruppen", typed plain
        return "åldersgrupp"
    return known.get(word.lower())


def in_reports(word: str) -> bool:
    return word.lower() in REPORT_WORDS


def test_a_name_heard_in_two_halves_is_joined_in_either_language() -> None:
    typed = respelled("hur många barn finns på kungs holmen", "sv", respelling, in_reports)
    assert typed.text == "hur många barn finns på kungsholmen"
    assert typed.changes == (("kungs holmen", "kungsholmen"),)
    english = respelled("how many children in kungs holmen", "en", respelling, in_reports)
    assert english.text == "how many children in kungsholmen"


def test_two_words_are_not_joined_when_one_is_a_report_or_function_word() -> None:
    kept = respelled("barnfamiljers boende", "sv", respelling, in_reports)
    assert kept.text == "barnfamiljers boende"
    assert respelled("för enheten", "sv", respelling, lambda w: w == "förenheten").text == (
        "för enheten"
    )


def test_misspelt_words_are_searched_as_the_reports_write_them() -> None:
    typed = respelled("hur många anmälnignar kom in 2016", "sv", respelling, in_reports)
    assert typed.text == "hur många anmälningar kom in 2016"
    assert typed.changes == (("anmälnignar", "anmälningar"),)
    first = respelled("Familjeenhten 2017 placeringar", "sv", respelling, in_reports)
    assert first.text.startswith("familjeenheten 2017")  # a capital only as the first word


def test_a_name_the_reports_lack_is_left_for_the_refusal() -> None:
    typed = respelled("Hur många besökte Anmälnignar?", "sv", respelling, in_reports)
    assert typed.text == "Hur många besökte Anmälnignar?" and not typed.changes


def test_english_terms_in_a_swedish_question_are_put_in_swedish() -> None:
    typed = respelled("sick leave barn- och ungdomsenheten 2016", "sv", respelling, in_reports)
    assert typed.text == "sjukfrånvaro barn- och ungdomsenheten 2016"
    assert typed.changes == (("sick leave", "sjukfrånvaro"),)
    intake = respelled("när startar intake team", "sv", respelling, in_reports)
    assert intake.text == "när startar mottagningsteamet"  # "team" alone is not the term
    kept = respelled("vilka enheter har budget i balans", "sv", respelling, {"budget"}.__contains__)
    assert kept.text == "vilka enheter har budget i balans"  # the reports write "budget"


def test_english_questions_are_left_to_the_glossary_when_read() -> None:
    question = "How much sick leave did familjeenhten have?"
    assert respelled(question, "en", respelling, in_reports).text == question


def test_the_note_names_what_was_typed_and_what_was_searched() -> None:
    changes = (("anmälnignar", "anmälningar"),)
    assert spelling_note(changes, "sv") == "(Sökte som: “anmälnignar” → “anmälningar”.)"
    assert spelling_note(changes, "en") == "(Searched as: “anmälnignar” → “anmälningar”.)"


def test_the_words_framing_a_question_are_never_respelled() -> None:
    def anything(word: str) -> str | None:
        return word + "x"

    typed = respelled("Vilka enheter nämner rapporterna", "sv", anything, in_reports)
    assert typed.text == "Vilka enheter nämner rapporterna" and not typed.changes


def test_each_english_term_put_in_swedish_is_named_on_its_own() -> None:
    typed = respelled("sick leave och intake team 2016", "sv", respelling, in_reports)
    assert typed.text == "sjukfrånvaro och mottagningsteamet 2016"
    assert typed.changes == (("sick leave", "sjukfrånvaro"), ("intake team", "mottagningsteamet"))


def test_a_question_typed_without_swedish_letters_is_searched_with_them() -> None:
    typed = respelled("hur manga klagomal kom in pa familjeenheten", "sv", respelling, in_reports)
    assert typed.text == "hur många klagomål kom in på familjeenheten"
    assert typed.changes == (("klagomal", "klagomål"),)  # function words restored unnoted
    kept = respelled("hur manga barn far illa", "sv", respelling, in_reports)
    assert kept.text == "hur många barn far illa"  # "far" is a report word: not "får"
    # a question word no index term is made of is restored too
    why = respelled("varfor kom breven sent", "sv", respelling, in_reports)
    assert why.text == "varför kom breven sent"
    assert respelled("har de en plan", "sv", respelling, in_reports).text == "har de en plan"
    said = respelled("Vad sa de anställda som slutade?", "sv", respelling, in_reports)
    assert said.text == "Vad sa de anställda som slutade?"  # "sa" is said, not "så"
    # an asker typing no Swedish letters is told so, one who types some is not
    plain = respelled("vilken aldersgrupp jobbar de med", "sv", respelling, in_reports)
    assert plain.text == "vilken åldersgrupp jobbar de med"
    lettered = respelled("vilken aldersgrupp når de", "sv", respelling, in_reports)
    assert lettered.text == "vilken aldersgrupp når de"


def test_a_lower_case_acronym_is_written_as_the_reports_write_it() -> None:
    written = {"bbic": "BBIC", "ors": "ORS", "srs": "SRS"}.get
    typed = respelled("vilka enheter använder bbic", "sv", respelling, in_reports, written)
    assert typed.text == "vilka enheter använder BBIC" and not typed.changes
    slash = respelled("vilka enheter följer upp med ors/srs", "sv", respelling, in_reports, written)
    assert slash.text == "vilka enheter följer upp med ORS/SRS"
    english = respelled("which units use bbic", "en", respelling, in_reports, {"use": "USE"}.get)
    assert english.text == "which units use bbic"  # English words may be report acronyms
    joined = respelled("om bbic-arbetet", "sv", respelling, in_reports, written)
    assert joined.text == "om bbic-arbetet"  # hyphened: no name the reports use
    assert respelled("vilka enheter", "sv", respelling, in_reports, written).text == "vilka enheter"


def test_words_typed_as_spoken_are_read_as_written() -> None:
    """A teenager's "va e målet", "nån", "dom", "soc": the question is read in written Swedish,
    so its topic is not "e" or "nån" (the words are in no passage, or in one as a letter)."""
    typed = respelled(
        "va e målet för dom som snackar med soc, o finns det nån grupp?",
        "sv",
        respelling,
        in_reports,
    )
    assert typed.text == (
        "vad är målet för de som pratar med socialtjänsten, och finns det någon grupp?"
    )
    assert typed.changes == ()  # no note: the asker's words were understood, not corrected


def test_young_peoples_words_are_read_as_the_reports_write_them() -> None:
    """ "snuten", "fältarna", "morsan", "ungar", "knark": no report writes them; the police, the
    field workers, a parent, children and drugs are what the reports' words say."""
    assert as_written("om snuten anmäler en som är 13, vad gör fältarna?") == (
        "om polisen anmäler en som är 13, vad gör fältassistenterna?"
    )
    assert as_written("morsan tar knark, finns det nån grupp för ungar?") == (
        "förälder tar narkotika, finns det någon grupp för barn?"
    )


def test_a_spoken_word_is_written_as_its_neighbours_say() -> None:
    assert (
        as_written("Nån som vet när det ska va öppet?") == "någon som vet när det ska vara öppet?"
    )
    assert as_written("samarbetssamtal enligt dom") == "samarbetssamtal enligt dom"  # a judgment
    assert as_written("kan man träffa sin soc ute?") == "kan man träffa sin socialsekreterare ute?"
    assert as_written("e-tjänster, o.s.v., vitamin E") == "e-tjänster, o.s.v., vitamin E"
    assert respelled("Can you tell me more?", "en", respelling, in_reports).text == (
        "Can you tell me more?"
    )


def test_a_follow_up_carries_the_written_words_of_the_earlier_question() -> None:
    history = [
        Turn("user", "vad e allvarssamtal hos barn- och ungdomsenheten?"),
        Turn("assistant", "Ett samtal e inom 48 timmar."),
        Turn("user", "What is SIP?"),
    ]
    assert [t.content for t in written_turns(history)] == [
        "vad är allvarssamtal hos barn- och ungdomsenheten?",
        "Ett samtal e inom 48 timmar.",
        "What is SIP?",
    ]


def test_a_swedish_follow_up_carries_an_english_question_in_the_reports_words() -> None:
    """Asked "Och hur fördelade de sig på flickor och pojkar?" after an English question, the
    earlier question is carried in the glossary's Swedish; a bare "Och 2016?" keeps the
    conversation's English, and an English follow-up its English history."""
    history = [
        Turn("user", "How many complaints did the unit receive in 2016?"),
        Turn("assistant", "16 clients complained."),
    ]
    swedish = written_turns(history, "Och vart hänvisar de den som vill överklaga?")
    assert swedish[0].content == "How many klagomål did the unit receive in 2016?"
    assert swedish[1].content == "16 clients complained."  # the assistant's words as said
    assert written_turns(history, "Och 2016?")[0].content == history[0].content
    assert written_turns(history, "And who handles them?")[0].content == history[0].content
