"""Compensation payments through the services, on a real SQLite store."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

import pytest

from app.domain.handling import BadText
from app.domain.money_rules import shop_day
from app.domain.payments import NotAllowed, PaymentRefused
from app.domain.permissions import NotPermitted
from app.services import payments as pay
from app.services.idempotency import KeyReused
from app.store.payment_rows import KeyTaken
from tests.payment_helpers import assert_ledger_agrees, fresh_day, order_paid_at, paid_cases

AGENT, BOSS = "lina", "zhaoli"


@pytest.fixture
def cases(demo_store):  # type: ignore[no-untyped-def]
    return paid_cases(demo_store, 5)


def _events(store, case_id: int, action: str) -> list[dict]:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        case = uow.cases.get(case_id)
    return [{"actor": h.actor, **h.changes} for h in case.history if h.action == action]


def _cost(store, case_id: int) -> int:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return uow.money.cost(case_id)["compensation"]


def test_a_small_payment_is_approved_at_once_and_recorded(demo_store, cases) -> None:
    now = fresh_day(demo_store, cases[0])
    done = pay.compensate(demo_store, AGENT, cases[0], 500, "postage", "key-a", "运费", now=now)
    assert (done["status"], done["amount"], done["needs_approval"], done["replayed"]) == (
        "approved", "5.00", False, False)
    assert done["case_id"] == cases[0] and done["key"] == "key-a" and done["case_no"]
    [event] = _events(demo_store, cases[0], "payment_requested")
    assert event == {"actor": AGENT, "payment_id": done["id"], "amount": "5.00",
                     "payment_reason": "postage", "payment_status": "approved",
                     "key": "key-a", "note": "运费", "needs_approval": False}
    assert _cost(demo_store, cases[0]) == 500
    spend = pay.shop_spend(demo_store, done["shop_id"], now=now)
    assert (spend["payments_fen"], spend["left_fen"], spend["day"]) == (
        500 + _others(demo_store, done["shop_id"], now), spend["cap_fen"] - spend["payments_fen"],
        shop_day(now))
    assert_ledger_agrees(demo_store)


def _others(store, shop_id: int, now: datetime) -> int:  # type: ignore[no-untyped-def]
    return sum(p["amount_fen"] for p in pay.list_payments(store, shop=shop_id, day=shop_day(now))
               if p["status"] in ("pending", "approved", "paid")) - 500


def test_above_the_threshold_it_waits_for_a_supervisor_and_counts_meanwhile(
        demo_store, cases) -> None:
    now = fresh_day(demo_store, cases[0])
    before = pay.limits(demo_store, AGENT, cases[0], now=now)
    asked = pay.compensate(demo_store, AGENT, cases[0], 5001, "goodwill", now=now)
    assert (asked["status"], asked["needs_approval"]) == ("pending", True)
    after = pay.limits(demo_store, AGENT, cases[0], now=now)
    assert after.order_payments_left == before.order_payments_left - 1
    assert after.order_amount_left_fen == before.order_amount_left_fen - 5001
    assert after.shop_day_amount_left_fen == before.shop_day_amount_left_fen - 5001
    queue = pay.pending_approvals(demo_store)
    assert asked["id"] in [p["id"] for p in queue]
    assert [p["id"] for p in queue] == sorted(p["id"] for p in queue)  # oldest first
    with pytest.raises(NotPermitted) as info:
        pay.approve(demo_store, AGENT, asked["id"], now=now)
    assert info.value.code == "not_permitted"
    ok = pay.approve(demo_store, BOSS, asked["id"], "买家老客户", now=now)
    assert (ok["status"], ok["decided_by"], ok["decision_note"]) == (
        "approved", BOSS, "买家老客户")
    with pytest.raises(NotAllowed) as info:
        pay.approve(demo_store, BOSS, asked["id"], now=now)
    assert info.value.code == "state"
    [event] = _events(demo_store, cases[0], "payment_approved")
    assert (event["actor"], event["amount"], event["payment_status"]) == (BOSS, "50.01",
                                                                          "approved")
    # Nothing was counted twice by the approval.
    assert pay.limits(demo_store, AGENT, cases[0], now=now) == after
    assert_ledger_agrees(demo_store)


def test_a_denial_frees_its_room_in_the_ledger_and_the_case_cost(demo_store, cases) -> None:
    now = fresh_day(demo_store, cases[0])
    before = pay.limits(demo_store, AGENT, cases[0], now=now)
    asked = pay.compensate(demo_store, AGENT, cases[0], 20_000, "goodwill", now=now)
    assert _cost(demo_store, cases[0]) == 20_000
    with pytest.raises(BadText):
        pay.deny(demo_store, BOSS, asked["id"], "  ", now=now)
    denied = pay.deny(demo_store, BOSS, asked["id"], "金额过高", now=now)
    assert denied["status"] == "denied"
    assert pay.limits(demo_store, AGENT, cases[0], now=now) == before
    assert _cost(demo_store, cases[0]) == 0
    [event] = _events(demo_store, cases[0], "payment_denied")
    assert (event["note"], event["payment_status"]) == ("金额过高", "denied")
    assert_ledger_agrees(demo_store)


def test_the_third_payment_of_an_order_passes_the_fourth_is_refused(demo_store, cases) -> None:
    now = fresh_day(demo_store, cases[0])
    ids = [pay.compensate(demo_store, AGENT, cases[0], 100, "other", now=now)["id"]
           for _ in range(3)]
    with pytest.raises(PaymentRefused) as info:
        pay.compensate(demo_store, AGENT, cases[0], 100, "other", now=now)
    assert info.value.code == "order_count"
    assert str(info.value).startswith("order already has 3 payments")
    assert len(pay.list_payments(demo_store, case=cases[0])) == 3
    pay.mark_failed(demo_store, AGENT, ids[0], "平台退回", now=now)  # frees one
    fourth = pay.compensate(demo_store, AGENT, cases[0], 100, "other", now=now)
    assert fourth["status"] == "approved"
    assert_ledger_agrees(demo_store)


def test_an_order_takes_10000_00_across_days_not_a_fen_more(demo_store, cases) -> None:
    day1 = fresh_day(demo_store, cases[0])
    pay.compensate(demo_store, BOSS, cases[0], 999_999, "price_difference", now=day1)
    day2 = day1 + timedelta(days=1)
    assert pay.compensate(demo_store, BOSS, cases[0], 1, "other", now=day2)["status"] == \
        "approved"
    with pytest.raises(PaymentRefused) as info:
        pay.compensate(demo_store, BOSS, cases[0], 1, "other", now=day2 + timedelta(days=1))
    assert info.value.code == "order_amount"
    assert str(info.value) == "would bring the order's total to ¥10,000.01 of ¥10,000.00"
    assert info.value.numbers["would_be"] == 1_000_001
    assert_ledger_agrees(demo_store)


def test_a_shop_day_ends_at_midnight_in_shanghai(demo_store, cases) -> None:
    day = fresh_day(demo_store, cases[0]).replace(hour=15, minute=59, second=59)
    used = pay.shop_spend(demo_store, _shop(demo_store, cases[0]), now=day)["payments_fen"]
    assert used == 0  # a day of its own, after the demo's payments
    pay.compensate(demo_store, BOSS, cases[0], 999_999, "goodwill", now=day)
    assert pay.compensate(demo_store, BOSS, cases[1], 1, "goodwill", now=day)["shop_day"] == \
        shop_day(day)
    with pytest.raises(PaymentRefused) as info:  # 23:59:59 in Shanghai: still that day
        pay.compensate(demo_store, BOSS, cases[2], 1, "goodwill", now=day)
    assert info.value.code == "shop_day"
    assert str(info.value) == "would bring today's total to ¥10,000.01 of ¥10,000.00"
    midnight = day + timedelta(seconds=1)  # 16:00:00 UTC: the next day in Shanghai
    next_day = pay.compensate(demo_store, BOSS, cases[2], 1, "goodwill", now=midnight)
    assert next_day["shop_day"] == shop_day(midnight) != shop_day(day)
    ledger = assert_ledger_agrees(demo_store)
    assert ledger[(_shop(demo_store, cases[0]), shop_day(day))] == 1_000_000


def _shop(store, case_id: int) -> int:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        return uow.payments.case_money(case_id).shop_id


def test_day_365_after_the_order_is_paid_passes_day_366_does_not(demo_store, cases) -> None:
    paid = order_paid_at(demo_store, cases[0])
    last = paid + timedelta(days=365) - timedelta(seconds=1)
    assert pay.compensate(demo_store, AGENT, cases[0], 100, "other", now=last)["status"] == \
        "approved"
    with pytest.raises(PaymentRefused) as info:
        pay.compensate(demo_store, AGENT, cases[0], 100, "other",
                       now=paid + timedelta(days=365))
    assert info.value.code == "window" and "within 365 days" in str(info.value)
    late = pay.limits(demo_store, AGENT, cases[0], now=paid + timedelta(days=400))
    assert late.refusal == "window" and late.can_pay_fen == 0


def test_the_same_key_twice_is_one_payment_other_parameters_are_refused(
        demo_store, cases) -> None:
    now = fresh_day(demo_store, cases[0])
    first = pay.compensate(demo_store, AGENT, cases[0], 800, "postage", "same", now=now)
    again = pay.compensate(demo_store, AGENT, cases[0], 800, "postage", "same", now=now)
    assert again["replayed"] is True
    assert {k: v for k, v in again.items() if k != "replayed"} == \
        {k: v for k, v in first.items() if k != "replayed"}
    with pytest.raises(KeyReused):
        pay.compensate(demo_store, AGENT, cases[0], 801, "postage", "same", now=now)
    assert len(pay.list_payments(demo_store, case=cases[0])) == 1
    assert len(_events(demo_store, cases[0], "payment_requested")) == 1
    assert _cost(demo_store, cases[0]) == 800


def test_a_refused_payment_writes_nothing_and_its_key_stays_free(demo_store, cases) -> None:
    now = fresh_day(demo_store, cases[0])
    with pytest.raises(PaymentRefused):
        pay.compensate(demo_store, AGENT, cases[0], 1_000_001, "other", "k-free", now=now)
    assert pay.list_payments(demo_store, case=cases[0]) == []
    ok = pay.compensate(demo_store, AGENT, cases[0], 100, "other", "k-free", now=now)
    assert ok["replayed"] is False


def test_the_manual_gateway_needs_a_reference_to_confirm(demo_store, cases) -> None:
    now = fresh_day(demo_store, cases[0])
    done = pay.compensate(demo_store, AGENT, cases[0], 300, "postage", now=now)
    assert done["gateway"] == "manual"
    with pytest.raises(BadText):
        pay.confirm_paid(demo_store, AGENT, done["id"], "", now=now)
    with pytest.raises(BadText):
        pay.confirm_paid(demo_store, AGENT, done["id"], "R" * 65, now=now)
    paid = pay.confirm_paid(demo_store, AGENT, done["id"], "KS20261201-77", now=now)
    assert (paid["status"], paid["reference"], paid["paid_by"]) == ("paid", "KS20261201-77",
                                                                    AGENT)
    with pytest.raises(NotAllowed):
        pay.mark_failed(demo_store, AGENT, done["id"], "late", now=now)
    [event] = _events(demo_store, cases[0], "payment_paid")
    assert event["reference"] == "KS20261201-77"
    assert_ledger_agrees(demo_store)


def test_a_payment_needs_an_order(demo_store, cases) -> None:
    from sqlalchemy import update

    from app.store.models import Case

    with demo_store.unit_of_work().for_writing() as uow:
        uow.session.execute(update(Case).where(Case.id == cases[0]).values(order_id=None))
        uow.commit()
    with pytest.raises(PaymentRefused) as info:
        pay.compensate(demo_store, AGENT, cases[0], 100, "other")
    assert info.value.code == "no_order"


def test_listings_and_the_batch_file(demo_store, cases, tmp_path) -> None:
    now = fresh_day(demo_store, cases[0])
    a = pay.compensate(demo_store, AGENT, cases[0], 1250, "postage", now=now)
    b = pay.compensate(demo_store, AGENT, cases[1], 990, "price_difference", "价差", now=now)
    day = pay.list_payments(demo_store, shop=a["shop"], day=shop_day(now))
    assert {a["id"], b["id"]} <= {p["id"] for p in day}
    assert [p["id"] for p in day] == sorted((p["id"] for p in day), reverse=True)
    out = tmp_path / "batch.csv"
    result = pay.export_payments_csv(demo_store, out, a["platform"], shop=a["shop"],
                                     day=shop_day(now))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert result["rows"] == len(rows) - 1 >= 2
    by_payment = {r[-1]: r for r in rows[1:]}
    assert by_payment[str(a["id"])][0] == a["order_no"]
    assert "12.50" in by_payment[str(a["id"])]
    from app.io.errors import TargetError

    with pytest.raises(TargetError):
        pay.export_payments_csv(demo_store, out, a["platform"])
    again = pay.export_payments_csv(demo_store, out, a["platform"], overwrite=True)
    assert again["rows"] >= 2 and not list(tmp_path.glob(".batch.csv.*"))


def test_key_taken_on_insert_replays_the_first_result(demo_store, cases, monkeypatch) -> None:
    """What PostgreSQL does when two transactions write one key at once: the loser's
    insert fails on the unique key; compensate asks again and replays."""
    now = fresh_day(demo_store, cases[0])
    first = pay.compensate(demo_store, AGENT, cases[0], 700, "postage", "raced", now=now)
    from app.services import idempotency

    real = idempotency.once
    calls: list[int] = []

    def racing_once(uow, key, *args, **kw):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            raise KeyTaken(key)  # as if the key's row appeared after our look
        return real(uow, key, *args, **kw)

    monkeypatch.setattr(idempotency, "once", racing_once)
    again = pay.compensate(demo_store, AGENT, cases[0], 700, "postage", "raced", now=now)
    assert len(calls) == 2 and again["replayed"] is True and again["id"] == first["id"]
    assert len(pay.list_payments(demo_store, case=cases[0])) == 1
