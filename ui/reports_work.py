"""Wires the Reports window into the main window: a Reports menu with "Reports…"
(Ctrl+Shift+R), offered only to a role that may read reports.

Whether the user may is the window's role gate's answer (`ui.role_gate`: the users'
roles, read in a worker); the report service refuses anyone else anyway.

`install(window)` is called from `ui.window_parts`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.domain.permissions import Permission

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.reports_view import ReportsWindow

REPORTS_KEY = "Ctrl+Shift+R"
SHANGHAI = "Asia/Shanghai"  # the reports' days are Asia/Shanghai days


def shanghai_day(now: datetime) -> date:
    """Today in Asia/Shanghai, from the window's clock (UTC, naive)."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    aware = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    return aware.astimezone(ZoneInfo(SHANGHAI)).date()


class ReportsWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        from ui.role_gate import gate, role_gate

        super().__init__(window)
        self.window = window
        self.reports: ReportsWindow | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("reportsMenu")
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        self.action = QAction(window)
        self.action.setObjectName("reportsAction")
        self.action.triggered.connect(lambda _c=False: self.show_reports())
        self.action.setShortcut(QKeySequence(REPORTS_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(self.action)
        self.menu.addAction(self.action)
        # The menu and its command only for a role that may read reports (ui.role_gate).
        self.gate = role_gate(window)
        gate(window, self.action, Permission.VIEW_REPORTS)
        gate(window, self.menu.menuAction(), Permission.VIEW_REPORTS)
        self.gate.applied.connect(self._applied)
        window.installEventFilter(self)
        self.retranslate()

    @property
    def allowed(self) -> bool:
        return self.gate.may(Permission.VIEW_REPORTS)

    @property
    def checked(self) -> bool:
        """The store has answered for the window's user."""
        return self.gate.role_of == self.window.user

    def store(self) -> Any:
        inbox = self.window.inbox
        return inbox.store if inbox is not None else None

    def check(self) -> None:
        self.gate.refresh()

    def _applied(self) -> None:
        if not self.allowed and self.reports is not None:
            self.reports.close()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("ReportsWork", "&Reports"))
        self.action.setText(QCoreApplication.translate("ReportsWork", "Reports…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_reports(self, name: str | None = None) -> ReportsWindow | None:
        if not self.allowed or self.store() is None:
            return None
        again = self.reports is not None and not self.reports.isVisible()
        if self.reports is None:
            from ui.reports_view import ReportsWindow

            self.reports = ReportsWindow(self.window.jobs, self.store, lambda: self.window.user,
                                         lambda: shanghai_day(self.window.now()), self.window)
        self.reports.show()
        self.reports.raise_()
        self.reports.activateWindow()
        if name is not None:
            self.reports.choose(name)
        elif self.reports.name() is None:
            self.reports.choose("refund-rate")
        elif again:  # opened again later: the store has moved on since
            self.reports.load_choices()
            self.reports.run_now()
        return self.reports


def install(window: MainWindow) -> ReportsWork:
    work = ReportsWork(window)
    window.reports_work = work  # type: ignore[attr-defined]
    return work
