"""What kind of answer a question asks for: a number (a count, a share, a sum, a duration, a
frequency), a date, a person or role, a street address, a name, a language, the words an
acronym stands for, or any statement;
and whether it asks how a year went (an outcome, not a target). Whether a sentence gives the
answer asked for is service.answer.expectations'. Pure functions over the question text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from service.answer.acronyms import is_acronym, typed_acronym
from service.answer.lexicon import FIGURE_WORDS, QUESTION_WORD
from service.answer.parentheses import PARENS

__all__ = [
    "ASKS_HOUR",
    "CHARGE",
    "MONEY_ASK",
    "NAMED_ROLE",
    "OPEN_DAYS",
    "TIME_LIMIT",
    "WHICH_ROLE",
    "Expect",
    "asks_actual",
    "asks_baseline",
    "asks_finding",
    "asks_outcome",
    "asks_two",
    "asks_yes_no",
    "expanded_asked",
    "expected_answer",
    "is_keyword_query",
]

Expect = Literal[
    "phone", "age", "language", "number", "date", "person", "address", "name", "expansion", ""
]

TIME_LIMIT = r"inom vilken (?:tid|tidsram|tidsgräns)|within what (?:time|period)"
"""A question for a time limit ("Inom vilken tid …?", "Within what time …?"): it wants a
stretch of time, a number (see times.asks_duration)."""
_ROLES = r"forskare|chef|handläggare|samordnare|sekreterare|psykolog|ledare|ombud"
_ROLES_EN = r"researcher|manager|coordinator|social worker|psychologist|leader|head"
WHICH_ROLE = rf"\b(?:vilken|which)\s+(?:\w+\s+)?(?:\w*(?:{_ROLES})|{_ROLES_EN})\b"
"""A question for the person in a role ("Vilken forskare ledde …?", "Which researcher …?"):
it wants the person's name, not the role again."""
NAMED_ROLE = (
    rf"\bvad (?:heter|hette) (?:[\w-]+ ){{0,2}}?[\w-]*(?:{_ROLES}|kontaktperson)"
    r"(?:n|en|et|na|erna)?\b|"
    rf"\bwhat (?:is|was|are|were)(?: the)? names? of (?:the |their |its )?(?:[\w'’-]+ ){{0,2}}?"
    rf"(?:{_ROLES_EN})s?\b"
)
"""The name of the person in a role ("Vad heter enhetschefen …?", "Vad heter skyddsombudet?",
"What is the name of the unit's manager?"): a person's name answers it, not the unit's parts
("Familjehemsvården, Familjeresursen") that any proper name would."""

MONEY_ASK = (
    r"(?:vilke[nt]|hur mycket|hur stor\w*|vad (?:var|är|blev|får|fick)) (?:\w+ ){0,3}?"
    r"(?:arvode|ersättning|lön|avgift|hyra)(?:n|en|et|a|ar|er|erna)?|"
    r"(?:what|how much|how large) (?:\w+ ){0,3}?(?:fee|allowance|salary|rent|wage|compensation)s?|"
    r"(?:hur mycket|vad) (?:\w+ ){0,3}?(?:betalar|betalade|betalat|betala|betalas|betalades)|"
    r"(?:vilke[nt]|vad (?:var|är|blev)) (?:\w+ ){0,2}?pris(?:et)? per|what (?:\w+ ){0,2}?price per"
)
"""A sum of money asked by what it is paid as ("Hur mycket får man i arvode …?", "Vilket arvode
…?", "What hourly wage …?", "Vad får Norrmalm betala per plats …?") or as a price per unit
("Vilket pris per plats …?"; not "Vilket pris går de med på?", answered "i linje med
LOV-priserna"): an amount of money answers it, not a share ("75 %") or a count."""

CHARGE = r"(?:vad|hur mycket) (?:tar|tog) .{1,60} betalt|what (?:do|does|did) .{1,60} charge"
"""A price asked as what is charged ("Vad tar enheten betalt per plats?"): a number, money."""

OPEN_DAYS = (
    r"\b(?:vilka|vilken|which|what)\s+(?:dagar|kvällar|kväll|days|evenings?)\b[^?]{0,80}?"
    r"\b(?:öppe(?:t|n)|open)\b"
)
"""A question for the days a place is open ("Vilka dagar har Café Lagunen öppet?", "Which
evenings is the youth club open?"): it wants the weekdays named (see times.dates_said)."""

_HOUR_WORDS = (
    r"\w*klockslag\w*|vilka tider|vilken tid på dagen|öppettid\w*|öppetider\w*|"
    r"opening (?:hours|times)|(?:what|which) times?\b(?! of (?:the )?year| ?(?:limits?|frames?|"
    r"spans?))|what hours"
)
ASKS_HOUR = re.compile(rf"\b(?:{_HOUR_WORDS})\b", re.IGNORECASE)
"""A question for the time of day ("Mellan vilka klockslag har … öppet?", "What are the opening
hours …?"): it asks for a date-like answer, a clock time (see expectations.meets_expectation)."""

_EXPANSION = re.compile(
    r"\bvad (?:står|stod)\s+(?:förkortningen\s+)?([\w-]+)\s+för\b|"
    r"\bwhat (?:does|do|did)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?([\w-]+)\s+stand\s+for\b|"
    r"\bwhat is\s+([\w-]+)\s+short\s+for\b|"
    r"\bvad är\s+([\w-]+)\s+(?:en\s+)?förkortning\s+(?:av|för)\b",
    re.IGNORECASE,
)


def expanded_asked(text: str) -> str | None:
    """The acronym a question asks the long form of ("Vad står SAMBA för?", "What does LOV
    stand for?"), None for other questions ("Vad står enheten för?" asks for its values)."""
    match = _EXPANSION.search(text)
    word = next((g for g in match.groups() if g), "") if match else ""
    return word if is_acronym(word) or typed_acronym(word) else None


_EXPECT: tuple[tuple[Expect, re.Pattern[str]], ...] = (
    (
        "phone",  # "Vilket telefonnummer …?", "Vilket nummer ska jag ringa …?", "What phone …?"
        re.compile(
            r"\b(?:\w*telefonnummer\w*|telefonnumret|(?:vilket|vilka) nummer\b[^?]{0,40}\bring\w*|"
            r"(?:tele)?phone numbers?|(?:what|which) numbers? (?:\w+ ){0,3}?call)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "age",  # "Från vilken ålder …?", "Vilken åldersgrupp …?", "How old …?", "age range"
        re.compile(
            r"\b(?:vilken ålder|vilka åldrar|\w*åldersgrupp\w*|hur gamla|what ages?|which ages?|"
            r"how old|age (?:group|range|bracket)s?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "language",  # "Vilka språk talar …?", "På vilket språk …?", "In which languages …?"
        re.compile(
            r"\b(?:vilk(?:a|et)|what|which) (?:språk(?:en|et)?|languages?)\b(?!\s+(?:support|"
            r"skills?|development|courses?|training|barriers?|help|stöd|kunskap|utveckling|kurs))",
            re.IGNORECASE,
        ),
    ),
    (
        "number",
        re.compile(
            r"\b(hur (många|mycket|stor|stort|stora|lång|långa|hög|höga|ofta|snabbt|fort)|"
            r"^(?!\W*(?:när|when)\b)[^?]*?\bhur länge(?!\s+(?:har|hade)\b)|"
            r"how (soon|quickly|fast)|vilken andel|"
            r"(?:vilke[nt]|vad (?:var|är|blev|låg)) (?:\w+ )?(?:sjukfrånvaro|personalomsättning|"
            r"svarsfrekvens|\w*kostnad|budgetavvikelse|omslutning|\w*budget)"
            r"(?:en|n|erna)?\b|i kronor|in (?:kronor|sek)|"
            r"what (?:was|is|were) the (?:[\w'’]+ ){0,2}?(?:sick(?:ness)?[- ](?:leave|absence)|"
            r"staff[- ]turnover|response rate|net cost|costs?|budget deviation|turnover|budget)|"
            r"what (?:was|is|were) [^?]{0,60}?\b(?:score|index|rate|ratio|level|figure)s?\b|"
            r"(?:vilken|på vilken) (?:\w+ )?(?:\w*nivå|siffra)|"
            r"vad (?:visade|visar) (?:\w+ ){0,2}?(?:indikator|utfall)\w*|"
            r"(?:vad|hur) (?:blev|var|är|låg|ligger|såg) (?:\w+ ){0,2}?utfall\w*|"
            r"what did (?:the |its |their )?(?:[\w-]+ ){0,3}?(?:indicator|outcome)s?\b"
            r"[^?]{0,60}?\bshow|"
            r"what (?:[\w/-]+ ){0,3}(?:score|index|rate|ratio)s? (?:did|does|do|was|is|were)\b|"
            r"what (?:(?:was|is|were) )?(?:the )?(?:average|mean|median)\b|"
            r"\b(?:vad|var|hur) landade\b|\blandade [^?]{1,40}\bpå\b|med vilket intervall|"
            rf"{TIME_LIMIT}|"
            r"(?:vilket|vilka) (?:\w+ )?(?:utfall|indexvärde|årsmål|målvärde)(?:en|n|na)?\b|"
            r"vilket (?:[\w-]+ )?[\w-]*värde\b|"
            r"what (?:[\w-]+ ){0,3}(?:targets?|target value)\b(?! groups?)|"
            r"hur stor andel|vad kostar|vad kostade|hur mycket kostar|antal|andelen|"
            rf"{CHARGE}|{MONEY_ASK}|"
            r"how (many|much|large|big|long|often|high)|what (share|percentage|proportion|"
            r"number)|what did .* cost)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "address",
        re.compile(r"\b(\w*adress(en)?|(what|which)\b[^?]{0,30}\baddress)\b", re.I),
    ),
    (
        "date",  # "när"/"when" asks only as the question word ("… använder när de utreder" not;
        # nor opening a clause before the question: "När …, tittar de först på …?")
        re.compile(
            r"^\W*(?:(?:och|and|men|but)\s+)?(?:när|when)\b(?![^?]*[,–—]\s*(?:(?:från|till|för|med|"
            r"på|i|av|under|from|to|for|with|at|in|on|by|under)\s+)?(?:hur|vad|varför|vem|"
            r"vilk\w+|how|what|why|who|which)\b)(?!\s+[^?,–—]+[,–—]\s*(?:\w+\s+(?:de|man|vi|ni|"
            r"han|hon|det|den|enheten|they|we|you|it|the)|do|does|did|is|are|was|were|can|will|"
            r"has|have)\b)|"
            r"\b(vilket datum|vilket år|vilken månad|what date|which year|what year|"
            r"(?:sedan|från|sen) när|since when|"
            r"vilken veckodag|vilka veckodagar|vilken dag i veckan|(?:which|what) days? of the "
            r"week|which weekdays?|" + _HOUR_WORDS + r")\b|" + OPEN_DAYS,
            re.I,
        ),
    ),
    (
        "person",  # "who" asks as the question word, not in a relative clause ("… for
        # participants who find it hard to say what they want?")
        re.compile(
            rf"\b(vem|vilka personer)\b|(?:^\W*|[,;:–]\s*|\b(?:and|but|or|so)\s+)who\b|"
            rf"{WHICH_ROLE}|{NAMED_ROLE}",
            re.IGNORECASE,
        ),
    ),
    (
        "name",
        re.compile(
            r"\b(vad (heter|hette|kallas)|vilket namn|what is the name|what's the name|"
            r"what (is|was) .{1,60} called|(?:vilken|vilket|vilka|which|what) (?:\w+ )?"
            r"(?:organisation|organization|förening|association|ideell \w+|non-profit|ngo|"
            r"stiftelse|foundation|högskola|universitet|university|college|företag|\w*bolag|"
            r"hyresvärd|fastighetsägare|compan(?:y|ies)|firms?|landlords?)s?"
            r"(?:n|en|er|erna|ar|arna|et)?)\b",
            re.IGNORECASE,
        ),
    ),
)


_OPENING = re.compile(
    r"^\W*(?:(?:och|and|men|but)\s+)?(?:varför|why|hur\s+(?!(?:många|mycket|stor|stort|stora|"
    r"lång|långa|länge|hög|höga|ofta|snabbt|fort)\b)\w+|how\s+(?!(?:many|much|large|big|long|"
    r"often|high|soon|quickly|fast)\b)\w+)\b",
    re.IGNORECASE,
)
"""A question opening with why, or with how asking a way ("Hur bestämmer …", "How does …"):
a figure named later is part of what it asks about ("… hur mycket personal varje team ska
ha?", "Varför ökade antalet …?"), not the answer it wants."""


_CHANGE = re.compile(
    r"\b(förändra\w*|ändra\w*|utveckla\w*|ökat|minskat|sjunkit|stigit|gått|change[sd]?|"
    r"develop\w*|evolve[sd]?|trend\w*)\b",
    re.IGNORECASE,
)
"""How a figure changed ("Hur har utfallet för andelen … förändrats?") is told in figures."""


_QUESTION_WORD = re.compile(rf"\b{QUESTION_WORD}\b|\?", re.IGNORECASE)


def is_keyword_query(text: str) -> bool:
    """Whether a text is typed as search-box keywords, with no question word nor question mark
    ("Sjukfrånvaro årsmål Vuxenenheten 2022", "kuggen antal besokare 2022")."""
    return _QUESTION_WORD.search(text) is None


def expected_answer(text: str) -> Expect:
    """The kind of answer a question asks for ("" when any statement will do); a query typed
    without a question form that names a figure ("Sjukfrånvaro årsmål Vuxenenheten 2022",
    see lexicon.FIGURE_WORDS) asks for the number. What stands in parentheses may part the
    words asking ("What AMI score (aktivt medskapandeindex) did …?"): read without it when
    the question says nothing otherwise."""
    found = _expected(text)
    if not found and "(" in text:
        found = _expected(" ".join(PARENS.sub(" ", text).split()))
    return found


_AUDIENCE = re.compile(
    r"\b(?:vem|vilka|who)\s+(?:som\s+)?(?:kan|får|fick|kunde|ska|can|could|may|is|are)\s+(?:\w+\s+)?"
    r"(?:gå|delta|vara med|söka|ansöka|få|ta del|vända sig|anmälas|erbjudas|erbjuds|"
    r"take part|participate|join|attend|apply|get|receive|use|turn|be offered|eligible)\b|"
    r"\b(?:vem|vilka|who)\b[^?]{0,60}\btill för\b|\bwho\b[^?]{0,60}\b(?:for|aimed at)\s*\?|"
    r"\b(?:vem|vilka|who)\s+riktar\s+(?:sig\s+)?|\bwho\s+(?:are|is)\s+(?:they|it|\w+)"
    r"\s+trying to reach\b",
    re.IGNORECASE,
)
"""Who may take part in or is served by something ("Vad är boendekursen och vem får gå den?",
"Who can take part in Barnkraft?", "Vem är gruppen till för?"): a group described ("de som
har insatsen försöks- och träningslägenhet", "barn i åldrarna 7-17 år") answers it, not a
person or role."""


def _expected(text: str) -> Expect:
    if expanded_asked(text):  # what an acronym stands for: its words (acronyms.spells_out)
        return "expansion"
    opening = None if _CHANGE.search(text) else _OPENING.match(text)
    for kind, pattern in _EXPECT:
        match = pattern.search(text)
        if kind == "person" and match and _AUDIENCE.search(text):
            continue
        if match and not (kind == "number" and opening and match.start() >= opening.end()):
            return kind
    if is_keyword_query(text) and FIGURE_WORDS.search(text):
        return "number"
    return ""


_ASKS_ACTUAL = re.compile(
    r"\b(actual(?:ly)?|faktisk\w*|verklig\w*|utfall\w*|outcome|landade)\b", re.IGNORECASE
)


def asks_actual(question: str) -> bool:
    """Whether a question asks for an actual figure, an outcome ("Vilket utfall fick …?",
    "What was the actual …?", "Vad landade sjukfrånvaron på?")."""
    return _ASKS_ACTUAL.search(question) is not None


_PAST = re.compile(
    r"\b(upplevde|uppgav|svarade|blev|uppnådde|nådde|klarade|ökade|minskade|sjönk|steg|"
    r"genomfördes|deltog|besökte|inkom|fick|did|was|were|had|received|reached|felt|experienced|"
    r"got|scored)\b",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"\b(\w*mål\w*|targets?|goals?|aims?|plan\w*|ska|skulle|kommer|will|should|förvänt\w*|"
    r"expected?)\b",
    re.IGNORECASE,
)


def asks_outcome(question: str) -> bool:
    """Whether a question asks how a year went: for an actual figure (see asks_actual), or in
    the past tense and not for a target or plan ("Hur stor andel … upplevde under 2020 att …?",
    "How many new cases did RVC Väst receive in 2020?")."""
    if asks_actual(question):
        return True
    return _PAST.search(question) is not None and _FORWARD.search(question) is None


_INQUIRY = (
    r"(?:granskning|studie|uppföljning|undersökning|kartläggning|utvärdering|enkät|mätning|"
    r"forskning|statistik|inventering)"
)
_FINDING = re.compile(
    rf"\b(?:vad (?:visade|visar|gav|kom)\b.{{0,60}}?(?:{_INQUIRY}|fram till)|"
    rf"vilk(?:a|et|en) (?:resultat|slutsats\w*|fynd)\b.{{0,40}}?{_INQUIRY}|"
    r"what did .{1,80}?\b(?:show|find|conclude|reveal)|"
    r"what (?:were|was|are) the (?:findings|results|conclusions?|outcomes?) of|findings\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def asks_finding(question: str) -> bool:
    """Whether a question asks what an inquiry found ("Vad visade aktgranskningen …?", "Vad kom
    studien fram till?", "What did the study conclude about …?"): a sentence telling that
    the inquiry will be made does not answer it. Asked of every candidate sentence (see
    expectations.meets_expectation, year_features), so remembered per question."""
    return _FINDING.search(question) is not None


_BASELINE = re.compile(
    r"\b(från vilken (?:nivå|siffra|värde)|utgångsläge\w*|utgångsvärde\w*|utgångspunkt\w*|"
    r"jämfört med vilken nivå|(?:from|starting from) what (?:level|figure|value)|baseline|"
    r"starting (?:point|level|value))\b",
    re.IGNORECASE,
)


def asks_baseline(question: str) -> bool:
    """Whether a question asks the level a change starts from ("Från vilken nivå ska
    sjukfrånvaron sänkas 2022?"): last year's figure in a plan answers it."""
    return _BASELINE.search(question) is not None


_SECOND_ASK = re.compile(rf"(?:,\s*|\s)(?:and|och)\s+{QUESTION_WORD}\b", re.IGNORECASE)


def asks_two(text: str) -> bool:
    """Whether a question asks a second thing after the first ("Hur många klienter klagade
    …, och vad gällde klagomålen?", "… target …, and how has the index developed?"): its answer
    may take two sentences. A follow-up's earlier question, in parentheses, is not read."""
    return _SECOND_ASK.search(text.split(" (", 1)[0]) is not None


_YES_NO = re.compile(
    r"^\W*(?:(?:och|men|and|but)\s+)?(?:ska|skulle|kommer|har|hade|finns|fanns|är|var|blev|"
    r"fick|får|kan|kunde|gör|gjorde|brukar|behöver|tänker|planerar|is|are|was|were|do|does|did|"
    r"will|would|has|have|had|can|could|should|"
    r"blir|vill|ville|måste|känner|kände|känns|kändes|upplever|upplevde|märker|märkte|ser|såg|"
    r"syns|fungerar|fungerade|fortsätter|fortsatte|lyckas|lyckades|klarar|klarade|når|nådde|"
    r"nåddes|uppfylls|uppfylldes|ingår|ingick|gäller|gällde|räcker|räckte|leder|ledde|"
    r"används|användes|erbjuds|erbjöds|placeras|placerades|planerade|delar|delade|kostar|"
    r"kostade|ökar|ökade|minskar|minskade|händer|hände|startade|infördes|genomfördes)"
    r"\s+(?:sig\s+)?(?:de|dom|det|den|man|hen|enheten|they|it|"
    r"there|the\s+(?:unit|\w+(?:\s+(?:people|staff|children|parents))?)|"
    r"(?:deras|dess|hans|hennes|their|its|his|her)\s+\w+|"
    r"(?:något|någon|några|alla|fler|färre)\s+\w+|"
    r"[a-zåäö]{3,}(?:na|en|et))\b",
    re.IGNORECASE,
)
"""A question opening with a finite verb and its subject (Swedish puts the verb first only
when asking yes or no): "Känner sig ungdomarna trygga där?", "Blir tjänsten kvar?",
"Placerades något barn …?", "Did they …?"."""
_YES_NO_EN = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:is|are|was|were|does|did|will|would|has|have|had|could|"
    r"should)\s+\w+",
    re.IGNORECASE,
)
"""An English question opening with its auxiliary asks yes or no, whatever its subject ("And
was staff turnover a problem there?"); Swedish needs the subject to tell "Var" (where) from a
verb."""


def asks_yes_no(question: str) -> bool:
    """Whether a question opens with its verb and subject, asking yes or no ("Ska de fortsätta
    erbjuda det 2020?", "Did they reach it?"): it asks for no number or date of its own."""
    return _YES_NO.match(question) is not None or _YES_NO_EN.match(question) is not None
