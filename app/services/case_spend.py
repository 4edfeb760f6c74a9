"""What a case has had so far: its payments, its coupons and its cost, as one plain
record for `case show`, the appeal bundle's summary and the Actions tab."""

from __future__ import annotations

from typing import Any

from app.services import coupons, payment_lists, shop_costs
from app.services.store import Store


def case_spend(store: Store, case_ref: int | str) -> dict[str, Any]:
    """{"payments": [...], "coupons": [...], "cost": {...}}: payments newest first,
    coupons oldest first, the cost by part in fen and yuan (app.services.shop_costs)."""
    return {"payments": payment_lists.list_payments(store, case=case_ref),
            "coupons": coupons.coupons(store, case_ref=case_ref),
            "cost": shop_costs.case_cost(store, case_ref)}
