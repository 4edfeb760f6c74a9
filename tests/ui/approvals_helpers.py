"""Payments made as agents make them, through the services, for the approvals and
spend tests: the first cases of one shop that the rules let be paid. The demo store
has payments of its own (a few waiting): tests reckon with what is there before."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.errors import RuleRefused
from app.domain.filters import CaseFilter
from app.services import cases, payments
from tests.conftest import FIXED_NOW

AGENT = "lina"  # an agent: up to ¥50.00 without approval
SUPERVISOR = "zhaoli"


def pay_cases(store: Any, amounts_fen: list[int], shop: str | None = None,
              reason: str = "goodwill", actor: str = AGENT,
              now: datetime = FIXED_NOW) -> list[dict[str, Any]]:
    """One payment per amount, each on its own case and order of the same shop (the
    shop of the first case that can be paid, unless `shop` is given), in that order,
    at `now` (the demo's clock, so the orders are within the payment window)."""
    out: list[dict[str, Any]] = []
    # orders the demo (or an earlier call) paid already are left alone: each payment
    # here is the first on its order
    orders = {str(p["order_no"]) for p in payments.list_payments(store) if p["order_no"]}
    for case in cases.list_cases(store, CaseFilter(), limit=1000):
        if len(out) == len(amounts_fen):
            break
        if shop is not None and case.shop != shop:
            continue
        detail = cases.case_detail(store, case.id)
        order = detail.get("order")
        if order is None or order["order_no"] in orders:
            continue
        try:
            paid = payments.compensate(store, actor, case.id, amounts_fen[len(out)], reason,
                                       note=f"test payment {len(out) + 1}", now=now)
        except RuleRefused:
            continue
        orders.add(order["order_no"])
        shop = case.shop
        out.append(paid)
    assert len(out) == len(amounts_fen), f"only {len(out)} payable cases in {shop}"
    return out


def waiting(store: Any) -> list[int]:
    """The ids of the payments waiting for a decision now."""
    return [int(p["id"]) for p in payments.pending_approvals(store)]


def day_spend(store: Any, shop_id: int, day: str) -> tuple[int, int]:
    """(the shop-day's counting total in fen, how many of its payments wait), from the
    payments themselves."""
    rows = payments.list_payments(store, shop=shop_id, day=day)
    counting = sum(int(p["amount_fen"]) for p in rows
                   if p["status"] in ("pending", "approved", "paid"))
    return counting, sum(1 for p in rows if p["status"] == "pending")
