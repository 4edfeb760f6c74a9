"""The main window's menus, actions and keyboard shortcuts (their texts are set by
`MainWindow.retranslate`, in the window's translation context)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from app.services.inbox_views import VIEW_KEYS

if TYPE_CHECKING:
    from ui.main_window import MainWindow


Keys = QKeySequence | QKeySequence.StandardKey | str


def _action(window: MainWindow, slot: Callable[[], object], keys: Keys | None = None) -> QAction:
    act = QAction(window)
    if keys is not None:
        act.setShortcut(QKeySequence(keys))
    act.triggered.connect(lambda _checked=False: slot())
    return act


def _shortcut(window: MainWindow, keys: Keys, slot: Callable[[], None]) -> QShortcut:
    sc = QShortcut(QKeySequence(keys), window)
    sc.setContext(Qt.ShortcutContext.WindowShortcut)
    sc.activated.connect(slot)
    return sc


def build(w: MainWindow) -> None:
    """File (reload, settings, quit), View (one action per view, Ctrl+1…9), Help (F1),
    and J / K / Ctrl+F / slash, on the window `w`."""
    w.file_menu = w.menuBar().addMenu("")
    w.file_menu.setObjectName("fileMenu")
    w.view_menu = w.menuBar().addMenu("")
    w.help_menu = w.menuBar().addMenu("")
    w.refresh_action = _action(w, w.refresh, QKeySequence(Qt.Key.Key_F5))
    w.settings_action = _action(w, w.show_settings, "Ctrl+,")
    w.quit_action = _action(w, w.close, QKeySequence.StandardKey.Quit)
    w.file_menu.addAction(w.refresh_action)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.settings_action)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.quit_action)
    w.view_actions = []
    for n, key in enumerate(VIEW_KEYS):
        act = _action(w, lambda k=key: w.switch_view(k),  # type: ignore[misc]
                      f"Ctrl+{n + 1}" if n < 9 else None)
        act.setData(key)
        w.view_menu.addAction(act)
        w.view_actions.append(act)
    w.help_action = _action(w, w.show_shortcuts, QKeySequence(Qt.Key.Key_F1))
    w.help_menu.addAction(w.help_action)
    w.addActions([w.refresh_action, w.settings_action, w.help_action, *w.view_actions])
    w.shortcuts = [
        _shortcut(w, "J", w.next_case),
        _shortcut(w, "K", w.previous_case),
        _shortcut(w, QKeySequence.StandardKey.Find, w.focus_search),
        _shortcut(w, "/", w.focus_search),
    ]
