"""The audit view's filters: a quick filter (reveals of buyer data, money decisions,
exports) or one action, who (any name, the users offered), the period in Asia/Shanghai
days, the shop and part of a case no.; `audit_filter()` is what they ask for.

Signals:
    changed(): a filter changed (the view reads again after a pause).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui import labels
from ui.history_words import ACTIONS, action_text

QUICK = ("", "reveals", "money", "exports")
NO_DAY = QDate(2000, 1, 1)  # the date edits' "any day"


class AuditFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quick = QComboBox(self)
        self.quick.setObjectName("auditQuick")
        self.actor = QComboBox(self)
        self.actor.setObjectName("auditActor")
        self.actor.setEditable(True)
        self.actor.setMinimumContentsLength(10)
        self.actor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.shop = QComboBox(self)
        self.shop.setObjectName("auditShop")
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DAY)
            edit.setDate(NO_DAY)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.case_no = QLineEdit(self)
        self.case_no.setObjectName("auditCaseNo")
        self.case_no.setClearButtonEnabled(True)
        self.case_no.setMinimumWidth(160)
        self.case_no.textChanged.connect(lambda _t: self.changed.emit())
        # A quick filter and an action are one choice or the other, never both at once.
        self.quick.currentIndexChanged.connect(lambda _i: self._either(self.quick, self.action))
        self.action.currentIndexChanged.connect(lambda _i: self._either(self.action, self.quick))
        self.shop.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.actor.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.labels = [QLabel(self) for _ in range(6)]
        self.to_label = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for lab, w in zip(self.labels, (self.quick, self.actor, self.action, self.date_from,
                                         self.shop, self.case_no), strict=True):
            row.addWidget(lab)
            row.addWidget(w)
            if w is self.date_from:
                row.addWidget(self.to_label)
                row.addWidget(self.date_to)
        row.addStretch(1)
        self._users: list[str] = []
        self._shops: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        for lab, text in zip(self.labels, (self.tr("Show"), self.tr("Who"), self.tr("What"),
                                           self.tr("From"), self.tr("Shop"),
                                           self.tr("Case no.")), strict=True):
            lab.setText(text)
        self.to_label.setText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(self.tr("any day"))
        self.case_no.setPlaceholderText(self.tr("part of a case no."))
        self.actor.lineEdit().setPlaceholderText(self.tr("everyone"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_choices(self, users: list[str], shops: list[str]) -> None:
        self._users, self._shops = users, shops
        self._fill()

    def _fill(self) -> None:
        quick_words = {"": self.tr("All events"), "reveals": self.tr("Reveals of buyer data"),
                       "money": self.tr("Money decisions"), "exports": self.tr("Exports")}
        actions = sorted({*labels.ACTIONS, *ACTIONS}, key=action_text)
        for combo, items in ((self.quick, [(quick_words[q], q) for q in QUICK]),
                             (self.action, [(self.tr("All"), "")]
                              + [(action_text(a), a) for a in actions]),
                             (self.shop, [(self.tr("All shops"), "")]
                              + [(s, s) for s in self._shops])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.blockSignals(False)
        typed = self.actor.currentText()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem("")
        self.actor.addItems(self._users)
        self.actor.setEditText(typed)
        self.actor.blockSignals(False)

    def _either(self, chosen: QComboBox, other: QComboBox) -> None:
        if chosen.currentIndex() > 0 and other.currentIndex() > 0:
            other.blockSignals(True)
            other.setCurrentIndex(0)
            other.blockSignals(False)
        self.changed.emit()

    def choose(self, actor: str, action: str) -> None:
        """Show that person's events of that action (a count double-clicked)."""
        for w in (self.quick, self.action, self.actor):
            w.blockSignals(True)
        self.quick.setCurrentIndex(0)
        self.action.setCurrentIndex(max(self.action.findData(action), 0))
        self.actor.setEditText(actor)
        for w in (self.quick, self.action, self.actor):
            w.blockSignals(False)
        self.changed.emit()

    def audit_filter(self) -> Any:
        from app.domain.audit_filter import QUICK as QUICK_ACTIONS
        from app.domain.audit_filter import AuditFilter

        quick = self.quick.currentData() or ""
        action = self.action.currentData() or ""
        actions = tuple(QUICK_ACTIONS[quick]) if quick else (action,) if action else ()
        return AuditFilter(actor=self.actor.currentText().strip() or None, actions=actions,
                           date_from=_day(self.date_from), date_to=_day(self.date_to),
                           shop=self.shop.currentData() or None,
                           case_no=self.case_no.text().strip())


def _day(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DAY else date(d.year(), d.month(), d.day())
