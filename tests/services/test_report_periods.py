"""A report's period is Asia/Shanghai days, both ends included: an order paid at
23:59:59 there is in the day, one at 00:00:00 the next; weeks are ISO weeks of those
days; medians come from the store's tenth-of-an-hour buckets."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from app.services import reports
from app.services.reports import ReportFilter
from app.services.reports.common import Histogram, scope_of, week_label, week_of_day

# Asia/Shanghai 2026-11-11 runs from 2026-11-10 16:00 to 2026-11-11 16:00 UTC.
EDGES = {
    datetime(2026, 11, 10, 15, 59, 59): "2026-11-10",
    datetime(2026, 11, 10, 16, 0, 0): "2026-11-11",
    datetime(2026, 11, 11, 15, 59, 59): "2026-11-11",
    datetime(2026, 11, 11, 16, 0, 0): "2026-11-12",
}


def _fill(store) -> None:  # type: ignore[no-untyped-def]
    from app.store import models as m

    with store.unit_of_work().for_writing() as uow:
        s = uow.session
        s.add(m.User(name="zhaoli", display_name="赵丽", role="supervisor", active=True,
                     created_at=datetime(2026, 1, 1)))
        shop = m.Shop(name="边界店", platform="douyin")
        s.add(shop)
        s.flush()
        for n, paid in enumerate(EDGES):
            o = m.Order(shop_id=shop.id, platform_order_no=f"E{n}", total_fen=1000,
                        paid_at=paid, created_at=paid)
            s.add(o)
            s.flush()
            s.add(m.OrderItem(order_id=o.id, product_name="边界商品", quantity=1,
                              unit_price_fen=1000))
            c = m.Case(case_no=f"K{n}", shop_id=shop.id, order_id=o.id, kind="refund_only",
                       reason="buyer_mistake", status="resolved", amount_fen=1000,
                       created_at=paid - timedelta(hours=1), updated_at=paid,
                       deadline_at=paid, history_head="0" * 64, history_len=2)
            s.add(c)
            s.flush()
            for seq, (at, to) in enumerate(((paid - timedelta(hours=1), "new"),
                                            (paid, "resolved")), 1):
                s.add(m.CaseEvent(case_id=c.id, seq=seq, at=at, actor="zhaoli", action="status",
                                  changes=json.dumps({"status": [None, to]},
                                                     separators=(",", ":")),
                                  prev_hash="0" * 64, hash=f"{c.id:032d}{seq:032d}"))
            s.add(m.Payment(case_id=c.id, order_id=o.id, shop_id=shop.id, amount_fen=100 + n,
                            reason="goodwill", status="paid", shop_day=EDGES[paid],
                            key=f"k{n}", requested_by="zhaoli", requested_at=paid))
        uow.commit()


def _one_day(day: str) -> ReportFilter:
    d = date.fromisoformat(day)
    return ReportFilter(date_from=d, date_to=d)


def test_the_period_ends_at_the_shanghai_day_edges(store) -> None:
    _fill(store)
    for day in ("2026-11-10", "2026-11-11", "2026-11-12"):
        want = [at for at, d in EDGES.items() if d == day]
        rate = reports.run(store, "refund-rate", _one_day(day), "zhaoli")
        assert rate.figure("paid").value == len(want), day
        assert rate.figure("refunded").value == len(want), day
        # A case closes at its last status change; here when its order was paid.
        deadlines = reports.run(store, "deadlines", _one_day(day), "zhaoli")
        assert deadlines.figure("closed").value == len(want), day
        assert deadlines.figure("late").value == 0  # closed at the deadline is on time
        assert deadlines.figure("median_hours").value == (1.0 if want else None)
        money = reports.run(store, "compensation", _one_day(day), "zhaoli")
        assert [r[1] for r in money.table("by_shop_day").rows] == [day] * bool(want)
        assert money.figure("payments_count").value == len(want)
    both = ReportFilter(date_from=date(2026, 11, 11), date_to=date(2026, 11, 12))
    assert reports.run(store, "refund-rate", both, "zhaoli").figure("paid").value == 3


def test_days_fold_into_iso_weeks(store) -> None:
    _fill(store)
    weeks = reports.run(store, "refund-rate", ReportFilter(), "zhaoli").table("by_week").rows
    # 2026-11-10 to -12 are a Tuesday, Wednesday, Thursday of ISO week 46.
    assert weeks == [("2026-W46", 4, 4, 1.0)]
    assert week_of_day("2026-11-16") == "2026-W47" and week_of_day("2027-01-01") == "2026-W53"
    assert week_label(0) == "2000-W01"


def test_the_filter_becomes_utc_bounds() -> None:
    scope = scope_of(ReportFilter(date_from=date(2026, 11, 11), date_to=date(2026, 11, 11)))
    assert (scope.start, scope.end) == (datetime(2026, 11, 10, 16), datetime(2026, 11, 11, 16))
    assert (scope.first_day, scope.last_day) == ("2026-11-11", "2026-11-11")
    assert scope_of(ReportFilter()).start is None


def test_a_median_from_buckets() -> None:
    h = Histogram()
    assert h.median_hours() is None
    for bucket in (10, 20, 20, 50):  # 1.0 h, 2.0 h, 2.0 h, 5.0 h
        h.add(bucket, 1)
    assert h.median_hours() == 2.0
    h.add(50, 1)
    h.add(60, 1)  # 1, 2, 2, 5, 5, 6: the middle two are 2 and 5
    assert h.median_hours() == 3.5
