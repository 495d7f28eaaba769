"""What a question says in parentheses and quotes: another name of what it asks about (an
acronym and its long form, "Respekt och självrespekt (RoS)", "lagen om samverkan vid
utskrivning (LUS)", "SiS … (Statens institutionsstyrelse)"), the reports' own word beside a
description ("an environmental representative (miljöombud)"), or a name no report holds
("multisystemisk terapi (MST)"). Used by service.answer.keyterms; pure functions over the
question and the passages' word frequencies."""

from __future__ import annotations

import re
from collections.abc import Callable

from service.answer.acronyms import is_acronym, spelled_out
from service.answer.names import is_unit_word
from service.answer.rare_words import RARE_DF, TOKEN, is_rare, names_unknown, specificity
from service.answer.terms import Term, make_term

__all__ = [
    "PARENS",
    "QUOTED",
    "acronyms_defined",
    "elaborating",
    "named_inside",
    "programme_named",
    "rare_inside",
    "reports_words_inside",
    "unknown_named",
]

QUOTED = re.compile(
    r"[\"“”«»]([^\"“”«»]{2,60})[\"“”«»]|(?<![\w'‘’])['‘’]([^'‘’]{2,60})['‘’](?![\w'‘’])"
)  # "…", «…», and '…' / ‘…’ but not an apostrophe ("Kungsholmen's")
PARENS = re.compile(r"\(([^)]*)\)")


def elaborating(question: str, doc_freq: Callable[[str], float]) -> list[str]:
    """The acronyms a question gives in parentheses after what they abbreviate, unspelled by
    its words (see acronyms_defined): "lagen om samverkan vid utskrivning (LUS)". A report may write
    either, so one rare in the passages (LUS, KBT; not APT, in one passage of 25) is another
    name of the key: an alternative to the rare word before it, and the key itself when that
    was said in words the reports do not use (an English question)."""
    inside = (m.group(1).strip() for m in PARENS.finditer(question))
    return [a for a in inside if is_acronym(a) and 0 < doc_freq(a.lower()) < RARE_DF]


_KIND = re.compile(
    r"\b(?:programme|program|programmet|programmets|model|modellen|method|metoden|tool|"
    r"verktyget|instrument|instrumentet|project|projektet)\s*$",
    re.IGNORECASE,
)


def programme_named(question: str, elaborated: list[str]) -> list[str]:
    """Of the question's elaborating acronyms (`elaborated`, see elaborating), those given
    right after the kind of thing they name ("the Mentors in Violence Prevention programme
    (MVP)", "programmet (MVP)"): the programme's name, which a report states, not the words
    describing it before ("våldsförebyggande", which many units write without it)."""
    return [
        m.group(1).strip()
        for m in PARENS.finditer(question)
        if m.group(1).strip() in elaborated and _KIND.search(question[: m.start()])
    ]


def named_inside(question: str, doc_freq: Callable[[str], float]) -> list[str]:
    """Proper names given in parentheses after the name asked about, each word in some
    passage: another name of it a report may use instead ("SiS, the state agency (Statens
    institutionsstyrelse)"); not an elaboration in lower case ("Komet (inklusive
    Tonårskomet)"), an acronym (see acronyms_defined, elaborating) nor a unit or place."""
    found = []
    for m in PARENS.finditer(question):
        inside = m.group(1).strip()
        tokens = TOKEN.findall(inside)
        if not tokens or not inside[0].isupper() or len(tokens) > 4 or is_acronym(inside):
            continue
        if any(is_unit_word(t) for t in tokens) or any(doc_freq(t.lower()) == 0 for t in tokens):
            continue
        found.append(inside)
    return found


def unknown_named(question: str, doc_freq: Callable[[str], float]) -> str | None:
    """An acronym in parentheses that no passage contains, after a word no passage contains
    either ("multisystemisk terapi (MST)"): the question names a thing the reports never
    name, however near its other words ("ungdomar med beteendeproblem") come; None else."""
    for m in PARENS.finditer(question):
        acronym = m.group(1).strip()
        before = TOKEN.findall(question[: m.start()])[-3:]
        if (
            is_acronym(acronym)
            and doc_freq(acronym.lower()) == 0
            and names_unknown(" ".join(before), doc_freq)
        ):
            return acronym
    return None


def rare_inside(question: str, doc_freq: Callable[[str], float]) -> str | None:
    """The most specific rare word in parentheses, for a question with none outside them: the
    report's own word given beside a description ("an environmental representative
    (miljöombud)") is what a passage must say; None when there is none."""
    inside = " ".join(m.group(1) for m in PARENS.finditer(question))
    rare = [t for t in TOKEN.findall(inside) if is_rare(t, doc_freq)]
    return max(rare, key=lambda t: specificity(t, doc_freq), default=None)


_LISTED = re.compile(r"\s*(?:,|/|\bor\b|\beller\b)\s*", re.IGNORECASE)


def reports_words_inside(question: str, doc_freq: Callable[[str], float]) -> list[str]:
    """The reports' own words given in parentheses beside the asker's English, the rare ones:
    one word some passage holds ("(barnkonventionen)", "(diarieförs)"), or a list of such
    words ("(broschyrer, informationsfolder, informationsmaterial)"); [] for a programme's
    name whose words the reports use apart ("(Parent Management Training – the Oregon
    model)", "ICDP (Vägledande samspel)")."""
    found: list[str] = []
    for m in PARENS.finditer(question):
        items = [TOKEN.findall(i) for i in _LISTED.split(m.group(1)) if i.strip()]
        if not items or any(len(i) != 1 or doc_freq(i[0].lower()) <= 0 for i in items):
            continue
        found += [i[0] for i in items if doc_freq(i[0].lower()) < RARE_DF]
    return found


def acronyms_defined(question: str, doc_freq: Callable[[str], float]) -> tuple[list[Term], str]:
    """The acronyms a question gives in parentheses as another name of what stands before
    them: with the long form that spells them ("Respekt och självrespekt (RoS)": either will
    do) or beside a quoted wording ("motivational interviewing (MI, 'motiverande samtal')");
    or beside another wording of two words or more ("(MI / motiverande samtal)": that wording
    is a key term too); and the question without those long forms (their words are no other
    name). An acronym alone in parentheses only elaborates ("enligt socialtjänstlagen (SoL)")
    and is left out."""
    found: list[Term] = []
    for m in reversed(list(PARENS.finditer(question))):
        inside = QUOTED.sub(" ", m.group(1))
        acronyms = [  # "SIG" is also "sig", a word the index leaves out (says nothing)
            a for a in re.split(r"[,;/\s]+", inside) if is_acronym(a) and doc_freq(a.lower()) < 1.0
        ]
        beside = _other_names(inside) if acronyms else []
        before = question[: m.start()]
        words = TOKEN.findall(before)
        for acronym in acronyms:
            long_form = spelled_out(words, acronym)
            if long_form is None and QUOTED.search(m.group(1)) is None and not beside:
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
    of two words or more, or one long compound ("relationsvåldscentrum/RVC"); a short word or
    a number may only elaborate ("(SoL, 2001)")."""
    parts = (p.strip() for p in re.split(r"[,;/]", inside))
    return [p for p in parts if _a_name(p) and not any(map(is_acronym, p.split()))]


MIN_COMPOUND = 10
"""Letters of a one-word name beside an acronym ("relationsvåldscentrum")."""


def _a_name(part: str) -> bool:
    words = TOKEN.findall(part)
    return len(words) >= 2 or (len(words) == 1 and words[0].isalpha() and len(part) >= MIN_COMPOUND)
