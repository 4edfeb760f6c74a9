"""The payment caps at and just over each edge, refused with the rule named."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.enums import Role
from app.domain.errors import RuleRefused
from app.domain.money import yuan_text
from app.domain.money_rules import PaymentCaps
from app.domain.payments import (
    Limits,
    PaymentRefused,
    check_payment,
    limits_for,
    shop_day,
    window_end,
)

CAPS = PaymentCaps()
PAID = datetime(2025, 11, 20, 9, 0, 0)
NOW = datetime(2026, 6, 1, 3, 0, 0)


def _check(**over: object) -> bool:
    args: dict[str, object] = dict(amount_fen=500, order_paid_at=PAID, now=NOW, order_count=0,
                                   order_fen=0, day_fen=0, role=Role.AGENT.value)
    args.update(over)
    return check_payment(CAPS, **args)  # type: ignore[arg-type]


def _refused(**over: object) -> PaymentRefused:
    with pytest.raises(PaymentRefused) as info:
        _check(**over)
    assert isinstance(info.value, RuleRefused)
    return info.value


def test_yuan_text_groups_thousands() -> None:
    assert yuan_text(1_001_200) == "¥10,012.00"
    assert yuan_text(5) == "¥0.05"
    assert yuan_text(100_000_000_00) == "¥100,000,000.00"
    assert yuan_text(-1250) == "-¥12.50"


def test_the_third_payment_of_an_order_is_allowed_the_fourth_refused() -> None:
    assert _check(order_count=2) is False
    err = _refused(order_count=3)
    assert err.code == "order_count"
    assert str(err).startswith("order already has 3 payments")
    assert err.numbers == {"limit": 3, "used": 3, "would_be": 4}


def test_an_order_takes_10000_00_in_total_not_a_fen_more() -> None:
    assert _check(order_fen=999_500, amount_fen=500, role=Role.SUPERVISOR.value) is False
    err = _refused(order_fen=999_500, amount_fen=501)
    assert err.code == "order_amount"
    assert str(err) == "would bring the order's total to ¥10,000.01 of ¥10,000.00"
    assert err.numbers == {"limit": 1_000_000, "used": 999_500, "would_be": 1_000_001}


def test_a_shop_day_takes_10000_00_not_a_fen_more() -> None:
    assert _check(day_fen=999_000, amount_fen=1000) is False
    err = _refused(day_fen=999_001, amount_fen=1000)
    assert err.code == "shop_day"
    assert str(err) == "would bring today's total to ¥10,000.01 of ¥10,000.00"
    err = _refused(day_fen=1_000_000, amount_fen=1200)
    assert str(err) == "would bring today's total to ¥10,012.00 of ¥10,000.00"
    assert err.numbers == {"limit": 1_000_000, "used": 1_000_000, "would_be": 1_001_200}


def test_day_365_after_payment_is_allowed_day_366_refused() -> None:
    # Allowed while now < paid_at + 365 days: the last second of the 365th day passes,
    # the first of the 366th does not.
    last = PAID + timedelta(days=365) - timedelta(seconds=1)
    assert window_end(CAPS, PAID) == PAID + timedelta(days=365)
    assert _check(now=last) is False
    err = _refused(now=PAID + timedelta(days=365))
    assert err.code == "window"
    assert "within 365 days of the order's payment" in str(err)
    assert err.numbers["limit"] == 365 and err.numbers["used"] == 366


def test_a_case_without_an_order_or_an_unpaid_order_cannot_be_paid() -> None:
    assert _refused(has_order=False).code == "no_order"
    assert _refused(order_paid_at=None).code == "not_paid"
    assert _refused(amount_fen=0).code == "amount_zero"


def test_the_agent_threshold_is_50_00_and_a_supervisor_has_none() -> None:
    assert _check(amount_fen=5000) is False
    assert _check(amount_fen=5001) is True
    assert _check(amount_fen=5001, role=Role.SUPERVISOR.value) is False
    assert _check(amount_fen=900_000, role=Role.ADMIN.value) is False


def test_the_shop_day_is_the_calendar_day_in_shanghai() -> None:
    # 23:59:59 in Shanghai is 15:59:59 UTC; midnight is 16:00:00 UTC.
    assert shop_day(datetime(2026, 12, 1, 15, 59, 59)) == "2026-12-01"
    assert shop_day(datetime(2026, 12, 1, 16, 0, 0)) == "2026-12-02"


def test_limits_say_what_is_left_and_why_nothing_is() -> None:
    left = limits_for(CAPS, has_order=True, order_paid_at=PAID, now=NOW, order_count=1,
                      order_fen=1000, day_fen=600, role=Role.AGENT.value)
    assert left.to_json() == {
        "order_payments_left": 2, "order_amount_left": "9990.00",
        "shop_day_amount_left": "9994.00", "approval_threshold": "50.00",
        "window_ends_at": "2026-11-20T09:00:00+00:00", "can_pay": "9990.00",
        "refusal": None, "refusal_message": None}
    full = limits_for(CAPS, has_order=True, order_paid_at=PAID, now=NOW, order_count=3,
                      order_fen=1000, day_fen=0, role=Role.SUPERVISOR.value)
    assert isinstance(full, Limits)
    assert (full.refusal, full.order_payments_left, full.approval_threshold_fen,
            full.can_pay_fen) == ("order_count", 0, None, 0)
    no_order = limits_for(CAPS, has_order=False, order_paid_at=None, now=NOW, order_count=0,
                          order_fen=0, day_fen=0, role=Role.AGENT.value)
    assert no_order.refusal == "no_order" and no_order.to_json()["window_ends_at"] is None
