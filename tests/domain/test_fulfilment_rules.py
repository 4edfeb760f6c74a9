"""What a parcel may be, which one can be intercepted, when an address may change, and
where each fulfilment action moves a case."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain import fulfilment as f
from app.domain.case_rules import CaseState
from app.domain.enums import CaseKind, CaseStatus, Reason
from app.domain.errors import RuleRefused

AT = datetime(2026, 11, 20, 9, 0, 0)
SHIPPED = datetime(2026, 11, 18, 9, 0, 0)


def _state(status: CaseStatus) -> CaseState:
    return CaseState(kind=CaseKind.RESHIP, reason=Reason.MISSING_ITEM, status=status,
                     amount_fen=0)


def _parcel(n: int, kind: str = "outbound", shipped: datetime | None = SHIPPED,
            delivered: datetime | None = None, intercept: str | None = None) -> f.Parcel:
    return f.Parcel(n, kind, f"SF{n:04d}", shipped, delivered, intercept, "顺丰速运")


def test_tracking_numbers_are_letters_digits_and_dashes_in_capitals() -> None:
    assert f.tracking_no(" sf-1234567890 ") == "SF-1234567890"
    assert f.tracking_no("7" * 64) == "7" * 64
    for bad in ("", "SF 123", "顺丰123", "SF_123", "SF123;", "7" * 65):
        with pytest.raises(f.BadParcel) as err:
            f.tracking_no(bad)
        assert err.value.problem == "tracking_no"


def test_carrier_source_address_and_cost() -> None:
    assert f.carrier("  顺丰   速运 ") == "顺丰 速运"
    assert f.carrier("c" * 64) == "c" * 64
    with pytest.raises(f.BadParcel):
        f.carrier("c" * 65)
    assert f.source("other_seller") is f.Source.OTHER_SELLER
    with pytest.raises(f.BadParcel, match="warehouse, supplier or other_seller"):
        f.source("shop")
    assert f.address(" 北京市朝阳区 建国路1号 ") == "北京市朝阳区 建国路1号"
    with pytest.raises(f.BadParcel):
        f.address("a" * 513)
    assert f.cost(0) == 0 and f.cost(1200) == 1200
    with pytest.raises(f.BadParcel):
        f.cost(-1)


def test_only_a_parcel_in_transit_can_be_intercepted() -> None:
    moving = _parcel(1)
    assert f.interceptable([moving], 1) == moving
    cases = [(_parcel(2, shipped=None), "not_shipped"),
             (_parcel(3, delivered=AT), "already_delivered"),
             (_parcel(4, kind="return"), "not_outgoing"),
             (_parcel(5, intercept="requested"), "already_intercepted")]
    for parcel, code in cases:
        with pytest.raises(RuleRefused) as err:
            f.interceptable([parcel], parcel.id)
        assert err.value.code == code
    with pytest.raises(f.BadParcel):
        f.interceptable([moving], 99)


def test_without_a_shipment_named_the_newest_parcel_in_transit_is_stopped() -> None:
    old, reship = _parcel(1), _parcel(2, kind="reship", shipped=AT)
    delivered = _parcel(3, shipped=AT, delivered=AT)
    assert f.interceptable([old, reship, delivered]) == reship
    with pytest.raises(RuleRefused) as err:
        f.interceptable([delivered, _parcel(4, kind="return")])
    assert err.value.code == "nothing_in_transit"


def test_an_address_changes_only_before_the_parcel_ships() -> None:
    waiting = _parcel(1, shipped=None)
    assert f.address_target([waiting]) == waiting
    assert f.address_target([_parcel(2, kind="return")]) is None
    with pytest.raises(RuleRefused) as err:
        f.address_target([_parcel(7)])
    assert err.value.code == "already_shipped"
    assert err.value.numbers["tracking_no"] == "SF0007" and "SF0007" in str(err.value)


def _parcel_out() -> f.ParcelOut:
    return f.ParcelOut(9, f.Source.WAREHOUSE, "中通", "ZT123", 1200)


def test_a_reship_waits_for_the_buyer_and_an_exchange_for_the_return() -> None:
    reship, exchange = f.Reship(_parcel_out(), "k1"), f.Exchange(_parcel_out(), "k2", "换M码")
    after = reship.apply(_state(CaseStatus.IN_PROGRESS), AT)
    assert after.status == CaseStatus.WAITING_BUYER and after.paused_at == AT
    assert exchange.apply(_state(CaseStatus.NEW), AT).status == CaseStatus.WAITING_RETURN
    # Where the state machine does not go there, the case stays.
    assert reship.apply(_state(CaseStatus.INSPECTING), AT).status == CaseStatus.INSPECTING
    assert reship.context() == {
        "shipment": {"id": 9, "source": "warehouse", "carrier": "中通", "tracking_no": "ZT123",
                     "kind": "reship"}, "cost": "12.00", "key": "k1"}
    assert exchange.context()["note"] == "换M码" and exchange.context()["expects_return"]


def test_a_closed_case_sends_nothing() -> None:
    for action in (f.Reship(_parcel_out(), "k"), f.Exchange(_parcel_out(), "k"),
                   f.Intercept(_parcel(1), "k"), f.AddressChange(1, "新地址", "k")):
        with pytest.raises(RuleRefused) as err:
            action.apply(_state(CaseStatus.RESOLVED), AT)
        assert err.value.code == "case_closed"


def test_an_intercepts_outcome_follows_its_request() -> None:
    requested = _parcel(1, intercept="requested")
    assert f.Intercept(_parcel(1), "k").apply(_state(CaseStatus.NEW), AT).status \
        == CaseStatus.IN_PROGRESS
    ok = f.InterceptResult(requested, True)
    assert ok.apply(_state(CaseStatus.IN_PROGRESS), AT).status == CaseStatus.WAITING_RETURN
    assert ok.context()["shipment"]["intercept_state"] == ["requested", "succeeded"]
    failed = f.InterceptResult(requested, False)
    assert failed.apply(_state(CaseStatus.IN_PROGRESS), AT).status == CaseStatus.IN_PROGRESS
    with pytest.raises(RuleRefused) as err:
        f.InterceptResult(_parcel(1), True).apply(_state(CaseStatus.IN_PROGRESS), AT)
    assert err.value.code == "no_intercept_requested"


def test_the_history_keeps_a_new_address_masked() -> None:
    change = f.AddressChange(3, "北京市朝阳区建国路88号5栋1201室", "k")
    assert change.context()["shipment"] == {"id": 3, "address": "北京市朝阳区****"}
