"""The key terms of a question: what a passage must contain to be about the same thing.

A key term is a name (capitalised words inside the question, "Signs of Safety", "Komet"), an
acronym ("SIP", "FREDA"), a quoted phrase, a hyphenated compound ("SIP-samordnare"), or a word
rare in the corpus (see rare_words: "vräkningsförebyggande"; a compound of a topic and a
generic noun by its topic: "faderskapsärenden" -> "faderskap"). What stands in
parentheses elaborates the question ("Komet (inklusive Tonårskomet)") and is not required,
except an acronym given as another name for what precedes it ("Respekt och självrespekt (RoS)":
either will do; see _defined).
A question without key terms is descriptive ("ekonomi i obalans") and is matched by meaning.

Each key term becomes a `Term` (see service.answer.terms).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.text.words import stem
from ingest.text.years import is_year
from service.answer.acronyms import is_acronym, typed_acronym
from service.answer.lexicon import CALENDAR, FRAME, PHRASE_GLUE
from service.answer.names import is_place, is_unit_word
from service.answer.parentheses import (
    PARENS,
    QUOTED,
    acronyms_defined,
    elaborating,
    named_inside,
    programme_named,
    rare_inside,
    reports_words_inside,
    unknown_named,
)
from service.answer.question import extract_topic
from service.answer.rare_words import (
    MIN_RARE_CHARS,
    RARE_DF,
    TOKEN,
    is_rare,
    names_unknown,
    rare_term,
    rare_word,
    verb_term,
)
from service.answer.terms import KeyTerms, Term, make_term

__all__ = ["find_key_terms", "without_examples"]


def _names(
    text: str, doc_freq: Callable[[str], float], first: bool = True, swedish: bool = True
) -> list[str]:
    """Capitalised runs inside the question (not its first word), acronyms, hyphenated names;
    a rare lower-case word right after a name belongs to it ("Skilda världar"), also after a
    Swedish glue word ("Respekt och självrespekt"). Unit and place
    words ("Familjeenhetens", "Kungsholmen") name who, not what, and break runs; a run holding
    an acronym is the acronym ("RVC West" -> "RVC": the reports write "RVC Väst"); an English
    month or weekday is a date, not a name ("Mälarhöjdsvillan in December"). `first`:
    the text starts the question (its first word is capitalised as a sentence start).
    `swedish`: the question was asked in Swedish; in an English one the lower-case words
    next to a name are the glossary's ("the Komet parenting programme" -> "Komet
    föräldraskap"), so they never continue it."""
    found = list(TOKEN.finditer(text))
    tokens = [m.group(0) for m in found]
    names: list[list[str]] = []
    last = owner = -2  # the last token added to a name; the last name in the genitive
    for i, tok in enumerate(tokens):
        if i and _BREAK.search(text[found[i - 1].end() : found[i].start()]):
            last = -2  # a comma or full stop ends a name ("Lili, the LGBTQIA+ youth club")
        capital = tok[0].isupper() and (i > 0 or not first or is_acronym(tok) or "-" in tok)
        capital = capital or (typed_acronym(tok) and 0 < doc_freq(tok) < RARE_DF)  # "sms"
        if capital and last == i - 1 and _names_city(tok) and not is_acronym(tokens[i - 1]):
            names[-1].append(tok)  # "Framtid Stockholm": the city closes a name, not where
            last = i
            continue
        if _names_who(tokens, i, swedish):
            continue
        if capital:
            written, tok = tok, _uninflected(tok, tokens[i + 1] if i + 1 < len(tokens) else "")
            owner = i if tok != written else owner  # what a genitive owns is not its name
            glued = i >= 2 and last == i - 2 and _glues(tokens[i - 1], tok, swedish)
            if last == i - 1:
                names[-1].append(tok)
            elif glued:
                names[-1] += [tokens[i - 1], tok]
            else:
                names.append([tok])
            last = i
        elif swedish and last == i - 1 != owner and _continues(names[-1], tok, doc_freq):
            names[-1].append(tok)
            last = i
        elif (
            i >= 2
            and last == i - 2
            and tokens[i - 1].lower() in _SWEDISH_GLUE
            and _rare(tok, doc_freq)
        ):
            names[-1] += [tokens[i - 1], tok]  # "Respekt och självrespekt", asked in English too
            last = i
    return [_acronym_of(n) for n in names]


def _glues(word: str, name: str, swedish: bool) -> bool:
    """Whether a word between two capitalised words joins them into one name ("Signs of
    Safety", "Individ och Familj", "Children and Youth"); but a Swedish "och" before an
    acronym or a hyphenated name joins two names ("Komet och ABC-tonår", "ASI och UBÅT"), each
    said on its own in the reports ("15 familjer i Komet och en familj i ABC tonår")."""
    lowered = word.lower()
    own = is_acronym(name) or "-" in name
    return lowered in PHRASE_GLUE and not (swedish and lowered in _SWEDISH_GLUE and own)


def _names_who(tokens: list[str], i: int, swedish: bool) -> bool:
    """Whether token i names who or when, not what: a unit or place word, a frame word, an
    English date word; but a district named as a partner ("samarbete med Bromma
    stadsdelsförvaltning", "contact with Skärholmen") is what is asked about."""
    tok, lowered = tokens[i], tokens[i].lower()
    partner = i > 0 and tokens[i - 1].lower() in _PARTNER and not _names_city(tok)
    if partner and is_place(tok):
        return False
    return is_unit_word(tok) or lowered in FRAME or (not swedish and lowered in CALENDAR)


def _uninflected(tok: str, following: str) -> str:
    """A name in the genitive before what it owns ("Maskrosbarns projekt", "Komets grupper") as
    the reports name it ("Maskrosbarn", "Komet"); other names as written ("Signs of Safety",
    "Barnahus")."""
    lowered = tok.lower()
    owned = following[:1].islower() and following.lower() not in PHRASE_GLUE
    if not owned or not lowered.endswith("s") or lowered.endswith("ss") or len(tok) < 5:
        return tok
    return tok[:-1] if stem(lowered) == stem(lowered[:-1]) else tok


def _names_city(tok: str) -> bool:
    """Whether a word is the city's name ("Stockholm", "Stockholms"): right after a name it
    ends that name ("Framtid Stockholm", a company the reports name so), while a district
    after a name says where ("Familjeresursen Spånga-Tensta")."""
    return tok.lower().rstrip("s") in _CITY


_PARTNER = frozenset(("med", "with", "mellan", "between"))
"""A place right after these is a partner named ("kontakt med Skärholmens
stadsdelsförvaltning"), not where the units asked about are."""
_CITY = frozenset(("stockholm", "sverige", "sweden", "landet"))

_BREAK = re.compile(r"[,.;:!?()]")
_SWEDISH_GLUE = frozenset(("och",))
"""The Swedish word inside a name: a rare lower-case word after it goes on the name
("Respekt och självrespekt"; an English question's glossary never writes "och"). After "för"
it tells what the name is for ("Skolfam för familjehemsplacerade barn")."""


def _rare(tok: str, doc_freq: Callable[[str], float]) -> bool:
    """A lower-case word long and rare enough to be part of a name ("självrespekt")."""
    return len(tok) >= MIN_RARE_CHARS and 0 < doc_freq(tok.lower()) < RARE_DF


def _continues(name: list[str], tok: str, doc_freq: Callable[[str], float]) -> bool:
    """Whether a lower-case word goes on a name: a rare word ("Skilda världar"), or any word
    after a name that is itself an everyday word ("Tryggare barn": a title, not "Tryggare").
    A hyphenated name is a whole compound ("SIP-möten genomförde" names "SIP-möten")."""
    if "-" in name[-1] or "–" in name[-1] or is_year(tok):  # "Komet 2021": a year, not a name
        return False
    head = name[-1]
    if len(tok) >= MIN_RARE_CHARS and 0 < doc_freq(tok.lower()) < RARE_DF:
        return True
    return len(name) == 1 and not is_acronym(head) and doc_freq(head.lower()) >= RARE_DF


def _acronym_of(name: list[str]) -> str:
    acronyms = [t for t in name if is_acronym(t)]
    return acronyms[0] if acronyms and len(name) > 1 else " ".join(name)


_SIMILAR = re.compile(
    r"\s+(?:eller|or)\s+(?:något\s+|någon\s+|anything\s+|something\s+)?"
    r"(?:liknande|likartad\w*|similar)\b[^,.;:!?]*",
    re.IGNORECASE,
)
""""En idébank eller liknande lista där …", "… or similar": the thing named, no other one."""

_EXAMPLES = re.compile(
    r",?\s*(?:\btill exempel|\bt\.\s?ex\b\.?|\bexempelvis|\bsåsom|\bsuch as|\bfor example|"
    r"\bfor instance|\be\.g\.)[^.;:!?]*",
    re.IGNORECASE,
)
"""Examples of where or how ("… spelmissbruk, till exempel förebyggande arbete eller råd och
stöd"): they illustrate the rare word asked about; they are no alternative to it."""

_OR = re.compile(r"\s+(?:eller|or)\s+|\s*/\s*", re.IGNORECASE)


def _segment_terms(
    text: str,
    doc_freq: Callable[[str], float],
    first: bool = True,
    swedish: bool = True,
    translated: bool = False,
) -> tuple[list[str], list[str]]:
    """(names, the rare word) of one alternative of a question: the rare word is the one most
    specific by length times inverse passage frequency (compounds are specific: the key of
    "kan erbjuda 12-stegsbehandling i egen regi" is "12-stegsbehandling", not "regi").
    `translated`: the asker gave the reports' word in parentheses, so a name no passage holds
    a word of is the asker's English for it, no key (PMTO, given with no such word, stays)."""
    names = [_head(n) for n in _names(text, doc_freq, first, swedish)]
    if translated:  # "the UN Convention on the Rights of the Child (barnkonventionen)"
        names = [n for n in names if any(doc_freq(w.lower()) > 0 for w in TOKEN.findall(n))]
    return names, rare_word(text, doc_freq, swedish=swedish)


_DESCRIPTOR = re.compile(
    r"(metod|modell|program|projekt|grupp|verktyg|koncept|arbete|insats|mottagning|verksamhet|"
    r"klinik|fråg|samverkan|samarbete|nätverk|forum|method|model|programme|project|group|tool|"
    r"clinic|question|collaboration|cooperation|network)\w*$",
    re.IGNORECASE,
)


def _describes(part: str) -> bool:
    """Whether an alternative with no rare word has a topic word of its own to describe
    ("har en ekonomi som inte var i balans", "budgeten"); one with none is the question's
    frame before the alternatives ("Vilka enheter använder eller vill skaffa elcyklar …"):
    the rare word of the other is what is asked."""
    return bool(extract_topic(part).terms)


def without_examples(question: str) -> str:
    """A question without its examples ("… årshjul, till exempel ett metodårshjul?" -> "…
    årshjul"): what they illustrate is what is asked."""
    return _EXAMPLES.sub(" ", question)


def _besides(names: tuple[Term, ...], defined: list[Term]) -> tuple[Term, ...]:
    """The names of one alternative that are not a defined acronym again ("RVC Väst" beside
    "(relationsvåldscentrum/RVC)")."""
    said = {t.display.casefold() for t in defined}
    return tuple(
        n
        for n in names
        if n.display.casefold() not in said and not any(f"({n.display})" in d for d in said)
    )


def _or_examples(
    head: KeyTerms, question: str, doc_freq: Callable[[str], float], swedish: bool
) -> KeyTerms:
    """The names a question asks about, or any name its examples give: "Komet i någon form,
    till exempel Tonårskomet, Förstärkt Komet eller i-Komet" lists a report naming one of
    them, not only one naming all four."""
    examples = " ".join(m.group(0) for m in _EXAMPLES.finditer(question))
    given = find_key_terms(examples, doc_freq, swedish=swedish)
    if not given.named:
        return head
    seen = {tuple(t.display for t in alt) for alt in head.alternatives}
    each = [(t,) for t in given.terms if (t.display,) not in seen]
    return KeyTerms(head.alternatives + tuple(dict.fromkeys(each)), named=True)


def _head(name: str) -> str:
    """A hyphenated name without a generic descriptor: "Compassion-metoden" -> "Compassion"
    (the reports say "metoden Compassion"), "Maria-mottagningarna" -> "Maria" ("Maria
    Ungdom"), "FREDA-frågorna" -> "FREDA" ("FREDA kort frågor"), "SSP-samverkan" -> "SSP"
    ("SSP (socialtjänst, skola, polis) samverkan"); "SIP-samordnare" stays whole."""
    head, _, tail = name.partition("-")
    return head if tail and _DESCRIPTOR.match(tail) else name


def find_key_terms(
    question: str, doc_freq: Callable[[str], float], *, swedish: bool = True
) -> KeyTerms:
    """The key terms of `question`; `doc_freq(word)` is the word's share of passages;
    `swedish`: the question was asked in Swedish (else its Swedish words are the glossary's)."""
    said = (m.group(1) or m.group(2) for m in QUOTED.finditer(question))
    quoted = [q for q in said if TOKEN.search(q)]  # not a dash between quote marks ("“ – “")
    defined, question = acronyms_defined(question, doc_freq)
    text = _SIMILAR.sub(" ", PARENS.sub(" ", QUOTED.sub(" ", question)))
    parts = _OR.split(text)
    given = [] if swedish else reports_words_inside(question, doc_freq)
    translated = bool(given)
    segments = [
        _segment_terms(part, doc_freq, first=i == 0, swedish=swedish, translated=translated)
        for i, part in enumerate(parts)
    ]
    if quoted or defined or any(names for names, _ in segments):
        if (plain := without_examples(question)) != question:
            head = find_key_terms(plain, doc_freq, swedish=swedish)
            if head.named:  # "Komet i någon form, till exempel Tonårskomet eller i-Komet"
                return _or_examples(head, question, doc_freq, swedish)
        alternatives: list[tuple[Term, ...]] = [(make_term(q, exact=True),) for q in quoted]
        named = [tuple(make_term(n, exact=True) for n in names) for names, _ in segments if names]
        if defined:  # the acronym or its long form, with the question's other names
            named = [_besides(alt, defined) for alt in named] or [()]
            named = [(term, *alt) for term in defined for alt in dict.fromkeys(named)]
        if len(named) == 1:  # "SiS, the state agency (Statens institutionsstyrelse)"
            named += [(make_term(n, exact=True),) for n in named_inside(question, doc_freq)]
        return KeyTerms(tuple(alternatives + named), named=True)
    if own := [w for w in given if is_rare(w, doc_freq)]:  # the reports' word, named as a name:
        # a passage must hold it, not merely come close to the asker's English around it
        return KeyTerms(tuple((rare_term(w, doc_freq),) for w in own), named=True)
    rare = [tuple(rare_term(r, doc_freq) for r in words) for _, words in segments if words]
    rare += [(verb,) for _, words in segments for w in words if (verb := verb_term(w, doc_freq))]
    unknown = unknown_named(question, doc_freq)
    if unknown is not None:  # "multisystemisk terapi (MST)": no report names it
        return KeyTerms(((make_term(unknown, exact=True),),), named=True)
    elaborated = elaborating(question, doc_freq)
    if programme := programme_named(question, elaborated):  # "… programme (MVP)": its name
        return KeyTerms(tuple((make_term(a, exact=True),) for a in programme), named=True)
    also = [(make_term(a, exact=True),) for a in elaborated]
    if not rare and also:  # "the law on cooperation … (LUS)": the reports' name is the key
        return KeyTerms(tuple(also), named=True)
    if not rare and (inside := rare_inside(question, doc_freq)):
        return KeyTerms(((rare_term(inside, doc_freq),),), named=False)
    rare += also
    described = [
        not words and not names_unknown(part, doc_freq) and _describes(part)
        for part, (_, words) in zip(parts, segments, strict=True)
    ]
    if rare and (plain := without_examples(question)) != question:
        head = find_key_terms(plain, doc_freq, swedish=swedish)  # what the examples illustrate
        if head.alternatives or any(described):
            return head  # its rare word, not its examples
    return KeyTerms(tuple(rare), named=False, descriptive=any(described) or not rare)
