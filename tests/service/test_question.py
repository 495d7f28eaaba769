"""Reading questions: language, aggregate form, topic and phrase, years, follow-ups."""

from __future__ import annotations

import pytest

from ingest.text import detect_language
from service.answer.cues import asks_for
from service.answer.followup import resolve_followup
from service.answer.question import extract_topic, is_aggregate
from service.answer.reading import read_question
from service.answer.types import Turn


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vilka enheter använder Signs of Safety?", "sv"),
        ("Which units use Signs of Safety?", "en"),
        ("How do the reports describe child participation?", "en"),
        ("Hur arbetar man med barns delaktighet", "sv"),
        ("Signs of Safety", "sv"),  # undecided -> Swedish, the corpus language
        ("What did the family unit in Östermalm do about sick leave?", "en"),  # place name
        ("Hur många enheter på Östermalm?", "sv"),
        # a Swedish unit name in an English question: its opening word decides
        ("roughly how many permanent staff at enheten för stöd och service i hemmet?", "en"),
        ("Hur många medarbetare har Enheten för stöd och service i hemmet?", "sv"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "aggregate"),
    [
        ("Vilka enheter använder Signs of Safety?", True),
        ("Hur många enheter arbetar med familjehem?", True),
        ("Which units mention drug prevention?", True),
        ("How many units use MI?", True),
        ("Hur arbetar enheten med barns delaktighet?", False),
        ("Vilka mål har Vuxenenheten?", False),
    ],
)
def test_is_aggregate(text: str, aggregate: bool) -> None:
    assert is_aggregate(text) is aggregate


def test_topic_keeps_a_named_method_as_a_phrase() -> None:
    topic = extract_topic("Vilka enheter använder Signs of Safety?")
    assert topic.terms == ("signs", "safety")
    assert topic.phrase == "signs of safety"
    assert topic.display == "Signs of Safety"


def test_topic_drops_frame_words_and_years() -> None:
    topic = extract_topic("Vad säger rapporterna om rymdresor 2019?")
    assert topic.terms == ("rymdresor",)
    assert topic.phrase == ""


def test_the_words_putting_a_claim_are_not_topic_words() -> None:
    """No report writes "stämmer" or "verkligen": as unknown words they weighed as the rarest."""
    claim = extract_topic("Stämmer det verkligen att Familjestödsenheten har 45 medarbetare?")
    assert claim.terms == ("familjestödsenheten", "45", "medarbetare")
    assert extract_topic("Is it really true that they have a health coach?").terms == (
        "health",
        "coach",
    )


def test_inflected_frame_verbs_are_not_topic_words() -> None:
    """No answering sentence says "hölls" or "heter"; they would weigh as the rarest words."""
    assert extract_topic("Hur många SIP-möten hölls under 2019?").terms == ("sip-möten",)
    assert extract_topic("Vad heter jourhemmet enligt planen?").terms == (
        "jourhemmet",
    )  # the plan: which document
    said = extract_topic("Vad sa medarbetarna som har lämnat enheten om sitt eget arbete?")
    assert said.terms == ("medarbetarna", "lämnat", "arbete")  # not "sa", "eget"


def test_pronouns_particles_and_light_verbs_are_not_topic_words() -> None:
    """A question's "jag", "mig", "hans", "då", "dit", "göra", "veta" and an English one's "my",
    "will", "get", "so" are in no answering sentence's point; the infinitives of the frame's
    verbs ("gör", "gjorde") are frame words too."""
    asked = "Jag är mentor, kan mig och hans son få veta vad de ska göra dit då?"
    assert extract_topic(asked).terms == ("mentor", "son")
    english = extract_topic("So will my son get help to find a new home?").terms
    assert english == ("son", "help", "new", "home")


def test_a_question_for_a_name_expects_one() -> None:
    assert read_question("Vad heter enhetens eget jourhem?").expects == "name"
    assert read_question("What is the youth club on Kungsholmen called?").expects == "name"
    assert read_question("Vem leder enheten?").expects == "person"


def test_the_document_a_question_names_is_not_its_topic() -> None:
    """A named report ("i verksamhetsberättelsen 2017"): no sentence of it need say the word."""
    asked = "Vad skriver Familjeenheten i verksamhetsberättelsen 2017 om familjehem?"
    assert extract_topic(asked).terms == ("familjeenheten", "familjehem")
    english = read_question("What does the 2017 annual report of Familjeenheten say about rent?")
    assert "verksamhetsberättelse" not in english.topic.terms


def test_bare_followup_keeps_topic_and_takes_the_new_year() -> None:
    history = [
        Turn("user", "Vilka enheter använder Signs of Safety 2016?"),
        Turn("assistant", "1 enhet nämner Signs of Safety [1]:"),
    ]
    assert resolve_followup("och 2019?", history) == "Vilka enheter använder Signs of Safety 2019?"
    q = read_question("och 2019?", history)
    assert q.aggregate and q.years == (2019,)
    assert q.topic.phrase == "signs of safety"
    assert q.language == "sv"


def test_followup_walks_back_past_earlier_followups() -> None:
    history = [
        Turn("user", "Which units use Signs of Safety?"),
        Turn("assistant", "..."),
        Turn("user", "and 2016?"),
        Turn("assistant", "..."),
    ]
    q = read_question("and 2019?", history)
    assert q.years == (2019,) and q.topic.phrase == "signs of safety" and q.language == "en"


def test_a_followup_with_its_own_topic_keeps_it_first_and_the_earlier_question_as_context() -> None:
    history = [Turn("user", "Vilka enheter använder Signs of Safety?")]
    resolved = resolve_followup("Och familjehem 2019?", history)
    assert resolved == "Och familjehem 2019? (Vilka enheter använder Signs of Safety?)"
    q = read_question("Och familjehem 2019?", history)
    assert q.aggregate and q.years == (2019,)


def test_a_followup_naming_another_place_swaps_it_into_the_earlier_question() -> None:
    history = [Turn("user", "Hur många barn var placerade i jourhem hos enheten 2016?")]
    assert resolve_followup("Och i HVB-hem?", history) == (
        "Hur många barn var placerade i HVB-hem hos enheten 2016?"
    )


def test_a_followup_naming_another_subject_asks_the_earlier_question_about_it() -> None:
    where = [Turn("user", "Var har Familjeresursen i Spånga-Tensta sina lokaler?")]
    assert resolve_followup("Och Relationsvåldscentrum Väst, var finns de?", where) == (
        "Var har Relationsvåldscentrum Väst i Spånga-Tensta sina lokaler?"
    )
    what = [Turn("user", "What does Familjeresursen do in Spånga-Tensta?")]
    assert resolve_followup("And the family law team?", what) == (
        "What does family law team do in Spånga-Tensta?"
    )
    # not a subject: a question word, a genitive ("RVC Västs samtal"), or two names before
    assert "(What does" in resolve_followup("And what did it cost?", what)
    methods = [Turn("user", "Vilka metoder bygger RVC Västs individuella samtal på?")]
    assert resolve_followup("Och gruppbehandlingen då?", methods).startswith("Och gruppbeh")
    which = [Turn("user", "Vilka enheter använder Signs of Safety?")]
    assert resolve_followup("Och Familjeenheten?", which).startswith("Och Familjeenheten?")
    two = [Turn("user", "Samarbetar Familjeresursen med Familjerätten?")]
    assert resolve_followup("Och Relationsvåldscentrum Väst?", two).startswith("Och Relations")


def test_how_it_looks_for_another_unit_asks_the_earlier_question_about_that_unit() -> None:
    """ "Hur ser det ut för X då?" / "Hur är det för X då?" swap the served unit, a name of
    five words too."""
    units = ["Familjeenheten", "Vuxenenheten", "Enheten för prevention och familjebehandling"]
    target = [Turn("user", "Vilket årsmål för sjukfrånvaro har Familjeenheten i planen 2022?")]
    assert resolve_followup("Hur ser det ut för Vuxenenheten då?", target, units) == (
        "Vilket årsmål för sjukfrånvaro har Vuxenenheten i planen 2022?"
    )
    money = [Turn("user", "Hur ser ekonomin ut för Familjeenheten inför 2022?")]
    long_name = "Hur är det för Enheten för prevention och familjebehandling då?"
    assert resolve_followup(long_name, money, units) == (
        "Hur ser ekonomin ut för Enheten för prevention och familjebehandling inför 2022?"
    )


def test_where_a_unit_has_its_premises_asks_for_a_place() -> None:
    from service.answer.cues import asks_for

    assert asks_for("Var har Familjeresursen i Spånga-Tensta sina lokaler?") == "place"
    assert asks_for("Var bedrivs verksamheten?") == "place"
    assert asks_for("Var det någon enhet som hade underskott?") is None  # "was", not "where"
    # an address is a place: "Familjeenheten Oxenstiernsgatan 15 C" answers these
    assert asks_for("Vilken besöksadress hade Familjeenheten 2017?") == "place"
    assert asks_for("What is the visiting address of Familjeenheten?") == "place"


def test_a_long_question_of_its_own_is_not_a_followup() -> None:
    history = [Turn("user", "Vad gör Vuxenenheten för att förebygga vräkningar?")]
    text = "Vilka enheter använder Signs of Safety i sitt arbete med familjer?"
    assert resolve_followup(text, history) == text


@pytest.mark.parametrize(
    "text",
    [
        "Hur många nya barn fick en sådan plan det året?",  # ten words, "en sådan", "det året"
        "How many sessions can a client get there without a formal decision?",
        "How many of them had special training in work against domestic violence?",
    ],
)
def test_a_long_followup_pointing_back_takes_the_earlier_question_as_context(text: str) -> None:
    history = [Turn("user", "Hade enheten någon SIP-samordnare 2019?"), Turn("assistant", "Ja.")]
    assert resolve_followup(text, history) == f"{text} (Hade enheten någon SIP-samordnare 2019?)"
    assert read_question(text, history).years == (2019,)


def test_english_content_words_are_matched_in_swedish_as_well() -> None:
    from service.answer.question import content_wording

    q = read_question("How were the adult unit's reports split between girls and boys?")
    assert "s" not in q.topic.terms  # the possessive is no word
    wording = content_wording(q).split()
    assert {"flickor", "pojkar", "vuxenenheten"} <= set(wording)


def test_english_topics_are_looked_up_in_swedish() -> None:
    q = read_question("What do the reports say about domestic violence?")
    assert q.language == "en" and q.topic.display == "domestic violence"
    assert q.topic.phrase == "våld i nära relationer"
    assert "våld" in q.text  # retrieval sees the Swedish wording too


def test_short_upper_case_words_are_acronyms_matched_whole() -> None:
    assert extract_topic("Vilka enheter använder MI?").stems == ("mi$",)
    assert extract_topic("Vilka mål har enheten?").stems == ("mål",)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Vilka rapporter nämner dödsstraff?", "reports"),
        ("I vilka dokument tas återhämtningsplanen upp?", "reports"),
        ("Which documents mention the recovery plan?", "reports"),
        ("Vilka myndigheter beskriver digitalisering?", "agencies"),
        ("Vilka stadsdelar arbetar med Signs of Safety?", "districts"),
        ("Hur många enheter använder MI?", "units"),
        ("Vilka nämner FREDA?", "units"),
    ],
)
def test_aggregate_questions_in_the_forms_people_write(text: str, group: str) -> None:
    q = read_question(text)
    assert q.aggregate and q.intent == "aggregate"
    assert q.group == group


@pytest.mark.parametrize(
    ("text", "expects"),
    [
        ("Hur många barn var placerade i familjehem i slutet av 2017?", "number"),
        ("Vad kostar en plats på akutboendet?", "number"),
        ("How much did the placements cost?", "number"),
        ("Vilken andel av barnen klarade skolan?", "number"),
        ("När startade projektet?", "date"),
        ("På vilken adress håller mottagningen till?", "address"),
        ("Vilken besöksadress hade enheten 2017?", "address"),
        ("What address does the family unit have?", "address"),
        ("What is the visiting address of the unit?", "address"),
        ("How does the unit address domestic violence?", ""),  # the verb
        ("Which instrument do they use when investigating abuse?", ""),  # "when" not asked
        ("Varför tog enheten inte in vikarier när tjänster stod tomma?", ""),
        ("Och när började de?", "date"),
        ("Vem leder forskningen om stödcentrumet?", "person"),
        ("Varför blev placeringarna dyrare?", ""),
        ("How soon do parents get an appointment?", "number"),  # "inom två veckor"
        ("Hur snabbt får föräldrarna en tid?", "number"),
        # who may take part is a group described, not a person or role
        ("Vad är boendekursen och vem får gå den?", ""),
        ("Who can take part in the Barnkraft groups?", ""),
        ("Vem riktar sig gruppen till?", ""),
        ("Vem vänder sig enheten till när systemet krånglar?", "person"),
        ("Who runs the group?", "person"),
    ],
)
def test_the_kind_of_answer_a_question_asks_for(text: str, expects: str) -> None:
    assert read_question(text).expects == expects


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Varför blev placeringarna dyrare?", "reason"),
        ("Vad gjorde att det blev dyrare med placeringar av ungdomar 2017?", "reason"),
        ("Vad tror enheten ligger bakom att placeringar bröt samman?", "reason"),
        ("Hur förklarar enheten att handläggningen tog längre tid?", "reason"),
        ("What led to the deficit in 2021?", "reason"),
        ("Hur arbetar enheten med husdjur hos brukarna?", "method"),
        ("Hur fångar enheten upp gravida som behöver hjälp?", "method"),
        ("Hur ser enheten till att barnet inte tappar skolan?", "method"),
        ("Vad gör enheten för att minska sjukfrånvaron?", "method"),
        ("How has the unit changed the way staff travel?", "method"),
        ("Hur många barn placerades 2017?", None),
        ("Hur ser lokalerna ut?", None),
        ("Hur fördelade sig anmälningarna mellan flickor och pojkar?", None),
        ("Vilka insatser visar hur det går för brukarna?", None),
    ],
)
def test_what_a_why_or_how_question_asks_for(text: str, kind: str | None) -> None:
    """However a why- or how-question is put, its answer is a reason or a method; "Hur många"
    asks for a number and "Hur ser … ut" for a description, neither for a method."""
    assert asks_for(text) == kind


def test_goal_questions_are_routed_to_the_ledger_only_when_it_is_there() -> None:
    def is_goal(text: str) -> bool:
        return "mål" in text

    text = "Vilka enhetsmål uppfylldes delvis 2019?"
    assert read_question(text, is_goal=is_goal).intent == "goal"
    assert read_question(text).intent == "passage"
    # "which units" stays an aggregate question when it mentions goals, unless it asks which
    # units have goals (then their goals are listed, each with its unit)
    mentions = read_question("Vilka enheter nämner målet om våld?", is_goal=is_goal)
    assert mentions.intent == "aggregate"
    assert read_question("Vilka enheter har mål om våld?", is_goal=is_goal).intent == "goal"


def test_a_refusal_names_a_short_topic_and_never_a_run_of_question_words() -> None:
    from service.answer.compose import ungrounded

    def refusal(text: str) -> str:
        return ungrounded(read_question(text, [], lambda _: False)).text

    assert "om Signs of Safety." in refusal("Vad säger rapporterna om Signs of Safety?")
    long = refusal("Hur försöker Kungsholmens familjeenhet slippa akuta placeringar av barn?")
    assert long.startswith("Jag hittar inget i rapporterna som besvarar frågan. ")
    assert "om rymdresor." in refusal("Vad säger rapporterna om rymdresor?")
    assert "frågan. " in refusal("Vem bemannar Kungsholmens fritidsgård?")
    english = refusal("How much did the Maskrosbarn cooperation cost the family unit?")
    assert english.startswith("I find nothing in the reports that answers the question. ")


def test_function_words_of_the_stopword_list_are_never_topic_words() -> None:
    topic = extract_topic(
        "Hur många barn var placerade i familjehem hos Familjeenheten vid årets slut?"
    )
    assert "hos" not in topic.terms and "vid" not in topic.terms
    light = extract_topic("Hur många klagomål fick enheten in, och varför gick den back?").terms
    assert "fick" not in light and "gick" not in light and "klagomål" in light
    assert {"barn", "placerade", "familjehem"} <= set(topic.terms)


def test_a_follow_up_asking_for_the_year_before_or_after_shifts_the_years() -> None:
    from service.answer.followup import resolve_followup
    from service.answer.types import Turn

    history = [Turn("user", "Vilket värde fick Kungsholmen i Preventionsindex mini 2021?")]
    assert resolve_followup("Och året dessförinnan?", history).endswith("mini 2020?")
    assert resolve_followup("Och förra året?", history).endswith("mini 2020?")
    assert resolve_followup("And the year after?", history).endswith("mini 2022?")
    assert resolve_followup("Och 2019?", history).endswith("mini 2019?")


def test_the_kind_of_answer_asked_for_is_not_the_topic() -> None:
    """An answer gives the address or date; it does not say "adress" or "datum"."""
    assert read_question("På vilken adress håller mottagningen till?").topic.terms == (
        "mottagningen",
    )
    assert "datum" not in read_question("Vilket datum hölls planeringsdagen?").topic.terms


def test_what_an_english_question_counts_may_follow_its_adjectives() -> None:
    q = read_question("Roughly how many structured risk assessments did the unit carry out?")
    assert "riskbedömning" in q.counted  # "structured" alone would miss "ca 10 riskbedömningar"
    assert read_question("Hur många nya familjehem rekryterades?").counted == ("familjehem",)
    assert read_question("Ungefär hur många fast anställda jobbar där?").counted == ("anställd",)


def test_a_swedish_count_names_the_noun_after_its_adjective_and_nothing_for_a_part() -> None:
    """ "Hur många personliga assistenter" counts assistants (a sentence listing "personliga
    assistenter" next to "nio vårdare" does not count them); "hur många av dem" and "how many
    times" name nothing to count (the verb "ledde", "tim" of "times" are not what is counted)."""
    assert "assistent" in read_question("Hur många personliga assistenter arbetar där?").counted
    assert read_question("Och hur många av dem ledde till en utredning?").counted == ()
    assert read_question("How many times a year must a foster child be visited?").counted == ()
    assert read_question("Hur många familjer deltog?").counted == ("familj",)


def test_them_in_a_follow_up_points_at_what_the_assistant_named() -> None:
    """ "Hur många familjer deltog i dem?" after a reply naming Komet and ABC-tonår is about
    those programmes: the reply's names join the question; without a reply nothing joins."""
    from service.answer.followup import resolve_followup
    from service.answer.types import Turn

    asked = Turn("user", "Vilka föräldrastödsprogram erbjuder Enheten för prevention?")
    reply = Turn("assistant", "Enheten erbjuder Komet för småbarnsföräldrar samt ABC-tonår.")
    follow = "Hur många familjer deltog i dem under 2021?"
    q = read_question(follow, [asked, reply])
    assert {"komet", "abc-tonår"} <= {t.lower() for t in q.topic.terms}
    assert "Komet" not in resolve_followup(follow, [asked])
    # a name the question already used is not repeated; a district is never a name
    reply = Turn("assistant", "Vid Enheten för prevention på Kungsholmen finns Komet.")
    assert resolve_followup(follow, [asked, reply]).count("prevention") == 1
    assert "Kungsholmen" not in resolve_followup(follow, [asked, reply])


def test_proper_names_are_the_capitalised_words_inside_a_sentence() -> None:
    from service.answer.expectations import proper_names

    text = 'Enheten erbjuder Komet, Komet och gruppen "Skilda världar" i Spånga-Tensta.'
    assert proper_names(text) == ["Komet", "Skilda världar"]


@pytest.mark.parametrize(
    "question",
    [
        "Vad berodde det på att enheten gick med underskott 2016?",
        "Vad var anledningen till att enheten gick med underskott 2016?",
        "Vilka orsaker fanns till att enheten gick med underskott 2016?",
        "What were the reasons the unit had a deficit in 2016?",
    ],
)
def test_the_words_that_ask_why_are_not_the_topic(question: str) -> None:
    """ "Vad berodde det på att …?" asks why, as "Varför …?" does: its topic is the deficit."""
    q = read_question(question)
    assert not {"berodde", "anledningen", "orsaker", "reasons"} & set(q.topic.terms)
    assert asks_for(q.text) == "reason"


def test_particles_and_light_verbs_are_not_the_topic() -> None:
    """ "hålla nere kostnaderna" is about the costs: "nere" is rare in the reports, so as a
    topic word it would weigh most."""
    q = read_question("Hur kan Vuxenenheten hålla nere kostnaderna för skyddat boende?")
    assert not {"hålla", "nere"} & set(q.topic.terms)
    assert {"kostnaderna", "boende"} <= set(q.topic.terms)


def test_which_of_them_narrows_the_list_question_it_follows() -> None:
    """ "Vilka av dem …?" after a list keeps the list's question (its key terms and topic)
    and adds the follow-up's words; after a question that lists nothing it stays a follow-up."""
    units = [Turn("user", "Vilka enheter använder Signs of Safety?"), Turn("assistant", "…")]
    assert resolve_followup("Och vilka av dem är på Kungsholmen?", units) == (
        "Vilka enheter använder Signs of Safety på Kungsholmen?"
    )
    goals = [Turn("user", "Which goals concern violence?"), Turn("assistant", "…")]
    assert resolve_followup("Which of them were partly met?", goals) == (
        "Which goals concern violence partly met?"
    )
    fact = [Turn("user", "Hur många barn placerades 2017?"), Turn("assistant", "…")]
    assert "(" in resolve_followup("Vilka av dem placerades i familjehem?", fact)


def test_the_polite_frame_around_a_question_is_no_topic() -> None:
    """ "Kan du berätta …", "Do you happen to know …", "Can you explain …": the asker's
    politeness, which no answering sentence says."""
    for framed in (
        "Kan du berätta vilka som sökte hjälp på mottagningen?",
        "Jag skulle vara tacksam om du kunde berätta vilka som sökte hjälp på mottagningen?",
    ):
        assert extract_topic(framed).terms == ("sökte", "hjälp", "mottagningen"), framed
    english = extract_topic("Do you happen to know, or can you explain, who sought help?")
    assert english.terms == ("sought", "help")


def test_a_follow_up_asking_its_own_question_inside_a_polite_frame_asks_it() -> None:
    """ "Vet du vilka åldrar den vänder sig till?" after "Vilken gruppverksamhet har …?" asks
    a question of its own (the ages), as "Vilka åldrar vänder den sig till?" does."""
    from service.answer.reading import read_question
    from service.answer.types import Turn

    history = [
        Turn("user", "Vilken gruppverksamhet har familjebehandlarna för barn i vårdnadstvist?"),
        Turn("assistant", "De har gruppen Skilda världar."),
    ]
    for framed in (
        "Vet du vilka åldrar den vänder sig till?",
        "Vet ni också vilka åldrar den vänder sig till?",
        "Could you tell me which ages it is meant for?",
    ):
        assert read_question(framed, history).asked, framed
    assert not read_question("Vet du det?", history).asked


def test_a_follow_up_whose_everyday_words_stand_for_a_report_term_asks_its_own_thing() -> None:
    """ "Hur många jobbar där?" after "Vilka verksamheter ingår i Familjestödsenheten?" asks
    for the staff ("medarbetare") there, not the earlier list again with a number."""
    from service.answer.followup import is_bare_followup, resolve_followup
    from service.answer.types import Turn

    history = [
        Turn("user", "Vilka verksamheter ingår i Familjestödsenheten i Spånga-Tensta?"),
        Turn("assistant", "Familjehemsvården, Familjeresursen och Familjerätten."),
    ]
    assert not is_bare_followup("Hur många jobbar där?") and is_bare_followup("Och 2019?")
    resolved = resolve_followup("Hur många jobbar där?", history)
    assert resolved.startswith("Hur många jobbar där?") and "Spånga-Tensta" in resolved


def test_running_something_and_its_variety_frame_the_question() -> None:
    """A unit "driver" or "bedriver" what the reports say it "har"; "olika" says how many
    kinds, not what: neither is a topic word the answer must say."""
    asked = "Hur många boenden av olika slag driver enheten?"
    assert extract_topic(asked).terms == ("boenden", "slag")
    said = "I hur många procent av utredningar dom ska prata med skolan?"  # spoken "de"
    assert extract_topic(said).terms == ("procent", "utredningar", "prata", "skolan")
    assert extract_topic("Vilka verksamheter bedrivs i egen regi?").terms == ("regi",)


def test_how_something_looks_frames_the_question() -> None:
    """ "Hur ser sjukfrånvaron ut …?" asks about sjukfrånvaron; "ser … ut" is the frame."""
    assert extract_topic("Hur ser sjukfrånvaron ut på enheten?").terms == ("sjukfrånvaron",)
    assert extract_topic("What did the sick leave look like?").terms == ("sick", "leave")


def test_the_main_reason_asked_for_and_trying_are_frame_not_topic() -> None:
    """ "huvudorsaken till att …" asks why, as "orsaken" does; "Hur försökte enheten komma
    till rätta med …" asks how, about the underskott alone."""
    main = "Vad var huvudorsaken till att vissa placeringar inte blev trygga?"
    assert asks_for(main) == "reason"
    assert extract_topic(main).terms == ("placeringar", "trygga")
    tried = extract_topic("Hur försökte enheten komma till rätta med sitt underskott 2016?")
    assert "försökte" not in tried.terms and "komma" not in tried.terms
    explains = "Vad förklarar att enheten fick längre handläggningstider?"
    assert asks_for(explains) == "reason" and "förklarar" not in extract_topic(explains).terms


def test_what_a_unit_wants_to_achieve_asks_for_its_purpose() -> None:
    assert asks_for("Vad vill Familjeenheten uppnå genom att fortsätta samarbetet?") == "reason"
    assert asks_for("What does the unit want to achieve with the training?") == "reason"


def test_a_follow_up_asking_its_own_why_does_not_inherit_the_number_asked_before() -> None:
    history = [
        Turn("user", "how many visitors did kuggen have last year?"),
        Turn("assistant", "Kuggen had 2,338 visitors in 2021."),
    ]
    why = read_question("why are they surveying what girls want?", history)
    assert why.expects == "" and why.counted == ()
    bare = read_question("och hur var det 2019?", history)
    assert bare.expects == "number" and "besök" in bare.counted
    own = read_question("Och hur många flickor?", history)
    assert own.expects == "number" and own.counted == ("flick",)


def test_a_yes_or_no_follow_up_about_the_people_named_asks_no_number() -> None:
    """ "And do the young people feel safe there?" opens with its verb and subject (any "the
    …", not only "the unit"): it asks its own question, not the earlier count again."""
    history = [
        Turn("user", "How many visitors did the Kuggen youth centre have in 2021?"),
        Turn("assistant", "Kuggen had 2,338 visitors in 2021."),
    ]
    q = read_question("And do the young people feel safe there?", history)
    assert q.expects == "" and q.asked


def test_a_one_word_why_keeps_asking_why_of_the_earlier_question() -> None:
    history = [
        Turn("user", "Hur många klagomål kom in till Barn- och ungdomsenheten 2016?"),
        Turn("assistant", "16 klienter framförde klagomål."),
    ]
    for why in ("Varför?", "Why?", "Varför gick det så?"):
        q = read_question(why, history)
        assert q.text.startswith(f"{why} (Hur många klagomål") and q.years == (2016,)
        assert asks_for(q.text) == "reason" and q.expects == ""


def test_a_follow_up_asking_only_for_a_figure_or_ending_in_då_takes_the_earlier_topic() -> None:
    history = [
        Turn("user", "Vilket årsmål för sjukfrånvaro har Vuxenenheten 2022?"),
        Turn("assistant", "Årsmålet är 2,8 %."),
    ]
    level = read_question("What was the level in 2021?", history)
    assert "sjukfrånvaro" in level.topic.terms and level.focus == (2021,)
    share = read_question("Hur stor var andelen 2021 då?", history)
    assert "sjukfrånvaro" in share.topic.terms and share.focus == (2021,)
    alone = read_question("What was the level in 2021?")
    assert "sjukfrånvaro" not in alone.topic.terms


def test_what_was_given_as_the_reason_asks_for_a_reason() -> None:
    q = read_question("Vad angav de handläggare som lämnade enheten som skäl till att de slutade?")
    assert asks_for(q.text) == "reason"
    assert "angav" not in q.topic.terms and "skäl" not in q.topic.terms


def test_respektive_joins_two_names_and_is_no_topic() -> None:
    q = read_question("Hur många familjer deltog i Komet respektive ABC-tonår under 2021?")
    assert "respektive" not in q.topic.terms


def test_a_follow_up_counting_years_back_shifts_the_years_that_many() -> None:
    history = [
        Turn("user", "What was the sick-leave rate at Barn- och ungdomsenheten in VB 2019?"),
        Turn("assistant", "VB 2019 reports sick leave of 5.5 %."),
    ]
    assert read_question("And what was it three years earlier?", history).years == (2016,)
    assert read_question("Och tre år tidigare?", history).years == (2016,)
    assert read_question("Och 2 år senare?", history).years == (2021,)
    assert read_question("And the year before?", history).years == (2018,)


def test_a_follow_up_comparing_with_the_year_before_asks_about_both_years() -> None:
    history = [
        Turn(
            "user", "How many reports of concern did the children and youth unit receive in 2016?"
        ),
        Turn("assistant", "In 2016 the unit received 2,043 reports."),
    ]
    q = read_question("And how does that compare with the year before?", history)
    assert set(q.years) == {2015, 2016}
    assert q.intent == "passage"  # reports of concern are orosanmälningar, not the reports
    assert set(read_question("Och jämfört med året innan?", history).years) == {2015, 2016}


def test_a_follow_up_moving_in_time_keeps_its_own_question() -> None:
    """ "Hur många ringde föräldramottagningen förra året?" asks its own count of the year
    before, not the earlier question again; "Och året innan?" does ask that again."""
    history = [
        Turn("user", "Vilket föräldrastöd erbjuder Familjeenheten på Östermalm 2018?"),
        Turn("assistant", "Familjeenheten erbjuder Komet och föräldramottagning."),
    ]
    q = read_question("Hur många ringde föräldramottagningen förra året?", history)
    assert q.text.startswith("Hur många ringde föräldramottagningen 2017?")
    assert "ring" in q.topic.stems and q.years == (2017,)
    again = read_question("Och året innan?", history)
    assert again.text == "Vilket föräldrastöd erbjuder Familjeenheten på Östermalm 2017?"


def test_a_follow_up_asking_where_asks_about_one_thing_not_the_list() -> None:
    history = [
        Turn("user", "Which districts fund RVC Väst?"),
        Turn("assistant", "Spånga-Tensta, Rinkeby-Kista, Hässelby-Vällingby and Bromma."),
    ]
    q = read_question("Where are its premises?", history)
    assert q.intent == "passage" and "RVC Väst" in q.text
    assert read_question("Och vilka av dem finns i Bromma?", history).intent == "aggregate"


def test_the_kind_of_report_a_question_names() -> None:
    from service.answer.question import doc_types_named

    assert doc_types_named("Vilka enheters verksamhetsberättelser nämner underskott?") == ("VB",)
    assert doc_types_named("Which of the annual reports (VB) describe it?") == ("VB",)
    assert doc_types_named("Vilka enheter skriver i sina verksamhetsplaner om SIP?") == ("VP",)
    assert doc_types_named("Vilka enheter nämner SIP i VP och VB?") == ()
    assert doc_types_named("Vilka enheter planerar att införa SIP?") == ()
    assert doc_types_named("Which units plan to use SIP?") == ()


def test_which_of_the_reports_is_a_list_question() -> None:
    assert is_aggregate("Which of the annual reports describe cooperation with the police?")
    assert is_aggregate("Vilka av de enheterna använder SIP?")
    assert not is_aggregate("Vilka av insatserna ger bäst resultat?")


def test_how_long_frames_a_question_as_how_big_does() -> None:
    assert "lång" not in extract_topic("Hur lång tid tar en faderskapsutredning?").terms
    assert "länge" not in extract_topic("Hur länge pågår behandlingen?").terms


@pytest.mark.parametrize(
    "text",
    [
        "What do they see as the biggest cost challenge for the year?",  # "they", nine words
        "Is the post going to continue?",
        "Is the unit planning anything about the boys' majority?",
        "Har enheten planerat något mer för de unga under året?",
    ],
)
def test_a_question_pointing_back_at_the_unit_or_post_takes_the_earlier_question(
    text: str,
) -> None:
    """ "they", "the unit", "the post", "enheten" in a question naming no unit of its own point
    at the one the earlier turn named, however long the question."""
    asked = "What is the financial situation of Vuxenenheten on Kungsholmen in 2022?"
    history = [Turn("user", asked), Turn("assistant", "A deficit of 5.6 million kronor.")]
    assert resolve_followup(text, history) == f"{text} ({asked})"
    assert read_question(text, history).years == (2022,)


def test_a_follow_up_of_a_follow_up_keeps_what_the_first_question_named() -> None:
    """The earlier question is itself read in the light of the turns before it: the unit and
    year of the first question reach the third."""
    history = [
        Turn("user", "Hur många anmälningar kom in till Familjeenheten på Östermalm 2017?"),
        Turn("assistant", "800 anmälningar, jämfört med 601 året innan."),
        Turn("user", "Hur påverkade det arbetet på enheten?"),
        Turn("assistant", "Ökningen ledde till hög arbetsbelastning."),
    ]
    resolved = resolve_followup("Vad gjorde de åt det?", history)
    assert "Familjeenheten på Östermalm 2017" in resolved
    assert resolved.startswith("Vad gjorde de åt det? (Hur påverkade det arbetet på enheten?")
    assert read_question("Vad gjorde de åt det?", history).years == (2017,)


def test_a_long_conversation_is_read_back_only_a_few_questions_deep() -> None:
    """Each earlier question is resolved once, against the one before it, for the last
    MAX_CHAIN questions with a topic (bare turns between them do not count): 25 follow-ups
    leave a context of at most MAX_CHAIN questions, and a topic 24 bare turns back still
    counts."""
    from service.answer.followup import MAX_CHAIN

    vague = [Turn("user", "Hur gick det med placeringarna då?"), Turn("assistant", "…")] * 25
    resolved = resolve_followup("Och varför då?", vague)
    assert resolved.count("(Hur gick det med placeringarna då?") == MAX_CHAIN
    topic = [Turn("user", "Vilka enheter använder Signs of Safety?"), Turn("assistant", "…")]
    bare = [Turn("user", "och 2019?"), Turn("assistant", "…")] * 24
    assert resolve_followup("och 2020?", topic + bare) == (
        "Vilka enheter använder Signs of Safety 2020?"
    )


def test_a_followup_asking_its_own_question_asks_its_own_kind_of_answer() -> None:
    """ "Vilket alternativ har de testat …?" after "Hur många sammanbrott …?" asks what was
    tried, not how many; its own words are kept apart (Question.asked) for what to quote,
    while "Hur gick det för Vuxenenheten då?" asks the earlier question again."""
    history = [
        Turn("user", "Hur många sammanbrott i familjehemsvården hade enheten 2019?"),
        Turn("assistant", "Ungefär tio sammanbrott."),
    ]
    own = read_question(
        "Vilket alternativ har de testat för ungdomar med beteendeproblem då?", history
    )
    assert own.expects == "" and own.years == (2019,)
    assert own.asked == "Vilket alternativ har de testat för ungdomar med beteendeproblem då?"
    for again in ("Hur gick det för Vuxenenheten då?", "Vad hände sedan?"):
        assert read_question(again, history).asked == ""


def test_a_followup_asking_its_own_thing_without_a_question_word_is_its_own_question() -> None:
    """ "Finns det något särskilt upplägg för kvinnor?" after a question on a unit's treatment
    asks for that, though it opens with no question word: its own words are kept apart."""
    history = [
        Turn("user", "Vilken öppenvårdsbehandling erbjuder Vuxenenheten på Kungsholmen 2022?"),
        Turn("assistant", "Motiverande samtal och 12-stegsbehandling."),
    ]
    own = read_question("Finns det något särskilt upplägg för kvinnor?", history)
    assert own.asked == "Finns det något särskilt upplägg för kvinnor?"
    assert "Vuxenenheten" in own.text  # still about the unit the earlier turn named
    assert read_question("Och för kvinnor då?", history).asked == ""  # the same asked again


def test_they_or_that_goal_point_back_however_long_the_question() -> None:
    """ "De" as the subject after the verb, or "det målet", refers to the unit or goal of the
    earlier turn; "de" as an article ("de enheter som …") does not."""
    history = [
        Turn("user", "Vilket enhetsmål hade Vuxenenheten på Kungsholmen 2022 om delaktighet?"),
        Turn("assistant", "Enhetsmålet var att brukarna är delaktiga i sin planering."),
    ]
    earlier = "(Vilket enhetsmål hade Vuxenenheten på Kungsholmen 2022 om delaktighet?)"
    for follow_up in (
        "Vad gjorde de under året för att öka brukarnas inflytande i planeringen?",
        "Hur skulle personalen följa upp att de nådde det målet under året?",
        "Which activities did the unit plan during the year to reach that goal?",
        "Har de planer på att göra om sina broschyrer eller sin information på webben?",
    ):
        assert resolve_followup(follow_up, history).endswith(earlier), follow_up
    own = "Vad gör de enheter som arbetar med brukarnas delaktighet i planeringen av insatser?"
    assert resolve_followup(own, history) == own


def test_a_short_question_saying_there_points_back() -> None:
    """ "Vilka aktiviteter ska leda dit?": "dit" is the goal the earlier turn named."""
    history = [Turn("user", "Vilket enhetsmål om trygga platser har enheten för 2022?")]
    assert resolve_followup("Vilka aktiviteter ska leda dit?", history) == (
        "Vilka aktiviteter ska leda dit? (Vilket enhetsmål om trygga platser har enheten för 2022?)"
    )


def test_a_goal_named_in_the_definite_is_the_earlier_units_goal() -> None:
    """ "Vilka aktiviteter låg under målet om skydd och stöd?" after a question on one unit's
    2019 goals asks about that unit's goal that year; naming a unit or year of its own, it
    asks on its own."""
    history = [
        Turn("user", "Vilka enhetsmål uppfylldes delvis hos Barn- och ungdomsenheten 2019?"),
        Turn("assistant", "Tre mål, bland annat att barn i behov av skydd och stöd får insatser."),
    ]
    asked = "Vilka aktiviteter låg under målet om skydd och stöd?"
    resolved = resolve_followup(asked, history)
    assert resolved.startswith(asked) and "Barn- och ungdomsenheten 2019" in resolved
    own = "Vilka aktiviteter låg under målet om skydd och stöd 2022?"
    assert resolve_followup(own, history) == own
    named = "Vilka aktiviteter låg under målet om skydd hos Vuxenenheten?"
    assert resolve_followup(named, history) == named
    units = ("Biståndsbedömning, funktionsnedsättning",)  # named in other words, lower case
    worded = "vilka aktiviteter låg under målet om stöd i enheten för biståndsbedömning inom "
    worded += "funktionsnedsättning?"
    assert resolve_followup(worded, history, units) == worded


def test_the_goal_in_a_short_follow_up_is_the_goal_an_earlier_turn_named() -> None:
    """ "Vad skulle målet leda till?" after a question on one unit's goal asks about that goal:
    "målet" with nothing naming it points back like "det"; a long question of its own does
    not."""
    history = [
        Turn("user", "Vilket enhetsmål om skydd och stöd hade Barn- och ungdomsenheten 2019?"),
        Turn("assistant", "Att barn och familjer i behov av skydd får insatser av hög kvalitet."),
    ]
    for asked in ("Vad skulle målet leda till?", "Vilket förväntat resultat hade målet?"):
        resolved = resolve_followup(asked, history)
        assert resolved.startswith(asked) and "Barn- och ungdomsenheten 2019" in resolved
    english = resolve_followup("What was the goal meant to achieve?", history)
    assert "Barn- och ungdomsenheten 2019" in english
    placed = "Vilket nämndmål hörde det till, och vad förväntades där?"  # nine words
    assert resolve_followup(placed, history).startswith(placed + " (Vilket enhetsmål")
    own = "Vilka enheter har skrivit om hur målet nåddes i sina verksamhetsberättelser?"
    assert resolve_followup(own, history) == own


def test_a_yes_no_follow_up_asks_for_no_number() -> None:
    """ "Ska de fortsätta erbjuda det 2020?" after "Hur många familjer fick …?" is answered by
    "Insatsen kommer att fortsätta erbjudas under 2020.", which holds no count."""
    history = [
        Turn("user", "Hur många familjer fick Tryggare Barn via Barn- och ungdomsenheten 2019?"),
        Turn("assistant", "Föräldrar till 13 barn gick igenom Tryggare Barn under 2019."),
    ]
    assert read_question("Ska de fortsätta erbjuda det 2020?", history).expects == ""
    assert read_question("Och hur många 2018?", history).expects == "number"


def test_an_english_follow_up_opening_with_its_auxiliary_asks_for_no_number() -> None:
    """ "And was staff turnover a problem there?" after "How many positions …?" asks yes or no,
    whatever its subject: "hög personalomsättning under början av året" answers it."""
    history = [
        Turn("user", "How many positions did Familjeenheten in Östermalm have in 2017?"),
        Turn("assistant", "It had 24 positions in total."),
    ]
    assert read_question("And was staff turnover a problem there?", history).expects == ""
    assert read_question("And how many in 2016?", history).expects == "number"


def test_a_yes_no_follow_up_about_their_children_asks_for_no_person() -> None:
    """The verb first, then a possessive's noun or a definite noun: yes or no, not the person
    the earlier "Vem …?" asked for."""
    history = [
        Turn("user", "Vem kan få hjälp hos Relationsvåldscentrum Väst i Spånga-Tensta?"),
        Turn("assistant", "Vuxna från 18 år som har utsatts för eller utövat våld."),
    ]
    for asked in ("Får deras barn också stöd där?", "Kan barnen också få hjälp där?"):
        assert read_question(asked, history).expects == ""
    assert read_question("Var ligger mottagningen?", history).expects != "person"


def test_a_yes_no_follow_up_opening_with_any_finite_verb_asks_for_no_number() -> None:
    """Swedish puts the verb first only when asking yes or no, whatever the verb and with a
    reflexive after it: "Kände sig ungdomarna trygga där?" after "Hur många besökte …?" asks
    whether they felt safe, not how many; "Och för socialpsykiatrin då?" names no verb and
    asks the earlier question's number of another subject."""
    history = [
        Turn("user", "Hur många besökte fritidsgården Kuggen på Kungsholmen under 2021?"),
        Turn("assistant", "Kuggen hade 2 338 besökare under 2021."),
    ]
    for asked in (
        "Kände sig ungdomarna trygga där?",
        "Blir fritidsgården kvar efter 2022?",
        "Placerades något barn där det året?",
        "Ökade antalet året efter?",
    ):
        read = read_question(asked, history)
        assert read.expects == "" and read.counted == (), asked
    assert read_question("Och flickorna då?", history).expects == "number"


def test_a_question_placing_nothing_is_read_in_the_light_of_the_conversation() -> None:
    """A question that names no unit, district or year ("Blir samordnartjänsten kvar efter
    projektåret?") asks about the unit and year the conversation is about; a list question or
    one naming its own unit, place or year stands alone."""
    history = [
        Turn("user", "Hur många SIP-möten hade Barn- och ungdomsenheten i Hägersten 2019?"),
        Turn("assistant", "107 SIP-möten, med en projektanställd SIP-samordnare."),
    ]
    asked = "Blir samordnartjänsten kvar efter projektåret?"
    assert resolve_followup(asked, history) == f"{asked} ({history[0].content})"
    for own in (
        "Vilka enheter har en SIP-samordnare?",
        "Hur många SIP-möten hade Vuxenenheten på Kungsholmen?",
        "Vad säger rapporterna om SIP i Spånga-Tensta?",
        "Hur många SIP-möten hölls 2022?",
    ):
        assert resolve_followup(own, history, ["Vuxenenheten"]) == own


def test_a_pronoun_ending_a_clause_points_back_however_long_the_question() -> None:
    history = [
        Turn("user", "Finns det ett forum där BVC träffar Familjeenheten på Kungsholmen?"),
        Turn("assistant", "Ja, samverkansgruppen Magnolia med BVC, MVC och BUP."),
    ]
    asked = "Hur ofta träffas gruppen, och vad är syftet med den?"
    assert resolve_followup(asked, history) == f"{asked} ({history[0].content})"
    english = "How often does the group meet, and who is responsible for it?"
    assert resolve_followup(english, history).endswith(f"({history[0].content})")
    own = "Hur ofta träffas ledningsgruppen på Vuxenenheten och vem kallar till mötena?"
    assert resolve_followup(own, history) == own  # no pronoun: a question of its own


def test_a_pronoun_ending_the_question_or_naming_a_person_points_back() -> None:
    history = [
        Turn("user", "Frågar handläggarna på Kungsholmens biståndsenhet brukarna om våld?"),
        Turn("assistant", "Ja, de ställer FREDA-kortfrågor vid enskilda möten."),
    ]
    for asked in (
        "How do the staff keep each other practising that?",
        "Hur ser handläggarna till att de fortsätter att göra det?",
        "Blev han nöjd till slut?",
        "Vad tyckte hon om bemötandet?",
    ):
        assert resolve_followup(asked, history) == f"{asked} ({history[0].content})", asked
    own = "Hur håller medarbetarna på Vuxenenheten sina metoder aktuella?"
    assert resolve_followup(own, history) == own  # no pronoun: a question of its own


def test_reports_a_unit_received_are_counted_in_its_report_not_among_the_reports() -> None:
    for received in (
        "How many reports and applications about children did Barn- och ungdomsenheten in "
        "Hägersten-Liljeholmen receive in 2016?",
        "How many concern reports did Kungsholmen's field assistants file with Familjeenheten?",
        "How many of the reports to the family unit in 2016 were about boys?",
        "How many reports sent to the unit came from schools?",
    ):
        assert not is_aggregate(received), received
        assert read_question(received).intent == "passage"
    for listed in (
        "Which reports mention a housing coordinator (bosamordnare)?",
        "How many reports describe cooperation with the police?",
    ):
        assert is_aggregate(listed), listed
    assert is_aggregate("Which reports concern children placed in foster homes?")  # a verb


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # the plan for 2022 reports on 2021: the year asked is 2021
        (
            "Hur många klagade på handläggarna på Kungsholmen året före 2022, och vad gällde det?",
            (2021,),
        ),
        (
            "Gick Enheten för stöd och service i hemmet med förlust året innan planen för 2022 "
            "skrevs?",
            (2021,),
        ),
        ("How many placements did the unit have the year before 2019?", (2018,)),
        ("Vad planerades för året efter 2016?", (2017,)),
        ("Hur såg det ut 2022 jämfört med året före 2022?", (2021, 2022)),  # 2022 named too
        ("Hur många barn placerades 2019?", (2019,)),
    ],
)
def test_a_year_named_as_the_one_before_or_after_another_is_that_year(
    text: str, years: tuple[int, ...]
) -> None:
    assert read_question(text).years == years


def test_a_follow_up_naming_a_year_of_a_served_report_asks_the_earlier_question_of_it() -> None:
    history = [
        Turn(role="user", content="Hur gick det ekonomiskt för Barn- och ungdomsenheten 2016?"),
        Turn(role="assistant", content="Enheten gick med underskott."),
    ]
    years = (2016, 2017, 2019, 2020, 2022)
    asked = resolve_followup("Och hur stort var underskottet 2019?", history, (), years)
    assert asked.endswith("(Hur gick det ekonomiskt för Barn- och ungdomsenheten 2019?)")
    # a year planned for, one no report is of, or a comparison keeps the earlier year
    for follow_up in (
        "Vad vill de utveckla inför 2020?",
        "Och hur stort var underskottet 2018?",
        "Hur stort var underskottet 2019 jämfört med då?",
    ):
        kept = resolve_followup(follow_up, history, (), years)
        assert kept.endswith("(Hur gick det ekonomiskt för Barn- och ungdomsenheten 2016?)")
