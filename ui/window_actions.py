"""The main window's menus, actions and keyboard shortcuts (their texts are set by
`MainWindow.retranslate`, in the window's translation context).

Every command of the window is a QAction with a key, so that the F1 list
(`ui.shortcuts`, which reads the window's actions) is complete and every command
can be reached from the keyboard; no two actions share a key (tests/ui check it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.services.inbox_views import VIEW_KEYS

if TYPE_CHECKING:
    from ui.main_window import MainWindow


Keys = QKeySequence | QKeySequence.StandardKey | str

# Views past the ninth have no digit of their own.
EXTRA_VIEW_KEYS = {"closed": "Ctrl+0", "all": "Alt+0"}
SAVED_VIEW_KEYS = 9  # Ctrl+Shift+1 … 9


def _action(window: MainWindow, name: str, slot: Callable[[], object],
            *keys: Keys) -> QAction:
    act = QAction(window)
    act.setObjectName(name)
    if keys:
        act.setShortcuts([QKeySequence(k) for k in keys])
    act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    act.triggered.connect(lambda _checked=False: slot())
    window.addAction(act)
    return act


def view_key_sequence(n: int, key: str) -> str | None:
    return f"Ctrl+{n + 1}" if n < 9 else EXTRA_VIEW_KEYS.get(key)


def build(w: MainWindow) -> None:
    """File (save view, who am I, reload, settings, quit), View (one action per view,
    the saved views, moving in the list, search), Help (F1), on the window `w`."""
    w.file_menu = w.menuBar().addMenu("")
    w.file_menu.setObjectName("fileMenu")
    w.view_menu = w.menuBar().addMenu("")
    w.help_menu = w.menuBar().addMenu("")
    w.refresh_action = _action(w, "refreshAction", w.refresh, QKeySequence(Qt.Key.Key_F5))
    w.save_view_action = _action(w, "saveViewAction", w.save_view, "Ctrl+S")
    w.who_action = _action(w, "whoAmIAction", w.ask_who_am_i, "Ctrl+Shift+U")
    w.settings_action = _action(w, "settingsAction", w.show_settings, "Ctrl+,")
    w.quit_action = _action(w, "quitAction", w.close, "Ctrl+Q")
    for act in (w.refresh_action, None, w.save_view_action, w.who_action, None,
                w.settings_action, None, w.quit_action):
        if act is None:
            w.file_menu.addSeparator()
        else:
            w.file_menu.addAction(act)

    w.view_actions = []
    for n, key in enumerate(VIEW_KEYS):
        seq = view_key_sequence(n, key)
        act = _action(w, f"view_{key}", lambda k=key: w.switch_view(k),  # type: ignore[misc]
                      *([seq] if seq else []))
        act.setData(key)
        w.view_menu.addAction(act)
        w.view_actions.append(act)
    w.saved_menu = w.view_menu.addMenu("")
    w.saved_menu.setObjectName("savedViewsMenu")
    w.saved_view_actions = []
    w.saved_menu.addAction(w.save_view_action)
    w.saved_menu.addAction(w.views.rename_action)
    w.saved_menu.addAction(w.views.delete_action)
    w.saved_menu.addSeparator()
    w.view_menu.addSeparator()
    w.next_action = _action(w, "nextCaseAction", w.next_case, "J")
    w.previous_action = _action(w, "previousCaseAction", w.previous_case, "K")
    w.open_action = _action(w, "openCaseAction", lambda: w.open_current(focus=True), "O")
    w.search_action = _action(w, "searchAction", w.focus_search,
                              "Ctrl+F", "/")
    w.clear_filters_action = _action(w, "clearFiltersAction", w.filter_bar.clear,
                                     "Ctrl+Shift+X")
    w.views_focus_action = _action(w, "focusViewsAction", w.focus_views, "Ctrl+L")
    for act in (w.next_action, w.previous_action, w.open_action, w.search_action,
                w.clear_filters_action, w.views_focus_action):
        w.view_menu.addAction(act)

    w.help_action = _action(w, "shortcutsAction", w.show_shortcuts, QKeySequence(Qt.Key.Key_F1))
    w.help_menu.addAction(w.help_action)


def show_saved_views(w: MainWindow, views: list[tuple[int, str]]) -> None:
    """One action per saved view in View → Saved views, the first nine with a key."""
    for act in w.saved_view_actions:
        w.saved_menu.removeAction(act)
        w.removeAction(act)
        act.deleteLater()
    w.saved_view_actions = []
    for n, (sid, name) in enumerate(views):
        keys = [f"Ctrl+Shift+{n + 1}"] if n < SAVED_VIEW_KEYS else []
        act = _action(w, f"savedView_{sid}", lambda s=sid: w.switch_view(f"saved:{s}"),  # type: ignore[misc]
                      *keys)
        act.setText(name.replace("&", "&&"))
        act.setData(f"saved:{sid}")
        w.saved_menu.addAction(act)
        w.saved_view_actions.append(act)


def keys_hint(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def retranslate(w: MainWindow) -> None:
    w.save_view_action.setText(QCoreApplication.translate("WindowActions", "Save filters as a view…"))
    w.who_action.setText(QCoreApplication.translate("WindowActions", "Change who I am…"))
    w.saved_menu.setTitle(QCoreApplication.translate("WindowActions", "Saved views"))
    w.next_action.setText(QCoreApplication.translate("WindowActions", "Next case"))
    w.previous_action.setText(QCoreApplication.translate("WindowActions", "Previous case"))
    w.open_action.setText(QCoreApplication.translate("WindowActions", "Open the selected case"))
    w.search_action.setText(QCoreApplication.translate("WindowActions", "Search"))
    w.clear_filters_action.setText(QCoreApplication.translate("WindowActions", "Clear filters"))
    w.views_focus_action.setText(QCoreApplication.translate("WindowActions", "Go to the list of views"))
