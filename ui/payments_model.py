"""The rows of the payments list (`payments.list_payments`): one payment each, newest
first, with where it stands and who did what to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from ui import labels
from ui.approvals_texts import local_time, yuan
from ui.list_model import Index, ListTableModel

COLUMNS = ("id", "case_no", "shop", "shop_day", "amount", "reason", "status", "requested_by",
           "decided_by", "reference")


def _header(key: str) -> str:
    return {
        "id": QCoreApplication.translate("PaymentsModel", "No."),
        "case_no": QCoreApplication.translate("PaymentsModel", "Case no."),
        "shop": QCoreApplication.translate("PaymentsModel", "Shop"),
        "shop_day": QCoreApplication.translate("PaymentsModel", "Day"),
        "amount": QCoreApplication.translate("PaymentsModel", "Amount"),
        "reason": QCoreApplication.translate("PaymentsModel", "Reason"),
        "status": QCoreApplication.translate("PaymentsModel", "Status"),
        "requested_by": QCoreApplication.translate("PaymentsModel", "Asked by"),
        "decided_by": QCoreApplication.translate("PaymentsModel", "Decided by"),
        "reference": QCoreApplication.translate("PaymentsModel", "Reference no."),
    }[key]


class PaymentsModel(ListTableModel):
    columns = COLUMNS

    def header(self, key: str) -> str:
        return _header(key)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, payment_id: int) -> int:
        return next((n for n, p in enumerate(self.rows) if int(p["id"]) == payment_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.row(index.row())
        if p is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(p)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("amount", "id"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return int(p["id"])
        return None

    @staticmethod
    def _text(p: dict[str, Any], key: str) -> str:
        if key == "amount":
            return yuan(int(p["amount_fen"]))
        if key == "reason":
            return labels.label("payment_reason", p.get("reason"))
        if key == "status":
            return labels.label("payment_status", p.get("status"))
        value = p.get(key)
        return "" if value is None else str(value)

    @staticmethod
    def _tip(p: dict[str, Any]) -> str | None:
        lines = []
        if p.get("note"):
            lines.append(QCoreApplication.translate("PaymentsModel", "Note: %1").replace("%1", str(p["note"])))
        if p.get("requested_at"):
            lines.append(QCoreApplication.translate("PaymentsModel", "Asked for at %1").replace(
                "%1", local_time(str(p["requested_at"]))))
        if p.get("decision_note"):
            lines.append(QCoreApplication.translate("PaymentsModel", "Decision: %1").replace("%1", str(p["decision_note"])))
        if p.get("paid_at"):
            lines.append(QCoreApplication.translate("PaymentsModel", "Paid by %1 at %2").replace(
                "%1", str(p.get("paid_by") or "")).replace("%2", local_time(str(p["paid_at"]))))
        return "\n".join(lines) or None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(COLUMNS) - 1))
