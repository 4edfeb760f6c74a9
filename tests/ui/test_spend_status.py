"""The status bar's spend today: the shown case's shop, against its cap, read in a
worker when a case is shown and after each action on it."""

from __future__ import annotations

from typing import Any

from app.services import payments
from tests.conftest import FIXED_NOW
from tests.ui.approvals_helpers import day_spend, pay_cases
from tests.ui.conftest import select_case
from ui import approvals_texts

WAIT = 10000


def _label(window: Any) -> Any:
    return window.approvals_work.spend.label


def _expected(store: Any, shop_id: int, day: str) -> str:
    """What the status bar must say, from the shop-day's payments themselves."""
    from app.domain.money import parse_yuan
    from app.services import coupons

    counting, waiting = day_spend(store, shop_id, day)
    given = sum(parse_yuan(c["value"]) for c in coupons.coupons(store, shop=shop_id, day=day))
    text = f"Today {approvals_texts.yuan(counting)} of ¥10,000.00"
    text += f" · coupons {approvals_texts.yuan(given)}" if given else ""
    return text + (f" · {waiting} waiting" if waiting else "")


def test_the_status_bar_shows_the_shops_spend_after_a_payment(qtbot, window, demo_store) -> None:
    first, waiting = pay_cases(demo_store, [500, 12000])  # ¥5.00 paid, ¥120.00 waits
    assert waiting["status"] == "pending"
    shop, day = first["shop_id"], first["shop_day"]
    counting, n_waiting = day_spend(demo_store, shop, day)
    assert counting >= 12500 and n_waiting >= 1
    select_case(qtbot, window, first["case_id"])
    qtbot.waitUntil(lambda: _label(window).isVisible() and window.jobs.busy == 0, timeout=WAIT)
    assert _label(window).text() == _expected(demo_store, shop, day)
    assert first["shop"] in _label(window).toolTip()

    # Another payment on the case, done as the Actions tab does it (through the window's
    # case actor): the case is loaded again, and the spend with it.
    def compensate(store, agent, case_id, amount_fen, version=None):  # type: ignore[no-untyped-def]
        return payments.compensate(store, agent, case_id, amount_fen, "postage", now=FIXED_NOW)

    after = approvals_texts.yuan(counting + 1250)
    window.case_actor.call(first["case_id"], compensate, 1250)
    qtbot.waitUntil(lambda: f"Today {after} of" in _label(window).text()
                    and window.jobs.busy == 0, timeout=WAIT)
    assert _label(window).text() == _expected(demo_store, shop, day)


def test_a_coupon_given_on_the_case_shows_in_the_spend(qtbot, window, demo_store) -> None:
    from app.services import coupons
    from app.services.idempotency import new_key

    (first,) = pay_cases(demo_store, [500])
    select_case(qtbot, window, first["case_id"])
    qtbot.waitUntil(lambda: _label(window).isVisible() and window.jobs.busy == 0, timeout=WAIT)
    template = coupons.templates(demo_store, first["shop_id"])[0]

    def give(store, agent, case_id, version=None):  # type: ignore[no-untyped-def]
        return coupons.issue(store, agent, case_id, template["name"], new_key(), now=FIXED_NOW)

    before = _label(window).text()
    window.case_actor.call(first["case_id"], give)
    qtbot.waitUntil(lambda: _label(window).text() != before and window.jobs.busy == 0,
                    timeout=WAIT)
    expected = _expected(demo_store, first["shop_id"], first["shop_day"])
    assert _label(window).text() == expected and " · coupons ¥" in expected


def test_the_spend_line_in_full(english) -> None:
    spend = {"payments_fen": 12000, "cap_fen": 1_000_000, "coupons_fen": 1500,
             "pending_count": 1}
    assert approvals_texts.spend_line(spend) == (
        "Today ¥120.00 of ¥10,000.00 · coupons ¥15.00 · 1 waiting")
    assert approvals_texts.yuan(123_456_78) == "¥123,456.78"
    assert approvals_texts.yuan(-5) == "-¥0.05"
