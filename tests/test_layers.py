"""The layers go one way: ui → app.services → app.domain / app.store.

Two checks: import-linter over the real import graph, and a scan of every import
statement (including ones inside functions, which lazy imports use).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

FORBIDDEN = {
    "app": ("PySide6", "shiboken6", "qasync", "ui"),
    "ui": ("sqlalchemy", "alembic", "app.store"),
    "app/domain": ("sqlalchemy", "sqlite3", "alembic", "app.store", "app.services", "app.io"),
    "app/services": ("sqlalchemy", "sqlite3", "alembic", "psycopg"),
}


def imported_names(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module))
    return out


def violations(root: Path) -> list[str]:
    found = []
    for folder, banned in FORBIDDEN.items():
        for path in sorted((root / folder).rglob("*.py")):
            for line, name in imported_names(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    found.append(f"{path.relative_to(root)}:{line} imports {name}")
    return found


def test_no_layer_is_crossed():
    assert violations(REPO) == []


def test_the_scan_catches_qt_in_app(tmp_path):
    for folder in ("app", "ui"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    bad = tmp_path / "app" / "domain" / "sneaky.py"
    bad.write_text("def f():\n    from PySide6 import QtCore\n    return QtCore\n")
    assert any("sneaky.py:2 imports PySide6" in v for v in violations(tmp_path))


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.fail("import-linter is part of the test extras: pip install -e '.[test]'")
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([exe, "--config", str(root / "pyproject.toml")], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_import_linter_contracts_hold():
    proc = lint_imports(REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def planted(tmp_path: Path, module: str, text: str) -> Path:
    """A copy of the tree with one more module under app/ holding `text`."""
    for folder in ("app", "ui"):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / module).write_text(text)
    return tmp_path


def test_import_linter_fails_when_app_imports_pyside6(tmp_path):
    proc = lint_imports(planted(tmp_path, "app/domain/sneaky.py", "import PySide6\n"))
    assert proc.returncode != 0
    assert "app.domain.sneaky" in proc.stdout


def test_import_linter_fails_when_a_service_imports_sqlalchemy(tmp_path):
    root = planted(tmp_path, "app/services/sneaky.py", "import sqlalchemy\n")
    proc = lint_imports(root)
    assert proc.returncode != 0
    assert "app.services.sneaky" in proc.stdout and "sqlalchemy" in proc.stdout
    assert any("sneaky.py:1 imports sqlalchemy" in v for v in violations(root))
