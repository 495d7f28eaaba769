"""The year features of one sentence for a question naming years (see features.Features):

- report_year: 1 when the question names the report's year, or an earlier year than a plan's
  and the sentence states it (a VP 2022 reports on 2021, its tables on 2019 and 2020);
- text_year: 1 when the sentence itself states a year the question names;
- other_year: 1 when the question names years (a follow-up: its own, "And back in 2016?") and
  the sentence states only other years, in a report of another year (asked about 2017, a 2022
  plan's "mellan 2020 och 2021" is about something else; a 2016 report's "(2015: 19 barn)"
  still reports 2016), or in a table row keyed by its year ("2013 | 367" in a 2017 report) or
  opening with it ("( 2015:148 ensamkommande barn …)" in a 2016 report), or, asked for a
  number, in a plan of the year asked (a VP 2020 cannot report on 2020: its "Under 2019 …"
  is 2019's; last year's underskott still explains this year's plan), nor, asked for the
  actual figure, any sentence of a plan of that year (a plan is written before its year);
- unsaid_year: 1 when the question names years, the report is of none of them (nor a plan of
  the year after one, which tells how that year went), and neither the sentence, those beside
  it, nor the passage's headings state one of them: a 2016 report's "(2016: 66 barn, 2015:
  56) Under året har 37 barn varit placerade" is about 2016, not the 2017 asked about.

A plan is written before its year: asked for a number of its own year or an earlier one, its
figures are another year's or targets (see year_features' second value, which features counts
as an unmet expectation), unless the question asks the level a change starts from ("Från
vilken nivå …?"): last year's figure answers that. Nor does a plan tell whether its year's
target was met ("Nådde enheten sitt årsmål för sjukfrånvaron 2020?" of the VP 2020; asked
with no year, its targets are its own year's), nor
what an inquiry of its year found ("Vad visade aktgranskningen våren 2022?" of the VP 2022).
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.text.years import years_in
from ingest.types import ReportMeta
from search.sentences import Evidence
from service.answer.asked import asks_baseline, asks_finding, asks_outcome
from service.answer.expectations import is_target_header
from service.answer.goal_asks import asks_if_met, names_goal_or_target
from service.answer.question import Question
from service.answer.text import keyed_by_year

__all__ = ["year_features"]


def year_features(
    ev: Evidence,
    q: Question,
    i: int,
    labels: Sequence[int | None],
    header: str,
    report_year: bool,
) -> tuple[dict[str, float], bool]:
    """The year features of sentence i (see the module docstring), and whether it gives a
    number of another year than the one a plan is asked about (see _plan_looks_back and
    _plans_target)."""
    text, span = ev.hit.chunk.text, ev.sentences[i]
    piece = text[span.start : span.end]
    stated, asked = set(years_in(piece)), set(q.focus or q.years)
    other = bool(asked and stated) and not stated & asked  # only other years than asked
    year = report_year or _looks_back(ev.hit.meta, asked, stated)
    looks_back = _plan_looks_back(ev.hit.meta, asked, stated)
    baseline = looks_back and asks_baseline(q.text)
    if baseline:
        other = False  # "Från vilken nivå …?": last year's figure is the level asked for
    past = (
        q.expects == "number"
        and (
            (looks_back and not baseline)
            or _plans_target(ev.hit.meta, asked, header)
            or _plans_outcome(ev.hit.meta, asked, q.text)
        )
    ) or ((asks_if_met(q.text) or asks_finding(q.text)) and _plans_its_year(ev.hit.meta, asked))
    past = past or _plans_if_met(ev.hit.meta, asked, stated, q.text)
    keyed = labels[i] is not None or keyed_by_year(piece)
    return {
        "report_year": float(year),
        "text_year": float(bool(stated & asked)),
        "other_year": float(other and (not year or past or keyed)),
        "unsaid_year": float(_unsaid_year(ev, i, asked, year, labels)),
    }, past


def _looks_back(meta: ReportMeta, asked: set[int], stated: set[int]) -> bool:
    """Whether a plan's sentence reports an earlier year the question asks about: a VP 2022
    tells how 2021 went ("Under 2021 har 59 personer ringt mottagningen") and keeps the years
    before in its tables ("2019: Antal besökare 1 749")."""
    if meta.doc_type != "VP" or meta.year is None:
        return False
    return any(y < meta.year for y in asked & stated)


def _plan_looks_back(meta: ReportMeta, asked: set[int], stated: set[int]) -> bool:
    """Whether a plan of a year the question asks about states only earlier years: a VP 2020
    cannot report on 2020 yet, so its "Under 2019 inkom 36 nya ärenden" is 2019's figure, not
    the answer to "How many new cases … in 2020?"."""
    if meta.doc_type != "VP" or meta.year is None or meta.year not in asked or not stated:
        return False
    return not stated & asked and all(y < meta.year for y in stated)


def _plans_target(meta: ReportMeta, asked: set[int], header: str) -> bool:
    """Whether a row of a plan's table of targets (see expectations.is_target_header) is asked
    about years before the plan's: "What share … said they were satisfied in 2021?" is not
    answered by the VP 2022's target "93 %"."""
    if meta.doc_type != "VP" or meta.year is None or not asked:
        return False
    return is_target_header(header) and all(y < meta.year for y in asked)


def _plans_its_year(meta: ReportMeta, asked: set[int]) -> bool:
    """Whether a plan is of a year asked about or earlier than them: written before the year,
    it cannot tell how that year went."""
    return (
        meta.doc_type == "VP" and meta.year is not None and bool(asked) and min(asked) >= meta.year
    )


def _plans_if_met(meta: ReportMeta, asked: set[int], stated: set[int], question: str) -> bool:
    """Whether a plan is asked, with no year named, whether a target was met ("Har enheten
    nått sitt årsmål om …?"): its targets are for its own year, which it is written before,
    so only a sentence telling of an earlier year ("Under 2021 nåddes målet") can say."""
    if asked or meta.doc_type != "VP" or meta.year is None:
        return False
    asked_if_met = asks_if_met(question) and names_goal_or_target(question)  # (cached first;
    # a goal or target named: not "how is feedback sorted and assessed?")
    return asked_if_met and not any(y < meta.year for y in stated)


def _plans_outcome(meta: ReportMeta, asked: set[int], question: str) -> bool:
    """Whether a plan is asked for the outcome of its own year or a later one ("Vilket utfall
    fick enheten 2020 …?", "Hur stor andel … upplevde under 2020 …?" of the VP 2020): a plan is
    written before its year, so no figure in it is that year's outcome (its "75 %" is a
    target)."""
    return _plans_its_year(meta, asked) and asks_outcome(question)


def _unsaid_year(
    ev: Evidence, i: int, asked: set[int], of_year: bool, labels: Sequence[int | None]
) -> bool:
    """Whether sentence i of a report of none of the `asked` years (`of_year`: it is of one,
    or a plan looking back on one) is told without an asked year in it, the sentences beside
    it, the table rows it labels (`labels`, see text.label_of) or the passage's headings: it
    tells of its own report's year (see the module docstring). A plan also tells how the
    year before went, except under a heading naming another year ("Budget 2022")."""
    meta = ev.hit.meta
    if not asked or of_year or meta.year is None:
        return False
    headed = set(years_in(" ".join(ev.hit.chunk.section_path)))
    if meta.doc_type == "VP" and meta.year - 1 in asked and not headed - asked:
        return False  # a plan tells how last year went, but not under "Budget 2022"
    near = {*range(max(0, i - 1), i + 2), *(j for j, label in enumerate(labels) if label == i)}
    text, spans = ev.hit.chunk.text, ev.sentences
    told = [text[spans[j].start : spans[j].end] for j in sorted(near) if j < len(spans)]
    return not asked & (headed | set(years_in(" ".join(told))))
