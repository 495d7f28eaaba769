"""Dependencies point one way: ingest <- search <- service. Library code reads no env."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {"ingest": {"search", "service"}, "search": {"service"}, "service": set()}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_imports_point_one_way() -> None:
    bad = []
    for package, forbidden in FORBIDDEN.items():
        for path in (ROOT / package).rglob("*.py"):
            wrong = _imports(path) & forbidden
            if wrong:
                bad.append(f"{path.relative_to(ROOT)} imports {sorted(wrong)}")
    assert not bad, bad


def test_library_code_reads_no_environment() -> None:
    offenders = []
    for package in ("ingest", "search"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "os.environ" in text or "getenv(" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders


def _modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


# Inside the packages: the text toolkit is the bottom of ingest; the answerer, guards and
# uploads never reach into the HTTP routes (service.api) or the CLI.
INNER = {
    "ingest/text": ("ingest.",),
    "service/answer": ("service.api", "service.guards", "service.uploads", "service.cli"),
    "service/guards": ("service.api", "service.answer", "service.cli"),
    "service/uploads": ("service.api", "service.answer", "service.guards", "service.cli"),
}


def test_sub_packages_point_one_way() -> None:
    bad = []
    for folder, forbidden in INNER.items():
        own = folder.replace("/", ".")
        for path in (ROOT / folder).rglob("*.py"):
            for name in _modules(path):
                if name.startswith(forbidden) and not name.startswith(own):
                    bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, bad


def test_project_imports_resolve_in_this_tree() -> None:
    """Every import of a project module names a file of this checkout (an editable install of
    another checkout would otherwise answer for a module that was moved or removed here)."""
    missing = []
    for package in ("ingest", "search", "service", "tests", "bench"):
        for path in (ROOT / package).rglob("*.py"):
            if "out" in path.relative_to(ROOT).parts:
                continue
            for name in _modules(path):
                if name.split(".")[0] not in {"ingest", "search", "service", "tests", "bench"}:
                    continue
                target = ROOT.joinpath(*name.split("."))
                if not (target.with_suffix(".py").exists() or (target / "__init__.py").exists()):
                    missing.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not missing, missing
