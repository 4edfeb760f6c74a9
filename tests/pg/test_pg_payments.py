"""Payments on PostgreSQL: the shop's day ledger row lock holds eight payers under the
daily cap, and two transactions writing one key at once end with one payment."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.payment_helpers import (
    assert_ledger_agrees,
    check_paid_at_once,
    paid_cases,
    pay_at_once,
    payer,
)


@pytest.fixture
def pg_paid_store(pg_store):  # type: ignore[no-untyped-def]
    """Demo cases around the real now: the CLI's payers pay at the real time, inside the
    orders' 365 days."""
    from app.services import demo

    demo.generate(pg_store, 160, seed=5, evidence=False)
    return pg_store


def test_eight_processes_paying_at_once_never_pass_the_daily_cap(pg_paid_store,
                                                                 pg_url) -> None:
    from app.services.verify import verify

    accepted, refused, room = pay_at_once(pg_paid_store, ["--db", pg_url])
    check_paid_at_once(pg_paid_store, accepted, refused, room)
    assert verify(pg_paid_store).ok


def _other_shop_case(store, first: int) -> int:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        shop = uow.payments.case_money(first).shop_id
        shops = [s for s, _p, _n in uow.settings.shops() if s != shop]
    return paid_cases(store, 1, shop_id=shops[0])[0]


def _waiting_insert(store) -> bool:  # type: ignore[no-untyped-def]
    """Whether a session waits for a lock on its INSERT INTO payments (the unique key)."""
    from sqlalchemy import text

    with store.unit_of_work() as uow:
        return bool(uow.session.scalar(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND query LIKE 'INSERT INTO payments%'")))


def test_one_key_written_by_two_transactions_at_once_is_one_payment(
        pg_paid_store, pg_url, tmp_path: Path) -> None:
    """A holds the key uncommitted (paused before its commit); B, on a case of another
    shop (no lock in common), checks the key, does not see it, and its insert waits on
    the unique index. When A commits, B's insert fails; B rolls back, asks again, finds
    A's key with other parameters, and is refused as a reused key (exit 2)."""
    where = ["--db", pg_url]
    a_case = paid_cases(pg_paid_store, 1)[0]
    b_case = _other_shop_case(pg_paid_store, a_case)
    flag = tmp_path / "a-paused"
    a = payer(where, a_case, "6.00", key="both",
              env={"AFTERSALES_TEST_PAUSE_IN": "payment",
                   "AFTERSALES_TEST_PAUSE_FILE": str(flag)})
    give_up = time.monotonic() + 120
    while not flag.exists():
        assert a.poll() is None and time.monotonic() < give_up, a.communicate()
        time.sleep(0.05)
    b = payer(where, b_case, "6.00", key="both")
    while not _waiting_insert(pg_paid_store):
        assert b.poll() is None and time.monotonic() < give_up, b.communicate()
        time.sleep(0.05)
    flag.unlink()  # A goes on and commits
    a_out, a_err = a.communicate(timeout=120)
    b_out, b_err = b.communicate(timeout=120)
    assert a.returncode == 0, a_err
    assert json.loads(a_out)["key"] == "both"
    assert b.returncode == 2 and "already used" in b_err, (b_out, b_err)
    from app.services.payments import list_payments

    assert [p["case_id"] for p in list_payments(pg_paid_store)
            if p["key"] == "both"] == [a_case]
    assert_ledger_agrees(pg_paid_store)


def test_a_denial_on_postgresql_frees_the_room(pg_paid_store) -> None:
    from app.services import payments as pay

    case = paid_cases(pg_paid_store, 1)[0]
    before = pay.limits(pg_paid_store, "lina", case)
    asked = pay.compensate(pg_paid_store, "lina", case, 9000, "goodwill")
    assert asked["status"] == "pending"
    pay.deny(pg_paid_store, "zhaoli", asked["id"], "重复申请")
    assert pay.limits(pg_paid_store, "lina", case) == before
    assert_ledger_agrees(pg_paid_store)
