"""Compensation payments (小额打款): asking for one, a supervisor's decision, the
gateway's (for the manual gateway: the agent's) confirmation or failure.

Each step is one transaction that locks the case's row, then the shop's day ledger row
(always in that order, so two steps never wait on each other crosswise), checks, writes
the payment, the ledger and the case's cost, appends the case's event, and commits.
On SQLite the unit of work already holds the database's write lock (BEGIN IMMEDIATE);
on PostgreSQL the ledger row's FOR UPDATE is where a shop's payments queue. The
ledger's payments_fen is the sum of the shop-day's counting payments at every commit.
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain import handling as h
from app.domain.clock import utcnow
from app.domain.enums import Role
from app.domain.errors import DomainError
from app.domain.handling import _text
from app.domain.money_rules import shop_day
from app.domain.payments import (
    REFERENCE_LIMIT,
    Limits,
    Payment,
    PaymentEvent,
    PaymentStatus,
    check_payment,
    limits_for,
    next_status,
    payment_reason,
)
from app.domain.permissions import Permission, allowed
from app.services import idempotency
from app.services.access import require_in, role_in
from app.services.cases import CaseNotFound
from app.services.payment_gateway import gateway as gateway_named
from app.services.payment_lists import (
    export_payments_csv,
    list_payments,
    pending_approvals,
    shop_spend,
)
from app.services.rules import rulebook
from app.services.store import Store
from app.store.payment_rows import KeyTaken

__all__ = ["NoPayment", "approve", "compensate", "confirm_paid", "deny", "export_payments_csv",
           "limits", "list_payments", "mark_failed", "pending_approvals", "shop_spend"]

# Test-only: with AFTERSALES_TEST_PAUSE_IN=payment (before the commit) or
# payment_committed (after it), compensate touches AFTERSALES_TEST_PAUSE_FILE and
# waits while that file exists, so a test can kill the process at that point or hold
# a transaction open. Nothing in the product sets these variables.
PAUSE_VAR, PAUSE_FILE_VAR = "AFTERSALES_TEST_PAUSE_IN", "AFTERSALES_TEST_PAUSE_FILE"


class NoPayment(DomainError):
    def __init__(self, payment_id: int) -> None:
        super().__init__(f"there is no payment {payment_id}")
        self.payment_id = payment_id


def _pause_for_tests(where: str) -> None:
    if os.environ.get(PAUSE_VAR) != where:
        return
    flag = Path(os.environ[PAUSE_FILE_VAR])
    flag.touch()
    deadline = time.monotonic() + 120
    while flag.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


def _case(uow: Any, case_ref: int | str) -> Any:
    case_id = uow.cases.find_id(case_ref)
    facts = uow.payments.case_money(case_id) if case_id is not None else None
    if facts is None:
        raise CaseNotFound(case_ref)
    return facts


def _role(uow: Any, actor: str) -> str:
    """The role whose approval threshold the actor's payment is held to: a role without
    the right to approve payments pays no more than an agent does unapproved."""
    role = role_in(uow, actor)
    if allowed(role, Permission.APPROVE_PAYMENTS):
        return str(role)
    return Role.AGENT.value


def _room(uow: Any, facts: Any, day_fen: int) -> dict[str, Any]:
    count, fen = (uow.payments.order_totals(facts.order_id) if facts.order_id is not None
                  else (0, 0))
    return {"has_order": facts.order_id is not None, "order_paid_at": facts.order_paid_at,
            "order_count": count, "order_fen": fen, "day_fen": day_fen}


def _caps(uow: Any, facts: Any) -> Any:
    return rulebook(uow, facts.platform).for_shop(facts.shop_id).money.payments


def limits(store: Store, actor: str, case_ref: int | str, *,
           now: datetime | None = None) -> Limits:
    """What `actor` may pay on the case right now: payments and amount left on the
    order, the shop's amount left today, the actor's approval threshold."""
    now = now or utcnow()
    with store.unit_of_work() as uow:
        facts = _case(uow, case_ref)
        day_fen = uow.money.day_totals(facts.shop_id, shop_day(now))["payments_fen"]
        return limits_for(_caps(uow, facts), now=now, role=_role(uow, actor),
                          **_room(uow, facts, day_fen))


def compensate(store: Store, actor: str, case_ref: int | str, amount_fen: int, reason: str,
               key: str | None = None, note: str | None = None, *,
               now: datetime | None = None) -> dict[str, Any]:
    """Pay the case's buyer `amount_fen`, as one transaction. Within the actor's own
    authority the payment is approved at once and handed to the gateway; above it, it
    is pending until a supervisor decides (and counts against every cap meanwhile).
    The same key again returns the first result (`replayed`: true) and pays nothing."""
    why = payment_reason(reason)
    key = idempotency.check_key(key) if key is not None else idempotency.new_key()
    note = _text("a note", note) if note else None
    try:
        return _compensate(store, actor, case_ref, amount_fen, why.value, key, note,
                           now or utcnow())
    except KeyTaken:
        # PostgreSQL: a transaction with this key committed while this one ran; its
        # result (or KeyReused, for other parameters) is the answer.
        return _compensate(store, actor, case_ref, amount_fen, why.value, key, note,
                           now or utcnow())


def _compensate(store: Store, actor: str, case_ref: int | str, amount_fen: int, reason: str,
                key: str, note: str | None, now: datetime) -> dict[str, Any]:
    with store.unit_of_work().for_writing() as uow:
        facts = _case(uow, case_ref)
        uow.users.ensure(actor, now)
        found = uow.cases.state(facts.case_id)
        if found is None:
            raise CaseNotFound(case_ref)
        day = shop_day(now)
        ledger = uow.money.lock_day(facts.shop_id, day)
        params = {"case_id": facts.case_id, "amount_fen": amount_fen, "reason": reason,
                  "note": note}

        def run() -> dict[str, Any]:
            needs = check_payment(_caps(uow, facts), amount_fen=amount_fen, now=now,
                                  role=_role(uow, actor),
                                  **_room(uow, facts, ledger["payments_fen"]))
            gate = gateway_named()
            payment = uow.payments.add(
                case_id=facts.case_id, order_id=facts.order_id, shop_id=facts.shop_id,
                amount_fen=amount_fen, reason=reason, note=note,
                status=(PaymentStatus.PENDING if needs else PaymentStatus.APPROVED).value,
                shop_day=day, key=key, requested_by=actor, requested_at=now,
                gateway=gate.name)
            receipt = None if needs else gate.submit(payment)
            if receipt is not None and receipt.status != payment.status:
                payment = uow.payments.set_status(payment.id, receipt.status.value,
                                                  reference=receipt.reference,
                                                  paid_by=gate.name, paid_at=now)
            uow.money.add_to_day(facts.shop_id, day, payments_fen=amount_fen,
                                 payments_count=1)
            uow.money.add_cost(facts.case_id, now, compensation=amount_fen)
            event = PaymentEvent("payment_requested", payment, note,
                                 extra={"needs_approval": needs})
            planned = h.plan(found[1], [event], now)
            uow.cases.write(facts.case_id, actor, planned.action, now, planned.after,
                            planned.changes)
            return _result(payment, facts, needs)

        result, replayed = idempotency.once(uow, key, "compensate", params, actor, now, run)
        _pause_for_tests("payment")
        uow.commit()
    _pause_for_tests("payment_committed")
    return {**result, "replayed": replayed}


def _result(payment: Payment, facts: Any, needs: bool) -> dict[str, Any]:
    out = payment.to_json()
    out.update(case_no=facts.case_no, shop=facts.shop, platform=facts.platform,
               order_no=facts.order_no, needs_approval=needs)
    return out


def _step(store: Store, actor: str, payment_id: int, step: str, now: datetime | None,
          *, deciders_only: bool, note: str | None = None, **fields: Any) -> dict[str, Any]:
    """Move a payment one step on, with its event on the payment's case; a step that
    ends it (denied, failed) frees its room in the ledger and the case's cost."""
    now = now or utcnow()
    with store.unit_of_work().for_writing() as uow:
        uow.users.ensure(actor, now)
        first = uow.payments.get(payment_id)
        if first is None:
            raise NoPayment(payment_id)
        if deciders_only:
            require_in(uow, actor, Permission.APPROVE_PAYMENTS)
        found = uow.cases.state(first.case_id)
        assert found is not None  # a payment goes with its case
        uow.money.lock_day(first.shop_id, first.shop_day)
        payment = uow.payments.get(payment_id)  # as it is now that we hold the locks
        assert payment is not None
        target = next_status(step, payment)
        if step in ("payment_approved", "payment_denied"):
            fields.update(decided_by=actor, decided_at=now, decision_note=note)
        after = uow.payments.set_status(payment_id, target.value, **fields)
        if not after.counts:
            uow.money.add_to_day(after.shop_id, after.shop_day,
                                 payments_fen=-after.amount_fen, payments_count=-1)
            uow.money.add_cost(after.case_id, now, compensation=-after.amount_fen)
        if target == PaymentStatus.APPROVED:
            receipt = gateway_named(after.gateway).submit(after)
            if receipt.status != after.status:
                after = uow.payments.set_status(payment_id, receipt.status.value,
                                                reference=receipt.reference,
                                                paid_by=after.gateway, paid_at=now)
        planned = h.plan(found[1], [PaymentEvent(step, after, note, fields.get("reference"))],
                         now)
        uow.cases.write(after.case_id, actor, planned.action, now, planned.after,
                        planned.changes)
        facts = uow.payments.case_money(after.case_id)
        assert facts is not None
        uow.commit()
    out = after.to_json()
    out.update(case_no=facts.case_no, shop=facts.shop, platform=facts.platform,
               order_no=facts.order_no)
    return out


def approve(store: Store, actor: str, payment_id: int, note: str | None = None, *,
            now: datetime | None = None) -> dict[str, Any]:
    """A supervisor approves a pending payment; the gateway takes it. Nothing is checked
    again: it was counted against every cap when it was asked for, and has held its
    room since, so approving cannot push any total over."""
    note = _text("a note", note) if note else None
    return _step(store, actor, payment_id, "payment_approved", now, deciders_only=True,
                 note=note)


def deny(store: Store, actor: str, payment_id: int, reason: str, *,
         now: datetime | None = None) -> dict[str, Any]:
    """A supervisor refuses a pending payment, saying why; its room is free again."""
    return _step(store, actor, payment_id, "payment_denied", now, deciders_only=True,
                 note=_text("the reason to deny", reason))


def confirm_paid(store: Store, actor: str, payment_id: int, reference: str, *,
                 now: datetime | None = None) -> dict[str, Any]:
    """The manual gateway's second step: the agent paid it in the platform's back office;
    `reference` is the platform's payment no. (required, at most 64 characters)."""
    ref = _text("the reference no.", reference, REFERENCE_LIMIT)
    when = now or utcnow()
    return _step(store, actor, payment_id, "payment_paid", when, deciders_only=False,
                 reference=ref, paid_by=actor, paid_at=when)


def mark_failed(store: Store, actor: str, payment_id: int, reason: str, *,
                now: datetime | None = None) -> dict[str, Any]:
    """An approved payment could not be made (the platform refused it); its room is
    free again and the case's cost goes back."""
    return _step(store, actor, payment_id, "payment_failed", now, deciders_only=False,
                 note=_text("the reason it failed", reason))
