"""What one line of an export becomes: a typed row, a rejection with its reason, or a
skipped line; and where each text of a row is stored (for the length checks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.enums import CaseKind, Reason
from app.io.errors import Param

# Where each text of a row is stored ("table.column" in app.domain.limits): a value
# longer than that column is rejected here, SQLite would store it whole.
AFTERSALES_STORED: dict[str, str] = {
    "shop": "shops.name", "case_no": "cases.case_no", "order_no": "orders.platform_order_no",
    "sub_order_no": "order_items.platform_sub_order_no",
    "product_name": "order_items.product_name", "sku_spec": "order_items.sku_spec",
    "sku_code": "skus.code", "platform_product_id": "products.platform_product_id",
    "platform_status": "cases.platform_status", "reason_text": "cases.reason_text",
    "buyer_nickname": "buyers.nickname", "tracking_no": "shipments.tracking_no",
    "return_carrier": "shipments.carrier", "return_tracking_no": "shipments.tracking_no",
}
ORDER_STORED: dict[str, str] = {
    "shop": "shops.name", "order_no": "orders.platform_order_no",
    "sub_order_no": "order_items.platform_sub_order_no",
    "product_name": "order_items.product_name", "sku_spec": "order_items.sku_spec",
    "sku_code": "skus.code", "platform_product_id": "products.platform_product_id",
    "order_status": "orders.status", "carrier": "shipments.carrier",
    "tracking_no": "shipments.tracking_no", "receiver_name": "buyers.name",
    "receiver_phone": "buyers.phone", "address": "buyers.address",
    "buyer_nickname": "buyers.nickname",
}


@dataclass(slots=True)
class AftersalesRow:
    line: int
    shop: str | None
    case_no: str
    order_no: str
    sub_order_no: str | None
    product_name: str | None
    sku_spec: str | None
    sku_code: str | None
    platform_product_id: str | None
    kind: CaseKind
    case_type: str
    platform_status: str | None
    reason: Reason
    reason_text: str | None
    applied_at: datetime | None
    deadline_at: datetime | None
    amount_fen: int
    fast_refund: bool
    buyer_nickname: str | None
    tracking_no: str | None
    return_carrier: str | None
    return_tracking_no: str | None
    updated_at: datetime | None = None  # when the platform last changed the case


@dataclass(slots=True)
class OrderRow:
    line: int
    shop: str | None
    order_no: str
    sub_order_no: str | None
    product_name: str | None
    sku_spec: str | None
    sku_code: str | None
    platform_product_id: str | None
    quantity: int
    total_fen: int
    created_at: datetime | None
    paid_at: datetime | None
    order_status: str | None
    carrier: str | None
    tracking_no: str | None
    shipped_at: datetime | None
    receiver_name: str | None
    receiver_phone: str | None
    address: str | None
    buyer_nickname: str | None
    buyer_note: str | None


@dataclass(slots=True)
class Rejected:
    line: int
    cells: list[object]
    reason: str  # in English; code and params say it in any language (app.io.errors)
    code: str = ""
    params: dict[str, Param] = field(default_factory=dict)


@dataclass(slots=True)
class Skipped:
    line: int
    why: str  # "blank" | "summary" | "note"


Item = AftersalesRow | OrderRow | Rejected | Skipped


def cell_text(value: object) -> str:
    """A raw cell as the user saw it, for previews and the report."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
