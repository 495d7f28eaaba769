"""Reading who a question names apart from what it asks, years that do not fit, and roles."""

from __future__ import annotations

from dataclasses import replace

from ingest.text.sentences import sentence_spans
from ingest.types import ReportMeta
from search.sentences import Evidence
from service.answer.expectations import meets_expectation
from service.answer.features import Features, sentence_features
from service.answer.keyterms import find_key_terms
from service.answer.names import is_place, unit_named, without_who
from service.answer.reading import read_question
from service.answer.select import WEIGHTS
from service.answer.types import Turn
from service.answer.who import named_reports
from tests.service.test_select import evidence

METAS = [
    ReportMeta("Barn- och ungdomsenheten", "Hägersten-Liljeholmen", 2016, "VB", "VB 2016"),
    ReportMeta("Biståndsbedömning, funktionsnedsättning", "Kungsholmen", 2022, "VP", "VP"),
    ReportMeta("Familjeenheten", "Östermalm", 2017, "VB", "VB 2017"),
]
BY_ID = {
    "ostermalm": METAS[2],
    "kungsholmen-familj": ReportMeta("Familjeenheten", "Kungsholmen", 2022, "VP", "VP"),
    "kungsholmen-vuxen": ReportMeta("Vuxenenheten", "Kungsholmen", 2022, "VP", "VP"),
    "hagersten": METAS[0],
}
"""Two units of one district, Östermalm's Familjeenheten and Hägersten's unit, by report id."""


def test_the_units_and_districts_a_question_names_are_not_what_it_asks() -> None:
    asked = "Hur stor var budgetomslutningen för Barn- och ungdomsenheten i Hägersten-Liljeholmen?"
    what = without_who(asked, METAS).split()
    assert "budgetomslutningen" in what
    assert not {"Barn-", "ungdomsenheten", "Hägersten-Liljeholmen"} & set(what)
    reworded = "Hur många medarbetare har enheten för biståndsbedömning inom funktionsnedsättning?"
    assert "biståndsbedömning" not in without_who(reworded, METAS)
    topic = "Vilka enheter arbetar med funktionsnedsättning?"  # one word of a name is a topic
    metas = [
        *METAS,
        ReportMeta("Enheten för stöd och service i hemmet", "Kungsholmen", 2022, "VP", ""),
    ]
    asked = (
        "Hur många stödboenden och servicebostäder driver verksamheten stöd och service i hemmet?"
    )
    what = without_who(asked, metas).split()  # the name's words elsewhere stay the topic
    assert {"stödboenden", "servicebostäder"} <= set(what)
    assert not {"stöd", "service", "hemmet?"} & set(what)
    assert without_who(topic, METAS) == topic


def test_a_unit_is_named_in_any_inflection_or_in_other_words() -> None:
    assert unit_named("vad gjorde familjeenhetens mottagning?", "Familjeenheten")
    reworded = "hur följer enheten för biståndsbedömning funktionsnedsättning upp målet?"
    assert unit_named(reworded, "Biståndsbedömning, funktionsnedsättning")
    assert not unit_named("vilka arbetar med funktionsnedsättning?", METAS[1].unit)


def test_who_questions_are_answered_by_a_role_unless_they_ask_for_a_name() -> None:
    staffed = "Kuggen drivs av sju timvikarier."
    assert meets_expectation("person", staffed, "Vem bemannar fritidsgården?")
    assert not meets_expectation("person", staffed, "Vem är chef för fritidsgården?")
    assert not meets_expectation("person", "Gården har öppet på kvällar.", "Vem bemannar den?")


def test_a_sentence_about_other_years_in_a_report_of_another_year_does_not_fit() -> None:
    text = "Andelen besökare ökade mellan 2020 och 2021. Antalet besökare var 2 338."
    asked = read_question("Hur många besökare hade fritidsgården 2018?")  # META is VB 2017
    about_2021, no_year = (
        f for _, _, f in sentence_features(evidence(text, [0.8, 0.8]), asked, {})
    )
    assert about_2021.other_year == 1.0 and no_year.other_year == 0.0
    same = read_question("Hur många besökare hade fritidsgården 2021?")
    assert all(
        f.other_year == 0.0 for _, _, f in sentence_features(evidence(text, [0.8, 0.8]), same, {})
    )
    report_year = read_question("Hur många barn placerades 2017?")
    comparison = "Av dessa var 9 barn (2015: 19 barn)."
    (f,) = (f for _, _, f in sentence_features(evidence(comparison, [0.8]), report_year, {}))
    assert f.other_year == 0.0  # a 2017 report's comparison with 2015 still reports 2017


def test_a_question_naming_no_year_asks_of_every_year_of_the_unit_it_names() -> None:
    """ "Vilka boenden har Familjeenheten?" asks of any of its reports: a passage of the unit's
    report has the report_year of a question naming that report's year; a question naming no
    unit, or another year, gives none."""
    text = "Verksamheten har tre stödboenden och två servicebostäder."

    def report_year(question: str, named: frozenset[str] | None) -> float:
        q = replace(read_question(question), named=named)
        (f,) = (f for _, _, f in sentence_features(evidence(text, [0.8]), q, {}))
        return f.report_year

    assert report_year("Vilka boenden har Familjeenheten?", frozenset({"r1"})) == 1.0
    assert report_year("Vilka boenden har Familjeenheten 2017?", frozenset({"r1"})) == 1.0
    assert report_year("Vilka boenden har Familjeenheten 2019?", frozenset({"r1"})) == 0.0
    assert report_year("Vilka boenden finns det?", frozenset()) == 0.0
    assert report_year("Vilka boenden har Vuxenenheten?", frozenset({"r2"})) == 0.0


def test_a_named_unit_narrows_its_district_and_a_named_district_its_unit() -> None:
    metas = BY_ID
    asked = "Hur hög var sjukfrånvaron på Familjeenheten på Kungsholmen 2021?"
    assert named_reports(asked, metas) == {"kungsholmen-familj"}
    assert named_reports("Vad gjorde Familjeenheten 2017?", metas) == {
        "ostermalm",
        "kungsholmen-familj",
    }
    assert named_reports("Hur många bor på Kungsholmen?", metas) == {
        "kungsholmen-familj",
        "kungsholmen-vuxen",
    }
    assert named_reports("Vad är Signs of Safety?", metas) == frozenset()


def test_a_count_is_not_answered_by_a_percentage() -> None:
    share = "Andelen besökare som upplever sig trygga har ökat mellan 2020 (95,1 %) och 2021 (98 %)"
    assert not meets_expectation("number", share, "Hur många besökare hade gården 2017?")
    assert meets_expectation("number", share, "Hur stor andel av besökarna känner sig trygga?")
    counted = "2021: Antal besökare 2 338, 43 % flickor, 57 % pojkar"
    assert meets_expectation("number", counted, "Hur många besökare hade gården 2021?")


def test_people_asked_about_are_counted_as_persons_children_are_not() -> None:
    from service.answer.presence import counts
    from service.answer.question import counted_words

    called = "Under 2021 har 59 personer ringt mottagningen, varav 41 fått stödsamtal."
    assert counts(called, counted_words("Hur många föräldrar ringde mottagningen 2021?"))
    assert counts(called, counted_words("How many clients called the unit in 2021?"))
    assert not counts(called, counted_words("Hur många barn ringde mottagningen 2021?"))
    assert not counts(called, counted_words("Hur många familjehem rekryterades 2021?"))


def test_how_many_work_there_counts_the_staff_not_the_unit_named() -> None:
    from service.answer.presence import counts
    from service.answer.question import counted_words

    staff = "På Familjestöd finns nu 38 medarbetare inklusive chefer."
    posts = "I december 2016 utgjordes den gemensamma personalresursen av 111 anställningar"
    asked = counted_words("Hur många jobbar på Familjestödsenheten i Spånga-Tensta?")
    assert counts(staff, asked)
    assert counts(posts, counted_words("How many personer worked at the unit in 2016?"))
    assert not counts("79 barn har haft kontaktfamilj under 2016", asked)
    assert counted_words("Hur många personer deltog?") == ("person",)


def test_a_keyword_query_counts_what_follows_antal() -> None:
    from service.answer.presence import counts
    from service.answer.question import counted_words

    asked = counted_words("kuggen antal besökare 2022")
    assert asked == ("besök",)
    assert counts("2021: Antal besökare 2 338, 43 % flickor, 57 % pojkar", asked)
    assert not counts("Statistik antal anmälningar 2017 | 800", counted_words("antal barn 2017"))
    assert counted_words("Hur har antalet anmälningar utvecklats?") == ()  # a question's own


def test_a_count_stands_next_to_what_the_question_counts() -> None:
    from service.answer.presence import counts
    from service.answer.question import counted_words

    homes = counted_words("Hur många nya familjehem rekryterade Familjehemsvården 2019?")
    assert homes == ("familjehem",)
    staff = "På Familjestöd finns nu 38 medarbetare inklusive chefer."
    assert not counts(staff, homes)  # a count of staff, not of foster homes
    assert counts(staff, counted_words("Hur många anställda har Familjestöd?"))  # a synonym
    assert counts("2021: Antal besökare 2 338, 43 % flickor", counted_words("Hur många besökare?"))
    assert counts("Vi har genomfört 107 st SIP-möten.", counted_words("Hur många SIP-möten hölls?"))
    children = counted_words("Hur många barn deltog i grupperna 2019?")
    assert not counts("Under 2019 genomfördes två barngrupper.", children)  # groups counted
    assert counts("Under 2019 deltog tolv familjehemsbarn.", children)  # a compound's head
    assert counts("Grupperna hade tolv barn.", children)
    families = counted_words("Hur många familjer gick kursen ABC spädbarn?")
    assert not counts("Två av enhetens familjebehandlare ska utbildas.", families)  # staff
    assert counts("Under 2021 gick 15 familjer i Komet.", families)
    lawyers = ("familjerät",)  # English "family law social workers": a longer stem anywhere
    assert counts("Vid utredningar är det alltid två familjerättssekreterare.", lawyers)
    assert counted_words("Varför blev det dyrare?") == ()
    assert counted_words("Hur många familjer deltog i dem?") == ("familj",)  # not the verb
    english = read_question("How many visitors did the youth centre have in 2021?")
    assert english.counted == ("besök",)  # read in the glossary's Swedish


def test_a_units_short_name_is_who_not_what() -> None:
    metas = [ReportMeta("Familjestödsenheten", "Spånga-Tensta", 2020, "VP", "VP 2020")]
    asked = "Vad blev annorlunda i Familjestöds lokaler efter diplomeringen?"
    assert "Familjestöd" not in without_who(asked, metas)
    topic = "Vilka arbetar med Familjerätt?"  # a section's name is what is asked about
    assert without_who(topic, metas) == topic


def test_a_place_is_a_district_a_part_of_one_or_stockholm_in_any_form() -> None:
    for name in ("Kungsholmens", "Spånga-Tensta", "kista", "Hägersten-Älvsjö", "Stockholms"):
        assert is_place(name), name
    for name in ("Komet", "Kistagången", "Tensta-träffen", "Signs"):
        assert not is_place(name), name
    # the one list serves key terms too: a district part alone names where, not what
    keys = find_key_terms("Vilka enheter i Kista använder Komet?", lambda _: 1.0)
    assert [k.display for k in keys.terms] == ["Komet"]


def test_who_questions_are_also_answered_by_an_organisation() -> None:
    funds = "Who funds RVC Väst?"
    shared = "RVC Väst är en samfinansierad verksamhet mellan fyra stadsdelsförvaltningar."
    assert meets_expectation("person", shared, funds)
    assert meets_expectation("person", "Verksamheten finansieras av Stockholms stad.", funds)
    assert meets_expectation("person", "Polisen kallar till möte varje vecka.", funds)
    # a word for something a body does is not the body; "Vem är …?" wants a name
    assert not meets_expectation("person", "Stöd ges efter en polisanmälan.", funds)
    assert not meets_expectation("person", "Den är benämnd RVC Väst.", funds)
    assert not meets_expectation("person", shared, "Vem är chef för RVC Väst?")


def _sims(text: str) -> list[float | None]:
    return [0.8] * len(sentence_spans(text))


def test_a_sentence_stating_no_asked_year_in_a_report_of_another_year_tells_of_its_own() -> None:
    """In a VB 2017 (META), "Under året har 37 barn …" is about 2017: asked about 2018 it is
    told without the asked year; asked about 2017 it is the report's own year; a table label
    whose rows state the asked year, and a plan of the next year (looking back), are not."""
    text = "Under året har 37 barn varit placerade i familjehem. Det är fler än året innan."
    ev = evidence(text, _sims(text))
    other = read_question("Hur många barn var placerade i familjehem 2018?")
    assert [f.unsaid_year for _, _, f in sentence_features(ev, other, {})] == [1.0, 1.0]
    own = read_question("Hur många barn var placerade i familjehem 2017?")
    assert [f.unsaid_year for _, _, f in sentence_features(ev, own, {})] == [0.0, 0.0]
    table = "Antal barn placerade i familjehem vid årets slut\n2014 | 28\n2015 | 31\n2016 | 37"
    earlier = read_question("Hur många barn var placerade i familjehem 2016?")
    label, *rows = (f for _, _, f in sentence_features(evidence(table, _sims(table)), earlier, {}))
    assert label.unsaid_year == 0.0  # its rows, not only the one beside it, state 2016
    assert rows[0].unsaid_year == 1.0 and rows[-1].unsaid_year == 0.0
    plan = replace(ev, hit=replace(ev.hit, meta=replace(ev.hit.meta, year=2019, doc_type="VP")))
    looking_back = read_question("Hur många barn var placerade i familjehem 2018?")
    assert all(f.unsaid_year == 0.0 for _, _, f in sentence_features(plan, looking_back, {}))
    # but under a heading naming the plan's own year ("Budget 2019"), not the year before
    budget = replace(
        plan, hit=replace(plan.hit, chunk=replace(plan.hit.chunk, section_path=("Budget 2019",)))
    )
    assert all(f.unsaid_year == 1.0 for _, _, f in sentence_features(budget, looking_back, {}))
    assert WEIGHTS["unsaid_year"] < 0


def test_a_municipality_is_named_by_its_city() -> None:
    """A report from another city has the municipality as its district ("Lunds kommun",
    "Malmö stad"); a question names the city ("i Lund", "Malmös enheter"), which says whose
    report, not what is asked."""
    from service.answer.names import city_of, district_named

    metas = {
        "lund": ReportMeta("Barn- och familjeenheten", "Lunds kommun", 2023, "VP", "VP 2023"),
        "malmo": ReportMeta("Vuxenenheten", "Malmö stad", 2021, "VB", "VB 2021"),
        "hagersten": METAS[0],
    }
    assert named_reports("Vad gör Barn- och familjeenheten i Lund?", metas) == {"lund"}
    assert named_reports("Hur många deltagare hade Malmös vuxenenhet?", metas) == {"malmo"}
    assert not district_named("vad säger lundagård?", "Lunds kommun")
    assert city_of("Kungsholmen") is None
    what = without_who("Vilka enheter i Lund arbetar med barns delaktighet?", metas.values())
    assert "Lund" not in what and "delaktighet" in what


def test_which_units_is_scoped_by_the_districts_it_names_not_by_a_unit_it_asks_about() -> None:
    from service.answer.who import scoped_reports

    metas = BY_ID
    on_k = scoped_reports("Vilka enheter på Kungsholmen använder Komet?", metas)
    assert on_k == {"kungsholmen-familj", "kungsholmen-vuxen"}
    assert scoped_reports("Vilka enheter samarbetar med Vuxenenheten?", metas) is None
    besides = scoped_reports("Vilka enheter förutom Familjeenheten använder Komet?", metas)
    assert besides == {"kungsholmen-vuxen", "hagersten"}
    within = "Vilka enheter på Kungsholmen förutom Familjeenheten använder Komet?"
    assert scoped_reports(within, metas) == {"kungsholmen-vuxen"}


def _in_plan(text: str, year: int) -> Evidence:
    """The text as a passage of a VP of `year`."""
    ev = evidence(text, _sims(text))
    return replace(ev, hit=replace(ev.hit, meta=replace(ev.hit.meta, year=year, doc_type="VP")))


def _last(ev: Evidence, question: str) -> Features:
    """The features of the passage's last sentence for the question."""
    return [f for _, _, f in sentence_features(ev, read_question(question), {})][-1]


def test_a_plans_figure_for_an_earlier_year_does_not_give_the_planned_years_number() -> None:
    """A VP 2020 cannot report on 2020: asked how many cases came in 2020, its "Under 2019 inkom
    36 nya ärenden" is 2019's figure (unmet); asked about 2019 it is the answer, and a why
    question about 2020 may still be answered by what happened the year before."""
    plan = _in_plan("Under 2019 inkom 36 nya ärenden avseende våldsutövande till RVC väst.", 2020)
    asked = "How many new cases involving perpetrators did RVC Väst receive in {}?"
    planned, past = _last(plan, asked.format(2020)), _last(plan, asked.format(2019))
    assert planned.unmet == 1.0 and planned.other_year == 1.0
    assert past.unmet == 0.0 and past.other_year == 0.0
    why = _last(plan, "Varför vill RVC Väst nå fler våldsutövare under 2020?")
    assert why.unmet == 0.0 and why.other_year == 0.0


def test_a_unit_is_named_by_the_initials_of_its_name() -> None:
    """Staff write "BoU" for Barn- och ungdomsenheten: it names the unit and is no topic."""
    question = "Hur många interna avvikelser hade BoU Hägersten-Liljeholmen totalt under 2019?"
    assert named_reports(question, BY_ID) == {"hagersten"}
    assert "BoU" not in without_who(question, METAS)
    assert named_reports("Hur många avvikelser hade enheten?", BY_ID) == frozenset()
    assert unit_named("vad gör bous familjebehandlare?", "Barn- och ungdomsenheten")
    assert not unit_named("vad gör bouppteckningen?", "Barn- och ungdomsenheten")


def test_a_plans_target_does_not_tell_how_an_earlier_year_went() -> None:
    """A VP 2022's table of targets gives 2022's aims: asked what share were satisfied in 2021,
    its "93 %" is no answer; asked for the 2022 target, it is."""
    plan = _in_plan(
        "Indikator | Årsmål | KF:s årsmål | Periodicitet\n"
        "Andel brukare som är nöjda | 93 % | 80 % | År",
        2022,
    )
    assert _last(plan, "Hur stor andel brukare var nöjda 2021?").unmet == 1.0
    assert _last(plan, "Hur stor andel brukare ska vara nöjda 2022?").unmet == 0.0


def test_a_plan_does_not_give_the_outcome_of_its_own_year() -> None:
    """A VP 2020 is written before 2020: its "75 %" is a target, not the outcome asked for."""
    plan = _in_plan("Andel placerade barn som klarar kärnämnena ska vara 75 %.", 2020)
    asked = "Vilket utfall fick enheten {} för andelen placerade barn som klarar kärnämnena?"
    assert _last(plan, asked.format(2020)).unmet == 1.0
    assert _last(plan, "Hur stor andel ska klara kärnämnena 2020?").unmet == 0.0
    past = "Hur stor andel av de placerade barnen klarade kärnämnena under {}?"
    assert _last(plan, past.format(2020)).unmet == 1.0  # how 2020 went: not in its plan
    target = "What was the target for the share of children passing core subjects in 2020?"
    assert _last(plan, target).unmet == 0.0  # the plan gives its target
    index = _in_plan("Indexvärde enligt Preventionsindex mini | 65 | År", 2022)
    assert _last(index, "Vilket värde fick Kungsholmen i Preventionsindex mini 2022?").unmet == 1.0
    assert _last(index, "Vilket värde ska enheten nå i Preventionsindex mini 2022?").unmet == 0.0


def test_a_count_before_the_name_asked_about_counts_something_else() -> None:
    """The passage names Skilda världar only after its figure, which counts samarbetssamtal."""
    from service.answer.terms import make_term

    text = (
        "Under året har föräldrar till cirka 66 barn gått i samarbetsamtal. "
        "En Skilda världar-grupp för barn med separerade föräldrar har genomförts. "
        "I gruppen Skilda världar deltog 8 barn."
    )
    ev = evidence(text, _sims(text))
    q = read_question("Hur många barn deltog i Skilda världar-gruppen 2017?")
    keys = [make_term("Skilda världar", exact=True)]
    unmet = [f.unmet for _, _, f in sentence_features(ev, q, {}, keys)]
    assert unmet == [1.0, 1.0, 0.0]  # the second gives no number; the third is the answer
    figures = "Fritidsgården har öppet fyra kvällar. 2021: Antal besökare 2 338"
    rows = evidence(figures, _sims(figures))  # "Kuggen" named in an earlier passage
    kuggen = read_question("Hur många besökare hade Kuggen 2021?")
    found = sentence_features(rows, kuggen, {}, [make_term("Kuggen", exact=True)])
    assert found[-1][2].unmet == 0.0


def test_a_table_rows_header_counts_towards_what_it_covers() -> None:
    """ "Vilka årsmål för sjukfrånvaro …?": the row says sjukfrånvaro, its header "Årsmål"."""
    table = "Indikator | Årsmål | Periodicitet\nSjukfrånvaro | 8 % | Tertial"
    plan = _in_plan(table, 2022)
    q = read_question("Vilka årsmål för sjukfrånvaro har enheten 2022?")
    weights = {"årsmål": 3.0, "sjukfrånvaro": 3.0}
    row = sentence_features(plan, q, weights)[-1][2]
    assert row.coverage == 1.0
    other = read_question("Vad säger enheten om sjukfrånvaro och årsmål?")  # no number asked
    assert sentence_features(plan, other, weights)[-1][2].coverage == 0.5


def test_a_district_is_named_as_staff_type_it() -> None:
    from service.answer.names import district_named

    assert district_named("stödgrupp för barn spånga tensta", "Spånga-Tensta")
    assert district_named("varför färre placerade barn i hägersten 2019", "Hägersten-Liljeholmen")
    assert district_named("liljeholmens enheter", "Hägersten-Liljeholmen")
    assert not district_named("stödgrupp för barn spånga tensta", "Rinkeby-Kista")
    assert not district_named("tenstagruppen", "Spånga-Tensta")  # a word, not the place


def test_a_unit_is_named_by_its_shorthand() -> None:
    """Staff write "bu-enheten" for Barn- och ungdomsenheten: the initials of its words before
    "-enheten"; a one-word name has no shorthand ("f-enheten" is not Familjeenheten)."""
    bou = "Barn- och ungdomsenheten"
    assert unit_named("hur många anmälningar fick bu-enheten 2016", bou)
    assert unit_named("bu-enhetens sjukfrånvaro", bou)
    assert not unit_named("hur många anmälningar fick bus-enheten", bou)
    assert not unit_named("f-enheten", "Familjeenheten")
    meta = ReportMeta(bou, "Hägersten-Liljeholmen", 2016, "VB", "VB 2016")
    assert "anmälningar" in without_who("anmälningar bu-enheten 2016", [meta])
    assert "bu-enheten" not in without_who("anmälningar bu-enheten 2016", [meta])


def test_a_unit_named_enheten_for_is_named_by_one_compound() -> None:
    """Staff join "Enheten för sysselsättning" into "sysselsättningsenheten": the unit is
    named, and its words are who, not what, is asked about; a compound of another word is
    no such name."""
    unit = "Enheten för sysselsättning"
    assert unit_named("vem gör sysselsättningsenheten sina prognoser med", unit)
    assert unit_named("sysselsättningsenhetens budget", unit)
    assert unit_named(
        "preventionsenheten på kungsholmen", "Enheten för prevention och familjebehandling"
    )
    assert not unit_named("sysselsättningen på enheten", unit)
    assert not unit_named("familjestödsenheten", "Enheten för stöd och service i hemmet")
    meta = ReportMeta(unit, "Kungsholmen", 2022, "VP", "VP")
    what = without_who("Vem gör sysselsättningsenheten sina ekonomiska prognoser med?", [meta])
    assert "sysselsättningsenheten" not in what and "prognoser" in what


def test_the_level_a_planned_change_starts_from_is_last_years_figure() -> None:
    """Asked from which level a VP 2022 wants sick leave lowered, last year's figure is the
    answer ("(15,5% … oktober 2021)"), not another year's (as it is asked for 2022's level),
    and the plan's target row is no starting level."""
    plan = _in_plan("Att sjukfrånvaron sänks från föregående år (15,5% i oktober 2021).", 2022)
    baseline = _last(plan, "Från vilken nivå vill enheten få ner sjukfrånvaron under 2022?")
    assert baseline.unmet == 0.0 and baseline.other_year == 0.0
    level = _last(plan, "Vilken nivå av sjukfrånvaron ska enheten ha under 2022?")
    assert level.unmet == 1.0 and level.other_year == 1.0
    targets = _in_plan("Indikator | Årsmål | Periodicitet\nSjukfrånvaro | 3 % | Tertial", 2022)
    asked = "Från vilken nivå ska sjukfrånvaron sänkas 2022?"
    assert _last(targets, asked).unmet == 1.0
    assert _last(targets, "Vilket årsmål har enheten för sjukfrånvaron 2022?").unmet == 0.0


def test_a_plan_does_not_tell_whether_its_years_target_was_met() -> None:
    plan = _in_plan("Familjestödsenheten fortsätter arbetet att hålla en låg sjukfrånvaro.", 2020)
    assert _last(plan, "Nådde enheten sitt årsmål för sjukfrånvaron under 2020?").unmet == 1.0
    assert _last(plan, "Nådde enheten sitt årsmål för sjukfrånvaron under 2019?").unmet == 0.0
    assert _last(plan, "Hur arbetar enheten med sjukfrånvaron under 2020?").unmet == 0.0


def test_a_plan_asked_with_no_year_whether_a_target_was_met_cannot_tell() -> None:
    """ "Har enheten nått sitt årsmål om …?" of a VP 2022: its 70 % is the target for the year
    it is written before, no outcome; a sentence telling of an earlier year may say."""
    target = "Enheten har som mål att skolan skall vidtalas i 70% av de aktuella utredningarna."
    plan = _in_plan(target, 2022)
    asked = "Har Familjeenheten nått sitt årsmål om att skolan vidtalas i 70 procent?"
    assert _last(plan, asked).unmet == 1.0
    assert _last(plan, "Has the unit reached its target for school contacts?").unmet == 1.0
    assert _last(plan, "Hur ofta ska skolan vidtalas enligt enhetens årsmål?").unmet == 0.0
    assert _last(plan, "How are school contacts followed up and assessed?").unmet == 0.0
    looking_back = _in_plan("Under 2021 nåddes målet att skolan vidtalas i 70 %.", 2022)
    assert _last(looking_back, asked).unmet == 0.0


def test_a_unit_placed_in_a_district_no_report_is_from_is_elsewhere() -> None:
    from service.answer.who import unit_elsewhere

    metas = {
        "ostermalm-familj": ReportMeta("Familjeenheten", "Östermalm", 2017, "VB", "VB 2017"),
        "kungsholmen-familj": ReportMeta("Familjeenheten", "Kungsholmen", 2022, "VP", "VP"),
    }
    expected = ("Familjeenheten", "Norrmalm")
    assert unit_elsewhere("Vilka mål hade Familjeenheten på Norrmalm 2022?", metas) == expected
    assert unit_elsewhere("Which goals did the Family Unit in Norrmalm set?", metas) is None
    assert unit_elsewhere("Which goals did Familjeenheten in Norrmalm set?", metas) == expected
    assert unit_elsewhere("Hur samarbetar Familjeenheten med Norrmalm?", metas) is None
    assert unit_elsewhere("Vilka mål har Familjeenheten på Kungsholmen?", metas) is None
    served = {**metas, "spanga": ReportMeta("Familjestödsenheten", "Spånga-Tensta", 2020, "VP", "")}
    partner = "Vem driver samarbetet mellan Familjeresursen och Familjeenheten i Spånga-Tensta?"
    assert unit_elsewhere(partner, served) is None  # a partner of Familjestödsenheten's team
    assert unit_elsewhere("Hur arbetar Familjeenheten i Spånga-Tensta?", served) == (
        "Familjeenheten",
        "Spånga-Tensta",
    )


def test_a_follow_up_naming_only_a_district_moves_to_its_units() -> None:
    """ "Och hur såg det ut i Spånga-Tensta?" after a question on Kungsholmen's Familjeenheten
    asks about Spånga-Tensta's units, not a Familjeenheten there."""
    from service.answer.who import unit_elsewhere

    metas = {
        "kungsholmen-familj": ReportMeta("Familjeenheten", "Kungsholmen", 2022, "VP", "VP"),
        "spanga": ReportMeta("Familjestödsenheten", "Spånga-Tensta", 2020, "VP", "VP 2020"),
    }
    resolved = "Vilka mål har Familjeenheten för placerade barns skolresultat i Spånga-Tensta?"
    assert unit_elsewhere(resolved, metas) == ("Familjeenheten", "Spånga-Tensta")
    assert unit_elsewhere(resolved, metas, "och hur såg det ut i spånga-tensta?") is None
    asked = "Och Familjeenheten i Spånga-Tensta?"
    assert unit_elsewhere(resolved, metas, asked) == ("Familjeenheten", "Spånga-Tensta")


def test_asked_who_a_sentence_referring_back_names_the_person_in_the_one_before() -> None:
    text = (
        "Enheten har en medarbetare som del av tjänst är samordnare. "
        "I uppdraget ingår att kalla till nätverksträffar varje kvartal. "
        "Nätverksträffarna hålls i enhetens lokaler."
    )
    q = read_question("Vem kallar till nätverksträffarna?")
    unmet = [f.unmet for _, _, f in sentence_features(evidence(text, _sims(text)), q, {})]
    assert unmet == [0.0, 0.0, 1.0]  # the last one names no one, nor refers back


def test_a_follow_up_asking_for_a_count_is_answered_by_a_count_not_a_share() -> None:
    """After "Hur stor andel …?", "Hur många av dem …?" asks for a count: the sentence giving
    one meets it though it states no share, and the earlier answer's share does not."""
    history = [
        Turn("user", "Hur stor andel av ansökningarna om försörjningsstöd beviljades 2017?"),
        Turn("assistant", "Av ansökningarna beviljades 64 %."),
    ]
    asked = read_question("Hur många av dem gällde unga vuxna?", history)
    assert asked.expects == "number" and asked.kind_asked
    text = (
        "Av ansökningarna beviljades 64 %. Av de beviljade gällde 212 unga vuxna och 95 familjer."
    )
    share, count = (f for _, _, f in sentence_features(evidence(text, [0.8, 0.8]), asked, {}))
    assert count.unmet == 0.0
    assert share.unmet == 1.0  # a percentage counts nothing


def test_a_follow_up_asking_its_own_question_wants_its_own_kind_of_answer() -> None:
    history = [
        Turn(
            "user", "Hur ofta prövar nämnden vården för familjehemsplacerade barn i Spånga-Tensta?"
        ),
        Turn("assistant", "Enligt planen övervägs vården formellt av nämnden var sjätte månad."),
    ]
    own = read_question("Vilka är med på uppföljningsmötet inför det?", history)
    assert own.asked  # a question of its own: who, not how often
    text = "Nämnden prövar vården var sjätte månad. Barnet och familjehemmet deltar i mötet."
    often, who = (f for _, _, f in sentence_features(evidence(text, [0.8, 0.8]), own, {}))
    assert often.cue == 0.0 and who.cue == 0.0
    again = read_question("Och hur ofta följs det upp?", history)  # how often again
    (f,) = (
        f for _, _, f in sentence_features(evidence(text.split(". ")[0] + ".", [0.8]), again, {})
    )
    assert f.cue == 1.0
