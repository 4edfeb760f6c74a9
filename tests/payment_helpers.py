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
    """A moment at least `days` after the case's order was paid, 02:00 UTC (10:00 in
    Shanghai), on a day the case's shop has paid nothing yet (the demo pays on some)."""
    from app.domain.money_rules import shop_day

    paid = order_paid_at(store, case_id)
    moment = (paid + timedelta(days=days)).replace(hour=2, minute=0, second=0)
    with store.unit_of_work() as uow:
        shop_id = uow.payments.case_money(case_id).shop_id
        while any(uow.money.day_totals(shop_id, shop_day(moment + timedelta(days=n)))
                  ["payments_fen"] for n in range(3)):
            moment += timedelta(days=1)
    return moment


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


def payer(where: list[str], case: int | str, amount: str, *, user: str = "lina",
          key: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """A `compensate` process started (not waited for)."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    cmd = [sys.executable, str(REPO / "main.py"), *where, "--user", user, "compensate",
           "--case", str(case), "--amount", amount, "--reason", "goodwill"]
    if key is not None:
        cmd += ["--key", key]
    return subprocess.Popen(cmd, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO),
                                                **(env or {})},
                            text=True, encoding="utf-8", stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def pay_at_once(store, where: list[str], n: int = 8):  # type: ignore[no-untyped-def]
    """`n` processes paying at once on `n` cases of one shop, each asking a quarter of
    what the shop has left today: four fit, the others are refused by the daily cap.
    Returns (accepted results, refused results, room left before)."""
    import json

    from app.services.payments import limits

    chosen = paid_cases(store, n)
    room = limits(store, "lina", chosen[0]).shop_day_amount_left_fen
    amount = room // 4
    procs = [payer(where, case_id, f"{amount // 100}.{amount % 100:02d}") for case_id in chosen]
    accepted, refused = [], []
    for p in procs:
        out, err = p.communicate(timeout=240)
        if p.returncode == 0:
            accepted.append(json.loads(out))
        else:
            assert p.returncode == 3, err
            refused.append(json.loads(out))
    return accepted, refused, room


def check_paid_at_once(store, accepted, refused, room) -> None:  # type: ignore[no-untyped-def]
    days = {r["shop_day"] for r in accepted}
    assert all(r["rule"] == "shop_day" for r in refused)
    assert len(accepted) + len(refused) == 8
    if len(days) == 1:  # (a run that crosses midnight in Shanghai has two shop-days)
        assert len(accepted) == 4
        assert sum(r["amount_fen"] for r in accepted) <= room
    ledger = assert_ledger_agrees(store)
    for day in days:
        shop = accepted[0]["shop_id"]
        assert ledger[(shop, day)] >= sum(r["amount_fen"] for r in accepted
                                          if r["shop_day"] == day)
