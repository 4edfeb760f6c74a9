"""The audit view's rows: history events of every case, newest first, held a page at a
time. The model only ever holds the pages shown so far; when the view scrolls to the
end it asks for the next (`more_wanted`), which the view reads in a worker from the
page's cursor (keyset pages of `app.services.audit`).

Signals:
    more_wanted(): the view scrolled to the end and another page exists.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from ui import labels
from ui.history_words import action_text, details
from ui.list_model import Index, ListTableModel

COLUMNS = ("at", "actor", "action", "case_no", "shop", "details")


def _header(key: str) -> str:
    return {
        "at": QCoreApplication.translate("AuditModel", "Time"),
        "actor": QCoreApplication.translate("AuditModel", "Who"),
        "action": QCoreApplication.translate("AuditModel", "Action"),
        "case_no": QCoreApplication.translate("AuditModel", "Case no."),
        "shop": QCoreApplication.translate("AuditModel", "Shop"),
        "details": QCoreApplication.translate("AuditModel", "Details"),
    }[key]


def local_time(at: str | None) -> str:
    return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S") if at else ""


class AuditModel(ListTableModel):
    columns = COLUMNS

    def header(self, key: str) -> str:
        return _header(key)

    more_wanted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.next: Any = None  # the cursor of the next page, None: no more
        self.loading = False

    # -- pages -------------------------------------------------------------------------------
    def reset(self, events: list[dict[str, Any]], nxt: Any) -> None:
        self.beginResetModel()
        self.rows, self.next, self.loading = list(events), nxt, False
        self.endResetModel()

    def append(self, events: list[dict[str, Any]], nxt: Any) -> None:
        self.loading = False
        self.next = nxt
        if events:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
            self.rows.extend(events)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.next is not None and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit()

    @property
    def events(self) -> list[dict[str, Any]]:
        """The events loaded so far, newest first."""
        return self.rows

    def event(self, row: int) -> dict[str, Any]:  # type: ignore[override]
        return self.rows[row]

    # -- the table ---------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ev = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "at":
                return local_time(ev["at"])
            if key == "action":
                return action_text(ev["action"])
            if key == "details":
                return details(ev["action"], ev.get("changes") or {})
            if key == "shop" and role == Qt.ItemDataRole.ToolTipRole:
                return f"{labels.platform(ev.get('platform'))} · {ev['shop']}"
            return str(ev.get(key) or "")
        return None
