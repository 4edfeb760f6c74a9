"""Reship, exchange, intercept and address change through the services: each one
shipment row and one history event, once per key, with the case's cost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from app.domain.errors import RuleRefused
from app.domain.filters import CaseFilter
from app.services import fulfilment as fm
from app.services.cases import case_detail, list_cases
from app.services.idempotency import KeyReused
from app.services.store import Store
from app.services.verify import verify

AT = datetime(2026, 11, 20, 10, 0, 0)
OPEN = ("new", "in_progress")


def _case(store: Store, pick: Callable[[list[dict[str, Any]]], bool],
          kinds: tuple[str, ...] = (), statuses: tuple[str, ...] = OPEN) -> int:
    for row in list_cases(store, CaseFilter(statuses=statuses, kinds=kinds), limit=300):
        if pick(fm.shipments(store, row.id)):
            return row.id
    raise AssertionError("the demo has no such case")


def _delivered(ships: list[dict[str, Any]]) -> bool:
    return bool(ships) and all(s["delivered_at"] for s in ships)


def _in_transit(ships: list[dict[str, Any]]) -> bool:
    return any(s["shipped_at"] and not s["delivered_at"] for s in ships)


def _unshipped(ships: list[dict[str, Any]]) -> bool:
    return bool(ships) and not any(s["shipped_at"] for s in ships)


def _event(store: Store, case_id: int) -> dict[str, Any]:
    history: list[dict[str, Any]] = case_detail(store, case_id)["history"]
    return history[-1]


def _cost(store: Store, case_id: int) -> dict[str, int]:
    with store.unit_of_work() as uow:
        cost: dict[str, int] = uow.money.cost(case_id)
    return cost


def test_a_reship_is_a_new_parcel_an_event_and_the_cases_logistics_cost(
        demo_store: Store) -> None:
    case_id = _case(demo_store, _delivered, statuses=("in_progress",))
    before = len(fm.shipments(demo_store, case_id))
    out = fm.reship(demo_store, "lina", case_id, "supplier", "中通快递", "zt-7788990011",
                    "reship-k1", cost_fen=1850, note="供应商直发", now=AT)
    assert (out["status"], out["action"], out["cost"], out["replayed"]) == (
        "waiting_buyer", "reship", "18.50", False)
    ships = fm.shipments(demo_store, case_id)
    assert len(ships) == before + 1 and ships[-1] == out["shipment"]
    new = ships[-1]
    assert (new["kind"], new["case_id"], new["source"], new["carrier"], new["tracking_no"],
            new["created_by"], new["shipped_at"], new["delivered_at"]) == (
        "reship", case_id, "supplier", "中通快递", "ZT-7788990011", "lina",
        "2026-11-20T10:00:00+00:00", None)
    event = _event(demo_store, case_id)
    assert (event["action"], event["actor"]) == ("reship", "lina")
    assert event["changes"]["shipment"] == {"id": new["id"], "kind": "reship",
                                            "source": "supplier", "carrier": "中通快递",
                                            "tracking_no": "ZT-7788990011"}
    assert (event["changes"]["cost"], event["changes"]["key"], event["changes"]["note"]) == (
        "18.50", "reship-k1", "供应商直发")
    assert event["changes"]["status"] == ["in_progress", "waiting_buyer"]
    assert _cost(demo_store, case_id)["logistics"] == 1850
    assert verify(demo_store).ok


def test_the_same_key_twice_sends_one_parcel(demo_store: Store) -> None:
    case_id = _case(demo_store, _delivered, statuses=("in_progress",))
    args = (demo_store, "lina", case_id, "warehouse", "顺丰速运", "SF1000200030", "reship-k2")
    first = fm.reship(*args, cost_fen=1200, now=AT)
    again = fm.reship(*args, cost_fen=1200, now=AT)
    assert again == {**first, "replayed": True}
    assert [s["tracking_no"] for s in fm.shipments(demo_store, case_id)].count(
        "SF1000200030") == 1
    assert _cost(demo_store, case_id)["logistics"] == 1200
    with pytest.raises(KeyReused):
        fm.reship(*args, cost_fen=1300, now=AT)
    # Another key with the same tracking no. is the same parcel typed twice.
    with pytest.raises(RuleRefused) as err:
        fm.reship(*args[:-1], "reship-k3", now=AT)
    assert err.value.code == "tracking_in_use"


def test_an_exchange_sends_the_replacement_and_waits_for_the_return(demo_store: Store) -> None:
    case_id = _case(demo_store, _delivered, kinds=("exchange",), statuses=("in_progress",))
    out = fm.exchange(demo_store, "lina", case_id, "warehouse", "圆通速递", "YT9988776655",
                      "exchange-k1", now=AT)
    assert out["status"] == "waiting_return"
    assert (out["shipment"]["kind"], out["shipment"]["case_id"]) == ("outbound", case_id)
    event = _event(demo_store, case_id)
    assert event["action"] == "exchange" and event["changes"]["expects_return"] is True
    assert event["changes"]["shipment"]["tracking_no"] == "YT9988776655"
    assert _cost(demo_store, case_id)["logistics"] == 0


def test_an_intercept_and_its_outcome(demo_store: Store) -> None:
    case_id = _case(demo_store, _in_transit, kinds=("intercept",))
    moving = next(s for s in fm.shipments(demo_store, case_id)
                  if s["shipped_at"] and not s["delivered_at"])
    out = fm.intercept(demo_store, "lina", case_id, "intercept-k1", note="买家拒收", now=AT)
    assert out["shipment"]["id"] == moving["id"]
    assert (out["shipment"]["intercept_state"], out["shipment"]["intercept_at"]) == (
        "requested", "2026-11-20T10:00:00+00:00")
    event = _event(demo_store, case_id)
    assert event["action"] == "intercept" and event["changes"]["key"] == "intercept-k1"
    assert event["changes"]["shipment"]["intercept_state"] == [None, "requested"]
    assert fm.intercept(demo_store, "lina", case_id, "intercept-k1", note="买家拒收",
                        now=AT)["replayed"] is True
    with pytest.raises(RuleRefused) as err:  # asked once already
        fm.intercept(demo_store, "lina", case_id, "intercept-k2", shipment_id=moving["id"])
    assert err.value.code == "already_intercepted"
    done = fm.intercept_result(demo_store, "lina", case_id, moving["id"], True, "已拦截退回")
    assert (done["status"], done["shipment"]["intercept_state"]) == ("waiting_return",
                                                                     "succeeded")
    assert _event(demo_store, case_id)["changes"]["shipment"]["intercept_state"] == [
        "requested", "succeeded"]
    with pytest.raises(RuleRefused) as err:  # the outcome came already
        fm.intercept_result(demo_store, "lina", case_id, moving["id"], False)
    assert err.value.code == "no_intercept_requested"
    assert verify(demo_store).ok


def test_a_delivered_parcel_cannot_be_intercepted(demo_store: Store) -> None:
    case_id = _case(demo_store, _delivered)
    delivered = fm.shipments(demo_store, case_id)[0]
    with pytest.raises(RuleRefused) as err:
        fm.intercept(demo_store, "lina", case_id, "intercept-k3", shipment_id=delivered["id"])
    assert err.value.code == "already_delivered"
    with pytest.raises(RuleRefused) as err:
        fm.intercept(demo_store, "lina", case_id, "intercept-k4")
    assert err.value.code == "nothing_in_transit"
    assert fm.shipments(demo_store, case_id)[0]["intercept_state"] is None


def test_an_address_changes_before_shipping_and_the_buyers_stays(demo_store: Store) -> None:
    case_id = _case(demo_store, _unshipped, kinds=("address_change",))
    buyer_before = case_detail(demo_store, case_id)["order"]["buyer"]
    address = "浙江省杭州市西湖区文三路 90 号 3 栋 1201 室"
    out = fm.change_address(demo_store, "lina", case_id, address, "address-k1", now=AT)
    with demo_store.unit_of_work() as uow:
        stored = uow.shipments.get(out["shipment"]["id"])
    assert stored is not None and stored["address"] == address and stored["shipped_at"] is None
    assert out["shipment"]["address"] == "浙江省杭州市****"  # shown masked, like the buyer's
    event = _event(demo_store, case_id)
    assert event["action"] == "address_change"
    assert event["changes"]["shipment"] == {"id": stored["id"], "address": "浙江省杭州市****"}
    assert case_detail(demo_store, case_id)["order"]["buyer"] == buyer_before
    assert len(fm.shipments(demo_store, case_id)) == 1  # the parcel's own row changed


def test_an_address_after_shipment_is_refused_naming_the_tracking_no(demo_store: Store) -> None:
    case_id = _case(demo_store, _delivered)
    tracking = fm.shipments(demo_store, case_id)[0]["tracking_no"]
    version = case_detail(demo_store, case_id)["version"]
    with pytest.raises(RuleRefused) as err:
        fm.change_address(demo_store, "lina", case_id, "上海市浦东新区", "address-k2")
    assert err.value.code == "already_shipped" and tracking in str(err.value)
    assert err.value.numbers["tracking_no"] == tracking
    assert case_detail(demo_store, case_id)["version"] == version  # nothing written


def test_a_closed_case_sends_nothing(demo_store: Store) -> None:
    case_id = _case(demo_store, _delivered, statuses=("resolved",))
    with pytest.raises(RuleRefused) as err:
        fm.reship(demo_store, "lina", case_id, "warehouse", "顺丰速运", "SF5550001", "closed-k")
    assert err.value.code == "case_closed"
    assert "SF5550001" not in [s["tracking_no"] for s in fm.shipments(demo_store, case_id)]
