"""What a question asks for, read from its words: a cost wants an amount of money, a measure
asked with "Vad var …?" its figure, "Vad är Lili?" a sentence presenting Lili."""

from __future__ import annotations

import pytest

from service.answer.asked import expected_answer
from service.answer.cues import asks_for, cue_score
from service.answer.expectations import has_quantity, meets_expectation
from service.answer.features import sentence_features
from service.answer.glossary import to_swedish
from service.answer.presence import counts
from service.answer.reading import read_question
from tests.service.test_select import evidence


@pytest.mark.parametrize(
    "question",
    [
        "Hur mycket kostade den köpta öppenvården 2019?",
        "Vad kostade studieresan till Amsterdam?",
        "How much did the cooperation with Maskrosbarn cost in 2017?",
        "Vilken kostnad hade enheten för tolkar?",
        "What was the total net budget of the Family Support Unit for 2020?",
        "Vilken budget hade enheten 2016?",
        "Vad var dygnskostnaden för ett ensamkommande barn på HVB-hem 2016?",  # compounds
        "Vilken totalbudget har Familjestödsenheten i Spånga-Tensta för 2020?",
        "Vilket belopp i kronor fick enheten i statsbidrag?",
        "How much does the unit budget per week for fruit for the staff?",  # budget as a verb
        "Hur mycket avsätter enheten för personalvård?",
    ],
)
def test_a_cost_is_answered_by_an_amount_of_money_not_a_share_or_count(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    share = "Öppenvården ökade med omkring 14 procent och låg på 160-170 ärenden."
    assert not meets_expectation(q.expects, share, q.text)
    for amount in ("Den kostade 4,4 mkr.", "Kostnaden var 150 000 kronor.", "Pris: 70kr per dag."):
        assert meets_expectation(q.expects, amount, q.text), amount
    counted = read_question("Hur många ärenden hade öppenvården 2019?")  # not a cost
    assert meets_expectation(counted.expects, share, counted.text)


@pytest.mark.parametrize(
    "question",
    [
        "Vad var sjukfrånvaron på Familjestödsenheten 2019?",
        "Vad blev personalomsättningen 2021?",
        "What was the staff turnover at the unit in 2021?",
    ],
)
def test_a_measure_asked_with_what_was_wants_its_figure(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    assert not meets_expectation(q.expects, "Vi arbetar för en låg sjukfrånvaro.", q.text)
    assert read_question("Vad var syftet med projektet?").expects == ""


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is Lili?", "definition"),
        ("What is Lili, run by the unit for prevention and family treatment?", "definition"),
        ("Vad är Stella?", "definition"),
        ('Vad är "Tryggare barn"?', "definition"),
        ("Vad innebär Signs of Safety?", "definition"),
        ("Vad är Familjeenhetens besöksadress?", None),  # a name's something, not the name
        ("Vad är målet för skolresultaten?", None),
        ("What is the visiting address of the family unit?", "place"),
        ("Vad menas med kollegialt utbyte på enheten?", "definition"),  # what a term means
        ("Vad innebär det att ha ett barnrättsperspektiv?", "definition"),
        ("Vad är Signs of Safety för något, enligt enheten?", "definition"),
        ("What is meant by internal deviations?", "definition"),
        ("Vad menade enheten med att den skulle spara?", None),
    ],
)
def test_what_a_name_is_asks_for_a_definition(question: str, kind: str | None) -> None:
    assert asks_for(question) == kind


def test_a_definition_is_a_sentence_presenting_the_name_that_names_it() -> None:
    presenting = [
        "Enheten driver en HBTQIA+ fritidsgård för barn och ungdomar, Lili, i samverkan.",
        "Kungsholmens fritidsgård Kuggen bedrivs i enhetens regi.",
        'Föräldrastöd ges genom verksamheten "Stella".',
        "Skolfam är en forskarstödd manualbaserad arbetsmodell.",
    ]
    assert all(cue_score("definition", s) == 1.0 for s in presenting)
    assert cue_score("definition", "Andelen besökare på Kuggen som är trygga har ökat.") == 0.0
    text = "Stockholm är en stad med trygga stadsdelar. Barnahus är en verksamhet för barn."
    q = read_question("What is Barnahus?")
    heading, naming = (
        f for _, _, f in sentence_features(evidence(text, [0.8, 0.8]), q, {"barnahus": 1.0})
    )
    assert heading.cue == 0.0 and naming.cue == 1.0  # the heading presents something else


def test_a_role_named_by_a_loanword_says_who() -> None:
    """Asked with whom something is done, a controller, a coach or a mentor is a who ("…
    görs tillsammans med controller"); Swedish "kontroller" (checks) is none."""
    asked = "Vem gör enheten sina ekonomiska prognoser tillsammans med?"
    assert meets_expectation(
        "person", "Ekonomiska prognoser görs tillsammans med controller.", asked
    )
    assert meets_expectation("person", "Uppföljningar görs med kontrollern varje månad.", asked)
    assert meets_expectation("person", "Nyanställda får en mentor under första året.", asked)
    assert not meets_expectation("person", "Vi gör kontroller av listorna varje månad.", asked)
    # roles ending in -ör, -or: "administratör", "socialtjänstinspektörerna", "kuratorn"
    fees = "Vem ska ta hand om hanteringen av egenavgifter?"
    said = "Under 2022 arbetar enhetens administratör med hanteringen av egenavgifter."
    assert meets_expectation("person", said, fees)
    assert meets_expectation("person", "Granskningen gjordes av socialtjänstinspektörerna.", fees)
    assert meets_expectation("person", "Eleverna kan vända sig till kuratorn.", fees)
    assert meets_expectation("person", "Stödpersonerna journalför regelbundet.", fees)
    assert not meets_expectation("person", "Avgiften gäller personer över 18 år.", fees)
    assert not meets_expectation("person", "Hanteringen av egenavgifter ses över.", fees)


def test_a_name_is_not_a_sentence_opening_before_a_unit_or_place() -> None:
    """Asked who someone is, a sentence naming a person answers; two capitalised words that are
    a sentence's first word and a unit or district ("Att Vuxenenheten …") are no name."""
    asked = "Vem är enhetschef för Vuxenenheten?"
    assert meets_expectation("person", "Enhetschef är Anna Svensson sedan 2020.", asked)
    opening = "Att Vuxenenheten är en enhet där arbetet präglas av engagemang."
    assert not meets_expectation("person", opening, asked)
    assert not meets_expectation("person", "På Kungsholmen finns en enhetschef.", asked)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Inom hur lång tid ska utredningarna vara klara?",
            "Vi har ett krav på att de ska vara klara inom ett år.",
        ),
        ("Hur snabbt kom breven fram?", "Dessa kom fram dagen efter."),
        ("How long does a family law investigation take?", "De ska vara klara inom ett år."),
    ],
)
def test_a_duration_in_words_answers_how_long(question: str, answer: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    assert meets_expectation(q.expects, answer, q.text)
    assert not meets_expectation(q.expects, "Utredningarna ska vara klara snart.", q.text)
    count = read_question("Hur många utredningar gjordes?")  # a count is no duration
    assert not meets_expectation(count.expects, answer, count.text)


@pytest.mark.parametrize(
    "question",
    [
        "Vad syftar förhållningssättet hela barn till?",
        "What is the 'hela barn' approach meant to achieve?",
        "I vilket syfte startades gruppen?",
    ],
)
def test_a_question_for_a_purpose_asks_for_a_reason(question: str) -> None:
    assert asks_for(question) == "reason"
    assert cue_score("reason", "Utbildningen syftar till att få föräldrar att samarbeta.") == 1.0


def test_a_row_of_shares_does_not_answer_a_count() -> None:
    count = read_question("Hur många medarbetare var certifierade 2021?")
    row = "Andel medarbetare som är certifierade i webutbildningen Pedagogiskt ramverk | 50 | År"
    assert not meets_expectation(count.expects, row, count.text)
    assert meets_expectation(count.expects, "Under 2021 certifierades 12 medarbetare.", count.text)
    share = read_question("Hur stor andel av medarbetarna ska vara certifierade?")
    assert meets_expectation(share.expects, row, share.text)


@pytest.mark.parametrize(
    ("question", "expects", "unmet", "met"),
    [
        (  # a day of the week is answered by one named
            "Vilken veckodag har fritidsverksamheten Tre liljor öppet?",
            "date",
            "Den startar en dag per vecka under 2022.",
            "Tre liljor har öppet på onsdagar.",
        ),
        (  # a price asked as what is charged wants money
            "Vad tar Vuxenenheten betalt per plats när Norrmalm köper platser?",
            "number",
            "Norrmalm vill köpa två platser.",
            "En plats kostar 1 200 kr per dygn.",
        ),
        (  # who does something: a role in its definite form answers too
            "Vem ringer upp den som har skickat in en synpunkt?",
            "person",
            "Synpunkterna diarieförs och besvaras.",
            "Enhetschefen ringer alltid upp den som skickat synpunkten.",
        ),
        (  # which person in a role wants a name, not the role
            "Vilken forskare ledde kartläggningen?",
            "person",
            "Den gjordes med forskare från högskolan.",
            "Den leddes av Anna Berg.",
        ),
        (  # an actual figure is not answered by a target
            "What was the actual sick leave rate at Familjestödsenheten during 2020?",
            "number",
            "Sjukfrånvaro årsmål 6,9 %",
            "Sjukfrånvaron var 7,2 % under 2020.",
        ),
        (  # a score or index asked for is a number
            "What was the actual AMI (Aktivt Medskapandeindex) score in 2021?",
            "number",
            "Enheten har haft ett lågt AMI 2021.",
            "AMI 2021 var 68.",
        ),
    ],
)
def test_a_question_is_answered_only_by_what_it_asks_for(
    question: str, expects: str, unmet: str, met: str
) -> None:
    q = read_question(question)
    assert q.expects == expects
    assert not meets_expectation(q.expects, unmet, q.text)
    assert meets_expectation(q.expects, met, q.text)


def test_a_role_and_a_target_asked_for_as_well() -> None:
    assert read_question("Which researcher led the mapping?").expects == "person"
    # "who" in a relative clause asks for no person
    relative = "How are follow-ups done for participants who find it hard to say what they want?"
    assert read_question(relative).expects == ""
    assert read_question("Who runs the youth club?").expects == "person"
    assert read_question("And who staffs it?").expects == "person"
    assert read_question("Lili is a youth club; who staffs it?").expects == "person"
    both = read_question("Vilket utfall hade enheten på sjukfrånvaron, och vad var årsmålet?")
    assert both.expects == "number"
    assert meets_expectation(both.expects, "Sjukfrånvaro årsmål 6,9 %", both.text)


def test_a_target_asked_for_is_a_number() -> None:
    q = read_question("What sick-leave target does Vuxenenheten have in its 2022 plan?")
    assert q.expects == "number" and "plan" not in q.topic.terms
    assert meets_expectation(q.expects, "Sjukfrånvaro | 2,8 % | Tas fram av nämnd", q.text)
    assert read_question("What target groups does the unit serve?").expects == ""


def test_a_row_under_a_target_column_is_a_target() -> None:
    from service.answer.text import table_header

    table = (
        "Indikator | Årsmål | KF:s årsmål | Periodicitet\n"
        "Sjukfrånvaro | 8 % | Tas fram av nämnd/styrelse | Tertial"
    )
    row = table[table.index("Sjukfrånvaro") :]
    header = table_header(table, table.index("Sjukfrånvaro"))
    assert header.startswith("Indikator | Årsmål")
    q = read_question("What was the actual sick leave rate in 2021?")
    assert not meets_expectation(q.expects, row, q.text, header)
    both = "Indikator | Utfall 2021 | Årsmål"
    assert meets_expectation(q.expects, row, q.text, both)  # the row holds the actual figure
    target = read_question("Vilket årsmål har enheten för sjukfrånvaron 2022?")
    assert meets_expectation(target.expects, row, target.text, header)
    assert table_header("Sjukfrånvaron var 8 % under året.", 0) == ""
    # a long cell wrapped onto a line of its own stays in the table
    wrapped = (
        "Indikator | Årsmål | KF:s årsmål | Periodicitet\n"
        "Andel medarbetare som vet var de ska vända sig om de utsätts för | 90 % | År\n"
        "sexuella trakasserier och repressalier\n"
        "Ledarskapsindex | 70 | År"
    )
    assert table_header(wrapped, wrapped.index("Ledarskapsindex")).startswith("Indikator | Årsmål")
    prose = "Vi har ett index.\nText utan celler.\nLedarskapsindex | 70 | År"
    assert table_header(prose, prose.index("Ledarskapsindex")) == ""


def test_who_is_in_a_group_is_answered_by_roles_and_bodies() -> None:
    members = "Enheten deltar i en samverkansgrupp, Magnolia, med BVC, MVC, barnläkare och BUP."
    q = read_question("Who is in the Magnolia collaboration group?")
    assert q.expects == "person" and meets_expectation(q.expects, members, q.text)
    sv = read_question("Vilka är med i samverkansgruppen Magnolia?")
    assert meets_expectation(sv.expects, members, sv.text)
    head = read_question("Who is the head of the unit?")  # an identity: a name, not a role
    assert not meets_expectation(head.expects, "Enheten leds av en enhetschef.", head.text)


def test_when_opening_a_clause_before_the_question_word_asks_no_date() -> None:
    q = read_question(
        "När familjerätten håller samarbetssamtal – hur tar de reda på om det finns våld?"
    )
    assert q.expects == "" and "reda" not in q.topic.terms
    assert read_question("När startade gruppen, och hur länge pågick den?").expects == "date"
    asked = "När en LUS-anmälan kommer in, från vilken ålder kontaktar teamet den unge själv?"
    assert read_question(asked).expects == "age"  # the question word after a preposition
    assert read_question("När startade gruppen?").expects == "date"
    rough = read_question("Ungefär hur många tillsvidareanställda har enheten?")
    assert rough.expects == "number" and rough.topic.terms == ("tillsvidareanställda",)


@pytest.mark.parametrize(
    ("question", "answer", "not_an_answer"),
    [
        (
            "Hur stort blev underskottet i kronor för enheten 2021?",
            "Underskottet blev 2,1 mkr.",
            "Resultatet för 2021 visade på ett underskott för enhetens samtliga tre delar.",
        ),
        (
            "Med hur stort ekonomiskt minus går enheten in i 2022?",
            "År 2022 inleds med ett underskott på -5,6 milj.",
            "Enheten har tre delar som alla gick med underskott.",
        ),
        (
            "How much money in stimulus funds did the unit receive in 2017?",
            "Enheten fick 450 000 kronor i stimulansmedel.",
            "Under 2017 inleddes 729 (826) stycken ärenden inom Familjeenheten.",
        ),
    ],
)
def test_a_sum_of_money_is_answered_by_money_not_a_count(
    question: str, answer: str, not_an_answer: str
) -> None:
    q = read_question(question)
    assert q.expects == "number"
    assert meets_expectation(q.expects, answer, q.text)
    assert not meets_expectation(q.expects, not_an_answer, q.text)


@pytest.mark.parametrize(
    "question",
    [
        "Which group does the unit take part in, and how often does it meet?",
        "Hur ofta ska Vuxenenheten följa upp beviljade insatser?",
        "Med vilket intervall kontrollerar enheten att stödet fungerar?",
    ],
)
def test_a_frequency_in_words_answers_how_often(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    for answer in ("Gruppen träffas en gång per månad.", "Insatserna följs upp var sjätte månad."):
        assert meets_expectation(q.expects, answer, q.text), answer
    assert not meets_expectation(q.expects, "Insatserna följs upp.", q.text)


@pytest.mark.parametrize(
    "question",
    [
        "what AMI score did the prevention unit on kungsholmen actually get in 2021?",
        "vad landade sjukfrånvaron på för familjestöd i spånga-tensta 2020?",
    ],
)
def test_a_score_or_where_a_figure_landed_asks_for_the_figure(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    assert not meets_expectation(q.expects, "Enheten har haft ett lågt AMI 2021.", q.text)
    assert meets_expectation(q.expects, "AMI blev 71 och sjukfrånvaron 5,5 %.", q.text)


@pytest.mark.parametrize(
    "question",
    [
        "which organisation did familjeenheten östermalm run a youth participation project with?",
        "Vilken ideell organisation samarbetade Familjeenheten på Östermalm med?",
        "Vilken högskola har Familjeresursen samarbetat med?",
    ],
)
def test_which_organisation_asks_for_its_name(question: str) -> None:
    q = read_question(question)
    assert q.expects == "name"
    named = "Utifrån projektet med föreningen Maskrosbarn diskuteras nya vägar."
    assert meets_expectation(q.expects, named, q.text)
    assert not meets_expectation(q.expects, "Enheten samarbetar med en ideell förening.", q.text)


@pytest.mark.parametrize(
    "question",
    [
        "Hur bestämmer dagliga verksamheten på Kungsholmen hur mycket personal varje team ska ha?",
        "Varför ökade antalet orosanmälningar under 2016?",
        "How does the unit decide how many staff each team gets?",
    ],
)
def test_a_figure_named_after_why_or_how_is_not_what_is_asked(question: str) -> None:
    assert read_question(question).expects == ""
    assert read_question("Hur många team har den dagliga verksamheten?").expects == "number"
    change = "Hur har utfallet för andelen barn som inte återaktualiseras förändrats?"
    assert read_question(change).expects == "number"  # told in figures
    assert read_question("Hur stor andel av barnen klarade målen?").expects == "number"


@pytest.mark.parametrize(
    "question",
    [
        "Hur stor andel av klienterna upplevde att deras problem förbättrats?",
        "Vilken målnivå har RVC Väst för andelen klienter som upplever förbättring?",
        "What share of the clients felt their situation had improved?",
    ],
)
def test_a_share_is_answered_by_a_share_not_a_count(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    count = "Liksom under 2019 kommer RVC att mäta två frågor från brukarenkäten."
    assert not meets_expectation(q.expects, count, q.text)
    for share in (
        "80% av personerna upplever att deras strategier har förbättrats.",
        "Hälften av klienterna upplevde en förbättring.",
        "16 av 20 klienter svarade att det blivit bättre.",
        "Andel klienter som upplever förbättring | 75 | År",
    ):
        assert meets_expectation(q.expects, share, q.text), share


def test_a_bulleted_or_negative_figure_is_a_quantity() -> None:
    assert has_quantity("-80% av personerna upplever att deras strategier har förbättrats.")
    assert has_quantity("År 2022 inleds med ett underskott på -5,6 milj.")
    assert not has_quantity("Ärendet gäller LSS-2 och BoU-12.")


def test_a_number_written_in_words_is_a_quantity() -> None:
    staff = "Enheten har ca etthundra anställda, till detta kommer ca femtiotal vikarier."
    assert meets_expectation("number", staff, "Hur många vikarier har enheten?")
    assert has_quantity("Ett åttiotal barn deltog.") and has_quantity("Sextio familjer fick stöd.")
    assert not has_quantity("Under nittiotalet byggdes lokalerna om.")  # a decade


def test_one_bounded_is_a_quantity_an_article_is_not() -> None:
    """ "Hur många medarbetarsamtal per år …?" is answered by "minst ett medarbetarsamtal per
    år"; "ett samtal" alone counts nothing."""
    question = "Hur många medarbetarsamtal per år ska personalen ha?"
    said = "Alla medarbetare ska ha minst ett medarbetarsamtal per år."
    assert meets_expectation("number", said, question)
    assert not meets_expectation("number", "Medarbetarna erbjuds ett medarbetarsamtal.", question)
    assert has_quantity("Insatsen får pågå högst en vecka.")
    often = "Brukarna följs minst en gång per kvartal."  # how often, not how many
    assert not meets_expectation("number", often, "Hur många brukare har enheten?")
    assert counts(said, ("medarbetarsamtal",))  # the bounded one counts what follows it
    assert not counts("Medarbetarna erbjuds ett medarbetarsamtal.", ("medarbetarsamtal",))
    assert not counts(often, ("bruk",))  # a bounded one counts the word after it only


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("hur många ensamkommande barn hade familjeenheten 2017", False),
        ("Hur många placeringar hade enheten?", False),
        ("Hur många miljoner gick enheten back?", True),
        ("Hur många kronor fick enheten i stimulansmedel?", True),
    ],
)
def test_a_sum_of_money_does_not_answer_a_count_of_something_else(
    question: str, answers: bool
) -> None:
    sentence = "Enheten redovisar ett överskott hos enheten för ensamkommande barn (4,4 mkr)."
    assert meets_expectation("number", sentence, question) is answers
    assert meets_expectation("number", "Under året hade vi 148 placeringar.", question)


def test_a_query_without_a_question_form_naming_a_figure_asks_for_the_number() -> None:
    assert read_question("Sjukfrånvaro årsmål Vuxenenheten Kungsholmen 2022").expects == "number"
    assert read_question("ekologiska inköp andel 2021").expects == "number"
    assert read_question("Familjeenheten Signs of Safety").expects == ""  # names no figure
    assert read_question("Vad står det om årsmål i planen?").expects == ""  # a question form


@pytest.mark.parametrize(
    "question",
    [
        "Mellan vilka klockslag har den dagliga verksamheten öppet?",
        "Vilka öppettider har föräldramottagningen?",
        "What are the opening hours of the youth club?",
    ],
)
def test_a_question_for_the_time_of_day_wants_a_clock_time(question: str) -> None:
    assert expected_answer(question) == "date"
    assert meets_expectation("date", "Verksamheten har öppet vardagar kl. 9-16.", question)
    assert meets_expectation("date", "Öppet måndag–fredag 08.00–16.30.", question)
    assert not meets_expectation("date", "Enheten anpassar öppethållandet efter behov.", question)
    assert not meets_expectation("date", "Fältassistenterna jobbar kvällstid sedan 2019.", question)
    assert not meets_expectation("date", "Sjukfrånvaron låg på 4,5 procent.", question)


@pytest.mark.parametrize(
    "question",
    [
        "Hur länge fick föräldrarna vänta på samarbetssamtal 2017?",
        "How long did parents have to wait for a cooperation talk?",
        "Inom hur lång tid får föräldrarna en tid?",
        "Hur lång är väntetiden för ett första samtal hos RVC Väst?",
    ],
)
def test_a_question_for_how_long_wants_a_stretch_of_time(question: str) -> None:
    assert meets_expectation("number", "Föräldrar får tider inom två veckor.", question)
    assert meets_expectation("number", "Väntetiden var 14 dagar i snitt.", question)
    assert meets_expectation("number", "Samarbetet har pågått sedan 2020.", question)
    assert meets_expectation("number", "Man kan få fem samtal utan biståndsbeslut.", question)
    assert not meets_expectation("number", "Föräldrar till cirka 66 barn gick i samtal.", question)
    assert not meets_expectation("number", "Målgrupper från 18 år kan själva ta kontakt.", question)


@pytest.mark.parametrize(
    "question",
    [
        "Within what time limit must paternity investigations be completed?",
        "Inom vilken tid ska faderskapsutredningarna vara klara?",
        "Inom vilken tidsgräns ska utredningen vara klar enligt planen?",
    ],
)
def test_a_time_limit_asks_how_long_not_for_a_clock_time(question: str) -> None:
    """ "Within what time limit …" asks for a stretch of time ("inom ett år"), not a time of
    day; a count of the things it times does not answer it."""
    assert expected_answer(question) == "number"
    limit = "Vi har ett krav på att de ska vara klara inom ett år."
    assert meets_expectation("number", limit, question)
    counted = "Under året genomfördes 40 faderskapsutredningar."
    assert not meets_expectation("number", counted, question)


def test_a_team_or_group_answers_who_a_unit_works_with() -> None:
    """Asked whom a unit works with, a team or group answers; asked who leads, it does not."""
    asked = "Vem samarbetar enheten med kring orosanmälningar?"
    partner = "Enheten har ett nära samarbete med BoU:s mottagningsgrupp kring orosanmälningar."
    assert meets_expectation("person", partner, asked)
    assert meets_expectation("person", "Ärendena lyfts med Relationsvåldsteamet.", asked)
    assert not meets_expectation("person", "Antalet anmälningar ökade under året.", asked)
    team = "Under året har Familjestödsteamet tränat på metoden."
    assert not meets_expectation("person", team, "Vem leder forskningen om metoden?")


def test_who_leads_is_answered_by_a_name_or_the_managers() -> None:
    """ "Vem leder verksamheten?" is answered by "leds av en biträdande enhetschef och en
    enhetschef"; "Vem är chef …?" still wants a name."""
    managers = "Verksamheten leds av en biträdande enhetschef och en enhetschef."
    assert meets_expectation("person", managers, "Och vem leder verksamheten?")
    assert meets_expectation("person", "Gruppen leds av Anna Svensson.", "Vem leder gruppen?")
    staff = "Verksamheten har 27 medarbetare och två handledare."
    assert not meets_expectation("person", staff, "Vem leder verksamheten?")
    assert not meets_expectation("person", managers, "Vem är chef för verksamheten?")


def test_who_is_it_that_asks_who_does_it_not_for_a_name() -> None:
    """ "Vem är det som fattar beslut …?" asks who does it (a role or a body answers), as
    "Vem fattar beslut …?" does; "Vem är chef …?" asks for a name."""
    body = "Det är Relationsvåldsteamet i respektive stadsdelsförvaltning som fattar beslut."
    assert meets_expectation("person", body, "Vem är det som fattar beslut om insatsen?")
    assert meets_expectation("person", body, "Who is it that decides on the support?")
    assert not meets_expectation("person", body, "Vem är chef för teamet?")


def test_a_sentence_stating_a_target_does_not_give_the_actual_figure() -> None:
    """ "Enheten har som mål att … 70 %" is what the unit aims at, not what happened."""
    target = "Enheten har som mål att skolan ska vidtalas i 70 % av utredningarna."
    actual = read_question("What share of investigations actually involved the school in 2021?")
    assert not meets_expectation(actual.expects, target, actual.text)
    assert meets_expectation(
        actual.expects, "Skolan vidtalades i 64 % av utredningarna.", actual.text
    )
    aim = read_question("Vilket mål har enheten för andelen utredningar där skolan vidtalas?")
    assert meets_expectation(aim.expects or "number", target, aim.text)


def test_a_row_of_a_budget_table_says_what_something_cost() -> None:
    """A budget table states its sums in tkr only in its heading: a row of them the question
    names answers a cost; a row of one count, of small figures, or of another post does not."""
    asked = "Hur mycket kostade entreprenader och köp av verksamhet, jämfört med budget?"
    row = "Entreprenader och köp av verksamhet | 37 334 | 24 544 | -12 790"
    assert meets_expectation("number", row, asked)
    assert not meets_expectation("number", "Antal besökare | 1 064 | År", asked)
    assert not meets_expectation("number", "Taxor och avgifter | 247 | -247", asked)
    other = "Personalkostnader | 53 678 | 56 959 | 3 281"  # a row the question does not name
    assert not meets_expectation("number", other, "Vad kostade inhyrda konsulter 2019?")


def test_a_count_asked_beside_how_long_is_answered_by_either() -> None:
    asked = "Hur många barn vill enheten intervjua, och hur länge pågår aktiviteten?"
    said = "Aktiviteten fortsätter fram till 2020-06-30 med målsättning att intervjua 10 barn."
    assert meets_expectation("number", said, asked)
    assert meets_expectation("number", "Aktiviteten pågår fram till 2020-06-30.", asked)
    assert not meets_expectation("number", "Aktiviteten har startat.", asked)
    assert not meets_expectation("number", "Cirka 66 barn väntade.", "Hur länge väntade barnen?")


def test_who_is_charged_with_something_is_answered_by_a_role() -> None:
    said = "En handläggare på enheten kommer under året att följa upp brukare placerade utanför."
    assert meets_expectation("person", said, "Who is supposed to check on users placed outside?")
    assert meets_expectation("person", said, "Vem är ansvarig för att följa upp brukarna?")
    assert not meets_expectation("person", said, "Vem är chef för enheten?")  # a name


def test_when_opening_a_clause_before_a_yes_or_no_question_asks_no_date() -> None:
    asked = "När enheten måste flytta ett barn hemifrån, tittar de först på om släkt kan hjälpa?"
    assert expected_answer(asked) == ""
    assert expected_answer("When a child is placed, do they look at relatives first?") == ""
    assert expected_answer("När, enligt planen, ska enheten starta gruppen?") == "date"
    assert expected_answer("När startade projektet?") == "date"


def test_the_number_of_an_address_is_no_amount() -> None:
    """ "Hur mycket betalar … i hyra …?" asks for a sum of money: the sentence giving the
    premises' street and number does not answer it, nor a count question."""
    said = "Familjeresursens verksamhet har lokaler på Hjulsta backar 17 A."
    assert not meets_expectation("number", said, "Hur mycket betalar Familjeresursen i hyra?")
    assert not meets_expectation("number", said, "Hur många lokaler har Familjeresursen?")
    assert meets_expectation("number", "Hyran är 240 000 kronor per år.", "Hur mycket betalar de?")
    assert not meets_expectation("number", "Hyran är 12 procent högre.", "How much does it pay?")


def test_a_whole_years_span_is_no_day() -> None:
    """A plan's activity runs "2022-01-01 | 2022-12-31": the year, not the day a theme day is
    held; a day within the year still answers."""
    asked = "Vilket datum hålls temadagen om skolfrånvaro?"
    assert not meets_expectation("date", "Temadag om skolfrånvaro | 2022-01-01 | 2022-12-31", asked)
    assert meets_expectation("date", "Temadag om skolfrånvaro | 2022-03-15 | 2022-03-15", asked)
    assert meets_expectation("date", "Temadagen hålls den 3 maj.", asked)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (  # a day of the month counts nothing
            "Hur många ungdomar besökte ungdomsgården i Axelsberg under 2016?",
            "Ungdomsgården i Axelsberg har sedan 1 juli 2016 övergått i stadsdelens egen regi.",
        ),
        (  # an age bounds who is counted
            "How many young offenders had their cases fast-tracked?",
            "Försöksverksamhet gällande snabbare lagförande för unga under 18 år implementeras.",
        ),
        ("Hur många barn fick stöd?", "Familjeresursen arbetar med barn i åldern 0-20 år."),
        ("Hur många deltog i grupperna?", "Grupperna vänder sig till 13-17-åringar."),
    ],
)
def test_a_day_or_an_age_does_not_answer_a_count(question: str, sentence: str) -> None:
    assert read_question(question).expects == "number"
    assert not meets_expectation("number", sentence, question)


def test_a_count_beside_an_age_or_an_age_asked_for_is_answered() -> None:
    asked = "Hur många barn fick stöd?"
    assert meets_expectation("number", "Under året fick 14 barn under 18 år stöd.", asked)
    assert meets_expectation("number", "Stödet ges till barn under 18 år.", "Hur gamla är barnen?")


@pytest.mark.parametrize(
    "question",
    [
        "Hur mycket får man i arvode per månad som familjehem hos Familjestödsenheten?",
        "Vilket arvode får de familjehem som enheten rekryterar?",
        "Vad får Norrmalm betala per plats i behandlingen?",
        "What hourly wage do the personal assistants earn?",
        "Vilket pris per plats tar enheten när den säljer behandlingsplatser?",
        "What price per night does the unit pay for emergency foster care?",
    ],
)
def test_a_sum_asked_by_what_it_is_paid_as_is_answered_by_money(question: str) -> None:
    q = read_question(question)
    assert q.expects == "number"
    for other in ("75 % Tertial", "Enheten har 40 familjehem."):
        assert not meets_expectation(q.expects, other, q.text), other
    assert meets_expectation(q.expects, "Arvodet är 12 000 kronor per månad.", q.text)
    sold = "Samtal har påbörjats med Norrmalm som är intresserad av att köpa platser."
    assert not meets_expectation(q.expects, sold, q.text)


def test_a_price_not_asked_per_unit_may_be_answered_in_words() -> None:
    """ "Vilket pris går de med på?" is answered "i linje med LOV-priserna": no figure needed."""
    assert read_question("Vilket pris går handläggarna med på utanför LOV?").expects == ""
    assert read_question("What price does the unit accept outside LOV?").expects == ""


@pytest.mark.parametrize(
    "question",
    [
        "Vad heter enhetschefen för Familjestödsenheten i Spånga-Tensta 2020?",
        "Vad heter den nya SIP-samordnaren på Familjeenheten?",
        "What is the name of the unit's manager at Familjeenheten?",
    ],
)
def test_the_name_of_someone_in_a_role_is_a_person_not_any_proper_name(question: str) -> None:
    q = read_question(question)
    assert q.expects == "person"
    parts = "Enheten består av: Familjehemsvården, Familjeresursen och Familjerätten."
    assert not meets_expectation(q.expects, parts, q.text)
    assert not meets_expectation(q.expects, "Enhetschefen leder arbetet.", q.text)
    assert meets_expectation(q.expects, "Enhetschef är Anna Svensson.", q.text)
    named = read_question("Vad heter enhetens eget jourhem?")  # a place: any proper name
    assert named.expects == "name"
    place = "Jourhemmet Mälarhöjdsvillan tar emot barn."
    assert meets_expectation(named.expects, place, named.text)


@pytest.mark.parametrize(
    "question",
    [
        "Vilken åldersgrupp riktar sig Skolfam till enligt Familjeenhetens plan 2022?",
        "Från vilken ålder får man gå på fritidsgården Kuggen på Kungsholmen?",
        "Which age range do the field workers work with?",
        "How old are the children in the Barnkraft groups?",
    ],
)
def test_an_age_asked_is_answered_by_an_age_not_by_what_the_service_does(question: str) -> None:
    q = read_question(question)
    assert q.expects == "age"
    described = "Skolfam är en forskarstödd manualbaserad arbetsmodell för placerade barn."
    assert not meets_expectation(q.expects, described, q.text)
    assert not meets_expectation(q.expects, "Gruppen träffas 10 gånger under 2022.", q.text)
    for age in (
        "Målgruppen är barn 6-12 år som är placerade av Stockholms stad.",
        "Fältassistenterna möter unga i åldersgruppen mellan 10- till och med 18 år.",
        "Vid umgängesstöd deltar barn från sjuårsåldern på mötet.",
        "Teamet kontaktar den unge om den är över femton år.",
        "RVC tar emot personer som är 18 år och över.",
    ):
        assert meets_expectation(q.expects, age, q.text), age


def test_a_measure_written_with_a_hyphen_asks_for_its_figure() -> None:
    for asked in (
        "What was the actual sick-leave outcome for Familjestödsenheten in Spånga-Tensta in 2020?",
        "What was the staff-turnover at Vuxenenheten in 2021?",
    ):
        q = read_question(asked)
        assert q.expects == "number", asked
        low = "Familjestödsenheten fortsätter arbetet att hålla en låg sjukfrånvaro."
        assert not meets_expectation(q.expects, low, q.text)


@pytest.mark.parametrize(
    "asked",
    [
        "Hur ofta sitter varje deltagare ner med sin kontaktperson?",
        "Hur många gånger om året ska socialsekreteraren träffa barnet?",
        "How often does the group meet?",
    ],
)
def test_how_often_is_answered_by_a_sentence_saying_how_often(asked: str) -> None:
    kind = asks_for(asked)
    assert kind == "frequency"
    for said in (
        "Samtliga brukare har uppföljning med sin stödperson minst en gång per kvartal.",
        "I riktlinjerna fastslås att minst fyra besök per år skall göras hos barnet.",
    ):
        assert cue_score(kind, said, asked) == 1.0, said
    assert cue_score(kind, "Brukarna har en stödperson som följer upp deras mål.", asked) == 0.0
    q = read_question(asked)
    text = "Brukarna har en stödperson. De träffas minst en gång per kvartal."
    plain, often = (f for _, _, f in sentence_features(evidence(text, [0.8, 0.8]), q, {}))
    assert plain.cue == 0.0 and often.cue == 1.0


@pytest.mark.parametrize(
    "question",
    [
        # a score named with a slash ("ORS/SRS") is still a score asked for
        "What average ORS/SRS scores did the Familjestödsteam in Hägersten-Liljeholmen record?",
        "What was the average waiting time for a first session at RVC Väst in 2019?",
        "What median caseload did each social worker carry?",
    ],
)
def test_an_average_or_a_score_asked_in_english_wants_a_number(question: str) -> None:
    assert expected_answer(question) == "number"


def test_naming_a_score_without_asking_for_it_wants_no_number() -> None:
    assert expected_answer("What does the unit say about ORS/SRS?") == ""


def test_figures_asked_for_in_the_plural_want_numbers() -> None:
    asked = "Vilka målvärden för sjukfrånvaro och Index Bra arbetsgivare hör till enhetsmålet?"
    assert expected_answer(asked) == "number"
    assert expected_answer("Vilka indexvärden fick enheten 2019?") == "number"
    assert expected_answer("Vilket målvärde har enheten?") == "number"  # as before


@pytest.mark.parametrize(
    "question",
    [
        "Vad visade indikatorn om brukarnas nöjdhet i berättelsen för 2019?",
        "Vad blev utfallet för personalomsättningen på Familjeenheten?",
        "Hur såg utfallet ut 2016 för placeringarna i familjehem?",
        "Vilken målnivå har enheten satt för barnens skolresultat?",
        "What did the indicator for staff turnover show in 2017?",
    ],
)
def test_an_indicator_s_outcome_or_a_target_level_wants_a_number(question: str) -> None:
    assert expected_answer(question) == "number"


@pytest.mark.parametrize(
    "question",
    [
        "Vilken indikator följer upp målet om trygghet?",  # the indicator's name
        "Vad är indikatorn för målet om delaktighet?",
        "Vad visade brukarundersökningen?",  # a finding, in words or figures
    ],
)
def test_naming_an_indicator_asks_no_number(question: str) -> None:
    assert expected_answer(question) == ""


@pytest.mark.parametrize(
    "question",
    [
        "Vilket telefonnummer ska jag ringa för att boka ett samtal hos RVC Väst?",
        "Vilket nummer ska jag ringa till föräldramottagningen?",
        "What phone number do I call for debt counselling?",
    ],
)
def test_a_question_for_a_phone_number_wants_one(question: str) -> None:
    """A sentence telling how to get in touch ("Den enskilde kan på egen hand ta kontakt med
    RVC Väst för att boka samtal") gives no number to call; "08-508 08 000" does."""
    assert expected_answer(question) == "phone"
    contact = "Den enskilde kan på egen hand ta kontakt med RVC Väst för att boka samtal."
    assert not meets_expectation("phone", contact, question)
    for number in ("Telefon: 08-508 08 000", "Ring 08 508 10 335.", "Tel 08-50810335"):
        assert meets_expectation("phone", number, question), number
    assert not meets_expectation("phone", "Från 2016-01-01 och 01-01 2017.", question)
    assert expected_answer("Hur många ringde mottagningen 2021?") == "number"


@pytest.mark.parametrize(
    "question",
    [
        "Vilka dagar har Café Lagunen öppet för besökare?",
        "Vilka kvällar har fritidsgården Kuggen öppet?",
        "Which evenings is the Kuggen youth club open?",
    ],
)
def test_a_question_for_the_days_a_place_is_open_wants_the_weekdays(question: str) -> None:
    assert expected_answer(question) == "date"
    named = "Enheten driver fritidsgården Kuggen onsdags- och fredagskvällar."
    assert meets_expectation("date", named, question)
    merely = "På Sabbatsbergs sjukhus finns ett team som kallas för Café Lagunen 2022."
    assert not meets_expectation("date", merely, question)  # a year is no opening day
    assert expected_answer("Vilka dagar ägnades åt planering?") == ""  # no place open


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Vilka språk talar personalen på enheten?", "language"),
        ("På vilket språk finns informationen om föräldrakurserna?", "language"),
        ("In which languages is the parenting course offered?", "language"),
        ("Hur många språk talas i gruppen?", "number"),  # a count of them
        ("What language support do families get?", ""),  # support, not a language
        ("Vilket språkstöd får nyanlända familjer?", ""),
    ],
)
def test_which_language_asks_for_a_language(question: str, kind: str) -> None:
    assert expected_answer(question) == kind


def test_a_language_is_answered_by_a_sentence_naming_one() -> None:
    asked = "Vilka språk talar personalen?"
    assert meets_expectation("language", "Två medarbetare talar arabiska och somaliska.", asked)
    assert meets_expectation("language", "Personalgruppen är flerspråkig.", asked)
    assert not meets_expectation("language", "Tolk används när det behövs.", asked)
    assert not meets_expectation("language", "Enheten har 24 medarbetare.", asked)


def test_a_header_may_name_the_year_its_figures_are_of() -> None:
    """ "Resultat 2017" and a row of years are a header's words; a figure is not."""
    from service.answer.text import is_header_line, table_header

    table = (
        "Utfall 2017\n"
        "(mkr) | Budget netto | Kostnader | Intäkter | Netto | Resultat 2017\n"
        "Administration | 12,8 | 11,8 | 0,3 | 11,5 | 1,3\n"
        "Försökslägenheter | 0,1 | 0,5 | 0,3 | 0,2 | -0,1"
    )
    header = table_header(table, table.index("Försökslägenheter"))
    assert header.startswith("(mkr) | Budget netto")
    assert is_header_line("2017 | 2016 | 2015 | 2014")
    assert not is_header_line("2015 | 698 (varav 118 ekb)")
    assert not is_header_line("Sjukfrånvaro | 2019 | 2020,5")


def test_a_count_is_not_answered_by_a_row_of_money() -> None:
    """ "Hur många försökslägenheter …?" is not answered by what the line cost in mkr."""
    header = "(mkr) | Budget netto | Kostnader | Intäkter | Netto | Resultat 2017"
    row = "Försökslägenheter | 0,1 | 0,5 | 0,3 | 0,2 | -0,1"
    asked = "Hur många försökslägenheter hade enheten 2017?"
    assert not meets_expectation("number", row, asked, header)
    assert meets_expectation("number", row, "Vad kostade försökslägenheterna 2017?", header)
    assert meets_expectation("number", row, "Hur många miljoner kostade de?", header)
    assert meets_expectation("number", "Enheten har 4 försökslägenheter.", asked)


@pytest.mark.parametrize(
    "question",
    [
        "Vilket företag anlitar enheten för företagshälsovård?",
        "Vilka hyresvärdar samarbetar enheten med?",
        "Vilket bostadsbolag hyr enheten sina lokaler av?",
        "Which company runs the app?",
        "Which landlords does the unit work with?",
    ],
)
def test_which_company_asks_for_its_name(question: str) -> None:
    assert expected_answer(question) == "name"
    assert not meets_expectation("name", "Samverkan med hyresvärdar ska fortsätta.", question)


def test_what_ages_asks_for_an_age() -> None:
    assert expected_answer("What ages do the field workers work with?") == "age"
    assert expected_answer("Which ages does the group take?") == "age"
    assert "åldrar" in to_swedish("What ages do the field workers work with?")


def test_a_figure_is_new_unless_the_question_says_it_as_a_word() -> None:
    """A target of 0 answers "Vilket årsmål … 2022 …?": the "0" inside "2022" does not say it;
    a figure the question does say ("12 %") is no answer."""
    header = "Indikator | Årsmål | KF:s årsmål | Periodicitet"
    row = "Antal vräkningar som berör barn | 0 | Tas fram av nämnd | År"
    asked = (
        "Vilket årsmål har Vuxenenheten på Kungsholmen 2022 för antalet vräkningar som berör barn?"
    )
    assert meets_expectation("number", row, asked, header)
    said = "Var sjukfrånvaron 12 % under 2021?"
    assert not meets_expectation("number", "Sjukfrånvaron var 12 % under året", said)


def test_an_age_or_a_rows_days_is_no_figure_asked_for() -> None:
    """ "barn i ålder 0-20 år" tells no waiting time, "Sjukfrånvaro dag 1-14" no sick-leave
    rate, "barn 0-19 år" no outcome: an age bounds who is meant, the days name a row."""
    waiting = "Hur lång väntetid var det till familjebehandling i Spånga-Tensta 2020?"
    ages = "Familjeresursen arbetar för barn i ålder 0-20 år."
    assert not meets_expectation("number", ages, waiting)
    rate = "What was the actual sick-leave rate at Familjestödsenheten in 2019?"
    assert not meets_expectation("number", "Sjukfrånvaro dag 1-14 Tas fram av nämnd", rate)
    assert meets_expectation("number", "Sjukfrånvaro dag 1-14 | 1,3 % | Tas fram av nämnd", rate)
    outcome = "Vilket utfall fick Familjeenheten 2017 på indikatorn, jämfört med årsmålet?"
    assert not meets_expectation("number", "Antalet barn 0-19 år som återkommer har ökat.", outcome)
    assert meets_expectation(
        "number", "Från vilken ålder? Barn 0-19 år.", "I vilken ålder är barnen?"
    )


def test_an_age_in_words_counts_nobody() -> None:
    """ "personer upp till arton år" bounds who a service is for: it tells neither how many
    users there are nor counts the people beside it; a figure next to them still does."""
    services = "Ledsagning och avlösarservice för personer upp till arton år enligt SoL."
    question = "Hur många brukare har ledsagning via enheten 2022?"
    assert not meets_expectation("number", services, question)
    assert not counts(services, ("bruk",))
    assert not counts("Insatsen ges till personer under 18 år.", ("bruk",))
    assert counts("Under 2022 fick 14 personer upp till arton år ledsagning.", ("bruk",))


@pytest.mark.parametrize(
    "question",
    [
        "What AMI score (aktivt medskapandeindex) did the unit actually get in 2021?",
        "What was the unit's actual sick leave in 2021?",
    ],
)
def test_a_figure_is_asked_for_across_an_aside_or_a_possessive(question: str) -> None:
    """An aside in parentheses or a possessive ("the unit's") parts the words asking for a
    figure; the question still asks for one, and "ett lågt AMI" gives none."""
    assert expected_answer(question) == "number"
    assert not meets_expectation("number", "Enheten har haft ett lågt AMI 2021.", question)


@pytest.mark.parametrize(
    "question",
    [
        "Sedan när finns den egna öppenvården?",
        "Since when has the unit had its own outpatient care?",
    ],
)
def test_since_when_asks_for_a_date(question: str) -> None:
    assert expected_answer(question) == "date"
    since = "Enheten har sedan sommaren 2020 kunnat erbjuda behandlingssamtal i öppenvården."
    assert meets_expectation("date", since, question)
    assert not meets_expectation(
        "date", "Enheten erbjuder behandlingssamtal i öppenvården.", question
    )


def test_the_name_of_a_representative_is_a_persons() -> None:
    """ "Vad heter skyddsombudet?" asks for a person's name: a sentence saying the unit has one
    ("Enheten har ett skyddsombud som deltar i ESVG …") names nobody, nor do the capitalised
    words an acronym abbreviates ("Samordnad Individuell Plan (SIP)")."""
    asked = "Vad heter skyddsombudet på enheten för biståndsbedömning på Kungsholmen?"
    assert expected_answer(asked) == "person"
    has_one = "Enheten har ett skyddsombud som deltar i ESVG och Kungsholmens samverkan."
    assert not meets_expectation("person", has_one, asked)
    assert meets_expectation("person", "Skyddsombud är Anna Berg.", asked)
    coordinator = "What is the name of the SIP coordinator who starts in spring 2022?"
    defined = "Enheten fortsätter arbeta runt Samordnad Individuell Plan (SIP) och tidiga insatser."
    assert not meets_expectation("person", defined, coordinator)
    assert meets_expectation("person", "Samordnare är Anna Berg sedan våren 2022.", coordinator)


def test_how_long_asks_for_a_stretch_of_time() -> None:
    """ "Hur länge får man bo kvar …?" wants a duration, as "Hur lång tid …?" and "How long
    …?" do: a sentence telling what the flat is for gives none. "Hur länge har … funnits?"
    asks since when (see cues), not how long."""
    asked = "Hur länge får man bo kvar i Vuxenenhetens jourlägenhet på Kungsholmen?"
    assert expected_answer(asked) == "number"
    flat = "Enheten ansvarar för en egen jourlägenhet för våldsutsatta med eller utan barn."
    assert not meets_expectation("number", flat, asked)
    assert meets_expectation("number", "Man får bo i lägenheten i högst tre månader.", asked)
    assert expected_answer("Hur länge har teamet funnits?") != "number"
