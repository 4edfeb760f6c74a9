"""Compensation and coupons: the payments that count against the caps (pending,
approved, paid) and the coupons issued, per shop and Asia/Shanghai day (the day a
payment counts on), against the shop's daily cap from its rule profile."""

from __future__ import annotations

from app.services.reports import common as c
from app.services.reports.model import ReportFilter, ReportResult
from app.services.rules import rulebook
from app.services.store import Store
from app.store import report_case_queries as q


def compute(store: Store, flt: ReportFilter) -> ReportResult:
    scope = c.scope_of(flt)
    days: dict[tuple[str, str], list[int]] = {}  # (shop, day) -> fen, count, coupons fen, count
    caps: dict[str, int] = {}
    reasons: dict[str, list[int]] = {}
    with store.unit_of_work() as uow:
        payments = q.payment_groups(uow.session, scope)
        coupons = q.coupon_groups(uow.session, scope)
        for shop_id, shop, platform, _day, *_rest in (*payments, *coupons):
            if shop not in caps:
                profile = rulebook(uow, platform).for_shop(shop_id)
                caps[shop] = profile.money.payments.shop_day_max_fen
    for _id, shop, _platform, day, reason, n, fen in payments:
        d = days.setdefault((shop, day), [0, 0, 0, 0])
        d[0] += int(fen)
        d[1] += int(n)
        r = reasons.setdefault(reason, [0, 0])
        r[0] += int(n)
        r[1] += int(fen)
    for _id, shop, _platform, day, n, fen in coupons:
        d = days.setdefault((shop, day), [0, 0, 0, 0])
        d[2] += int(fen)
        d[3] += int(n)
    out = c.result("compensation", flt)
    c.add_figures(out, {"payments": sum(d[0] for d in days.values()),
                        "payments_count": sum(d[1] for d in days.values()),
                        "coupons": sum(d[2] for d in days.values()),
                        "coupons_count": sum(d[3] for d in days.values())})
    # Newest day first: today's room under the cap is what a supervisor looks for.
    rows = [(shop, day, p, pn, caps[shop], c.share(p, caps[shop]), cp, cn)
            for (shop, day), (p, pn, cp, cn) in sorted(days.items(),
                                                       key=lambda kv: (kv[0][1], kv[0][0]),
                                                       reverse=True)]
    c.add_table(out, "by_shop_day", rows)
    c.add_table(out, "by_reason", sorted(((k, n, fen) for k, (n, fen) in reasons.items()),
                                         key=lambda r: (-r[2], r[0])))
    per_day: dict[str, list[int]] = {}
    for (_shop, day), (p, _pn, cp, _cn) in days.items():
        t = per_day.setdefault(day, [0, 0])
        t[0] += p
        t[1] += cp
    order = sorted(per_day)
    c.add_chart(out, "by_day", "stacked_bar", order,
                {"payments": [per_day[d][0] for d in order],
                 "coupons": [per_day[d][1] for d in order]}, "fen")
    return out
