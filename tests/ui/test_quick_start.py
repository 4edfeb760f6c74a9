"""A quick start: the first page read with plain sqlite3, the store opened later
(the replay itself: tests/ui/test_quick_start_cache.py)."""

from __future__ import annotations

from app.domain.filters import CaseFilter
from tests.conftest import FIXED_NOW
from tests.ui.conftest import USER


def test_window_shows_the_prefilled_page_then_opens_the_store(qtbot, qloop, english, inbox,
                                                              ui_settings) -> None:
    from ui.main_window import MainWindow

    f = CaseFilter()
    first = inbox.first_page(f, "deadline", False, 100)
    w = MainWindow(None, ui_settings, now=lambda: FIXED_NOW, user=USER, description="db file")
    qtbot.addWidget(w)
    w.switch_view("all")
    w.controller.prefill(first)
    assert w.model.rowCount() == 100 and w.model.case_id(0) == first[0].id
    assert "db file" in w.db_label.text()
    w.show()
    qtbot.waitUntil(lambda: w._painted)
    qtbot.wait(20)
    # File → Import waits for the store: its modules (SQLAlchemy) would delay the paint
    assert "importAction" not in [a.objectName() for a in w.file_menu.actions()]
    w.controller.connect_store(lambda: inbox)
    qtbot.waitUntil(lambda: "importAction" in [a.objectName() for a in w.file_menu.actions()])
    qtbot.waitUntil(lambda: w.controller.total == 300 and bool(w.controller.counts) and w.jobs.busy == 0, timeout=10000)
    qtbot.waitUntil(lambda: w.pane.case_id == first[0].id, timeout=5000)
    assert inbox.description in w.db_label.text()
    w.jobs.close()


def _window_without_store(qtbot, ui_settings, monkeypatch):  # type: ignore[no-untyped-def]
    """A shown window whose store is yet to open; the messages it would show, collected."""
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text)))
    w = MainWindow(None, ui_settings, now=lambda: FIXED_NOW, user=USER, description="x")
    qtbot.addWidget(w)
    w.show()
    return w, shown


def test_window_reports_a_store_that_cannot_open(qtbot, qloop, english, ui_settings,
                                                  monkeypatch) -> None:
    w, shown = _window_without_store(qtbot, ui_settings, monkeypatch)

    def broken():  # type: ignore[no-untyped-def]
        raise OSError("the database file is read-only for this user")

    w.controller.connect_store(broken)
    qtbot.waitUntil(lambda: bool(shown))
    assert "read-only" in shown[0]
    w.jobs.close()


def test_the_store_opens_after_the_first_paint(qtbot, qloop, english, ui_settings) -> None:
    """run_gui opens the store through when_painted: importing SQLAlchemy in a worker
    holds the GIL, which must not delay the first paint."""
    from ui.main_window import MainWindow

    w = MainWindow(None, ui_settings, now=lambda: FIXED_NOW, user=USER, description="x")
    qtbot.addWidget(w)
    calls: list[object] = []
    w.when_painted(lambda: calls.append(w._painted), at_latest_ms=60_000)
    qtbot.wait(20)
    assert calls == []  # not before the window is painted
    w.show()
    qtbot.waitUntil(lambda: calls == [True])
    w.when_painted(lambda: calls.append("later"))  # once painted: on the next turn
    qtbot.waitUntil(lambda: calls == [True, "later"])
    w.jobs.close()


def test_an_unpainted_window_still_opens_the_store(qtbot, qloop, english, ui_settings) -> None:
    from ui.main_window import MainWindow

    w = MainWindow(None, ui_settings, now=lambda: FIXED_NOW, user=USER, description="x")
    qtbot.addWidget(w)  # never shown, as a window that starts minimised may never paint
    calls: list[str] = []
    w.when_painted(lambda: calls.append("open"), at_latest_ms=10)
    qtbot.waitUntil(lambda: calls == ["open"])
    w.show()
    qtbot.waitUntil(lambda: w._painted)
    qtbot.wait(50)
    assert calls == ["open"]  # once, not again at the paint
    w.jobs.close()


def test_a_bug_while_opening_the_store_names_the_log(qtbot, qloop, english, ui_settings,
                                                     bug_log, monkeypatch) -> None:
    w, shown = _window_without_store(qtbot, ui_settings, monkeypatch)

    def broken():  # type: ignore[no-untyped-def]
        raise TypeError("open_store() got an unexpected keyword argument")

    w.controller.connect_store(broken)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Opening the database" in shown[0] and str(bug_log) in shown[0]
    assert "TypeError: open_store() got an unexpected" in bug_log.read_text("utf-8")
    w.jobs.close()
