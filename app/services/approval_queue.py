"""What a supervisor weighs before deciding on a waiting payment, and what the status
bar says about the shown case's shop: built on `app.services.payment_lists`.

A waiting payment already counts against the order's and the shop-day's caps (it
holds its room until it is denied), so "what it would bring the totals to" is the
totals as they stand, it included.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.clock import utcnow
from app.domain.money_rules import shop_day
from app.domain.payments import PaymentStatus
from app.services.cases import CaseNotFound
from app.services.payment_lists import pending_approvals, shop_spend
from app.services.rules import rulebook
from app.services.store import Store


def approval_queue(store: Store) -> list[dict[str, Any]]:
    """`pending_approvals`, oldest first, each with `order_total_fen` (the order's
    counting payments, this one included; None without an order), `order_cap_fen`,
    `shop_day_total_fen` (the shop's counting total of the payment's day) and
    `shop_day_cap_fen`."""
    rows = pending_approvals(store)
    caps: dict[tuple[str, int], Any] = {}
    days: dict[tuple[int, str], int] = {}
    orders: dict[int, int] = {}
    with store.unit_of_work() as uow:
        for row in rows:
            shop_id, platform = int(row["shop_id"]), str(row["platform"])
            cap = caps.get((platform, shop_id))
            if cap is None:
                cap = caps[(platform, shop_id)] = (
                    rulebook(uow, platform).for_shop(shop_id).money.payments)
            day = (shop_id, str(row["shop_day"]))
            if day not in days:
                days[day] = uow.money.day_totals(*day)["payments_fen"]
            payment = uow.payments.get(int(row["id"]))
            order_id = payment.order_id if payment is not None else None
            if order_id is not None and order_id not in orders:
                orders[order_id] = uow.payments.order_totals(order_id)[1]
            row.update(order_total_fen=orders.get(order_id) if order_id is not None else None,
                       order_cap_fen=cap.order_max_fen, shop_day_total_fen=days[day],
                       shop_day_cap_fen=cap.shop_day_max_fen)
    return rows


def shop_spend_of_case(store: Store, case_ref: int | str, *,
               now: datetime | None = None) -> dict[str, Any]:
    """`shop_spend` of the case's shop today, with the shop's `shop` name and
    `pending_count`, the payments of the day still waiting for a decision."""
    day = shop_day(now or utcnow())
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(case_ref)
        facts = uow.payments.case_money(case_id) if case_id is not None else None
        if facts is None:
            raise CaseNotFound(case_ref)
        waiting = uow.payments.day_totals(facts.shop_id, day).get(
            f"{PaymentStatus.PENDING.value}_count", 0)
    out = shop_spend(store, facts.shop_id, day)
    out.update(shop=facts.shop, pending_count=int(waiting))
    return out
