"""Key terms of a question: names, acronyms, quoted phrases, rare words; variants in text."""

from __future__ import annotations

import pytest

from service.answer.keyterms import find_key_terms
from service.answer.rare_words import RARE_DF
from service.answer.terms import make_term

RARE = {
    "vräkningsförebyggande": 0.004,
    "underskott": 0.01,
    "världar": 0.002,
    "systemisk": 0.005,
    "familjeterapi": 0.02,
    "miljöombud": 0.002,
    "idébank": 0.001,
    "förslag": 0.01,
    "bromma": 0.003,  # districts no report is of, named as partners
    "exempel": 0.004,  # rare in the reports, but "till exempel" frames the question
    "igenom": 0.004,  # rare in the reports, but a particle ("går igenom"), like "genom"
    "diarieförs": 0.003,
    "broschyrer": 0.008,
    "informationsfolder": 0.001,
    "handle": 0.015,  # "handl-" in the reports: an English word that happens to match
}


def doc_freq(word: str) -> float:
    return RARE.get(word, 0.2)


@pytest.mark.parametrize(
    ("question", "terms", "named"),
    [
        ("Vilka enheter använder Signs of Safety?", ["Signs of Safety"], True),
        ("Which units use FREDA?", ["FREDA"], True),
        ("Vilka enheter har SIP-samordnare?", ["SIP-samordnare"], True),
        ("Vilka enheter nämner Skilda världar?", ["Skilda världar"], True),  # rare tail word
        # parentheses elaborate; the unit and district name who, not what
        ("Vilka enheter i Kungsholmen erbjuder Komet (inklusive Tonårskomet)?", ["Komet"], True),
        ('Vilka rapporter nämner "tidiga insatser"?', ["tidiga insatser"], True),
        ("Which units use the 'hela barn' approach?", ["hela barn"], True),  # single quotes
        ("Which of Kungsholmen's units use 'Trappan'?", ["Trappan"], True),  # not the 's
        # an acronym given in parentheses, and the long form whose initials spell it
        (
            "Vilka enheter arbetar med Respekt och självrespekt (RoS) i skolorna?",
            ["RoS", "Respekt och självrespekt (RoS)"],
            True,
        ),
        (
            "Which units use motivational interviewing (MI)?",
            ["MI", "motivational interviewing (MI)"],
            True,
        ),
        ("Which units use MI ('motiverande samtal')?", ["motiverande samtal", "MI"], True),
        # beside another wording of two words or more: either name will do
        (
            "Vilka enheter arbetar med motiverande samtal (MI / motiverande samtal)?",
            ["MI", "motiverande samtal"],
            True,
        ),
        (
            "Which units use motivational interviewing (MI, motiverande samtal)?",
            ["MI", "motivational interviewing (MI)", "motiverande samtal"],
            True,
        ),
        # an acronym alone in parentheses only elaborates
        ("Hur många anmälningar enligt socialtjänstlagen (SoL) kom in?", [], False),
        ("Vilka enheter arbetar vräkningsförebyggande?", ["vräkningsförebyggande"], False),
        # the report's own word in parentheses, when nothing outside them is specific
        ("Which units have an environmental representative (miljöombud)?", ["miljöombud"], False),
        # a district named as a partner is what is asked; one named as where, who is asked
        ("Vilka enheter samarbetar med Bromma stadsdelsförvaltning?", ["Bromma"], True),
        ("Which units had contact with Skärholmen's administration?", ["Skärholmen"], True),
        ("Vilka enheter i Bromma samarbetar med Komet?", ["Komet"], True),
        # "eller liknande …" opens no other alternative
        ("Vilka enheter har en idébank eller liknande lista för förslag?", ["idébank"], False),
        # a particle after a name is no part of it ("går … igenom", not "Familj igenom")
        (
            "Hur ofta går ledningsgruppen för Individ och Familj igenom budgeten?",
            ["Individ och Familj"],
            True,
        ),
        ("Vilka enheter hade en ekonomi i balans?", [], False),  # descriptive: by meaning
        # the most specific rare word (length x IDF) is the key; the other may vary in text
        ("Vilka enheter erbjuder systemisk familjeterapi?", ["familjeterapi"], False),
        ("Vilka enheter anpassar samtalen, till exempel med tolk?", [], False),
        (
            "Vilka enheter arbetar till exempel vräkningsförebyggande?",
            ["vräkningsförebyggande"],
            False,
        ),
    ],
)
def test_find_key_terms(question: str, terms: list[str], named: bool) -> None:
    keys = find_key_terms(question, doc_freq)
    assert [t.display for t in keys.terms] == terms
    assert keys.named == named


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        # the reports' word in parentheses, not the asker's English that matches some stem
        (
            "Which units say complaints are registered (diarieförs) when they handle them?",
            ["diarieförs"],
        ),
        # a list of the reports' words: any of them will do
        (
            "Which units hand out brochures (broschyrer, informationsfolder)?",
            ["broschyrer", "informationsfolder"],
        ),
    ],
)
def test_an_english_question_keys_on_the_reports_words_in_parentheses(
    question: str, terms: list[str]
) -> None:
    """The asker gives the reports' own word: a unit is listed when a passage holds it, as for
    a name, not when a passage merely comes close to the asker's English description (the
    route of a rare word, see aggregate.answer_aggregate)."""
    keys = find_key_terms(question, doc_freq, swedish=False)
    assert [[t.display for t in alt] for alt in keys.alternatives] == [[t] for t in terms]
    assert keys.named


def test_rare_means_below_the_threshold() -> None:
    assert find_key_terms("Vilka enheter nämner ovanligt?", lambda w: RARE_DF).terms == ()
    unknown = find_key_terms("Vilka enheter nämner ovanligt?", lambda w: 0.0)
    assert [t.display for t in unknown.terms] == ["ovanligt"]  # looked up as a compound's head
    assert not unknown.named and not unknown.descriptive  # and never by meaning


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("Signs of Safety", "Vi arbetar enligt Signs of safety-modellen.", True),
        ("Signs of Safety", "Signs and safety", False),
        ("SIP-samordnare", "Enheten har två SIP samordnare.", True),
        ("Komet", "Tonårskomet erbjuds föräldrar.", True),  # a compound ending in the name
        ("Komet", "Kometen", True),  # inflected
        ("FREDA", "FREDA-kortfrågor används", True),
        ("FREDA", "bedömningsinstrumentet FREDAs farlighetsbedömning", True),  # genitive
        ("BBIC", "enligt BBICs grundprinciper", True),
        ("LS", "insatser enligt LSS", False),  # a short acronym plus "s" is another one
        ("ANDT", "doping, tobak och spel (ANDTS)", False),  # so is a capital "S"
        ("MI", "Vi vill minska väntetiden.", False),  # acronyms only as whole words
        ("MI", "Samtalen bygger på MI.", True),
        ("Barnahus", "Samverkan med Barnahuset", True),
        ("HBTQ", "fritidsgården Lili för HBTQI+ ungdomar", True),  # extended by a plus
        ("HBTQ", "en HBTQIA+ fritidsgård", True),
        ("HBTQ", "HBTQIA utan plus", False),  # another acronym without it
        ("mentor", "Alla nya får en mentor.", True),
        ("mentor", "mentorer och mentorskap", True),
        # its stem "ment" is too short to be looked for inside a word
        ("mentor", "implementeringen av dokumentationen", False),
        ("fadder", "Enheten dokumenterar detta i en faddergrupp.", True),
        ("Kuggen", "fritidsgården Kuggen", True),
    ],
)
def test_terms_match_spelling_variants(term: str, text: str, found: bool) -> None:
    assert make_term(term).found_in(text) is found


def test_names_match_as_written_not_by_stem() -> None:
    name = make_term("Tryggare barn", exact=True)
    assert name.found_in('Insatsen "Tryggare barn" har erbjudits')
    assert not name.found_in("Alla barn ska vara trygga barn")
    assert make_term("Barnahus", exact=True).found_in("samverkan med Barnahuset")
    # a name asked in its definite form is found as a compound's head and undefined
    assert make_term("Kronofogden", exact=True).found_in("från Kronofogdemyndigheten")
    assert make_term("Barnahuset", exact=True).found_in("samverkan med Barnahus Stockholm")
    # a lower-case word after the first is a common noun in any form: "kortfrågorna" asked,
    # "kortfrågor" written
    freda = make_term("FREDA-kortfrågorna", exact=True)
    assert freda.found_in("scannas våld utifrån FREDA kortfrågor")
    assert freda.found_in("med hjälp av FREDA-kortfrågor")
    keys = find_key_terms("Vilka enheter nämner Barnkraft eller Tryggare barn?", doc_freq)
    assert [[t.display for t in alt] for alt in keys.alternatives] == [
        ["Barnkraft"],
        ["Tryggare barn"],
    ]


def test_a_name_s_examples_are_each_enough_not_required_together() -> None:
    keys = find_key_terms(
        "Vilka enheter nämner Komet i någon form, till exempel Tonårskomet, Förstärkt Komet "
        "eller i-Komet, som insats eller som utbildning?",
        doc_freq,
    )
    assert keys.named
    assert [[t.display for t in alt] for alt in keys.alternatives] == [
        ["Komet"],
        ["Tonårskomet"],
        ["Förstärkt Komet"],
    ]
    plain = find_key_terms(
        "Vilka enheter erbjuder ett program, till exempel Komet eller ABC?", doc_freq
    )
    assert [[t.display for t in alt] for alt in plain.alternatives] == [["Komet"], ["ABC"]]


def test_a_rare_adjective_in_t_is_looked_up_by_its_broader_root() -> None:
    freq = {"kollektivt": 0.005, "kollektiv": 0.02, "resultat": 0.01, "resulta": 1.0}
    (term,) = find_key_terms("Vilka enheter åker kollektivt?", lambda w: freq.get(w, 0.2)).terms
    assert term.display == "kollektivt" and term.words == ("kollektiv",)
    assert term.found_in("Vi använder kollektiva färdmedel") and term.found_in("kollektivtrafik")
    # a root the index does not know as a word (df 1.0) leaves the word as it is
    (same,) = find_key_terms("Vilka enheter nämner resultat?", lambda w: freq.get(w, 0.2)).terms
    assert same.words == ("resultat",)


def test_an_alternative_no_report_can_state_is_not_looked_for_by_meaning() -> None:
    def freq(word: str) -> float:
        return {"systemteori": 0.0, "underskott": 0.01}.get(word, doc_freq(word))

    unknown = find_key_terms("Vilka utbildar i systemteori eller systemisk familjeterapi?", freq)
    assert [t.display for t in unknown.terms] == ["systemteori", "familjeterapi"]
    assert not unknown.descriptive  # the unknown word only as a compound's head, not by meaning
    described = find_key_terms("Vilka hade underskott eller en ekonomi i obalans?", freq)
    assert described.descriptive  # "en ekonomi i obalans" is matched by meaning


def test_in_an_english_question_the_glossary_words_do_not_continue_a_name() -> None:
    freq = {"föräldraskap": 0.003, "komet": 0.01}
    glossed = "Which units mention the Komet föräldraskap programme?"  # "parenting" in Swedish
    keys = find_key_terms(glossed, lambda w: freq.get(w, 0.2), swedish=False)
    assert [t.display for t in keys.terms] == ["Komet"]
    swedish = find_key_terms("Vilka nämner Skilda världar?", doc_freq)
    assert [t.display for t in swedish.terms] == ["Skilda världar"]  # a Swedish name goes on


def test_a_word_no_passage_holds_whole_is_still_a_key_of_its_alternative() -> None:
    freq = {"barnombud": 0.004, "barnrättsombud": 0.0}  # the reports: "barnrättsombudsperson"
    keys = find_key_terms(
        "Vilka enheter har barnombud eller barnrättsombud?", lambda w: freq.get(w, 0.2)
    )
    assert [[t.display for t in alt] for alt in keys.alternatives] == [
        ["barnombud"],
        ["barnrättsombud"],
    ]
    english = find_key_terms(
        "Which units have barnombud or ombudsmen?", lambda w: freq.get(w, 0.0), swedish=False
    )
    assert [t.display for t in english.terms] == ["barnombud"]  # an English word is not a key


def test_a_hyphenated_name_is_whole_and_an_english_month_is_a_date() -> None:
    freq = {"genomförde": 0.01, "sip-möten": 0.11, "mälarhöjdsvillan": 0.002}
    swedish = find_key_terms(
        "Hur många SIP-möten genomförde enheten 2019?", lambda w: freq.get(w, 0.2)
    )
    assert [t.display for t in swedish.terms] == ["SIP-möten"]  # not "SIP-möten genomförde"
    english = find_key_terms(
        "How many children lived in the emergency home Mälarhöjdsvillan in December 2016?",
        lambda w: freq.get(w, 0.2),
        swedish=False,
    )
    assert [t.display for t in english.terms] == ["Mälarhöjdsvillan"]


def test_either_an_acronym_or_its_long_form_is_enough() -> None:
    keys = find_key_terms("Vilka enheter erbjuder Respekt och självrespekt (RoS)?", doc_freq)
    assert keys.display == "Respekt och självrespekt (RoS)"
    (required,) = keys.required  # a passage needs one of them, not both
    assert required.found_in("Lektioner med metodmaterialet ROS erbjuds.")
    assert required.found_in("Projektet Respekt/Självrespekt har fortsatt.")  # "/" for "och"
    assert not required.found_in("Socialtjänstens arbete präglas av respekt.")
    single = find_key_terms("Vilka enheter har SIP-samordnare?", doc_freq)
    assert single.required == single.terms
    either = find_key_terms("Which units use MI or 'motiverande samtal'?", doc_freq)
    assert either.joined("or", "and") == "motiverande samtal or MI"  # an English answer's words
    assert either.display == "motiverande samtal eller MI"


def test_an_acronym_given_in_parentheses_keeps_the_other_names_required() -> None:
    keys = find_key_terms("Hur arbetar Familjeresursen med Barn och Ungdom (BoU)?", doc_freq)
    familjeresursen, either = keys.required
    assert familjeresursen.display == "Familjeresursen"  # every alternative holds it
    assert either.found_in("uppdrag från BoU") and either.found_in("Barn och ungdom")


def test_an_acronym_that_is_also_a_function_word_is_not_a_key() -> None:
    """ "SIG" is "sig", a word the index leaves out: as a key it would find nothing."""
    indexed = lambda w: 1.0 if w == "sig" else doc_freq(w)  # noqa: E731 - 1.0: not indexed
    keys = find_key_terms("Which units have a social intervention group (SIG)?", indexed)
    assert "SIG" not in [t.display for t in keys.terms]


def test_a_compound_of_a_topic_and_a_generic_noun_is_looked_up_by_its_topic() -> None:
    known = {"faderskapsärenden": 0.001, "faderskap": 0.006, "ärenden": 0.07, "ärend": 0.07}
    freq = lambda w: known.get(w, 0.0)  # noqa: E731 - a word no passage holds: 0
    keys = find_key_terms("Vilka enheter arbetar med faderskapsärenden?", freq)
    assert [t.display for t in keys.terms] == ["faderskap"]
    assert keys.terms[0].found_in("Familjerätten arbetar med faderskap.")
    ombud = {"barnrättsombud": 0.001, "barnrätt": 0.01, "ombud": 0.01}
    kept = find_key_terms("Vilka enheter har barnrättsombud?", lambda w: ombud.get(w, 0.0))
    assert [t.display for t in kept.terms] == ["barnrättsombud"]  # "ombud" is no generic noun


def test_a_comma_ends_a_name() -> None:
    keys = find_key_terms(
        "Which method is Lili, the LGBTQIA+ youth club, based on?", doc_freq, swedish=False
    )
    assert [t.display for t in keys.terms] == ["Lili", "LGBTQIA"]


def test_a_compound_name_is_found_with_quotes_between_its_parts() -> None:
    """A report writes "Trappan"-samtal for the Trappansamtal a question names."""
    term = make_term("Trappan samtal")
    assert term.found_in('Familjeresursen erbjuder barnen krisbearbetande "Trappan"-samtal.')
    assert term.found_in("stöd bl.a. i form av Trappansamtal.")


def test_a_rare_word_after_a_swedish_glue_word_goes_on_the_name() -> None:
    """ "Respekt och självrespekt" is the programme, not "Respekt" (a word of many reports)."""

    def df(word: str) -> float:
        rare = {"självrespekt": 0.001, "familjehemsplacerade": 0.002, "respekt": 0.1}
        return rare.get(word, doc_freq(word))

    for question in (
        "Vilka enheter arbetar med Respekt och självrespekt i skolorna?",
        "which units work with the Respekt och självrespekt programme in schools?",
    ):
        (key,) = find_key_terms(question, df).required
        assert key.display == "Respekt och självrespekt", question
        assert key.found_in("Projektet Respekt/Självrespekt har fortsatt.")
    plain = find_key_terms("Vilka enheter erbjuder Komet och föräldrastöd?", df)
    assert [t.display for t in plain.required] == ["Komet"]  # an everyday word stays out
    purpose = find_key_terms("Vilka enheter använder Skolfam för familjehemsplacerade barn?", df)
    assert [t.display for t in purpose.required] == ["Skolfam"]


def test_a_name_in_the_genitive_is_the_name_not_what_it_owns() -> None:
    """ "Maskrosbarns projekt" is Maskrosbarn's project: the reports write "Maskrosbarn"."""

    def df(word: str) -> float:
        rare = {"maskrosbarn": 0.003, "maskrosbarns": 0.003, "projekt": 0.003, "komet": 0.01}
        return rare.get(word, doc_freq(word))

    asked = "Hur många kommuner i Sverige var med i Maskrosbarns projekt?"
    (key,) = find_key_terms(asked, df).required  # a country is where, not what
    assert key.display == "Maskrosbarn"
    assert key.found_in("Ett samarbetsprojekt med Maskrosbarn inleddes under våren.")
    (komet,) = find_key_terms("Hur många familjer deltog i Komets grupper?", df).required
    assert komet.display == "Komet"
    safety = find_key_terms("Vilka enheter använder Signs of Safety?", df).required
    assert [t.display for t in safety] == ["Signs of Safety"]  # no genitive before "of"


def test_a_hyphenated_name_of_a_clinic_is_its_name() -> None:
    """ "Maria-mottagningarna": the reports write "Maria Ungdom", "Mini Maria Stockholm"."""
    asked = "Vilka enheter samarbetar med Maria-mottagningarna för unga med drogproblem?"
    (key,) = find_key_terms(asked, doc_freq).required
    assert key.display == "Maria"
    assert key.found_in("Vi samarbetar med externa aktörer som polis, Maria Ungdom samt andra.")
    (sip,) = find_key_terms("Vilka enheter har SIP-samordnare?", doc_freq).required
    assert sip.display == "SIP-samordnare"  # a role, not a descriptor


def test_a_named_collaboration_is_its_name() -> None:
    """ "SSP-samverkan": the reports write "SSP (socialtjänst, skola, polis) samverkan",
    "nätverket SSP", "SAMBA och SSP"; the collaboration is named by its name."""
    asked = "Vilka enheter deltar i SSP-samverkan mellan skola, socialtjänst och polis?"
    (key,) = find_key_terms(asked, doc_freq).required
    assert key.display == "SSP"
    assert key.found_in("Enhetschef deltar i SSP (socialtjänst, skola, polis) samverkan.")
    (network,) = find_key_terms("Vem sammankallar SSP-nätverket?", doc_freq).required
    assert network.display == "SSP"


def test_a_name_with_questions_after_a_hyphen_is_the_name() -> None:
    """ "FREDA-frågorna" asks about FREDA, which the reports write "FREDA kortfrågor", "FREDA
    kort frågor" and "FREDA-kortfrågor"; a lower-case part after a hyphen may also end a
    compound ("frågorna" in "kortfrågor")."""
    keys = find_key_terms("Vilka enheter använder FREDA-frågorna för att upptäcka våld?", doc_freq)
    assert [t.display for t in keys.terms] == ["FREDA"]
    term = keys.terms[0]
    for written in ("FREDA kortfrågor", "FREDA kort frågor", "FREDA-kortfrågor"):
        assert term.found_in(f"i samband med det scannas våld utifrån {written}.")
    tail = make_term("FREDA-frågorna", exact=True)
    assert tail.found_in("med hjälp av FREDA-kortfrågor") and tail.found_in("FREDA frågorna")
    assert not tail.found_in("FREDA Bedömningsmetoder")


def test_an_acronym_typed_in_lower_case_is_a_name() -> None:
    """ "sms" has no vowel: an acronym, however it is typed, and the key of the question
    (not the longer "skickar"); an abbreviated measure ("tkr") is none."""
    rare = {"sms": 0.004, "skickar": 0.005, "tkr": 0.004}
    keys = find_key_terms("Vilka enheter skickar sms till brukarna?", lambda w: rare.get(w, 0.2))
    assert keys.named and [t.display for alt in keys.alternatives for t in alt] == ["sms"]
    assert keys.required[0].pattern.search("får en sms-påminnelse inför besök")
    measured = find_key_terms("Vilka enheter redovisar i tkr?", lambda w: rare.get(w, 0.2))
    assert not measured.named


def test_examples_of_a_rare_word_are_no_alternatives_to_it() -> None:
    """ "… spelmissbruk, till exempel förebyggande arbete eller råd och stöd": the examples say
    where; the reports must name the rare word, not merely something like the examples."""
    rare = {"spelmissbruk": 0.004}
    keys = find_key_terms(
        "Vilka enheter arbetar med spelmissbruk, till exempel förebyggande arbete eller råd "
        "och stöd?",
        lambda w: rare.get(w, 0.2),
    )
    assert not keys.descriptive
    assert [t.display for alt in keys.alternatives for t in alt] == ["spelmissbruk"]
    named = find_key_terms("Vilka enheter erbjuder föräldrastöd, till exempel Komet?", doc_freq)
    assert named.named and [t.display for alt in named.alternatives for t in alt] == ["Komet"]


def test_examples_of_a_rare_word_are_no_alternatives_even_when_they_are_rare() -> None:
    """ "… en åtgärdsplan för ekonomin, till exempel för att minska ett underskott eller klara
    budgeten vid negativ prognos": each example has a rare word of its own, but they illustrate
    the rare word before them; a unit with a deficit but no action plan does not do it."""
    rare = {"åtgärdsplan": 0.004, "underskott": 0.01, "negativ": 0.006}
    keys = find_key_terms(
        "Vilka enheter skriver att de arbetar med en åtgärdsplan för ekonomin, till exempel för "
        "att minska ett underskott eller klara budgeten vid negativ prognos?",
        lambda w: rare.get(w, 0.2),
    )
    assert [[t.display for t in alt] for alt in keys.alternatives] == [["åtgärdsplan"]]
    # with nothing rare before them, the examples still give the key
    only = find_key_terms(
        "Vilka enheter samverkar med vården, till exempel beroendevårdsmottagningar?",
        lambda w: {"beroendevårdsmottagningar": 0.003}.get(w, 0.2),
    )
    assert [t.display for t in only.terms] == ["beroendevårdsmottagningar"]


def test_a_reporting_verb_frames_the_question() -> None:
    """ "Vilka enheter rapporterar att …": "rapporterar" says where the answer is written, like
    "skriver" or "nämner"; rare as it is in the reports, it is no key term."""
    rare = {"rapporterar": 0.004, "återaktualisering": 0.002}
    keys = find_key_terms(
        "Vilka enheter rapporterar att fler barn kommit tillbaka? (återaktualisering)",
        lambda w: rare.get(w, 0.2),
    )
    assert [t.display for t in keys.terms] == ["återaktualisering"]


def test_the_city_after_a_name_is_part_of_it() -> None:
    """ "Framtid Stockholm" is a company the reports name so; "Framtid" alone is found in every
    "framtiden". A district after a name still says where ("Komet Kungsholmen")."""
    keys = find_key_terms("Vilka enheter samarbetar med Framtid Stockholm?", doc_freq)
    (term,) = keys.terms
    assert term.display == "Framtid Stockholm" and keys.named
    assert term.found_in("ett nära samarbete med Framtid Stockholm kring denna målgrupp")
    assert not term.found_in("Vi planerar för framtiden i Stockholm")
    where = find_key_terms("Vilka enheter erbjuder Komet Kungsholmen?", doc_freq)
    assert [t.display for t in where.terms] == ["Komet"]


def test_a_rare_noun_in_ning_also_finds_the_verb_it_names() -> None:
    """ "omvärldsbevakning" and "omvärldsbevaka" have different stems; a unit writing "Enheten
    fortsätter att omvärldsbevaka" does what the noun asks about. A verb no report writes is
    no alternative."""
    rare = {"omvärldsbevakning": 0.004, "omvärldsbevaka": 0.002, "kollegiegranskning": 0.002}
    keys = find_key_terms(
        "Vilka enheter ägnar sig åt omvärldsbevakning?", lambda w: rare.get(w, 0.2)
    )
    shown = [t.display for alt in keys.alternatives for t in alt]
    assert shown == ["omvärldsbevakning", "omvärldsbevaka"]
    assert keys.alternatives[1][0].pattern.search("enheten fortsätter att omvärldsbevaka")
    alone = find_key_terms("Vilka enheter gör kollegiegranskning?", lambda w: rare.get(w, 0.0))
    assert [t.display for alt in alone.alternatives for t in alt] == ["kollegiegranskning"]


ABBREVIATED = {"lus": 0.002, "utskrivning": 0.004, "apt": 0.04, "arbetsplatsträffar": 0.01}


def abbreviated(word: str) -> float:
    return ABBREVIATED.get(word, 0.2)


def test_an_acronym_after_what_it_abbreviates_is_another_name_of_the_key() -> None:
    """The reports write "LUS" as often as "lagen om samverkan vid utskrivning"; asked in
    English, the long form is in words no report uses, so the acronym is the key."""
    english = find_key_terms(
        "Which units bring up the law on cooperation when patients are discharged from "
        "inpatient care (LUS)?",
        abbreviated,
        swedish=False,
    )
    assert [t.display for t in english.terms] == ["LUS"] and english.named
    swedish = find_key_terms(
        "Vilka enheter tar upp lagen om samverkan vid utskrivning (LUS)?", abbreviated
    )
    assert [[t.display for t in alt] for alt in swedish.alternatives] == [["utskrivning"], ["LUS"]]
    common = find_key_terms("Vilka enheter håller tio arbetsplatsträffar (APT)?", abbreviated)
    assert [t.display for t in common.terms] == ["arbetsplatsträffar"]  # APT: in 1 passage of 25


PROGRAMME = {"mvp": 0.004, "våldsförebyggande": 0.023, "skolor": 0.05, "mentorer": 0.001}


def test_an_acronym_after_the_kind_of_thing_it_names_is_the_key() -> None:
    """ "… the Mentors in Violence Prevention programme (MVP)": the programme's name is what a
    report must state; "våldsförebyggande" (the glossary's Swedish for "violence prevention",
    written by units that never name MVP) is no alternative to it."""
    english = find_key_terms(
        "Which units offer skolor stöd with the mentorer in våldsförebyggande programme (MVP)?",
        lambda w: PROGRAMME.get(w, 0.2),
        swedish=False,
    )
    assert [t.display for t in english.terms] == ["MVP"] and english.named
    swedish = find_key_terms(
        "Vilka enheter stöttar skolor i våldsförebyggande arbete med programmet (MVP)?",
        lambda w: PROGRAMME.get(w, 0.2),
    )
    assert [t.display for t in swedish.terms] == ["MVP"] and swedish.named
    besides = find_key_terms(
        "Vilka enheter tar upp lagen om samverkan vid utskrivning (LUS)?", abbreviated
    )
    assert not besides.named  # no kind named before it: either name will do


def test_a_thing_the_reports_never_name_is_the_key_and_finds_nothing() -> None:
    """ "multisystemisk terapi (MST)": neither word is in any passage, so no unit is listed for
    being near its other words ("ungdomar med beteendeproblem")."""
    known = {"multisystemisk": 0.0, "terapi": 0.003, "mst": 0.0, "beteendeproblem": 0.005}
    keys = find_key_terms(
        "Vilka enheter använder multisystemisk terapi (MST) för ungdomar med beteendeproblem?",
        lambda w: known.get(w, 0.2),
    )
    assert [t.display for t in keys.terms] == ["MST"] and keys.named


def test_a_proper_name_in_parentheses_after_the_name_is_another_name_of_it() -> None:
    """ "SiS, the state agency (Statens institutionsstyrelse)": a report may write either; an
    elaboration in lower case ("Komet (inklusive Tonårskomet)") is no other name."""
    keys = find_key_terms(
        "Which units place youths with SiS, the state agency (Statens institutionsstyrelse)?",
        doc_freq,
        swedish=False,
    )
    assert [[t.display for t in alt] for alt in keys.alternatives] == [
        ["SiS"],
        ["Statens institutionsstyrelse"],
    ]
    komet = find_key_terms("Vilka enheter erbjuder Komet (inklusive Tonårskomet)?", doc_freq)
    assert [t.display for t in komet.terms] == ["Komet"]


def test_a_name_repeating_a_defined_acronym_is_no_second_requirement() -> None:
    """ "(relationsvåldscentrum/RVC), such as RVC Väst": either name will do, once each."""
    freq = {"rvc": 0.01, "relationsvåldscentrum": 0.005, "väst": 0.01}
    keys = find_key_terms(
        "Which units mention a violence centre (relationsvåldscentrum/RVC), such as RVC Väst?",
        lambda w: freq.get(w, 0.2),
        swedish=False,
    )
    assert all(len(alt) == 1 for alt in keys.alternatives)
    assert keys.joined("or", "and") == "RVC or relationsvåldscentrum"


def test_an_english_name_no_report_holds_gives_way_to_the_askers_swedish_word() -> None:
    """ "the UN Convention on the Rights of the Child (barnkonventionen)": the English words
    are in no passage; the word in parentheses is what the reports write."""
    known = {"barnkonventionen": 0.01, "barnkonvention": 0.01}
    keys = find_key_terms(
        "Which units refer to the UN Convention on the Rights of the Child (barnkonventionen)?",
        lambda w: known.get(w, 0.0),
        swedish=False,
    )
    assert [t.display for t in keys.terms] == ["barnkonventionen"]
    assert keys.terms[0].found_in("i enlighet med FN:s barnkonvention")
    unknown = find_key_terms(
        "Which units offer the PMTO programme (Parent Management Training – the Oregon model)?",
        lambda w: {"parent": 0.001, "model": 0.01}.get(w, 0.0),
        swedish=False,
    )
    assert [t.display for t in unknown.terms] == ["PMTO"]  # no report's wording: it stays
    programme = find_key_terms(
        "Which units offer the ICDP parenting programme (Vägledande samspel) to parents?",
        lambda w: {"vägledande": 0.001, "samspel": 0.01, "parenting": 0.0}.get(w, 0.0),
        swedish=False,
    )
    assert "ICDP" in [t.display for t in programme.terms]  # its own name, in no report


def test_the_frame_before_alternatives_describes_nothing() -> None:
    """ "Vilka enheter använder eller vill skaffa …": the first alternative is the question's
    frame, not a topic to list units by meaning for; "… budgeten eller underskott" has one."""
    framed = find_key_terms(
        "Vilka enheter har eller planerar vräkningsförebyggande arbete?", doc_freq
    )
    assert [t.display for alt in framed.alternatives for t in alt] == ["vräkningsförebyggande"]
    assert not framed.descriptive
    both = find_key_terms("Vilka enheter går igenom budgeten eller underskott?", doc_freq)
    assert both.descriptive  # "budgeten" is a topic of its own


def test_a_first_word_is_never_glued_to_an_och_that_ends_the_text() -> None:
    """What is left of "klagomål 2016 barn och ungdomsenheten" once the unit is taken out ends
    in "och": the sentinel of no name before must not make the first word continue one."""
    assert not find_key_terms("klagomål 2016   och  ", lambda w: 0.001).named


def test_a_swedish_och_before_an_acronym_or_hyphenated_name_joins_two_names() -> None:
    """ "Komet och ABC-tonår" are two programmes ("15 familjer i Komet och en familj i ABC
    tonår"); "Individ och Familj" stays one name, as an English "and" does."""
    two = find_key_terms("Hur många familjer gick Komet och ABC-tonår 2021?", lambda w: 0.001)
    assert [[t.display for t in alt] for alt in two.alternatives] == [["Komet", "ABC-tonår"]]
    one = find_key_terms("What does Children and Youth do?", lambda w: 0.001, swedish=False)
    assert [[t.display for t in alt] for alt in one.alternatives] == [["Children and Youth"]]
