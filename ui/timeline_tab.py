"""The case pane's Timeline tab: every history event of the case, newest first, with
filters by who and by what (filled from the case's own events, "All" at first) and
the chain's status as `verify` judges this case: "History intact (12 events)", or
in red "History broken at event #4: its content was edited".

The pane hands it the case's history; the chain status is checked in a worker by
`ui.history_work`, which calls `show_chain`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.history_words import action_text, chain_text, details

BROKEN_STYLE = "color: #b71c1c; font-weight: 600;"


def _local_text(at: str | None) -> str:
    return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M") if at else "—"


class TimelineTab(QWidget):
    def __init__(self, table: QTableWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTab")
        self.table = table
        self.history: list[dict[str, Any]] = []
        self.case_id: int | None = None
        self.chain: dict[str, Any] | None = None
        self.who_label, self.what_label = QLabel(self), QLabel(self)
        self.actor = QComboBox(self)
        self.actor.setObjectName("timelineActor")
        self.action = QComboBox(self)
        self.action.setObjectName("timelineAction")
        for combo in (self.actor, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.status = QLabel(self)
        self.status.setObjectName("chainStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.setContentsMargins(6, 4, 6, 0)
        for w in (self.who_label, self.actor, self.what_label, self.action):
            row.addWidget(w)
        row.addSpacing(12)
        row.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        lay.addLayout(row)
        lay.addWidget(table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.who_label.setText(self.tr("Who"))
        self.what_label.setText(self.tr("What"))
        if self.case_id is not None:
            self._fill_combos(keep=True)
            self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- contents ---------------------------------------------------------------------------
    def show_history(self, case_id: int, history: list[dict[str, Any]]) -> None:
        """The case's events, oldest first as the service gives them. The same case shown
        again (after an action) keeps the filters the agent chose."""
        same = case_id == self.case_id
        self.case_id, self.history = case_id, history
        if not same:
            self.chain = None
        self._fill_combos(keep=same)
        self._fill()
        self._show_status()

    def show_chain(self, case_id: int, chain: dict[str, Any]) -> None:
        if case_id == self.case_id:
            self.chain = chain
            self._show_status()

    def _fill_combos(self, keep: bool) -> None:
        actors = sorted({str(ev["actor"]) for ev in self.history})
        actions = sorted({str(ev["action"]) for ev in self.history}, key=action_text)
        for combo, values, word in ((self.actor, actors, str), (self.action, actions, action_text)):
            chosen = combo.currentData() if keep else None
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(word(value), value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def shown(self) -> list[dict[str, Any]]:
        """The events the filters let through, newest first."""
        actor, action = self.actor.currentData(), self.action.currentData()
        return [ev for ev in reversed(self.history)
                if (actor is None or ev["actor"] == actor)
                and (action is None or ev["action"] == action)]

    def _fill(self) -> None:
        events = self.shown()
        t = self.table
        t.setRowCount(len(events))
        for r, ev in enumerate(events):
            for c, v in enumerate((_local_text(ev["at"]), ev["actor"], action_text(ev["action"]),
                                   details(ev["action"], ev.get("changes") or {}, brief=False))):
                item = QTableWidgetItem(v)
                if c == 3:
                    item.setToolTip(v)
                t.setItem(r, c, item)

    def _show_status(self) -> None:
        broken = self.chain is not None and not self.chain.get("ok")
        text = self.tr("Checking the history…") if self.chain is None else chain_text(self.chain)
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setProperty("broken", broken)
        self.status.setStyleSheet(BROKEN_STYLE if broken else "")
