"""Show a buyer's full phone or address in the case pane: a "Show" button beside each
masked value on the Order tab, for a role that may see them (REVEAL_BUYER, through
`ui.role_gate`).

The reveal runs in a worker (`app.services.reveal`): the service records the look as
a history event before it hands the value back, so the value appears only once the
history says who saw it; the case is then read again and its timeline shows the event.
The full value stays on screen for this case only: opening another case, or someone
without the right working the window, puts the masked one back.

`install(window)` is called from `ui.window_parts`.

Signals of RevealWork:
    revealed(int, str): the case's buyer's field is shown in full (case id, field).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.domain.permissions import Permission
from ui.role_gate import role_gate

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FIELDS = ("phone", "address")


def _reveal(store: Any, case_id: int, field: str, actor: str) -> str:
    from app.services import reveal  # loads the store: in the worker only

    return reveal.reveal(store, case_id, field, actor)


class RevealWork(QObject):
    revealed = Signal(int, str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.gate = role_gate(window)
        self.case_id: int | None = None
        self.shown: dict[str, str] = {}  # field -> the whole value, for self.case_id
        self.buttons: dict[str, QToolButton] = {}
        pane = window.pane
        for field in FIELDS:
            value = pane.order_labels[field][1]
            holder = QWidget(pane.order_tab)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            pane.order_facts.replaceWidget(value, holder)
            # the value as wide as its text (cut, never wider, when the pane is narrow),
            # the button right after it
            row.addWidget(value, 100)
            button = QToolButton(holder)
            button.setObjectName(f"reveal_{field}")
            button.setAutoRaise(True)
            button.setVisible(False)
            button.clicked.connect(lambda _c=False, f=field: self.show_value(f))
            row.addWidget(button)
            row.addStretch(1)
            self.buttons[field] = button
        window.case_shown.connect(self._case_shown)
        self.gate.applied.connect(self._update)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        tips = {"phone": QCoreApplication.translate("RevealWork", "Show the buyer's full phone number (recorded in the case's history)"),
                "address": QCoreApplication.translate("RevealWork", "Show the buyer's full address (recorded in the case's history)")}
        for field, button in self.buttons.items():
            button.setText(QCoreApplication.translate("RevealWork", "Show"))
            button.setToolTip(tips[field])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self, self._update)  # the pane wrote the masked values again
        return False

    # -- what is shown --------------------------------------------------------------------------
    def _value_label(self, field: str) -> QLabel:
        label: QLabel = self.window.pane.order_labels[field][1]
        return label

    def _masked(self, field: str) -> str:
        detail = self.window.pane.detail or {}
        buyer = (detail.get("order") or {}).get("buyer") or {}
        return str(buyer.get(field) or "")

    def _case_shown(self, case_id: int) -> None:
        if case_id != self.case_id:
            self.case_id, self.shown = case_id, {}
        self._update()

    def _update(self) -> None:
        """The whole values of this case where they were shown (the pane just put the
        masked ones), and a button where one may still be shown."""
        may = self.gate.may(Permission.REVEAL_BUYER)
        if not may and self.shown:
            for field in self.shown:
                self._value_label(field).setText(self._masked(field) or "—")
            self.shown = {}
        open_case = self.window.pane.case_id
        for field, button in self.buttons.items():
            label = self._value_label(field)
            whole = field in self.shown and open_case == self.case_id
            if whole:
                label.setText(self.shown[field])
            label.setToolTip(label.text() if whole else "")  # never the value once masked
            label.setMaximumWidth(label.fontMetrics().horizontalAdvance(label.text()) + 4)
            button.setVisible(may and open_case is not None and field not in self.shown
                              and bool(self._masked(field)))

    # -- a reveal -------------------------------------------------------------------------------
    def show_value(self, field: str) -> None:
        inbox = self.window.inbox
        case_id = self.window.pane.case_id
        name = f"reveal_{field}"
        if inbox is None or case_id is None or self.window.jobs.running(name):
            return
        self.buttons[field].setEnabled(False)
        job = self.window.jobs.job(name)
        job.done.connect(lambda value: self._revealed(case_id, field, str(value)))
        job.failed.connect(lambda message, _cancelled: self._failed(field, message))
        job.start(_reveal, inbox.store, case_id, field, self.window.user)

    def _revealed(self, case_id: int, field: str, value: str) -> None:
        self.buttons[field].setEnabled(True)
        if case_id != self.window.pane.case_id:
            return  # another case is open now: this one's value is not shown there
        self.case_id = case_id
        self.shown[field] = value
        self._update()
        self.revealed.emit(case_id, field)
        self.window.controller.open_case(case_id)  # its timeline shows the reveal

    def _failed(self, field: str, message: str) -> None:
        self.buttons[field].setEnabled(True)
        self.window.pane.show_notice(message)


def install(window: MainWindow) -> RevealWork:
    work = RevealWork(window)
    window.reveal_work = work  # type: ignore[attr-defined]
    return work
