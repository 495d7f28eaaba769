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
from service.answer.acronyms import is_acronym, spelled_out, typed_acronym
from service.answer.lexicon import CALENDAR, FRAME, PHRASE_GLUE
from service.answer.names import is_place
from service.answer.rare_words import (
    MIN_RARE_CHARS,
    RARE_DF,
    TOKEN,
    is_rare,
    names_unknown,
    rare_term,
    rare_word,
    specificity,
    verb_term,
)
from service.answer.terms import KeyTerms, Term, make_term

__all__ = ["find_key_terms"]

_QUOTED = re.compile(
    r"[\"“”«»]([^\"“”«»]{2,60})[\"“”«»]|(?<![\w'‘’])['‘’]([^'‘’]{2,60})['‘’](?![\w'‘’])"
)  # "…", «…», and '…' / ‘…’ but not an apostrophe ("Kungsholmen's")
_PARENS = re.compile(r"\(([^)]*)\)")


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
        if _names_who(tokens, i, swedish):
            continue
        if capital:
            written, tok = tok, _uninflected(tok, tokens[i + 1] if i + 1 < len(tokens) else "")
            owner = i if tok != written else owner  # what a genitive owns is not its name
            glued = i >= 2 and last == i - 2 and tokens[i - 1].lower() in PHRASE_GLUE
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
        elif last == i - 2 and tokens[i - 1].lower() in _SWEDISH_GLUE and _rare(tok, doc_freq):
            names[-1] += [tokens[i - 1], tok]  # "Respekt och självrespekt", asked in English too
            last = i
    return [_acronym_of(n) for n in names]


def _names_who(tokens: list[str], i: int, swedish: bool) -> bool:
    """Whether token i names who or when, not what: a unit or place word, a frame word, an
    English date word; but a district named as a partner ("samarbete med Bromma
    stadsdelsförvaltning", "contact with Skärholmen") is what is asked about."""
    tok, lowered = tokens[i], tokens[i].lower()
    partner = i > 0 and tokens[i - 1].lower() in _PARTNER and lowered.rstrip("s") not in _CITY
    if partner and is_place(tok):
        return False
    return _is_unit_word(tok) or lowered in FRAME or (not swedish and lowered in CALENDAR)


def _uninflected(tok: str, following: str) -> str:
    """A name in the genitive before what it owns ("Maskrosbarns projekt", "Komets grupper") as
    the reports name it ("Maskrosbarn", "Komet"); other names as written ("Signs of Safety",
    "Barnahus")."""
    lowered = tok.lower()
    owned = following[:1].islower() and following.lower() not in PHRASE_GLUE
    if not owned or not lowered.endswith("s") or lowered.endswith("ss") or len(tok) < 5:
        return tok
    return tok[:-1] if stem(lowered) == stem(lowered[:-1]) else tok


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
    text: str, doc_freq: Callable[[str], float], first: bool = True, swedish: bool = True
) -> tuple[list[str], list[str]]:
    """(names, the rare word) of one alternative of a question: the rare word is the one most
    specific by length times inverse passage frequency (compounds are specific: the key of
    "kan erbjuda 12-stegsbehandling i egen regi" is "12-stegsbehandling", not "regi")."""
    names = [_head(n) for n in _names(text, doc_freq, first, swedish)]
    return names, rare_word(text, doc_freq, swedish=swedish)


_DESCRIPTOR = re.compile(
    r"(metod|modell|program|projekt|grupp|verktyg|koncept|arbete|insats|mottagning|verksamhet|"
    r"klinik|fråg|method|model|programme|project|group|tool|clinic|question)\w*$",
    re.IGNORECASE,
)


def _head(name: str) -> str:
    """A hyphenated name without a generic descriptor: "Compassion-metoden" -> "Compassion"
    (the reports say "metoden Compassion"), "Maria-mottagningarna" -> "Maria" ("Maria
    Ungdom"), "FREDA-frågorna" -> "FREDA" ("FREDA kort frågor"); "SIP-samordnare" stays whole."""
    head, _, tail = name.partition("-")
    return head if tail and _DESCRIPTOR.match(tail) else name


def find_key_terms(
    question: str, doc_freq: Callable[[str], float], *, swedish: bool = True
) -> KeyTerms:
    """The key terms of `question`; `doc_freq(word)` is the word's share of passages;
    `swedish`: the question was asked in Swedish (else its Swedish words are the glossary's)."""
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(question)]
    defined, question = _defined(question, doc_freq)
    text = _SIMILAR.sub(" ", _PARENS.sub(" ", _QUOTED.sub(" ", question)))
    parts = _OR.split(text)
    segments = [
        _segment_terms(part, doc_freq, first=i == 0, swedish=swedish)
        for i, part in enumerate(parts)
    ]
    if quoted or defined or any(names for names, _ in segments):
        alternatives: list[tuple[Term, ...]] = [(make_term(q, exact=True),) for q in quoted]
        named = [tuple(make_term(n, exact=True) for n in names) for names, _ in segments if names]
        if defined:  # the acronym or its long form, with the question's other names
            named = [(term, *alt) for term in defined for alt in named or [()]]
        if len(named) == 1:  # "SiS, the state agency (Statens institutionsstyrelse)"
            named += [(make_term(n, exact=True),) for n in _named_inside(question, doc_freq)]
        return KeyTerms(tuple(alternatives + named), named=True)
    rare = [tuple(rare_term(r, doc_freq) for r in words) for _, words in segments if words]
    rare += [(verb,) for _, words in segments for w in words if (verb := verb_term(w, doc_freq))]
    unknown = _unknown_named(question, doc_freq)
    if unknown is not None:  # "multisystemisk terapi (MST)": no report names it
        return KeyTerms(((make_term(unknown, exact=True),),), named=True)
    also = [(make_term(a, exact=True),) for a in _elaborating(question, doc_freq)]
    if not rare and also:  # "the law on cooperation … (LUS)": the reports' name is the key
        return KeyTerms(tuple(also), named=True)
    if not rare and (inside := _rare_inside(question, doc_freq)):
        return KeyTerms(((rare_term(inside, doc_freq),),), named=False)
    rare += also
    described = [
        not words and not names_unknown(part, doc_freq)
        for part, (_, words) in zip(parts, segments, strict=True)
    ]
    if rare and any(described) and (plain := _EXAMPLES.sub(" ", question)) != question:
        return find_key_terms(plain, doc_freq, swedish=swedish)  # its rare word, not its examples
    return KeyTerms(tuple(rare), named=False, descriptive=any(described) or not rare)


def _elaborating(question: str, doc_freq: Callable[[str], float]) -> list[str]:
    """The acronyms a question gives in parentheses after what they abbreviate, unspelled by
    its words (see _defined): "lagen om samverkan vid utskrivning (LUS)". A report may write
    either, so one rare in the passages (LUS, KBT; not APT, in one passage of 25) is another
    name of the key: an alternative to the rare word before it, and the key itself when that
    was said in words the reports do not use (an English question)."""
    inside = (m.group(1).strip() for m in _PARENS.finditer(question))
    return [a for a in inside if is_acronym(a) and 0 < doc_freq(a.lower()) < RARE_DF]


def _named_inside(question: str, doc_freq: Callable[[str], float]) -> list[str]:
    """Proper names given in parentheses after the name asked about, each word in some
    passage: another name of it a report may use instead ("SiS, the state agency (Statens
    institutionsstyrelse)"); not an elaboration in lower case ("Komet (inklusive
    Tonårskomet)"), an acronym (see _defined, _elaborating) nor a unit or place."""
    found = []
    for m in _PARENS.finditer(question):
        inside = m.group(1).strip()
        tokens = TOKEN.findall(inside)
        if not tokens or not inside[0].isupper() or len(tokens) > 4 or is_acronym(inside):
            continue
        if any(_is_unit_word(t) for t in tokens) or any(doc_freq(t.lower()) == 0 for t in tokens):
            continue
        found.append(inside)
    return found


def _unknown_named(question: str, doc_freq: Callable[[str], float]) -> str | None:
    """An acronym in parentheses that no passage contains, after a word no passage contains
    either ("multisystemisk terapi (MST)"): the question names a thing the reports never
    name, however near its other words ("ungdomar med beteendeproblem") come; None else."""
    for m in _PARENS.finditer(question):
        acronym = m.group(1).strip()
        before = TOKEN.findall(question[: m.start()])[-3:]
        if (
            is_acronym(acronym)
            and doc_freq(acronym.lower()) == 0
            and names_unknown(" ".join(before), doc_freq)
        ):
            return acronym
    return None


def _rare_inside(question: str, doc_freq: Callable[[str], float]) -> str | None:
    """The most specific rare word in parentheses, for a question with none outside them: the
    report's own word given beside a description ("an environmental representative
    (miljöombud)") is what a passage must say; None when there is none."""
    inside = " ".join(m.group(1) for m in _PARENS.finditer(question))
    rare = [t for t in TOKEN.findall(inside) if is_rare(t, doc_freq)]
    return max(rare, key=lambda t: specificity(t, doc_freq), default=None)


def _defined(question: str, doc_freq: Callable[[str], float]) -> tuple[list[Term], str]:
    """The acronyms a question gives in parentheses as another name of what stands before
    them: with the long form that spells them ("Respekt och självrespekt (RoS)": either will
    do) or beside a quoted wording ("motivational interviewing (MI, 'motiverande samtal')");
    or beside another wording of two words or more ("(MI / motiverande samtal)": that wording
    is a key term too); and the question without those long forms (their words are no other
    name). An acronym alone in parentheses only elaborates ("enligt socialtjänstlagen (SoL)")
    and is left out."""
    found: list[Term] = []
    for m in reversed(list(_PARENS.finditer(question))):
        inside = _QUOTED.sub(" ", m.group(1))
        acronyms = [  # "SIG" is also "sig", a word the index leaves out (says nothing)
            a for a in re.split(r"[,;\s]+", inside) if is_acronym(a) and doc_freq(a.lower()) < 1.0
        ]
        beside = _other_names(inside) if acronyms else []
        before = question[: m.start()]
        words = TOKEN.findall(before)
        for acronym in acronyms:
            long_form = spelled_out(words, acronym)
            if long_form is None and _QUOTED.search(m.group(1)) is None and not beside:
                continue
            found.append(make_term(acronym, exact=True))
            if long_form is not None:
                spelled = make_term(long_form, exact=True)
                found.append(Term(f"{long_form} ({acronym})", spelled.words, spelled.pattern))
                cut = before.rstrip().rfind(long_form.split()[0])
                question = question[:cut] + " " + question[m.start() :]
        if found and beside:
            found += [make_term(name, exact=True) for name in beside]
    return found, question


def _other_names(inside: str) -> list[str]:
    """The wordings beside an acronym in parentheses, parted from it by "/", "," or ";"
    ("MI / motiverande samtal", "MI, motiverande samtal"): other names of the same thing, each
    of two words or more (one word may only elaborate: "(SoL, 2001)")."""
    parts = (p.strip() for p in re.split(r"[,;/]", inside))
    return [p for p in parts if len(TOKEN.findall(p)) >= 2 and not any(map(is_acronym, p.split()))]


def _is_unit_word(word: str) -> bool:
    """Unit and place words name who, not what ("Familjeenhetens", "Kungsholmens")."""
    lowered = word.lower()
    return lowered.endswith(("enheten", "enhetens", "enheterna", "enheternas")) or is_place(word)
