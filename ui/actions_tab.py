"""The Actions tab of the case pane (操作): only the actions the case's kind and status
allow (`legal_actions`), each a button with its key and a line saying what it does;
above them, what the rules allow right now (payments and amount left on the order,
the shop's amount left today, the agent's approval threshold) and what the case has
had so far (payments, coupons, its cost: explicit and hidden).

The tab reads all of it in one worker call (`app.services.case_money.summary`)
whenever the case it shows changes or moves to a new version; what the agent asks
for goes out as signals, which `ui.actions_work` carries out.

Signals:
    action_requested(str): an action's name (`legal_actions`' names).
    confirm_paid_requested(dict): an approved payment of this case to confirm as paid.
    loaded(): a summary for the case shown arrived.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import money_texts
from ui.jobs import Jobs

STYLE = """
QFrame#actionsSummary { background: #f3f6fa; border: 1px solid #d8e0ea; border-radius: 6px; }
QLabel#actionsHeading { font-weight: 600; color: #2f3a48; }
QLabel#actionHint { color: #5b6676; }
QLabel#actionsNone { color: #5b6676; padding: 12px; }
QPushButton#actionButton { text-align: left; padding: 4px 10px; min-height: 22px; }
"""


def _summary(store: Any, agent: str, case_id: int) -> dict[str, Any]:
    from app.services import case_money  # loads the store: only once it is open

    return case_money.summary(store, agent, case_id)


def action_title(name: str) -> str:
    return {
        "approve_refund": QCoreApplication.translate("ActionsTab", "Approve refund…"),
        "approve_return": QCoreApplication.translate("ActionsTab", "Approve return…"),
        "receive_return": QCoreApplication.translate("ActionsTab", "Return arrived…"),
        "inspect": QCoreApplication.translate("ActionsTab", "Inspect…"),
        "reject": QCoreApplication.translate("ActionsTab", "Reject…"),
        "fast_refund": QCoreApplication.translate("ActionsTab", "Platform's fast refund…"),
        "appeal": QCoreApplication.translate("ActionsTab", "Appeal…"),
        "compensate": QCoreApplication.translate("ActionsTab", "Compensate…"),
        "coupon": QCoreApplication.translate("ActionsTab", "Coupon…"),
        "reship": QCoreApplication.translate("ActionsTab", "Reship…"),
        "exchange": QCoreApplication.translate("ActionsTab", "Exchange…"),
        "intercept": QCoreApplication.translate("ActionsTab", "Intercept…"),
        "address_change": QCoreApplication.translate("ActionsTab", "Change address…"),
        "escalate": QCoreApplication.translate("ActionsTab", "Escalate…"),
        "confirm_paid": QCoreApplication.translate("ActionsTab", "Confirm paid…"),
    }.get(name, name)


def action_hint(name: str) -> str:
    return {
        "approve_refund": QCoreApplication.translate(
            "ActionsTab", "Refund only: the buyer keeps the goods; resolves the case"
        ),
        "approve_return": QCoreApplication.translate(
            "ActionsTab", "The buyer sends the goods back to the shop's return address"
        ),
        "receive_return": QCoreApplication.translate(
            "ActionsTab", "The returned parcel is here: inspect it next"
        ),
        "inspect": QCoreApplication.translate(
            "ActionsTab", "Passed: refund and resolve; failed: reject with evidence"
        ),
        "reject": QCoreApplication.translate(
            "ActionsTab", "Refuse the refund with a reason from the platform's list"
        ),
        "fast_refund": QCoreApplication.translate(
            "ActionsTab", "The platform refunded the buyer by itself (极速退款)"
        ),
        "appeal": QCoreApplication.translate(
            "ActionsTab", "Appeal the fast refund to the platform, with evidence"
        ),
        "compensate": QCoreApplication.translate(
            "ActionsTab", "Pay the buyer a small amount (小额打款) within the caps"
        ),
        "coupon": QCoreApplication.translate(
            "ActionsTab", "Give the buyer one of the shop's coupons"
        ),
        "reship": QCoreApplication.translate(
            "ActionsTab", "Send the goods again: from where, carrier, tracking no."
        ),
        "exchange": QCoreApplication.translate(
            "ActionsTab", "Send a replacement; the buyer's parcel comes back"
        ),
        "intercept": QCoreApplication.translate(
            "ActionsTab", "Ask the carrier to stop the parcel on its way"
        ),
        "address_change": QCoreApplication.translate(
            "ActionsTab", "A new address before the parcel ships"
        ),
        "escalate": QCoreApplication.translate(
            "ActionsTab", "Hand the case to a supervisor or the platform"
        ),
    }.get(name, "")


class ActionsTab(QWidget):
    action_requested = Signal(str)
    confirm_paid_requested = Signal(dict)
    loaded = Signal()

    def __init__(
        self,
        jobs: Jobs,
        store: Callable[[], Any],
        agent: Callable[[], str],
        keys: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        """`keys(name)`: the shortcut of an action, as text ("" when it has none)."""
        super().__init__(parent)
        self.setObjectName("actionsTab")
        self.setStyleSheet(STYLE)
        self._jobs, self._store, self._agent, self._keys = jobs, store, agent, keys
        self.detail: dict[str, Any] | None = None
        self.summary: dict[str, Any] | None = None
        self._shown: tuple[int, int] | None = None
        self._loaded_for: tuple[int, int] | None = None
        self.buttons: dict[str, QPushButton] = {}

        self.box = QFrame(self)
        self.box.setObjectName("actionsSummary")
        bl = QVBoxLayout(self.box)
        bl.setContentsMargins(10, 8, 10, 8)
        bl.setSpacing(3)
        self.now_heading, self.now_text = QLabel(self.box), QLabel(self.box)
        self.so_far_heading, self.so_far_text = QLabel(self.box), QLabel(self.box)
        for heading, text in (
            (self.now_heading, self.now_text),
            (self.so_far_heading, self.so_far_text),
        ):
            heading.setObjectName("actionsHeading")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bl.addWidget(heading)
            bl.addWidget(text)
        self.now_text.setObjectName("actionsNow")
        self.so_far_text.setObjectName("actionsSoFar")

        self.list = QWidget()
        self.grid = QGridLayout(self.list)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.list)
        self.none = QLabel(self)
        self.none.setObjectName("actionsNone")
        self.none.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.box)
        lay.addWidget(self.none)
        lay.addWidget(scroll, 1)
        self.retranslate()

    # -- text ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.now_heading.setText(
            QCoreApplication.translate("ActionsTab", "What the rules allow now")
        )
        self.so_far_heading.setText(QCoreApplication.translate("ActionsTab", "This case so far"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the case --------------------------------------------------------------------------
    def show_case(self, detail: Mapping[str, Any]) -> None:
        self.detail = dict(detail)
        wanted = (int(detail["id"]), int(detail.get("version") or 0))
        if self._shown is None or self._shown[0] != wanted[0]:
            self.summary = None
        if self._shown != wanted:
            self._shown = wanted
            self.reload()
        self._show()

    def clear(self) -> None:
        self.detail = self.summary = None
        self._shown = self._loaded_for = None
        self._show()

    @property
    def ready(self) -> bool:
        """The summary shown is of the case and version shown."""
        return self._shown is not None and self._loaded_for == self._shown

    def reload(self) -> None:
        store = self._store()
        if store is None or self._shown is None:
            return
        wanted = self._shown
        self._loaded_for = None  # not ready until this read is in: a key waits for it
        job = self._jobs.job("actions")
        job.done.connect(lambda summary, w=wanted: self._loaded(w, summary))
        job.failed.connect(lambda message, _c, w=wanted: self._failed(w, message))
        job.start(_summary, store, self._agent(), wanted[0])

    def _loaded(self, wanted: tuple[int, int], summary: dict[str, Any]) -> None:
        if wanted != self._shown:
            return  # the agent moved on meanwhile
        self.summary = summary
        self._loaded_for = wanted
        self._show()
        self.loaded.emit()

    def _failed(self, wanted: tuple[int, int], message: str) -> None:
        if wanted == self._shown:
            self.summary = None
            self.now_text.setText(message)

    # -- what is shown ---------------------------------------------------------------------
    def legal(self) -> list[str]:
        return list((self.summary or {}).get("actions") or [])

    def approved_payments(self) -> list[dict[str, Any]]:
        return [
            p for p in (self.summary or {}).get("payments") or [] if p.get("status") == "approved"
        ]

    def _show(self) -> None:
        s = self.summary
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.buttons = {}
        if s is None:
            self.now_text.setText(
                QCoreApplication.translate("ActionsTab", "Reading the case's money…")
                if self.detail
                else ""
            )
            self.so_far_text.setText("")
            self.none.setVisible(False)
            return
        self.now_text.setText(self.now_words(s))
        self.so_far_text.setText(self.so_far_words(s))
        names = self.legal()
        rows = [(n, None) for n in names] + [("confirm_paid", p) for p in self.approved_payments()]
        self.none.setVisible(not rows)
        self.none.setText(
            QCoreApplication.translate("ActionsTab", "Nothing to do here: the case is closed.")
            if not (self.detail or {}).get("open", True)
            else QCoreApplication.translate(
                "ActionsTab", "No money or parcel action fits this case's kind and status."
            )
        )
        for r, (name, payment) in enumerate(rows):
            key = self._keys(name) if payment is None else ""
            title = action_title(name)
            if payment is not None:
                title = QCoreApplication.translate("ActionsTab", "Confirm paid: %1…").replace(
                    "%1", money_texts.yuan(money_texts.fen_of(payment.get("amount")))
                )
            button = QPushButton(f"{title}    {key}" if key else title, self.list)
            button.setObjectName("actionButton")
            button.setProperty("action", name)
            button.setAutoDefault(False)
            hint = QLabel(
                action_hint(name)
                if payment is None
                else QCoreApplication.translate(
                    "ActionsTab", "Paid in the back office? Record its reference no."
                ),
                self.list,
            )
            hint.setObjectName("actionHint")
            hint.setWordWrap(True)
            if payment is None:
                button.clicked.connect(lambda _c=False, n=name: self.action_requested.emit(n))
                self.buttons[name] = button
            else:
                button.clicked.connect(
                    lambda _c=False, p=payment: self.confirm_paid_requested.emit(p)
                )
                self.buttons[f"confirm_paid:{payment['id']}"] = button
            self.grid.addWidget(button, r, 0)
            self.grid.addWidget(hint, r, 1)
        self.grid.setRowStretch(len(rows), 1)

    @staticmethod
    def now_words(s: Mapping[str, Any]) -> str:
        limits = s.get("limits")
        lines = (
            [money_texts.limits_line(limits)]
            if limits
            else [
                QCoreApplication.translate(
                    "ActionsTab", "No payment can be made: the case has no order."
                )
            ]
        )
        return "\n".join(lines)

    @staticmethod
    def so_far_words(s: Mapping[str, Any]) -> str:
        payments = s.get("payments") or []
        lines = []
        if payments:
            lines.append(
                QCoreApplication.translate("ActionsTab", "Payments: %1").replace(
                    "%1",
                    money_texts.sep().join(
                        QCoreApplication.translate("ActionsTab", "%1 %2 (%3)")
                        .replace("%1", money_texts.yuan(money_texts.fen_of(p.get("amount"))))
                        .replace("%2", money_texts.payment_reason(str(p.get("reason", ""))))
                        .replace("%3", money_texts.payment_status(str(p.get("status", ""))))
                        for p in payments
                    ),
                )
            )
        else:
            lines.append(QCoreApplication.translate("ActionsTab", "Payments: none"))
        coupons = s.get("coupons") or []
        lines.append(
            QCoreApplication.translate("ActionsTab", "Coupons: %1").replace(
                "%1",
                money_texts.sep().join(
                    f"{c.get('name', '')} {money_texts.yuan(money_texts.fen_of(c.get('value')))}"
                    for c in coupons
                ),
            )
            if coupons
            else QCoreApplication.translate("ActionsTab", "Coupons: none")
        )
        cost = s.get("cost") or {}
        if cost:
            lines.append(
                QCoreApplication.translate(
                    "ActionsTab", "Cost: %1 refunded (explicit) + %2 hidden = %3"
                )
                .replace("%1", money_texts.yuan(int(cost.get("explicit_fen") or 0)))
                .replace("%2", money_texts.yuan(int(cost.get("hidden_fen") or 0)))
                .replace("%3", money_texts.yuan(int(cost.get("total_fen") or 0)))
            )
        return "\n".join(lines)

    def focus_first(self) -> None:
        for i in range(self.grid.count()):
            w = self.grid.itemAt(i).widget()
            if isinstance(w, QPushButton):
                w.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
