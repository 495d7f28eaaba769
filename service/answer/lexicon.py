"""Word lists for reading questions (Swedish and English). Data only."""

from __future__ import annotations

import re

from ingest.text.stopwords import STOPWORDS, wordset
from ingest.text.years import MONTHS_EN, WEEKDAYS_EN

__all__ = [
    "CALENDAR",
    "CITY",
    "CONNECTIVE",
    "FIGURE_WORDS",
    "FRAME",
    "NOT_GOAL_TOPIC",
    "PHRASE_GLUE",
    "POLITE_ASK",
    "QUESTION_WORD",
]


# Words that frame a question but are not its topic (with the Swedish function words of
# the one stopword list: "hos", "vid", "genom" are never a topic). The document a
# question names ("i verksamhetsberättelsen 2017") is which report, not what it asks about.
# "Vad berodde det på att …?", "Vad var anledningen till …?" ask why (see cues). A dictated
# question's fillers ("eh", "alltså", "liksom", "uh", "actually") say nothing either, nor do
# the words putting a claim to be checked ("Stämmer det verkligen att …?", "Is it true that
# …?"): the passage stating the thing answers, whether it confirms the claim or not; nor
# the polite words of a question written as a message ("Jag undrar om …", "Could you please
# tell me …"; its greeting and thanks are taken off first, see courtesy).
FRAME = STOPWORDS | wordset(
    """
    vilka vilken vilket vad hur många mycket när var varför vem vems finns fanns det den de
    dem denna detta dessa en ett och eller men i på av för till från med om kring inom under
    över som att är var varit blir blev har hade kan ska skulle vill får inte nej ja alla
    enheter enhet enheten enheterna enheters enheternas verksamhet verksamheter verksamheten
    stadsdel stadsdelar
    stadsdelsområde använder använde använt användning arbetar arbetade jobbar nämner nämns
    rapporterar rapporterade rapporterat rapporteras
    nämnde beskriver beskrivs säger sägs står skriver skrivs rapporten rapporterna rapport
    rapporter berättar gör gjorde något några någon mest samt år året åren visar visade visat
    fick fått gick går gått kom kommer kommit kunde tog tar ta tagit gav ger ge gett givit
    sker skedde låg ligger stod höll håller hålla sig stor stort stora lång långa länge
    ner nere upp uppe ut ute inne bort borta fram tillbaka igen
    hölls hålls gavs ges togs tas gjordes görs gjorts heter hette enligt själv själva
    ha haft få måste behöver behövde behövt behöva gjort sa sade sagt säga åt även bara just
    redan egen eget egna vissa viss ser såg sett
    beror berodde berott anledning anledningen anledningar anledningarna orsak orsaken orsaker
    orsakerna skälet skälen huvudorsak huvudorsaken huvudorsakerna huvudanledning
    huvudanledningen huvudskälet främsta förklarar förklarade förklara förklaras förklaring
    förklaringen förklaringar förklaringarna
    försöker försökte försökt försöka komma ofta satt satte sätter sätta
    tror trodde tycker tyckte anser ansåg menar bakom kunna kunnat reda ungefär cirka omkring
    innebär innebar inneburit innebära respektive angav uppgav angett uppgett skäl landade
    anger ange anges angavs angivit angetts uppger uppges befarar befarade befaras
    adress adressen besöksadress besöksadressen postadress datum datumet nivå nivån sikta
    siktar siktade siktat exempel exempelvis liknande likartad likartade
    innehåller innehöll innehålla innehållit
    jag mig min mitt mina du dig din ditt dina han hon honom henne hans hennes ni er ert era
    oss vår vårt våra vars dit vart då typ kanske precis göra gå se veta
    verksamhetsberättelse verksamhetsberättelsen verksamhetsberättelser verksamhetsberättelserna
    verksamhetsplan verksamhetsplanen verksamhetsplaner verksamhetsplanerna vb vp planen
    which what who whom whose how many much when where why the a an of in on at for to from
    with about and or but is are was were be been has have had do does did can could should
    would units unit use uses used using work works working mention mentions mentioned say
    says said describe describes report reports any some there their they it its this that
    these those year years all s reason reasons look looks looked like plan plans often
    respectively not no nor after before into onto out up down than then also only just
    still again more less most least very each every other another same such both either
    within without between among across around through during since until while whether if
    by example examples instance similar contain contains contained containing
    me my mine we us our you your he him his she her them will shall get gets got getting go
    goes went gone give gives gave keep keeps kept find finds found need needs needed show
    shows showed make makes made come comes came want wants wanted one so
    eh ehm öh äh alltså asså liksom ju okej ok okey uh um umm uhm er erm actually
    basically okay yeah well
    stämmer stämde sant verkligen korrekt hört true really correct heard
    undrar undrade undra undrat funderar funderade fundera nyfiken vet vilja gärna snälla vore
    wonder wondering wondered curious tell know knows please kindly
    berätta berättade tacksam happen happened explain able
    olika driver drev drivit drivs bedriver bedrev bedrivit bedrivs
    dom väldigt
    """
)
# Months and weekdays, which English capitalises: a date, not a name ("Mälarhöjdsvillan in
# December 2016" names "Mälarhöjdsvillan").
CALENDAR = frozenset(MONTHS_EN + WEEKDAYS_EN)
# Words allowed between topic words of one phrase ("Signs of Safety").
PHRASE_GLUE = wordset("of and och & för for i in av på the de")
# Words a bare follow-up may consist of besides years ("och 2019?", "and in 2017?").
CONNECTIVE = wordset("och and men but samt then what about hur med gäller för i år året in the")
# Words of a goal question that are not its topic: goal, level, status, document and
# follow-up words ("Hur formulerades enhetsmålen i verksamhetsplanen …").
NOT_GOAL_TOPIC = wordset(
    """
    mål målen målet målets enhetsmål enhetsmålen nämndmål nämndmålen inriktningsmål enhet enhets
    nämnd nämnds nämndens inriktning kf kfs kommunfullmäktiges uppfylldes uppfylls uppfyllda
    uppfyllt uppnåddes nåddes bedömdes bedöms delvis helt bara endast inte ej handlar rör gäller
    angående formulerats formulerades formulerade formulerat följdes följts följde följa upp
    jämfört jämförelse åren utvecklats förändrats ändrats gick sina sitt sin deras enligt
    berättelsen verksamhetsberättelsen verksamhetsberättelse planen verksamhetsplanen
    verksamhetsplan planer planerna rapporten rapporterna satt sätter satte hade har finns fanns
    plan goal goals objective objectives met unmet partly partially fully completely about concern
    concerning were was not only unit committee board council formulated followed compared
    changed developed report reports plans set had have
    nådde nått nåtts uppnådde uppnått klarade klarat lyckades reached achieved
    resultat resultaten förväntas förväntat förväntade expected results outcome
    rated assessed judged deemed considered graded only just bedömts ansågs anses
    bedömde bedömt bedömning bedömningen status statusen löd lydde lyder ordalydelse fulfilled
    """
)


FIGURE_WORDS = re.compile(
    r"årsmål|målvärde|utfall|index|andel|procent|%|nivå|värde|target|outcome|result|share|"
    r"rate|level|value|score|indikator|indicator",
    re.IGNORECASE,
)
"""Words naming a figure: a question bounding a figure names one ("unga under 18 år" bounds no
figure of a table); a follow-up naming nothing else asks for the earlier topic's figure."""

CITY = r"(?:KF:?s|kommunfullmäktiges|stadens|the city'?s|the council'?s)"
"""Whose a city-wide target or goal is, as a question writes it ("KF:s årsmål",
"kommunfullmäktiges mål", "the city's target"): a regex fragment."""

POLITE_ASK = (
    r"(?:(?:jag\s+)?undrar(?:\s+om\s+(?:du|ni)\s+vet)?|vet\s+(?:du|ni)(?:\s+(?:också|även|möjligen))?|"
    r"(?:kan|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?(?:säga|berätta)(?:\s+(?:för\s+)?mig)?|"
    r"do\s+you\s+(?:happen\s+to\s+)?know|(?:could|can|would)\s+you\s+tell\s+me|"
    r"i\s+(?:wonder|was\s+wondering))"
)
"""The polite words before a question word ("Vet du vilka åldrar …?", "Kan du säga mig vad
…?", "Could you tell me what …?"): a regex fragment, matched at the start of a text."""

QUESTION_WORD = r"(?:vilk\w*|vad|hur|varför|när|vem|var|which|what|how|why|when|who|where)"
"""The words that make a text a question ("Vilka enheter …", "how many …"), Swedish and
English: a regex fragment, matched as a whole word. A terse search-box query has none."""
