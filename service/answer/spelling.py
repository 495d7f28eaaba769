"""A typed Swedish question in the reports' own words, before it is read.

Staff type into a box: "hur många anmälnignar kom in 2016", "sick leave barn- och
ungdomsenheten 2016"; young people type as they speak: "va e målet", "finns det nån kurs för
dom". A word written as it is spoken becomes its written form (see INFORMAL: "e" -> "är",
"nån" -> "någon", "dom" -> "de", "soc" -> "socialtjänsten"). The other repairs are each only
for a word no passage holds, so a question the reports can answer in its own words is never
changed:

- a misspelt word becomes the report word one edit away that most passages hold (see
  SearchIndex.respelling): "anmälnignar" -> "anmälningar". Only lower-case words (a name or an
  acronym the reports lack is the asker's, and what was asked is then not in the reports),
  a capital at the very start of the question excepted;
- a word typed without Swedish letters ("hur manga klagomal") becomes the report word it
  folds from (see SearchIndex.respelling, "klagomål"), or the function word ("många", "från";
  see FUNCTION_WORDS, unless a report holds the word as typed: "far" stays "far");
- a lower-case word the reports write as an acronym ("bbic", "sip") is written as they do
  ("BBIC", "SIP"), so that it is a key term as if typed so;
- an English domain term in a question read as Swedish becomes its glossary Swedish (see
  glossary.to_swedish) unless the reports write each of its words ("Signs of Safety",
  "budget"): "sick leave" -> "sjukfrånvaro", "intake team" -> "mottagningsteamet".

English questions are left as they are: their English words are in no report by nature, and the
glossary puts them in Swedish when they are read (see reading.read_question).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ingest.text.language import SV_MARKERS, Language, detect_language
from ingest.text.stopwords import STOPWORDS
from ingest.text.words import fold
from search.analyze import UNINDEXED
from service.answer.courtesy import without_courtesy
from service.answer.followup import is_bare_followup
from service.answer.glossary import to_swedish
from service.answer.lexicon import FRAME
from service.answer.numerals import in_digits
from service.answer.types import Turn

__all__ = [
    "FUNCTION_WORDS",
    "INFORMAL",
    "Respelled",
    "as_written",
    "respelled",
    "spelling_note",
    "written_turns",
]

_FUNCTION = STOPWORDS | SV_MARKERS | UNINDEXED
_WORDS_AS_TYPED = frozenset(("sa",))
"""Plain forms that are Swedish words themselves: "Vad sa de?", "sa upp sig" (said), not "så"."""
FUNCTION_WORDS = {
    fold(w): w
    for w in sorted(_FUNCTION)
    if fold(w) != w and fold(w) not in _FUNCTION and fold(w) not in _WORDS_AS_TYPED
}
"""Function words with Swedish letters by how they are typed without them ("manga" -> "många",
"pa" -> "på", "varfor" -> "varför"); not when the plain form is one too ("har" stays "har",
not "här"; "sa" stays "sa", see _WORDS_AS_TYPED). The index holds none of them, so it cannot
restore them (see nearest_word)."""

INFORMAL = {
    "e": "är",
    **dict.fromkeys(("o", "å"), "och"),
    **dict.fromkeys(("nån", "nånn", "ngn"), "någon"),
    **dict.fromkeys(("nåt", "ngt"), "något"),
    **dict.fromkeys(("nåra", "ngr"), "några"),
    "nånting": "någonting",
    "nånstans": "någonstans",
    "nånsin": "någonsin",
    **dict.fromkeys(("sån", "sånn"), "sådan"),
    "sånt": "sådant",
    **dict.fromkeys(("såna", "sånna"), "sådana"),
    "dom": "de",
    "va": "vad",
    "mej": "mig",
    "dej": "dig",
    "sej": "sig",
    "me": "med",
    "ba": "bara",
    "int": "inte",
    "lr": "eller",
    **dict.fromkeys(("oxå", "oxo"), "också"),
    "asså": "alltså",
    "mkt": "mycket",
    "iaf": "i alla fall",
    "funka": "fungera",
    "funkar": "fungerar",
    "funkade": "fungerade",
    "funkat": "fungerat",
    "snacka": "prata",
    "snackar": "pratar",
    "snackade": "pratade",
    "snackat": "pratat",
    **dict.fromkeys(("soc", "socen", "soccen"), "socialtjänsten"),
    "insta": "Instagram",
    **dict.fromkeys(("snuten", "snutarna", "snutar", "snutelutarna", "aina", "ainas"), "polisen"),
    **dict.fromkeys(("fältarna", "fältare", "fältisar", "fältisarna"), "fältassistenterna"),
    **dict.fromkeys(("morsan", "morsa", "farsan", "farsa"), "förälder"),
    **dict.fromkeys(("ungar", "kids"), "barn"),
    "knark": "narkotika",
    "plugget": "skolan",
}
"""Words as Swedish is spoken and typed on a phone, by their written form: the pronouns and
particles a question is read by ("nån", "dom", "e", "va"), the everyday verbs the reports write
otherwise ("funkar", "snacka"), clipped names ("soc", "insta") and young people's words for the
police, the field workers, parents, children, drugs and school ("snuten", "fältarna",
"morsan", "ungar", "knark", "plugget")."""

_VERB_BEFORE = frozenset(
    (
        *("ska", "skall", "kan", "måste", "vill", "brukar", "får", "bör", "behöver"),
        *("skulle", "kunde", "ville", "borde", "kommer"),
    )
)
"""After these, a spoken "va" is "vara" ("ska va öppet"), not "vad"."""
_NOT_THEM = frozenset(("enligt", "avkunnad", "en", "ingen", "någon", "fällande", "friande"))
"""Before "dom" these make it a court's judgment ("samarbetssamtal enligt dom"), not "them"."""
_OWNER = frozenset(("min", "din", "sin", "vår", "er", "hans", "hennes", "deras"))
"""After these, "soc" is one's social secretary ("min soc"), not the social services."""
_SPOKEN = re.compile(r"(?<![\w.-])[^\W\d_]+(?![\w-]|\.\w)")
_PREVIOUS = re.compile(r"([^\W\d_]+)\W*$")


def as_written(text: str) -> str:
    """`text` with its spoken forms written (see INFORMAL): a lower-case word, or one
    capitalised only as the text's first word; "va" after a verb is "vara", "dom" after
    "enligt" a judgment, "soc" after "min" a social secretary."""

    def written(m: re.Match[str]) -> str:
        word = m.group(0)
        lowered = word.lower()
        if lowered not in INFORMAL or not (word.islower() or m.start() == 0):
            return word
        before = _PREVIOUS.search(text, 0, m.start())
        previous = before.group(1).lower() if before else ""
        if lowered == "va" and previous in _VERB_BEFORE:
            return "vara"
        if lowered == "dom" and previous in _NOT_THEM:
            return word
        if lowered == "soc" and previous in _OWNER:
            return "socialsekreterare"
        return INFORMAL[lowered]

    return _SPOKEN.sub(written, text)


def written_turns(history: Sequence[Turn], question: str = "") -> list[Turn]:
    """The conversation with the asker's Swedish turns in written form (see as_written) and
    every turn of theirs without greeting and thanks (see courtesy), with its years and numbers
    said in words in digits (see numerals): a follow-up carries their words, not "e", "nån" or
    "tjugonitton". When the `question` asks in Swedish words of its own (not a bare "Och
    2019?"), their English turns are carried in the glossary's Swedish ("Och vart hänvisar de
    den som vill överklaga?" after "How many complaints did the unit receive?" is read with
    "klagomål")."""
    asked = detect_language(question) if question and not is_bare_followup(question) else None
    return [_written_turn(t, asked) if t.role == "user" else t for t in history]


def _written_turn(turn: Turn, asked: Language | None) -> Turn:
    content = in_digits(without_courtesy(turn.content)).text
    language = detect_language(content)
    if language == "sv":
        content = as_written(content)
    elif asked == "sv":
        content = to_swedish(content)
    return replace(turn, content=content)


_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")


@dataclass(frozen=True, slots=True)
class Respelled:
    """A question as searched, and each (typed, searched) word or phrase that was changed."""

    text: str
    changes: tuple[tuple[str, str], ...] = ()


def respelled(
    text: str,
    language: Language,
    respelling: Callable[[str, bool], str | None],
    in_reports: Callable[[str], bool],
    written_as: Callable[[str], str | None] | None = None,
) -> Respelled:
    """`text` with its misspelt words and English terms in the reports' words (see the module
    docstring); `respelling` gives a word's report spelling or None (told whether the asker
    types without Swedish letters), `in_reports` whether some
    passage holds a word, `written_as` how the reports write a word they write as an acronym
    (a lower-case "bbic" is their "BBIC", see _acronyms; not in English questions, whose
    common words the reports may write as acronyms: "must", "MUST"). A name dictated in two
    halves is joined in either language (see _joined)."""
    split: list[tuple[str, str]] = []
    text = _joined(text, in_reports, split)
    if language != "sv":
        return Respelled(text, tuple(split))
    text = as_written(text)
    if written_as is not None:
        text = _acronyms(text, written_as)
    changes = split

    def written(term: str) -> bool:
        kept = all(in_reports(w) for w in _WORD.findall(term))
        if not kept:
            changes.append((term, to_swedish(term)))
        return kept

    swedish = to_swedish(text, keep=written)
    unlettered = not _SWEDISH_LETTER.search(text)  # "hur manga ..." typed without å, ä, ö

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        plain = FUNCTION_WORDS.get(word.lower())
        if plain is not None and not in_reports(word):
            return plain
        if not _may_be_typo(word, m.start()):
            return word
        near = respelling(word, unlettered)
        if near is None:
            return word
        changes.append((word, near))
        return near

    return Respelled(_WORD.sub(fix, swedish), tuple(changes))


_SWEDISH_LETTER = re.compile("[åäöÅÄÖ]")
_PAIR = re.compile(r"(?<![\w-])([^\W\d_]{3,}) ([^\W\d_]{3,})(?![\w-])")


def _joined(text: str, in_reports: Callable[[str], bool], changes: list[tuple[str, str]]) -> str:
    """`text` with a word a phone heard in two halves written as one ("kungs holmen" ->
    "kungsholmen"): two words, neither a function word nor in any passage, whose join some
    passage holds ("barnfamiljers boende" stays: "boende" is a report word). Each join is
    added to `changes`."""

    def join(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        whole = first + second.lower()
        if {first.lower(), second.lower()} & (_FUNCTION | FRAME):
            return m.group(0)
        if in_reports(first) or in_reports(second) or not in_reports(whole):
            return m.group(0)
        changes.append((m.group(0), whole))
        return whole

    return _PAIR.sub(join, text)


MAX_ACRONYM = 6
_LOWER_WORD = re.compile(rf"(?<![\w-])[a-zåäö]{{2,{MAX_ACRONYM}}}(?![\w-])")


def _acronyms(text: str, written_as: Callable[[str], str | None]) -> str:
    """`text` with each lower-case word of MAX_ACRONYM letters or fewer that the reports write
    as an acronym written as they do ("vilka enheter använder bbic" -> "… BBIC", "ors/srs" ->
    "ORS/SRS"): it is then a key term, as typed in capitals. Not a stopword or frame word, nor
    a word hyphened to another ("hbtq-fritidsgården": the whole is no name the reports use)."""

    def cased(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in FRAME:
            return word
        return written_as(word) or word

    return _LOWER_WORD.sub(cased, text)


def _may_be_typo(word: str, at: int) -> bool:
    """A lower-case word, or one capitalised only as the question's first word, that is not
    one of the words framing a question ("enheter", "rapporterna": a report need not hold
    them, see lexicon.FRAME)."""
    if word.lower() in FRAME:
        return False
    return word.islower() or (at == 0 and word[1:].islower())


def spelling_note(changes: tuple[tuple[str, str], ...], language: Language) -> str:
    """The line telling the asker what was searched for instead of what was typed."""
    pairs = ", ".join(f"“{typed}” → “{searched}”" for typed, searched in changes)
    if language == "en":
        return f"(Searched as: {pairs}.)"
    return f"(Sökte som: {pairs}.)"
