"""The status bar's spend today: the shown case's shop, against its cap, read in a
worker when a case is shown and after each action on it."""

from __future__ import annotations

from typing import Any

from app.services import payments
from tests.conftest import FIXED_NOW
from tests.ui.approvals_helpers import pay_cases
from tests.ui.conftest import select_case
from ui import approvals_texts

WAIT = 10000


def _label(window: Any) -> Any:
    return window.approvals_work.spend.label


def test_the_status_bar_shows_the_shops_spend_after_a_payment(qtbot, window, demo_store) -> None:
    first, waiting = pay_cases(demo_store, [500, 12000])  # ¥5.00 paid, ¥120.00 waits
    assert waiting["status"] == "pending"
    select_case(qtbot, window, first["case_id"])
    qtbot.waitUntil(lambda: _label(window).isVisible() and window.jobs.busy == 0, timeout=WAIT)
    assert _label(window).text() == "Today ¥125.00 of ¥10,000.00 · 1 waiting"
    assert first["shop"] in _label(window).toolTip()

    # Another payment on the case, done as the Actions tab does it (through the window's
    # case actor): the case is loaded again, and the spend with it.
    def compensate(store, agent, case_id, amount_fen, version=None):  # type: ignore[no-untyped-def]
        return payments.compensate(store, agent, case_id, amount_fen, "postage", now=FIXED_NOW)

    window.case_actor.call(first["case_id"], compensate, 1250)
    qtbot.waitUntil(lambda: "¥137.50" in _label(window).text() and window.jobs.busy == 0,
                    timeout=WAIT)
    assert _label(window).text() == "Today ¥137.50 of ¥10,000.00 · 1 waiting"


def test_a_shop_without_payments_today_shows_nothing_spent(qtbot, window) -> None:
    case_id = window.model.case_id(0)
    select_case(qtbot, window, case_id)
    qtbot.waitUntil(lambda: _label(window).isVisible() and window.jobs.busy == 0, timeout=WAIT)
    assert _label(window).text() == "Today ¥0.00 of ¥10,000.00"


def test_the_spend_line_in_full(english) -> None:
    spend = {"payments_fen": 12000, "cap_fen": 1_000_000, "coupons_fen": 1500,
             "pending_count": 1}
    assert approvals_texts.spend_line(spend) == (
        "Today ¥120.00 of ¥10,000.00 · coupons ¥15.00 · 1 waiting")
    assert approvals_texts.yuan(123_456_78) == "¥123,456.78"
    assert approvals_texts.yuan(-5) == "-¥0.05"
