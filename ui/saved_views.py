"""Saving the filter bar as a named view, renaming and deleting saved views: the
dialogs and the background calls behind the left column's saved views.

The dialogs open window-modal (`open`, never a nested `exec`): the window keeps
loading behind them and tests drive them as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services import saved_views as sv
from app.services.inbox_views import VIEW_KEYS
from ui import window_actions
from ui.view_list import saved_id

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ViewNameDialog(QDialog):
    """Asks for a saved view's name; a refused name shows why and the dialog stays."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewNameDialog")
        self.setWindowTitle(title)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("viewName")
        self.name.setMaxLength(sv.MAX_NAME)
        self.name.selectAll()
        self.error = QLabel(self)
        self.error.setObjectName("viewNameError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Name of the view:"), self))
        lay.addWidget(self.name)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(360)

    def refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.buttons.setEnabled(True)
        self.name.setFocus()


class SavedViewsUi(QObject):
    """The window's saved views: save the current filters, rename, delete."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ViewNameDialog | None = None
        self.confirm: QMessageBox | None = None
        self.shown: str | None = None  # the saved view whose filters the bar shows

    # -- showing ----------------------------------------------------------------------------
    def show(self, key: str) -> None:
        """Its filters and search go into the filter bar, over its built-in view."""
        w = self.window
        sid = saved_id(key)
        view = None if sid is None else w.controller.saved_view(sid)
        if view is None:
            return
        w.views.select(key)
        self.shown = key
        base = view.query.get("view")
        switched = w.controller.switch_view(str(base if base in VIEW_KEYS else "all"))
        w.filter_bar.set_state(view.query)
        if switched:
            w.pane.clear()

    def leave(self) -> None:
        """Another view: the saved view's filters go with it."""
        if self.shown is not None:
            self.shown = None
            self.window.filter_bar.set_state({})

    def show_list(self) -> None:
        """The saved views, read again, in the left column and the View menu."""
        w = self.window
        views = [(v.id, v.name) for v in w.controller.saved]
        w.views.show_saved(views)
        window_actions.show_saved_views(w, views)
        if self.shown is not None and not w.views.has(self.shown):
            self.shown = None
            w.views.select(w.controller.view_key)
        w.views.show_counts(w.controller.counts)

    def _call(self, fn: Callable[..., Any], *args: Any,
              done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        job = self.window.jobs.job("saved_view")
        job.done.connect(done)
        job.failed.connect(lambda message, _cancelled: failed(message))
        job.start(fn, *args)

    def _store(self) -> Any:
        inbox = self.window.inbox
        return None if inbox is None else inbox.store

    # -- save -------------------------------------------------------------------------------
    def save_current(self) -> ViewNameDialog | None:
        """Ask for a name and save the filter bar and search with the current view."""
        if self._store() is None:
            return None
        query = {"view": self.window.controller.view_key, **self.window.filter_bar.state()}
        dialog = self._dialog(self.tr("Save the current filters as a view"), "")
        dialog.buttons.accepted.connect(lambda: self._save(dialog, query))
        dialog.open()
        return dialog

    def _dialog(self, title: str, name: str) -> ViewNameDialog:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ViewNameDialog(title, name, self.window)
        return self.dialog

    def _save(self, dialog: ViewNameDialog, query: dict[str, Any]) -> None:
        dialog.buttons.setEnabled(False)

        def saved(view: sv.SavedView) -> None:
            dialog.accept()
            self.window.controller.saved.append(view)
            self.window.show_saved_views()
            self.window.switch_view(view.key)
            self.window.controller.load_saved()

        self._call(sv.save_view, self._store(), self.window.agent, dialog.name.text(), query,
                   done=saved, failed=dialog.refuse)

    # -- rename and delete -----------------------------------------------------------------
    def rename(self, view_id: int | None = None) -> ViewNameDialog | None:
        view_id = self.window.views.current_saved() if view_id is None else view_id
        view = None if view_id is None else self.window.controller.saved_view(view_id)
        if view is None:
            self.window.statusBar().showMessage(self.tr("Choose a saved view first"), 5000)
            return None
        dialog = self._dialog(self.tr("Rename the saved view"), view.name)

        def renamed(_name: str) -> None:
            dialog.accept()
            self.window.controller.load_saved()

        dialog.buttons.accepted.connect(lambda: (
            dialog.buttons.setEnabled(False),
            self._call(sv.rename_view, self._store(), self.window.agent, view.id,
                       dialog.name.text(), done=renamed, failed=dialog.refuse)))
        dialog.open()
        return dialog

    def delete(self, view_id: int | None = None) -> QMessageBox | None:
        view_id = self.window.views.current_saved() if view_id is None else view_id
        view = None if view_id is None else self.window.controller.saved_view(view_id)
        if view is None:
            self.window.statusBar().showMessage(self.tr("Choose a saved view first"), 5000)
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete the saved view"),
                          self.tr("Delete the saved view “%1”? The cases stay as they are.")
                          .replace("%1", view.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("deleteViewBox")
        self.confirm = box

        def deleted(_none: object) -> None:
            if self.window.views.current_saved() == view.id:
                self.window.switch_view("all")
            self.window.controller.load_saved()

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._call(sv.delete_view, self._store(), self.window.agent, view.id,
                           done=deleted, failed=lambda m: self.window.statusBar().showMessage(
                               m, 15000))

        box.finished.connect(answered)
        box.open()
        return box
