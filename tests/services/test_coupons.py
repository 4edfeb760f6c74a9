"""Coupons through the services: templates per shop, one coupon per key, its event, the
case's cost and the shop's day ledger in one transaction."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import update

from app.domain.coupons import BadCoupon
from app.domain.errors import NoChange, RuleRefused
from app.domain.filters import CaseFilter
from app.services import coupons as c
from app.services.cases import case_detail, list_cases
from app.services.idempotency import KeyReused
from app.services.store import Store
from app.services.verify import verify
from app.store import models as m

AT = datetime(2026, 11, 20, 10, 0, 0)  # 18:00 in Shanghai: the day 2026-11-20


def _open_cases(store: Store, shop_id: int, n: int) -> list[int]:
    rows = list_cases(store, CaseFilter(statuses=("in_progress", "new"), shop_ids=(shop_id,)),
                      limit=n)
    assert len(rows) == n
    return [r.id for r in rows]


def _shop(store: Store) -> tuple[int, str]:
    with store.unit_of_work() as uow:
        shop_id, _platform, name = uow.settings.shops()[0]
    return shop_id, name


def test_demo_shops_offer_three_templates(demo_store: Store) -> None:
    shop_id, name = _shop(demo_store)
    names = [(t["name"], t["value"], t["min_spend"]) for t in c.templates(demo_store, name)]
    assert names == [("无门槛5元", "5.00", "0.00"), ("满50减10", "10.00", "50.00"),
                     ("满100减20", "20.00", "100.00")]
    assert c.templates(demo_store, shop_id) == c.templates(demo_store, name)
    with demo_store.unit_of_work() as uow:
        shops = uow.settings.shops()
    assert len(c.templates(demo_store)) == 3 * len(shops)
    given = c.coupons(demo_store)
    assert given and all(g["issued_by"] == "zhangmin" for g in given)


def test_a_template_is_added_once_with_terms_the_rules_allow(demo_store: Store) -> None:
    _shop_id, name = _shop(demo_store)
    added = c.add_template(demo_store, "zhaoli", name, " 满200减30 ", 3000, 20000, 60)
    assert (added["name"], added["value"], added["min_spend"], added["valid_days"]) == (
        "满200减30", "30.00", "200.00", 60)
    with pytest.raises(c.TemplateExists):
        c.add_template(demo_store, "zhaoli", name, "满200减30", 3000, 20000, 60)
    with pytest.raises(BadCoupon) as err:
        c.add_template(demo_store, "zhaoli", name, "满20减30", 3000, 2000, 60)
    assert err.value.problem == "min_spend"
    with pytest.raises(c.UnknownShop):
        c.add_template(demo_store, "zhaoli", "没有这家店", "x", 500, 0, 30)
    withdrawn = c.set_template_active(demo_store, "zhaoli", name, "满200减30", False)
    assert withdrawn["active"] is False
    assert "满200减30" not in [t["name"] for t in c.templates(demo_store, name)]
    assert "满200减30" in [t["name"] for t in c.templates(demo_store, name, include_inactive=True)]


def test_issuing_writes_the_coupon_its_event_the_cost_and_the_ledger(demo_store: Store) -> None:
    shop_id, _name = _shop(demo_store)
    case_id = _open_cases(demo_store, shop_id, 1)[0]
    before = c.coupon_spend(demo_store, shop_id, "2026-11-20")
    out = c.issue(demo_store, "lina", case_id, "满50减10", "coupon-k1", now=AT)
    assert (out["name"], out["value"], out["min_spend"], out["key"], out["replayed"]) == (
        "满50减10", "10.00", "50.00", "coupon-k1", False)
    assert out["valid_until"] == "2026-12-20T10:00:00+00:00" and out["shop_day"] == "2026-11-20"
    case = case_detail(demo_store, case_id)
    assert out["case_no"] == case["case_no"]
    event = case["history"][-1]
    assert (event["action"], event["actor"]) == ("coupon", "lina")
    assert event["changes"]["key"] == "coupon-k1"
    assert event["changes"]["coupon"] == {
        "id": out["id"], "template": "满50减10", "value": "10.00", "min_spend": "50.00",
        "valid_until": "2026-12-20T10:00:00", "reference": None}
    with demo_store.unit_of_work() as uow:
        assert uow.money.cost(case_id)["coupon"] == 1000
        buyer = uow.coupons.case_buyer(case_id)[2]
        assert uow.coupons.listed(case_id=case_id)[0]["buyer_id"] == buyer is not None
    after = c.coupon_spend(demo_store, shop_id, "2026-11-20")
    assert after["coupons"] == before["coupons"] + 1
    assert after["amount_fen"] == before["amount_fen"] + 1000
    assert verify(demo_store).ok


def test_the_same_key_twice_is_one_coupon(demo_store: Store) -> None:
    shop_id, _name = _shop(demo_store)
    case_id = _open_cases(demo_store, shop_id, 1)[0]
    first = c.issue(demo_store, "lina", case_id, "无门槛5元", "coupon-k2", now=AT)
    again = c.issue(demo_store, "lina", case_id, "无门槛5元", "coupon-k2", now=AT)
    assert again == {**first, "replayed": True}
    assert len(c.coupons(demo_store, case_ref=case_id)) == 1
    history = case_detail(demo_store, case_id)["history"]
    assert [h["action"] for h in history].count("coupon") == 1
    with demo_store.unit_of_work() as uow:
        assert uow.money.cost(case_id)["coupon"] == 500
    with pytest.raises(KeyReused):
        c.issue(demo_store, "lina", case_id, "满50减10", "coupon-k2", now=AT)


def test_the_ledger_equals_the_coupons_of_each_day(demo_store: Store) -> None:
    shop_id, name = _shop(demo_store)
    cases = _open_cases(demo_store, shop_id, 3)
    late = datetime(2026, 11, 20, 15, 59, 59)  # 23:59:59 in Shanghai
    next_day = datetime(2026, 11, 20, 16, 0, 0)  # 00:00:00 there
    for n, (case_id, template, at) in enumerate([
            (cases[0], "无门槛5元", late), (cases[1], "满100减20", late),
            (cases[2], "满50减10", next_day)]):
        c.issue(demo_store, "lina", case_id, template, f"ledger-{n}", now=at)
    day1 = c.coupon_spend(demo_store, shop_id, "2026-11-20")
    day2 = c.coupon_spend(demo_store, shop_id, "2026-11-21")
    assert (day2["coupons"], day2["amount"]) == (1, "10.00")
    assert [x["value"] for x in c.coupons(demo_store, shop=name, day="2026-11-21")] == ["10.00"]
    with demo_store.unit_of_work() as uow:
        sums = {(s, d): (n, fen) for s, d, n, fen in uow.coupons.day_sums(shop_id)}
    assert sums[(shop_id, "2026-11-20")] == (day1["coupons"], day1["amount_fen"])
    assert sums[(shop_id, "2026-11-21")] == (1, 1000)
    with pytest.raises(c.BadDay):
        c.coupons(demo_store, day="20.11.2026")


def test_a_case_without_a_buyer_gets_no_coupon(demo_store: Store) -> None:
    shop_id, _name = _shop(demo_store)
    case_id = _open_cases(demo_store, shop_id, 1)[0]
    with demo_store.unit_of_work().for_writing() as uow:
        order_id = uow.shipments.case_order(case_id)
        uow.session.execute(update(m.Order).where(m.Order.id == order_id).values(buyer_id=None))
        uow.commit()
    with pytest.raises(RuleRefused) as err:
        c.issue(demo_store, "lina", case_id, "无门槛5元", "coupon-k3", now=AT)
    assert err.value.code == "no_buyer"
    assert c.coupons(demo_store, case_ref=case_id) == []
    with pytest.raises(c.UnknownCouponTemplate):
        c.issue(demo_store, "lina", _open_cases(demo_store, shop_id, 2)[1], "满1000减1",
                "coupon-k4", now=AT)


def test_the_platforms_code_is_recorded_afterwards(demo_store: Store) -> None:
    shop_id, _name = _shop(demo_store)
    case_id = _open_cases(demo_store, shop_id, 1)[0]
    out = c.issue(demo_store, "lina", case_id, "无门槛5元", "coupon-k5", now=AT)
    done = c.set_reference(demo_store, "lina", out["id"], "DY-QC-778899")
    assert done["reference"] == "DY-QC-778899"
    assert c.coupons(demo_store, case_ref=case_id)[0]["reference"] == "DY-QC-778899"
    event = case_detail(demo_store, case_id)["history"][-1]
    assert (event["action"], event["changes"]) == (
        "coupon_reference", {"coupon": out["id"], "reference": [None, "DY-QC-778899"]})
    with pytest.raises(NoChange):
        c.set_reference(demo_store, "lina", out["id"], "DY-QC-778899")
    with pytest.raises(c.UnknownCoupon):
        c.set_reference(demo_store, "lina", 10**9, "x")
    assert verify(demo_store).ok
