"""A quick start: the first page replayed with plain sqlite3, the store opened later."""

from __future__ import annotations

import json

from app.config import resolve
from app.domain.filters import CaseFilter
from app.services import quick_start
from app.services.inbox_views import view_filter
from tests.conftest import FIXED_NOW
from tests.ui.conftest import USER


def test_remembered_first_page_replays_the_same_rows(inbox, data_dir) -> None:
    f = view_filter("mine", me_id=inbox.me_id(), now=FIXED_NOW)
    assert inbox.remember_start("mine", f, "deadline", False)
    key = quick_start.key(USER, "mine", "deadline", False)
    rows = quick_start.replay(resolve(data_dir), key, "mine")
    assert rows == inbox.first_page(f, "deadline", False, 100)
    assert rows and all(r.assignee == USER for r in rows)


def test_replay_refuses_what_may_have_changed(inbox, data_dir) -> None:
    loc = resolve(data_dir)
    f = view_filter("all", me_id=None, now=FIXED_NOW)
    inbox.remember_start("all", f, "amount", True)
    good = quick_start.key(USER, "all", "amount", True)
    assert quick_start.replay(loc, good, "all")
    # another user, view or sort
    assert quick_start.replay(loc, quick_start.key("someone", "all", "amount", True), "all") is None
    assert quick_start.replay(loc, quick_start.key(USER, "all", "deadline", False), "all") is None
    # views that move with the clock are never remembered
    assert not inbox.remember_start("overdue", f, "amount", True)
    assert quick_start.replay(loc, quick_start.key(USER, "overdue", "amount", True), "overdue") is None
    # another schema revision
    saved = json.loads((data_dir / quick_start.FILE).read_text("utf-8"))
    (data_dir / quick_start.FILE).write_text(json.dumps({**saved, "revision": "0000"}), "utf-8")
    assert quick_start.replay(loc, good, "all") is None
    # a damaged file
    (data_dir / quick_start.FILE).write_text("{not json", "utf-8")
    assert quick_start.replay(loc, good, "all") is None


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
