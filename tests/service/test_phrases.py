"""Everyday phrasings stand for the reports' terms (service.answer.phrases)."""

from __future__ import annotations

import pytest

from service.answer.phrases import report_terms

NEW = 27  # the phrases the fortieth round added, last in PHRASES


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


@pytest.mark.parametrize(
    ("question", "term"),
    [
        (
            "Får socialsekreterarna på Familjeenheten på Östermalm stöd i svåra ärenden?",
            "handledning",
        ),
        ("Hur tas nya medarbetare emot på Familjeenheten på Östermalm?", "introduktion"),
        ("Får nyanställda på Familjeenheten på Östermalm en fadder?", "mentor"),
        ("Får personalen på Familjeenheten på Östermalm gå på kurser?", "kompetensutveckling"),
        ("Kan personalen på Familjeenheten på Östermalm jobba hemifrån?", "arbeta hemifrån"),
        ("Hur trivs personalen på Familjeenheten på Östermalm?", "medarbetarenkät"),
        ("Får personalen på Familjeenheten på Östermalm träna på arbetstid?", "friskvård"),
        (
            "Hyrde Familjeenheten på Östermalm in socialsekreterare från bemanningsföretag?",
            "konsultkostnader",
        ),
        (
            "Vad finns det för jobb för personer med funktionsnedsättning hos enheten?",
            "daglig verksamhet",
        ),
        (
            "Kan min dotter med funktionsnedsättning få någon som följer med på bio genom enheten?",
            "ledsagning",
        ),
        (
            "Finns det avlastning för föräldrar till barn med funktionsnedsättning hos enheten?",
            "avlösarservice",
        ),
        (
            "Kan min son få en egen assistent genom enheten?",
            "personlig assistans",
        ),
        ("Kan Vuxenenheten på Kungsholmen ge hjälp att sköta lägenheten?", "boendestöd"),
        (
            "Finns det en plan för hur insatsen ska genomföras hos enheten?",
            "genomförandeplan",
        ),
        ("Finns det stöd till anhöriga hos Vuxenenheten på Kungsholmen?", "anhörigstöd"),
        (
            "Gör Familjeenheten på Östermalm en gemensam plan med BUP och skolan?",
            "samordnad individuell plan",
        ),
        ("Kan hela familjen få samtal hos Familjeenheten på Östermalm?", "familjebehandling"),
        ("Involverar Familjeenheten på Östermalm släkt och vänner i arbetet?", "nätverk"),
        (
            "Erbjuder enheten övervakat umgänge?",
            "umgängesstöd",
        ),
        ("Kan jag få någon att prata med hos Vuxenenheten på Kungsholmen?", "stödsamtal"),
        (
            "Kan min son få en vuxen kompis att göra saker med via Familjeenheten på Östermalm?",
            "kontaktperson",
        ),
        ("Hur tror Familjeenheten på Kungsholmen att året slutar ekonomiskt?", "prognos"),
        ("Anlitar Familjeenheten på Östermalm privata företag för behandling?", "ramavtal"),
        (
            "Hur kontrollerar Familjeenheten på Kungsholmen att handläggarna följer rutinerna?",
            "internkontroll",
        ),
        ("Går Vuxenenheten på Kungsholmen igenom akterna i efterhand?", "aktgranskning"),
        ("Får man valuta för pengarna hos Familjeenheten på Östermalm?", "kostnadseffektiv"),
        (
            "Kan man välja själv vilket företag som ger hjälpen via enheten?",
            "valfrihetssystem",
        ),
    ],
)
def test_the_fortieth_rounds_phrases_stand_for_their_terms(question: str, term: str) -> None:
    """Written from the corpus vocabulary without reading any question set (see PHRASES)."""
    assert term in report_terms(question)


@pytest.mark.parametrize(
    "question",
    [
        "Hur många ärenden hade Familjeenheten på Östermalm 2017?",
        "Hur tas nya ärenden emot på Familjeenheten på Östermalm?",
        "Hur många kollegor har enhetschefen på Familjeenheten på Östermalm?",
        "Vilka kurser erbjuds föräldrar på Familjeenheten på Östermalm?",
        "Arbetar familjebehandlarna hemma hos familjerna på Familjeenheten på Östermalm?",
        "Hur trivs barnen i familjehemmen hos Familjeenheten på Östermalm?",
        "Vilka fritidsaktiviteter med träning erbjuds ungdomarna på fritidsgården på Kungsholmen?",
        "Hur mycket kostar en placering på HVB för Familjeenheten på Östermalm?",
        "Vilka insatser erbjuds personer med funktionsnedsättning av enheten?",
        "Följer socialsekreteraren med till rättegången hos Vuxenenheten på Kungsholmen?",
        "Hur får socialsekreterarna på Vuxenenheten på Kungsholmen avlastning i sitt arbete?",
        "Hur många administrativa assistenter har enheten?",
        "Hur stöder enheten sin personal?",
        "Vilken plan har Familjeenheten på Östermalm för 2022?",
        "Hur många anhöriganställda har enheten?",
        "Hur ser samverkan med skolan ut på Familjeenheten på Östermalm?",
        "Hur många familjer fick hjälp av Familjeenheten på Östermalm?",
        "Vilka nätverk deltar Familjeenheten på Östermalm i?",
        "Hur många umgängesutredningar gjorde Familjeenheten på Östermalm?",
        "Hur mår ungdomarna som enheten träffar?",
        "Hur många kompisar har barnen på fritidsgården på Kungsholmen?",
        "Vilket förväntat resultat har målet om barnrätt hos Familjeenheten på Östermalm?",
        "Vilka metoder använder Familjeenheten på Östermalm?",
        "Hur följer Familjeenheten på Östermalm upp insatserna?",
        "Hur många akter har Familjeenheten på Östermalm?",
        "Hur mycket pengar fick Familjeenheten på Östermalm 2017?",
        "Kan man välja vilken handläggare man får på Vuxenenheten på Kungsholmen?",
    ],
)
def test_questions_near_the_fortieth_rounds_phrases_stand_for_none_of_them(question: str) -> None:
    from service.answer.phrases import PHRASES

    new = {term for _, term in PHRASES[-NEW:]}
    assert not new & set(report_terms(question))
