"""The case pane's action row: claim or release, assign, move to a legal next status,
note, tag, escalate. Each is a QAction with a shortcut (so F1 lists it); the bar only
says what the agent asked for (`act`), the case actor does it in a worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from ui import labels
from ui.flow_layout import FlowLayout

SHORTCUTS = {
    "claim": "Ctrl+M", "release": "Ctrl+Shift+M", "assign": "Ctrl+Shift+A",
    "status": "Ctrl+Shift+S", "note": "Ctrl+Shift+N", "tag": "Ctrl+Shift+T",
    "escalate": "Ctrl+Alt+E", "priority": "Ctrl+Alt+P",
}


class EscalateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalate the case"))
        self.to = QComboBox(self)
        for key in ("supervisor", "platform"):
            self.to.addItem(labels.label("escalation", key), key)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why it needs someone else, in a sentence or two"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(buttons)


class CaseActionBar(QWidget):
    # A list of action specs (app.services.case_actions) and the event's name or None.
    act = Signal(list, object)
    # Flag (True) or unflag the case's order for priority shipping (seed 002).
    priority = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseActions")
        self.detail: dict[str, Any] | None = None
        self.agent = ""
        self.users: list[str] = []
        self.actions: dict[str, QAction] = {}
        row = FlowLayout(self)
        self.status_menu = QMenu(self)
        self.status_menu.setObjectName("statusMenu")
        self.escalate_menu = QMenu(self)
        for key in ("claim", "release", "status", "assign", "note", "tag", "escalate",
                    "priority"):
            action = QAction(self)
            action.setObjectName(f"act_{key}")
            action.setShortcut(QKeySequence(SHORTCUTS[key]))
            # The pane may not have focus (the list has): the window's keys reach it.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(getattr(self, f"_{key}"))
            self.actions[key] = action
            self.addAction(action)
            button = QToolButton(self)
            button.setObjectName(f"btn_{key}")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if key == "status":
                button.setMenu(self.status_menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            row.addWidget(button)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"claim": self.tr("Claim"), "release": self.tr("Release"),
                 "status": self.tr("Move to…"), "assign": self.tr("Assign…"),
                 "note": self.tr("Note…"), "tag": self.tr("Tag…"),
                 "escalate": self.tr("Escalate…"), "priority": self.tr("Ship first")}
        tips = {"claim": self.tr("Take this case: it becomes yours"),
                "release": self.tr("Give this case back to the pool"),
                "status": self.tr("Move the case to one of the statuses it can go to next"),
                "assign": self.tr("Give this case to a colleague"),
                "note": self.tr("An internal note for colleagues; the buyer never sees it"),
                "tag": self.tr("Add a tag, or remove one the case has"),
                "escalate": self.tr("Hand the case to a supervisor or to the platform"),
                "priority": self.tr("Flag the order for priority shipping: the warehouse "
                                    "export lists it first")}
        for key, action in self.actions.items():
            action.setText(texts[key])
            action.setToolTip(f"{tips[key]} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        if self.detail is not None:
            self.show_case(self.detail)

    def show_case(self, detail: dict[str, Any]) -> None:
        self.detail = detail
        mine = detail.get("assignee") == self.agent and bool(self.agent)
        self.actions["claim"].setEnabled(not mine)
        self.actions["release"].setEnabled(detail.get("assignee") is not None)
        nexts = detail.get("next_statuses") or []
        self.actions["status"].setEnabled(bool(nexts))
        self.actions["escalate"].setEnabled("escalated" in nexts)
        order = detail.get("order") or {}
        flag = self.actions["priority"]
        flag.setCheckable(True)
        flag.setEnabled(bool(order))
        flag.blockSignals(True)
        flag.setChecked(bool(order.get("priority_shipping")))
        flag.blockSignals(False)
        self.status_menu.clear()
        for status in nexts:
            action = self.status_menu.addAction(labels.status(status))
            action.setObjectName(f"to_{status}")
            action.triggered.connect(lambda _=False, s=status: self._move(s))

    # -- what each action asks ---------------------------------------------------------
    def _emit(self, specs: list[dict[str, Any]], name: str | None = None) -> None:
        if self.detail is not None:
            self.act.emit(specs, name)

    def _priority(self) -> None:
        if self.detail is not None:
            self.priority.emit(self.actions["priority"].isChecked())

    def _claim(self) -> None:
        self._emit([{"do": "assign", "user": "me"}])

    def _release(self) -> None:
        self._emit([{"do": "assign", "user": None}])

    def _move(self, status: str) -> None:
        self._emit([{"do": "status", "to": status}])

    def _status(self) -> None:
        # From the keyboard: open the menu of next statuses under the button.
        button = self.findChild(QToolButton, "btn_status")
        if button is not None and self.status_menu.actions():
            self.status_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def ask_text(self, title: str, label: str, multiline: bool = False,
                 items: list[str] | None = None) -> str | None:
        """The agent's answer, or None if they cancelled (tests replace this)."""
        if multiline:
            text, ok = QInputDialog.getMultiLineText(self, title, label)
        elif items:
            text, ok = QInputDialog.getItem(self, title, label, items, 0, True)
        else:
            text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal)
        return text if ok else None

    def _assign(self) -> None:
        others = [u for u in self.users if u != (self.detail or {}).get("assignee")]
        name = self.ask_text(self.tr("Assign the case"), self.tr("To whom:"), items=others)
        if name:
            self._emit([{"do": "assign", "user": name.strip()}])

    def _note(self) -> None:
        text = self.ask_text(self.tr("Internal note"),
                             self.tr("For colleagues only; the buyer never sees it:"), True)
        if text and text.strip():
            self._emit([{"do": "note", "text": text}])

    def _tag(self) -> None:
        tags = list((self.detail or {}).get("tags") or [])
        text = self.ask_text(self.tr("Tag"), self.tr(
            "A new tag, or one the case has to remove it:"), items=["", *tags])
        if not text or not text.strip():
            return
        tag = text.strip()
        self._emit([{"do": "untag" if tag in tags else "tag", "tag": tag}])

    def ask_escalation(self) -> tuple[str, str] | None:
        dialog = EscalateDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return str(dialog.to.currentData()), dialog.reason.toPlainText()

    def _escalate(self) -> None:
        answer = self.ask_escalation()
        if answer and answer[1].strip():
            self._emit([{"do": "escalate", "to": answer[0], "reason": answer[1]}])
