"""The problem codes the program raises its reply-library errors with, read from the
source: a code nobody words would reach the window untranslated."""

from __future__ import annotations

import ast

from tests.conftest import REPO

# The errors that carry a problem code as their second argument.
CODED = ("InvalidTemplate", "InvalidMacro", "BadValue")


def raised_codes() -> dict[str, set[str]]:
    """Each coded error's name → the codes app/ raises it with. A code that is not a
    literal fails here: it could not be checked (nor seen by a reader)."""
    found: dict[str, set[str]] = {name: set() for name in CODED}
    for path in sorted((REPO / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in CODED:
                continue
            code = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "problem"), None)
            assert isinstance(code, ast.Constant) and isinstance(code.value, str), \
                f"{path.name}:{node.lineno}: {name} without a literal problem code"
            found[name].add(code.value)
    return found
