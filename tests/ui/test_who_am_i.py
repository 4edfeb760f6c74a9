"""Who am I: on a store where nobody has a password yet, the window asks which agent
works it, remembers the answer per store, and "My cases" and every action follow that
agent (a secured store signs in instead: tests/ui/test_sign_in.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.inbox import Inbox
from app.services.inbox_views import view_filter
from tests.conftest import FIXED_NOW, unsecure
from ui import who_am_i
from ui.who_am_i import SOMEONE_ELSE, WhoAmIDialog


def _window(qtbot, demo_store, settings, user: str):  # type: ignore[no-untyped-def]
    from ui.app import application
    from ui.main_window import MainWindow

    application()
    unsecure(demo_store)
    w = MainWindow(Inbox(demo_store, user), settings, now=lambda: FIXED_NOW, ask_who=True,
                   store_id="demo-store")
    qtbot.addWidget(w)
    w.resize(1440, 900)
    w.show()
    w.start()
    return w


def _pick(dialog: WhoAmIDialog, value: str) -> None:
    for i in range(dialog.list.count()):
        if dialog.list.item(i).data(Qt.ItemDataRole.UserRole) == value:
            dialog.list.setCurrentRow(i)
            return
    raise AssertionError(f"{value} is not offered")


def test_first_start_asks_and_my_cases_follow_the_agent(
        qtbot, qloop, english, demo_store, ui_settings) -> None:
    w = _window(qtbot, demo_store, ui_settings, "someone-os-login")
    qtbot.waitUntil(lambda: w.who_dialog is not None and w.who_dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: w.jobs.busy == 0 and bool(w.controller.counts), timeout=10000)
    assert w.controller.counts["mine"] == 0  # an OS login that is nobody's name
    dialog = w.who_dialog
    assert isinstance(dialog, WhoAmIDialog)
    offered = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("lina" in t and "agent" in t for t in offered)
    assert offered[-1] == "Someone else…"
    _pick(dialog, "lina")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert w.agent == "lina" and w.inbox is not None and w.inbox.user == "lina"
    qtbot.waitUntil(lambda: w.jobs.busy == 0 and w.controller.me_id is not None, timeout=10000)
    inbox = Inbox(demo_store, "lina")
    expected = inbox.counts({"mine": view_filter("mine", me_id=inbox.me_id(), now=FIXED_NOW)})
    qtbot.waitUntil(lambda: w.controller.counts.get("mine") == expected["mine"], timeout=10000)
    assert expected["mine"] > 0
    assert who_am_i.remembered(ui_settings, "demo-store") == "lina"
    assert who_am_i.remembered(ui_settings, "another-store") is None
    assert "lina" in w.user_label.text()
    w.jobs.close()


def test_someone_else_by_name_and_changed_later_from_the_menu(
        qtbot, qloop, english, demo_store, ui_settings) -> None:
    w = _window(qtbot, demo_store, ui_settings, "lina")
    qtbot.waitUntil(lambda: w.who_dialog is not None and w.who_dialog.isVisible(), timeout=10000)
    dialog = w.who_dialog
    assert isinstance(dialog, WhoAmIDialog)
    assert dialog.chosen() == "lina"  # the current user is preselected
    _pick(dialog, SOMEONE_ELSE)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no name yet
    dialog.other_name.setText("  Temp   Helper ")
    assert ok.isEnabled()
    ok.click()
    assert w.agent == "Temp Helper"
    qtbot.waitUntil(lambda: w.jobs.busy == 0 and bool(w.controller.counts), timeout=10000)
    qtbot.waitUntil(lambda: w.controller.counts.get("mine") == 0, timeout=10000)

    w.who_action.trigger()
    qtbot.waitUntil(lambda: w.who_dialog is not dialog and w.who_dialog.isVisible(),
                    timeout=10000)
    again = w.who_dialog
    assert isinstance(again, WhoAmIDialog) and again.chosen() == "Temp Helper"
    _pick(again, "lina")
    again.accept()
    assert w.agent == "lina"
    assert who_am_i.remembered(ui_settings, "demo-store") == "lina"
    w.jobs.close()


def test_the_window_does_not_ask_when_told_who_works_it(window) -> None:
    assert window.who_dialog is None and window.agent == "lina"


def test_user_on_the_command_line_wins_then_the_remembered_one(ui_settings) -> None:
    assert who_am_i.starting_user(ui_settings, "db", "oslogin", False) == ("oslogin", True)
    who_am_i.remember(ui_settings, "db", "lina")
    assert who_am_i.starting_user(ui_settings, "db", "oslogin", False) == ("lina", False)
    assert who_am_i.starting_user(ui_settings, "db", "wanglei", True) == ("wanglei", False)
    assert who_am_i.starting_user(ui_settings, "other-db", "oslogin", False) == ("oslogin", True)
