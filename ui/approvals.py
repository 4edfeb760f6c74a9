"""The supervisor's approvals queue: every payment waiting for a decision, oldest
first, in a window of its own beside the main window.

Approve (Enter) or Deny (Del: asks why) the selected rows, several at once; Ctrl+O
(or a double click) opens the row's case in the main window. The queue is read and
every decision made in the window's workers (`Jobs`); each decision goes through the
payment services, which check the decider's role and the payment's state again, so a
row decided meanwhile by a colleague is refused with its reason and the others go on.

Signals:
    open_case(int, str): show this case (id, case no.) in the main window.
    decided(object): decisions went through for these case ids (list[int]).
    loaded(int): the queue was read again; this many are waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import approvals_texts
from ui.approvals_model import COLUMNS, ApprovalsModel, Pending
from ui.jobs import Jobs

StoreGetter = Callable[[], Any]


def read_queue(store: Any) -> list[Pending]:
    from app.services import approval_queue  # loads the store: in the worker, never at import

    return [Pending.from_json(d) for d in approval_queue.approval_queue(store)]


def decide(store: Any, actor: str, payment_ids: list[int], approve: bool,
           reason: str = "") -> list[tuple[int, bool, Any]]:
    """Approve or deny each payment in turn: (id, went through, result or refusal).
    A refusal is an answer for its row, not an error of the whole batch."""
    from app.domain.errors import DomainError
    from app.services import payments

    out: list[tuple[int, bool, Any]] = []
    for pid in payment_ids:
        try:
            if approve:
                result = payments.approve(store, actor, pid)
            else:
                result = payments.deny(store, actor, pid, reason)
        except (DomainError, ValueError, KeyError) as exc:
            out.append((pid, False, exc))
        else:
            out.append((pid, True, result))
    return out


class DenyDialog(QDialog):
    """Why the payments are denied: the reason goes into each case's history."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("denyDialog")
        self.setWindowTitle(self.tr("Deny payments") if count > 1 else self.tr("Deny payment"))
        intro = QLabel((self.tr("Deny this payment? Say why: the agent and the case's "
                                "history see it.") if count == 1 else
                        self.tr("Deny these %1 payments? Say why: the agents and the cases' "
                                "histories see it.").replace("%1", str(count))), self)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("denyReason")
        self.reason.setPlaceholderText(self.tr("e.g. the buyer was already refunded the postage"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(self)
        self.deny_button = self.buttons.addButton(self.tr("Deny"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.reason, 1)
        lay.addWidget(self.buttons)
        self.resize(440, 220)
        self._update()

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())

    def _update(self) -> None:
        self.deny_button.setEnabled(bool(self.text()))

    def accept(self) -> None:
        if self.text():
            super().accept()


class ApprovalsWindow(QWidget):
    open_case = Signal(int, str)
    decided = Signal(object)
    loaded = Signal(int)

    def __init__(self, jobs: Jobs, store: StoreGetter, actor: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("approvalsWindow")
        self._jobs = jobs
        self._store = store
        self._actor = actor
        self.deny_dialog: DenyDialog | None = None
        self._deciding = False
        self._keep: list[int] = []
        self._reading = self._again = False

        self.intro = QLabel(self)
        self.intro.setObjectName("approvalsIntro")
        self.intro.setWordWrap(True)
        self.model = ApprovalsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.installEventFilter(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("approvalsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("approvalsSummary")
        self.notice = QLabel(self)
        self.notice.setObjectName("approvalsNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setDefault(False)
        self.approve_button.clicked.connect(self.approve_selected)
        self.deny_button = QPushButton(self)
        self.deny_button.setObjectName("denyButton")
        self.deny_button.clicked.connect(self.ask_deny)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openCaseButton")
        self.open_button.clicked.connect(self.open_selected)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("reloadApprovalsButton")
        self.reload_button.clicked.connect(self.reload)
        # QShortcut, not QAction: the main window's F1 list holds the main window's
        # commands, and these keys belong to this window only.
        for keys, slot in (("Ctrl+Return", self.approve_selected), ("Del", self.ask_deny),
                           ("Ctrl+O", self.open_selected), ("F5", self.reload),
                           ("Esc", self.close)):
            QShortcut(QKeySequence(keys), self, slot)

        buttons = QHBoxLayout()
        for b in (self.approve_button, self.deny_button, self.open_button):
            buttons.addWidget(b)
        buttons.addSpacing(12)
        buttons.addWidget(self.summary)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.stack, 1)
        lay.addWidget(self.notice)
        lay.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.resize(1180, 520)
        self.retranslate()
        self._update()

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        n = self.model.rowCount()
        self.setWindowTitle(self.tr("Approvals (%1)").replace("%1", str(n)))
        self.intro.setText(self.tr(
            "Payments over the asker's limit wait here, oldest first. While they wait they "
            "count against the order's and the shop's caps; a denied one frees its room. "
            "Select one or more: Enter approves, Del denies (you say why), Ctrl+O opens the case."))
        self.empty.setText(self.tr("Nothing is waiting for approval."))
        self.approve_button.setText(self.tr("Approve (Enter)"))
        self.deny_button.setText(self.tr("Deny… (Del)"))
        self.open_button.setText(self.tr("Open case (Ctrl+O)"))
        self.reload_button.setText(self.tr("Reload (F5)"))
        total = sum(p.amount_fen for p in self.model.rows)
        self.summary.setText(self.tr("Waiting: %1, %2 in all").replace("%1", str(n)).replace(
            "%2", approvals_texts.yuan(total)) if n else "")
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        # Enter on the table approves (the table would only move the current row).
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):  # type: ignore[attr-defined]
            self.approve_selected()
            return True
        return super().eventFilter(watched, event)

    # -- the queue -------------------------------------------------------------------------
    def reload(self) -> None:
        store = self._store()
        if store is None:
            return
        if self._reading:
            self._again = True  # a decision landed while the queue was being read
            return
        self._reading, self._again = True, False
        self._keep = self.selected_ids() or self._keep
        job = self._jobs.job("approvals")
        job.done.connect(self.show_rows)
        job.failed.connect(lambda message, _c: self.notice.setText(message))
        job.done.connect(self._read)
        job.failed.connect(self._read)
        job.start(read_queue, store)

    def _read(self, *_args: object) -> None:
        self._reading = False
        if self._again:
            self.reload()

    def show_rows(self, rows: list[Pending]) -> None:
        keep = self.selected_ids() or self._keep
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # a long note does not push the rest away
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("note"), QHeaderView.ResizeMode.Stretch)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        selection = self.table.selectionModel()
        for pid in keep:
            r = self.model.row_of(pid)
            if r >= 0:
                selection.select(self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        if rows and not selection.hasSelection():
            self.select_rows([0])
        self._keep = []
        self.retranslate()
        self._update()
        self.loaded.emit(len(rows))

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for r in rows:
            selection.select(self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected(self) -> list[Pending]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [p for p in (self.model.row(r) for r in rows) if p is not None]

    def selected_ids(self) -> list[int]:
        return [p.id for p in self.selected()]

    def _update(self) -> None:
        some = bool(self.selected()) and not self._deciding
        self.approve_button.setEnabled(some)
        self.deny_button.setEnabled(some)
        self.open_button.setEnabled(len(self.selected()) == 1)

    # -- decisions -------------------------------------------------------------------------
    def approve_selected(self) -> None:
        self._decide(self.selected(), approve=True)

    def ask_deny(self) -> None:
        chosen = self.selected()
        if not chosen or self._deciding:
            return
        dialog = DenyDialog(len(chosen), self)
        dialog.accepted.connect(lambda: self._decide(chosen, approve=False, reason=dialog.text()))
        self.deny_dialog = dialog
        dialog.open()

    def _decide(self, chosen: list[Pending], approve: bool, reason: str = "") -> None:
        store = self._store()
        if store is None or not chosen or self._deciding:
            return
        self._deciding = True
        self._update()
        job = self._jobs.job("decide")
        job.done.connect(lambda results: self._decided(chosen, results, approve))
        job.failed.connect(lambda message, _c: self._decide_failed(message))
        job.start(decide, store, self._actor(), [p.id for p in chosen], approve, reason)

    def _decided(self, chosen: list[Pending], results: list[tuple[int, bool, Any]],
                 approve: bool) -> None:
        self._deciding = False
        by_id = {p.id: p for p in chosen}
        done = [pid for pid, ok, _v in results if ok]
        lines = []
        if done:
            if approve:
                text = (self.tr("Approved 1 payment.") if len(done) == 1 else
                        self.tr("Approved %1 payments.").replace("%1", str(len(done))))
            else:
                text = (self.tr("Denied 1 payment; its room under the caps is free again.")
                        if len(done) == 1 else
                        self.tr("Denied %1 payments; their room under the caps is free again.")
                        .replace("%1", str(len(done))))
            lines.append(text)
        for pid, ok, value in results:
            if not ok:
                case_no = by_id[pid].case_no if pid in by_id else str(pid)
                lines.append(self.tr("%1: %2").replace("%1", case_no).replace(
                    "%2", approvals_texts.refusal(value)))
        self.notice.setText("\n".join(lines))
        self._keep = [pid for pid, ok, _v in results if not ok]
        if done:
            self.decided.emit(sorted({by_id[pid].case_id for pid in done if pid in by_id}))
        self.reload()

    def _decide_failed(self, message: str) -> None:
        self._deciding = False
        self.notice.setText(message)
        self._update()
        self.reload()

    def open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_case.emit(chosen[0].case_id, chosen[0].case_no)
