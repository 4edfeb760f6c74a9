"""The status bar's spend today: what the selected case's shop paid out today
against its cap, its coupons and the payments waiting for approval —
"Today ¥120.00 of ¥10,000.00 · coupons ¥15.00 · 1 waiting".

Read in a worker (a task of the window's `Jobs`, the newest one winning) whenever a
case is shown, which is also after every action on it (the case is loaded again),
and after a decision in the approvals queue. The UI thread only sets the text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

from ui import approvals_texts
from ui.jobs import Jobs


def shop_spend_of_case(store: Any, case_id: int,
                       now: datetime) -> tuple[str, dict[str, Any]] | None:
    """(shop name, its spend on the day of `now`) for the case's shop; None if the case
    is gone."""
    from app.services import approval_queue  # loads the store: in the worker only
    from app.services.cases import CaseNotFound

    try:
        spend = approval_queue.shop_spend_of_case(store, case_id, now=now)
    except CaseNotFound:
        return None
    return str(spend["shop"]), spend


class SpendStatus(QObject):
    """The label (`label`, put in the status bar by the caller) and what fills it."""

    TASK = "spend"

    def __init__(self, jobs: Jobs, store: Callable[[], Any], now: Callable[[], datetime],
                 parent: QWidget) -> None:
        """`store()` gives the store, or None while it is not open; `now()` the moment
        whose Asia/Shanghai day is "today" (the window's clock)."""
        super().__init__(parent)
        self._jobs = jobs
        self._store = store
        self._now = now
        self.case_id: int | None = None
        self.shop = ""
        self.spend: dict[str, Any] | None = None
        self.label = QLabel(parent)
        self.label.setObjectName("spendLabel")
        self.label.hide()
        parent.installEventFilter(self)

    def show_case(self, case_id: int | None) -> None:
        """Read the spend of this case's shop (None: no case shown, nothing to say)."""
        self.case_id = case_id
        store = self._store()
        if case_id is None or store is None:
            self.spend = None
            self._show()
            return
        self._jobs.start(self.TASK, self._read(store, case_id))

    def refresh(self) -> None:
        self.show_case(self.case_id)

    async def _read(self, store: Any, case_id: int) -> None:
        found = await self._jobs.run(shop_spend_of_case, store, case_id, self._now())
        if case_id != self.case_id:
            return  # another case was shown meanwhile
        self.shop, self.spend = found if found is not None else ("", None)
        self._show()

    def _show(self) -> None:
        if self.spend is None:
            self.label.clear()
            self.label.hide()
            return
        self.label.setText(approvals_texts.spend_line(self.spend))
        self.label.setToolTip(approvals_texts.spend_tip(self.shop, self.spend))
        left = self.spend.get("left_fen")
        self.label.setProperty("warn", left is not None and int(left) <= 0)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.label.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        return False
