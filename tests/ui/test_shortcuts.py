"""Every command of the window has a key of its own, F1 lists them all (read from the
window, so later actions appear by themselves), and each key does what it says: a
test walks the F1 table and presses every key on a real window over a demo store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from app.services import saved_views as sv
from tests.ui.conftest import USER, make_window
from ui.shortcuts import KeyboardShortcutsDialog, action_text, keys_text, shortcut_actions


@pytest.fixture
def full_window(qtbot, qloop, english, inbox, ui_settings):  # type: ignore[no-untyped-def]
    sv.save_view(inbox.store, USER, "Douyin only", {"view": "all", "platform": "douyin"})
    sv.save_view(inbox.store, USER, "Kuaishou only", {"view": "all", "platform": "kuaishou"})
    w = make_window(qtbot, inbox, ui_settings)
    qtbot.waitUntil(lambda: w._file_actions_installed and len(w.saved_view_actions) == 2,
                    timeout=10000)
    yield w
    w.jobs.close()


def _menu_actions(w: QWidget) -> list[QAction]:
    """The commands of the menu bar's menus, submenus included (the choices of a
    button's pop-up menu, such as a case's next statuses, are not window commands)."""
    out: list[QAction] = []
    todo = [a.menu() for a in w.menuBar().actions() if a.menu() is not None]  # type: ignore[attr-defined]
    while todo:
        menu = todo.pop()
        for a in menu.actions():  # type: ignore[union-attr]
            if a.menu() is not None:
                todo.append(a.menu())
            elif not a.isSeparator() and a.isVisible():  # a hidden entry is no command
                out.append(a)
    return list(dict.fromkeys(out))


def test_every_menu_command_has_a_key_and_no_two_share_one(full_window) -> None:
    listed = shortcut_actions(full_window)
    assert set(_menu_actions(full_window)) <= set(listed), [
        a.text() for a in set(_menu_actions(full_window)) - set(listed)]
    seen: dict[str, str] = {}
    for action in listed:
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is both {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    for needed in ("F1", "F5", "Ctrl+F", "J", "K", "O", "Ctrl+I", "Ctrl+S", "Ctrl+Shift+U",
                   "Ctrl+1", "Ctrl+9", "Ctrl+0", "Ctrl+Shift+1", "F2", "Del"):
        assert needed in seen, needed


def test_f1_lists_the_actions_and_finds_them(qtbot, full_window) -> None:
    QTest.keyClick(full_window.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: full_window.shortcuts_dialog is not None
                    and full_window.shortcuts_dialog.isVisible())
    dialog = full_window.shortcuts_dialog
    assert isinstance(dialog, KeyboardShortcutsDialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Keyboard shortcuts"] == "F1"
    assert rows["Next case"] == "J" and rows["Search"] == "Ctrl+F  /  /"
    assert rows["Douyin only"] == "Ctrl+Shift+1"  # saved views have keys too
    assert "Import platform export" in rows  # added by another module, found by itself
    dialog.search.setText("saved view")
    shown = {dialog.table.item(r, 0).text() for r in dialog.visible_rows()}
    assert shown == {"Rename saved view", "Delete saved view"}
    dialog.search.setText("ctrl+shift+1")
    assert [dialog.table.item(r, 0).text() for r in dialog.visible_rows()] == ["Douyin only"]
    dialog.close()


def _settle(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.jobs.busy == 0 and w.controller.total is not None, timeout=10000)


def _close_dialogs(w: QWidget) -> None:
    for top in QApplication.topLevelWidgets():
        if top is not w and top.isVisible() and top.isWindow():
            top.close()
    QApplication.processEvents()


def _state(w, file_dialogs: list) -> tuple:  # type: ignore[no-untyped-def,type-arg]
    app = QApplication.instance()
    focus = app.focusWidget()  # type: ignore[union-attr]
    windows = tuple(sorted(id(t) for t in QApplication.topLevelWidgets()
                           if t.isVisible() and t.isWindow()))
    return (w.controller.view_key, w.views.current_key(), w.table.currentIndex().row(),
            id(focus), windows, tuple(sorted(w.filter_bar.state().items())),
            w.isVisible(), tuple(w.jobs.names()), len(file_dialogs), w.pane.case_id)


def _baseline(qtbot, w, action: QAction) -> None:  # type: ignore[no-untyped-def]
    """A saved view shown (or, for a saved view's own key, the built-in "all"), the
    fourth case selected, the table focused, no dialog open (nor one on its way)."""
    _settle(qtbot, w)
    _close_dialogs(w)
    saved_key = str(action.data() or "")
    first_saved = w.views.saved_keys()[0]
    w.switch_view("all" if saved_key.startswith("saved:") else first_saved)
    _settle(qtbot, w)
    w.table.select_row(3)
    w.activateWindow()
    w.table.setFocus()
    qtbot.waitUntil(lambda: w.table.hasFocus())
    _settle(qtbot, w)


def _press(action: QAction, w: QWidget) -> None:
    combo = action.shortcuts()[0][0]
    target = QApplication.focusWidget() or w
    if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
        target = action.parent()  # type: ignore[assignment]
        target.setFocus()  # type: ignore[union-attr]
    QTest.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_every_key_in_the_f1_table_does_something(qtbot, full_window, monkeypatch) -> None:
    w = full_window
    file_dialogs: list[str] = []

    def save_name(*args, **kwargs):  # type: ignore[no-untyped-def]
        file_dialogs.append(str(args[1] if len(args) > 1 else ""))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save_name)
    # A command that asks in a nested loop (exec, QInputDialog) would stop the walk:
    # its question is noted and answered with Cancel.
    for name in ("getItem", "getText", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, lambda *a, _n=name, **k: (
            file_dialogs.append(_n), ("", False))[1])
    for cls in (QDialog, QMessageBox):
        monkeypatch.setattr(cls, "exec", lambda self, *a, **k: (
            file_dialogs.append(type(self).__name__), 0)[1])
    dialog = KeyboardShortcutsDialog(w)
    # By name and key: a list that is rebuilt (the macros, when the store opens) makes
    # new actions for the same commands.
    wanted = [(action_text(a), keys_text(a)) for a in dialog.actions_shown
              if a is not w.quit_action]
    dialog.close()
    quit_action = w.quit_action
    dead = []
    for text, keys in [*wanted, (action_text(quit_action), keys_text(quit_action))]:
        # quitting last: the window is gone after it
        fresh = KeyboardShortcutsDialog(w)
        action = next(a for a in fresh.actions_shown
                      if (action_text(a), keys_text(a)) == (text, keys))
        fresh.close()
        _baseline(qtbot, w, action)
        before = _state(w, file_dialogs)
        _press(action, w)
        try:
            qtbot.waitUntil(lambda b=before: _state(w, file_dialogs) != b, timeout=3000)
        except Exception:
            dead.append(f"{action_text(action)} ({keys_text(action)})")
    _close_dialogs(w)
    assert not dead, f"keys that did nothing: {dead}"
    assert not w.isVisible()
    assert {"Export current view", "Export priority-shipping orders"} <= set(file_dialogs)


def test_single_letter_keys_stay_text_in_the_search_box(qtbot, full_window) -> None:
    w = full_window
    w.focus_search()
    w.filter_bar.search.clear()
    row = w.table.currentIndex().row()
    QTest.keyClicks(w.filter_bar.search, "jok")
    assert w.filter_bar.search.text() == "jok"
    assert w.table.currentIndex().row() == row


def test_view_keys_are_shown_beside_the_views(full_window) -> None:
    tips = [full_window.views.item_of(a.data()).toolTip(0) for a in full_window.view_actions]
    assert tips[:3] == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    assert all(tips)
    assert QKeySequence(tips[-1]) == full_window.view_actions[-1].shortcut()
