"""Compensation payments (小额打款): the caps a payment answers to, what is left to pay,
and how each step of a payment is recorded in the case's history.

The numbers come from the rule profile (`app.domain.money_rules.PaymentCaps`); here is
how they are applied. A payment counts against every cap from the moment it is asked
for: pending (waits for a supervisor), approved (the gateway is to pay it; for the
manual gateway the agent pays in the platform's back office) and paid (confirmed with
the platform's reference no.). A denied or failed payment frees its room.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from app.domain.case_rules import CaseState
from app.domain.clock import iso_utc
from app.domain.errors import DomainError, RuleRefused
from app.domain.money import fen_to_yuan, yuan_text
from app.domain.money_rules import PaymentCaps

REFERENCE_LIMIT = 64  # payments.reference


class PaymentReason(StrEnum):
    POSTAGE = "postage"  # the buyer's return postage
    PRICE_DIFFERENCE = "price_difference"
    GOODWILL = "goodwill"  # a late or damaged parcel
    OTHER = "other"


# What the platforms' batch files and the window call each reason.
REASON_TEXT: dict[PaymentReason, tuple[str, str]] = {
    PaymentReason.POSTAGE: ("退货运费补偿", "Return postage"),
    PaymentReason.PRICE_DIFFERENCE: ("差价补偿", "Price difference"),
    PaymentReason.GOODWILL: ("延迟/破损补偿", "Goodwill (late or damaged parcel)"),
    PaymentReason.OTHER: ("其他补偿", "Other"),
}


class PaymentStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    PAID = "paid"
    DENIED = "denied"
    FAILED = "failed"


COUNTING = (PaymentStatus.PENDING, PaymentStatus.APPROVED, PaymentStatus.PAID)


class BadReason(DomainError):
    def __init__(self, text: str) -> None:
        super().__init__(f"unknown payment reason {text!r}; use "
                         + ", ".join(r.value for r in PaymentReason))
        self.text = text


def payment_reason(text: str) -> PaymentReason:
    try:
        return PaymentReason(text)
    except ValueError:
        raise BadReason(text) from None


class PaymentRefused(RuleRefused):
    """A cap or a precondition refuses the payment. `code`: amount_zero, no_order,
    not_paid, window, order_count, order_amount, shop_day; `numbers` holds limit, used
    and would_be (fen for amounts, a count or days otherwise)."""


class NotAllowed(RuleRefused):
    """The actor's role may not do this (code "role"), or the payment is not in the
    status the step needs (code "state")."""



def window_end(caps: PaymentCaps, paid_at: datetime) -> datetime:
    """A payment is allowed while now < paid_at + window_days days: paid at 09:00 on
    day 0, the last allowed moment is 08:59:59 on day 365 (the 365th day after the
    payment), and from 09:00 that day (the 366th) it is refused."""
    return paid_at + timedelta(days=caps.window_days)


def check_payment(caps: PaymentCaps, *, amount_fen: int, order_paid_at: datetime | None,
                  now: datetime, order_count: int, order_fen: int, day_fen: int, role: str,
                  has_order: bool = True) -> bool:
    """Whether the payment needs a supervisor's approval; PaymentRefused naming the rule
    and its numbers when a cap refuses it. `order_count`/`order_fen` are the order's
    counting payments so far, `day_fen` the shop's counting total of the day."""
    if amount_fen <= 0:
        raise PaymentRefused("a payment is more than ¥0.00", "amount_zero",
                             limit=1, used=0, would_be=amount_fen)
    if not has_order:
        raise PaymentRefused("the case has no order: a payment goes to an order's buyer",
                             "no_order")
    if order_paid_at is None:
        raise PaymentRefused("the order was never paid: payments are only for paid orders",
                             "not_paid")
    ends = window_end(caps, order_paid_at)
    if now >= ends:
        days = (now - order_paid_at).days + 1
        raise PaymentRefused(
            f"payments are allowed within {caps.window_days} days of the order's payment; "
            f"the order was paid {iso_utc(order_paid_at)}, the window ended "
            f"{iso_utc(ends)} (this is day {days})", "window",
            limit=caps.window_days, used=days, would_be=days,
            paid_at=iso_utc(order_paid_at), window_ends_at=iso_utc(ends))
    if order_count >= caps.order_count:
        raise PaymentRefused(
            f"order already has {order_count} payments; at most {caps.order_count} are "
            "allowed per order", "order_count",
            limit=caps.order_count, used=order_count, would_be=order_count + 1)
    if order_fen + amount_fen > caps.order_max_fen:
        raise PaymentRefused(
            f"would bring the order's total to {yuan_text(order_fen + amount_fen)} of "
            f"{yuan_text(caps.order_max_fen)}", "order_amount",
            limit=caps.order_max_fen, used=order_fen, would_be=order_fen + amount_fen)
    if day_fen + amount_fen > caps.shop_day_max_fen:
        raise PaymentRefused(
            f"would bring today's total to {yuan_text(day_fen + amount_fen)} of "
            f"{yuan_text(caps.shop_day_max_fen)}", "shop_day",
            limit=caps.shop_day_max_fen, used=day_fen, would_be=day_fen + amount_fen)
    threshold = caps.threshold_for(role)
    return threshold is not None and amount_fen > threshold


@dataclass(frozen=True)
class Limits:
    """What the rules allow on a case right now, for the actor: the window's dialog and
    `limits --case`. `refusal` names the rule that leaves nothing to pay (or None)."""

    order_payments_left: int
    order_amount_left_fen: int
    shop_day_amount_left_fen: int
    approval_threshold_fen: int | None
    window_ends_at: datetime | None
    refusal: str | None = None
    refusal_message: str | None = None

    @property
    def can_pay_fen(self) -> int:
        """The most one payment could be now (0 when refused)."""
        if self.refusal:
            return 0
        return min(self.order_amount_left_fen, self.shop_day_amount_left_fen)

    def to_json(self) -> dict[str, Any]:
        threshold = self.approval_threshold_fen
        return {"order_payments_left": self.order_payments_left,
                "order_amount_left": fen_to_yuan(self.order_amount_left_fen),
                "shop_day_amount_left": fen_to_yuan(self.shop_day_amount_left_fen),
                "approval_threshold": None if threshold is None else fen_to_yuan(threshold),
                "window_ends_at": iso_utc(self.window_ends_at),
                "can_pay": fen_to_yuan(self.can_pay_fen),
                "refusal": self.refusal, "refusal_message": self.refusal_message}


def limits_for(caps: PaymentCaps, *, has_order: bool, order_paid_at: datetime | None,
               now: datetime, order_count: int, order_fen: int, day_fen: int,
               role: str) -> Limits:
    """The room left under each cap; the refusal is what check_payment would say to the
    smallest payment (¥0.01), so the dialog and the action never disagree."""
    left = Limits(
        order_payments_left=max(caps.order_count - order_count, 0) if has_order else 0,
        order_amount_left_fen=max(caps.order_max_fen - order_fen, 0) if has_order else 0,
        shop_day_amount_left_fen=max(caps.shop_day_max_fen - day_fen, 0),
        approval_threshold_fen=caps.threshold_for(role),
        window_ends_at=window_end(caps, order_paid_at) if order_paid_at else None)
    try:
        check_payment(caps, amount_fen=1, order_paid_at=order_paid_at, now=now,
                      order_count=order_count, order_fen=order_fen, day_fen=day_fen,
                      role=role, has_order=has_order)
    except PaymentRefused as exc:
        return Limits(**{**left.__dict__, "refusal": exc.code, "refusal_message": str(exc)})
    return left


@dataclass(frozen=True)
class Payment:
    """A payment as the services hand it on; `case_no`, `shop`, `platform`, `order_no`
    and `buyer` are filled where a listing joins them."""

    id: int
    case_id: int
    order_id: int | None
    shop_id: int
    amount_fen: int
    reason: str
    note: str | None
    status: str
    shop_day: str
    key: str
    requested_by: str
    requested_at: datetime
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_note: str | None = None
    gateway: str = "manual"
    reference: str | None = None
    paid_by: str | None = None
    paid_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def counts(self) -> bool:
        return self.status in COUNTING

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "case_id": self.case_id, "case_no": self.extra.get("case_no"),
                "shop_id": self.shop_id, "shop": self.extra.get("shop"),
                "platform": self.extra.get("platform"),
                "order_no": self.extra.get("order_no"),
                "amount": fen_to_yuan(self.amount_fen), "amount_fen": self.amount_fen,
                "reason": self.reason, "note": self.note, "status": self.status,
                "needs_approval": self.status == PaymentStatus.PENDING
                or self.decided_by is not None,
                "shop_day": self.shop_day, "key": self.key,
                "requested_by": self.requested_by, "requested_at": iso_utc(self.requested_at),
                "decided_by": self.decided_by, "decided_at": iso_utc(self.decided_at),
                "decision_note": self.decision_note, "gateway": self.gateway,
                "reference": self.reference, "paid_by": self.paid_by,
                "paid_at": iso_utc(self.paid_at)}


# Which step leads where: a payment's status moves only along these.
STEPS: dict[str, tuple[tuple[PaymentStatus, ...], PaymentStatus]] = {
    "payment_approved": ((PaymentStatus.PENDING,), PaymentStatus.APPROVED),
    "payment_denied": ((PaymentStatus.PENDING,), PaymentStatus.DENIED),
    "payment_paid": ((PaymentStatus.APPROVED,), PaymentStatus.PAID),
    "payment_failed": ((PaymentStatus.APPROVED,), PaymentStatus.FAILED),
}


def next_status(step: str, payment: Payment) -> PaymentStatus:
    """The status a step moves the payment to; NotAllowed ("state") from any other."""
    sources, target = STEPS[step]
    if payment.status not in sources:
        wanted = " or ".join(s.value for s in sources)
        raise NotAllowed(f"payment {payment.id} is {payment.status}; only a {wanted} "
                         f"payment can be {target.value}", "state",
                         payment_id=payment.id, status=payment.status)
    return target


@dataclass(frozen=True)
class PaymentEvent:
    """One step of a payment in the case's history (payment_requested, payment_approved,
    payment_denied, payment_paid, payment_failed). The case's state is unchanged; the
    event carries the payment's id, amount in yuan, reason, new status and key, and the
    note, reason or reference the step was given. `payment_status`, not `status`: the
    event's `status` would read as the case's."""

    name: str
    payment: Payment
    note: str | None = None
    reference: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        return state

    def context(self) -> dict[str, Any]:
        p = self.payment
        out: dict[str, Any] = {"payment_id": p.id, "amount": fen_to_yuan(p.amount_fen),
                               "payment_reason": p.reason, "payment_status": p.status,
                               "key": p.key, **self.extra}
        if self.note:
            out["note"] = self.note
        if self.reference:
            out["reference"] = self.reference
        return out
