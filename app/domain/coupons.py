"""Shop coupons (优惠券) given to a case's buyer as an apology or to keep the order: a
template's terms (value, minimum spend, validity), and the issued coupon as an action
on the case.

The terms' rules: the value is more than nothing and at most ¥10,000 (the same ceiling
as a compensation payment: a coupon is money the shop gives away); the minimum spend is
0, meaning "no threshold" (无门槛), or at least the value, since a coupon worth more than
the spend it asks for would pay the buyer to order; it is valid 1 to 365 days from the
moment it is issued.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.domain.case_rules import CaseState
from app.domain.errors import DomainError
from app.domain.history import canonical_time
from app.domain.money import MAX_ACTION_FEN, fen_to_yuan

MAX_VALUE_FEN = 1_000_000  # ¥10,000.00
MAX_VALID_DAYS = 365
NAME_LIMIT = 64  # coupon_templates.name, coupons.name
REFERENCE_LIMIT = 64  # coupons.reference


class BadCoupon(DomainError):
    """Terms or a name a coupon template cannot have: `problem` is "value", "min_spend",
    "valid_days", "name" or "reference"; the message says what is allowed."""

    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class CouponTerms:
    value_fen: int
    min_spend_fen: int
    valid_days: int

    def __post_init__(self) -> None:
        value, spend, days = self.value_fen, self.min_spend_fen, self.valid_days
        if not _whole(value) or not 0 < value <= MAX_VALUE_FEN:
            raise BadCoupon("value", f"a coupon is worth more than ¥0.00 and at most "
                                     f"¥{fen_to_yuan(MAX_VALUE_FEN)}, not {_yuan(value)}")
        if not _whole(spend) or spend < 0 or spend > MAX_ACTION_FEN or 0 < spend < value:
            raise BadCoupon("min_spend", f"the minimum spend is 0 (no threshold) or at least "
                                         f"the coupon's value ¥{fen_to_yuan(value)}, not "
                                         f"{_yuan(spend)}")
        if not _whole(days) or not 1 <= days <= MAX_VALID_DAYS:
            raise BadCoupon("valid_days", f"a coupon is valid 1 to {MAX_VALID_DAYS} days, "
                                          f"not {days!r}")

    def valid_until(self, issued_at: datetime) -> datetime:
        return issued_at + timedelta(days=self.valid_days)

    def as_json(self) -> dict[str, Any]:
        return {"value": fen_to_yuan(self.value_fen),
                "min_spend": fen_to_yuan(self.min_spend_fen), "valid_days": self.valid_days}


def _whole(n: object) -> bool:
    return isinstance(n, int) and not isinstance(n, bool)


def _yuan(fen: object) -> str:
    return f"¥{fen_to_yuan(fen)}" if isinstance(fen, int) else repr(fen)


def _visible(what: str, problem: str, text: str, limit: int) -> str:
    cleaned = " ".join(str(text).split())
    if not cleaned or len(cleaned) > limit or not cleaned.isprintable():
        raise BadCoupon(problem, f"{what} is 1 to {limit} visible characters, not "
                                 f"{str(text)[:80]!r}")
    return cleaned


def template_name(text: str) -> str:
    """A template's name as stored: runs of white space made one, 1–64 characters, no
    control characters."""
    return _visible("a coupon template's name", "name", text, NAME_LIMIT)


def coupon_reference(text: str) -> str:
    """The platform's code or number for an issued coupon."""
    return _visible("a coupon's reference", "reference", text, REFERENCE_LIMIT)


@dataclass(frozen=True)
class IssueCoupon:
    """A coupon given to the case's buyer: the case's state stays, its history says what
    was given, under which key."""

    coupon_id: int
    template: str
    terms: CouponTerms
    valid_until: datetime
    key: str
    reference: str | None = None
    name: str = "coupon"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        return state

    def context(self) -> dict[str, Any]:
        return {"coupon": {"id": self.coupon_id, "template": self.template,
                           "value": fen_to_yuan(self.terms.value_fen),
                           "min_spend": fen_to_yuan(self.terms.min_spend_fen),
                           "valid_until": canonical_time(self.valid_until),
                           "reference": self.reference},
                "key": self.key}


@dataclass(frozen=True)
class CouponReference:
    """The platform's code for a coupon recorded after it was issued."""

    coupon_id: int
    reference: str
    before: str | None = None
    name: str = "coupon_reference"

    def apply(self, state: CaseState, at: datetime) -> CaseState:
        return state

    def context(self) -> dict[str, Any]:
        return {"coupon": self.coupon_id, "reference": [self.before, self.reference]}
