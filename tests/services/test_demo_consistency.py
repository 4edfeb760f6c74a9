"""The demo does not contradict itself: its platform statuses say what our statuses
say (through the same rule profiles the import uses), waiting clocks are paused,
and the parcels and urges make sense."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import exists, select

from app.domain.enums import CaseStatus
from app.services import demo
from app.services.rules import rule_profile
from app.services.verify import verify
from app.store.models import Case, Shipment, Shop
from tests.conftest import FIXED_NOW

WAITING = ("waiting_buyer", "waiting_return", "waiting_supplier")


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    store = open_store(tmp_path_factory.mktemp("demo3000"))
    demo.generate(store, 3000, seed=3, now=FIXED_NOW)
    urged = exists().where(Shipment.order_id == Case.order_id, Shipment.urge_count > 0)
    with store.unit_of_work() as uow:
        rows = uow.session.execute(select(
            Case.id, Shop.platform, Shop.id.label("shop_id"), Case.kind, Case.status,
            Case.platform_status, Case.amount_fen, Case.paused_at, Case.auto_action,
            Case.deadline_at, Case.escalated_to, urged.label("urged"))
            .join(Shop, Shop.id == Case.shop_id)).all()
        addresses = uow.settings.shop_values("return_address")
        shops = {s for s, _p, _n in uow.settings.shops()}
    yield store, rows, addresses, shops
    store.close()


def test_every_platform_status_says_what_our_status_says(cases) -> None:  # type: ignore[no-untyped-def]
    _store, rows, _a, _s = cases
    for r in rows:
        if r.platform_status is None:
            assert r.kind == "urge"
            continue
        meaning = rule_profile(r.platform).statuses.meaning(r.platform_status)
        assert meaning is not None, (r.platform, r.platform_status)
        assert meaning.target in (None, CaseStatus(r.status)), (r.status, r.platform_status)


def test_no_new_case_is_already_refunded_and_no_urged_case_is_finished(cases) -> None:  # type: ignore[no-untyped-def]
    _store, rows, _a, _s = cases
    finished = {"退款成功", "同意退款，退款成功", "换货完成"}
    assert not [r for r in rows if r.status == "new" and r.platform_status in finished]
    assert not [r for r in rows if r.urged and r.platform_status in finished]
    assert any(r.urged for r in rows)


def test_exception_parcels_carry_what_is_at_stake(cases) -> None:  # type: ignore[no-untyped-def]
    _store, rows, _a, _s = cases
    parcels = [r for r in rows if r.kind == "exception_parcel"]
    assert parcels and all(r.amount_fen > 0 for r in parcels)


def test_waiting_cases_have_their_clock_paused_and_no_other_open_one(cases) -> None:  # type: ignore[no-untyped-def]
    _store, rows, _a, _s = cases
    waiting = [r for r in rows if r.status in WAITING]
    assert waiting and all(r.paused_at is not None for r in waiting)
    assert all(r.paused_at is None for r in rows if r.status not in WAITING)


def test_some_douyin_refunds_are_auto_approved_within_hours(cases) -> None:  # type: ignore[no-untyped-def]
    _store, rows, _a, _s = cases
    soon = [r for r in rows if r.auto_action == "approve_refund"
            and FIXED_NOW < r.deadline_at < FIXED_NOW + timedelta(hours=6)]
    assert soon and all(r.platform == "douyin" and r.kind == "refund_only" for r in soon)
    assert all(r.auto_action is None for r in rows if r.status in ("resolved", "cancelled"))


def test_escalations_to_the_platform_are_in_arbitration(cases) -> None:  # type: ignore[no-untyped-def]
    _store, rows, _a, _s = cases
    kinds = Counter(r.escalated_to for r in rows if r.status == "escalated")
    assert kinds["platform"] and kinds["supervisor"] and not kinds[None]


def test_every_shop_has_a_return_address_and_the_histories_verify(cases) -> None:  # type: ignore[no-untyped-def]
    store, _rows, addresses, shops = cases
    assert set(addresses) == shops and all(addresses.values())
    assert verify(store).ok
