"""Demo compensation payments, so that the approvals queue, the case's payments and the
status bar's spend show something on a fresh demo store: a few dozen payments over
the last days (approved and waiting for the back office, paid with a reference,
denied by the supervisor) and a handful of pending ones above an agent's ¥50.00.

Each is written as the services write one: under the case's and the ledger's locks,
within the caps (`check_payment`), with its event, the day ledger and the case's cost.
Deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from app.domain import handling as h
from app.domain.enums import Role
from app.domain.money_rules import shop_day
from app.domain.payments import (
    PaymentEvent,
    PaymentReason,
    PaymentRefused,
    PaymentStatus,
    check_payment,
)
from app.services.rules import rulebook

NOTES = ("快递延误，补偿买家", "外箱破损，安抚买家", "补退货运费", "价保差价", None, None)
DENY_NOTES = ("已补发新品，不再补偿", "金额超出常规标准")


def demo_payments(uow: Any, now: datetime, rng: random.Random, *, count: int | None = None,
                  pending: int = 4) -> int:
    """Write the demo's payments inside the demo's unit of work; how many case events."""
    users = uow.users.active()
    agents = [n for n, _d, role in users if role == Role.AGENT.value]
    bosses = [n for n, _d, role in users if role == Role.SUPERVISOR.value]
    if not agents or not bosses:
        return 0
    candidates = uow.payments.payable_cases(2000)
    # Only cases last changed before a moment inside the last six days can get one.
    candidates = [(c, at) for c, at in candidates if at < now - timedelta(minutes=30)]
    rng.shuffle(candidates)
    wanted = count if count is not None else min(36, len(candidates) // 6)
    events = 0
    for n, (case_id, last_at) in enumerate(candidates[:wanted]):
        is_pending = n < pending
        start = max(last_at, now - timedelta(days=6))
        span = int((now - timedelta(minutes=10) - start).total_seconds())
        at = start + timedelta(seconds=rng.randrange(max(span, 1)))
        if is_pending:
            amount = rng.choice((6800, 8800, 12000, 15000, 19900))
        else:
            amount = rng.choice((300, 500, 800, 1000, 1200, 1500, 2000, 3000, 5000, 6600, 9900))
        events += _one(uow, case_id, at, amount, rng.choice(agents), rng.choice(bosses),
                       rng, is_pending, now)
    return events


def _one(uow: Any, case_id: int, at: datetime, amount: int, agent: str, boss: str,
         rng: random.Random, is_pending: bool, now: datetime) -> int:
    facts = uow.payments.case_money(case_id)
    if facts.order_paid_at is None or facts.order_paid_at > at:
        return 0
    found = uow.cases.state(case_id)
    day = shop_day(at)
    ledger = uow.money.lock_day(facts.shop_id, day)
    count, fen = uow.payments.order_totals(facts.order_id)
    caps = rulebook(uow, facts.platform).for_shop(facts.shop_id).money.payments
    try:
        needs = check_payment(caps, amount_fen=amount, order_paid_at=facts.order_paid_at,
                              now=at, order_count=count, order_fen=fen,
                              day_fen=ledger["payments_fen"], role=Role.AGENT.value)
    except PaymentRefused:
        return 0
    reason = rng.choice(list(PaymentReason))
    note = rng.choice(NOTES)
    payment = uow.payments.add(
        case_id=case_id, order_id=facts.order_id, shop_id=facts.shop_id, amount_fen=amount,
        reason=reason.value, note=note,
        status=(PaymentStatus.PENDING if needs else PaymentStatus.APPROVED).value,
        shop_day=day, key=f"demo-{case_id}-{int(at.timestamp())}", requested_by=agent,
        requested_at=at, gateway="manual")
    uow.money.add_to_day(facts.shop_id, day, payments_fen=amount, payments_count=1)
    uow.money.add_cost(case_id, at, compensation=amount)
    state = found[1]
    steps: list[tuple[str, str, datetime, Any, dict[str, Any]]] = [
        ("payment_requested", agent, at, payment, {"note": note})]
    if needs and not is_pending:
        later = min(at + timedelta(minutes=rng.randrange(5, 90)), now)
        denied = rng.random() < 0.4
        status = PaymentStatus.DENIED if denied else PaymentStatus.APPROVED
        note2 = rng.choice(DENY_NOTES) if denied else "同意"
        payment = uow.payments.set_status(payment.id, status.value, decided_by=boss,
                                          decided_at=later, decision_note=note2)
        if denied:
            uow.money.add_to_day(facts.shop_id, day, payments_fen=-amount, payments_count=-1)
            uow.money.add_cost(case_id, later, compensation=-amount)
        steps.append(("payment_denied" if denied else "payment_approved", boss, later,
                      payment, {"note": note2}))
    if payment.status == PaymentStatus.APPROVED and rng.random() < 0.6:
        paid_at = min(steps[-1][2] + timedelta(minutes=rng.randrange(3, 240)), now)
        ref = f"PAY{paid_at:%Y%m%d}{rng.randrange(10**8):08d}"
        payment = uow.payments.set_status(payment.id, PaymentStatus.PAID.value, reference=ref,
                                          paid_by=agent, paid_at=paid_at)
        steps.append(("payment_paid", agent, paid_at, payment, {"reference": ref}))
    for name, actor, when, p, extra in steps:
        event = PaymentEvent(name, p, extra.get("note"), extra.get("reference"),
                             extra={"needs_approval": needs} if name == "payment_requested"
                             else {})
        planned = h.plan(state, [event], when)
        uow.cases.write(case_id, actor, planned.action, when, planned.after, planned.changes)
        state = planned.after
    return len(steps)
