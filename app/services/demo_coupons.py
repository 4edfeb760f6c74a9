"""Coupons for the demo: every demo shop offers the three templates shops commonly have
(无门槛5元, 满50减10, 满100减20), and a few settled cases show a coupon given to keep the
buyer (an urged order that shipped late, a parcel that arrived damaged), issued the way
an agent issues one, so the case's history, its cost and the shop's day ledger hold
them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.enums import CaseKind, CaseStatus, Reason
from app.domain.filters import CaseFilter
from app.services.coupons import issue_in

# (name, value fen, minimum spend fen, valid days)
TEMPLATES = (("无门槛5元", 500, 0, 30), ("满50减10", 1000, 5000, 30),
             ("满100减20", 2000, 10000, 15))
# (kind, reason, template): whom the first shops gave a coupon to, and which one.
GIVEN = ((CaseKind.URGE, Reason.LATE_SHIPMENT, "无门槛5元"),
         (CaseKind.EXCEPTION_PARCEL, Reason.TRANSIT_DAMAGE, "满50减10"))
SHOPS_WITH_COUPONS = 3
AGENT = "zhangmin"


def demo_coupon_templates(uow: Any, now: datetime) -> int:
    """Add the templates a shop lacks, and issue the demo's coupons (a case that already
    has its coupon keeps it); the number of history events written."""
    shops = uow.settings.shops()
    for shop_id, _platform, _name in shops:
        for name, value, spend, days in TEMPLATES:
            uow.coupons.add_template(shop_id, name, value, spend, days, "demo", now)
    events = 0
    for shop_id, _platform, _name in shops[:SHOPS_WITH_COUPONS]:
        for kind, reason, template in GIVEN:
            # The second such case of the shop: the first ones are left as they came.
            rows = uow.cases.list_rows(CaseFilter(
                statuses=(CaseStatus.RESOLVED.value,), kinds=(kind.value,),
                reasons=(reason.value,), shop_ids=(shop_id,)), 1, 1)
            for row in rows:
                _coupon, replayed = issue_in(uow, AGENT, int(row[0]), template,
                                             f"demo-coupon-{row[0]}", None, now)
                events += not replayed
    return events
