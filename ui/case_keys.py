"""Moving through the cases from the keyboard: the search field, next and previous
case, opening one, the views list. A part of the main window (`MainWindow` takes it
in), kept apart so that the window's module holds its layout and wiring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt


class CaseKeys:
    """Needs the window's table, model, filter bar, views, pane, controller and its
    preview and search timers."""

    table: Any
    model: Any
    filter_bar: Any
    views: Any
    pane: Any
    controller: Any
    preview_timer: Any
    search_timer: Any
    reload: Any

    def _search_entered(self) -> None:
        if self.search_timer.isActive():
            self.reload()
        self.table.setFocus()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter_bar.search and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Down)):  # type: ignore[attr-defined]
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)  # type: ignore[misc]

    def _move(self, step: int) -> None:
        n = self.model.rowCount()
        if n:
            cur = self.table.currentIndex()
            self.table.select_row(0 if not cur.isValid() else max(0, min(n - 1, cur.row() + step)))

    def next_case(self) -> None:
        self._move(1)

    def previous_case(self) -> None:
        self._move(-1)

    def open_current(self, focus: bool = False) -> None:
        self.preview_timer.stop()
        case_id = self.model.case_id(self.table.currentIndex().row())
        if case_id is not None:
            self.controller.open_case(case_id)
            if focus:
                self.pane.tabs.setFocus()

    def open_case(self, case_id: int) -> None:
        self.controller.open_case(case_id)

    def _case_loaded(self, case_id: int, detail: dict) -> None:  # type: ignore[type-arg]
        self.pane.show_case(detail, self.now())
        self.case_shown.emit(case_id)

    def focus_views(self) -> None:
        self.views.setFocus(Qt.FocusReason.ShortcutFocusReason)
