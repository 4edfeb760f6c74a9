"""Wires the money overview into the main window: the Payments menu (the approvals
queue for supervisors, the payments list for everyone), the pending count where a
supervisor sees it ("Approvals (3)" in the menu and the status bar), and the status
bar's spend today of the shown case's shop (`ui.spend_status`).

Who decides is the store's answer (the user's role, and what
`app.domain.permissions` lets it do), read in a worker with
the pending count each time the view counts are (every 60 s, after each action, and
when someone else starts working the window). The payment services refuse an agent's
decision anyway; an agent is simply not offered the queue.

`install(window)` is called by the main window once its actions are built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from app.domain.permissions import Permission, allowed
from ui.spend_status import SpendStatus

if TYPE_CHECKING:
    from ui.approvals import ApprovalsWindow
    from ui.main_window import MainWindow
    from ui.payments_dialog import PaymentsDialog

APPROVALS_KEY = "Ctrl+Shift+G"
PAYMENTS_KEY = "Ctrl+Shift+Y"


def queue_state(store: Any, user: str) -> tuple[str, int]:
    """(the user's role, how many payments wait for a decision); the count only for
    someone who decides (0 otherwise)."""
    from app.services import access, payment_lists  # load the store: in the worker only

    role = access.role(store, user) or "agent"
    return role, (len(payment_lists.pending_approvals(store)) if _decides(role) else 0)


def _decides(role: str) -> bool:
    return allowed(role, Permission.APPROVE_PAYMENTS)


def _shops(store: Any) -> list[tuple[int, str, str]]:
    from app.services import inbox

    return [tuple(s) for s in inbox.Inbox(store, "").reference().shops]  # type: ignore[misc]


class ApprovalsWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.role = ""
        self.pending = 0
        self.queue: ApprovalsWindow | None = None
        self.payments_dialog: PaymentsDialog | None = None

        self.money_menu = QMenu(window)
        self.money_menu.setObjectName("paymentsMenu")
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.money_menu)
        self.approvals_action = QAction(window)
        self.approvals_action.setObjectName("approvalsAction")
        self.approvals_action.triggered.connect(lambda _c=False: self.show_queue())
        self.approvals_action.setVisible(False)
        self.payments_action = QAction(window)
        self.payments_action.setObjectName("paymentsAction")
        self.payments_action.setShortcut(QKeySequence(PAYMENTS_KEY))
        self.payments_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.payments_action.triggered.connect(lambda _c=False: self.show_payments())
        window.addAction(self.payments_action)
        self.money_menu.addAction(self.payments_action)

        self.pending_label = QLabel(window)
        self.pending_label.setObjectName("pendingApprovalsLabel")
        self.pending_label.hide()
        self.spend = SpendStatus(window.jobs, self.store, window.now, window)
        # before the jobs' "Ready" and the busy bar, which stay rightmost
        bar = window.statusBar()
        busy = window.busy.isVisibleTo(window)
        for widget in (window.jobs_label, window.busy):
            bar.removeWidget(widget)
        for widget in (self.spend.label, self.pending_label, window.jobs_label, window.busy):
            bar.addPermanentWidget(widget)
        window.jobs_label.show()
        window.busy.setVisible(busy)

        c = window.controller
        c.counts_loaded.connect(self.check_queue)
        c.store_opened.connect(self.check_queue)
        window.case_shown.connect(self.spend.show_case)
        window.installEventFilter(self)
        self.retranslate()

    def store(self) -> Any:
        inbox = self.window.inbox
        return inbox.store if inbox is not None else None

    # -- who decides, and how many wait -------------------------------------------------------
    def check_queue(self) -> None:
        store = self.store()
        if store is None or self.window.jobs.running("approvals_count"):
            return
        user = self.window.user
        job = self.window.jobs.job("approvals_count")
        job.done.connect(lambda state: self._queue_checked(user, *state))
        job.start(queue_state, store, user)

    def _queue_checked(self, user: str, role: str, pending: int) -> None:
        if user != self.window.user:  # someone else took the window meanwhile: ask again
            QTimer.singleShot(0, self.check_queue)
            return
        decides = _decides(role)
        changed = decides != self.decides
        self.role, self.pending = role, pending
        if changed:
            self._offer_queue(decides)
        self.retranslate()
        if self.queue is not None and self.queue.isVisible():
            if decides:
                self.queue.reload()
            else:
                self.queue.close()

    @property
    def decides(self) -> bool:
        return _decides(self.role)

    def _offer_queue(self, decides: bool) -> None:
        """The queue's command is in the menu, the F1 list and the status bar only for
        someone who decides (an action with no key and no menu entry is no command)."""
        act = self.approvals_action
        if decides:
            act.setShortcut(QKeySequence(APPROVALS_KEY))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.window.addAction(act)
            self.money_menu.insertAction(self.payments_action, act)
        else:
            act.setShortcuts([])
            self.window.removeAction(act)
            self.money_menu.removeAction(act)
        act.setVisible(decides)
        self.pending_label.setVisible(decides)

    # -- text -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.money_menu.setTitle(QCoreApplication.translate("ApprovalsWork", "&Payments"))
        self.approvals_action.setText(QCoreApplication.translate("ApprovalsWork", "Approvals (%1)").replace(
            "%1", str(self.pending)))
        self.payments_action.setText(QCoreApplication.translate("ApprovalsWork", "Payments list and batch export…"))
        self.pending_label.setText(self.approvals_action.text())
        self.pending_label.setToolTip(QCoreApplication.translate(
            "ApprovalsWork", "Payments waiting for your approval, all shops: %1 (%2 opens "
            "the queue)").replace("%1", str(self.pending)).replace(
            "%2", QKeySequence(APPROVALS_KEY).toString(QKeySequence.SequenceFormat.NativeText)))
        self.pending_label.setProperty("warn", bool(self.pending))
        self.pending_label.style().unpolish(self.pending_label)
        self.pending_label.style().polish(self.pending_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # -- the queue ------------------------------------------------------------------------------
    def show_queue(self) -> ApprovalsWindow | None:
        if not self.decides or self.store() is None:
            return None
        if self.queue is None:
            from ui.approvals import ApprovalsWindow

            self.queue = ApprovalsWindow(self.window.jobs, self.store, lambda: self.window.user,
                                         self.window)
            self.queue.open_case.connect(self.open_case)
            self.queue.decided.connect(self._decided)
            self.queue.loaded.connect(self._queue_loaded)
        self.queue.show()
        self.queue.raise_()
        self.queue.activateWindow()
        self.queue.reload()
        return self.queue

    def _queue_loaded(self, pending: int) -> None:
        if pending != self.pending:
            self.pending = pending
            self.retranslate()

    def _decided(self, case_ids: list[int]) -> None:
        """Approved or denied on these cases: each got an event, the shop's room changed."""
        w = self.window
        w.model.invalidate()
        w.controller.refresh_counts()
        open_id = w.pane.case_id
        if open_id is not None and open_id in case_ids:
            w.controller.open_case(open_id)  # its history shows the decision
        else:
            self.spend.refresh()

    def open_case(self, case_id: int, case_no: str) -> None:
        """Show the case in the main window, selected in the table: in the view shown
        if it is there, else found by its case no. among all cases."""
        w = self.window
        row = w.model.row_of(case_id)
        if row >= 0:
            w.table.select_row(row)
        else:
            def select(_keep: object) -> None:
                w.controller.rows_changed.disconnect(select)
                found = w.model.row_of(case_id)
                if found >= 0:
                    QTimer.singleShot(0, lambda: w.table.select_row(found))

            w.controller.rows_changed.connect(select)
            w.filter_bar.search.setText(case_no)
            w.switch_view("all")
            w.reload()
            w.open_case(case_id)
        w.raise_()
        w.activateWindow()

    # -- the payments list ------------------------------------------------------------------------
    def show_payments(self) -> None:
        store = self.store()
        if store is None:
            return
        if self.payments_dialog is not None and self.payments_dialog.isVisible():
            self.payments_dialog.raise_()
            return
        job = self.window.jobs.job("shops")
        job.done.connect(self._open_payments)
        job.start(_shops, store)

    def _open_payments(self, shops: list[tuple[int, str, str]]) -> None:
        from ui.payments_dialog import PaymentsDialog

        if self.payments_dialog is not None:
            self.payments_dialog.deleteLater()
        dialog = PaymentsDialog(self.window.jobs, self.store, lambda: self.window.user, shops,
                                self._lang, self.window)
        dialog.confirmed.connect(self._decided_one)
        self.payments_dialog = dialog
        dialog.show()
        dialog.reload()

    def _decided_one(self, case_id: int) -> None:
        self._decided([case_id])

    def _lang(self) -> str:
        from ui import i18n

        return "zh" if i18n.current_language().startswith("zh") else "en"


def install(window: MainWindow) -> ApprovalsWork:
    work = ApprovalsWork(window)
    window.approvals_work = work  # type: ignore[attr-defined]
    return work
