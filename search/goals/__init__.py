"""The goal ledger: goals of every report built into versions (build), linked across years
(link), compared in wording (diff), exported as CSV (export) and the
thread a topic is about picked (threads). Goals themselves are parsed by `ingest.goals` and stored
with their report; answer prose about goals is the answerer's (`service.answer.goal_prose`)."""

from search.goals.build import Ledger, build_ledger, filter_goals, version_key
from search.goals.diff import similarity, wording_diff
from search.goals.export import anchor_chunk_id, ledger_csv
from search.goals.link import LinkParams
from search.goals.threads import pick_thread

__all__ = [
    "Ledger",
    "LinkParams",
    "anchor_chunk_id",
    "build_ledger",
    "filter_goals",
    "ledger_csv",
    "pick_thread",
    "similarity",
    "version_key",
    "wording_diff",
]
