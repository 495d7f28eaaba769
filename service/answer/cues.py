"""Why, how, where, how-often, what-is and since-when questions, and the cue a sentence
answering each tends to carry: a reason ("eftersom", "på grund av", "syftar till"), a method
("genom", "med hjälp av"), a place (a street address, "lokal"), a frequency ("minst en gång per
kvartal", "fyra besök per år", see times.FREQUENCY), a definition ("är en …"), a start in time
("sedan sommaren 2020"). Pure functions over question and
sentence text; the answer score weighs the cue (see service.answer.features)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.answer.expectations import ADDRESS
from service.answer.times import ASKS_FREQUENCY, FREQUENCY

__all__ = [
    "PURPOSE",
    "RESULT",
    "STATED_PURPOSE",
    "asks_cue",
    "asks_for",
    "cue_of",
    "cue_score",
    "reason_near",
]

_PURPOSE_ASKED = (
    r"syftet|syftar|purpose|vad är (?:\w+ )?(?:tanken|poängen|vitsen|meningen|idén)|"
    r"vad (?:vill|ska|skall) .{1,60} uppnå|what (?:do|does) .{1,60} (?:want|hope) to achieve"
)
"""The words asking what something is for ("Vad är syftet med …?", "Vad är poängen med …?",
"What does … hope to achieve?"): a why-question's (see _ASKS) and a purpose's (see cue_of)."""

_ASKS = (
    (
        "reason",
        r"\b(varför|(?:huvud)?orsak\w*|(?:huvud)?anledning\w*|(?:huvud)?skäl(?:et|en)?|"
        r"hur kommer det sig|berodde|beror|why|reasons?|"
        r"cause[sd]?|vad (?:gjorde|ledde till)|(?:ligger|låg) bakom|förklarar|what (?:led to|made|"
        rf"lay behind|explains?)|how come|{_PURPOSE_ASKED}|i vilket syfte|"
        r"vad (?:skulle|ska|är|var) (?:\w+ ){0,3}?(?:bra|till) för\b|vad vinner .{1,60} på|"
        r"what(?:'s| is| was) the (?:point|idea|use)|what good|good for|"
        r"(?:meant|intended|supposed) to (?:achieve|do|lead)|what for)\b",
    ),
    ("frequency", ASKS_FREQUENCY.pattern),  # "Hur ofta …?": "minst en gång per kvartal"
    (
        "method",
        r"^\W*(?:(?:och|men)\s+)?hur\s+(?!(?:många|mycket|stor[at]?|långa?|länge|höga?|högt|ofta|"
        r"snabbt|fort|gamla|gammal|nöjda?|väl|bra|fördela\w*|var|är|blev|såg|ser\b(?!.*\btill "
        r"att\b))\b)\w+|\b(hur (arbetar|jobbar|försöker|ska|skall|kan|gör|gjorde|hanterar|"
        r"arbetade)|på vilket "
        r"sätt|med vilka (metoder|insatser)|vad gör .{1,60} för att|what does .{1,60} do to|"
        r"^\W*vad (gör|arbetar)\b|^\W*what (does|do|did)\b.{1,60}\bdo\b|"
        r"in what ways?|how (do|does|did|will|can|is|are|has|have|should|could|would))\b",
    ),
    (
        "place",
        r"\b(var (ligger|finns|håller|har|bedriver|bedrivs|sker|träffas|tar emot)|"
        r"vilke[nt] \w*adress\w*|vilka lokaler|sina lokaler|where|"
        r"what (?:is|was) (?:the|its|their) (?:\w+ )?address)\b",
    ),
    (
        "definition",  # "Vad är Lili?", "What is Stella, run by …?": a name, then "?" or a clause
        r"^\W*(?:vad (?:är|var|innebär|betyder)|what (?:is|was|are|does))\s+(?:the\s+)?"
        r"(?:[\"“][^\"“”]{2,40}[\"”]|(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?:of\s+|och\s+)?(?-i:[A-ZÅÄÖ])[\w-]*)*)"
        r"(?:\s*[?,]|\s+(?:som|that|which|run|used|mean)\b)|"
        r"^\W*(?:vad (?:menas|avses) med|vad (?:innebär|betyder) (?:det att|begreppet|ordet|"
        r"uttrycket)|what is meant by|what does the (?:term|word|expression))\b|"
        r"^\W*vad (?:är|var) [^?]{2,60}? för (?:något|någonting|en sorts|ett slags)\b",
    ),
    (
        "since",  # "Sedan när kan Vuxenenheten erbjuda …?": "har sedan sommaren 2020 kunnat …"
        r"\b(?:sedan|sen|från) (?:när|vilket år)|\bsince (?:when|what year|which year)|"
        r"\bhow long (?:has|have|had)|\bhur länge (?:har|hade)\b",
    ),
)
_CUES = {
    "reason": r"\b(eftersom|därför|beror\w* på|beroende på|på grund av|pga|p\.\s?g\.\s?a|orsak\w*|"
    r"anledning\w*|skäl\w*|till följd av|som en följd av|med anledning av|mot bakgrund av|"
    r"tack vare|ledde till|leder till|lett till|förklar\w*|bidr(?:ar|og|agit|a) till|bidragande|"
    r"faktor\w*|"
    r"syfte\w*|syftar|avsikt\w*|för att|medför\w*|innebär|innebar|inneburit|gör att|gjorde att|"
    r"gjort att|i och med|med tanke på|resulter\w*|påverka\w* av|"
    r"handlar\s+(?:(?:det|dels|främst|framför allt|bland annat|delvis|troligen|sannolikt)\s+)?om|"
    r"(?:analys|bedömning|uppfattning|slutsats|tolkning)\w*\b[^.]{0,40}?\bär att)\b|, då\b|"
    r"(?<=\w )då (?:det|de|vi|man|hen|den|dessa|detta)\b",
    "method": r"\b(genom|med hjälp av|arbetar med|används|använder|metod\w*|arbetssätt\w*|"
    r"modell\w*|insats\w*)\b",
    "place": r"\b\w+(vägen|gatan|gränd|torget|backe|backar)\s+\d|\b(lokal\w*|adress\w*|"
    r"paviljong\w*|våning\w*)\b",
    "definition": r"\b(?:är|var) (?:en|ett)\b|\b(?:innebär|handlar om|består av|syftar till)\b|"
    r"\b(?:driver|bedriver|erbjuder|startade|startat)\b[^.]{0,40}\b(?:en|ett)\b|"
    r"\b\w*(?:gård|gården|hem|hemmet|modell|modellen|program|programmet|metod|metoden|verktyg|"
    r"verktyget|grupp|gruppen|projekt|projektet|förening|föreningen|verksamhet|verksamheten|"
    r"insats|insatsen)\s+[\"“]?(?-i:[A-ZÅÄÖ])",
}
_CUES["since"] = (
    r"\b(?:sedan|sen|alltsedan|since|från och med|fr\.\s?o\.\s?m\.?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:19|20)\d\d|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
    r"november|december|våren|sommaren|hösten|vintern|årsskiftet|starten|start)\b"
)  # a start in time: "sedan sommaren 2020", "sedan 2019", "från och med hösten"
_CUES["task"] = _CUES["method"] + r"|\b(?:uppdrag\w*|ansvarar för|hjälper (?:till )?(?:med|att))\b"
_ASK_PATTERNS = tuple((kind, re.compile(p, re.IGNORECASE)) for kind, p in _ASKS)
_CUE_PATTERNS = {kind: re.compile(p, re.IGNORECASE) for kind, p in _CUES.items()}
_CUE_PATTERNS["frequency"] = FREQUENCY
_ASKS_TASK = re.compile(
    r"^\W*(?:(?:och|men|and|but)\s+)?(?:vad (?:gör|gjorde)\b(?![^?]*\bför att\b)|"
    r"what (?:does|do|did)\b[^?]{1,60}\bdo\b(?!\s+(?:to|for|about|with)\b))",
    re.IGNORECASE,
)
"""A how-question asking what a unit, team or service does ("Vad gör teamet Café Lagunen?",
"What does the team actually do?"; not "Vad gör de för att …?", a method): a sentence
answering it tells its task ("Deras uppdrag är att hjälpa till med …") as well as a method."""


def asks_cue(own_words: str, question: str) -> str | None:
    """The cue a question asks for: the kind its `own_words` ask (see asks_for), "task" for a
    method question whose (resolved) `question` asks what something does (see _ASKS_TASK).
    Computed once per question, not per sentence scored (see cue_score)."""
    kind = asks_for(own_words)
    return "task" if kind == "method" and _ASKS_TASK.search(question) else kind


def asks_for(question: str) -> str | None:
    """What a why/how/where/how-often/what-is/since-when question asks for: "reason", "method",
    "place", "frequency", "definition" or "since"; None else."""
    return next((kind for kind, pattern in _ASK_PATTERNS if pattern.search(question)), None)


_ASKS_PURPOSE = re.compile(
    rf"\b(?:{_PURPOSE_ASKED}|syfte|aims? of|what(?:'s| is| was) the (?:point|idea)|"
    r"(?:meant|intended|supposed) to achieve)\b",
    re.IGNORECASE,
)
PURPOSE = re.compile(r"\b(?:syfte\w*|syftar|avsikt\w*|för att)\b", re.IGNORECASE)
"""The cue of a purpose asked for ("Vad är syftet med Magnolia?", "What is the point of …?"):
"för att" in the sentence after the one naming the thing ("Detta för att inte bryta …"), or a
sentence of its own a little further on ("Syftet med teamet är att …", see STATED_PURPOSE and
quoting.quote_span)."""
STATED_PURPOSE = re.compile(r"\b(?:syfte\w*|syftar|avsikt\w*)\b", re.IGNORECASE)
"""A purpose stated in so many words ("Syftet med …", "… syftar till …")."""
_ASKS_RESULT = re.compile(
    r"\b(?:resultatet|resultaten|effekt(?:en|er|erna)?|lett till|ledde\b.{1,60}\btill\b|"
    r"(?:märktes|blev det|gjorde (?:det|den|de)) (?:\w+ )?skillnad|what came of|"
    r"(?:what|which) (?:difference|effects?|results?)|(?:lead|led) to)\b",
    re.IGNORECASE,
)
RESULT = re.compile(
    r"\b(?:resultat\w*|lett till|ledde till|leder till|bidragit till|bidrog till|effekt\w*|"
    r"(?:visar|visade|visat) att)\b",
    re.IGNORECASE,
)
"""What a sentence stating the result of an effort says ("Resultaten visar att …", "… har lett
till ett ökat antal riskbedömningar"), asked what came of it ("Vad blev resultatet när …?",
"Ledde satsningen till något?", "What difference did … make?"): it often follows the sentence
naming the effort (see quoting.quote_span)."""


def cue_of(question: str) -> re.Pattern[str] | None:
    """The cue a sentence answering this question tends to carry: a reason ("eftersom", "på
    grund av") for why-questions, a purpose ("syftet") when one asks for it (see PURPOSE), a
    result ("har lett till") asked what came of an effort (see RESULT), a
    method ("genom", "med hjälp av") for how-questions, a place (a street address, "lokal")
    for where-questions; None for other questions."""
    kind = asks_cue(question, question)
    if kind == "reason" and _ASKS_PURPOSE.search(question):
        return PURPOSE
    if kind is None and _ASKS_RESULT.search(question):
        return RESULT
    return _CUE_PATTERNS[kind] if kind is not None else None


def cue_score(kind: str | None, sentence: str, question: str = "") -> float:
    """How strongly a sentence carries the cue a why/how/where question (`kind`, see asks_cue)
    asks for: 1 for the cue, 2 when a where-question meets a street address, the answer
    itself ("har lokaler på Hjulsta backar 17 A" over "insatser utförs i Familjeresursens
    lokaler"); 0 without it or for other questions. A cue the `question` itself says, with
    the word after it, is part of what is asked, not its answer (see _echoed)."""
    if kind is None or not _cues(kind, sentence, question):
        return 0.0
    return 2.0 if kind == "place" and ADDRESS.search(sentence) else 1.0


def reason_near(text: str, spans: Sequence[tuple[int, int]], i: int, question: str = "") -> bool:
    """Whether sentence i or a neighbour of it gives a reason (see _CUES["reason"]) that the
    question does not say itself (see _echoed)."""
    start = spans[i - 1][0] if i > 0 else spans[i][0]
    end = spans[i + 1][1] if i + 1 < len(spans) else spans[i][1]
    return bool(_cues("reason", text[start:end], question))


def _cues(kind: str, text: str, question: str) -> list[re.Match[str]]:
    return [m for m in _CUE_PATTERNS[kind].finditer(text) if not _echoed(m, text, question)]


_NEXT_WORD = re.compile(r"\W*(\w+)")


def _echoed(cue: re.Match[str], text: str, question: str) -> bool:
    """Whether the question says the cue with the word after it: "Varför flyttades ansvaret
    för att bedöma …?" meets "ansvaret för att bedöma … har överförts", whose "för att" names
    the responsibility, not a reason for moving it."""
    after = _NEXT_WORD.match(text, cue.end())
    if not question or after is None:
        return False
    phrase = f"{cue.group(0)} {after.group(1)}".lower()
    return phrase in " ".join(question.lower().split())
