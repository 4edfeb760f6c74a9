"""Migrations hold the code they run, and ids are never guessed from max(id)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

VERSIONS = REPO / "app" / "store" / "migrations" / "versions"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_migration_imports_the_live_program() -> None:
    found = {p.name: [n for n in _imports(p) if n == "app" or n.startswith(("app.", "ui"))]
             for p in sorted(VERSIONS.glob("*.py"))}
    assert len(found) >= 5
    assert {k: v for k, v in found.items() if v} == {}


def test_no_code_allocates_ids_from_the_largest_id() -> None:
    """`max(id) + 1` hands two writers the same id; ids come from the database."""
    offenders = []
    for path in sorted((REPO / "app").rglob("*.py")):
        text = path.read_text("utf-8")
        for needle in ("func.max(model.id", "max(id), 0) + 1", "next_id("):
            if needle in text:
                offenders.append(f"{path.relative_to(REPO)}: {needle}")
    assert offenders == []
