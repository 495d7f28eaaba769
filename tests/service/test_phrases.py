"""Everyday phrasings stand for the reports' terms (service.answer.phrases)."""

from __future__ import annotations

import pytest

from service.answer.phrases import report_terms


def test_everyday_phrases_stand_for_the_reports_terms() -> None:
    from service.answer.phrases import report_terms
    from service.answer.reading import read_question

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
    from service.answer.phrases import report_terms

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


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("Vilken hjälp får kvinnor som utsätts för våld i familjen?", "våld i nära relation"),
        ("Kan man bli vräkt om man inte betalar hyran?", "avhysning"),
        ("Vart kan jag vända mig för att klaga på min socialsekreterare?", "klagomål"),
        ("Hur hjälper familjerätten föräldrar att komma överens om barnen?", "samarbetssamtal"),
        ("Vad finns det för stöd till den som dricker för mycket?", "missbruk"),
        ("Hur många ungdomar kom hit utan sina föräldrar?", "ensamkommande"),
        ("Får man pengar till mat och hyra från socialen?", "ekonomiskt bistånd"),
        ("Hur ofta var personalen sjuk förra året?", "sjukfrånvaro"),
    ],
)
def test_everyday_words_for_the_domains_terms(question: str, term: str) -> None:
    assert term in report_terms(question)


@pytest.mark.parametrize(
    "question",
    [
        "Hur många barn bor i familjehem?",  # the term itself: nothing to add
        "Vad gör fältassistenterna mot våld i skolan?",
        "Enheten köpte sex nya datorer.",
        "Hur kan föräldrar prata med sina barn om droger?",
        "Vad tycker till exempel personalen om chefen?",
    ],
)
def test_words_near_them_stand_for_no_term(question: str) -> None:
    assert report_terms(question) == ()
