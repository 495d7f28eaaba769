"""The sync plan, checked by hand without an index."""

from __future__ import annotations

from dataclasses import replace

from search.syncplan import plan_sync, with_digest
from tests.search.factory import make_report


def test_plan_new_changed_unchanged_and_deleted() -> None:
    a = make_report("a", ["A"], source="corpus/a.txt")
    b = make_report("b", ["B"], source="corpus/b.txt")
    b2 = make_report("b", ["B ändrad"], source="corpus/b.txt")
    stored = {
        "a": (a.digest, "corpus/a.txt"),
        "b": (b.digest, "corpus/b.txt"),
        "gone": ("d1", "corpus/gone.txt"),  # file deleted
        "upload": ("d2", "idx/uploads/x.pdf"),  # kept: its file still exists
        "part-3": ("d3", "corpus/b.txt"),  # a bundle part that its file no longer yields
    }
    new = make_report("c", ["C"], source="corpus/c.txt")
    plan = plan_sync([a, b2, new], stored, exists=lambda s: s != "corpus/gone.txt")
    assert [r.id for r in plan.put] == ["b", "c"]
    assert (plan.added, plan.replaced, plan.unchanged) == (1, 1, 1)
    assert sorted(plan.delete) == ["gone", "part-3"]


def test_plan_reformat_puts_everything() -> None:
    a = make_report("a", ["A"])
    plan = plan_sync([a], {"a": (a.digest, a.source)}, reformat=True, exists=lambda _: True)
    assert [r.id for r in plan.put] == ["a"] and plan.replaced == 1 and plan.unchanged == 0


def test_with_digest_is_stable_and_content_sensitive() -> None:
    a = replace(make_report("a", ["A"]), digest="")
    assert with_digest(a).digest == with_digest(a).digest != ""
    assert with_digest(replace(make_report("a", ["B"]), digest="")).digest != with_digest(a).digest
    assert with_digest(make_report("a", ["A"], digest="given")).digest == "given"
