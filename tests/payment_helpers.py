"""What the payment tests share: cases fit to be paid, and the check that the shop's day
ledger, the case costs and the payment rows agree."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.store import models as m

COUNTING = ("pending", "approved", "paid")


def paid_cases(store, n: int, shop_id: int | None = None) -> list[int]:  # type: ignore[no-untyped-def]
    """`n` cases of one shop, each on its own paid order, none with a payment yet."""
    with store.unit_of_work() as uow:
        s = uow.session
        paid_orders = set(s.scalars(select(m.Payment.order_id).where(
            m.Payment.order_id.is_not(None))))
        rows = s.execute(select(m.Case.id, m.Case.shop_id, m.Case.order_id)
                         .join(m.Order, m.Order.id == m.Case.order_id)
                         .where(m.Order.paid_at.is_not(None)).order_by(m.Case.id)).all()
    by_shop: dict[int, list[int]] = defaultdict(list)
    seen: set[int] = set()
    for case_id, shop, order_id in rows:
        if order_id in seen or order_id in paid_orders:
            continue
        seen.add(order_id)
        by_shop[shop].append(case_id)
    chosen = by_shop[shop_id] if shop_id is not None else max(by_shop.values(), key=len)
    assert len(chosen) >= n, f"only {len(chosen)} payable cases in one shop"
    return chosen[:n]


def order_paid_at(store, case_id: int) -> datetime:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return uow.payments.case_money(case_id).order_paid_at


def fresh_day(store, case_id: int, days: int = 3) -> datetime:  # type: ignore[no-untyped-def]
    """A moment `days` after the case's order was paid, 02:00 UTC (10:00 in Shanghai)."""
    paid = order_paid_at(store, case_id)
    return (paid + timedelta(days=days)).replace(hour=2, minute=0, second=0)


def assert_ledger_agrees(store) -> dict[tuple[int, str], int]:  # type: ignore[no-untyped-def]
    """Every shop-day's ledger equals its counting payments (fen and count), and every
    case's compensation cost equals its counting payments; the ledger by shop-day."""
    with store.unit_of_work() as uow:
        s = uow.session
        rows = {(shop, day): (int(fen or 0), int(n)) for shop, day, fen, n in s.execute(
            select(m.Payment.shop_id, m.Payment.shop_day, func.sum(m.Payment.amount_fen),
                   func.count(m.Payment.id))
            .where(m.Payment.status.in_(COUNTING))
            .group_by(m.Payment.shop_id, m.Payment.shop_day))}
        ledger = {(r.shop_id, r.day): (int(r.payments_fen), int(r.payments_count))
                  for r in s.scalars(select(m.ShopDayLedger))}
        costs = {case_id: int(fen) for case_id, fen in s.execute(
            select(m.CaseCost.case_id, m.CaseCost.compensation_fen))}
        by_case = {case_id: int(fen) for case_id, fen in s.execute(
            select(m.Payment.case_id, func.sum(m.Payment.amount_fen))
            .where(m.Payment.status.in_(COUNTING)).group_by(m.Payment.case_id))}
    assert {k: v for k, v in ledger.items() if v != (0, 0)} == rows
    assert {k: v for k, v in costs.items() if v} == {k: v for k, v in by_case.items() if v}
    return {k: v[0] for k, v in rows.items()}
