"""Wires the Actions tab into the window: the tab in the case pane, the keys (one opens
the tab, one each for the frequent actions: compensate, approve refund, reject), the
dialogs, and carrying out what they ask through the window's CaseActor (a worker,
with the version the pane shows). After each the case is read again, and the tab
with it.

A key pressed for an action the case does not allow brings the tab forward and says
why, rather than doing nothing. A key pressed before the tab has read the case opens
its dialog as soon as it has.

`install(window, actor)` is called once the store is open (`ui.case_work`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ui import labels, money_texts
from ui.actions_tab import ActionsTab, action_title

if TYPE_CHECKING:
    from ui.action_dialog import ActionDialog
    from ui.case_actor import CaseActor
    from ui.main_window import MainWindow

# Free in the F1 list (tests/ui/test_shortcuts.py checks no two actions share a key).
SHORTCUTS = {
    "tab": "Ctrl+Alt+O",
    "compensate": "Ctrl+Alt+C",
    "approve_refund": "Ctrl+Alt+F",
    "reject": "Ctrl+Alt+J",
}


def _act(
    store: Any,
    agent: str,
    case_id: int,
    name: str,
    params: dict[str, Any],
    *,
    version: int | None = None,
) -> tuple[bool, Any]:
    """(True, the result) or (False, the refusal): the dialog answers a refusal itself,
    and stays open with its key."""
    from app.domain.errors import DomainError
    from app.services import case_money

    try:
        return True, case_money.act(store, agent, case_id, name, params, version=version)
    except (DomainError, ValueError) as exc:
        return False, exc


class ActionsWork(QObject):
    def __init__(self, window: MainWindow, actor: CaseActor) -> None:
        super().__init__(window)
        self.window, self.actor = window, actor
        pane = self.pane = window.pane
        self.actions: dict[str, QAction] = {}
        for name, keys in SHORTCUTS.items():
            action = QAction(window)
            action.setObjectName(f"actions_{name}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, n=name: self.request(n))
            window.addAction(action)
            self.actions[name] = action
        self.tab = ActionsTab(window.jobs, self.store, lambda: window.user, self.key_text, pane)
        evidence = getattr(pane, "evidence_tab", None)
        index = pane.tabs.indexOf(evidence) + 1 if evidence is not None else None
        pane.add_case_tab(
            self.tab, lambda: QCoreApplication.translate("ActionsWork", "Actions"), index
        )
        pane.actions_tab = self.tab  # type: ignore[attr-defined]
        self.tab.action_requested.connect(self.request)
        self.tab.confirm_paid_requested.connect(self.confirm_paid)
        self.tab.loaded.connect(self._loaded)
        self.pending: str | None = None
        self.dialog: ActionDialog | None = None
        window.controller.store_opened.connect(self._store_opened)
        self.retranslate()

    def store(self) -> Any:
        inbox = self.window.inbox
        return inbox.store if inbox is not None else None

    def key_text(self, name: str) -> str:
        action = self.actions.get(name)
        if name == "escalate":
            action = self.pane.actions.actions.get("escalate")
        return (
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if action is not None
            else ""
        )

    def retranslate(self) -> None:
        texts = {
            "tab": QCoreApplication.translate(
                "ActionsWork", "Actions tab (refunds, payments, parcels)"
            ),
            "compensate": QCoreApplication.translate("ActionsWork", "Compensate the buyer…"),
            "approve_refund": QCoreApplication.translate("ActionsWork", "Approve the refund…"),
            "reject": QCoreApplication.translate("ActionsWork", "Reject the refund…"),
        }
        for name, action in self.actions.items():
            action.setText(texts[name])
        self.tab.retranslate()

    def _store_opened(self) -> None:
        self.tab.clear()
        if self.pane.detail is not None:
            self.tab.show_case(self.pane.detail)

    # -- what the agent asks for ------------------------------------------------------------
    def request(self, name: str) -> None:
        if self.pane.case_id is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ActionsWork", "Open a case first: its actions are on its Actions tab."
                ),
                8000,
            )
            return
        if name == "tab":
            self.pane.tabs.setCurrentWidget(self.tab)
            self.tab.focus_first()
            return
        if not self.tab.ready:
            self.pending = name  # opened as soon as the tab has read the case
            return
        if name not in self.tab.legal():
            self.pane.tabs.setCurrentWidget(self.tab)
            self.tab.focus_first()
            d = self.pane.detail or {}
            self.pane.show_notice(
                QCoreApplication.translate(
                    "ActionsWork",
                    "“%1” does not fit this case now (%2, %3): the Actions tab lists what does.",
                )
                .replace("%1", action_title(name).rstrip("…"))
                .replace("%2", labels.kind(d.get("kind")))
                .replace("%3", labels.status(d.get("status")))
            )
            return
        if name == "escalate":
            self.pane.actions.actions["escalate"].trigger()
            return
        self.open_dialog(name)

    def _loaded(self) -> None:
        name, self.pending = self.pending, None
        if name is not None:
            self.request(name)

    def open_dialog(self, name: str) -> ActionDialog:
        from ui import action_dialogs

        detail, summary = self.pane.detail or {}, self.tab.summary or {}
        dialog = action_dialogs.make(name, detail, summary, self.window)
        self._open(name, dialog)
        return dialog

    def confirm_paid(self, payment: dict[str, Any]) -> None:
        from ui.money_dialogs import ConfirmPaidDialog

        self._open("confirm_paid", ConfirmPaidDialog(payment, self.window))

    def _open(self, name: str, dialog: ActionDialog) -> None:
        case_id = int(self.pane.case_id or 0)
        dialog.send = lambda params: self.run(case_id, name, dialog, params)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        # The keyboard goes back where it was (the case list, the tab's button), so the
        # next key works without the mouse.
        back = QApplication.focusWidget()
        dialog.finished.connect(lambda _r: self._give_focus_back(back))
        dialog.open()

    def _give_focus_back(self, widget: QWidget | None) -> None:
        import shiboken6

        self.window.activateWindow()
        alive = widget is not None and shiboken6.isValid(widget) and widget.isVisible()
        target = widget if alive else self.window.table
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def run(self, case_id: int, name: str, dialog: ActionDialog, params: dict[str, Any]) -> None:
        def then(answer: tuple[bool, Any]) -> None:
            ok, value = answer
            if not ok:
                dialog.refused(value)
                return
            dialog.succeeded(value)
            if self.pane.case_id == case_id:
                self.pane.show_notice(outcome(name, value))

        self.actor.call_then(case_id, then, _act, name, params)


def outcome(name: str, result: Any) -> str:
    """What an action came to, in a sentence for the pane."""
    result = result if isinstance(result, dict) else {}
    if name == "compensate":
        return money_texts.payment_result(result)
    texts: dict[str, Callable[[], str]] = {
        "approve_refund": lambda: QCoreApplication.translate(
            "ActionsWork", "Refund of %1 approved; the case is resolved."
        ).replace("%1", money_texts.yuan(money_texts.fen_of(result.get("amount")))),
        "approve_return": lambda: QCoreApplication.translate(
            "ActionsWork", "Return approved: the case waits for the parcel."
        ),
        "receive_return": lambda: QCoreApplication.translate(
            "ActionsWork", "The return is in: inspect it next."
        ),
        "inspect": lambda: QCoreApplication.translate("ActionsWork", "Inspection recorded."),
        "reject": lambda: QCoreApplication.translate(
            "ActionsWork", "Refund rejected; the reason and the evidence are in the case's history."
        ),
        "fast_refund": lambda: QCoreApplication.translate(
            "ActionsWork", "Fast refund recorded: watch for the returned parcel."
        ),
        "appeal": lambda: QCoreApplication.translate("ActionsWork", "Appeal sent to the platform."),
        "coupon": lambda: QCoreApplication.translate("ActionsWork", "Coupon given to the buyer."),
        "reship": lambda: QCoreApplication.translate("ActionsWork", "Reship recorded."),
        "exchange": lambda: QCoreApplication.translate("ActionsWork", "Exchange recorded."),
        "intercept": lambda: QCoreApplication.translate("ActionsWork", "Intercept requested."),
        "address_change": lambda: QCoreApplication.translate("ActionsWork", "Address changed."),
        "confirm_paid": lambda: QCoreApplication.translate(
            "ActionsWork", "Payment confirmed as paid."
        ),
    }
    text = texts.get(name, lambda: "")()
    if result.get("replayed"):
        text = (
            QCoreApplication.translate(
                "ActionsWork", "Already done (the same request again): nothing new was recorded."
            )
            + " "
            + text
        )
    return text


def install(window: MainWindow, actor: CaseActor) -> ActionsWork:
    work = ActionsWork(window, actor)
    window.actions_work = work  # type: ignore[attr-defined]
    return work
