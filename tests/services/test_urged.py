"""Urged shipments: per-shop alerts over a threshold, acknowledged once per count, and
the priority-shipping flag set from a case, seen in the priority-orders export."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest

from app.domain.filters import CaseFilter
from app.services import urged
from app.services.cases import CaseNotFound, case_detail, list_cases
from app.services.exports import export_priority_orders
from tests.conftest import FIXED_NOW


def test_alerts_name_the_shops_at_their_threshold(demo_store) -> None:
    counts = urged.urged_counts(demo_store)
    assert counts and all(n > 0 for n in counts.values())
    busiest = max(counts, key=lambda s: counts[s])
    for shop_id in counts:  # only the busiest shop keeps the default threshold
        if shop_id != busiest:
            urged.set_threshold(demo_store, "lina", shop_id, counts[shop_id] + 1,
                                now=lambda: FIXED_NOW)
    urged.set_threshold(demo_store, "lina", busiest, counts[busiest], now=lambda: FIXED_NOW)
    alerts = urged.pending_alerts(demo_store)
    assert [(a.shop_id, a.count, a.threshold) for a in alerts] == [
        (busiest, counts[busiest], counts[busiest])]
    assert alerts[0].shop and alerts[0].platform


def test_an_acknowledged_alert_stays_away_until_the_count_grows(demo_store) -> None:
    counts = urged.urged_counts(demo_store)
    shop_id = max(counts, key=lambda s: counts[s])
    urged.set_threshold(demo_store, "lina", shop_id, 1, now=lambda: FIXED_NOW)
    alert = next(a for a in urged.pending_alerts(demo_store) if a.shop_id == shop_id)
    urged.acknowledge(demo_store, "lina", alert, now=lambda: FIXED_NOW)
    assert shop_id not in {a.shop_id for a in urged.pending_alerts(demo_store)}
    with demo_store.unit_of_work() as uow:
        recorded = uow.settings.acknowledgements("urged_threshold")
    assert recorded[-1][:2] == (shop_id, "lina")
    assert recorded[-1][3] == {"count": alert.count, "threshold": 1}
    # one more urged order of that shop, not shipped: the alert comes back
    from sqlalchemy import select, update

    from app.store import models as m
    with demo_store.unit_of_work().for_writing() as uow:
        sid = uow.session.scalar(
            select(m.Shipment.id).join(m.Order, m.Order.id == m.Shipment.order_id)
            .where(m.Order.shop_id == shop_id, m.Shipment.urge_count == 0,
                   m.Shipment.kind == "outbound").limit(1))
        assert sid is not None
        uow.session.execute(update(m.Shipment).where(m.Shipment.id == sid)
                            .values(urge_count=1, shipped_at=None))
        uow.commit()
    again = [a for a in urged.pending_alerts(demo_store) if a.shop_id == shop_id]
    assert again and again[0].count == alert.count + 1


def test_a_threshold_below_one_is_refused(demo_store) -> None:
    from app.domain.errors import DomainError

    with pytest.raises(DomainError, match="at least 1"):
        urged.set_threshold(demo_store, "lina", 1, 0)


def _unflagged_case(store) -> int:  # type: ignore[no-untyped-def]
    for row in list_cases(store, CaseFilter(), limit=300):
        order = case_detail(store, row.id).get("order")
        ships = [s for s in (order or {}).get("shipments", []) if s["kind"] == "outbound"]
        if ships and not any(s["priority_shipping"] for s in ships):
            return row.id
    raise AssertionError("no demo case with an unflagged outbound shipment")


def test_priority_shipping_from_a_case_is_history_and_in_the_export(demo_store, tmp_path) -> None:
    case_id = _unflagged_case(demo_store)
    before = case_detail(demo_store, case_id)
    at = FIXED_NOW + timedelta(minutes=5)
    assert urged.set_priority_shipping(demo_store, "lina", case_id, True, now=lambda: at) is False
    after = case_detail(demo_store, case_id)
    assert after["version"] == before["version"] + 1
    event = after["history"][-1]
    assert event["action"] == "priority_shipping" and event["actor"] == "lina"
    assert event["changes"]["priority_shipping"] == [False, True]
    assert all(s["priority_shipping"] for s in after["order"]["shipments"]
               if s["kind"] == "outbound")

    out = tmp_path / "priority.csv"
    export_priority_orders(demo_store, out, lang="en")
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    order_no = after["order"]["order_no"]
    assert any(order_no in r for r in rows[1:])

    urged.set_priority_shipping(demo_store, "lina", case_id, False, now=lambda: at)
    export_priority_orders(demo_store, out, lang="en", overwrite=True)
    with out.open(encoding="utf-8-sig") as fh:
        assert not any(order_no in r for r in csv.reader(fh))


def test_priority_shipping_of_no_case_is_refused(demo_store) -> None:
    with pytest.raises(CaseNotFound):
        urged.set_priority_shipping(demo_store, "lina", "no-such-case", True)
