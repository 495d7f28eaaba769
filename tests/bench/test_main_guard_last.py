"""A module run as a script executes its `if __name__ == "__main__":` block where it stands:
a function defined after it does not exist yet when main() calls it (bench.load's `stop`,
defined below the guard, failed with NameError after a whole load run and left its server
running). Every runnable module of the repository keeps the guard last."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    p
    for package in ("bench", "ingest", "search", "service")
    for p in (ROOT / package).rglob("*.py")
    if "__main__" in p.read_text(encoding="utf-8")
)


def _is_main_guard(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
    )


def test_there_are_runnable_modules() -> None:
    assert any(p.name == "load.py" for p in MODULES)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_main_guard_is_the_last_statement(path: Path) -> None:
    body = ast.parse(path.read_text(encoding="utf-8")).body
    guards = [i for i, node in enumerate(body) if _is_main_guard(node)]
    assert all(i == len(body) - 1 for i in guards), f"{path}: code after the __main__ guard"
