"""Answer prose about goals (service.answer.goal_prose) over the corpus ledger (real e5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import read_paths
from ingest.types import Report
from search.embed import E5Embedder
from search.goals.build import Ledger, build_ledger
from service.answer.goal_prose import answer_goal_question
from service.answer.goal_words import is_goal_question

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def reports() -> tuple[Report, ...]:
    return read_paths([CORPUS]).reports


@pytest.fixture(scope="module")
def ledger(reports: tuple[Report, ...]) -> Ledger:
    return build_ledger(reports, E5Embedder())


@pytest.mark.slow
def test_goal_question_answered_with_exact_quotes(
    ledger: Ledger, reports: tuple[Report, ...]
) -> None:
    answer = answer_goal_question(
        "Hur följdes målet om barns delaktighet upp 2016 och 2019?", ledger
    )
    assert answer is not None
    years = {ledger.get(i).year for i in answer.goal_ids}
    assert years == {2016, 2019} and not answer.missing_years
    assert "2016" in answer.text and "2019" in answer.text and "uppfylldes helt" in answer.text
    chunks = {c.id: c for r in reports for c in r.chunks}
    assert answer.citations
    for citation in answer.citations:
        assert citation.quote in chunks[citation.chunk_id].text
        assert f"[{citation.n}]" in answer.text
    assert any("delaktig" in c.quote for c in answer.citations)


@pytest.mark.slow
def test_goal_question_edge_cases(ledger: Ledger) -> None:
    assert answer_goal_question("Vilka enheter använder Signs of Safety?", ledger) is None
    assert answer_goal_question("Hur gick målet om rymdresor?", ledger) is None
    answer = answer_goal_question(
        "Hur följdes målet om barns delaktighet upp 2016 och 2031?", ledger
    )
    assert answer is not None and answer.missing_years == (2031,)
    assert "2031" in answer.text


def test_is_goal_question_needs_a_goal_word_and_a_year_or_follow_up_cue() -> None:
    assert is_goal_question("Hur följdes målet om barns delaktighet upp 2016 och 2019?")
    assert is_goal_question("Uppfylldes målet om hemlöshet 2019?")
    assert not is_goal_question("Vilka enheter har mål om hemlöshet?")
    assert not is_goal_question("Vilka enheter använder Signs of Safety?")
    # compounds name a goal too: "ekonomimålet", "miljömål"; "målgrupp" does not
    assert is_goal_question("Varför uppfylldes ekonomimålet bara delvis 2019?")
    assert is_goal_question("Hur följdes enhetens miljömål upp?")
    assert not is_goal_question("Vilken målgrupp hade enheten 2019?")


def test_fulfilment_and_structure_words_are_not_a_goal_topic() -> None:
    from service.answer.goal_questions import topic_terms
    from service.answer.reading import read_question

    places = ["Barn- och ungdomsenheten", "Hägersten-Liljeholmen", "Vuxenenheten", "Kungsholmen"]
    reached = read_question("Vilka enhetsmål nådde Barn- och ungdomsenheten bara delvis 2019?")
    assert topic_terms(reached, places) == []
    expected = read_question(
        "Vilket enhetsmål har Vuxenenheten för fritid, och vilka resultat förväntas?"
    )
    assert topic_terms(expected, places) == ["fritid"]
    city = read_question("Vad är Barn- och familjeenhetens enhetsmål i Lund?")  # "Lunds kommun"
    assert topic_terms(city, ["Barn- och familjeenheten", "Lunds kommun"]) == []
    rated = read_question(
        "Which unit goals of Barn- och ungdomsenheten were rated as only partly achieved?"
    )
    assert topic_terms(rated, places) == []  # how it was judged, not what it is about


def test_questions_on_how_a_goal_was_followed_up_and_sentences_that_say_how() -> None:
    from service.answer.goal_asks import asks_how_followed_up, says_how_followed_up

    assert asks_how_followed_up("Hur följdes Barn- och ungdomsenhetens mål om respekt upp 2016?")
    assert asks_how_followed_up("Hur mäts målet om trygghet?")
    assert asks_how_followed_up("How was the goal on safety followed up?")
    assert not asks_how_followed_up("Vilka mål handlar om trygghet?")
    assert asks_how_followed_up("På vilket sätt ska enheten följa upp målet om trygghet?")
    assert asks_how_followed_up("In what way is the goal on safety monitored?")
    assert says_how_followed_up("Detta följs upp via resultat från medarbetarenkät.")
    assert says_how_followed_up("Målet följs upp utifrån frågan i trygghetsmätningen.")
    assert says_how_followed_up("Biträdande enhetschef följer upp med varje stödperson.")
    assert not says_how_followed_up("Vi bemöter våra brukare med respekt.")


def test_complaints_are_not_goals() -> None:
    from service.answer.goal_questions import is_goal

    assert not is_goal("Hur många klagomål fick enheten in under 2021?")
    assert is_goal("Hur följdes ekonomimålet upp 2019?")
    assert is_goal("Vilka enhetsmål uppfylldes delvis?")


def test_questions_on_whether_a_goal_was_met_and_sentences_that_say_so() -> None:
    from service.answer.goal_asks import asks_if_met, says_if_met
    from service.answer.goal_quotes import saying
    from tests.service.test_select import evidence

    assert asks_if_met("Nådde Vuxenenheten sitt enhetsmål om boende 2021?")
    assert asks_if_met("Was the unit's goal on safety met in 2019?")
    assert asks_if_met("I vilken grad uppfylldes målet om delaktighet?")
    assert not asks_if_met("Hur följdes målet om boende upp?")
    assert not asks_if_met("Vilka enhetsmål uppfylldes delvis 2019?")  # a list, not one goal
    assert asks_if_met("Har enheten nått sitt årsmål om att skolan vidtalas?")
    assert asks_if_met("Hur bedömdes målet om delaktighet?")
    assert not asks_if_met("When a user gives feedback, how is it sorted and assessed?")
    assert not asks_if_met("Have they met with the police?")
    assert says_if_met("Utifrån de förväntade resultaten har målet uppfyllts delvis.")
    assert says_if_met("Indikatorn visar att vi når årsmålet.")
    assert not says_if_met("Vi arbetar vidare med boendefrågan.")
    text = "Boendefrågan är central i år. Målet har uppnåtts delvis, enligt brukarenkäten i år."
    quote = saying([evidence(text, [0.9, 0.7])], says_if_met)  # the closer one does not say it
    assert quote is not None
    assert quote.text == "Målet har uppnåtts delvis, enligt brukarenkäten i år."


def test_asked_whether_a_goal_was_met_the_sentence_stating_it_comes_first() -> None:
    from service.answer.goal_asks import how_plainly_met, sentence_asked_for
    from service.answer.goal_quotes import saying
    from tests.service.test_select import evidence

    assert how_plainly_met("Sammantaget bedömer vi att målet är uppfyllt helt för året.") == 2
    assert how_plainly_met("Indikatorn visar att vi når årsmålet för 2021.") == 1
    assert how_plainly_met("Vi arbetar vidare med boendefrågan under året.") == 0
    says = sentence_asked_for("Uppnådde Vuxenenheten sitt mål om boende 2021?")
    assert says is how_plainly_met
    text = (
        "Vakanser under våren har gjort att vi inte har nått alla mål under året.\n"
        "Sammantaget bedömer vi att målet om boende är delvis uppfyllt för året."
    )
    quote = saying([evidence(text, [0.9, 0.7])], says)  # the closer one only speaks of goals
    assert quote is not None and quote.text.startswith("Sammantaget bedömer vi")
    assert "Vakanser" not in quote.text


def test_a_question_past_the_goals_wording_asks_for_its_follow_up_first() -> None:
    from service.answer.goal_asks import asks_if_met, asks_past_wording

    assert asks_past_wording("Hur ska Vuxenenheten följa upp sitt mål om boende 2022?")
    assert asks_past_wording("Varför uppfylldes ekonomimålet bara delvis 2019?")
    assert asks_past_wording("Blev enhetens mål om trygghet uppfyllt 2019?")
    assert asks_past_wording("Vad redovisar enheten i analysen av enhetsmålet om umgänge?")
    assert asks_past_wording("Vilket förväntat resultat kopplade enheten till sitt mål om X?")
    assert asks_if_met("Blev enhetens mål om trygghet uppfyllt 2019?")
    assert not asks_past_wording("Hur formulerades målet om delaktighet 2016 och 2019?")
    assert not asks_past_wording("Hur har målet om delaktighet förändrats över åren?")
    assert not asks_past_wording("Vad är enhetens mål för skolresultaten 2020?")
    assert not asks_past_wording("Hur gick det med enhetens mål om friskvård 2017?")
    assert asks_if_met("Hur bedömdes måluppfyllelsen för enhetsmålet om ekonomi 2019?")


def test_a_follow_up_leads_only_when_it_says_what_was_asked() -> None:
    """Asked whether a goal was met, a block sentence saying so comes first; a block without
    one leads with the goal and its status (which says it); a why-question leads with any."""
    from service.answer.goals import _lead

    met = _lead("Uppfylldes enhetsmålet om kostnadseffektivitet 2016?")
    assert met is not None
    assert met("Utifrån enhetens förväntade resultat har målet uppfyllts delvis.")
    assert not met("Vid köpta insatser har täta uppföljningar skett.")
    why = _lead("Varför uppfylldes ekonomimålet bara delvis 2019?")
    assert why is not None and why("Vid köpta insatser har täta uppföljningar skett.")
    assert _lead("Hur formulerades målet om delaktighet 2016 och 2019?") is None


@pytest.mark.slow
def test_the_follow_up_asked_for_is_cited_before_the_goal(ledger: Ledger) -> None:
    from ingest.quotes import Quote
    from service.answer.goal_prose import compose_versions

    answer = answer_goal_question("Hur följdes målet om barns delaktighet upp 2016?", ledger)
    assert answer is not None and len(answer.goal_ids) == 1
    goal = ledger.get(answer.goal_ids[0])
    block = ledger.chunks_at(goal.report_id, goal.block_span)
    chunk = next(c for c in block if "delaktig" in c.text and goal.text not in c.text)
    said = next(s for s in chunk.text.split(". ") if "delaktig" in s)
    found = Quote(chunk, said, 1.0)
    plain = compose_versions([goal], ledger, None, False, frozenset(), follow_up=lambda g: found)
    led = compose_versions(
        [goal], ledger, None, False, frozenset(), follow_up=lambda g: found, lead=lambda t: True
    )
    unsaid = compose_versions(  # the quote is not what was asked: the goal and status first
        [goal], ledger, None, False, frozenset(), follow_up=lambda g: found, lead=lambda t: False
    )
    assert [c.quote for c in unsaid.citations] == [c.quote for c in plain.citations]
    assert [c.quote for c in plain.citations][1:] == [said]  # by default the goal comes first
    assert [c.quote for c in led.citations] == [said, plain.citations[0].quote]  # asked for: first
    assert led.sentences[0].startswith("2016 (verksamhetsberättelse, Barn- och ungdomsenheten)")
    assert led.sentences[1].startswith('Det gäller enhetsmål "Barn, ungdomar')
    assert "uppfylldes helt. [2]" in led.text


def test_what_a_units_goals_are_is_a_list_of_goals_not_one_goal() -> None:
    from service.answer.glossary import to_swedish
    from service.answer.goal_questions import is_goal_list

    assert is_goal_list("Vad är Familjeenhetens enhetsmål?")
    assert is_goal_list("Vad har Vuxenenheten för mål 2022?")
    assert not is_goal_list("Vad är målet för skolresultaten hos placerade barn?")  # one goal
    assert not is_goal_list("Vad har enheten gjort åt klagomål?")  # a complaint, not a goal
    part = (
        "Vilket förväntat resultat om sjukfrånvaron har enheten kopplat till sitt arbetsmiljömål?"
    )
    assert not is_goal_list(part)  # a part of one goal
    assert not is_goal_list("Vilka aktiviteter hör till enhetsmålet om våld i nära relationer?")
    one = "What status did the unit give its 2019 goal that children get legally secure handling?"
    assert not is_goal_list(one) and not is_goal_list(to_swedish(one))  # one goal, by its words
    assert is_goal_list("What goals did the unit set for 2019?")
    done = "What did the unit do in 2017 to work towards its unit goal that it is free from bias?"
    assert not is_goal_list(done) and not is_goal_list(to_swedish(done))  # "its enhetsmål that"
    assert not is_goal_list("Vad gjorde enheten för att nå sitt enhetsmål om delaktighet?")


def test_the_part_of_a_goal_a_question_asks_about() -> None:
    from service.answer.goal_asks import part_asked

    part = (
        "Vilket förväntat resultat om sjukfrånvaron har enheten kopplat till sitt arbetsmiljömål?"
    )
    assert part_asked(part) == "expected_result"
    assert part_asked("Vilket problem lyfts i analysen av målet om placeringar?") == "analysis"
    assert part_asked("Which activities serve the goal on violence?") == "method"
    assert part_asked("Hur följdes målet om arbetsmiljö upp 2019?") is None
    asked = "Vilket resultat förväntar sig enheten av målet att våld i familjer förebyggs?"
    assert part_asked(asked) == "expected_result"  # the verb, not "förväntat resultat"
    assert part_asked("What results does the unit expect for victims?") == "expected_result"
    long = "What results does Enheten för stöd och service i hemmet on Kungsholmen expect?"
    assert part_asked(long) == "expected_result"  # a unit's long name between
    assert part_asked("Vilket resultat fick enheten av arbetet med målet?") is None
    plain = "Vad förväntas av enhetens mål om en trivsam arbetsmiljö 2022?"
    assert part_asked(plain) == "expected_result"  # what is expected of a goal: its result
    whom = "Vad förväntar sig Familjestödsenheten av Familjeresursen under enhetsmålet om barn?"
    assert part_asked(whom) == "expected_result"
    counted = "Vilka resultat räknar Enheten för stöd och service i hemmet med att nå 2022?"
    assert part_asked(counted) == "expected_result"
    assert part_asked("Vad förväntas hända med antalet anmälningar?") is None  # no goal part
    under = "Vad förväntas hända med sjukfrånvaron under enhetsmålet om en hälsosam arbetsmiljö?"
    assert part_asked(under) == "expected_result"  # what is to happen under a goal: its result
    assert part_asked("Vad förväntas uppnås med enhetens mål om delaktighet?") == "expected_result"
    assert part_asked("And what concrete result is expected from it?") == "expected_result"
    assert part_asked("Vilket konkret resultat förväntas av målet?") == "expected_result"
    assert part_asked("Vilka resurser ska användas för det målet?") == "resources"
    assert part_asked("Vilken personal ska enheten använda för målet om prevention?") == "resources"
    assert part_asked("Which staff will work on the goal?") == "resources"
    assert part_asked("Vad skulle målet leda till?") == "expected_result"
    assert part_asked("Vad ska målen ge för resultat?") == "expected_result"
    assert part_asked("And what outcome was it supposed to produce?") == "expected_result"
    assert part_asked("What was the goal meant to achieve?") == "expected_result"
    assert part_asked("Vad ska enheten leda till?") is None  # no goal named


def test_a_follow_up_or_a_level_named_still_asks_the_expected_result() -> None:
    """ "Och …" opens a follow-up; "det enhetsmålet" names the goal by its level; "what does
    X expect regarding …" asks what a goal is expected to give."""
    from service.answer.goal_asks import part_asked

    assert part_asked("Och vad ska det enhetsmålet leda till?") == "expected_result"
    assert part_asked("Och vad förväntas det ge?") == "expected_result"
    assert part_asked("And what was expected?") == "expected_result"
    regarding = "What does the unit expect regarding sick leave under its work environment goal?"
    assert part_asked(regarding) == "expected_result"
    assert part_asked("What does the unit expect to achieve with the goal?") == "expected_result"
    assert part_asked("Och vad ska enheten göra?") is None


def test_how_the_fulfilment_is_followed_up_does_not_ask_whether_it_was_met() -> None:
    from service.answer.goal_asks import asks_how_followed_up, asks_if_met

    assert asks_how_followed_up("Och hur följs måluppfyllelsen upp?")
    assert not asks_if_met("Och hur följs måluppfyllelsen upp?")
    assert not asks_if_met("Hur ska måluppfyllelsen mätas?")
    assert asks_if_met("Vilken måluppfyllelse hade enheten 2019?")
    assert asks_if_met("Hur följdes målet upp och hur var måluppfyllelsen?")
    assert asks_if_met("Vilken måluppfyllelse redovisades för enhetsmålet 2022?")


def test_a_goal_part_asked_for_leads_though_the_goals_wording_says_develop() -> None:
    from service.answer.goal_asks import asks_past_wording

    asked = (
        "Vilket förväntat resultat hade enheten 2016 för enhetsmålet att arbetet ska "
        "organiseras så att medarbetarnas kompetens tas tillvara och utvecklas?"
    )
    assert asks_past_wording(asked)  # "utvecklas" is the goal's word, not "how it developed"


def test_the_work_a_goal_is_asked_for_is_no_topic_word_of_it() -> None:
    from service.answer.goal_questions import topic_terms
    from service.answer.reading import read_question

    q = read_question("Vilket enhetsmål har Vuxenenheten för sitt arbete med spelmissbruk?")
    assert topic_terms(q, ["Vuxenenheten"]) == ["spelmissbruk"]
    plain = read_question("Vilka mål handlar om arbete och sysselsättning?")
    assert "arbete" in topic_terms(plain, [])


def test_a_question_on_what_was_done_for_a_goal() -> None:
    from service.answer.goal_asks import asks_done

    assert asks_done("Vad gjorde Familjeenheten under 2017 för att nå målet om samarbete?")
    assert asks_done("Hur har enheten arbetat med målet om delaktighet under året?")
    assert asks_done("What did the unit do in 2019 to reach its goal on sick leave?")
    assert not asks_done("Vad ska enheten göra för att nå målet 2022?")  # a plan's intent
    assert not asks_done("Hur formulerades målet om delaktighet 2016?")


def test_which_units_have_goals_on_a_topic_is_a_list_of_their_goals() -> None:
    from service.answer.goal_questions import asks_units_goals, is_goal_list
    from service.answer.reading import read_question

    for asked in (
        "Vilka enheter har mål om miljö?",
        "Which units have goals on violence?",
        "Vilka av Kungsholmens enheter har 2022 ett eget enhetsmål om kulturutbud?",
    ):
        assert asks_units_goals(asked) and is_goal_list(asked)
        assert read_question(asked, is_goal=is_goal_list).intent == "goal"
    assert not asks_units_goals("Vilka enheter har klagomål om buller?")
    assert not asks_units_goals("Vilka av enheterna har satt sitt eget årsmål för AMI till 83?")
    plain = read_question("Vilka enheter använder Signs of Safety?", is_goal=is_goal_list)
    assert plain.intent == "aggregate"


def test_an_indicators_target_is_a_figure_not_a_goal_question() -> None:
    """ "årsmålet" is a table row's target: the passages answer it, not the goal ledger."""
    assert not is_goal_question("Vilket årsmål hade Vuxenenheten 2022 för Bostad först?")
    assert not is_goal_question("Vad var utfallet 2019 och vad var årsmålet?")
    assert is_goal_question("Hur följdes enhetsmålet om arbetsmiljö upp 2019?")


def test_a_goal_asked_for_as_a_figure_is_answered_by_its_passage() -> None:
    """The ledger holds goal statements; the target figure an indicator sets is in a passage."""
    from service.answer.goal_questions import is_goal

    assert not is_goal("Vilket mål har enheten 2022 för hur ofta skolan ska kontaktas?")
    assert not is_goal("What andel of placerade barn should meet the kunskap mål in 2022?")
    assert is_goal("Hur stor andel av enhetsmålen uppfylldes helt 2019?")  # a share of goals
    assert is_goal(
        "Vilket enhetsmål har enheten 2022 för skolgången, och hur stor andel ska klara?"
    )
    assert is_goal("Vilka enhetsmål uppfylldes delvis 2019?")
    # the level a unit aims for in its own goal: the goal's block (engine: a row first)
    assert is_goal("Vilken nivå siktar Familjeenheten på i sitt mål om hälsa och skolgång?")
    assert not is_goal("Nådde enheten sitt årsmål 2019 för andelen placerade barn?")  # a row


def test_a_status_asked_is_whether_the_goal_was_met() -> None:
    from service.answer.goal_asks import asks_if_met

    assert asks_if_met("Vilken status fick enhetens mål om rättssäker handläggning 2019?")
    assert asks_if_met("Hur bedömdes målet om arbetsmiljö 2019?")
    assert asks_if_met("What status did the goal on safety get in 2019?")
    # a status named to pick the goal is not asked: the wording is
    assert not asks_if_met("Hur löd enhetsmålet som enheten bedömde som helt uppfyllt 2019?")


def test_a_part_named_before_the_goal_is_that_part_of_one_goal() -> None:
    from service.answer.goal_asks import part_asked
    from service.answer.goal_questions import is_goal_list

    question = "Vad var det förväntade resultatet för Familjeenhetens mål 2017 om våld i hemmet?"
    assert not is_goal_list(question)
    assert part_asked(question) == "expected_result"
    assert is_goal_list("Vad har Vuxenenheten för mål 2022?")  # no part: the unit's goals


def test_a_compound_opening_with_a_unit_word_is_a_topic_and_judging_words_are_not() -> None:
    from service.answer.goal_questions import topic_terms
    from service.answer.reading import read_question

    places = ["Enheten för prevention och familjebehandling", "Kungsholmen"]
    index = read_question(
        "Vad har enheten för prevention och familjebehandling för mål för "
        "Preventionsindex under 2022?"
    )
    assert topic_terms(index, places) == ["preventionsindex"]
    worded = read_question(
        "Hur löd enhetsmålet om självständigt liv som enheten bedömde som helt uppfyllt 2019?"
    )
    assert topic_terms(worded, places) == ["självständigt", "liv"]
    district = read_question("Vilka enhetsmål uppfylldes delvis 2019 i Hägersten-Liljeholmen?")
    assert topic_terms(district, ["Hägersten-Liljeholmen"]) == []


def test_a_figure_asked_of_one_goal_is_quoted_from_a_sentence_stating_one() -> None:
    from service.answer.goal_asks import sentence_asked_for
    from service.answer.goal_quotes import MIN_FIGURE, saying
    from tests.service.test_select import evidence

    says = sentence_asked_for("Vilken nivå siktar enheten på i målet om källsortering?")
    assert says is not None
    text = "Alla boenden ska källsortera sitt avfall i år. 90% källsorterar. Gäller verksamheten."
    quote = saying([evidence(text, [0.9, 0.7, 0.6])], says, MIN_FIGURE)
    assert quote is not None and quote.text == "90% källsorterar."


def test_a_why_question_on_a_goal_asks_for_the_reason_not_the_status() -> None:
    from service.answer.goal_asks import asks_if_met, sentence_asked_for

    resolved = "Vilken status fick målet om ekonomi 2019? Varför bara delvis?"
    assert asks_if_met(resolved) and sentence_asked_for(resolved) is None
    assert not asks_if_met("Varför bedömdes målet om ekonomi bara delvis uppfyllt 2019?")


def test_a_follow_up_naming_the_topic_the_goal_lacks_comes_first() -> None:
    from ingest.text.words import stem
    from service.answer.goal_prose import _tells_topic

    topic = frozenset({stem("preventionsindex"), stem("mini")})
    goal = "Enheten sprider kunskap om skyddsfaktorer och erbjuder preventiva insatser."
    assert _tells_topic("Målet för 2022 är att Preventionsindex mini ska höjas.", goal, topic)
    assert not _tells_topic("Enheten analyserar resultatet.", goal, topic)
    assert not _tells_topic("Preventionsindex mini ska höjas.", "Preventionsindex mini höjs", topic)


def test_activities_asked_are_listed_before_their_goal(ledger: Ledger) -> None:
    from service.answer.goal_asks import asks_activities
    from service.answer.goal_prose import compose_versions

    assert asks_activities("Vilka aktiviteter har enheten lagt in under målet om delaktighet?")
    assert not asks_activities("Hur följdes målet om delaktighet upp?")
    goal = next(g for g in ledger.goals if len(g.activities) >= 2 and g.doc_type == "VP")
    listed = compose_versions([goal], ledger, None, False, frozenset(), activities=True)
    names = [a.name for a in goal.activities]
    assert all(f'"{name}"' in listed.text for name in names)
    assert listed.text.index(names[0]) < listed.text.index(goal.text.rstrip(". "))
    plain = compose_versions([goal], ledger, None, False, frozenset())
    assert sum(f'"{name}"' in plain.text for name in names) <= 1  # one on the topic at most


def test_asked_for_indicators_a_goal_without_any_shows_those_of_the_goal_above(
    ledger: Ledger,
) -> None:
    from service.answer.goal_asks import asks_indicators
    from service.answer.goal_prose import compose_versions

    assert asks_indicators("Vilken indikator och vilket årsmål har enheten under målet om X?")
    assert asks_indicators("Which indicator and annual target has the unit set?")
    assert not asks_indicators("Hur följdes målet om delaktighet upp?")
    goal = next(
        g
        for g in ledger.goals
        if g.unit == "Enheten för stöd och service i hemmet"
        and g.text.startswith("Personer inom socialpsykiatri deltar i samhället")
    )
    above = ledger.ancestors(goal)[0]
    assert not goal.indicators and above.level == "namndmal" and above.indicators
    shown = compose_versions([goal], ledger, None, False, frozenset(), indicators=True)
    name = above.indicators[0].name
    assert f'Indikatorn "{name}"' in shown.text and "90 %" in shown.text
    assert f'under nämndmålet "{above.text.rstrip(". ")}"' in shown.text
    assert any(name in c.quote for c in shown.citations)
    plain = compose_versions([goal], ledger, None, False, frozenset())
    assert name not in plain.text  # not asked: the goal's own parts only


def test_asked_for_activities_a_goal_without_any_lists_those_of_the_goal_above(
    ledger: Ledger,
) -> None:
    from service.answer.goal_prose import compose_versions

    goal = next(
        g
        for g in ledger.goals
        if g.unit == "Vuxenenheten" and g.text.startswith("Den enskilde har förutsättningar")
    )
    above = ledger.ancestors(goal)[0]
    assert not goal.activities and above.activities
    listed = compose_versions([goal], ledger, None, False, frozenset(), activities=True)
    names = [a.name for a in above.activities]
    assert "Kartläggning av samordnade individuella planer (SIP)" in names
    assert all(f'"{name}"' in listed.text for name in names)
    assert listed.text.index(names[0]) < listed.text.index(goal.text.rstrip(". "))
    assert "Målet har inga egna aktiviteter; de står under nämndmålet" in listed.text
    assert names[0] in listed.citations[0].quote


def test_a_question_taking_a_goals_status_for_granted() -> None:
    from service.answer.goal_asks import presumes_status

    assert presumes_status("Varför nådde Vuxenenheten inte sitt mål om våld 2022?")
    assert presumes_status("Varför uppfylldes ekonomimålet bara delvis 2019?")
    assert presumes_status("Why was the goal on safety only partly met in 2022?")
    assert presumes_status("Why did the unit not reach its goal on housing?")
    assert not presumes_status("Hur ska Vuxenenheten följa upp sitt mål om våld 2022?")
    assert not presumes_status("Varför är målet om våld viktigt för enheten?")


def test_which_goal_is_asked_or_a_figure_under_a_goal() -> None:
    from service.answer.goal_asks import asks_which_goal

    assert asks_which_goal("Vilket enhetsmål har Familjeenheten för skolresultat 2022?")
    assert asks_which_goal("mål skolresultat familjehemsplacerade barn 2022")  # a query
    assert asks_which_goal("List the unit-level goals on the economy in the 2022 plans.")
    assert not asks_which_goal("Vilket årsmål har Enheten för sysselsättning för sjukfrånvaro?")
    assert not asks_which_goal("What sick-leave targets did the unit set under its goal on health?")
    assert not asks_which_goal("Vilket årsmål har enheten, och vad är kommunfullmäktiges mål?")


def test_a_goal_of_a_level_is_not_answered_by_a_passage_naming_no_goal() -> None:
    """ "Vilket enhetsmål har Vuxenenheten för spelmissbruk?" when the ledger holds none: the
    unit's work on gambling ("ansvarar för råd och stöd vad gäller spelmissbruk") is no goal of
    it; a passage that speaks of the goals ("Vi fördjupade arbetet med enhetsmålen …") may do."""
    from service.answer.goal_questions import goal_unsaid, is_goal
    from service.answer.reading import read_question

    asked = read_question(
        "Vilket enhetsmål har Vuxenenheten satt för spelmissbruk?", is_goal=is_goal
    )
    assert asked.intent == "goal"
    assert goal_unsaid(asked, "Vuxenenheten ansvarar för råd och stöd vad gäller spelmissbruk.")
    assert not goal_unsaid(asked, "Vi fördjupade arbetet med enhetsmålen om spelmissbruk.")
    plain = read_question("Vilket mål har Vuxenenheten för spelmissbruk?", is_goal=is_goal)
    assert not goal_unsaid(plain, "Vuxenenheten ansvarar för råd och stöd vad gäller spelmissbruk.")


def test_what_a_goal_was_expected_to_lead_to_is_its_expected_result() -> None:
    from service.answer.goal_asks import part_asked

    assert part_asked("Vad förväntades det leda till?") == "expected_result"
    assert part_asked("Vad förväntas målet ge?") == "expected_result"
    assert part_asked("Vad ledde det till?") is None


def test_how_a_plan_follows_its_goal_up_is_quoted_from_its_uppfoljning_by_paragraph() -> None:
    """ "Hur ska målet följas upp?": the plan's Uppföljning whole when it fits in a quote, else
    its paragraph holding the sentence that says so, not that sentence alone."""
    from dataclasses import replace

    from ingest.quotes import Quote
    from ingest.types import Chunk, Sourced, Span
    from service.answer.goal_quotes import planned_follow_up

    first = (
        "Andelen nöjda brukare mäts i en egen enkät varje höst. Enheten följer upp resultatet "
        "på arbetsplatsträffar. I verksamhetsberättelsen redovisas det samlade resultatet."
    )
    second = (
        "Arbetet med brukarnas delaktighet säkerställs genom att frågan tas upp vid varje "
        "samverkansmöte med familjeenheten och med de utförare som enheten anlitar under året, "
        "och enheten sprider information om vilket stöd som finns att få för anhöriga."
    )
    text = f"{first}\n{second}"
    chunk = Chunk("c1", "r1", "s1", ("Uppföljning",), "heading", None, text, Span(1, 2), 0)  # type: ignore[arg-type]
    part = Sourced(" ".join(text.split()), Span(1, 2))
    said = Quote(chunk, "Enheten följer upp resultatet på arbetsplatsträffar.", 1.0)
    quote = planned_follow_up(part, [chunk], said)
    assert quote is not None and quote.text == first  # its paragraph, not the sentence alone
    quote = planned_follow_up(part, [chunk], None)
    assert quote is not None and quote.text == first  # no sentence says so: the first
    elsewhere = Quote(replace(chunk, id="c2"), "Enheten följer upp i en annan del.", 1.0)
    assert planned_follow_up(part, [chunk], elsewhere) is None  # said outside the Uppföljning
    short = Sourced(" ".join(first.split()), Span(1, 1))
    quote = planned_follow_up(short, [chunk], said)
    assert quote is not None and quote.text == first  # all of it fits
