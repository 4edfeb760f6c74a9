"""Wires the Reports window into the main window: a Reports menu with "Reports…"
(Ctrl+Shift+R), offered only to a role that may read reports.

Whether the user may is the store's answer (`app.services.access`, the users' roles),
read in a worker whenever the view counts are (and when someone else starts working
the window); the report service refuses anyone else anyway.

`install(window)` is called from `ui.window_parts`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.reports_view import ReportsWindow

REPORTS_KEY = "Ctrl+Shift+R"
SHANGHAI = "Asia/Shanghai"  # the reports' days are Asia/Shanghai days


def may_read_reports(store: Any, user: str) -> bool:
    from app.domain.permissions import Permission
    from app.services import access  # reads the users table: in the worker only

    return access.may(store, user, Permission.VIEW_REPORTS)


def shanghai_day(now: datetime) -> date:
    """Today in Asia/Shanghai, from the window's clock (UTC, naive)."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    aware = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    return aware.astimezone(ZoneInfo(SHANGHAI)).date()


class ReportsWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.allowed = False
        self.checked = False  # the store has answered for the window's user
        self.reports: ReportsWindow | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("reportsMenu")
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        self.menu.menuAction().setVisible(False)
        self.action = QAction(window)
        self.action.setObjectName("reportsAction")
        self.action.triggered.connect(lambda _c=False: self.show_reports())
        self.action.setVisible(False)
        c = window.controller
        c.counts_loaded.connect(self.check)
        c.store_opened.connect(self.check)
        window.installEventFilter(self)
        self.retranslate()

    def store(self) -> Any:
        inbox = self.window.inbox
        return inbox.store if inbox is not None else None

    def check(self) -> None:
        store = self.store()
        if store is None or self.window.jobs.running("reports_access"):
            return
        user = self.window.user
        job = self.window.jobs.job("reports_access")
        job.done.connect(lambda allowed: self._checked(user, bool(allowed)))
        job.start(may_read_reports, store, user)

    def _checked(self, user: str, allowed: bool) -> None:
        if user != self.window.user:  # someone else took the window meanwhile: ask again
            QTimer.singleShot(0, self.check)
            return
        self.checked = True
        if allowed != self.allowed:
            self.allowed = allowed
            self._offer(allowed)
        if not allowed and self.reports is not None:
            self.reports.close()

    def _offer(self, allowed: bool) -> None:
        """The command is in the menu and the F1 list only for a role that may read
        reports (an action with no key and no menu entry is no command)."""
        act = self.action
        if allowed:
            act.setShortcut(QKeySequence(REPORTS_KEY))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(act)
            self.menu.addAction(act)
        else:
            act.setShortcuts([])
            self.window.removeAction(act)
            self.menu.removeAction(act)
        act.setVisible(allowed)
        self.menu.menuAction().setVisible(allowed)

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
