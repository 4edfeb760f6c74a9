"""A coupon template's terms and names, at and just over each edge."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.coupons import BadCoupon, CouponTerms, coupon_reference, template_name
from app.domain.money_rules import shop_day


@pytest.mark.parametrize(("value", "spend", "days"), [
    (1, 0, 1), (500, 0, 30), (1000, 5000, 30), (1000, 1000, 365), (1_000_000, 0, 7),
])
def test_terms_a_shop_can_offer(value: int, spend: int, days: int) -> None:
    terms = CouponTerms(value, spend, days)
    assert (terms.value_fen, terms.min_spend_fen, terms.valid_days) == (value, spend, days)


@pytest.mark.parametrize(("value", "spend", "days", "problem"), [
    (0, 0, 30, "value"), (-500, 0, 30, "value"), (1_000_001, 0, 30, "value"),
    (True, 0, 30, "value"),
    # A minimum spend below the value would pay the buyer to order; 0 means none.
    (1000, 999, 30, "min_spend"), (1000, -1, 30, "min_spend"),
    (500, 0, 0, "valid_days"), (500, 0, 366, "valid_days"),
])
def test_terms_refused_name_the_problem(value: int, spend: int, days: int,
                                        problem: str) -> None:
    with pytest.raises(BadCoupon) as err:
        CouponTerms(value, spend, days)
    assert err.value.problem == problem


def test_the_refusal_says_what_is_allowed() -> None:
    with pytest.raises(BadCoupon, match=r"at most ¥10000\.00, not ¥10000\.01"):
        CouponTerms(1_000_001, 0, 30)
    with pytest.raises(BadCoupon, match=r"at least the coupon's value ¥10\.00"):
        CouponTerms(1000, 500, 30)


def test_a_coupon_is_valid_its_days_from_the_moment_it_is_issued() -> None:
    at = datetime(2026, 11, 20, 15, 59, 59)
    assert CouponTerms(500, 0, 30).valid_until(at) == datetime(2026, 12, 20, 15, 59, 59)
    assert CouponTerms(500, 0, 30).as_json() == {"value": "5.00", "min_spend": "0.00",
                                                 "valid_days": 30}


def test_template_names_and_references() -> None:
    assert template_name("  满50   减10 ") == "满50 减10"
    assert template_name("x" * 64) == "x" * 64
    for bad in ("", "   ", "x" * 65, "满50\x00减10"):
        with pytest.raises(BadCoupon) as err:
            template_name(bad)
        assert err.value.problem == "name"
    assert coupon_reference(" QC-2026-0001 ") == "QC-2026-0001"
    with pytest.raises(BadCoupon):
        coupon_reference("r" * 65)


def test_a_coupon_counts_against_the_shanghai_day() -> None:
    assert shop_day(datetime(2026, 11, 20, 15, 59, 59)) == "2026-11-20"  # 23:59:59 there
    assert shop_day(datetime(2026, 11, 20, 16, 0, 0)) == "2026-11-21"  # 00:00:00 there
