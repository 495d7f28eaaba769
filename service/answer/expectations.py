"""Whether a sentence gives the answer a question asks for (see service.answer.asked): a number
(not a year; for a count, not a percentage; for a share, a share; for a cost, money), a date, a
person or role, a street address, a name. The cue a why/how/where question's answer carries is
service.answer.cues'; the times a sentence says, service.answer.times'. Pure functions over
question and sentence text."""

from __future__ import annotations

import re

from ingest.text.stopwords import STOPWORDS
from ingest.text.words import stem, tokens
from service.answer.acronyms import spells_out, without_long_forms
from service.answer.asked import (
    CHARGE,
    MONEY_ASK,
    NAMED_ROLE,
    WHICH_ROLE,
    Expect,
    asks_actual,
    asks_baseline,
    asks_finding,
    expanded_asked,
)
from service.answer.names import is_place
from service.answer.times import (
    asks_duration,
    asks_frequency,
    dates_said,
    durations_said,
    frequencies_said,
    without_days,
)

__all__ = [
    "ADDRESS",
    "PHONE",
    "has_quantity",
    "is_quantity",
    "is_target_header",
    "meets_expectation",
    "proper_names",
    "without_ages",
]

_BOUNDS = frozenset({"minst", "högst", "maximalt", "max", "endast", "enbart", "only"})
"""Words making "en"/"ett" a quantity ("minst ett medarbetarsamtal"; alone it is an article)."""
_QUANTITY = re.compile(
    r"(?<!\w)(?<!\w-)(?!(?:19|20)\d\d(?!\d|[,.]\d))\d[\d\s,.]*(?:%|\w*)|\b(två|tre|fyra|fem|sex|sju|åtta|"
    r"nio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo\w*|"
    r"(?:tio|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:tal)?|dussin\w*|"
    r"(?:ett|två|tre|fyra|fem)?hundra\w*|(?:et)?tusen\w*|miljon\w*|miljard\w*|"
    r"hälften|dubbelt|procent|several|hundreds?|thousands?|million\w*)\b|"
    rf"\b(?:{'|'.join(sorted(_BOUNDS))}|at least|at most)\s+(?:en|ett|one)\b(?!\s+(?:gång|time))",
    re.IGNORECASE,
)
"""A quantity: a figure that is not a year, a number word, or one bounded ("minst ett
medarbetarsamtal per år", "högst en vecka"; "en"/"ett" alone is an article, "minst en gång"
a frequency: times.frequencies_said)."""
PHONE = re.compile(
    r"(?<![\d-])0[1-9]\d{0,2}\s*-?\s*\d{3}\s?\d{2}\s?\d{2,3}(?![\d-])|"  # 08-508 08 000
    r"(?<![\d-])0[1-9]\d{0,2}-\d{7,8}(?!\d)"  # 08-50810335
)
"""A Swedish telephone number as reports write it ("08-508 08 000", "08 508 10 335",
"08-50810335"); not a date ("01-01 2016")."""
ADDRESS = re.compile(  # a street and its number: "Stormbyvägen 2-4", "Hjulsta backar 17 A"
    r"\b[A-ZÅÄÖ][a-zåäöé]+(?:vägen|gatan|gränd|torget|backe|backen|allén|stigen|platsen|"
    r"gången|\s(?:backar|backe|torg|gränd|väg))\s+\d+"
)
_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+")
_ROLE = re.compile(  # who does it, by role: "sju timvikarier", "socialsekreterare", "Enhetschefen"
    r"\b\w+(?:are|arna|ister|isterna|log|loger|logen|chef|chefer|chefen|cheferna|vikarie|"
    r"vikarier|vikarien|assistent|assistenter|assistenten|personal|personalen|medarbetare|"
    r"samordnaren|handläggaren|sekreteraren)\b|\b\w*(?:controller(?:n|s|na)?|kontrollern|"
    r"coach(?:en|er)?|mentor(?:n|er|erna)?|ombud(?:et|en)?|"
    r"(?:administrat|inspekt|direkt|instrukt)ör(?:en|er|erna)?|koordinator(?:n|er|erna)?|"
    r"kurator(?:n|er|erna)?)\b|\b\w+person(?:en|er|erna)?\b",
    re.IGNORECASE,
)
_BODY = re.compile(  # who does it, by organisation: "fyra stadsdelsförvaltningar", "polisen"
    r"\b(?!benämn)\w*(?:förvaltning(?:en|ar|arna)?|nämnd(?:en|er|erna)?|region(?:en)?|"
    r"kommun(?:en|er|erna)?|myndighet(?:en|er|erna)?|landsting(?:et)?|socialtjänst(?:en)?|"
    r"polis(?:en)?|skola(?:n)?|skolor(?:na)?|stiftelse(?:n)?|förening(?:en|ar|arna)?|"
    r"organisation(?:en|er|erna)?|kriminalvård(?:en)?|försäkringskassa(?:n)?|"
    r"arbetsförmedling(?:en)?|socialstyrelse(?:n)?|stad(?:en)?)\b",
    re.IGNORECASE,
)
_TEAM = re.compile(r"\b\w*(?:grupp(?:en|er|erna)?|team(?:et|en)?)\b", re.IGNORECASE)
"""A team or group ("BoU:s mottagningsgrupp", "Relationsvåldsteamet"): whom a unit works with."""
_PARTNER_ASK = re.compile(
    r"\b(?:samarbet\w*|samverka\w*|collaborat\w*|cooperat\w*|partners?|work\w* (?:\w+ )?with)\b",
    re.IGNORECASE,
)
"""A question for whom a unit works with ("Vem samarbetar enheten med …?")."""
_PROPER = re.compile(r"(?<=[\w,;:(\"”] )[A-ZÅÄÖ][\wåäöéÅÄÖ-]+|[\"“”«][^\"“”«»]{2,40}[\"“”»]")
"""A proper name: a capitalised word that does not start the sentence ("jourhem
Mälarhöjdsvillan"), or a quoted one ("gruppen "Skilda världar"")."""
_CHARGED = (
    r"(?:ansvarig\w*|tänkt\w*|tänkta|delaktig\w*|involverad\w*|engagerad\w*|aktiv\w*|"
    r"supposed|responsible|expected|meant|going|tasked|involved|engaged|active)\b"
)
"""Who is charged with something ("Vem är ansvarig för …?", "who is supposed to check …"):
a role or body answers, as for "Vem gör …?"."""
_IDENTITY = re.compile(
    rf"\b(vem|vilka)\s+(är|var|heter|leder)\b(?!\s+(?:med\s+)?i\b)(?!\s+det\s+som\b)"
    rf"(?!\s+{_CHARGED})|"
    rf"\bvad heter\b|\bwho (is|was)\b(?!\s+(?:part\s+of|in|on|a member of|it that)\b)"
    rf"(?!\s+{_CHARGED})|{WHICH_ROLE}|{NAMED_ROLE}",
    re.IGNORECASE,
)
"""A question for someone's identity ("Vem är chef för …?") wants a name, not a role; who is in
a group ("Who is in the Magnolia group?", "Vilka är med i …?") is answered by roles and bodies."""
_LEADS = re.compile(r"\b(?:vem|vilka)\s+leder\b|\bwho (?:leads|runs|heads)\b", re.IGNORECASE)
_CHIEF = re.compile(r"\b\w*chef(?:er|en|erna)?\b", re.IGNORECASE)
"""Who leads something is a name or the managers it has ("Verksamheten leds av en biträdande
enhetschef och en enhetschef"), not any role."""

_COUNT = re.compile(r"\b(hur många|how many)\b", re.IGNORECASE)
_ASKS_COST = re.compile(
    r"\b(vad (?:kostar|kostade)|hur mycket (?:kostar|kostade)|what (?:did|does|do) .{1,60} cost|"
    r"how much (?:did|does|do|will) .{1,60} cost|what (?:is|was) the (?:\w+ ){0,3}?(?:cost|price|"
    r"budget)|"
    rf"{CHARGE}|"
    r"(?:vilke[nt]|vad (?:var|är|blev)) (?:\w+ ){0,2}?(?:\w*kostnad|pris|\w*budget)\w*|"
    r"how much money|"
    r"hur mycket pengar|i kronor|in (?:kronor|sek)|(?:vilket|hur stort) belopp|what amount|"
    rf"{MONEY_ASK}|how much (?:do|does|did|will) .{{1,60}} (?:pay|budget|spend|set aside)|"
    r"hur mycket (?:budgeterar|budgeterade|avsätter|avsatte|spenderar|spenderade|betalar|"
    r"betalade))\b",
    re.IGNORECASE,
)
"""A question for what something costs, or for a sum of money ("How much money … did they
receive?", "… i kronor?", "How much does the unit budget for fruit?", "Hur mycket avsätter
de för …?"; not "How much time do they spend …?"): an amount of money answers it, not a
share or a count ("ökade med omkring 14 procent", "160-170 pågående ärenden")."""
_ASKS_BALANCE = re.compile(
    r"\b(hur stort? (?:\w+ )?(?:\w+ )?(?:under|över)skott|(?:under|över)skott\w* (?:på|of) hur "
    r"mycket|hur stort (?:\w+ )?minus|how (?:large|big|much) (?:\w+ )?(?:\w+ )?(?:deficit|"
    r"surplus|overspend))",
    re.IGNORECASE,
)
"""A question for the size of a deficit or surplus ("Hur stort blev underskottet …?", "Med hur
stort ekonomiskt minus …?"): money or a share answers it ("-5,6 milj.", "knappt 7 procent"),
not a count ("ett underskott för enhetens samtliga tre delar")."""
_TARGET = re.compile(
    r"\b(årsmål\w*|målvärde\w*|målnivå\w*|targets?|(?:har|hade)\s+som\s+mål|målet\s+(?:är|var)\s+att)\b",
    re.IGNORECASE,
)
"""A target, in a table's header or a sentence ("Enheten har som mål att skolan ska vidtalas i
70 % av utredningarna", "Målet är att minst 75 % …"): not how a year went."""
_ACTUAL = re.compile(r"\b(utfall\w*|resultat\w*|actual)\b", re.IGNORECASE)
"""A question for the actual figure ("What was the actual sick leave rate …?") is not answered
by a target ("Sjukfrånvaro årsmål 6,9 %", a row under "Årsmål" but no "Utfall" column),
unless it asks for the target as well."""
_CURRENCY = r"(?:kr|kronor|sek|tkr|mkr|mnkr|msek|milj|miljoner|mdkr)\b"
"""The units a sum of money is written in after its figure."""
_MONEY = re.compile(rf"\d\s*{_CURRENCY}|\b(?:kronor|tkr|mkr|mnkr|msek)\b", re.IGNORECASE)
_AMOUNT = re.compile(rf"\d[\d\s,.]*\s*{_CURRENCY}\.?", re.IGNORECASE)
"""A sum of money with its figure ("4,4 mkr", "-5,6 milj.", "12 000 kronor")."""
_SUMS = re.compile(r"[^|\d]*[^\W\d][^|\d]*(?:\|\s*-?\d[\d ]*\s*){2,}$")
"""A row of a budget table: a label and two sums or more, a thousands group among them
("Lokalkostnader | 6 560 | 8 291 | 1 731", outcome, budget, deviation, in tkr written only
in the document's heading); it answers what something cost."""
_THOUSANDS = re.compile(r"\d \d{3}(?!\d)")


def _sums_row(sentence: str, question: str) -> bool:
    """Whether a sentence is a row of a budget table (see _SUMS) whose label the question
    names ("Hur mycket kostade entreprenader …?" and "Entreprenader och köp av verksamhet |
    …"; not "Personalkostnader | …" for hired consultants)."""
    if not (_SUMS.match(sentence) and _THOUSANDS.search(sentence)):
        return False
    asked = {stem(w) for w in tokens(question) if w not in STOPWORDS}
    label = sentence.split("|", 1)[0]
    return any(stem(w) in asked for w in tokens(label) if w not in STOPWORDS and len(w) > 3)


_ASKS_MONEY = re.compile(r"\b(kronor|kr|sek|tkr|mkr|miljon\w*|miljard\w*|pengar|money)\b", re.I)
_PERCENT = re.compile(r"\d+(?:[,.]\d+)?\s*(?:%|procent\b)", re.IGNORECASE)
_SHARE = re.compile(r"\b(andel\w*|procent\w*|share|percent\w*|proportion)\b|%", re.IGNORECASE)


_MONEY_ASKED = re.compile(
    r"\b(kronor|kr|tkr|mkr|miljoner|tusen|pengar|money|sek|euro)\b", re.IGNORECASE
)


def _counts_in_money(question: str, header: str) -> bool:
    """Whether a count ("Hur många försökslägenheter …?") meets a row of a table in money
    (its header "(mkr) | Budget netto | Kostnader | …"): the row's figures are what the line
    cost, not how many there were."""
    if not _COUNT.search(question) or _ASKS_COST.search(question):
        return False
    return bool(_MONEY.search(header)) and not _MONEY_ASKED.search(question)


def _quantities(sentence: str, question: str) -> list[str]:
    """The quantities a sentence states: never a day, an age (see _AGE) or the days a row
    counts ("dag 1-14"), unless the question asks one ("Hur många besökte … 2016?" is not
    answered by "sedan 1 juli 2016", nor "How many young offenders …?" by "under 18 år", nor an
    outcome by "barn 0-19 år"); for a count question ("Hur många besökare …?") not its
    percentages, which count nothing ("Andelen besökare … 95,1 %"), nor any figure of a
    row of shares (see _SHARE_ROW), unless the question asks for a share as well; nor its
    sums of money ("Hur många ensamkommande barn …?" is not answered by "(4,4 mkr)"), unless
    the question asks for money; never the number of an address ("lokaler på Hjulsta backar
    17 A" tells no amount)."""
    if not _ASKS_AGE_OR_DAY.search(question):  # "sedan 1 juli", "under 18 år", "dag 1-14"
        sentence = _DAY_SPAN.sub(" ", without_ages(without_days(sentence)))
    if _COUNT.search(question) and not _SHARE.search(question):
        if _SHARE_ROW.match(sentence):
            return []
        sentence = _PERCENT.sub(" ", sentence)
        if not _ASKS_COST.search(question) and not _ASKS_MONEY.search(question):
            sentence = _AMOUNT.sub(" ", sentence)
    sentence = ADDRESS.sub(" ", sentence)  # "Hjulsta backar 17 A": a street's number
    return [m.group(0).strip() for m in _QUANTITY.finditer(sentence)]


_DAY_SPAN = re.compile(r"\bdag\s+\d{1,3}\s*[-–]\s*\d{1,3}\b", re.IGNORECASE)
"""Days of a span a row counts ("Sjukfrånvaro dag 1-14"): its label, no figure."""
_AGE = re.compile(
    r"\b(?:under|över|upp till|till|från|mellan|over|from|up to|aged?)\s+\d{1,2}"
    r"(?:\s*(?:-|–|och|and|to)\s*\d{1,2})?\s*(?:år|års|years?)\b|"
    r"\b\d{1,2}\s*(?:-|–|till|to)\s*\d{1,2}\s*(?:år|års|years?)\b|"
    r"\b\d{1,2}\s*(?:år|years?)\s+(?:gamla|gammal|old|och äldre|och yngre|and older)\b|"
    r"\bi åldern\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?-?åring\w*",
    re.IGNORECASE,
)
"""An age ("under 18 år", "barn 0-20 år", "13-17-åringar", "aged 18 to 24 years"): it
bounds who is counted and counts nobody."""
_LANGUAGE = re.compile(
    r"\b(?:svenska|engelska|arabiska|somaliska|persiska|farsi|dari|pashto|tigrinja|amhariska|"
    r"kurdiska|sorani|turkiska|finska|meänkieli|samiska|romani|jiddisch|spanska|franska|tyska|"
    r"polska|ryska|ukrainska|rumänska|bosniska|serbiska|kroatiska|albanska|grekiska|urdu|hindi|"
    r"bengali|thai|vietnamesiska|kinesiska|teckenspråk\w*|english|swedish|arabic|somali|"
    r"persian|spanish|french|german|sign language)\b|"
    r"\b\w+(?:språkig\w*|talande)\b",
    re.IGNORECASE,
)
"""A language named ("arabiska", "somalisktalande", "flerspråkig"): what a question for the
languages something is done in asks for."""
_AGE_WORDED = re.compile(
    r"\b\d{1,2}\s*-?\s*(?:till och med|t\.\s?o\.\s?m\.?)\s*\d{1,2}\s*år\b|"
    r"\b\d{1,2}\s*år\s+och\s+(?:över|uppåt|äldre|yngre)\b|"
    r"\b(?:över|under|från|upp till)\s+(?:fem|sex|sju|åtta|nio|tio|elva|tolv|\w+ton|tjugo)\s+år\b|"
    r"\b\w+årsålder\w*|\b(?:förskole|skol|tonårs)ålder\w*",
    re.IGNORECASE,
)
"""An age in words or an open range ("mellan 10- till och med 18 år", "18 år och över", "över
femton år", "från sjuårsåldern", "i skolåldern"): with _AGE, what answers "Från vilken ålder
…?"."""


def without_ages(sentence: str) -> str:
    """The sentence with its ages blanked out, in figures or in words ("personer upp till
    arton år", "barn 0-20 år"): an age bounds who is meant and counts nobody."""
    return _AGE_WORDED.sub(" ", _AGE.sub(" ", sentence))


_ASKS_AGE_OR_DAY = re.compile(
    r"\b(ålder\w*|gamla|how old|ages?|aged|hur många (?:år|dagar)|how many (?:years|days)|"
    r"datum|date)\b",
    re.IGNORECASE,
)


_SHARE_ROW = re.compile(r"\W*andel(?:en)?\b", re.IGNORECASE)
_FRACTION = re.compile(
    r"%|\b(?:procent|percent|hälften|halva|halften|majoriteten|merparten|flertalet|"
    r"\w*(?:tredjedel|fjärdedel|femtedel|tiondel)\w*|var (?:annan|tredje|fjärde|femte|tionde)|"
    r"\d+ av (?:de |dessa |totalt |samtliga )?\d+|samtliga)\b",
    re.IGNORECASE,
)


def _gives_share(sentence: str) -> bool:
    """Whether a sentence states a share: a percentage, a fraction in words ("hälften", "var
    tredje", "16 av 20", "samtliga"), or a row of shares ("Andel … | 50 | År"). A question
    for a share ("Hur stor andel …?", "Vilken målnivå … för andelen …?") is not answered by a
    count ("två frågor från brukarenkäten")."""
    return bool(_FRACTION.search(sentence) or _SHARE_ROW.match(sentence))


"""A sentence or table row opening with "Andel(en)" states shares, "%" or not ("Andel
medarbetare som är certifierade … | 50 | År")."""


def _new(found: list[str], question: str) -> bool:
    """Whether something found in a sentence is not already in the question, as a whole word
    of it ("0" vräkningar is not said by "2022")."""
    lowered = " ".join(question.lower().split())
    return any(
        re.search(rf"(?<!\w){re.escape(' '.join(f.lower().split()))}(?!\w)", lowered) is None
        for f in found
    )


_FORETOLD = re.compile(
    r"\b(?:ska|skall|kommer|planeras|planerar|will|is to|are to)\b", re.IGNORECASE
)
"""A sentence telling what is to be done: it reports nothing found yet."""


def meets_expectation(expects: Expect, sentence: str, question: str = "", header: str = "") -> bool:
    """Whether a sentence can answer a question asking for a number (a quantity, not a year;
    an amount of money when it asks what something cost; a duration, "inom ett år" or "två
    veckor", when it asks how long;
    not a target when it asks for the actual figure: a row of a table whose `header` names
    only targets, "Indikator | Årsmål | Periodicitet", is one),
    a date (a day when "vilket datum" / "what date" asks for one), a person (two capitalised
    words, or a role: "timvikarier", "psykolog", or a body: "stadsdelsförvaltningar",
    "polisen", or, asked whom a unit works with, a team: "mottagningsgruppen"; a name alone for
    "Vem är …?"), an address (a street and its number), a telephone number or a name
    ("Vad heter jourhemmet?": a proper name): it must say one the question does not.
    Asked what an inquiry found (asked.asks_finding), a sentence telling what will be done
    ("… ska undersökas via intern aktgranskning", "kommer ingå i en forskningsstudie") says
    nothing found."""
    if asks_finding(question) and _FORETOLD.search(sentence):
        return False
    if expects == "number":
        if _counts_in_money(question, header):
            return False
        if _ASKS_COST.search(question) and not (
            _MONEY.search(sentence) or _MONEY.search(header) or _sums_row(sentence, question)
        ):
            return False
        if _ASKS_BALANCE.search(question) and not _MONEY.search(sentence):
            return bool(_PERCENT.search(sentence))
        if _SHARE.search(question) and not _gives_share(sentence):
            return False
        if asks_frequency(question) and _new(frequencies_said(sentence), question):
            return True
        if (asks_actual(question) or asks_baseline(question)) and _is_target(
            sentence, header, question
        ):
            return False
        if asks_duration(question):  # an age ("i ålder 0-20 år") is no time taken
            if _new(durations_said(_AGE.sub(" ", sentence)), question):
                return True
            if not _COUNT.search(question):
                return False  # "Hur många barn …, och hur länge pågår …?": either answers
        return _new(_quantities(sentence, question), question)
    if expects == "expansion":
        acronym = expanded_asked(question)
        return acronym is None or spells_out(sentence, acronym)
    if expects == "phone":
        return _new(PHONE.findall(sentence), question)
    if expects == "language":
        return _new(_LANGUAGE.findall(sentence), question)
    if expects == "age":  # an age the question names may be the answer ("snart fyller 20")
        return bool(_AGE.search(sentence) or _AGE_WORDED.search(sentence))
    if expects == "date":
        return _new(dates_said(sentence, question), question)
    if expects == "address":
        return _new(ADDRESS.findall(sentence), question)
    if expects == "name":
        return _new(proper_names(sentence), question)
    if expects == "person":
        roles = _ROLE.findall(sentence) + _BODY.findall(sentence)
        if _IDENTITY.search(question):
            roles = _CHIEF.findall(sentence) if _LEADS.search(question) else []
        if _PARTNER_ASK.search(question):  # a partner may be a team or group
            roles += _TEAM.findall(sentence)
        return _new(_person_names(sentence) + roles, question)
    return True


def is_target_header(header: str) -> bool:
    """Whether a table's header names targets and no outcome ("Indikator | Årsmål | KF:s
    årsmål | Periodicitet"): its rows give the plan's targets, not how a year went."""
    return bool(_TARGET.search(header)) and not _ACTUAL.search(header)


def _is_target(sentence: str, header: str, question: str) -> bool:
    """Whether a sentence, or the table row under `header`, gives a target the question does
    not ask for as well (see _ACTUAL)."""
    if _TARGET.search(question):
        return False
    return bool(_TARGET.search(sentence)) or is_target_header(header)


def _person_names(sentence: str) -> list[str]:
    """Two capitalised words that can be a person's name ("Anna Svensson"), not a sentence's
    first word before a unit or place ("Att Vuxenenheten", "Vi Kungsholmen"), nor the long
    form of an acronym (see acronyms.without_long_forms)."""
    return [
        name
        for name in _NAME.findall(without_long_forms(sentence))
        if not any(
            w.lower() in STOPWORDS or _UNIT_OR_PLACE.search(w) or is_place(w) for w in name.split()
        )
    ]


_UNIT_OR_PLACE = re.compile(r"enhet(?:en|ens|er|erna)?$|förvaltning\w*$|stad(?:en|s)?$", re.I)


def proper_names(text: str) -> list[str]:
    """The proper names a text uses, in order and once each: capitalised words that do not
    start a sentence ("erbjuder Komet och ABC-tonår") and quoted names; never a district."""
    names = (n.strip('"“”«»') for n in _PROPER.findall(text))
    return list(dict.fromkeys(n for n in names if not is_place(n)))


def has_quantity(text: str) -> bool:
    """Whether a text states a quantity (a number that is not a year, or a number word)."""
    return _QUANTITY.search(text) is not None


def is_quantity(token: str) -> bool:
    """Whether one word is a quantity ("38", "två"; not a year)."""
    return _QUANTITY.fullmatch(token) is not None
