"""The goal ledger: goals of every report built into versions (build), linked across years
(link), quoted exactly (quotes), compared in wording (diff), exported as CSV (export) and used to
answer questions about a goal's follow-up (qa). Goals themselves are parsed by `ingest.goals`."""

from search.goals.build import Ledger, build_ledger, filter_goals, version_key
from search.goals.diff import similarity, wording_diff
from search.goals.export import anchor_chunk_id, ledger_csv
from search.goals.link import LinkParams
from search.goals.qa import GoalAnswer, answer_goal_question, compose_versions, is_goal_question
from search.goals.quotes import Quote, best_quote

__all__ = [
    "GoalAnswer",
    "Ledger",
    "LinkParams",
    "Quote",
    "anchor_chunk_id",
    "answer_goal_question",
    "best_quote",
    "build_ledger",
    "compose_versions",
    "filter_goals",
    "is_goal_question",
    "ledger_csv",
    "similarity",
    "version_key",
    "wording_diff",
]
