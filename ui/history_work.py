"""Wires history review into the main window: the Timeline tab's chain status (this
case's history checked as `verify` checks it, in a worker, each time the case is
shown) and, for a role with VIEW_AUDIT, View → Audit (Ctrl+Shift+H), the audit view
of every case's events.

Who may view the audit is the window's role gate's answer (`ui.role_gate`: the user's
role from the users table, read in a worker); the audit services refuse anyone else
anyway, so an agent is simply not offered the entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.domain.permissions import Permission

if TYPE_CHECKING:
    from ui.audit_view import AuditView
    from ui.main_window import MainWindow

AUDIT_KEY = "Ctrl+Shift+H"


def check_chain(store: Any, case_id: int) -> dict[str, Any]:
    from app.services.verify import verify_case  # loads the store: in the worker only

    return verify_case(store, case_id).to_json()


class HistoryWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        from ui.role_gate import gate, role_gate

        super().__init__(window)
        self.window = window
        self.view: AuditView | None = None
        self.audit_action = QAction(window)
        self.audit_action.setObjectName("auditAction")
        self.audit_action.triggered.connect(lambda _c=False: self.show_audit())
        self.audit_action.setShortcut(QKeySequence(AUDIT_KEY))
        self.audit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(self.audit_action)
        window.view_menu.addAction(self.audit_action)
        window.case_shown.connect(self.check_chain)
        # The entry only for a role that may view the audit (ui.role_gate).
        self.gate = role_gate(window)
        gate(window, self.audit_action, Permission.VIEW_AUDIT)
        self.gate.applied.connect(self._applied)
        window.installEventFilter(self)
        self.retranslate()

    @property
    def allowed(self) -> bool:
        return self.gate.may(Permission.VIEW_AUDIT)

    def store(self) -> Any:
        inbox = self.window.inbox
        return inbox.store if inbox is not None else None

    # -- the chain of the case shown ---------------------------------------------------------
    def check_chain(self, case_id: int) -> None:
        store = self.store()
        if store is None:
            return
        tab = self.window.pane.timeline_tab
        job = self.window.jobs.job("chain")
        job.done.connect(lambda chain, cid=case_id: tab.show_chain(cid, chain))
        job.start(check_chain, store, case_id)

    def _applied(self) -> None:
        if not self.allowed and self.view is not None:
            self.view.close()

    def retranslate(self) -> None:
        self.audit_action.setText(QCoreApplication.translate("HistoryWork", "Audit of every case's history…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the audit view ----------------------------------------------------------------------
    def show_audit(self) -> AuditView | None:
        if not self.allowed or self.store() is None:
            return None
        if self.view is None:
            from ui.audit_view import AuditView

            self.view = AuditView(self.window.jobs, self.store, lambda: self.window.user,
                                  self.window)
            self.view.open_case.connect(self.open_case)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self.view.start()
        return self.view

    def open_case(self, case_id: int, case_no: str) -> None:
        work = getattr(self.window, "approvals_work", None)
        if work is not None:  # it knows how to find a case in or beyond the view shown
            work.open_case(case_id, case_no)
        else:
            self.window.open_case(case_id)


def install(window: MainWindow) -> HistoryWork:
    work = HistoryWork(window)
    window.history_work = work  # type: ignore[attr-defined]
    return work
