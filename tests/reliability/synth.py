"""Synthetic but realistic unit reports (plain text), each with a unique searchable sentinel."""

from __future__ import annotations

import random

GOALS = (
    ("Barn och unga ska ha en trygg uppväxt", "Fler familjer får stöd i tid."),
    ("Stockholmarna ska ha god tillgång till stöd", "Väntetiderna till insatser minskar."),
    ("Verksamheten ska vara kostnadseffektiv", "Budgeten hålls och resurserna används rätt."),
)


_VOCAB = (
    "hembesök",
    "samtal",
    "placering",
    "utredning",
    "kontaktperson",
    "familjebehandling",
    "skola",
    "förskola",
    "polis",
    "hälsocentral",
    "fritidsgård",
    "boende",
    "budget",
    "personal",
    "handledning",
    "uppföljning",
)


def _words(n: int) -> str:
    """A sentence that differs from report to report (so no two intros are near-duplicates)."""
    rng = random.Random(n)
    return " ".join(rng.sample(_VOCAB, 8)).capitalize() + f" nummer {n * 7919 % 10007}."


def sentinel(n: int) -> str:
    """A word that occurs in report `n` only (letters only: analyzers split off digits)."""
    return "zq" + "".join("abcdefghij"[int(d)] for d in str(n)) + "qz"


def name(n: int) -> str:
    """File name of report `n` (ingest derives the report id from it)."""
    return f"vb-2021-syntetenheten-{n}.txt"


def report_text(n: int, extra: str = "") -> str:
    """A verksamhetsberättelse with three goals; `extra` goes into the first analysis."""
    parts = [
        "Verksamhetsberättelse 2021",
        f"Enhet Syntetenheten {n}",
        "Stadsdelsförvaltning Testområdet",
        "",
        "1. Inledning",
        f"Enheten arbetar med stöd till familjer. Ordet {sentinel(n)} finns bara här. {_words(n)}",
    ]
    for number, (goal, result) in enumerate(GOALS, start=1):
        analysis = (
            f"Under året har enhet {n} arbetat med mål {number}. {extra if number == 1 else ''}"
        )
        parts += [
            "",
            f"Nämndmål 1.{number} {goal}",
            "Förväntat resultat",
            result,
            "Analys",
            analysis.strip(),
            "Uppfylls delvis",
        ]
    return "\n".join(parts) + "\n"
