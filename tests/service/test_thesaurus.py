"""The Swedish domain thesaurus: a question's word meets the report's other wording."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from ingest.text.words import stem
from service.answer.thesaurus import GROUPS, alternatives


def test_an_employee_is_a_staff_member() -> None:
    assert stem("medarbetare") in alternatives(stem("anställd"))
    assert stem("medarbetare") in alternatives(stem("personalgruppen"))  # "12 medarbetare"
    assert stem("anställda") in alternatives(stem("medarbetare"))


def test_everyday_words_meet_the_reports_officialese() -> None:
    assert stem("avslutas") in alternatives(stem("nedlagd"))
    assert stem("ringt") in alternatives(stem("hörde"))
    assert stem("skola") in alternatives(stem("skolgång"))
    assert stem("underskott") in alternatives(stem("minusresultat"))
    assert stem("summa") in alternatives(stem("totala"))  # "Summa kostnader" in a budget table


def test_alternatives_are_symmetric_sorted_and_exclude_the_stem() -> None:
    for group in GROUPS:
        for word in group.split():
            s = stem(word)
            others = alternatives(s)
            assert s not in others
            assert list(others) == sorted(set(others))
            for other in others:
                assert s in alternatives(other), (word, other)


def test_a_word_outside_every_group_has_no_alternatives() -> None:
    assert alternatives(stem("zebra")) == ()
    assert alternatives("") == ()


def test_related_but_different_words_stay_apart() -> None:
    assert stem("ungdom") not in alternatives(stem("barn"))
    assert stem("jourhem") not in alternatives(stem("familjehem"))
    assert stem("pojke") not in alternatives(stem("flicka"))


def test_every_group_has_two_stems_and_single_lower_case_words() -> None:
    for group in GROUPS:
        words = group.split()
        assert len({stem(w) for w in words}) >= 2, group
        assert len(words) == len(set(words)), group
        for word in words:
            assert word == word.lower() and word.strip() == word and " " not in word


def test_a_word_is_in_at_most_two_groups() -> None:
    counts = Counter(w for group in GROUPS for w in set(group.split()))
    assert max(counts.values()) <= 2
    assert len(GROUPS) == len(set(GROUPS))


def test_a_word_no_report_has_is_known_through_its_synonym() -> None:
    """ "gick med minus": no report says "minus", they say "underskott"; the word weighs as its
    synonym and is not part of the unknown share that costs an answer its score."""
    from service.answer.topic_words import idf_weights, unknown_share

    def df(word: str) -> float:  # the index takes a word or its stem
        return 0.02 if "underskott".startswith(word) else 0.5 if word.startswith("enhet") else 0.0

    assert unknown_share(["minus", "enhet"], df) == 0.0
    assert idf_weights(["minus"], df)["minus"] == pytest.approx(math.log(1 / 0.02))
    assert unknown_share(["rymdresor", "enhet"], df) > 0.5  # no synonym: unknown


def test_putting_effort_into_something_is_a_focus() -> None:
    """Asked why a unit "lägger så mycket kraft på pengarna", "Stort fokus … läggas på" says."""
    assert stem("fokus") in alternatives(stem("kraft"))


def test_everyday_phrases_stand_for_the_reports_terms() -> None:
    from service.answer.reading import read_question
    from service.answer.thesaurus import report_terms

    assert report_terms("Varför gick enheten back 2016?") == ("underskott",)
    assert report_terms("Varför höll sig enheten inte inom budgeten?") == ("underskott",)
    assert report_terms("Vilka enheter överskred budgeten?") == ("underskott",)
    assert report_terms("Vilka enheter har problem med att personalen slutar?") == (
        "personalomsättning",
    )
    assert report_terms("Höll enheten budgeten?") == ()
    assert report_terms("Varför blev det plus 2017?") == ("överskott",)
    assert report_terms("Med hur stort ekonomiskt minus går enheten in i 2022?") == ("underskott",)
    assert report_terms("Hur många plus-poäng fick enheten?") == ()
    back = "Hur många familjer kom tillbaka till socialtjänsten efter insatsen?"
    assert report_terms(back) == ("återaktualisering",)
    assert report_terms("Blev barnen aktuella igen inom ett år?") == ("återaktualisering",)
    assert report_terms("How many children came back within a year?") == ("återaktualisering",)
    assert report_terms("Kom tonåringarna till fritidsgården?") == ()
    indicator = "Hur stor andel barn är inte aktuella igen 12 månader efter avslutad insats?"
    assert report_terms(indicator) == ()  # the indicator's words, not re-referrals
    assert report_terms("Hur många som inte blir aktuella igen?") == ()
    q = read_question("Vad låg bakom att enheten inte höll sig inom budgeten 2016?")
    assert "underskott" in q.topic.terms and "underskott" in q.text
    assert "underskott" not in q.topic.display


def test_more_everyday_phrases_stand_for_the_reports_terms() -> None:
    from service.answer.thesaurus import report_terms

    assert report_terms("Hur mycket ligger Vuxenenheten back med inför året?") == ("underskott",)
    assert report_terms("Låg enheten fortfarande back?") == ("underskott",)
    assert report_terms("Vad låg bakom att de kom tillbaka?") == ("återaktualisering",)  # no "back"
    assert report_terms("Hur många familjer saknar bostad i stadsdelen?") == ("hemlöshet",)
    assert report_terms("Hur många var utan tak över huvudet?") == ("hemlöshet",)
    assert report_terms("Hur många barn togs om hand av nämnden?") == ("omhändertagande",)
    assert report_terms("Placerades ungdomarna med tvång?") == ("LVU",)
    assert report_terms("Hur många fast anställda har Familjeenheten?") == ("tillsvidareanställda",)
    assert report_terms("Hur ofta har något gått snett i handläggningen?") == ("avvikelse",)
    assert report_terms("Hur fastställer familjerätten vem som är pappa?") == ("faderskap",)
    assert report_terms("Hur fast är rutinen?") == ()
    assert report_terms("Går det att boka tid?") == ()
