"""The English -> Swedish glossary: English questions meet the reports' Swedish wording."""

from __future__ import annotations

import pytest

from service.answer.glossary import GLOSSARY, swedish_wording, to_swedish
from service.answer.keyterms import find_key_terms
from service.answer.lexicon import FRAME
from service.answer.reading import read_question


@pytest.mark.parametrize(
    ("english", "swedish"),
    [
        ("Which units work with unaccompanied children?", "ensamkommande barn"),
        ("Does any unit run a youth centre?", "fritidsgård"),
        ("How many complaints came in?", "klagomål"),
        ("Why did the unit have a deficit?", "underskott"),
        ("How long are the processing times?", "handläggningstider"),
        ("Fixed-term employment should be minimised.", "visstidsanställning should be minimeras"),
        ("Did anyone work part-time?", "deltid"),
        ("Which age range do the field workers meet?", "åldersgruppen"),
        ("Does the unit work at a maternity ward?", "BB"),
    ],
)
def test_longest_terms_are_put_in_swedish(english: str, swedish: str) -> None:
    assert swedish in to_swedish(english)


def test_the_longest_match_wins_and_case_is_ignored() -> None:
    # "unaccompanied refugee children" is one term, not "unaccompanied" + "refugee" + "children"
    assert to_swedish("Unaccompanied refugee children") == "ensamkommande flyktingbarn"
    assert all(k == k.lower() for k in GLOSSARY)


def test_an_english_question_keeps_its_display_and_gains_swedish_topic_words() -> None:
    q = read_question("Which units offer family therapy?")
    assert q.language == "en"
    assert "familjeterapi" in q.swedish
    assert "familjeterapi" in q.topic.terms


@pytest.mark.parametrize(
    ("english", "swedish"),
    [
        ("How many summer jobs did the unit offer?", "feriejobb"),
        ("Which units place children in emergency foster homes?", "jourhem"),
        ("How many young people were in residential care homes?", "HVB"),
        ("What did the staff survey show?", "medarbetarenkät"),
        ("How often are workplace meetings held?", "arbetsplatsträffar"),
        ("Who is the unit manager?", "enhetschef"),
        ("Which units have field workers?", "fältassistenter"),
        ("How are initial assessments made?", "förhandsbedömningar"),
        ("How many re-referrals did the unit have?", "återaktualiseringar"),
        ("Which units offer debt counseling?", "skuldrådgivning"),
        ("Did the unit report a staff shortage?", "personalbrist"),
        ("Does the unit employ school social workers?", "skolsocionom"),
        ("Which units use the Addiction Severity Index?", "Addiction Severity Index"),
        ("How many contact persons were there?", "kontaktpersoner"),
        ("Is there food waste collection at the unit?", "matavfallsinsamling"),
        (
            "Is honour-related violence and oppression addressed?",
            "hedersrelaterat våld och förtryck",
        ),
        ("Which units work against female genital mutilation?", "könsstymning"),
        ("How many residences does the unit run?", "boende"),
        # general words of questions, not only the domain's ("share" was left in English)
        ("What share of the closed cases answered?", "andel of the avslutade ärenden"),
        ("What was the average waiting time?", "genomsnitt väntetid"),
        ("How were the reports split between girls and boys?", "fördelning flickor"),
        ("How did the deficit change?", "underskott förändring"),
        # forty-first round, written without reading any question set: inspections,
        # shortcomings, goals, housing
        (
            "What shortcomings did the social services inspectors point out?",
            "brister did the socialtjänstinspektörernas",
        ),
        ("What did the review find?", "granskning"),
        ("Which improvement areas did the unit name?", "förbättringsområden"),
        ("What was the actual outcome for sick leave?", "utfall"),
        ("Does the unit work with Housing First?", "bostad först"),
        ("How many trial flats does the unit have?", "försökslägenheter"),
        ("How is exposure to violence assessed?", "våldsutsatthet"),
        ("Who leads the intake group?", "mottagningsgruppen"),
        ("How does the unit reduce its climate impact?", "klimatpåverkan"),
        # case work, adults' support, the unit's organisation, time words
        ("What does the foster care team do?", "familjevårdsteamet"),
        ("Is it followed up quarterly?", "kvartalsvis"),
        ("How does the unit handle compulsory care of substance abusers?", "LVM"),
        ("Who is the deputy head of unit?", "biträdande enhetschef"),
        ("Which non-institutional care does the unit offer?", "öppenvård"),
        # what happened or was planned, in the form the reports write
        ("Will they carry on with it?", "fortsätta"),
        ("How is it followed up?", "följs upp"),
        ("Is it run in-house?", "egen regi"),
        ("How do parents apply for it?", "ansöka om"),
        ("Is the office open in the evenings?", "kvällstid"),
        # English names of the corpus's most frequent content words
        ("What challenges does the unit see ahead?", "utmaningar"),
        ("What happens after hospital discharge?", "utskrivning"),
        ("Which areas for development did the unit name?", "utvecklingsområden"),
        ("Is there support for dandelion children?", "maskrosbarn"),
        ("How do they detect children at risk?", "upptäcka"),
        # forty-second round, written without reading any question set: housing, newly
        # arrived families, digital contact, young people's own words
        ("Can families be reached by text messages?", "sms"),
        ("Does the unit help people with unpaid rent?", "hyresskulder"),
        ("How many evictions affecting children were there?", "vräkningar som berör barn"),
        ("Does the unit meet with landlords?", "hyresvärdar"),
        ("Is there support for new arrivals?", "nyanlända"),
        ("Do they offer a housing course?", "boendekurs"),
        ("Where do young people get help for weed?", "cannabis"),
        ("What does the unit do about skipping school?", "skolfrånvaro"),
        ("Are there youth workers on Friday nights?", "fritidsledare"),
        # forty-third round, the same way: young children, adult addiction and care, figures
        ("Which courses are there for parents of babies?", "spädbarn"),
        ("Is there help for parents of young children?", "småbarnsföräldrar"),
        ("How does the unit treat dual diagnosis?", "samsjuklighet"),
        ("Is there a drop-in centre for adults?", "träfflokal"),
        ("Was sick leave measured over rolling twelve months?", "rullande 12 månader"),
        ("Can someone with nowhere to sleep get help?", "tak över huvud"),
        # forty-fourth round, the same way: disability support, children's rights,
        # administration and premises, money
        ("How many service homes does the unit run?", "servicebostäder"),
        ("Is there relief service for parents?", "avlösarservice"),
        ("How do staff give the child's voice weight?", "barnets röst"),
        ("Is a child impact analysis made before a decision?", "barnkonsekvensanalys"),
        ("Does the unit use electric bikes?", "el-cykel"),
        ("What were the premises costs?", "lokalkostnader"),
        ("Did the unit break even?", "budget i balans"),
        # forty-fifth round, the same way: treatment, residents' words for their area,
        # quality follow-up, hurried typing
        ("Does the adult unit run its own 12-step programme?", "12-stegsbehandling"),
        ("Do the family therapists get clinical supervision?", "ärendehandledning"),
        ("Do they work with CAMHS on this?", "BUP"),
        ("How many feel unsafe in their neighbourhood?", "bostadsområde"),
        ("Which unsafe places did residents name?", "otrygga platser"),
        ("Was the goal partly met in 2019?", "uppfylls delvis"),
        ("How many soc workers left the unit?", "socialsekreterare"),
        ("How much is spent on fruit per week?", "frukt per vecka"),
        ("How much purchased care did the unit buy?", "köpt vård"),
        ("Were there many placement changes?", "omplaceringar"),
        ("Is there an induction programme for new staff?", "introduktionsprogram"),
        ("Were clients treated with respect?", "bemöts med respekt"),
        ("What were the telephone hours?", "telefonmottagning"),
        # forty-sixth round: complaints and safety, working life, numbers and trends, services
        ("How many near misses were reported?", "tillbud"),
        ("Is there an audit of case files?", "aktgranskning"),
        ("How high was the short-term absence?", "korttidssjukfrånvaro"),
        ("Do staff get method supervision?", "metodhandledning"),
        ("Is it hard to recruit social workers?", "svårigheter att rekrytera"),
        ("Did the unit use agency staff?", "externa konsulter"),
        ("How did reports change compared with last year?", "jämfört med föregående år"),
        ("Has the unit overspent its budget?", "underskott"),
        ("Is there budget and debt counselling?", "budget- och skuldrådgivning"),
        # fifty-first round, second batch: change, plans, breakdowns, purpose and effect
        ("Is there a gender breakdown of visitors to the youth club?", "könsfördelning"),
        ("Which new routines did the family law team develop in 2022?", "nya rutiner"),
        ("What was the most common case at RVC Väst in 2019?", "vanligaste"),
        ("How did the training work in practice?", "i praktiken"),
        ("What are the family support unit's priority areas?", "prioriterade områden"),
        # fifty-first round: ways of working, partners, feedback, goals
        ("Does the family unit collaborate with maternity care?", "MVC"),
        (
            "Does the unit work with the employment office to get clients into jobs?",
            "Arbetsförmedlingen",
        ),
        ("Which unit goals were only partially fulfilled in 2019?", "uppfylls delvis"),
        ("Which committee objectives does the family unit contribute to?", "nämndmål"),
        ("Is there a satisfaction survey for adults who got support?", "brukarenkät"),
        ("Did they replace home visits with video calls during the pandemic?", "digitala möten"),
        ("Do children have a say in custody investigations?", "komma till tals"),
        # fiftieth round: reasons, the field's jargon, time, shortfalls
        ("Is there an age limit for hearing children in custody disputes?", "åldersgräns"),
        ("What does the report say about the Care of Substance Abusers Act?", "LVM"),
        ("What was the main reason fewer children were placed in foster homes?", "främsta orsaken"),
        ("Do parents get a cooperation talk within two weeks?", "inom två veckor"),
        ("What obstacles are there to sending follow-up surveys?", "hinder"),
        ("How did the family unit cope with increased demand in 2017?", "ökade inflödet"),
        # forty-ninth round: working conditions, groups, involvement, services
        ("Did staff sickness go up or down compared with the year before?", "sjukfrånvaro"),
        ("Was there high turnover among the investigators in 2019?", "hög personalomsättning"),
        ("Did a shortage of staff delay any decisions on foster care?", "personalbrist"),
        (
            "Which work environment training is run together with occupational health?",
            "företagshälsovård",
        ),
        (
            "How are long-term sick employees followed up by their managers?",
            "långtidssjukfrånvaron",
        ),
        # forty-eighth round: relatives, management, money, research and evaluation
        ("How does the district involve carers in its work?", "anhöriga"),
        ("How many visits did the youth clinic receive last year?", "besök"),
        ("Did the unit stay within budget?", "inom budget"),
        ("Was a state grant used for the project?", "stimulansmedel"),
        ("Was there a pre-study before the project?", "förstudie"),
        # forty-seventh round: the working day, time and frequency, target groups, partners
        ("Do the case workers meet fortnightly?", "varannan vecka"),
        ("Are there weekly meetings for staff?", "veckomöten"),
        ("How high was the staff churn?", "personalomsättning"),
        ("Is the investigation finished within the legal time limit?", "lagstadgad tid"),
        ("Are talks held within 48 hours?", "inom 48 timmar"),
        ("What about the home support unit?", "enheten för stöd och service i hemmet"),
        ("What hourly wage do assistants earn?", "timlön"),  # the reports state none
        ("Were decisions delayed because the unit was short-staffed?", "personalbrist"),
        ("Was there a foster home breakdown for any child in 2019?", "sammanbrott"),
        ("How many young people ran away from their foster homes?", "avvikit"),
        ("What support do birth parents of placed children get?", "biologiska föräldrarna"),
        ("Which services are there for young people at risk?", "i riskzon"),
        # and for adults' services, goals and follow-up, cooperation and plans
        (
            "Which unit offers sheltered work for people with psychiatric disabilities?",
            "sysselsättning",
        ),
        ("What advice is given to people with gambling problems?", "spelmissbruk"),
        ("How many children were placed in the city's crisis accommodation?", "akutboende"),
        ("Which of the family unit's goals were fully achieved in 2017?", "uppfylls helt"),
        ("Which goals were only partly achieved in 2019?", "uppfylls delvis"),
        ("How good was the target achievement in 2016?", "måluppfyllelse"),
        (
            "Does the unit run groups with colleagues in neighbouring districts?",
            "grannstadsdelarna",
        ),
        ("Does the unit collaborate with school health services?", "elevhälsa"),
        ("Were appraisals paused during the pandemic?", "pausats"),
        (
            "What was the pilot project on faster prosecution of young offenders?",
            "försöksverksamhet",
        ),
        ("Who co-finances RVC Väst?", "samfinansierar"),  # not "co-ekonomi"
        ("How many sessions can a client get?", "samtal"),
        ("Is a formal assistance decision needed?", "biståndsbeslut"),
    ],
)
def test_the_reports_domain_words_are_put_in_swedish(english: str, swedish: str) -> None:
    assert swedish in to_swedish(english)


def test_frame_words_and_names_survive() -> None:
    # "Signs of Safety" is the method's own (English) name; "safety" alone is not translated
    assert to_swedish("Which units use Signs of Safety?") == "Which units use Signs of Safety?"
    # a level of goal becomes the Swedish level ("unit goals" -> "enhetsmål", not "unit mål")
    assert to_swedish("Which unit goals were met?") == "Which enhetsmål were met?"


def test_no_key_is_a_frame_word() -> None:
    # a question's frame words ("unit", "use", "work", "report") are never translated
    assert not [k for k in GLOSSARY if k in FRAME]


def test_funding_and_partnering_are_put_in_the_reports_words() -> None:
    """ "jointly fund" is how a report's "samfinansierad verksamhet" is asked about in English,
    "partner with" its "samarbetsprojekt med"."""
    asked = to_swedish("Which district administrations jointly fund RVC Väst?")
    assert asked == "Which stadsdelsförvaltningar samfinansierar RVC Väst?"
    partnered = to_swedish("Which organisation did the unit partner with, and what was the aim?")
    assert "samarbeta med" in partnered and partnered.endswith("syfte?")


def test_an_english_query_gets_its_swedish_wording_to_search_with() -> None:
    wording = swedish_wording("How do the units recruit foster homes?")
    assert "familjehem" in wording and "foster" not in wording
    assert swedish_wording("Hur rekryterar enheterna familjehem?") == ""  # Swedish: itself only
    assert swedish_wording("What did they write about it?") == ""  # nothing the glossary knows


def test_a_phrase_is_translated_written_apart_or_hyphenated() -> None:
    assert (
        to_swedish("What sick-leave target does it have?")
        == "What sjukfrånvaro target does it have?"
    )
    assert (
        to_swedish("Is it co funded?") == to_swedish("Is it co-funded?") == "Is it samfinansierad?"
    )
    assert to_swedish("Who can take part in the groups?") == "Who can delta in the groups?"


def test_where_kids_are_referred_is_asked_in_the_reports_words() -> None:
    assert to_swedish("Where are kids referred?") == "Where are barn hänvisas?"


def test_a_glossary_noun_is_found_in_either_number() -> None:
    from service.answer.glossary import to_swedish

    assert to_swedish("a drug problem") == "a missbruksproblem"  # "drug problems"
    assert "droger" in to_swedish("Which drug is most common?")  # "drugs"
    assert "psykisk ohälsa" in to_swedish("children of mentally ill parents")
    assert to_swedish("the focus of it") == "the focus of it"  # not a plural


def test_the_city_is_stockholms_stad_not_a_name() -> None:
    """ "the City of Stockholm's action plan" is "Stockholms stads handlingsplan": capitalised,
    "City" would otherwise be read as the name a "which units" question asks about."""
    asked = "Which units work with the City of Stockholm's action plan for social workers?"
    assert "Stockholms stads handlingsplan" in to_swedish(asked)
    keys = find_key_terms(to_swedish(asked), lambda w: 0.2, swedish=False)
    assert "City" not in [t.display for t in keys.terms]
    assert "stadens handlingsplan" in to_swedish("the city's action plan")
