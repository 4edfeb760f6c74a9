"""How long a stored text and how large a stored number may be.

The database declares these lengths, but SQLite does not enforce them (a 1.75-million
character nickname was once stored), so every write path checks here first: the
importer's row parser rejects the row, naming the field and the limit. A test keeps
TEXT_LIMITS equal to the String(n) columns of app/store/models.py.
"""

from __future__ import annotations

from app.domain.errors import DomainError

# "table.column": the most characters it holds.
TEXT_LIMITS: dict[str, int] = {
    "users.name": 64, "users.display_name": 64, "users.role": 16,
    "users.password_hash": 255, "users.remember_hash": 255,
    "shops.platform": 16, "shops.name": 128,
    "suppliers.name": 128, "suppliers.contact": 128,
    "products.name": 256, "products.platform_product_id": 64,
    "skus.code": 64, "skus.spec": 128,
    "buyers.platform": 16, "buyers.nickname": 128, "buyers.name": 64, "buyers.phone": 32,
    "buyers.address": 512,
    "orders.platform_order_no": 64, "orders.status": 32,
    "order_items.platform_sub_order_no": 64, "order_items.product_name": 256,
    "order_items.sku_spec": 128,
    "shipments.kind": 16, "shipments.carrier": 64, "shipments.tracking_no": 64,
    "cases.case_no": 64, "cases.kind": 24, "cases.exception_subtype": 24, "cases.reason": 24,
    "cases.reason_text": 256, "cases.platform_status": 64, "cases.status": 24,
    "cases.history_head": 64,
    "case_events.actor": 64, "case_events.action": 32, "case_events.prev_hash": 64,
    "case_events.hash": 64, "case_events.state_hash": 64,
    "import_profiles.name": 128, "import_profiles.platform": 16,
    "import_profiles.list_kind": 16, "import_profiles.created_by": 64,
    "import_batches.file_name": 512, "import_batches.file_sha256": 64,
    "import_batches.profile": 128, "import_batches.actor": 64,
    "import_batches.report_path": 1024,
    "cases.escalated_to": 16, "cases.auto_action": 24,
    "saved_views.owner": 64, "saved_views.name": 128,
    "reply_templates.key": 64, "reply_templates.updated_by": 64,
    "macros.key": 64, "macros.updated_by": 64,
    "payments.reason": 24, "payments.status": 16, "payments.shop_day": 10, "payments.key": 64,
    "payments.requested_by": 64, "payments.decided_by": 64, "payments.gateway": 16,
    "payments.reference": 64, "payments.paid_by": 64, "shop_day_ledger.day": 10,
    "coupon_templates.name": 64, "coupon_templates.created_by": 64, "coupons.name": 64,
    "coupons.reference": 64, "coupons.shop_day": 10, "coupons.key": 64,
    "coupons.issued_by": 64, "idempotency_keys.key": 64, "idempotency_keys.action": 32,
    "idempotency_keys.params_hash": 64, "idempotency_keys.actor": 64,
    "shipments.source": 16, "shipments.address": 512, "shipments.intercept_state": 16,
    "shipments.created_by": 64,
    "shop_settings.key": 64, "shop_settings.updated_by": 64,
    "acknowledgements.kind": 32, "acknowledgements.actor": 64,
    "evidence.sha256": 64, "evidence.step_key": 64, "evidence.original_name": 255,
    "evidence.media_type": 16, "evidence.added_by": 64, "evidence.removed_by": 64,
}

# Texts with no declared length (notes, a buyer's message): still bounded, or one cell
# could fill the disk. Excel itself holds at most 32,767 characters in a cell.
FREE_TEXT_LIMIT = 32_767

# Money in fen. The columns hold 64-bit integers; no after-sales amount or order comes
# near ¥100,000,000, so anything above is a damaged cell, not a refund.
MAX_AMOUNT_FEN = 100_000_000 * 100
# Quantities and counts are 32-bit columns.
MAX_INT32 = 2**31 - 1


class TooLong(DomainError):
    """A text is longer than its column holds."""

    def __init__(self, field: str, limit: int, length: int) -> None:
        super().__init__(f"{field} is {length} characters long; at most {limit} fit")
        self.field = field
        self.limit = limit
        self.length = length


def limit_of(field: str) -> int:
    """The most characters `field` ("table.column") holds; FREE_TEXT_LIMIT for others."""
    return TEXT_LIMITS.get(field, FREE_TEXT_LIMIT)


def check_length(field: str, value: str | None) -> str | None:
    """`value` unchanged if it fits `field` ("table.column"); else TooLong."""
    if value is not None:
        limit = limit_of(field)
        if len(value) > limit:
            raise TooLong(field, limit, len(value))
    return value
