from datetime import datetime, timedelta

import pytest

from app.domain.case_rules import new_case_state
from app.domain.entities import Buyer, Case, Order, Shipment, Shop
from app.domain.enums import CaseKind, CaseStatus, Platform, Reason, ShipmentKind
from app.domain.errors import IllegalTransition

NOW = datetime(2026, 11, 20, 9, 0)
SHOP = Shop(1, Platform.DOUYIN, "橙心优选旗舰店")


def case(**kw):
    base = dict(id=1, case_no="73", shop=SHOP, kind=CaseKind.RETURN_REFUND,
                reason=Reason.NO_REASON_7DAY, status=CaseStatus.NEW, amount_fen=1000,
                created_at=NOW, updated_at=NOW)
    base.update(kw)
    return Case(**base)


def test_moving_a_case_follows_the_state_machine():
    state = new_case_state(kind="return_refund", reason="no_reason_7day", amount_fen=1000,
                           opened_at=NOW)
    assert state.moved_to("in_progress").status is CaseStatus.IN_PROGRESS
    with pytest.raises(IllegalTransition):
        state.moved_to("resolved").moved_to(CaseStatus.INSPECTING)


def test_overdue_only_while_open():
    late = case(deadline_at=NOW - timedelta(hours=1))
    assert late.is_overdue(NOW)
    assert not case(deadline_at=NOW - timedelta(hours=1), status=CaseStatus.RESOLVED).is_overdue(NOW)
    assert not case(deadline_at=None).is_overdue(NOW)


def test_quality_refund_counting():
    assert case(reason=Reason.NOT_AS_DESCRIBED).counts_as_quality_refund
    assert not case(reason=Reason.BUYER_MISTAKE).counts_as_quality_refund
    assert not case(kind=CaseKind.URGE, reason=Reason.QUALITY_PROBLEM).counts_as_quality_refund
    assert case(kind=CaseKind.URGE, quality_refund=True).counts_as_quality_refund


def test_order_flags_come_from_its_shipments_and_buyer_is_masked():
    order = Order(1, SHOP, "6920", 1000, NOW, buyer=Buyer(1, Platform.DOUYIN, "momo", "张三丰",
                                                         "13812345678", "浙江省杭州市西湖区文三路1号"),
                  shipments=(Shipment(ShipmentKind.OUTBOUND, "中通快递", "78123", urge_count=2,
                                      priority_shipping=True),))
    assert order.urged and order.priority_shipping
    assert order.buyer.masked_phone == "138****5678" and order.buyer.masked_name == "张**"
