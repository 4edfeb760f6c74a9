"""A quick start: the first page read with plain sqlite3, the store opened later
(the replay itself: tests/services/test_first_pages.py)."""

from __future__ import annotations

from app.domain.filters import CaseFilter
from app.services import quick_start
from tests.conftest import FIXED_NOW
from tests.ui.conftest import USER


def test_the_shipped_first_pages_are_the_tables_page() -> None:
    from ui.case_model import CaseTableModel

    assert quick_start.shipped()["limit"] == CaseTableModel.PAGE


def test_window_shows_the_prefilled_page_then_opens_the_store(qtbot, qloop, english, inbox,
                                                              ui_settings) -> None:
    from ui.main_window import MainWindow

    f = CaseFilter()
    first = inbox.first_page(f, "deadline", False, 100)
    w = MainWindow(None, ui_settings, now=lambda: FIXED_NOW, user=USER, description="db file")
    qtbot.addWidget(w)
    w.switch_view("all")
    w.prefill(first)
    assert w.model.rowCount() == 100 and w.model.case_id(0) == first[0].id
    assert "db file" in w.db_label.text()
    w.show()
    w.connect_store(lambda: inbox)
    qtbot.waitUntil(lambda: w.total == 300 and bool(w.counts) and w.jobs.busy == 0, timeout=10000)
    qtbot.waitUntil(lambda: w.pane.case_id == first[0].id, timeout=5000)
    assert inbox.description in w.db_label.text()
    w.jobs.close()


def test_window_reports_a_store_that_cannot_open(qtbot, qloop, english, ui_settings,
                                                  monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text)))
    w = MainWindow(None, ui_settings, now=lambda: FIXED_NOW, user=USER, description="x")
    qtbot.addWidget(w)
    w.show()

    def broken():  # type: ignore[no-untyped-def]
        raise OSError("the database file is read-only for this user")

    w.connect_store(broken)
    qtbot.waitUntil(lambda: bool(shown))
    assert "read-only" in shown[0]
    w.jobs.close()
