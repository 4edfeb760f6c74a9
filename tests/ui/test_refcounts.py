"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
that returns nothing; `ui` keeps None, True and False alive regardless."""

from __future__ import annotations

import sys

import ui  # noqa: F401  (importing ui is what protects them)


def test_many_void_calls_cannot_free_none(qapp) -> None:
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    for _ in range(60_000):  # more than None's own count in a fresh interpreter
        w.update()
    assert sys.getrefcount(None) > 1 << 20
    assert sys.getrefcount(True) > 1 << 20 and sys.getrefcount(False) > 1 << 20
    w.deleteLater()
