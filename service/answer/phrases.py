"""Everyday phrasings of the reports' terms ("gick back" for "underskott", "personalen
slutar" for "personalomsättning"): a question worded so is searched and weighed with the term
the reports write as well (see service.answer.reading). A phrase, so no word group of
service.answer.thesaurus can hold it. Each pattern is Swedish (an English question is read in
its Swedish wording first) and says the term in this domain almost always; a wrong one makes
the assistant answer questions the reports cannot answer. Pure data plus one pure function."""

from __future__ import annotations

import re

__all__ = ["PHRASES", "report_terms"]

PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), term)
    for pattern, term in (
        (
            r"\bgick\s+(?:\w+\s+){0,2}?(?:back|minus|med (?:förlust|minus))\b|"
            r"\b(?:inte|ej) (?:höll|håller|hållit|hålla|klarade|klarat|klarar) (?:sig )?(?:inom )?"
            r"budget(?:en|ramen)?\b|"
            r"\b(?:höll|håller|klarade|klarar)\s+(?:\w+\s+){0,3}?(?:inte|ej)\s+(?:inom\s+)?"
            r"budget\w*|\böverskr[eiä]\w* budget\w*|\bbudget(?:en)? (?:höll|räckte) inte\b|"
            r"\b(?:blev|blir|blivit)\s+(?:det\s+)?(?:ett\s+)?minus\b|\bekonomiskt minus\b|"
            r"\b(?:låg|ligger|legat|ligga)\b[^?.!]{0,60}?\bback\b",
            "underskott",
        ),
        (
            r"\bgick\s+(?:\w+\s+){0,2}?(?:plus|med vinst)\b|"
            r"\b(?:blev|blir|blivit)\s+(?:det\s+)?(?:ett\s+)?plus\b|\bekonomiskt plus\b",
            "överskott",
        ),
        (
            r"\b(?:personal(?:en)?|medarbetar(?:e|na)|anställda) (?:slutar|slutade|har slutat)\b",
            "personalomsättning",
        ),
        (
            r"\b(?:kommer|kom|komma|kommit|återkommer|återkom)\s+tillbaka\b|"
            r"(?<!\binte\s)\b(?:blir|blev|blivit)\s+(?:\w+\s+){0,2}?aktuell\w*\s+igen\b|"
            r"\b(?:comes?|came|coming)\s+back\b|\bback\s+in\s+contact\b",
            "återaktualisering",
        ),
        (
            r"\b(?:saknar|saknade|saknat|sakna|utan)\s+(?:\w+\s+)?(?:bostad|tak över huvudet)\b",
            "hemlöshet",
        ),
        (r"\b(?:tas|togs|tagits|tagna|tagen|taget|ta|tog|tar)\s+om\s*hand\b", "omhändertagande"),
        (r"\bmed tvång\b|\btvångsvis\b|\bmot sin vilja\b", "LVU"),
        (r"\bfast\s+anställd\w*", "tillsvidareanställda"),
        (r"\b(?:gått|gick|går|gå|blivit|blev|blir)\s+(?:\w+\s+)?(?:snett|fel)\b", "avvikelse"),
        (r"\bvem som är (?:pappa|far|fader)\b|\bpappaskap\w*", "faderskap"),
    )
)
"""Everyday phrasings of a report's term ("gick back", "låg back", "höll sig inte inom
budgeten" for "underskott"; "personalen slutar" for "personalomsättning"; "kommer tillbaka",
"blir aktuella igen" for "återaktualisering", but not "inte är aktuella igen", an indicator's
own words; "saknar bostad" for "hemlöshet"; "togs om hand" for "omhändertagande"; "med tvång"
for "LVU"; "fast anställda" for "tillsvidareanställda"; "gått snett" for "avvikelse"; "vem som
är pappa" for "faderskap"): a phrase, so no word group can hold it."""


def report_terms(text: str) -> tuple[str, ...]:
    """The report terms a question's everyday phrases stand for (see PHRASES), once each."""
    return tuple(dict.fromkeys(term for pattern, term in PHRASES if pattern.search(text)))
