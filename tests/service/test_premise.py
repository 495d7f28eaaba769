"""What a why-question takes for granted (service.answer.premise) and the feature that makes a
passage which never states it lose (features.unstated)."""

from __future__ import annotations

import pytest

from service.answer.features import sentence_features
from service.answer.premise import events_of, states, unstated
from service.answer.reading import read_question
from service.answer.select import WEIGHTS, score
from tests.service.test_select import evidence


def names(question: str) -> list[str]:
    return [e.name for e in events_of(question)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Varför lades fritidsgården ner 2021?", ["end"]),  # the subject splits verb and particle
        ("Varför avslutades samarbetet med skolan?", ["end"]),
        ("Why was the youth club closed in 2021?", ["end"]),
        ("Why did the unit stop offering parenting groups?", ["end"]),
        ("Why did the unit end its cooperation with the school?", ["end"]),
        ("Why did the unit's part in the research come to a halt in 2019?", ["end"]),
        ("Why was the parenting course cancelled?", ["end"]),
        ("Why were costs higher at the end of 2017?", ["increase"]),  # "the end of" is a time
        ("Varför flyttade enheten till Fridhemsplan?", ["move"]),
        ("Varför ökade sjukfrånvaron?", ["increase"]),
        ("Why did the number of placements decrease?", ["decrease"]),
        ("Varför lämnade så många medarbetare enheten?", ["leave"]),
        ("Varför startade enheten en ny grupp?", ["start"]),
        ("Varför lägger enheten ner mycket tid på dokumentation?", []),  # spends time
        ("Varför är placeringarna dyra?", []),
        ("Varför blev placeringarna dyrare än budgeterat?", ["increase"]),  # a comparative
        ("Why were there fewer placements in 2017?", ["decrease"]),
        ("Varför ska fältassistenterna lägga mindre tid ute på kvällarna?", ["decrease"]),
    ],
)
def test_the_event_a_question_takes_for_granted(question: str, expected: list[str]) -> None:
    assert names(question) == expected


def test_a_passage_states_an_event_in_its_own_words() -> None:
    (end,) = events_of("Varför lades gruppen ner?")
    assert states(end, "Gruppen avvecklades under hösten.")
    assert states(end, "Verksamheten har lagts ner.")
    assert states(end, "Nedläggningen beslutades i maj.")
    assert not states(end, "Enheten driver gruppen på onsdagskvällar.")
    (up,) = events_of("Varför ökade kostnaderna?")
    assert states(up, "Kostnaderna har gått upp på grund av fler placeringar.")
    assert not states(up, "Kostnaderna redovisas per kvartal.")
    (move,) = events_of("Varför fick så många placerade ungdomar flytta till nya boenden?")
    assert states(move, "Under året har många omplaceringar gjorts.")  # a placement moved
    assert not states(move, "Ungdomarna bor i stödboende.")


def test_a_why_question_loses_a_passage_that_never_states_its_event() -> None:
    q = read_question("Varför stängdes fritidsgården 2021?")
    about = "Enheten driver fritidsgården onsdagskvällar. Syftet är en meningsfull fritid."
    closed = "Fritidsgården stängdes eftersom lokalen revs. Syftet var en meningsfull fritid."
    silent = [f for _, _, f in sentence_features(evidence(about, [0.8, 0.8]), q, {})]
    said = [f for _, _, f in sentence_features(evidence(closed, [0.8, 0.8]), q, {})]
    assert [f.unstated for f in silent] == [1.0, 1.0]  # every sentence of the passage
    assert [f.unstated for f in said] == [0.0, 0.0]
    assert score(silent[0]) - score(said[0]) <= WEIGHTS["unstated"] < 0


def test_only_a_why_question_takes_an_event_for_granted() -> None:
    q = read_question("Hur ofta stängdes fritidsgården 2021?")
    about = "Enheten driver fritidsgården onsdagskvällar."
    ((_, _, f),) = sentence_features(evidence(about, [0.8]), q, {})
    assert f.unstated == 0.0


def test_the_event_must_stand_with_the_sentence_not_elsewhere_in_the_passage() -> None:
    # "efter avslutad utredning" two sentences on does not say the unit stopped using the method
    q = read_question("Varför slutade enheten att arbeta med Signs of Safety?")
    text = (
        "Vi arbetar med Signs of Safety för att öka delaktigheten. "
        "Vi deltar i en enkätuppföljning. "
        "Vi ringer föräldrar efter avslutad utredning."
    )
    features = [f for _, _, f in sentence_features(evidence(text, [0.9, 0.7, 0.7]), q, {})]
    assert [f.unstated for f in features] == [1.0, 1.0, 0.0]
    # the reason may follow the sentence that states the change
    told = "Arbetet med Signs of Safety avslutades i maj. Orsaken var att utbildarna slutade."
    said = [f for _, _, f in sentence_features(evidence(told, [0.9, 0.8]), q, {})]
    assert [f.unstated for f in said] == [0.0, 0.0]


def test_a_comparative_why_question_loses_the_passage_stating_the_opposite_change() -> None:
    q = read_question("Varför blev placeringarna dyrare än budgeterat 2017?")
    down = "Den främsta orsaken är att antalet nyplaceringar minskat."
    up = "Placeringskostnaderna har gått upp på grund av fler placeringar."
    ((_, _, f_down),) = sentence_features(evidence(down, [0.9]), q, {})
    ((_, _, f_up),) = sentence_features(evidence(up, [0.8]), q, {})
    assert f_down.unstated == 1.0 and f_up.unstated == 0.0
    assert score(f_up) > score(f_down)


def test_a_reason_in_the_next_sentence_gives_the_event_half_the_cue() -> None:
    """A report states the event, then its reason: the event's sentence carries half the cue
    (features.NEXT_CUE), the reason's the whole, a sentence with neither none."""
    from service.answer.features import NEXT_CUE

    q = read_question("Varför lämnade många medarbetare enheten under 2021?")
    text = (
        "Vi har haft en stor personalomsättning under 2021. "
        "Merparten slutade eftersom de ville prova annat arbete. "
        "Enheten har 40 medarbetare."
    )
    features = [f for _, _, f in sentence_features(evidence(text, [0.9, 0.7, 0.7]), q, {})]
    assert [f.cue for f in features] == [NEXT_CUE, 1.0, 0.0]
    how = read_question("Hur arbetar enheten med personalomsättningen?")
    assert sentence_features(evidence(text, [0.9, 0.7, 0.7]), how, {})[0][2].cue == 0.0


def test_a_when_question_takes_its_event_for_granted_too() -> None:
    """ "När öppnade jourhemmet?" asks the date of an opening: a sentence dating something else
    ("Under december var fyra barn i jourhemmet") does not answer it; one stating the opening
    does. A when-question without an event ("När träffas gruppen?") presumes nothing."""
    q = read_question("När öppnade jourhemmet Villan?")
    other = "Under december var fyra barn placerade i jourhemmet Villan."
    opened = "Jourhemmet Villan öppnade i mars 2016."
    ((_, _, f),) = sentence_features(evidence(other, [0.8]), q, {})
    ((_, _, g),) = sentence_features(evidence(opened, [0.8]), q, {})
    assert (f.unstated, g.unstated) == (1.0, 0.0)
    english = read_question("When was the emergency home opened?")
    assert [e.name for e in english.presumed] == ["start"]
    assert read_question("När träffas gruppen?").presumed == ()


def test_a_year_ending_with_a_deficit_ends_nothing() -> None:
    """ "Varför slutade enheten med ett underskott?" asks why the result was a deficit; the
    reason ("underskott på grund av utökning av personal") has to state the deficit, not an
    ending."""
    q = read_question("Varför slutade Barn- och ungdomsenheten med ett underskott 2016?")
    assert [e.name for e in q.presumed] == ["deficit"]
    english = read_question("Why did the unit end 2016 with a deficit?")
    assert [e.name for e in english.presumed] == ["deficit"]
    stopped = read_question("Varför slutade enheten med Signs of Safety?")
    assert [e.name for e in stopped.presumed] == ["end"]


def test_an_event_given_as_the_cause_of_something_else_is_not_explained() -> None:
    """ "… då biträdande enhetschef avslutade sin tjänst" tells what the leaving led to."""
    q = read_question("Varför slutade den biträdande enhetschefen för mottagningsteamet 2019?")
    text = (
        "Mottagningsteamet har ej gjort en handlingsplan då biträdande enhetschef avslutade "
        "sin tjänst i mars 2019. Biträdande enhetschef avslutade sin tjänst på grund av "
        "en omorganisation."
    )
    caused, explained = (f for _, _, f in sentence_features(evidence(text, [0.9, 0.8]), q, {}))
    assert caused.unstated == 1.0
    assert explained.unstated == 0.0  # stated, with its reason
    assert score(explained) > score(caused)


def test_a_practice_given_its_reason_answers_why_it_began() -> None:
    """What a unit does has started: the reason for the practice answers "Varför började …?";
    an ending is still not taken for granted (the false premise stays refused)."""
    q = read_question("Varför började Vuxenenheten samlas på fredagar för föreläsningar?")
    text = (
        "För att öka känslan av sammanhang har enheten avsatt en timme varje fredag för "
        "föreläsningar. Enheten har tolv medarbetare."
    )
    reasoned, plain = (
        f.unstated for _, _, f in sentence_features(evidence(text, [0.8] * 2), q, {})
    )
    assert (reasoned, plain) == (0.0, 1.0)
    ended = read_question("Varför slutade Vuxenenheten samlas på fredagar för föreläsningar?")
    ((_, _, f), _) = sentence_features(evidence(text, [0.8, 0.8]), ended, {})
    assert f.unstated == 1.0


def test_the_event_must_be_stated_by_the_sentence_or_before_it() -> None:
    """The reason stands with the change it explains; a sentence stating the event only as the
    cause of something else ("… då biträdande enhetschef avslutade sin tjänst") gives no
    reason for it."""
    closed = read_question("Varför avslutades gruppen för föräldrar 2019?").presumed
    assert closed
    assert not unstated(closed, "Föräldragrupper", "Gruppen avslutades eftersom få anmälde sig.")
    assert not unstated(closed, "Gruppen avslutades i maj.", "Orsaken var att få anmälde sig.")
    assert unstated(closed, "Föräldragrupper", "Gruppen träffas varje onsdag.")
    as_cause = "Ingen plan gjordes då biträdande enhetschef avslutade sin tjänst i mars."
    assert unstated(closed, "Föräldragrupper", as_cause)


def test_a_deficit_asked_why_must_be_stated() -> None:
    """ "Why did … end up with a budget deficit in 2020?" takes the deficit for granted: a
    sentence about keeping the budget in balance does not say there was one, a sentence
    stating the deficit ("visar ett underskott") or the overrun does."""
    asked = "Why did Familjestödsenheten in Spånga-Tensta end up with a budget deficit in 2020?"
    assert [e.name for e in events_of(asked)] == ["deficit"]
    balanced = "Kostnaderna analyseras för att säkerställa en budget i balans vid årets slut."
    assert unstated(read_question(asked).presumed, "Ekonomi", balanced)
    stated = "Det ekonomiska resultatet visar ett underskott på grund av konsultkostnader."
    assert not unstated(read_question(asked).presumed, "Ekonomi", stated)
    surplus = "What explains the surplus that Familjeenheten reported for 2017?"
    assert [e.name for e in events_of(surplus)] == ["surplus"]
    assert [e.name for e in events_of("Varför slutade enheten med familjerådslag?")] == ["end"]
    either = "Did Familjeenheten end 2017 with a surplus or a deficit?"
    assert events_of(either) == ()  # which it was is asked, neither is taken for granted
