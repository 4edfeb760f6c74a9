"""The rows of the supervisor's approvals queue: every payment waiting for a decision,
oldest first, with what it brings the order's and the shop's day total to against
their caps (a waiting payment already counts against both)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ui import labels
from ui.approvals_texts import against, local_time, over, yuan
from ui.list_model import Index, ListTableModel

COLUMNS = ("case_no", "shop", "platform", "requested_by", "requested_at", "amount", "reason",
           "note", "order_total", "shop_day_total")


def _header(key: str) -> str:
    return {
        "case_no": QCoreApplication.translate("ApprovalsModel", "Case no."),
        "shop": QCoreApplication.translate("ApprovalsModel", "Shop"),
        "platform": QCoreApplication.translate("ApprovalsModel", "Platform"),
        "requested_by": QCoreApplication.translate("ApprovalsModel", "Asked by"),
        "requested_at": QCoreApplication.translate("ApprovalsModel", "When"),
        "amount": QCoreApplication.translate("ApprovalsModel", "Amount"),
        "reason": QCoreApplication.translate("ApprovalsModel", "Reason"),
        "note": QCoreApplication.translate("ApprovalsModel", "Note"),
        "order_total": QCoreApplication.translate("ApprovalsModel", "Order's payments"),
        "shop_day_total": QCoreApplication.translate("ApprovalsModel", "Shop's total that day"),
    }[key]


def _fen(d: dict[str, Any], name: str) -> int | None:
    value = d.get(name)
    return None if value is None else int(value)


@dataclass(frozen=True)
class Pending:
    """One waiting payment as the queue shows it (from `payments.pending_approvals`)."""

    id: int
    case_id: int
    case_no: str
    shop: str
    platform: str
    requested_by: str
    requested_at: str
    shop_day: str
    amount_fen: int
    reason: str
    note: str
    order_total_fen: int | None
    order_cap_fen: int | None
    shop_day_total_fen: int | None
    shop_day_cap_fen: int | None

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Pending:
        return cls(
            id=int(d["id"]), case_id=int(d["case_id"]), case_no=str(d.get("case_no") or ""),
            shop=str(d.get("shop") or ""), platform=str(d.get("platform") or ""),
            requested_by=str(d.get("requested_by") or ""),
            requested_at=str(d.get("requested_at") or ""),
            shop_day=str(d.get("shop_day") or ""),
            amount_fen=int(d["amount_fen"]), reason=str(d.get("reason") or ""),
            note=str(d.get("note") or ""),
            order_total_fen=_fen(d, "order_total_fen"), order_cap_fen=_fen(d, "order_cap_fen"),
            shop_day_total_fen=_fen(d, "shop_day_total_fen"),
            shop_day_cap_fen=_fen(d, "shop_day_cap_fen"))


class ApprovalsModel(ListTableModel):
    columns = COLUMNS

    def header(self, key: str) -> str:
        return _header(key)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Pending] = []

    def set_rows(self, rows: list[Pending]) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda p: (p.requested_at, p.id))  # oldest first
        self.endResetModel()

    def row_of(self, payment_id: int) -> int:
        return next((n for n, p in enumerate(self.rows) if p.id == payment_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.row(index.row())
        if p is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("note", "reason"):
            return p.note or None
        if role == Qt.ItemDataRole.ToolTipRole and key == "shop_day_total":
            return QCoreApplication.translate(
                "ApprovalsModel", "All of %1's payments on %2 (Asia/Shanghai) that count "
                "against its daily cap, this one included").replace("%1", p.shop).replace(
                "%2", p.shop_day)
        if role == Qt.ItemDataRole.ToolTipRole and key == "order_total":
            return QCoreApplication.translate(
                "ApprovalsModel", "All payments on the order that count against its cap, "
                "this one included")
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
                "amount", "order_total", "shop_day_total"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (key == "order_total" and over(p.order_total_fen, p.order_cap_fen))
                or (key == "shop_day_total" and over(p.shop_day_total_fen, p.shop_day_cap_fen))):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None

    @staticmethod
    def _text(p: Pending, key: str) -> str:
        if key == "platform":
            return labels.platform(p.platform)
        if key == "requested_at":
            return local_time(p.requested_at)
        if key == "amount":
            return yuan(p.amount_fen)
        if key == "reason":
            return labels.label("payment_reason", p.reason)
        if key == "note":
            return " ".join(p.note.split())
        if key == "order_total":
            return against(p.order_total_fen, p.order_cap_fen)
        if key == "shop_day_total":
            return against(p.shop_day_total_fen, p.shop_day_cap_fen)
        return str(getattr(p, key))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                               len(COLUMNS) - 1))
